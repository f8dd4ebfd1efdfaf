import { useState } from "react";
import { Link, useLocation } from "wouter";
import { type Failure, FailureFields } from "../../api/failure.ts";
import { useSubmit } from "../../api/mutation.ts";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button } from "../../ui/Button.tsx";
import { Field } from "../../ui/Field.tsx";
import { FailureNotice, Notice } from "../../ui/Notice.tsx";
import { localStart, type When, WhenFields } from "../meeting/schedule/WhenFields.tsx";
import { series as messages } from "./series.messages.ts";

export const SeriesSchedulingFields = graphql(`
  fragment SeriesSchedulingFields on Series {
    id
    countries
    cadence { zone durationMinutes }
  }
`);

const ScheduleNextMeetings = graphql(
  `
  mutation ScheduleNextMeetings($seriesId: ID!, $count: Int!, $lang: UiLanguage!) {
    scheduleNextMeetings(seriesId: $seriesId, count: $count) {
      __typename
      ... on ScheduleNextMeetingsPayload {
        meetings { id numberLabel(lang: $lang) }
        series { id }
      }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

const ScheduleMeeting = graphql(
  `
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      __typename
      ... on Meeting { id series { id } }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

/** The zone each country holds meetings in; the host side's zone is the meeting's. */
const COUNTRY_ZONES: Readonly<Record<string, string>> = {
  TH: "Asia/Bangkok",
  MM: "Asia/Yangon",
  LA: "Asia/Vientiane",
  KH: "Asia/Phnom_Penh",
  CN: "Asia/Shanghai",
  VN: "Asia/Ho_Chi_Minh",
  MY: "Asia/Kuala_Lumpur",
  SG: "Asia/Singapore",
  ID: "Asia/Jakarta",
  PH: "Asia/Manila",
  BN: "Asia/Brunei",
};
const MODES = ["in_person", "online", "hybrid"] as const;
type Mode = (typeof MODES)[number];

/** What a coordinator schedules for a series: the next occurrences of its cadence, or one meeting. */
export function SeriesScheduling(props: { series: FragmentOf<typeof SeriesSchedulingFields> }) {
  const data = readFragment(SeriesSchedulingFields, props.series);
  const t = useT(messages);
  return (
    <section aria-labelledby="series-scheduling" className="series-scheduling">
      <h2 id="series-scheduling">{t("schedule.title")}</h2>
      {data.cadence ? <ScheduleNext seriesId={data.id} /> : null}
      <ScheduleOne series={data} />
    </section>
  );
}

function ScheduleNext(props: { seriesId: string }) {
  const t = useT(messages);
  const { language } = useFormat();
  const [count, setCount] = useState("3");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, run] = useSubmit(ScheduleNextMeetings);
  return (
    <form
      className="series-schedule-next"
      aria-labelledby="series-next-title"
      onSubmit={async (e) => {
        e.preventDefault();
        setDone(null);
        const result = await run({ seriesId: props.seriesId, count: Number(count), lang: language });
        if (!result.ok) return setFailure(result.failure);
        setFailure(null);
        const payload = result.data.scheduleNextMeetings;
        const meetings = payload.__typename === "ScheduleNextMeetingsPayload" ? payload.meetings : [];
        setDone(
          t("next.done", {
            count: meetings.length,
            labels: meetings.map((m) => m.numberLabel ?? "").join(", "),
          }),
        );
      }}
    >
      <h3 id="series-next-title">{t("next.title")}</h3>
      <Field label={t("next.count")} hint={t("next.hint")} error={failure?.fields.count}>
        <select value={count} onChange={(e) => setCount(e.target.value)}>
          {[1, 2, 3, 4, 5, 6, 9, 12].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      <FailureNotice failure={failure} />
      <div className="button-row">
        <Button type="submit" variant="primary" busy={busy}>
          {t("next.submit")}
        </Button>
      </div>
      <div aria-live="polite">{done ? <Notice kind="success">{done}</Notice> : null}</div>
    </form>
  );
}

type Scheduling = ResultOf<typeof SeriesSchedulingFields>;
type Country = Scheduling["countries"][number];

function ScheduleOne(props: { series: Scheduling }) {
  const { series } = props;
  const t = useT(messages);
  const [, navigate] = useLocation();
  const crossBorder = series.countries.length > 1;
  const defaultHost =
    series.countries.find((c) => COUNTRY_ZONES[c] === series.cadence?.zone) ?? series.countries[0] ?? "TH";
  const [host, setHost] = useState<Country>(defaultHost);
  const [when, setWhen] = useState<When>({
    date: "",
    time: "09:30",
    duration: String(series.cadence?.durationMinutes ?? 120),
  });
  const [venue, setVenue] = useState("");
  const [mode, setMode] = useState<Mode>("in_person");
  const [onlineUrl, setOnlineUrl] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [busy, run] = useSubmit(ScheduleMeeting);
  const zone = COUNTRY_ZONES[host] ?? series.cadence?.zone ?? "Asia/Bangkok";
  const errors = failure?.fields ?? {};

  return (
    <form
      className="series-schedule-one"
      aria-labelledby="series-new-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await run({
          input: {
            seriesId: series.id,
            start: localStart(when) ?? `${when.date}T${when.time}`,
            zone,
            durationMinutes: Number(when.duration),
            mode,
            ...(crossBorder ? { hostSide: host } : {}),
            ...(venue.trim() ? { venue: venue.trim() } : {}),
            ...(mode !== "in_person" && onlineUrl.trim() ? { onlineUrl: onlineUrl.trim() } : {}),
          },
        });
        if (!result.ok) return setFailure(result.failure);
        setFailure(null);
        const payload = result.data.scheduleMeeting;
        if (payload.__typename !== "Meeting") return;
        setCreated(payload.id);
        navigate(`/meetings/${payload.id}`);
      }}
    >
      <h3 id="series-new-title">{t("new.title")}</h3>
      {crossBorder ? (
        <Field label={t("new.hostSide")} error={errors.hostSide}>
          <select value={host} onChange={(e) => setHost(e.target.value as Country)}>
            {series.countries.map((c) => (
              <option key={c} value={c}>
                {t(`country.${c}`)}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <WhenFields
        when={when}
        onChange={setWhen}
        zone={zone}
        crossBorder={crossBorder}
        errors={errors}
        paths={{ start: "start", duration: "durationMinutes" }}
      />
      <Field label={t("new.mode")} error={errors.mode}>
        <select value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(`mode.${m}`)}
            </option>
          ))}
        </select>
      </Field>
      {mode === "in_person" ? null : (
        <Field label={t("new.onlineUrl")} hint={t("new.onlineUrlHint")} error={errors.onlineUrl}>
          <input
            type="url"
            inputMode="url"
            value={onlineUrl}
            onChange={(e) => setOnlineUrl(e.target.value)}
          />
        </Field>
      )}
      {mode === "online" ? null : (
        <Field label={t("new.venue")} error={errors.venue}>
          <input type="text" value={venue} onChange={(e) => setVenue(e.target.value)} />
        </Field>
      )}
      <FailureNotice failure={failure} />
      <div className="button-row">
        <Button type="submit" variant="primary" busy={busy}>
          {t("new.submit")}
        </Button>
      </div>
      <div aria-live="polite">
        {created ? (
          <Notice kind="success">
            {t("new.done")} <Link href={`/meetings/${created}`}>{t("new.open")}</Link>
          </Notice>
        ) : null}
      </div>
    </form>
  );
}

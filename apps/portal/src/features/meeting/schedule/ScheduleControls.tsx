import { type Instant, localOf, minutesBetween, type TimeZone } from "@moei/domain/shared";
import { useState } from "react";
import { type Failure, FailureFields } from "../../../api/failure.ts";
import { useSubmit } from "../../../api/mutation.ts";
import { type FragmentOf, graphql, readFragment } from "../../../graphql.ts";
import { common } from "../../../i18n/common.messages.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { Button } from "../../../ui/Button.tsx";
import { FailureNotice, Notice } from "../../../ui/Notice.tsx";
import { schedule } from "./schedule.messages.ts";
import { localStart, type When, WhenFields } from "./WhenFields.tsx";

export const ScheduleControlsFields = graphql(`
  fragment ScheduleControlsFields on Meeting {
    id
    version
    status
    start
    end
    zone
    allowedEvents
    series { id countries }
  }
`);

const RescheduleMeeting = graphql(
  `
  mutation RescheduleMeeting($id: ID!, $version: Int!, $start: LocalDateTime!, $zone: TimeZone!, $durationMinutes: Int!) {
    rescheduleMeeting(id: $id, version: $version, start: $start, zone: $zone, durationMinutes: $durationMinutes) {
      __typename
      ... on Meeting { id version status start end zone allowedEvents }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

const ChangeMeetingStatus = graphql(
  `
  mutation ChangeMeetingStatus($id: ID!, $version: Int!, $event: MeetingEventType!) {
    changeMeetingStatus(id: $id, version: $version, event: $event) {
      __typename
      ... on Meeting { id version status allowedEvents }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

type Step = "reschedule" | "postpone" | "cancel";
type Done = "reschedule.done" | "postpone.done" | "cancel.done";

/**
 * Reschedule, postpone or cancel one meeting: each button only when the lifecycle allows the step now and the
 * user manages the series. Postponing and cancelling ask first; a stale version (someone else changed the
 * meeting) reloads the page and says so, keeping what was typed.
 */
export function ScheduleControls(props: {
  meeting: FragmentOf<typeof ScheduleControlsFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  const meeting = readFragment(ScheduleControlsFields, props.meeting);
  const t = useT(schedule);
  const tc = useT(common);
  const format = useFormat();
  const [open, setOpen] = useState<Step | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [when, setWhen] = useState<When>(() => whenOf(meeting));
  const [rescheduling, reschedule] = useSubmit(RescheduleMeeting);
  const [changing, change] = useSubmit(ChangeMeetingStatus);
  if (!props.canManage) return null;
  const allowed = (step: Step) => meeting.allowedEvents.includes(step);
  const steps = (["reschedule", "postpone", "cancel"] as const).filter(allowed);
  if (steps.length === 0 && done === null) return null;

  const fail = (f: Failure) => {
    setFailure(f);
    if (f.kind === "conflict") props.refresh();
  };
  const start = (step: Step) => {
    setFailure(null);
    setDone(null);
    if (step === "reschedule") setWhen(whenOf(meeting));
    setOpen(step);
  };
  const submitReschedule = async () => {
    const local = localStart(when);
    const result = await reschedule({
      id: meeting.id,
      version: meeting.version,
      start: local ?? `${when.date}T${when.time}`,
      zone: meeting.zone,
      durationMinutes: Number(when.duration),
    });
    if (!result.ok) return fail(result.failure);
    setOpen(null);
    setFailure(null);
    setDone("reschedule.done");
    props.refresh();
  };
  const submitStatus = async (event: "postpone" | "cancel") => {
    const result = await change({ id: meeting.id, version: meeting.version, event });
    if (!result.ok) return fail(result.failure);
    setOpen(null);
    setFailure(null);
    setDone(event === "postpone" ? "postpone.done" : "cancel.done");
    props.refresh();
  };

  // After a conflict the page has reloaded the meeting: say when it starts now, so the user can decide again.
  const failureNotice =
    failure?.kind === "conflict" ? (
      <Notice kind="error">
        {t("conflict")} {t("conflict.now", { when: format.dateTime(meeting.start, meeting.zone) })}
      </Notice>
    ) : (
      <FailureNotice failure={failure} />
    );

  return (
    <section className="sched-controls" aria-label={t("controls.label")}>
      {open === null ? (
        <div className="button-row">
          {steps.map((step) => (
            <Button
              key={step}
              variant={step === "cancel" ? "danger" : "secondary"}
              onClick={() => start(step)}
            >
              {t(`${step}.open`)}
            </Button>
          ))}
        </div>
      ) : null}
      {open === "reschedule" ? (
        <form
          className="sched-form"
          aria-label={t("reschedule.title")}
          onSubmit={(e) => {
            e.preventDefault();
            void submitReschedule();
          }}
        >
          <WhenFields
            when={when}
            onChange={setWhen}
            zone={meeting.zone}
            crossBorder={meeting.series.countries.length > 1}
            errors={failure?.fields ?? {}}
            paths={{ start: "start", duration: "durationMinutes" }}
          />
          {failureNotice}
          <div className="button-row">
            <Button type="submit" variant="primary" busy={rescheduling}>
              {t("reschedule.submit")}
            </Button>
            <Button onClick={() => setOpen(null)}>{tc("action.close")}</Button>
          </div>
        </form>
      ) : null}
      {open === "postpone" || open === "cancel" ? (
        <fieldset className="sched-confirm">
          <legend className="visually-hidden">{t(`${open}.open`)}</legend>
          <p>{t(`${open}.confirm`)}</p>
          {failureNotice}
          <div className="button-row">
            <Button
              variant={open === "cancel" ? "danger" : "primary"}
              busy={changing}
              onClick={() => void submitStatus(open)}
            >
              {t(`${open}.submit`)}
            </Button>
            <Button onClick={() => setOpen(null)}>{t("cancel.keep")}</Button>
          </div>
        </fieldset>
      ) : null}
      <div aria-live="polite">{done ? <Notice kind="success">{t(done)}</Notice> : null}</div>
    </section>
  );
}

function whenOf(meeting: { start: string; end: string; zone: string }): When {
  const local = localOf(meeting.start as Instant, meeting.zone as TimeZone);
  return {
    date: local.slice(0, 10),
    time: local.slice(11, 16),
    duration: String(minutesBetween(meeting.start as Instant, meeting.end as Instant)),
  };
}

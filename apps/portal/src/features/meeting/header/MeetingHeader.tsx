import { useState } from "react";
import { Link } from "wouter";
import { type Failure, FailureFields } from "../../../api/failure.ts";
import { localized } from "../../../api/localized.ts";
import { useSubmit } from "../../../api/mutation.ts";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../../../graphql.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { labels } from "../../../i18n/labels.messages.ts";
import { Button } from "../../../ui/Button.tsx";
import { MeetingTime, MeetingTimeFields } from "../../../ui/MeetingTime.tsx";
import { FailureNotice, Notice } from "../../../ui/Notice.tsx";
import { ScheduleControls, ScheduleControlsFields } from "../schedule/ScheduleControls.tsx";
import { header } from "./header.messages.ts";

export const MeetingHeaderFields = graphql(
  `
  fragment MeetingHeaderFields on Meeting {
    id
    version
    status
    statusLabel(lang: $lang)
    numberLabel(lang: $lang)
    title { en th my }
    series { id name { en th my } }
    venue
    mode
    onlineUrl
    allowedEvents
    quorum { members present required met }
    missingTranslations { languages agendaItem { id position title { en th my } } }
    ...MeetingTimeFields
    ...ScheduleControlsFields
  }
`,
  [MeetingTimeFields, ScheduleControlsFields],
);

const TakeMeetingStep = graphql(
  `
  mutation TakeMeetingStep($id: ID!, $version: Int!, $event: MeetingEventType!) {
    changeMeetingStatus(id: $id, version: $version, event: $event) {
      __typename
      ... on Meeting { id version status allowedEvents }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

/** The steps of the record after the meeting; scheduling steps are ScheduleControls'. */
const STEPS = ["hold", "draft_minutes", "circulate", "approve", "reopen_minutes"] as const;
type Step = (typeof STEPS)[number];

/** Before the meeting has happened there is no attendance to count. */
const COUNTED = new Set(["held", "minutes_draft", "minutes_circulated", "minutes_approved"]);

export function MeetingHeader(props: {
  meeting: FragmentOf<typeof MeetingHeaderFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  const meeting = readFragment(MeetingHeaderFields, props.meeting);
  const t = useT(header);
  const { language } = useFormat();
  const seriesName = localized(meeting.series.name, language);
  const title = localized(meeting.title, language) || seriesName;
  const { quorum } = meeting;
  const quorumKey = quorum.required === 0 ? "quorum.none" : quorum.met ? "quorum.met" : "quorum.notMet";
  const showQuorum = COUNTED.has(meeting.status) || quorum.present > 0;
  return (
    <header className="mtg-header">
      <p className="mtg-header__series">
        <Link href={`/series/${meeting.series.id}`}>{seriesName}</Link>
      </p>
      <h1>{title}</h1>
      <p className="mtg-header__badges">
        {meeting.numberLabel ? <span className="mtg-header__number">{meeting.numberLabel}</span> : null}
        <span className={`status status--${meeting.status}`}>{meeting.statusLabel}</span>
      </p>
      <dl className="mtg-facts">
        <div>
          <dt>{t("when")}</dt>
          <dd>
            <MeetingTime meeting={meeting} />
          </dd>
        </div>
        <div>
          <dt>{t("where")}</dt>
          <dd>
            {meeting.venue ? <span>{meeting.venue}</span> : null}
            <span className="mtg-facts__mode">{t(`mode.${meeting.mode}`)}</span>
            {meeting.onlineUrl ? (
              <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
                {t("onlineLink")}
              </a>
            ) : null}
          </dd>
        </div>
        {showQuorum ? (
          <div>
            <dt>{t("quorum")}</dt>
            <dd className={quorum.met ? "mtg-quorum mtg-quorum--met" : "mtg-quorum"}>
              {t(quorumKey, { present: quorum.present, members: quorum.members, required: quorum.required })}
            </dd>
          </div>
        ) : null}
      </dl>
      {props.canManage ? <LifecycleSteps meeting={meeting} refresh={props.refresh} /> : null}
      <ScheduleControls meeting={meeting} canManage={props.canManage} refresh={props.refresh} />
    </header>
  );
}

type HeaderData = ResultOf<typeof MeetingHeaderFields>;

/** The record's lifecycle buttons the API allows now, with the checklist of missing translations first. */
function LifecycleSteps({ meeting, refresh }: { meeting: HeaderData; refresh: () => void }) {
  const t = useT(header);
  const tl = useT(labels);
  const { language } = useFormat();
  const [busy, take] = useSubmit(TakeMeetingStep);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<Step | null>(null);
  const steps = STEPS.filter((s) => meeting.allowedEvents.includes(s));
  const checklist = meeting.status === "minutes_draft";
  if (steps.length === 0 && !checklist && done === null) return null;

  const run = async (event: Step) => {
    setFailure(null);
    setDone(null);
    const result = await take({ id: meeting.id, version: meeting.version, event });
    if (!result.ok) {
      setFailure(result.failure);
      // Someone else moved the meeting on: show where it stands now, with the API's reason.
      if (result.failure.kind === "conflict" || result.failure.kind === "transition") refresh();
      return;
    }
    setDone(event);
    refresh();
  };

  return (
    <section className="mtg-steps" aria-label={t("steps")}>
      {checklist ? (
        <div className="mtg-missing">
          <h2>{t("missing")}</h2>
          {meeting.missingTranslations.length === 0 ? (
            <p>{t("missing.none")}</p>
          ) : (
            <>
              <p>{t("missing.intro")}</p>
              <ul>
                {meeting.missingTranslations.map((m) => (
                  <li key={m.agendaItem.id}>
                    {t("missing.item", {
                      item: `${m.agendaItem.position}. ${localized(m.agendaItem.title, language)}`,
                      languages: m.languages.map((l) => tl(`language.${l}`)).join(", "),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
      {steps.length > 0 ? (
        <div className="button-row">
          {steps.map((step) => (
            <Button
              key={step}
              variant={step === "reopen_minutes" ? "secondary" : "primary"}
              busy={busy}
              onClick={() => void run(step)}
            >
              {t(`step.${step}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {failure?.kind === "conflict" ? (
        <Notice kind="error">{t("conflict")}</Notice>
      ) : (
        <FailureNotice failure={failure} />
      )}
      <div aria-live="polite">{done ? <Notice kind="success">{t(`done.${done}`)}</Notice> : null}</div>
    </section>
  );
}

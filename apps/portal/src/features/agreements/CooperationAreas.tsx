import { Link } from "wouter";
import { localized } from "../../api/localized.ts";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { agreements as messages } from "./agreements.messages.ts";
import { type ActionStatus, progressByArea } from "./area-progress.ts";

export const CooperationAreasFields = graphql(`
  fragment CooperationAreasFields on Agreement {
    id
    areas { number title { en th my } }
  }
`);

// The API has no filter of actions by agreement: the page reads the actions the viewer may see and keeps
// those linked to this agreement (see the report in the feature README).
export const LinkedActionsFields = graphql(`
  fragment LinkedActionsFields on Query {
    actions(first: $actionsFirst) {
      edges {
        node {
          id
          text
          status
          overdue
          dueOn
          links { agreement { id } clause sopStepKey }
          meeting { id title { en th my } numberLabel(lang: $lang) series { name { en th my } } }
        }
      }
    }
  }
`);

const STATUS_ORDER: readonly ActionStatus[] = ["open", "in_progress", "blocked", "done", "cancelled"];

/** The agreement's numbered areas, each with the actions linked to it and their progress. */
export function CooperationAreas(props: {
  agreement: FragmentOf<typeof CooperationAreasFields>;
  actions: FragmentOf<typeof LinkedActionsFields>;
}) {
  const a = readFragment(CooperationAreasFields, props.agreement);
  const { actions } = readFragment(LinkedActionsFields, props.actions);
  const t = useT(messages);
  const format = useFormat();
  const nodes = actions.edges.map((e) => e.node);
  const progress = progressByArea(
    a.id,
    a.areas.map((area) => area.number),
    nodes,
  );
  const titleOf = new Map(a.areas.map((area) => [area.number, localized(area.title, format.language)]));
  if (progress.length === 0) {
    return (
      <section aria-labelledby="agreement-areas">
        <h2 id="agreement-areas">{t("areas.title")}</h2>
        <p>{t("areas.none")}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="agreement-areas" className="agreement-areas">
      <h2 id="agreement-areas">{t("areas.title")}</h2>
      <ol className="agreement-areas__list">
        {progress.map((area) => {
          const headingId = `agreement-area-${area.number ?? "whole"}`;
          return (
            <li
              key={area.number ?? "whole"}
              className="card agreement-areas__area"
              aria-labelledby={headingId}
            >
              <h3 id={headingId} className="card__title">
                {area.number === null
                  ? t("areas.whole")
                  : `${area.number}. ${titleOf.get(area.number) ?? ""}`}
              </h3>
              <p className="agreement-areas__progress">
                <span>{t("areas.actions", { count: area.actions.length })}</span>
                {STATUS_ORDER.filter((s) => area.byStatus[s]).map((s) => (
                  <span key={s} className={`status status--${s}`}>
                    {t(`actionStatus.${s}`)}: {format.number(area.byStatus[s] ?? 0)}
                  </span>
                ))}
                {area.overdue > 0 ? (
                  <span className="agreement-areas__overdue">
                    {t("areas.overdue", { count: area.overdue })}
                  </span>
                ) : null}
              </p>
              {area.actions.length > 0 ? (
                <ul className="agreement-areas__actions">
                  {area.actions.map((action) => {
                    const meetingName =
                      action.meeting.numberLabel ??
                      (localized(action.meeting.title, format.language) ||
                        localized(action.meeting.series.name, format.language));
                    return (
                      <li key={action.id}>
                        {action.text} — <span>{t(`actionStatus.${action.status}`)}</span>
                        {action.overdue ? <strong> · {t("action.overdue")}</strong> : null} ·{" "}
                        {t("action.due", { date: format.date(action.dueOn) })} ·{" "}
                        <Link href={`/meetings/${action.meeting.id}`}>
                          {t("action.agreedAt", { meeting: meetingName || t("action.meeting") })}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

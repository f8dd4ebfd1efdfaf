import { isOpenFor } from "@moei/domain/meeting";
import { lazy, Suspense } from "react";
import { localized } from "../../../api/localized.ts";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../../../graphql.ts";
import { common } from "../../../i18n/common.messages.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { agenda as messages } from "./agenda.messages.ts";

// Only coordinators edit: the editor is loaded when one opens the page.
const AgendaEditor = lazy(() => import("./AgendaEditor.tsx").then((m) => ({ default: m.AgendaEditor })));

export const AgendaSectionFields = graphql(`
  fragment AgendaSectionFields on Meeting {
    id
    status
    series { id members { id acronym name { en th my } } }
    agenda {
      id
      position
      kind
      durationMinutes
      title { en th my }
      presenter { id acronym name { en th my } }
      link {
        clause
        sopStepKey
        agreement { id title { en th my } sopVersions { version steps { key title { en th my } } } }
      }
    }
  }
`);

export type AgendaData = ResultOf<typeof AgendaSectionFields>;
export type AgendaItemData = AgendaData["agenda"][number];
type Item = AgendaItemData;

/** The domain's OPEN_FOR: the agenda can change until the minutes are circulated. */

export function AgendaSection(props: {
  meeting: FragmentOf<typeof AgendaSectionFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  const meeting = readFragment(AgendaSectionFields, props.meeting);
  const t = useT(messages);
  const tc = useT(common);
  const total = meeting.agenda.reduce((sum, i) => sum + (i.durationMinutes ?? 0), 0);
  const editing = props.canManage && isOpenFor(meeting.status, "agenda");
  return (
    <section className="mtg-section mtg-agenda" aria-labelledby="meeting-agenda-title">
      <h2 id="meeting-agenda-title">{t("title")}</h2>
      {meeting.agenda.length === 0 ? <p>{t("none")}</p> : null}
      {total > 0 ? <p className="agenda-total">{t("total", { minutes: total })}</p> : null}
      {editing ? (
        <Suspense fallback={<p className="loading">{tc("state.loading")}</p>}>
          <AgendaEditor meeting={meeting} refresh={props.refresh} />
        </Suspense>
      ) : (
        <ol className="agenda-list">
          {meeting.agenda.map((item) => (
            <li key={item.id} className="agenda-item">
              <ItemSummary item={item} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ItemSummary({ item }: { item: Item }) {
  const t = useT(messages);
  const { language } = useFormat();
  const link = item.link;
  const step = link?.sopStepKey
    ? link.agreement.sopVersions.at(-1)?.steps.find((s) => s.key === link.sopStepKey)
    : undefined;
  return (
    <div className="agenda-item__summary">
      <span className="agenda-item__title">{localized(item.title, language)}</span>
      {item.kind === "matters_arising" ? <span className="badge">{t("kind.matters_arising")}</span> : null}
      <span className="agenda-item__meta">
        {item.presenter ? (
          <span>
            {t("presenter", {
              organization: item.presenter.acronym ?? localized(item.presenter.name, language),
            })}
          </span>
        ) : null}
        {item.durationMinutes ? <span>{t("minutes", { minutes: item.durationMinutes })}</span> : null}
        {link ? (
          <span>
            {localized(link.agreement.title, language)}
            {link.clause ? `, ${t("clause", { clause: link.clause })}` : ""}
            {link.sopStepKey
              ? ` · ${t("step", { step: step ? localized(step.title, language) : link.sopStepKey })}`
              : ""}
          </span>
        ) : null}
      </span>
    </div>
  );
}

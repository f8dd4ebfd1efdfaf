import { dateOf, type Instant, type TimeZone } from "@moei/domain/shared";
import { Link } from "wouter";
import { localized } from "../../../api/localized.ts";
import { type FragmentOf, graphql, readFragment } from "../../../graphql.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { labels } from "../../../i18n/labels.messages.ts";
import { matters as messages } from "./matters.messages.ts";

export const MattersArisingSectionFields = graphql(`
  fragment MattersArisingSectionFields on Meeting {
    id
    mattersArising {
      carriedOver
      overdue
      action {
        id
        text
        dueOn
        status
        daysOverdue
        owners { id acronym name { en th my } }
        meeting { id start zone numberLabel(lang: $lang) }
      }
    }
  }
`);

/** Read-only for everyone: progress is reported on the action itself, not here. */
export function MattersArisingSection(props: {
  meeting: FragmentOf<typeof MattersArisingSectionFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  const meeting = readFragment(MattersArisingSectionFields, props.meeting);
  const t = useT(messages);
  const tl = useT(labels);
  const format = useFormat();
  const items = meeting.mattersArising;
  return (
    <section className="mtg-section mtg-matters" aria-labelledby="meeting-matters-title">
      <h2 id="meeting-matters-title">{t("title")}</h2>
      {items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <p>{t("count", { count: items.length, overdue: items.filter((m) => m.overdue).length })}</p>
          <ul className="card-list matters-list">
            {items.map(({ action, carriedOver, overdue }) => {
              const agreedOn = format.date(
                dateOf(action.meeting.start as Instant, action.meeting.zone as TimeZone),
                "short",
              );
              return (
                <li
                  key={action.id}
                  className={overdue ? "card matters-item matters-item--overdue" : "card matters-item"}
                >
                  <p className="matters-item__text">{action.text}</p>
                  <p className="matters-item__facts">
                    <span className={`badge matters-status--${action.status}`}>
                      {tl(`actionStatus.${action.status}`)}
                    </span>
                    <span>{t("due", { date: format.date(action.dueOn) })}</span>
                    {overdue ? (
                      <span className="badge matters-badge--overdue">
                        {t("overdue")} · {t("daysOverdue", { days: action.daysOverdue })}
                      </span>
                    ) : null}
                    <span className="badge matters-badge--carried">
                      {t("carriedOver", { count: carriedOver })}
                    </span>
                  </p>
                  <p className="matters-item__owners">
                    {t("owners")}:{" "}
                    {action.owners.map((o) => o.acronym ?? localized(o.name, format.language)).join(", ")}
                  </p>
                  <Link href={`/meetings/${action.meeting.id}`}>
                    {action.meeting.numberLabel
                      ? t("agreedAtNumber", { number: action.meeting.numberLabel, date: agreedOn })
                      : t("agreedAt", { date: agreedOn })}
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

import { Link } from "wouter";
import { localized } from "../../api/localized.ts";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { MeetingTime, MeetingTimeFields } from "../../ui/MeetingTime.tsx";
import { series as messages } from "./series.messages.ts";

export const SeriesMeetingsFields = graphql(
  `
  fragment SeriesMeetingsFields on Series {
    recent: meetings(from: $since, first: 24) {
      totalCount
      edges {
        node {
          id
          title { en th my }
          numberLabel(lang: $lang)
          status
          statusLabel(lang: $lang)
          ...MeetingTimeFields
        }
      }
    }
  }
`,
  [MeetingTimeFields],
);

/** The series' meetings from a few months back onwards, by start, each linking to its page. */
export function SeriesMeetings(props: { series: FragmentOf<typeof SeriesMeetingsFields>; since: string }) {
  const data = readFragment(SeriesMeetingsFields, props.series);
  const t = useT(messages);
  const format = useFormat();
  const edges = data.recent.edges;
  return (
    <section aria-labelledby="series-meetings">
      <h2 id="series-meetings">{t("meetings.title")}</h2>
      <p>
        {t("meetings.total", { count: data.recent.totalCount, date: format.date(props.since.slice(0, 10)) })}
      </p>
      {edges.length === 0 ? <p>{t("meetings.none")}</p> : null}
      <ul className="card-list">
        {edges.map(({ node }) => (
          <li key={node.id} className="card">
            <Link href={`/meetings/${node.id}`} className="card__title">
              {node.numberLabel ?? t("meetings.unnumbered")}
              {node.title ? ` · ${localized(node.title, format.language)}` : ""}
            </Link>
            <MeetingTime meeting={node} />
            <span className={`status status--${node.status}`}>{node.statusLabel}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { instantOf, type LocalDateTime, type PlainDate, type TimeZone } from "@moei/domain/shared";
import { Link } from "wouter";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { series as messages } from "./series.messages.ts";

export const UpcomingOccurrencesFields = graphql(`
  fragment UpcomingOccurrencesFields on Series {
    countries
    cadence { zone }
    upcoming(count: 6) {
      original
      start
      meeting {
        id
        zone
        status
        numberLabel(lang: $lang)
        statusLabel(lang: $lang)
      }
    }
  }
`);

/**
 * The next occurrences of the cadence, each at its start in the meeting's zone (and on both sides of the
 * border for a cross-border series); those already scheduled name their meeting, its status and link to it.
 */
export function UpcomingOccurrences(props: { series: FragmentOf<typeof UpcomingOccurrencesFields> }) {
  const data = readFragment(UpcomingOccurrencesFields, props.series);
  const t = useT(messages);
  const format = useFormat();
  const crossBorder = data.countries.length > 1;
  return (
    <section aria-labelledby="series-upcoming">
      <h2 id="series-upcoming">{t("upcoming.title")}</h2>
      {data.cadence === null ? <p>{t("upcoming.none")}</p> : null}
      <ol className="card-list series-upcoming">
        {data.upcoming.map((o) => {
          const zone = o.meeting?.zone ?? data.cadence?.zone ?? "Asia/Bangkok";
          const regular = data.cadence
            ? instantOf(o.original as LocalDateTime, data.cadence.zone as TimeZone)
            : o.start;
          const label = o.meeting?.numberLabel ?? t("meetings.unnumbered");
          return (
            <li key={o.original} className="card">
              <time dateTime={o.start} className="card__title">
                {format.dateTime(o.start, zone)}
              </time>
              {crossBorder ? <span className="meeting-time__zones">{format.bothZones(o.start)}</span> : null}
              {regular !== o.start ? (
                <span>
                  {t("upcoming.moved", { date: format.date(o.original.slice(0, 10) as PlainDate) })}
                </span>
              ) : null}
              {o.meeting ? (
                <span>
                  <Link href={`/meetings/${o.meeting.id}`} aria-label={t("upcoming.open", { label })}>
                    {label}
                  </Link>{" "}
                  <span className={`status status--${o.meeting.status}`}>{o.meeting.statusLabel}</span>
                </span>
              ) : (
                <span className="series-upcoming__free">{t("upcoming.notScheduled")}</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

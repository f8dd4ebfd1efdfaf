import {
  formatOffset,
  instantOf,
  type LocalDateTime,
  offsetOf,
  type TimeZone,
  zoneLabel,
} from "@moei/domain/shared";
import { useMemo } from "react";
import { useQuery } from "urql";
import { localized } from "../../api/localized.ts";
import { nowInstant } from "../../api/now.ts";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { common } from "../../i18n/common.messages.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { labels } from "../../i18n/labels.messages.ts";
import { canManageSeries, useSession } from "../../session.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { LazySeriesExports } from "../exports/lazy.tsx";
import { SeriesMeetings, SeriesMeetingsFields } from "./SeriesMeetings.tsx";
import { SeriesMembers, SeriesMembersFields } from "./SeriesMembers.tsx";
import { SeriesScheduling, SeriesSchedulingFields } from "./SeriesScheduling.tsx";
import { series as messages } from "./series.messages.ts";
import { UpcomingOccurrences, UpcomingOccurrencesFields } from "./UpcomingOccurrences.tsx";

export const SeriesSummaryFields = graphql(`
  fragment SeriesSummaryFields on Series {
    kind
    confidentiality
    countries
    languages
    secretariat { id acronym name { en th my } }
    cadence { description(lang: $lang) durationMinutes zone firstStart }
  }
`);

const SeriesPageQuery = graphql(
  `
  query SeriesPage($id: ID!, $lang: UiLanguage!, $since: Instant!) {
    node(id: $id) {
      __typename
      ... on Series {
        id
        name { en th my }
        ...SeriesSummaryFields
        ...SeriesMembersFields
        ...UpcomingOccurrencesFields
        ...SeriesMeetingsFields
        ...SeriesSchedulingFields
      }
    }
  }
`,
  [
    SeriesSummaryFields,
    SeriesMembersFields,
    UpcomingOccurrencesFields,
    SeriesMeetingsFields,
    SeriesSchedulingFields,
  ],
);

/** How far back the meetings list starts: about six months. */
const RECENT_DAYS = 183;

/** One meeting series: what it is, when it meets, who is in it, its next occurrences and its meetings. */
export function SeriesPage({ id }: { id: string }) {
  const tc = useT(common);
  const { language } = useFormat();
  const { me } = useSession();
  const since = useMemo(
    () =>
      new Date(Date.parse(nowInstant()) - RECENT_DAYS * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    [],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SeriesPageQuery,
    variables: { id, lang: language, since },
  });
  const node = data?.node;
  const found = node?.__typename === "Series" ? node : null;
  const name = found ? localized(found.name, language) : "";
  usePageTitle(found ? name : tc("state.loading"));
  if (!data)
    return (
      <main id="content">
        <QueryState
          fetching={fetching}
          error={error}
          retry={() => reexecute({ requestPolicy: "network-only" })}
        />
      </main>
    );
  if (found === null)
    return (
      <main id="content">
        <h1>{tc("notFound.title")}</h1>
        <p>{tc("error.notFound")}</p>
      </main>
    );
  const canManage = canManageSeries(me, found.id);
  return (
    <main id="content" className="series-page">
      <h1>{name}</h1>
      <SeriesSummary series={found} canManage={canManage} />
      <UpcomingOccurrences series={found} />
      {canManage ? <SeriesScheduling series={found} /> : null}
      <SeriesMeetings series={found} since={since} />
      <LazySeriesExports seriesId={found.id} />
      <SeriesMembers series={found} canManage={canManage} />
    </main>
  );
}

function SeriesSummary(props: { series: FragmentOf<typeof SeriesSummaryFields>; canManage: boolean }) {
  const s = readFragment(SeriesSummaryFields, props.series);
  const t = useT(messages);
  const tl = useT(labels);
  const format = useFormat();
  const { language } = format;
  const cadence = s.cadence;
  const first = cadence ? instantOf(cadence.firstStart as LocalDateTime, cadence.zone as TimeZone) : null;
  const duration = cadence
    ? cadence.durationMinutes % 60 === 0
      ? t("duration.hours", { count: cadence.durationMinutes / 60 })
      : t("duration.minutes", { count: cadence.durationMinutes })
    : "";
  return (
    <section aria-label={t("summary.label")} className="series-summary">
      <p className="series-summary__badges">
        <span className="badge">{t(`kind.${s.kind}`)}</span>{" "}
        <span className={`badge series-badge--${s.confidentiality}`}>
          {t(`confidentiality.${s.confidentiality}`)}
        </span>
        {props.canManage ? (
          <>
            {" "}
            <span className="badge badge--mine">{t("summary.manage")}</span>
          </>
        ) : null}
      </p>
      <dl className="series-summary__facts">
        <dt>{t("summary.secretariat")}</dt>
        <dd>
          {s.secretariat.acronym ? `${s.secretariat.acronym} — ` : ""}
          {localized(s.secretariat.name, language)}
        </dd>
        <dt>{t("summary.countries")}</dt>
        <dd>{s.countries.map((c) => t(`country.${c}`)).join(", ")}</dd>
        <dt>{t("summary.languages")}</dt>
        <dd>{s.languages.map((l) => tl(`language.${l}`)).join(", ")}</dd>
        <dt>{t("summary.cadence")}</dt>
        <dd>
          {cadence && first ? (
            <>
              <span className="series-summary__line">{cadence.description}</span>
              <span className="series-summary__line">
                {t("summary.time", { time: cadence.firstStart.slice(11, 16), duration })}
              </span>
              <span className="series-summary__line">
                {s.countries.length > 1
                  ? format.bothZones(first)
                  : t("summary.zone", {
                      zone: zoneLabel(cadence.zone as TimeZone, language),
                      offset: formatOffset(offsetOf(first, cadence.zone as TimeZone)),
                    })}
              </span>
            </>
          ) : (
            t("summary.noCadence")
          )}
        </dd>
      </dl>
    </section>
  );
}

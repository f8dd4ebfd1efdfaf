import { useMemo } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { localized } from "../api/localized.ts";
import { nowInstant } from "../api/now.ts";
import { graphql } from "../graphql.ts";
import { useFormat, useT } from "../i18n/i18n.tsx";
import { canManageSeries, useSession } from "../session.tsx";
import { MeetingTime, MeetingTimeFields } from "../ui/MeetingTime.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { usePageTitle } from "../ui/usePageTitle.ts";
import { home } from "./home.messages.ts";

const HomeQuery = graphql(
  `
  query Home($from: Instant!, $lang: UiLanguage!) {
    series {
      id
      name { en th my }
      confidentiality
      members { id }
      secretariat { id acronym name { en th my } }
    }
    meetings(from: $from, first: 12, status: [scheduled, postponed]) {
      edges {
        node {
          id
          title { en th my }
          numberLabel(lang: $lang)
          statusLabel(lang: $lang)
          status
          series { id name { en th my } }
          ...MeetingTimeFields
        }
      }
    }
  }
`,
  [MeetingTimeFields],
);

/** The coordinator's start page: the series (theirs first) and the next meetings across them. */
export function Home() {
  const t = useT(home);
  const { language } = useFormat();
  const { me } = useSession();
  usePageTitle(t("title"));
  const from = useMemo(nowInstant, []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HomeQuery,
    variables: { from, lang: language },
  });
  if (!data)
    return (
      <QueryState
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  const series = [...data.series].sort(
    (a, b) => Number(canManageSeries(me, b.id)) - Number(canManageSeries(me, a.id)),
  );
  return (
    <main id="content" className="home">
      <h1>{t("title")}</h1>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t("upcoming")}</h2>
        {data.meetings.edges.length === 0 ? <p>{t("noUpcoming")}</p> : null}
        <ul className="card-list">
          {data.meetings.edges.map(({ node }) => (
            <li key={node.id} className="card">
              <Link href={`/meetings/${node.id}`} className="card__title">
                {localized(node.title, language) || localized(node.series.name, language)}
                {node.numberLabel ? ` · ${node.numberLabel}` : ""}
              </Link>
              <MeetingTime meeting={node} />
              <span className={`status status--${node.status}`}>{node.statusLabel}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="series">
        <h2 id="series">{t("series")}</h2>
        <ul className="card-list">
          {series.map((s) => (
            <li key={s.id} className="card">
              <Link href={`/series/${s.id}`} className="card__title">
                {localized(s.name, language)}
              </Link>
              <span>
                {s.secretariat.acronym ?? localized(s.secretariat.name, language)} ·{" "}
                {t("members", { count: s.members.length })}
              </span>
              {s.confidentiality === "restricted" ? <span className="badge">{t("restricted")}</span> : null}
              {canManageSeries(me, s.id) ? (
                <span className="badge badge--mine">{t("yourSeries")}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

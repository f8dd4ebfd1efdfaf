import { useMemo } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { localized } from "../api/localized.ts";
import { nowInstant } from "../api/now.ts";
import { OPEN_DATA_PATH } from "../features/exports/export-paths.ts";
import { exportsNav } from "../features/exports/exports-nav.messages.ts";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../graphql.ts";
import { useFormat, useT } from "../i18n/i18n.tsx";
import { labels } from "../i18n/labels.messages.ts";
import { canManageSeries, useSession } from "../session.tsx";
import { MeetingTime, MeetingTimeFields } from "../ui/MeetingTime.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { usePageTitle } from "../ui/usePageTitle.ts";
import { home } from "./home.messages.ts";

/** How far back "recent" decisions go: about two monthly meetings. */
const RECENT_DAYS = 62;
const RECENT_MEETINGS = 3;

export const DashboardActionFields = graphql(`
  fragment DashboardActionFields on Action {
    id
    text
    dueOn
    status
    overdue
    daysOverdue
    meeting { id series { id name { en th my } } }
  }
`);

export const ExpiringAgreementFields = graphql(`
  fragment ExpiringAgreementFields on Agreement {
    id
    title { en th my }
    effectiveExpiry
  }
`);

export const RecentDecisionsFields = graphql(`
  fragment RecentDecisionsFields on Meeting {
    id
    start
    zone
    title { en th my }
    series { id name { en th my } }
    decisions { id position text { en th my } }
  }
`);

export const HomeQuery = graphql(
  `
  query Home($from: Instant!, $since: Instant!, $lang: UiLanguage!, $orgId: ID!) {
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
    me {
      id
      organization {
        id
        acronym
        name { en th my }
        openActions(first: 8) { totalCount edges { node { ...DashboardActionFields } } }
      }
    }
    overdue: actions(organizationId: $orgId, overdue: true, first: 1) { totalCount }
    expiring: agreements(expiringWithinDays: 180, first: 8) {
      edges { node { ...ExpiringAgreementFields } }
    }
    recent: meetings(
      invitedOrganizationId: $orgId
      from: $since
      to: $from
      status: [held, minutes_draft, minutes_circulated, minutes_approved]
      first: 12
    ) {
      edges { node { ...RecentDecisionsFields } }
    }
  }
`,
  [MeetingTimeFields, DashboardActionFields, ExpiringAgreementFields, RecentDecisionsFields],
);

type OwnOrganization = NonNullable<ResultOf<typeof HomeQuery>["me"]>["organization"];

function OrganizationActions(props: { organization: OwnOrganization; overdue: number }) {
  const t = useT(home);
  const tl = useT(labels);
  const format = useFormat();
  const { organization } = props;
  const actions = organization.openActions.edges.map((e) => readFragment(DashboardActionFields, e.node));
  const more = organization.openActions.totalCount - actions.length;
  return (
    <section aria-labelledby="home-actions" className="dash-block">
      <h2 id="home-actions">{t("actions.title")}</h2>
      <p>
        <Link href={`/organizations/${organization.id}`}>
          {t("organization", { name: localized(organization.name, format.language) })}
        </Link>
        {" · "}
        {t("actions.summary", { open: organization.openActions.totalCount, overdue: props.overdue })}
      </p>
      {actions.length === 0 ? (
        <p>{t("actions.none", { organization: organization.acronym ?? organization.name.en })}</p>
      ) : (
        <ul className="card-list">
          {actions.map((a) => (
            <li key={a.id} className={a.overdue ? "card dash-action--overdue" : "card"}>
              <Link href={`/meetings/${a.meeting.id}`} className="card__title">
                {a.text}
              </Link>
              <span>{t("actions.due", { date: format.date(a.dueOn) })}</span>
              <span className="status">{tl(`actionStatus.${a.status}`)}</span>
              {a.overdue ? (
                <strong className="dash-overdue">{t("actions.overdue", { days: a.daysOverdue })}</strong>
              ) : null}
              <span className="dash-muted">
                {t("actions.agreedAt", { meeting: localized(a.meeting.series.name, format.language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/actions">{more > 0 ? t("actions.more", { count: more }) : t("actions.all")}</Link>
      </p>
    </section>
  );
}

function ExpiringAgreements(props: { agreements: readonly FragmentOf<typeof ExpiringAgreementFields>[] }) {
  const t = useT(home);
  const format = useFormat();
  const agreements = props.agreements.map((a) => readFragment(ExpiringAgreementFields, a));
  return (
    <section aria-labelledby="home-agreements" className="dash-block">
      <h2 id="home-agreements">{t("agreements.title")}</h2>
      {agreements.length === 0 ? (
        <p>{t("agreements.none")}</p>
      ) : (
        <ul className="card-list">
          {agreements.map((a) => (
            <li key={a.id} className="card">
              <Link href={`/agreements/${a.id}`} className="card__title">
                {localized(a.title, format.language)}
              </Link>
              {a.effectiveExpiry ? (
                <span>{t("agreements.expires", { date: format.date(a.effectiveExpiry) })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/agreements">{t("agreements.all")}</Link>
      </p>
    </section>
  );
}

function RecentDecisions(props: { meetings: readonly FragmentOf<typeof RecentDecisionsFields>[] }) {
  const t = useT(home);
  const format = useFormat();
  // The API lists meetings oldest first: the latest few with decisions, newest first.
  const meetings = props.meetings
    .map((m) => readFragment(RecentDecisionsFields, m))
    .filter((m) => m.decisions.length > 0)
    .slice(-RECENT_MEETINGS)
    .reverse();
  return (
    <section aria-labelledby="home-decisions" className="dash-block">
      <h2 id="home-decisions">{t("decisions.title")}</h2>
      {meetings.length === 0 ? <p>{t("decisions.none")}</p> : null}
      {meetings.map((m) => (
        <article key={m.id} className="dash-decisions">
          <h3>
            <Link href={`/meetings/${m.id}`}>
              {localized(m.title, format.language) || localized(m.series.name, format.language)}
            </Link>
          </h3>
          <p className="dash-muted">
            <time dateTime={m.start}>{format.dateTime(m.start, m.zone)}</time>
          </p>
          <ul className="dash-decisions__list">
            {m.decisions.map((d) => (
              <li key={d.id}>
                <span className="dash-decisions__number">
                  {t("decisions.number", { position: d.position })}
                </span>{" "}
                {localized(d.text, format.language)}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}

/**
 * The start page: the signed-in organization's open and overdue actions, the next meetings (both zones when
 * cross-border), agreements expiring within 180 days, recent decisions, and the series (theirs first).
 */
export function Home() {
  const t = useT(home);
  const { language } = useFormat();
  const { me } = useSession();
  usePageTitle(t("title"));
  const [from, since] = useMemo(() => {
    const now = nowInstant();
    const back = new Date(Date.parse(now) - RECENT_DAYS * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    return [now, back];
  }, []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HomeQuery,
    variables: { from, since, lang: language, orgId: me?.organization.id ?? "" },
    pause: me === null,
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
      {data.me ? (
        <OrganizationActions organization={data.me.organization} overdue={data.overdue.totalCount} />
      ) : null}
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
      <ExpiringAgreements agreements={data.expiring.edges.map((e) => e.node)} />
      <RecentDecisions meetings={data.recent.edges.map((e) => e.node)} />
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
      <OpenData />
    </main>
  );
}

/** Where anyone can take the public totals from, in one sentence. */
function OpenData() {
  const t = useT(exportsNav);
  return (
    <section aria-labelledby="home-open-data" className="dash-block">
      <h2 id="home-open-data">{t("openData.title")}</h2>
      <p>
        {t("openData.text")} <a href={OPEN_DATA_PATH}>{t("openData.link")}</a>
      </p>
    </section>
  );
}

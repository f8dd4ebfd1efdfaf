import { useQuery } from "urql";
import { Link } from "wouter";
import { localized } from "../../api/localized.ts";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { common } from "../../i18n/common.messages.ts";
import { LANGUAGE_NAMES, useFormat, useT } from "../../i18n/i18n.tsx";
import { labels } from "../../i18n/labels.messages.ts";
import { Notice } from "../../ui/Notice.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { LazyOrganizationCalendar } from "../exports/lazy.tsx";
import { directory } from "./directory.messages.ts";

/** A page of open actions; the page size goes in a variable, as the API's cost limit multiplies a literal one. */
const ACTIONS_SHOWN = 50;

export const OrganizationContactsFields = graphql(`
  fragment OrganizationContactsFields on Organization {
    contacts { id name title languages active }
  }
`);

export const OrganizationActionsFields = graphql(`
  fragment OrganizationActionsFields on Organization {
    openActions(first: $actionsFirst) {
      totalCount
      edges {
        node {
          id
          text
          dueOn
          status
          overdue
          daysOverdue
          meeting { id title { en th my } series { id name { en th my } } }
        }
      }
    }
  }
`);

export const OrganizationPageQuery = graphql(
  `
  query OrganizationPage($id: ID!, $actionsFirst: Int!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        acronym
        name { en th my }
        kind
        country
        province
        township
        active
        fictional
        parent { id acronym name { en th my } }
        ...OrganizationContactsFields
        ...OrganizationActionsFields
      }
    }
    series(memberId: $id) { id name { en th my } secretariat { id } }
  }
`,
  [OrganizationContactsFields, OrganizationActionsFields],
);

function Contacts(props: { organization: FragmentOf<typeof OrganizationContactsFields> }) {
  const t = useT(directory);
  const tl = useT(labels);
  const contacts = readFragment(OrganizationContactsFields, props.organization).contacts.filter(
    (c) => c.active,
  );
  return (
    <section aria-labelledby="org-contacts">
      <h2 id="org-contacts">{t("org.contacts")}</h2>
      {contacts.length === 0 ? (
        <p>{t("org.noContacts")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("org.contactName")}</th>
                <th scope="col">{t("org.contactTitle")}</th>
                <th scope="col">{t("org.contactLanguages")}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{c.title ?? ""}</td>
                  <td>{c.languages.map((l) => tl(`language.${l}`)).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="dir-muted">{t("org.contactNote")}</p>
    </section>
  );
}

function OpenActions(props: { organization: FragmentOf<typeof OrganizationActionsFields> }) {
  const t = useT(directory);
  const tl = useT(labels);
  const format = useFormat();
  const { openActions } = readFragment(OrganizationActionsFields, props.organization);
  const more = openActions.totalCount - openActions.edges.length;
  return (
    <section aria-labelledby="org-actions">
      <h2 id="org-actions">{t("org.actions", { count: openActions.totalCount })}</h2>
      {openActions.edges.length === 0 ? (
        <p>{t("org.noActions")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("org.action")}</th>
                <th scope="col">{t("org.due")}</th>
                <th scope="col">{t("org.status")}</th>
                <th scope="col">{t("org.meeting")}</th>
              </tr>
            </thead>
            <tbody>
              {openActions.edges.map(({ node: a }) => (
                <tr key={a.id} className={a.overdue ? "dir-action--overdue" : undefined}>
                  <th scope="row">{a.text}</th>
                  <td>
                    <time dateTime={a.dueOn}>{format.date(a.dueOn)}</time>
                    {a.overdue ? (
                      <strong className="dir-overdue"> {t("org.overdue", { days: a.daysOverdue })}</strong>
                    ) : null}
                  </td>
                  <td>{tl(`actionStatus.${a.status}`)}</td>
                  <td>
                    <Link href={`/meetings/${a.meeting.id}`}>
                      {localized(a.meeting.title, format.language) ||
                        localized(a.meeting.series.name, format.language)}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more > 0 ? (
        <p>
          <Link href="/actions">{t("org.moreActions", { count: more })}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** One organization: its names, kind and place, parent, listed contacts, series and open actions. */
export function OrganizationPage({ id }: { id: string }) {
  const t = useT(directory);
  const tl = useT(labels);
  const format = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrganizationPageQuery,
    variables: { id, actionsFirst: ACTIONS_SHOWN },
  });
  const organization = data?.node?.__typename === "Organization" ? data.node : null;
  usePageTitle(organization ? localized(organization.name, format.language) : t("title"));
  if (!data) {
    // An id that is no organization's is refused as bad input (by series(memberId:)): not found too.
    if (error?.graphQLErrors.some((e) => e.extensions?.code === "BAD_USER_INPUT")) return <NotFoundNotice />;
    return (
      <QueryState
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!organization) return <NotFoundNotice />;
  const o = organization;
  const names = (["en", "th", "my"] as const).filter((l) => o.name[l]);
  return (
    <main id="content" className="dir-org">
      <p>
        <Link href="/organizations">{t("org.back")}</Link>
      </p>
      <h1>
        {localized(o.name, format.language)}
        {o.acronym ? ` (${o.acronym})` : ""}
      </h1>
      <p className="dir-badges">
        {o.active ? null : <span className="badge">{t("inactive")}</span>}
        {o.fictional ? <span className="badge">{t("fictional")}</span> : null}
      </p>
      <section aria-labelledby="org-details">
        <h2 id="org-details">{t("org.details")}</h2>
        <dl className="dir-facts">
          <dt>{t("org.names")}</dt>
          <dd>
            <ul className="dir-names">
              {names.map((l) => (
                <li key={l}>
                  <span className="dir-muted">{LANGUAGE_NAMES[l]}: </span>
                  <span lang={l}>{o.name[l]}</span>
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t("org.kind")}</dt>
          <dd>{tl(`organizationKind.${o.kind}`)}</dd>
          <dt>{t("org.country")}</dt>
          <dd>{o.country ? t(`country.${o.country}`) : t("country.none")}</dd>
          {o.province ? (
            <>
              <dt>{t("org.province")}</dt>
              <dd>{o.province}</dd>
            </>
          ) : null}
          {o.township ? (
            <>
              <dt>{t("org.township")}</dt>
              <dd>{o.township}</dd>
            </>
          ) : null}
          {o.parent ? (
            <>
              <dt>{t("org.parent")}</dt>
              <dd>
                <Link href={`/organizations/${o.parent.id}`}>
                  {localized(o.parent.name, format.language)}
                  {o.parent.acronym ? ` (${o.parent.acronym})` : ""}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <Contacts organization={o} />
      <section aria-labelledby="org-series">
        <h2 id="org-series">{t("org.series")}</h2>
        {data.series.length === 0 ? (
          <p>{t("org.noSeries")}</p>
        ) : (
          <ul>
            {data.series.map((s) => (
              <li key={s.id}>
                <Link href={`/series/${s.id}`}>{localized(s.name, format.language)}</Link>
                {s.secretariat.id === o.id ? <span className="badge">{t("org.secretariat")}</span> : null}
              </li>
            ))}
          </ul>
        )}
        <LazyOrganizationCalendar organizationId={o.id} />
      </section>
      <OpenActions organization={o} />
    </main>
  );
}

function NotFoundNotice() {
  const tc = useT(common);
  const t = useT(directory);
  return (
    <main id="content">
      <Notice kind="error">{tc("error.notFound")}</Notice>
      <p>
        <Link href="/organizations">{t("org.back")}</Link>
      </p>
    </main>
  );
}

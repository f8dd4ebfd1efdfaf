import { useState } from "react";
import { useQuery } from "urql";
import { type Failure, FailureFields } from "../../api/failure.ts";
import { localized } from "../../api/localized.ts";
import { useSubmit } from "../../api/mutation.ts";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { common } from "../../i18n/common.messages.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { labels } from "../../i18n/labels.messages.ts";
import { Button } from "../../ui/Button.tsx";
import { Field } from "../../ui/Field.tsx";
import { FailureNotice, Notice } from "../../ui/Notice.tsx";
import { series as messages } from "./series.messages.ts";

const MemberFields = graphql(`
  fragment SeriesMemberFields on Organization {
    id
    acronym
    name { en th my }
    kind
    country
    province
  }
`);

export const SeriesMembersFields = graphql(
  `
  fragment SeriesMembersFields on Series {
    id
    secretariat { id }
    members { ...SeriesMemberFields }
  }
`,
  [MemberFields],
);

const AddSeriesMember = graphql(
  `
  mutation AddSeriesMember($seriesId: ID!, $organizationId: ID!) {
    addSeriesMember(seriesId: $seriesId, organizationId: $organizationId) {
      __typename
      ... on Series { ...SeriesMembersFields }
      ... on Error { ...FailureFields }
    }
  }
`,
  [SeriesMembersFields, FailureFields],
);

const RemoveSeriesMember = graphql(
  `
  mutation RemoveSeriesMember($seriesId: ID!, $organizationId: ID!) {
    removeSeriesMember(seriesId: $seriesId, organizationId: $organizationId) {
      __typename
      ... on Series { ...SeriesMembersFields }
      ... on Error { ...FailureFields }
    }
  }
`,
  [SeriesMembersFields, FailureFields],
);

const FindOrganizations = graphql(
  `
  query FindOrganizations($query: String!) {
    organizations(query: $query, active: true, first: 20) {
      edges { node { ...SeriesMemberFields } }
    }
  }
`,
  [MemberFields],
);

type Member = FragmentOf<typeof MemberFields>;

function useMemberName() {
  const { language } = useFormat();
  return (m: Member) => {
    const org = readFragment(MemberFields, m);
    const name = localized(org.name, language);
    return org.acronym ? `${org.acronym} — ${name}` : name;
  };
}

/** The member organizations; coordinators add one (searched among those not yet members) or remove one. */
export function SeriesMembers(props: { series: FragmentOf<typeof SeriesMembersFields>; canManage: boolean }) {
  const data = readFragment(SeriesMembersFields, props.series);
  const t = useT(messages);
  const tl = useT(labels);
  const tc = useT(common);
  const nameOf = useMemberName();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [removing, remove] = useSubmit(RemoveSeriesMember);
  const memberIds = new Set(data.members.map((m) => readFragment(MemberFields, m).id));

  return (
    <section aria-labelledby="series-members">
      <h2 id="series-members">{t("members.title", { count: data.members.length })}</h2>
      <div className="table-scroll">
        <table className="series-members">
          <thead>
            <tr>
              <th scope="col">{t("members.organization")}</th>
              <th scope="col">{t("members.kind")}</th>
              <th scope="col">{t("members.where")}</th>
              {props.canManage ? <th scope="col">{t("members.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {data.members.map((m) => {
              const org = readFragment(MemberFields, m);
              const secretariat = org.id === data.secretariat.id;
              return (
                <tr key={org.id}>
                  <th scope="row">
                    {nameOf(m)}
                    {secretariat ? <span className="badge">{t("members.secretariat")}</span> : null}
                  </th>
                  <td>{tl(`organizationKind.${org.kind}`)}</td>
                  <td>
                    {org.country ? t(`country.${org.country}`) : t("country.none")}
                    {org.province ? ` / ${org.province}` : ""}
                  </td>
                  {props.canManage ? (
                    <td>
                      {secretariat ? null : (
                        <Button
                          variant="link"
                          busy={removing}
                          aria-label={t("members.remove", { name: nameOf(m) })}
                          onClick={async () => {
                            setDone(null);
                            const result = await remove({ seriesId: data.id, organizationId: org.id });
                            setFailure(result.ok ? null : result.failure);
                            if (result.ok) setDone(t("members.removed", { name: nameOf(m) }));
                          }}
                        >
                          {tc("action.remove")}
                        </Button>
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {props.canManage ? (
        <AddMember
          seriesId={data.id}
          memberIds={memberIds}
          onAdded={(name) => {
            setFailure(null);
            setDone(t("members.added", { name }));
          }}
        />
      ) : null}
      <FailureNotice failure={failure} />
      <div aria-live="polite">{done ? <Notice kind="success">{done}</Notice> : null}</div>
    </section>
  );
}

function AddMember(props: {
  seriesId: string;
  memberIds: ReadonlySet<string>;
  onAdded: (name: string) => void;
}) {
  const t = useT(messages);
  const tc = useT(common);
  const nameOf = useMemberName();
  const [query, setQuery] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [adding, add] = useSubmit(AddSeriesMember);
  const text = query.trim();
  const [{ data, fetching }] = useQuery({
    query: FindOrganizations,
    variables: { query: text },
    pause: text.length < 2,
  });
  const candidates =
    text.length < 2
      ? []
      : (data?.organizations.edges ?? [])
          .map((e) => e.node)
          .filter((o) => !props.memberIds.has(readFragment(MemberFields, o).id));
  return (
    <div className="series-add-member">
      <h3>{t("members.add")}</h3>
      <Field label={t("members.search")} hint={t("members.searchHint")}>
        <input type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} />
      </Field>
      {text.length >= 2 && !fetching && candidates.length === 0 ? <p>{t("members.noMatch")}</p> : null}
      {candidates.length > 0 ? (
        <ul className="series-add-member__results">
          {candidates.map((o) => {
            const org = readFragment(MemberFields, o);
            return (
              <li key={org.id}>
                <span>{nameOf(o)}</span>
                <Button
                  busy={adding}
                  aria-label={t("members.addOne", { name: nameOf(o) })}
                  onClick={async () => {
                    const result = await add({ seriesId: props.seriesId, organizationId: org.id });
                    setFailure(result.ok ? null : result.failure);
                    if (result.ok) {
                      setQuery("");
                      props.onAdded(nameOf(o));
                    }
                  }}
                >
                  {tc("action.add")}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <FailureNotice failure={failure} />
    </div>
  );
}

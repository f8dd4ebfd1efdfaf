import {
  COUNTRIES,
  type Country,
  ORGANIZATION_KINDS,
  type OrganizationKind,
} from "@moei/domain/organization";
import type { UiLanguage } from "@moei/domain/shared";
import { useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { localized } from "../../api/localized.ts";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { labels } from "../../i18n/labels.messages.ts";
import { Field } from "../../ui/Field.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { directory } from "./directory.messages.ts";

type GroupBy = "kind" | "country" | "province";
/** The API returns at most this many per page; the directory asks for one page. */
const PAGE = 200;

export const DirectoryOrganizationFields = graphql(`
  fragment DirectoryOrganizationFields on Organization {
    id
    acronym
    name { en th my }
    kind
    country
    province
    township
    active
    parent { id acronym name { en th my } }
  }
`);

export const DirectoryQuery = graphql(
  `
  query Directory($kind: [OrganizationKind!], $country: Country, $first: Int!) {
    organizations(kind: $kind, country: $country, first: $first) {
      totalCount
      edges { node { ...DirectoryOrganizationFields } }
    }
  }
`,
  [DirectoryOrganizationFields],
);

type Organization = FragmentOf<typeof DirectoryOrganizationFields>;
type Row = ReturnType<typeof readOrganization>;
const readOrganization = (o: Organization) => readFragment(DirectoryOrganizationFields, o);

/** Case-, width- and composition-insensitive text to compare: Thai and Burmese typed in any normal form match. */
const fold = (text: string): string => text.normalize("NFKC").toLocaleLowerCase();

const matches = (o: Row, needle: string): boolean =>
  needle === "" ||
  [o.acronym ?? "", o.name.en, o.name.th ?? "", o.name.my ?? ""].some((s) => fold(s).includes(needle));

function OrganizationCard({ organization: o, language }: { organization: Row; language: UiLanguage }) {
  const t = useT(directory);
  const tl = useT(labels);
  const name = localized(o.name, language);
  const place = [o.township, o.province, o.country ? t(`country.${o.country}`) : t("country.none")]
    .filter(Boolean)
    .join(", ");
  return (
    <li className="card dir-card">
      <Link href={`/organizations/${o.id}`} className="card__title">
        {o.acronym ? `${o.acronym} · ${name}` : name}
      </Link>
      <span>{tl(`organizationKind.${o.kind}`)}</span>
      <span className="dir-muted">{place}</span>
      {o.parent ? (
        <span className="dir-muted">
          {t("org.parent")}: {o.parent.acronym ?? localized(o.parent.name, language)}
        </span>
      ) : null}
      {o.active ? null : <span className="badge">{t("inactive")}</span>}
    </li>
  );
}

/**
 * The partner directory: organizations filtered by kind and country (by the API), and by province and name
 * (in the page; the name is never sent anywhere, and never in the URL), grouped under headings.
 */
export function Directory() {
  const t = useT(directory);
  const tl = useT(labels);
  const { language } = useFormat();
  usePageTitle(t("title"));
  const [kind, setKind] = useState<OrganizationKind | "">("");
  const [country, setCountry] = useState<Country | "">("");
  const [province, setProvince] = useState("");
  const [text, setText] = useState("");
  const [groupBy, setGroupBy] = useState<GroupBy>("kind");
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DirectoryQuery,
    variables: { kind: kind ? [kind] : null, country: country || null, first: PAGE },
  });

  const all = data?.organizations.edges.map((e) => readOrganization(e.node)) ?? [];
  const provinces = [...new Set(all.map((o) => o.province).filter((p): p is string => Boolean(p)))].sort();
  const needle = fold(text.trim());
  const shown = all.filter((o) => (province === "" || o.province === province) && matches(o, needle));
  const label = (o: Row): string => {
    if (groupBy === "kind") return tl(`organizationKind.${o.kind}`);
    if (groupBy === "country") return o.country ? t(`country.${o.country}`) : t("country.none");
    return o.province ?? t("province.none");
  };
  const groups = new Map<string, Row[]>();
  for (const o of shown) groups.set(label(o), [...(groups.get(label(o)) ?? []), o]);
  const sortedGroups = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, language));

  return (
    <main id="content" className="dir">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <form className="dir-filters" aria-label={t("filter.label")} onSubmit={(e) => e.preventDefault()}>
        <Field label={t("filter.text")} hint={t("filter.textHint")}>
          <input type="search" value={text} autoComplete="off" onChange={(e) => setText(e.target.value)} />
        </Field>
        <Field label={t("filter.kind")}>
          <select value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind | "")}>
            <option value="">{t("filter.all")}</option>
            {ORGANIZATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {tl(`organizationKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("filter.country")}>
          <select
            value={country}
            onChange={(e) => {
              setCountry(e.target.value as Country | "");
              setProvince("");
            }}
          >
            <option value="">{t("filter.all")}</option>
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t(`country.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("filter.province")}>
          <select value={province} onChange={(e) => setProvince(e.target.value)}>
            <option value="">{t("filter.all")}</option>
            {provinces.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("filter.groupBy")}>
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="kind">{t("group.kind")}</option>
            <option value="country">{t("group.country")}</option>
            <option value="province">{t("group.province")}</option>
          </select>
        </Field>
      </form>
      {data ? (
        <>
          <p role="status" aria-live="polite">
            {t("count", { count: shown.length })}
          </p>
          {data.organizations.totalCount > all.length ? (
            <p className="notice notice--info">
              {t("truncated", { shown: all.length, total: data.organizations.totalCount })}
            </p>
          ) : null}
          {sortedGroups.map(([group, rows], index) => (
            <section key={group} aria-labelledby={`dir-group-${index}`} className="dir-group">
              <h2 id={`dir-group-${index}`}>
                {group} <span className="dir-muted">({rows.length})</span>
              </h2>
              <ul className="card-list">
                {rows.map((o) => (
                  <OrganizationCard key={o.id} organization={o} language={language} />
                ))}
              </ul>
            </section>
          ))}
        </>
      ) : (
        <QueryState
          fetching={fetching}
          error={error}
          retry={() => reexecute({ requestPolicy: "network-only" })}
        />
      )}
    </main>
  );
}

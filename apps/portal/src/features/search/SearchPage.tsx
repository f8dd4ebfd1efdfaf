import type { UiLanguage } from "@moei/domain/shared";
import { type FormEvent, type ReactNode, useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { localized } from "../../api/localized.ts";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button } from "../../ui/Button.tsx";
import { Field } from "../../ui/Field.tsx";
import { MeetingTime, MeetingTimeFields } from "../../ui/MeetingTime.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { search } from "./search.messages.ts";

const TYPES = ["organization", "agreement", "meeting", "action"] as const;
type SearchType = (typeof TYPES)[number];
/** Results of each type; the API allows 1 to 100. */
const PER_TYPE = 20;

export const SearchHitFields = graphql(
  `
  fragment SearchHitFields on SearchHit {
    snippet { text highlights { start length } }
    node {
      __typename
      ... on Organization { id acronym name { en th my } }
      # Aliased: an agreement's title is never null, a meeting's may be, and the two may not share a name here.
      ... on Agreement { id agreementTitle: title { en th my } }
      ... on Meeting {
        id
        title { en th my }
        numberLabel(lang: $lang)
        series { id name { en th my } }
        ...MeetingTimeFields
      }
      ... on Action { id text dueOn meeting { id series { id name { en th my } } } }
    }
  }
`,
  [MeetingTimeFields],
);

export const SearchQuery = graphql(
  `
  query Search($query: String!, $types: [SearchType!], $first: Int!, $lang: UiLanguage!) {
    search(query: $query, types: $types, first: $first) { ...SearchHitFields }
  }
`,
  [SearchHitFields],
);

type Hit = ReturnType<typeof readHit>;
const readHit = (hit: FragmentOf<typeof SearchHitFields>) => readFragment(SearchHitFields, hit);

/** The snippet as text with the matched runs marked; never as markup. */
function Snippet({ snippet }: { snippet: Hit["snippet"] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, length } of snippet.highlights) {
    if (start < at) continue;
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={start}>{snippet.text.slice(start, start + length)}</mark>);
    at = start + length;
  }
  parts.push(snippet.text.slice(at));
  return <span className="search-hit__snippet">{parts}</span>;
}

function HitCard({ hit, language }: { hit: Hit; language: UiLanguage }) {
  const t = useT(search);
  const format = useFormat();
  const node = hit.node;
  let link: ReactNode = null;
  let detail: ReactNode = null;
  switch (node.__typename) {
    case "Organization":
      link = (
        <Link href={`/organizations/${node.id}`} className="card__title">
          {node.acronym ? `${node.acronym} · ` : ""}
          {localized(node.name, language)}
        </Link>
      );
      break;
    case "Agreement":
      link = (
        <Link href={`/agreements/${node.id}`} className="card__title">
          {localized(node.agreementTitle, language)}
        </Link>
      );
      break;
    case "Meeting":
      link = (
        <Link href={`/meetings/${node.id}`} className="card__title">
          {localized(node.title, language) || localized(node.series.name, language)}
          {node.numberLabel ? ` · ${node.numberLabel}` : ""}
        </Link>
      );
      detail = <MeetingTime meeting={node} />;
      break;
    case "Action":
      link = (
        <Link href={`/meetings/${node.meeting.id}`} className="card__title">
          {node.text}
        </Link>
      );
      detail = (
        <span className="search-muted">
          {t("action.due", { date: format.date(node.dueOn) })} ·{" "}
          {t("action.agreedAt", { meeting: localized(node.meeting.series.name, language) })}
        </span>
      );
      break;
    default:
      return null;
  }
  return (
    <li className="card search-hit">
      {link}
      {detail}
      <Snippet snippet={hit.snippet} />
    </li>
  );
}

const typeOf = (hit: Hit): SearchType | null => {
  switch (hit.node.__typename) {
    case "Organization":
      return "organization";
    case "Agreement":
      return "agreement";
    case "Meeting":
      return "meeting";
    case "Action":
      return "action";
    default:
      return null;
  }
};

function Results(props: { query: string; type: SearchType | "" }) {
  const t = useT(search);
  const { language } = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SearchQuery,
    variables: {
      query: props.query,
      types: props.type ? [props.type] : null,
      first: PER_TYPE,
      lang: language,
    },
  });
  if (!data) {
    return (
      <QueryState
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  const hits = data.search.map(readHit);
  return (
    <>
      <p role="status" aria-live="polite">
        {t("results", { count: hits.length, query: props.query })}
      </p>
      {TYPES.map((type) => {
        const ofType = hits.filter((h) => typeOf(h) === type);
        if (ofType.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`search-${type}`}>
            <h2 id={`search-${type}`}>
              {t(`type.${type}`)} <span className="search-muted">({ofType.length})</span>
            </h2>
            <ul className="card-list">
              {ofType.map((hit) => (
                <HitCard key={nodeId(hit)} hit={hit} language={language} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

const nodeId = (hit: Hit): string => ("id" in hit.node ? hit.node.id : "");

/**
 * One box over organizations, agreements, meetings (titles, minutes, decisions) and actions, with a type
 * filter. The text lives in this component's state and goes to the API in a POST body only: never in the URL.
 */
export function SearchPage() {
  const t = useT(search);
  usePageTitle(t("title"));
  const [text, setText] = useState("");
  const [type, setType] = useState<SearchType | "">("");
  const [query, setQuery] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  return (
    <main id="content" className="search">
      <h1>{t("title")}</h1>
      <search>
        <form className="search-form" onSubmit={submit}>
          <Field label={t("box")} hint={t("hint")}>
            <input
              type="search"
              value={text}
              autoComplete="off"
              maxLength={200}
              onChange={(e) => setText(e.target.value)}
            />
          </Field>
          <Field label={t("type")}>
            <select value={type} onChange={(e) => setType(e.target.value as SearchType | "")}>
              <option value="">{t("type.all")}</option>
              {TYPES.map((ty) => (
                <option key={ty} value={ty}>
                  {t(`type.${ty}`)}
                </option>
              ))}
            </select>
          </Field>
          <Button type="submit" variant="primary">
            {t("submit")}
          </Button>
        </form>
      </search>
      {query ? <Results query={query} type={type} /> : null}
    </main>
  );
}

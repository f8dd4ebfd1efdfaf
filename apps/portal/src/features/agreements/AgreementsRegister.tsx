import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  type AgreementKind,
  type AgreementStatus,
} from "@moei/domain/agreement";
import { useDeferredValue, useMemo, useState } from "react";
import { useQuery } from "urql";
import { localized } from "../../api/localized.ts";
import { graphql } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button } from "../../ui/Button.tsx";
import { Field } from "../../ui/Field.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { LazyAgreementsCsv } from "../exports/lazy.tsx";
import { AgreementCard, AgreementCardFields } from "./AgreementCard.tsx";
import { agreements as messages } from "./agreements.messages.ts";

const STATUSES = AGREEMENT_STATUSES;
const KINDS = AGREEMENT_KINDS;
type Status = AgreementStatus;
type Kind = AgreementKind;
const PAGE = 100;
const EXPIRING_DAYS = 180;

const AgreementsRegisterQuery = graphql(
  `
  query AgreementsRegister(
    $first: Int!
    $status: [AgreementStatus!]
    $kind: [AgreementKind!]
    $party: ID
    $expiring: Int
    $query: String
  ) {
    agreements(
      first: $first
      status: $status
      kind: $kind
      partyOrganizationId: $party
      expiringWithinDays: $expiring
      query: $query
    ) {
      totalCount
      edges { node { id ...AgreementCardFields } }
    }
  }
`,
  [AgreementCardFields],
);

// The organizations that are party to some agreement, for the party filter.
const AgreementPartiesQuery = graphql(`
  query AgreementParties {
    agreements(first: 200) {
      edges { node { id parties { organization { id acronym name { en th my } } } } }
    }
  }
`);

/** The agreements register: every agreement with its status, kind and parties, filtered on the server. */
export function AgreementsRegister() {
  const t = useT(messages);
  const { language } = useFormat();
  usePageTitle(t("register.title"));
  const [statuses, setStatuses] = useState<readonly Status[]>([]);
  const [kind, setKind] = useState<Kind | "">("");
  const [party, setParty] = useState("");
  const [expiring, setExpiring] = useState(false);
  // Free text stays here, never in the address.
  const [text, setText] = useState("");
  const query = useDeferredValue(text.trim());
  const variables = useMemo(
    () => ({
      first: PAGE,
      status: statuses.length > 0 ? [...statuses] : null,
      kind: kind ? [kind] : null,
      party: party || null,
      expiring: expiring ? EXPIRING_DAYS : null,
      query: query || null,
    }),
    [statuses, kind, party, expiring, query],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AgreementsRegisterQuery, variables });
  const [partiesResult] = useQuery({ query: AgreementPartiesQuery });
  const organizations = useMemo(() => {
    const byId = new Map<string, { id: string; label: string }>();
    for (const { node } of partiesResult.data?.agreements.edges ?? []) {
      for (const p of node.parties) {
        if (p.organization && !byId.has(p.organization.id)) {
          const o = p.organization;
          const name = localized(o.name, language);
          byId.set(o.id, { id: o.id, label: o.acronym ? `${o.acronym} — ${name}` : name });
        }
      }
    }
    return [...byId.values()].sort((a, b) => a.label.localeCompare(b.label));
  }, [partiesResult.data, language]);

  const toggleStatus = (s: Status) =>
    setStatuses((current) => (current.includes(s) ? current.filter((x) => x !== s) : [...current, s]));
  const clear = () => {
    setStatuses([]);
    setKind("");
    setParty("");
    setExpiring(false);
    setText("");
  };

  return (
    <main id="content" className="agreements-register">
      <h1>{t("register.title")}</h1>
      <form
        className="agreements-filters"
        aria-label={t("filter.title")}
        onSubmit={(e) => e.preventDefault()}
      >
        <fieldset className="agreements-filters__statuses">
          <legend>{t("filter.status")}</legend>
          {STATUSES.map((s) => (
            <label key={s} className="agreements-filters__check">
              <input type="checkbox" checked={statuses.includes(s)} onChange={() => toggleStatus(s)} />{" "}
              {t(`status.${s}`)}
            </label>
          ))}
        </fieldset>
        <div className="agreements-filters__row">
          <Field label={t("filter.kind")}>
            <select value={kind} onChange={(e) => setKind(e.target.value as Kind | "")}>
              <option value="">{t("filter.kindAll")}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("filter.party")}>
            <select value={party} onChange={(e) => setParty(e.target.value)}>
              <option value="">{t("filter.partyAll")}</option>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("filter.text")} hint={t("filter.textHint")}>
            <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
        </div>
        <label className="agreements-filters__check">
          <input type="checkbox" checked={expiring} onChange={(e) => setExpiring(e.target.checked)} />{" "}
          {t("filter.expiring")}
        </label>
        <div className="button-row">
          <Button onClick={clear}>{t("filter.clear")}</Button>
        </div>
      </form>
      <LazyAgreementsCsv
        filters={{ status: statuses, kind, partyOrganizationId: party }}
        searching={text.trim() !== ""}
        expiring={expiring}
      />
      {data ? (
        <section aria-labelledby="agreements-results">
          <h2 id="agreements-results" aria-live="polite">
            {t("register.count", { count: data.agreements.totalCount })}
          </h2>
          {data.agreements.edges.length === 0 ? <p>{t("register.none")}</p> : null}
          {data.agreements.totalCount > data.agreements.edges.length ? (
            <p>
              {t("register.more", { shown: data.agreements.edges.length, total: data.agreements.totalCount })}
            </p>
          ) : null}
          <ul className="card-list">
            {data.agreements.edges.map(({ node }) => (
              <AgreementCard key={node.id} agreement={node} />
            ))}
          </ul>
        </section>
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

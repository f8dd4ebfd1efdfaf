import { Link } from "wouter";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { agreements as messages } from "./agreements.messages.ts";
import { partyName } from "./party-name.ts";

export const PartiesSectionFields = graphql(`
  fragment PartiesSectionFields on Agreement {
    parties {
      kind
      country
      organization { id acronym name { en th my } }
      signatories { name title signedOn }
    }
  }
`);

/** Each party with the officials who signed for it, their office and the date they signed. */
export function PartiesSection(props: { agreement: FragmentOf<typeof PartiesSectionFields> }) {
  const { parties } = readFragment(PartiesSectionFields, props.agreement);
  const t = useT(messages);
  const format = useFormat();
  return (
    <section aria-labelledby="agreement-parties" className="agreement-parties">
      <h2 id="agreement-parties">{t("parties.title")}</h2>
      <ul className="card-list">
        {parties.map((p, i) => (
          // Parties have no id of their own; their order is the agreement's.
          <li key={i} className="card">
            <span className="card__title">
              {p.organization ? (
                <Link href={`/organizations/${p.organization.id}`}>{partyName(p, t, format.language)}</Link>
              ) : (
                partyName(p, t, format.language)
              )}
            </span>
            {p.signatories.length === 0 ? <span>{t("parties.noSignatory")}</span> : null}
            <ul className="agreement-parties__signatories">
              {p.signatories.map((s) => (
                <li key={`${s.name}|${s.title}`}>
                  <strong>{s.name}</strong>, {s.title} —{" "}
                  {s.signedOn ? t("signedOn", { date: format.date(s.signedOn) }) : t("parties.notSigned")}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

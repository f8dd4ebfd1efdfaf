import { Link } from "wouter";
import { localized } from "../../api/localized.ts";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { agreements as messages } from "./agreements.messages.ts";
import { partyName } from "./party-name.ts";

export const AgreementCardFields = graphql(`
  fragment AgreementCardFields on Agreement {
    id
    kind
    status
    title { en th my }
    dates { signedOn }
    effectiveExpiry
    parties {
      kind
      country
      organization { id acronym name { en th my } }
      signatories { name title }
    }
  }
`);

/** One agreement in the register: title (linking to its page), kind, status, parties and signatories. */
export function AgreementCard(props: { agreement: FragmentOf<typeof AgreementCardFields> }) {
  const a = readFragment(AgreementCardFields, props.agreement);
  const t = useT(messages);
  const format = useFormat();
  const signatories = a.parties.flatMap((p) => p.signatories);
  return (
    <li className="card agreement-card">
      <Link href={`/agreements/${a.id}`} className="card__title">
        {localized(a.title, format.language)}
      </Link>
      <span className="badge">{t(`kind.${a.kind}`)}</span>
      <span className={`status agreement-status agreement-status--${a.status}`}>
        {t(`status.${a.status}`)}
      </span>
      {a.dates.signedOn ? <span>{t("card.signed", { date: format.date(a.dates.signedOn) })}</span> : null}
      {a.effectiveExpiry ? <span>{t("card.expires", { date: format.date(a.effectiveExpiry) })}</span> : null}
      <dl className="agreement-card__details">
        <div>
          <dt>{t("parties")}</dt>
          <dd>{a.parties.map((p) => partyName(p, t, format.language, true)).join(" · ")}</dd>
        </div>
        {signatories.length > 0 ? (
          <div>
            <dt>{t("signatories")}</dt>
            <dd>{signatories.map((s) => s.name).join(" · ")}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

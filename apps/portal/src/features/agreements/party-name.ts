import type { UiLanguage } from "@moei/domain/shared";
import { localized } from "../../api/localized.ts";
import type { AgreementsKey } from "./agreements.messages.ts";

type T = (key: AgreementsKey, values?: Record<string, string | number>) => string;

export interface PartyLike {
  readonly kind: "government" | "organization";
  readonly country: string | null;
  readonly organization: {
    readonly acronym: string | null;
    readonly name: { readonly en: string; readonly th: string | null; readonly my: string | null };
  } | null;
}

/** "Government of Thailand, represented by MSDHS"; an organization party by its name. */
export function partyName(party: PartyLike, t: T, language: UiLanguage, short = false): string {
  const org = party.organization
    ? short
      ? (party.organization.acronym ?? localized(party.organization.name, language))
      : localized(party.organization.name, language)
    : null;
  if (party.kind === "organization" || !party.country) return org ?? "";
  const government = t("party.government", { country: t(`country.${party.country}` as AgreementsKey) });
  return org ? t("party.representedBy", { party: government, organization: org }) : government;
}

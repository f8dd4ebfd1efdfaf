import { type AcceptedText, acceptFreeText } from "@moei/domain/data-protection";
import type { AgreementLink } from "@moei/domain/meeting";
import type { Confidentiality, Language } from "@moei/domain/shared";
import { eq } from "drizzle-orm";
import { meetingSeries, meetings } from "../schema/index.ts";
import { fail, type Tx } from "./write.ts";

/**
 * The level free text under a meeting (agenda, attendance, minutes, decisions, actions) is guarded at:
 * its series' confidentiality; restricted when the meeting cannot be found.
 */
export const confidentialityOf = (tx: Tx, meetingId: string): Confidentiality =>
  tx
    .select({ c: meetingSeries.confidentiality })
    .from(meetings)
    .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(eq(meetings.id, meetingId))
    .get()?.c ?? "restricted";

/**
 * The domain's gate on one free-text field, inside a `write`: the text to store (NFC, Zawgyi converted
 * where `language` is Burmese), or the write rolls back with PRIVACY.PERSONAL_DATA (restricted only).
 */
export function guardText(text: string, language: Language, confidentiality: Confidentiality): AcceptedText {
  const accepted = acceptFreeText(text, language, confidentiality);
  return accepted.ok ? accepted.value : fail(accepted.error);
}

/** `guardText` on a field that may be absent, keeping only the text to store (warnings are dropped). */
export const cleanText = <T extends string | null | undefined>(
  text: T,
  language: Language,
  confidentiality: Confidentiality,
): T => (typeof text === "string" ? guardText(text, language, confidentiality).text : text) as T;

/** Every language variant of a localized text (`{ en, th?, my? }`), each guarded in its own language. */
export const cleanLocalized = <T extends { readonly en: string }>(
  text: T,
  confidentiality: Confidentiality,
): T =>
  Object.fromEntries(
    Object.entries(text).map(([language, value]) => [
      language,
      cleanText(value as string | undefined, language as Language, confidentiality),
    ]),
  ) as T;

/** The hand-typed parts of a link to an agreement (clause, SOP step key), guarded as "en". */
export const cleanLink = (link: AgreementLink, confidentiality: Confidentiality): AgreementLink => ({
  ...link,
  ...(link.clause === undefined ? {} : { clause: cleanText(link.clause, "en", confidentiality) }),
  ...(link.sopStepKey === undefined ? {} : { sopStepKey: cleanText(link.sopStepKey, "en", confidentiality) }),
});

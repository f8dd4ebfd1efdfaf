import { normalizeText } from "../shared/burmese.ts";
import type { Confidentiality } from "../shared/confidentiality.ts";
import type { Language } from "../shared/language.ts";
import { ok, type Result } from "../shared/result.ts";
import { type Finding, guardFreeText, type PersonalDataError } from "./guard.ts";

export interface AcceptedText {
  /** NFC Unicode, converted from Zawgyi where the field is Burmese and the text was Zawgyi. */
  readonly text: string;
  /** The text as typed, kept only when conversion changed it, so a wrong conversion can be undone. */
  readonly raw?: string;
  /** Personal data found in a text that is not restricted: shown as a warning, not refused. */
  readonly warnings: readonly Finding[];
}

/**
 * The one gate for every free-text write (minutes, decisions, action text, comments): normalise the
 * encoding, then run the data-protection guard on what will be stored. Restricted meetings refuse
 * personal data; others accept it with warnings.
 */
export function acceptFreeText(
  input: string,
  language: Language,
  confidentiality: Confidentiality,
): Result<AcceptedText, PersonalDataError> {
  const normalized = normalizeText(input, language);
  const guarded = guardFreeText(normalized.text, confidentiality);
  if (!guarded.ok) return guarded;
  const { warnings } = guarded.value;
  return ok(
    normalized.convertedFromZawgyi
      ? { text: normalized.text, raw: normalized.raw, warnings }
      : { text: normalized.text, warnings },
  );
}

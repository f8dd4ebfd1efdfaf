import { type FindingKind, scanText } from "@moei/domain/data-protection";
import { looksZawgyi, zawgyiToUnicode } from "@moei/domain/shared";

/**
 * Loaded on demand (see use-text-checks.ts): the Zawgyi model weighs far more than the rest of a page, and
 * only editors need it.
 */
export interface TextCheck {
  /** The kinds of personal data found, in the guard's order, each once; never the values. */
  readonly kinds: readonly FindingKind[];
  /** Burmese text that looks Zawgyi-encoded. */
  readonly zawgyi: boolean;
}

export function checkText(text: string, language: string): TextCheck {
  const found = new Set(scanText(text).map((f) => f.kind));
  return {
    kinds: [...found],
    // Only Burmese: Karen, Shan and Mon share the block and the detector mistakes them for Zawgyi.
    zawgyi: language === "my" && looksZawgyi(text),
  };
}

export const toUnicode = (text: string): string => zawgyiToUnicode(text).normalize("NFC");

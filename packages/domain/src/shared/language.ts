import { z } from "zod";

/** Languages Moei's interface is written in. */
export const UI_LANGUAGES = ["en", "th", "my"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Languages a meeting may be held or interpreted in (BCP 47): English, Thai, Burmese, S'gaw Karen,
 * Pwo Karen (Eastern), Shan, Khmer, Lao.
 */
export const LANGUAGES = ["en", "th", "my", "ksw", "kjp", "shn", "km", "lo"] as const;
export type Language = (typeof LANGUAGES)[number];

export const languageSchema = /* @__PURE__ */ z.enum(LANGUAGES, { error: "validation.invalid_language" });
export const uiLanguageSchema = /* @__PURE__ */ z.enum(UI_LANGUAGES, {
  error: "validation.invalid_language",
});

/** A name or title in the interface languages; English is required so every record has a fallback. */
export type LocalizedText = { readonly en: string } & { readonly [L in Exclude<UiLanguage, "en">]?: string };

/** The text in `lang`, falling back to English. */
export function localized(text: LocalizedText, lang: UiLanguage): string {
  const value = text[lang];
  return value !== undefined && value.trim() !== "" ? value : text.en;
}

import type { UiLanguage } from "@moei/domain/shared";

export interface LocalizedText {
  readonly en: string;
  readonly th?: string | null;
  readonly my?: string | null;
}

/** The text in `language`, else English, which every localized text has. */
export const localized = (text: LocalizedText | null | undefined, language: UiLanguage): string =>
  text ? (text[language] ?? text.en) : "";

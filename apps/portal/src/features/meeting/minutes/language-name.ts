import type { Language } from "@moei/domain/shared";
import { useT } from "../../../i18n/i18n.tsx";
import { labels } from "../../../i18n/labels.messages.ts";

type LanguageKey = `language.${Language}`;

/** "Burmese", "S'gaw Karen"… in the interface language. */
export function useLanguageName(): (language: string) => string {
  const t = useT(labels);
  return (language) =>
    `language.${language}` in labels.en ? t(`language.${language}` as LanguageKey) : language;
}

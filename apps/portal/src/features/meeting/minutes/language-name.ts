import type { Language } from "@moei/domain/shared";
import { useT } from "../../../i18n/i18n.tsx";
import { textChecks } from "./text-checks.messages.ts";

type LanguageKey = `language.${Language}`;

/** "Burmese", "S'gaw Karen"… in the interface language. */
export function useLanguageName(): (language: string) => string {
  const t = useT(textChecks);
  return (language) =>
    `language.${language}` in textChecks.en ? t(`language.${language}` as LanguageKey) : language;
}

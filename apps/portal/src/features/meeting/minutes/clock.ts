import type { UiLanguage } from "@moei/domain/shared";

const LOCALES: Readonly<Record<UiLanguage, string>> = {
  en: "en-GB",
  th: "th-TH",
  my: "my-MM-u-nu-mymr",
};

/** "10:42" in the viewer's own zone and digits, for "Saved at 10:42". */
export const formatClock = (instant: string, language: UiLanguage): string =>
  new Intl.DateTimeFormat(LOCALES[language], { hour: "2-digit", minute: "2-digit", hour12: false }).format(
    new Date(instant),
  );

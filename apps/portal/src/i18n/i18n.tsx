import {
  formatDate,
  formatDateTime,
  formatDualZoneText,
  type Instant,
  type PlainDate,
  type TimeZone,
  type UiLanguage,
} from "@moei/domain/shared";
import { IntlMessageFormat } from "intl-messageformat";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { Catalog } from "./catalog.ts";

export const LANGUAGES: readonly UiLanguage[] = ["en", "th", "my"];
/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = { en: "English", th: "ไทย", my: "မြန်မာ" };
const LOCALES: Readonly<Record<UiLanguage, string>> = { en: "en", th: "th-TH", my: "my-MM" };
const STORAGE_KEY = "moei.language";

const isLanguage = (value: unknown): value is UiLanguage => LANGUAGES.includes(value as UiLanguage);

/** The language remembered on this device, else the browser's first of Thai, Burmese or English. */
export function initialLanguage(): UiLanguage {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  for (const tag of globalThis.navigator?.languages ?? []) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return "en";
}

interface LanguageState {
  readonly language: UiLanguage;
  readonly setLanguage: (language: UiLanguage) => void;
}

const LanguageContext = createContext<LanguageState>({ language: "en", setLanguage: () => {} });

export function LanguageProvider(props: { initial?: UiLanguage; children: ReactNode }) {
  const [language, setState] = useState<UiLanguage>(() => props.initial ?? initialLanguage());
  const setLanguage = useCallback((next: UiLanguage) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext value={value}>{props.children}</LanguageContext>;
}

export const useLanguage = (): LanguageState => useContext(LanguageContext);

type Values = Record<string, string | number | Date>;
const compiled = new WeakMap<object, Map<string, IntlMessageFormat>>();

/** Formats `key` of `catalog` in `language`; compiled messages are kept per catalogue. */
export function translate<K extends string>(
  catalog: Catalog<K>,
  language: UiLanguage,
  key: K,
  values?: Values,
): string {
  const messages = catalog[language];
  let cache = compiled.get(messages);
  if (cache === undefined) {
    cache = new Map();
    compiled.set(messages, cache);
  }
  let format = cache.get(key);
  if (format === undefined) {
    format = new IntlMessageFormat(messages[key], LOCALES[language]);
    cache.set(key, format);
  }
  const text = format.format(values);
  return typeof text === "string" ? text : String(text);
}

/** `t(key, values)` for one feature's catalogue in the current language. */
export function useT<K extends string>(catalog: Catalog<K>): (key: K, values?: Values) => string {
  const { language } = useLanguage();
  return useCallback(
    (key: K, values?: Values) => translate(catalog, language, key, values),
    [catalog, language],
  );
}

/** Dates and times as the current language writes them: Buddhist Era in Thai, Myanmar digits in Burmese. */
export function useFormat() {
  const { language } = useLanguage();
  return useMemo(
    () => ({
      language,
      date: (date: string, style: "short" | "long" = "long") =>
        formatDate(date as PlainDate, language, { style }),
      dateTime: (instant: string, zone: string) =>
        formatDateTime(instant as Instant, zone as TimeZone, language, { style: "long", withOffset: true }),
      /** "10:00 Thailand (UTC+7) · 09:30 Myanmar (UTC+6:30)" for cross-border meetings. */
      bothZones: (instant: string) => formatDualZoneText(instant as Instant, language),
      number: (n: number) =>
        new Intl.NumberFormat(language === "my" ? "my-MM-u-nu-mymr" : LOCALES[language]).format(n),
    }),
    [language],
  );
}

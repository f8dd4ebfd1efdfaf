import type { UiLanguage } from "@moei/domain/shared";

/**
 * A feature's messages in ICU MessageFormat. English is the reference: Thai and Burmese must have exactly
 * its keys, which the type checks here and i18n.test.ts checks again (with the placeholders of each message).
 */
export type Catalog<K extends string> = Readonly<Record<UiLanguage, Readonly<Record<K, string>>>>;

export function defineMessages<const E extends Record<string, string>>(messages: {
  readonly en: E;
  readonly th: Readonly<Record<keyof E, string>>;
  readonly my: Readonly<Record<keyof E, string>>;
}): Catalog<keyof E & string> {
  return messages;
}

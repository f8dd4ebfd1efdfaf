import {
  LANGUAGES,
  parseInstant,
  parseLocalDateTime,
  parsePlainDate,
  parseTimeZone,
  UI_LANGUAGES,
} from "@moei/domain/shared";
import { GraphQLError, Kind, type ValueNode } from "graphql";
import { builder } from "../builder.ts";

/** A scalar over one of the domain's parsers: the same rules for the API as for every other caller. */
function parsed<T>(
  name: string,
  parse: (v: string) => { ok: true; value: T } | { ok: false },
  description: string,
) {
  const read = (value: unknown): T => {
    const result = typeof value === "string" ? parse(value) : { ok: false as const };
    if (!result.ok) throw new GraphQLError(`${name} cannot represent this value: expected ${description}.`);
    return result.value;
  };
  return builder.scalarType(name as "Instant", {
    description,
    serialize: (value) => value as never,
    parseValue: (value) => read(value) as never,
    parseLiteral: (ast: ValueNode) => read(ast.kind === Kind.STRING ? ast.value : undefined) as never,
  });
}

parsed(
  "Instant",
  parseInstant,
  "an RFC 3339 date-time with an offset, e.g. 2026-12-10T10:00:00+07:00; returned in UTC",
);
parsed("Date", parsePlainDate, "a calendar date, YYYY-MM-DD");
parsed("LocalDateTime", parseLocalDateTime, "a wall-clock date and time without zone, YYYY-MM-DDTHH:mm");
parsed("TimeZone", parseTimeZone, "an IANA time zone name, e.g. Asia/Bangkok or Asia/Yangon");

export const LanguageEnum = builder.enumType("Language", {
  description: "BCP 47 language of a text or of interpretation",
  values: LANGUAGES,
});
export const UiLanguageEnum = builder.enumType("UiLanguage", { values: UI_LANGUAGES });

/** A name or title in the interface languages; English is always present. */
export const LocalizedTextRef = builder
  .objectRef<{ readonly en: string; readonly th?: string; readonly my?: string }>("LocalizedText")
  .implement({
    fields: (t) => ({
      en: t.exposeString("en"),
      th: t.exposeString("th", { nullable: true }),
      my: t.exposeString("my", { nullable: true }),
    }),
  });

export const LocalizedTextInput = builder.inputType("LocalizedTextInput", {
  fields: (t) => ({
    en: t.string({ required: true }),
    th: t.string(),
    my: t.string(),
  }),
});

import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import type { Brand } from "./ids.ts";
import { err, ok, type Result } from "./result.ts";

/**
 * Time is stored as an instant plus a named zone; calendar dates as plain dates. Both are ISO-8601
 * strings, so values serialize to JSON, SQLite and GraphQL unchanged.
 */
/** A UTC instant, `2026-11-21T03:00:00Z`, to the second. */
export type Instant = Brand<string, "Instant">;
/** A calendar date with no time or zone, `2026-11-21` (due dates, signature dates). */
export type PlainDate = Brand<string, "PlainDate">;
/** A wall-clock date and time with no zone, `2026-11-21T09:30`. */
export type LocalDateTime = Brand<string, "LocalDateTime">;
/** An IANA time zone name, `Asia/Bangkok`. */
export type TimeZone = Brand<string, "TimeZone">;

export const BANGKOK = "Asia/Bangkok" as TimeZone;
export const YANGON = "Asia/Yangon" as TimeZone;

/** RFC 3339 with `Z` or a numeric offset (`+07:00`, `+06:30`); stored back as UTC. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export type TimeError =
  | { readonly code: "TIME.INVALID_INSTANT"; readonly params: { readonly value: string } }
  | { readonly code: "TIME.INVALID_DATE"; readonly params: { readonly value: string } }
  | { readonly code: "TIME.INVALID_LOCAL_DATE_TIME"; readonly params: { readonly value: string } }
  | { readonly code: "TIME.INVALID_ZONE"; readonly params: { readonly value: string } };

function validDate(value: string): boolean {
  try {
    return (
      Temporal.PlainDate.from(value.slice(0, 10), { overflow: "reject" }).toString() === value.slice(0, 10)
    );
  } catch {
    return false;
  }
}

export function parseInstant(value: string): Result<Instant, TimeError> {
  if (!INSTANT.test(value) || !validDate(value) || !validTime(value.slice(11, 19))) {
    return err({ code: "TIME.INVALID_INSTANT", params: { value } });
  }
  return ok(canonical(Temporal.Instant.from(value)));
}

/**
 * Instants are kept to the whole second, always written the same way, so that they sort as text
 * (in SQLite indexes too): "…:00.5Z" would sort before "…:00Z".
 */
const canonical = (instant: Temporal.Instant): Instant =>
  instant.round({ smallestUnit: "second", roundingMode: "floor" }).toString() as Instant;

/** The instant of a JavaScript time value (milliseconds since the epoch), e.g. a clock reading. */
export const instantFromEpochMs = (ms: number): Instant =>
  canonical(Temporal.Instant.fromEpochMilliseconds(ms));

function validTime(hms: string): boolean {
  const [h, m, s] = hms.split(":").map(Number);
  return h !== undefined && m !== undefined && h < 24 && m < 60 && (s === undefined || s < 60);
}

export function parsePlainDate(value: string): Result<PlainDate, TimeError> {
  return PLAIN_DATE.test(value) && validDate(value)
    ? ok(value as PlainDate)
    : err({ code: "TIME.INVALID_DATE", params: { value } });
}

export function parseLocalDateTime(value: string): Result<LocalDateTime, TimeError> {
  return LOCAL_DATE_TIME.test(value) && validDate(value) && validTime(`${value.slice(11)}:00`)
    ? ok(value as LocalDateTime)
    : err({ code: "TIME.INVALID_LOCAL_DATE_TIME", params: { value } });
}

const zoneCache = new Map<string, boolean>();
export function parseTimeZone(value: string): Result<TimeZone, TimeError> {
  let known = zoneCache.get(value);
  if (known === undefined) {
    try {
      // Canonical names only: "asia/bangkok" or "+07:00" are refused so that stored zones compare equal.
      known =
        /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value) &&
        Temporal.ZonedDateTime.from({ year: 2000, month: 1, day: 1, timeZone: value }).timeZoneId === value;
    } catch {
      known = false;
    }
    zoneCache.set(value, known);
  }
  return known ? ok(value as TimeZone) : err({ code: "TIME.INVALID_ZONE", params: { value } });
}

const fromResult =
  <T>(parse: (v: string) => Result<T, TimeError>, key: string) =>
  (schema: z.ZodString) =>
    schema.transform((value, ctx) => {
      const r = parse(value);
      if (r.ok) return r.value;
      ctx.addIssue({ code: "custom", message: key, input: value });
      return z.NEVER;
    });

// Marked pure so bundlers drop the schemas (and zod) from code that only formats dates, like the portal.
export const instantSchema = /* @__PURE__ */ fromResult(
  parseInstant,
  "validation.invalid_instant",
)(/* @__PURE__ */ z.string());
export const plainDateSchema = /* @__PURE__ */ fromResult(
  parsePlainDate,
  "validation.invalid_date",
)(/* @__PURE__ */ z.string());
export const localDateTimeSchema = /* @__PURE__ */ fromResult(
  parseLocalDateTime,
  "validation.invalid_date_time",
)(/* @__PURE__ */ z.string());
export const timeZoneSchema = /* @__PURE__ */ fromResult(
  parseTimeZone,
  "validation.invalid_zone",
)(/* @__PURE__ */ z.string());

/** The instant a wall-clock time in `zone` denotes; a time skipped by a DST jump moves forward. */
export function instantOf(local: LocalDateTime, zone: TimeZone): Instant {
  return canonical(
    Temporal.PlainDateTime.from(local).toZonedDateTime(zone, { disambiguation: "compatible" }).toInstant(),
  );
}

/** The wall-clock date and time of `instant` in `zone`. */
export function localOf(instant: Instant, zone: TimeZone): LocalDateTime {
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(zone)
    .toPlainDateTime()
    .toString({ smallestUnit: "minute" }) as LocalDateTime;
}

/** The calendar date of `instant` in `zone` ("today" for a user there). */
export function dateOf(instant: Instant, zone: TimeZone): PlainDate {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainDate().toString() as PlainDate;
}

/** The offset of `zone` at `instant`, `+07:00` or `+06:30`. */
export function offsetOf(instant: Instant, zone: TimeZone): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(zone).offset;
}

export const addDays = (date: PlainDate, days: number): PlainDate =>
  Temporal.PlainDate.from(date).add({ days }).toString() as PlainDate;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: PlainDate, to: PlainDate): number =>
  Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "day" }).days;

export const addMinutes = (instant: Instant, minutes: number): Instant =>
  canonical(Temporal.Instant.from(instant).add({ minutes }));

export const minutesBetween = (from: Instant, to: Instant): number =>
  Temporal.Instant.from(from).until(Temporal.Instant.from(to), { largestUnit: "minute" }).minutes;

/** ISO strings of one kind sort chronologically as text, but instants may differ in precision. */
export const compareInstants = (a: Instant, b: Instant): number =>
  Temporal.Instant.compare(Temporal.Instant.from(a), Temporal.Instant.from(b));

export const compareDates = (a: PlainDate, b: PlainDate): number => (a < b ? -1 : a > b ? 1 : 0);

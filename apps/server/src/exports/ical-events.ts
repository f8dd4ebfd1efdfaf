import { type Cadence, describeCadence } from "@moei/domain/meeting";
import {
  addMinutes,
  BANGKOK,
  DEFAULT_DUAL_ZONES,
  dateOf,
  formatDate,
  formatDualZoneText,
  type Instant,
  instantOf,
  type LocalDateTime,
  type LocalizedText,
  localized,
  localOf,
  type TimeZone,
  type UiLanguage,
  YANGON,
} from "@moei/domain/shared";
import { decodeGlobalID } from "@pothos/plugin-relay";
import ical, {
  type ICalAttendeeData,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  type ICalCalendar,
  ICalCalendarMethod,
  type ICalEventData,
  ICalEventStatus,
  type ICalTemporalPlainDateTimeStub,
  type ICalTemporalZonedDateTimeStub,
} from "ical-generator";

/*
 * iCalendar building blocks shared by the feeds and the invitation: one VEVENT per meeting, the
 * series' rule as a master VEVENT, and the VTIMEZONEs of the border. Every date-time is written as a
 * wall-clock time with the TZID of its zone (never in the server's own zone), so a meeting at 09:30 in
 * Mae Sot reads 09:30 Asia/Bangkok, and a Myanmar calendar shows it at 09:00.
 *
 * UIDs are `meeting-<id>@moei` and `series-<id>@moei`, with the store's ids: the same in every feed,
 * for every reader and in the invitation file, so a client that has the meeting from two sources
 * keeps one event.
 */

/** What a feed or an invitation reads of a meeting through the API (see MEETING_FIELDS). */
export interface CalendarMeeting {
  readonly id: string;
  readonly status: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly zone: TimeZone;
  readonly venue: string | null;
  readonly onlineUrl: string | null;
  readonly version: number;
  readonly occurrence: LocalDateTime | null;
  readonly numberLabel: string | null;
  readonly title: LocalizedText | null;
  readonly series: { readonly id: string; readonly name: LocalizedText };
  readonly times: readonly { readonly zone: TimeZone }[];
}

/** The fields of a meeting an event is made of; `$lang` is the feed's or invitation's language. */
export const MEETING_FIELDS = `
  fragment CalendarMeeting on Meeting {
    id status start end zone venue onlineUrl version occurrence
    numberLabel(lang: $lang)
    title { en th my }
    series { id name { en th my } }
    times(lang: $lang) { zone }
  }`;

/** The store id inside an API global id (what UIDs are made of: stable, and the same everywhere). */
export const rawId = (globalId: string): string => decodeGlobalID(globalId).id;

export const meetingUid = (globalId: string): string => `meeting-${rawId(globalId)}@moei`;
export const seriesUid = (globalId: string): string => `series-${rawId(globalId)}@moei`;

/**
 * A wall-clock time in `zone` as ical-generator takes it: a Temporal.PlainDateTime look-alike whose
 * zoned form stays in `zone`. With the event's TZID it is written as is; a JavaScript Date would be
 * written in the server process' own zone. It is only ever asked for in its own zone.
 */
function wallClock(local: LocalDateTime, zone: TimeZone): ICalTemporalPlainDateTimeStub {
  const [date = "", time = ""] = local.split("T");
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute, second = 0] = time.split(":").map(Number) as [number, number, number?];
  const fields = { year, month, day, hour, minute, second };
  const text = { toJSON: () => local, toString: () => local };
  const plainDate = { year, month, day, toJSON: () => date, toString: () => date };
  const sameZone = (other: string) => {
    if (other !== zone) throw new Error(`A time in ${zone} is written in its own zone, not ${other}`);
  };
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    ...text,
    toPlainDate: () => plainDate,
    toZonedDateTime: (other: string) => {
      sameZone(other);
      return zoned;
    },
  };
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...fields,
    ...text,
    timeZoneId: zone,
    toPlainDateTime: () => plain,
    withTimeZone: (other: string) => {
      sameZone(other);
      return zoned;
    },
    toInstant: () => {
      const at = instantOf(local, zone);
      const ms = Date.parse(at);
      return {
        epochMilliseconds: ms,
        toJSON: () => at,
        toString: () => at,
        toZonedDateTimeISO: (other: string) => {
          sameZone(other);
          return zoned;
        },
      };
    },
  };
  return plain;
}

/** `2026-12-10T09:30` → `20261210T093000`, an iCalendar local DATE-TIME. */
const icalLocal = (local: LocalDateTime): string =>
  `${local.replaceAll("-", "").replace(":", "")}00`.slice(0, 15);

/**
 * VTIMEZONEs for the zones of the border. Thailand has kept UTC+7 since 1920 and Myanmar UTC+6:30 since
 * 1945, without daylight saving, so one STANDARD block describes every date a meeting can have. Other
 * zones get none: a client then uses its own definition of the IANA name in TZID.
 */
const FIXED_ZONES: Readonly<Record<string, { readonly offset: string; readonly name: string }>> = {
  [BANGKOK]: { offset: "+0700", name: "+07" },
  [YANGON]: { offset: "+0630", name: "+0630" },
};

export function vtimezone(zone: string): string | null {
  const fixed = FIXED_ZONES[zone];
  if (fixed === undefined) return null;
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    "BEGIN:STANDARD",
    `TZOFFSETFROM:${fixed.offset}`,
    `TZOFFSETTO:${fixed.offset}`,
    `TZNAME:${fixed.name}`,
    "DTSTART:19700101T000000",
    "END:STANDARD",
    "END:VTIMEZONE",
  ].join("\r\n");
}

/** A calendar with Moei's PRODID and the border's VTIMEZONEs for the zones its events use. */
export function newCalendar(options: {
  readonly name?: string;
  readonly method: ICalCalendarMethod;
}): ICalCalendar {
  const calendar = ical({
    prodId: { company: "Moei", product: "Moei", language: "EN" },
    method: options.method,
    // Feeds: clients that honour it poll an hour apart (Outlook and Google choose their own interval).
    ...(options.method === ICalCalendarMethod.PUBLISH ? { ttl: 60 * 60 } : {}),
  });
  // No calendar-wide zone (each event carries its own TZID); the generator adds one VTIMEZONE per zone used.
  calendar.timezone({ name: null, generator: vtimezone });
  // ical-generator writes the name unescaped; a comma or semicolon in a series name must not split it.
  if (options.name !== undefined)
    calendar.name(options.name.replace(/([\\;,])/g, "\\$1").replace(/\n/g, " "));
  return calendar;
}

export { ICalCalendarMethod };

/** What the domain's statuses mean to a calendar: draft and postponed meetings are not fixed yet. */
function statusOf(status: string): ICalEventStatus {
  if (status === "cancelled") return ICalEventStatus.CANCELLED;
  if (status === "draft" || status === "postponed") return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

const LABELS = {
  online: { en: "Online", th: "ออนไลน์", my: "အွန်လိုင်း" },
  open: { en: "Open in Moei", th: "เปิดในระบบ Moei", my: "Moei တွင် ဖွင့်ရန်" },
  cadence: {
    en: "Regular dates of this series that no meeting has been scheduled for yet.",
    th: "วันประชุมตามรอบปกติของการประชุมประจำนี้ที่ยังไม่ได้กำหนดการประชุม",
    my: "အစည်းအဝေး မသတ်မှတ်ရသေးသော ဤပုံမှန်အစည်းအဝေး၏ ပုံမှန်ရက်များ",
  },
} as const satisfies Record<string, Record<UiLanguage, string>>;

/** The meeting's title in `lang`: its own title or the series name, with its number as the series writes it. */
export function meetingSummary(m: CalendarMeeting, lang: UiLanguage): string {
  const name = localized(m.title ?? m.series.name, lang);
  if (m.numberLabel === null) return name;
  // "… Meeting (30th)"; Thai and Burmese put the number after the name: "… ครั้งที่ 30", "… (၃၀) ကြိမ်မြောက်".
  return lang === "en" ? `${name} (${m.numberLabel})` : `${name} ${m.numberLabel}`;
}

/** The zones a meeting's time is given in: its own, those of the series' countries, and both sides of the border. */
function zonesOf(m: CalendarMeeting): TimeZone[] {
  return [...new Set([m.zone, ...m.times.map((t) => t.zone), ...DEFAULT_DUAL_ZONES])];
}

/** The meeting's page in the portal. */
export const meetingLink = (origin: string, m: { readonly id: string }): string =>
  `${origin}/meetings/${encodeURIComponent(m.id)}`;

function meetingDescription(m: CalendarMeeting, lang: UiLanguage, origin: string): string {
  return [
    formatDate(dateOf(m.start, m.zone), lang, { style: "long" }),
    formatDualZoneText(m.start, lang, zonesOf(m)),
    ...(m.onlineUrl ? [`${LABELS.online[lang]}: ${m.onlineUrl}`] : []),
    `${LABELS.open[lang]}: ${meetingLink(origin, m)}`,
  ].join("\n");
}

/** When a meeting was last changed, from the store (the API does not expose it). */
export interface MeetingRevision {
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

/**
 * One meeting as a VEVENT. SEQUENCE is the meeting's version, which the store raises on every change
 * of its times or status (reschedule, postpone, cancel...), so a client replaces its copy.
 */
export function meetingEvent(
  m: CalendarMeeting,
  options: {
    readonly lang: UiLanguage;
    readonly origin: string;
    readonly stamp: Instant;
    readonly revision: MeetingRevision | undefined;
  },
): ICalEventData {
  return {
    id: meetingUid(m.id),
    sequence: m.version,
    start: wallClock(localOf(m.start, m.zone), m.zone),
    end: wallClock(localOf(m.end, m.zone), m.zone),
    timezone: m.zone,
    stamp: options.stamp,
    ...(options.revision
      ? { created: options.revision.createdAt, lastModified: options.revision.updatedAt }
      : {}),
    summary: meetingSummary(m, options.lang),
    location: m.venue ?? m.onlineUrl ?? null,
    description: meetingDescription(m, options.lang, options.origin),
    url: meetingLink(options.origin, m),
    status: statusOf(m.status),
  };
}

/** Seconds from 2020-01-01 UTC: fits iCalendar's 32-bit SEQUENCE until 2088. */
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);
export const sequenceAt = (at: Instant): number =>
  Math.max(0, Math.floor((Date.parse(at) - SEQUENCE_EPOCH_MS) / 1000));

/**
 * The series' cadence as a master VEVENT: DTSTART is the first occurrence in the cadence's zone, the
 * RRULE is the series' rule, and every occurrence that has a meeting (scheduled, moved, postponed or
 * cancelled) is an EXDATE, because that meeting is its own VEVENT: a client never shows an occurrence
 * twice, a cancelled one appears once, struck through, and a moved one once, at its new time. The
 * occurrences left are the regular dates nobody has scheduled yet, shown as tentative.
 *
 * SEQUENCE must rise whenever the rule or the EXDATEs change. The rule changes only with the series'
 * settings (its updatedAt), and the EXDATEs only when a meeting realising an occurrence is created (its
 * createdAt), so the latest of those instants, in seconds since 2020, rises with every change and
 * never goes back.
 */
export function seriesEvent(
  series: { readonly id: string; readonly name: LocalizedText; readonly cadence: Cadence },
  occurrences: readonly LocalDateTime[],
  options: {
    readonly lang: UiLanguage;
    readonly origin: string;
    readonly stamp: Instant;
    readonly changedAt: Instant;
  },
): ICalEventData {
  const { cadence } = series;
  const firstInstant = instantOf(cadence.firstStart, cadence.zone);
  const exdates = [...new Set(occurrences)].sort().map((o) => `EXDATE;TZID=${cadence.zone}:${icalLocal(o)}`);
  const link = `${options.origin}/series/${encodeURIComponent(series.id)}`;
  return {
    id: seriesUid(series.id),
    sequence: sequenceAt(options.changedAt),
    start: wallClock(cadence.firstStart, cadence.zone),
    end: wallClock(localOf(addMinutes(firstInstant, cadence.durationMinutes), cadence.zone), cadence.zone),
    timezone: cadence.zone,
    stamp: options.stamp,
    lastModified: options.changedAt,
    // One property per line: a string is written as given, and RFC 5545 allows EXDATE more than once.
    repeating: [`RRULE:${cadence.rrule}`, ...exdates].join("\n"),
    summary: localized(series.name, options.lang),
    description: [
      describeCadence(cadence, options.lang),
      formatDualZoneText(firstInstant, options.lang, [cadence.zone, ...DEFAULT_DUAL_ZONES].filter(unique)),
      LABELS.cadence[options.lang],
      `${LABELS.open[options.lang]}: ${link}`,
    ].join("\n"),
    url: link,
    status: ICalEventStatus.TENTATIVE,
  };
}

function unique<T>(value: T, index: number, all: readonly T[]): boolean {
  return all.indexOf(value) === index;
}

/** An organization's answer as an attendee's PARTSTAT. */
export function partstatOf(rsvp: string): ICalAttendeeStatus {
  if (rsvp === "accepted") return ICalAttendeeStatus.ACCEPTED;
  if (rsvp === "declined") return ICalAttendeeStatus.DECLINED;
  return ICalAttendeeStatus.NEEDSACTION;
}

export function attendee(
  contact: { readonly name: string; readonly email: string },
  rsvp: string,
): ICalAttendeeData {
  return {
    name: contact.name,
    email: contact.email,
    role: ICalAttendeeRole.REQ,
    status: partstatOf(rsvp),
    rsvp: true,
  };
}

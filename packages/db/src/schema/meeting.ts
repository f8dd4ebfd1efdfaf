import type {
  AgendaItemKind,
  AttendanceStatus,
  MeetingMode,
  MeetingStatus,
  NumberingScheme,
  Rsvp,
  SeriesKind,
} from "@moei/domain/meeting";
import type { Country } from "@moei/domain/organization";
import type { Confidentiality, Language, LocalDateTime, TimeZone } from "@moei/domain/shared";
import { index, integer, primaryKey, real, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { agreements } from "./agreement.ts";
import { bool, instant, json, table, timestamps } from "./columns.ts";
import { organizations } from "./organization.ts";
import { users } from "./user.ts";

export const meetingSeries = table("meeting_series", {
  id: text().primaryKey(),
  kind: text().$type<SeriesKind>().notNull(),
  nameEn: text().notNull(),
  nameTh: text(),
  nameMy: text(),
  secretariatId: text()
    .notNull()
    .references(() => organizations.id),
  countries: json<Country[]>().notNull(),
  // The cadence: all four set, or none.
  cadenceRrule: text(),
  cadenceZone: text().$type<TimeZone>(),
  cadenceFirstStart: text().$type<LocalDateTime>(),
  cadenceDurationMinutes: integer(),
  numbering: text().$type<NumberingScheme>().notNull(),
  confidentiality: text().$type<Confidentiality>().notNull(),
  languages: json<Language[]>().notNull(),
  quorum: real(),
  legalBasisId: text().references(() => agreements.id),
  active: bool().notNull().default(true),
  ...timestamps,
});

export const seriesMembers = table(
  "series_members",
  {
    seriesId: text()
      .notNull()
      .references(() => meetingSeries.id, { onDelete: "cascade" }),
    organizationId: text()
      .notNull()
      .references(() => organizations.id),
    position: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.seriesId, t.organizationId] }),
    index("series_members_organization_idx").on(t.organizationId),
  ],
);

export const seriesChairs = table(
  "series_chairs",
  {
    seriesId: text()
      .notNull()
      .references(() => meetingSeries.id, { onDelete: "cascade" }),
    side: text().$type<Country>().notNull(),
    organizationId: text()
      .notNull()
      .references(() => organizations.id),
    title: text(),
  },
  (t) => [primaryKey({ columns: [t.seriesId, t.side] })],
);

export const meetings = table(
  "meetings",
  {
    id: text().primaryKey(),
    seriesId: text()
      .notNull()
      .references(() => meetingSeries.id),
    numberOrdinal: integer(),
    numberYear: integer(),
    titleEn: text(),
    titleTh: text(),
    titleMy: text(),
    startAt: instant().notNull(),
    endAt: instant().notNull(),
    zone: text().$type<TimeZone>().notNull(),
    mode: text().$type<MeetingMode>().notNull(),
    venue: text(),
    onlineUrl: text(),
    hostSide: text().$type<Country>(),
    interpretation: json<Language[]>().notNull(),
    occurrence: text().$type<LocalDateTime>(),
    status: text().$type<MeetingStatus>().notNull(),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("meetings_series_start_idx").on(t.seriesId, t.startAt),
    index("meetings_start_idx").on(t.startAt),
    // One meeting per regular occurrence of a series.
    uniqueIndex("meetings_series_occurrence_idx").on(t.seriesId, t.occurrence),
  ],
);

export const invitations = table(
  "invitations",
  {
    meetingId: text()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    organizationId: text()
      .notNull()
      .references(() => organizations.id),
    rsvp: text().$type<Rsvp>().notNull(),
    respondedAt: instant(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.organizationId] }),
    index("invitations_organization_idx").on(t.organizationId, t.meetingId),
  ],
);

export const attendance = table(
  "attendance",
  {
    meetingId: text()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    organizationId: text()
      .notNull()
      .references(() => organizations.id),
    status: text().$type<AttendanceStatus>().notNull(),
    delegates: json<string[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.organizationId] }),
    index("attendance_organization_idx").on(t.organizationId),
  ],
);

export const agendaItems = table(
  "agenda_items",
  {
    id: text().primaryKey(),
    meetingId: text()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    kind: text().$type<AgendaItemKind>().notNull(),
    titleEn: text().notNull(),
    titleTh: text(),
    titleMy: text(),
    presenterId: text().references(() => organizations.id),
    durationMinutes: integer(),
    linkAgreementId: text().references(() => agreements.id),
    linkClause: text(),
    linkSopStepKey: text(),
  },
  (t) => [index("agenda_items_meeting_idx").on(t.meetingId, t.position)],
);

export const minutes = table(
  "minutes",
  {
    meetingId: text()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    agendaItemId: text()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    language: text().$type<Language>().notNull(),
    body: text().notNull(),
    // The text as typed when it was converted from Zawgyi; kept so a wrong conversion can be undone.
    rawBody: text(),
    version: integer().notNull(),
    updatedAt: instant().notNull(),
    updatedBy: text().references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.agendaItemId, t.language] }),
    index("minutes_meeting_idx").on(t.meetingId),
  ],
);

export const decisions = table(
  "decisions",
  {
    id: text().primaryKey(),
    meetingId: text()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    agendaItemId: text().references(() => agendaItems.id, { onDelete: "set null" }),
    position: integer().notNull(),
    textEn: text().notNull(),
    textTh: text(),
    textMy: text(),
    createdAt: instant().notNull(),
  },
  (t) => [index("decisions_meeting_idx").on(t.meetingId, t.position)],
);

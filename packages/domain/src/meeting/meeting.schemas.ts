import { z } from "zod";
import { COUNTRIES } from "../organization/organization.ts";
import { CONFIDENTIALITY } from "../shared/confidentiality.ts";
import { idSchema } from "../shared/ids.ts";
import { LANGUAGES } from "../shared/language.ts";
import { choice, localizedTextSchema, optionalText, text, versionSchema } from "../shared/schemas.ts";
import { localDateTimeSchema, timeZoneSchema } from "../shared/time.ts";
import { MAX_DURATION_MINUTES, MEETING_MODES, MIN_DURATION_MINUTES } from "./meeting.ts";
import { NUMBERING_SCHEMES } from "./numbering.ts";
import { ATTENDANCE_STATUSES, RSVPS } from "./participation.ts";
import { cadenceSchema } from "./recurrence.ts";
import { SERIES_KINDS } from "./series.ts";

const organizationIds = (max: number) =>
  z
    .array(idSchema<"OrganizationId">())
    .max(max, { error: "validation.too_many" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "validation.duplicate" });

const languages = z.array(choice(LANGUAGES)).max(LANGUAGES.length).default([]);

export const seriesInputSchema = z.strictObject({
  kind: choice(SERIES_KINDS),
  name: localizedTextSchema(200),
  memberIds: organizationIds(200).default([]),
  chairs: z
    .array(
      z.strictObject({
        side: choice(COUNTRIES),
        organizationId: idSchema<"OrganizationId">(),
        title: optionalText(200),
      }),
    )
    .max(4, { error: "validation.too_many" })
    .default([]),
  secretariatId: idSchema<"OrganizationId">(),
  countries: z.array(choice(COUNTRIES)).min(1, { error: "validation.required" }).max(6),
  cadence: cadenceSchema.exactOptional(),
  numbering: choice(NUMBERING_SCHEMES),
  confidentiality: choice(CONFIDENTIALITY),
  languages,
  quorum: z
    .number()
    .min(0, { error: "validation.too_small" })
    .max(1, { error: "validation.too_big" })
    .exactOptional(),
  legalBasisId: idSchema<"AgreementId">().exactOptional(),
});
export type SeriesInput = z.output<typeof seriesInputSchema>;

const duration = z
  .int({ error: "validation.invalid_duration" })
  .min(MIN_DURATION_MINUTES, { error: "validation.too_small" })
  .max(MAX_DURATION_MINUTES, { error: "validation.too_big" });

/** Times are entered as wall-clock times in the meeting's zone; the server turns them into instants. */
export const scheduleMeetingInputSchema = z.strictObject({
  seriesId: idSchema<"SeriesId">(),
  start: localDateTimeSchema,
  zone: timeZoneSchema,
  durationMinutes: duration,
  mode: choice(MEETING_MODES),
  venue: optionalText(300),
  onlineUrl: z
    .url({ protocol: /^https$/, error: "validation.invalid_url" })
    .max(500)
    .exactOptional(),
  hostSide: choice(COUNTRIES).exactOptional(),
  interpretation: languages,
  title: localizedTextSchema(200).exactOptional(),
});
export type ScheduleMeetingInput = z.output<typeof scheduleMeetingInputSchema>;

export const rescheduleMeetingInputSchema = z.strictObject({
  meetingId: idSchema<"MeetingId">(),
  version: versionSchema,
  start: localDateTimeSchema,
  zone: timeZoneSchema,
  durationMinutes: duration,
});

export const agreementLinkSchema = z.strictObject({
  agreementId: idSchema<"AgreementId">(),
  clause: optionalText(20),
  sopStepKey: optionalText(40),
});

export const agendaItemInputSchema = z.strictObject({
  meetingId: idSchema<"MeetingId">(),
  title: localizedTextSchema(300),
  presenterId: idSchema<"OrganizationId">().exactOptional(),
  durationMinutes: z
    .int()
    .min(1, { error: "validation.too_small" })
    .max(480, { error: "validation.too_big" })
    .exactOptional(),
  link: agreementLinkSchema.exactOptional(),
  position: z.int().min(1).exactOptional(),
});

export const rsvpInputSchema = z.strictObject({
  meetingId: idSchema<"MeetingId">(),
  organizationId: idSchema<"OrganizationId">(),
  rsvp: choice(RSVPS).exclude(["pending"]),
});

export const attendanceInputSchema = z.strictObject({
  meetingId: idSchema<"MeetingId">(),
  rows: z
    .array(
      z.strictObject({
        organizationId: idSchema<"OrganizationId">(),
        status: choice(ATTENDANCE_STATUSES),
        delegates: z.array(text(120)).max(10, { error: "validation.too_many" }).default([]),
      }),
    )
    .max(300, { error: "validation.too_many" })
    .refine((rows) => new Set(rows.map((r) => r.organizationId)).size === rows.length, {
      error: "validation.duplicate",
    }),
});

/** Minutes of one agenda item in one language; `baseVersion` 0 creates them. */
export const minutesInputSchema = z.strictObject({
  meetingId: idSchema<"MeetingId">(),
  agendaItemId: idSchema<"AgendaItemId">(),
  language: choice(LANGUAGES),
  body: z.string({ error: "validation.required" }).max(50_000, { error: "validation.too_long" }),
  baseVersion: z.int().min(0, { error: "validation.invalid_version" }),
});

export const decisionInputSchema = z.strictObject({
  meetingId: idSchema<"MeetingId">(),
  agendaItemId: idSchema<"AgendaItemId">().exactOptional(),
  text: localizedTextSchema(4000),
});

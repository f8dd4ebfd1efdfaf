import type { Finding } from "@moei/domain/data-protection";
import {
  AGENDA_ITEM_KINDS,
  type AgendaItem,
  ATTENDANCE_STATUSES,
  type Attendance,
  agendaItemInputSchema,
  attendanceInputSchema,
  type Decision,
  decisionInputSchema,
  displayZones,
  formatMeetingNumber,
  type Invitation,
  MAX_OCCURRENCES,
  MEETING_LIFECYCLE,
  MEETING_MODES,
  MEETING_STATUSES,
  type Meeting,
  type MeetingEventType,
  type MeetingFacts,
  type MeetingNumber,
  type MeetingStatus,
  type Minutes,
  meetingEvents,
  minutesInputSchema,
  missingTranslations,
  nextOccurrences,
  type Occurrence,
  type Quorum,
  quorum,
  RSVPS,
  rescheduleMeetingInputSchema,
  rsvpInputSchema,
  scheduleMeetingInputSchema,
} from "@moei/domain/meeting";
import { formatDualZone, type Instant, stateLabel, validate, type ZoneTime } from "@moei/domain/shared";
import { createContextCache } from "@pothos/core";
import DataLoader from "dataloader";
import {
  invitationsOf,
  readableMeetings,
  readsMeeting,
  underReadableMeetings,
  visibility,
} from "../authorization.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { NotFoundFailure, orFail, ValidationFailure } from "../failures.ts";
import { AgreementLinkInput, AgreementLinkRef } from "./agreement.ts";
import { connection, loaded, pageArgs } from "./connection.ts";
import { PersonalDataWarningRef } from "./errors.ts";
import { withoutNulls } from "./ids.ts";
import { CountryEnum, OrganizationNode } from "./organization.ts";
import { LanguageEnum, LocalizedTextInput, LocalizedTextRef, UiLanguageEnum } from "./scalars.ts";
import { SeriesNode } from "./series.ts";

// ---------------------------------------------------------------------------------------------------
// Enums, from the domain's value lists

export const MeetingStatusEnum = builder.enumType("MeetingStatus", { values: MEETING_STATUSES });
export const MeetingModeEnum = builder.enumType("MeetingMode", { values: MEETING_MODES });
const MEETING_EVENT_TYPES = Object.keys(MEETING_LIFECYCLE) as MeetingEventType[];
export const MeetingEventTypeEnum = builder.enumType("MeetingEventType", {
  description: "A step of the meeting lifecycle, from scheduling to approved minutes",
  values: MEETING_EVENT_TYPES,
});
export const RsvpEnum = builder.enumType("Rsvp", { values: RSVPS });
export const AttendanceStatusEnum = builder.enumType("AttendanceStatus", {
  description: "present and remote count towards quorum; excused and absent do not",
  values: ATTENDANCE_STATUSES,
});
export const AgendaItemKindEnum = builder.enumType("AgendaItemKind", {
  description: "matters_arising is the item where open actions of earlier meetings are reviewed",
  values: AGENDA_ITEM_KINDS,
});

// ---------------------------------------------------------------------------------------------------
// Per-request loaders over the repository's batch reads. The list fields and the facts derived from
// them (quorum, allowed events, missing translations) share one loader per table, so a page of N
// meetings costs one statement per table asked for, the same as one meeting.

function perMeeting<T extends { readonly meetingId: string }>(
  read: (ctx: Context, meetingIds: readonly string[]) => readonly T[],
) {
  return createContextCache(
    (ctx: Context) =>
      new DataLoader<string, readonly T[]>(async (ids) => {
        const byMeeting = Map.groupBy(read(ctx, ids), (row) => row.meetingId as string);
        return ids.map((id) => byMeeting.get(id) ?? []);
      }),
  );
}

const attendanceOf = perMeeting((ctx, ids) => ctx.repos.meetings.attendanceOf(ids));
const agendaOf = perMeeting((ctx, ids) => ctx.repos.meetings.agendaOf(ids));
const minutesOf = perMeeting((ctx, ids) => ctx.repos.meetings.minutesOf(ids));
const decisionsOf = perMeeting((ctx, ids) => ctx.repos.meetings.decisionsOf(ids));

/** The guards' facts at the request's "now", which is read once so that every meeting is judged at the same instant. */
const factsOf = createContextCache((ctx: Context) => {
  const now = ctx.clock.now();
  return new DataLoader<string, MeetingFacts>(async (ids) => ctx.repos.meetings.factsOf(ids, now));
});

/** Per series: the meetings that realise an occurrence of its cadence, and the exceptions they make. */
const occurrencesOf = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, ReturnType<Context["repos"]["meetings"]["occurrencesOf"]>[number]>(async (ids) =>
      ctx.repos.meetings.occurrencesOf(ids, visibility(ctx)),
    ),
);

/**
 * The value of a successful write; `orFail` clears the plugin's loaders, and this also forgets this
 * module's own per-request caches.
 */
function written<T>(ctx: Context, result: Parameters<typeof orFail<T>>[0]): T {
  const value = orFail(result, ctx);
  for (const cache of [attendanceOf, agendaOf, minutesOf, decisionsOf, factsOf, occurrencesOf]) {
    cache.delete(ctx);
  }
  return value;
}

const seriesOf = (ctx: Context, meeting: Pick<Meeting, "seriesId">) =>
  SeriesNode.getDataloader(ctx).load(meeting.seriesId);

// ---------------------------------------------------------------------------------------------------
// Types

// A meeting the actor may not read, and whatever is under it, loads as null, as an unknown id does.

export const MeetingNode = builder.loadableNodeRef<Meeting, string, string>("Meeting", {
  id: { resolve: (m) => m.id, parse: (id) => id },
  load: async (ids: string[], ctx: Context) => loaded(await readableMeetings(ctx, ids)),
});

/** Values by id in the order of `ids`, null for unknown ones and for those under meetings the actor may not read. */
const underReadable = async <T extends { readonly id: string; readonly meetingId: string }>(
  ctx: Context,
  ids: readonly string[],
  values: readonly T[],
) => {
  const byId = new Map(values.map((v) => [v.id as string, v]));
  return loaded(
    await underReadableMeetings(
      ctx,
      ids.map((id) => byId.get(id) ?? null),
    ),
  );
};

export const AgendaItemRef = builder.loadableObjectRef<AgendaItem, string>("AgendaItem", {
  load: async (ids: string[], ctx: Context) =>
    underReadable(ctx, ids, ctx.repos.meetings.getAgendaItems(ids)),
  cacheResolved: (item) => item.id,
});

export const DecisionRef = builder.loadableObjectRef<Decision, string>("Decision", {
  load: async (ids: string[], ctx: Context) => underReadable(ctx, ids, ctx.repos.meetings.getDecisions(ids)),
  cacheResolved: (decision) => decision.id,
});

/** The type-level check of everything under a meeting: the domain's canReadMeeting, reads audited. */
const underMeeting = (value: { readonly meetingId: string }, ctx: Context) =>
  readsMeeting(ctx, value.meetingId);

const MeetingNumberRef = builder.objectRef<MeetingNumber>("MeetingNumber").implement({
  description: "The number a meeting goes by in its series: 30 (the 30th), or 1 in B.E. year 2561 (1/2561)",
  fields: (t) => ({
    ordinal: t.exposeInt("ordinal"),
    year: t.int({
      nullable: true,
      description:
        "B.E. calendar year (thai_year) or B.E. fiscal year (fiscal_year); none for sequential numbering",
      resolve: (n) => n.year ?? null,
    }),
  }),
});

const ZoneTimeRef = builder.objectRef<ZoneTime>("ZoneTime").implement({
  description: "A meeting's start as the wall-clock time in one of the zones its delegations come from",
  fields: (t) => ({
    zone: t.field({ type: "TimeZone", resolve: (z) => z.zone }),
    local: t.field({
      type: "LocalDateTime",
      description: "Wall-clock date and time in `zone`",
      resolve: (z) => z.local,
    }),
    offset: t.exposeString("offset", { description: "UTC offset at that instant, e.g. +06:30" }),
    label: t.exposeString("label", {
      description: "The country or city the zone goes by: Thailand, Myanmar",
    }),
    time: t.exposeString("time", {
      description: "24-hour time in the requested language's digits: 09:30, ၀၉:၃၀",
    }),
  }),
});

const InvitationRef = builder.objectRef<Invitation>("Invitation").implement({
  description: "An organization invited to a meeting, and its reply",
  authScopes: underMeeting,
  fields: (t) => ({
    meeting: t.field({ type: MeetingNode, resolve: (i) => i.meetingId }),
    organization: t.field({ type: OrganizationNode, resolve: (i) => i.organizationId }),
    rsvp: t.field({ type: RsvpEnum, resolve: (i) => i.rsvp }),
    respondedAt: t.field({ type: "Instant", nullable: true, resolve: (i) => i.respondedAt ?? null }),
  }),
});

const AttendanceRef = builder.objectRef<Attendance>("Attendance").implement({
  description: "Whether an organization attended, and who came for it",
  authScopes: underMeeting,
  fields: (t) => ({
    organization: t.field({ type: OrganizationNode, resolve: (a) => a.organizationId }),
    status: t.field({ type: AttendanceStatusEnum, resolve: (a) => a.status }),
    delegates: t.field({
      type: ["String"],
      description: "Names of the staff who attended (never victims); empty when not signed in",
      authScopes: { readContacts: true },
      unauthorizedResolver: () => [],
      resolve: (a) => [...a.delegates],
    }),
  }),
});

const QuorumRef = builder.objectRef<Quorum>("Quorum").implement({
  description: "Whether enough member organizations attended to take decisions; observers do not count",
  fields: (t) => ({
    members: t.exposeInt("members"),
    present: t.exposeInt("present", { description: "Members recorded present or remote" }),
    required: t.exposeInt("required", { description: "Members needed; 0 when the series sets no quorum" }),
    met: t.exposeBoolean("met"),
  }),
});

const MinutesRef = builder.objectRef<Minutes>("Minutes").implement({
  authScopes: underMeeting,
  description:
    "The minutes of one agenda item in one language, versioned: a save names the version it edited",
  fields: (t) => ({
    agendaItem: t.field({ type: AgendaItemRef, resolve: (m) => m.agendaItemId }),
    language: t.field({ type: LanguageEnum, resolve: (m) => m.language }),
    body: t.exposeString("body"),
    version: t.exposeInt("version", { description: "Pass it as `baseVersion` when saving an edit" }),
    updatedAt: t.field({ type: "Instant", resolve: (m) => m.updatedAt }),
  }),
});

AgendaItemRef.implement({
  description: "One item of a meeting's agenda",
  authScopes: underMeeting,
  fields: (t) => ({
    id: t.exposeID("id"),
    meeting: t.field({ type: MeetingNode, resolve: (i) => i.meetingId }),
    position: t.exposeInt("position", { description: "1…n without gaps" }),
    kind: t.field({ type: AgendaItemKindEnum, resolve: (i) => i.kind }),
    title: t.field({ type: LocalizedTextRef, resolve: (i) => i.title }),
    presenter: t.field({ type: OrganizationNode, nullable: true, resolve: (i) => i.presenterId ?? null }),
    durationMinutes: t.int({ nullable: true, resolve: (i) => i.durationMinutes ?? null }),
    link: t.field({ type: AgreementLinkRef, nullable: true, resolve: (i) => i.link ?? null }),
    minutes: t.field({
      type: [MinutesRef],
      description: "The minutes of this item, one per language written",
      resolve: async (i, _, ctx) =>
        (await minutesOf(ctx).load(i.meetingId)).filter((m) => m.agendaItemId === i.id),
    }),
  }),
});

DecisionRef.implement({
  description: "A decision of a meeting, numbered as the minutes cite it (Decision 3)",
  authScopes: underMeeting,
  fields: (t) => ({
    id: t.exposeID("id"),
    meeting: t.field({ type: MeetingNode, resolve: (d) => d.meetingId }),
    position: t.exposeInt("position"),
    text: t.field({ type: LocalizedTextRef, resolve: (d) => d.text }),
    agendaItem: t.field({ type: AgendaItemRef, nullable: true, resolve: (d) => d.agendaItemId ?? null }),
  }),
});

const MissingTranslationRef = builder
  .objectRef<ReturnType<typeof missingTranslations>[number]>("MissingTranslation")
  .implement({
    description: "An agenda item whose minutes are not yet written in some of the series' languages",
    fields: (t) => ({
      agendaItem: t.field({ type: AgendaItemRef, resolve: (m) => m.agendaItemId }),
      languages: t.field({ type: [LanguageEnum], resolve: (m) => [...m.languages] }),
    }),
  });

MeetingNode.implement({
  description:
    "One meeting of a series: when and where, who was invited and came, agenda, minutes, decisions. " +
    "Meetings of restricted series are visible only to admins, the series' coordinators and the invited organizations.",
  authScopes: (m, ctx) => readsMeeting(ctx, m.id),
  fields: (t) => ({
    series: t.field({ type: SeriesNode, resolve: (m) => m.seriesId }),
    number: t.field({ type: MeetingNumberRef, nullable: true, resolve: (m) => m.number ?? null }),
    numberLabel: t.string({
      nullable: true,
      description: "The number as written in the series' scheme: 30th, ครั้งที่ 30, 1/2561, 1/FY2564",
      args: { lang: t.arg({ type: UiLanguageEnum, description: "Defaults to the request's language" }) },
      resolve: async (m, { lang }, ctx) => {
        if (m.number === undefined) return null;
        const series = await seriesOf(ctx, m);
        return formatMeetingNumber(m.number, series.numbering, lang ?? ctx.lang);
      },
    }),
    title: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: "Overrides the series name for this meeting",
      resolve: (m) => m.title ?? null,
    }),
    start: t.field({ type: "Instant", resolve: (m) => m.start }),
    end: t.field({ type: "Instant", resolve: (m) => m.end }),
    zone: t.field({
      type: "TimeZone",
      description: "The zone the meeting is held in: the host side's",
      resolve: (m) => m.zone,
    }),
    occurrence: t.field({
      type: "LocalDateTime",
      nullable: true,
      description: "The regular start (series zone) of the cadence occurrence this meeting realises",
      resolve: (m) => m.occurrence ?? null,
    }),
    mode: t.field({ type: MeetingModeEnum, resolve: (m) => m.mode }),
    venue: t.string({ nullable: true, resolve: (m) => m.venue ?? null }),
    onlineUrl: t.string({ nullable: true, resolve: (m) => m.onlineUrl ?? null }),
    hostSide: t.field({ type: CountryEnum, nullable: true, resolve: (m) => m.hostSide ?? null }),
    interpretation: t.field({
      type: [LanguageEnum],
      description: "Languages interpreted into",
      resolve: (m) => [...m.interpretation],
    }),
    status: t.field({ type: MeetingStatusEnum, resolve: (m) => m.status }),
    statusLabel: t.string({
      args: { lang: t.arg({ type: UiLanguageEnum, description: "Defaults to the request's language" }) },
      resolve: (m, { lang }, ctx) => stateLabel("meeting", m.status, lang ?? ctx.lang),
    }),
    version: t.exposeInt("version", { description: "Pass it back with lifecycle changes and reschedules" }),
    allowedEvents: t.field({
      type: [MeetingEventTypeEnum],
      description:
        "The lifecycle steps possible now, guards included (hold only once started, circulate only with " +
        "attendance and minutes): what the portal offers as buttons",
      resolve: async (m, _, ctx) => meetingEvents(m, await factsOf(ctx).load(m.id)),
    }),
    times: t.field({
      type: [ZoneTimeRef],
      description:
        "The start in the meeting's zone and in the zone of every country of the series, so a " +
        "cross-border meeting shows both Thailand and Myanmar time",
      args: { lang: t.arg({ type: UiLanguageEnum, description: "Defaults to the request's language" }) },
      resolve: async (m, { lang }, ctx) =>
        formatDualZone(m.start, lang ?? ctx.lang, displayZones(await seriesOf(ctx, m), m.zone)),
    }),
    invitations: t.field({
      type: [InvitationRef],
      resolve: async (m, _, ctx) => [...(await invitationsOf(ctx).load(m.id))],
    }),
    attendance: t.field({
      type: [AttendanceRef],
      resolve: async (m, _, ctx) => [...(await attendanceOf(ctx).load(m.id))],
    }),
    quorum: t.field({
      type: QuorumRef,
      resolve: async (m, _, ctx) => {
        const [series, attendance] = await Promise.all([seriesOf(ctx, m), attendanceOf(ctx).load(m.id)]);
        return quorum(series, attendance);
      },
    }),
    agenda: t.field({
      type: [AgendaItemRef],
      description: "In agenda order",
      resolve: async (m, _, ctx) => [...(await agendaOf(ctx).load(m.id))],
    }),
    decisions: t.field({
      type: [DecisionRef],
      resolve: async (m, _, ctx) => [...(await decisionsOf(ctx).load(m.id))],
    }),
    missingTranslations: t.field({
      type: [MissingTranslationRef],
      description:
        "Agenda items still lacking minutes in some of the series' languages, for the checklist before circulating",
      resolve: async (m, _, ctx) => {
        const [series, agenda, minutes] = await Promise.all([
          seriesOf(ctx, m),
          agendaOf(ctx).load(m.id),
          minutesOf(ctx).load(m.id),
        ]);
        return missingTranslations(
          agenda.map((i) => i.id),
          minutes,
          series.languages,
        );
      },
    }),
  }),
});

// ---------------------------------------------------------------------------------------------------
// Series fields that read meetings (here, so that series.ts does not depend on meetings)

const UpcomingOccurrenceRef = builder
  .objectRef<Occurrence & { readonly meeting: Meeting | null }>("UpcomingOccurrence")
  .implement({
    description:
      "A coming occurrence of a series' cadence, and the meeting that realises it if one is scheduled",
    fields: (t) => ({
      original: t.field({
        type: "LocalDateTime",
        description: "The regular wall-clock start in the series zone, which identifies the occurrence",
        resolve: (o) => o.original,
      }),
      start: t.field({
        type: "Instant",
        description: "Where the meeting moved it, if it did",
        resolve: (o) => o.start,
      }),
      end: t.field({ type: "Instant", resolve: (o) => o.end }),
      meeting: t.field({ type: MeetingNode, nullable: true, resolve: (o) => o.meeting }),
    }),
  });

const SeriesMeetingsConnection = builder.connectionObject({
  type: MeetingNode,
  name: "SeriesMeetingsConnection",
});

builder.objectFields(SeriesNode, (t) => ({
  upcoming: t.field({
    type: [UpcomingOccurrenceRef],
    description:
      "The next occurrences of the cadence after now, each with its meeting when one is scheduled; " +
      "cancelled occurrences are left out. Empty for series without a cadence.",
    args: { count: t.arg.int({ defaultValue: 5, required: true }) },
    resolve: async (s, { count }, ctx) => {
      if (s.cadence === undefined) return [];
      const { meetings, exceptions } = await occurrencesOf(ctx).load(s.id);
      return nextOccurrences(s.cadence, ctx.clock.now(), count, exceptions).map((o) => ({
        ...o,
        meeting: meetings.find((m) => m.occurrence === o.original && m.status !== "cancelled") ?? null,
      }));
    },
  }),
  meetings: t.loadable({
    type: SeriesMeetingsConnection,
    description: "The series' meetings by start time",
    // byPath: every series in one list shares the arguments, so one batch serves them all.
    byPath: true,
    args: {
      first: t.arg.int(),
      after: t.arg.string(),
      from: t.arg({ type: "Instant", description: "Meetings starting at or after" }),
      to: t.arg({ type: "Instant", description: "Meetings starting before" }),
      status: t.arg({ type: [MeetingStatusEnum] }),
    },
    load: async (ids: string[], ctx: Context, args) => {
      const pages = ctx.repos.meetings.listBySeries(
        ids,
        { ...meetingFilter(args), visibleTo: visibility(ctx) },
        pageArgs(args),
      );
      if (!Array.isArray(pages)) {
        const invalid = errorOf(() => connection(pages));
        return ids.map(() => invalid);
      }
      return pages.map((page) => connection(page));
    },
    resolve: (s) => s.id,
  }),
}));

/** The period and status filter of a meetings list; null is "not given". */
function meetingFilter(args: {
  readonly from?: Instant | null;
  readonly to?: Instant | null;
  readonly status?: readonly MeetingStatus[] | null;
}) {
  return {
    ...(args.from ? { from: args.from } : {}),
    ...(args.to ? { to: args.to } : {}),
    ...(args.status ? { status: args.status } : {}),
  };
}

/** The error `run` throws, so a loader can hand it to every key of the batch. */
function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (e) {
    if (e instanceof Error) return e;
  }
  return new Error("Expected an error");
}

// ---------------------------------------------------------------------------------------------------
// Queries

builder.queryField("meetings", (t) =>
  t.connection({
    type: MeetingNode,
    description:
      "Meetings by start time; filter by series, period, status or an invited organization. Only the meetings " +
      "the viewer may read: public ones, partners ones when signed in, restricted ones when invited",
    authScopes: { anyone: true },
    args: {
      seriesId: t.arg.globalID({ for: [SeriesNode] }),
      from: t.arg({ type: "Instant", description: "Meetings starting at or after" }),
      to: t.arg({ type: "Instant", description: "Meetings starting before" }),
      status: t.arg({ type: [MeetingStatusEnum] }),
      invitedOrganizationId: t.arg.globalID({
        for: [OrganizationNode],
        description: "Meetings this organization was invited to",
      }),
    },
    resolve: (_, args, ctx) =>
      connection(
        ctx.repos.meetings.list(
          {
            visibleTo: visibility(ctx),
            ...meetingFilter(args),
            ...(args.seriesId ? { seriesId: args.seriesId.id } : {}),
            ...(args.invitedOrganizationId ? { invitedOrganizationId: args.invitedOrganizationId.id } : {}),
          },
          pageArgs(args),
        ),
      ),
  }),
);

// ---------------------------------------------------------------------------------------------------
// Mutations

/** The meeting as it is after a write that returned one of its parts. */
function meetingNow(ctx: Context, id: string): Meeting {
  const meeting = ctx.repos.meetings.get(id);
  if (meeting === undefined) throw new NotFoundFailure("NOT_FOUND", { entity: "meeting" }, ctx.lang);
  return meeting;
}

const ScheduleNextMeetingsPayload = builder
  .objectRef<{ readonly seriesId: string; readonly meetings: readonly Meeting[] }>(
    "ScheduleNextMeetingsPayload",
  )
  .implement({
    description: "The meetings scheduled for the next free occurrences of the cadence, numbered in turn",
    fields: (t) => ({
      series: t.field({ type: SeriesNode, resolve: (p) => p.seriesId }),
      meetings: t.field({ type: [MeetingNode], resolve: (p) => [...p.meetings] }),
    }),
  });

const SaveMinutesPayload = builder
  .objectRef<{ readonly minutes: Minutes; readonly warnings: readonly Finding[] }>("SaveMinutesPayload")
  .implement({
    description: "The saved minutes, and any personal data found in them",
    fields: (t) => ({
      minutes: t.field({ type: MinutesRef, resolve: (p) => p.minutes }),
      warnings: t.field({ type: [PersonalDataWarningRef], resolve: (p) => [...p.warnings] }),
    }),
  });

const AddDecisionPayload = builder
  .objectRef<{ readonly decision: Decision; readonly warnings: readonly Finding[] }>("AddDecisionPayload")
  .implement({
    description: "The recorded decision, and any personal data found in its text",
    fields: (t) => ({
      decision: t.field({ type: DecisionRef, resolve: (p) => p.decision }),
      warnings: t.field({ type: [PersonalDataWarningRef], resolve: (p) => [...p.warnings] }),
    }),
  });

const ScheduleMeetingInput = builder.inputType("ScheduleMeetingInput", {
  description: "Times are wall-clock times in the meeting's zone; the server turns them into instants",
  fields: (t) => ({
    seriesId: t.globalID({ required: true, for: [SeriesNode] }),
    start: t.field({ type: "LocalDateTime", required: true }),
    zone: t.field({ type: "TimeZone", required: true, description: "The host side's zone" }),
    durationMinutes: t.int({ required: true }),
    mode: t.field({ type: MeetingModeEnum, required: true }),
    venue: t.string(),
    onlineUrl: t.string({ description: "https only" }),
    hostSide: t.field({ type: CountryEnum }),
    interpretation: t.field({ type: [LanguageEnum] }),
    title: t.field({ type: LocalizedTextInput, description: "Overrides the series name for this meeting" }),
  }),
});

const AddAgendaItemInput = builder.inputType("AddAgendaItemInput", {
  fields: (t) => ({
    meetingId: t.globalID({ required: true, for: [MeetingNode] }),
    kind: t.field({ type: AgendaItemKindEnum, defaultValue: "regular" }),
    title: t.field({ type: LocalizedTextInput, required: true }),
    presenterId: t.globalID({ for: [OrganizationNode] }),
    durationMinutes: t.int(),
    link: t.field({ type: AgreementLinkInput }),
    position: t.int({ description: "Insert at this position (1…n+1) and shift the rest down; default last" }),
  }),
});

const UpdateAgendaItemInput = builder.inputType("UpdateAgendaItemInput", {
  description: "Replaces the item's text, presenter, duration and link; position and kind stay",
  fields: (t) => ({
    title: t.field({ type: LocalizedTextInput, required: true }),
    presenterId: t.globalID({ for: [OrganizationNode] }),
    durationMinutes: t.int(),
    link: t.field({ type: AgreementLinkInput }),
  }),
});

const AttendanceRowInput = builder.inputType("AttendanceRowInput", {
  fields: (t) => ({
    organizationId: t.globalID({ required: true, for: [OrganizationNode] }),
    status: t.field({ type: AttendanceStatusEnum, required: true }),
    delegates: t.stringList({ description: "Names of the staff who attended (never victims)" }),
  }),
});

/** Agenda fields with global ids turned into the domain's ids. */
function agendaFields(input: typeof UpdateAgendaItemInput.$inferInput) {
  const { presenterId, link, ...rest } = withoutNulls(input);
  return {
    ...rest,
    ...(presenterId ? { presenterId: presenterId.id } : {}),
    ...(link ? { link: { ...link, agreementId: link.agreementId.id } } : {}),
  };
}

const updateAgendaItemSchema = agendaItemInputSchema.omit({ meetingId: true, position: true });

/** Every lifecycle step but `reschedule`, which needs new times (rescheduleMeeting). */
const STATUS_EVENTS = MEETING_EVENT_TYPES.filter((e) => e !== "reschedule");

builder.mutationFields((t) => ({
  scheduleMeeting: t.field({
    type: MeetingNode,
    description: "Schedules a meeting, numbered after the series' earlier ones",
    authScopes: (_, { input }) => ({ manageSeries: { id: input.seriesId.id, field: "seriesId" } }),
    errors: {},
    args: { input: t.arg({ type: ScheduleMeetingInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const { seriesId, ...rest } = withoutNulls(input);
      const valid = orFail(validate(scheduleMeetingInputSchema, { ...rest, seriesId: seriesId.id }), ctx);
      return written(ctx, ctx.repos.meetings.schedule(ctx.write(), valid));
    },
  }),
  scheduleNextMeetings: t.field({
    type: ScheduleNextMeetingsPayload,
    description:
      "Schedules the next `count` occurrences of the series' cadence after now that have no meeting yet",
    authScopes: (_, { seriesId }) => ({ manageSeries: { id: seriesId.id } }),
    errors: {},
    args: {
      seriesId: t.arg.globalID({ required: true, for: [SeriesNode] }),
      count: t.arg.int({ required: true }),
    },
    resolve: (_, { seriesId, count }, ctx) => {
      if (count < 1) {
        throw new ValidationFailure(
          [{ path: "count", key: "validation.too_small", params: { minimum: 1 } }],
          ctx.lang,
        );
      }
      if (count > MAX_OCCURRENCES) {
        throw new ValidationFailure(
          [{ path: "count", key: "validation.too_big", params: { maximum: MAX_OCCURRENCES } }],
          ctx.lang,
        );
      }
      const meetings = written(
        ctx,
        ctx.repos.meetings.scheduleOccurrences(ctx.write(), seriesId.id, count, ctx.clock.now()),
      );
      return { seriesId: seriesId.id, meetings };
    },
  }),
  rescheduleMeeting: t.field({
    type: MeetingNode,
    description: "Moves a meeting to a new wall-clock time in a zone; not into the past",
    authScopes: (_, { id }) => ({ manageMeeting: { id: id.id } }),
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: [MeetingNode] }),
      version: t.arg.int({ required: true }),
      start: t.arg({ type: "LocalDateTime", required: true }),
      zone: t.arg({ type: "TimeZone", required: true }),
      durationMinutes: t.arg.int({ required: true }),
    },
    resolve: (_, { id, version, start, zone, durationMinutes }, ctx) => {
      const valid = orFail(
        validate(rescheduleMeetingInputSchema, { meetingId: id.id, version, start, zone, durationMinutes }),
        ctx,
      );
      return written(
        ctx,
        ctx.repos.meetings.reschedule(
          ctx.write(),
          valid.meetingId,
          valid.version,
          valid.start,
          valid.zone,
          valid.durationMinutes,
        ),
      );
    },
  }),
  changeMeetingStatus: t.field({
    type: MeetingNode,
    description:
      "Takes one lifecycle step (see allowedEvents): schedule, postpone, cancel, hold, draft_minutes, " +
      "circulate, reopen_minutes or approve; reschedule goes through rescheduleMeeting",
    authScopes: (_, { id }) => ({ manageMeeting: { id: id.id } }),
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: [MeetingNode] }),
      version: t.arg.int({ required: true }),
      event: t.arg({ type: MeetingEventTypeEnum, required: true }),
    },
    resolve: (_, { id, version, event }, ctx) => {
      if (event === "reschedule") {
        throw new ValidationFailure(
          [{ path: "event", key: "validation.invalid_choice", params: { options: STATUS_EVENTS } }],
          ctx.lang,
        );
      }
      return written(ctx, ctx.repos.meetings.applyEvent(ctx.write(), id.id, version, { type: event }));
    },
  }),
  inviteOrganizations: t.field({
    type: MeetingNode,
    description: "Invites organizations not yet invited; those already invited keep their reply",
    authScopes: (_, { meetingId }) => ({ manageMeeting: { id: meetingId.id } }),
    errors: {},
    args: {
      meetingId: t.arg.globalID({ required: true, for: [MeetingNode] }),
      organizationIds: t.arg.globalIDList({ required: true, for: [OrganizationNode] }),
    },
    resolve: (_, { meetingId, organizationIds }, ctx) => {
      written(
        ctx,
        ctx.repos.meetings.invite(
          ctx.write(),
          meetingId.id,
          organizationIds.map((o) => o.id),
        ),
      );
      return meetingNow(ctx, meetingId.id);
    },
  }),
  inviteSeriesMembers: t.field({
    type: MeetingNode,
    description: "Invites every member of the meeting's series not yet invited",
    authScopes: (_, { meetingId }) => ({ manageMeeting: { id: meetingId.id } }),
    errors: {},
    args: { meetingId: t.arg.globalID({ required: true, for: [MeetingNode] }) },
    resolve: (_, { meetingId }, ctx) => {
      written(ctx, ctx.repos.meetings.inviteMembers(ctx.write(), meetingId.id));
      return meetingNow(ctx, meetingId.id);
    },
  }),
  respondToInvitation: t.field({
    type: InvitationRef,
    description:
      "Records an invited organization's reply: a member for their own organization; admins and the series' coordinators for any",
    authScopes: (_, { meetingId, organizationId }) => ({
      respondFor: { meetingId: meetingId.id, organizationId: organizationId.id },
    }),
    errors: {},
    args: {
      meetingId: t.arg.globalID({ required: true, for: [MeetingNode] }),
      organizationId: t.arg.globalID({ required: true, for: [OrganizationNode] }),
      rsvp: t.arg({ type: RsvpEnum, required: true, description: "accepted, tentative or declined" }),
    },
    resolve: (_, { meetingId, organizationId, rsvp }, ctx) => {
      const valid = orFail(
        validate(rsvpInputSchema, { meetingId: meetingId.id, organizationId: organizationId.id, rsvp }),
        ctx,
      );
      return written(
        ctx,
        ctx.repos.meetings.respond(ctx.write(), valid.meetingId, valid.organizationId, valid.rsvp),
      );
    },
  }),
  recordAttendance: t.field({
    type: MeetingNode,
    description: "Replaces the attendance checklist of a meeting at once; from the meeting's start",
    authScopes: (_, { meetingId }) => ({ manageMeeting: { id: meetingId.id } }),
    errors: {},
    args: {
      meetingId: t.arg.globalID({ required: true, for: [MeetingNode] }),
      rows: t.arg({ type: [AttendanceRowInput], required: true }),
    },
    resolve: (_, { meetingId, rows }, ctx) => {
      const valid = orFail(
        validate(attendanceInputSchema, {
          meetingId: meetingId.id,
          rows: withoutNulls(rows).map((r) => ({ ...r, organizationId: r.organizationId.id })),
        }),
        ctx,
      );
      written(ctx, ctx.repos.meetings.recordAttendance(ctx.write(), valid.meetingId, valid.rows));
      return meetingNow(ctx, valid.meetingId);
    },
  }),
  addAgendaItem: t.field({
    type: AgendaItemRef,
    authScopes: (_, { input }) => ({ manageMeeting: { id: input.meetingId.id } }),
    errors: {},
    args: { input: t.arg({ type: AddAgendaItemInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const { meetingId, kind, position, ...fields } = input;
      const valid = orFail(
        validate(agendaItemInputSchema, {
          meetingId: meetingId.id,
          ...agendaFields(fields),
          ...(position == null ? {} : { position }),
        }),
        ctx,
      );
      return written(
        ctx,
        ctx.repos.meetings.addAgendaItem(ctx.write(), { ...valid, kind: kind ?? "regular" }),
      );
    },
  }),
  updateAgendaItem: t.field({
    type: AgendaItemRef,
    authScopes: (_, { id }) => ({ manageAgendaItem: String(id) }),
    errors: {},
    args: {
      id: t.arg.id({ required: true, description: "The agenda item's id" }),
      input: t.arg({ type: UpdateAgendaItemInput, required: true }),
    },
    resolve: (_, { id, input }, ctx) => {
      const valid = orFail(validate(updateAgendaItemSchema, agendaFields(input)), ctx);
      return written(ctx, ctx.repos.meetings.updateAgendaItem(ctx.write(), String(id), valid));
    },
  }),
  reorderAgenda: t.field({
    type: MeetingNode,
    description: "Puts the agenda in the order of `itemIds`, which must name every item exactly once",
    authScopes: (_, { meetingId }) => ({ manageMeeting: { id: meetingId.id } }),
    errors: {},
    args: {
      meetingId: t.arg.globalID({ required: true, for: [MeetingNode] }),
      itemIds: t.arg.idList({ required: true }),
    },
    resolve: (_, { meetingId, itemIds }, ctx) => {
      written(ctx, ctx.repos.meetings.reorderAgenda(ctx.write(), meetingId.id, itemIds.map(String)));
      return meetingNow(ctx, meetingId.id);
    },
  }),
  removeAgendaItem: t.field({
    type: MeetingNode,
    description: "Removes an agenda item with its minutes; the items after it move up",
    authScopes: (_, { id }) => ({ manageAgendaItem: String(id) }),
    errors: {},
    args: { id: t.arg.id({ required: true, description: "The agenda item's id" }) },
    resolve: (_, { id }, ctx) => {
      // Read first: once removed, nothing says which meeting the item was on.
      const item = ctx.repos.meetings.getAgendaItems([String(id)])[0];
      written(ctx, ctx.repos.meetings.removeAgendaItem(ctx.write(), String(id)));
      return meetingNow(ctx, item?.meetingId ?? "");
    },
  }),
  saveMinutes: t.field({
    type: SaveMinutesPayload,
    description:
      "Saves the minutes of one agenda item in one language. `baseVersion` is the version the editor " +
      "started from (0 for new minutes); a save based on an older version is refused with ConflictError " +
      "and the current version. Personal data is refused in restricted series and returned as warnings elsewhere.",
    authScopes: (_, { meetingId }) => ({ manageMeeting: { id: meetingId.id } }),
    errors: {},
    args: {
      meetingId: t.arg.globalID({ required: true, for: [MeetingNode] }),
      agendaItemId: t.arg.id({ required: true }),
      language: t.arg({ type: LanguageEnum, required: true }),
      body: t.arg.string({ required: true }),
      baseVersion: t.arg.int({ required: true }),
    },
    resolve: (_, args, ctx) => {
      const valid = orFail(
        validate(minutesInputSchema, {
          ...args,
          meetingId: args.meetingId.id,
          agendaItemId: String(args.agendaItemId),
        }),
        ctx,
      );
      return written(ctx, ctx.repos.meetings.saveMinutes(ctx.write(), valid));
    },
  }),
  addDecision: t.field({
    type: AddDecisionPayload,
    description: "Records a decision, numbered after the meeting's earlier ones",
    authScopes: (_, { meetingId }) => ({ manageMeeting: { id: meetingId.id } }),
    errors: {},
    args: {
      meetingId: t.arg.globalID({ required: true, for: [MeetingNode] }),
      agendaItemId: t.arg.id({ description: "The agenda item it was taken under" }),
      text: t.arg({ type: LocalizedTextInput, required: true }),
    },
    resolve: (_, { meetingId, agendaItemId, text }, ctx) => {
      const valid = orFail(
        validate(decisionInputSchema, {
          meetingId: meetingId.id,
          text: withoutNulls(text),
          ...(agendaItemId == null ? {} : { agendaItemId: String(agendaItemId) }),
        }),
        ctx,
      );
      return written(ctx, ctx.repos.meetings.addDecision(ctx.write(), valid));
    },
  }),
}));

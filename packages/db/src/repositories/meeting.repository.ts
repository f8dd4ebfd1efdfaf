import type { Visibility } from "@moei/domain/access";
import type { Finding, PersonalDataError } from "@moei/domain/data-protection";
import {
  type AgendaError,
  type AgendaItem,
  type Attendance,
  applyMeetingEvent,
  checkAttendance,
  checkOpenFor,
  checkTimes,
  type Decision,
  freeOccurrences,
  type Invitation,
  insertAgendaItem,
  invite,
  type Meeting,
  type MeetingError,
  type MeetingEvent,
  type MeetingFacts,
  type MeetingNumber,
  type Minutes,
  meetingNumberFor,
  minutedItems,
  type OccurrenceException,
  type ParticipationError,
  type Rsvp,
  removeAgendaItem,
  reorderAgenda,
  requireCadence,
  respond,
  type ScheduleMeetingInput,
} from "@moei/domain/meeting";
import {
  type AgendaItemId,
  addMinutes,
  type Confidentiality,
  type ConflictError,
  checkVersion,
  type DecisionId,
  type Instant,
  instantOf,
  type Language,
  type LocalDateTime,
  type LocalizedText,
  type MeetingId,
  type OrganizationId,
  type SeriesId,
  type TimeZone,
  type UserId,
} from "@moei/domain/shared";
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  lt,
  lte,
  max,
  ne,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Db } from "../client.ts";
import { newId } from "../ids.ts";
import {
  agendaItems,
  agreements,
  attendance,
  auditLog,
  decisions,
  invitations,
  meetingSeries,
  meetings,
  minutes,
  organizations,
} from "../schema/index.ts";
import { type NotFoundError, notFound, type UnknownReferenceError, unknownReference } from "./errors.ts";
import { cleanLink, cleanLocalized, cleanText, confidentialityOf, guardText } from "./free-text.ts";
import { localizedOf } from "./organization.repository.ts";
import { type CursorError, decodeCursor, type Page, type PageArgs, pageSize, toPage } from "./pagination.ts";
import { loadSeries } from "./series.repository.ts";
import { visibleMeeting } from "./visibility.ts";
import { fail, type Tx, type WriteContext, write } from "./write.ts";

type MeetingRow = typeof meetings.$inferSelect;
type AgendaRow = typeof agendaItems.$inferSelect;
type MinutesRow = typeof minutes.$inferSelect;
type DecisionRow = typeof decisions.$inferSelect;

const optionalLocalized = (
  en: string | null,
  th: string | null,
  my: string | null,
): LocalizedText | undefined => (en === null ? undefined : localizedOf(en, th, my));

export function toMeeting(row: MeetingRow): Meeting {
  const title = optionalLocalized(row.titleEn, row.titleTh, row.titleMy);
  const number: MeetingNumber | undefined =
    row.numberOrdinal === null
      ? undefined
      : { ordinal: row.numberOrdinal, ...(row.numberYear === null ? {} : { year: row.numberYear }) };
  return {
    id: row.id as MeetingId,
    seriesId: row.seriesId as SeriesId,
    ...(number === undefined ? {} : { number }),
    ...(title === undefined ? {} : { title }),
    start: row.startAt,
    end: row.endAt,
    zone: row.zone,
    mode: row.mode,
    ...(row.venue === null ? {} : { venue: row.venue }),
    ...(row.onlineUrl === null ? {} : { onlineUrl: row.onlineUrl }),
    ...(row.hostSide === null ? {} : { hostSide: row.hostSide }),
    interpretation: row.interpretation,
    ...(row.occurrence === null ? {} : { occurrence: row.occurrence }),
    status: row.status,
    version: row.version,
  };
}

export function toAgendaItem(row: AgendaRow): AgendaItem {
  return {
    id: row.id as AgendaItemId,
    meetingId: row.meetingId as MeetingId,
    position: row.position,
    kind: row.kind,
    title: localizedOf(row.titleEn, row.titleTh, row.titleMy),
    ...(row.presenterId === null ? {} : { presenterId: row.presenterId as OrganizationId }),
    ...(row.durationMinutes === null ? {} : { durationMinutes: row.durationMinutes }),
    ...(row.linkAgreementId === null
      ? {}
      : {
          link: {
            agreementId: row.linkAgreementId as never,
            ...(row.linkClause === null ? {} : { clause: row.linkClause }),
            ...(row.linkSopStepKey === null ? {} : { sopStepKey: row.linkSopStepKey }),
          },
        }),
  };
}

export function toMinutes(row: MinutesRow): Minutes {
  return {
    meetingId: row.meetingId as MeetingId,
    agendaItemId: row.agendaItemId as AgendaItemId,
    language: row.language,
    body: row.body,
    version: row.version,
    updatedAt: row.updatedAt,
    ...(row.updatedBy === null ? {} : { updatedBy: row.updatedBy as UserId }),
  };
}

export function toDecision(row: DecisionRow): Decision {
  return {
    id: row.id as DecisionId,
    meetingId: row.meetingId as MeetingId,
    ...(row.agendaItemId === null ? {} : { agendaItemId: row.agendaItemId as AgendaItemId }),
    position: row.position,
    text: localizedOf(row.textEn, row.textTh, row.textMy),
  };
}

export interface MeetingRecord {
  readonly meeting: Meeting;
  readonly invitations: readonly Invitation[];
  readonly attendance: readonly Attendance[];
  readonly agenda: readonly AgendaItem[];
  readonly minutes: readonly Minutes[];
  readonly decisions: readonly Decision[];
}

export type MeetingWriteError =
  | MeetingError
  | ParticipationError
  | AgendaError
  | ConflictError
  | NotFoundError
  | UnknownReferenceError
  | PersonalDataError;

export interface MeetingFilter {
  /** What the viewer may read (`visibilityOf(actor)`); meetings outside it are left out. */
  readonly visibleTo: Visibility;
  readonly seriesId?: string;
  readonly from?: Instant;
  readonly to?: Instant;
  readonly status?: readonly Meeting["status"][];
  /** Meetings an organization was invited to. */
  readonly invitedOrganizationId?: string;
}

/** Occurrences already realised by a meeting are exceptions to the cadence when cancelled or moved. */
export function exceptionsOf(
  rows: readonly Pick<MeetingRow, "occurrence" | "status" | "startAt" | "endAt">[],
) {
  return rows.flatMap((r): OccurrenceException[] => {
    if (r.occurrence === null) return [];
    if (r.status === "cancelled") return [{ kind: "skipped", original: r.occurrence }];
    return [{ kind: "moved", original: r.occurrence, start: r.startAt, end: r.endAt }];
  });
}

export function meetingRepository(db: Db) {
  const load = (tx: Tx | Db, id: string) => tx.select().from(meetings).where(eq(meetings.id, id)).get();

  const mustLoad = (tx: Tx, id: string): Meeting => {
    const row = load(tx, id);
    return row === undefined ? fail(notFound("meeting")) : toMeeting(row);
  };

  const seriesOf = (tx: Tx | Db, seriesId: string) => loadSeries(tx, [seriesId])[0];

  function conditionsOf(filter: MeetingFilter): SQL | undefined {
    const conditions: SQL[] = [];
    const visible = visibleMeeting(db, filter.visibleTo);
    if (visible) conditions.push(visible);
    if (filter.seriesId) conditions.push(eq(meetings.seriesId, filter.seriesId));
    if (filter.from) conditions.push(gte(meetings.startAt, filter.from));
    if (filter.to) conditions.push(lt(meetings.startAt, filter.to));
    if (filter.status?.length) conditions.push(inArray(meetings.status, [...filter.status]));
    if (filter.invitedOrganizationId) {
      const invited = db
        .select({ id: invitations.meetingId })
        .from(invitations)
        .where(eq(invitations.organizationId, filter.invitedOrganizationId));
      conditions.push(inArray(meetings.id, invited));
    }
    return and(...conditions);
  }

  /** The condition for rows after a page's cursor ([start, id]); none without a cursor. */
  function afterCursor(cursor: string | null | undefined): { readonly after?: SQL } | CursorError {
    if (!cursor) return {};
    const key = decodeCursor(cursor, 2);
    if (!Array.isArray(key)) return key;
    const [start, id] = key as [Instant, string];
    const after = or(gt(meetings.startAt, start), and(eq(meetings.startAt, start), gt(meetings.id, id)));
    return after === undefined ? {} : { after };
  }

  /** An agenda item's title (each language in its own) and link, guarded at its meeting's level. */
  function cleanAgenda<T extends Pick<AgendaItem, "title" | "link">>(
    tx: Tx,
    meetingId: string,
    fields: T,
  ): T {
    const confidentiality = confidentialityOf(tx, meetingId);
    const { link } = fields;
    return {
      ...fields,
      title: cleanLocalized(fields.title, confidentiality),
      ...(link === undefined ? {} : { link: cleanLink(link, confidentiality) }),
    };
  }

  function open(tx: Tx, id: string, activity: Parameters<typeof checkOpenFor>[1], now: Instant): Meeting {
    const checked = checkOpenFor(mustLoad(tx, id), activity, now);
    return checked.ok ? checked.value : fail(checked.error);
  }

  function facts(tx: Tx | Db, id: string, now: Instant): MeetingFacts {
    const present = tx
      .select({ n: count() })
      .from(attendance)
      .where(and(eq(attendance.meetingId, id), inArray(attendance.status, ["present", "remote"])))
      .get();
    const rows = tx
      .select({ agendaItemId: minutes.agendaItemId, body: minutes.body })
      .from(minutes)
      .where(eq(minutes.meetingId, id))
      .all();
    return { now, attendanceCount: present?.n ?? 0, minutedItemCount: minutedItems(rows as never).size };
  }

  /** Saves lifecycle fields with the optimistic version check. */
  function saveMeeting(
    tx: Tx,
    ctx: WriteContext,
    before: Meeting,
    after: Meeting,
    expectedVersion: number,
  ): Meeting {
    const next = checkVersion(expectedVersion, before.version);
    if (!next.ok) return fail(next.error);
    const row = tx
      .update(meetings)
      .set({
        status: after.status,
        startAt: after.start,
        endAt: after.end,
        version: next.value,
        updatedAt: ctx.at,
      })
      .where(and(eq(meetings.id, before.id), eq(meetings.version, before.version)))
      .returning()
      .get();
    return toMeeting(row as MeetingRow);
  }

  function numberFor(
    tx: Tx,
    seriesId: string,
    scheme: Parameters<typeof meetingNumberFor>[0],
    start: Instant,
    zone: TimeZone,
  ) {
    const previous = tx
      .select({ ordinal: meetings.numberOrdinal, year: meetings.numberYear, start: meetings.startAt })
      .from(meetings)
      .where(and(eq(meetings.seriesId, seriesId), ne(meetings.status, "cancelled")))
      .all()
      .flatMap((r) =>
        r.ordinal === null
          ? []
          : [
              {
                number: { ordinal: r.ordinal, ...(r.year === null ? {} : { year: r.year }) },
                start: r.start,
              },
            ],
      );
    return meetingNumberFor(scheme, previous, start, zone);
  }

  function insertMeeting(
    tx: Tx,
    ctx: WriteContext,
    input: ScheduleMeetingInput & { readonly occurrence?: LocalDateTime },
    audit: (e: { operation: string; entityType: string; entityId: string; after: unknown }) => void,
    number?: MeetingNumber,
  ): Meeting {
    const series = seriesOf(tx, input.seriesId);
    if (series === undefined) return fail(unknownReference("seriesId"));
    const start = instantOf(input.start, input.zone);
    const end = addMinutes(start, input.durationMinutes);
    const times = checkTimes(start, end);
    if (!times.ok) return fail(times.error);
    number ??= numberFor(tx, series.id, series.numbering, start, input.zone);
    const title = input.title && cleanLocalized(input.title, series.confidentiality);
    const id = newId<MeetingId>("mtg");
    const row = tx
      .insert(meetings)
      .values({
        id,
        seriesId: series.id,
        numberOrdinal: number.ordinal,
        numberYear: number.year ?? null,
        titleEn: title?.en ?? null,
        titleTh: title?.th ?? null,
        titleMy: title?.my ?? null,
        startAt: start,
        endAt: end,
        zone: input.zone,
        mode: input.mode,
        venue: cleanText(input.venue ?? null, "en", series.confidentiality),
        onlineUrl: input.onlineUrl ?? null,
        hostSide: input.hostSide ?? null,
        interpretation: input.interpretation,
        occurrence: input.occurrence ?? null,
        status: "scheduled",
        version: 1,
        createdAt: ctx.at,
        updatedAt: ctx.at,
      })
      .returning()
      .get();
    const meeting = toMeeting(row);
    audit({ operation: "meeting.schedule", entityType: "meeting", entityId: id, after: meeting });
    return meeting;
  }

  return {
    get(id: string): Meeting | undefined {
      const row = load(db, id);
      return row && toMeeting(row);
    },

    getMany(ids: readonly string[]): Meeting[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(meetings)
        .where(inArray(meetings.id, [...ids]))
        .all()
        .map(toMeeting);
    },

    /** The meeting and everything recorded under it, in six statements. */
    record(id: string): MeetingRecord | undefined {
      const row = load(db, id);
      if (row === undefined) return undefined;
      return {
        meeting: toMeeting(row),
        invitations: this.invitationsOf([id]),
        attendance: this.attendanceOf([id]),
        agenda: this.agendaOf([id]),
        minutes: this.minutesOf([id]),
        decisions: this.decisionsOf([id]),
      };
    },

    facts: (id: string, now: Instant): MeetingFacts => facts(db, id, now),

    // Batch reads for pages of meetings: one statement each, whatever the number of meetings, so that
    // the API's dataloaders read a page of N meetings in as many statements as one meeting.

    /** Agenda items by their ids, whatever their meetings (for actions that cite one). */
    getAgendaItems(ids: readonly string[]): AgendaItem[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(agendaItems)
        .where(inArray(agendaItems.id, [...ids]))
        .all()
        .map(toAgendaItem);
    },

    /** Decisions by their ids, whatever their meetings (for actions that carry one out). */
    getDecisions(ids: readonly string[]): Decision[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(decisions)
        .where(inArray(decisions.id, [...ids]))
        .all()
        .map(toDecision);
    },

    /** The invitations of many meetings, by meeting then organization. */
    invitationsOf(meetingIds: readonly string[]): Invitation[] {
      if (meetingIds.length === 0) return [];
      return db
        .select()
        .from(invitations)
        .where(inArray(invitations.meetingId, [...meetingIds]))
        .orderBy(asc(invitations.meetingId), asc(invitations.organizationId))
        .all()
        .map((r) => ({
          meetingId: r.meetingId as MeetingId,
          organizationId: r.organizationId as OrganizationId,
          rsvp: r.rsvp,
          ...(r.respondedAt === null ? {} : { respondedAt: r.respondedAt }),
        }));
    },

    /** The attendance rows of many meetings, by meeting then organization. */
    attendanceOf(meetingIds: readonly string[]): Attendance[] {
      if (meetingIds.length === 0) return [];
      return db
        .select()
        .from(attendance)
        .where(inArray(attendance.meetingId, [...meetingIds]))
        .orderBy(asc(attendance.meetingId), asc(attendance.organizationId))
        .all()
        .map((r) => ({
          meetingId: r.meetingId as MeetingId,
          organizationId: r.organizationId as OrganizationId,
          status: r.status,
          delegates: r.delegates,
        }));
    },

    /** The agenda items of many meetings, each meeting's in agenda order. */
    agendaOf(meetingIds: readonly string[]): AgendaItem[] {
      if (meetingIds.length === 0) return [];
      return db
        .select()
        .from(agendaItems)
        .where(inArray(agendaItems.meetingId, [...meetingIds]))
        .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position))
        .all()
        .map(toAgendaItem);
    },

    /** The minutes of many meetings, every agenda item in every language written. */
    minutesOf(meetingIds: readonly string[]): Minutes[] {
      if (meetingIds.length === 0) return [];
      return db
        .select()
        .from(minutes)
        .where(inArray(minutes.meetingId, [...meetingIds]))
        .orderBy(asc(minutes.meetingId), asc(minutes.agendaItemId), asc(minutes.language))
        .all()
        .map(toMinutes);
    },

    /** The decisions of many meetings, each meeting's in the order they were taken. */
    decisionsOf(meetingIds: readonly string[]): Decision[] {
      if (meetingIds.length === 0) return [];
      return db
        .select()
        .from(decisions)
        .where(inArray(decisions.meetingId, [...meetingIds]))
        .orderBy(asc(decisions.meetingId), asc(decisions.position))
        .all()
        .map(toDecision);
    },

    /** What the lifecycle guards know of many meetings at `now`, in the order of `meetingIds` (two statements). */
    factsOf(meetingIds: readonly string[], now: Instant): MeetingFacts[] {
      if (meetingIds.length === 0) return [];
      const ids = [...meetingIds];
      const present = new Map(
        db
          .select({ meetingId: attendance.meetingId, n: count() })
          .from(attendance)
          .where(and(inArray(attendance.meetingId, ids), inArray(attendance.status, ["present", "remote"])))
          .groupBy(attendance.meetingId)
          .all()
          .map((r) => [r.meetingId, r.n]),
      );
      const written = db
        .select({ meetingId: minutes.meetingId, agendaItemId: minutes.agendaItemId, body: minutes.body })
        .from(minutes)
        .where(inArray(minutes.meetingId, ids))
        .all();
      return ids.map((id) => ({
        now,
        attendanceCount: present.get(id) ?? 0,
        minutedItemCount: minutedItems(
          written
            .filter((m) => m.meetingId === id)
            .map((m) => ({ agendaItemId: m.agendaItemId as AgendaItemId, body: m.body })),
        ).size,
      }));
    },

    /**
     * For each series (in the order of `seriesIds`), its meetings that realise an occurrence of the
     * cadence and the exceptions they make to it, as `scheduleOccurrences` counts them; one statement.
     * Only meetings the viewer may read count: the others neither show nor move an occurrence.
     */
    occurrencesOf(
      seriesIds: readonly string[],
      visibleTo: Visibility,
    ): {
      readonly seriesId: string;
      readonly meetings: readonly Meeting[];
      readonly exceptions: readonly OccurrenceException[];
    }[] {
      const rows =
        seriesIds.length === 0
          ? []
          : db
              .select()
              .from(meetings)
              .where(
                and(
                  inArray(meetings.seriesId, [...seriesIds]),
                  isNotNull(meetings.occurrence),
                  visibleMeeting(db, visibleTo),
                ),
              )
              .orderBy(asc(meetings.startAt), asc(meetings.id))
              .all();
      return seriesIds.map((seriesId) => {
        const own = rows.filter((r) => r.seriesId === seriesId);
        return { seriesId, meetings: own.map(toMeeting), exceptions: exceptionsOf(own) };
      });
    },

    /**
     * One page of meetings per series (in the order of `seriesIds`), each as `list` would return it
     * with `seriesId` set, in two statements: a count per series and the rows ranked within each series.
     */
    listBySeries(
      seriesIds: readonly string[],
      filter: Omit<MeetingFilter, "seriesId">,
      page: PageArgs = {},
    ): Page<Meeting>[] | CursorError {
      const cursor = afterCursor(page.after);
      if ("code" in cursor) return cursor;
      if (seriesIds.length === 0) return [];
      const size = pageSize(page);
      const where = and(inArray(meetings.seriesId, [...seriesIds]), conditionsOf(filter));
      const totals = new Map(
        db
          .select({ seriesId: meetings.seriesId, n: count() })
          .from(meetings)
          .where(where)
          .groupBy(meetings.seriesId)
          .all()
          .map((r) => [r.seriesId, r.n]),
      );
      const ranked = db
        .select({
          id: meetings.id,
          rank: sql<number>`row_number() over (partition by ${meetings.seriesId} order by ${meetings.startAt}, ${meetings.id})`.as(
            "rank",
          ),
        })
        .from(meetings)
        .where(and(where, cursor.after))
        .as("ranked");
      const rows = db
        .select()
        .from(meetings)
        .where(
          inArray(
            meetings.id,
            db
              .select({ id: ranked.id })
              .from(ranked)
              .where(lte(ranked.rank, size + 1)),
          ),
        )
        .orderBy(asc(meetings.startAt), asc(meetings.id))
        .all();
      return seriesIds.map((seriesId) =>
        toPage(
          rows.filter((r) => r.seriesId === seriesId),
          size,
          totals.get(seriesId) ?? 0,
          (rs) => rs.map(toMeeting),
          (r) => [r.startAt, r.id],
        ),
      );
    },

    /** Meetings by start time, then id; cursor-paginated. */
    list(filter: MeetingFilter, page: PageArgs = {}): Page<Meeting> | CursorError {
      const where = conditionsOf(filter);
      const total = db.select({ n: count() }).from(meetings).where(where).get()?.n ?? 0;
      const size = pageSize(page);
      const cursor = afterCursor(page.after);
      if ("code" in cursor) return cursor;
      const rows = db
        .select()
        .from(meetings)
        .where(and(where, cursor.after))
        .orderBy(asc(meetings.startAt), asc(meetings.id))
        .limit(size + 1)
        .all();
      return toPage(
        rows,
        size,
        total,
        (rs) => rs.map(toMeeting),
        (r) => [r.startAt, r.id],
      );
    },

    /**
     * Schedules a meeting, numbered after the series' earlier ones. `options.number` keeps the number of
     * a meeting imported from an older register (the case management meetings continue after the 30th).
     */
    schedule(
      ctx: WriteContext,
      input: ScheduleMeetingInput & { readonly occurrence?: LocalDateTime },
      options: { readonly number?: MeetingNumber } = {},
    ) {
      return write<Meeting, MeetingWriteError>(db, ctx, (tx, audit) =>
        insertMeeting(tx, ctx, input, audit, options.number),
      );
    },

    /**
     * Schedules the next `count` occurrences of the series' cadence after `after` that have no meeting
     * yet, each numbered in turn. Cancelled and moved occurrences stay as they are.
     */
    scheduleOccurrences(ctx: WriteContext, seriesId: string, count: number, after: Instant) {
      return write<Meeting[], MeetingWriteError>(db, ctx, (tx, audit) => {
        const series = seriesOf(tx, seriesId);
        if (series === undefined) return fail(notFound("series"));
        const cadence = requireCadence(series);
        if (!cadence.ok) return fail(cadence.error);
        const existing = tx
          .select({
            occurrence: meetings.occurrence,
            status: meetings.status,
            startAt: meetings.startAt,
            endAt: meetings.endAt,
          })
          .from(meetings)
          .where(eq(meetings.seriesId, seriesId))
          .all();
        const taken = new Set(existing.flatMap((m) => (m.occurrence === null ? [] : [m.occurrence])));
        const free = freeOccurrences(cadence.value, after, count, taken, exceptionsOf(existing));
        if (!free.ok) return fail(free.error);
        return free.value.map((o) =>
          insertMeeting(
            tx,
            ctx,
            {
              seriesId: seriesId as SeriesId,
              start: o.original,
              zone: cadence.value.zone,
              durationMinutes: cadence.value.durationMinutes,
              mode: "in_person",
              interpretation: series.languages.filter((l) => l !== "en"),
              occurrence: o.original,
            },
            audit,
          ),
        );
      });
    },

    applyEvent(ctx: WriteContext, id: string, version: number, event: MeetingEvent) {
      return write<Meeting, MeetingWriteError>(db, ctx, (tx, audit) => {
        const before = mustLoad(tx, id);
        const changed = applyMeetingEvent(before, event, facts(tx, id, ctx.at));
        if (!changed.ok) return fail(changed.error);
        const after = saveMeeting(tx, ctx, before, changed.value, version);
        audit({ operation: `meeting.${event.type}`, entityType: "meeting", entityId: id, before, after });
        return after;
      });
    },

    /** Moves a meeting to a new wall-clock time in its zone. */
    reschedule(
      ctx: WriteContext,
      id: string,
      version: number,
      start: LocalDateTime,
      zone: TimeZone,
      durationMinutes: number,
    ) {
      return write<Meeting, MeetingWriteError>(db, ctx, (tx, audit) => {
        const before = mustLoad(tx, id);
        const startAt = instantOf(start, zone);
        const event = {
          type: "reschedule" as const,
          start: startAt,
          end: addMinutes(startAt, durationMinutes),
        };
        const changed = applyMeetingEvent(before, event, facts(tx, id, ctx.at));
        if (!changed.ok) return fail(changed.error);
        const after = saveMeeting(tx, ctx, before, changed.value, version);
        if (zone !== before.zone) tx.update(meetings).set({ zone }).where(eq(meetings.id, id)).run();
        const result = { ...after, zone };
        audit({
          operation: "meeting.reschedule",
          entityType: "meeting",
          entityId: id,
          before,
          after: result,
        });
        return result;
      });
    },

    invite(ctx: WriteContext, meetingId: string, organizationIds: readonly string[]) {
      return write<Invitation[], MeetingWriteError>(db, ctx, (tx, audit) => {
        const meeting = open(tx, meetingId, "invitations", ctx.at);
        const ids = [...new Set(organizationIds)];
        const known = tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(inArray(organizations.id, ids))
          .all();
        if (known.length !== ids.length) return fail(unknownReference("organizationIds"));
        const existing = tx.select().from(invitations).where(eq(invitations.meetingId, meetingId)).all();
        const added = invite(meeting.id, existing as never, ids as OrganizationId[]);
        if (added.length > 0)
          tx.insert(invitations)
            .values(added.map((i) => ({ ...i, respondedAt: null })))
            .run();
        audit({
          operation: "meeting.invite",
          entityType: "meeting",
          entityId: meetingId,
          after: { invited: added.map((i) => i.organizationId) },
        });
        return added;
      });
    },

    /** Invites every member of the meeting's series not yet invited. */
    inviteMembers(ctx: WriteContext, meetingId: string) {
      const meeting = load(db, meetingId);
      const series = meeting && seriesOf(db, meeting.seriesId);
      return this.invite(ctx, meetingId, series?.memberIds ?? []);
    },

    respond(ctx: WriteContext, meetingId: string, organizationId: string, rsvp: Exclude<Rsvp, "pending">) {
      return write<Invitation, MeetingWriteError>(db, ctx, (tx, audit) => {
        open(tx, meetingId, "rsvp", ctx.at);
        const current = tx.select().from(invitations).where(eq(invitations.meetingId, meetingId)).all();
        const answered = respond(current as never, organizationId as OrganizationId, rsvp, ctx.at);
        if (!answered.ok) return fail(answered.error);
        tx.update(invitations)
          .set({ rsvp, respondedAt: ctx.at })
          .where(and(eq(invitations.meetingId, meetingId), eq(invitations.organizationId, organizationId)))
          .run();
        audit({
          operation: "meeting.rsvp",
          entityType: "meeting",
          entityId: meetingId,
          after: { organizationId, rsvp },
        });
        return answered.value;
      });
    },

    /** Replaces the attendance checklist of a meeting at once. */
    recordAttendance(ctx: WriteContext, meetingId: string, rows: readonly Omit<Attendance, "meetingId">[]) {
      return write<readonly Attendance[], MeetingWriteError>(db, ctx, (tx, audit) => {
        open(tx, meetingId, "attendance", ctx.at);
        const checked = checkAttendance(rows.map((r) => ({ ...r, meetingId: meetingId as MeetingId })));
        if (!checked.ok) return fail(checked.error);
        const confidentiality = confidentialityOf(tx, meetingId);
        const rowsToSave = checked.value.map((r) => ({
          ...r,
          delegates: r.delegates.map((d) => cleanText(d, "en", confidentiality)),
        }));
        const ids = rowsToSave.map((r) => r.organizationId);
        const known = tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(inArray(organizations.id, ids))
          .all();
        if (known.length !== ids.length) return fail(unknownReference("organizationId"));
        const before = tx.select().from(attendance).where(eq(attendance.meetingId, meetingId)).all();
        tx.delete(attendance).where(eq(attendance.meetingId, meetingId)).run();
        if (rowsToSave.length > 0) tx.insert(attendance).values(rowsToSave).run();
        audit({
          operation: "meeting.attendance",
          entityType: "meeting",
          entityId: meetingId,
          before,
          after: rowsToSave,
        });
        return rowsToSave;
      });
    },

    addAgendaItem(
      ctx: WriteContext,
      input: Omit<AgendaItem, "id" | "position" | "meetingId"> & {
        readonly meetingId: string;
        readonly position?: number;
      },
    ) {
      return write<AgendaItem, MeetingWriteError>(db, ctx, (tx, audit) => {
        const meeting = open(tx, input.meetingId, "agenda", ctx.at);
        if (
          input.presenterId &&
          !tx.select().from(organizations).where(eq(organizations.id, input.presenterId)).get()
        ) {
          return fail(unknownReference("presenterId"));
        }
        if (
          input.link &&
          !tx.select().from(agreements).where(eq(agreements.id, input.link.agreementId)).get()
        ) {
          return fail(unknownReference("link.agreementId"));
        }
        const current = tx
          .select()
          .from(agendaItems)
          .where(eq(agendaItems.meetingId, meeting.id))
          .all()
          .map(toAgendaItem);
        const { position, meetingId: _, ...fields } = input;
        const item = {
          ...cleanAgenda(tx, meeting.id, fields),
          id: newId<AgendaItemId>("agi"),
          meetingId: meeting.id,
        };
        const items = insertAgendaItem(current, item, position);
        writeAgenda(tx, meeting.id, items);
        const created = items.find((i) => i.id === item.id) as AgendaItem;
        audit({ operation: "agenda.add", entityType: "agenda_item", entityId: item.id, after: created });
        return created;
      });
    },

    updateAgendaItem(
      ctx: WriteContext,
      id: string,
      fields: Omit<AgendaItem, "id" | "position" | "meetingId" | "kind">,
    ) {
      return write<AgendaItem, MeetingWriteError>(db, ctx, (tx, audit) => {
        const row = tx.select().from(agendaItems).where(eq(agendaItems.id, id)).get();
        if (row === undefined) return fail(notFound("agenda_item"));
        open(tx, row.meetingId, "agenda", ctx.at);
        const before = toAgendaItem(row);
        const after: AgendaItem = {
          ...cleanAgenda(tx, before.meetingId, fields),
          id: before.id,
          meetingId: before.meetingId,
          position: before.position,
          kind: before.kind,
        };
        tx.update(agendaItems).set(agendaColumns(after)).where(eq(agendaItems.id, id)).run();
        audit({ operation: "agenda.update", entityType: "agenda_item", entityId: id, before, after });
        return after;
      });
    },

    reorderAgenda(ctx: WriteContext, meetingId: string, orderedIds: readonly string[]) {
      return write<AgendaItem[], MeetingWriteError>(db, ctx, (tx, audit) => {
        open(tx, meetingId, "agenda", ctx.at);
        const current = tx
          .select()
          .from(agendaItems)
          .where(eq(agendaItems.meetingId, meetingId))
          .all()
          .map(toAgendaItem);
        const reordered = reorderAgenda(current, orderedIds as AgendaItemId[]);
        if (!reordered.ok) return fail(reordered.error);
        writeAgenda(tx, meetingId, reordered.value);
        audit({
          operation: "agenda.reorder",
          entityType: "meeting",
          entityId: meetingId,
          before: [...current].sort((a, b) => a.position - b.position).map((i) => i.id),
          after: orderedIds,
        });
        return reordered.value;
      });
    },

    removeAgendaItem(ctx: WriteContext, id: string) {
      return write<AgendaItem[], MeetingWriteError>(db, ctx, (tx, audit) => {
        const row = tx.select().from(agendaItems).where(eq(agendaItems.id, id)).get();
        if (row === undefined) return fail(notFound("agenda_item"));
        open(tx, row.meetingId, "agenda", ctx.at);
        const current = tx
          .select()
          .from(agendaItems)
          .where(eq(agendaItems.meetingId, row.meetingId))
          .all()
          .map(toAgendaItem);
        tx.delete(agendaItems).where(eq(agendaItems.id, id)).run();
        const items = removeAgendaItem(current, id as AgendaItemId);
        writeAgenda(tx, row.meetingId, items);
        audit({
          operation: "agenda.remove",
          entityType: "agenda_item",
          entityId: id,
          before: toAgendaItem(row),
        });
        return items;
      });
    },

    /**
     * Saves the minutes of one agenda item in one language. `baseVersion` is the version the editor
     * started from (0 for new minutes): a save based on an older version is refused with CONFLICT and
     * the current version, so nobody overwrites a colleague's text unseen. The first minutes written
     * on a held meeting move it to "minutes draft".
     */
    saveMinutes(
      ctx: WriteContext,
      input: {
        meetingId: string;
        agendaItemId: string;
        language: Language;
        body: string;
        baseVersion: number;
      },
    ) {
      return write<{ minutes: Minutes; warnings: readonly Finding[] }, MeetingWriteError>(
        db,
        ctx,
        (tx, audit) => {
          const meeting = open(tx, input.meetingId, "minutes", ctx.at);
          const item = tx.select().from(agendaItems).where(eq(agendaItems.id, input.agendaItemId)).get();
          if (item === undefined || item.meetingId !== meeting.id) return fail(notFound("agenda_item"));
          const accepted = guardText(input.body, input.language, confidentialityOf(tx, meeting.id));
          const key = and(eq(minutes.agendaItemId, input.agendaItemId), eq(minutes.language, input.language));
          const current = tx.select().from(minutes).where(key).get();
          const version = checkVersion(input.baseVersion, current?.version ?? 0);
          if (!version.ok) return fail(version.error);
          const values = {
            meetingId: meeting.id,
            agendaItemId: input.agendaItemId,
            language: input.language,
            body: accepted.text,
            rawBody: accepted.raw ?? null,
            version: version.value,
            updatedAt: ctx.at,
            updatedBy: ctx.actorId,
          };
          const row =
            current === undefined
              ? tx.insert(minutes).values(values).returning().get()
              : (tx
                  .update(minutes)
                  .set(values)
                  .where(and(key, eq(minutes.version, current.version)))
                  .returning()
                  .get() as MinutesRow);
          if (meeting.status === "held") {
            tx.update(meetings)
              .set({ status: "minutes_draft", version: meeting.version + 1, updatedAt: ctx.at })
              .where(eq(meetings.id, meeting.id))
              .run();
            audit({
              operation: "meeting.draft_minutes",
              entityType: "meeting",
              entityId: meeting.id,
              before: { status: "held" },
              after: { status: "minutes_draft" },
            });
          }
          const saved = toMinutes(row);
          audit({
            operation: "minutes.save",
            entityType: "minutes",
            entityId: `${input.agendaItemId}/${input.language}`,
            before: current && toMinutes(current),
            after: saved,
          });
          return { minutes: saved, warnings: accepted.warnings };
        },
      );
    },

    addDecision(ctx: WriteContext, input: { meetingId: string; agendaItemId?: string; text: LocalizedText }) {
      return write<{ decision: Decision; warnings: readonly Finding[] }, MeetingWriteError>(
        db,
        ctx,
        (tx, audit) => {
          const meeting = open(tx, input.meetingId, "decisions", ctx.at);
          if (input.agendaItemId !== undefined) {
            const item = tx.select().from(agendaItems).where(eq(agendaItems.id, input.agendaItemId)).get();
            if (item === undefined || item.meetingId !== meeting.id)
              return fail(unknownReference("agendaItemId"));
          }
          const confidentiality = confidentialityOf(tx, meeting.id);
          const warnings: Finding[] = [];
          const text: Record<string, string> = {};
          for (const lang of ["en", "th", "my"] as const) {
            const value = input.text[lang];
            if (value === undefined) continue;
            const accepted = guardText(value, lang, confidentiality);
            text[lang] = accepted.text;
            warnings.push(...accepted.warnings);
          }
          const last = tx
            .select({ n: max(decisions.position) })
            .from(decisions)
            .where(eq(decisions.meetingId, meeting.id))
            .get();
          const row = tx
            .insert(decisions)
            .values({
              id: newId<DecisionId>("dec"),
              meetingId: meeting.id,
              agendaItemId: input.agendaItemId ?? null,
              position: (last?.n ?? 0) + 1,
              textEn: text.en as string,
              textTh: text.th ?? null,
              textMy: text.my ?? null,
              createdAt: ctx.at,
            })
            .returning()
            .get();
          const decision = toDecision(row);
          audit({
            operation: "decision.add",
            entityType: "decision",
            entityId: decision.id,
            after: decision,
          });
          return { decision, warnings };
        },
      );
    },

    /**
     * What the reading rules need of each meeting: its series and that series' confidentiality, in
     * one statement. Unknown ids are left out.
     */
    accessFactsOf(meetingIds: readonly string[]): {
      readonly meetingId: string;
      readonly seriesId: SeriesId;
      readonly confidentiality: Confidentiality;
    }[] {
      if (meetingIds.length === 0) return [];
      return db
        .select({
          meetingId: meetings.id,
          seriesId: meetings.seriesId,
          confidentiality: meetingSeries.confidentiality,
        })
        .from(meetings)
        .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
        .where(inArray(meetings.id, [...new Set(meetingIds)]))
        .all()
        .map((r) => ({ ...r, seriesId: r.seriesId as SeriesId }));
    },

    /**
     * The series some meeting of which invites one of `organizationIds`, among `seriesIds`: the
     * invitation facts `canReadSeries` needs, in one statement.
     */
    seriesInvitingAny(seriesIds: readonly string[], organizationIds: readonly string[]): string[] {
      if (seriesIds.length === 0 || organizationIds.length === 0) return [];
      return db
        .selectDistinct({ seriesId: meetings.seriesId })
        .from(meetings)
        .innerJoin(invitations, eq(invitations.meetingId, meetings.id))
        .where(
          and(
            inArray(meetings.seriesId, [...new Set(seriesIds)]),
            inArray(invitations.organizationId, [...new Set(organizationIds)]),
          ),
        )
        .all()
        .map((r) => r.seriesId);
    },

    /**
     * Records that `actorId` read these restricted meetings: one audit row each ("meeting.read", the
     * meeting's id, never its content), in one statement. Reads change nothing, so no transaction.
     */
    recordReads(actorId: UserId | null, meetingIds: readonly string[], at: Instant): void {
      const ids = [...new Set(meetingIds)];
      if (ids.length === 0) return;
      db.insert(auditLog)
        .values(
          ids.map((id) => ({
            at,
            actorId,
            operation: "meeting.read",
            entityType: "meeting",
            entityId: id,
            before: null,
            after: null,
          })),
        )
        .run();
    },

    /** The latest meetings of a series, newest first: for "previous meeting" links and numbering views. */
    recentOfSeries(seriesId: string, limit = 10): Meeting[] {
      return db
        .select()
        .from(meetings)
        .where(eq(meetings.seriesId, seriesId))
        .orderBy(desc(meetings.startAt))
        .limit(limit)
        .all()
        .map(toMeeting);
    },
  };
}

function agendaColumns(item: AgendaItem) {
  return {
    position: item.position,
    kind: item.kind,
    titleEn: item.title.en,
    titleTh: item.title.th ?? null,
    titleMy: item.title.my ?? null,
    presenterId: item.presenterId ?? null,
    durationMinutes: item.durationMinutes ?? null,
    linkAgreementId: item.link?.agreementId ?? null,
    linkClause: item.link?.clause ?? null,
    linkSopStepKey: item.link?.sopStepKey ?? null,
  };
}

/** Writes the agenda's positions; new items are inserted, existing ones updated in place. */
function writeAgenda(tx: Tx, meetingId: string, items: readonly AgendaItem[]): void {
  const existing = new Set(
    tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId))
      .all()
      .map((r) => r.id),
  );
  for (const item of items) {
    if (existing.has(item.id)) {
      tx.update(agendaItems).set({ position: item.position }).where(eq(agendaItems.id, item.id)).run();
    } else {
      tx.insert(agendaItems)
        .values({ id: item.id, meetingId, ...agendaColumns(item) })
        .run();
    }
  }
}

import type { Visibility } from "@moei/domain/access";
import {
  type Action,
  type ActionError,
  type ActionEvent,
  type ActionInput,
  type ActionStatus,
  applyActionEvent,
  type MatterArising,
  mattersArising,
  type ProgressUpdate,
  setOwners,
} from "@moei/domain/action";
import type { Finding, PersonalDataError } from "@moei/domain/data-protection";
import type { AgreementLink } from "@moei/domain/meeting";
import type { Contact } from "@moei/domain/organization";
import {
  type ActionId,
  type AgendaItemId,
  type AgreementId,
  type ConflictError,
  type ContactId,
  checkVersion,
  compareInstants,
  type DecisionId,
  type Instant,
  type Language,
  type MeetingId,
  type OrganizationId,
  type PlainDate,
  type UserId,
} from "@moei/domain/shared";
import { and, asc, count, eq, gt, gte, inArray, lt, lte, notInArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { newId } from "../ids.ts";
import {
  actionLinks,
  actionOwners,
  actions,
  agendaItems,
  agreements,
  contacts,
  decisions,
  meetings,
  organizations,
  progressUpdates,
} from "../schema/index.ts";
import { type NotFoundError, notFound, type UnknownReferenceError, unknownReference } from "./errors.ts";
import { cleanLink, confidentialityOf, guardText } from "./free-text.ts";
import { toContact } from "./organization.repository.ts";
import { type CursorError, decodeCursor, type Page, type PageArgs, pageSize, toPage } from "./pagination.ts";
import { contains } from "./search.ts";
import { visibleMeetingIds } from "./visibility.ts";
import { fail, type Tx, type WriteContext, write } from "./write.ts";

type ActionRow = typeof actions.$inferSelect;
type ProgressRow = typeof progressUpdates.$inferSelect;

const toProgress = (r: ProgressRow): ProgressUpdate => ({
  actionId: r.actionId as ActionId,
  at: r.at,
  authorId: (r.authorId ?? "system") as UserId,
  from: r.fromStatus,
  to: r.toStatus,
  comment: r.comment,
});

const OPEN: readonly ActionStatus[] = ["open", "in_progress", "blocked"];

/** Loads actions with their owners and links in three statements, whatever the number of actions. */
export function loadActions(tx: Tx | Db, rows: readonly ActionRow[]): Action[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const owners = tx
    .select({ actionId: actionOwners.actionId, organizationId: actionOwners.organizationId })
    .from(actionOwners)
    .where(inArray(actionOwners.actionId, ids))
    .all();
  const links = tx
    .select()
    .from(actionLinks)
    .where(inArray(actionLinks.actionId, ids))
    .orderBy(asc(actionLinks.position))
    .all();
  const ownersOf = Map.groupBy(owners, (o) => o.actionId);
  const linksOf = Map.groupBy(links, (l) => l.actionId);
  return rows.map((row) => ({
    id: row.id as ActionId,
    text: row.text,
    ownerIds: (ownersOf.get(row.id) ?? []).map((o) => o.organizationId as OrganizationId),
    ...(row.contactId === null ? {} : { contactId: row.contactId as ContactId }),
    dueOn: row.dueOn,
    source: {
      meetingId: row.sourceMeetingId as MeetingId,
      ...(row.sourceAgendaItemId === null ? {} : { agendaItemId: row.sourceAgendaItemId as AgendaItemId }),
      ...(row.sourceDecisionId === null ? {} : { decisionId: row.sourceDecisionId as DecisionId }),
    },
    links: (linksOf.get(row.id) ?? []).map(
      (l): AgreementLink => ({
        agreementId: l.agreementId as AgreementId,
        ...(l.clause === null ? {} : { clause: l.clause }),
        ...(l.sopStepKey === null ? {} : { sopStepKey: l.sopStepKey }),
      }),
    ),
    status: row.status,
    version: row.version,
    createdAt: row.createdAt,
    ...(row.completedAt === null ? {} : { completedAt: row.completedAt }),
  }));
}

export interface ActionFilter {
  /** What the viewer may read (`visibilityOf(actor)`): actions follow the meeting that agreed them. */
  readonly visibleTo: Visibility;
  readonly organizationId?: string;
  readonly status?: readonly ActionStatus[];
  readonly dueFrom?: PlainDate;
  readonly dueTo?: PlainDate;
  /** Open actions due before this date (pass today). */
  readonly overdueOn?: PlainDate;
  readonly seriesId?: string;
  readonly meetingId?: string;
  readonly query?: string;
}

export type ActionWriteError =
  | ActionError
  | ConflictError
  | NotFoundError
  | UnknownReferenceError
  | PersonalDataError;

export interface ActionChanges {
  readonly text?: string;
  readonly ownerIds?: readonly string[];
  readonly dueOn?: PlainDate;
  readonly contactId?: string | null;
  readonly links?: readonly AgreementLink[];
  readonly language?: Language;
}

export function actionRepository(db: Db) {
  const loadOne = (tx: Tx | Db, id: string) => {
    const row = tx.select().from(actions).where(eq(actions.id, id)).get();
    return row && (loadActions(tx, [row])[0] as Action);
  };

  function checkRefs(
    tx: Tx,
    ownerIds: readonly string[],
    links: readonly AgreementLink[],
    contactId?: string | null,
  ) {
    const found = tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(inArray(organizations.id, [...ownerIds]))
      .all();
    if (found.length !== new Set(ownerIds).size) fail(unknownReference("ownerIds"));
    const agreementIds = [...new Set(links.map((l) => l.agreementId))];
    if (agreementIds.length > 0) {
      const known = tx
        .select({ id: agreements.id })
        .from(agreements)
        .where(inArray(agreements.id, agreementIds))
        .all();
      if (known.length !== agreementIds.length) fail(unknownReference("links"));
    }
    if (contactId && !tx.select().from(contacts).where(eq(contacts.id, contactId)).get())
      fail(unknownReference("contactId"));
  }

  function writeOwnersAndLinks(
    tx: Tx,
    action: Pick<Action, "id" | "ownerIds" | "links" | "status" | "dueOn">,
  ) {
    tx.delete(actionOwners).where(eq(actionOwners.actionId, action.id)).run();
    tx.insert(actionOwners)
      .values(
        action.ownerIds.map((organizationId) => ({
          actionId: action.id,
          organizationId,
          status: action.status,
          dueOn: action.dueOn,
        })),
      )
      .run();
    tx.delete(actionLinks).where(eq(actionLinks.actionId, action.id)).run();
    if (action.links.length > 0) {
      tx.insert(actionLinks)
        .values(
          action.links.map((l, position) => ({
            actionId: action.id,
            position,
            agreementId: l.agreementId,
            clause: l.clause ?? null,
            sopStepKey: l.sopStepKey ?? null,
          })),
        )
        .run();
    }
  }

  return {
    get: (id: string): Action | undefined => loadOne(db, id),

    getMany(ids: readonly string[]): Action[] {
      if (ids.length === 0) return [];
      return loadActions(
        db,
        db
          .select()
          .from(actions)
          .where(inArray(actions.id, [...ids]))
          .all(),
      );
    },

    create(ctx: WriteContext, input: ActionInput) {
      return write<{ action: Action; warnings: readonly Finding[] }, ActionWriteError>(
        db,
        ctx,
        (tx, audit) => {
          const meeting = tx.select().from(meetings).where(eq(meetings.id, input.source.meetingId)).get();
          if (meeting === undefined) return fail(unknownReference("source.meetingId"));
          const { agendaItemId, decisionId } = input.source;
          if (
            agendaItemId &&
            tx
              .select()
              .from(agendaItems)
              .where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.meetingId, meeting.id)))
              .get() === undefined
          ) {
            return fail(unknownReference("source.agendaItemId"));
          }
          if (
            decisionId &&
            tx
              .select()
              .from(decisions)
              .where(and(eq(decisions.id, decisionId), eq(decisions.meetingId, meeting.id)))
              .get() === undefined
          ) {
            return fail(unknownReference("source.decisionId"));
          }
          checkRefs(tx, input.ownerIds, input.links, input.contactId);
          // Free text of an action is guarded at the level of the meeting it was agreed in.
          const confidentiality = confidentialityOf(tx, meeting.id);
          const text = guardText(input.text, input.language, confidentiality);
          const id = newId<ActionId>("act");
          tx.insert(actions)
            .values({
              id,
              text: text.text,
              rawText: text.raw ?? null,
              contactId: input.contactId ?? null,
              dueOn: input.dueOn,
              sourceMeetingId: meeting.id,
              sourceAgendaItemId: agendaItemId ?? null,
              sourceDecisionId: decisionId ?? null,
              status: "open",
              version: 1,
              createdAt: ctx.at,
              updatedAt: ctx.at,
            })
            .run();
          writeOwnersAndLinks(tx, {
            id,
            ownerIds: input.ownerIds,
            links: input.links.map((l) => cleanLink(l, confidentiality)),
            status: "open",
            dueOn: input.dueOn,
          });
          const action = loadOne(tx, id) as Action;
          audit({ operation: "action.create", entityType: "action", entityId: id, after: action });
          return { action, warnings: text.warnings };
        },
      );
    },

    /** Edits text, owners, due date, contact or links; optimistic on the action's version. */
    update(ctx: WriteContext, id: string, version: number, changes: ActionChanges) {
      return write<{ action: Action; warnings: readonly Finding[] }, ActionWriteError>(
        db,
        ctx,
        (tx, audit) => {
          const before = loadOne(tx, id);
          if (before === undefined) return fail(notFound("action"));
          const next = checkVersion(version, before.version);
          if (!next.ok) return fail(next.error);
          let after: Action = before;
          if (changes.ownerIds !== undefined) {
            const owned = setOwners(before, changes.ownerIds as OrganizationId[]);
            if (!owned.ok) return fail(owned.error);
            after = owned.value;
          }
          checkRefs(tx, after.ownerIds, changes.links ?? before.links, changes.contactId);
          const confidentiality = confidentialityOf(tx, before.source.meetingId);
          const text =
            changes.text === undefined
              ? undefined
              : guardText(changes.text, changes.language ?? "en", confidentiality);
          const { contactId: _, ...rest } = after;
          const contactId =
            changes.contactId === undefined ? before.contactId : (changes.contactId ?? undefined);
          after = {
            ...rest,
            ...(contactId === undefined ? {} : { contactId: contactId as ContactId }),
            text: text?.text ?? before.text,
            dueOn: changes.dueOn ?? before.dueOn,
            links: changes.links?.map((l) => cleanLink(l, confidentiality)) ?? before.links,
            version: next.value,
          };
          tx.update(actions)
            .set({
              text: after.text,
              ...(text === undefined ? {} : { rawText: text.raw ?? null }),
              dueOn: after.dueOn,
              contactId: after.contactId ?? null,
              version: after.version,
              updatedAt: ctx.at,
            })
            .where(and(eq(actions.id, id), eq(actions.version, before.version)))
            .run();
          writeOwnersAndLinks(tx, after);
          audit({ operation: "action.update", entityType: "action", entityId: id, before, after });
          return { action: after, warnings: text?.warnings ?? [] };
        },
      );
    },

    /** A status change or progress report, with its comment, recorded in the action's history. */
    changeStatus(
      ctx: WriteContext,
      input: { actionId: string; version: number; event: ActionEvent; comment: string; language?: Language },
    ) {
      return write<
        { action: Action; update: ProgressUpdate; warnings: readonly Finding[] },
        ActionWriteError
      >(db, ctx, (tx, audit) => {
        const before = loadOne(tx, input.actionId);
        if (before === undefined) return fail(notFound("action"));
        const next = checkVersion(input.version, before.version);
        if (!next.ok) return fail(next.error);
        const comment = guardText(
          input.comment,
          input.language ?? "en",
          confidentialityOf(tx, before.source.meetingId),
        );
        const changed = applyActionEvent(before, input.event, {
          comment: comment.text,
          at: ctx.at,
          authorId: (ctx.actorId ?? "system") as UserId,
        });
        if (!changed.ok) return fail(changed.error);
        const after = { ...changed.value.action, version: next.value };
        tx.update(actions)
          .set({
            status: after.status,
            completedAt: after.completedAt ?? null,
            version: after.version,
            updatedAt: ctx.at,
          })
          .where(and(eq(actions.id, before.id), eq(actions.version, before.version)))
          .run();
        const { update } = changed.value;
        tx.insert(progressUpdates)
          .values({
            actionId: before.id,
            at: update.at,
            authorId: ctx.actorId,
            fromStatus: update.from,
            toStatus: update.to,
            comment: update.comment,
          })
          .run();
        audit({
          operation: `action.${input.event}`,
          entityType: "action",
          entityId: before.id,
          before,
          after,
        });
        return { action: after, update, warnings: comment.warnings };
      });
    },

    progress(actionId: string): ProgressUpdate[] {
      return db
        .select()
        .from(progressUpdates)
        .where(eq(progressUpdates.actionId, actionId))
        .orderBy(asc(progressUpdates.at), asc(progressUpdates.id))
        .all()
        .map(toProgress);
    },

    /** The histories of many actions in one statement, oldest first within each action. */
    progressOf(actionIds: readonly string[]): ProgressUpdate[] {
      if (actionIds.length === 0) return [];
      return db
        .select()
        .from(progressUpdates)
        .where(inArray(progressUpdates.actionId, [...new Set(actionIds)]))
        .orderBy(asc(progressUpdates.actionId), asc(progressUpdates.at), asc(progressUpdates.id))
        .all()
        .map(toProgress);
    },

    /** The actions agreed at these meetings, by due date then id, in three statements whatever their number. */
    ofMeetings(meetingIds: readonly string[]): Action[] {
      if (meetingIds.length === 0) return [];
      return loadActions(
        db,
        db
          .select()
          .from(actions)
          .where(inArray(actions.sourceMeetingId, [...new Set(meetingIds)]))
          .orderBy(asc(actions.dueOn), asc(actions.id))
          .all(),
      );
    },

    /**
     * The contacts named on actions, by contact id, in one statement. Only active contacts who agreed
     * to be listed: an action must not show a name the partner directory would hide.
     */
    listedContacts(contactIds: readonly string[]): Contact[] {
      if (contactIds.length === 0) return [];
      return db
        .select()
        .from(contacts)
        .where(
          and(
            inArray(contacts.id, [...new Set(contactIds)]),
            eq(contacts.consentToList, true),
            eq(contacts.active, true),
          ),
        )
        .all()
        .map(toContact);
    },

    /**
     * One page of open actions (open, in progress, blocked) per organization, by due date then id, with
     * the same `page` for every organization: in five statements whatever the number of organizations
     * (counts, the owners index ranked per organization, then the actions). One page per id, in order.
     */
    openOfOrganizations(
      organizationIds: readonly string[],
      visibleTo: Visibility,
      page: PageArgs = {},
    ): Page<Action>[] | CursorError {
      const size = pageSize(page);
      let after: SQL | undefined;
      if (page.after) {
        const key = decodeCursor(page.after, 2);
        if (!Array.isArray(key)) return key;
        const [dueOn, id] = key as [PlainDate, string];
        after = or(
          gt(actionOwners.dueOn, dueOn),
          and(eq(actionOwners.dueOn, dueOn), gt(actionOwners.actionId, id)),
        );
      }
      if (organizationIds.length === 0) return [];
      const visible = visibleMeetingIds(db, visibleTo);
      const open = and(
        inArray(actionOwners.organizationId, [...new Set(organizationIds)]),
        inArray(actionOwners.status, [...OPEN]),
        visible &&
          inArray(
            actionOwners.actionId,
            db.select({ id: actions.id }).from(actions).where(inArray(actions.sourceMeetingId, visible)),
          ),
      );
      const totals = new Map(
        db
          .select({ organizationId: actionOwners.organizationId, n: count() })
          .from(actionOwners)
          .where(open)
          .groupBy(actionOwners.organizationId)
          .all()
          .map((r) => [r.organizationId, r.n]),
      );
      const ranked = db
        .select({
          organizationId: actionOwners.organizationId,
          actionId: actionOwners.actionId,
          dueOn: actionOwners.dueOn,
          rank: sql<number>`row_number() over (partition by ${actionOwners.organizationId} order by ${actionOwners.dueOn}, ${actionOwners.actionId})`.as(
            "rank",
          ),
        })
        .from(actionOwners)
        .where(and(open, after))
        .as("ranked");
      // size + 1 per organization tells whether each has a next page.
      const rows = db
        .select()
        .from(ranked)
        .where(lte(ranked.rank, size + 1))
        .orderBy(asc(ranked.organizationId), asc(ranked.rank))
        .all();
      const ids = [...new Set(rows.map((r) => r.actionId))];
      const loaded =
        ids.length === 0
          ? new Map<string, Action>()
          : new Map(
              loadActions(db, db.select().from(actions).where(inArray(actions.id, ids)).all()).map((a) => [
                a.id as string,
                a,
              ]),
            );
      const rowsOf = Map.groupBy(rows, (r) => r.organizationId);
      return organizationIds.map((organizationId) =>
        toPage(
          rowsOf.get(organizationId) ?? [],
          size,
          totals.get(organizationId) ?? 0,
          (rs) => rs.map((r) => loaded.get(r.actionId) as Action),
          (r) => [r.dueOn, r.actionId],
        ),
      );
    },

    /**
     * Actions by due date, then id; cursor-paginated. With an organization the scan runs on
     * `action_owners (organization_id, status, due_on, action_id)`, so the page costs the same at any size.
     */
    list(filter: ActionFilter, page: PageArgs = {}): Page<Action> | CursorError {
      const byOwner = filter.organizationId !== undefined;
      // Same types in both tables; typed as one so that conditions can be built once.
      const due = (byOwner ? actionOwners.dueOn : actions.dueOn) as typeof actions.dueOn;
      const status = (byOwner ? actionOwners.status : actions.status) as typeof actions.status;
      const idColumn = (byOwner ? actionOwners.actionId : actions.id) as typeof actions.id;
      const conditions: SQL[] = [];
      if (byOwner) conditions.push(eq(actionOwners.organizationId, filter.organizationId as string));
      const statuses = filter.overdueOn
        ? (filter.status ?? OPEN).filter((s) => OPEN.includes(s))
        : filter.status;
      if (statuses?.length) conditions.push(inArray(status, [...statuses]));
      if (filter.dueFrom) conditions.push(gte(due, filter.dueFrom));
      if (filter.dueTo) conditions.push(lte(due, filter.dueTo));
      if (filter.overdueOn) conditions.push(lt(due, filter.overdueOn));
      if (filter.meetingId) conditions.push(eq(actions.sourceMeetingId, filter.meetingId));
      if (filter.seriesId) {
        const ofSeries = db
          .select({ id: meetings.id })
          .from(meetings)
          .where(eq(meetings.seriesId, filter.seriesId));
        conditions.push(inArray(actions.sourceMeetingId, ofSeries));
      }
      if (filter.query?.trim()) {
        conditions.push(contains(actions.text, filter.query.trim()));
      }
      const visible = visibleMeetingIds(db, filter.visibleTo);
      if (visible) conditions.push(inArray(actions.sourceMeetingId, visible));
      const needsJoin = !byOwner || filter.meetingId || filter.seriesId || filter.query || visible;
      const base = byOwner
        ? needsJoin
          ? db
              .select({ n: count() })
              .from(actionOwners)
              .innerJoin(actions, eq(actions.id, actionOwners.actionId))
          : db.select({ n: count() }).from(actionOwners)
        : db.select({ n: count() }).from(actions);
      const where = and(...conditions);
      const total = base.where(where).get()?.n ?? 0;

      const size = pageSize(page);
      let after: SQL | undefined;
      if (page.after) {
        const key = decodeCursor(page.after, 2);
        if (!Array.isArray(key)) return key;
        const [dueOn, id] = key as [PlainDate, string];
        after = or(gt(due, dueOn), and(eq(due, dueOn), gt(idColumn, id)));
      }
      const rows = byOwner
        ? db
            .select({ action: actions })
            .from(actionOwners)
            .innerJoin(actions, eq(actions.id, actionOwners.actionId))
            .where(and(where, after))
            .orderBy(asc(actionOwners.dueOn), asc(actionOwners.actionId))
            .limit(size + 1)
            .all()
            .map((r) => r.action)
        : db
            .select()
            .from(actions)
            .where(and(where, after))
            .orderBy(asc(actions.dueOn), asc(actions.id))
            .limit(size + 1)
            .all();
      return toPage(
        rows,
        size,
        total,
        (rs) => loadActions(db, rs),
        (r) => [r.dueOn, r.id],
      );
    },

    /** The open actions of earlier meetings of the series that come back at this meeting. */
    mattersArising(meetingId: string, today: PlainDate): MatterArising[] {
      const meeting = db.select().from(meetings).where(eq(meetings.id, meetingId)).get();
      if (meeting === undefined) return [];
      const seriesMeetings = db
        .select({ id: meetings.id, start: meetings.startAt, status: meetings.status })
        .from(meetings)
        .where(and(eq(meetings.seriesId, meeting.seriesId), lte(meetings.startAt, meeting.startAt)))
        .all();
      const earlier = seriesMeetings.filter((m) => m.id !== meetingId).map((m) => m.id);
      if (earlier.length === 0) return [];
      const rows = db
        .select()
        .from(actions)
        .where(
          and(inArray(actions.sourceMeetingId, earlier), notInArray(actions.status, ["done", "cancelled"])),
        )
        .all();
      return mattersArising(
        { id: meeting.id as MeetingId, start: meeting.startAt as Instant, status: meeting.status },
        seriesMeetings.map((m) => ({ id: m.id as MeetingId, start: m.start, status: m.status })),
        loadActions(db, rows),
        today,
      );
    },

    /**
     * Matters arising at many meetings in five statements, whatever their number: the meetings, the
     * meetings of their series up to the latest of them, then the open actions agreed at those. One
     * list per meeting id, in order; the domain's `mattersArising` decides for each. Actions of meetings
     * the viewer may not read are left out (the meetings still count towards `carriedOver`, as numbers do).
     */
    mattersArisingOf(
      meetingIds: readonly string[],
      today: PlainDate,
      visibleTo: Visibility,
    ): MatterArising[][] {
      if (meetingIds.length === 0) return [];
      const wanted = db
        .select()
        .from(meetings)
        .where(inArray(meetings.id, [...new Set(meetingIds)]))
        .all();
      if (wanted.length === 0) return meetingIds.map(() => []);
      const latest = wanted.map((m) => m.startAt).reduce((a, b) => (compareInstants(a, b) >= 0 ? a : b));
      const seriesIds = [...new Set(wanted.map((m) => m.seriesId))];
      const visibleSources = visibleMeetingIds(db, visibleTo);
      const upToLatest = and(inArray(meetings.seriesId, seriesIds), lte(meetings.startAt, latest));
      const seriesMeetings = db
        .select({
          id: meetings.id,
          seriesId: meetings.seriesId,
          start: meetings.startAt,
          status: meetings.status,
        })
        .from(meetings)
        .where(upToLatest)
        .all();
      const rows = db
        .select()
        .from(actions)
        .where(
          and(
            inArray(actions.sourceMeetingId, db.select({ id: meetings.id }).from(meetings).where(upToLatest)),
            notInArray(actions.status, ["done", "cancelled"]),
            visibleSources && inArray(actions.sourceMeetingId, visibleSources),
          ),
        )
        .all();
      const open = loadActions(db, rows);
      const byId = new Map(wanted.map((m) => [m.id, m]));
      return meetingIds.map((id) => {
        const meeting = byId.get(id);
        if (meeting === undefined) return [];
        const series = seriesMeetings
          .filter((m) => m.seriesId === meeting.seriesId && compareInstants(m.start, meeting.startAt) <= 0)
          .map((m) => ({ id: m.id as MeetingId, start: m.start, status: m.status }));
        const sources = new Set(series.map((m) => m.id as string));
        return mattersArising(
          { id: meeting.id as MeetingId, start: meeting.startAt, status: meeting.status },
          series,
          open.filter((a) => sources.has(a.source.meetingId)),
          today,
        );
      });
    },
  };
}

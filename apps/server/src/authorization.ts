import {
  type Actor,
  canAdminister,
  canChangeAction,
  canCreateSeries,
  canEditAction,
  canEditDirectory,
  canManageSeries,
  canReadCase,
  canReadContacts,
  canReadMeeting,
  canReadSeries,
  canRecordCase,
  canRespondFor,
  type SeriesFacts,
  type Visibility,
  visibilityOf,
  writeAccess,
} from "@moei/domain/access";
import type { Action } from "@moei/domain/action";
import { type CaseReference, parseCaseCode } from "@moei/domain/case-reference";
import type { Invitation, Meeting, MeetingSeries } from "@moei/domain/meeting";
import { message, type OrganizationId, type UiLanguage } from "@moei/domain/shared";
import { createContextCache } from "@pothos/core";
import { dataloaderGetter } from "@pothos/plugin-dataloader";
import DataLoader from "dataloader";
import type { Context } from "./context.ts";
import { Failure, toFailure } from "./failures.ts";

/*
 * Authorization: the request's scopes for Pothos scope-auth, and the facts the domain's rules
 * (@moei/domain/access) need, loaded in batches. Every decision is a call to a domain rule; this file
 * only gathers the facts and says how a refusal is answered:
 *
 * - anonymous, for a change or a field that needs a session: UNAUTHENTICATED (ForbiddenError on
 *   mutations, an error with that code on queries), decided before anything is looked up;
 * - something the actor may not read (a restricted meeting they were not invited to, everything under
 *   it, a case their organization does not hold): exactly what a nonexistent id gets, NotFoundError on
 *   mutations (UNKNOWN_REFERENCE on the input field when the id is a reference inside an input), null
 *   from `node`, and absence from every list;
 * - something the actor may read but not change: FORBIDDEN.
 */

/** A change the actor may not make, or one that needs a session: code FORBIDDEN or UNAUTHENTICATED. */
export class ForbiddenFailure extends Failure {
  /** For queries, where the failure is a GraphQL error rather than a typed result. */
  readonly extensions: { readonly code: string };
  constructor(code: "FORBIDDEN" | "UNAUTHENTICATED", lang: UiLanguage) {
    super(code, {}, lang);
    this.name = "ForbiddenFailure";
    this.extensions = { code };
  }
}

/** The answer to a refused scope: anonymous must sign in; anyone else may not. */
export const refusal = (ctx: Pick<Context, "actor" | "lang">): ForbiddenFailure =>
  new ForbiddenFailure(ctx.actor === null ? "UNAUTHENTICATED" : "FORBIDDEN", ctx.lang);

/** The entity a type's refusal names: everything under a meeting is part of the meeting. */
const ENTITY_OF_TYPE: Readonly<Record<string, string>> = {
  Action: "action",
  AgendaItem: "agenda_item",
  CaseReference: "case_reference",
  Decision: "decision",
  Minutes: "minutes",
  Series: "series",
};

/**
 * What a field of an object the actor may not read answers. Lists and node loaders leave such objects
 * out, so this is a second line that should never be reached; when it is, it says "not found".
 */
export class HiddenError extends Error {
  readonly extensions = { code: "NOT_FOUND" } as const;
  constructor(lang: UiLanguage, typeName: string) {
    super(message("NOT_FOUND", lang, { entity: ENTITY_OF_TYPE[typeName] ?? "meeting" }));
    this.name = "HiddenError";
  }
}

// ---------------------------------------------------------------------------------------------------
// Per-request loaders of the facts the rules need. Registered with the dataloader plugin, so that
// `orFail` clears them after every write like the schema's own loaders.

function loader<V>(load: (ids: readonly string[], ctx: Context) => readonly V[]) {
  return dataloaderGetter<string, V, string>(
    undefined,
    async (ids, ctx) => load(ids, ctx as Context),
    undefined,
    false,
  );
}

const byId = <T extends { readonly id: string }>(ids: readonly string[], values: readonly T[]) => {
  const found = new Map(values.map((v) => [v.id as string, v]));
  return ids.map((id) => found.get(id) ?? null);
};

const meetingsById = loader((ids, ctx) => byId(ids, ctx.repos.meetings.getMany(ids)));
const seriesById = loader((ids, ctx) => byId(ids, ctx.repos.series.getMany(ids)));
const actionsById = loader((ids, ctx) => byId(ids, ctx.repos.actions.getMany(ids)));

/** Each meeting's series and its confidentiality: what the reading rules need, in one statement. */
const meetingAccess = loader((ids, ctx) => {
  const found = new Map(ctx.repos.meetings.accessFactsOf(ids).map((f) => [f.meetingId, f]));
  return ids.map((id) => found.get(id) ?? null);
});

/** The invitations of each meeting, by meeting then organization (also `Meeting.invitations`). */
export const invitationsOf = loader((ids, ctx): readonly (readonly Invitation[])[] => {
  const byMeeting = Map.groupBy(ctx.repos.meetings.invitationsOf(ids), (i) => i.meetingId as string);
  return ids.map((id) => byMeeting.get(id) ?? []);
});

/** Per series: whether the actor's organization is invited to some meeting of it. */
const actorInvitedToSeries = loader((ids, ctx) => {
  const invited = new Set(
    ctx.actor === null ? [] : ctx.repos.meetings.seriesInvitingAny(ids, [ctx.actor.organizationId]),
  );
  return ids.map((id) => invited.has(id));
});

/** Reads of restricted meetings, recorded once per request and meeting, in one statement per batch. */
const readLog = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, true>(async (ids) => {
      ctx.repos.meetings.recordReads(ctx.actorId, ids, ctx.clock.now());
      return ids.map(() => true as const);
    }),
);

/** What the actor may read, for the store's list filters. */
export const visibility = createContextCache((ctx: Context): Visibility => visibilityOf(ctx.actor));

// ---------------------------------------------------------------------------------------------------
// Reading

const invitedOrganizations = async (ctx: Context, meetingId: string): Promise<OrganizationId[]> =>
  (await invitationsOf(ctx).load(meetingId)).map((i) => i.organizationId);

/**
 * The domain's `canReadMeeting`. More invitations never take a right away, so the invitations are
 * loaded only when the rule does not already allow without them.
 */
async function meetingReadable(ctx: Context, meetingId: string, series: SeriesFacts): Promise<boolean> {
  if (canReadMeeting(ctx.actor, series, [])) return true;
  return canReadMeeting(ctx.actor, series, await invitedOrganizations(ctx, meetingId));
}

/** The domain's `canReadSeries`, with the actor's invitations to the series' meetings as its facts. */
export async function readsSeries(ctx: Context, series: MeetingSeries): Promise<boolean> {
  if (canReadSeries(ctx.actor, series, [])) return true;
  const actor = ctx.actor;
  if (actor === null || !(await actorInvitedToSeries(ctx).load(series.id))) return false;
  return canReadSeries(actor, series, [actor.organizationId]);
}

interface MeetingFacts {
  readonly series: SeriesFacts;
  readonly readable: boolean;
}

/** A meeting's series and whether the actor may read the meeting; undefined when it does not exist. */
async function meetingFacts(ctx: Context, meetingId: string): Promise<MeetingFacts | undefined> {
  const facts = await meetingAccess(ctx).load(meetingId);
  if (facts === null) return undefined;
  const series = { id: facts.seriesId, confidentiality: facts.confidentiality };
  return { series, readable: await meetingReadable(ctx, meetingId, series) };
}

/**
 * Whether the actor may read the meeting with this id and what is under it; a read of a restricted
 * meeting is recorded in the audit log (once per request and meeting, never its content). Called by
 * the type-level checks of Meeting and of everything under a meeting.
 */
export async function readsMeeting(ctx: Context, meetingId: string): Promise<boolean> {
  const facts = await meetingFacts(ctx, meetingId);
  if (facts === undefined || !facts.readable) return false;
  if (facts.series.confidentiality === "restricted") await readLog(ctx).load(meetingId);
  return true;
}

export const readsCase = (ctx: Context, c: CaseReference): boolean => canReadCase(ctx.actor, c);

/** The meetings among `ids` the actor may read, in order; null for the others, as for unknown ids. */
export async function readableMeetings(ctx: Context, ids: readonly string[]): Promise<(Meeting | null)[]> {
  return Promise.all(
    ids.map(async (id) => ((await meetingFacts(ctx, id))?.readable ? meetingsById(ctx).load(id) : null)),
  );
}

export async function readableSeries(
  ctx: Context,
  ids: readonly string[],
): Promise<(MeetingSeries | null)[]> {
  return Promise.all(
    ids.map(async (id) => {
      const series = await seriesById(ctx).load(id);
      return series !== null && (await readsSeries(ctx, series)) ? series : null;
    }),
  );
}

/** Actions follow the meeting that agreed them. */
export async function readableActions(ctx: Context, ids: readonly string[]): Promise<(Action | null)[]> {
  return Promise.all(
    ids.map(async (id) => {
      const action = await actionsById(ctx).load(id);
      if (action === null) return null;
      return (await meetingFacts(ctx, action.source.meetingId))?.readable ? action : null;
    }),
  );
}

/** The items of `values` under meetings the actor may read, in order; null for the others. */
export async function underReadableMeetings<T extends { readonly meetingId: string }>(
  ctx: Context,
  values: readonly (T | null)[],
): Promise<(T | null)[]> {
  return Promise.all(
    values.map(async (v) => (v !== null && (await meetingFacts(ctx, v.meetingId))?.readable ? v : null)),
  );
}

// ---------------------------------------------------------------------------------------------------
// Changing: the scopes' loaders

/** The target of a change: its id, and the input field when the id is a reference inside an input. */
export interface Target {
  readonly id: string;
  readonly field?: string;
}

/** What an unreadable or unknown target is answered with: what the store answers for an unknown id. */
function missing(ctx: Context, entity: string, target: Target): Failure {
  return target.field === undefined
    ? toFailure({ code: "NOT_FOUND", params: { entity } }, ctx.lang)
    : toFailure({ code: "UNKNOWN_REFERENCE", params: { field: target.field } }, ctx.lang);
}

/**
 * The domain's `writeAccess`: throws the not-found failure for what the actor may not read (the
 * errors plugin returns it as the mutation's result), and returns whether the change is allowed.
 */
function decide(actor: Actor, readable: boolean, allowed: boolean, notFound: () => Failure): boolean {
  const access = writeAccess(actor, readable, readable && allowed);
  if (!access.ok && access.refusal === "NOT_FOUND") throw notFound();
  return access.ok;
}

async function seriesTarget(ctx: Context, target: Target) {
  const series = await seriesById(ctx).load(target.id);
  return { series, readable: series !== null && (await readsSeries(ctx, series)) };
}

async function meetingTarget(ctx: Context, meetingId: string) {
  const facts = await meetingFacts(ctx, meetingId);
  return facts ?? { series: null, readable: false };
}

/** Whether the actor may change the meeting with this id (as `Target`); throws when it is hidden. */
export async function mayManageMeeting(ctx: Context, actor: Actor, target: Target): Promise<boolean> {
  const { series, readable } = await meetingTarget(ctx, target.id);
  return decide(actor, readable, series !== null && canManageSeries(actor, series), () =>
    missing(ctx, "meeting", target),
  );
}

/** Whether the actor may change the status of this action; throws when it is hidden. */
export async function mayChangeAction(ctx: Context, actor: Actor, actionId: string): Promise<boolean> {
  const action = await actionsById(ctx).load(actionId);
  const facts = action === null ? undefined : await meetingFacts(ctx, action.source.meetingId);
  return decide(
    actor,
    facts?.readable === true,
    action !== null && facts !== undefined && canChangeAction(actor, action, facts.series),
    () => missing(ctx, "action", { id: actionId }),
  );
}

/** The request's scopes: booleans for the actor's standing, loaders for changes to given objects. */
export function authScopes(ctx: Context) {
  const actor = ctx.actor;
  const standing = {
    anyone: true,
    signedIn: actor !== null,
    admin: canAdminister(actor),
    editor: canEditDirectory(actor),
    createSeries: canCreateSeries(actor),
    readContacts: canReadContacts(actor),
  };
  // Nobody signed in: every change is refused before anything is looked up.
  if (actor === null) {
    return {
      ...standing,
      manageSeries: false,
      manageMeeting: false,
      manageAgendaItem: false,
      editAction: false,
      changeAction: false,
      respondFor: false,
      recordCase: false,
      changeCase: false,
    } as const;
  }
  return {
    ...standing,
    manageSeries: async (target: Target) => {
      const { series, readable } = await seriesTarget(ctx, target);
      return decide(actor, readable, series !== null && canManageSeries(actor, series), () =>
        missing(ctx, "series", target),
      );
    },
    manageMeeting: (target: Target) => mayManageMeeting(ctx, actor, target),
    manageAgendaItem: async (itemId: string) => {
      const item = ctx.repos.meetings.getAgendaItems([itemId])[0];
      const { series, readable } = await meetingTarget(ctx, item?.meetingId ?? "");
      return decide(actor, readable, series !== null && canManageSeries(actor, series), () =>
        missing(ctx, "agenda_item", { id: itemId }),
      );
    },
    editAction: async (actionId: string) => {
      const action = await actionsById(ctx).load(actionId);
      const { series, readable } = await meetingTarget(ctx, action?.source.meetingId ?? "");
      return decide(actor, readable, series !== null && canEditAction(actor, series), () =>
        missing(ctx, "action", { id: actionId }),
      );
    },
    changeAction: (actionId: string) => mayChangeAction(ctx, actor, actionId),
    respondFor: async (reply: { readonly meetingId: string; readonly organizationId: string }) => {
      const { series, readable } = await meetingTarget(ctx, reply.meetingId);
      return decide(
        actor,
        readable,
        series !== null && canRespondFor(actor, reply.organizationId as OrganizationId, series),
        () => missing(ctx, "meeting", { id: reply.meetingId }),
      );
    },
    recordCase: (ownerIds: readonly string[]) => canRecordCase(actor, ownerIds as OrganizationId[]),
    changeCase: (code: string) => {
      // A code that cannot be one is refused as the resolver would refuse it: it names nothing.
      const parsed = parseCaseCode(code);
      if (!parsed.ok) throw toFailure(parsed.error, ctx.lang);
      const c = ctx.repos.cases.get(parsed.value);
      return decide(
        actor,
        c !== undefined && canReadCase(actor, c),
        c !== undefined && canRecordCase(actor, c.owningOrganizationIds),
        () => missing(ctx, "case_reference", { id: code }),
      );
    },
  };
}

/** The scopes' parameter types, for the builder's `AuthScopes`. */
export interface Scopes {
  /** Anyone, signed in or not: the explicit mark of a field open to the public. */
  readonly anyone: boolean;
  readonly signedIn: boolean;
  /** Accounts, the audit log, retention. */
  readonly admin: boolean;
  /** Organizations, contacts, agreements and SOP versions: admins and coordinators. */
  readonly editor: boolean;
  readonly createSeries: boolean;
  /** Staff contacts and delegates' names. */
  readonly readContacts: boolean;
  /** Settings, members and meetings of a series. */
  readonly manageSeries: Target;
  /** Everything recorded in a meeting, and the actions agreed there. */
  readonly manageMeeting: Target;
  /** An agenda item, by its id. */
  readonly manageAgendaItem: string;
  /** An action's text, owners, due date, contact and links, by its id. */
  readonly editAction: string;
  /** An action's status and progress, by its id. */
  readonly changeAction: string;
  readonly respondFor: { readonly meetingId: string; readonly organizationId: string };
  /** A new case for these owners. */
  readonly recordCase: readonly string[];
  /** A case's status, by its code. */
  readonly changeCase: string;
}

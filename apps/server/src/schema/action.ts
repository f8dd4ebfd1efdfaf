import {
  ACTION_EVENTS,
  ACTION_STATUSES,
  type Action,
  actionEditInputSchema,
  actionEvents,
  actionInputSchema,
  actionStatusInputSchema,
  daysOverdue,
  isOverdue,
  type MatterArising,
  type ProgressUpdate,
} from "@moei/domain/action";
import type { Finding } from "@moei/domain/data-protection";
import { validate } from "@moei/domain/shared";
import { GraphQLError } from "graphql";
import { mayChangeAction, readableActions, readsMeeting, refusal, visibility } from "../authorization.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { Failure, orFail, ValidationFailure } from "../failures.ts";
import { AgreementLinkInput, AgreementLinkRef } from "./agreement.ts";
import { connection, loaded, pageArgs } from "./connection.ts";
import { PersonalDataWarningRef } from "./errors.ts";
import { withoutNulls } from "./ids.ts";
import { AgendaItemRef, DecisionRef, MeetingNode } from "./meeting.ts";
import { ContactRef, OrganizationNode } from "./organization.ts";
import { LanguageEnum } from "./scalars.ts";
import { SeriesNode } from "./series.ts";

export const ActionStatusEnum = builder.enumType("ActionStatus", {
  description: "Where an action stands; done and cancelled are final until reopened",
  values: ACTION_STATUSES,
});
export const ActionEventEnum = builder.enumType("ActionEvent", {
  description:
    "A step in an action's lifecycle. block, cancel, reopen and report need a comment; report records progress without changing the status",
  values: ACTION_EVENTS,
});

export const ActionNode = builder.loadableNodeRef<Action, string, string>("Action", {
  id: { resolve: (a) => a.id, parse: (id) => id },
  // An action follows the meeting that agreed it: one the actor may not read loads as null.
  load: async (ids: string[], ctx: Context) => loaded(await readableActions(ctx, ids)),
});

const ProgressUpdateRef = builder.objectRef<ProgressUpdate>("ProgressUpdate").implement({
  description: "One entry of an action's history: a status change or a progress report, with its comment.",
  fields: (t) => ({
    at: t.field({ type: "Instant", resolve: (p) => p.at }),
    authorId: t.exposeID("authorId", {
      description: "The user who wrote it; `system` for imports and seeds",
    }),
    from: t.field({ type: ActionStatusEnum, resolve: (p) => p.from }),
    to: t.field({ type: ActionStatusEnum, resolve: (p) => p.to }),
    comment: t.exposeString("comment", { description: "Empty when the step needs no explanation" }),
  }),
});

ActionNode.implement({
  description:
    "Something a meeting agreed that one or more organizations will do by a date, followed until it is done. " +
    "Visible to whoever may read that meeting.",
  authScopes: (a, ctx) => readsMeeting(ctx, a.source.meetingId),
  fields: (t) => ({
    text: t.exposeString("text"),
    owners: t.field({
      type: [OrganizationNode],
      description: "The organizations responsible: they report progress and change the status",
      resolve: (a) => [...a.ownerIds],
    }),
    contact: t.loadable({
      type: ContactRef,
      nullable: true,
      description:
        "The staff contact to ask, when one was named and agreed to be listed in the directory; null when not signed in",
      authScopes: { readContacts: true },
      unauthorizedResolver: () => null,
      load: async (ids: string[], ctx: Context) => {
        const byId = new Map(ctx.repos.actions.listedContacts(ids).map((c) => [c.id as string, c]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      resolve: (a) => a.contactId ?? null,
    }),
    dueOn: t.field({ type: "Date", resolve: (a) => a.dueOn }),
    status: t.field({ type: ActionStatusEnum, resolve: (a) => a.status }),
    version: t.exposeInt("version", {
      description: "Pass it back with a change; a stale one is a ConflictError",
    }),
    createdAt: t.field({ type: "Instant", resolve: (a) => a.createdAt }),
    completedAt: t.field({
      type: "Instant",
      nullable: true,
      description: "When it was marked done",
      resolve: (a) => a.completedAt ?? null,
    }),
    overdue: t.boolean({
      description: "Not done or cancelled and due before today in Thailand",
      resolve: (a, _, ctx) => isOverdue(a, ctx.today()),
    }),
    daysOverdue: t.int({
      description: "Days past the due date; 0 when not overdue",
      resolve: (a, _, ctx) => daysOverdue(a, ctx.today()),
    }),
    meeting: t.field({
      type: MeetingNode,
      description: "The meeting that agreed the action",
      resolve: (a) => a.source.meetingId,
    }),
    agendaItem: t.field({
      type: AgendaItemRef,
      nullable: true,
      description: "The agenda item under which it was agreed, when recorded",
      resolve: (a) => a.source.agendaItemId ?? null,
    }),
    decision: t.field({
      type: DecisionRef,
      nullable: true,
      description: "The decision it carries out, when recorded",
      resolve: (a) => a.source.decisionId ?? null,
    }),
    links: t.field({ type: [AgreementLinkRef], resolve: (a) => [...a.links] }),
    allowedEvents: t.field({
      type: [ActionEventEnum],
      description: "The lifecycle events possible now: what the portal offers as buttons",
      resolve: (a) => actionEvents(a),
    }),
    progress: t.loadableList({
      type: ProgressUpdateRef,
      description: "Status changes and progress reports, oldest first",
      load: async (ids: string[], ctx: Context) => {
        const byAction = Map.groupBy(ctx.repos.actions.progressOf(ids), (p) => p.actionId as string);
        return ids.map((id) => byAction.get(id) ?? []);
      },
      resolve: (a) => a.id,
    }),
  }),
});

const MatterArisingRef = builder.objectRef<MatterArising>("MatterArising").implement({
  description: "An open action agreed at an earlier meeting of the series that comes back at this meeting.",
  authScopes: (m, ctx) => readsMeeting(ctx, m.action.source.meetingId),
  fields: (t) => ({
    action: t.field({ type: ActionNode, resolve: (m) => m.action }),
    carriedOver: t.exposeInt("carriedOver", {
      description:
        "How many meetings of the series it has come back to, counting this one; cancelled and postponed meetings do not count",
    }),
    overdue: t.exposeBoolean("overdue", { description: "Due before today in Thailand" }),
  }),
});

builder.objectFields(MeetingNode, (t) => ({
  actions: t.loadableList({
    type: ActionNode,
    description: "The actions agreed at this meeting, by due date",
    load: async (ids: string[], ctx: Context) => {
      const byMeeting = Map.groupBy(ctx.repos.actions.ofMeetings(ids), (a) => a.source.meetingId as string);
      return ids.map((id) => byMeeting.get(id) ?? []);
    },
    resolve: (m) => m.id,
  }),
  mattersArising: t.loadableList({
    type: MatterArisingRef,
    description:
      "Open actions of earlier meetings of the series, the most often carried over first, then by due date; " +
      "those of meetings the viewer may not read are left out",
    load: async (ids: string[], ctx: Context) =>
      ctx.repos.actions.mattersArisingOf(ids, ctx.today(), visibility(ctx)),
    resolve: (m) => m.id,
  }),
}));

const OpenActionsConnection = builder.connectionObject({
  type: ActionNode,
  name: "OrganizationOpenActionsConnection",
});

builder.objectFields(OrganizationNode, (t) => ({
  openActions: t.loadable({
    type: OpenActionsConnection,
    description:
      "Actions this organization owns that are open, in progress or blocked, by due date; only those of meetings the viewer may read",
    // byPath: every organization in one list shares the page arguments, so one batch serves them all.
    byPath: true,
    args: { first: t.arg.int(), after: t.arg.string() },
    load: async (ids: string[], ctx: Context, args) => {
      const pages = ctx.repos.actions.openOfOrganizations(ids, visibility(ctx), pageArgs(args));
      // A bad cursor is bad for every organization alike: `connection` throws its client error for the batch.
      return (Array.isArray(pages) ? pages : ids.map(() => pages)).map((page) => connection(page));
    },
    resolve: (o) => o.id,
  }),
}));

builder.queryField("actions", (t) =>
  t.connection({
    type: ActionNode,
    description:
      "The action tracker: actions by due date, then id. Filters combine; with an organization the list comes from its owner index. " +
      "Only actions of meetings the viewer may read",
    authScopes: { anyone: true },
    args: {
      organizationId: t.arg.globalID({
        for: [OrganizationNode],
        description: "Actions this organization owns",
      }),
      seriesId: t.arg.globalID({
        for: [SeriesNode],
        description: "Actions agreed at any meeting of this series",
      }),
      meetingId: t.arg.globalID({ for: [MeetingNode], description: "Actions agreed at this meeting" }),
      status: t.arg({ type: [ActionStatusEnum] }),
      overdue: t.arg.boolean({
        description:
          "true: only overdue actions (open, in progress or blocked, due before today in Thailand). false is refused: leave it out for all",
      }),
      dueFrom: t.arg({ type: "Date", description: "Due on or after this date" }),
      dueTo: t.arg({ type: "Date", description: "Due on or before this date" }),
      query: t.arg.string({ description: "Matches the action's text" }),
    },
    resolve: (_, args, ctx) => {
      if (args.overdue === false) {
        // The store can select overdue actions from its index but not their complement; saying so beats
        // silently returning overdue ones.
        throw new GraphQLError(
          "overdue: false is not supported; leave the argument out to list all actions.",
          {
            extensions: { code: "BAD_USER_INPUT" },
          },
        );
      }
      return connection(
        ctx.repos.actions.list(
          {
            visibleTo: visibility(ctx),
            organizationId: args.organizationId?.id,
            seriesId: args.seriesId?.id,
            meetingId: args.meetingId?.id,
            status: args.status ?? undefined,
            overdueOn: args.overdue ? ctx.today() : undefined,
            dueFrom: args.dueFrom ?? undefined,
            dueTo: args.dueTo ?? undefined,
            query: args.query ?? undefined,
          },
          pageArgs(args),
        ),
      );
    },
  }),
);

/* Mutations ----------------------------------------------------------------------------------- */

interface ActionSaved {
  readonly action: Action;
  readonly warnings: readonly Finding[];
}
interface ActionStatusChanged extends ActionSaved {
  readonly update: ProgressUpdate;
}

const CreateActionPayload = builder.objectRef<ActionSaved>("CreateActionPayload").implement({
  description: "The new action, and any personal data found in its text",
  fields: (t) => ({
    action: t.field({ type: ActionNode, resolve: (p) => p.action }),
    warnings: t.field({ type: [PersonalDataWarningRef], resolve: (p) => [...p.warnings] }),
  }),
});
const UpdateActionPayload = builder.objectRef<ActionSaved>("UpdateActionPayload").implement({
  description: "The changed action, and any personal data found in its new text",
  fields: (t) => ({
    action: t.field({ type: ActionNode, resolve: (p) => p.action }),
    warnings: t.field({ type: [PersonalDataWarningRef], resolve: (p) => [...p.warnings] }),
  }),
});
const ChangeActionStatusPayload = builder
  .objectRef<ActionStatusChanged>("ChangeActionStatusPayload")
  .implement({
    description:
      "The action after the step, the history entry it added, and any personal data found in the comment",
    fields: (t) => ({
      action: t.field({ type: ActionNode, resolve: (p) => p.action }),
      progress: t.field({ type: ProgressUpdateRef, resolve: (p) => p.update }),
      warnings: t.field({ type: [PersonalDataWarningRef], resolve: (p) => [...p.warnings] }),
    }),
  });

const ActionSourceInput = builder.inputType("ActionSourceInput", {
  description: "Where the action was agreed",
  fields: (t) => ({
    meetingId: t.globalID({ required: true, for: [MeetingNode] }),
    agendaItemId: t.id({ description: "An agenda item of that meeting" }),
    decisionId: t.id({ description: "A decision of that meeting" }),
  }),
});

const CreateActionInput = builder.inputType("CreateActionInput", {
  fields: (t) => ({
    text: t.string({ required: true }),
    language: t.field({
      type: LanguageEnum,
      description: "The language of the text (default en); Burmese text is checked for Zawgyi encoding",
    }),
    ownerIds: t.globalIDList({ required: true, for: [OrganizationNode] }),
    contactId: t.id({ description: "The staff contact to ask (Contact.id), normally of one of the owners" }),
    dueOn: t.field({ type: "Date", required: true }),
    source: t.field({ type: ActionSourceInput, required: true }),
    links: t.field({ type: [AgreementLinkInput] }),
  }),
});

const UpdateActionInput = builder.inputType("UpdateActionInput", {
  description: "Only the fields given change; `contactId: null` removes the contact",
  fields: (t) => ({
    text: t.string(),
    language: t.field({ type: LanguageEnum, description: "The language of the new text (default en)" }),
    ownerIds: t.globalIDList({ for: [OrganizationNode] }),
    contactId: t.id(),
    dueOn: t.field({ type: "Date" }),
    links: t.field({ type: [AgreementLinkInput], description: "Replaces every link" }),
  }),
});

type LinkInput = typeof AgreementLinkInput.$inferInput;
const linkInput = (link: LinkInput) => {
  const { agreementId, ...rest } = withoutNulls(link);
  return { ...rest, agreementId: agreementId.id };
};

function createActionInput(input: typeof CreateActionInput.$inferInput) {
  const { ownerIds, source, links, contactId, ...rest } = withoutNulls(input);
  return {
    ...rest,
    ownerIds: ownerIds.map((o) => o.id),
    ...(contactId === undefined ? {} : { contactId: String(contactId) }),
    source: {
      meetingId: source.meetingId.id,
      ...(source.agendaItemId === undefined ? {} : { agendaItemId: String(source.agendaItemId) }),
      ...(source.decisionId === undefined ? {} : { decisionId: String(source.decisionId) }),
    },
    ...(links === undefined ? {} : { links: links.map(linkInput) }),
  };
}

function updateActionInput(id: string, version: number, input: typeof UpdateActionInput.$inferInput) {
  const { ownerIds, links, contactId: _, ...rest } = withoutNulls(input);
  return {
    actionId: id,
    version,
    ...rest,
    ...(ownerIds === undefined ? {} : { ownerIds: ownerIds.map((o) => o.id) }),
    // null is meaningful here (remove the contact), so it is kept apart from "not given".
    ...(input.contactId === undefined
      ? {}
      : { contactId: input.contactId === null ? null : String(input.contactId) }),
    ...(links === undefined ? {} : { links: links.map(linkInput) }),
  };
}

const ActionVersionInput = builder.inputType("ActionVersionInput", {
  description: "An action and the version the change is based on",
  fields: (t) => ({
    id: t.globalID({ required: true, for: [ActionNode] }),
    version: t.int({ required: true }),
  }),
});

/** The most actions one bulk change may name: a meeting's worth, with room to spare. */
const BULK_LIMIT = 100;

function changeStatus(
  ctx: Context,
  input: { id: string; version: number; event: string; comment?: string | null; language?: string | null },
): ActionStatusChanged {
  const valid = orFail(
    validate(
      actionStatusInputSchema,
      withoutNulls({
        actionId: input.id,
        version: input.version,
        event: input.event,
        comment: input.comment,
        language: input.language,
      }),
    ),
    ctx,
  );
  return orFail(ctx.repos.actions.changeStatus(ctx.write(), valid), ctx);
}

interface BulkOutcome {
  readonly id: string;
  readonly result: ActionStatusChanged | Failure;
}

const ActionStatusOutcome = builder.objectRef<BulkOutcome>("ActionStatusOutcome").implement({
  fields: (t) => ({
    id: t.globalID({
      description: "The action, as named in the request",
      resolve: (o) => ({ type: "Action", id: o.id }),
    }),
    result: t.field({
      type: ChangeActionStatusPayload,
      // The failure was caught per item; rethrown here, the errors plugin returns it as its typed result.
      errors: {
        union: { name: "ActionStatusResult", description: "One action's outcome in a bulk status change" },
      },
      resolve: (o) => {
        if (o.result instanceof Failure) throw o.result;
        return o.result;
      },
    }),
  }),
});

const BulkChangeActionStatusPayload = builder
  .objectRef<{ readonly outcomes: readonly BulkOutcome[] }>("BulkChangeActionStatusPayload")
  .implement({
    fields: (t) => ({
      outcomes: t.field({
        type: [ActionStatusOutcome],
        description: "One outcome per action, in the order of the request",
        resolve: (p) => [...p.outcomes],
      }),
      changed: t.int({
        description: "How many actions changed",
        resolve: (p) => p.outcomes.filter((o) => !(o.result instanceof Failure)).length,
      }),
    }),
  });

builder.mutationFields((t) => ({
  createAction: t.field({
    type: CreateActionPayload,
    description:
      "Records an action agreed at a meeting. Personal data in the text is refused when the series is restricted and returned as warnings otherwise",
    authScopes: (_, { input }) => ({
      manageMeeting: { id: input.source.meetingId.id, field: "source.meetingId" },
    }),
    errors: {},
    args: { input: t.arg({ type: CreateActionInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const valid = orFail(validate(actionInputSchema, createActionInput(input)), ctx);
      return orFail(ctx.repos.actions.create(ctx.write(), valid), ctx);
    },
  }),
  updateAction: t.field({
    type: UpdateActionPayload,
    description:
      "Edits text, owners, due date, contact or links of the given version: admins and the series' coordinators",
    authScopes: (_, { id }) => ({ editAction: id.id }),
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: [ActionNode] }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: UpdateActionInput, required: true }),
    },
    resolve: (_, { id, version, input }, ctx) => {
      const {
        actionId,
        version: expected,
        ...changes
      } = orFail(validate(actionEditInputSchema, updateActionInput(id.id, version, input)), ctx);
      return orFail(ctx.repos.actions.update(ctx.write(), actionId, expected, changes), ctx);
    },
  }),
  changeActionStatus: t.field({
    type: ChangeActionStatusPayload,
    description:
      "Starts, blocks, unblocks, completes, cancels or reopens an action, or reports progress on it: " +
      "admins, the series' coordinators and the owning organizations",
    authScopes: (_, { id }) => ({ changeAction: id.id }),
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: [ActionNode] }),
      version: t.arg.int({ required: true }),
      event: t.arg({ type: ActionEventEnum, required: true }),
      comment: t.arg.string({ description: "Required for block, cancel, reopen and report" }),
      language: t.arg({ type: LanguageEnum, description: "The language of the comment (default en)" }),
    },
    resolve: (_, { id, ...rest }, ctx) => changeStatus(ctx, { id: id.id, ...rest }),
  }),
  bulkChangeActionStatus: t.field({
    type: BulkChangeActionStatusPayload,
    description:
      "Applies one event with one comment to many actions, as a coordinator does after a meeting. Each action changes on its own: one that is stale or may not take the step is reported in its outcome and the others still change, so the portal reloads and retries only those. " +
      "Each action is authorized as by changeActionStatus; a refusal is that action's outcome",
    authScopes: { signedIn: true },
    errors: {},
    args: {
      items: t.arg({ type: [ActionVersionInput], required: true }),
      event: t.arg({ type: ActionEventEnum, required: true }),
      comment: t.arg.string(),
      language: t.arg({ type: LanguageEnum }),
    },
    resolve: async (_, { items, ...rest }, ctx) => {
      if (items.length > BULK_LIMIT) {
        throw new ValidationFailure(
          [{ path: "items", key: "validation.too_many", params: { maximum: BULK_LIMIT } }],
          ctx.lang,
        );
      }
      const actor = ctx.actor;
      if (actor === null) throw refusal(ctx);
      const outcomes: BulkOutcome[] = [];
      // In turn, as the mutations of one operation run: each change sees the ones before it.
      for (const item of items) {
        try {
          if (!(await mayChangeAction(ctx, actor, item.id.id))) throw refusal(ctx);
          outcomes.push({
            id: item.id.id,
            result: changeStatus(ctx, { ...rest, id: item.id.id, version: item.version }),
          });
        } catch (e) {
          if (!(e instanceof Failure)) throw e;
          outcomes.push({ id: item.id.id, result: e });
        }
      }
      return { outcomes };
    },
  }),
}));

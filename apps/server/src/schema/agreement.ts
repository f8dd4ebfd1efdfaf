import {
  AGREEMENT_KINDS,
  AGREEMENT_LIFECYCLE,
  AGREEMENT_STATUSES,
  type Agreement,
  type AgreementDates,
  type AgreementEvent,
  type AgreementEventType,
  agreementDraftInputSchema,
  agreementEditInputSchema,
  agreementEvents,
  agreementStatusOn,
  type CooperationArea,
  diffSopVersions,
  effectiveExpiry,
  expiringWithin,
  type Party,
  type Reminder,
  type Renewal,
  remindersDue,
  type Signatory,
  type SopStep,
  type SopStepChange,
  type SopVersion,
  sopTargetDays,
  sopVersionInputSchema,
} from "@moei/domain/agreement";
import type { AgreementLink } from "@moei/domain/meeting";
import { COUNTRIES } from "@moei/domain/organization";
import { addDays, type PlainDate, validate } from "@moei/domain/shared";
import { createContextCache } from "@pothos/core";
import { resolveArrayConnection } from "@pothos/plugin-relay";
import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { orFail } from "../failures.ts";
import { connection, inOrder, pageArgs } from "./connection.ts";
import { withoutNulls } from "./ids.ts";
import { CountryEnum, OrganizationNode } from "./organization.ts";
import { LocalizedTextInput, LocalizedTextRef } from "./scalars.ts";

// ---------------------------------------------------------------------------------------------------
// Enums, from the domain's value lists

export const AgreementKindEnum = builder.enumType("AgreementKind", { values: AGREEMENT_KINDS });
export const AgreementStatusEnum = builder.enumType("AgreementStatus", { values: AGREEMENT_STATUSES });
// The lifecycle table is the one list of events; its keys are the event names.
const AgreementEventEnum = builder.enumType("AgreementEvent", {
  description: "A step in an agreement's lifecycle; each has its own mutation",
  values: Object.keys(AGREEMENT_LIFECYCLE) as AgreementEventType[],
});
const PartyKindEnum = builder.enumType("PartyKind", {
  values: ["government", "organization"] as const satisfies readonly Party["ref"]["kind"][],
});
const RenewalKindEnum = builder.enumType("RenewalKind", {
  description: "none; automatic (renews itself unless notice is given); by_agreement (needs a new decision)",
  values: ["none", "automatic", "by_agreement"] as const satisfies readonly Renewal["kind"][],
});
const ReminderKindEnum = builder.enumType("AgreementReminderKind", {
  values: ["expiry", "review"] as const satisfies readonly Reminder["kind"][],
});
const ResponsibleSideEnum = builder.enumType("ResponsibleSide", {
  description: "The country whose side carries out an SOP step (ISO 3166-1 alpha-2), or joint",
  values: [...COUNTRIES, "joint"] as const,
});
type StepChangeField = Extract<SopStepChange, { kind: "changed" }>["fields"][number];
const SopStepFieldEnum = builder.enumType("SopStepField", {
  values: ["order", "title", "responsibleSide", "targetDays"] as const satisfies readonly StepChangeField[],
});
const SopStepChangeKindEnum = builder.enumType("SopStepChangeKind", {
  values: ["added", "removed", "changed"] as const satisfies readonly SopStepChange["kind"][],
});

// ---------------------------------------------------------------------------------------------------
// Agreement and its parts

export const AgreementNode = builder.loadableNodeRef<Agreement, string, string>("Agreement", {
  id: { resolve: (a) => a.id, parse: (id) => id },
  load: async (ids: string[], ctx: Context) => inOrder(ids, ctx.repos.agreements.getMany(ids)),
});

const SignatoryRef = builder.objectRef<Signatory>("Signatory").implement({
  description: "An official who signs for a party (never a victim).",
  fields: (t) => ({
    name: t.exposeString("name"),
    title: t.exposeString("title", { description: "Position, e.g. Minister of Social Development" }),
    signedOn: t.field({ type: "Date", nullable: true, resolve: (s) => s.signedOn ?? null }),
  }),
});

const PartyRef = builder.objectRef<Party>("Party").implement({
  description: "A government (represented by a ministry) or an organization such as IOM.",
  fields: (t) => ({
    kind: t.field({ type: PartyKindEnum, resolve: (p) => p.ref.kind }),
    country: t.field({
      type: CountryEnum,
      nullable: true,
      description: "The government's country; null for an organization party",
      resolve: (p) => (p.ref.kind === "government" ? p.ref.country : null),
    }),
    organization: t.field({
      type: OrganizationNode,
      nullable: true,
      description:
        "The organization, or the ministry that represents a government; may be unset for a government",
      resolve: (p) => p.ref.organizationId ?? null,
    }),
    signatories: t.field({ type: [SignatoryRef], resolve: (p) => [...p.signatories] }),
  }),
});

const CooperationAreaRef = builder.objectRef<CooperationArea>("CooperationArea").implement({
  description: 'A numbered clause of cooperation ("3", or a sub-clause "3.2").',
  fields: (t) => ({
    number: t.exposeString("number"),
    title: t.field({ type: LocalizedTextRef, resolve: (a) => a.title }),
  }),
});

const AgreementDatesRef = builder.objectRef<AgreementDates>("AgreementDates").implement({
  description:
    "The recorded dates of an agreement; lifecycle mutations set the signature, force and end dates.",
  fields: (t) => {
    const date = (key: keyof AgreementDates, description?: string) =>
      t.field({
        type: "Date",
        nullable: true,
        ...(description ? { description } : {}),
        resolve: (d) => d[key] ?? null,
      });
    return {
      cabinetApprovedOn: date("cabinetApprovedOn", "When the Cabinet approved the text for signature"),
      signedOn: date("signedOn"),
      inForceOn: date("inForceOn"),
      reviewStartedOn: date("reviewStartedOn", "Set while a review is under way"),
      reviewDueOn: date("reviewDueOn"),
      expiresOn: date("expiresOn", "As recorded; see Agreement.effectiveExpiry for automatic renewals"),
      endedOn: date("endedOn", "When it expired, was terminated or was superseded"),
    };
  },
});

const RenewalRef = builder.objectRef<Renewal>("Renewal").implement({
  fields: (t) => ({
    kind: t.field({ type: RenewalKindEnum, resolve: (r) => r.kind }),
    periodMonths: t.int({
      nullable: true,
      description: "For automatic renewal: the length of each renewed period",
      resolve: (r) => (r.kind === "automatic" ? r.periodMonths : null),
    }),
    noticeDays: t.int({
      nullable: true,
      description: "For automatic renewal: how long before expiry a party must give notice to stop it",
      resolve: (r) => (r.kind === "automatic" ? (r.noticeDays ?? null) : null),
    }),
  }),
});

const ReminderRef = builder.objectRef<Reminder>("AgreementReminder").implement({
  description: "A renewal or review date coming within 180, 90 or 30 days (or passed).",
  fields: (t) => ({
    kind: t.field({ type: ReminderKindEnum, resolve: (r) => r.kind }),
    threshold: t.exposeInt("threshold", {
      description: "The smallest of 180, 90, 30 days the date has come within; 0 once it has passed",
    }),
    dueOn: t.field({ type: "Date", resolve: (r) => r.dueOn }),
    daysLeft: t.exposeInt("daysLeft", { description: "Negative once the date has passed" }),
  }),
});

const SopStepRef = builder.objectRef<SopStep>("SopStep").implement({
  description: "A step of a bilateral SOP (identification, verification, handover…).",
  fields: (t) => ({
    key: t.exposeString("key", {
      description: "Stable across versions, so that versions compare step by step",
    }),
    order: t.exposeInt("order", { description: "1 … n" }),
    title: t.field({ type: LocalizedTextRef, resolve: (s) => s.title }),
    responsibleSide: t.field({ type: ResponsibleSideEnum, resolve: (s) => s.responsibleSide }),
    targetDays: t.int({
      nullable: true,
      description: "Target working days for the step, where one is set",
      resolve: (s) => s.targetDays ?? null,
    }),
  }),
});

const SopVersionRef = builder.objectRef<SopVersion>("SopVersion").implement({
  description: "One adopted version of an SOP's steps; versions are numbered 1, 2, … per agreement.",
  fields: (t) => ({
    agreement: t.field({ type: AgreementNode, resolve: (v) => v.agreementId }),
    version: t.exposeInt("version"),
    adoptedOn: t.field({ type: "Date", nullable: true, resolve: (v) => v.adoptedOn ?? null }),
    note: t.string({
      nullable: true,
      description: "What changed in this version, in the coordinator's words",
      resolve: (v) => v.note ?? null,
    }),
    steps: t.field({ type: [SopStepRef], description: "In order", resolve: (v) => [...v.steps] }),
    targetDays: t.int({
      nullable: true,
      description: "The steps' target days added up; null when a step has none",
      resolve: (v) => sopTargetDays(v) ?? null,
    }),
  }),
});

const SopStepChangeRef = builder.objectRef<SopStepChange>("SopStepChange").implement({
  description: "How one step differs between two SOP versions, matched by key.",
  fields: (t) => ({
    kind: t.field({ type: SopStepChangeKindEnum, resolve: (c) => c.kind }),
    key: t.string({ resolve: (c) => (c.kind === "changed" ? c.after.key : c.step.key) }),
    fields: t.field({
      type: [SopStepFieldEnum],
      description: "What changed; empty for an added or removed step",
      resolve: (c) => (c.kind === "changed" ? [...c.fields] : []),
    }),
    before: t.field({
      type: SopStepRef,
      nullable: true,
      description: "The step in the older version; null when added",
      resolve: (c) => (c.kind === "changed" ? c.before : c.kind === "removed" ? c.step : null),
    }),
    after: t.field({
      type: SopStepRef,
      nullable: true,
      description: "The step in the newer version; null when removed",
      resolve: (c) => (c.kind === "changed" ? c.after : c.kind === "added" ? c.step : null),
    }),
  }),
});

/**
 * One loader for `sopVersions` and `sopChanges`, so that asking for both on a page of agreements
 * still costs one batch (two statements).
 */
const sopVersionsOf = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, SopVersion[]>(async (ids) => {
      const all = ctx.repos.agreements.sopVersionsOfMany(ids);
      return ids.map((id) => all.filter((v) => v.agreementId === id));
    }),
);

AgreementNode.implement({
  description:
    "An MOU, bilateral SOP, annex, plan of action, convention or partnership MOU, with its parties, " +
    "clauses, dates and lifecycle.",
  fields: (t) => ({
    kind: t.field({ type: AgreementKindEnum, resolve: (a) => a.kind }),
    title: t.field({ type: LocalizedTextRef, resolve: (a) => a.title }),
    status: t.field({
      type: AgreementStatusEnum,
      description: "As recorded by the last lifecycle mutation; statusOn(date) derives it from the dates",
      resolve: (a) => a.status,
    }),
    version: t.exposeInt("version", {
      description: "Pass it back to mutations; a stale one gets a ConflictError with the current one",
    }),
    parties: t.field({ type: [PartyRef], resolve: (a) => [...a.parties] }),
    areas: t.field({
      type: [CooperationAreaRef],
      description: "The cooperation areas (numbered clauses), in order",
      resolve: (a) => [...a.areas],
    }),
    dates: t.field({ type: AgreementDatesRef, resolve: (a) => a.dates }),
    renewal: t.field({ type: RenewalRef, resolve: (a) => a.renewal }),
    parent: t.field({
      type: AgreementNode,
      nullable: true,
      description: "The MOU this SOP, annex or plan of action implements",
      resolve: (a) => a.parentId ?? null,
    }),
    children: t.loadableList({
      type: AgreementNode,
      description: "The SOPs, annexes and plans of action under this agreement, by English title",
      load: async (ids: string[], ctx: Context) => {
        const all = ctx.repos.agreements.childrenOfMany(ids);
        return ids.map((id) => all.filter((c) => c.parentId === id));
      },
      resolve: (a) => a.id,
    }),
    supersedes: t.field({
      type: AgreementNode,
      nullable: true,
      description: "The earlier agreement this one replaces",
      resolve: (a) => a.supersedesId ?? null,
    }),
    supersededBy: t.field({
      type: AgreementNode,
      nullable: true,
      description: "The later agreement that replaced this one",
      resolve: (a) => a.supersededById ?? null,
    }),
    statusOn: t.field({
      type: AgreementStatusEnum,
      description: "The status it had (or will have) on a date, from its recorded dates",
      args: { date: t.arg({ type: "Date", required: true }) },
      resolve: (a, { date }) => agreementStatusOn(a, date),
    }),
    effectiveExpiry: t.field({
      type: "Date",
      nullable: true,
      description:
        "The expiry that applies on a date (today in Thailand by default), automatic renewals rolled forward",
      args: { on: t.arg({ type: "Date" }) },
      resolve: (a, { on }, ctx) => effectiveExpiry(a, on ?? ctx.today()) ?? null,
    }),
    reminders: t.field({
      type: [ReminderRef],
      description: "Expiry and review reminders due today (in Thailand)",
      resolve: (a, _, ctx) => remindersDue(a, ctx.today()),
    }),
    allowedEvents: t.field({
      type: [AgreementEventEnum],
      description: "The lifecycle steps the current status allows: what the portal offers as buttons",
      resolve: (a) => agreementEvents(a),
    }),
    sopVersions: t.field({
      type: [SopVersionRef],
      description: "The SOP's adopted versions, oldest first (SOPs and annexes only)",
      resolve: (a, _, ctx) => sopVersionsOf(ctx).load(a.id),
    }),
    sopChanges: t.field({
      type: [SopStepChangeRef],
      nullable: true,
      description:
        "What changed, step by step, from one SOP version to another; null when either does not exist",
      args: { from: t.arg.int({ required: true }), to: t.arg.int({ required: true }) },
      resolve: async (a, { from, to }, ctx) => {
        const versions = await sopVersionsOf(ctx).load(a.id);
        const before = versions.find((v) => v.version === from);
        const after = versions.find((v) => v.version === to);
        return before && after ? diffSopVersions(before, after) : null;
      },
    }),
  }),
});

// ---------------------------------------------------------------------------------------------------
// Queries

const MAX_EXPIRY_WINDOW_DAYS = 3660;

builder.queryField("agreements", (t) =>
  t.connection({
    type: AgreementNode,
    description:
      "Agreements by expiry, soonest first and those without one last; filter by status, kind, party or title",
    authScopes: { anyone: true },
    args: {
      status: t.arg({ type: [AgreementStatusEnum] }),
      kind: t.arg({ type: [AgreementKindEnum] }),
      partyOrganizationId: t.arg.globalID({
        for: [OrganizationNode],
        description: "Agreements one of whose parties is, or is represented by, this organization",
      }),
      query: t.arg.string({ description: "Matches the title in any language" }),
      expiringWithinDays: t.arg.int({
        description:
          "Only agreements signed or in force today (in Thailand) whose effective expiry, automatic renewals " +
          "rolled forward, falls within this many days; ordered by that expiry",
      }),
    },
    resolve: (_, args, ctx) => {
      const filter = withoutNulls({
        status: args.status,
        kind: args.kind,
        partyOrganizationId: args.partyOrganizationId?.id,
        query: args.query,
      });
      const days = args.expiringWithinDays;
      if (days == null) return connection(ctx.repos.agreements.list(filter, pageArgs(args)));
      if (days < 0 || days > MAX_EXPIRY_WINDOW_DAYS) {
        throw new GraphQLError(`expiringWithinDays must be between 0 and ${MAX_EXPIRY_WINDOW_DAYS}.`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      return expiringConnection(ctx, filter, days, args);
    },
  }),
);

/**
 * The repository filters by stored expiry and the domain's `expiringWithin` decides. Automatic renewals
 * only roll an expiry forward, so "stored expiry on or before the horizon" holds every agreement whose
 * effective expiry does: the repository narrows the candidates in SQL, and the domain applies the
 * status-on-today and renewal rules to them. The result is a derived list, paged in memory with offset
 * cursors; it is short (what expires within a window), so every candidate page is read.
 */
function expiringConnection(
  ctx: Context,
  filter: Parameters<Context["repos"]["agreements"]["list"]>[0],
  days: number,
  args: { first?: number | null; after?: string | null },
) {
  const today = ctx.today();
  const candidates: Agreement[] = [];
  let after: string | null = null;
  do {
    const page = ctx.repos.agreements.list(
      { ...filter, expiringBefore: addDays(today, days + 1) as PlainDate },
      { first: 200, after },
    );
    if (!("items" in page)) throw new Error("The repository refused its own cursor");
    candidates.push(...page.items);
    after = page.hasNextPage ? page.endCursor : null;
  } while (after !== null);
  const expiring = expiringWithin(candidates, today, days);
  try {
    const page = resolveArrayConnection({ args, defaultSize: 50, maxSize: 200 }, expiring);
    return { ...page, edges: page.edges.flatMap((e) => (e ? [e] : [])), totalCount: expiring.length };
  } catch {
    throw new GraphQLError("This cursor is not valid here; start again from the first page.", {
      extensions: { code: "INVALID_CURSOR" },
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Inputs: they mirror the domain's schemas field for field, so validation paths name input fields

const PartyRefInput = builder.inputType("PartyRefInput", {
  fields: (t) => ({
    kind: t.field({ type: PartyKindEnum, required: true }),
    country: t.field({ type: CountryEnum, description: "Required for a government; not allowed otherwise" }),
    organizationId: t.globalID({
      for: [OrganizationNode],
      description: "Required for an organization; for a government, the ministry that represents it",
    }),
  }),
});

const SignatoryInput = builder.inputType("SignatoryInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    title: t.string({ required: true }),
    signedOn: t.field({ type: "Date", description: "Filled in by signAgreement where not given" }),
  }),
});

const PartyInput = builder.inputType("PartyInput", {
  fields: (t) => ({
    ref: t.field({ type: PartyRefInput, required: true }),
    signatories: t.field({ type: [SignatoryInput] }),
  }),
});

const CooperationAreaInput = builder.inputType("CooperationAreaInput", {
  fields: (t) => ({
    number: t.string({ required: true, description: '"1", "3.2"' }),
    title: t.field({ type: LocalizedTextInput, required: true }),
  }),
});

const RenewalInput = builder.inputType("RenewalInput", {
  fields: (t) => ({
    kind: t.field({ type: RenewalKindEnum, required: true }),
    periodMonths: t.int({ description: "Required for automatic renewal" }),
    noticeDays: t.int(),
  }),
});

const AgreementDraftInput = builder.inputType("AgreementDraftInput", {
  description: "A new agreement; it starts as a draft, and parties and dates may be filled in later.",
  fields: (t) => ({
    kind: t.field({ type: AgreementKindEnum, required: true }),
    title: t.field({ type: LocalizedTextInput, required: true }),
    parties: t.field({ type: [PartyInput] }),
    areas: t.field({ type: [CooperationAreaInput] }),
    renewal: t.field({ type: RenewalInput, description: "None when not given" }),
    parentId: t.globalID({ for: [AgreementNode] }),
    supersedesId: t.globalID({ for: [AgreementNode] }),
    cabinetApprovedOn: t.field({ type: "Date" }),
    reviewDueOn: t.field({ type: "Date" }),
    expiresOn: t.field({ type: "Date" }),
  }),
});

const AgreementEditInput = builder.inputType("AgreementEditInput", {
  description:
    "The fields to change: an absent field is kept, null clears an optional one (parent, predecessor, " +
    "dates). Kind, parties and areas are the negotiated terms: locked once signed.",
  fields: (t) => ({
    kind: t.field({ type: AgreementKindEnum }),
    title: t.field({ type: LocalizedTextInput }),
    parties: t.field({ type: [PartyInput], description: "Replaces all parties" }),
    areas: t.field({ type: [CooperationAreaInput], description: "Replaces all areas" }),
    renewal: t.field({ type: RenewalInput }),
    parentId: t.globalID({ for: [AgreementNode] }),
    supersedesId: t.globalID({ for: [AgreementNode] }),
    cabinetApprovedOn: t.field({ type: "Date" }),
    reviewDueOn: t.field({ type: "Date" }),
    expiresOn: t.field({ type: "Date" }),
  }),
});

const SopStepInput = builder.inputType("SopStepInput", {
  fields: (t) => ({
    key: t.string({ required: true, description: "lower_snake, kept across versions for the same step" }),
    order: t.int({ required: true }),
    title: t.field({ type: LocalizedTextInput, required: true }),
    responsibleSide: t.field({ type: ResponsibleSideEnum, required: true }),
    targetDays: t.int(),
  }),
});

const SopVersionInput = builder.inputType("SopVersionInput", {
  fields: (t) => ({
    agreementId: t.globalID({ required: true, for: [AgreementNode] }),
    adoptedOn: t.field({ type: "Date" }),
    note: t.string(),
    steps: t.field({ type: [SopStepInput], required: true }),
  }),
});

type PartyInputValue = typeof PartyInput.$inferInput;

const partyValue = (party: PartyInputValue) => {
  const { ref, ...rest } = withoutNulls(party);
  const { organizationId, ...refRest } = ref;
  return { ...rest, ref: { ...refRest, ...(organizationId ? { organizationId: organizationId.id } : {}) } };
};

function draftValue(input: typeof AgreementDraftInput.$inferInput) {
  const { parties, parentId, supersedesId, ...rest } = withoutNulls(input);
  return {
    ...rest,
    ...(parties ? { parties: input.parties?.map(partyValue) } : {}),
    ...(parentId ? { parentId: parentId.id } : {}),
    ...(supersedesId ? { supersedesId: supersedesId.id } : {}),
  };
}

/** Keeps top-level nulls (they clear) while dropping nulls inside the given values. */
function editValue(input: typeof AgreementEditInput.$inferInput, version: number) {
  const { parties, parentId, supersedesId, ...rest } = input;
  const kept = Object.entries(rest).filter(([, v]) => v !== undefined);
  return {
    version,
    ...Object.fromEntries(kept.map(([k, v]) => [k, v === null ? null : withoutNulls(v)])),
    ...(parties === undefined ? {} : { parties: parties === null ? null : parties.map(partyValue) }),
    ...(parentId === undefined ? {} : { parentId: parentId?.id ?? null }),
    ...(supersedesId === undefined ? {} : { supersedesId: supersedesId?.id ?? null }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Mutations

builder.mutationFields((t) => ({
  createAgreement: t.field({
    type: AgreementNode,
    authScopes: { editor: true },
    description: "Records a new agreement as a draft",
    errors: {},
    args: { input: t.arg({ type: AgreementDraftInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const valid = orFail(validate(agreementDraftInputSchema, draftValue(input)), ctx);
      return orFail(ctx.repos.agreements.createDraft(ctx.write(), valid), ctx);
    },
  }),
  updateAgreement: t.field({
    type: AgreementNode,
    authScopes: { editor: true },
    description: "Changes the fields given; the terms (kind, parties, areas) only before signature",
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: [AgreementNode] }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: AgreementEditInput, required: true }),
    },
    resolve: (_, { id, version, input }, ctx) => {
      const { version: expected, ...edit } = orFail(
        validate(agreementEditInputSchema, editValue(input, version)),
        ctx,
      );
      return orFail(ctx.repos.agreements.update(ctx.write(), id.id, expected, edit), ctx);
    },
  }),
  addSopVersion: t.field({
    type: SopVersionRef,
    authScopes: { editor: true },
    description: "Adopts the next version of an SOP's or annex's steps",
    errors: {},
    args: { input: t.arg({ type: SopVersionInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const { agreementId, ...rest } = withoutNulls(input);
      const valid = orFail(validate(sopVersionInputSchema, { ...rest, agreementId: agreementId.id }), ctx);
      const version = orFail(ctx.repos.agreements.addSopVersion(ctx.write(), valid), ctx);
      sopVersionsOf.delete(ctx);
      return version;
    },
  }),
}));

const applyEvent = (ctx: Context, id: string, version: number, event: AgreementEvent) =>
  orFail(ctx.repos.agreements.applyEvent(ctx.write(), id, version, event), ctx);

// Every lifecycle step takes the agreement and the version it was read at; dated steps take the date.
builder.mutationFields((t) => {
  const id = t.arg.globalID({ required: true, for: [AgreementNode] });
  const version = t.arg.int({ required: true });
  const on = t.arg({ type: "Date", required: true });
  return {
    startAgreementNegotiation: t.field({
      type: AgreementNode,
      authScopes: { editor: true },
      description: "draft → negotiating",
      errors: {},
      args: { id, version },
      resolve: (_, a, ctx) => applyEvent(ctx, a.id.id, a.version, { type: "start_negotiation" }),
    }),
    signAgreement: t.field({
      type: AgreementNode,
      authScopes: { editor: true },
      description: "negotiating → signed; needs two parties, each with a signatory",
      errors: {},
      args: { id, version, on },
      resolve: (_, a, ctx) => applyEvent(ctx, a.id.id, a.version, { type: "sign", on: a.on }),
    }),
    bringAgreementIntoForce: t.field({
      type: AgreementNode,
      authScopes: { editor: true },
      description: "signed → in_force",
      errors: {},
      args: { id, version, on },
      resolve: (_, a, ctx) => applyEvent(ctx, a.id.id, a.version, { type: "bring_into_force", on: a.on }),
    }),
    startAgreementReview: t.field({
      type: AgreementNode,
      authScopes: { editor: true },
      description: "in_force → under_review",
      errors: {},
      args: { id, version, on },
      resolve: (_, a, ctx) => applyEvent(ctx, a.id.id, a.version, { type: "start_review", on: a.on }),
    }),
    completeAgreementReview: t.field({
      type: AgreementNode,
      authScopes: { editor: true },
      description: "under_review → in_force, with the date the next review is due",
      errors: {},
      args: { id, version, on, nextReviewDueOn: t.arg({ type: "Date" }) },
      resolve: (_, a, ctx) =>
        applyEvent(ctx, a.id.id, a.version, {
          type: "complete_review",
          on: a.on,
          ...(a.nextReviewDueOn ? { nextReviewDueOn: a.nextReviewDueOn } : {}),
        }),
    }),
    expireAgreement: t.field({
      type: AgreementNode,
      authScopes: { editor: true },
      description: "in_force or under_review → expired",
      errors: {},
      args: { id, version, on },
      resolve: (_, a, ctx) => applyEvent(ctx, a.id.id, a.version, { type: "expire", on: a.on }),
    }),
    terminateAgreement: t.field({
      type: AgreementNode,
      authScopes: { editor: true },
      description: "negotiating, signed, in_force or under_review → terminated",
      errors: {},
      args: { id, version, on },
      resolve: (_, a, ctx) => applyEvent(ctx, a.id.id, a.version, { type: "terminate", on: a.on }),
    }),
    supersedeAgreement: t.field({
      type: AgreementNode,
      authScopes: { editor: true },
      description:
        "signed, in_force or under_review → superseded by another agreement, which is linked back to this one " +
        "if it names no predecessor yet",
      errors: {},
      args: { id, version, on, by: t.arg.globalID({ required: true, for: [AgreementNode] }) },
      resolve: (_, a, ctx) =>
        applyEvent(ctx, a.id.id, a.version, {
          type: "supersede",
          on: a.on,
          by: a.by.id as Agreement["id"],
        }),
    }),
  };
});

/** What an agenda item or an action refers to: an agreement, optionally one clause or SOP step of it. */
export const AgreementLinkRef = builder.objectRef<AgreementLink>("AgreementLink").implement({
  description:
    "An agreement an agenda item discusses or an action implements, down to a clause or SOP step when known",
  fields: (t) => ({
    agreement: t.field({ type: AgreementNode, resolve: (l) => l.agreementId }),
    clause: t.string({ nullable: true, description: "e.g. 7.2", resolve: (l) => l.clause ?? null }),
    sopStepKey: t.string({ nullable: true, resolve: (l) => l.sopStepKey ?? null }),
  }),
});

export const AgreementLinkInput = builder.inputType("AgreementLinkInput", {
  fields: (t) => ({
    agreementId: t.globalID({ required: true, for: [AgreementNode] }),
    clause: t.string(),
    sopStepKey: t.string(),
  }),
});

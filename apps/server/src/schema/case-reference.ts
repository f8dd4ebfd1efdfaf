import {
  AGE_BANDS,
  type AgeBand,
  type AggregateKey,
  type AggregateRow,
  CASE_LIFECYCLE,
  CASE_STATUSES,
  type CaseEvent,
  type CaseReference,
  type CaseStatus,
  caseEvents,
  caseReferenceInputSchema,
  EXPLOITATION_TYPES,
  type ExploitationType,
  isChild,
  parseCaseCode,
  SEXES,
  type Sex,
} from "@moei/domain/case-reference";
import type { Country } from "@moei/domain/organization";
import { validate } from "@moei/domain/shared";
import { readsCase, visibility } from "../authorization.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { orFail } from "../failures.ts";
import { connection, loaded, pageArgs } from "./connection.ts";
import { withoutNulls } from "./ids.ts";
import { CountryEnum, OrganizationNode } from "./organization.ts";

/*
 * Cases are restricted data. They carry no personal data by design (an opaque code and aggregate
 * fields only), but who holds which case is itself sensitive: every read and write below is for admins
 * and the members and coordinators of the holding organizations (the domain's canReadCase and
 * canRecordCase); to anyone else a case does not exist.
 */

const SexEnum = builder.enumType("Sex", { values: SEXES });

// GraphQL enum names cannot start with a digit or hold "-" or "+": "18-24" is age_18_24, "60+" age_60_plus.
const ageBandName = (band: AgeBand) =>
  band === "unknown" ? band : `age_${band.replace("-", "_").replace("+", "_plus")}`;
const AgeBandEnum = builder.enumType("AgeBand", {
  description:
    "Age band at identification: age_0_11 and age_12_17 are children, whose cases get stricter access",
  values: Object.fromEntries(AGE_BANDS.map((band) => [ageBandName(band), { value: band }])) as Record<
    string,
    { value: AgeBand }
  >,
});

const ExploitationTypeEnum = builder.enumType("ExploitationType", { values: EXPLOITATION_TYPES });
const CaseStatusEnum = builder.enumType("CaseStatus", {
  description: "Where a case stands in the bilateral return and reintegration SOP",
  values: CASE_STATUSES,
});
// The lifecycle table is the one list of events; its keys are the event names.
const CaseEventEnum = builder.enumType("CaseEvent", {
  values: Object.keys(CASE_LIFECYCLE) as CaseEvent[],
});
// The domain names the keys as a type only; `satisfies` keeps this list to it.
const CaseAggregateKeyEnum = builder.enumType("CaseAggregateKey", {
  values: [
    "nationality",
    "sex",
    "ageBand",
    "exploitationType",
    "status",
  ] as const satisfies readonly AggregateKey[],
});

/** Keyed by code, in the order asked, for dataloaders; null for unknown codes and cases the actor may not read. */
function byCode(ctx: Context, codes: readonly string[], cases: readonly CaseReference[]) {
  const found = new Map(cases.map((c) => [c.code as string, c]));
  return loaded(
    codes.map((code) => {
      const c = found.get(code);
      return c !== undefined && readsCase(ctx, c) ? c : null;
    }),
  );
}

export const CaseReferenceNode = builder.loadableNodeRef<CaseReference, string, string>("CaseReference", {
  id: { resolve: (c) => c.code, parse: (id) => id },
  load: async (codes: string[], ctx: Context) => byCode(ctx, codes, ctx.repos.cases.getMany(codes)),
});

CaseReferenceNode.implement({
  description:
    "A trafficking case known only by its opaque code and aggregate fields; the key to the person stays " +
    "with the case-holding agency. Visible to admins and the holding organizations only.",
  authScopes: (c, ctx) => readsCase(ctx, c),
  fields: (t) => ({
    code: t.string({ description: "e.g. CMM30-L017", resolve: (c) => c.code }),
    nationality: t.field({ type: CountryEnum, resolve: (c) => c.nationality }),
    sex: t.field({ type: SexEnum, resolve: (c) => c.sex }),
    ageBand: t.field({ type: AgeBandEnum, resolve: (c) => c.ageBand }),
    child: t.boolean({ description: "Under 18 at identification", resolve: (c) => isChild(c.ageBand) }),
    exploitationType: t.field({ type: ExploitationTypeEnum, resolve: (c) => c.exploitationType }),
    status: t.field({ type: CaseStatusEnum, resolve: (c) => c.status }),
    version: t.exposeInt("version", {
      description: "Pass it back to changeCaseStatus; a stale one gets a ConflictError with the current one",
    }),
    owners: t.field({
      type: [OrganizationNode],
      description: "The organizations that hold the case",
      resolve: (c) => [...c.owningOrganizationIds],
    }),
    allowedEvents: t.field({
      type: [CaseEventEnum],
      description: "The steps the current status allows: what the portal offers as buttons",
      resolve: (c) => caseEvents(c),
    }),
  }),
});

type AggregateGroup = AggregateRow["group"];

const CaseAggregateGroupRef = builder.objectRef<AggregateGroup>("CaseAggregateGroup").implement({
  description: "The values a row is grouped by; the fields not grouped by are null.",
  // The domain keeps group values as strings; they are the case fields' own values, hence the casts.
  fields: (t) => ({
    nationality: t.field({
      type: CountryEnum,
      nullable: true,
      resolve: (g) => (g.nationality as Country | undefined) ?? null,
    }),
    sex: t.field({ type: SexEnum, nullable: true, resolve: (g) => (g.sex as Sex | undefined) ?? null }),
    ageBand: t.field({
      type: AgeBandEnum,
      nullable: true,
      resolve: (g) => (g.ageBand as AgeBand | undefined) ?? null,
    }),
    exploitationType: t.field({
      type: ExploitationTypeEnum,
      nullable: true,
      resolve: (g) => (g.exploitationType as ExploitationType | undefined) ?? null,
    }),
    status: t.field({
      type: CaseStatusEnum,
      nullable: true,
      resolve: (g) => (g.status as CaseStatus | undefined) ?? null,
    }),
  }),
});

const CaseAggregateRowRef = builder.objectRef<AggregateRow>("CaseAggregateRow").implement({
  description: "How many cases share one combination of values.",
  fields: (t) => ({
    group: t.field({ type: CaseAggregateGroupRef, resolve: (r) => r.group }),
    count: t.int({
      nullable: true,
      description: 'Null when fewer than 5: small cells can identify a person; show "fewer than 5"',
      resolve: (r) => r.count ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  caseReferences: t.connection({
    type: CaseReferenceNode,
    description:
      "Cases by code; filter by status or owning organization. Signed-in users see the cases their organization holds (admins all)",
    authScopes: { signedIn: true },
    args: {
      status: t.arg({ type: [CaseStatusEnum] }),
      organizationId: t.arg.globalID({
        for: [OrganizationNode],
        description: "Cases this organization holds",
      }),
    },
    resolve: (_, args, ctx) =>
      connection(
        ctx.repos.cases.list(
          {
            visibleTo: visibility(ctx),
            ...withoutNulls({ status: args.status, organizationId: args.organizationId?.id }),
          },
          pageArgs(args),
        ),
      ),
  }),
  caseAggregates: t.field({
    type: [CaseAggregateRowRef],
    description:
      "Case counts grouped by the given fields, for minutes and reports; counts under 5 are suppressed. " +
      "Over the cases the viewer may see (their organization's; admins all)",
    authScopes: { signedIn: true },
    args: {
      by: t.arg({ type: [CaseAggregateKeyEnum], required: true }),
      status: t.arg({ type: [CaseStatusEnum] }),
      organizationId: t.arg.globalID({
        for: [OrganizationNode],
        description: "Cases this organization holds",
      }),
    },
    resolve: (_, args, ctx) =>
      ctx.repos.cases.aggregate([...new Set(args.by)], {
        visibleTo: visibility(ctx),
        ...withoutNulls({ status: args.status, organizationId: args.organizationId?.id }),
      }),
  }),
}));

const CaseReferenceInput = builder.inputType("CaseReferenceInput", {
  description: "Aggregate fields only: never a name, ID number or date of birth",
  fields: (t) => ({
    code: t.string({
      required: true,
      description:
        "The case-holding agency's opaque code: upper-case letters and digits in dash-separated groups",
    }),
    nationality: t.field({ type: CountryEnum, required: true }),
    sex: t.field({ type: SexEnum, required: true }),
    ageBand: t.field({ type: AgeBandEnum, required: true }),
    exploitationType: t.field({ type: ExploitationTypeEnum, required: true }),
  }),
});

builder.mutationFields((t) => ({
  createCaseReference: t.field({
    type: CaseReferenceNode,
    description:
      "Records a case under its opaque code, held by the given organizations; it starts as referred. " +
      "Admins, and members and coordinators of one of the holding organizations",
    authScopes: (_, { ownerIds }) => ({ recordCase: ownerIds.map((o) => o.id) }),
    errors: {},
    args: {
      input: t.arg({ type: CaseReferenceInput, required: true }),
      ownerIds: t.arg.globalIDList({ required: true, for: [OrganizationNode] }),
    },
    resolve: (_, { input, ownerIds }, ctx) => {
      const valid = orFail(validate(caseReferenceInputSchema, input), ctx);
      return orFail(
        ctx.repos.cases.create(
          ctx.write(),
          valid,
          ownerIds.map((o) => o.id),
        ),
        ctx,
      );
    },
  }),
  changeCaseStatus: t.field({
    type: CaseReferenceNode,
    description:
      "Moves a case one step along the return and reintegration SOP: admins and the holding organizations",
    authScopes: (_, { code }) => ({ changeCase: code }),
    errors: {},
    args: {
      code: t.arg.string({ required: true }),
      version: t.arg.int({ required: true }),
      event: t.arg({ type: CaseEventEnum, required: true }),
    },
    resolve: (_, { code, version, event }, ctx) => {
      const parsed = orFail(parseCaseCode(code), ctx);
      return orFail(ctx.repos.cases.applyEvent(ctx.write(), parsed, version, event), ctx);
    },
  }),
}));

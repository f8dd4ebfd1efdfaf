import {
  type Cadence,
  type Chair,
  describeCadence,
  type MeetingSeries,
  NUMBERING_SCHEMES,
  SERIES_KINDS,
  seriesInputSchema,
} from "@moei/domain/meeting";
import { CONFIDENTIALITY, validate } from "@moei/domain/shared";
import { readableSeries, readsSeries, visibility } from "../authorization.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { orFail } from "../failures.ts";
import { AgreementNode } from "./agreement.ts";
import { loaded } from "./connection.ts";
import { withoutNulls } from "./ids.ts";
import { CountryEnum, OrganizationNode } from "./organization.ts";
import { LanguageEnum, LocalizedTextInput, LocalizedTextRef, UiLanguageEnum } from "./scalars.ts";

export const SeriesKindEnum = builder.enumType("SeriesKind", { values: SERIES_KINDS });
export const NumberingSchemeEnum = builder.enumType("NumberingScheme", {
  description:
    "sequential counts for ever (30th); thai_year restarts each Buddhist Era year (1/2561); " +
    "fiscal_year restarts each Thai fiscal year, October to September (1/FY2564)",
  values: NUMBERING_SCHEMES,
});
export const ConfidentialityEnum = builder.enumType("Confidentiality", {
  description:
    "Who may see a series' meetings; restricted series (case management) refuse personal data in their records",
  values: CONFIDENTIALITY,
});

export const SeriesNode = builder.loadableNodeRef<MeetingSeries, string, string>("Series", {
  id: { resolve: (s) => s.id, parse: (id) => id },
  // A restricted series the actor may not read loads as null, as an unknown id does.
  load: async (ids: string[], ctx: Context) => loaded(await readableSeries(ctx, ids)),
});

const ChairRef = builder.objectRef<Chair>("Chair").implement({
  description: "The chair on one side of a cross-border series",
  fields: (t) => ({
    side: t.field({ type: CountryEnum, resolve: (c) => c.side }),
    organization: t.field({ type: OrganizationNode, resolve: (c) => c.organizationId }),
    title: t.string({
      nullable: true,
      description: "e.g. Head of the Ranong PSDHS",
      resolve: (c) => c.title ?? null,
    }),
  }),
});

const CadenceRef = builder.objectRef<Cadence>("Cadence").implement({
  description: "When a series meets: an RFC 5545 rule whose wall-clock time is fixed in a time zone.",
  fields: (t) => ({
    rrule: t.exposeString("rrule", { description: "RRULE value, e.g. FREQ=MONTHLY;BYDAY=2TH" }),
    zone: t.field({ type: "TimeZone", resolve: (c) => c.zone }),
    firstStart: t.field({
      type: "LocalDateTime",
      description: "Wall-clock start of the first occurrence in `zone`; it fixes the time of day",
      resolve: (c) => c.firstStart,
    }),
    durationMinutes: t.exposeInt("durationMinutes"),
    description: t.string({
      description: "The rule in words, e.g. Monthly on the second Thursday; the time is shown per zone",
      args: { lang: t.arg({ type: UiLanguageEnum, description: "Defaults to the request's language" }) },
      resolve: (c, { lang }, ctx) => describeCadence(c, lang ?? ctx.lang),
    }),
  }),
});

SeriesNode.implement({
  authScopes: (s, ctx) => readsSeries(ctx, s),
  description:
    "A standing meeting series: a BCATIP border meeting, the monthly Mae Sot NGO/CBO coordination " +
    "meeting, the Thailand–Myanmar case management meetings, a provincial sub-committee.",
  fields: (t) => ({
    kind: t.field({ type: SeriesKindEnum, resolve: (s) => s.kind }),
    name: t.field({ type: LocalizedTextRef, resolve: (s) => s.name }),
    members: t.field({
      type: [OrganizationNode],
      description:
        "Member organizations: the secretariat first (it is always a member), then the others as listed and added",
      resolve: (s) => [...s.memberIds],
    }),
    chairs: t.field({ type: [ChairRef], resolve: (s) => [...s.chairs] }),
    secretariat: t.field({
      type: OrganizationNode,
      description: "The organization that runs the series; always a member",
      resolve: (s) => s.secretariatId,
    }),
    countries: t.field({
      type: [CountryEnum],
      description: "The countries whose delegations meet; two or more make the series cross-border",
      resolve: (s) => [...s.countries],
    }),
    cadence: t.field({
      type: CadenceRef,
      nullable: true,
      description: "None for series that meet when called",
      resolve: (s) => s.cadence ?? null,
    }),
    numbering: t.field({ type: NumberingSchemeEnum, resolve: (s) => s.numbering }),
    confidentiality: t.field({ type: ConfidentialityEnum, resolve: (s) => s.confidentiality }),
    languages: t.field({
      type: [LanguageEnum],
      description: "The working languages; minutes are expected in each",
      resolve: (s) => [...s.languages],
    }),
    quorum: t.float({
      nullable: true,
      description:
        "Share of members (present or remote) needed for decisions, 0–1; none when the series sets no quorum",
      resolve: (s) => s.quorum ?? null,
    }),
    legalBasis: t.field({
      type: AgreementNode,
      nullable: true,
      description: "The MOU or SOP the series carries out",
      resolve: (s) => s.legalBasisId ?? null,
    }),
    active: t.exposeBoolean("active"),
  }),
});

builder.queryField("series", (t) =>
  t.field({
    type: [SeriesNode],
    description:
      "Meeting series by English name; filter by kind or by a member organization. Restricted series appear " +
      "to admins, their coordinators, their members and the organizations invited to their meetings",
    authScopes: { anyone: true },
    args: {
      kind: t.arg({ type: [SeriesKindEnum] }),
      memberId: t.arg.globalID({
        for: [OrganizationNode],
        description: "Series this organization is a member of",
      }),
    },
    resolve: (_, args, ctx) =>
      ctx.repos.series.list({
        visibleTo: visibility(ctx),
        ...(args.kind ? { kind: args.kind } : {}),
        ...(args.memberId ? { memberId: args.memberId.id } : {}),
      }),
  }),
);

const ChairInput = builder.inputType("ChairInput", {
  fields: (t) => ({
    side: t.field({ type: CountryEnum, required: true }),
    organizationId: t.globalID({ required: true, for: [OrganizationNode] }),
    title: t.string(),
  }),
});

const CadenceInput = builder.inputType("CadenceInput", {
  fields: (t) => ({
    rrule: t.string({ required: true, description: "RRULE value, e.g. FREQ=MONTHLY;BYDAY=2TH" }),
    zone: t.field({ type: "TimeZone", required: true }),
    firstStart: t.field({
      type: "LocalDateTime",
      required: true,
      description: "Wall-clock start of the first occurrence; must itself be an occurrence of the rule",
    }),
    durationMinutes: t.int({ required: true }),
  }),
});

const SeriesInput = builder.inputType("SeriesInput", {
  fields: (t) => ({
    kind: t.field({ type: SeriesKindEnum, required: true }),
    name: t.field({ type: LocalizedTextInput, required: true }),
    memberIds: t.globalIDList({
      for: [OrganizationNode],
      description: "The secretariat is added if missing",
    }),
    chairs: t.field({ type: [ChairInput] }),
    secretariatId: t.globalID({ required: true, for: [OrganizationNode] }),
    countries: t.field({ type: [CountryEnum], required: true }),
    cadence: t.field({ type: CadenceInput }),
    numbering: t.field({ type: NumberingSchemeEnum, required: true }),
    confidentiality: t.field({ type: ConfidentialityEnum, required: true }),
    languages: t.field({ type: [LanguageEnum] }),
    quorum: t.float({ description: "0–1" }),
    legalBasisId: t.globalID({ for: [AgreementNode] }),
  }),
});

/** The input with global ids turned into the domain's ids, for the domain's schema to check. */
function seriesInput(input: typeof SeriesInput.$inferInput) {
  const { memberIds, chairs, secretariatId, legalBasisId, ...rest } = withoutNulls(input);
  return {
    ...rest,
    secretariatId: secretariatId.id,
    ...(memberIds ? { memberIds: memberIds.map((m) => m.id) } : {}),
    ...(chairs ? { chairs: chairs.map((c) => ({ ...c, organizationId: c.organizationId.id })) } : {}),
    ...(legalBasisId ? { legalBasisId: legalBasisId.id } : {}),
  };
}

builder.mutationFields((t) => ({
  createSeries: t.field({
    type: SeriesNode,
    description: "Admins only; the admin then names the series' coordinators on their accounts",
    authScopes: { createSeries: true },
    errors: {},
    args: { input: t.arg({ type: SeriesInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const valid = orFail(validate(seriesInputSchema, seriesInput(input)), ctx);
      return orFail(ctx.repos.series.create(ctx.write(), valid), ctx);
    },
  }),
  updateSeries: t.field({
    type: SeriesNode,
    description: "Replaces the series' settings, members and chairs",
    authScopes: (_, { id }) => ({ manageSeries: { id: id.id } }),
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: [SeriesNode] }),
      input: t.arg({ type: SeriesInput, required: true }),
    },
    resolve: (_, { id, input }, ctx) => {
      const valid = orFail(validate(seriesInputSchema, seriesInput(input)), ctx);
      return orFail(ctx.repos.series.update(ctx.write(), id.id, valid), ctx);
    },
  }),
  addSeriesMember: t.field({
    type: SeriesNode,
    description: "Adds an organization at the end of the member list",
    authScopes: (_, { seriesId }) => ({ manageSeries: { id: seriesId.id } }),
    errors: {},
    args: {
      seriesId: t.arg.globalID({ required: true, for: [SeriesNode] }),
      organizationId: t.arg.globalID({ required: true, for: [OrganizationNode] }),
    },
    resolve: (_, { seriesId, organizationId }, ctx) =>
      orFail(ctx.repos.series.addMember(ctx.write(), seriesId.id, organizationId.id), ctx),
  }),
  removeSeriesMember: t.field({
    type: SeriesNode,
    description: "Removes a member; the secretariat cannot leave (hand the secretariat over first)",
    authScopes: (_, { seriesId }) => ({ manageSeries: { id: seriesId.id } }),
    errors: {},
    args: {
      seriesId: t.arg.globalID({ required: true, for: [SeriesNode] }),
      organizationId: t.arg.globalID({ required: true, for: [OrganizationNode] }),
    },
    resolve: (_, { seriesId, organizationId }, ctx) =>
      orFail(ctx.repos.series.removeMember(ctx.write(), seriesId.id, organizationId.id), ctx),
  }),
}));

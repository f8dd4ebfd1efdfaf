import {
  COUNTRIES,
  type Contact,
  contactInputSchema,
  ORGANIZATION_KINDS,
  type Organization,
  organizationInputSchema,
} from "@moei/domain/organization";
import { validate } from "@moei/domain/shared";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { orFail } from "../failures.ts";
import { connection, inOrder, pageArgs } from "./connection.ts";
import { withoutNulls } from "./ids.ts";
import { LanguageEnum, LocalizedTextInput, LocalizedTextRef } from "./scalars.ts";

export const OrganizationKindEnum = builder.enumType("OrganizationKind", { values: ORGANIZATION_KINDS });
export const CountryEnum = builder.enumType("Country", {
  description: "ISO 3166-1 alpha-2 code",
  values: COUNTRIES,
});

export const OrganizationNode = builder.loadableNodeRef<Organization, string, string>("Organization", {
  id: { resolve: (o) => o.id, parse: (id) => id },
  load: async (ids: string[], ctx: Context) => inOrder(ids, ctx.repos.organizations.getMany(ids)),
});

OrganizationNode.implement({
  description: "A ministry, department, police unit, UN agency, NGO or community organization.",
  fields: (t) => ({
    name: t.field({ type: LocalizedTextRef, resolve: (o) => o.name }),
    acronym: t.string({ nullable: true, resolve: (o) => o.acronym ?? null }),
    kind: t.field({ type: OrganizationKindEnum, resolve: (o) => o.kind }),
    country: t.field({ type: CountryEnum, nullable: true, resolve: (o) => o.location?.country ?? null }),
    province: t.string({ nullable: true, resolve: (o) => o.location?.province ?? null }),
    township: t.string({ nullable: true, resolve: (o) => o.location?.township ?? null }),
    parent: t.field({
      type: OrganizationNode,
      nullable: true,
      resolve: (o) => o.parentId ?? null,
    }),
    active: t.exposeBoolean("active"),
    fictional: t.exposeBoolean("fictional", { description: "An invented organization of the demo data" }),
    contacts: t.loadableList({
      type: ContactRef,
      description: "Staff contacts who agreed to be listed; empty when not signed in",
      authScopes: { readContacts: true },
      unauthorizedResolver: () => [],
      load: async (orgIds: string[], ctx: Context) => {
        const all = ctx.repos.organizations.contactsOfMany(orgIds, { listedOnly: true });
        return orgIds.map((id) => all.filter((c) => c.organizationId === id));
      },
      resolve: (o) => o.id,
    }),
  }),
});

export const ContactRef = builder.objectRef<Contact>("Contact").implement({
  description: "A staff member of a partner organization (never a victim).",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    title: t.string({ nullable: true, resolve: (c) => c.title ?? null }),
    email: t.string({
      nullable: true,
      description: "A work address for invitations",
      resolve: (c) => c.email ?? null,
    }),
    languages: t.field({ type: [LanguageEnum], resolve: (c) => [...c.languages] }),
    active: t.exposeBoolean("active"),
  }),
});

builder.queryField("organizations", (t) =>
  t.connection({
    type: OrganizationNode,
    description: "Organizations by English name; filter by kind, country, activity or text",
    authScopes: { anyone: true },
    args: {
      kind: t.arg({ type: [OrganizationKindEnum] }),
      country: t.arg({ type: CountryEnum }),
      active: t.arg.boolean(),
      query: t.arg.string({ description: "Matches any name or the acronym" }),
    },
    resolve: (_, args, ctx) =>
      connection(
        ctx.repos.organizations.list(
          withoutNulls({ kind: args.kind, country: args.country, active: args.active, query: args.query }),
          pageArgs(args),
        ),
      ),
  }),
);

const LocationInput = builder.inputType("LocationInput", {
  fields: (t) => ({
    country: t.field({ type: CountryEnum, required: true }),
    province: t.string(),
    township: t.string(),
  }),
});

const OrganizationInput = builder.inputType("OrganizationInput", {
  fields: (t) => ({
    name: t.field({ type: LocalizedTextInput, required: true }),
    acronym: t.string(),
    kind: t.field({ type: OrganizationKindEnum, required: true }),
    location: t.field({ type: LocationInput }),
    parentId: t.globalID({ for: [OrganizationNode] }),
  }),
});

function organizationInput(input: typeof OrganizationInput.$inferInput) {
  const { parentId, ...rest } = withoutNulls(input);
  return { ...rest, ...(parentId ? { parentId: parentId.id } : {}) };
}

builder.mutationFields((t) => ({
  createOrganization: t.field({
    authScopes: { editor: true },
    type: OrganizationNode,
    errors: {},
    args: { input: t.arg({ type: OrganizationInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const valid = orFail(validate(organizationInputSchema, organizationInput(input)), ctx);
      return orFail(ctx.repos.organizations.create(ctx.write(), valid), ctx);
    },
  }),
  updateOrganization: t.field({
    authScopes: { editor: true },
    type: OrganizationNode,
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: [OrganizationNode] }),
      input: t.arg({ type: OrganizationInput, required: true }),
    },
    resolve: (_, { id, input }, ctx) => {
      const valid = orFail(validate(organizationInputSchema, organizationInput(input)), ctx);
      return orFail(ctx.repos.organizations.update(ctx.write(), id.id, valid), ctx);
    },
  }),
  setOrganizationActive: t.field({
    authScopes: { editor: true },
    type: OrganizationNode,
    description: "Deactivate an organization that no longer takes part, or reactivate it",
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: [OrganizationNode] }),
      active: t.arg.boolean({ required: true }),
    },
    resolve: (_, { id, active }, ctx) =>
      orFail(ctx.repos.organizations.setActive(ctx.write(), id.id, active), ctx),
  }),
}));

const ContactInput = builder.inputType("ContactInput", {
  fields: (t) => ({
    organizationId: t.globalID({ required: true, for: [OrganizationNode] }),
    name: t.string({ required: true }),
    title: t.string(),
    email: t.string(),
    languages: t.field({ type: [LanguageEnum] }),
    consentToList: t.boolean({ description: "The person agreed to be listed in the partner directory" }),
  }),
});

const contactInput = (input: typeof ContactInput.$inferInput) => {
  const { organizationId, ...rest } = withoutNulls(input);
  return { ...rest, organizationId: organizationId.id };
};

builder.mutationFields((t) => ({
  createContact: t.field({
    authScopes: { editor: true },
    type: ContactRef,
    errors: {},
    args: { input: t.arg({ type: ContactInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const valid = orFail(validate(contactInputSchema, contactInput(input)), ctx);
      return orFail(ctx.repos.organizations.createContact(ctx.write(), valid), ctx);
    },
  }),
  updateContact: t.field({
    authScopes: { editor: true },
    type: ContactRef,
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: ContactInput, required: true }),
      active: t.arg.boolean(),
    },
    resolve: (_, { id, input, active }, ctx) => {
      const valid = orFail(validate(contactInputSchema, contactInput(input)), ctx);
      return orFail(
        ctx.repos.organizations.updateContact(ctx.write(), String(id), {
          ...valid,
          ...(active == null ? {} : { active }),
        }),
        ctx,
      );
    },
  }),
}));

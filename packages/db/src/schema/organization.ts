import type { Country, OrganizationKind } from "@moei/domain/organization";
import type { Language } from "@moei/domain/shared";
import { type AnySQLiteColumn, index, text } from "drizzle-orm/sqlite-core";
import { bool, json, table, timestamps } from "./columns.ts";

export const organizations = table(
  "organizations",
  {
    id: text().primaryKey(),
    nameEn: text().notNull(),
    nameTh: text(),
    nameMy: text(),
    acronym: text(),
    kind: text().$type<OrganizationKind>().notNull(),
    country: text().$type<Country>(),
    province: text(),
    township: text(),
    parentId: text().references((): AnySQLiteColumn => organizations.id),
    active: bool().notNull().default(true),
    fictional: bool().notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index("organizations_kind_country_idx").on(t.kind, t.country),
    index("organizations_parent_idx").on(t.parentId),
  ],
);

export const contacts = table(
  "contacts",
  {
    id: text().primaryKey(),
    organizationId: text()
      .notNull()
      .references(() => organizations.id),
    name: text().notNull(),
    title: text(),
    email: text(),
    languages: json<Language[]>().notNull(),
    consentToList: bool().notNull().default(false),
    active: bool().notNull().default(true),
    ...timestamps,
  },
  (t) => [index("contacts_organization_idx").on(t.organizationId)],
);

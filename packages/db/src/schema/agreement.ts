import type { AgreementKind, AgreementStatus, Renewal, ResponsibleSide } from "@moei/domain/agreement";
import type { Country } from "@moei/domain/organization";
import { type AnySQLiteColumn, index, integer, primaryKey, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { json, plainDate, table, timestamps } from "./columns.ts";
import { organizations } from "./organization.ts";

export const agreements = table(
  "agreements",
  {
    id: text().primaryKey(),
    kind: text().$type<AgreementKind>().notNull(),
    titleEn: text().notNull(),
    titleTh: text(),
    titleMy: text(),
    status: text().$type<AgreementStatus>().notNull(),
    version: integer().notNull().default(1),
    cabinetApprovedOn: plainDate(),
    signedOn: plainDate(),
    inForceOn: plainDate(),
    reviewStartedOn: plainDate(),
    reviewDueOn: plainDate(),
    expiresOn: plainDate(),
    endedOn: plainDate(),
    renewal: json<Renewal>().notNull(),
    parentId: text().references((): AnySQLiteColumn => agreements.id),
    supersedesId: text().references((): AnySQLiteColumn => agreements.id),
    supersededById: text().references((): AnySQLiteColumn => agreements.id),
    ...timestamps,
  },
  (t) => [
    index("agreements_status_expiry_idx").on(t.status, t.expiresOn),
    index("agreements_parent_idx").on(t.parentId),
  ],
);

export const agreementParties = table(
  "agreement_parties",
  {
    id: text().primaryKey(),
    agreementId: text()
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    kind: text().$type<"government" | "organization">().notNull(),
    country: text().$type<Country>(),
    organizationId: text().references(() => organizations.id),
  },
  (t) => [
    uniqueIndex("agreement_parties_position_idx").on(t.agreementId, t.position),
    index("agreement_parties_organization_idx").on(t.organizationId),
  ],
);

export const agreementSignatories = table(
  "agreement_signatories",
  {
    partyId: text()
      .notNull()
      .references(() => agreementParties.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    name: text().notNull(),
    title: text().notNull(),
    signedOn: plainDate(),
  },
  (t) => [primaryKey({ columns: [t.partyId, t.position] })],
);

export const cooperationAreas = table(
  "cooperation_areas",
  {
    agreementId: text()
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    number: text().notNull(),
    position: integer().notNull(),
    titleEn: text().notNull(),
    titleTh: text(),
    titleMy: text(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.number] })],
);

export const sopVersions = table(
  "sop_versions",
  {
    id: text().primaryKey(),
    agreementId: text()
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    adoptedOn: plainDate(),
    note: text(),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex("sop_versions_agreement_version_idx").on(t.agreementId, t.version)],
);

export const sopSteps = table(
  "sop_steps",
  {
    sopVersionId: text()
      .notNull()
      .references(() => sopVersions.id, { onDelete: "cascade" }),
    key: text().notNull(),
    position: integer().notNull(),
    titleEn: text().notNull(),
    titleTh: text(),
    titleMy: text(),
    responsibleSide: text().$type<ResponsibleSide>().notNull(),
    targetDays: integer(),
  },
  (t) => [primaryKey({ columns: [t.sopVersionId, t.key] })],
);

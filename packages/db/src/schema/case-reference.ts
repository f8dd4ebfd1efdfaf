import type { AgeBand, CaseStatus, ExploitationType, Sex } from "@moei/domain/case-reference";
import type { Country } from "@moei/domain/organization";
import { index, integer, primaryKey, text } from "drizzle-orm/sqlite-core";
import { table, timestamps } from "./columns.ts";
import { organizations } from "./organization.ts";

/** Opaque codes and aggregate fields only: no names, no identifiers, by design. */
export const caseReferences = table(
  "case_references",
  {
    code: text().primaryKey(),
    nationality: text().$type<Country>().notNull(),
    sex: text().$type<Sex>().notNull(),
    ageBand: text().$type<AgeBand>().notNull(),
    exploitationType: text().$type<ExploitationType>().notNull(),
    status: text().$type<CaseStatus>().notNull(),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [index("case_references_status_idx").on(t.status)],
);

export const caseOwners = table(
  "case_owners",
  {
    code: text()
      .notNull()
      .references(() => caseReferences.code, { onDelete: "cascade" }),
    organizationId: text()
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [
    primaryKey({ columns: [t.code, t.organizationId] }),
    index("case_owners_organization_idx").on(t.organizationId),
  ],
);

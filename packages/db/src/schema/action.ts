import type { ActionStatus } from "@moei/domain/action";
import { index, integer, primaryKey, text } from "drizzle-orm/sqlite-core";
import { agreements } from "./agreement.ts";
import { instant, plainDate, table, timestamps } from "./columns.ts";
import { agendaItems, decisions, meetings } from "./meeting.ts";
import { contacts, organizations } from "./organization.ts";
import { users } from "./user.ts";

export const actions = table(
  "actions",
  {
    id: text().primaryKey(),
    text: text().notNull(),
    rawText: text(),
    contactId: text().references(() => contacts.id),
    dueOn: plainDate().notNull(),
    sourceMeetingId: text()
      .notNull()
      .references(() => meetings.id),
    sourceAgendaItemId: text().references(() => agendaItems.id, { onDelete: "set null" }),
    sourceDecisionId: text().references(() => decisions.id, { onDelete: "set null" }),
    status: text().$type<ActionStatus>().notNull(),
    version: integer().notNull().default(1),
    completedAt: instant(),
    ...timestamps,
  },
  (t) => [
    index("actions_source_meeting_idx").on(t.sourceMeetingId),
    index("actions_status_due_idx").on(t.status, t.dueOn),
  ],
);

/**
 * Owners of an action. `status` and `dueOn` repeat the action's (kept equal by triggers in the
 * migration) so that "this organization's open actions by due date" is one index range scan.
 */
export const actionOwners = table(
  "action_owners",
  {
    actionId: text()
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    organizationId: text()
      .notNull()
      .references(() => organizations.id),
    status: text().$type<ActionStatus>().notNull(),
    dueOn: plainDate().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.organizationId] }),
    index("action_owners_org_status_due_idx").on(t.organizationId, t.status, t.dueOn, t.actionId),
  ],
);

export const actionLinks = table(
  "action_links",
  {
    actionId: text()
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    agreementId: text()
      .notNull()
      .references(() => agreements.id),
    clause: text(),
    sopStepKey: text(),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.position] }),
    index("action_links_agreement_idx").on(t.agreementId, t.clause),
  ],
);

export const progressUpdates = table(
  "progress_updates",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    actionId: text()
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    at: instant().notNull(),
    authorId: text().references(() => users.id),
    fromStatus: text().$type<ActionStatus>().notNull(),
    toStatus: text().$type<ActionStatus>().notNull(),
    comment: text().notNull(),
  },
  (t) => [index("progress_updates_action_idx").on(t.actionId, t.at)],
);

import type { Instant, PlainDate } from "@moei/domain/shared";
import type { Db } from "../client.ts";
import { organizations } from "../schema/index.ts";
import { type DemoSummary, seedDemo } from "./demo.ts";

export { DEMO_PASSWORD, DEMO_USERS, type DemoSummary, seedDemo } from "./demo.ts";
export { generateSynthetic, SIZES, type SyntheticSize, type SyntheticSummary } from "./synthetic.ts";

/** A database is empty for seeding when it has no organization at all. */
export const isEmpty = (db: Db): boolean =>
  db.select({ id: organizations.id }).from(organizations).limit(1).get() === undefined;

/** Loads the demo data into an empty database (first start); returns undefined when there was data already. */
export function seedIfEmpty(
  db: Db,
  options: { readonly today: PlainDate; readonly now: Instant },
): DemoSummary | undefined {
  return isEmpty(db) ? seedDemo(db, options) : undefined;
}

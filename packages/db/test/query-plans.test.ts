import { FULL_VISIBILITY, type Visibility, visibilityOf } from "@moei/domain/access";
import type { OrganizationId, PlainDate, UserId } from "@moei/domain/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionRepository } from "../src/repositories/action.repository.ts";
import { agreementRepository } from "../src/repositories/agreement.repository.ts";
import { meetingRepository } from "../src/repositories/meeting.repository.ts";
import { generateSynthetic, SIZES } from "../src/seed/synthetic.ts";
import { tempDb } from "./support.ts";

/** The plans of the main lists, as SQLite makes them for tables of production size. */
describe("list queries use their indexes", () => {
  const log: { sql: string; params: readonly unknown[] }[] = [];
  const t = tempDb({ onQuery: (sql, params) => log.push({ sql, params }) });
  beforeAll(() => {
    // No ANALYZE: with the few rows of XS the statistics would rightly favour scans; without them SQLite
    // plans as for large tables, which is what these indexes are for.
    generateSynthetic(t.db, SIZES.XS, { seed: 7, today: "2026-11-21" as PlainDate });
  });
  afterAll(() => t.dispose());

  /** Plans of the statements run by `fn`, as SQLite describes them. */
  function plans(fn: () => unknown): string[] {
    log.length = 0;
    fn();
    return log.map(({ sql, params }) =>
      (t.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as { detail: string }[])
        .map((r) => r.detail)
        .join(" | "),
    );
  }

  /** An admin's, and a member's of an organization, who also sees restricted meetings it was invited to. */
  const viewers = (organizationId: string): [string, Visibility][] => [
    ["an admin", FULL_VISIBILITY],
    [
      "a member",
      visibilityOf({
        userId: "usr_plan" as UserId,
        organizationId: organizationId as OrganizationId,
        role: "member",
        seriesIds: [],
      }),
    ],
  ];
  const someOrg = () =>
    (t.db.$client.prepare("SELECT organization_id AS id FROM action_owners LIMIT 1").get() as { id: string })
      .id;

  it.each(["an admin", "a member"])(
    "an organization's open actions by due date, for %s: the owners index, no sort",
    (who) => {
      const org = someOrg();
      const visibleTo = new Map(viewers(org)).get(who) as Visibility;
      const [total, page] = plans(() =>
        actionRepository(t.db).list(
          {
            visibleTo,
            organizationId: org,
            status: ["open", "in_progress"],
            dueFrom: "2020-01-01" as PlainDate,
          },
          { first: 50 },
        ),
      );
      expect(total).toMatch(/action_owners USING COVERING INDEX action_owners_org_status_due_idx/);
      expect(page).toMatch(/action_owners USING (COVERING )?INDEX action_owners_org_status_due_idx/);
      expect(page).not.toMatch(/SCAN action_owners/);
      // The visibility filter looks meetings up by key, never scans them or the actions.
      expect(page).not.toMatch(/SCAN (actions|meetings)\b/);
    },
  );

  it.each(["an admin", "a member"])(
    "a series' meetings by start, for %s: the series/start index, no sort",
    (who) => {
      const seriesId = (t.db.$client.prepare("SELECT id FROM meeting_series LIMIT 1").get() as { id: string })
        .id;
      const visibleTo = new Map(viewers(someOrg())).get(who) as Visibility;
      const [, page] = plans(() => meetingRepository(t.db).list({ visibleTo, seriesId }, { first: 50 }));
      expect(page).toMatch(/meetings USING INDEX meetings_series_start_idx/);
      expect(page).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    },
  );

  it("agreements by status and expiry: the status/expiry index", () => {
    const [, page] = plans(() =>
      agreementRepository(t.db).list(
        { status: ["in_force", "signed"], expiringBefore: "2027-06-01" as PlainDate },
        { first: 50 },
      ),
    );
    expect(page).toMatch(/agreements USING (COVERING )?INDEX agreements_status_expiry_idx/);
  });
});

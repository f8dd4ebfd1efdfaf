import { FULL_VISIBILITY } from "@moei/domain/access";
import { type CaseEvent, caseReferenceInputSchema } from "@moei/domain/case-reference";
import { organizationInputSchema } from "@moei/domain/organization";
import { validate } from "@moei/domain/shared";
import { aCaseReference } from "@moei/domain/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ctx, type Db, tempDb } from "../../test/support.ts";
import { auditLog, caseOwners, caseReferences } from "../schema/index.ts";
import { caseReferenceRepository } from "./case-reference.repository.ts";
import { organizationRepository } from "./organization.repository.ts";

const parsed = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

/** The mother's aggregate fields under another code, parsed as the server would. */
const input = (code: string, overrides: Record<string, unknown> = {}) => {
  const { nationality, sex, ageBand, exploitationType } = aCaseReference();
  return parsed(
    validate(caseReferenceInputSchema, { code, nationality, sex, ageBand, exploitationType, ...overrides }),
  );
};

const snapshot = (db: Db) => ({
  cases: db.select().from(caseReferences).all(),
  owners: db.select().from(caseOwners).all(),
  audit: db.select().from(auditLog).all().length,
});

describe("case reference repository", () => {
  let t: ReturnType<typeof tempDb>;
  let statements: string[];
  let repo: ReturnType<typeof caseReferenceRepository>;
  let shelter: string;
  let legalAid: string;

  beforeEach(() => {
    statements = [];
    t = tempDb({ onQuery: (sql) => statements.push(sql) });
    repo = caseReferenceRepository(t.db);
    const organization = (en: string, kind: string) =>
      parsed(
        organizationRepository(t.db).create(
          ctx(),
          parsed(validate(organizationInputSchema, { name: { en }, kind })),
        ),
      ).id;
    shelter = organization("Government shelter, Tak", "shelter");
    legalAid = organization("Mae Sot legal aid", "legal_aid");
  });
  afterEach(() => t.dispose());

  it("records a case under its opaque code with its owners, audited", () => {
    const created = parsed(repo.create(ctx(), input("cmm30-l017"), [shelter, legalAid, shelter]));
    expect(created).toEqual({
      code: "CMM30-L017",
      nationality: "MM",
      sex: "female",
      ageBand: "18-24",
      exploitationType: "labour",
      owningOrganizationIds: [shelter, legalAid].sort(),
      status: "referred",
      version: 1,
    });
    expect(repo.get("CMM30-L017")).toEqual(created);
    expect(repo.get("CMM30-L999")).toBeUndefined();
    expect(t.db.select().from(auditLog).all().at(-1)).toMatchObject({
      operation: "case.create",
      entityType: "case_reference",
      entityId: "CMM30-L017",
      after: created,
    });
  });

  it("refuses a code already recorded and unknown owners, changing nothing", () => {
    parsed(repo.create(ctx(), input("CMM30-L017"), [shelter]));
    const before = snapshot(t.db);
    expect(repo.create(ctx(), input("CMM30-L017", { sex: "male" }), [legalAid])).toEqual({
      ok: false,
      error: { code: "DUPLICATE", params: { field: "code" } },
    });
    expect(repo.create(ctx(), input("CMM30-L018"), [shelter, "org_missing"])).toEqual({
      ok: false,
      error: { code: "UNKNOWN_REFERENCE", params: { field: "owningOrganizationIds" } },
    });
    expect(snapshot(t.db)).toEqual(before);
  });

  it("moves a case along its lifecycle with optimistic concurrency", () => {
    const created = parsed(repo.create(ctx(), input("CASE-2568-TAK-0042"), [shelter]));
    const identified = parsed(repo.applyEvent(ctx(), created.code, 1, "identify"));
    const sheltered = parsed(repo.applyEvent(ctx(), created.code, 2, "shelter"));
    expect([identified.status, identified.version, sheltered.status, sheltered.version]).toEqual([
      "identified",
      2,
      "sheltered",
      3,
    ]);
    expect(repo.get(created.code)).toEqual(sheltered);
    expect(
      t.db
        .select()
        .from(auditLog)
        .all()
        .filter((a) => a.entityType === "case_reference")
        .map((a) => a.operation),
    ).toEqual(["case.create", "case.identify", "case.shelter"]);

    const before = snapshot(t.db);
    expect(repo.applyEvent(ctx(), created.code, 2, "request_verification")).toEqual({
      ok: false,
      error: { code: "CONFLICT", params: { currentVersion: 3 } },
    });
    expect(repo.applyEvent(ctx(), created.code, 3, "close")).toEqual({
      ok: false,
      error: { code: "CASE.TRANSITION_FORBIDDEN", params: { from: "sheltered", event: "close" } },
    });
    expect(repo.applyEvent(ctx(), "CASE-0000-X", 1, "identify")).toMatchObject({
      error: { code: "NOT_FOUND" },
    });
    expect(snapshot(t.db)).toEqual(before);
  });

  it("loads 1 or 10 cases with their owners in two statements, in the order asked", () => {
    const codes = Array.from({ length: 10 }, (_, i) => {
      const code = `CMM32-K${i}`;
      parsed(repo.create(ctx(), input(code), i % 2 === 0 ? [shelter, legalAid] : [legalAid]));
      return code;
    });
    const measure = (asked: readonly string[]) => {
      statements.length = 0;
      const found = repo.getMany(asked);
      return { found, statements: statements.length };
    };
    const one = measure(["CMM32-K4"]);
    const ten = measure([...codes].reverse());

    expect(one.found).toEqual([repo.get("CMM32-K4")]);
    expect(one.found[0]?.owningOrganizationIds).toEqual([shelter, legalAid].sort());
    expect(ten.found.map((c) => c.code)).toEqual([...codes].reverse());
    expect(ten.found[0]?.owningOrganizationIds).toEqual([legalAid]);
    expect([one.statements, ten.statements]).toEqual([2, 2]);
    expect(measure([]).statements).toBe(0);
    expect(measure(["NOPE-1", "CMM32-K0", "CMM32-K0"]).found.map((c) => c.code)).toEqual(["CMM32-K0"]);
  });

  it("lists by code with status and owner filters, across pages, in three statements a page", () => {
    const make = (n: number, owners: string[], events: CaseEvent[] = []) => {
      const code = `CMM30-L${String(n).padStart(3, "0")}`;
      parsed(repo.create(ctx(), input(code), owners));
      for (const [i, event] of events.entries()) parsed(repo.applyEvent(ctx(), code, i + 1, event));
    };
    make(1, [shelter, legalAid], ["identify"]);
    make(2, [shelter]);
    make(3, [legalAid], ["identify"]);
    make(4, [shelter, legalAid]);
    make(5, [shelter], ["not_identified"]);

    const codes = (page: ReturnType<typeof repo.list>) => {
      if (!("items" in page)) throw new Error(JSON.stringify(page));
      return page.items.map((c) => c.code);
    };
    statements.length = 0;
    const first = repo.list({ visibleTo: FULL_VISIBILITY, organizationId: legalAid }, { first: 2 });
    expect(statements).toHaveLength(3);
    if (!("items" in first)) throw new Error();
    expect([first.totalCount, first.hasNextPage, codes(first)]).toEqual([
      3,
      true,
      ["CMM30-L001", "CMM30-L003"],
    ]);
    expect(first.items[0]?.owningOrganizationIds).toEqual([shelter, legalAid].sort());
    expect(
      codes(
        repo.list(
          { visibleTo: FULL_VISIBILITY, organizationId: legalAid },
          { first: 2, after: first.endCursor },
        ),
      ),
    ).toEqual(["CMM30-L004"]);
    expect(
      codes(repo.list({ visibleTo: FULL_VISIBILITY, status: ["identified"], organizationId: shelter })),
    ).toEqual(["CMM30-L001"]);
    expect(codes(repo.list({ visibleTo: FULL_VISIBILITY, status: ["referred", "not_identified"] }))).toEqual([
      "CMM30-L002",
      "CMM30-L004",
      "CMM30-L005",
    ]);
    expect(repo.list({ visibleTo: FULL_VISIBILITY }, { after: "%%%" })).toEqual({
      code: "INVALID_CURSOR",
      params: {},
    });
  });

  it("aggregates the filtered cases through the domain, suppressing small cells", () => {
    for (let i = 1; i <= 6; i++) parsed(repo.create(ctx(), input(`CMM31-F${i}`), [shelter, legalAid]));
    for (let i = 1; i <= 2; i++) parsed(repo.create(ctx(), input(`CMM31-M${i}`, { sex: "male" }), [shelter]));
    parsed(repo.create(ctx(), input("CMM31-K1", { nationality: "KH" }), [legalAid]));

    expect(repo.aggregate(["nationality", "sex"], { visibleTo: FULL_VISIBILITY })).toEqual([
      { group: { nationality: "KH", sex: "female" }, count: undefined },
      { group: { nationality: "MM", sex: "female" }, count: 6 },
      { group: { nationality: "MM", sex: "male" }, count: undefined },
    ]);
    // Owned by the shelter: the six women count once each although they have two owners.
    expect(repo.aggregate(["nationality"], { visibleTo: FULL_VISIBILITY, organizationId: shelter })).toEqual([
      { group: { nationality: "MM" }, count: 8 },
    ]);
    expect(repo.aggregate(["status"], { visibleTo: FULL_VISIBILITY, status: ["identified"] })).toEqual([]);
  });
});

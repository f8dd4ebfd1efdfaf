import {
  type Agreement,
  type AgreementDraftInput,
  type AgreementEvent,
  agreementDraftInputSchema,
  diffSopVersions,
  sopVersionInputSchema,
} from "@moei/domain/agreement";
import { organizationInputSchema } from "@moei/domain/organization";
import type { AgreementId, PlainDate } from "@moei/domain/shared";
import { validate } from "@moei/domain/shared";
import { anAgreement, aSopVersion, date } from "@moei/domain/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { THAI_ID, UDHR_UNICODE, UDHR_ZAWGYI } from "../../test/fixtures.ts";
import { ctx, type Db, tempDb } from "../../test/support.ts";
import {
  agreementParties,
  agreementSignatories,
  agreements,
  auditLog,
  cooperationAreas,
  sopSteps,
  sopVersions,
} from "../schema/index.ts";
import { agreementRepository } from "./agreement.repository.ts";
import { organizationRepository } from "./organization.repository.ts";

const parsed = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

const draft = (raw: unknown) => parsed(validate(agreementDraftInputSchema, raw));

/** The mother's MOU (Thailand and Myanmar, two clauses) as a draft input, signatures not yet dated. */
function mouDraft(overrides: Record<string, unknown> = {}): AgreementDraftInput {
  const mou = anAgreement();
  return draft({
    kind: mou.kind,
    title: mou.title,
    parties: mou.parties.map((p) => ({
      ref: p.ref,
      signatories: p.signatories.map(({ name, title }) => ({ name, title })),
    })),
    areas: mou.areas,
    ...overrides,
  });
}

/** Everything an agreement write may touch, to show that a refused write changed nothing. */
const snapshot = (db: Db) => ({
  agreements: db.select().from(agreements).all(),
  parties: db.select().from(agreementParties).all(),
  signatories: db.select().from(agreementSignatories).all(),
  areas: db.select().from(cooperationAreas).all(),
  sopVersions: db.select().from(sopVersions).all(),
  sopSteps: db.select().from(sopSteps).all(),
  audit: db.select().from(auditLog).all().length,
});

describe("agreement repository", () => {
  let t: ReturnType<typeof tempDb>;
  let statements: string[];
  let repo: ReturnType<typeof agreementRepository>;

  beforeEach(() => {
    statements = [];
    t = tempDb({ onQuery: (sql) => statements.push(sql) });
    repo = agreementRepository(t.db);
  });
  afterEach(() => t.dispose());

  const organization = (en: string, kind = "ministry") =>
    parsed(
      organizationRepository(t.db).create(
        ctx(),
        parsed(validate(organizationInputSchema, { name: { en }, kind })),
      ),
    ).id;

  const create = (input: AgreementDraftInput = mouDraft()) => parsed(repo.createDraft(ctx(), input));

  it("locks the terms after signing, refuses a self-reference, and keeps SOP steps to SOPs", () => {
    const mou = create();
    const negotiating = parsed(repo.applyEvent(ctx(), mou.id, 1, { type: "start_negotiation" }));
    const signed = parsed(
      repo.applyEvent(ctx(), mou.id, negotiating.version, { type: "sign", on: date("2009-04-24") }),
    );
    const before = snapshot(t.db);
    expect(repo.update(ctx(), mou.id, signed.version, { areas: [] })).toMatchObject({
      error: { code: "AGREEMENT.TERMS_LOCKED" },
    });
    expect(repo.update(ctx(), mou.id, signed.version, { parentId: mou.id })).toMatchObject({
      error: { code: "AGREEMENT.SELF_REFERENCE" },
    });
    expect(
      repo.addSopVersion(
        ctx(),
        parsed(
          validate(sopVersionInputSchema, {
            agreementId: mou.id,
            steps: aSopVersion().steps.map(({ order, ...s }) => ({ ...s, order })),
          }),
        ),
      ),
    ).toMatchObject({
      error: { code: "SOP.NOT_AN_SOP" },
    });
    expect(snapshot(t.db)).toEqual(before);
    const renamed = parsed(
      repo.update(ctx(), mou.id, signed.version, { title: { en: "Renamed" }, expiresOn: null }),
    );
    expect([renamed.title.en, renamed.parties.length, renamed.areas.length]).toEqual(["Renamed", 2, 2]);
  });

  /** Applies events in turn, each against the version the previous one left. */
  function advance(agreement: Agreement, ...events: AgreementEvent[]): Agreement {
    let current = agreement;
    for (const event of events) current = parsed(repo.applyEvent(ctx(), current.id, current.version, event));
    return current;
  }

  const inForce = (input?: AgreementDraftInput) =>
    advance(
      create(input),
      { type: "start_negotiation" },
      { type: "sign", on: date("2026-01-15") },
      { type: "bring_into_force", on: date("2026-02-01") },
    );

  describe("createDraft and get", () => {
    it("creates a draft and reads it back with parties, signatories and areas in order, audited", () => {
      const msdhs = organization("Ministry of Social Development and Human Security");
      const iom = organization("IOM Thailand", "international_organization");
      const input = draft({
        kind: "mou",
        title: { en: "MOU on the return of trafficked persons", th: "บันทึกความเข้าใจ" },
        parties: [
          {
            ref: { kind: "government", country: "TH", organizationId: msdhs },
            signatories: [
              { name: "Permanent Secretary", title: "Permanent Secretary, MSDHS" },
              { name: "Director-General", title: "Director-General, DATIP", signedOn: "2026-01-10" },
            ],
          },
          {
            ref: { kind: "organization", organizationId: iom },
            signatories: [{ name: "Chief of Mission", title: "IOM" }],
          },
          { ref: { kind: "government", country: "MM" } },
        ],
        areas: [
          { number: "3.2", title: { en: "Case management", my: "အမှုစီမံခန့်ခွဲမှု" } },
          { number: "1", title: { en: "Prevention" } },
        ],
        renewal: { kind: "automatic", periodMonths: 36, noticeDays: 90 },
        expiresOn: "2029-01-31",
        reviewDueOn: "2028-06-30",
      });

      const created = parsed(repo.createDraft(ctx(), input));

      expect(created).toEqual({
        id: expect.stringMatching(/^agr_/),
        kind: "mou",
        title: { en: "MOU on the return of trafficked persons", th: "บันทึกความเข้าใจ" },
        status: "draft",
        version: 1,
        parties: [
          {
            ref: { kind: "government", country: "TH", organizationId: msdhs },
            signatories: [
              { name: "Permanent Secretary", title: "Permanent Secretary, MSDHS" },
              { name: "Director-General", title: "Director-General, DATIP", signedOn: "2026-01-10" },
            ],
          },
          {
            ref: { kind: "organization", organizationId: iom },
            signatories: [{ name: "Chief of Mission", title: "IOM" }],
          },
          { ref: { kind: "government", country: "MM" }, signatories: [] },
        ],
        areas: [
          { number: "3.2", title: { en: "Case management", my: "အမှုစီမံခန့်ခွဲမှု" } },
          { number: "1", title: { en: "Prevention" } },
        ],
        dates: { expiresOn: "2029-01-31", reviewDueOn: "2028-06-30" },
        renewal: { kind: "automatic", periodMonths: 36, noticeDays: 90 },
      });
      expect(repo.get(created.id)).toEqual(created);
      expect(repo.get("agr_missing")).toBeUndefined();
      expect(
        t.db
          .select()
          .from(auditLog)
          .all()
          .filter((a) => a.entityType === "agreement"),
      ).toMatchObject([
        { operation: "agreement.create", entityId: created.id, before: null, after: created },
      ]);
    });

    it("refuses unknown organizations, parents and predecessors with the field, and changes nothing", () => {
      const existing = create();
      const iom = organization("IOM", "international_organization");
      const before = snapshot(t.db);
      const cases: [Record<string, unknown>, string][] = [
        [
          {
            parties: [
              { ref: { kind: "organization", organizationId: iom } },
              { ref: { kind: "government", country: "MM", organizationId: "org_missing" } },
            ],
          },
          "parties.1.ref.organizationId",
        ],
        [{ parentId: "agr_missing" }, "parentId"],
        [{ parentId: existing.id, supersedesId: "agr_missing" }, "supersedesId"],
      ];
      for (const [overrides, field] of cases) {
        expect(repo.createDraft(ctx(), mouDraft(overrides))).toEqual({
          ok: false,
          error: { code: "UNKNOWN_REFERENCE", params: { field } },
        });
      }
      expect(snapshot(t.db)).toEqual(before);
    });
  });

  describe("update", () => {
    it("edits only the named fields, replaces parties and areas, and raises the version", () => {
      const parent = create(mouDraft({ title: { en: "Parent MOU" } }));
      const ngo = organization("Mae Sot legal aid", "legal_aid");
      const original = create(
        mouDraft({ kind: "sop", renewal: { kind: "by_agreement" }, expiresOn: "2030-01-01" }),
      );

      const updated = parsed(
        repo.update(ctx("2026-11-22T03:00:00Z"), original.id, 1, {
          title: { en: "Bilateral SOP on return and reintegration" },
          parentId: parent.id,
          parties: [
            { ref: { kind: "government", country: "TH" }, signatories: [] },
            {
              ref: { kind: "organization", organizationId: ngo },
              signatories: [{ name: "Director", title: "Director" }],
            },
          ],
          areas: [{ number: "1", title: { en: "Handover" } }],
          reviewDueOn: date("2027-12-31"),
        }),
      );

      expect(updated).toEqual({
        ...original,
        title: { en: "Bilateral SOP on return and reintegration" },
        version: 2,
        parentId: parent.id,
        parties: [
          { ref: { kind: "government", country: "TH" }, signatories: [] },
          {
            ref: { kind: "organization", organizationId: ngo },
            signatories: [{ name: "Director", title: "Director" }],
          },
        ],
        areas: [{ number: "1", title: { en: "Handover" } }],
        dates: { expiresOn: "2030-01-01", reviewDueOn: "2027-12-31" },
      });
      expect(repo.get(original.id)).toEqual(updated);
      // The replaced parties took their signatories with them: the parent's two and the new one remain.
      expect(t.db.select().from(agreementSignatories).all()).toHaveLength(2 + 1);
      expect(t.db.select().from(auditLog).all().at(-1)).toMatchObject({
        operation: "agreement.update",
        entityId: original.id,
        at: "2026-11-22T03:00:00Z",
        before: original,
        after: updated,
      });
    });

    it("refuses a stale version with the current one, and unknown ids or references, changing nothing", () => {
      const agreement = create();
      const edited = parsed(repo.update(ctx(), agreement.id, 1, { title: { en: "Edited" } }));
      const before = snapshot(t.db);

      expect(repo.update(ctx(), agreement.id, 1, { title: { en: "Lost update" } })).toEqual({
        ok: false,
        error: { code: "CONFLICT", params: { currentVersion: 2 } },
      });
      expect(repo.update(ctx(), agreement.id, 3, { title: { en: "From the future" } })).toMatchObject({
        error: { code: "CONFLICT", params: { currentVersion: 2 } },
      });
      expect(repo.update(ctx(), "agr_missing", 1, { title: { en: "x" } })).toEqual({
        ok: false,
        error: { code: "NOT_FOUND", params: { entity: "agreement" } },
      });
      expect(repo.update(ctx(), agreement.id, 2, { parentId: "agr_missing" as AgreementId })).toMatchObject({
        error: { code: "UNKNOWN_REFERENCE", params: { field: "parentId" } },
      });
      expect(snapshot(t.db)).toEqual(before);
      expect(repo.get(agreement.id)).toEqual(edited);
    });
  });

  describe("applyEvent", () => {
    it("moves an agreement through its lifecycle, saving dates and signatures, one audit row per event", () => {
      const input = mouDraft();
      const signed = advance(
        create(
          draft({
            ...input,
            parties: [
              {
                ref: { kind: "government", country: "TH" },
                signatories: [{ name: "Minister", title: "Minister", signedOn: "2026-01-10" }],
              },
              {
                ref: { kind: "government", country: "MM" },
                signatories: [
                  { name: "Minister", title: "Minister" },
                  { name: "Deputy", title: "Deputy" },
                ],
              },
            ],
          }),
        ),
        { type: "start_negotiation" },
        { type: "sign", on: date("2026-01-15") },
      );

      expect(signed).toMatchObject({ status: "signed", version: 3, dates: { signedOn: "2026-01-15" } });
      expect(signed.parties.map((p) => p.signatories.map((s) => s.signedOn))).toEqual([
        ["2026-01-10"],
        ["2026-01-15", "2026-01-15"],
      ]);

      const reviewed = advance(
        signed,
        { type: "bring_into_force", on: date("2026-02-01") },
        { type: "start_review", on: date("2027-01-10") },
        { type: "complete_review", on: date("2027-03-01"), nextReviewDueOn: date("2029-01-01") },
      );
      expect(reviewed).toMatchObject({ status: "in_force", version: 6 });
      // Completing the review clears its start date: the column is written back as null.
      expect(reviewed.dates).toEqual({
        signedOn: "2026-01-15",
        inForceOn: "2026-02-01",
        reviewDueOn: "2029-01-01",
      });
      expect(repo.get(signed.id)).toEqual(reviewed);
      expect(
        t.db
          .select()
          .from(auditLog)
          .all()
          .map((a) => a.operation),
      ).toEqual([
        "agreement.create",
        "agreement.start_negotiation",
        "agreement.sign",
        "agreement.bring_into_force",
        "agreement.start_review",
        "agreement.complete_review",
      ]);
    });

    it("refuses forbidden transitions, domain errors and stale versions, changing nothing", () => {
      const lonely = advance(
        create(mouDraft({ parties: [{ ref: { kind: "government", country: "TH" } }] })),
        {
          type: "start_negotiation",
        },
      );
      const agreement = advance(create(), { type: "start_negotiation" });
      const before = snapshot(t.db);

      expect(
        repo.applyEvent(ctx(), agreement.id, 2, { type: "bring_into_force", on: date("2026-01-01") }),
      ).toEqual({
        ok: false,
        error: {
          code: "AGREEMENT.TRANSITION_FORBIDDEN",
          params: { from: "negotiating", event: "bring_into_force" },
        },
      });
      expect(repo.applyEvent(ctx(), lonely.id, 2, { type: "sign", on: date("2026-01-01") })).toMatchObject({
        error: { code: "AGREEMENT.TOO_FEW_PARTIES", params: { count: 1 } },
      });
      expect(repo.applyEvent(ctx(), agreement.id, 1, { type: "sign", on: date("2026-01-01") })).toEqual({
        ok: false,
        error: { code: "CONFLICT", params: { currentVersion: 2 } },
      });
      expect(repo.applyEvent(ctx(), "agr_missing", 1, { type: "start_negotiation" })).toMatchObject({
        error: { code: "NOT_FOUND" },
      });
      expect(snapshot(t.db)).toEqual(before);
    });

    it("supersedes: checks the successor, points it back at its predecessor, and audits both", () => {
      const old = inForce();
      const successor = create(mouDraft({ title: { en: "MOU of 2026" } }));
      const before = snapshot(t.db);

      const supersede = (by: string, version = old.version) =>
        repo.applyEvent(ctx(), old.id, version, {
          type: "supersede",
          on: date("2026-06-01"),
          by: by as AgreementId,
        });
      expect(supersede("agr_missing")).toEqual({
        ok: false,
        error: { code: "UNKNOWN_REFERENCE", params: { field: "by" } },
      });
      expect(supersede(old.id)).toMatchObject({ error: { code: "AGREEMENT.SUPERSEDES_ITSELF" } });
      expect(snapshot(t.db)).toEqual(before);

      const superseded = parsed(supersede(successor.id));
      expect(superseded).toMatchObject({
        status: "superseded",
        version: old.version + 1,
        supersededById: successor.id,
        dates: { endedOn: "2026-06-01" },
      });
      expect(repo.get(successor.id)).toEqual({ ...successor, version: 2, supersedesId: old.id });
      expect(t.db.select().from(auditLog).all().slice(-2)).toMatchObject([
        { operation: "agreement.supersede", entityId: old.id, after: superseded },
        { operation: "agreement.link_predecessor", entityId: successor.id, after: { supersedesId: old.id } },
      ]);
    });

    it("leaves a successor that already names its predecessor alone", () => {
      const older = create(mouDraft({ title: { en: "MOU of 2003" } }));
      const old = inForce();
      const successor = create(mouDraft({ supersedesId: older.id }));
      parsed(
        repo.applyEvent(ctx(), old.id, old.version, {
          type: "supersede",
          on: date("2026-06-01"),
          by: successor.id,
        }),
      );
      expect(repo.get(successor.id)).toEqual(successor);
      expect(t.db.select().from(auditLog).all().at(-1)).toMatchObject({ operation: "agreement.supersede" });
    });
  });

  describe("getMany", () => {
    it("loads 1 or 30 agreements in the same number of statements, in the order asked", () => {
      const ngo = organization("Foundation for Women", "ngo");
      const all = Array.from({ length: 30 }, (_, i) =>
        create(
          mouDraft({
            title: { en: `Agreement ${i}` },
            parties: [
              {
                ref: { kind: "government", country: "TH" },
                signatories: [
                  { name: "A", title: "A" },
                  { name: "B", title: "B" },
                ],
              },
              {
                ref: { kind: "organization", organizationId: ngo },
                signatories: [{ name: "C", title: "C" }],
              },
            ],
            areas: [
              { number: "1", title: { en: "One" } },
              { number: "2", title: { en: "Two" } },
            ],
          }),
        ),
      );
      const measure = (ids: readonly string[]) => {
        statements.length = 0;
        const found = repo.getMany(ids);
        return { found, statements: statements.length };
      };

      const one = measure([all[7]?.id ?? ""]);
      const thirty = measure(all.map((a) => a.id).reverse());

      expect(one.found).toEqual([all[7]]);
      expect(thirty.found).toEqual([...all].reverse());
      expect(thirty.statements).toBe(one.statements);
      expect(one.statements).toBe(4);
      expect(measure([]).statements).toBe(0);
      expect(measure(["agr_missing", all[0]?.id ?? "", all[0]?.id ?? ""]).found).toEqual([all[0]]);
    });
  });

  describe("batch loads for the API", () => {
    const steps = aSopVersion().steps;
    const sopInput = (agreementId: string, raw: Record<string, unknown> = {}) =>
      parsed(validate(sopVersionInputSchema, { agreementId, steps, ...raw }));

    it("loads the children of 1 or 10 parents in the same number of statements, grouped in the order asked", () => {
      const mous = Array.from({ length: 10 }, (_, i) => create(mouDraft({ title: { en: `MOU ${i}` } })));
      const kids = mous.flatMap((mou, i) =>
        ["B annex", "A SOP"].map((en) =>
          create(mouDraft({ kind: "sop", title: { en: `${en} ${i}` }, parentId: mou.id })),
        ),
      );
      const measure = (ids: readonly string[]) => {
        statements.length = 0;
        const found = repo.childrenOfMany(ids);
        return { found, statements: statements.length };
      };
      const one = measure([mous[3]?.id ?? ""]);
      const ten = measure(mous.map((m) => m.id).reverse());

      expect(one.found.map((a) => a.title.en)).toEqual(["A SOP 3", "B annex 3"]);
      expect(one.found.every((a) => a.parentId === mous[3]?.id)).toBe(true);
      expect(ten.found).toHaveLength(20);
      expect(ten.found.slice(0, 2).map((a) => a.title.en)).toEqual(["A SOP 9", "B annex 9"]);
      expect(ten.found[0]).toEqual(repo.get(kids[19]?.id ?? ""));
      expect(ten.statements).toBe(one.statements);
      expect(one.statements).toBe(4);
      expect(measure([]).statements).toBe(0);
      expect(measure(["agr_missing", kids[0]?.id ?? ""]).found).toEqual([]);
    });

    it("loads the SOP versions of 1 or 10 agreements in two statements, grouped in the order asked", () => {
      const sops = Array.from({ length: 10 }, (_, i) =>
        create(mouDraft({ kind: "sop", title: { en: `SOP ${i}` } })),
      );
      for (const sop of sops) {
        parsed(repo.addSopVersion(ctx(), sopInput(sop.id, { note: "First" })));
        parsed(repo.addSopVersion(ctx(), sopInput(sop.id, { note: "Second" })));
      }
      const measure = (ids: readonly string[]) => {
        statements.length = 0;
        const found = repo.sopVersionsOfMany(ids);
        return { found, statements: statements.length };
      };
      const one = measure([sops[4]?.id ?? ""]);
      const ten = measure(sops.map((s) => s.id).reverse());

      expect(one.found).toEqual(repo.sopVersions(sops[4]?.id ?? ""));
      expect(ten.found.map((v) => [v.agreementId, v.version])).toEqual(
        [...sops].reverse().flatMap((s) => [
          [s.id, 1],
          [s.id, 2],
        ]),
      );
      expect(ten.found.every((v) => v.steps.length === 3)).toBe(true);
      expect(one.statements).toBe(2);
      expect(ten.statements).toBe(2);
      expect(measure([]).statements).toBe(0);
      expect(measure(["agr_missing"]).found).toEqual([]);
    });
  });

  describe("list", () => {
    function fixture() {
      const ngo = organization("Mae Sot NGO", "ngo");
      const withNgo = [
        { ref: { kind: "government", country: "TH" }, signatories: [{ name: "A", title: "A" }] },
        { ref: { kind: "organization", organizationId: ngo }, signatories: [{ name: "B", title: "B" }] },
      ];
      const make = (en: string, expiresOn: string | undefined, extra: Record<string, unknown> = {}) =>
        mouDraft({ title: { en }, ...(expiresOn === undefined ? {} : { expiresOn }), ...extra });
      const a = inForce(make("A 100% joint plan", "2027-03-01", { parties: withNgo }));
      const b = inForce(make("B", "2026-12-31"));
      const c = create(make("C", undefined, { kind: "plan_of_action" }));
      const d = inForce(make("D", "2027-03-01", { kind: "sop" }));
      const e = create(make("E", "2026-01-01", { parties: withNgo }));
      const f = inForce(make("F", undefined));
      return { ngo, a, b, c, d, e, f };
    }

    const titles = (page: ReturnType<typeof repo.list>) => {
      if (!("items" in page)) throw new Error(JSON.stringify(page));
      return page.items.map((a) => a.title.en);
    };

    it("orders by stored expiry, soonest first and none last, then by id, across pages", () => {
      const { a, d } = fixture();
      const tie = [a, d].sort((x, y) => (x.id < y.id ? -1 : 1)).map((x) => x.title.en);
      const seen: string[] = [];
      let after: string | null = null;
      const pages: { size: number; hasNextPage: boolean; totalCount: number }[] = [];
      do {
        const page = repo.list({}, { first: 4, after });
        if (!("items" in page)) throw new Error();
        seen.push(...page.items.map((x) => x.title.en));
        pages.push({ size: page.items.length, hasNextPage: page.hasNextPage, totalCount: page.totalCount });
        after = page.hasNextPage ? page.endCursor : null;
      } while (after !== null);

      expect(pages).toEqual([
        { size: 4, hasNextPage: true, totalCount: 6 },
        { size: 2, hasNextPage: false, totalCount: 6 },
      ]);
      expect(seen.slice(0, 4)).toEqual(["E", "B", ...tie]);
      expect(new Set(seen.slice(4))).toEqual(new Set(["C", "F"]));
      // Pages of one walk the same order, through ties and through the rows with no expiry.
      const single: string[] = [];
      after = null;
      do {
        const page = repo.list({}, { first: 1, after });
        if (!("items" in page)) throw new Error();
        single.push(...page.items.map((x) => x.title.en));
        after = page.hasNextPage ? page.endCursor : null;
      } while (after !== null);
      expect(single).toEqual(seen);
      expect(repo.list({}, { after: "not-a-cursor" })).toEqual({ code: "INVALID_CURSOR", params: {} });
    });

    it("filters by status, kind, party organization, title and expiry", () => {
      const { ngo } = fixture();
      expect(titles(repo.list({ status: ["draft"] }))).toEqual(["E", "C"]);
      expect(titles(repo.list({ status: ["in_force"], kind: ["sop", "plan_of_action"] }))).toEqual(["D"]);
      expect(titles(repo.list({ partyOrganizationId: ngo }))).toEqual(["E", "A 100% joint plan"]);
      expect(titles(repo.list({ query: "100%" }))).toEqual(["A 100% joint plan"]);
      // Wildcards in the query are literal: "%" alone matches only titles that contain one.
      expect(titles(repo.list({ query: "%" }))).toEqual(["A 100% joint plan"]);
      expect(titles(repo.list({ query: "_" }))).toEqual([]);
      expect(titles(repo.list({ status: ["in_force"], expiringBefore: date("2027-03-01") }))).toEqual(["B"]);
      const counted = repo.list(
        { status: ["in_force", "draft"], expiringBefore: "2027-03-02" as PlainDate },
        { first: 1 },
      );
      expect("totalCount" in counted && counted.totalCount).toBe(4);
    });

    it("answers a status filter from agreements_status_expiry_idx", () => {
      fixture();
      statements.length = 0;
      repo.list({ status: ["in_force", "signed"], expiringBefore: date("2027-01-01") });
      const listQuery = statements.find((s) => s.includes("limit"));
      if (listQuery === undefined) throw new Error("no list statement");
      const parameters = (listQuery.match(/\?/g) ?? []).length;
      const plan = t.db.$client
        .prepare(`explain query plan ${listQuery}`)
        .all(...Array.from({ length: parameters }, () => "x")) as { detail: string }[];
      expect(plan.map((p) => p.detail).join("\n")).toContain("agreements_status_expiry_idx");
    });
  });

  describe("SOP versions", () => {
    const steps = aSopVersion().steps;
    const sopInput = (agreementId: string, raw: Record<string, unknown> = {}) =>
      parsed(validate(sopVersionInputSchema, { agreementId, steps, ...raw }));

    it("adds versions checked against the latest and reads them back in order", () => {
      const sop = create(mouDraft({ kind: "sop" }));
      const v1 = parsed(
        repo.addSopVersion(ctx(), sopInput(sop.id, { adoptedOn: "2026-03-01", note: "First edition" })),
      );
      expect(v1).toEqual({
        agreementId: sop.id,
        version: 1,
        adoptedOn: "2026-03-01",
        note: "First edition",
        steps,
      });

      // Steps given out of order are stored in order; one is dropped, one retargeted.
      const [first, second] = steps;
      const revised = [
        { ...second, targetDays: 45, order: 2 },
        { ...first, order: 1 },
      ];
      const v2 = parsed(repo.addSopVersion(ctx(), sopInput(sop.id, { steps: revised })));
      expect(v2.version).toBe(2);
      expect(v2.steps.map((s) => s.key)).toEqual(["identification", "nationality_verification"]);

      expect(repo.sopVersions(sop.id)).toEqual([v1, v2]);
      expect(repo.sopVersions("agr_missing")).toEqual([]);
      expect(diffSopVersions(v1, v2).map((c) => c.kind)).toEqual(["changed", "removed"]);
      expect(t.db.select().from(auditLog).all().slice(-2)).toMatchObject([
        { operation: "agreement.add_sop_version", entityId: sop.id, after: v1 },
        { operation: "agreement.add_sop_version", entityId: sop.id, after: v2 },
      ]);
    });

    it("stores titles and notes normalised: Burmese from Zawgyi, and nothing refused in the public register", () => {
      const sop = create(
        mouDraft({
          kind: "sop",
          title: { en: "Bilateral SOP on return", my: UDHR_ZAWGYI },
          areas: [{ number: "1", title: { en: "Return", my: UDHR_ZAWGYI } }],
        }),
      );
      expect([sop.title.my, sop.areas[0]?.title.my]).toEqual([UDHR_UNICODE, UDHR_UNICODE]);
      const [first] = steps;
      const version = parsed(
        repo.addSopVersion(
          ctx(),
          sopInput(sop.id, {
            note: `Adopted; focal point ${THAI_ID}`,
            steps: [{ ...first, title: { en: "Identification", my: UDHR_ZAWGYI } }],
          }),
        ),
      );
      expect(version.steps[0]?.title.my).toBe(UDHR_UNICODE);
      expect(version.note).toBe(`Adopted; focal point ${THAI_ID}`);
      expect(t.db.select({ my: sopSteps.titleMy }).from(sopSteps).all()).toEqual([{ my: UDHR_UNICODE }]);
      expect(repo.get(sop.id)?.title.my).toBe(UDHR_UNICODE);
    });

    it("refuses invalid versions and unknown agreements, changing nothing", () => {
      const sop = create(mouDraft({ kind: "sop" }));
      parsed(repo.addSopVersion(ctx(), sopInput(sop.id)));
      const before = snapshot(t.db);
      const [first] = steps;
      expect(
        repo.addSopVersion(ctx(), sopInput(sop.id, { steps: [first, { ...first, order: 2 }] })),
      ).toMatchObject({
        error: { code: "SOP.DUPLICATE_STEP_KEY", params: { key: "identification" } },
      });
      expect(repo.addSopVersion(ctx(), sopInput(sop.id, { steps: [{ ...first, order: 2 }] }))).toMatchObject({
        error: { code: "SOP.STEP_ORDER_GAP", params: { expected: 1 } },
      });
      expect(repo.addSopVersion(ctx(), sopInput("agr_missing"))).toEqual({
        ok: false,
        error: { code: "UNKNOWN_REFERENCE", params: { field: "agreementId" } },
      });
      expect(snapshot(t.db)).toEqual(before);
    });
  });
});

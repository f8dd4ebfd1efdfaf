import { organizationInputSchema } from "@moei/domain/organization";
import { validate } from "@moei/domain/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { must, THAI_ID, UDHR_UNICODE, UDHR_ZAWGYI } from "../../test/fixtures.ts";
import { ctx, tempDb } from "../../test/support.ts";
import { auditLog, organizations } from "../schema/index.ts";
import { organizationRepository } from "./organization.repository.ts";

const input = (raw: unknown) => {
  const r = validate(organizationInputSchema, raw);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe("organization repository", () => {
  let t: ReturnType<typeof tempDb>;
  beforeEach(() => {
    t = tempDb();
  });
  afterEach(() => t.dispose());

  it("creates, reads and audits an organization in one transaction", () => {
    const repo = organizationRepository(t.db);
    const created = repo.create(
      ctx(),
      input({
        name: { en: "Mae Sot Legal Aid Clinic", my: "မဲဆောက် ဥပဒေအကူအညီ" },
        kind: "legal_aid",
        location: { country: "TH", province: "Tak" },
        fictional: true,
      }),
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(repo.get(created.value.id)).toEqual(created.value);
    const audit = t.db.select().from(auditLog).all();
    expect(audit).toMatchObject([
      { operation: "organization.create", entityId: created.value.id, before: null, after: created.value },
    ]);
  });

  it("refuses a parent cycle and changes nothing", () => {
    const repo = organizationRepository(t.db);
    const msdhs = repo.create(ctx(), input({ name: { en: "MSDHS" }, kind: "ministry" }));
    if (!msdhs.ok) throw new Error();
    const datip = repo.create(
      ctx(),
      input({ name: { en: "DATIP" }, kind: "department", parentId: msdhs.value.id }),
    );
    if (!datip.ok) throw new Error();
    const before = t.db.select().from(organizations).all();
    const auditBefore = t.db.select().from(auditLog).all().length;
    const cycle = repo.update(
      ctx(),
      msdhs.value.id,
      input({ name: { en: "MSDHS" }, kind: "ministry", parentId: datip.value.id }),
    );
    expect(cycle).toMatchObject({ ok: false, error: { code: "ORGANIZATION.PARENT_CYCLE" } });
    expect(t.db.select().from(organizations).all()).toEqual(before);
    expect(t.db.select().from(auditLog).all()).toHaveLength(auditBefore);
    expect(repo.update(ctx(), "org_missing", input({ name: { en: "x" }, kind: "ngo" }))).toMatchObject({
      error: { code: "NOT_FOUND" },
    });
    expect(
      repo.create(ctx(), input({ name: { en: "x" }, kind: "ngo", parentId: "org_missing" })),
    ).toMatchObject({
      error: { code: "UNKNOWN_REFERENCE", params: { field: "parentId" } },
    });
  });

  it("pages through a filtered list with cursors", () => {
    const repo = organizationRepository(t.db);
    for (let i = 0; i < 7; i++)
      repo.create(ctx(), input({ name: { en: `Learning Centre ${i}` }, kind: "learning_centre" }));
    repo.create(ctx(), input({ name: { en: "Clinic" }, kind: "clinic" }));
    const first = repo.list({ kind: ["learning_centre"] }, { first: 3 });
    if (!("items" in first)) throw new Error();
    expect([first.totalCount, first.hasNextPage, first.items.map((o) => o.name.en)]).toEqual([
      7,
      true,
      ["Learning Centre 0", "Learning Centre 1", "Learning Centre 2"],
    ]);
    const rest = repo.list({ kind: ["learning_centre"] }, { first: 10, after: first.endCursor });
    expect("items" in rest && rest.items.map((o) => o.name.en)).toEqual([
      "Learning Centre 3",
      "Learning Centre 4",
      "Learning Centre 5",
      "Learning Centre 6",
    ]);
    expect(repo.list({}, { after: "not-a-cursor" })).toEqual({ code: "INVALID_CURSOR", params: {} });
    const search = repo.list({ query: "clin" });
    expect("items" in search && search.items.map((o) => o.name.en)).toEqual(["Clinic"]);
  });

  it("deactivates once and records contacts", () => {
    const repo = organizationRepository(t.db);
    const org = repo.create(ctx(), input({ name: { en: "Hotline" }, kind: "ngo" }));
    if (!org.ok) throw new Error();
    expect(repo.setActive(ctx(), org.value.id, false)).toMatchObject({ ok: true, value: { active: false } });
    expect(repo.setActive(ctx(), org.value.id, false)).toMatchObject({
      error: { code: "ORGANIZATION.ALREADY_INACTIVE" },
    });
    const contact = repo.createContact(ctx(), {
      organizationId: org.value.id,
      name: "Ko Min",
      languages: ["my"],
      consentToList: false,
    });
    expect(contact.ok).toBe(true);
    expect(repo.contactsOf(org.value.id, { listedOnly: true })).toEqual([]);
    expect(repo.contactsOf(org.value.id)).toHaveLength(1);
  });
});

describe("organization free text", () => {
  it("stores names as NFC Unicode, Burmese converted from Zawgyi, and never refuses the public directory", () => {
    const t = tempDb();
    try {
      const repo = organizationRepository(t.db);
      const org = must(
        repo.create(
          ctx(),
          input({
            name: { en: "Mae Sot Legal Aid Clinic", my: UDHR_ZAWGYI },
            kind: "legal_aid",
            location: { country: "TH", province: "Tak", township: "Mae Ramat Re\u0301sidence" },
          }),
        ),
      );
      expect([org.name.my, org.location?.township]).toEqual([UDHR_UNICODE, "Mae Ramat Résidence"]);
      expect(t.db.select().from(organizations).get()).toMatchObject({ nameMy: UDHR_UNICODE });
      // Only the Burmese variant is converted: the same bytes tagged English are kept as typed.
      const renamed = must(
        repo.update(ctx(), org.id, input({ name: { en: UDHR_ZAWGYI }, kind: "legal_aid" })),
      );
      expect(renamed.name.en).toBe(UDHR_ZAWGYI);
      // The directory is not restricted: personal data is accepted there (the guard refuses it only
      // under restricted meetings); a contact is stored normalised.
      const contact = must(
        repo.createContact(ctx(), {
          organizationId: org.id,
          name: "Naw Htoo",
          title: `Paralegal ${THAI_ID}`,
          languages: ["my"],
          consentToList: true,
        }),
      );
      expect(repo.contactsOf(org.id)).toEqual([contact]);
    } finally {
      t.dispose();
    }
  });
});

describe("organization search", () => {
  it("treats % and _ in a query as the characters typed", () => {
    const t = tempDb();
    try {
      const repo = organizationRepository(t.db);
      repo.create(ctx(), input({ name: { en: "100% Migrant Voices" }, kind: "cbo" }));
      repo.create(ctx(), input({ name: { en: "Hotline" }, kind: "ngo" }));
      const found = repo.list({ query: "%" });
      expect("items" in found && found.items.map((o) => o.name.en)).toEqual(["100% Migrant Voices"]);
      const none = repo.list({ query: "_" });
      expect("items" in none && none.totalCount).toBe(0);
    } finally {
      t.dispose();
    }
  });
});

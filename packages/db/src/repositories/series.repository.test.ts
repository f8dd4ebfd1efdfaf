import { type SeriesInput, seriesInputSchema } from "@moei/domain/meeting";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { must, parsed, smallWorld, THAI_ID, UDHR_UNICODE, UDHR_ZAWGYI } from "../../test/fixtures.ts";
import { ctx, type Db, tempDb } from "../../test/support.ts";
import { auditLog, meetingSeries, seriesChairs, seriesMembers } from "../schema/index.ts";
import { seriesRepository } from "./series.repository.ts";

/** Everything a series write may touch, to show that a refused write changed nothing. */
const snapshot = (db: Db) => ({
  series: db.select().from(meetingSeries).all(),
  members: db.select().from(seriesMembers).all(),
  chairs: db.select().from(seriesChairs).all(),
  audit: db.select().from(auditLog).all().length,
});

describe("series repository free text", () => {
  let t: ReturnType<typeof tempDb>;
  beforeEach(() => {
    t = tempDb();
  });
  afterEach(() => t.dispose());

  /** A case management series of the small world's organizations. */
  const caseManagement = (w: ReturnType<typeof smallWorld>, overrides: object = {}) =>
    parsed<SeriesInput>(seriesInputSchema, {
      kind: "case_management",
      name: { en: "Thailand–Myanmar case management meeting" },
      memberIds: w.members.map((m) => m.id),
      secretariatId: w.iom.id,
      countries: ["TH", "MM"],
      numbering: "sequential",
      confidentiality: "restricted",
      languages: ["th", "my", "en"],
      ...overrides,
    });

  it("refuses personal data in a restricted series' name or chair titles, changing nothing", () => {
    const w = smallWorld(t.db);
    const repo = seriesRepository(t.db);
    const before = snapshot(t.db);
    expect(
      repo.create(ctx(), caseManagement(w, { name: { en: "Case management", th: `กรณี ${THAI_ID}` } })),
    ).toMatchObject({
      ok: false,
      error: { code: "PRIVACY.PERSONAL_DATA", findings: [{ kind: "thai_national_id" }] },
    });
    expect(snapshot(t.db)).toEqual(before);

    const restricted = must(repo.create(ctx(), caseManagement(w)));
    const created = snapshot(t.db);
    const chairs = [{ side: "TH", organizationId: w.iom.id, title: `Chair (ID ${THAI_ID})` }];
    expect(repo.update(ctx(), restricted.id, caseManagement(w, { chairs }))).toMatchObject({
      error: { code: "PRIVACY.PERSONAL_DATA" },
    });
    expect(snapshot(t.db)).toEqual(created);
    // Turning a series restricted checks the name it keeps.
    const named = { name: { en: `Network ${THAI_ID}` } };
    const partners = must(repo.create(ctx(), caseManagement(w, { ...named, confidentiality: "partners" })));
    const withPartners = snapshot(t.db);
    expect(repo.update(ctx(), partners.id, caseManagement(w, named))).toMatchObject({
      error: { code: "PRIVACY.PERSONAL_DATA" },
    });
    expect(snapshot(t.db)).toEqual(withPartners);
  });

  it("stores the Burmese name converted from Zawgyi to Unicode", () => {
    const w = smallWorld(t.db);
    const repo = seriesRepository(t.db);
    const series = must(
      repo.create(ctx(), caseManagement(w, { name: { en: "Case management", my: UDHR_ZAWGYI } })),
    );
    expect(series.name.my).toBe(UDHR_UNICODE);
    expect(t.db.select({ my: meetingSeries.nameMy }).from(meetingSeries).all()).toContainEqual({
      my: UDHR_UNICODE,
    });
    const renamed = must(
      repo.update(ctx(), series.id, caseManagement(w, { name: { en: "CMM", my: UDHR_ZAWGYI } })),
    );
    expect(repo.get(series.id)?.name).toEqual({ en: "CMM", my: UDHR_UNICODE });
    expect(renamed.name.my).toBe(UDHR_UNICODE);
  });
});

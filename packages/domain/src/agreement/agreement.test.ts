import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgreementId } from "../shared/ids.ts";
import { validate } from "../shared/validation.ts";
import { anAgreement, date } from "../testing/mothers.ts";
import { agreementDraftInputSchema, agreementEditInputSchema } from "./agreement.schemas.ts";
import {
  AGREEMENT_LIFECYCLE,
  AGREEMENT_STATUSES,
  type Agreement,
  type AgreementEvent,
  type AgreementEventType,
  agreementEvents,
  agreementStatusOn,
  applyAgreementEvent,
  checkAgreementEdit,
  effectiveExpiry,
  expiringWithin,
  remindersDue,
} from "./agreement.ts";

const draft = (overrides: Partial<Agreement> = {}) =>
  anAgreement({ status: "draft", dates: {}, ...overrides });

function run(agreement: Agreement, ...events: AgreementEvent[]) {
  let current = agreement;
  for (const event of events) {
    const result = applyAgreementEvent(current, event);
    if (!result.ok) return result;
    current = result.value;
  }
  return { ok: true as const, value: current };
}

describe("agreement lifecycle", () => {
  it("goes from draft to in force, through review, to expiry", () => {
    const result = run(
      draft(),
      { type: "start_negotiation" },
      { type: "sign", on: date("2009-04-24") },
      { type: "bring_into_force", on: date("2009-04-24") },
      { type: "start_review", on: date("2018-08-01") },
      { type: "complete_review", on: date("2018-09-01"), nextReviewDueOn: date("2021-09-01") },
      { type: "expire", on: date("2024-04-24") },
    );
    expect(result.ok && result.value.status).toBe("expired");
    expect(result.ok && result.value.dates).toEqual({
      signedOn: "2009-04-24",
      inForceOn: "2009-04-24",
      reviewDueOn: "2021-09-01",
      endedOn: "2024-04-24",
    });
  });

  it("dates signatories that had no signature date when the agreement is signed", () => {
    const agreement = draft({
      status: "negotiating",
      parties: [
        { ref: { kind: "government", country: "TH" }, signatories: [{ name: "A", title: "Minister" }] },
        {
          ref: { kind: "organization", organizationId: "org_iom" as never },
          signatories: [{ name: "B", title: "Chief of Mission", signedOn: date("2007-08-05") }],
        },
      ],
    });
    const signed = applyAgreementEvent(agreement, { type: "sign", on: date("2007-08-06") });
    expect(signed.ok && signed.value.parties.map((p) => p.signatories[0]?.signedOn)).toEqual([
      "2007-08-06",
      "2007-08-05",
    ]);
  });

  it("refuses to sign without two parties, each with a signatory", () => {
    const one = draft({ status: "negotiating", parties: anAgreement().parties.slice(0, 1) });
    expect(applyAgreementEvent(one, { type: "sign", on: date("2009-04-24") })).toEqual({
      ok: false,
      error: { code: "AGREEMENT.TOO_FEW_PARTIES", params: { count: 1 } },
    });
    const unsigned = draft({
      status: "negotiating",
      parties: [
        ...anAgreement().parties.slice(0, 1),
        { ref: { kind: "government", country: "MM" }, signatories: [] },
      ],
    });
    expect(applyAgreementEvent(unsigned, { type: "sign", on: date("2009-04-24") })).toEqual({
      ok: false,
      error: { code: "AGREEMENT.UNSIGNED_PARTY", params: { party: 1 } },
    });
  });

  it("refuses a step dated before an earlier one", () => {
    const signed = anAgreement({ status: "signed", dates: { signedOn: date("2014-10-30") } });
    expect(applyAgreementEvent(signed, { type: "bring_into_force", on: date("2014-10-01") })).toEqual({
      ok: false,
      error: {
        code: "AGREEMENT.DATE_BEFORE_PREVIOUS",
        params: { date: "2014-10-01", previous: "2014-10-30" },
      },
    });
  });

  it("supersedes with a successor, never with itself", () => {
    const mou = anAgreement();
    expect(applyAgreementEvent(mou, { type: "supersede", on: date("2019-02-12"), by: mou.id })).toEqual({
      ok: false,
      error: { code: "AGREEMENT.SUPERSEDES_ITSELF", params: {} },
    });
    const next = applyAgreementEvent(mou, {
      type: "supersede",
      on: date("2019-02-12"),
      by: "agr_new" as AgreementId,
    });
    expect(next.ok && [next.value.status, next.value.supersededById, next.value.dates.endedOn]).toEqual([
      "superseded",
      "agr_new",
      "2019-02-12",
    ]);
  });

  it("terminates a live agreement and refuses to revive a terminated one", () => {
    const ended = applyAgreementEvent(anAgreement(), { type: "terminate", on: date("2020-01-01") });
    expect(ended.ok && ended.value.status).toBe("terminated");
    if (!ended.ok) return;
    expect(applyAgreementEvent(ended.value, { type: "start_review", on: date("2020-02-01") })).toEqual({
      ok: false,
      error: {
        code: "AGREEMENT.TRANSITION_FORBIDDEN",
        params: { from: "terminated", event: "start_review" },
      },
    });
  });

  it("offers the events the lifecycle allows", () => {
    expect(agreementEvents(draft())).toEqual(["start_negotiation"]);
    expect(agreementEvents(anAgreement())).toEqual(["start_review", "expire", "terminate", "supersede"]);
    expect(agreementEvents(anAgreement({ status: "expired" }))).toEqual([]);
  });

  const eventArb: fc.Arbitrary<AgreementEvent> = fc
    .tuple(
      fc.constantFrom(...(Object.keys(AGREEMENT_LIFECYCLE) as AgreementEventType[])),
      fc.integer({ min: 0, max: 3000 }),
    )
    .map(([type, offset]) => {
      const on = date(new Date(Date.UTC(2005, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
      if (type === "start_negotiation") return { type };
      if (type === "supersede") return { type, on, by: "agr_successor" as AgreementId };
      return { type, on };
    });

  it("never leaves the lifecycle table, and final states are final (property)", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), (events) => {
        let current = draft();
        for (const event of events) {
          const result = applyAgreementEvent(current, event);
          const rule = AGREEMENT_LIFECYCLE[event.type];
          if (!rule.from.includes(current.status)) expect(result.ok).toBe(false);
          if (result.ok) {
            expect(result.value.status).toBe(rule.to);
            expect(AGREEMENT_STATUSES).toContain(result.value.status);
            current = result.value;
          }
        }
        if (["expired", "terminated", "superseded"].includes(current.status)) {
          expect(agreementEvents(current)).toEqual([]);
        }
        // Recorded dates never go backwards.
        const { signedOn, inForceOn } = current.dates;
        if (signedOn && inForceOn) expect(signedOn <= inForceOn).toBe(true);
      }),
    );
  });
});

describe("agreement status on a date", () => {
  const mou = anAgreement({
    dates: { signedOn: date("2009-04-24"), inForceOn: date("2009-05-24"), expiresOn: date("2014-04-24") },
  });
  it.each([
    ["2009-01-01", "negotiating"],
    ["2009-04-24", "signed"],
    ["2009-05-24", "in_force"],
    ["2014-04-23", "in_force"],
    ["2014-04-24", "expired"],
  ] as const)("on %s it is %s", (on, status) => {
    expect(agreementStatusOn(mou, date(on))).toBe(status);
  });
  it("shows a draft as a draft and a review from when it started", () => {
    expect(agreementStatusOn(draft(), date("2026-01-01"))).toBe("draft");
    const reviewed = anAgreement({
      status: "under_review",
      dates: { ...mou.dates, expiresOn: undefined, reviewStartedOn: date("2018-08-01") } as never,
    });
    expect(agreementStatusOn(reviewed, date("2018-07-31"))).toBe("in_force");
    expect(agreementStatusOn(reviewed, date("2018-08-01"))).toBe("under_review");
  });
  it("shows a terminated agreement as in force before its end", () => {
    const ended = anAgreement({ status: "terminated", dates: { ...mou.dates, endedOn: date("2012-01-01") } });
    expect(agreementStatusOn(ended, date("2011-12-31"))).toBe("in_force");
    expect(agreementStatusOn(ended, date("2012-01-01"))).toBe("terminated");
  });
  it("rolls automatic renewals forward by whole periods", () => {
    const labour = anAgreement({
      renewal: { kind: "automatic", periodMonths: 60 },
      dates: { signedOn: date("2016-06-24"), inForceOn: date("2016-06-24"), expiresOn: date("2021-06-24") },
    });
    expect(effectiveExpiry(labour, date("2021-06-23"))).toBe("2021-06-24");
    expect(effectiveExpiry(labour, date("2021-06-24"))).toBe("2026-06-24");
    expect(effectiveExpiry(labour, date("2026-11-21"))).toBe("2031-06-24");
    expect(agreementStatusOn(labour, date("2026-11-21"))).toBe("in_force");
    const stopped = {
      ...labour,
      status: "terminated" as const,
      dates: { ...labour.dates, endedOn: date("2020-01-01") },
    };
    expect(effectiveExpiry(stopped, date("2026-11-21"))).toBe("2021-06-24");
  });
});

describe("expiry and review reminders", () => {
  const today = date("2026-11-21");
  const expiringIn = (days: number, extra: Partial<Agreement> = {}) => {
    const expiresOn = date(
      new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10),
    );
    return anAgreement({
      dates: { signedOn: date("2020-01-01"), inForceOn: date("2020-01-01"), expiresOn },
      ...extra,
    });
  };

  it("lists agreements expiring within N days, soonest first", () => {
    const a = expiringIn(200);
    const b = expiringIn(100);
    const c = expiringIn(10);
    const gone = expiringIn(-5);
    const noExpiry = anAgreement();
    expect(expiringWithin([a, b, c, gone, noExpiry], today, 180).map((x) => x.id)).toEqual([c.id, b.id]);
  });

  it.each([
    [181, []],
    [180, [180]],
    [91, [180]],
    [90, [90]],
    [31, [90]],
    [30, [30]],
    [1, [30]],
    [0, []],
  ] as const)("%i days before expiry the reminder threshold is %j", (days, thresholds) => {
    expect(remindersDue(expiringIn(days), today).map((r) => r.threshold)).toEqual(thresholds);
  });

  it("reminds of a review due, and of an overdue one with threshold 0", () => {
    const review = anAgreement({
      dates: { signedOn: date("2020-01-01"), inForceOn: date("2020-01-01"), reviewDueOn: date("2026-11-01") },
    });
    expect(remindersDue(review, today)).toEqual([
      { kind: "review", threshold: 0, dueOn: "2026-11-01", daysLeft: -20 },
    ]);
    expect(
      remindersDue(
        {
          ...review,
          status: "under_review",
          dates: { ...review.dates, reviewStartedOn: date("2026-11-02") },
        },
        today,
      ),
    ).toEqual([]);
  });

  it("sends no reminders for drafts or ended agreements", () => {
    expect(remindersDue(draft({ dates: { expiresOn: date("2026-12-01") } }), today)).toEqual([]);
    expect(remindersDue(expiringIn(-1), today)).toEqual([]);
  });
});

describe("agreement input", () => {
  it("accepts a draft and fills defaults", () => {
    const result = validate(agreementDraftInputSchema, {
      kind: "mou",
      title: { en: "  Tak–Myawaddy BCATIP Work Plan FY2569 ", th: "แผนงาน BCATIP ตาก–เมียวดี ปีงบประมาณ 2569" },
    });
    expect(result.ok && result.value).toEqual({
      kind: "mou",
      title: { en: "Tak–Myawaddy BCATIP Work Plan FY2569", th: "แผนงาน BCATIP ตาก–เมียวดี ปีงบประมาณ 2569" },
      parties: [],
      areas: [],
      renewal: { kind: "none" },
    });
  });

  it("reports every problem with a path and a translation key", () => {
    const result = validate(agreementDraftInputSchema, {
      kind: "treaty",
      title: { en: "" },
      areas: [
        { number: "1", title: { en: "Prevention" } },
        { number: "1", title: { en: "Protection" } },
      ],
      expiresOn: "2026-02-30",
      colour: "red",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((i) => [i.path, i.key])).toEqual(
      expect.arrayContaining([
        ["kind", "validation.invalid_choice"],
        ["title.en", "validation.required"],
        ["areas", "validation.duplicate_clause"],
        ["expiresOn", "validation.invalid_date"],
        ["", "validation.unknown_field"],
      ]),
    );
  });
});

describe("editing an agreement", () => {
  const parentOf = (parents: Record<string, string>) => (id: AgreementId) =>
    parents[id] as AgreementId | undefined;

  it("locks the terms once signed but lets dates and titles change", () => {
    const signed = anAgreement({ status: "in_force" });
    expect(checkAgreementEdit(signed, { parties: [] }, parentOf({}))).toEqual({
      ok: false,
      error: { code: "AGREEMENT.TERMS_LOCKED", params: { status: "in_force", fields: ["parties"] } },
    });
    expect(checkAgreementEdit(signed, { parentId: null }, parentOf({})).ok).toBe(true);
    expect(checkAgreementEdit(draft(), { kind: "sop", parties: [], areas: [] }, parentOf({})).ok).toBe(true);
  });

  it("refuses itself or a descendant as parent or predecessor", () => {
    const mou = anAgreement({ id: "agr_mou" as AgreementId });
    expect(checkAgreementEdit(mou, { parentId: "agr_mou" }, parentOf({}))).toMatchObject({
      error: { code: "AGREEMENT.SELF_REFERENCE" },
    });
    expect(checkAgreementEdit(mou, { supersedesId: "agr_mou" }, parentOf({}))).toMatchObject({
      error: { code: "AGREEMENT.SELF_REFERENCE" },
    });
    expect(
      checkAgreementEdit(
        mou,
        { parentId: "agr_annex" },
        parentOf({ agr_annex: "agr_sop", agr_sop: "agr_mou" }),
      ),
    ).toMatchObject({
      error: { code: "AGREEMENT.PARENT_CYCLE", params: { parentId: "agr_annex" } },
    });
  });

  it("parses an edit as a patch: absent fields stay absent, null clears", () => {
    const edit = validate(agreementEditInputSchema, {
      version: 2,
      title: { en: "Renamed" },
      expiresOn: null,
    });
    expect(edit).toEqual({ ok: true, value: { version: 2, title: { en: "Renamed" }, expiresOn: null } });
  });
});

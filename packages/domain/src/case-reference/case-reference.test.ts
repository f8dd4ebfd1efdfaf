import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../shared/validation.ts";
import { aCaseReference } from "../testing/mothers.ts";
import {
  aggregateCases,
  applyCaseEvent,
  CASE_LIFECYCLE,
  type CaseEvent,
  caseEvents,
  caseReferenceInputSchema,
  checkCaseOwners,
  isChild,
  parseCaseCode,
} from "./case-reference.ts";

describe("case codes", () => {
  it.each(["CMM30-L017", "CASE-2568-TAK-0042", "cmm31-l002"])("accepts the opaque code %s", (code) => {
    expect(parseCaseCode(code)).toEqual({ ok: true, value: code.toUpperCase() });
  });
  it.each([
    "Ma Aye Aye",
    "CASE 42",
    "1234567890123",
    "CASE-1103700123456",
    "TH-0812345678",
    "A",
    "CMM30-L017-X-Y-Z-W",
    "",
  ])("refuses %j", (code) => {
    expect(parseCaseCode(code)).toEqual({ ok: false, error: { code: "CASE.INVALID_CODE", params: {} } });
  });
  it("does not echo a refused code back in the validation issue", () => {
    const r = validate(caseReferenceInputSchema, {
      code: "1103700123456",
      nationality: "MM",
      sex: "female",
      ageBand: "12-17",
      exploitationType: "fishing",
    });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain("1103700123456");
  });
});

describe("case lifecycle", () => {
  it("follows the return and reintegration SOP to closure", () => {
    const steps: CaseEvent[] = [
      "identify",
      "shelter",
      "request_verification",
      "assess_family",
      "schedule_return",
      "hand_over",
      "follow_up",
      "close",
    ];
    let c = aCaseReference();
    for (const step of steps) {
      const r = applyCaseEvent(c, step);
      expect(r.ok).toBe(true);
      if (r.ok) c = r.value;
    }
    expect(c.status).toBe("closed");
    expect(caseEvents(c)).toEqual([]);
  });
  it("holds witnesses back and releases them to the shelter", () => {
    const held = applyCaseEvent(aCaseReference({ status: "family_assessment" }), "hold_as_witness");
    expect(held.ok && held.value.status).toBe("witness_hold");
    expect(applyCaseEvent(aCaseReference({ status: "handed_over" }), "hold_as_witness")).toMatchObject({
      error: { code: "CASE.TRANSITION_FORBIDDEN", params: { from: "handed_over", event: "hold_as_witness" } },
    });
  });
  it("follows the table for any sequence (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...(Object.keys(CASE_LIFECYCLE) as CaseEvent[])), { maxLength: 20 }),
        (events) => {
          let c = aCaseReference();
          for (const e of events) {
            const r = applyCaseEvent(c, e);
            expect(r.ok).toBe(CASE_LIFECYCLE[e].from.includes(c.status));
            if (r.ok) c = r.value;
          }
        },
      ),
    );
  });
  it("knows child age bands", () => {
    expect(["0-11", "12-17", "18-24"].map((b) => isChild(b as never))).toEqual([true, true, false]);
  });
});

describe("aggregates", () => {
  it("counts by group and suppresses cells under five", () => {
    const cases = [
      ...Array.from({ length: 6 }, () => aCaseReference({ sex: "female" })),
      ...Array.from({ length: 2 }, () => aCaseReference({ sex: "male" })),
    ];
    expect(aggregateCases(cases, ["nationality", "sex"])).toEqual([
      { group: { nationality: "MM", sex: "female" }, count: 6 },
      { group: { nationality: "MM", sex: "male" }, count: undefined },
    ]);
  });
});

describe("case owners", () => {
  it("needs at least one owning organization", () => {
    expect(checkCaseOwners([])).toEqual({ ok: false, error: { code: "CASE.NO_OWNER", params: {} } });
    expect(checkCaseOwners(["org_a", "org_a"] as never)).toEqual({ ok: true, value: ["org_a"] });
  });
});

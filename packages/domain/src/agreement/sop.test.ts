import { describe, expect, it } from "vitest";
import { validate } from "../shared/validation.ts";
import { aSopVersion } from "../testing/mothers.ts";
import { sopVersionInputSchema } from "./agreement.schemas.ts";
import { checkCanHaveSteps, checkSopVersion, diffSopVersions, sopTargetDays } from "./sop.ts";

describe("SOP versions", () => {
  it("accepts ordered steps and sorts them", () => {
    const v = aSopVersion();
    const shuffled = { ...v, steps: [...v.steps].reverse() };
    const checked = checkSopVersion(shuffled);
    expect(checked.ok && checked.value.steps.map((s) => s.order)).toEqual([1, 2, 3]);
  });

  it("refuses empty, duplicated, gapped and non-increasing versions", () => {
    const v = aSopVersion();
    const [first, second] = v.steps as [never, never, never];
    expect(checkSopVersion({ ...v, steps: [] })).toMatchObject({ error: { code: "SOP.NO_STEPS" } });
    expect(
      checkSopVersion({ ...v, steps: [first, { ...(second as object), key: "identification" } as never] }),
    ).toMatchObject({
      error: { code: "SOP.DUPLICATE_STEP_KEY", params: { key: "identification" } },
    });
    expect(
      checkSopVersion({ ...v, steps: [first, { ...(second as object), order: 3 } as never] }),
    ).toMatchObject({
      error: { code: "SOP.STEP_ORDER_GAP", params: { expected: 2 } },
    });
    expect(checkSopVersion(v, { ...v, version: 1 })).toMatchObject({
      error: { code: "SOP.VERSION_NOT_NEWER", params: { version: 1, previous: 1 } },
    });
    expect(checkSopVersion({ ...v, version: 2 }, v).ok).toBe(true);
  });

  it("adds up target days only when every step has one", () => {
    const v = aSopVersion();
    expect(sopTargetDays(v)).toBeUndefined();
    expect(sopTargetDays({ ...v, steps: v.steps.slice(0, 2) })).toBe(75);
  });

  it("shows what changed between two versions", () => {
    const before = aSopVersion();
    const after = aSopVersion({
      version: 2,
      steps: [
        {
          key: "identification",
          order: 1,
          title: { en: "Identification in Thailand" },
          responsibleSide: "TH",
          targetDays: 10,
        },
        {
          key: "family_assessment",
          order: 2,
          title: { en: "Family assessment" },
          responsibleSide: "MM",
          targetDays: 30,
        },
        { key: "handover", order: 3, title: { en: "Handover at the border" }, responsibleSide: "joint" },
      ],
    });
    expect(diffSopVersions(before, after)).toEqual([
      expect.objectContaining({ kind: "changed", fields: ["targetDays"] }),
      expect.objectContaining({ kind: "added", step: expect.objectContaining({ key: "family_assessment" }) }),
      expect.objectContaining({
        kind: "removed",
        step: expect.objectContaining({ key: "nationality_verification" }),
      }),
    ]);
    expect(diffSopVersions(before, before)).toEqual([]);
  });

  it("validates SOP input", () => {
    const bad = validate(sopVersionInputSchema, {
      agreementId: "agr_1",
      steps: [{ key: "Hand Over", order: 0, title: { en: "x" }, responsibleSide: "XX", targetDays: -1 }],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.issues.map((i) => [i.path, i.key])).toEqual([
      ["steps.0.key", "validation.invalid_key"],
      ["steps.0.order", "validation.too_small"],
      ["steps.0.responsibleSide", "validation.invalid_choice"],
      ["steps.0.targetDays", "validation.too_small"],
    ]);
  });
});

describe("which agreements have steps", () => {
  it("allows steps on SOPs and annexes only", () => {
    expect(checkCanHaveSteps("sop").ok).toBe(true);
    expect(checkCanHaveSteps("annex").ok).toBe(true);
    expect(checkCanHaveSteps("mou")).toEqual({
      ok: false,
      error: { code: "SOP.NOT_AN_SOP", params: { kind: "mou" } },
    });
  });
});

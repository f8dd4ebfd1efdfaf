import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkVersion } from "./concurrency.ts";
import { asId, idSchema } from "./ids.ts";
import { localized } from "./language.ts";
import { allowedEvents, transition } from "./lifecycle.ts";
import { assertUnreachable, err, ok, unwrap } from "./result.ts";
import { validate } from "./validation.ts";

describe("results", () => {
  it("unwraps successes and throws on failures, which are programmer errors", () => {
    expect(unwrap(ok(3))).toBe(3);
    expect(() => unwrap(err({ code: "X" }))).toThrow(/unwrap on a failed result/);
    expect(() => assertUnreachable("x" as never)).toThrow(/Unreachable/);
  });
});

describe("ids", () => {
  it("brands well-formed ids and refuses others", () => {
    expect(asId("org_01HZX")).toBe("org_01HZX");
    expect(() => asId("org 1")).toThrow(/Malformed id/);
    expect(idSchema().safeParse("x".repeat(65)).success).toBe(false);
  });
});

describe("lifecycle tables", () => {
  const table = { go: { from: ["a"], to: "b" }, back: { from: ["b"], to: "a" } } as const;
  it("moves along the table and names the forbidden move", () => {
    expect(transition(table, "T.TRANSITION_FORBIDDEN", "a", "go")).toEqual({ ok: true, value: "b" });
    expect(transition(table, "T.TRANSITION_FORBIDDEN", "a", "back")).toEqual({
      ok: false,
      error: { code: "T.TRANSITION_FORBIDDEN", params: { from: "a", event: "back" } },
    });
    expect(allowedEvents(table, "b")).toEqual(["back"]);
  });
});

describe("optimistic concurrency", () => {
  it("accepts the current version and refuses a stale one with the current version", () => {
    expect(checkVersion(4, 4)).toEqual({ ok: true, value: 5 });
    expect(checkVersion(3, 4)).toEqual({
      ok: false,
      error: { code: "CONFLICT", params: { currentVersion: 4 } },
    });
  });
});

describe("localized text", () => {
  it("falls back to English when a translation is missing or blank", () => {
    const t = { en: "Agreed actions", th: "การดำเนินการที่ตกลง", my: " " };
    expect([localized(t, "th"), localized(t, "my"), localized(t, "en")]).toEqual([
      "การดำเนินการที่ตกลง",
      "Agreed actions",
      "Agreed actions",
    ]);
  });
});

describe("validation", () => {
  it("maps zod's own issues to translation keys", () => {
    const schema = z.strictObject({
      n: z.number().min(2).max(5),
      s: z.string(),
      e: z.enum(["a", "b"]),
      u: z.string().regex(/x/),
    });
    const r = validate(schema, { n: 1, e: "c", u: "y", extra: 1 });
    expect(r.ok || r.error.issues.map((i) => [i.path, i.key, i.params])).toEqual([
      ["n", "validation.too_small", { minimum: 2 }],
      ["s", "validation.required", {}],
      ["e", "validation.invalid_choice", { options: ["a", "b"] }],
      ["u", "validation.invalid", {}],
      ["", "validation.unknown_field", { keys: ["extra"] }],
    ]);
    const big = validate(schema.shape.n, 9);
    expect(big.ok || big.error.issues[0]).toEqual({
      path: "",
      key: "validation.too_big",
      params: { maximum: 5 },
    });
    const typed = validate(schema.shape.s, 9);
    expect(typed.ok || typed.error.issues[0]?.key).toBe("validation.invalid_type");
    const keyed = validate(z.string().max(1, { error: "validation.too_long" }), "ab");
    expect(keyed.ok || keyed.error.issues[0]).toEqual({
      path: "",
      key: "validation.too_long",
      params: { maximum: 1 },
    });
  });
});

import { describe, expect, it } from "vitest";
import { validate } from "../shared/validation.ts";
import {
  firstAdminInputSchema,
  invalidLink,
  newUserInputSchema,
  normalizeUsername,
  resetPasswordInputSchema,
  retentionInputSchema,
  wrongCredentials,
} from "./account.ts";

const user = { username: "Naw.Htoo", displayName: "Naw Htoo", organizationId: "org_1", role: "member" };

describe("accounts", () => {
  it("compare usernames trimmed and in lower case, cut to the longest valid length", () => {
    expect(normalizeUsername("  Somchai.K ")).toBe("somchai.k");
    expect(normalizeUsername("x".repeat(500))).toHaveLength(64);
    expect(validate(newUserInputSchema, user)).toEqual({
      ok: true,
      value: { ...user, username: "naw.htoo", seriesIds: [] },
    });
  });

  it("refuse usernames outside plain ASCII letters, digits, dots, dashes and underscores", () => {
    for (const username of ["ab", ".start", "นวล", "naw htoo", "nаw" /* Cyrillic а */])
      expect(validate(newUserInputSchema, { ...user, username })).toMatchObject({
        ok: false,
        error: { issues: [{ path: "username", key: "validation.invalid_username" }] },
      });
  });

  it("give series to coordinators only", () => {
    expect(validate(newUserInputSchema, { ...user, seriesIds: ["ser_1"] })).toMatchObject({
      error: { issues: [{ path: "seriesIds", key: "validation.series_for_coordinators" }] },
    });
    expect(
      validate(newUserInputSchema, { ...user, role: "coordinator", seriesIds: ["ser_1"] }),
    ).toMatchObject({
      ok: true,
    });
    expect(validate(newUserInputSchema, { ...user, role: "superuser" })).toMatchObject({
      error: { issues: [{ path: "role", key: "validation.invalid_choice" }] },
    });
  });

  it("ask for passwords of 12 characters or more, in any script, and no rules on character classes", () => {
    expect(validate(resetPasswordInputSchema, { newPassword: "short" })).toMatchObject({
      error: { issues: [{ path: "newPassword", key: "validation.weak_password", params: { minimum: 12 } }] },
    });
    expect(validate(resetPasswordInputSchema, { newPassword: "ฝนตกที่แม่สอดทุกวัน" })).toMatchObject({ ok: true });
    expect(validate(resetPasswordInputSchema, { newPassword: "x".repeat(257) })).toMatchObject({
      error: { issues: [{ key: "validation.too_long" }] },
    });
    expect(
      validate(firstAdminInputSchema, {
        username: "Root",
        displayName: "Admin",
        password: "all lower case words",
      }),
    ).toMatchObject({ ok: true, value: { username: "root" } });
  });

  it("keep restricted minutes 1 day to a hundred years, or until a period is set", () => {
    expect(validate(retentionInputSchema, { days: null })).toEqual({ ok: true, value: { days: null } });
    expect(validate(retentionInputSchema, { days: 365 })).toEqual({ ok: true, value: { days: 365 } });
    expect(validate(retentionInputSchema, { days: 0 })).toMatchObject({
      error: { issues: [{ key: "validation.too_small", params: { minimum: 1 } }] },
    });
    expect(validate(retentionInputSchema, { days: 36_501 })).toMatchObject({
      error: { issues: [{ key: "validation.too_big" }] },
    });
    expect(validate(retentionInputSchema, { days: 1.5 })).toMatchObject({ ok: false });
  });

  it("answer every sign-in failure and every bad link with one code each", () => {
    expect(wrongCredentials()).toEqual({ code: "AUTH.WRONG_CREDENTIALS", params: {} });
    expect(invalidLink()).toEqual({ code: "AUTH.INVALID_LINK", params: {} });
  });
});

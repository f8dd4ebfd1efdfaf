import { describe, expect, it } from "vitest";
import type { OrganizationId } from "../shared/ids.ts";
import { validate } from "../shared/validation.ts";
import { anOrganization } from "../testing/mothers.ts";
import {
  checkParent,
  contactInputSchema,
  deactivateOrganization,
  matchesOrganization,
  organizationInputSchema,
  reactivateOrganization,
} from "./organization.ts";

describe("organizations", () => {
  it("deactivates and reactivates once each", () => {
    const org = anOrganization();
    const off = deactivateOrganization(org);
    expect(off.ok && off.value.active).toBe(false);
    if (!off.ok) return;
    expect(deactivateOrganization(off.value)).toMatchObject({
      error: { code: "ORGANIZATION.ALREADY_INACTIVE" },
    });
    expect(reactivateOrganization(off.value)).toMatchObject({ ok: true, value: { active: true } });
    expect(reactivateOrganization(org)).toMatchObject({ error: { code: "ORGANIZATION.ALREADY_ACTIVE" } });
  });

  it("refuses a parent that would make a cycle", () => {
    const id = (s: string) => s as OrganizationId;
    const parents = new Map([
      [id("datip"), id("msdhs")],
      [id("msdhs"), undefined],
    ]);
    const parentOf = (o: OrganizationId) => parents.get(o);
    expect(checkParent(id("psdhs_tak"), id("datip"), parentOf)).toEqual({ ok: true, value: "datip" });
    expect(checkParent(id("msdhs"), id("datip"), parentOf)).toMatchObject({
      error: { code: "ORGANIZATION.PARENT_CYCLE" },
    });
    expect(checkParent(id("msdhs"), id("msdhs"), parentOf)).toMatchObject({
      error: { code: "ORGANIZATION.PARENT_CYCLE" },
    });
    expect(checkParent(id("msdhs"), undefined, parentOf)).toEqual({ ok: true, value: undefined });
  });

  it("matches any name or the acronym", () => {
    const org = anOrganization({
      name: { en: "Division of Anti-Trafficking in Persons", th: "กองต่อต้านการค้ามนุษย์" },
      acronym: "DATIP",
    });
    expect(["datip", "ANTI-traff", "ค้ามนุษย์", ""].map((q) => matchesOrganization(org, q))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(matchesOrganization(org, "UNICEF")).toBe(false);
  });

  it("validates organization and contact input", () => {
    expect(
      validate(organizationInputSchema, {
        name: { en: "Mae Tao Clinic" },
        kind: "clinic",
        location: { country: "TH", province: "Tak" },
      }),
    ).toMatchObject({
      ok: true,
      value: { fictional: false },
    });
    const bad = validate(organizationInputSchema, {
      name: { en: "x".repeat(201) },
      kind: "church",
      location: { country: "XX" },
    });
    expect(bad.ok || bad.error.issues.map((i) => [i.path, i.key])).toEqual([
      ["name.en", "validation.too_long"],
      ["kind", "validation.invalid_choice"],
      ["location.country", "validation.invalid_choice"],
    ]);
    expect(
      validate(contactInputSchema, { organizationId: "org_1", name: "Ko Min", languages: ["my", "xx"] }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: "languages.1", key: "validation.invalid_language" }] },
    });
  });
});

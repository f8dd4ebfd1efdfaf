import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseReference } from "../case-reference/case-reference.ts";
import type { MeetingSeries } from "../meeting/series.ts";
import { CONFIDENTIALITY } from "../shared/confidentiality.ts";
import type { OrganizationId, SeriesId, UserId } from "../shared/ids.ts";
import { aCaseReference, anAction, aSeries } from "../testing/mothers.ts";
import { type Actor, ROLES } from "./access.ts";
import {
  canAdminister,
  canChangeAction,
  canCreateSeries,
  canEditAction,
  canEditDirectory,
  canManageSeries,
  canReadCase,
  canReadContacts,
  canReadMeeting,
  canReadSeries,
  canRecordCase,
  canRespondFor,
  visibilityOf,
  writeAccess,
} from "./rules.ts";

const org = (n: string) => `org_${n}` as OrganizationId;
const ser = (n: string) => `ser_${n}` as SeriesId;
const actor = (role: Actor["role"], organizationId: OrganizationId, seriesIds: SeriesId[] = []): Actor => ({
  userId: `usr_${role}_${organizationId}` as UserId,
  organizationId,
  role,
  seriesIds,
});

/*
 * The world of the table below: a case management series (restricted) run by the secretariat S, with
 * member M; its meeting invites I (and S). Another series X is run by the coordinator of another series.
 */
const restricted = aSeries({
  id: ser("cmm"),
  confidentiality: "restricted",
  secretariatId: org("S"),
  memberIds: [org("S"), org("M")],
});
const invited = [org("S"), org("I")];

const PEOPLE = {
  admin: actor("admin", org("A")),
  "coordinator of this series": actor("coordinator", org("S"), [ser("cmm")]),
  "coordinator of another series": actor("coordinator", org("O"), [ser("X")]),
  "member of an invited organization": actor("member", org("I")),
  "member of a member organization, not invited": actor("member", org("M")),
  "member of another organization": actor("member", org("O")),
  "observer of an invited organization": actor("observer", org("I")),
  anonymous: null,
} as const satisfies Record<string, Actor | null>;
type Person = keyof typeof PEOPLE;
const everyone = Object.keys(PEOPLE) as Person[];
const only = (...who: Person[]) => Object.fromEntries(everyone.map((p) => [p, who.includes(p)]));
const decide = (rule: (a: Actor | null) => boolean) =>
  Object.fromEntries(everyone.map((p) => [p, rule(PEOPLE[p])]));

describe("reading", () => {
  it("opens public series to anyone and partners series to anyone signed in", () => {
    for (const p of everyone) {
      const a = PEOPLE[p];
      expect(canReadMeeting(a, aSeries({ confidentiality: "public" }), [])).toBe(true);
      expect(canReadMeeting(a, aSeries({ confidentiality: "partners" }), [])).toBe(a !== null);
      expect(canReadSeries(a, aSeries({ confidentiality: "partners" }), [])).toBe(a !== null);
    }
  });

  it("opens a restricted meeting to admins, its series' coordinators and the invited organizations' delegates", () => {
    expect(decide((a) => canReadMeeting(a, restricted, invited))).toEqual(
      only("admin", "coordinator of this series", "member of an invited organization"),
    );
  });

  it("opens a restricted series also to its members and to organizations invited to any of its meetings", () => {
    expect(decide((a) => canReadSeries(a, restricted, invited))).toEqual(
      only(
        "admin",
        "coordinator of this series",
        "member of an invited organization",
        "member of a member organization, not invited",
      ),
    );
  });

  it("opens a case to admins and the holding organizations' delegates, and contacts to partners", () => {
    const c = aCaseReference({ owningOrganizationIds: [org("I")] });
    expect(decide((a) => canReadCase(a, c))).toEqual(only("admin", "member of an invited organization"));
    expect(decide(canReadContacts)).toEqual(only(...everyone.filter((p) => p !== "anonymous")));
  });
});

describe("changing", () => {
  const action = anAction({ ownerIds: [org("I"), org("O")] });
  it.each([
    [
      "the directory",
      canEditDirectory,
      ["admin", "coordinator of this series", "coordinator of another series"],
    ],
    ["creating a series", canCreateSeries, ["admin"]],
    [
      "managing the series",
      (a: Actor | null) => canManageSeries(a, restricted),
      ["admin", "coordinator of this series"],
    ],
    [
      "editing an action's terms",
      (a: Actor | null) => canEditAction(a, restricted),
      ["admin", "coordinator of this series"],
    ],
    [
      "an action's status, owned by I and O",
      (a: Actor | null) => canChangeAction(a, action, restricted),
      [
        "admin",
        "coordinator of this series",
        "coordinator of another series",
        "member of an invited organization",
        "member of another organization",
      ],
    ],
    [
      "replying for I",
      (a: Actor | null) => canRespondFor(a, org("I"), restricted),
      ["admin", "coordinator of this series", "member of an invited organization"],
    ],
    [
      "recording a case held by I",
      (a: Actor | null) => canRecordCase(a, [org("I")]),
      ["admin", "member of an invited organization"],
    ],
    ["administering", canAdminister, ["admin"]],
  ] as const)("%s", (_name, rule, who) => {
    expect(decide(rule)).toEqual(only(...who));
  });

  it("answers anonymous first, then what cannot be read, then what may not be changed", () => {
    const someone = PEOPLE["member of another organization"];
    expect(writeAccess(null, false, false)).toEqual({ ok: false, refusal: "UNAUTHENTICATED" });
    expect(writeAccess(someone, false, true)).toEqual({ ok: false, refusal: "NOT_FOUND" });
    expect(writeAccess(someone, true, false)).toEqual({ ok: false, refusal: "FORBIDDEN" });
    expect(writeAccess(someone, true, true)).toEqual({ ok: true });
  });
});

describe("invariants, for any actor and any series", () => {
  const ids = fc.constantFrom(...["A", "B", "C", "D"].map(org));
  const arbActor = fc.option(
    fc.record({
      userId: fc.constant("usr_x" as UserId),
      organizationId: ids,
      role: fc.constantFrom(...ROLES),
      seriesIds: fc.subarray([ser("1"), ser("2")]),
    }),
    { nil: null },
  );
  const arbSeries = fc.record({
    id: fc.constantFrom(ser("1"), ser("2")),
    confidentiality: fc.constantFrom(...CONFIDENTIALITY),
    memberIds: fc.uniqueArray(ids),
  }) as fc.Arbitrary<Pick<MeetingSeries, "id" | "confidentiality" | "memberIds">>;
  const arbOrgs = fc.uniqueArray(ids);

  it("whoever may read a meeting may read its series (invitations to it count for the series)", () => {
    fc.assert(
      fc.property(arbActor, arbSeries, arbOrgs, arbOrgs, (a, s, meeting, others) => {
        if (canReadMeeting(a, s, meeting)) expect(canReadSeries(a, s, [...meeting, ...others])).toBe(true);
      }),
    );
  });

  it("nobody anonymous and no observer changes anything; admins change everything", () => {
    fc.assert(
      fc.property(arbActor, arbSeries, arbOrgs, (a, s, owners) => {
        const rules = [
          canEditDirectory(a),
          canCreateSeries(a),
          canManageSeries(a, s),
          canEditAction(a, s),
          canChangeAction(a, { ownerIds: owners }, s),
          canRespondFor(a, org("A"), s),
          canRecordCase(a, owners),
          canAdminister(a),
        ];
        if (a === null || a.role === "observer") expect(rules).not.toContain(true);
        if (a?.role === "admin") expect(rules).not.toContain(false);
      }),
    );
  });

  it("managers of a series may read all of it; restricted records stay closed to observers", () => {
    fc.assert(
      fc.property(arbActor, arbSeries, arbOrgs, (a, s, invitedOrgs) => {
        if (canManageSeries(a, s)) expect(canReadMeeting(a, s, invitedOrgs)).toBe(true);
        if (a?.role === "observer" && s.confidentiality === "restricted")
          expect(canReadSeries(a, s, invitedOrgs)).toBe(false);
        const c: Pick<CaseReference, "owningOrganizationIds"> = { owningOrganizationIds: invitedOrgs };
        if (a?.role === "observer" || a === null) expect(canReadCase(a, c)).toBe(false);
      }),
    );
  });

  it("describes the same reading rights as data (visibilityOf)", () => {
    expect(visibilityOf(null)).toEqual({
      all: false,
      levels: ["public"],
      seriesIds: [],
      organizationIds: [],
    });
    expect(visibilityOf(PEOPLE.admin)).toEqual({ all: true });
    expect(visibilityOf(PEOPLE["observer of an invited organization"])).toEqual({
      all: false,
      levels: ["public", "partners"],
      seriesIds: [],
      organizationIds: [],
    });
    expect(visibilityOf(PEOPLE["coordinator of this series"])).toEqual({
      all: false,
      levels: ["public", "partners"],
      seriesIds: [ser("cmm")],
      organizationIds: [org("S")],
    });
  });
});

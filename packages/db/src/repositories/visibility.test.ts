import {
  type Actor,
  canReadCase,
  canReadMeeting,
  canReadSeries,
  ROLES,
  visibilityOf,
} from "@moei/domain/access";
import { type ActionInput, actionInputSchema } from "@moei/domain/action";
import { caseReferenceInputSchema } from "@moei/domain/case-reference";
import {
  type ScheduleMeetingInput,
  type SeriesInput,
  scheduleMeetingInputSchema,
  seriesInputSchema,
} from "@moei/domain/meeting";
import { organizationInputSchema } from "@moei/domain/organization";
import { CONFIDENTIALITY, type OrganizationId, type SeriesId, type UserId } from "@moei/domain/shared";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { must, parsed } from "../../test/fixtures.ts";
import { ctx, tempDb } from "../../test/support.ts";
import { actionRepository } from "./action.repository.ts";
import { caseReferenceRepository } from "./case-reference.repository.ts";
import { meetingRepository } from "./meeting.repository.ts";
import { organizationRepository } from "./organization.repository.ts";
import { searchRepository } from "./search.repository.ts";
import { seriesRepository } from "./series.repository.ts";

/*
 * The lists' SQL filters against the domain's reading rules: in random worlds (series of every
 * confidentiality with random members, meetings with random invitations, actions, cases with random
 * holders), every list a viewer gets holds exactly what `canRead…` allows them, for every kind of
 * viewer: anonymous, and each role in each organization, coordinators of none, one or two series.
 */

const ORGS = 4;
const SERIES = 5;
const MEETINGS_PER_SERIES = 3;
const CASES = 6;
const WORD = "harmonised";

interface Plan {
  readonly series: readonly {
    readonly confidentiality: (typeof CONFIDENTIALITY)[number];
    readonly members: readonly number[];
    readonly meetings: readonly { readonly invited: readonly number[]; readonly owners: readonly number[] }[];
  }[];
  readonly cases: readonly (readonly number[])[];
}

const orgIndexes = (min: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: ORGS - 1 }), { minLength: min, maxLength: ORGS });
const planArbitrary: fc.Arbitrary<Plan> = fc.record({
  series: fc.array(
    fc.record({
      confidentiality: fc.constantFrom(...CONFIDENTIALITY),
      members: orgIndexes(0),
      meetings: fc.array(fc.record({ invited: orgIndexes(0), owners: orgIndexes(1) }), {
        minLength: MEETINGS_PER_SERIES,
        maxLength: MEETINGS_PER_SERIES,
      }),
    }),
    { minLength: SERIES, maxLength: SERIES },
  ),
  cases: fc.array(orgIndexes(1), { minLength: CASES, maxLength: CASES }),
});

function build(plan: Plan) {
  const t = tempDb();
  const at = ctx("2026-01-01T00:00:00Z");
  const orgs = Array.from({ length: ORGS }, (_, i) =>
    must(
      organizationRepository(t.db).create(
        at,
        parsed(organizationInputSchema, { name: { en: `Organization ${i}` }, kind: "ngo" }),
      ),
    ),
  );
  const orgId = (i: number) => orgs[i]?.id as OrganizationId;
  const meetingRepo = meetingRepository(t.db);
  const truth: {
    series: {
      id: SeriesId;
      facts: {
        id: SeriesId;
        confidentiality: Plan["series"][number]["confidentiality"];
        memberIds: OrganizationId[];
      };
      invitedAny: OrganizationId[];
    }[];
    meetings: { id: string; seriesIndex: number; invited: OrganizationId[] }[];
    actions: { id: string; meetingId: string; ownerIds: OrganizationId[] }[];
    cases: { code: string; owningOrganizationIds: OrganizationId[] }[];
  } = { series: [], meetings: [], actions: [], cases: [] };
  plan.series.forEach((s, si) => {
    const created = must(
      seriesRepository(t.db).create(
        at,
        parsed<SeriesInput>(seriesInputSchema, {
          kind: "case_management",
          name: { en: `Series ${si}` },
          // The secretariat is always a member; organization 0 runs them all.
          memberIds: s.members.map(orgId),
          secretariatId: orgId(0),
          countries: ["TH", "MM"],
          numbering: "sequential",
          confidentiality: s.confidentiality,
          languages: ["en"],
        }),
      ),
    );
    const invitedAny = new Set<OrganizationId>();
    s.meetings.forEach((m, mi) => {
      const meeting = must(
        meetingRepo.schedule(
          at,
          parsed<ScheduleMeetingInput>(scheduleMeetingInputSchema, {
            seriesId: created.id,
            start: `2026-0${mi + 2}-1${si}T10:00`,
            zone: "Asia/Bangkok",
            durationMinutes: 60,
            mode: "in_person",
            title: { en: `Meeting ${si}.${mi} ${WORD}` },
          }),
        ),
      );
      if (m.invited.length > 0) must(meetingRepo.invite(at, meeting.id, m.invited.map(orgId)));
      for (const i of m.invited) invitedAny.add(orgId(i));
      truth.meetings.push({ id: meeting.id, seriesIndex: si, invited: m.invited.map(orgId) });
      const action = must(
        actionRepository(t.db).create(
          at,
          parsed<ActionInput>(actionInputSchema, {
            text: `Action ${si}.${mi} ${WORD}`,
            ownerIds: m.owners.map(orgId),
            dueOn: "2026-12-31",
            source: { meetingId: meeting.id },
          }),
        ),
      ).action;
      truth.actions.push({ id: action.id, meetingId: meeting.id, ownerIds: [...action.ownerIds] });
    });
    truth.series.push({
      id: created.id,
      facts: { id: created.id, confidentiality: s.confidentiality, memberIds: [...created.memberIds] },
      invitedAny: [...invitedAny],
    });
  });
  plan.cases.forEach((owners, ci) => {
    const c = must(
      caseReferenceRepository(t.db).create(
        at,
        parsed(caseReferenceInputSchema, {
          code: `VIS-${ci}`,
          nationality: "MM",
          sex: "female",
          ageBand: "18-24",
          exploitationType: "labour",
        }),
        owners.map(orgId),
      ),
    );
    truth.cases.push({ code: c.code, owningOrganizationIds: [...c.owningOrganizationIds] });
  });

  const viewers: (Actor | null)[] = [null];
  const seriesChoices: SeriesId[][] = [
    [],
    [truth.series[0]?.id as SeriesId],
    truth.series.slice(1, 3).map((s) => s.id),
  ];
  for (const role of ROLES)
    for (let o = 0; o < ORGS; o++)
      for (const seriesIds of role === "coordinator" ? seriesChoices : [[]])
        viewers.push({ userId: "usr_v" as UserId, organizationId: orgId(o), role, seriesIds });
  return { t, truth, viewers, orgIds: orgs.map((o) => o.id as OrganizationId) };
}

const pageOf = <T>(page: { items: readonly T[] } | { code: string }): readonly T[] => {
  if (!("items" in page)) throw new Error(page.code);
  return page.items;
};

describe("list visibility matches the domain's reading rules", () => {
  const worlds = fc.sample(planArbitrary, { numRuns: 3, seed: 20261121 }).map(build);
  let checked = 0;
  beforeAll(() => {
    checked = 0;
  });
  afterAll(() => {
    for (const w of worlds) w.t.dispose();
    console.log(`list visibility: ${checked} viewer × list comparisons`);
  });

  it.each(worlds.map((w, i) => [i, w] as const))("world %i", (_i, { t, truth, viewers, orgIds }) => {
    const meetings = meetingRepository(t.db);
    for (const viewer of viewers) {
      const visibleTo = visibilityOf(viewer);
      const seriesOf = (index: number) =>
        truth.series[index]?.facts as NonNullable<(typeof truth.series)[number]>["facts"];
      const readableMeetings = truth.meetings
        .filter((m) => canReadMeeting(viewer, seriesOf(m.seriesIndex), m.invited))
        .map((m) => m.id);
      const readableSet = new Set(readableMeetings);
      const sorted = (ids: readonly string[]) => [...ids].sort();

      expect(sorted(pageOf(meetings.list({ visibleTo }, { first: 200 })).map((m) => m.id))).toEqual(
        sorted(readableMeetings),
      );
      const bySeries = meetings.listBySeries(
        truth.series.map((s) => s.id),
        { visibleTo },
        { first: 200 },
      );
      if (!Array.isArray(bySeries)) throw new Error("cursor");
      expect(sorted(bySeries.flatMap((p) => p.items.map((m) => m.id)))).toEqual(sorted(readableMeetings));
      expect(
        sorted(
          seriesRepository(t.db)
            .list({ visibleTo })
            .map((s) => s.id),
        ),
      ).toEqual(
        sorted(truth.series.filter((s) => canReadSeries(viewer, s.facts, s.invitedAny)).map((s) => s.id)),
      );

      const readable = truth.actions.filter((a) => readableSet.has(a.meetingId));
      const readableActions = readable.map((a) => a.id);
      const actions = actionRepository(t.db);
      expect(sorted(pageOf(actions.list({ visibleTo }, { first: 200 })).map((a) => a.id))).toEqual(
        sorted(readableActions),
      );
      const open = actions.openOfOrganizations(orgIds, visibleTo, { first: 200 });
      if (!Array.isArray(open)) throw new Error("cursor");
      expect(open.map((p) => sorted(p.items.map((a) => a.id)))).toEqual(
        orgIds.map((o) => sorted(readable.filter((a) => a.ownerIds.includes(o)).map((a) => a.id))),
      );
      expect(
        sorted(
          searchRepository(t.db)
            .search(WORD, { visibleTo, types: ["meeting", "action"], first: 100 })
            .map((h) => h.entityId),
        ),
      ).toEqual(sorted([...readableMeetings, ...readableActions]));
      expect(
        sorted(pageOf(caseReferenceRepository(t.db).list({ visibleTo }, { first: 200 })).map((c) => c.code)),
      ).toEqual(sorted(truth.cases.filter((c) => canReadCase(viewer, c)).map((c) => c.code)));
      checked += 7;
    }
  });
});

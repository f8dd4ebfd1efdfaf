import type { ActionGroup, OpenDataFacts } from "@moei/db";
import { visibilityOf } from "@moei/domain/access";
import { doneOnTime, isFinal } from "@moei/domain/action";
import {
  ATTENDANCE_STATUSES,
  attended,
  MEETING_LIFECYCLE,
  MEETING_STATUSES,
  type MeetingStatus,
} from "@moei/domain/meeting";
import { CONFIDENTIALITY, type Confidentiality, dateOf } from "@moei/domain/shared";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { FastifyInstance } from "fastify";
import type { Context } from "../context.ts";
import { audit, type ExportDeps, exportHandler } from "./export-request.ts";

/*
 * GET /open-data/aggregates.json: published figures on how the coordination works — meetings held per
 * series and year, attendance rates per organization, actions done on time — over the series the reader
 * may read, never restricted ones (not even for admins: the file is meant to be passed on). Anonymous
 * readers get public series only; signed-in readers public and partners series. Counted by SQL in
 * statistics.repository.ts; what counts as held, attended and on time is the domain's.
 */

/** The license the figures are published under (a choice to confirm with the partners; see the README). */
export const OPEN_DATA_LICENSE = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** What each figure means, shipped in the file so that it travels with the numbers. */
export const OPEN_DATA_DEFINITIONS = {
  scope:
    "The meeting series the reader may read, restricted (case management) series never included: public series for everyone, public and partners series for signed-in partners.",
  "series[].meetingsHeld":
    "Meetings of the series that took place: marked as held, or further along (minutes in draft, circulated or approved). Scheduled, postponed, cancelled and draft meetings are not counted. `byYear` counts them by the calendar year (Common Era) of their start in the meeting's own time zone.",
  "series[].actions.doneOnTime":
    "Actions agreed at meetings of the series that are done, and were marked done on or before their due date, judged by the completion date in the time zone of the meeting that agreed them.",
  "series[].actions.doneLate": "Actions that are done, but were marked done after their due date.",
  "series[].actions.open": "Actions that are open, in progress or blocked, whatever their due date.",
  "series[].actions.cancelled": "Actions that were cancelled; they count neither as done nor as open.",
  "organizations[].invited":
    "Invitations of the organization to held meetings (as defined above) of the series in scope.",
  "organizations[].attended":
    "Of those meetings, how many the organization attended, in person or online (attendance recorded as present or remote).",
  "organizations[].attendanceRate":
    "attended ÷ invited, between 0 and 1, rounded to three decimals. Organizations invited to no held meeting are not listed.",
  ids: "Global ids of the Moei API: pass them to `node(id:)` on /graphql, or use them in the portal's URLs.",
} as const;

/** The statuses a meeting has once it took place: `hold`'s target and every status reachable from it. */
export function heldStatuses(): MeetingStatus[] {
  const reached = new Set<MeetingStatus>([MEETING_LIFECYCLE.hold.to]);
  // A Set visits what is added while iterating, so this walks the lifecycle to its end.
  for (const status of reached) {
    for (const step of Object.values(MEETING_LIFECYCLE)) if (step.from.includes(status)) reached.add(step.to);
  }
  return MEETING_STATUSES.filter((s) => reached.has(s));
}

/** The confidentiality levels the reader may read, restricted always left out. */
export function openLevels(actor: Context["actor"]): Confidentiality[] {
  const visibility = visibilityOf(actor);
  const levels = visibility.all ? CONFIDENTIALITY : visibility.levels;
  return levels.filter((l) => l !== "restricted");
}

interface ActionCounts {
  doneOnTime: number;
  doneLate: number;
  open: number;
  cancelled: number;
}

function countActions(groups: readonly ActionGroup[]): ActionCounts {
  const counts: ActionCounts = { doneOnTime: 0, doneLate: 0, open: 0, cancelled: 0 };
  for (const g of groups) {
    if (!isFinal(g.status)) counts.open += g.count;
    else if (g.status === "cancelled") counts.cancelled += g.count;
    else {
      const completedOn = g.completion && dateOf(g.completion.at, g.completion.zone);
      const dueOn = g.completion?.dueOn;
      const onTime = dueOn !== undefined && doneOnTime({ status: g.status, dueOn }, completedOn);
      if (onTime) counts.doneOnTime += g.count;
      else counts.doneLate += g.count;
    }
  }
  return counts;
}

const rate = (attendedCount: number, invited: number): number =>
  Math.round((attendedCount / invited) * 1000) / 1000;

/** The published document: figures from the facts, ids as the API's global ids. */
export function openDataDocument(
  facts: OpenDataFacts,
  levels: readonly Confidentiality[],
  generatedAt: string,
) {
  const held = Map.groupBy(facts.heldMeetings, (m) => m.seriesId as string);
  const actions = Map.groupBy(facts.actions, (a) => a.seriesId as string);
  return {
    generatedAt,
    license: OPEN_DATA_LICENSE,
    scope: { confidentiality: levels },
    definitions: OPEN_DATA_DEFINITIONS,
    series: facts.series.map((s) => {
      const byYear = new Map<number, number>();
      for (const m of held.get(s.id) ?? []) {
        const year = Number(dateOf(m.start, m.zone).slice(0, 4));
        byYear.set(year, (byYear.get(year) ?? 0) + m.count);
      }
      return {
        id: encodeGlobalID("Series", s.id),
        name: s.name,
        kind: s.kind,
        confidentiality: s.confidentiality,
        meetingsHeld: {
          total: [...byYear.values()].reduce((a, b) => a + b, 0),
          byYear: [...byYear].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count })),
        },
        actions: countActions(actions.get(s.id) ?? []),
      };
    }),
    organizations: facts.attendance.map((o) => ({
      id: encodeGlobalID("Organization", o.organizationId),
      name: o.name,
      ...(o.acronym === undefined ? {} : { acronym: o.acronym }),
      invited: o.invited,
      attended: o.attended,
      attendanceRate: rate(o.attended, o.invited),
    })),
  };
}

export function registerOpenData(app: FastifyInstance, deps: ExportDeps): void {
  app.get(
    "/open-data/aggregates.json",
    exportHandler(deps, async (ctx, _request, reply) => {
      const levels = openLevels(ctx.actor);
      const facts = ctx.repos.statistics.openData({
        levels,
        heldStatuses: heldStatuses(),
        attendedStatuses: ATTENDANCE_STATUSES.filter((status) => attended({ status })),
      });
      const document = openDataDocument(facts, levels, ctx.clock.now());
      audit(ctx, {
        kind: "open-data",
        entityType: "open_data",
        entityId: "aggregates",
        details: { levels, series: document.series.length, organizations: document.organizations.length },
      });
      return (
        reply
          // The anonymous file is the same for everyone and may be cached anywhere; a partner's is theirs.
          .header("cache-control", ctx.actor === null ? "public, max-age=300" : "private, no-store")
          .header("vary", "cookie")
          .type("application/json; charset=utf-8")
          .send(JSON.stringify(document))
      );
    }),
  );
}

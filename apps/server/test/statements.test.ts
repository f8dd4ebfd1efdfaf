import { type ActionInput, actionInputSchema } from "@moei/domain/action";
import {
  type ScheduleMeetingInput,
  type SeriesInput,
  scheduleMeetingInputSchema,
  seriesInputSchema,
} from "@moei/domain/meeting";
import { organizationInputSchema } from "@moei/domain/organization";
import { type Instant, validate } from "@moei/domain/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositories } from "../src/context.ts";
import { signedIn } from "./signed-in.ts";
import { startServer, type TestServer } from "./support.ts";

/**
 * Reads are N+1-free: the meeting page and the action list cost the same number of SQL statements
 * whether they show 10, 50 or 200 items. Each size gets its own meeting and owner organization.
 */
const SIZES = [10, 50, 200] as const;

const MEETING_PAGE = /* GraphQL */ `
  query MeetingPage($id: ID!) {
    node(id: $id) {
      ... on Meeting {
        id status start numberLabel(lang: th) times(lang: en) { zone local label }
        series { name { en } }
        agenda { id title { en } presenter { name { en } } minutes { language body version } }
        attendance { status delegates organization { name { en th } acronym } }
        invitations { rsvp organization { name { en } } }
        decisions { position text { en } }
        actions { id text dueOn status overdue owners { name { en } } }
        mattersArising { carriedOver action { text } }
      }
    }
  }
`;

const ACTION_LIST = /* GraphQL */ `
  query ActionList($org: ID!, $first: Int!) {
    actions(organizationId: $org, status: [open, in_progress, blocked], first: $first) {
      totalCount
      edges { node { id text dueOn status overdue owners { name { en } } meeting { start numberLabel(lang: en) series { name { en } } } } }
    }
  }
`;

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

describe("statements per read do not grow with the number of items", () => {
  const statements: string[] = [];
  let s: TestServer;
  const world = new Map<number, { meetingId: string; ownerId: string }>();

  beforeAll(async () => {
    s = await signedIn(
      await startServer({ onQuery: (sql) => statements.push(sql), now: "2026-11-21T03:00:00Z" }),
      "member",
    );
    const { organizations, series, meetings, actions } = repositories(s.db);
    const at = (iso: string) => ({ actorId: null, at: iso as Instant });
    const setup = at("2026-11-01T00:00:00Z");
    const secretariat = must(
      organizations.create(
        setup,
        must(
          validate(organizationInputSchema, {
            name: { en: "IOM Mae Sot" },
            kind: "international_organization",
          }),
        ),
      ),
    );
    for (const n of SIZES) {
      const orgs = Array.from({ length: n }, (_, i) =>
        must(
          organizations.create(
            setup,
            must(
              validate(organizationInputSchema, {
                name: { en: `Member ${n}-${i}`, th: `สมาชิก ${i}` },
                acronym: `M${i}`,
                kind: "ngo",
              }),
            ),
          ),
        ),
      );
      const ser = must(
        series.create(
          setup,
          must(
            validate(seriesInputSchema, {
              kind: "ngo_coordination",
              name: { en: `Series ${n}` },
              memberIds: orgs.map((o) => o.id),
              secretariatId: secretariat.id,
              countries: ["TH", "MM"],
              numbering: "thai_year",
              confidentiality: "partners",
              languages: ["th", "my", "en"],
            }),
          ) as SeriesInput,
        ),
      );
      const meeting = must(
        meetings.schedule(
          setup,
          must(
            validate(scheduleMeetingInputSchema, {
              seriesId: ser.id,
              start: "2026-11-12T09:30",
              zone: "Asia/Bangkok",
              durationMinutes: 180,
              mode: "in_person",
            }),
          ) as ScheduleMeetingInput,
        ),
      );
      must(
        meetings.invite(
          setup,
          meeting.id,
          orgs.map((o) => o.id),
        ),
      );
      const during = at("2026-11-12T03:00:00Z");
      must(meetings.applyEvent(during, meeting.id, meeting.version, { type: "hold" }));
      must(
        meetings.recordAttendance(
          during,
          meeting.id,
          orgs.map((o) => ({ organizationId: o.id, status: "present" as const, delegates: ["Delegate"] })),
        ),
      );
      for (let i = 0; i < n; i++) {
        const item = must(
          meetings.addAgendaItem(during, {
            meetingId: meeting.id,
            kind: "regular",
            title: { en: `Item ${i}` },
            presenterId: orgs[i]?.id as never,
          }),
        );
        must(
          meetings.saveMinutes(during, {
            meetingId: meeting.id,
            agendaItemId: item.id,
            language: "en",
            body: `Noted item ${i}.`,
            baseVersion: 0,
          }),
        );
        must(
          meetings.addDecision(during, {
            meetingId: meeting.id,
            agendaItemId: item.id,
            text: { en: `Decision ${i}` },
          }),
        );
        const owners = [orgs[0]?.id as string, orgs[(i % (n - 1)) + 1]?.id as string];
        must(
          actions.create(
            during,
            must(
              validate(actionInputSchema, {
                text: `Action ${i}`,
                ownerIds: owners,
                dueOn: i % 2 ? "2026-11-01" : "2026-12-31",
                source: { meetingId: meeting.id, agendaItemId: item.id },
              }),
            ) as ActionInput,
          ),
        );
      }
      world.set(n, { meetingId: meeting.id, ownerId: orgs[0]?.id as string });
    }
  }, 120_000);
  afterAll(() => s.close());

  async function count(query: string, variables: Record<string, unknown>) {
    statements.length = 0;
    const r = await s.gql(query, variables);
    expect(r.body.errors).toBeUndefined();
    return { statements: statements.length, body: r.body.data };
  }

  it("the meeting page: meeting, agenda with minutes, attendance with organizations, decisions, actions with owners", async () => {
    const counts: number[] = [];
    for (const n of SIZES) {
      const { statements: used, body } = await count(MEETING_PAGE, {
        id: gid("Meeting", world.get(n)?.meetingId as string),
      });
      const page = (
        body as {
          node: { agenda: unknown[]; attendance: unknown[]; actions: unknown[]; decisions: unknown[] };
        }
      ).node;
      expect([
        page.agenda.length,
        page.attendance.length,
        page.actions.length,
        page.decisions.length,
      ]).toEqual([n, n, n, n]);
      counts.push(used);
    }
    console.log(`meeting page: ${counts.join(", ")} SQL statements for ${SIZES.join(", ")} items`);
    expect(new Set(counts).size).toBe(1);
  });

  it("the action list: actions with owners and source meeting", async () => {
    const counts: number[] = [];
    for (const n of SIZES) {
      const { statements: used, body } = await count(ACTION_LIST, {
        org: gid("Organization", world.get(n)?.ownerId as string),
        first: n,
      });
      expect((body as { actions: { edges: unknown[] } }).actions.edges).toHaveLength(n);
      counts.push(used);
    }
    console.log(`action list: ${counts.join(", ")} SQL statements for ${SIZES.join(", ")} actions`);
    expect(new Set(counts).size).toBe(1);
  });
});

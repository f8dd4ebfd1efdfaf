import {
  actionRepository,
  closeDb,
  meetingRepository,
  openDb,
  organizationRepository,
  seriesRepository,
} from "@moei/db";
import { buildServer } from "@moei/server";
import { bodyOf, type GraphQLRequest } from "./scenarios.ts";

/**
 * What is measured inside one process rather than over HTTP: the SQL statements our server runs per
 * request (drizzle's logger sees each one), and the meeting page read as one drizzle relational query
 * against the repositories' batch reads that our dataloaders make.
 */

export interface Counted {
  readonly statements: number;
  readonly body: string;
}

/** Our server in-process over `path`, counting the statements of each request (sent with `cookie`). */
export async function statementCounter(path: string, cookie: string) {
  // Every request comes from one address; the per-address rate limit is for the internet, not for this.
  process.env.MOEI_RATE_LIMIT = "0";
  let statements = 0;
  const db = openDb({
    path,
    migrate: false,
    onQuery: () => {
      statements += 1;
    },
  });
  const app = await buildServer({ db, logger: false });
  return {
    async run(request: GraphQLRequest): Promise<Counted> {
      statements = 0;
      const response = await app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json", cookie },
        payload: bodyOf(request),
      });
      return { statements, body: response.body };
    },
    async close(): Promise<void> {
      await app.close();
      closeDb(db);
    },
  };
}

/**
 * CPU per request (ms) of two servers in this process, requests alternating between them, so that
 * whatever else the machine does weighs on both alike: how M compares with S, free of drift between runs.
 */
export async function alternating(
  a: { run(request: GraphQLRequest): Promise<Counted> },
  b: { run(request: GraphQLRequest): Promise<Counted> },
  requestA: GraphQLRequest,
  requestB: GraphQLRequest,
  iterations: number,
): Promise<[number, number]> {
  for (let i = 0; i < 30; i += 1) {
    await a.run(requestA);
    await b.run(requestB);
  }
  let usedA = 0;
  let usedB = 0;
  const time = async (server: typeof a, request: GraphQLRequest) => {
    const start = process.cpuUsage();
    await server.run(request);
    const used = process.cpuUsage(start);
    return used.user + used.system;
  };
  for (let i = 0; i < iterations; i += 1) {
    usedA += await time(a, requestA);
    usedB += await time(b, requestB);
  }
  return [usedA / 1000 / iterations, usedB / 1000 / iterations];
}

export interface ReadCost {
  readonly statements: number;
  /** CPU time (user + system) of this process per read, in milliseconds. */
  readonly cpuMs: number;
  /** Rows read, as a check that both reads fetched the same page. */
  readonly rows: Record<string, number>;
}

function cost(read: () => Record<string, number>, counter: { n: number }, iterations: number): ReadCost {
  for (let i = 0; i < Math.min(100, iterations); i += 1) read();
  counter.n = 0;
  const rows = read();
  const statements = counter.n;
  const start = process.cpuUsage();
  for (let i = 0; i < iterations; i += 1) read();
  const used = process.cpuUsage(start);
  return { statements, cpuMs: (used.user + used.system) / 1000 / iterations, rows };
}

/**
 * The meeting page's data two ways: (1) as our dataloaders read it, one batch read per repository
 * method (the meeting, its series with members and chairs, agenda, minutes, attendance, invitations,
 * decisions, actions with owners and links, then the organizations named), returning domain values;
 * (2) as ONE drizzle relational query (RQB v2, the relations in packages/db/src/relations.ts), which is
 * what @pothos/plugin-drizzle would emit for the same selection, returning rows.
 */
export function compareMeetingReads(path: string, meetingId: string, iterations: number) {
  const counter = { n: 0 };
  const db = openDb({
    path,
    migrate: false,
    onQuery: () => {
      counter.n += 1;
    },
  });
  try {
    const meetings = meetingRepository(db);
    const series = seriesRepository(db);
    const actions = actionRepository(db);
    const organizations = organizationRepository(db);

    const batch = () => {
      const [meeting] = meetings.getMany([meetingId]);
      if (meeting === undefined) throw new Error(`No meeting ${meetingId}`);
      series.getMany([meeting.seriesId]);
      const agenda = meetings.agendaOf([meetingId]);
      const minutes = meetings.minutesOf([meetingId]);
      const attendance = meetings.attendanceOf([meetingId]);
      const invitations = meetings.invitationsOf([meetingId]);
      const decisions = meetings.decisionsOf([meetingId]);
      const agreed = actions.ofMeetings([meetingId]);
      const named = new Set([
        ...attendance.map((a) => a.organizationId),
        ...invitations.map((i) => i.organizationId),
        ...agreed.flatMap((a) => a.ownerIds),
      ]);
      organizations.getMany([...named]);
      return {
        agenda: agenda.length,
        minutes: minutes.length,
        attendance: attendance.length,
        invitations: invitations.length,
        decisions: decisions.length,
        actions: agreed.length,
        owners: agreed.reduce((n, a) => n + a.ownerIds.length, 0),
      };
    };

    const relational = () => {
      const m = db.query.meetings
        .findFirst({
          where: { id: meetingId },
          with: {
            series: true,
            agendaItems: {
              orderBy: { position: "asc" },
              with: { minutes: { orderBy: { language: "asc" } } },
            },
            attendance: { orderBy: { organizationId: "asc" }, with: { organization: true } },
            invitations: { orderBy: { organizationId: "asc" }, with: { organization: true } },
            decisions: { orderBy: { position: "asc" } },
            actions: {
              orderBy: { dueOn: "asc", id: "asc" },
              with: { owners: { orderBy: { organizationId: "asc" }, with: { organization: true } } },
            },
          },
        })
        .sync();
      if (m === undefined) throw new Error(`No meeting ${meetingId}`);
      return {
        agenda: m.agendaItems.length,
        minutes: m.agendaItems.reduce((n, i) => n + i.minutes.length, 0),
        attendance: m.attendance.length,
        invitations: m.invitations.length,
        decisions: m.decisions.length,
        actions: m.actions.length,
        owners: m.actions.reduce((n, a) => n + a.owners.length, 0),
      };
    };

    return { batch: cost(batch, counter, iterations), relational: cost(relational, counter, iterations) };
  } finally {
    closeDb(db);
  }
}

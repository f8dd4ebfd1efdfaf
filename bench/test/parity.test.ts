import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDb, openDb } from "@moei/db";
import { generateSynthetic } from "@moei/db/seed";
import type { PlainDate } from "@moei/domain/shared";
import { buildServer } from "@moei/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { floorServer, openFloor } from "../src/floor.ts";
import { statementCounter } from "../src/inprocess.ts";
import { bodyOf, type GraphQLRequest, pickIds, type ReadScenario, readScenarios } from "../src/scenarios.ts";
import { adminCookie } from "../src/session.ts";

/**
 * Keeps the benchmark honest as the schema changes: over real HTTP, on the XS synthetic data, every read
 * scenario's body from our server equals the floor's byte for byte, and the lists cost our server the
 * same number of SQL statements at 10, 50 and 200 items.
 */

let dir: string;
let path: string;
let scenarios: ReadScenario[];
let cookie: string;
let ours: { url: string; close: () => Promise<void> };
let floor: { url: string; close: () => Promise<void> };

const post = async (url: string, request: GraphQLRequest): Promise<string> => {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: bodyOf(request),
  });
  const text = await response.text();
  expect(response.status, text.slice(0, 500)).toBe(200);
  return text;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "moei-bench-"));
  path = join(dir, "moei-XS.sqlite");
  const db = openDb({ path });
  generateSynthetic(db, "XS", { seed: 1, today: "2026-11-21" as PlainDate });
  closeDb(db);
  cookie = adminCookie(path);
  scenarios = readScenarios(pickIds(path));

  process.env.MOEI_RATE_LIMIT = "0";
  const serverDb = openDb({ path, migrate: false });
  const app = await buildServer({ db: serverDb, logger: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  ours = {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    close: async () => {
      await app.close();
      closeDb(serverDb);
    },
  };
  const opened = openFloor(path);
  const server = floorServer(opened);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  floor = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          opened.close();
          resolve();
        }),
      ),
  };
});

afterAll(async () => {
  await ours?.close();
  await floor?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the floor", () => {
  it("answers every read scenario with the bytes our server sends, and audits the same reads", async () => {
    expect(scenarios.map((s) => s.key)).toEqual(["meeting", "actions-50", "actions-200", "agreements-50"]);
    const reader = openDb({ path, migrate: false });
    // Reads of restricted meetings write audit rows: the floor must do that work too, or it would be cheaper.
    const audited = () =>
      (
        reader.$client
          .prepare("SELECT count(*) AS n FROM audit_log WHERE operation = 'meeting.read'")
          .get() as { n: number }
      ).n;
    try {
      for (const scenario of scenarios) {
        const start = audited();
        const expected = await post(ours.url, scenario.request);
        const byOurs = audited() - start;
        expect(expected, scenario.key).not.toContain('"errors"');
        expect(await post(floor.url, scenario.request), scenario.key).toBe(expected);
        expect(audited() - start - byOurs, scenario.key).toBe(byOurs);
      }
    } finally {
      closeDb(reader);
    }
  });

  it("reads something real: a meeting with agenda, minutes and actions, and a page of actions", async () => {
    const [meeting, actions] = scenarios;
    if (meeting === undefined || actions === undefined) throw new Error("scenarios missing");
    const page = JSON.parse(await post(ours.url, meeting.request)) as {
      data: { node: { agenda: { minutes: unknown[] }[]; actions: unknown[]; times: unknown[] } };
    };
    expect(page.data.node.agenda.length).toBeGreaterThan(0);
    expect(page.data.node.agenda.some((i) => i.minutes.length > 0)).toBe(true);
    expect(page.data.node.actions.length).toBeGreaterThan(0);
    const list = JSON.parse(await post(floor.url, actions.request)) as {
      data: { actions: { edges: unknown[] } };
    };
    expect(list.data.actions.edges.length).toBeGreaterThan(0);
  });
});

describe("our server's statements per list", () => {
  it("are the same at 10, 50 and 200 items (agreements: 10, 25, 50)", async () => {
    const counter = await statementCounter(path, cookie);
    try {
      for (const scenario of scenarios.filter((s) => s.list !== undefined)) {
        const counts: number[] = [];
        const items: number[] = [];
        for (const first of scenario.list?.sizes ?? []) {
          const { statements, body } = await counter.run({
            ...scenario.request,
            variables: { ...scenario.request.variables, ...scenario.list?.fullPage, first },
          });
          counts.push(statements);
          const data = (
            JSON.parse(body) as { data?: Record<string, { totalCount: number; edges: unknown[] }> | null }
          ).data;
          const list = data ? Object.values(data)[0] : undefined;
          if (list === undefined) throw new Error(body);
          expect(list.edges.length, scenario.key).toBe(Math.min(first, list.totalCount));
          items.push(list.edges.length);
        }
        // XS holds 8 agreements only; the busiest organization's actions fill pages of 10 and 50.
        if (scenario.key.startsWith("actions")) expect(items.slice(0, 2), scenario.key).toEqual([10, 50]);
        expect(new Set(counts).size, `${scenario.key}: ${counts.join(", ")} statements`).toBe(1);
      }
    } finally {
      await counter.close();
    }
  });
});

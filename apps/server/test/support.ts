import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDb, type Db, openDb } from "@moei/db";
import type { Instant } from "@moei/domain/shared";
import type { FastifyInstance } from "fastify";
import type { Clock } from "../src/context.ts";
import { buildServer } from "../src/http.ts";

export interface TestServer {
  readonly url: string;
  readonly db: Db;
  readonly app: FastifyInstance;
  /** Moves the server's clock (writes are stamped with it). */
  setNow(instant: string): void;
  /** The server's clock reading. */
  now(): Instant;
  /** POSTs a GraphQL operation as JSON, as the portal does. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{
    status: number;
    body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  }>;
  close(): Promise<void>;
}

/** The real HTTP server on 127.0.0.1 (a free port) over a migrated temporary SQLite file. */
export async function startServer(
  options: { onQuery?: (sql: string) => void; now?: string } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "moei-server-"));
  const db = openDb({
    path: join(dir, "moei.sqlite"),
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  let now = (options.now ?? "2026-11-21T03:00:00Z") as Instant;
  const clock: Clock = { now: () => now };
  const app = await buildServer({ db, clock, logger: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    url,
    db,
    app,
    setNow: (instant) => {
      now = instant as Instant;
    },
    now: () => now,
    async gql(query, variables = {}, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json",
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async close() {
      await app.close();
      closeDb(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

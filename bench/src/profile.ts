import { createHash } from "node:crypto";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { statementCounter } from "./inprocess.ts";
import type { GraphQLRequest } from "./scenarios.ts";

/**
 * Where our server's CPU goes for one request, in-process (Fastify's inject: no sockets): run as a child
 * process by run.ts, so that NODE_ENV can differ between runs (graphql-js picks its checks when loaded).
 * Warms up, then takes a V8 CPU profile of `iterations` requests and prints, as JSON, the CPU time per
 * request and the share of the profile's samples in each part of the stack.
 */

export interface Breakdown {
  readonly cpuMsPerRequest: number;
  /** Share (0–1) of the sampled time per part, largest first. */
  readonly parts: readonly (readonly [string, number])[];
  /** The functions with the most self time (name, file, share). */
  readonly top: readonly (readonly [string, number])[];
  /** SHA-256 of the response, so that variants can be checked to answer the same. */
  readonly body: string;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}

const PARTS: readonly (readonly [string, RegExp])[] = [
  ["graphql-js (validation, execution)", /\/graphql@/],
  ["Apollo Server", /@apollo\+|@as-integrations/],
  ["Fastify and HTTP", /fastify|light-my-request|find-my-way|avvio|pino|@escape\.tech|helmet/],
  ["Pothos and DataLoader", /@pothos|dataloader/],
  ["drizzle and SQLite (statements prepared, run, rows mapped)", /drizzle-orm|better-sqlite3/],
  [
    "our code (schema, repositories, domain)",
    /\/(apps\/server|packages\/db|packages\/domain)\/|temporal-polyfill|rrule|zod/,
  ],
];

function partOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (functionName === "(garbage collector)") return "garbage collection";
  for (const [name, pattern] of PARTS) if (pattern.test(url)) return name;
  return "Node internals, JSON, other";
}

/**
 * An experiment, not a fix: drizzle prepares every statement anew on every call; this keeps one prepared
 * statement per SQL text (reset to row objects before each use), to measure what a statement cache saves.
 */
function cacheStatements(): void {
  const prepare = Database.prototype.prepare;
  const cache = new Map<string, Database.Statement>();
  Database.prototype.prepare = function (this: Database.Database, source: string) {
    let statement = cache.get(source);
    if (statement === undefined) {
      statement = prepare.call(this, source) as Database.Statement;
      cache.set(source, statement);
    } else if (statement.reader) {
      statement.raw(false);
    }
    return statement;
  } as typeof prepare;
}

async function main(): Promise<void> {
  if (process.env.BENCH_STATEMENT_CACHE === "1") cacheStatements();
  const [path, cookie, requestJson, iterationsArg] = process.argv.slice(2);
  if (!path || !cookie || !requestJson) throw new Error("usage: profile.ts <db> <cookie> <request json> [n]");
  const request = JSON.parse(requestJson) as GraphQLRequest;
  const iterations = Number(iterationsArg ?? 200);
  const counter = await statementCounter(path, cookie);
  let last = "";
  for (let i = 0; i < 50; i += 1) last = (await counter.run(request)).body;
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  const start = process.cpuUsage();
  for (let i = 0; i < iterations; i += 1) await counter.run(request);
  const used = process.cpuUsage(start);
  const { profile } = (await session.post("Profiler.stop")) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  session.disconnect();
  await counter.close();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
  // Native code (SQLite, JSON, crypto, builtins) has no script: it is charged to the nearest caller that has one.
  const scripted = (node: ProfileNode): ProfileNode => {
    let at: ProfileNode | undefined = node;
    while (at !== undefined && at.callFrame.url === "") at = parentOf.get(at.id);
    return at ?? node;
  };
  const SPECIAL = new Set(["(garbage collector)", "(program)", "(idle)", "(root)"]);
  const time = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const sampled = byId.get(id);
    const delta = profile.timeDeltas[i] ?? 0;
    // Idle samples are the event loop waiting, not work.
    if (sampled === undefined || sampled.callFrame.functionName === "(idle)") return;
    const node = SPECIAL.has(sampled.callFrame.functionName) ? sampled : scripted(sampled);
    // The profiler's own work when it stops is not the server's.
    if (node.callFrame.url === "node:inspector") return;
    const part = partOf(node);
    time.set(part, (time.get(part) ?? 0) + delta);
    const { functionName, url } = node.callFrame;
    const where = url
      .replace(/^.*\/node_modules\/\.pnpm\/([^/]+)\/node_modules\//, "")
      .replace(/^file:\/\/.*\/(apps|packages)\//, "$1/");
    const fn = `${functionName || "(anonymous)"} ${where}`;
    functions.set(fn, (functions.get(fn) ?? 0) + delta);
    total += delta;
  });
  const breakdown: Breakdown = {
    cpuMsPerRequest: (used.user + used.system) / 1000 / iterations,
    parts: [...time].map(([k, v]) => [k, v / total] as const).sort((a, b) => b[1] - a[1]),
    top: [...functions]
      .map(([k, v]) => [k, v / total] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15),
    body: createHash("sha256").update(last).digest("hex"),
  };
  console.log(JSON.stringify(breakdown));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}

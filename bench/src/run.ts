import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { closeDb, openDb } from "@moei/db";
import { generateSynthetic } from "@moei/db/seed";
import type { PlainDate } from "@moei/domain/shared";
import type { Request } from "autocannon";
import { alternating, compareMeetingReads, statementCounter } from "./inprocess.ts";
import {
  type Child,
  cpuSeconds,
  currentRssMiB,
  type LoadResult,
  openLoop,
  peakRssMiB,
  percentile,
  startChild,
} from "./load.ts";
import type { Breakdown } from "./profile.ts";
import {
  bodyOf,
  type GraphQLRequest,
  type Picks,
  pickIds,
  RATES,
  type ReadScenario,
  readScenarios,
  reportProgress,
} from "./scenarios.ts";
import { adminCookie } from "./session.ts";

/**
 * `pnpm bench`: the GraphQL API against the floor (floor.ts) on the synthetic S and M databases. See
 * README.md for what is measured and why; the figures go to RESULTS.md and a summary to the console.
 * Environment, for trying things out (RESULTS.md is only worth committing from a default run):
 * BENCH_SIZES=S, BENCH_SECONDS=10, BENCH_WARMUP=3.
 */

const here = dirname(fileURLToPath(import.meta.url));
const BENCH = resolve(here, "..");
const DATA = join(BENCH, ".data");
const SERVER = resolve(BENCH, "../apps/server/src/main.ts");
const FLOOR = join(here, "floor.ts");
const PROFILE = join(here, "profile.ts");
const RESULTS = join(BENCH, "RESULTS.md");

const SEED = 1;
/** Fixed, so that the data files (and so the figures) do not depend on the day of the run. */
const TODAY = "2026-11-21" as PlainDate;
const SIZES = (process.env.BENCH_SIZES ?? "S,M").split(",").map((s) => s.trim()) as ("S" | "M")[];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const RQB_ITERATIONS = 1000;
/** S holds 40 agreements: pages of 40 are full in both sizes. */
const FULL_AGREEMENTS = 40;
const FULL_PAGE_ITERATIONS = 150;

interface Alternated {
  readonly label: string;
  readonly items: readonly [number, number];
  readonly cpuMs: readonly [number, number];
}

/**
 * M against S with pages of the same size in both: our server in-process over a copy of each, requests
 * alternating between the two. The lists' full pages are those of the statement check (every status,
 * no due window, the busiest organization of each size); agreements 40, all of S's.
 */
async function alternatingSizes(s: SizeResult, m: SizeResult): Promise<Alternated[]> {
  const copies = [copyOf(s.data.path, "alternate-S"), copyOf(m.data.path, "alternate-M")] as const;
  const cookies = copies.map((c) => adminCookie(c));
  const counters = [
    await statementCounter(copies[0], cookies[0] as string),
    await statementCounter(copies[1], cookies[1] as string),
  ] as const;
  try {
    const [sScenarios, mScenarios] = [readScenarios(s.picks), readScenarios(m.picks)];
    const cases: { label: string; key: string; first?: number }[] = [
      { label: "(a) meeting page", key: "meeting" },
      { label: "actions, first: 50", key: "actions-50", first: 50 },
      { label: "actions, first: 200", key: "actions-200", first: 200 },
      { label: `agreements, first: ${FULL_AGREEMENTS}`, key: "agreements-50", first: FULL_AGREEMENTS },
    ];
    const out: Alternated[] = [];
    for (const c of cases) {
      const [a, b] = [sScenarios, mScenarios].map((list) => {
        const scenario = list.find((x) => x.key === c.key);
        if (scenario === undefined) throw new Error(`no scenario ${c.key}`);
        return c.first === undefined
          ? scenario.request
          : {
              ...scenario.request,
              variables: { ...scenario.request.variables, ...scenario.list?.fullPage, first: c.first },
            };
      }) as [GraphQLRequest, GraphQLRequest];
      const items = [
        countItems((await counters[0].run(a)).body),
        countItems((await counters[1].run(b)).body),
      ] as const;
      const cpuMs = await alternating(counters[0], counters[1], a, b, FULL_PAGE_ITERATIONS);
      log(`M against S, ${c.label}: ${fmt(cpuMs[0])} / ${fmt(cpuMs[1])} ms CPU per request`);
      out.push({ label: c.label, items, cpuMs });
    }
    return out;
  } finally {
    for (const c of counters) await c.close();
    for (const c of copies) removeCopy(c);
  }
}

const TARGETS = { listRatio: 1.5, meetingRatio: 2.5, mOverS: 1.2, rssMiB: 250 };

const started = Date.now();
const LOAD_AT_START = loadavg()[0] ?? 0;
const log = (message: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

// ---------------------------------------------------------------------------------------------------
// Data

interface DataFile {
  readonly path: string;
  readonly generatedSeconds: number | null;
  readonly mib: number;
}

function ensureData(size: "S" | "M"): DataFile {
  mkdirSync(DATA, { recursive: true });
  const path = join(DATA, `moei-${size}.sqlite`);
  let generatedSeconds: number | null = null;
  if (!existsSync(path)) {
    log(`generating ${size} (seed ${SEED}, as of ${TODAY}) into ${path}`);
    const partial = `${path}.partial`;
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
    const db = openDb({ path: partial });
    let last = 0;
    const summary = generateSynthetic(db, size, {
      seed: SEED,
      today: TODAY,
      onProgress: (done, total) => {
        if (Date.now() - last > 10_000 || done === total) {
          last = Date.now();
          log(`  ${done}/${total} meetings`);
        }
      },
    });
    closeDb(db);
    renameSync(partial, path);
    generatedSeconds = summary.milliseconds / 1000;
    log(`generated ${size} in ${generatedSeconds.toFixed(1)} s`);
  } else {
    log(`reusing ${path}`);
  }
  // Migrations committed since the file was made apply now, once, rather than in each server's copy.
  closeDb(openDb({ path }));
  return { path, generatedSeconds, mib: sizeMiB(path) };
}

const sizeMiB = (path: string) => Math.round(statSync(path).size / 1024 / 1024);

function copyOf(path: string, name: string): string {
  const copy = join(DATA, `${name}.sqlite`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${copy}${suffix}`, { force: true });
  copyFileSync(path, copy);
  return copy;
}

const removeCopy = (copy: string) => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${copy}${suffix}`, { force: true });
};

// ---------------------------------------------------------------------------------------------------
// Measurements

interface Timed {
  readonly requests: number;
  readonly failures: number;
  readonly cpuMsPerRequest: number;
  readonly p50: number;
  readonly p99: number;
}

const summarize = (result: LoadResult, cpuMsPerRequest: number): Timed => ({
  requests: result.requests,
  failures: result.failures,
  cpuMsPerRequest,
  p50: percentile(result.latencies, 50),
  p99: percentile(result.latencies, 99),
});

interface Servers {
  readonly ours: Child;
  readonly floor: Child;
}

const HEADERS = (cookie: string) => ({ "content-type": "application/json", cookie });

async function fetchBody(url: string, cookie: string, request: GraphQLRequest): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: HEADERS(cookie),
    body: bodyOf(request),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

/** Refuses to go on unless both servers send the same bytes for every read scenario. */
async function checkParity(servers: Servers, cookie: string, scenarios: readonly ReadScenario[]) {
  for (const s of scenarios) {
    const ours = await fetchBody(servers.ours.url, cookie, s.request);
    const floor = await fetchBody(servers.floor.url, cookie, s.request);
    if (ours.includes('"errors"'))
      throw new Error(`${s.key}: our server answered with errors: ${ours.slice(0, 500)}`);
    if (ours !== floor) {
      writeFileSync(join(DATA, `mismatch-${s.key}-ours.json`), ours);
      writeFileSync(join(DATA, `mismatch-${s.key}-floor.json`), floor);
      let at = 0;
      while (at < ours.length && ours[at] === floor[at]) at += 1;
      throw new Error(
        `${s.key}: the floor's body differs from ours at byte ${at}:\n  ours:  …${ours.slice(Math.max(0, at - 80), at + 80)}\n  floor: …${floor.slice(Math.max(0, at - 80), at + 80)}\n(both bodies are in ${DATA}); nothing was timed.`,
      );
    }
  }
}

/** Warm-up, then `SECONDS` of load; the server's CPU over the measured run divided by the requests made. */
async function measure(child: Child, targets: Parameters<typeof openLoop>[0]): Promise<Timed[]> {
  await openLoop(targets, WARMUP);
  const before = cpuSeconds(child.pid);
  const results = await openLoop(targets, SECONDS);
  const cpuMs = (cpuSeconds(child.pid) - before) * 1000;
  const total = results.reduce((n, r) => n + r.requests, 0);
  return results.map((r) => summarize(r, cpuMs / total));
}

/** Progress reports on the in-progress actions in turn, each with the version its last report returned. */
function writeRequest(cookie: string, pool: readonly { id: string; version: number }[]): Request {
  const versions = new Map(pool.map((a) => [a.id, a.version]));
  let next = 0;
  return {
    method: "POST",
    path: "/graphql",
    headers: HEADERS(cookie),
    setupRequest: (request, context) => {
      const action = pool[next % pool.length] as { id: string };
      next += 1;
      context.id = action.id;
      return {
        ...request,
        body: bodyOf(reportProgress({ id: action.id, version: versions.get(action.id) ?? 1 })),
      };
    },
    onResponse: (status, body, context) => {
      if (status !== 200) return;
      const result = (
        JSON.parse(body) as {
          data?: {
            changeActionStatus?: {
              __typename: string;
              action?: { version: number };
              currentVersion?: number;
            };
          };
        }
      ).data?.changeActionStatus;
      const version = result?.action?.version ?? result?.currentVersion;
      if (version !== undefined) versions.set(context.id as string, version);
      if (result?.__typename !== "ChangeActionStatusPayload") writeRefusals.n += 1;
    },
  };
}

const writeRefusals = { n: 0 };

// ---------------------------------------------------------------------------------------------------
// One size

interface SizeResult {
  readonly size: "S" | "M";
  readonly data: DataFile;
  readonly picks: Picks;
  readonly items: Record<string, number>;
  readonly statements: Record<string, number>;
  readonly listChecks: { key: string; counts: number[]; items: number[] }[];
  readonly writeStatements: number;
  readonly reads: Record<string, { ours: Timed; floor: Timed }>;
  readonly mixed: { ours: Timed[]; floor: Timed[]; refusals: { ours: number; floor: number } };
  readonly rssMiB: number;
  /** Our server's resident set right after start, before any request. */
  readonly startRssMiB: number;
  /** The floor's peak resident set: node, tsx, better-sqlite3 and the domain, without the GraphQL stack. */
  readonly floorRssMiB: number;
  readonly rqb: ReturnType<typeof compareMeetingReads>;
  /** Where our server's CPU goes (S only): as it runs, with NODE_ENV=production, with a statement cache. */
  readonly breakdown: Record<
    string,
    { readonly development: Breakdown; readonly production: Breakdown; readonly cached: Breakdown }
  >;
}

/** profile.ts in a child process of its own, with NODE_ENV as given. */
function profileOf(
  path: string,
  cookie: string,
  request: GraphQLRequest,
  variant: "development" | "production" | "cached",
): Breakdown {
  const env: NodeJS.ProcessEnv = { ...process.env, MOEI_RATE_LIMIT: "0", LOG_LEVEL: "warn" };
  if (variant === "production") env.NODE_ENV = "production";
  else delete env.NODE_ENV;
  if (variant === "cached") env.BENCH_STATEMENT_CACHE = "1";
  const out = execFileSync(
    process.execPath,
    [
      "--conditions=@moei/source",
      "--import",
      import.meta.resolve("tsx"),
      PROFILE,
      path,
      cookie,
      JSON.stringify(request),
    ],
    { env, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Breakdown;
}

async function runSize(size: "S" | "M"): Promise<SizeResult> {
  const data = ensureData(size);
  const picks = pickIds(data.path);
  const scenarios = readScenarios(picks);
  log(
    `${size}: meeting ${picks.meetingId}, open actions of ${picks.openOrganizationId} (${picks.openActions}), ${picks.inProgress.length} actions in progress`,
  );

  // The write changes its copy; the original stays as generated (plus the benchmark's administrator).
  const cookie = adminCookie(data.path);
  const oursCopy = copyOf(data.path, `ours-${size}`);
  const floorCopy = copyOf(data.path, `floor-${size}`);
  try {
    log(`${size}: counting our server's statements in-process`);
    const counter = await statementCounter(oursCopy, cookie);
    const statements: Record<string, number> = {};
    const items: Record<string, number> = {};
    const listChecks: SizeResult["listChecks"] = [];
    let writeStatements = 0;
    // One progress report, in-process; that action then leaves the pool (its version moved in this copy only).
    const pool = picks.inProgress.slice(0, -1);
    const counted = picks.inProgress.at(-1);
    try {
      for (const s of scenarios) {
        const { statements: n, body } = await counter.run(s.request);
        statements[s.key] = n;
        items[s.key] = countItems(body);
        if (s.list) {
          const check = { key: s.key, counts: [] as number[], items: [] as number[] };
          for (const first of s.list.sizes) {
            const run = await counter.run({
              ...s.request,
              variables: { ...s.request.variables, ...s.list.fullPage, first },
            });
            check.counts.push(run.statements);
            check.items.push(countItems(run.body));
          }
          listChecks.push(check);
        }
      }
      if (counted) {
        const write = await counter.run(reportProgress(counted));
        if (!write.body.includes("ChangeActionStatusPayload"))
          throw new Error(`The write failed: ${write.body}`);
        writeStatements = write.statements;
      }
    } finally {
      await counter.close();
    }

    const breakdown: SizeResult["breakdown"] = {};
    if (size === "S") {
      for (const s of scenarios.filter((x) => x.key === "meeting" || x.key === "actions-50")) {
        log(
          `${size}: profiling our server in-process on ${s.key}: as it runs, NODE_ENV=production, statement cache`,
        );
        breakdown[s.key] = {
          development: profileOf(oursCopy, cookie, s.request, "development"),
          production: profileOf(oursCopy, cookie, s.request, "production"),
          cached: profileOf(oursCopy, cookie, s.request, "cached"),
        };
        const { development, cached } = breakdown[s.key] ?? {};
        if (development?.body !== cached?.body)
          throw new Error(`${s.key}: the statement cache changed the answer`);
      }
    }

    log(
      `${size}: the meeting page as one relational query vs the batch reads (${RQB_ITERATIONS} reads each)`,
    );
    const rqb = compareMeetingReads(data.path, picks.meetingId, RQB_ITERATIONS);

    log(`${size}: starting our server and the floor`);
    const servers: Servers = {
      ours: await startChild("our server", SERVER, ["serve"], {
        MOEI_DB: oursCopy,
        MOEI_DEMO: "0",
        LOG_LEVEL: "warn",
        MOEI_RATE_LIMIT: "0",
      }),
      floor: await startChild("the floor", FLOOR, [], { FLOOR_DB: floorCopy }),
    };
    const startRssMiB = currentRssMiB(servers.ours.pid);
    try {
      await checkParity(servers, cookie, scenarios);
      log(`${size}: all ${scenarios.length} read scenarios byte-identical; timing`);

      const reads: SizeResult["reads"] = {};
      for (const s of scenarios) {
        const body = bodyOf(s.request);
        const timed: Partial<Record<"ours" | "floor", Timed>> = {};
        for (const name of ["ours", "floor"] as const) {
          const child = servers[name];
          const expect = await fetchBody(child.url, cookie, s.request);
          const [result] = await measure(child, [
            { url: `${child.url}/graphql`, rate: s.rate, headers: HEADERS(cookie), body, expect },
          ]);
          timed[name] = result as Timed;
          log(
            `${size} ${s.key.padEnd(14)} ${name.padEnd(5)} ${fmt(result?.cpuMsPerRequest)} ms CPU/request, p50 ${fmt(result?.p50)} ms, p99 ${fmt(result?.p99)} ms, ${result?.requests} requests, ${result?.failures} failed`,
          );
        }
        reads[s.key] = { ours: timed.ours as Timed, floor: timed.floor as Timed };
      }

      const [meeting, list] = scenarios;
      if (meeting === undefined || list === undefined) throw new Error("scenarios missing");
      const mixed: Partial<Record<"ours" | "floor", Timed[]>> = {};
      const refusals = { ours: 0, floor: 0 };
      for (const name of ["ours", "floor"] as const) {
        const child = servers[name];
        const url = `${child.url}/graphql`;
        const targets = await Promise.all(
          [meeting, list].map(async (s) => ({
            url,
            rate: s.rate,
            headers: HEADERS(cookie),
            body: bodyOf(s.request),
            expect: await fetchBody(child.url, cookie, s.request),
          })),
        );
        writeRefusals.n = 0;
        mixed[name] = await measure(child, [
          ...targets,
          { url, rate: RATES.write, request: writeRequest(cookie, pool) },
        ]);
        refusals[name] = writeRefusals.n;
        const [m, l, w] = mixed[name] as Timed[];
        log(
          `${size} mixed          ${name.padEnd(5)} ${fmt(m?.cpuMsPerRequest)} ms CPU/request; p50/p99 meeting ${fmt(m?.p50)}/${fmt(m?.p99)}, list ${fmt(l?.p50)}/${fmt(l?.p99)}, write ${fmt(w?.p50)}/${fmt(w?.p99)} ms; ${writeRefusals.n} writes refused`,
        );
      }
      const rssMiB = peakRssMiB(servers.ours.pid);
      const floorRssMiB = peakRssMiB(servers.floor.pid);
      log(`${size}: our server's peak RSS ${rssMiB.toFixed(0)} MiB`);
      return {
        size,
        data,
        picks,
        items,
        statements,
        listChecks,
        writeStatements,
        reads,
        mixed: { ours: mixed.ours as Timed[], floor: mixed.floor as Timed[], refusals },
        rssMiB,
        startRssMiB,
        floorRssMiB,
        rqb,
        breakdown,
      };
    } finally {
      await servers.ours.stop();
      await servers.floor.stop();
    }
  } finally {
    removeCopy(oursCopy);
    removeCopy(floorCopy);
  }
}

/** Items of a list response (edges), or of the meeting page (its actions). */
function countItems(body: string): number {
  const data = (JSON.parse(body) as { data: Record<string, { edges?: unknown[]; actions?: unknown[] }> })
    .data;
  const top = Object.values(data)[0];
  return top?.edges?.length ?? top?.actions?.length ?? 0;
}

const fmt = (n: number | undefined, digits = 2) =>
  n === undefined || Number.isNaN(n) ? "–" : n.toFixed(digits);
const ratio = (a: number, b: number) => a / b;

// ---------------------------------------------------------------------------------------------------
// Report

const TITLES: Record<string, string> = {
  meeting: "(a) meeting page",
  "actions-50": "(b) open actions, first: 50",
  "actions-200": "(b) open actions, first: 200",
  "agreements-50": "(c) agreements, first: 50",
};

function report(results: readonly SizeResult[], alternated: readonly Alternated[], notes: string): string {
  const cpu = cpus();
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  push(
    "# Benchmark results",
    "",
    `Written by \`pnpm bench\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${process.platform}. Load average (1 min) ${LOAD_AT_START.toFixed(1)} at the start, ${loadavg()[0]?.toFixed(1)} at the end${Math.max(LOAD_AT_START, loadavg()[0] ?? 0) > cpu.length ? ": above the core count, other work shared the machine and the figures are noisier" : ""}.`,
    `Open-loop load for ${SECONDS} s after ${WARMUP} s of warm-up: the meeting page at ${RATES.meeting} requests/s, each list at ${RATES.list}/s; the mixed scenario runs the meeting page and the open-actions list at those rates together with ${RATES.write} progress reports/s. CPU is the server process's user + system time over the run, divided by the requests it answered. Latency is measured by the load generator (127.0.0.1, same machine). See README.md for how to read this.`,
    "",
  );
  for (const r of results) {
    push(
      `## ${r.size}: ${r.data.mib} MiB, ${r.picks.inProgress.length} actions in progress${r.data.generatedSeconds === null ? "" : `, generated in ${r.data.generatedSeconds.toFixed(1)} s`}`,
      "",
      `Meeting \`${r.picks.meetingId}\` (the one that agreed the most actions); the open actions of \`${r.picks.openOrganizationId}\` (the organization owning the most: ${r.picks.openActions}) due ${r.picks.dueFrom} … ${r.picks.dueTo}.`,
      "",
      "| scenario | items | SQL statements (ours) | CPU ms/request ours | floor | ratio | p50 ms ours | floor | ratio | p99 ms ours | floor | target (ratio) |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    );
    for (const [key, t] of Object.entries(r.reads)) {
      const target = key === "meeting" ? TARGETS.meetingRatio : TARGETS.listRatio;
      const cpuRatio = ratio(t.ours.cpuMsPerRequest, t.floor.cpuMsPerRequest);
      const p50Ratio = ratio(t.ours.p50, t.floor.p50);
      push(
        `| ${TITLES[key] ?? key} | ${r.items[key]} | ${r.statements[key]} | ${fmt(t.ours.cpuMsPerRequest)} | ${fmt(t.floor.cpuMsPerRequest)} | ${fmt(cpuRatio)} | ${fmt(t.ours.p50)} | ${fmt(t.floor.p50)} | ${fmt(p50Ratio)} | ${fmt(t.ours.p99)} | ${fmt(t.floor.p99)} | ≤ ${target}: ${cpuRatio <= target && p50Ratio <= target ? "met" : "**missed**"} |`,
      );
    }
    const [om, ol, ow] = r.mixed.ours;
    const [fm, fl, fw] = r.mixed.floor;
    push(
      "",
      `(d) mixed: meeting page at ${RATES.meeting}/s and open-actions list at ${RATES.list}/s, progress reports at ${RATES.write}/s (${r.writeStatements} SQL statements each on our server, in one transaction with the progress and audit rows):`,
      "",
      "| mixed load | p50 ms ours | floor | ratio | p99 ms ours | floor | requests ours | floor | failed ours | floor |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    );
    for (const [label, o, f] of [
      ["meeting page", om, fm],
      ["open actions, first: 50", ol, fl],
      ["progress report (write)", ow, fw],
    ] as const) {
      push(
        `| ${label} | ${fmt(o?.p50)} | ${fmt(f?.p50)} | ${fmt(ratio(o?.p50 ?? Number.NaN, f?.p50 ?? Number.NaN))} | ${fmt(o?.p99)} | ${fmt(f?.p99)} | ${o?.requests} | ${f?.requests} | ${o?.failures} | ${f?.failures} |`,
      );
    }
    push(
      "",
      `CPU over the whole mix: ours ${fmt(om?.cpuMsPerRequest)} ms/request, floor ${fmt(fm?.cpuMsPerRequest)} (ratio ${fmt(ratio(om?.cpuMsPerRequest ?? Number.NaN, fm?.cpuMsPerRequest ?? Number.NaN))}). Writes refused (stale version or rule): ours ${r.mixed.refusals.ours}, floor ${r.mixed.refusals.floor}.`,
      "",
      `Our server's peak RSS (VmHWM) over the run: **${r.rssMiB.toFixed(0)} MiB** (target ≤ ${TARGETS.rssMiB} MiB on M); ${r.startRssMiB.toFixed(0)} MiB right after start, before any request. The floor's peak (the same Node, tsx loader, better-sqlite3 and domain code, without the GraphQL stack): ${r.floorRssMiB.toFixed(0)} MiB.`,
      "",
      "Statements per list at 10, 50 and 200 items (same document; for the actions, the variables that fill pages: every status, no due window, the organization owning the most actions; agreements at 10, 25 and 50, since 200 with parties and signatories exceed the server's object limit):",
      "",
      "| list | items | statements |",
      "|---|---|---|",
      ...r.listChecks.map(
        (c) =>
          `| ${TITLES[c.key] ?? c.key} | ${c.items.join(" / ")} | ${c.counts.join(" / ")}${new Set(c.counts).size === 1 ? " (fixed)" : " **(varies)**"} |`,
      ),
      "",
      `The meeting page's data in-process, ${RQB_ITERATIONS} reads each (rows: ${Object.entries(
        r.rqb.batch.rows,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}):`,
      "",
      "| read | SQL statements | CPU ms/read |",
      "|---|---:|---:|",
      `| our repositories' batch reads (what the dataloaders call), domain values | ${r.rqb.batch.statements} | ${fmt(r.rqb.batch.cpuMs, 3)} |`,
      `| one drizzle relational query (RQB v2), rows | ${r.rqb.relational.statements} | ${fmt(r.rqb.relational.cpuMs, 3)} |`,
      "",
    );
    for (const [key, b] of Object.entries(r.breakdown)) {
      push(
        `Where our server's CPU goes on ${TITLES[key] ?? key}, in-process (no sockets), 200 requests profiled: ${fmt(b.development.cpuMsPerRequest)} ms/request as run above; ${fmt(b.production.cpuMsPerRequest)} ms with NODE_ENV=production; ${fmt(b.cached.cpuMsPerRequest)} ms with each SQL text prepared once (an experiment: drizzle prepares every statement on every call).`,
        "",
        "| part | share of busy time |",
        "|---|---:|",
        ...b.development.parts.map(([part, share]) => `| ${part} | ${(share * 100).toFixed(0)} % |`),
        "",
        `Functions with the most self time: ${b.development.top
          .slice(0, 10)
          .map(([fn, share]) => `\`${fn}\` ${(share * 100).toFixed(1)} %`)
          .join("; ")}.`,
        "",
      );
    }
  }
  const s = results.find((r) => r.size === "S");
  const m = results.find((r) => r.size === "M");
  if (s && m) {
    push(
      `## M against S (our server; target ≤ ${TARGETS.mOverS}×)`,
      "",
      "| scenario | items S / M | CPU ms/request S | M | M/S | p50 ms S | M | M/S |",
      "|---|---|---:|---:|---:|---:|---:|---:|",
    );
    for (const key of Object.keys(s.reads)) {
      const a = s.reads[key]?.ours;
      const b = m.reads[key]?.ours;
      if (!a || !b) continue;
      push(
        `| ${TITLES[key] ?? key} | ${s.items[key]} / ${m.items[key]} | ${fmt(a.cpuMsPerRequest)} | ${fmt(b.cpuMsPerRequest)} | ${fmt(ratio(b.cpuMsPerRequest, a.cpuMsPerRequest))} | ${fmt(a.p50)} | ${fmt(b.p50)} | ${fmt(ratio(b.p50, a.p50))} |`,
      );
    }
    push(
      "",
      `The lists above hold what the data have (S: ${s.picks.openActions} open actions for the busiest organization, M: ${m.picks.openActions}), so their pages differ in size between S and M, and the two runs were minutes apart on a machine others share. Pages of the same size in both (lists: every status, no due window, the busiest organization of each size; agreements: ${FULL_AGREEMENTS}, all of S's), our server in-process (no sockets) over a copy of each, requests alternating between S and M, ${FULL_PAGE_ITERATIONS} each:`,
      "",
      "| read | items S / M | CPU ms/request S | M | M/S |",
      "|---|---|---:|---:|---:|",
      ...alternated.map(
        (x) =>
          `| ${x.label} | ${x.items[0]} / ${x.items[1]} | ${fmt(x.cpuMs[0])} | ${fmt(x.cpuMs[1])} | ${fmt(ratio(x.cpuMs[1], x.cpuMs[0]))}${ratio(x.cpuMs[1], x.cpuMs[0]) <= TARGETS.mOverS ? "" : " **(> 1.2)**"} |`,
      ),
    );
    push("");
  }
  push(
    `Run time: ${((Date.now() - started) / 60_000).toFixed(1)} minutes.`,
    "",
    NOTES_MARK,
    notes.trim(),
    "",
  );
  return lines.join("\n");
}

/** Everything from this heading on is written by hand and kept across runs. */
const NOTES_MARK = "## Notes";

function keptNotes(): string {
  if (!existsSync(RESULTS)) return "";
  const text = readFileSync(RESULTS, "utf8");
  const at = text.indexOf(`\n${NOTES_MARK}\n`);
  return at < 0 ? "" : text.slice(at + NOTES_MARK.length + 2);
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  log(`benchmark: sizes ${SIZES.join(", ")}, ${WARMUP} + ${SECONDS} s per scenario and server`);
  const results: SizeResult[] = [];
  for (const size of SIZES) results.push(await runSize(size));
  const s = results.find((r) => r.size === "S");
  const m = results.find((r) => r.size === "M");
  let alternated: Alternated[] = [];
  try {
    if (s && m) alternated = await alternatingSizes(s, m);
  } catch (e) {
    log(
      `M against S, alternating: failed (${e instanceof Error ? e.message : String(e)}); left out of the report`,
    );
  }
  writeFileSync(RESULTS, report(results, alternated, keptNotes()));
  log(`wrote ${RESULTS}`);
  for (const r of results) {
    console.log(`\n${r.size}  (ratios ours/floor: CPU per request, p50)`);
    for (const [key, t] of Object.entries(r.reads)) {
      console.log(
        `  ${key.padEnd(14)} ${fmt(t.ours.cpuMsPerRequest)} / ${fmt(t.floor.cpuMsPerRequest)} ms = ${fmt(ratio(t.ours.cpuMsPerRequest, t.floor.cpuMsPerRequest))}×   p50 ${fmt(t.ours.p50)} / ${fmt(t.floor.p50)} ms = ${fmt(ratio(t.ours.p50, t.floor.p50))}×   ${r.statements[key]} statements`,
      );
    }
    console.log(`  peak RSS ${r.rssMiB.toFixed(0)} MiB`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});

import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import autocannon, { type Instance, type Request } from "autocannon";

/**
 * Open-loop load with autocannon, and what the benchmark reads of the server processes from /proc.
 *
 * autocannon's `overallRate` gives each connection a budget of requests per second that it spends as
 * fast as responses come back, from the same instant for every connection: at 100 requests/s over 100
 * connections, all 100 requests would leave together once a second, and the latency measured would be
 * that of a queue of 100. Here each autocannon instance has ONE connection at one request per second,
 * and the instances start 1/rate s apart, so requests leave evenly spaced whatever the server does: a
 * slow response does not delay the next request (unless it takes over a second), so it cannot hide
 * itself (no coordinated omission).
 */

export interface LoadTarget {
  readonly url: string;
  readonly rate: number;
  readonly headers?: Record<string, string>;
  /** A fixed body whose response must be `expect` (reads), or a request built per call (writes). */
  readonly body?: string;
  readonly expect?: string;
  readonly request?: Request;
}

export interface LoadResult {
  readonly requests: number;
  /** Transport errors, timeouts, non-2xx responses and bodies that differ from `expect`. */
  readonly failures: number;
  readonly latencies: readonly number[];
}

/** Runs every target for `seconds` at its rate, all at once; resolves with one result per target. */
export async function openLoop(targets: readonly LoadTarget[], seconds: number): Promise<LoadResult[]> {
  const runs = targets.map(async (target) => {
    const latencies: number[] = [];
    const instances: Promise<{ requests: number; failures: number }>[] = [];
    const spacing = 1000 / target.rate;
    for (let k = 0; k < target.rate; k += 1) {
      await new Promise((resolve) => setTimeout(resolve, k === 0 ? 0 : spacing));
      const instance: Instance = autocannon({
        url: target.url,
        connections: 1,
        overallRate: 1,
        duration: seconds,
        timeout: 30,
        ...(target.request
          ? { requests: [target.request] }
          : {
              method: "POST",
              headers: target.headers ?? { "content-type": "application/json" },
              ...(target.body === undefined ? {} : { body: target.body }),
              ...(target.expect === undefined ? {} : { expectBody: target.expect }),
            }),
      });
      instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
        if (status >= 200 && status < 300) latencies.push(ms);
      });
      instances.push(
        Promise.resolve(instance).then((r) => ({
          requests: r.requests.total,
          failures: r.errors + r.non2xx + r.mismatches,
        })),
      );
    }
    const results = await Promise.all(instances);
    return {
      requests: results.reduce((n, r) => n + r.requests, 0),
      failures: results.reduce((n, r) => n + r.failures, 0),
      latencies,
    };
  });
  return Promise.all(runs);
}

export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
};

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ); 100 on Linux everywhere in practice. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system, every thread) the process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may hold spaces; the fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Peak resident set size (VmHWM) of the process so far, in MiB. */
export function peakRssMiB(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** Resident set size of the process now, in MiB. */
export function currentRssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface Child {
  readonly process: ChildProcess;
  readonly pid: number;
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry point under Node with tsx's loader (one process, so /proc sees the server itself). */
export async function startChild(
  name: string,
  script: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<Child> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["--conditions=@moei/source", "--import", import.meta.resolve("tsx"), script, ...args],
    {
      env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${name} did not start within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name} has no pid`);
  return {
    process: child,
    pid,
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

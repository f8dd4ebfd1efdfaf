import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const main = resolve(dirname(fileURLToPath(import.meta.url)), "../src/main.ts");
const dir = mkdtempSync(join(tmpdir(), "moei-process-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ["--conditions=@moei/source", "--import", "tsx", main, "serve"], {
    env: { ...process.env, MOEI_DB: join(dir, "moei.sqlite"), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    out += c.toString();
  });
  return { child, output: () => out, exited: new Promise((r) => child.on("exit", (code) => r(code))) };
}

async function until(check: () => boolean, ms = 60_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the server process", () => {
  it("starts with the demo data, logs one line per request without user text, and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    const server = start({ PORT: String(port), LOG_LEVEL: "info" });
    await until(() => server.output().includes("Moei is running"));
    expect(server.output()).toMatch(/Loaded the demo data: 46 organizations/);
    const secret = "Naw Htoo 0812345678";
    const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "query FindOrganizations($q: String) { organizations(query: $q) { totalCount } }",
        variables: { q: secret },
        operationName: "FindOrganizations",
      }),
    });
    expect(r.status).toBe(200);
    await until(() => server.output().includes('"route":"/graphql"'));
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    const lines = server
      .output()
      .split("\n")
      .filter((l) => l.includes('"msg":"request"'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      method: "POST",
      route: "/graphql",
      status: 200,
      operation: "FindOrganizations",
    });
    expect(server.output()).not.toContain("Naw Htoo");
    expect(server.output()).not.toContain("0812345678");
  }, 90_000);

  it("says clearly when the port is taken, without a stack trace", async () => {
    const port = await freePort();
    const blocker = createServer().listen(port, "127.0.0.1");
    const server = start({ PORT: String(port), MOEI_DEMO: "0" });
    const code = await server.exited;
    blocker.close();
    expect(code).toBe(1);
    expect(server.output()).toContain(`Port ${port} is already in use`);
    expect(server.output()).not.toMatch(/\n\s+at /);
  }, 60_000);
});

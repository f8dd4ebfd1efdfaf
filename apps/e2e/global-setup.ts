import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Starts the real server (`moei serve`, as `pnpm start` does) on a free port of 127.0.0.1 over a new
 * temporary database loaded with the demo data, serving the built portal. Tests read its address from
 * MOEI_E2E_URL; the returned function stops it and removes the database.
 */
// biome-ignore lint/style/noDefaultExport: Playwright runs the default export of globalSetup.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), "moei-e2e-"));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(root, "node_modules/tsx/dist/cli.mjs"),
      "--conditions=@moei/source",
      "apps/server/src/main.ts",
      "serve",
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: "0",
        MOEI_DB: join(dir, "moei.sqlite"),
        LOG_LEVEL: "warn",
        MOEI_RATE_LIMIT: "5000",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Moei is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before it was ready:\n${output}`));
    });
  });
  process.env.MOEI_E2E_URL = url;
  return async () => {
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
}

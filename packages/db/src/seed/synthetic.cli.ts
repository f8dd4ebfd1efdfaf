import { existsSync, rmSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import type { PlainDate } from "@moei/domain/shared";
import { closeDb, openDb } from "../client.ts";
import { generateSynthetic, SIZES, type SyntheticSizeName } from "./synthetic.ts";

/**
 * Writes a synthetic database file for benchmarks and load tests:
 *
 *   pnpm exec tsx src/seed/synthetic.cli.ts --size M --out /tmp/moei-M.sqlite [--seed 1] [--today 2026-11-21] [--force]
 *
 * `--today` defaults to the current UTC date; pass it to get the same file on another day.
 */
const HELP = `Usage: synthetic.cli.ts --size XS|S|M --out <file> [--seed <int>] [--today YYYY-MM-DD] [--force]`;

function main(): number {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "S" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
      today: { type: "string" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || values.out === undefined) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  if (!Object.hasOwn(SIZES, values.size)) {
    console.error(`Unknown size ${values.size}; one of ${Object.keys(SIZES).join(", ")}`);
    return 2;
  }
  const size = values.size as SyntheticSizeName;
  const seed = Number(values.seed);
  const today = (values.today ?? new Date().toISOString().slice(0, 10)) as PlainDate;
  const path = values.out;
  if (existsSync(path)) {
    if (!values.force) {
      console.error(`${path} exists; pass --force to replace it`);
      return 1;
    }
    // The WAL and shared-memory files belong to the old database; left behind they would corrupt the new one.
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  }

  const opened = performance.now();
  const db = openDb({ path });
  let lastReport = 0;
  const summary = generateSynthetic(db, size, {
    seed,
    today,
    onProgress: (done, total) => {
      const now = performance.now();
      if (now - lastReport > 5_000 || done === total) {
        lastReport = now;
        console.error(`  ${done}/${total} meetings, ${((now - opened) / 1000).toFixed(1)} s`);
      }
    },
  });
  // Closing checkpoints the WAL into the file, so the size printed is the whole database.
  closeDb(db);
  const seconds = (performance.now() - opened) / 1000;

  const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  console.log(`Synthetic ${size} (seed ${seed}, as of ${today}) → ${path}`);
  for (const [table, count] of Object.entries(summary.counts)) {
    console.log(`  ${table.padEnd(20)} ${String(count).padStart(10)}`);
  }
  console.log(`  ${"total rows".padEnd(20)} ${String(rows).padStart(10)}`);
  console.log(`  open actions ${summary.openActions}, of which overdue ${summary.overdueActions}`);
  console.log(`  meetings ${summary.firstMeetingOn} … ${summary.lastMeetingOn}`);
  console.log(
    `  generation ${(summary.milliseconds / 1000).toFixed(1)} s, with open/migrate/close ${seconds.toFixed(1)} s`,
  );
  console.log(`  file ${(statSync(path).size / 1024 / 1024).toFixed(1)} MiB`);
  return 0;
}

process.exitCode = main();

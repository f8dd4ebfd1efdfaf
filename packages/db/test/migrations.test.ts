import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "../src/client.ts";

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const scratch = mkdtempSync(join(tmpdir(), "moei-migrations-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const migrationNames = () =>
  readdirSync(MIGRATIONS_FOLDER)
    .filter((d) => /^\d{14}_/.test(d))
    .sort();

/** A migrations folder holding only the first `n` migrations. */
function firstMigrations(n: number): string {
  const dir = mkdtempSync(join(scratch, "partial-"));
  for (const name of migrationNames().slice(0, n))
    cpSync(join(MIGRATIONS_FOLDER, name), join(dir, name), { recursive: true });
  return dir;
}

type Row = Record<string, unknown>;

/**
 * Fills every table with rows by introspection alone (column types, NOT NULL, foreign keys), parents
 * first, so that any future migration is tested on data without this test knowing the schema. Tables
 * only: `pragma_table_list` tells the full-text index (virtual) and its shadow tables apart, which are
 * derived data written by triggers and would be corrupted by rows of their own.
 */
function fillEveryTable(client: Database.Database, rowsPerTable: number): void {
  const tables = (
    client
      .prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  const fks = new Map(
    tables.map((t) => [
      t,
      client.prepare(`PRAGMA foreign_key_list("${t}")`).all() as {
        table: string;
        from: string;
        to: string;
      }[],
    ]),
  );
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < tables.length) {
    const next = tables.find(
      (t) => !done.has(t) && (fks.get(t) ?? []).every((fk) => fk.table === t || done.has(fk.table)),
    );
    if (next === undefined) throw new Error("foreign key cycle between tables");
    done.add(next);
    order.push(next);
  }
  for (const table of order) {
    const columns = client.prepare(`PRAGMA table_info("${table}")`).all() as {
      name: string;
      type: string;
      notnull: number;
      pk: number;
    }[];
    const tableFks = fks.get(table) ?? [];
    // A rowid alias is SQLite's to assign, as in the application: triggers may have taken 1, 2, 3 already.
    const rowidAlias =
      columns.filter((c) => c.pk > 0).length === 1
        ? columns.find((c) => c.pk === 1 && c.type.toLowerCase() === "integer")?.name
        : undefined;
    for (let i = 1; i <= rowsPerTable; i++) {
      const row: Row = {};
      for (const c of columns) {
        if (c.name === rowidAlias) continue;
        const fk = tableFks.find((f) => f.from === c.name);
        if (fk?.table === table) row[c.name] = null;
        else if (fk)
          row[c.name] = (
            client
              .prepare(`SELECT "${fk.to}" AS v FROM "${fk.table}" LIMIT 1 OFFSET ?`)
              .get((i - 1) % rowsPerTable) as { v: unknown }
          ).v;
        else if (c.type.toLowerCase() === "integer" || c.type.toLowerCase() === "real") row[c.name] = i;
        else
          row[c.name] =
            c.name.endsWith("languages") || c.name === "delegates" || c.name === "countries"
              ? "[]"
              : `${c.name}-${i}`;
      }
      const names = Object.keys(row);
      client
        .prepare(
          `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES (${names.map(() => "?").join(", ")})`,
        )
        .run(...names.map((n) => row[n] as never));
    }
  }
}

const counts = (client: Database.Database) =>
  Object.fromEntries(
    (
      client
        .prepare(
          "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
        )
        .all() as { name: string }[]
    ).map((t) => [
      t.name,
      (client.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n,
    ]),
  );

describe("migrations", () => {
  it("match the schema: drizzle-kit generates nothing new", () => {
    const out = join(scratch, "check");
    cpSync(MIGRATIONS_FOLDER, out, { recursive: true });
    const before = readdirSync(out).sort();
    const kit = join(pkg, "node_modules/drizzle-kit/bin.cjs");
    const printed = execFileSync(
      process.execPath,
      [kit, "generate", "--dialect", "sqlite", "--schema", "./src/schema/index.ts", "--out", out],
      { cwd: pkg, encoding: "utf8" },
    );
    expect(
      readdirSync(out).sort(),
      `drizzle-kit wrote a new migration: run \`pnpm --filter @moei/db generate\`\n${printed}`,
    ).toEqual(before);
  });

  it.each(
    migrationNames()
      .map((name, i) => [name, i + 1] as const)
      .slice(1),
  )("%s keeps every row of a filled database", (_name, n) => {
    const client = new Database(join(scratch, `step-${n}.sqlite`));
    client.pragma("foreign_keys = ON");
    migrate(drizzle({ client }), { migrationsFolder: firstMigrations(n - 1) });
    fillEveryTable(client, 3);
    const before = counts(client);
    migrate(drizzle({ client }), { migrationsFolder: firstMigrations(n) });
    const after = counts(client);
    for (const [table, rows] of Object.entries(before))
      if (table in after) expect([table, after[table]]).toEqual([table, rows]);
    expect(client.pragma("foreign_key_check")).toEqual([]);
    expect(client.pragma("integrity_check", { simple: true })).toBe("ok");
    client.close();
  });

  it("refuses to rewrite the audit log", () => {
    const client = new Database(":memory:");
    migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
    client
      .prepare(
        "INSERT INTO audit_log (at, operation, entity_type, entity_id) VALUES ('2026-11-21T00:00:00Z', 'x', 'y', 'z')",
      )
      .run();
    expect(() => client.prepare("UPDATE audit_log SET operation = 'forged'").run()).toThrow(/append-only/);
    expect(() => client.prepare("DELETE FROM audit_log").run()).toThrow(/append-only/);
    client.close();
  });
});

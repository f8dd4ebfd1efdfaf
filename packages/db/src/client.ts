import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { relations } from "./relations.ts";

export const DEFAULT_DB_PATH = "./data/moei.sqlite";
export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), "../migrations");

export type Db = ReturnType<typeof createDb>;

export interface OpenOptions {
  /** A file path or `:memory:`; default `MOEI_DB`, else `./data/moei.sqlite` (its folder is created). */
  readonly path?: string;
  /** Apply committed migrations on open (default true). */
  readonly migrate?: boolean;
  readonly readonly?: boolean;
  /** Called with every SQL statement run through drizzle; tests count statements with it. */
  readonly onQuery?: (sql: string, params: readonly unknown[]) => void;
}

function createDb(client: Database.Database, onQuery?: OpenOptions["onQuery"]) {
  return drizzle({
    client,
    relations,
    ...(onQuery ? { logger: { logQuery: (sql: string, params: unknown[]) => onQuery(sql, params) } } : {}),
  });
}

/**
 * Opens the store: WAL so readers never wait for the writer, synchronous=FULL so an acknowledged
 * commit survives a power cut, foreign keys on, and a busy timeout for the CLI running beside the server.
 */
export function openDb(options: OpenOptions = {}): Db {
  const path = options.path ?? process.env.MOEI_DB ?? DEFAULT_DB_PATH;
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = new Database(path, { readonly: options.readonly ?? false });
  if (!options.readonly) client.pragma("journal_mode = WAL");
  client.pragma("synchronous = FULL");
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 5000");
  const db = createDb(client, options.onQuery);
  if (options.migrate ?? !options.readonly) migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}

export function closeDb(db: Db): void {
  if (db.$client.open) db.$client.close();
}

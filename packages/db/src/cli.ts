import { BANGKOK, dateOf, instantFromEpochMs } from "@moei/domain/shared";
import { backup, restore } from "./backup.ts";
import { closeDb, DEFAULT_DB_PATH, openDb } from "./client.ts";
import { isEmpty, seedDemo } from "./seed/index.ts";

const HELP = `Moei database commands (the database is MOEI_DB, default ${DEFAULT_DB_PATH}):

  migrate              apply the committed migrations
  seed [--force]       load the demo data into an empty database (--force: even if not empty)
  backup <file>        write a consistent copy of the live database to <file> (the server may keep running)
  restore <file>       replace the database with a backup (stop the server first; the old file is kept)
`;

function main(args: readonly string[]): number {
  const [command, ...rest] = args;
  const path = process.env.MOEI_DB ?? DEFAULT_DB_PATH;
  switch (command) {
    case "migrate": {
      closeDb(openDb({ path }));
      console.log(`Migrated ${path}`);
      return 0;
    }
    case "seed": {
      const db = openDb({ path });
      try {
        if (!isEmpty(db) && !rest.includes("--force")) {
          console.error(`${path} already holds data; not seeding. Use --force to add the demo data anyway.`);
          return 1;
        }
        const now = instantFromEpochMs(Date.now());
        const summary = seedDemo(db, { now, today: dateOf(now, BANGKOK) });
        const s = summary;
        console.log(
          `Demo data loaded into ${path}: ${s.organizations} organizations, ${s.agreements} agreements, ${s.series} meeting series, ` +
            `${s.meetings} meetings, ${s.actions} actions (${s.overdueActions} overdue), ${s.caseReferences} case references.`,
        );
        return 0;
      } finally {
        closeDb(db);
      }
    }
    case "backup": {
      const file = rest[0];
      if (file === undefined) return usage("backup needs a target file: backup <file>");
      const db = openDb({ path });
      try {
        const result = backup(db, file);
        if (!result.ok) {
          console.error(
            result.error.code === "BACKUP.TARGET_EXISTS"
              ? `${result.error.file} exists already; choose a new file name.`
              : `Backup failed its check: ${result.error.detail}`,
          );
          return 1;
        }
        const { bytes, milliseconds } = result.value;
        console.log(
          `Backed up ${path} to ${result.value.file} (${(bytes / 1e6).toFixed(1)} MB in ${Math.round(milliseconds)} ms)`,
        );
        return 0;
      } finally {
        closeDb(db);
      }
    }
    case "restore": {
      const file = rest[0];
      if (file === undefined) return usage("restore needs a backup file: restore <file>");
      const result = restore(file, path);
      if (!result.ok) {
        console.error(
          result.error.code === "RESTORE.NOT_FOUND"
            ? `No backup at ${result.error.file}`
            : `Not restored: the backup fails its check (${result.error.detail})`,
        );
        return 1;
      }
      console.log(
        `Restored ${path} from ${file}${result.value.previous ? `; the previous database is kept as ${result.value.previous}` : ""}`,
      );
      return 0;
    }
    case undefined:
    case "help":
    case "--help":
      console.log(HELP);
      return 0;
    default:
      return usage(`Unknown command: ${command}`);
  }
}

function usage(message: string): number {
  console.error(`${message}\n\n${HELP}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));

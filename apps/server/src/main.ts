import { renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { closeDb, DEFAULT_DB_PATH, openDb } from "@moei/db";
import { seedIfEmpty } from "@moei/db/seed";
import { BANGKOK, dateOf, instantFromEpochMs } from "@moei/domain/shared";
import { printSchema } from "graphql";
import { createAdmin, purgeRestrictedMinutes, setupLinkIfNeeded } from "./auth/commands.ts";
import { buildServer } from "./http.ts";
import { schema } from "./schema/index.ts";

const here = dirname(fileURLToPath(import.meta.url));
export const SCHEMA_FILE = resolve(here, "../schema.graphql");
const PORTAL_DIR = resolve(here, "../../portal/dist");

const HELP = `Moei server

  serve                      migrate MOEI_DB, load the demo data into an empty database, serve on PORT;
                             without any admin, print a one-time link to set up the first one
  create-admin               create an admin: asks in the terminal, or reads MOEI_ADMIN_USERNAME,
                             MOEI_ADMIN_PASSWORD (MOEI_ADMIN_NAME, MOEI_ADMIN_ORGANIZATION: default IOM)
  purge-restricted-minutes   delete the minutes of restricted meetings older than the retention period
  print-schema               write the GraphQL schema (SDL) to apps/server/schema.graphql

Environment: PORT (default 8080), HOST (default 127.0.0.1; 0.0.0.0 to listen on every interface),
MOEI_DB (default ${DEFAULT_DB_PATH}), MOEI_DEMO=0 to start empty, LOG_LEVEL (default info), NODE_ENV=production,
MOEI_SESSION_IDLE_MINUTES (default 120), MOEI_SESSION_MAX_HOURS (default 168), MOEI_TRUST_PROXY=1 behind a
reverse proxy that sets X-Forwarded-Proto and X-Forwarded-For.
`;

async function serve(): Promise<number> {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? "127.0.0.1";
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a number from 0 to 65535, not ${JSON.stringify(process.env.PORT)}.`);
    return 2;
  }
  const db = openDb();
  if (process.env.MOEI_DEMO !== "0") {
    const now = instantFromEpochMs(Date.now());
    const summary = seedIfEmpty(db, { now, today: dateOf(now, BANGKOK) });
    if (summary)
      console.log(
        `Loaded the demo data: ${summary.organizations} organizations, ${summary.meetings} meetings, ${summary.actions} actions.`,
      );
  }
  const app = await buildServer({
    db,
    portalDir: PORTAL_DIR,
    logger: { level: process.env.LOG_LEVEL ?? "info" },
    production: process.env.NODE_ENV === "production",
  });
  try {
    await app.listen({ port, host });
  } catch (e) {
    closeDb(db);
    if ((e as NodeJS.ErrnoException).code === "EADDRINUSE") {
      console.error(
        `Port ${port} is already in use. Stop the other program or choose another port: PORT=8081 pnpm start`,
      );
      return 1;
    }
    throw e;
  }
  const address = app.server.address();
  const origin = `http://${host === "0.0.0.0" ? "localhost" : host}:${typeof address === "object" && address ? address.port : port}`;
  console.log(`Moei is running at ${origin} (GraphQL at /graphql)`);
  const setup = setupLinkIfNeeded(db, instantFromEpochMs(Date.now()));
  if (setup)
    console.log(
      `No admin yet. Create the first one within 24 hours at ${origin}${setup} (the link works once), or run: pnpm moei create-admin`,
    );
  const stop = async (signal: string) => {
    app.log.info({ signal }, "stopping: finishing requests in flight");
    await app.close();
    closeDb(db);
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
  return 0;
}

async function main(command = "serve"): Promise<number> {
  switch (command) {
    case "serve":
      return serve();
    case "create-admin":
    case "purge-restricted-minutes": {
      const db = openDb();
      try {
        const now = instantFromEpochMs(Date.now());
        return command === "create-admin" ? await createAdmin(db, now) : purgeRestrictedMinutes(db, now);
      } finally {
        closeDb(db);
      }
    }
    case "print-schema": {
      // Written beside and renamed, so a schema that fails to build never leaves an empty file.
      writeFileSync(`${SCHEMA_FILE}.tmp`, `${printSchema(schema)}\n`);
      renameSync(`${SCHEMA_FILE}.tmp`, SCHEMA_FILE);
      console.log(`Wrote ${SCHEMA_FILE}`);
      return 0;
    }
    default:
      console.log(HELP);
      return command === "help" || command === "--help" ? 0 : 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).then((code) => {
    if (code !== 0) process.exit(code);
  });
}

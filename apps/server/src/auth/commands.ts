import { createInterface } from "node:readline/promises";
import { type Db, userRepository } from "@moei/db";
import { firstAdminInputSchema } from "@moei/domain/account";
import { ORGANIZATION_KINDS, type OrganizationKind } from "@moei/domain/organization";
import {
  addMinutes,
  errorMessage,
  type FieldIssue,
  fieldMessage,
  type Instant,
  localized,
  validate,
} from "@moei/domain/shared";
import { repositories } from "../context.ts";
import { findOrganization, organizationForAdmin } from "./first-admin.ts";
import { hashPassword } from "./passwords.ts";
import { hashToken, newToken } from "./sessions.ts";

/** The command line's side of accounts: `create-admin`, `purge-restricted-minutes` and the setup link. */

const SETUP_LINK_HOURS = 24;

type Env = Readonly<Record<string, string | undefined>>;

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/** Reads a line without echoing it (raw mode): the password never appears on screen or in scrollback. */
function askHidden(question: string): Promise<string> {
  const input = process.stdin;
  process.stdout.write(question);
  return new Promise((resolve, reject) => {
    let value: string[] = [];
    const finish = () => {
      input.setRawMode(false);
      input.pause();
      input.off("data", onData);
      process.stdout.write("\n");
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          finish();
          resolve(value.join(""));
          return;
        }
        if (ch === "\u0003" || ch === "\u0004") {
          finish();
          reject(new Error("cancelled"));
          return;
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value.push(ch);
      }
    };
    input.setRawMode(true);
    input.setEncoding("utf8");
    input.resume();
    input.on("data", onData);
  });
}

const printIssues = (issues: readonly FieldIssue[]) => {
  for (const issue of issues) console.error(`  ${issue.path}: ${fieldMessage(issue, "en")}`);
};

/**
 * `pnpm moei create-admin`: asks for the username, name, organization and password in the terminal (the
 * password hidden, twice), or takes MOEI_ADMIN_USERNAME, MOEI_ADMIN_PASSWORD and optionally
 * MOEI_ADMIN_NAME, MOEI_ADMIN_ORGANIZATION and MOEI_ADMIN_ORGANIZATION_KIND for scripted setups. The
 * organization is found by acronym or name; IOM is created if missing, any other new name needs a kind.
 */
export async function createAdmin(db: Db, now: Instant, env: Env = process.env): Promise<number> {
  const scripted = Boolean(env.MOEI_ADMIN_USERNAME && env.MOEI_ADMIN_PASSWORD);
  if (!scripted && !process.stdin.isTTY) {
    console.error(
      "create-admin asks its questions in a terminal. For a scripted setup set MOEI_ADMIN_USERNAME and MOEI_ADMIN_PASSWORD (and optionally MOEI_ADMIN_NAME, MOEI_ADMIN_ORGANIZATION).",
    );
    return 2;
  }
  const repos = repositories(db);
  const ctx = { actorId: null, at: now };
  try {
    const username = env.MOEI_ADMIN_USERNAME ?? (await ask("Username: "));
    const displayName =
      env.MOEI_ADMIN_NAME ?? (scripted ? username : (await ask(`Full name [${username}]: `)) || username);
    const organization =
      env.MOEI_ADMIN_ORGANIZATION ??
      (scripted ? "IOM" : (await ask("Organization (acronym or name) [IOM]: ")) || "IOM");
    let kind = (env.MOEI_ADMIN_ORGANIZATION_KIND ?? "international_organization") as OrganizationKind;
    const isNew = findOrganization(repos, organization) === undefined && !/^iom$/i.test(organization.trim());
    if (isNew && !scripted && env.MOEI_ADMIN_ORGANIZATION_KIND === undefined) {
      console.log(`No organization is called "${organization}" yet; it will be created.`);
      kind = ((await ask(`Kind (${ORGANIZATION_KINDS.join(", ")}) [international_organization]: `)) ||
        "international_organization") as OrganizationKind;
    }
    let password = env.MOEI_ADMIN_PASSWORD;
    if (password === undefined) {
      password = await askHidden("Password (at least 12 characters; not shown): ");
      if ((await askHidden("The same password again: ")) !== password) {
        console.error("The two passwords differ; nothing was created.");
        return 1;
      }
    }

    const valid = validate(firstAdminInputSchema, { username, displayName, password });
    if (!valid.ok) {
      console.error("Not created:");
      printIssues(valid.error.issues);
      return 1;
    }
    if (!(ORGANIZATION_KINDS as readonly string[]).includes(kind)) {
      console.error(`Not created: the kind of organization must be one of ${ORGANIZATION_KINDS.join(", ")}.`);
      return 1;
    }
    if (repos.users.credentials(valid.value.username) !== undefined) {
      console.error(`Not created: the username ${valid.value.username} is taken.`);
      return 1;
    }
    const passwordHash = await hashPassword(valid.value.password);
    const org = organizationForAdmin(repos, ctx, organization, kind);
    if (!org.ok) {
      console.error(`Not created: ${errorMessage(org.error, "en")}`);
      if ("issues" in org.error) printIssues(org.error.issues);
      return 1;
    }
    const created = repos.users.create(ctx, {
      username: valid.value.username,
      displayName: valid.value.displayName,
      organizationId: org.value.id,
      role: "admin",
      passwordHash,
    });
    if (!created.ok) {
      console.error(`Not created: ${errorMessage(created.error, "en")}`);
      return 1;
    }
    console.log(
      `Created the admin ${created.value.username} of ${localized(org.value.name, "en")}. Sign in to the portal with this username and password.`,
    );
    return 0;
  } catch (e) {
    if (e instanceof Error && e.message === "cancelled") {
      console.error("\nCancelled; nothing was created.");
      return 130;
    }
    throw e;
  }
}

/** `pnpm moei purge-restricted-minutes`: applies the retention period set by an admin; audited. */
export function purgeRestrictedMinutes(db: Db, now: Instant): number {
  const summary = userRepository(db).purgeRestrictedMinutes({ actorId: null, at: now });
  if (summary.days === null) {
    console.log(
      "No retention period is set, so nothing was purged. An admin sets it in the portal (setRetention in the API).",
    );
    return 0;
  }
  console.log(
    `Purged the minutes of restricted meetings that ended before ${summary.cutoff} (retention ${summary.days} days): ` +
      `${summary.minutes} minutes of ${summary.meetings} meetings, and their text in ${summary.auditRowsRedacted} audit entries.`,
  );
  return 0;
}

/**
 * At `serve`, when no admin exists (a new installation without the demo data): a one-time link to create
 * the first admin, valid for a day; each start replaces the previous one. Returns its path, or undefined.
 */
export function setupLinkIfNeeded(db: Db, now: Instant): string | undefined {
  const users = userRepository(db);
  if (users.hasAdmin()) return undefined;
  const token = newToken();
  const issued = users.issueSetup(
    { actorId: null, at: now },
    hashToken(token),
    addMinutes(now, SETUP_LINK_HOURS * 60),
  );
  return issued.ok ? `/setup/${token}` : undefined;
}

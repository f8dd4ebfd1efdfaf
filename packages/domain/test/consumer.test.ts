import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A scratch project outside the workspace that depends on the built package through node_modules,
// as a partner's own tool would: plain Node 22 ESM, and TypeScript with NodeNext resolution.
const pkg = resolve(dirname(fileURLToPath(import.meta.url)), "..");
let scratch = "";

beforeAll(() => {
  expect(existsSync(join(pkg, "dist/index.js")), "run `pnpm build` first").toBe(true);
  scratch = mkdtempSync(join(tmpdir(), "moei-consumer-"));
  mkdirSync(join(scratch, "node_modules/@moei"), { recursive: true });
  symlinkSync(pkg, join(scratch, "node_modules/@moei/domain"), "dir");
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("@moei/domain as a dependency", () => {
  it("imports its subpath exports from plain Node ESM", () => {
    writeFileSync(
      join(scratch, "main.mjs"),
      `
import { isOverdue } from "@moei/domain/action";
import { agreementStatusOn } from "@moei/domain/agreement";
import { formatDualZoneText, localOf, BANGKOK, YANGON } from "@moei/domain/shared";
import { scanText } from "@moei/domain/data-protection";
import { occurrencesBetween } from "@moei/domain/meeting";
import * as root from "@moei/domain";
const cadence = { rrule: "FREQ=MONTHLY;BYDAY=2TH", zone: BANGKOK, firstStart: "2026-01-08T09:30", durationMinutes: 180 };
console.log(JSON.stringify({
  overdue: isOverdue({ status: "open", dueOn: "2026-11-01" }, "2026-11-21"),
  status: agreementStatusOn({ status: "in_force", dates: { signedOn: "2009-04-24", inForceOn: "2009-04-24" }, renewal: { kind: "none" } }, "2026-11-21"),
  yangon: localOf("2026-12-10T03:00:00Z", YANGON),
  dual: formatDualZoneText("2026-12-10T03:00:00Z", "en").length > 0,
  findings: scanText("call +66 81 234 5678").map((f) => f.kind),
  occurrences: occurrencesBetween(cadence, "2026-01-01T00:00:00Z", "2026-03-31T00:00:00Z").map((o) => o.start),
  rootExports: Object.keys(root).length > 50,
}));
`,
    );
    const out = execFileSync(process.execPath, ["main.mjs"], { cwd: scratch, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({
      overdue: true,
      status: "in_force",
      yangon: "2026-12-10T09:30",
      dual: true,
      findings: ["phone"],
      occurrences: ["2026-01-08T02:30:00Z", "2026-02-12T02:30:00Z", "2026-03-12T02:30:00Z"],
      rootExports: true,
    });
  });

  it("type-checks a TypeScript consumer against the published declarations", () => {
    writeFileSync(
      join(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: false,
        },
        files: ["main.ts"],
      }),
    );
    writeFileSync(
      join(scratch, "main.ts"),
      `
import { anAction } from "@moei/domain/testing";
import { type Action, applyActionEvent, isOverdue } from "@moei/domain/action";
import type { MeetingId } from "@moei/domain/shared";
const action: Action = anAction();
const result = applyActionEvent(action, "complete", { comment: "", at: action.createdAt, authorId: "usr_1" as never });
if (result.ok) isOverdue(result.value.action, action.dueOn);
// @ts-expect-error an action id is not a meeting id
const wrong: MeetingId = action.id;
export { wrong };
`,
    );
    const tsc = join(pkg, "node_modules/typescript/bin/tsc");
    execFileSync(process.execPath, [tsc, "-p", scratch], { encoding: "utf8" });
  });

  it("ships no tests and no sources in its build", () => {
    const files = readdirSync(join(pkg, "dist"), { recursive: true }).map(String);
    expect(files.filter((f) => f.includes(".test."))).toEqual([]);
    expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
  });
});

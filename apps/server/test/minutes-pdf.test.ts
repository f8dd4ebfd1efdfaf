import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { userRepository } from "@moei/db";
import { message } from "@moei/domain/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../src/http.ts";
import { type SignedIn, signInByUsername, startDemoServer, type TestServer } from "./testing.ts";

/*
 * Refusals of the PDF export on the real server: who may not have it, which ids and options are wrong,
 * and a server that cannot render (no built portal, no Chromium). The rendering itself runs in a real
 * browser against the built portal: apps/e2e/tests/minutes-pdf.spec.ts.
 */

const pdfPath = (meetingId: string, query = "") => `/export/meetings/${meetingId}/minutes.pdf${query}`;

describe("minutes as PDF: refusals", () => {
  let s: TestServer;
  let coordinator: SignedIn;
  let observer: SignedIn;
  let admin: SignedIn;
  /** A held Mae Sot meeting with minutes: the coordinator's own series. */
  let maeSot: string;
  /** A meeting of a restricted (case management) series: observers read nothing restricted. */
  let restricted: string;

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${s.url}${path}`, { headers });

  const pdfAudits = async () => {
    const r = await s.gql<{ auditLog: { totalCount: number } }>(
      `{ auditLog(operation: "export.pdf.minutes") { totalCount } }`,
      {},
      admin.headers,
    );
    return r.body.data?.auditLog.totalCount;
  };

  beforeAll(async () => {
    s = await startDemoServer();
    coordinator = signInByUsername(s, "demo-coordinator");
    observer = signInByUsername(s, "demo-observer");
    admin = signInByUsername(s, "demo-admin");
    const r = await s.gql<{
      series: {
        name: { en: string };
        confidentiality: string;
        meetings: { edges: { node: { id: string } }[] };
      }[];
    }>(
      `{ series { name { en } confidentiality meetings(status: [minutes_approved], first: 1) { edges { node { id } } } } }`,
      {},
      admin.headers,
    );
    const series = r.body.data?.series ?? [];
    const first = (found: (typeof series)[number] | undefined) => found?.meetings.edges[0]?.node.id ?? "";
    maeSot = first(series.find((x) => x.name.en.startsWith("Mae Sot")));
    restricted = first(series.find((x) => x.confidentiality === "restricted"));
    expect(maeSot).not.toBe("");
    expect(restricted).not.toBe("");
    // The observer cannot read the restricted meeting through the API either.
    const seen = await s.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: restricted },
      observer.headers,
    );
    expect(seen.body.data).toEqual({ node: null });
  });
  afterAll(() => s.close());

  it("refuses an anonymous reader with 401, in the language asked for", async () => {
    const r = await get(pdfPath(maeSot, "?lang=th&ui=th"));
    expect(r.status).toBe(401);
    expect(r.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await r.text()).toBe(message("UNAUTHENTICATED", "th"));
  });

  it("answers an unknown, a malformed and a hidden meeting alike: 404", async () => {
    const unknown = Buffer.from("Meeting:mtg_nothing").toString("base64");
    const organization = Buffer.from("Organization:org_nothing").toString("base64");
    const answers = [];
    for (const [id, who] of [
      [unknown, coordinator],
      ["not-an-id", coordinator],
      [organization, coordinator],
      [restricted, observer],
    ] as const) {
      const r = await get(pdfPath(id, "?lang=en"), who.headers);
      answers.push([r.status, await r.text()]);
    }
    const notFound = [404, message("NOT_FOUND", "en", { entity: "meeting" })];
    expect(answers).toEqual([notFound, notFound, notFound, notFound]);
  });

  it("refuses a language that is not en, th or my with 400 EXPORT.INVALID_OPTION", async () => {
    for (const lang of ["fr", "ksw", "", "TH"]) {
      const r = await get(pdfPath(maeSot, `?lang=${lang}`), coordinator.headers);
      expect([lang, r.status, await r.text()]).toEqual([
        lang,
        400,
        message("EXPORT.INVALID_OPTION", "en", { option: "lang" }),
      ]);
    }
  });

  it("answers 503 EXPORT.UNAVAILABLE when the portal is not built, to a reader who may have the PDF", async () => {
    const r = await get(pdfPath(maeSot, "?lang=my&ui=my"), coordinator.headers);
    expect(r.status).toBe(503);
    expect(await r.text()).toBe(message("EXPORT.UNAVAILABLE", "my"));
  });

  it("writes no audit entry and leaves no session behind for a refused export", async () => {
    const sessions = userRepository(s.db).sessionsOf(coordinator.user.id).length;
    await get(pdfPath(maeSot, "?lang=th"), coordinator.headers);
    expect(await pdfAudits()).toBe(0);
    expect(userRepository(s.db).sessionsOf(coordinator.user.id)).toHaveLength(sessions);
  });

  it("answers 503 EXPORT.UNAVAILABLE when Chromium is not installed, though the portal is built", async () => {
    const dir = mkdtempSync(join(tmpdir(), "moei-pdf-"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>Moei</title>");
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(dir, "no-chromium");
    // A second server over the same database, with a built portal.
    const app = await buildServer({ db: s.db, clock: { now: () => s.now() }, portalDir: dir });
    try {
      await app.listen({ port: 0, host: "127.0.0.1" });
      const { port } = app.server.address() as AddressInfo;
      const r = await fetch(`http://127.0.0.1:${port}${pdfPath(maeSot, "?lang=en")}`, {
        headers: coordinator.headers,
      });
      expect(r.status).toBe(503);
      expect(await r.text()).toBe(message("EXPORT.UNAVAILABLE", "en"));
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

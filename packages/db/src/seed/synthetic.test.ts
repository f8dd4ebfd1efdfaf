import { createHash } from "node:crypto";
import { FULL_VISIBILITY } from "@moei/domain/access";
import { acceptFreeText, scanText } from "@moei/domain/data-protection";
import { occurrencesBetween, parseCadence } from "@moei/domain/meeting";
import { instantOf, type Language, type LocalDateTime, type PlainDate } from "@moei/domain/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, tempDb } from "../../test/support.ts";
import { actionRepository } from "../repositories/action.repository.ts";
import { searchRepository } from "../repositories/search.repository.ts";
import { seriesRepository } from "../repositories/series.repository.ts";
import { generateSynthetic, SIZES, type SyntheticSummary } from "./synthetic.ts";

const TODAY = "2026-11-21" as PlainDate;
const AS_OF = `${TODAY}T00:00:00Z`;
const INSTANT_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z";

type TempDb = ReturnType<typeof tempDb>;

const all = <T>(db: Db, sql: string, ...params: unknown[]): T[] =>
  db.$client.prepare(sql).all(...params) as T[];
const one = <T>(db: Db, sql: string, ...params: unknown[]): T => db.$client.prepare(sql).get(...params) as T;
const scalar = (db: Db, sql: string, ...params: unknown[]): number =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params) as number;

/** A SHA-256 of every row of every table, in primary-key order; the migrations' bookkeeping left out. */
function tableHashes(db: Db): Record<string, string> {
  const tables = all<{ name: string }>(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  )
    .map((t) => t.name)
    // __drizzle_migrations records when the migrations ran, which differs between two files by design.
    .filter((name) => !name.startsWith("sqlite_") && !name.startsWith("__drizzle"));
  const hashes: Record<string, string> = {};
  for (const table of tables) {
    const pk = all<{ name: string; pk: number }>(db, `PRAGMA table_info("${table}")`)
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => `"${c.name}"`);
    const hash = createHash("sha256");
    const rows = db.$client
      .prepare(`SELECT * FROM "${table}" ORDER BY ${pk.length > 0 ? pk.join(", ") : "rowid"}`)
      .raw()
      .iterate();
    for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
    hashes[table] = hash.digest("hex");
  }
  return hashes;
}

/** Checks that hold for every size. */
function checkInvariants(db: Db): void {
  expect(all(db, "PRAGMA foreign_key_check")).toEqual([]);
  expect(all(db, "PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);

  // Every action has an owner, and its owners repeat its status and due date.
  expect(
    scalar(
      db,
      "SELECT count(*) FROM actions a WHERE NOT EXISTS (SELECT 1 FROM action_owners o WHERE o.action_id = a.id)",
    ),
  ).toBe(0);
  expect(
    scalar(
      db,
      "SELECT count(*) FROM action_owners o JOIN actions a ON a.id = o.action_id WHERE o.status <> a.status OR o.due_on <> a.due_on",
    ),
  ).toBe(0);

  // Instants are canonical (whole seconds, Z) and none is after "now", except meetings still to come.
  const instants: readonly (readonly [string, string])[] = [
    ["organizations", "created_at"],
    ["organizations", "updated_at"],
    ["contacts", "created_at"],
    ["agreements", "updated_at"],
    ["meeting_series", "created_at"],
    ["meetings", "created_at"],
    ["meetings", "updated_at"],
    ["invitations", "responded_at"],
    ["minutes", "updated_at"],
    ["decisions", "created_at"],
    ["actions", "created_at"],
    ["actions", "updated_at"],
    ["actions", "completed_at"],
    ["progress_updates", "at"],
    ["audit_log", "at"],
  ];
  for (const [table, column] of instants) {
    const bad = scalar(
      db,
      `SELECT count(*) FROM ${table} WHERE ${column} IS NOT NULL AND (${column} NOT GLOB ? OR ${column} > ?)`,
      INSTANT_GLOB,
      AS_OF,
    );
    expect(bad, `${table}.${column}`).toBe(0);
  }
  expect(
    scalar(
      db,
      "SELECT count(*) FROM meetings WHERE start_at NOT GLOB ? OR end_at NOT GLOB ? OR end_at <= start_at",
      INSTANT_GLOB,
      INSTANT_GLOB,
    ),
  ).toBe(0);

  // Lifecycles the domain could have produced: the action's history starts open and ends in its status,
  // and each change bumped the version once; done actions have a completion time, others none.
  expect(
    scalar(
      db,
      `SELECT count(*) FROM actions a WHERE a.version <> 1 + (SELECT count(*) FROM progress_updates p WHERE p.action_id = a.id)
         OR (a.status = 'done') <> (a.completed_at IS NOT NULL)
         OR a.status <> coalesce((SELECT to_status FROM progress_updates p WHERE p.action_id = a.id ORDER BY at DESC, id DESC LIMIT 1), 'open')`,
    ),
  ).toBe(0);
  expect(
    scalar(
      db,
      "SELECT count(*) FROM progress_updates p WHERE p.id = (SELECT min(id) FROM progress_updates q WHERE q.action_id = p.action_id) AND p.from_status <> 'open'",
    ),
  ).toBe(0);
  // Actions come from meetings that took place; minutes and decisions only once minutes are being written.
  expect(
    scalar(
      db,
      "SELECT count(*) FROM actions a JOIN meetings m ON m.id = a.source_meeting_id WHERE m.status NOT IN ('held', 'minutes_draft', 'minutes_circulated', 'minutes_approved')",
    ),
  ).toBe(0);
  expect(
    scalar(
      db,
      "SELECT count(*) FROM minutes n JOIN meetings m ON m.id = n.meeting_id WHERE m.status NOT IN ('minutes_draft', 'minutes_circulated', 'minutes_approved')",
    ),
  ).toBe(0);
  // Meeting numbers are unique within a series and year.
  expect(
    scalar(
      db,
      "SELECT count(*) FROM (SELECT 1 FROM meetings WHERE number_ordinal IS NOT NULL GROUP BY series_id, number_year, number_ordinal HAVING count(*) > 1)",
    ),
  ).toBe(0);
  // Ids have the app's shape: prefix, underscore, 21 base-36 characters.
  for (const table of [
    "organizations",
    "contacts",
    "agreements",
    "meeting_series",
    "meetings",
    "agenda_items",
    "decisions",
    "actions",
  ]) {
    const ids = all<{ id: string }>(db, `SELECT id FROM ${table}`);
    expect(
      ids.every(({ id }) => /^[a-z]{3}_[0-9a-z]{21}$/.test(id)),
      table,
    ).toBe(true);
  }
  expect(all(db, "SELECT operation, entity_type FROM audit_log")).toEqual([
    { operation: "synthetic.generate", entity_type: "database" },
  ]);
}

/** Each series' meetings sit on exactly the occurrences the domain expands from the stored cadence. */
function checkCadences(db: Db): void {
  const series = all<{
    id: string;
    cadence_rrule: string;
    cadence_zone: string;
    cadence_first_start: string;
    cadence_duration_minutes: number;
  }>(db, "SELECT * FROM meeting_series");
  for (const s of series) {
    const cadence = parseCadence({
      rrule: s.cadence_rrule,
      zone: s.cadence_zone,
      firstStart: s.cadence_first_start,
      durationMinutes: s.cadence_duration_minutes,
    });
    if (!cadence.ok) throw new Error(JSON.stringify(cadence.error));
    const meetings = all<{ occurrence: string; start_at: string; end_at: string }>(
      db,
      "SELECT occurrence, start_at, end_at FROM meetings WHERE series_id = ? ORDER BY occurrence",
      s.id,
    );
    const from = instantOf(cadence.value.firstStart, cadence.value.zone);
    const last = instantOf((meetings.at(-1)?.occurrence ?? "") as LocalDateTime, cadence.value.zone);
    const to = `${last.slice(0, 17)}01Z` as typeof last;
    const expected = occurrencesBetween(cadence.value, from, to).map((o) => o.original);
    expect(meetings.map((m) => m.occurrence)).toEqual(expected);
    // Meetings not moved start on their occurrence, in the series zone.
    const regular = meetings.filter(
      (m) => m.start_at === instantOf(m.occurrence as LocalDateTime, cadence.value.zone),
    );
    expect(regular.length).toBeGreaterThan(meetings.length * 0.9);
  }
}

describe("synthetic data, XS", () => {
  let a: TempDb;
  let b: TempDb;
  let c: TempDb;
  let summary: SyntheticSummary;
  beforeAll(() => {
    a = tempDb();
    b = tempDb();
    c = tempDb();
    summary = generateSynthetic(a.db, "XS", { seed: 42, today: TODAY });
    // Given as a size object, as a benchmark with its own size would; it equals XS, so it is named XS.
    generateSynthetic(b.db, SIZES.XS, { seed: 42, today: TODAY });
    generateSynthetic(c.db, "XS", { seed: 43, today: TODAY });
  });
  afterAll(() => {
    for (const t of [a, b, c]) t.dispose();
  });

  it("gives identical table contents for the same seed", () => {
    const first = tableHashes(a.db);
    expect(Object.keys(first)).toContain("actions");
    expect(tableHashes(b.db)).toEqual(first);
  });

  it("gives different contents for a different seed, in every table it fills", () => {
    const first = tableHashes(a.db);
    const other = tableHashes(c.db);
    for (const table of [
      "organizations",
      "agreements",
      "meetings",
      "minutes",
      "actions",
      "action_owners",
      "progress_updates",
    ]) {
      expect(other[table], table).not.toBe(first[table]);
    }
  });

  it("reports what it wrote, and records it in one audit row", () => {
    expect(summary.sizeName).toBe("XS");
    expect(summary.counts.actions).toBe(SIZES.XS.actions);
    for (const [table, count] of Object.entries(summary.counts)) {
      expect(scalar(a.db, `SELECT count(*) FROM ${table}`), table).toBe(count);
    }
    const audit = one<{ after: string }>(a.db, "SELECT after FROM audit_log");
    expect(JSON.parse(audit.after)).toMatchObject({
      sizeName: "XS",
      seed: 42,
      today: TODAY,
      counts: summary.counts,
    });
  });

  it("keeps the invariants the repositories and triggers keep", () => {
    checkInvariants(a.db);
  });

  it("refuses a database that already holds data", () => {
    expect(() => generateSynthetic(a.db, "XS", { seed: 1, today: TODAY })).toThrow(/empty database/);
  });

  it("places meetings on the occurrences the domain's recurrence computes from the stored cadence", () => {
    checkCadences(a.db);
  });

  it("writes no text that looks like personal data, and Burmese as Unicode that needs no conversion", () => {
    const texts = all<{ text: string; lang: string }>(
      a.db,
      `SELECT DISTINCT body AS text, language AS lang FROM minutes
       UNION SELECT DISTINCT text, 'en' FROM actions
       UNION SELECT DISTINCT text_en, 'en' FROM decisions UNION SELECT DISTINCT text_th, 'th' FROM decisions WHERE text_th IS NOT NULL
       UNION SELECT DISTINCT text_my, 'my' FROM decisions WHERE text_my IS NOT NULL
       UNION SELECT DISTINCT comment, 'en' FROM progress_updates
       UNION SELECT DISTINCT title_my, 'my' FROM agenda_items WHERE title_my IS NOT NULL
       UNION SELECT DISTINCT name, 'en' FROM contacts
       UNION SELECT DISTINCT delegates, 'en' FROM attendance`,
    );
    expect(texts.length).toBeGreaterThan(500);
    for (const { text, lang } of texts) {
      expect(scanText(text), text).toEqual([]);
      const accepted = acceptFreeText(text, lang as Language, "restricted");
      expect(accepted.ok && accepted.value.raw === undefined && accepted.value.text === text, text).toBe(
        true,
      );
    }
  });

  it("leaves the search index as its triggers would have, with the triggers back in place", () => {
    const columns = "source, source_key, entity_type, entity_id, meeting_id, name, body";
    expect(all(a.db, `SELECT ${columns} FROM search_documents ORDER BY source, source_key`)).toEqual(
      all(a.db, `SELECT ${columns} FROM search_sources ORDER BY source, source_key`),
    );
    // Documents are numbered in the order the triggers would have written them: a meeting's own
    // document before those of its minutes, decisions and actions.
    expect(
      scalar(
        a.db,
        `SELECT count(*) FROM search_documents d JOIN search_documents m ON m.source = 'meeting' AND m.source_key = d.meeting_id
         WHERE d.source <> 'meeting' AND d.id < m.id`,
      ),
    ).toBe(0);
    a.db.$client.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')");
    const fresh = tempDb();
    try {
      const triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
      expect(all(a.db, triggers)).toEqual(all(fresh.db, triggers));
    } finally {
      fresh.dispose();
    }
  });

  it("finds a synthetic action by a word of its text", () => {
    const actions = all<{ id: string; text: string }>(a.db, "SELECT id, text FROM actions ORDER BY id");
    // The rarest word of four letters or more: few enough actions carry it for all of them to be listed.
    const words = [...new Set(actions.flatMap((x) => x.text.match(/[A-Za-z]{4,}/g) ?? []))].sort();
    const carrying = (word: string) =>
      actions.filter((x) => x.text.toLowerCase().includes(word.toLowerCase())).map((x) => x.id);
    const [word] = words
      .map((w) => ({ w, n: carrying(w).length }))
      .sort((x, y) => x.n - y.n || x.w.localeCompare(y.w))
      .map((x) => x.w);
    if (word === undefined) throw new Error("no action text");
    const expected = carrying(word);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThanOrEqual(100);
    const hits = searchRepository(a.db).search(word, {
      types: ["action"],
      first: 100,
      visibleTo: FULL_VISIBILITY,
    });
    expect(hits.map((h) => h.entityId).sort()).toEqual(expected.sort());
    expect(hits.every((h) => h.snippet.text.toLowerCase().includes(word.toLowerCase()))).toBe(true);
  });

  it("gives rows the repositories read back", () => {
    const actionId = one<{ id: string }>(a.db, "SELECT id FROM actions ORDER BY id LIMIT 1").id;
    const owners = all<{ organization_id: string }>(
      a.db,
      "SELECT organization_id FROM action_owners WHERE action_id = ?",
      actionId,
    ).map((o) => o.organization_id);
    const action = actionRepository(a.db).get(actionId);
    expect(action?.ownerIds.toSorted()).toEqual(owners.toSorted());
    const seriesId = one<{ id: string }>(a.db, "SELECT id FROM meeting_series ORDER BY id LIMIT 1").id;
    const series = seriesRepository(a.db).get(seriesId);
    expect(series?.memberIds.length).toBeGreaterThan(0);
    expect(series?.cadence?.durationMinutes).toBeGreaterThan(0);
  });
});

describe("synthetic data, S", () => {
  let t: TempDb;
  let summary: SyntheticSummary;
  beforeAll(() => {
    t = tempDb();
    const progress: number[] = [];
    summary = generateSynthetic(t.db, "S", {
      seed: 1,
      today: TODAY,
      onProgress: (done) => progress.push(done),
    });
    expect(progress.at(-1)).toBe(summary.counts.meetings);
    const rows = Object.values(summary.counts).reduce((x, y) => x + y, 0);
    console.log(
      `synthetic S: ${(summary.milliseconds / 1000).toFixed(1)} s, ${rows} rows\n${Object.entries(
        summary.counts,
      )
        .map(([table, n]) => `  ${table.padEnd(18)} ${String(n).padStart(8)}`)
        .join("\n")}`,
    );
  }, 120_000);
  afterAll(() => t.dispose());

  it("has about 50,000 actions, 20 series and ten years of meetings", () => {
    const actions = scalar(t.db, "SELECT count(*) FROM actions");
    expect(actions).toBeGreaterThanOrEqual(47_500);
    expect(actions).toBeLessThanOrEqual(52_500);
    expect(scalar(t.db, "SELECT count(*) FROM meeting_series")).toBe(20);
    const span = one<{ first: string; last: string }>(
      t.db,
      "SELECT min(start_at) AS first, max(start_at) AS last FROM meetings",
    );
    const years = (Date.parse(span.last) - Date.parse(span.first)) / (365.25 * 86_400_000);
    expect(years).toBeGreaterThanOrEqual(10);
    expect(span.first < "2016-12-31").toBe(true);
    // Every series meets throughout the ten years.
    const perSeries = all<{ first: string; last: string }>(
      t.db,
      "SELECT min(start_at) AS first, max(start_at) AS last FROM meetings GROUP BY series_id",
    );
    for (const s of perSeries) {
      expect(s.first < "2017-06-01" && s.last > TODAY).toBe(true);
    }
  });

  it("keeps the invariants the repositories and triggers keep", () => {
    checkInvariants(t.db);
  });

  it("places the meetings of all twenty cadences where the domain's recurrence puts them", () => {
    checkCadences(t.db);
  });

  it("has a realistic status mix: past meetings approved or cancelled, most actions done, a fifth of the open ones overdue", () => {
    const past = all<{ status: string; n: number }>(
      t.db,
      "SELECT status, count(*) AS n FROM meetings WHERE end_at <= ? GROUP BY status",
      AS_OF,
    );
    const pastTotal = past.reduce((x, r) => x + r.n, 0);
    const share = (status: string) => (past.find((r) => r.status === status)?.n ?? 0) / pastTotal;
    expect(share("minutes_approved")).toBeGreaterThan(0.85);
    expect(share("cancelled")).toBeGreaterThan(0.01);
    expect(share("cancelled")).toBeLessThan(0.08);
    const future = all<{ status: string }>(
      t.db,
      "SELECT DISTINCT status FROM meetings WHERE start_at > ?",
      AS_OF,
    );
    expect(future.map((r) => r.status).sort()).toEqual(["draft", "scheduled"]);

    const done = scalar(t.db, "SELECT count(*) FROM actions WHERE status = 'done'");
    expect(done / summary.counts.actions).toBeGreaterThan(0.85);
    const open = scalar(t.db, "SELECT count(*) FROM actions WHERE status NOT IN ('done', 'cancelled')");
    const overdue = scalar(
      t.db,
      "SELECT count(*) FROM actions WHERE status NOT IN ('done', 'cancelled') AND due_on < ?",
      TODAY,
    );
    expect(open).toBe(summary.openActions);
    expect(overdue).toBe(summary.overdueActions);
    expect(overdue / open).toBeGreaterThan(0.18);
    expect(overdue / open).toBeLessThan(0.22);
    // Through the per-organization index, as the "my actions" page reads them.
    const viaOwners = scalar(
      t.db,
      "SELECT count(DISTINCT action_id) FROM action_owners WHERE status IN ('open', 'in_progress', 'blocked') AND due_on < ?",
      TODAY,
    );
    expect(viaOwners).toBe(overdue);
  });
});

import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Actor, FULL_VISIBILITY, visibilityOf } from "@moei/domain/access";
import { type ActionInput, actionInputSchema } from "@moei/domain/action";
import { agreementDraftInputSchema } from "@moei/domain/agreement";
import {
  type ScheduleMeetingInput,
  type SeriesInput,
  scheduleMeetingInputSchema,
  seriesInputSchema,
} from "@moei/domain/meeting";
import { organizationInputSchema } from "@moei/domain/organization";
import type { OrganizationId, UserId } from "@moei/domain/shared";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { must, parsed, smallWorld } from "../../test/fixtures.ts";
import { ctx, tempDb } from "../../test/support.ts";
import type { Db } from "../client.ts";
import { closeDb, MIGRATIONS_FOLDER, openDb } from "../client.ts";
import { actionRepository } from "./action.repository.ts";
import { agreementRepository } from "./agreement.repository.ts";
import { meetingRepository } from "./meeting.repository.ts";
import { organizationRepository } from "./organization.repository.ts";
import {
  matchExpression,
  parseQuery,
  parseSnippet,
  type SearchHit,
  type SearchOptions,
  searchRepository,
  snippetAround,
} from "./search.repository.ts";
import { seriesRepository } from "./series.repository.ts";

const TH_TITLE = "บันทึกความเข้าใจว่าด้วยความร่วมมือเพื่อต่อต้านการค้ามนุษย์";
const MY_TITLE = "လူကုန်ကူးမှု တိုက်ဖျက်ရေး ပူးပေါင်းဆောင်ရွက်မှုဆိုင်ရာ နားလည်မှုစာချွန်လွှာ";
/** "လူကုန်ကူးမှု" as a Zawgyi phone keyboard types it (same code points, other meanings). */
const MY_ZAWGYI = "လူကုန္ကူးမႈ";

/** The matched text of each highlight, to show that offsets point at the query in the snippet. */
const marked = (hit: SearchHit | undefined) =>
  (hit?.snippet.highlights ?? []).map((h) => hit?.snippet.text.slice(h.start, h.start + h.length));

/** A series input like the small world's, without a cadence. */
const seriesInput = (w: ReturnType<typeof smallWorld>, overrides: object) =>
  parsed<SeriesInput>(seriesInputSchema, {
    kind: "ngo_coordination",
    name: { en: "Mae Sot NGO/CBO coordination meeting" },
    memberIds: w.members.map((m) => m.id),
    secretariatId: w.iom.id,
    countries: ["TH"],
    numbering: "sequential",
    confidentiality: "partners",
    languages: ["th", "my", "en"],
    ...overrides,
  });

const OBSERVER: Actor = {
  userId: "usr_observer" as UserId,
  organizationId: "org_elsewhere" as OrganizationId,
  role: "observer",
  seriesIds: [],
};

const ids = (hits: readonly SearchHit[]) => hits.map((h) => `${h.entityType}:${h.entityId}`);

/** A small world with text in three languages: organizations, an agreement, meetings with minutes, actions. */
function world(db: Db) {
  const w = smallWorld(db);
  const orgs = organizationRepository(db);
  const org = (name: object, kind: string, acronym?: string) =>
    must(
      orgs.create(ctx(), parsed(organizationInputSchema, { name, kind, ...(acronym ? { acronym } : {}) })),
    );
  const datip = org(
    { en: "Division of Anti-Trafficking in Persons", th: "กองต่อต้านการค้ามนุษย์" },
    "department",
    "DATIP",
  );
  const unw = org({ en: "UN Women Thailand" }, "un_agency", "UNW");
  const agreements = agreementRepository(db);
  const mou = must(
    agreements.createDraft(
      ctx(),
      parsed(agreementDraftInputSchema, {
        kind: "mou",
        title: { en: "MOU on Cooperation to Combat Trafficking in Persons", th: TH_TITLE, my: MY_TITLE },
      }),
    ),
  );
  const meetings = meetingRepository(db);
  const schedule = (start: string, extra: object = {}, seriesId = w.series.id) =>
    must(
      meetings.schedule(
        ctx("2026-01-01T00:00:00Z"),
        parsed<ScheduleMeetingInput>(scheduleMeetingInputSchema, {
          seriesId,
          start,
          zone: "Asia/Bangkok",
          durationMinutes: 120,
          mode: "in_person",
          ...extra,
        }),
      ),
    );
  const january = schedule("2026-01-08T10:00", { venue: "Mae Sot Municipality hall" });
  const february = schedule("2026-02-12T10:00", { title: { en: "Shelter standards workshop" } });
  const during = ctx("2026-01-08T04:00:00Z");
  const item = must(
    meetings.addAgendaItem(during, { meetingId: january.id, kind: "regular", title: { en: "Situation" } }),
  );
  must(meetings.applyEvent(during, january.id, january.version, { type: "hold" }));
  const saveMinutes = (language: "th" | "en" | "my", body: string, baseVersion = 0) =>
    must(
      meetings.saveMinutes(during, {
        meetingId: january.id,
        agendaItemId: item.id,
        language,
        body,
        baseVersion,
      }),
    );
  saveMinutes("th", "ที่ประชุมรับทราบรายงานสถานการณ์การค้ามนุษย์ในอำเภอแม่สอด และการส่งกลับผู้เสียหาย");
  saveMinutes(
    "en",
    "The shelter standards were discussed at length; shelter standards remain a concern for the shelter.",
  );
  must(
    meetings.addDecision(during, {
      meetingId: january.id,
      agendaItemId: item.id,
      text: { en: "Referral pathway leaflets to be printed in Karen." },
    }),
  );
  const actions = actionRepository(db);
  const action = must(
    actions.create(
      during,
      parsed<ActionInput>(actionInputSchema, {
        text: "Circulate the Burmese minutes in Unicode",
        ownerIds: [w.members[0]?.id],
        dueOn: "2026-02-01",
        source: { meetingId: january.id },
      }),
    ),
  ).action;
  return { ...w, datip, unw, mou, january, february, item, action, saveMinutes, schedule };
}

describe("search repository", () => {
  let t: ReturnType<typeof tempDb>;
  let statements = 0;
  beforeEach(() => {
    t = tempDb({ onQuery: () => (statements += 1) });
  });
  afterEach(() => t.dispose());

  /** As a signed-in observer searches unless told otherwise: partners meetings, nothing restricted. */
  const search = (query: string, options: Partial<SearchOptions> = {}) =>
    searchRepository(t.db).search(query, { visibleTo: visibilityOf(OBSERVER), ...options });

  it("finds substrings of Thai and Burmese text, which has no spaces between words", () => {
    const w = world(t.db);
    const thai = search("ค้ามนุษย์");
    // The agreement's Thai title, DATIP's Thai name, and the meeting whose Thai minutes mention it.
    expect(ids(thai).sort()).toEqual(
      [`agreement:${w.mou.id}`, `organization:${w.datip.id}`, `meeting:${w.january.id}`].sort(),
    );
    expect(marked(thai.find((h) => h.entityId === w.mou.id))).toEqual(["ค้ามนุษย์"]);

    const burmese = search("လူကုန်ကူး");
    expect(ids(burmese)).toEqual([`agreement:${w.mou.id}`]);
    expect(marked(burmese[0])).toEqual(["လူကုန်ကူး"]);
    // Typed in Zawgyi, converted as stored Burmese text is.
    expect(ids(search(MY_ZAWGYI))).toEqual([`agreement:${w.mou.id}`]);
  });

  it("finds English words and parts of words in any case, all terms required", () => {
    const w = world(t.db);
    expect(ids(search("TRAFFICK")).sort()).toEqual(
      [`agreement:${w.mou.id}`, `organization:${w.datip.id}`].sort(),
    );
    expect(ids(search("combat persons"))).toEqual([`agreement:${w.mou.id}`]);
    expect(search("combat shelter")).toEqual([]);
    const action = search("burmese unicode");
    expect(ids(action)).toEqual([`action:${w.action.id}`]);
    expect(marked(action[0])).toEqual(["Burmese", "Unicode"]);
  });

  it("finds a meeting by its series' name, its venue, its minutes and its decisions", () => {
    const w = world(t.db);
    const bothMeetings = [`meeting:${w.january.id}`, `meeting:${w.february.id}`].sort();
    expect(ids(search("NGO/CBO coordination")).sort()).toEqual(bothMeetings);
    expect(ids(search("municipality"))).toEqual([`meeting:${w.january.id}`]);
    expect(ids(search("referral pathway"))).toEqual([`meeting:${w.january.id}`]);
    // One hit per meeting, however many of its documents match.
    expect(ids(search("แม่สอด"))).toEqual([`meeting:${w.january.id}`]);
  });

  it("ranks a title above the same words in minutes", () => {
    const w = world(t.db);
    // January's minutes say "shelter standards" three times; February is titled with it once.
    const hits = search("shelter standards");
    expect(ids(hits)).toEqual([`meeting:${w.february.id}`, `meeting:${w.january.id}`]);
    expect(hits[0]?.snippet).toEqual({
      text: "Shelter standards workshop · Mae Sot NGO/CBO coordination meeting",
      highlights: [
        { start: 0, length: 7 },
        { start: 8, length: 9 },
      ],
    });
    expect(marked(hits[1])).toContain("shelter");
  });

  it("keeps the index current on every write, rename and delete", () => {
    const w = world(t.db);
    const orgs = organizationRepository(t.db);
    must(
      orgs.update(
        ctx(),
        w.datip.id,
        parsed(organizationInputSchema, {
          name: { en: "Anti-Trafficking Division", th: "กองปราบปรามการค้ามนุษย์" },
          kind: "department",
          acronym: "ATD",
        }),
      ),
    );
    expect(search("DATIP")).toEqual([]);
    expect(ids(search("ปราบปราม"))).toEqual([`organization:${w.datip.id}`]);

    must(
      agreementRepository(t.db).update(ctx(), w.mou.id, w.mou.version, {
        title: { en: "Memorandum on labour migration" },
      }),
    );
    expect(search("ค้ามนุษย์").map((h) => h.entityType)).not.toContain("agreement");
    expect(ids(search("labour migration"))).toEqual([`agreement:${w.mou.id}`]);

    // Renaming a series renames its meetings in the index.
    must(
      seriesRepository(t.db).update(
        ctx(),
        w.series.id,
        seriesInput(w, { name: { en: "Tak provincial working group" } }),
      ),
    );
    expect(search("NGO/CBO")).toEqual([]);
    expect(search("working group", { types: ["meeting"] })).toHaveLength(2);

    // Minutes saved again replace their text.
    w.saveMinutes("en", "Nothing was said about accommodation.", 1);
    expect(ids(search("accommodation"))).toEqual([`meeting:${w.january.id}`]);
    expect(search("shelter standards").map((h) => h.entityId)).toEqual([w.february.id]);

    must(
      actionRepository(t.db).update(ctx(), w.action.id, w.action.version, {
        text: "Translate the leaflet into Sgaw Karen",
      }),
    );
    expect(search("unicode")).toEqual([]);
    expect(ids(search("sgaw karen"))).toEqual([`action:${w.action.id}`]);

    // Deletes, including those cascading from a parent row.
    const client = t.db.$client;
    client.prepare("DELETE FROM actions WHERE id = ?").run(w.action.id);
    expect(search("sgaw karen")).toEqual([]);
    client.prepare("DELETE FROM agenda_items WHERE id = ?").run(w.item.id);
    expect(search("แม่สอด")).toEqual([]);
    expect(ids(search("referral pathway"))).toEqual([`meeting:${w.january.id}`]);
    client.prepare("DELETE FROM meetings WHERE id = ?").run(w.january.id);
    expect(search("referral pathway")).toEqual([]);
    expect(search("municipality")).toEqual([]);

    // The documents are exactly what the sources say, and the index matches the documents.
    expect(client.prepare("SELECT * FROM search_documents ORDER BY source, source_key").all()).toEqual(
      client
        .prepare(
          "SELECT d.id, s.* FROM search_sources s JOIN search_documents d USING (source, source_key) ORDER BY source, source_key",
        )
        .all()
        .map((r) => {
          const { id, source, source_key, entity_type, entity_id, meeting_id, name, body } = r as Record<
            string,
            unknown
          >;
          return { id, source, source_key, entity_type, entity_id, meeting_id, name, body };
        }),
    );
    expect(client.prepare("SELECT count(*) AS n FROM search_sources").get()).toEqual(
      client.prepare("SELECT count(*) AS n FROM search_documents").get(),
    );
    expect(() =>
      client.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run(),
    ).not.toThrow();
  });

  it("treats FTS5 syntax in a query as text to find, never as a query language or an error", () => {
    const w = world(t.db);
    const odd = must(
      organizationRepository(t.db).create(
        ctx(),
        parsed(organizationInputSchema, {
          name: { en: 'Project "NEAR" AND/OR name:body (phase*) ^start -x' },
          kind: "ngo",
        }),
      ),
    );
    for (const q of ['"NEAR"', "AND/OR", "name:body", "(phase*)", "^start", 'Project "NEAR" -x'])
      expect(ids(search(q)), q).toEqual([`organization:${odd.id}`]);
    // As a query language these would match the MOU ("traffick OR shelter", "traff*", "name:mou").
    for (const q of ["traffick OR shelter", "traff*", "name:mou", "NEAR(combat persons)", "mou AND"])
      expect(search(q), q).toEqual([]);
    expect(ids(search("combat"))).toEqual([`agreement:${w.mou.id}`]);
    expect(matchExpression(['say "hi"', "a*"])).toBe('"say ""hi""" "a*"');
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(Array.isArray(search(`${a} ${b}`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("looks a query shorter than three characters up in names and titles only, by a scan", () => {
    const w = world(t.db);
    expect(parseQuery("  UN  ")).toEqual({ indexed: [], short: ["UN"] });
    expect(parseQuery(" \n\t")).toBeNull();
    // "un" is in "UN Women", "Municipality" (a venue: not a name) and "Unicode" (an action's text: a name).
    const hits = search("un");
    expect(ids(hits)).toContain(`organization:${w.unw.id}`);
    expect(ids(hits)).toContain(`action:${w.action.id}`);
    expect(ids(hits)).not.toContain(`meeting:${w.january.id}`);
    expect(marked(hits.find((h) => h.entityId === w.unw.id))).toEqual(["UN", "UN"]);
    // Beside a longer term, a short one filters the indexed matches.
    expect(ids(search("UN women"))).toEqual([`organization:${w.unw.id}`]);
    expect(search("zz women")).toEqual([]);
    // % and _ are literal in the scan.
    expect(search("%")).toEqual([]);
    expect(search("_")).toEqual([]);
    expect(search("")).toEqual([]);
  });

  it("returns at most `first` hits of each type, filtered by type, in two statements", () => {
    const w = world(t.db);
    for (let i = 0; i < 5; i++) w.schedule(`2026-0${i + 3}-12T10:00`);
    statements = 0;
    const all = search("coordination", { first: 3 });
    expect(statements).toBe(2);
    expect(all.filter((h) => h.entityType === "meeting")).toHaveLength(3);
    expect(search("coordination", { first: 100 }).filter((h) => h.entityType === "meeting")).toHaveLength(7);
    expect(search("traffick", { types: ["organization"] }).map((h) => h.entityType)).toEqual([
      "organization",
    ]);
    expect(search("traffick", { types: [] })).toHaveLength(2);
    expect(search("coordination", { first: 0 })).toHaveLength(1);
  });

  it("leaves restricted meetings, their minutes and their actions out unless the viewer may read them", () => {
    const w = world(t.db);
    const restricted = must(
      seriesRepository(t.db).create(
        ctx(),
        seriesInput(w, {
          kind: "case_management",
          name: { en: "Thailand–Myanmar case management meeting" },
          memberIds: [w.members[0]?.id],
          confidentiality: "restricted",
        }),
      ),
    );
    const meetings = meetingRepository(t.db);
    const m = w.schedule("2026-03-01T10:00", {}, restricted.id);
    must(meetings.invite(ctx(), m.id, [w.members[0]?.id as string]));
    const during = ctx("2026-03-01T04:00:00Z");
    const item = must(
      meetings.addAgendaItem(during, { meetingId: m.id, kind: "regular", title: { en: "Cases" } }),
    );
    must(meetings.applyEvent(during, m.id, m.version, { type: "hold" }));
    must(
      meetings.saveMinutes(during, {
        meetingId: m.id,
        agendaItemId: item.id,
        language: "en",
        body: "Case TH-2026-014 repatriation via Myawaddy pending",
        baseVersion: 0,
      }),
    );
    const action = must(
      actionRepository(t.db).create(
        during,
        parsed<ActionInput>(actionInputSchema, {
          text: "Confirm Myawaddy reception arrangements",
          ownerIds: [w.members[0]?.id],
          dueOn: "2026-03-15",
          source: { meetingId: m.id },
        }),
      ),
    ).action;
    expect(search("myawaddy")).toEqual([]);
    expect(search("case management")).toEqual([]);
    const everything = [`action:${action.id}`, `meeting:${m.id}`];
    const member = (organizationId: string | undefined) =>
      visibilityOf({ ...OBSERVER, role: "member", organizationId: organizationId as OrganizationId });
    expect(ids(search("myawaddy", { visibleTo: FULL_VISIBILITY })).sort()).toEqual(everything);
    expect(ids(search("myawaddy", { visibleTo: member(w.members[0]?.id) })).sort()).toEqual(everything);
    expect(search("myawaddy", { visibleTo: member(w.members[1]?.id) })).toEqual([]);
    expect(search("myawaddy", { visibleTo: visibilityOf(null) })).toEqual([]);
    // The series' coordinators read all its meetings; partners meetings need someone signed in.
    const coordinator = { ...OBSERVER, role: "coordinator" as const, seriesIds: [restricted.id] };
    expect(ids(search("myawaddy", { visibleTo: visibilityOf(coordinator) })).sort()).toEqual(everything);
    expect(ids(search("municipality", { visibleTo: visibilityOf(null) }))).toEqual([]);
    expect(ids(search("municipality"))).toEqual([`meeting:${w.january.id}`]);
  });

  it("shows snippets as plain text with offsets, without splitting a syllable at the start", () => {
    expect(parseSnippet("…ร\u0002ค้ามนุษย์\u0003\nလူ")).toEqual({
      text: "…รค้ามนุษย์ · လူ",
      highlights: [{ start: 2, length: 9 }],
    });
    // A cut before a Thai vowel sign drops the lone mark.
    expect(parseSnippet("…ุษย์ \u0002abc\u0003").text).toBe("…ษย์ abc");
    expect(parseSnippet("<b>\u0002x\u0003</b>")).toEqual({
      text: "<b>x</b>",
      highlights: [{ start: 3, length: 1 }],
    });
    const long = `${"a".repeat(200)} UN ${"b".repeat(200)}`;
    const around = snippetAround(long, ["un"]);
    expect(around.text.startsWith("…") && around.text.endsWith("…")).toBe(true);
    expect(around.highlights.map((h) => around.text.slice(h.start, h.start + h.length))).toEqual(["UN"]);
  });
});

describe("search migration", () => {
  it("indexes the rows already there when it runs", () => {
    const dir = mkdtempSync(join(tmpdir(), "moei-search-"));
    try {
      const before = join(dir, "migrations");
      for (const name of readdirSync(MIGRATIONS_FOLDER).filter((d) => /^\d{14}_/.test(d))) {
        if (name.endsWith("_search")) break;
        cpSync(join(MIGRATIONS_FOLDER, name), join(before, name), { recursive: true });
      }
      const path = join(dir, "moei.sqlite");
      const db = openDb({ path, migrate: false });
      migrate(drizzle({ client: db.$client }), { migrationsFolder: before });
      const w = world(db);
      expect(
        db.$client.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'search_index'").get(),
      ).toEqual({
        n: 0,
      });
      closeDb(db);

      const migrated = openDb({ path });
      const search = searchRepository(migrated);
      expect(ids(search.search("ค้ามนุษย์", { visibleTo: visibilityOf(OBSERVER) })).sort()).toEqual(
        [`agreement:${w.mou.id}`, `organization:${w.datip.id}`, `meeting:${w.january.id}`].sort(),
      );
      expect(ids(search.search("burmese unicode", { visibleTo: visibilityOf(OBSERVER) }))).toEqual([
        `action:${w.action.id}`,
      ]);
      expect(ids(search.search("referral pathway", { visibleTo: visibilityOf(OBSERVER) }))).toEqual([
        `meeting:${w.january.id}`,
      ]);
      closeDb(migrated);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

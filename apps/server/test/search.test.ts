import {
  actionRepository,
  agreementRepository,
  meetingRepository,
  organizationRepository,
  seriesRepository,
  type WriteContext,
} from "@moei/db";
import { actionInputSchema } from "@moei/domain/action";
import { agreementDraftInputSchema } from "@moei/domain/agreement";
import { scheduleMeetingInputSchema, seriesInputSchema } from "@moei/domain/meeting";
import { organizationInputSchema } from "@moei/domain/organization";
import { type Instant, validate } from "@moei/domain/shared";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "./accounts.ts";
import { signedIn } from "./signed-in.ts";
import { startServer, type TestServer } from "./support.ts";

const seedCtx: WriteContext = { actorId: null, at: "2026-01-01T00:00:00Z" as Instant };
const during: WriteContext = { actorId: null, at: "2026-01-08T04:00:00Z" as Instant };

function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $types: [SearchType!], $first: Int) {
    search(query: $query, types: $types, first: $first) {
      node {
        __typename
        ... on Organization { id acronym name { en th } }
        ... on Agreement { id title { en th my } }
        ... on Meeting { id start }
        ... on Action { id text }
      }
      snippet { text highlights { start length } }
    }
  }
`;

interface Hit {
  node: { __typename: string; id: string } & Record<string, unknown>;
  snippet: { text: string; highlights: { start: number; length: number }[] };
}

describe("search over HTTP", () => {
  let s: TestServer;
  let statements = 0;
  const seeded = {} as Record<"datip" | "mou" | "meeting" | "restricted" | "action", string>;

  beforeAll(async () => {
    s = await startServer({ onQuery: () => (statements += 1) });
    const orgs = organizationRepository(s.db);
    const org = (raw: unknown) => must(orgs.create(seedCtx, must(validate(organizationInputSchema, raw))));
    const datip = org({
      name: { en: "Division of Anti-Trafficking in Persons", th: "กองต่อต้านการค้ามนุษย์" },
      kind: "department",
      acronym: "DATIP",
    });
    const ngo = org({ name: { en: "Mae Sot Migrant Assistance" }, kind: "ngo" });
    for (let i = 1; i <= 6; i++) org({ name: { en: `Shelter Network ${i}` }, kind: "shelter" });
    const mou = must(
      agreementRepository(s.db).createDraft(
        seedCtx,
        must(
          validate(agreementDraftInputSchema, {
            kind: "mou",
            title: {
              en: "MOU on Cooperation to Combat Trafficking in Persons",
              th: "บันทึกความเข้าใจว่าด้วยความร่วมมือเพื่อต่อต้านการค้ามนุษย์",
              my: "လူကုန်ကူးမှု တိုက်ဖျက်ရေး ပူးပေါင်းဆောင်ရွက်မှုဆိုင်ရာ နားလည်မှုစာချွန်လွှာ",
            },
          }),
        ),
      ),
    );
    const series = (name: string, confidentiality: string) =>
      must(
        seriesRepository(s.db).create(
          seedCtx,
          must(
            validate(seriesInputSchema, {
              kind: confidentiality === "restricted" ? "case_management" : "ngo_coordination",
              name: { en: name },
              memberIds: [ngo.id],
              secretariatId: ngo.id,
              countries: ["TH"],
              numbering: "sequential",
              confidentiality,
              languages: ["en", "th"],
            }),
          ),
        ),
      );
    const meetings = meetingRepository(s.db);
    const meetingOf = (seriesId: string) =>
      must(
        meetings.schedule(
          seedCtx,
          must(
            validate(scheduleMeetingInputSchema, {
              seriesId,
              start: "2026-01-08T10:00",
              zone: "Asia/Bangkok",
              durationMinutes: 120,
              mode: "in_person",
            }),
          ),
        ),
      );
    const withMinutes = (meetingId: string, body: string) => {
      const item = must(
        meetings.addAgendaItem(during, { meetingId, kind: "regular", title: { en: "Situation" } }),
      );
      must(meetings.applyEvent(during, meetingId, 1, { type: "hold" }));
      must(
        meetings.saveMinutes(during, {
          meetingId,
          agendaItemId: item.id,
          language: "th",
          body,
          baseVersion: 0,
        }),
      );
    };
    const open = meetingOf(series("Mae Sot NGO/CBO coordination meeting", "partners").id);
    withMinutes(open.id, "ที่ประชุมรับทราบสถานการณ์การค้ามนุษย์ในอำเภอแม่สอด");
    const closed = meetingOf(series("Thailand–Myanmar case management meeting", "restricted").id);
    withMinutes(closed.id, "ติดตามการส่งกลับผู้เสียหายจากการค้ามนุษย์ผ่านด่านเมียวดี");
    const action = must(
      actionRepository(s.db).create(
        during,
        must(
          validate(actionInputSchema, {
            text: "Share the trafficking referral pathway with Mae Sot clinics",
            ownerIds: [ngo.id],
            dueOn: "2026-02-01",
            source: { meetingId: open.id },
          }),
        ),
      ),
    ).action;
    // A member of the series' organization: it reads the series, but not its restricted meeting, to
    // which nobody was invited. (A user of a new organization would add that organization to searches.)
    s = await signedIn(s, "member", { organizationId: ngo.id });
    Object.assign(seeded, {
      datip: datip.id,
      mou: mou.id,
      meeting: open.id,
      restricted: closed.id,
      action: action.id,
    });
  });
  afterAll(() => s.close());

  const search = async (variables: Record<string, unknown>) => {
    const result = await s.gql<{ search: Hit[] }>(SEARCH, variables);
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    return result.body.data?.search ?? [];
  };
  const gid = (type: string, id: string) => encodeGlobalID(type, id);
  const marked = (hit: Hit | undefined) =>
    (hit?.snippet.highlights ?? []).map((h) => hit?.snippet.text.slice(h.start, h.start + h.length));

  it("returns organizations, agreements, meetings and actions as typed nodes with snippets", async () => {
    const hits = await search({ query: "ค้ามนุษย์" });
    const byType = Object.fromEntries(hits.map((h) => [h.node.__typename, h]));
    expect(Object.keys(byType).sort()).toEqual(["Agreement", "Meeting", "Organization"]);
    expect(byType.Organization?.node).toEqual({
      __typename: "Organization",
      id: gid("Organization", seeded.datip),
      acronym: "DATIP",
      name: { en: "Division of Anti-Trafficking in Persons", th: "กองต่อต้านการค้ามนุษย์" },
    });
    expect(byType.Agreement?.node.id).toBe(gid("Agreement", seeded.mou));
    // The meeting is found by its Thai minutes; the restricted one is not searched at all.
    expect(byType.Meeting?.node).toMatchObject({
      id: gid("Meeting", seeded.meeting),
      start: "2026-01-08T03:00:00Z",
    });
    for (const hit of hits) expect(marked(hit)).toEqual(["ค้ามนุษย์"]);

    const english = await search({ query: "trafficking" });
    expect(english.map((h) => h.node.__typename).sort()).toEqual(["Action", "Agreement", "Organization"]);
    expect(english.find((h) => h.node.__typename === "Action")?.node).toEqual({
      __typename: "Action",
      id: gid("Action", seeded.action),
      text: "Share the trafficking referral pathway with Mae Sot clinics",
    });
  });

  it("finds Burmese inside Burmese text and leaves restricted meetings out", async () => {
    const burmese = await search({ query: "လူကုန်ကူး" });
    expect(burmese.map((h) => h.node.id)).toEqual([gid("Agreement", seeded.mou)]);
    expect(marked(burmese[0])).toEqual(["လူကုန်ကူး"]);
    expect(await search({ query: "เมียวดี" })).toEqual([]);
    expect(await search({ query: "case management" })).toEqual([]);
    // An admin reads every meeting; nobody signed in reads only public ones.
    const as = async (headers: Record<string, string>, query: string) =>
      (await s.gql<{ search: Hit[] }>(SEARCH, { query }, headers)).body.data?.search.map((h) => h.node.id);
    expect(await as(await signInAs(s, "admin", { organizationId: seeded.datip }), "เมียวดี")).toEqual([
      gid("Meeting", seeded.restricted),
    ]);
    expect(await as({ cookie: "" }, "ค้ามนุษย์")).not.toContain(gid("Meeting", seeded.meeting));
  });

  it("filters by type and limits the results of each type", async () => {
    const orgsOnly = await search({ query: "trafficking", types: ["organization"] });
    expect(orgsOnly.map((h) => h.node.__typename)).toEqual(["Organization"]);
    const one = await search({ query: "mae sot", first: 1 });
    const types = one.map((h) => h.node.__typename);
    expect(types.length).toBe(new Set(types).size);
    expect(types.sort()).toEqual(["Action", "Meeting", "Organization"]);
  });

  it("takes any text as a query: FTS5 syntax is literal, blank and short queries are fine", async () => {
    for (const query of ['"', "trafficking OR x", "traff*", "title:mou", "NEAR(a b)", "(", "'", "*"])
      expect(await search({ query }), query).toEqual([]);
    expect(await search({ query: "   " })).toEqual([]);
    expect((await search({ query: "-" })).map((h) => marked(h))).toEqual([["-"]]);
    const short = await search({ query: "mo" });
    expect(short.map((h) => h.node.__typename)).toEqual(["Agreement"]);
    expect(marked(short[0])).toEqual(["MO"]);
  });

  it("costs a fixed number of SQL statements whatever the number of hits", async () => {
    statements = 0;
    expect(await search({ query: "shelter network", first: 1 })).toHaveLength(1);
    const few = statements;
    statements = 0;
    expect(await search({ query: "shelter network", first: 50 })).toHaveLength(6);
    expect(statements).toBe(few);
    // Two for the search, one or a few per type of node loaded.
    expect(few).toBeLessThanOrEqual(10);
  });
});

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type ActionInput, actionInputSchema } from "@moei/domain/action";
import { type ScheduleMeetingInput, scheduleMeetingInputSchema } from "@moei/domain/meeting";
import { type Instant, validate } from "@moei/domain/shared";
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositories } from "../src/context.ts";
import { type SignedIn, signInByUsername, startDemoServer, type TestServer } from "./testing.ts";

/*
 * Minutes as DOCX, downloaded from the real server over the demo data: the Word XML is unzipped and read,
 * and LibreOffice converts the documents to text, as a reader's office suite would open them.
 */

type Json = Record<string, unknown>;
type Localized = { en: string; th: string | null; my: string | null };
type Org = { id: string; acronym: string | null; name: Localized };
interface MeetingFacts {
  id: string;
  version: number;
  start: string;
  status: string;
  number: { ordinal: number; year: number | null } | null;
  series: { name: Localized };
  attendance: { status: string; delegates: string[]; organization: Org }[];
  agenda: { id: string; position: number; title: Localized; minutes: { language: string; body: string }[] }[];
  decisions: { position: number; text: Localized; agendaItem: { id: string } | null }[];
  actions: { text: string; dueOn: string; status: string; owners: Org[] }[];
}

const MEETING_FACTS = `
  query Facts($id: ID!) {
    node(id: $id) {
      ... on Meeting {
        id start status version
        number { ordinal year }
        series { name { en th my } }
        attendance { status delegates organization { id acronym name { en th my } } }
        agenda { id position title { en th my } minutes { language body } }
        decisions { position text { en th my } agendaItem { id } }
        actions { text dueOn status owners { id acronym name { en th my } } }
      }
    }
  }`;

const ACTION_STATUS: Readonly<Record<string, Record<"en" | "th" | "my", string>>> = {
  open: { en: "Open", th: "รอดำเนินการ", my: "မစတင်ရသေး" },
  in_progress: { en: "In progress", th: "กำลังดำเนินการ", my: "ဆောင်ရွက်ဆဲ" },
  blocked: { en: "Blocked", th: "ติดขัด", my: "အတားအဆီးရှိ" },
  done: { en: "Done", th: "เสร็จแล้ว", my: "ပြီးစီး" },
  cancelled: { en: "Cancelled", th: "ยกเลิกแล้ว", my: "ဖျက်သိမ်းပြီး" },
};

const myanmarDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x1040 + Number(d)));
/** A due date as each language's calendar writes it, worked out here independently of the domain. */
function dueText(date: string, lang: "en" | "th" | "my"): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  if (lang === "th") return `${d}/${m}/${y + 543}`;
  if (lang === "my") return myanmarDigits(`${d}/${m}/${y}`);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${d} ${months[m - 1]} ${y}`;
}

const decode = (s: string) =>
  s
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");

/** The text of each `<w:p>` in the part, in order. */
const paragraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((t) => (t[0] === "<w:tab/>" ? "\t" : decode(t[1] ?? "")))
      .join(""),
  );

/** The tables of the part, in order. */
const tablesOf = (xml: string): string[] => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => t[0]);

/** Each table row as the text of its cells. */
const tableRows = (xml: string): string[][] =>
  [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join("\n")),
  );

/** Every run: its properties and its text. */
const runsOf = (xml: string) =>
  [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({
    props: /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(r[1] ?? "")?.[0] ?? "",
    text: [...(r[1] ?? "").matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => decode(t[1] ?? ""))
      .join(""),
  }));

interface Docx {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
  readonly document: string;
  readonly styles: string;
  readonly text: string[];
}

const LANGS = ["th", "en", "my"] as const;
type Lang = (typeof LANGS)[number];

describe("minutes as DOCX", () => {
  let server: TestServer;
  let coordinator: SignedIn;
  let member: SignedIn;
  let dsw: SignedIn;
  let maeSot: MeetingFacts;
  let bcatip: MeetingFacts;
  let cmm: MeetingFacts;
  const docs = {} as Record<Lang, Docx>;
  const englishOnly = {
    title: "Interpreter roster for the coming quarter",
    minutes:
      "The secretariat presented the interpreter roster for the coming quarter, with aggregate hours only.",
    decision: "The interpreter roster is adopted for the coming quarter.",
  };
  const hiddenAction = "Prepare the restricted return batch checklist";

  const url = (id: string, query = "") =>
    `${server.url}/export/meetings/${encodeURIComponent(id)}/minutes.docx${query}`;

  async function download(id: string, query: string, who?: SignedIn): Promise<Docx> {
    const response = await fetch(url(id, query), { headers: who?.headers ?? {} });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (response.status !== 200) {
      return {
        status: response.status,
        headers: response.headers,
        bytes,
        document: "",
        styles: "",
        text: [],
      };
    }
    const files = unzipSync(bytes);
    const part = (name: string) => {
      const file = files[name];
      if (file === undefined) throw new Error(`${name} missing from the DOCX`);
      return strFromU8(file);
    };
    const document = part("word/document.xml");
    return {
      status: response.status,
      headers: response.headers,
      bytes,
      document,
      styles: part("word/styles.xml"),
      text: paragraphs(document),
    };
  }

  async function facts(id: string): Promise<MeetingFacts> {
    const r = await server.gql<{ node: MeetingFacts }>(MEETING_FACTS, { id }, coordinator.headers);
    expect(r.body.errors).toBeUndefined();
    return r.body.data?.node as MeetingFacts;
  }

  /** The latest meeting with minutes of the series whose English name starts so, as the coordinator sees it. */
  async function latestWithMinutes(prefix: string): Promise<string> {
    const r = await server.gql<{ series: { id: string; name: { en: string } }[] }>(
      "{ series { id name { en } } }",
      {},
      coordinator.headers,
    );
    const series = r.body.data?.series.find((s) => s.name.en.startsWith(prefix));
    if (series === undefined) throw new Error(`No series ${prefix}`);
    const m = await server.gql<{ meetings: { edges: { node: { id: string } }[] } }>(
      `query M($series: ID!) {
        meetings(seriesId: $series, status: [minutes_circulated, minutes_approved], first: 100) { edges { node { id } } }
      }`,
      { series: series.id },
      coordinator.headers,
    );
    const id = m.body.data?.meetings.edges.at(-1)?.node.id;
    if (id === undefined) throw new Error(`No meeting with minutes in ${prefix}`);
    return id;
  }

  async function mutate(query: string, variables: Json): Promise<Json> {
    const r = await server.gql<Json>(query, variables, coordinator.headers);
    expect(r.body.errors).toBeUndefined();
    const payload = Object.values(r.body.data ?? {})[0] as Json;
    expect(payload.__typename, JSON.stringify(payload)).not.toMatch(/Error$/);
    return payload;
  }

  const auditRows = () =>
    server.db.$client
      .prepare(
        "SELECT actor_id, entity_type, entity_id, after FROM audit_log WHERE operation = 'export.docx.minutes' ORDER BY id",
      )
      .all() as { actor_id: string; entity_type: string; entity_id: string; after: string }[];

  beforeAll(async () => {
    server = await startDemoServer();
    coordinator = signInByUsername(server, "demo-coordinator");
    member = signInByUsername(server, "demo-member");
    dsw = signInByUsername(server, "demo-dsw");

    // The Mae Sot meeting gets an agenda item and a decision in English only, through the API, so the
    // Thai and Burmese documents must fall back to English and say so.
    const maeSotId = await latestWithMinutes("Mae Sot NGO/CBO");
    const before = await facts(maeSotId);
    await mutate(
      `mutation R($id: ID!, $version: Int!) {
        changeMeetingStatus(id: $id, event: reopen_minutes, version: $version) {
          __typename ... on Error { code message } ... on TransitionError { from event }
        }
      }`,
      { id: maeSotId, version: before.version },
    );
    const item = await mutate(
      `mutation A($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { __typename ... on AgendaItem { id } } }`,
      { input: { meetingId: maeSotId, title: { en: englishOnly.title } } },
    );
    await mutate(
      `mutation S($meeting: ID!, $item: ID!, $body: String!) {
        saveMinutes(meetingId: $meeting, agendaItemId: $item, language: en, baseVersion: 0, body: $body) { __typename }
      }`,
      { meeting: maeSotId, item: item.id, body: englishOnly.minutes },
    );
    await mutate(
      `mutation D($meeting: ID!, $item: ID!, $text: LocalizedTextInput!) {
        addDecision(meetingId: $meeting, agendaItemId: $item, text: $text) { __typename }
      }`,
      { meeting: maeSotId, item: item.id, text: { en: englishOnly.decision } },
    );
    maeSot = await facts(maeSotId);
    expect(maeSot.agenda.length).toBe(before.agenda.length + 1);

    bcatip = await facts(await latestWithMinutes("Tak–Myawaddy"));
    cmm = await facts(await latestWithMinutes("Thailand–Myanmar Case Management"));

    // An earlier case management meeting to which only IOM (demo-coordinator's organization) was invited,
    // with an open action: it comes back under matters arising for IOM, and must not for DSW.
    const repos = repositories(server.db);
    const at = { actorId: null, at: server.now() as Instant };
    const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    };
    const cmmMeeting = repos.meetings.get(decodeGlobalID(cmm.id).id);
    const orgs = await server.gql<{ organizations: { edges: { node: { id: string; acronym: string } }[] } }>(
      '{ organizations(query: "IOM") { edges { node { id acronym } } } }',
      {},
      coordinator.headers,
    );
    const iom = orgs.body.data?.organizations.edges.find((e) => e.node.acronym === "IOM")?.node;
    if (cmmMeeting === undefined || iom === undefined)
      throw new Error("Demo data without the case management meeting or IOM");
    const iomId = decodeGlobalID(iom.id).id;
    const hidden = must(
      repos.meetings.schedule(
        at,
        must(
          validate(scheduleMeetingInputSchema, {
            seriesId: cmmMeeting.seriesId,
            start: "2026-07-01T10:00",
            zone: "Asia/Bangkok",
            durationMinutes: 120,
            mode: "online",
          }),
        ) as ScheduleMeetingInput,
      ),
    );
    must(repos.meetings.invite(at, hidden.id, [iomId]));
    must(
      repos.actions.create(
        at,
        must(
          validate(actionInputSchema, {
            text: hiddenAction,
            ownerIds: [iomId],
            dueOn: "2026-12-31",
            source: { meetingId: hidden.id },
          }),
        ) as ActionInput,
      ),
    );

    for (const lang of LANGS) docs[lang] = await download(maeSot.id, `?lang=${lang}`, coordinator);
  }, 120_000);

  afterAll(() => server?.close());

  it("answers a Word document with a file name that carries no personal data", () => {
    for (const lang of LANGS) {
      const doc = docs[lang];
      expect(doc.status).toBe(200);
      expect(doc.headers.get("content-type")).toBe(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      );
      expect(doc.headers.get("cache-control")).toBe("private, no-store");
      expect(doc.headers.get("content-disposition")).toBe(
        `attachment; filename="minutes-mae-sot-ngo-cbo-monthly-coordination-meeting-23rd-${lang}.docx"; filename*=UTF-8''minutes-mae-sot-ngo-cbo-monthly-coordination-meeting-23rd-${lang}.docx`,
      );
    }
  });

  it("opens with the series, the number and the date in each language's calendar", () => {
    // The latest Mae Sot meeting with minutes on the demo clock (21 Nov 2026): the 23rd, on Thursday
    // 12 November, 09:30 Bangkok.
    expect(maeSot.start).toBe("2026-11-12T02:30:00Z");
    expect(maeSot.number).toEqual({ ordinal: 23, year: null });
    const th = docs.th.text;
    expect(th[0]).toBe("รายงานการประชุม");
    expect(th).toContain(maeSot.series.name.th);
    expect(th).toContain("ครั้งที่ 23");
    expect(th).toContain("เมื่อวันพฤหัสบดีที่ 12 พฤศจิกายน พ.ศ. 2569");
    expect(th).toContain("เวลา 09:30–12:30 น.");
    expect(th).toContain("ณ Padauk Room, Riverside Partners' Hall, Mae Sot");
    expect(th).toContain("เริ่มประชุมเวลา 09:30 น.");
    expect(th).toContain("เลิกประชุมเวลา 12:30 น.");

    const en = docs.en.text;
    expect(en[0]).toBe("Minutes");
    expect(en).toContain(maeSot.series.name.en);
    expect(en).toContain("23rd meeting");
    expect(en).toContain("Thursday, 12 November 2026");
    expect(en).toContain("Time: 09:30–12:30");

    const my = docs.my.text;
    expect(my[0]).toBe("အစည်းအဝေးမှတ်တမ်း");
    expect(my).toContain(maeSot.series.name.my);
    expect(my).toContain("(၂၃) ကြိမ်မြောက် အစည်းအဝေး");
    expect(my).toContain("၂၀၂၆ နိုဝင်ဘာ ၁၂ (ကြာသပတေးနေ့)");
  });

  it("numbers a Thai-year series n/B.E.-year and gives a cross-border meeting's time on both sides", async () => {
    const th = await download(bcatip.id, "?lang=th", coordinator);
    const en = await download(bcatip.id, "?lang=en", coordinator);
    expect(bcatip.number).toEqual({ ordinal: 2, year: 2569 });
    expect(th.text).toContain("ครั้งที่ 2/2569");
    expect(en.text).toContain("Meeting 2/2569");
    // Monday 21 September 2026, the third Monday.
    expect(th.text).toContain("เมื่อวันจันทร์ที่ 21 กันยายน พ.ศ. 2569");
    expect(en.text).toContain("Monday, 21 September 2026");
    // Held in Myawaddy at 09:00 Myanmar time: its own zone first, then Thailand's.
    expect(th.text).toContain("ณ Meeting hall, Myawaddy");
    expect(th.text).toContain("เวลา 09:00 เมียนมา (UTC+6:30) · 09:30 ไทย (UTC+7)");
    expect(en.text).toContain("Time: 09:00 Myanmar (UTC+6:30) · 09:30 Thailand (UTC+7)");
    expect(th.text).toContain("เริ่มประชุมเวลา 09:00 เมียนมา (UTC+6:30) · 09:30 ไทย (UTC+7)");
  });

  it("lists attendance by organization with the delegates, and the quorum", () => {
    const present = maeSot.attendance.filter((a) => a.status === "present");
    const absent = maeSot.attendance.filter((a) => a.status === "excused" || a.status === "absent");
    expect(present.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      for (const row of maeSot.attendance) {
        const { name, acronym } = row.organization;
        const own = (lang === "en" ? name.en : name[lang]) ?? name.en;
        const line = `${own}${acronym === null ? "" : ` (${acronym})`}${row.delegates.length === 0 ? "" : ` — ${row.delegates.join(", ")}`}`;
        expect(
          docs[lang].text.some((p) => /^[0-9၀-၉]+\.\t/.test(p) && p.endsWith(`.\t${line}`)),
          `${lang}: ${line}`,
        ).toBe(true);
      }
    }
    expect(docs.th.text).toContain("ผู้มาประชุม");
    expect(docs.en.text).toContain("Present");
    if (absent.length > 0) expect(docs.en.text.some((p) => p === "Apologies" || p === "Absent")).toBe(true);
    expect(docs.en.text.find((p) => p.startsWith("Quorum: "))).toMatch(
      /^Quorum: \d+ of \d+ member organizations needed; \d+ attended\. The quorum was (met|not met)\.$/,
    );
    expect(docs.th.text.some((p) => p.startsWith("องค์ประชุม: "))).toBe(true);
  });

  it("gives each agenda item its minutes in the document's language, then its decisions", () => {
    const heading = { th: "ระเบียบวาระที่", en: "Agenda item", my: "အစီအစဉ်" } as const;
    const decision = { th: "มติที่", en: "Decision", my: "ဆုံးဖြတ်ချက်" } as const;
    for (const lang of LANGS) {
      const text = docs[lang].text;
      let previous = -1;
      for (const item of maeSot.agenda) {
        const title = (lang === "en" ? item.title.en : item.title[lang]) ?? item.title.en;
        const position = lang === "my" ? `(${myanmarDigits(String(item.position))})` : String(item.position);
        const label =
          lang === "en" ? `${heading.en} ${position}: ${title}` : `${heading[lang]} ${position} ${title}`;
        const at = text.indexOf(label);
        expect(at, `${lang}: ${label}`).toBeGreaterThan(previous);
        previous = at;
        const own = item.minutes.find((m) => m.language === lang);
        const body = own ?? item.minutes.find((m) => m.language === "en");
        expect(body, `${lang}: minutes of ${item.position}`).toBeDefined();
        expect(text.indexOf(body?.body ?? "", at)).toBeGreaterThan(at);
        for (const d of maeSot.decisions.filter((x) => x.agendaItem?.id === item.id)) {
          const own = lang === "en" ? d.text.en : d.text[lang];
          const number = lang === "my" ? `(${myanmarDigits(String(d.position))})` : String(d.position);
          const mark = own ? "" : lang === "th" ? " (ภาษาอังกฤษ)" : " (အင်္ဂလိပ်ဘာသာ)";
          expect(text, `${lang}: decision ${d.position}`).toContain(
            `${decision[lang]} ${number}${mark}: ${own ?? d.text.en}`,
          );
        }
      }
    }
    expect(maeSot.decisions.length).toBeGreaterThan(1);
  });

  it("falls back to the English minutes, marked, where the language has none", () => {
    const th = docs.th.text;
    const at = th.indexOf(`ระเบียบวาระที่ ${maeSot.agenda.length} ${englishOnly.title}`);
    expect(at).toBeGreaterThan(0);
    expect(th[at + 1]).toBe("(ภาษาอังกฤษ) ยังไม่มีรายงานการประชุมวาระนี้เป็นภาษาไทย จึงแสดงฉบับภาษาอังกฤษ");
    expect(th[at + 2]).toBe(englishOnly.minutes);
    const my = docs.my.text;
    const myAt = my.findIndex((p) => p.endsWith(englishOnly.title));
    expect(my[myAt + 1]).toMatch(/^\(အင်္ဂလိပ်ဘာသာ\) /);
    expect(my[myAt + 2]).toBe(englishOnly.minutes);
    expect(docs.en.text.some((p) => p.includes("(English)"))).toBe(false);
    // The English minutes are tagged as English inside the Thai document.
    const run = runsOf(docs.th.document).find((r) =>
      r.text.startsWith("The secretariat presented the interpreter"),
    );
    expect(run?.props).toContain('<w:lang w:val="en-US"/>');
  });

  it("ends with the action table: action, owners, due date in the language's calendar and status", () => {
    expect(maeSot.actions.length).toBe(2);
    for (const lang of LANGS) {
      // The last table: the matters arising table before it may hold actions of the same wording.
      const rows = tableRows(tablesOf(docs[lang].document).at(-1) ?? "");
      expect(rows.length).toBe(maeSot.actions.length + 1);
      maeSot.actions.forEach((a, i) => {
        const row = rows.find((r) => r[1] === a.text);
        expect(row, `${lang}: ${a.text}`).toBeDefined();
        expect(row?.[0]).toBe(lang === "my" ? myanmarDigits(String(i + 1)) : String(i + 1));
        expect(row?.[2]).toBe(a.owners.map((o) => o.acronym ?? o.name.en).join("\n"));
        expect(row?.[3]).toBe(dueText(a.dueOn, lang));
        expect(row?.[4]).toMatch(new RegExp(`^${ACTION_STATUS[a.status]?.[lang]}`));
      });
    }
    const header = tableRows(docs.th.document).find((r) => r[1] === "งาน");
    expect(header).toEqual(["ลำดับ", "งาน", "ผู้รับผิดชอบ", "กำหนดเสร็จ", "สถานะ"]);
    expect(docs.th.text).toContain("ฝ่ายเลขานุการ: องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน (IOM)");
    expect(docs.th.text.some((p) => p.endsWith("ผู้จดรายงานการประชุม"))).toBe(true);
  });

  it("declares TH Sarabun New for Thai and Pyidaungsu for Burmese, with the language of every run", () => {
    for (const lang of LANGS) {
      const { styles, document } = docs[lang];
      expect(styles).toMatch(
        /<w:style w:type="character" w:styleId="ThaiText">[\s\S]*?<w:rFonts [^>]*w:cs="TH Sarabun New"[\s\S]*?<w:lang w:val="th-TH" w:bidi="th-TH"\/>/,
      );
      expect(styles).toMatch(
        /<w:style w:type="character" w:styleId="MyanmarText">[\s\S]*?<w:rFonts [^>]*w:cs="Pyidaungsu"[\s\S]*?<w:lang w:val="my-MM" w:bidi="my-MM"\/>/,
      );
      const runs = runsOf(document).filter((r) => r.text.trim() !== "");
      const thai = runs.filter((r) => /[\u0e00-\u0e7f]/.test(r.text));
      const burmese = runs.filter((r) => /[\u1000-\u109f]/.test(r.text));
      if (lang === "th") expect(thai.length).toBeGreaterThan(20);
      if (lang === "my") expect(burmese.length).toBeGreaterThan(20);
      for (const r of thai) {
        expect(r.props).toContain('w:cs="TH Sarabun New"');
        expect(r.props).toContain('<w:lang w:val="th-TH" w:bidi="th-TH"/>');
        expect(r.props).toMatch(/<w:szCs w:val="\d+"\/>/);
      }
      for (const r of burmese) {
        expect(r.props).toContain('w:cs="Pyidaungsu"');
        expect(r.props).toContain('<w:lang w:val="my-MM" w:bidi="my-MM"/>');
      }
      for (const r of runs.filter((x) => !/[\u0e00-\u0e7f\u1000-\u109f]/.test(x.text))) {
        expect(r.props).toContain("<w:lang w:val=");
      }
    }
    expect(docs.th.styles).toMatch(
      /<w:docDefaults>[\s\S]*w:cs="TH Sarabun New"[\s\S]*<w:sz w:val="32"\/>[\s\S]*w:bidi="th-TH"/,
    );
    expect(docs.my.styles).toMatch(/<w:docDefaults>[\s\S]*w:cs="Pyidaungsu"[\s\S]*w:bidi="my-MM"/);
    // Body text is 16 pt (32 half-points) in Sarabun, 12 pt in Pyidaungsu.
    const bodyRun = (lang: Lang) => {
      const body = maeSot.agenda[0]?.minutes.find((m) => m.language === lang)?.body ?? "?";
      return runsOf(docs[lang].document).find((r) => r.text !== "" && body.startsWith(r.text))?.props;
    };
    expect(bodyRun("th")).toContain('<w:sz w:val="32"/><w:szCs w:val="32"/>');
    expect(bodyRun("my")).toContain('<w:sz w:val="24"/><w:szCs w:val="24"/>');
  });

  it("opens in LibreOffice with the Thai and Burmese text intact", async () => {
    const dir = mkdtempSync(join(tmpdir(), "moei-docx-"));
    try {
      for (const lang of LANGS) writeFileSync(join(dir, `minutes-${lang}.docx`), docs[lang].bytes);
      const args = [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "txt:Text (encoded):UTF8",
        "--outdir",
        join(dir, "out"),
        ...LANGS.map((lang) => join(dir, `minutes-${lang}.docx`)),
      ];
      await promisify(execFile)("soffice", args, { timeout: 60_000 }).catch((e: NodeJS.ErrnoException) => {
        throw new Error(
          e.code === "ENOENT"
            ? "LibreOffice (soffice) is not installed: install it (Debian: libreoffice-writer-nogui) to run this test"
            : `LibreOffice failed to convert the minutes: ${e.message}`,
        );
      });
      const text = (lang: Lang) => readFileSync(join(dir, "out", `minutes-${lang}.txt`), "utf8");
      const firstMinutes = (lang: Lang) =>
        maeSot.agenda[0]?.minutes.find((m) => m.language === lang)?.body ?? "?";
      expect(text("th")).toContain(maeSot.series.name.th ?? "?");
      expect(text("th")).toContain("เมื่อวันพฤหัสบดีที่ 12 พฤศจิกายน พ.ศ. 2569");
      expect(text("th")).toContain(firstMinutes("th"));
      expect(text("my")).toContain(maeSot.series.name.my ?? "?");
      expect(text("my")).toContain("၂၀၂၆ နိုဝင်ဘာ ၁၂ (ကြာသပတေးနေ့)");
      expect(text("my")).toContain(firstMinutes("my"));
      expect(text("en")).toContain("Thursday, 12 November 2026");
      expect(text("en")).toContain(maeSot.actions[0]?.text ?? "?");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it("lists the invited organizations of a meeting not yet held, without minutes or actions", async () => {
    const r = await server.gql<{ node: { series: { id: string } } }>(
      "query S($id: ID!) { node(id: $id) { ... on Meeting { series { id } } } }",
      { id: maeSot.id },
      coordinator.headers,
    );
    const next = await server.gql<{
      meetings: { edges: { node: { id: string; invitations: unknown[] } }[] };
    }>(
      `query N($series: ID!) {
        meetings(seriesId: $series, status: [scheduled], first: 1) { edges { node { id invitations { rsvp } } } }
      }`,
      { series: r.body.data?.node.series.id },
      coordinator.headers,
    );
    const scheduled = next.body.data?.meetings.edges[0]?.node;
    if (scheduled === undefined) throw new Error("No scheduled Mae Sot meeting in the demo data");
    const doc = await download(scheduled.id, "?lang=en", coordinator);
    expect(doc.status).toBe(200);
    expect(doc.text).toContain("Attendance has not been recorded.");
    const invited = doc.text.indexOf("Organizations invited");
    expect(invited).toBeGreaterThan(0);
    expect(doc.text.slice(invited + 1).filter((p) => /^\d+\.\t/.test(p)).length).toBe(
      scheduled.invitations.length,
    );
    expect(doc.text).toContain("No actions were agreed.");
    expect(doc.text).toContain("No minutes were recorded for this item.");
  });

  it("leaves out what the reader may not see: matters arising of meetings they were not invited to", async () => {
    const forIom = await download(cmm.id, "?lang=en", coordinator);
    const forDsw = await download(cmm.id, "?lang=en", dsw);
    expect(forIom.status).toBe(200);
    expect(forDsw.status).toBe(200);
    // Both read the meeting itself…
    for (const doc of [forIom, forDsw]) {
      expect(doc.text).toContain(cmm.series.name.en);
      expect(doc.text.some((p) => p.endsWith(cmm.agenda[0]?.title.en ?? "?"))).toBe(true);
    }
    // …but only IOM was invited to the earlier meeting whose action comes back.
    expect(tableRows(forIom.document).some((r) => r[1] === hiddenAction)).toBe(true);
    expect(forIom.document).toContain(hiddenAction);
    expect(forDsw.document).not.toContain(hiddenAction);
  });

  it("refuses anonymous readers, unknown and restricted meetings alike, and a bad language", async () => {
    const anonymous = await fetch(url(maeSot.id, "?lang=th"));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toBe("Please sign in to continue. Your session may have expired.");

    const restricted = await fetch(url(cmm.id, "?lang=en"), { headers: member.headers });
    const unknown = await fetch(url(encodeGlobalID("Meeting", "mtg_unknown"), "?lang=en"), {
      headers: member.headers,
    });
    const garbage = await fetch(url("not-an-id", "?lang=en"), { headers: member.headers });
    expect(restricted.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(garbage.status).toBe(404);
    const body = await restricted.text();
    expect(body).toBe(await unknown.text());
    expect(body).toBe(await garbage.text());
    expect(body).toMatch(/^The requested meeting could not be found/);
    expect(restricted.headers.get("content-type")).toBe(unknown.headers.get("content-type"));

    const bad = await fetch(url(maeSot.id, "?lang=fr&ui=th"), { headers: coordinator.headers });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe("ลิงก์ดาวน์โหลดนี้ไม่ถูกต้อง (lang) โปรดเริ่มดาวน์โหลดใหม่จากระบบ Moei");
  });

  it("writes one audit entry per document, with the language and nothing else", async () => {
    const before = auditRows().length;
    const th = await download(maeSot.id, "?ui=th", coordinator);
    expect(th.text[0]).toBe("รายงานการประชุม");
    await fetch(url(maeSot.id, "?lang=xx"), { headers: coordinator.headers });
    await fetch(url(maeSot.id, "?lang=th"));
    const rows = auditRows();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toEqual({
      actor_id: coordinator.user.id,
      entity_type: "meeting",
      entity_id: decodeGlobalID(maeSot.id).id,
      after: JSON.stringify({ lang: "th" }),
    });
  });
});

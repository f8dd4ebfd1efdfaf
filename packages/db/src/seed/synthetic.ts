import type { ActionStatus } from "@moei/domain/action";
import type { AgreementKind, AgreementStatus, Renewal } from "@moei/domain/agreement";
import type {
  AgendaItemKind,
  AttendanceStatus,
  MeetingMode,
  MeetingStatus,
  NumberingScheme,
  Rsvp,
  SeriesKind,
} from "@moei/domain/meeting";
import type { Country, OrganizationKind } from "@moei/domain/organization";
import type { Confidentiality, Language, PlainDate } from "@moei/domain/shared";
import type Database from "better-sqlite3";
import type { Db } from "../client.ts";

/**
 * A deterministic synthetic data set for benchmarks and load tests: ten years of meetings of many
 * series, with everything that hangs off them, written straight into an empty migrated database.
 *
 * It bypasses the repositories on purpose (a bulk load of half a million actions through drizzle, the
 * domain guards and one audit row each would take hours) and writes rows with prepared statements on the
 * raw better-sqlite3 connection. It therefore has to respect by itself what the repositories guarantee:
 * column names as in the migration, canonical instants, `action_owners` repeating the action's status and
 * due date, positions as the repositories number them (agenda, decisions, parties, areas from 1; series
 * members and action links from 0), lifecycles that the domain could have produced.
 *
 * Everything random comes from seeded sfc32 generators: the same seed, size and `today` give the same
 * rows, byte for byte. Each meeting draws from its own generator (derived from the seed and the meeting's
 * index), so a change in how one meeting is filled does not shift every later one, and the actions of
 * recent meetings can be planned ahead (see `planOverdue`) without generating them twice.
 */

// ---------------------------------------------------------------------------------------------
// Sizes

export interface SyntheticSize {
  /** Years of meetings up to `today`. */
  readonly years: number;
  /** Days of scheduled and draft meetings after `today`. */
  readonly futureDays: number;
  readonly series: number;
  readonly organizations: number;
  readonly agreements: number;
  /** Exact number of actions; spread over the held meetings by series weight. */
  readonly actions: number;
}

/**
 * S is "one busy country programme": 20 series whose cadences are those of real mechanisms (weekly MDT
 * case conferences to twice-yearly BCATIP and CMM meetings), about 2,300 meetings in ten years.
 * M multiplies the series, not the meetings of each: 200 series (the 20 cadences ten times over) model a
 * national roll-out with ten times as many mechanisms, whereas ten times the meetings per series would
 * mean a monthly group meeting ten times a month, which no real series does. Organizations grow less than
 * tenfold, so each organization owns more actions, which is what the per-organization index must stand.
 */
export const SIZES = {
  XS: { years: 2, futureDays: 60, series: 4, organizations: 40, agreements: 8, actions: 1_000 },
  S: { years: 10, futureDays: 90, series: 20, organizations: 300, agreements: 40, actions: 50_000 },
  M: { years: 10, futureDays: 90, series: 200, organizations: 600, agreements: 120, actions: 500_000 },
} as const satisfies Record<string, SyntheticSize>;

export type SyntheticSizeName = keyof typeof SIZES;

export interface SyntheticOptions {
  readonly seed: number;
  /** The day the data set is "as of": meetings before it are past, actions due before it may be overdue. */
  readonly today: PlainDate;
  /** Called with meetings written so far and the total, after each committed batch. */
  readonly onProgress?: (done: number, total: number) => void;
}

export const SYNTHETIC_TABLES = [
  "organizations",
  "contacts",
  "agreements",
  "agreement_parties",
  "cooperation_areas",
  "sop_versions",
  "sop_steps",
  "meeting_series",
  "series_members",
  "series_chairs",
  "meetings",
  "invitations",
  "attendance",
  "agenda_items",
  "minutes",
  "decisions",
  "actions",
  "action_owners",
  "action_links",
  "progress_updates",
  "audit_log",
] as const;
export type SyntheticTable = (typeof SYNTHETIC_TABLES)[number];

export interface SyntheticSummary {
  /** The size's name when it was given by name or equals a named one. */
  readonly sizeName: SyntheticSizeName | null;
  readonly size: SyntheticSize;
  readonly seed: number;
  readonly today: PlainDate;
  readonly counts: Readonly<Record<SyntheticTable, number>>;
  /** Actions not done or cancelled. */
  readonly openActions: number;
  /** Open actions due before `today`. */
  readonly overdueActions: number;
  readonly firstMeetingOn: PlainDate;
  readonly lastMeetingOn: PlainDate;
  /** Wall-clock time of the generation; not stored, so the data stay deterministic. */
  readonly milliseconds: number;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** A source of random numbers; `next` is uniform in [0, 1). */
export interface Rng {
  readonly u32: () => number;
  readonly next: () => number;
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state, fast in JavaScript. */
export function sfc32(seedA: number, seedB: number, seedC: number, seedD: number): Rng {
  let a = seedA | 0;
  let b = seedB | 0;
  let c = seedC | 0;
  let d = seedD | 0;
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  return { u32, next: () => u32() / 4294967296 };
}

/** murmur3's finalizer: spreads every input bit over the output, so neighbouring keys give unrelated seeds. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A generator for one purpose: the seed plus a path of integer keys (stream, meeting index…). */
function rngFor(seed: number, ...keys: number[]): Rng {
  // Both halves of the seed count, so seeds above 2^32 are distinct too.
  let h = mix32(seed >>> 0) ^ mix32(Math.floor(seed / 4294967296) + 0x9e3779b9);
  for (const k of keys) h = mix32(h ^ mix32(k + 0x7f4a7c15));
  const rng = sfc32(mix32(h ^ 1), mix32(h ^ 2), mix32(h ^ 3), mix32(h ^ 4));
  // sfc32's first outputs are still close to the seed words; discard them.
  for (let i = 0; i < 12; i += 1) rng.u32();
  return rng;
}

/** The stream keys: one generator each, so the parts do not disturb each other. */
const STREAM = { main: 1, series: 2, content: 3, skeleton: 4, overdue: 5 } as const;

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));
const chance = (rng: Rng, p: number): boolean => rng.next() < p;

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng.next() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of entries) total += w;
  let r = rng.next() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  const last = entries.at(-1);
  if (last === undefined) throw new Error("weighted pick from an empty list");
  return last[0];
}

/** `k` distinct items in random order (partial Fisher–Yates on a copy). */
function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const copy = [...items];
  const n = Math.min(k, copy.length);
  for (let i = 0; i < n; i += 1) {
    const j = i + Math.floor(rng.next() * (copy.length - i));
    const tmp = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = tmp;
  }
  return copy.slice(0, n);
}

/**
 * Ids shaped like the app's `newId`: prefix, "_", 9 base-36 digits of the creation time in milliseconds and
 * 12 random base-36 characters, here from the seeded generator. Keeping the time prefix keeps the app's
 * property that ids sort roughly by creation, which matters for index locality in benchmarks.
 */
function makeId(rng: Rng, prefix: string, atMs: number): string {
  // 36^6 < 2^32: six characters per draw, with a bias far below anything a benchmark could notice.
  const r1 = (rng.u32() % 2176782336).toString(36).padStart(6, "0");
  const r2 = (rng.u32() % 2176782336).toString(36).padStart(6, "0");
  return `${prefix}_${Math.max(0, atMs).toString(36).padStart(9, "0")}${r1}${r2}`;
}

// ---------------------------------------------------------------------------------------------
// Plain date and instant arithmetic (epoch days and milliseconds, UTC)

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const dayOf = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Canonical instants: whole seconds, no milliseconds, `Z` (see columns.ts). */
const iso = (ms: number): string => `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** `date` minus whole years, 29 February becoming 28 February. */
function yearsBefore(date: string, years: number): number {
  const y = Number(date.slice(0, 4)) - years;
  const md = date.slice(5) === "02-29" ? "02-28" : date.slice(5);
  return dayOf(`${y}-${md}`);
}

/** A random instant in [from, to); `from` when the span is empty. */
const between = (rng: Rng, from: number, to: number): number =>
  to <= from ? from : from + Math.floor(rng.next() * (to - from));

// Both zones the generator uses have had no daylight saving time for decades, so a fixed offset is exact.
const ZONES = {
  "Asia/Bangkok": 7 * 60,
  "Asia/Yangon": 6 * 60 + 30,
} as const;
type Zone = keyof typeof ZONES;

const MYANMAR_DIGITS = "၀၁၂၃၄၅၆၇၈၉";
const myDigits = (n: number): string => [...String(n)].map((d) => MYANMAR_DIGITS[Number(d)] ?? d).join("");

// ---------------------------------------------------------------------------------------------
// Word lists. Three languages for every phrase so that the minutes of one item read as translations of
// each other. No names of people, no numbers beyond meeting and list numbers: nothing the data-protection
// guard would flag, and nothing that could be mistaken for real case data.

interface Tri {
  readonly en: string;
  readonly th: string;
  readonly my: string;
}
type TextLang = keyof Tri;

const SUBJECTS: readonly Tri[] = [
  { en: "The meeting", th: "ที่ประชุม", my: "အစည်းအဝေး" },
  { en: "Members", th: "สมาชิก", my: "အဖွဲ့ဝင်များ" },
  { en: "The secretariat", th: "ฝ่ายเลขานุการ", my: "အတွင်းရေးမှူးရုံး" },
  { en: "The Thai delegation", th: "คณะผู้แทนไทย", my: "ထိုင်းကိုယ်စားလှယ်အဖွဲ့" },
  { en: "The Myanmar delegation", th: "คณะผู้แทนเมียนมา", my: "မြန်မာကိုယ်စားလှယ်အဖွဲ့" },
  { en: "Partner organizations", th: "องค์กรภาคี", my: "မိတ်ဖက်အဖွဲ့အစည်းများ" },
  { en: "The chair", th: "ประธาน", my: "ဥက္ကဋ္ဌ" },
  { en: "The working group", th: "คณะทำงาน", my: "လုပ်ငန်းအဖွဲ့" },
];

/** Past-tense verbs of the minutes; the Burmese ones carry their object particle. */
const REPORTED: readonly Tri[] = [
  { en: "reviewed", th: "ได้ทบทวน", my: "ကို ပြန်လည်သုံးသပ်ခဲ့သည်" },
  { en: "discussed", th: "ได้หารือเรื่อง", my: "ကို ဆွေးနွေးခဲ့သည်" },
  { en: "agreed on", th: "เห็นชอบเรื่อง", my: "ကို သဘောတူခဲ့သည်" },
  { en: "noted progress on", th: "รับทราบความคืบหน้าเรื่อง", my: "၏ တိုးတက်မှုကို မှတ်သားခဲ့သည်" },
  { en: "requested an update on", th: "ขอให้รายงานเรื่อง", my: "နှင့်ပတ်သက်၍ အစီရင်ခံရန် တောင်းဆိုခဲ့သည်" },
  { en: "welcomed the report on", th: "ยินดีกับรายงานเรื่อง", my: "ဆိုင်ရာ အစီရင်ခံစာကို ကြိုဆိုခဲ့သည်" },
  { en: "raised concerns about", th: "แสดงความกังวลเรื่อง", my: "အပေါ် စိုးရိမ်ပူပန်မှု ဖော်ပြခဲ့သည်" },
  { en: "proposed changes to", th: "เสนอให้ปรับปรุง", my: "ကို ပြင်ဆင်ရန် အဆိုပြုခဲ့သည်" },
];

/** Imperatives of actions and decisions; the Burmese ones carry their object particle. */
const TASKS: readonly Tri[] = [
  { en: "Exchange", th: "แลกเปลี่ยน", my: "ကို ဖလှယ်" },
  { en: "Review", th: "ทบทวน", my: "ကို ပြန်လည်သုံးသပ်" },
  { en: "Circulate", th: "เวียนแจ้ง", my: "ကို ဖြန့်ဝေ" },
  { en: "Confirm", th: "ยืนยัน", my: "ကို အတည်ပြု" },
  { en: "Update", th: "ปรับปรุง", my: "ကို မွမ်းမံ" },
  { en: "Prepare a note on", th: "จัดทำบันทึกเรื่อง", my: "ဆိုင်ရာ မှတ်စု ပြင်ဆင်" },
  { en: "Follow up on", th: "ติดตามเรื่อง", my: "ကို ဆက်လက်ဆောင်ရွက်" },
  { en: "Share the draft of", th: "ส่งร่างเรื่อง", my: "၏ မူကြမ်းကို မျှဝေ" },
  { en: "Organise a briefing on", th: "จัดประชุมชี้แจงเรื่อง", my: "ဆိုင်ရာ ရှင်းလင်းပွဲ ကျင်းပ" },
  { en: "Report back on", th: "รายงานผลเรื่อง", my: "အကြောင်း ပြန်လည်အစီရင်ခံ" },
];

const OBJECTS: readonly Tri[] = [
  { en: "the referral pathway", th: "แนวทางการส่งต่อ", my: "လွှဲပြောင်းပေးပို့ရေးလမ်းကြောင်း" },
  { en: "the nationality verification list", th: "รายชื่อการพิสูจน์สัญชาติ", my: "နိုင်ငံသားစိစစ်ရေးစာရင်း" },
  {
    en: "interpreter availability for interviews",
    th: "การจัดหาล่ามสำหรับการสัมภาษณ์",
    my: "အင်တာဗျူးအတွက် စကားပြန် ရရှိနိုင်မှု",
  },
  { en: "shelter standards", th: "มาตรฐานสถานคุ้มครอง", my: "ခိုလှုံရာဂေဟာ စံနှုန်းများ" },
  {
    en: "return arrangements at the border",
    th: "การจัดการส่งกลับที่ชายแดน",
    my: "နယ်စပ်တွင် ပြန်လည်ပို့ဆောင်ရေး အစီအစဉ်",
  },
  { en: "reintegration follow-up", th: "การติดตามการคืนสู่สังคม", my: "ပြန်လည်ပေါင်းစည်းရေး နောက်ဆက်တွဲ" },
  {
    en: "training for frontline officers",
    th: "การฝึกอบรมเจ้าหน้าที่ด่านหน้า",
    my: "ရှေ့တန်းဝန်ထမ်းများအတွက် သင်တန်း",
  },
  { en: "the joint work plan", th: "แผนงานร่วม", my: "ပူးတွဲလုပ်ငန်းအစီအစဉ်" },
  {
    en: "data exchange between case workers",
    th: "การแลกเปลี่ยนข้อมูลระหว่างนักสังคมสงเคราะห์",
    my: "လူမှုဝန်ထမ်းများအကြား အချက်အလက် ဖလှယ်ရေး",
  },
  {
    en: "awareness activities in border districts",
    th: "กิจกรรมสร้างความตระหนักในอำเภอชายแดน",
    my: "နယ်စပ်ဒေသ အသိပညာပေး လှုပ်ရှားမှုများ",
  },
  {
    en: "the labour-exploitation referral path",
    th: "เส้นทางการส่งต่อกรณีการแสวงประโยชน์ด้านแรงงาน",
    my: "အလုပ်သမား ခေါင်းပုံဖြတ်မှု လွှဲပြောင်းရေးလမ်းကြောင်း",
  },
  { en: "the translation of the minutes", th: "การแปลรายงานการประชุม", my: "အစည်းအဝေးမှတ်တမ်း ဘာသာပြန်ခြင်း" },
  { en: "the budget for the next quarter", th: "งบประมาณไตรมาสหน้า", my: "နောက်သုံးလပတ် ဘတ်ဂျက်" },
  {
    en: "coordination with provincial offices",
    th: "การประสานงานกับสำนักงานจังหวัด",
    my: "ပြည်နယ်ရုံးများနှင့် ညှိနှိုင်းဆောင်ရွက်ရေး",
  },
  {
    en: "the handover schedule at the crossing point",
    th: "กำหนดการส่งมอบที่จุดผ่านแดน",
    my: "နယ်စပ်ဂိတ်တွင် လွှဲပြောင်းမည့် အချိန်ဇယား",
  },
];

/** English and Thai put these after the object, Burmese before it. */
const TAILS: readonly Tri[] = [
  { en: "", th: "", my: "" },
  { en: "", th: "", my: "" },
  { en: " before the next meeting", th: " ก่อนการประชุมครั้งถัดไป", my: "နောက်အစည်းအဝေးမတိုင်မီ " },
  { en: " for the coming quarter", th: " สำหรับไตรมาสหน้า", my: "လာမည့်သုံးလပတ်အတွက် " },
  { en: " with the provincial office", th: " ร่วมกับสำนักงานจังหวัด", my: "ပြည်နယ်ရုံးနှင့်အတူ " },
  { en: " in both languages", th: " ทั้งสองภาษา", my: "ဘာသာစကားနှစ်မျိုးဖြင့် " },
  { en: " as a matter of priority", th: " เป็นเรื่องเร่งด่วน", my: "ဦးစားပေးအနေဖြင့် " },
];

interface Phrase {
  readonly subject: Tri;
  readonly verb: Tri;
  readonly object: Tri;
  readonly tail: Tri;
}

const reportedPhrase = (rng: Rng): Phrase => ({
  subject: pick(rng, SUBJECTS),
  verb: pick(rng, REPORTED),
  object: pick(rng, OBJECTS),
  tail: pick(rng, TAILS),
});
const taskPhrase = (rng: Rng): Phrase => ({
  subject: SUBJECTS[0] as Tri,
  verb: pick(rng, TASKS),
  object: pick(rng, OBJECTS),
  tail: pick(rng, TAILS),
});

function minutesSentence(p: Phrase, lang: TextLang): string {
  if (lang === "en") return `${p.subject.en} ${p.verb.en} ${p.object.en}${p.tail.en}.`;
  if (lang === "th") return `${p.subject.th}${p.verb.th}${p.object.th}${p.tail.th}`;
  return `${p.subject.my}သည် ${p.tail.my}${p.object.my}${p.verb.my}။`;
}

function actionSentence(p: Phrase, lang: TextLang): string {
  if (lang === "en") return `${p.verb.en} ${p.object.en}${p.tail.en}.`;
  if (lang === "th") return `${p.verb.th}${p.object.th}${p.tail.th}`;
  return `${p.tail.my}${p.object.my}${p.verb.my}ရန်။`;
}

function decisionSentence(p: Phrase, lang: TextLang): string {
  if (lang === "en") return `The meeting agreed to ${p.verb.en.toLowerCase()} ${p.object.en}${p.tail.en}.`;
  if (lang === "th") return `ที่ประชุมมีมติให้${p.verb.th}${p.object.th}${p.tail.th}`;
  return `အစည်းအဝေးက ${p.tail.my}${p.object.my}${p.verb.my}ရန် ဆုံးဖြတ်ခဲ့သည်။`;
}

type CommentEvent = "start" | "report" | "block" | "complete" | "cancel";
const COMMENTS: Readonly<Record<CommentEvent, readonly Tri[]>> = {
  start: [
    {
      en: "Work started with the focal points.",
      th: "เริ่มดำเนินการร่วมกับผู้ประสานงานแล้ว",
      my: "ဆက်သွယ်ရေးတာဝန်ခံများနှင့် စတင်ဆောင်ရွက်နေပြီ။",
    },
    {
      en: "Assigned to the case management team.",
      th: "มอบหมายให้ทีมจัดการรายกรณีแล้ว",
      my: "ကိစ္စရပ်စီမံခန့်ခွဲရေးအဖွဲ့သို့ တာဝန်ပေးအပ်ပြီး။",
    },
  ],
  report: [
    {
      en: "Draft shared with members for comment.",
      th: "ส่งร่างให้สมาชิกให้ความเห็นแล้ว",
      my: "အဖွဲ့ဝင်များထံ မူကြမ်း မျှဝေပြီး။",
    },
    {
      en: "Reviewed with the provincial office.",
      th: "หารือกับสำนักงานจังหวัดแล้ว",
      my: "ပြည်နယ်ရုံးနှင့် ပြန်လည်သုံးသပ်ပြီး။",
    },
    { en: "Half of the list has been checked.", th: "ตรวจสอบรายชื่อแล้วครึ่งหนึ่ง", my: "စာရင်း၏ တစ်ဝက်ကို စစ်ဆေးပြီး။" },
  ],
  block: [
    {
      en: "Waiting for the list from the other side.",
      th: "รอรายชื่อจากอีกฝ่าย",
      my: "အခြားတစ်ဖက်မှ စာရင်းကို စောင့်ဆိုင်းနေသည်။",
    },
    { en: "Interpreter not yet available.", th: "ยังไม่มีล่าม", my: "စကားပြန် မရရှိသေးပါ။" },
  ],
  complete: [
    {
      en: "Completed and reported to the secretariat.",
      th: "ดำเนินการเสร็จและรายงานฝ่ายเลขานุการแล้ว",
      my: "ပြီးစီး၍ အတွင်းရေးမှူးရုံးသို့ အစီရင်ခံပြီး။",
    },
    { en: "Done; documents filed.", th: "เสร็จสิ้น จัดเก็บเอกสารแล้ว", my: "ပြီးစီးပြီ၊ စာရွက်စာတမ်းများ သိမ်းဆည်းပြီး။" },
  ],
  cancel: [
    {
      en: "No longer needed after the change of plan.",
      th: "ไม่จำเป็นแล้วเนื่องจากเปลี่ยนแผน",
      my: "အစီအစဉ်ပြောင်းလဲသဖြင့် မလိုအပ်တော့ပါ။",
    },
    {
      en: "Merged into another action.",
      th: "รวมเข้ากับภารกิจอื่นแล้ว",
      my: "အခြားလုပ်ငန်းတစ်ခုနှင့် ပေါင်းစည်းပြီး။",
    },
  ],
};

const ADOPTION: Tri = {
  en: "Adoption of the agenda",
  th: "รับรองระเบียบวาระการประชุม",
  my: "အစည်းအဝေး အစီအစဉ် အတည်ပြုခြင်း",
};
const MATTERS_ARISING: Tri = {
  en: "Matters arising from the previous meeting",
  th: "เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว",
  my: "ယခင်အစည်းအဝေးမှ ဆက်လက်ဆောင်ရွက်ရန်ကိစ္စများ",
};
const OTHER_BUSINESS: Tri = { en: "Any other business", th: "เรื่องอื่น ๆ", my: "အခြားကိစ္စများ" };
const TOPICS: readonly Tri[] = [
  {
    en: "Situation update from each side",
    th: "สถานการณ์จากแต่ละฝ่าย",
    my: "နှစ်ဖက်မှ အခြေအနေ အစီရင်ခံချက်",
  },
  {
    en: "Case management and pending returns",
    th: "การจัดการรายกรณีและการส่งกลับที่ค้างอยู่",
    my: "ကိစ္စရပ် စီမံခန့်ခွဲမှုနှင့် ဆိုင်းငံ့ထားသော ပြန်လည်ပို့ဆောင်မှုများ",
  },
  { en: "Nationality verification", th: "การพิสูจน์สัญชาติ", my: "နိုင်ငံသား စိစစ်ခြင်း" },
  { en: "Interpreters and translation", th: "ล่ามและการแปล", my: "စကားပြန်နှင့် ဘာသာပြန်" },
  { en: "Shelter capacity", th: "ศักยภาพของสถานคุ้มครอง", my: "ခိုလှုံရာဂေဟာ စွမ်းရည်" },
  { en: "Training plan", th: "แผนการฝึกอบรม", my: "သင်တန်း အစီအစဉ်" },
  { en: "Awareness raising", th: "การสร้างความตระหนักรู้", my: "အသိပညာပေးခြင်း" },
  {
    en: "Labour exploitation referrals",
    th: "การส่งต่อกรณีการแสวงประโยชน์ด้านแรงงาน",
    my: "အလုပ်သမား ခေါင်းပုံဖြတ်မှု လွှဲပြောင်းခြင်း",
  },
  {
    en: "Review of the joint work plan",
    th: "ทบทวนแผนงานร่วม",
    my: "ပူးတွဲလုပ်ငန်းအစီအစဉ် ပြန်လည်သုံးသပ်ခြင်း",
  },
  {
    en: "Data exchange and reporting",
    th: "การแลกเปลี่ยนข้อมูลและการรายงาน",
    my: "အချက်အလက် ဖလှယ်ခြင်းနှင့် အစီရင်ခံခြင်း",
  },
  { en: "Border handover arrangements", th: "การจัดการส่งมอบที่ชายแดน", my: "နယ်စပ် လွှဲပြောင်းရေး အစီအစဉ်" },
];
const SPECIAL_SESSION: Tri = { en: "Special session", th: "การประชุมสมัยพิเศษ", my: "အထူးအစည်းအဝေး" };

const AREAS: readonly Tri[] = [
  { en: "Prevention", th: "การป้องกัน", my: "ကာကွယ်တားဆီးရေး" },
  {
    en: "Protection, recovery and reintegration",
    th: "การคุ้มครอง การฟื้นฟู และการคืนสู่สังคม",
    my: "အကာအကွယ်ပေးရေး၊ ပြန်လည်ထူထောင်ရေးနှင့် ပြန်လည်ပေါင်းစည်းရေး",
  },
  {
    en: "Law enforcement and criminal justice",
    th: "การบังคับใช้กฎหมายและกระบวนการยุติธรรม",
    my: "ဥပဒေစိုးမိုးရေးနှင့် ရာဇဝတ်တရားစီရင်ရေး",
  },
  { en: "Joint actions", th: "การดำเนินการร่วม", my: "ပူးတွဲဆောင်ရွက်ချက်များ" },
  { en: "Training and capacity building", th: "การฝึกอบรมและเสริมสร้างศักยภาพ", my: "သင်တန်းနှင့် စွမ်းရည်မြှင့်တင်ရေး" },
  {
    en: "Return and reintegration",
    th: "การส่งกลับและการคืนสู่สังคม",
    my: "ပြန်လည်ပို့ဆောင်ရေးနှင့် ပြန်လည်ပေါင်းစည်းရေး",
  },
  { en: "Victim identification", th: "การคัดแยกผู้เสียหาย", my: "ဒုက္ခသည် ခွဲခြားသတ်မှတ်ခြင်း" },
  { en: "Information exchange", th: "การแลกเปลี่ยนข้อมูล", my: "သတင်းအချက်အလက် ဖလှယ်ခြင်း" },
];

/** The return and reintegration steps of DOMAIN.md §3, as SOP step keys. */
const SOP_STEPS: readonly (readonly [
  key: string,
  title: Tri,
  side: "origin" | "destination" | "joint",
  days: number | null,
])[] = [
  [
    "identification",
    {
      en: "Identification and shelter placement",
      th: "การคัดแยกและการจัดที่พัก",
      my: "ခွဲခြားသတ်မှတ်ခြင်းနှင့် ခိုလှုံရာနေရာချထားခြင်း",
    },
    "destination",
    15,
  ],
  [
    "interview",
    {
      en: "Case interview and consent to return",
      th: "การสัมภาษณ์และความยินยอมในการส่งกลับ",
      my: "အင်တာဗျူးနှင့် ပြန်လည်ရန် သဘောတူညီချက်",
    },
    "destination",
    30,
  ],
  [
    "verification_request",
    { en: "Nationality verification request", th: "การขอพิสูจน์สัญชาติ", my: "နိုင်ငံသားစိစစ်ရန် တောင်းဆိုခြင်း" },
    "destination",
    14,
  ],
  [
    "family_assessment",
    { en: "Family tracing and assessment", th: "การสืบหาและประเมินครอบครัว", my: "မိသားစု ရှာဖွေခြင်းနှင့် အကဲဖြတ်ခြင်း" },
    "origin",
    60,
  ],
  [
    "cmm_listing",
    {
      en: "Listing at the case management meeting",
      th: "การเสนอรายชื่อในที่ประชุมจัดการรายกรณี",
      my: "ကိစ္စရပ်စီမံခန့်ခွဲမှုအစည်းအဝေးတွင် စာရင်းသွင်းခြင်း",
    },
    "joint",
    null,
  ],
  [
    "documents",
    { en: "Documents and logistics", th: "เอกสารและการเตรียมการเดินทาง", my: "စာရွက်စာတမ်းနှင့် ထောက်ပံ့ပို့ဆောင်ရေး" },
    "joint",
    21,
  ],
  ["handover", { en: "Handover at the border", th: "การส่งมอบที่ชายแดน", my: "နယ်စပ်တွင် လွှဲပြောင်းခြင်း" }, "joint", 1],
  ["reception", { en: "Reception", th: "การรับตัว", my: "လက်ခံခြင်း" }, "origin", 17],
  [
    "reintegration",
    {
      en: "Reintegration support and follow-up",
      th: "การช่วยเหลือและติดตามการคืนสู่สังคม",
      my: "ပြန်လည်ပေါင်းစည်းရေး အထောက်အပံ့နှင့် နောက်ဆက်တွဲ",
    },
    "origin",
    null,
  ],
];

interface Place {
  readonly en: string;
  readonly th?: string;
  readonly my?: string;
  readonly province: string;
  readonly township?: string;
}

const PLACES: Readonly<Partial<Record<Country, readonly Place[]>>> = {
  TH: [
    { en: "Mae Sot", th: "แม่สอด", my: "မဲဆောက်", province: "Tak", township: "Mae Sot" },
    { en: "Tak", th: "ตาก", province: "Tak" },
    { en: "Ranong", th: "ระนอง", my: "ရနောင်း", province: "Ranong" },
    { en: "Chiang Rai", th: "เชียงราย", province: "Chiang Rai" },
    { en: "Mae Sai", th: "แม่สาย", my: "မဲဆိုင်", province: "Chiang Rai", township: "Mae Sai" },
    { en: "Chiang Mai", th: "เชียงใหม่", my: "ချင်းမိုင်", province: "Chiang Mai" },
    { en: "Mae Hong Son", th: "แม่ฮ่องสอน", province: "Mae Hong Son" },
    { en: "Mae Sariang", th: "แม่สะเรียง", province: "Mae Hong Son", township: "Mae Sariang" },
    { en: "Kanchanaburi", th: "กาญจนบุรี", province: "Kanchanaburi" },
    { en: "Samut Sakhon", th: "สมุทรสาคร", province: "Samut Sakhon" },
    { en: "Songkhla", th: "สงขลา", province: "Songkhla" },
    { en: "Bangkok", th: "กรุงเทพมหานคร", my: "ဘန်ကောက်", province: "Bangkok" },
    { en: "Phang Nga", th: "พังงา", province: "Phang Nga" },
    { en: "Sa Kaeo", th: "สระแก้ว", province: "Sa Kaeo" },
    { en: "Nong Khai", th: "หนองคาย", province: "Nong Khai" },
    { en: "Mukdahan", th: "มุกดาหาร", province: "Mukdahan" },
  ],
  MM: [
    { en: "Myawaddy", my: "မြဝတီ", province: "Kayin", township: "Myawaddy" },
    { en: "Kawthaung", my: "ကော့သောင်း", province: "Tanintharyi", township: "Kawthaung" },
    { en: "Tachileik", my: "တာချီလိတ်", province: "Shan", township: "Tachileik" },
    { en: "Yangon", my: "ရန်ကုန်", province: "Yangon" },
    { en: "Mawlamyine", my: "မော်လမြိုင်", province: "Mon", township: "Mawlamyine" },
    { en: "Hpa-an", my: "ဘားအံ", province: "Kayin", township: "Hpa-an" },
    { en: "Dawei", my: "ထားဝယ်", province: "Tanintharyi", township: "Dawei" },
    { en: "Mandalay", my: "မန္တလေး", province: "Mandalay" },
    { en: "Lashio", my: "လားရှိုး", province: "Shan", township: "Lashio" },
  ],
  KH: [
    { en: "Poipet", province: "Banteay Meanchey" },
    { en: "Phnom Penh", province: "Phnom Penh" },
  ],
  LA: [
    { en: "Vientiane", province: "Vientiane Capital" },
    { en: "Savannakhet", province: "Savannakhet" },
  ],
  VN: [{ en: "Hanoi", province: "Hanoi" }],
  CN: [{ en: "Kunming", province: "Yunnan" }],
  MY: [{ en: "Kuala Lumpur", province: "Kuala Lumpur" }],
};

const COUNTRY_NAMES: Readonly<Partial<Record<Country, Tri>>> = {
  TH: { en: "Thailand", th: "ไทย", my: "ထိုင်း" },
  MM: { en: "Myanmar", th: "เมียนมา", my: "မြန်မာ" },
  KH: { en: "Cambodia", th: "กัมพูชา", my: "ကမ္ဘောဒီးယား" },
  LA: { en: "Lao PDR", th: "สปป.ลาว", my: "လာအို" },
  VN: { en: "Viet Nam", th: "เวียดนาม", my: "ဗီယက်နမ်" },
  CN: { en: "China", th: "จีน", my: "တရုတ်" },
  MY: { en: "Malaysia", th: "มาเลเซีย", my: "မလေးရှား" },
};

/** Government bodies are real and public; they are the parties of agreements and chairs of series. */
const MINISTRIES: readonly (readonly [Country, string, Tri])[] = [
  [
    "TH",
    "MSDHS",
    {
      en: "Ministry of Social Development and Human Security",
      th: "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
      my: "",
    },
  ],
  ["TH", "MOL", { en: "Ministry of Labour", th: "กระทรวงแรงงาน", my: "" }],
  ["TH", "MFA", { en: "Ministry of Foreign Affairs", th: "กระทรวงการต่างประเทศ", my: "" }],
  ["TH", "MOI", { en: "Ministry of Interior", th: "กระทรวงมหาดไทย", my: "" }],
  ["TH", "MOJ", { en: "Ministry of Justice", th: "กระทรวงยุติธรรม", my: "" }],
  [
    "MM",
    "MSWRR",
    {
      en: "Ministry of Social Welfare, Relief and Resettlement",
      th: "",
      my: "လူမှုဝန်ထမ်း ကယ်ဆယ်ရေးနှင့် ပြန်လည်နေရာချထားရေးဝန်ကြီးဌာန",
    },
  ],
  ["MM", "MOHA", { en: "Ministry of Home Affairs", th: "", my: "ပြည်ထဲရေးဝန်ကြီးဌာန" }],
  ["MM", "MOLIP", { en: "Ministry of Labour", th: "", my: "အလုပ်သမားဝန်ကြီးဌာန" }],
  ["KH", "MOSVY", { en: "Ministry of Social Affairs, Veterans and Youth Rehabilitation", th: "", my: "" }],
  ["LA", "MOLSW", { en: "Ministry of Labour and Social Welfare", th: "", my: "" }],
  ["VN", "MPS", { en: "Ministry of Public Security", th: "", my: "" }],
  ["CN", "MPS-CN", { en: "Ministry of Public Security", th: "", my: "" }],
  ["MY", "KDN", { en: "Ministry of Home Affairs", th: "", my: "" }],
];

type GeneratedKind = Exclude<OrganizationKind, "ministry">;
const KIND_NOUNS: Readonly<Record<GeneratedKind, readonly Tri[]>> = {
  department: [
    { en: "Immigration Checkpoint", th: "ด่านตรวจคนเข้าเมือง", my: "လူဝင်မှုကြီးကြပ်ရေး စစ်ဆေးရေးဂိတ်" },
    { en: "Labour Protection Office", th: "สำนักงานสวัสดิการและคุ้มครองแรงงาน", my: "အလုပ်သမား အကာအကွယ်ရုံး" },
    { en: "Employment Office", th: "สำนักงานจัดหางาน", my: "အလုပ်အကိုင်ရုံး" },
  ],
  police: [{ en: "Anti-Trafficking Police Unit", th: "หน่วยตำรวจต่อต้านการค้ามนุษย์", my: "လူကုန်ကူးမှု တိုက်ဖျက်ရေး ရဲတပ်ဖွဲ့" }],
  prosecutor: [{ en: "Public Prosecutor Office", th: "สำนักงานอัยการ", my: "ဥပဒေရုံး" }],
  provincial_office: [
    { en: "Social Development Office", th: "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์", my: "လူမှုဝန်ထမ်းရုံး" },
  ],
  un_agency: [{ en: "UN Agency Field Office", th: "สำนักงานภาคสนามหน่วยงานสหประชาชาติ", my: "ကုလသမဂ္ဂ ကွင်းဆင်းရုံး" }],
  international_organization: [
    {
      en: "International Migration Programme Office",
      th: "สำนักงานโครงการการย้ายถิ่นระหว่างประเทศ",
      my: "နိုင်ငံတကာ ရွှေ့ပြောင်းရေး အစီအစဉ်ရုံး",
    },
  ],
  ngo: [
    { en: "Foundation for Community Development", th: "มูลนิธิพัฒนาชุมชน", my: "ရပ်ရွာဖွံ့ဖြိုးရေး ဖောင်ဒေးရှင်း" },
    { en: "Women's Empowerment Network", th: "เครือข่ายส่งเสริมพลังสตรี", my: "အမျိုးသမီး စွမ်းဆောင်ရည်မြှင့်တင်ရေး ကွန်ရက်" },
    { en: "Child Rights Foundation", th: "มูลนิธิสิทธิเด็ก", my: "ကလေးအခွင့်အရေး ဖောင်ဒေးရှင်း" },
  ],
  cbo: [
    { en: "Community Support Group", th: "กลุ่มช่วยเหลือชุมชน", my: "ရပ်ရွာ အထောက်အပံ့အဖွဲ့" },
    { en: "Youth Volunteer Group", th: "กลุ่มอาสาสมัครเยาวชน", my: "လူငယ် စေတနာ့ဝန်ထမ်းအဖွဲ့" },
  ],
  migrant_association: [
    { en: "Migrant Workers Association", th: "สมาคมแรงงานข้ามชาติ", my: "ရွှေ့ပြောင်းအလုပ်သမား အသင်း" },
    { en: "Domestic Workers Network", th: "เครือข่ายแรงงานทำงานบ้าน", my: "အိမ်အကူအလုပ်သမား ကွန်ရက်" },
  ],
  clinic: [{ en: "Migrant Health Clinic", th: "คลินิกสุขภาพแรงงานข้ามชาติ", my: "ရွှေ့ပြောင်းလုပ်သား ကျန်းမာရေးဆေးခန်း" }],
  legal_aid: [
    { en: "Legal Aid Clinic", th: "ศูนย์ช่วยเหลือทางกฎหมาย", my: "ဥပဒေအကူအညီ ဌာန" },
    { en: "Labour Law Clinic", th: "คลินิกกฎหมายแรงงาน", my: "အလုပ်သမားဥပဒေ ဌာန" },
  ],
  shelter: [
    { en: "Children's Shelter", th: "บ้านพักเด็ก", my: "ကလေး ခိုလှုံရာဂေဟာ" },
    { en: "Safe House for Women", th: "บ้านพักปลอดภัยสำหรับสตรี", my: "အမျိုးသမီး လုံခြုံရေးအိမ်" },
  ],
  learning_centre: [
    { en: "Migrant Learning Centre", th: "ศูนย์การเรียนรู้เด็กข้ามชาติ", my: "ရွှေ့ပြောင်းကလေး သင်ကြားရေးစင်တာ" },
  ],
  private_sector: [
    { en: "Seafood Processors Association", th: "สมาคมผู้แปรรูปอาหารทะเล", my: "ပင်လယ်စာ ထုတ်လုပ်သူများအသင်း" },
  ],
  academia: [{ en: "Migration Research Unit", th: "หน่วยวิจัยการย้ายถิ่น", my: "ရွှေ့ပြောင်းမှု သုတေသနဌာန" }],
};

const KIND_WEIGHTS: readonly (readonly [GeneratedKind, number])[] = [
  ["ngo", 20],
  ["cbo", 12],
  ["migrant_association", 8],
  ["clinic", 8],
  ["legal_aid", 7],
  ["shelter", 6],
  ["learning_centre", 8],
  ["police", 6],
  ["prosecutor", 3],
  ["provincial_office", 8],
  ["department", 5],
  ["un_agency", 2],
  ["international_organization", 3],
  ["private_sector", 2],
  ["academia", 2],
];

const CONTACT_TITLES = [
  "Programme Officer",
  "Case Manager",
  "Coordinator",
  "Head of Office",
  "Legal Officer",
  "Social Worker",
  "Interpreter",
] as const;
const VENUES = [
  "Provincial Hall",
  "Social Development Office",
  "Hotel conference room",
  "Community centre",
] as const;

// ---------------------------------------------------------------------------------------------
// Series templates: the cadences of real mechanisms (DOMAIN.md §1 and §9). M repeats them in groups.

type CadenceSpec =
  | { readonly freq: "WEEKLY"; readonly interval: number; readonly weekday: number }
  | { readonly freq: "MONTHLY"; readonly interval: number; readonly nth: number; readonly weekday: number };

const RRULE_DAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
const MO = 1;
const TU = 2;
const WE = 3;
const TH = 4;
const FR = 5;

interface SeriesTemplate {
  readonly kind: SeriesKind;
  readonly name: Tri;
  readonly countries: readonly Country[];
  readonly cadence: CadenceSpec;
  readonly time: string;
  readonly minutes: number;
  readonly zone: Zone;
  readonly numbering: NumberingScheme;
  readonly firstOrdinal: number;
  readonly confidentiality: Confidentiality;
  readonly languages: readonly Language[];
  readonly quorum: number | null;
  readonly members: readonly [min: number, max: number];
  /** Relative number of actions per meeting: a twice-yearly CMM agrees many, a weekly MDT few. */
  readonly weight: number;
  readonly place: string;
  readonly placeMm?: string;
  readonly basis: "bcatip" | "cmm" | "any" | "none";
}

const weekly = (weekday: number, interval = 1): CadenceSpec => ({ freq: "WEEKLY", interval, weekday });
const monthly = (nth: number, weekday: number, interval = 1): CadenceSpec => ({
  freq: "MONTHLY",
  interval,
  nth,
  weekday,
});
const tri = (en: string, th: string, my: string): Tri => ({ en, th, my });

// The first four differ in cadence and kind so that XS, which takes only them, covers the main shapes.
const TEMPLATES: readonly SeriesTemplate[] = [
  {
    kind: "ngo_coordination",
    name: tri(
      "NGO/CBO Coordination Meeting, Mae Sot",
      "การประชุมประสานงานองค์กรพัฒนาเอกชนและองค์กรชุมชน แม่สอด",
      "မဲဆောက် အဖွဲ့အစည်းများ ညှိနှိုင်းအစည်းအဝေး",
    ),
    countries: ["TH"],
    cadence: monthly(2, TH),
    time: "09:30",
    minutes: 180,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th", "my", "ksw", "en"],
    quorum: 0.5,
    members: [23, 23],
    weight: 1,
    place: "Mae Sot",
    basis: "none",
  },
  {
    kind: "other",
    name: tri("MDT Case Conference, Tak", "การประชุมทีมสหวิชาชีพ จังหวัดตาก", "ဘက်စုံကျွမ်းကျင်အဖွဲ့ ကိစ္စရပ် ဆွေးနွေးပွဲ"),
    countries: ["TH"],
    cadence: weekly(TU),
    time: "10:00",
    minutes: 90,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "restricted",
    languages: ["th", "my"],
    quorum: null,
    members: [6, 9],
    weight: 0.35,
    place: "Tak",
    basis: "none",
  },
  {
    kind: "case_management",
    name: tri(
      "Thailand–Myanmar Case Management Meeting",
      "การประชุมการจัดการรายกรณีไทย–เมียนมา",
      "ထိုင်း–မြန်မာ ကိစ္စရပ် စီမံခန့်ခွဲမှု အစည်းအဝေး",
    ),
    countries: ["TH", "MM"],
    cadence: monthly(3, TU, 6),
    time: "09:00",
    minutes: 480,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 12,
    confidentiality: "restricted",
    languages: ["en", "th", "my"],
    quorum: 0.6,
    members: [10, 14],
    weight: 3,
    place: "Bangkok",
    placeMm: "Yangon",
    basis: "cmm",
  },
  {
    kind: "provincial_subcommittee",
    name: tri(
      "Tak Provincial Anti-Trafficking Sub-committee",
      "คณะอนุกรรมการป้องกันและปราบปรามการค้ามนุษย์จังหวัดตาก",
      "",
    ),
    countries: ["TH"],
    cadence: monthly(1, WE, 3),
    time: "13:30",
    minutes: 180,
    zone: "Asia/Bangkok",
    numbering: "fiscal_year",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th"],
    quorum: 0.5,
    members: [15, 20],
    weight: 2,
    place: "Tak",
    basis: "any",
  },
  {
    kind: "bcatip",
    name: tri(
      "BCATIP Tak–Myawaddy",
      "ศูนย์ประสานงานชายแดนเพื่อต่อต้านการค้ามนุษย์ ตาก–เมียวดี",
      "လူကုန်ကူးမှု တိုက်ဖျက်ရေး နယ်စပ်ပူးပေါင်းဆောင်ရွက်မှု မြဝတီ–မဲဆောက်",
    ),
    countries: ["TH", "MM"],
    cadence: monthly(2, TH, 6),
    time: "09:00",
    minutes: 360,
    zone: "Asia/Bangkok",
    numbering: "thai_year",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th", "my", "en"],
    quorum: null,
    members: [10, 14],
    weight: 3,
    place: "Mae Sot",
    placeMm: "Myawaddy",
    basis: "bcatip",
  },
  {
    kind: "bcatip",
    name: tri(
      "BCATIP Ranong–Kawthaung",
      "ศูนย์ประสานงานชายแดนเพื่อต่อต้านการค้ามนุษย์ ระนอง–เกาะสอง",
      "လူကုန်ကူးမှု တိုက်ဖျက်ရေး နယ်စပ်ပူးပေါင်းဆောင်ရွက်မှု ကော့သောင်း–ရနောင်း",
    ),
    countries: ["TH", "MM"],
    cadence: monthly(3, WE, 6),
    time: "09:00",
    minutes: 360,
    zone: "Asia/Bangkok",
    numbering: "thai_year",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th", "my", "en"],
    quorum: null,
    members: [10, 14],
    weight: 3,
    place: "Ranong",
    placeMm: "Kawthaung",
    basis: "bcatip",
  },
  {
    kind: "bcatip",
    name: tri(
      "BCATIP Chiang Rai–Tachileik",
      "ศูนย์ประสานงานชายแดนเพื่อต่อต้านการค้ามนุษย์ เชียงราย–ท่าขี้เหล็ก",
      "လူကုန်ကူးမှု တိုက်ဖျက်ရေး နယ်စပ်ပူးပေါင်းဆောင်ရွက်မှု တာချီလိတ်–မဲဆိုင်",
    ),
    countries: ["TH", "MM"],
    cadence: monthly(4, TU, 6),
    time: "09:00",
    minutes: 360,
    zone: "Asia/Bangkok",
    numbering: "thai_year",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th", "my", "en"],
    quorum: null,
    members: [10, 14],
    weight: 3,
    place: "Mae Sai",
    placeMm: "Tachileik",
    basis: "bcatip",
  },
  {
    kind: "provincial_subcommittee",
    name: tri(
      "Ranong Provincial Anti-Trafficking Sub-committee",
      "คณะอนุกรรมการป้องกันและปราบปรามการค้ามนุษย์จังหวัดระนอง",
      "",
    ),
    countries: ["TH"],
    cadence: monthly(2, TU, 3),
    time: "13:30",
    minutes: 180,
    zone: "Asia/Bangkok",
    numbering: "fiscal_year",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th"],
    quorum: 0.5,
    members: [15, 20],
    weight: 2,
    place: "Ranong",
    basis: "any",
  },
  {
    kind: "provincial_subcommittee",
    name: tri(
      "Chiang Rai Provincial Anti-Trafficking Sub-committee",
      "คณะอนุกรรมการป้องกันและปราบปรามการค้ามนุษย์จังหวัดเชียงราย",
      "",
    ),
    countries: ["TH"],
    cadence: monthly(3, TH, 3),
    time: "13:30",
    minutes: 180,
    zone: "Asia/Bangkok",
    numbering: "fiscal_year",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th"],
    quorum: 0.5,
    members: [15, 20],
    weight: 2,
    place: "Chiang Rai",
    basis: "any",
  },
  {
    kind: "other",
    name: tri(
      "MDT Case Conference, Ranong",
      "การประชุมทีมสหวิชาชีพ จังหวัดระนอง",
      "ဘက်စုံကျွမ်းကျင်အဖွဲ့ ကိစ္စရပ် ဆွေးနွေးပွဲ (ရနောင်း)",
    ),
    countries: ["TH"],
    cadence: weekly(WE, 2),
    time: "10:00",
    minutes: 90,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "restricted",
    languages: ["th", "my"],
    quorum: null,
    members: [6, 9],
    weight: 0.5,
    place: "Ranong",
    basis: "none",
  },
  {
    kind: "ngo_coordination",
    name: tri("Shelter Coordination Group", "กลุ่มประสานงานสถานคุ้มครอง", "ခိုလှုံရာဂေဟာ ညှိနှိုင်းရေးအဖွဲ့"),
    countries: ["TH"],
    cadence: monthly(1, FR),
    time: "14:00",
    minutes: 120,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th", "en"],
    quorum: null,
    members: [8, 14],
    weight: 1,
    place: "Chiang Mai",
    basis: "none",
  },
  {
    kind: "other",
    name: tri("Legal Aid Working Group", "คณะทำงานด้านความช่วยเหลือทางกฎหมาย", "ဥပဒေအကူအညီ လုပ်ငန်းအဖွဲ့"),
    countries: ["TH"],
    cadence: monthly(3, MO),
    time: "10:00",
    minutes: 120,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th", "my", "en"],
    quorum: null,
    members: [8, 14],
    weight: 1,
    place: "Mae Sot",
    basis: "any",
  },
  {
    kind: "other",
    name: tri("Interpreters Pool Coordination", "การประสานงานกลุ่มล่าม", "စကားပြန်အဖွဲ့ ညှိနှိုင်းအစည်းအဝေး"),
    countries: ["TH"],
    cadence: monthly(4, WE),
    time: "15:00",
    minutes: 60,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th", "my"],
    quorum: null,
    members: [6, 10],
    weight: 0.8,
    place: "Mae Sot",
    basis: "none",
  },
  {
    kind: "other",
    name: tri("Labour Referral Working Group", "คณะทำงานการส่งต่อกรณีแรงงาน", "အလုပ်သမား လွှဲပြောင်းရေး လုပ်ငန်းအဖွဲ့"),
    countries: ["TH"],
    cadence: weekly(TH, 2),
    time: "09:30",
    minutes: 90,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th", "my", "en"],
    quorum: null,
    members: [8, 12],
    weight: 0.6,
    place: "Samut Sakhon",
    basis: "any",
  },
  {
    kind: "ngo_coordination",
    name: tri("Migrant Health Network", "เครือข่ายสุขภาพแรงงานข้ามชาติ", "ရွှေ့ပြောင်းလုပ်သား ကျန်းမာရေး ကွန်ရက်"),
    countries: ["TH"],
    cadence: monthly(2, MO),
    time: "13:00",
    minutes: 120,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "public",
    languages: ["th", "my", "en"],
    quorum: null,
    members: [10, 16],
    weight: 0.9,
    place: "Mae Sot",
    basis: "none",
  },
  {
    kind: "other",
    name: tri("Hotline Partners Meeting", "การประชุมภาคีสายด่วน", "အရေးပေါ်ဖုန်းလိုင်း မိတ်ဖက်များ အစည်းအဝေး"),
    countries: ["TH"],
    cadence: monthly(1, TU),
    time: "10:00",
    minutes: 90,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["th", "my", "en"],
    quorum: null,
    members: [6, 10],
    weight: 0.8,
    place: "Bangkok",
    basis: "none",
  },
  {
    kind: "ngo_coordination",
    name: tri(
      "Migrant Learning Centres Network",
      "เครือข่ายศูนย์การเรียนรู้เด็กข้ามชาติ",
      "ရွှေ့ပြောင်းကလေး သင်ကြားရေးစင်တာများ ကွန်ရက်",
    ),
    countries: ["TH"],
    cadence: monthly(3, FR),
    time: "14:00",
    minutes: 120,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "public",
    languages: ["th", "my", "ksw"],
    quorum: null,
    members: [10, 18],
    weight: 0.8,
    place: "Mae Sot",
    basis: "none",
  },
  {
    kind: "other",
    name: tri(
      "Return and Reintegration Working Group",
      "คณะทำงานการส่งกลับและการคืนสู่สังคม",
      "ပြန်လည်ပို့ဆောင်ရေးနှင့် ပြန်လည်ပေါင်းစည်းရေး လုပ်ငန်းအဖွဲ့",
    ),
    countries: ["TH", "MM"],
    cadence: monthly(4, TH),
    time: "10:00",
    minutes: 150,
    zone: "Asia/Yangon",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "restricted",
    languages: ["en", "th", "my"],
    quorum: null,
    members: [8, 12],
    weight: 1.2,
    place: "Mae Sot",
    placeMm: "Yangon",
    basis: "cmm",
  },
  {
    kind: "workshop",
    name: tri(
      "Cross-border Workshop on Victim Identification",
      "การประชุมเชิงปฏิบัติการข้ามพรมแดนด้านการคัดแยกผู้เสียหาย",
      "နယ်စပ်ဖြတ်ကျော် ဒုက္ခသည် ခွဲခြားသတ်မှတ်ရေး အလုပ်ရုံဆွေးနွေးပွဲ",
    ),
    countries: ["TH", "MM", "KH", "LA"],
    cadence: monthly(2, WE, 3),
    time: "09:00",
    minutes: 480,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["en", "th", "my"],
    quorum: null,
    members: [12, 20],
    weight: 1.5,
    place: "Chiang Mai",
    basis: "any",
  },
  {
    kind: "other",
    name: tri("Data Protection Working Group", "คณะทำงานด้านการคุ้มครองข้อมูล", "ဒေတာကာကွယ်ရေး လုပ်ငန်းအဖွဲ့"),
    countries: ["TH"],
    cadence: monthly(1, TH, 2),
    time: "14:00",
    minutes: 90,
    zone: "Asia/Bangkok",
    numbering: "sequential",
    firstOrdinal: 1,
    confidentiality: "partners",
    languages: ["en", "th"],
    quorum: null,
    members: [6, 10],
    weight: 0.8,
    place: "Bangkok",
    basis: "none",
  },
];

function rruleOf(c: CadenceSpec): string {
  const interval = c.interval === 1 ? "" : `;INTERVAL=${c.interval}`;
  const day = RRULE_DAYS[c.weekday] ?? "MO";
  return c.freq === "WEEKLY"
    ? `FREQ=WEEKLY${interval};BYDAY=${day}`
    : `FREQ=MONTHLY${interval};BYDAY=${c.nth}${day}`;
}

/**
 * The regular dates of a cadence in [fromDay, toDay), the first one being the first occurrence (RFC 5545
 * leaves a DTSTART that is not itself an occurrence undefined, and the domain refuses one). Plain date
 * arithmetic rather than the domain's rrule expansion: same dates for these simple rules (the test checks),
 * a thousand times faster.
 */
function cadenceDays(c: CadenceSpec, fromDay: number, toDay: number): number[] {
  const days: number[] = [];
  if (c.freq === "WEEKLY") {
    let d = fromDay + ((c.weekday - weekdayOf(fromDay) + 7) % 7);
    for (; d < toDay; d += 7 * c.interval) days.push(d);
    return days;
  }
  const from = dateOf(fromDay);
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let guard = 0; guard < 10_000; guard += 1) {
    const first = dayOf(`${year}-${String(month).padStart(2, "0")}-01`);
    const d = first + ((c.weekday - weekdayOf(first) + 7) % 7) + 7 * (c.nth - 1);
    if (d >= toDay) break;
    // The first month may have its occurrence before `fromDay`; the series then starts a period later.
    if (d >= fromDay || days.length > 0) days.push(d);
    const step = days.length === 0 ? 1 : c.interval;
    month += step;
    while (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return days;
}

// ---------------------------------------------------------------------------------------------
// In-memory plans

interface OrgPlan {
  readonly id: string;
  readonly kind: OrganizationKind;
  readonly country: Country | null;
  readonly acronym: string;
  readonly contactIds: string[];
  readonly contactNames: string[];
}

interface AgreementPlan {
  readonly id: string;
  readonly kind: AgreementKind;
  readonly countries: readonly Country[];
  readonly areas: readonly string[];
  readonly sopSteps: readonly string[];
}

interface SeriesPlan {
  readonly index: number;
  readonly id: string;
  readonly template: SeriesTemplate;
  readonly members: readonly OrgPlan[];
  readonly minuteLanguages: readonly TextLang[];
  readonly legalBasis: AgreementPlan | null;
  readonly slug: string;
}

interface MeetingPlan {
  readonly series: SeriesPlan;
  /** Position in the generation order, over all series: the key of the meeting's own generators. */
  readonly global: number;
  readonly index: number;
  readonly id: string;
  readonly localDay: number;
  readonly occurrence: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly createdMs: number;
  readonly status: MeetingStatus;
  readonly ordinal: number | null;
  readonly year: number | null;
  /** Number of actions agreed in the meeting; set once all meetings are planned. */
  quota: number;
}

const HELD: ReadonlySet<MeetingStatus> = new Set([
  "held",
  "minutes_draft",
  "minutes_circulated",
  "minutes_approved",
]);
const MINUTED: ReadonlySet<MeetingStatus> = new Set([
  "minutes_draft",
  "minutes_circulated",
  "minutes_approved",
]);
const VERSION_OF: Readonly<Record<MeetingStatus, number>> = {
  draft: 1,
  scheduled: 2,
  postponed: 3,
  cancelled: 3,
  held: 3,
  minutes_draft: 4,
  minutes_circulated: 5,
  minutes_approved: 6,
};
const FINAL: ReadonlySet<ActionStatus> = new Set(["done", "cancelled"]);

/** Due dates in days after the meeting: the next meeting, a month, a quarter. */
const DUE_OFFSETS: readonly (readonly [number, number])[] = [
  [14, 2],
  [21, 2],
  [30, 4],
  [45, 2],
  [60, 3],
  [90, 2],
  [120, 1],
];
const MAX_DUE_OFFSET = 120;

interface ActionSkeleton {
  readonly dueDay: number;
  readonly status: ActionStatus;
}

/**
 * Due date and status of each action of a meeting, from the meeting's own generator, so the overdue plan
 * can look at recent meetings before they are written. Past due means done or cancelled here; `planOverdue`
 * then reopens an exact number of them.
 */
function actionSkeletons(seed: number, m: MeetingPlan, todayDay: number): ActionSkeleton[] {
  const rng = rngFor(seed, STREAM.skeleton, m.global);
  const out: ActionSkeleton[] = [];
  for (let i = 0; i < m.quota; i += 1) {
    const dueDay = m.localDay + weighted(rng, DUE_OFFSETS);
    const r = rng.next();
    let status: ActionStatus;
    if (dueDay >= todayDay) {
      status =
        r < 0.25 ? "done" : r < 0.28 ? "cancelled" : r < 0.6 ? "in_progress" : r < 0.68 ? "blocked" : "open";
    } else {
      status = r < 0.94 ? "done" : "cancelled";
    }
    out.push({ dueDay, status });
  }
  return out;
}

/** Overdue actions come mostly from the last half year, some from up to two years back. */
const RECENT_OVERDUE_DAYS = 180;
const OLD_OVERDUE_DAYS = 730;
const RECENT_OVERDUE_SHARE = 0.8;
/** Overdue / all open actions: the share DOMAIN.md §9 gives for the demo. */
const OVERDUE_SHARE = 0.2;

interface OverduePlan {
  readonly recent: { readonly eligible: number; readonly wanted: number };
  readonly old: { readonly eligible: number; readonly wanted: number };
}

/**
 * How many past-due actions to leave open, so that overdue ones are OVERDUE_SHARE of all open ones
 * exactly: count the actions of recent meetings that are open and not yet due, and the past-due ones in
 * each window, from their skeletons. The actions themselves are then picked while writing, by selection
 * sampling (Knuth's algorithm S), which picks exactly `wanted` of `eligible` in one pass.
 */
function planOverdue(seed: number, meetings: readonly MeetingPlan[], todayDay: number): OverduePlan {
  let openNotDue = 0;
  let recent = 0;
  let old = 0;
  for (const m of meetings) {
    if (m.quota === 0 || m.localDay < todayDay - OLD_OVERDUE_DAYS - MAX_DUE_OFFSET) continue;
    for (const s of actionSkeletons(seed, m, todayDay)) {
      if (s.dueDay >= todayDay) {
        if (!FINAL.has(s.status)) openNotDue += 1;
      } else if (s.dueDay >= todayDay - RECENT_OVERDUE_DAYS) recent += 1;
      else if (s.dueDay >= todayDay - OLD_OVERDUE_DAYS) old += 1;
    }
  }
  const wanted = Math.round((openNotDue * OVERDUE_SHARE) / (1 - OVERDUE_SHARE));
  const wantedRecent = Math.min(recent, Math.round(wanted * RECENT_OVERDUE_SHARE));
  const wantedOld = Math.min(old, wanted - wantedRecent);
  return { recent: { eligible: recent, wanted: wantedRecent }, old: { eligible: old, wanted: wantedOld } };
}

// ---------------------------------------------------------------------------------------------
// Statements

function prepare(client: Database.Database) {
  const insert = (table: string, columns: string) => {
    const n = columns.split(",").length;
    return client.prepare(`INSERT INTO ${table} (${columns}) VALUES (${Array(n).fill("?").join(", ")})`);
  };
  return {
    organizations: insert(
      "organizations",
      "id, name_en, name_th, name_my, acronym, kind, country, province, township, parent_id, active, fictional, created_at, updated_at",
    ),
    contacts: insert(
      "contacts",
      "id, organization_id, name, title, languages, consent_to_list, active, created_at, updated_at",
    ),
    agreements: insert(
      "agreements",
      "id, kind, title_en, title_th, title_my, status, version, cabinet_approved_on, signed_on, in_force_on, review_started_on, review_due_on, expires_on, ended_on, renewal, parent_id, supersedes_id, superseded_by_id, created_at, updated_at",
    ),
    agreementParties: insert(
      "agreement_parties",
      "id, agreement_id, position, kind, country, organization_id",
    ),
    cooperationAreas: insert(
      "cooperation_areas",
      "agreement_id, number, position, title_en, title_th, title_my",
    ),
    sopVersions: insert("sop_versions", "id, agreement_id, version, adopted_on, note, created_at"),
    sopSteps: insert(
      "sop_steps",
      "sop_version_id, key, position, title_en, title_th, title_my, responsible_side, target_days",
    ),
    series: insert(
      "meeting_series",
      "id, kind, name_en, name_th, name_my, secretariat_id, countries, cadence_rrule, cadence_zone, cadence_first_start, cadence_duration_minutes, numbering, confidentiality, languages, quorum, legal_basis_id, active, created_at, updated_at",
    ),
    seriesMembers: insert("series_members", "series_id, organization_id, position"),
    seriesChairs: insert("series_chairs", "series_id, side, organization_id, title"),
    meetings: insert(
      "meetings",
      "id, series_id, number_ordinal, number_year, title_en, title_th, title_my, start_at, end_at, zone, mode, venue, online_url, host_side, interpretation, occurrence, status, version, created_at, updated_at",
    ),
    invitations: insert("invitations", "meeting_id, organization_id, rsvp, responded_at"),
    attendance: insert("attendance", "meeting_id, organization_id, status, delegates"),
    agendaItems: insert(
      "agenda_items",
      "id, meeting_id, position, kind, title_en, title_th, title_my, presenter_id, duration_minutes, link_agreement_id, link_clause, link_sop_step_key",
    ),
    minutes: insert(
      "minutes",
      "meeting_id, agenda_item_id, language, body, raw_body, version, updated_at, updated_by",
    ),
    decisions: insert(
      "decisions",
      "id, meeting_id, agenda_item_id, position, text_en, text_th, text_my, created_at",
    ),
    actions: insert(
      "actions",
      "id, text, raw_text, contact_id, due_on, source_meeting_id, source_agenda_item_id, source_decision_id, status, version, completed_at, created_at, updated_at",
    ),
    actionOwners: insert("action_owners", "action_id, organization_id, status, due_on"),
    actionLinks: insert("action_links", "action_id, position, agreement_id, clause, sop_step_key"),
    progressUpdates: insert("progress_updates", "action_id, at, author_id, from_status, to_status, comment"),
    auditLog: insert("audit_log", "at, actor_id, operation, entity_type, entity_id, before, after"),
  };
}
type Statements = ReturnType<typeof prepare>;

type Counts = Record<SyntheticTable, number>;
const zeroCounts = (): Counts => Object.fromEntries(SYNTHETIC_TABLES.map((t) => [t, 0])) as Counts;

// ---------------------------------------------------------------------------------------------
// Generation

/** Meetings per committed transaction: big enough to amortise the commit, small enough to keep the WAL short. */
const BATCH_MEETINGS = 250;

/**
 * Fills an empty migrated database with the synthetic data set of `size`. Throws if the database already
 * holds organizations, agreements, series, meetings or actions (the ids would not collide, but counts and
 * determinism would be meaningless). Writes one audit row, `synthetic.generate`, with the counts.
 */
export function generateSynthetic(
  db: Db,
  size: SyntheticSizeName | SyntheticSize,
  options: SyntheticOptions,
): SyntheticSummary {
  const started = performance.now();
  const spec: SyntheticSize = typeof size === "string" ? SIZES[size] : size;
  checkSize(spec);
  const sizeName =
    typeof size === "string"
      ? size
      : ((Object.keys(SIZES) as SyntheticSizeName[]).find((k) =>
          (Object.keys(spec) as (keyof SyntheticSize)[]).every((f) => SIZES[k][f] === spec[f]),
        ) ?? null);
  const { seed, today } = options;
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a safe integer, got ${seed}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || dateOf(dayOf(today)) !== today) {
    throw new Error(`today must be a YYYY-MM-DD date, got ${today}`);
  }
  const client = db.$client;
  const existing = client
    .prepare(
      "SELECT (SELECT count(*) FROM organizations) + (SELECT count(*) FROM agreements) + (SELECT count(*) FROM meeting_series) + (SELECT count(*) FROM meetings) + (SELECT count(*) FROM actions) AS n",
    )
    .get() as { n: number };
  if (existing.n > 0) throw new Error("generateSynthetic needs an empty database");

  const st = prepare(client);
  const counts = zeroCounts();
  const todayDay = dayOf(today);
  // "Now" for the data set: midnight UTC at the start of `today`. Every stored instant is at or before it.
  const asOf = todayDay * DAY_MS;
  const firstDay = yearsBefore(today, spec.years);
  const rng = rngFor(seed, STREAM.main);

  const orgs: OrgPlan[] = [];
  const agreementPlans: AgreementPlan[] = [];
  const seriesPlans: SeriesPlan[] = [];

  let summary: Omit<SyntheticSummary, "milliseconds">;
  // Restored, with the documents of whatever was written, even when the load fails half-way.
  const searchTriggers = suspendSearchTriggers(client);
  try {
    client.transaction(() => {
      generateOrganizations(rng, st, counts, spec, firstDay, orgs);
      generateAgreements(rng, client, st, counts, spec, firstDay, todayDay, orgs, agreementPlans);
      generateSeries(seed, st, counts, spec, firstDay, orgs, agreementPlans, seriesPlans);
    })();

    const meetings = planMeetings(seed, seriesPlans, firstDay, todayDay, todayDay + spec.futureDays, asOf);
    allocateActions(meetings, spec.actions);
    const overdue = planOverdue(seed, meetings, todayDay);
    const selector = rngFor(seed, STREAM.overdue);
    const selection = {
      recent: { seen: 0, picked: 0, ...overdue.recent },
      old: { seen: 0, picked: 0, ...overdue.old },
    };
    const tally = { open: 0, overdue: 0 };

    /** Whether this past-due action stays open: exactly `wanted` of the `eligible` in its window. */
    const keepOpen = (dueDay: number): boolean => {
      const age = todayDay - dueDay;
      const window =
        age <= RECENT_OVERDUE_DAYS ? selection.recent : age <= OLD_OVERDUE_DAYS ? selection.old : null;
      if (window === null) return false;
      const remaining = window.eligible - window.seen;
      const take = selector.next() * remaining < window.wanted - window.picked;
      window.seen += 1;
      if (take) window.picked += 1;
      return take;
    };

    const ctx: ContentContext = {
      seed,
      st,
      counts,
      todayDay,
      asOf,
      agreements: agreementPlans,
      keepOpen,
      tally,
    };
    options.onProgress?.(0, meetings.length);
    for (let from = 0; from < meetings.length; from += BATCH_MEETINGS) {
      const batch = meetings.slice(from, from + BATCH_MEETINGS);
      client.transaction(() => {
        for (const m of batch) writeMeeting(ctx, m);
      })();
      options.onProgress?.(Math.min(from + BATCH_MEETINGS, meetings.length), meetings.length);
    }

    const first = meetings.reduce((min, m) => Math.min(min, m.localDay), Number.POSITIVE_INFINITY);
    const last = meetings.reduce((max, m) => Math.max(max, m.localDay), Number.NEGATIVE_INFINITY);
    counts.audit_log = 1;
    const record = {
      sizeName,
      size: spec,
      seed,
      today,
      counts,
      openActions: tally.open,
      overdueActions: tally.overdue,
      firstMeetingOn: dateOf(first),
      lastMeetingOn: dateOf(last),
    };
    // One audit row for the whole import: a bulk load is a system action, and a row per entity would double
    // the size of the database for nothing anyone would read.
    st.auditLog.run(
      iso(asOf),
      null,
      "synthetic.generate",
      "database",
      `synthetic-${sizeName ?? "custom"}-${seed}`,
      null,
      JSON.stringify(record),
    );
    summary = {
      ...record,
      today,
      firstMeetingOn: record.firstMeetingOn as PlainDate,
      lastMeetingOn: record.lastMeetingOn as PlainDate,
    };
  } finally {
    restoreSearch(client, searchTriggers);
  }
  return { ...summary, milliseconds: Math.round(performance.now() - started) };
}

// ---------------------------------------------------------------------------------------------
// Search index

/** The tables whose rows the search migration's triggers copy into `search_documents`. */
const SEARCHED_TABLES = [
  "organizations",
  "agreements",
  "meeting_series",
  "meetings",
  "minutes",
  "decisions",
  "actions",
] as const;

/**
 * Drops the triggers that keep `search_documents` (and through it the FTS index) in step with the tables
 * the generator fills, and returns their SQL. Row by row they made a bulk load three times slower than one
 * rebuild at the end. Read from sqlite_master rather than written here, so that whatever a later
 * migration makes of them is what comes back.
 */
function suspendSearchTriggers(client: Database.Database): readonly string[] {
  const triggers = client
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'trigger' AND tbl_name IN (${SEARCHED_TABLES.map(() => "?").join(", ")})
         AND sql LIKE '%search_documents%'
       ORDER BY rowid`,
    )
    .all(...SEARCHED_TABLES) as { name: string; sql: string }[];
  client.transaction(() => {
    for (const t of triggers) client.exec(`DROP TRIGGER "${t.name.replaceAll('"', '""')}"`);
  })();
  return triggers.map((t) => t.sql);
}

/**
 * The search migration's backfill (every row of the `search_sources` view into `search_documents`,
 * whose own trigger feeds the FTS index), in the order the dropped triggers would have written the
 * documents: organizations, agreements, then meeting by meeting its own document, minutes, decisions and
 * actions, each in insertion (rowid) order. Document ids therefore come out as the triggers would have
 * numbered them, and ranking ties (broken by document id) fall the same way.
 */
const REBUILD_SEARCH_DOCUMENTS = `
  INSERT INTO search_documents (source, source_key, entity_type, entity_id, meeting_id, name, body)
  SELECT d.source, d.source_key, d.entity_type, d.entity_id, d.meeting_id, d.name, d.body
  FROM search_sources d
  ORDER BY
    CASE d.source WHEN 'organization' THEN 0 WHEN 'agreement' THEN 1 ELSE 2 END,
    CASE d.source
      WHEN 'organization' THEN (SELECT rowid FROM organizations WHERE id = d.source_key)
      WHEN 'agreement' THEN (SELECT rowid FROM agreements WHERE id = d.source_key)
      ELSE (SELECT rowid FROM meetings WHERE id = d.meeting_id)
    END,
    CASE d.source WHEN 'minutes' THEN 1 WHEN 'decision' THEN 2 WHEN 'action' THEN 3 ELSE 0 END,
    CASE d.source
      WHEN 'minutes' THEN (
        SELECT rowid FROM minutes
        WHERE agenda_item_id = substr(d.source_key, 1, instr(d.source_key, '/') - 1)
          AND language = substr(d.source_key, instr(d.source_key, '/') + 1)
      )
      WHEN 'decision' THEN (SELECT rowid FROM decisions WHERE id = d.source_key)
      WHEN 'action' THEN (SELECT rowid FROM actions WHERE id = d.source_key)
      ELSE 0
    END`;

/** Re-creates the dropped triggers and writes the documents they would have written, in one transaction. */
function restoreSearch(client: Database.Database, triggers: readonly string[]): void {
  client.transaction(() => {
    for (const sql of triggers) client.exec(sql);
    client.prepare(REBUILD_SEARCH_DOCUMENTS).run();
  })();
}

/** Custom sizes are allowed (a benchmark may want its own); refuse ones the generator cannot honour. */
function checkSize(spec: SyntheticSize): void {
  const whole = (n: number, min: number) => Number.isSafeInteger(n) && n >= min;
  const problems = [
    whole(spec.years, 1) ? null : "years ≥ 1",
    whole(spec.futureDays, 0) ? null : "futureDays ≥ 0",
    whole(spec.series, 1) ? null : "series ≥ 1",
    // The government bodies come first; the series need other members besides them.
    whole(spec.organizations, MINISTRIES.length + 10) ? null : `organizations ≥ ${MINISTRIES.length + 10}`,
    whole(spec.agreements, 2) ? null : "agreements ≥ 2",
    whole(spec.actions, 0) ? null : "actions ≥ 0",
  ].filter((p) => p !== null);
  if (problems.length > 0) throw new Error(`Invalid synthetic size: ${problems.join(", ")}`);
}

function acronymOf(name: string): string {
  return name
    .split(/[\s/–-]+/)
    .map((w) =>
      w
        .replace(/[^A-Za-z]/g, "")
        .charAt(0)
        .toUpperCase(),
    )
    .join("")
    .slice(0, 16);
}

function generateOrganizations(
  rng: Rng,
  st: Statements,
  counts: Counts,
  spec: SyntheticSize,
  firstDay: number,
  out: OrgPlan[],
): void {
  const names = new Map<string, number>();
  const ministriesOf = new Map<Country, string[]>();
  const addContacts = (org: OrgPlan, createdMs: number, languages: readonly Language[]) => {
    const n = int(rng, 2, 4);
    for (let k = 1; k <= n; k += 1) {
      const id = makeId(rng, "con", createdMs);
      // Role and organization instead of a person's name: synthetic data must not look like personal data.
      const name = `Focal point ${k}, ${org.acronym}`;
      st.contacts.run(
        id,
        org.id,
        name,
        pick(rng, CONTACT_TITLES),
        JSON.stringify(languages),
        chance(rng, 0.7) ? 1 : 0,
        chance(rng, 0.95) ? 1 : 0,
        iso(createdMs),
        iso(createdMs),
      );
      org.contactIds.push(id);
      org.contactNames.push(name);
      counts.contacts += 1;
    }
  };
  const languagesOf = (country: Country | null): readonly Language[] =>
    country === "TH"
      ? chance(rng, 0.6)
        ? ["th", "en"]
        : ["th"]
      : country === "MM"
        ? chance(rng, 0.3)
          ? ["my", "ksw"]
          : ["my", "en"]
        : ["en"];

  for (const [country, acronym, name] of MINISTRIES) {
    const createdMs = (firstDay - int(rng, 400, 900)) * DAY_MS + int(rng, 1, 10) * 3_600_000;
    const org: OrgPlan = {
      id: makeId(rng, "org", createdMs),
      kind: "ministry",
      country,
      acronym,
      contactIds: [],
      contactNames: [],
    };
    st.organizations.run(
      org.id,
      name.en,
      name.th || null,
      name.my || null,
      acronym,
      "ministry",
      country,
      null,
      null,
      null,
      1,
      0,
      iso(createdMs),
      iso(createdMs),
    );
    counts.organizations += 1;
    out.push(org);
    ministriesOf.set(country, [...(ministriesOf.get(country) ?? []), org.id]);
    addContacts(org, createdMs, languagesOf(country));
  }

  while (out.length < spec.organizations) {
    const kind = weighted(rng, KIND_WEIGHTS);
    const international = kind === "un_agency" || kind === "international_organization";
    const country: Country = weighted<Country>(rng, [
      ["TH", 65],
      ["MM", 28],
      ["KH", 2],
      ["LA", 2],
      ["VN", 1],
      ["CN", 1],
      ["MY", 1],
    ]);
    const place = pick(rng, PLACES[country] ?? []);
    const noun = pick(rng, KIND_NOUNS[kind]);
    const baseEn = `${place.en} ${noun.en}`;
    const n = (names.get(baseEn) ?? 0) + 1;
    names.set(baseEn, n);
    const suffix = n === 1 ? "" : ` ${n}`;
    const nameTh = place.th === undefined ? null : `${noun.th}${place.th}${suffix}`;
    const nameMy =
      place.my === undefined ? null : `${place.my} ${noun.my}${n === 1 ? "" : ` ${myDigits(n)}`}`;
    const acronym = `${acronymOf(baseEn)}${n === 1 ? "" : n}`;
    const parents =
      kind === "department" || kind === "provincial_office" || kind === "police"
        ? ministriesOf.get(country)
        : undefined;
    const parentId = parents !== undefined && parents.length > 0 ? pick(rng, parents) : null;
    const createdMs = (firstDay - int(rng, 30, 800)) * DAY_MS + int(rng, 1, 10) * 3_600_000;
    const org: OrgPlan = {
      id: makeId(rng, "org", createdMs),
      kind,
      // UN agencies and international organizations have field offices but no nationality.
      country: international ? null : country,
      acronym,
      contactIds: [],
      contactNames: [],
    };
    st.organizations.run(
      org.id,
      `${baseEn}${suffix}`,
      nameTh,
      nameMy,
      acronym,
      kind,
      org.country,
      place.province,
      place.township ?? null,
      parentId,
      chance(rng, 0.96) ? 1 : 0,
      1,
      iso(createdMs),
      // Edited some time before the series begin, never after it (a one-year custom size stays in the past).
      iso(Math.min(createdMs + int(rng, 0, 400) * DAY_MS, firstDay * DAY_MS)),
    );
    counts.organizations += 1;
    out.push(org);
    addContacts(org, createdMs, languagesOf(org.country));
  }
}

function generateAgreements(
  rng: Rng,
  client: Database.Database,
  st: Statements,
  counts: Counts,
  spec: SyntheticSize,
  firstDay: number,
  todayDay: number,
  orgs: readonly OrgPlan[],
  out: AgreementPlan[],
): void {
  // A superseded agreement and its successor point at each other; checked at commit, not per row.
  client.pragma("defer_foreign_keys = ON");
  const ministryOf = (country: Country) => orgs.find((o) => o.kind === "ministry" && o.country === country);
  const internationals = orgs.filter(
    (o) => o.kind === "un_agency" || o.kind === "international_organization",
  );
  const titles = new Map<string, number>();
  const mous: AgreementPlan[] = [];
  const d = (day: number | null) => (day === null ? null : dateOf(day));

  const partners: readonly (readonly [Country, number])[] = [
    ["MM", 40],
    ["KH", 20],
    ["LA", 20],
    ["VN", 10],
    ["CN", 5],
    ["MY", 5],
  ];
  const mouCount = Math.max(2, Math.round(spec.agreements * 0.35));
  // Pairs are fixed up after all rows exist: old ones superseded by newer in-force ones of the same kind.
  const pendingSupersede: AgreementPlan[] = [];
  const rows: { plan: AgreementPlan; values: unknown[] }[] = [];

  for (let i = 0; i < spec.agreements; i += 1) {
    let kind: AgreementKind;
    let countries: Country[];
    let parent: AgreementPlan | null = null;
    let organizationParty: OrgPlan | null = null;
    if (i === 0) {
      // The TH–MM MOU every BCATIP and CMM carries out.
      kind = "mou";
      countries = ["TH", "MM"];
    } else if (i === 1) {
      kind = "sop";
      countries = ["TH", "MM"];
      parent = mous[0] ?? null;
    } else if (i < mouCount) {
      const r = rng.next();
      kind = r < 0.75 ? "mou" : r < 0.95 ? "partnership_mou" : "convention";
      countries =
        kind === "convention"
          ? ["TH", "MM", "KH", "LA", "VN", "MY"]
          : kind === "partnership_mou"
            ? ["TH"]
            : ["TH", weighted(rng, partners)];
      if (kind === "partnership_mou" && internationals.length > 0)
        organizationParty = pick(rng, internationals);
    } else {
      kind = weighted<AgreementKind>(rng, [
        ["sop", 4],
        ["annex", 3],
        ["plan_of_action", 3],
      ]);
      parent = mous.length > 0 ? pick(rng, mous) : null;
      countries = [...(parent?.countries ?? ["TH", "MM"])];
    }
    const [a = "TH", b = "MM"] = countries;
    const an = COUNTRY_NAMES[a] as Tri;
    const bn = COUNTRY_NAMES[b] as Tri;
    let title: Tri;
    switch (kind) {
      case "mou":
        title = tri(
          `Memorandum of Understanding between ${an.en} and ${bn.en} on Cooperation against Trafficking in Persons`,
          `บันทึกความเข้าใจระหว่าง${an.th}และ${bn.th}ว่าด้วยความร่วมมือเพื่อต่อต้านการค้ามนุษย์`,
          `${an.my}နှင့် ${bn.my} လူကုန်ကူးမှု တိုက်ဖျက်ရေး ပူးပေါင်းဆောင်ရွက်မှု နားလည်မှုစာချွန်လွှာ`,
        );
        break;
      case "partnership_mou":
        title = tri(
          `Partnership MOU between MSDHS and ${organizationParty?.acronym ?? "IOM"}`,
          `บันทึกความเข้าใจความร่วมมือระหว่าง พม. และ ${organizationParty?.acronym ?? "IOM"}`,
          "",
        );
        break;
      case "convention":
        title = tri(
          "Regional Convention against Trafficking in Persons",
          "อนุสัญญาระดับภูมิภาคว่าด้วยการต่อต้านการค้ามนุษย์",
          "ဒေသဆိုင်ရာ လူကုန်ကူးမှု တိုက်ဖျက်ရေး ကွန်ဗင်းရှင်း",
        );
        break;
      case "sop":
        title = tri(
          `Standard Operating Procedures on Return and Reintegration (${an.en}–${bn.en})`,
          `แนวทางปฏิบัติการส่งกลับและการคืนสู่สังคม (${an.th}–${bn.th})`,
          `ပြန်လည်ပို့ဆောင်ရေးနှင့် ပြန်လည်ပေါင်းစည်းရေး စံလုပ်ထုံးလုပ်နည်း (${an.my}–${bn.my})`,
        );
        break;
      case "annex":
        title = tri(
          `Annex on Case Management Forms (${an.en}–${bn.en})`,
          `ภาคผนวกแบบฟอร์มการจัดการรายกรณี (${an.th}–${bn.th})`,
          `ကိစ္စရပ်စီမံခန့်ခွဲမှု ပုံစံများ နောက်ဆက်တွဲ (${an.my}–${bn.my})`,
        );
        break;
      default:
        title = tri(
          `Plan of Action (${an.en}–${bn.en})`,
          `แผนปฏิบัติการ (${an.th}–${bn.th})`,
          `လုပ်ငန်းစီမံချက် (${an.my}–${bn.my})`,
        );
    }
    const n = (titles.get(title.en) ?? 0) + 1;
    titles.set(title.en, n);
    if (n > 1)
      title = tri(
        `${title.en} (${n})`,
        title.th === "" ? "" : `${title.th} (${n})`,
        title.my === "" ? "" : `${title.my} (${myDigits(n)})`,
      );

    const status: AgreementStatus =
      i < 2
        ? "in_force"
        : weighted<AgreementStatus>(rng, [
            ["in_force", 55],
            ["signed", 8],
            ["under_review", 10],
            ["expired", 8],
            ["superseded", kind === "mou" ? 14 : 0],
            ["negotiating", 6],
            ["draft", 4],
            ["terminated", 2],
          ]);
    const signed = status !== "draft" && status !== "negotiating";
    const signedDay = signed ? int(rng, firstDay - 15 * 365, todayDay - 400) : null;
    const cabinetDay =
      signedDay !== null && kind === "mou" && chance(rng, 0.7) ? signedDay - int(rng, 30, 120) : null;
    const inForceDay = signedDay !== null && status !== "signed" ? signedDay + int(rng, 0, 90) : null;
    const reviewStartedDay = status === "under_review" ? int(rng, todayDay - 200, todayDay - 10) : null;
    const reviewDueDay =
      inForceDay !== null && (status === "in_force" || status === "under_review")
        ? inForceDay + 3 * 365
        : null;
    let expiresDay: number | null = null;
    let endedDay: number | null = null;
    if (status === "expired") {
      expiresDay = int(rng, Math.max((inForceDay ?? todayDay - 400) + 30, todayDay - 1500), todayDay - 1);
      endedDay = expiresDay;
    } else if (status === "terminated" || status === "superseded") {
      endedDay = int(rng, Math.min((inForceDay ?? todayDay - 400) + 30, todayDay - 2), todayDay - 1);
    } else if (inForceDay !== null && chance(rng, 0.4)) {
      expiresDay = Math.max(inForceDay + 5 * 365, todayDay + int(rng, 30, 900));
    }
    const renewal: Renewal = weighted<Renewal>(rng, [
      [{ kind: "by_agreement" }, 5],
      [{ kind: "none" }, 3],
      [{ kind: "automatic", periodMonths: 60, noticeDays: 90 }, 2],
    ]);
    const createdMs =
      ((signedDay ?? todayDay - int(rng, 30, 300)) - int(rng, 30, 200)) * DAY_MS + 3 * 3_600_000;
    const updatedMs = Math.min(
      todayDay * DAY_MS,
      ((endedDay ?? reviewStartedDay ?? inForceDay ?? signedDay ?? todayDay - 20) + 1) * DAY_MS,
    );
    const id = makeId(rng, "agr", createdMs);

    const areaCount = kind === "annex" ? 0 : int(rng, 3, 5);
    const areas = sample(rng, AREAS, areaCount);
    const areaNumbers = areas.map((_, k) => String(k + 1));
    const plan: AgreementPlan = {
      id,
      kind,
      countries,
      areas: areaNumbers,
      sopSteps: kind === "sop" ? SOP_STEPS.map(([key]) => key) : [],
    };
    const version =
      1 +
      (signed ? 1 : 0) +
      (inForceDay === null ? 0 : 1) +
      (reviewStartedDay === null ? 0 : 1) +
      (endedDay === null ? 0 : 1);
    rows.push({
      plan,
      values: [
        id,
        kind,
        title.en,
        title.th || null,
        title.my || null,
        status,
        version,
        d(cabinetDay),
        d(signedDay),
        d(inForceDay),
        d(reviewStartedDay),
        d(reviewDueDay),
        d(expiresDay),
        d(endedDay),
        JSON.stringify(renewal),
        parent?.id ?? null,
        null,
        null,
        iso(createdMs),
        iso(Math.max(createdMs, updatedMs)),
      ],
    });
    if (status === "superseded") pendingSupersede.push(plan);
    if (kind === "mou" || kind === "partnership_mou" || kind === "convention") mous.push(plan);
    out.push(plan);

    // Parties: governments by their ministry, and the organization of a partnership MOU.
    const parties: { kind: "government" | "organization"; country: Country | null; org: string | null }[] =
      countries.map((c) => ({ kind: "government", country: c, org: ministryOf(c)?.id ?? null }));
    if (organizationParty !== null)
      parties.push({ kind: "organization", country: null, org: organizationParty.id });
    parties.forEach((p, k) => {
      st.agreementParties.run(makeId(rng, "agp", createdMs), id, k + 1, p.kind, p.country, p.org);
      counts.agreement_parties += 1;
    });
    areas.forEach((area, k) => {
      st.cooperationAreas.run(id, String(k + 1), k + 1, area.en, area.th, area.my);
      counts.cooperation_areas += 1;
    });
    if (kind === "sop") {
      const versions = signedDay !== null && chance(rng, 0.4) ? 2 : 1;
      for (let v = 1; v <= versions; v += 1) {
        const adopted = signedDay === null ? null : signedDay + (v - 1) * int(rng, 300, 900);
        const sopId = makeId(rng, "sop", createdMs + v);
        st.sopVersions.run(
          sopId,
          id,
          v,
          adopted === null || adopted >= todayDay ? null : dateOf(adopted),
          v === 1 ? null : "Revised target days after the annual review.",
          iso(createdMs + (v - 1) * DAY_MS),
        );
        counts.sop_versions += 1;
        SOP_STEPS.forEach(([key, stepTitle, side, days], k) => {
          const responsible = side === "joint" ? "joint" : side === "destination" ? a : b;
          st.sopSteps.run(
            sopId,
            key,
            k + 1,
            stepTitle.en,
            stepTitle.th,
            stepTitle.my,
            responsible,
            days === null ? null : days + (v - 1) * 5,
          );
          counts.sop_steps += 1;
        });
      }
    }
  }

  // Supersession: each superseded agreement points to a newer one in force, which points back.
  const successors = new Map<string, string>();
  const predecessors = new Map<string, string>();
  const free = (r: (typeof rows)[number], old: AgreementPlan) =>
    r.plan.kind === old.kind &&
    r.values[5] === "in_force" &&
    !predecessors.has(r.plan.id) &&
    r.plan.id !== old.id;
  const signedOn = (plan: AgreementPlan) => String(rows.find((r) => r.plan === plan)?.values[8] ?? "");
  for (const old of pendingSupersede) {
    // Prefer a later instrument between the same countries; any free one of the same kind will do.
    const next =
      rows.find(
        (r) =>
          free(r, old) &&
          r.plan.countries.join() === old.countries.join() &&
          String(r.values[8]) > signedOn(old),
      ) ?? rows.find((r) => free(r, old));
    if (next === undefined) continue;
    successors.set(old.id, next.plan.id);
    predecessors.set(next.plan.id, old.id);
  }
  for (const { plan, values } of rows) {
    const row = [...values];
    if (row[5] === "superseded" && !successors.has(plan.id)) row[5] = "terminated";
    row[16] = predecessors.get(plan.id) ?? null;
    row[17] = successors.get(plan.id) ?? null;
    st.agreements.run(...row);
    counts.agreements += 1;
  }
}

function generateSeries(
  seed: number,
  st: Statements,
  counts: Counts,
  spec: SyntheticSize,
  firstDay: number,
  orgs: readonly OrgPlan[],
  agreements: readonly AgreementPlan[],
  out: SeriesPlan[],
): void {
  const thaiSide = orgs.filter((o) => o.country === "TH" || o.country === null);
  const crossBorder = orgs.filter((o) => o.country === "TH" || o.country === "MM" || o.country === null);
  const regional = orgs;
  const mou = agreements.find((a) => a.kind === "mou" && a.countries.includes("MM")) ?? null;
  const sop = agreements.find((a) => a.kind === "sop" && a.countries.includes("MM")) ?? null;
  for (let i = 0; i < spec.series; i += 1) {
    const rng = rngFor(seed, STREAM.series, i);
    const template = TEMPLATES[i % TEMPLATES.length] as SeriesTemplate;
    const group = Math.floor(i / TEMPLATES.length);
    const pool =
      template.countries.length > 2 ? regional : template.countries.includes("MM") ? crossBorder : thaiSide;
    const secretariatKinds: readonly OrganizationKind[] =
      template.kind === "ngo_coordination"
        ? ["ngo", "international_organization", "un_agency"]
        : template.kind === "case_management"
          ? ["ministry"]
          : ["provincial_office", "department", "ministry"];
    const candidates = pool.filter(
      (o) => secretariatKinds.includes(o.kind) && (o.country === "TH" || o.country === null),
    );
    const secretariat = candidates.length > 0 ? pick(rng, candidates) : pick(rng, pool);
    const mmCandidates = pool.filter(
      (o) => o.country === "MM" && (o.kind === "ministry" || o.kind === "police"),
    );
    const mmChair =
      template.countries.includes("MM") && mmCandidates.length > 0 ? pick(rng, mmCandidates) : null;
    const wanted = int(rng, template.members[0], template.members[1]);
    const others = sample(
      rng,
      pool.filter((o) => o !== secretariat && o !== mmChair),
      wanted - 1 - (mmChair === null ? 0 : 1),
    );
    const members = [secretariat, ...(mmChair === null ? [] : [mmChair]), ...others];
    const createdMs = (firstDay - int(rng, 30, 120)) * DAY_MS + 2 * 3_600_000;
    const id = makeId(rng, "ser", createdMs);
    const legalBasis =
      template.basis === "bcatip"
        ? mou
        : template.basis === "cmm"
          ? sop
          : template.basis === "any" && agreements.length > 0 && chance(rng, 0.6)
            ? pick(rng, agreements)
            : null;
    const suffix = group === 0 ? null : group + 1;
    const name = tri(
      suffix === null ? template.name.en : `${template.name.en} (group ${suffix})`,
      template.name.th === ""
        ? ""
        : suffix === null
          ? template.name.th
          : `${template.name.th} (กลุ่มที่ ${suffix})`,
      template.name.my === ""
        ? ""
        : suffix === null
          ? template.name.my
          : `${template.name.my} (အဖွဲ့ ${myDigits(suffix)})`,
    );
    const plan: SeriesPlan = {
      index: i,
      id,
      template,
      members,
      minuteLanguages: (["en", "th", "my"] as const).filter((l) => template.languages.includes(l)),
      legalBasis,
      slug: `series-${i + 1}`,
    };
    // The cadence's first start is the first regular occurrence, written before the meetings are planned.
    const firstOccurrence = cadenceDays(template.cadence, firstDay, firstDay + 400)[0] ?? firstDay;
    st.series.run(
      id,
      template.kind,
      name.en,
      name.th || null,
      name.my || null,
      secretariat.id,
      JSON.stringify(template.countries),
      rruleOf(template.cadence),
      template.zone,
      `${dateOf(firstOccurrence)}T${template.time}`,
      template.minutes,
      template.numbering,
      template.confidentiality,
      JSON.stringify(template.languages),
      template.quorum,
      legalBasis?.id ?? null,
      1,
      iso(createdMs),
      iso(createdMs),
    );
    counts.meeting_series += 1;
    members.forEach((m, position) => {
      st.seriesMembers.run(id, m.id, position);
      counts.series_members += 1;
    });
    st.seriesChairs.run(
      id,
      "TH",
      secretariat.id,
      template.kind === "provincial_subcommittee" ? "Provincial Governor" : "Chair, Thai side",
    );
    counts.series_chairs += 1;
    if (mmChair !== null) {
      st.seriesChairs.run(id, "MM", mmChair.id, "Chair, Myanmar side");
      counts.series_chairs += 1;
    }
    out.push(plan);
  }
}

/** The numbering year of a local date: B.E. calendar year, or B.E. fiscal year (October to September). */
function numberYear(scheme: NumberingScheme, localDay: number): number | null {
  if (scheme === "sequential") return null;
  const date = dateOf(localDay);
  const year = Number(date.slice(0, 4)) + 543;
  return scheme === "fiscal_year" && Number(date.slice(5, 7)) >= 10 ? year + 1 : year;
}

function meetingStatus(
  rng: Rng,
  endMs: number,
  localDay: number,
  todayDay: number,
  asOf: number,
): MeetingStatus {
  if (endMs > asOf) return localDay - todayDay <= 45 ? "scheduled" : "draft";
  const age = todayDay - localDay;
  const r = rng.next();
  if (r < 0.04) return "cancelled";
  if (age <= 120 && r < 0.05) return "postponed";
  if (age <= 3) return "held";
  if (age <= 14) return r < 0.6 ? "minutes_draft" : "held";
  if (age <= 40) return r < 0.55 ? "minutes_circulated" : r < 0.9 ? "minutes_draft" : "held";
  return r < 0.985 ? "minutes_approved" : "minutes_circulated";
}

function planMeetings(
  seed: number,
  series: readonly SeriesPlan[],
  firstDay: number,
  todayDay: number,
  endDay: number,
  asOf: number,
): MeetingPlan[] {
  const out: MeetingPlan[] = [];
  for (const s of series) {
    const rng = rngFor(seed, STREAM.series, s.index, 1);
    const t = s.template;
    const [hh = 9, mm = 0] = t.time.split(":").map(Number);
    const offset = ZONES[t.zone];
    const counters = new Map<number | null, number>();
    const days = cadenceDays(t.cadence, firstDay, endDay);
    days.forEach((day, index) => {
      const regularMs = day * DAY_MS + (hh * 60 + mm - offset) * MINUTE_MS;
      // A few meetings move a day or two off their regular date; the occurrence keeps the regular time.
      const shift = chance(rng, 0.03) ? pick(rng, [-2, -1, 1, 2]) : 0;
      const startMs = regularMs + shift * DAY_MS;
      const endMs = startMs + t.minutes * MINUTE_MS;
      const localDay = day + shift;
      const status = meetingStatus(rng, endMs, localDay, todayDay, asOf);
      // Numbers are given when a meeting is scheduled and taken back when it is cancelled (`renumber`).
      const numbered = status !== "draft" && status !== "cancelled";
      const year = numberYear(t.numbering, localDay);
      // Created a few weeks ahead, and never after "now" (a draft two months out was created already).
      const createdMs = Math.min(startMs - int(rng, 20, 60) * DAY_MS, asOf - int(rng, 1, 10) * DAY_MS);
      let ordinal: number | null = null;
      if (numbered) {
        ordinal = counters.get(year) ?? (year === null ? t.firstOrdinal : 1);
        counters.set(year, ordinal + 1);
      }
      out.push({
        series: s,
        global: out.length,
        index,
        id: makeId(rng, "mtg", createdMs),
        localDay,
        occurrence: `${dateOf(day)}T${t.time}`,
        startMs,
        endMs,
        createdMs,
        status,
        ordinal,
        year: numbered ? year : null,
        quota: 0,
      });
    });
  }
  return out;
}

/** Spreads exactly `total` actions over held meetings, in proportion to series weight and a random factor. */
function allocateActions(meetings: readonly MeetingPlan[], total: number): void {
  const held = meetings.filter((m) => HELD.has(m.status));
  const weights = held.map(
    (m) => m.series.template.weight * (0.5 + ((m.global * 2654435761) >>> 0) / 4294967296),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let given = 0;
  held.forEach((m, i) => {
    cumulative += weights[i] ?? 0;
    const upTo = i === held.length - 1 ? total : Math.floor((total * cumulative) / sum);
    m.quota = upTo - given;
    given = upTo;
  });
}

interface ContentContext {
  readonly seed: number;
  readonly st: Statements;
  readonly counts: Counts;
  readonly todayDay: number;
  readonly asOf: number;
  readonly agreements: readonly AgreementPlan[];
  readonly keepOpen: (dueDay: number) => boolean;
  readonly tally: { open: number; overdue: number };
}

interface ItemPlan {
  readonly id: string;
  readonly kind: AgendaItemKind;
  readonly title: Tri;
  readonly topic: boolean;
}

/** The text in `lang` when the series works in that language. */
const textFor = (value: Tri, lang: TextLang, languages: readonly Language[]): string | null =>
  languages.includes(lang) && value[lang] !== "" ? value[lang] : null;

function writeMeeting(ctx: ContentContext, m: MeetingPlan): void {
  const { st, counts, asOf } = ctx;
  const rng = rngFor(ctx.seed, STREAM.content, m.global);
  const s = m.series;
  const t = s.template;
  const members = s.members;

  // Host side alternates for cross-border series; the meeting's zone is the host's.
  const alternate = t.placeMm !== undefined;
  const hostMm = alternate && m.index % 2 === 1;
  const zone: Zone = alternate ? (hostMm ? "Asia/Yangon" : "Asia/Bangkok") : t.zone;
  const hostPlace = hostMm ? (t.placeMm ?? t.place) : t.place;
  const mode: MeetingMode = weighted<MeetingMode>(rng, [
    ["in_person", 75],
    ["hybrid", 15],
    ["online", 10],
  ]);
  const venue = mode === "online" ? null : `${pick(rng, VENUES)}, ${hostPlace}`;
  const onlineUrl = mode === "in_person" ? null : `https://meet.example.org/${s.slug}-${m.index + 1}`;
  const special = chance(rng, 0.02);
  const { createdMs } = m;
  let updatedMs = createdMs;
  const afterEnd = (minDays: number, maxDays: number) =>
    Math.max(createdMs, Math.min(asOf, m.endMs + int(rng, minDays * 24, maxDays * 24) * 3_600_000));
  if (m.status === "minutes_approved") updatedMs = afterEnd(20, 45);
  else if (MINUTED.has(m.status)) updatedMs = afterEnd(1, 10);
  else if (m.status === "held") updatedMs = Math.min(asOf, m.endMs);
  else if (m.status === "cancelled" || m.status === "postponed")
    updatedMs = between(rng, createdMs, Math.min(m.startMs, asOf));

  st.meetings.run(
    m.id,
    s.id,
    m.ordinal,
    m.year,
    special ? SPECIAL_SESSION.en : null,
    special ? textFor(SPECIAL_SESSION, "th", t.languages) : null,
    special ? textFor(SPECIAL_SESSION, "my", t.languages) : null,
    iso(m.startMs),
    iso(m.endMs),
    zone,
    mode,
    venue,
    onlineUrl,
    t.countries.length > 1 ? (hostMm ? "MM" : "TH") : null,
    JSON.stringify(t.languages.filter((l) => l !== "en")),
    m.occurrence,
    m.status,
    VERSION_OF[m.status],
    iso(createdMs),
    iso(updatedMs),
  );
  counts.meetings += 1;

  // Invitations: every member, unless the meeting is still a draft nobody was invited to.
  const invite = m.status !== "draft" || chance(rng, 0.5);
  const past = m.endMs <= asOf;
  const rsvps = new Map<string, Rsvp>();
  if (invite) {
    for (const org of members) {
      const rsvp: Rsvp = past
        ? weighted<Rsvp>(rng, [
            ["accepted", 78],
            ["tentative", 5],
            ["declined", 8],
            ["pending", 9],
          ])
        : weighted<Rsvp>(rng, [
            ["accepted", 40],
            ["tentative", 10],
            ["declined", 5],
            ["pending", 45],
          ]);
      const respondedMs = rsvp === "pending" ? null : between(rng, createdMs, Math.min(m.startMs, asOf));
      st.invitations.run(m.id, org.id, rsvp, respondedMs === null ? null : iso(respondedMs));
      counts.invitations += 1;
      rsvps.set(org.id, rsvp);
    }
  }

  if (HELD.has(m.status)) {
    for (const org of members) {
      const rsvp = rsvps.get(org.id) ?? "pending";
      const remoteOk = mode !== "in_person";
      const status: AttendanceStatus =
        rsvp === "accepted"
          ? weighted<AttendanceStatus>(rng, [
              ["present", remoteOk ? 70 : 90],
              ["remote", remoteOk ? 22 : 0],
              ["absent", 8],
            ])
          : rsvp === "declined"
            ? chance(rng, 0.8)
              ? "excused"
              : "absent"
            : chance(rng, rsvp === "tentative" ? 0.5 : 0.3)
              ? "present"
              : "absent";
      const came = status === "present" || status === "remote";
      const delegates = came ? sample(rng, org.contactNames, int(rng, 1, 2)) : [];
      st.attendance.run(m.id, org.id, status, JSON.stringify(delegates));
      counts.attendance += 1;
    }
  }

  // Agenda: adoption, matters arising (after the first meeting), topics, any other business.
  const items: ItemPlan[] = [];
  const topicCount =
    m.status === "draft" ? int(rng, 0, 2) : m.status === "cancelled" ? int(rng, 1, 3) : int(rng, 2, 5);
  if (m.status !== "draft" || topicCount > 0)
    items.push({ id: "", kind: "regular", title: ADOPTION, topic: false });
  if (m.index > 0 && m.status !== "draft")
    items.push({ id: "", kind: "matters_arising", title: MATTERS_ARISING, topic: false });
  for (const topic of sample(rng, TOPICS, topicCount))
    items.push({ id: "", kind: "regular", title: topic, topic: true });
  if (m.status !== "draft" && chance(rng, 0.7))
    items.push({ id: "", kind: "regular", title: OTHER_BUSINESS, topic: false });
  const agenda: ItemPlan[] = items.map((item, k) => {
    const id = makeId(rng, "agi", createdMs + k);
    const linked = item.topic && ctx.agreements.length > 0 && chance(rng, 0.2);
    const agreement = linked ? (s.legalBasis ?? pick(rng, ctx.agreements)) : null;
    const clause =
      agreement !== null && agreement.areas.length > 0 && chance(rng, 0.5)
        ? pick(rng, agreement.areas)
        : null;
    const step =
      agreement !== null && agreement.sopSteps.length > 0 && chance(rng, 0.3)
        ? pick(rng, agreement.sopSteps)
        : null;
    st.agendaItems.run(
      id,
      m.id,
      k + 1,
      item.kind,
      item.title.en,
      textFor(item.title, "th", t.languages),
      textFor(item.title, "my", t.languages),
      item.topic && chance(rng, 0.6) ? pick(rng, members).id : null,
      item.title === ADOPTION
        ? 5
        : item.topic
          ? 5 * int(rng, 3, 12)
          : item.kind === "matters_arising"
            ? 5 * int(rng, 3, 6)
            : 10,
      agreement?.id ?? null,
      clause,
      step,
    );
    counts.agenda_items += 1;
    return { ...item, id };
  });

  // Minutes and decisions once the minutes are being written.
  const decisions: { id: string; itemId: string | null }[] = [];
  if (MINUTED.has(m.status)) {
    const [mainLanguage = "en"] = s.minuteLanguages;
    for (const item of agenda) {
      const phrases = Array.from({ length: item.topic ? int(rng, 2, 4) : 1 }, () => reportedPhrase(rng));
      const version = int(rng, 1, 3);
      const at = iso(afterEnd(1, 10));
      for (const lang of s.minuteLanguages) {
        // Draft minutes often lack some translations still; circulated ones are complete.
        if (m.status === "minutes_draft" && lang !== mainLanguage && chance(rng, 0.4)) continue;
        st.minutes.run(
          m.id,
          item.id,
          lang,
          phrases.map((p) => minutesSentence(p, lang)).join(" "),
          null,
          version,
          at,
          null,
        );
        counts.minutes += 1;
      }
    }
    const topics = agenda.filter((i) => i.topic);
    const decisionCount = int(rng, 1, Math.max(1, Math.min(4, Math.round(t.weight + 1))));
    for (let k = 0; k < decisionCount; k += 1) {
      const phrase = taskPhrase(rng);
      const item = topics.length > 0 && chance(rng, 0.9) ? pick(rng, topics) : null;
      const id = makeId(rng, "dec", m.endMs + k);
      st.decisions.run(
        id,
        m.id,
        item?.id ?? null,
        k + 1,
        decisionSentence(phrase, "en"),
        t.languages.includes("th") ? decisionSentence(phrase, "th") : null,
        t.languages.includes("my") ? decisionSentence(phrase, "my") : null,
        iso(Math.min(asOf, m.endMs)),
      );
      counts.decisions += 1;
      decisions.push({ id, itemId: item?.id ?? null });
    }
  }

  if (m.quota > 0) writeActions(ctx, m, rng, agenda, decisions);
}

interface ProgressEvent {
  readonly event: "start" | "report" | "block" | "complete" | "cancel";
  readonly from: ActionStatus;
  readonly to: ActionStatus;
}

/** A history of status changes the action lifecycle allows, ending in `status`. */
function historyTo(rng: Rng, status: ActionStatus): ProgressEvent[] {
  const start: ProgressEvent = { event: "start", from: "open", to: "in_progress" };
  const report: ProgressEvent = { event: "report", from: "in_progress", to: "in_progress" };
  switch (status) {
    case "open":
      return [];
    case "in_progress":
      return [start, ...Array.from({ length: int(rng, 0, 2) }, () => report)];
    case "blocked":
      return chance(rng, 0.6)
        ? [start, { event: "block", from: "in_progress", to: "blocked" }]
        : [{ event: "block", from: "open", to: "blocked" }];
    case "done": {
      const r = rng.next();
      if (r < 0.4) return [{ event: "complete", from: "open", to: "done" }];
      if (r < 0.85) return [start, { event: "complete", from: "in_progress", to: "done" }];
      return [start, report, { event: "complete", from: "in_progress", to: "done" }];
    }
    case "cancelled":
      return chance(rng, 0.6)
        ? [{ event: "cancel", from: "open", to: "cancelled" }]
        : [start, { event: "cancel", from: "in_progress", to: "cancelled" }];
  }
}

/** Events whose comment the domain requires (block, cancel, report); start and complete often have none. */
const NEEDS_COMMENT: ReadonlySet<ProgressEvent["event"]> = new Set(["block", "cancel", "report"]);

function writeActions(
  ctx: ContentContext,
  m: MeetingPlan,
  rng: Rng,
  agenda: readonly ItemPlan[],
  decisions: readonly { id: string; itemId: string | null }[],
): void {
  const { st, counts, asOf, todayDay } = ctx;
  const s = m.series;
  const topics = agenda.filter((i) => i.topic);
  const textLanguages: readonly (readonly [TextLang, number])[] = [
    ["en", 6],
    ["th", s.template.languages.includes("th") ? 3 : 0],
    ["my", s.template.languages.includes("my") ? 1 : 0],
  ];
  const createdFrom = Math.min(asOf, m.endMs);
  for (const skeleton of actionSkeletons(ctx.seed, m, todayDay)) {
    let status = skeleton.status;
    const pastDue = skeleton.dueDay < todayDay;
    if (pastDue && ctx.keepOpen(skeleton.dueDay)) {
      status = weighted<ActionStatus>(rng, [
        ["open", 40],
        ["in_progress", 45],
        ["blocked", 15],
      ]);
    }
    if (!FINAL.has(status)) {
      ctx.tally.open += 1;
      if (pastDue) ctx.tally.overdue += 1;
    }
    const createdMs = Math.min(asOf, createdFrom + int(rng, 0, 48) * 3_600_000);
    // Due dates end the working day in Thailand; completion is judged against that.
    const dueMs = skeleton.dueDay * DAY_MS + 10 * 3_600_000;
    let finishedMs: number | null = null;
    if (FINAL.has(status)) {
      finishedMs = pastDue
        ? chance(rng, 0.8)
          ? between(rng, createdMs, Math.min(dueMs, asOf))
          : Math.min(asOf - 3_600_000, dueMs + int(rng, 1, 60) * DAY_MS)
        : between(rng, createdMs, asOf);
      finishedMs = Math.max(createdMs, finishedMs);
    }
    const history = historyTo(rng, status);
    const lastMs = finishedMs ?? between(rng, createdMs, asOf);
    // Event times: sorted random points between creation and the last change, the final event at the end.
    const times = history.map(() => between(rng, createdMs, lastMs)).sort((a, b) => a - b);
    if (finishedMs !== null && times.length > 0) times[times.length - 1] = finishedMs;

    const lang = weighted(rng, textLanguages);
    const phrase = taskPhrase(rng);
    const id = makeId(rng, "act", createdMs);
    const ownerCount = weighted(rng, [
      [1, 55],
      [2, 33],
      [3, 12],
    ] as const);
    const owners = sample(rng, s.members, ownerCount);
    const firstOwner = owners[0];
    const contactId =
      firstOwner !== undefined && firstOwner.contactIds.length > 0 && chance(rng, 0.3)
        ? pick(rng, firstOwner.contactIds)
        : null;
    const decision = decisions.length > 0 && chance(rng, 0.45) ? pick(rng, decisions) : null;
    const itemId = decision?.itemId ?? (topics.length > 0 && chance(rng, 0.85) ? pick(rng, topics).id : null);
    const dueOn = dateOf(skeleton.dueDay);
    const updatedMs = times.at(-1) ?? createdMs;
    st.actions.run(
      id,
      actionSentence(phrase, lang),
      null,
      contactId,
      dueOn,
      m.id,
      itemId,
      decision?.id ?? null,
      status,
      1 + history.length,
      status === "done" && finishedMs !== null ? iso(finishedMs) : null,
      iso(createdMs),
      iso(updatedMs),
    );
    counts.actions += 1;
    for (const owner of owners) {
      st.actionOwners.run(id, owner.id, status, dueOn);
      counts.action_owners += 1;
    }
    if (ctx.agreements.length > 0 && chance(rng, 0.25)) {
      const linked = [s.legalBasis ?? pick(rng, ctx.agreements)];
      if (chance(rng, 0.1)) linked.push(pick(rng, ctx.agreements));
      [...new Set(linked)].forEach((agreement, position) => {
        const clause = agreement.areas.length > 0 && chance(rng, 0.6) ? pick(rng, agreement.areas) : null;
        const step = agreement.sopSteps.length > 0 && chance(rng, 0.3) ? pick(rng, agreement.sopSteps) : null;
        st.actionLinks.run(id, position, agreement.id, clause, step);
        counts.action_links += 1;
      });
    }
    history.forEach((e, k) => {
      const comment =
        NEEDS_COMMENT.has(e.event) || chance(rng, 0.5) ? (pick(rng, COMMENTS[e.event]) as Tri)[lang] : "";
      st.progressUpdates.run(id, iso(times[k] ?? createdMs), null, e.from, e.to, comment);
      counts.progress_updates += 1;
    });
  }
}

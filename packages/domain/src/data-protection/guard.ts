import type { Confidentiality } from "../shared/confidentiality.ts";
import type { DomainError } from "../shared/errors.ts";
import { err, ok, type Result } from "../shared/result.ts";

/**
 * Moei must never hold personal data of trafficking victims (DOMAIN.md §6). Free text is scanned for
 * the identifiers people paste by habit; each kind has one small detector, listed in DETECTORS.
 */
export const FINDING_KINDS = [
  "thai_national_id",
  "passport",
  "myanmar_nrc",
  "phone",
  "email",
  "date_of_birth",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  readonly kind: FindingKind;
  /** UTF-16 offsets into the text as given. */
  readonly start: number;
  readonly end: number;
  /** Translation key of the explanation shown to the writer, `privacy.<kind>`. */
  readonly reason: string;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

type Detector = (scan: string) => Iterable<Span>;

/* ---------------------------------------------------------------------------------------------- */
/* Digits                                                                                          */

const DIGIT_ZEROS = [0x0e50, 0x1040, 0x1090]; // Thai, Myanmar, Shan

/**
 * A copy of `text` with Thai, Myanmar and Shan digits replaced by ASCII ones, so that one pattern
 * serves every script. Each digit is one UTF-16 unit either way: offsets in the copy are offsets in the original.
 */
function asciiDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59\u1040-\u1049\u1090-\u1099]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}

function* spans(re: RegExp, scan: string, accept: (m: RegExpExecArray) => boolean = () => true) {
  for (const m of scan.matchAll(re)) {
    if (accept(m)) yield { start: m.index, end: m.index + m[0].length };
  }
}

const digitsOf = (s: string): string => s.replace(/\D/g, "");

/* ---------------------------------------------------------------------------------------------- */
/* Thai national ID: 13 digits, grouped 1-4-5-2-1 or not at all, with a mod-11 check digit.       */

const THAI_ID = /(?<!\d)\d([ -]?)\d{4}\1\d{5}\1\d{2}\1\d(?!\d)/g;

/** The 13th digit of a Thai national ID whose first twelve digits are `first12`. */
export function thaiIdCheckDigit(first12: string): number {
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (13 - i), 0);
  return (11 - (sum % 11)) % 10;
}

const thaiNationalIds: Detector = (scan) =>
  spans(THAI_ID, scan, (m) => {
    const digits = digitsOf(m[0]);
    return thaiIdCheckDigit(digits.slice(0, 12)) === Number(digits.slice(12));
  });

/* ---------------------------------------------------------------------------------------------- */
/* Passport: one or two capitals and 6–9 digits. Case codes (CMM30-L017, CASE-2568-TAK-0042),     */
/* fiscal years (FY2568) and meeting numbers have fewer digits or more letters, or sit in a code.  */

// No space between letters and digits: "Hall B 0942627781" is a room and a phone number.
const PASSPORT = /(?<![A-Za-z0-9_./-])([A-Z]{1,2})-?\d{6,9}(?![A-Za-z0-9_]|[-/.][A-Za-z0-9])/g;
// Amounts written K500000 (kyat) or US 150000 look the same.
const CURRENCY_PREFIXES = new Set(["K", "US"]);

const passports: Detector = (scan) => spans(PASSPORT, scan, (m) => !CURRENCY_PREFIXES.has(m[1] ?? ""));

/* ---------------------------------------------------------------------------------------------- */
/* Myanmar NRC: state/township(type)number, 12/MaYaKa(N)123456 or ၁၂/မရက(နိုင်)၁၂၃၄၅၆.              */

const NRC_STATE = String.raw`(?<!\d)(?:1[0-4]|0?[1-9])\s*\/\s*`;
const NRC_NUMBER = String.raw`\s*\d{5,6}(?!\d)`;
const NRC_LATIN = new RegExp(
  `${NRC_STATE}[A-Za-z][A-Za-z.]{1,14}\\s*(?:\\(\\s*[A-Za-z]{1,6}\\s*\\)|[ -](?:N|Naing|NAING|E|P)[ -])${NRC_NUMBER}`,
  "g",
);
// Township and type in Myanmar letters (Unicode or Zawgyi: "နိုင်" and "ႏိုင္" both match).
const NRC_MYANMAR = new RegExp(
  `${NRC_STATE}[\\u1000-\\u103F\\u104A-\\u109F]{2,12}\\s*\\(\\s*(?:[\\u1000-\\u109F]{1,10}|[A-Za-z]{1,6})\\s*\\)${NRC_NUMBER}`,
  "g",
);

const myanmarNrcs: Detector = function* (scan) {
  yield* spans(NRC_LATIN, scan);
  yield* spans(NRC_MYANMAR, scan);
};

/* ---------------------------------------------------------------------------------------------- */
/* E-mail                                                                                          */

const EMAIL =
  /(?<![\w.+%-])[A-Za-z0-9][\w.%+-]{0,63}@[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

const emails: Detector = (scan) => spans(EMAIL, scan);

/* ---------------------------------------------------------------------------------------------- */
/* Phone: runs of digit groups separated by one space, dot or hyphen. A run is a phone only if    */
/* some stretch of whole groups has a Thai or Myanmar number's shape, which dates (8 digits),     */
/* times (4), years, counts and amounts (commas) never have.                                       */

const DIGIT_RUN = /\+?\d+(?:[ \u00A0.-]\d+)*/g;
const GROUP = /\d+/g;

interface Group extends Span {
  readonly digits: string;
}

/** Digits after the country code, optional trunk zero dropped: Thailand 8 or 9, Myanmar 6–10. */
function internationalShape(digits: string): boolean {
  const national = digits.slice(2).replace(/^0/, "");
  if (digits.startsWith("66")) return /^(?:[2-7]\d{7}|[689]\d{8})$/.test(national);
  if (digits.startsWith("95")) return /^(?:9\d{7,9}|[1-8]\d{5,8})$/.test(national);
  return false;
}

/** Thai landline 0X-XXX-XXXX, Thai mobile 0[689]X-XXX-XXXX, Myanmar mobile 09 and 7–9 digits. */
const localShape = (digits: string): boolean => /^(?:0[2-7]\d{7}|0[689]\d{8}|09\d{7,9})$/.test(digits);

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** Not glued to a word, nor the tail of 12.5, 1/2 or 10:30. */
function freeBefore(scan: string, at: number): boolean {
  const c = scan[at - 1];
  return !isWordChar(c) && !(c !== undefined && "/:.,".includes(c) && isDigit(scan[at - 2]));
}

function freeAfter(scan: string, at: number): boolean {
  const c = scan[at];
  return !isWordChar(c) && c !== "%" && !(c !== undefined && "/:,".includes(c) && isDigit(scan[at + 1]));
}

function* phones(scan: string): Iterable<Span> {
  for (const run of scan.matchAll(DIGIT_RUN)) {
    const plus = run[0].startsWith("+");
    const groups: Group[] = [...run[0].matchAll(GROUP)].map((g) => ({
      start: run.index + g.index,
      end: run.index + g.index + g[0].length,
      digits: g[0],
    }));
    let from = 0;
    while (from < groups.length) {
      const phone = longestPhone(scan, groups, from, plus && from === 0);
      if (phone !== undefined) yield phone;
      from += phone?.groups ?? 1;
    }
  }
}

/** The longest stretch of whole groups from `groups[from]` that is shaped like a phone number. */
function longestPhone(
  scan: string,
  groups: readonly Group[],
  from: number,
  plus: boolean,
): (Span & { readonly groups: number }) | undefined {
  // Phones are written in at most four groups after the country code, ending in three or more digits,
  // with one kind of separator: "09.30 064 566" is a time and a phone number, not one phone number.
  const maxGroups = plus ? 5 : 4;
  let start = 0;
  let digits = "";
  let separator: string | undefined;
  let found: (Span & { readonly groups: number }) | undefined;
  for (const [k, g] of groups.slice(from, from + maxGroups).entries()) {
    if (k === 0) {
      start = plus ? g.start - 1 : g.start;
      // Inside a run only a space parts a phone from its neighbour: 12.5 or 3-4 belong together.
      if (from > 0 ? scan[start - 1] !== " " : !freeBefore(scan, start)) return undefined;
    } else if (!(plus && k === 1)) {
      const sep = scan[g.start - 1];
      if (separator !== undefined && sep !== separator) break;
      separator = sep;
    }
    digits += g.digits;
    const closed = from + k < groups.length - 1 ? scan[g.end] === " " : freeAfter(scan, g.end);
    const shaped = plus ? internationalShape(digits) : localShape(digits);
    if (closed && shaped && (k === 0 || g.digits.length >= 3)) found = { start, end: g.end, groups: k + 1 };
  }
  return found;
}

/* ---------------------------------------------------------------------------------------------- */
/* Date of birth: a full date next to a birth cue. Only the date is reported; the cue is harmless. */

const EN_MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const TH_MONTHS = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
  ...["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."].map(
    (a) => a.replaceAll(".", String.raw`\.?`),
  ),
].join("|");
const MY_MONTHS = [
  "ဇန်နဝါရီ",
  "ဖေဖော်ဝါရီ",
  "မတ်",
  "ဧပြီ",
  "မေ",
  "ဇွန်",
  "ဇူလိုင်",
  "ဩဂုတ်",
  "သြဂုတ်",
  "စက်တင်ဘာ",
  "အောက်တိုဘာ",
  "နိုဝင်ဘာ",
  "ဒီဇင်ဘာ",
].join("|");
const MY_YEAR = String.raw`(?:\s*(?:ခုနှစ်|ပြည့်နှစ်))?`;
const MY_DAY = String.raw`\s*(?:ရက်)?(?:နေ့)?`;

const DATE_PATTERNS: readonly RegExp[] = [
  // 12/3/1990, 12.03.2533, 12-3-90
  /(?<![\d/.-])(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:\d{4}|\d{2})(?![/.-]?\d)/g,
  // 1990-03-12
  /(?<![\d/.-])\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])/g,
  new RegExp(
    String.raw`\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${EN_MONTHS})\.?,?\s+\d{4}\b`,
    "gi",
  ),
  new RegExp(String.raw`\b(?:${EN_MONTHS})\.?\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+\d{4}\b`, "gi"),
  new RegExp(
    String.raw`(?<!\d)(?:0?[1-9]|[12]\d|3[01])\s*(?:${TH_MONTHS})\s*(?:(?:พ\.?ศ\.?|ค\.?ศ\.?)\s*)?(?:\d{4}|\d{2})(?!\d)`,
    "g",
  ),
  new RegExp(
    String.raw`(?<!\d)\d{4}${MY_YEAR}\s*,?\s*(?:${MY_MONTHS})(?:လ)?\s*(?:0?[1-9]|[12]\d|3[01])${MY_DAY}(?!\d)`,
    "g",
  ),
  new RegExp(
    String.raw`(?<!\d)(?:0?[1-9]|[12]\d|3[01])${MY_DAY}\s*,?\s*(?:${MY_MONTHS})(?:လ)?\s*,?\s*\d{4}${MY_YEAR}(?!\d)`,
    "g",
  ),
];

interface Cue {
  readonly pattern: RegExp;
  /** Most characters allowed between the cue and a date after it (0: the cue never comes first). */
  readonly before: number;
  /** Most characters allowed between a date and the cue after it (0: the cue never comes last). */
  readonly after: number;
  /** What, right before the cue, shows it is about an event or a form rather than a person (ends in $). */
  readonly notAfter?: RegExp;
}

const CUES: readonly Cue[] = [
  { pattern: /\b(?:date\s+of\s+birth|birth\s*date|born\b|d\.?o\.?b\b\.?)/gi, before: 40, after: 12 },
  {
    pattern: /วัน\s*\/?\s*เดือน\s*\/?\s*ปี\s*เกิด|ว\.?\s*\/?\s*ด\.?\s*\/?\s*ป\.?\s*เกิด|วันเกิด/g,
    before: 20,
    after: 12,
    // "ช่องวันเกิด": the field on a form, not a value.
    notAfter: /(?:ช่อง|หัวข้อ)\s*$/,
  },
  // Thai "เกิด" also means "to happen": เกิดขึ้น, เกิดจาก, เหตุเกิดเมื่อ... only its first sense counts.
  {
    pattern: /(?<!(?:วัน|ปี|ป\.?)\s*|แจ้ง)เกิด(?!ขึ้น|จาก|ผล|เหตุ|ความ|การ|ปัญหา|ประโยชน์|ไฟ|อุบัติ|โรค|ภัย|ใหม่)/g,
    before: 20,
    after: 0,
    notAfter: /(?:เหตุ|การณ์|ภัย|คดี|ปัญหา|อุบัติ|ไฟ|ไหม้|ท่วม|ปะทะ|สู้รบ|สงบ|ความ|โรค|ระบาด)\s*(?:ที่|ซึ่ง)?\s*$/,
  },
  { pattern: /မွေးသက္ကရာဇ်|မွေးနေ့|မွေးရက်(?:စွဲ)?/g, before: 16, after: 12 },
  // Burmese puts the verb last ("... ရက်နေ့တွင် မွေးဖွားသည်"). Livelihood (အသက်မွေး), breeding,
  // adoption, newborns in general and birth registration are not someone's birth.
  {
    pattern: /(?<!အသက်)မွေး(?!မြူ|စား|ကင်းစ|စာရင်း|ဖွားမှတ်ပုံတင်|ဖွားခြင်းမှတ်ပုံတင်|နေ့|သက္ကရာဇ်|ရက်)/g,
    before: 0,
    after: 12,
  },
];

/**
 * Words between a cue and a date that show the date is not someone's birth: a rule about many
 * people ("born after 1 January 2020") or about a form ("the date of birth field was dropped on ...").
 */
const NOT_A_BIRTH =
  /\b(?:after|before|since|between|from|until|till|prior|during|later|earlier|fields?|columns?|box|questions?|forms?|certificates?|registration)\b|หลัง|ก่อน|ตั้งแต่|ระหว่าง|จนถึง|ภายใน|นับจาก|นับแต่|ช่อง|แบบฟอร์ม|สูติบัตร|နောက်|မတိုင်|မှစ|ကြား|အထိ|အတွင်း|ကွက်|ပုံစံ/i;
/** Longest gap of any cue plus its longest spelling ("date of birth", "မွေးသက္ကရာဇ်"). */
const CUE_REACH = 80;
const gapOk = (gap: string, limit: number): boolean =>
  gap.length <= limit && !/[\d.!?;။\n]/.test(gap) && !NOT_A_BIRTH.test(gap);

function* datesOfBirth(scan: string): Iterable<Span> {
  const dates = DATE_PATTERNS.flatMap((re) => [...spans(re, scan)]);
  if (dates.length === 0) return;
  const cues = CUES.flatMap((cue) =>
    [...spans(cue.pattern, scan)]
      .filter(
        (c) =>
          cue.notAfter === undefined || !cue.notAfter.test(scan.slice(Math.max(0, c.start - 20), c.start)),
      )
      .map((c) => ({ ...c, cue })),
  ).sort((a, b) => a.start - b.start);
  for (const date of dates) {
    // Only cues that start within reach of the date can qualify; find the first by bisection.
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cues[mid]?.start ?? 0) < date.start - CUE_REACH) lo = mid + 1;
      else hi = mid;
    }
    for (const c of cues.slice(lo)) {
      if (c.start > date.end + CUE_REACH) break;
      const cueFirst =
        c.end <= date.start && c.cue.before > 0 && gapOk(scan.slice(c.end, date.start), c.cue.before);
      const dateFirst =
        date.end <= c.start && c.cue.after > 0 && gapOk(scan.slice(date.end, c.start), c.cue.after);
      if (cueFirst || dateFirst) {
        yield date;
        break;
      }
    }
  }
}

/* ---------------------------------------------------------------------------------------------- */

const DETECTORS: Readonly<Record<FindingKind, Detector>> = {
  thai_national_id: thaiNationalIds,
  passport: passports,
  myanmar_nrc: myanmarNrcs,
  phone: phones,
  email: emails,
  date_of_birth: datesOfBirth,
};

/**
 * Every piece of personal data found in `text`, in text order and without overlaps: where two
 * detectors claim the same characters the longer claim wins (an e-mail over the phone number in it).
 */
export function scanText(text: string): readonly Finding[] {
  const scan = asciiDigits(text);
  const candidates = FINDING_KINDS.flatMap((kind) => [...DETECTORS[kind](scan)].map((s) => ({ ...s, kind })));
  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) ||
      a.start - b.start,
  );
  const taken = new Uint8Array(text.length);
  const kept: Finding[] = [];
  for (const c of candidates) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push({ kind: c.kind, start: c.start, end: c.end, reason: `privacy.${c.kind}` });
  }
  return kept.sort((a, b) => a.start - b.start);
}

export type PersonalDataError = DomainError<"PRIVACY.PERSONAL_DATA"> & {
  readonly findings: readonly Finding[];
};

/**
 * Restricted series (case management) are where victims get discussed, so personal data there is
 * refused outright. Elsewhere a false positive must not block the minutes: the writer is warned and decides.
 */
export function guardFreeText(
  text: string,
  confidentiality: Confidentiality,
): Result<{ readonly warnings: readonly Finding[] }, PersonalDataError> {
  const findings = scanText(text);
  if (confidentiality === "restricted" && findings.length > 0) {
    const kinds = FINDING_KINDS.filter((k) => findings.some((f) => f.kind === k));
    return err({ code: "PRIVACY.PERSONAL_DATA", params: { kinds, count: findings.length }, findings });
  }
  return ok({ warnings: findings });
}

export const REDACTED = "[…]";

/** `text` with every finding replaced by "[…]", for logs and previews. */
export function redact(text: string, findings: readonly Finding[] = scanText(text)): string {
  let out = "";
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + REDACTED;
    at = f.end;
  }
  return out + text.slice(at);
}

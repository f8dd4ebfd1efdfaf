import type { UiLanguage } from "../shared/language.ts";
import { FINDING_KINDS, type FindingKind, thaiIdCheckDigit } from "./guard.ts";

/**
 * Generators of fictional personal data in the shapes people actually type, so that tests here and
 * in the API can check that such text is refused. Each takes a random source returning [0, 1)
 * (Math.random, or a PRNG seeded by fast-check), so this file ships without a test library.
 */
export type RandomSource = () => number;

/** A sentence carrying one piece of personal data, and where that datum sits in it. */
export interface PersonalDataSample {
  readonly text: string;
  readonly kind: FindingKind;
  readonly start: number;
  readonly end: number;
}

const int = (next: RandomSource, min: number, max: number): number =>
  Math.min(max, min + Math.floor(next() * (max - min + 1)));

const pick = <T>(next: RandomSource, items: readonly [T, ...T[]]): T =>
  items[int(next, 0, items.length - 1)] ?? items[0];

const digits = (next: RandomSource, n: number): string =>
  Array.from({ length: n }, () => String(int(next, 0, 9))).join("");

const THAI_ZERO = 0x0e50;
const MYANMAR_ZERO = 0x1040;
const inScript = (ascii: string, zero: number): string =>
  ascii.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));

/** ASCII most of the time, the local digits otherwise: both occur in pasted documents. */
const localDigits = (next: RandomSource, ascii: string, zero: number): string =>
  next() < 0.25 ? inScript(ascii, zero) : ascii;

/** Splits `s` into groups of the given sizes, joined by `sep`. */
const grouped = (s: string, sizes: readonly number[], sep: string): string => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(s.slice(at, at + size));
    at += size;
  }
  return parts.join(sep);
};

/** 13 digits with a valid check digit; 0 starts the numbers of non-Thai residents (pink cards). */
export function thaiNationalId(next: RandomSource): string {
  const first12 = String(int(next, 0, 8)) + digits(next, 11);
  const id = first12 + String(thaiIdCheckDigit(first12));
  const sep = pick(next, ["", "-", " "] as const);
  return localDigits(next, grouped(id, [1, 4, 5, 2, 1], sep), THAI_ZERO);
}

export function thaiPhone(next: RandomSource): string {
  const sep = pick(next, [" ", "-", ""] as const);
  const mobile = next() < 0.7;
  const national = mobile
    ? pick(next, ["6", "8", "9"] as const) + digits(next, 8)
    : String(int(next, 2, 7)) + digits(next, 7);
  const local = mobile ? grouped(`0${national}`, [3, 3, 4], sep) : grouped(`0${national}`, [2, 3, 4], sep);
  if (next() < 0.35) {
    const intl = mobile ? grouped(national, [2, 3, 4], sep || " ") : grouped(national, [1, 3, 4], sep || " ");
    return `+66${pick(next, [" ", "-", ""] as const)}${intl}`;
  }
  return localDigits(next, local, THAI_ZERO);
}

export function myanmarPhone(next: RandomSource): string {
  const sep = pick(next, [" ", "-", ""] as const);
  const rest = int(next, 7, 9);
  const national = `9${digits(next, rest)}`;
  const sizes = rest === 9 ? [3, 3, 3] : rest === 8 ? [4, 4] : [3, 4];
  if (next() < 0.35)
    return `+95${pick(next, [" ", "-", ""] as const)}${grouped(national, [1, ...sizes], sep || " ")}`;
  return localDigits(next, grouped(`0${national}`, [2, ...sizes], sep), MYANMAR_ZERO);
}

const LETTERS = "ABCDEFGHIJLMNPRSTVWXYZ"; // no K, U: K500000 reads as kyat, US 150000 as dollars
const letter = (next: RandomSource): string => LETTERS[int(next, 0, LETTERS.length - 1)] ?? "A";

/** Thai passports AA1234567, Myanmar MA123456 or MB1234567, and other one- or two-letter series. */
export function passportNumber(next: RandomSource): string {
  switch (int(next, 0, 2)) {
    case 0:
      return `A${pick(next, ["A", "B", "C", "D", "E"] as const)}${digits(next, 7)}`;
    case 1:
      return `M${pick(next, ["A", "B", "C", "D", "E", "G"] as const)}${digits(next, int(next, 6, 7))}`;
    default:
      return `${next() < 0.5 ? letter(next) : letter(next) + letter(next)}${digits(next, int(next, 6, 9))}`;
  }
}

const TOWNSHIPS_LATIN = [
  "MaYaKa",
  "KaMaYa",
  "PaBaTa",
  "LaMaNa",
  "BaHaNa",
  "DaGaNa",
  "MaWaTa",
  "KaKaYa",
  "BaAaNa",
] as const;
const TOWNSHIPS_SHORT = ["MYK", "KMY", "PBT", "LMN", "BHN", "DGN", "MWT"] as const;
const TOWNSHIPS_MYANMAR = ["မရက", "ကမရ", "ပဘတ", "လမန", "ဗဟန", "ဒဂန", "ဥကမ", "မဝတ", "ကကရ", "ဘအန"] as const;

/** National Registration Card: state/township(type)number, in Latin or Burmese spelling. */
export function myanmarNrc(next: RandomSource): string {
  const state = String(int(next, 1, 14));
  const number = digits(next, 6);
  const spaced = next() < 0.3;
  const [s, t] = spaced ? [" / ", " "] : ["/", ""];
  if (next() < 0.5) {
    const township = next() < 0.6 ? pick(next, TOWNSHIPS_LATIN) : pick(next, TOWNSHIPS_SHORT);
    const type = pick(next, ["N", "N", "Naing", "E", "P"] as const);
    return `${state}${s}${township}${t}(${type})${t}${number}`;
  }
  const type = pick(next, ["နိုင်", "နိုင်", "ဧည့်", "ပြု"] as const);
  return localDigits(
    next,
    `${state}${s}${pick(next, TOWNSHIPS_MYANMAR)}${t}(${type})${t}${number}`,
    MYANMAR_ZERO,
  );
}

const NAMES = [
  "somchai",
  "aye",
  "moe",
  "naw",
  "ploy",
  "thida",
  "kyaw",
  "nang",
  "saw",
  "mya",
  "arunee",
  "zaw",
] as const;
const DOMAINS = [
  "gmail.com",
  "yahoo.com",
  "hotmail.com",
  "outlook.co.th",
  "protonmail.com",
  "mail.com",
] as const;

export function email(next: RandomSource): string {
  const local = `${pick(next, NAMES)}${pick(next, ["", ".", "_"] as const)}${pick(next, NAMES)}${next() < 0.5 ? digits(next, 2) : ""}`;
  return `${local}@${pick(next, DOMAINS)}`;
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
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
] as const;
const TH_ABBR = [
  "ม.ค.",
  "ก.พ.",
  "มี.ค.",
  "เม.ย.",
  "พ.ค.",
  "มิ.ย.",
  "ก.ค.",
  "ส.ค.",
  "ก.ย.",
  "ต.ค.",
  "พ.ย.",
  "ธ.ค.",
] as const;
const MY_MONTHS = [
  "ဇန်နဝါရီ",
  "ဖေဖော်ဝါရီ",
  "မတ်",
  "ဧပြီ",
  "မေ",
  "ဇွန်",
  "ဇူလိုင်",
  "ဩဂုတ်",
  "စက်တင်ဘာ",
  "အောက်တိုဘာ",
  "နိုဝင်ဘာ",
  "ဒီဇင်ဘာ",
] as const;

const pad = (n: number): string => String(n).padStart(2, "0");

/** A birth date as written in `lang`: C.E. in English and Burmese, B.E. (C.E. + 543) in Thai. */
function birthDate(next: RandomSource, lang: UiLanguage): string {
  const year = int(next, 1960, 2015);
  const month = int(next, 1, 12);
  const day = int(next, 1, 28);
  switch (lang) {
    case "en":
      return pick(next, [
        `${day} ${EN_MONTHS[month - 1]} ${year}`,
        `${EN_MONTHS[month - 1]} ${day}, ${year}`,
        `${pad(day)}/${pad(month)}/${year}`,
        `${year}-${pad(month)}-${pad(day)}`,
        `${day}.${month}.${year}`,
      ] as const);
    case "th": {
      const be = year + 543;
      return localDigits(
        next,
        pick(next, [
          `${day} ${TH_MONTHS[month - 1]} ${be}`,
          `${day} ${TH_ABBR[month - 1]} ${be}`,
          `${day} ${TH_MONTHS[month - 1]} พ.ศ. ${be}`,
          `${day}/${month}/${be}`,
        ] as const),
        THAI_ZERO,
      );
    }
    case "my":
      return inScript(
        pick(next, [
          `${year} ခုနှစ် ${MY_MONTHS[month - 1]}လ ${day} ရက်`,
          `${day}.${month}.${year}`,
          `${day}-${month}-${year}`,
          `${day} ${MY_MONTHS[month - 1]} ${year}`,
        ] as const),
        MYANMAR_ZERO,
      );
  }
}

const DOB_TEMPLATES: Readonly<Record<UiLanguage, readonly [string, ...string[]]>> = {
  en: [
    "The survivor, born {x}, was referred to the shelter.",
    "DOB: {x}.",
    "Her date of birth is {x} according to the screening form.",
    "He was born on {x} in Hpa-an and crossed at Mae Sot.",
    "Aged 17, born {x}, she asked for legal aid.",
    "Birth date {x} was copied from the pink card.",
    "The boy ({x}, DOB) returned with the second group.",
  ],
  th: [
    "ผู้เสียหายเกิดวันที่ {x} ปัจจุบันพักอยู่ที่บ้านพัก",
    "วันเกิด {x}",
    "เด็กหญิงรายนี้เกิดเมื่อวันที่ {x} ที่อำเภอแม่สอด",
    "ว/ด/ป เกิด {x} (จากแบบคัดกรอง)",
    "วันเดือนปีเกิด: {x}",
    "ผู้ถูกส่งกลับ (เกิด {x}) ขอรับความช่วยเหลือทางกฎหมาย",
  ],
  my: [
    "ခံစားရသူသည် {x}နေ့တွင် မွေးဖွားသည်။",
    "မွေးသက္ကရာဇ် - {x}",
    "မွေးနေ့ {x} ကို စစ်ဆေးမှုပုံစံမှ ကူးယူထားသည်။",
    "ကလေးငယ်သည် {x} တွင် မွေးသည်။",
    "မွေးရက်စွဲ {x} ဖြစ်သည်။",
  ],
};

/** A sentence giving someone's date of birth; the sample's span is the date. */
export function dateOfBirthSentence(next: RandomSource, lang: UiLanguage): PersonalDataSample {
  return fill(pick(next, DOB_TEMPLATES[lang]), birthDate(next, lang), "date_of_birth");
}

type IdentifierKind = Exclude<FindingKind, "date_of_birth">;

export const IDENTIFIER_GENERATORS: Readonly<Record<IdentifierKind, (next: RandomSource) => string>> = {
  thai_national_id: thaiNationalId,
  passport: passportNumber,
  myanmar_nrc: myanmarNrc,
  phone: (next) => (next() < 0.5 ? thaiPhone(next) : myanmarPhone(next)),
  email,
};

const LABELS: Readonly<Record<UiLanguage, Readonly<Record<IdentifierKind, string>>>> = {
  en: {
    thai_national_id: "ID card number",
    passport: "passport number",
    myanmar_nrc: "NRC",
    phone: "phone number",
    email: "e-mail",
  },
  th: {
    thai_national_id: "เลขประจำตัวประชาชน",
    passport: "หนังสือเดินทางเลขที่",
    myanmar_nrc: "บัตรประจำตัวเมียนมาเลขที่",
    phone: "โทร",
    email: "อีเมล",
  },
  my: {
    thai_national_id: "ထိုင်းမှတ်ပုံတင်အမှတ်",
    passport: "နိုင်ငံကူးလက်မှတ်အမှတ်",
    myanmar_nrc: "မှတ်ပုံတင်အမှတ်",
    phone: "ဖုန်းနံပါတ်",
    email: "အီးမေးလ်",
  },
};

const TEMPLATES: Readonly<Record<UiLanguage, readonly [string, ...string[]]>> = {
  en: [
    "The survivor's {label} is {x}; keep it in the case file only.",
    "Please contact the mother, {label} {x}, before the handover.",
    "{label}: {x} (copied from the referral form).",
    "The returnee gave his {label} {x} to the DSW officer in Myawaddy.",
    "Her {label} {x} was read out during item 4.",
  ],
  th: [
    "ผู้เสียหาย {label} {x} ได้รับการส่งต่อไปยังบ้านพักแล้ว",
    "กรุณาติดต่อญาติของผู้เสียหายที่ {label} {x}",
    "{label}: {x} (ข้อมูลจากแบบคัดกรอง)",
    "ผู้ถูกส่งกลับแจ้ง{label}{x}ให้เจ้าหน้าที่ทราบ",
    "เด็กชายรายนี้มี{label} {x} ตามบันทึกของ ตม.",
  ],
  my: [
    "ပြန်လည်ရောက်ရှိလာသူ၏ {label} {x} ကို မှတ်တမ်းတင်ထားသည်။",
    "{label} - {x}",
    "မိခင်ကို {label} {x} ဖြင့် ဆက်သွယ်ရန်။",
    "ခံစားရသူ၏ {label}မှာ {x} ဖြစ်သည်။",
  ],
};

function fill(template: string, value: string, kind: FindingKind, label = ""): PersonalDataSample {
  const withLabel = template.replace("{label}", label);
  const start = withLabel.indexOf("{x}");
  const text = withLabel.replace("{x}", value);
  return { text, kind, start, end: start + value.length };
}

/** A realistic sentence in `lang` with exactly one piece of personal data of a random kind. */
export function personalDataSentence(next: RandomSource, lang: UiLanguage): PersonalDataSample {
  const kind = pick(next, FINDING_KINDS);
  if (kind === "date_of_birth") return dateOfBirthSentence(next, lang);
  const template = pick(next, TEMPLATES[lang]);
  const label = LABELS[lang][kind];
  const sentenceCase = template.startsWith("{label}")
    ? label.charAt(0).toUpperCase() + label.slice(1)
    : label;
  return fill(template, IDENTIFIER_GENERATORS[kind](next), kind, sentenceCase);
}

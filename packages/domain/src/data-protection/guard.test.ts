import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { UiLanguage } from "../shared/language.ts";
import {
  FINDING_KINDS,
  type Finding,
  type FindingKind,
  guardFreeText,
  REDACTED,
  redact,
  scanText,
  thaiIdCheckDigit,
} from "./guard.ts";
import {
  dateOfBirthSentence,
  email,
  IDENTIFIER_GENERATORS,
  myanmarNrc,
  myanmarPhone,
  passportNumber,
  personalDataSentence,
  type RandomSource,
  thaiNationalId,
  thaiPhone,
} from "./identifiers.ts";
import corpus from "./ordinary-sentences.corpus.json" with { type: "json" };

const LANGS = ["en", "th", "my"] as const satisfies readonly UiLanguage[];

/** mulberry32: a tiny seeded PRNG, so that generated data is the same on every run. */
function seeded(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The findings of `text` as `kind:matched text`, which reads better in failures than offsets. */
const found = (text: string): string[] =>
  scanText(text).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);

const covers = (f: Finding, kind: FindingKind, start: number, end: number): boolean =>
  f.kind === kind && f.start <= start && f.end >= end;

describe("Thai national ID numbers", () => {
  it.each([
    ["ID 1-2345-67890-12-1 on file", "1-2345-67890-12-1"],
    ["เลขประจำตัวประชาชน 3 1005 01234 56 3", "3 1005 01234 56 3"],
    ["1101700234568", "1101700234568"],
    ["pink card 0-0011-23456-78-0.", "0-0011-23456-78-0"],
    ["เลขที่ ๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑ ในแบบฟอร์ม", "๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑"],
    ["เลข๕๖๐๐๑๐๐๙๘๗๖๕๑ของผู้เสียหาย", "๕๖๐๐๑๐๐๙๘๗๖๕๑"],
  ])("finds %j", (text, id) => {
    const start = text.indexOf(id);
    expect(scanText(text)).toEqual([
      { kind: "thai_national_id", start, end: start + id.length, reason: "privacy.thai_national_id" },
    ]);
  });

  it.each([
    "ID 1-2345-67890-12-2 on file",
    "1101700234567",
    "๑-๒๓๔๕-๖๗๘๙๐-๑๒-๙",
    "12345678901210",
    "1-2345-6789-012-1",
  ])("ignores %j: wrong check digit, length or grouping", (text) => {
    expect(found(text).filter((f) => f.startsWith("thai_national_id"))).toEqual([]);
  });

  it("computes the mod-11 check digit", () => {
    expect(thaiIdCheckDigit("123456789012")).toBe(1);
    expect(thaiIdCheckDigit("310050123456")).toBe(3);
    expect(thaiIdCheckDigit("000112345678")).toBe(0);
  });
});

describe("passport numbers", () => {
  it.each([
    ["Passport MA1234567 was shown", "MA1234567"],
    ["AB123456", "AB123456"],
    ["หนังสือเดินทางเลขที่AA1234567ของผู้เสียหาย", "AA1234567"],
    ["(passport N0123456)", "N0123456"],
    ["number MC-123456789.", "MC-123456789"],
  ])("finds %j", (text, passport) => {
    const start = text.indexOf(passport);
    expect(scanText(text)).toEqual([
      { kind: "passport", start, end: start + passport.length, reason: "privacy.passport" },
    ]);
  });

  it.each([
    "CMM30-L017",
    "CASE-2568-TAK-0042",
    "BCATIP 1/2561",
    "FY2568",
    "FY2567–FY2568",
    "K500000 per household",
    "US 150000 in total",
    "ISO27001",
    "A12345",
    "ABC1234567",
    "MA1234567890",
    "REF-AB123456",
    "AB123456-2",
    "DSA-2568-004",
    "NRM-01 version 2.3.1",
  ])("ignores %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("does not read a room letter and a phone number as a passport", () => {
    expect(found("Hall B 094262778")).toEqual(["phone:094262778"]);
  });
});

describe("Myanmar NRC numbers", () => {
  it.each([
    "12/MaYaKa(N)123456",
    "12/MYK(N)123456",
    "12 / MaYaKa (N) 123456",
    "9/Ma.Ha.Ma(Naing)012345",
    "12/MYK N 123456",
    "၁၂/မရက(နိုင်)၁၂၃၄၅၆",
    "၁၄ / ဘအန (ဧည့်) ၀၀၁၂၃၄",
    "12/မရက(ႏိုင္)123456",
  ])("finds %j", (nrc) => {
    const text = `NRC ${nrc}, from the referral form`;
    expect(scanText(text)).toEqual([
      { kind: "myanmar_nrc", start: 4, end: 4 + nrc.length, reason: "privacy.myanmar_nrc" },
    ]);
  });

  it.each(["15/MYK(N)123456", "12/MYK(N)1234", "12/2568", "clause 12/ABC (a) 2025", "meeting ၁/၂၅၆၁ (နိုင်ငံ)"])(
    "ignores %j",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe("phone numbers", () => {
  it.each([
    "+66 81 234 5678",
    "+66-81-234-5678",
    "+66812345678",
    "+66 2 123 4567",
    "081-234-5678",
    "081 234 5678",
    "0812345678",
    "08 1234 5678",
    "02-123-4567",
    "055-123-456",
    "09-420-123-456",
    "09 420 123 456",
    "09-7812-3456",
    "09 123 4567",
    "+95 9 420 123 456",
    "+959420123456",
    "+95-1-234-567",
    "๐๘๑-๒๓๔-๕๖๗๘",
    "၀၉-၄၂၀-၁၂၃-၄၅၆",
    "+၉၅ ၉ ၄၂၀ ၁၂၃ ၄၅၆",
  ])("finds %j", (phone) => {
    for (const text of [`Call ${phone} today`, `โทร${phone}ได้`, `${phone}`]) {
      const start = text.indexOf(phone);
      expect(scanText(text)).toEqual([
        { kind: "phone", start, end: start + phone.length, reason: "privacy.phone" },
      ]);
    }
  });

  it("finds a phone number next to other numbers", () => {
    expect(found("BCATIP 1/2561 081 234 5678 23 organizations")).toEqual(["phone:081 234 5678"]);
    expect(found("paragraph 3.1 09 420 123 456 and 600–700 returns")).toEqual(["phone:09 420 123 456"]);
    expect(found("+66 2 123 4567 12 cases")).toEqual(["phone:+66 2 123 4567"]);
  });

  it.each([
    "The meeting starts at 09:30 (10:00 Mae Sot time).",
    "เวลา 09.30–11.45 น.",
    "เวลา 08.30-09.30 น. และ 09.45-12.00 น.",
    "on 09-10-2568 and 09.10.2568",
    "fiscal years 2025-2026",
    "THB 1,500,000 and MMK 3,500,000",
    "0.5 million baht, 085%",
    "600–700 returns from 23 organizations",
    "days 08 09 10 11 12",
    "ref 08123456789012",
    "+1 555 123 4567",
    "hotline 1300",
    "12.0812345678",
    "version 0812345678a",
    "call 081-234-5678/9 in the form",
    "1/0812345678",
    "time 10:0812345678",
  ])("ignores %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("e-mail addresses", () => {
  it.each([
    ["write to aye.moe@gmail.com today", "aye.moe@gmail.com"],
    ["อีเมลsomchai_k12@outlook.co.thเท่านั้น", "somchai_k12@outlook.co.th"],
    ["mail: kyaw+shelter@mail.example-ngo.org.", "kyaw+shelter@mail.example-ngo.org"],
  ])("finds %j", (text, address) => {
    const start = text.indexOf(address);
    expect(scanText(text)).toEqual([
      { kind: "email", start, end: start + address.length, reason: "privacy.email" },
    ]);
  });

  it.each(["@DATIP on social media", "user@localhost", "a@b.c", "name@-bad.com"])("ignores %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("reports an e-mail rather than the phone number inside it", () => {
    expect(found("0812345678@gmail.com")).toEqual(["email:0812345678@gmail.com"]);
  });
});

describe("dates of birth", () => {
  it.each([
    ["The girl, born 12 March 1990, was referred.", "12 March 1990"],
    ["DOB: 12/03/1990.", "12/03/1990"],
    ["D.O.B. 1990-03-12", "1990-03-12"],
    ["date of birth March 12, 1990", "March 12, 1990"],
    ["Aged 17, born in Hpa-an on 3rd May 2007, she asked for help.", "3rd May 2007"],
    ["birthdate 3.5.2007", "3.5.2007"],
    ["The boy (12 Mar 2009, DOB) returned.", "12 Mar 2009"],
    ["เด็กหญิงเกิดวันที่ 12 มีนาคม 2533 ที่แม่สอด", "12 มีนาคม 2533"],
    ["วันเกิด ๑๒ มี.ค. ๒๕๓๓", "๑๒ มี.ค. ๒๕๓๓"],
    ["ว/ด/ป เกิด 12/3/2533", "12/3/2533"],
    ["วันเดือนปีเกิด: 12 มีนาคม พ.ศ. 2533", "12 มีนาคม พ.ศ. 2533"],
    ["ผู้เสียหาย (เกิด 1 ม.ค. 33)", "1 ม.ค. 33"],
    ["ခံစားရသူသည် ၁၉၉၀ ခုနှစ် မတ်လ ၁၂ ရက်နေ့တွင် မွေးဖွားသည်။", "၁၉၉၀ ခုနှစ် မတ်လ ၁၂ ရက်နေ့"],
    ["မွေးသက္ကရာဇ် - ၁၂.၃.၁၉၉၀", "၁၂.၃.၁၉၉၀"],
    ["မွေးနေ့ ၁၂ မတ် ၁၉၉၀ ဖြစ်သည်။", "၁၂ မတ် ၁၉၉၀"],
    ["ကလေးငယ်သည် ၁၂-၃-၂၀၁၀ တွင် မွေးသည်။", "၁၂-၃-၂၀၁၀"],
  ])("finds %j", (text, date) => {
    const start = text.indexOf(date);
    expect(scanText(text)).toEqual([
      { kind: "date_of_birth", start, end: start + date.length, reason: "privacy.date_of_birth" },
    ]);
  });

  it.each([
    "The meeting on 12 March 2025 adopted the minutes.",
    "Children born after 1 January 2020 are covered by the regulation.",
    "Children born in Thailand since 2008 may apply.",
    "born in 1990",
    "The date of birth column was dropped on 1 March 2025.",
    "Born: see the case file. Meeting 12 March 2025.",
    "DOB 32/01/1990",
    "DOB 13/13/1990",
    "เหตุเกิดเมื่อวันที่ 20 ตุลาคม 2567 บริเวณชายแดน",
    "ปัญหาที่เกิดขึ้นเมื่อวันที่ 5 มกราคม 2568 ได้รับการแก้ไขแล้ว",
    "อุทกภัยที่เกิดเมื่อวันที่ 12 กันยายน 2567 ทำให้ต้องเลื่อนการประชุม",
    "เด็กที่เกิดหลังวันที่ 1 มกราคม 2563 มีสิทธิ",
    "ช่องวันเกิดถูกลบเมื่อ 1 มี.ค. 2568",
    "12 มีนาคม 2568 เกิดน้ำท่วม",
    "၂၀၂၅ ခုနှစ် ဇန်နဝါရီလ ၁ ရက်နေ့မှစ၍ မွေးဖွားသော ကလေးများ",
    "၂၀၂၅ ခုနှစ် မေလ ၅ ရက်နေ့တွင် အသက်မွေးဝမ်းကျောင်း သင်တန်း",
    "မွေးဖွားသည် ၁၂.၃.၁၉၉၀",
  ])("ignores %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("scanText", () => {
  it("reports findings in text order with offsets into the original text", () => {
    const text = "โทร ๐๘๑-๒๓๔-๕๖๗๘, e-mail aye@gmail.com, NRC 12/MYK(N)123456, ID 1101700234568";
    expect(scanText(text).map((f) => f.kind)).toEqual(["phone", "email", "myanmar_nrc", "thai_national_id"]);
    expect(found(text)).toEqual([
      "phone:๐๘๑-๒๓๔-๕๖๗๘",
      "email:aye@gmail.com",
      "myanmar_nrc:12/MYK(N)123456",
      "thai_national_id:1101700234568",
    ]);
  });

  it("finds nothing in empty or ordinary text", () => {
    expect(scanText("")).toEqual([]);
    expect(scanText("Minutes of meeting 1/2568 were adopted without amendment.")).toEqual([]);
  });
});

describe("guardFreeText", () => {
  const text = "Contact the mother on 081-234-5678 before the handover.";

  it("refuses personal data in restricted series", () => {
    const result = guardFreeText(text, "restricted");
    expect(result).toEqual({
      ok: false,
      error: {
        code: "PRIVACY.PERSONAL_DATA",
        params: { kinds: ["phone"], count: 1 },
        findings: [{ kind: "phone", start: 22, end: 34, reason: "privacy.phone" }],
      },
    });
  });

  it.each(["public", "partners"] as const)("warns in %s series", (confidentiality) => {
    expect(guardFreeText(text, confidentiality)).toEqual({
      ok: true,
      value: { warnings: [{ kind: "phone", start: 22, end: 34, reason: "privacy.phone" }] },
    });
  });

  it("accepts ordinary text everywhere", () => {
    for (const c of ["public", "partners", "restricted"] as const) {
      expect(guardFreeText("Case CMM30-L017 closed on 12 March 2025.", c)).toEqual({
        ok: true,
        value: { warnings: [] },
      });
    }
  });

  it("lists each kind once, in a stable order", () => {
    const result = guardFreeText("aye@gmail.com, 081-234-5678, moe@gmail.com", "restricted");
    expect(result.ok ? undefined : result.error.params).toEqual({ kinds: ["phone", "email"], count: 3 });
  });
});

describe("redact", () => {
  it("replaces every finding", () => {
    expect(redact("Call 081-234-5678 or write to aye@gmail.com.")).toBe(
      `Call ${REDACTED} or write to ${REDACTED}.`,
    );
    expect(redact("nothing here")).toBe("nothing here");
  });

  it("uses the findings it is given, in any order, skipping overlaps", () => {
    const findings: Finding[] = [
      { kind: "email", start: 6, end: 9, reason: "privacy.email" },
      { kind: "phone", start: 0, end: 3, reason: "privacy.phone" },
      { kind: "phone", start: 1, end: 4, reason: "privacy.phone" },
    ];
    expect(redact("abcdefghij", findings)).toBe(`${REDACTED}def${REDACTED}j`);
  });
});

/* ---------------------------------------------------------------------------------------------- */

const ordinary: readonly { readonly lang: UiLanguage; readonly text: string }[] = LANGS.flatMap((lang) =>
  corpus[lang].map((text) => ({ lang, text })),
);

/** Where a word may be inserted: the start, the end and every space. */
function insertionPoints(text: string): number[] {
  const points = [0, text.length];
  for (let i = 0; i < text.length; i++) if (text[i] === " ") points.push(i);
  return points;
}

function embed(host: string, point: number, value: string): { text: string; start: number } {
  if (point === 0) return { text: `${value} ${host}`, start: 0 };
  return { text: `${host.slice(0, point)} ${value}${host.slice(point)}`, start: point + 1 };
}

describe("the ordinary-sentence corpus", () => {
  it("holds at least 200 distinct sentences per language", () => {
    for (const lang of LANGS) {
      expect(new Set(corpus[lang]).size).toBe(corpus[lang].length);
      expect(corpus[lang].length).toBeGreaterThanOrEqual(200);
    }
  });

  it("raises (almost) no false positives", () => {
    const flagged = ordinary.filter((s) => scanText(s.text).length > 0);
    const perLang = LANGS.map(
      (lang) => `${lang} ${flagged.filter((s) => s.lang === lang).length}/${corpus[lang].length}`,
    ).join(", ");
    const rate = flagged.length / ordinary.length;
    console.log(
      `data-protection false positives: ${flagged.length}/${ordinary.length} sentences (${(rate * 100).toFixed(2)}%) — ${perLang}`,
    );
    for (const s of flagged)
      console.log(`  ${s.lang}: ${found(s.text).join(" | ")} in ${JSON.stringify(s.text)}`);
    expect(rate).toBeLessThanOrEqual(0.01);
  });
});

describe("detection", () => {
  it("finds every generated personal-data sentence", () => {
    const next = seeded(2568);
    const total = 2000;
    const missed: string[] = [];
    const perLang = new Map<UiLanguage, { n: number; hit: number }>(LANGS.map((l) => [l, { n: 0, hit: 0 }]));
    for (let i = 0; i < total; i++) {
      const lang = LANGS[i % LANGS.length] ?? "en";
      const sample = personalDataSentence(next, lang);
      const hit = scanText(sample.text).some((f) => covers(f, sample.kind, sample.start, sample.end));
      const counts = perLang.get(lang) ?? { n: 0, hit: 0 };
      perLang.set(lang, { n: counts.n + 1, hit: counts.hit + (hit ? 1 : 0) });
      if (!hit) missed.push(`${sample.kind}: ${sample.text}`);
    }
    const detected = total - missed.length;
    const detail = LANGS.map((l) => `${l} ${perLang.get(l)?.hit}/${perLang.get(l)?.n}`).join(", ");
    console.log(
      `data-protection detection: ${detected}/${total} personal-data sentences (${((detected / total) * 100).toFixed(2)}%) — ${detail}`,
    );
    expect(missed).toEqual([]);
  });

  it("covers every kind with the generators", () => {
    const next = seeded(7);
    const kinds = new Set(Array.from({ length: 300 }, () => personalDataSentence(next, "en").kind));
    expect([...kinds].sort()).toEqual([...FINDING_KINDS].sort());
  });
});

describe("scanText properties", () => {
  const seed = fc.integer();
  const host = fc.constantFrom(...ordinary);
  const identifierKind = fc.constantFrom(
    ...(Object.keys(IDENTIFIER_GENERATORS) as (keyof typeof IDENTIFIER_GENERATORS)[]),
  );

  it("finds any identifier embedded anywhere in any ordinary sentence", () => {
    fc.assert(
      fc.property(host, fc.nat(), identifierKind, seed, (s, at, kind, n) => {
        const value = IDENTIFIER_GENERATORS[kind](seeded(n));
        const points = insertionPoints(s.text);
        const { text, start } = embed(s.text, points[at % points.length] ?? 0, value);
        const findings = scanText(text);
        expect(findings.some((f) => covers(f, kind, start, start + value.length))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds any date-of-birth sentence embedded in any ordinary sentence", () => {
    fc.assert(
      fc.property(host, fc.nat(), fc.constantFrom(...LANGS), seed, (s, at, lang, n) => {
        const sample = dateOfBirthSentence(seeded(n), lang);
        const points = insertionPoints(s.text);
        const { text, start } = embed(s.text, points[at % points.length] ?? 0, sample.text);
        const findings = scanText(text);
        expect(
          findings.some((f) => covers(f, "date_of_birth", start + sample.start, start + sample.end)),
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  const piece = fc.oneof(
    fc.string({ unit: "binary", maxLength: 6 }),
    fc.constantFrom(
      " ",
      "-",
      ".",
      "/",
      ":",
      "+",
      "@",
      "(",
      ")",
      "๐",
      "๙",
      "၀",
      "၉",
      "\ud800",
      "born ",
      "เกิด",
      "မွေး",
    ),
    fc.stringMatching(/^[0-9 .-]{1,16}$/),
    host.map((s) => s.text.slice(0, 30)),
    seed.map((n) => personalDataSentence(seeded(n), "en").text),
    seed.map((n) => personalDataSentence(seeded(n), "th").text.slice(0, 20)),
  );
  const messy = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

  it("never throws and returns sorted, disjoint spans within the text", () => {
    fc.assert(
      fc.property(messy, (text) => {
        const findings = scanText(text);
        let end = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(end);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.reason).toBe(`privacy.${f.kind}`);
          end = f.end;
        }
        expect(redact(text, findings).length).toBeLessThanOrEqual(
          text.length + findings.length * REDACTED.length,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses in restricted series exactly when it warns in the others", () => {
    fc.assert(
      fc.property(messy, (text) => {
        const warned = guardFreeText(text, "partners");
        const restricted = guardFreeText(text, "restricted");
        const warnings = warned.ok ? warned.value.warnings : [];
        expect(guardFreeText(text, "public")).toEqual(warned);
        expect(restricted.ok).toBe(warnings.length === 0);
        if (!restricted.ok) expect(restricted.error.findings).toEqual(warnings);
      }),
      { numRuns: 300 },
    );
  });
});

describe("identifier generators", () => {
  it("produce the shapes they promise", () => {
    const next = seeded(42);
    for (let i = 0; i < 200; i++) {
      expect(found(thaiNationalId(next))[0]).toMatch(/^thai_national_id:/);
      expect(found(thaiPhone(next))[0]).toMatch(/^phone:/);
      expect(found(myanmarPhone(next))[0]).toMatch(/^phone:/);
      expect(found(passportNumber(next))[0]).toMatch(/^passport:/);
      expect(found(myanmarNrc(next))[0]).toMatch(/^myanmar_nrc:/);
      expect(found(email(next))[0]).toMatch(/^email:/);
    }
  });

  it("survive a random source that returns its extremes", () => {
    for (const value of [0, 0.999999999]) {
      const next = () => value;
      for (const lang of LANGS) expect(personalDataSentence(next, lang).text.length).toBeGreaterThan(0);
      expect(thaiNationalId(next)).toMatch(/^[0-9 -]+$|^[๐-๙ -]+$/);
    }
  });
});

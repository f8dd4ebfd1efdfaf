import fc from "fast-check";
import myanmarTools from "myanmar-tools";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  looksZawgyi,
  normalizeText,
  ZAWGYI_THRESHOLD,
  zawgyiProbability,
  zawgyiToUnicode,
} from "./burmese.ts";
import { LANGUAGES } from "./language.ts";

const converter = new myanmarTools.ZawgyiConverter();

// The pair from myanmar-tools' own specification (UDHR title), then sentences from Moei's minutes.
const UDHR_UNICODE = "အပြည်ပြည်ဆိုင်ရာ လူ့အခွင့်အရေး ကြေညာစာတမ်း";
const UDHR_ZAWGYI = "အျပည္ျပည္ဆိုင္ရာ လူ႔အခြင့္အေရး ေၾကညာစာတမ္း";
const SENTENCES = [
  "အစည်းအဝေးကို မဲဆောက်တွင် ကျင်းပမည်။",
  "လူကုန်ကူးမှု တိုက်ဖျက်ရေး ပူးပေါင်းဆောင်ရွက်မှု",
  "ပြန်လည်ရောက်ရှိလာသူများအား လူမှုဝန်ထမ်းဦးစီးဌာနသို့ လွှဲပြောင်းပေးခဲ့သည်။",
  "နောက်တစ်ကြိမ် အစည်းအဝေးကို ဒီဇင်ဘာလတွင် ပြုလုပ်ရန် သဘောတူကြသည်။",
  "မြဝတီနှင့် မဲဆောက်အကြား နယ်စပ်ဆက်ဆံရေး ရုံး",
];
// S'gaw Karen "Karen people" and Shan "Tai language": Unicode, but Karen looks like Zawgyi to the model.
const KAREN = "ပှၤကညီတဖၣ်";
const SHAN = "ၵႂၢမ်းတႆး";

describe("Zawgyi detection", () => {
  it("scores the myanmar-tools reference pair at the extremes", () => {
    expect(zawgyiProbability(UDHR_UNICODE)).toBeLessThan(0.001);
    expect(zawgyiProbability(UDHR_ZAWGYI)).toBeGreaterThan(0.999);
    expect(looksZawgyi(UDHR_ZAWGYI)).toBe(true);
    expect(looksZawgyi(UDHR_UNICODE)).toBe(false);
  });

  it.each(SENTENCES)("tells the Unicode and Zawgyi forms of %s apart", (unicode) => {
    const zawgyi = converter.unicodeToZawgyi(unicode);
    expect(zawgyi).not.toBe(unicode);
    expect(looksZawgyi(unicode)).toBe(false);
    expect(looksZawgyi(zawgyi)).toBe(true);
    expect(zawgyiToUnicode(zawgyi)).toBe(unicode);
  });

  it.each(["", "Meeting 1/2561 at 10:00", "การประชุมครั้งที่ 1/2561", "၂၀၂၅ ၁၂", "\ud800"])(
    "gives no Zawgyi signal for %j",
    (text) => {
      expect(zawgyiProbability(text)).toBe(0);
      expect(looksZawgyi(text)).toBe(false);
    },
  );

  it("uses a threshold that favours leaving text alone", () => {
    expect(ZAWGYI_THRESHOLD).toBeGreaterThanOrEqual(0.95);
  });
});

describe("normalizeText", () => {
  it("converts Zawgyi Burmese to NFC Unicode and keeps the raw input", () => {
    expect(normalizeText(UDHR_ZAWGYI, "my")).toEqual({
      text: UDHR_UNICODE,
      raw: UDHR_ZAWGYI,
      convertedFromZawgyi: true,
    });
  });

  it("leaves Unicode Burmese as it is", () => {
    for (const s of SENTENCES)
      expect(normalizeText(s, "my")).toEqual({ text: s, raw: s, convertedFromZawgyi: false });
  });

  it("never converts Karen or Shan, even where the model says Zawgyi", () => {
    expect(looksZawgyi(KAREN)).toBe(true);
    expect(zawgyiToUnicode(KAREN)).not.toBe(KAREN);
    for (const lang of ["ksw", "kjp"] as const) {
      expect(normalizeText(KAREN, lang)).toEqual({ text: KAREN, raw: KAREN, convertedFromZawgyi: false });
    }
    expect(normalizeText(SHAN, "shn")).toEqual({ text: SHAN, raw: SHAN, convertedFromZawgyi: false });
  });

  it("does not convert Zawgyi-looking text tagged with another language", () => {
    expect(normalizeText(UDHR_ZAWGYI, "en").text).toBe(UDHR_ZAWGYI);
  });

  it("leaves Latin and Thai untouched, apart from NFC", () => {
    expect(normalizeText("Meeting 1/2561, 10:00 (09:30 Myawaddy)", "en").text).toBe(
      "Meeting 1/2561, 10:00 (09:30 Myawaddy)",
    );
    expect(normalizeText("ประชุมครั้งที่ ๑/๒๕๖๑", "th").text).toBe("ประชุมครั้งที่ ๑/๒๕๖๑");
    const decomposed = "Cafe\u0301";
    expect(normalizeText(decomposed, "en")).toEqual({
      text: "Café",
      raw: decomposed,
      convertedFromZawgyi: false,
    });
  });

  it("puts Myanmar marks in canonical order", () => {
    // Asat typed before the dot below (ccc 9 then 7) is reordered by NFC.
    expect(normalizeText("နေ\u103A\u1037", "my").text).toBe("နေ\u1037\u103A");
  });
});

describe("normalizeText properties", () => {
  const language = fc.constantFrom(...LANGUAGES);
  const anything = fc.string({
    unit: fc.oneof(
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0x1000, max: 0x109f }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    ),
    maxLength: 40,
  });
  // Words whose Unicode spelling (asat, medials in Unicode order) is unambiguous, and short ones that are not.
  const strong = fc.constantFrom(
    "အစည်းအဝေး",
    "မဲဆောက်",
    "ကျင်းပ",
    "လူကုန်ကူးမှု",
    "တိုက်ဖျက်ရေး",
    "ပူးပေါင်း",
    "ဆောင်ရွက်",
    "ပြန်လည်",
    "လွှဲပြောင်း",
    "နယ်စပ်",
    "ဒီဇင်ဘာ",
    "ဝန်ကြီးဌာန",
    "အဖွဲ့အစည်း",
    "ရန်ပုံငွေ",
    "လုပ်ငန်းစဉ်",
    "ညှိနှိုင်း",
    "နှင့်",
  );
  const weak = fc.constantFrom("", "ကို", "၏", "၊", "။", "၂၀၂၅", "များ", "သည်", "Tak", "10:00");
  const unicodeBurmese = fc
    .array(fc.tuple(strong, weak), { minLength: 1, maxLength: 6 })
    .chain((words) => fc.constantFrom(" ", "").map((sep) => words.flat().join(sep)));

  it("returns NFC text, and is idempotent outside Burmese", () => {
    fc.assert(
      fc.property(anything, language, (s, lang) => {
        const once = normalizeText(s, lang).text;
        expect(once.normalize("NFC")).toBe(once);
        if (lang !== "my") expect(normalizeText(once, lang).text).toBe(once);
      }),
    );
  });

  it("is the identity on Unicode Burmese", () => {
    fc.assert(
      fc.property(unicodeBurmese, (s) => {
        expect(normalizeText(s, "my")).toEqual({ text: s, raw: s, convertedFromZawgyi: false });
      }),
    );
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(anything, language, (s, lang) => {
        const p = zawgyiProbability(s);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(typeof zawgyiToUnicode(s)).toBe("string");
        expect(normalizeText(s, lang).raw).toBe(s);
      }),
    );
  });
});

describe("the detector", () => {
  afterEach(() => {
    vi.doUnmock("myanmar-tools");
    vi.resetModules();
  });

  it("is built on first use, once, not at import", async () => {
    vi.resetModules();
    const built = vi.fn();
    vi.doMock("myanmar-tools", async (importOriginal) => {
      const real = (await importOriginal<{ default: typeof myanmarTools }>()).default;
      const ZawgyiDetector = new Proxy(real.ZawgyiDetector, {
        construct(target, args) {
          built();
          return Reflect.construct(target, args);
        },
      });
      return { default: { ...real, ZawgyiDetector } };
    });
    const fresh = await import("./burmese.ts");
    expect(built).not.toHaveBeenCalled();
    fresh.looksZawgyi(UDHR_ZAWGYI);
    fresh.normalizeText(UDHR_UNICODE, "my");
    expect(built).toHaveBeenCalledTimes(1);
  });
});

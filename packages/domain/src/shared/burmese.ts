/// <reference path="./myanmar-tools.d.ts" />
import myanmarTools from "myanmar-tools";
import type { Language } from "./language.ts";

/**
 * Zawgyi reuses Unicode's Myanmar code points with other meanings, so software cannot tell the two
 * apart by code point; Google's myanmar-tools scores a text with a Markov model trained on both.
 */

/**
 * Google's guidance for automatic conversion ("over-predicting Zawgyi is bad"): 0.95 wrongly flags
 * fewer than 1% of Unicode strings. Moei keeps the raw input, so a rare miss can still be undone.
 */
export const ZAWGYI_THRESHOLD = 0.95;

type Detector = InstanceType<typeof myanmarTools.ZawgyiDetector>;
type Converter = InstanceType<typeof myanmarTools.ZawgyiConverter>;

// Decoding the model takes milliseconds and memory; pay for it only when Burmese text shows up.
let detector: Detector | undefined;
let converter: Converter | undefined;
const getDetector = (): Detector => {
  detector ??= new myanmarTools.ZawgyiDetector();
  return detector;
};
const getConverter = (): Converter => {
  converter ??= new myanmarTools.ZawgyiConverter();
  return converter;
};

/** The Myanmar block plus Extended-A and -B, where Burmese, Karen, Shan and Mon letters live. */
const MYANMAR = /[\u1000-\u109F\uA9E0-\uA9FF\uAA60-\uAA7F]/;

/** Probability in [0, 1] that `text` is Zawgyi; 0 when it has no Myanmar letters to judge by. */
export function zawgyiProbability(text: string): number {
  if (!MYANMAR.test(text)) return 0;
  const p = getDetector().getZawgyiProbability(text);
  // The model answers -Infinity for text with Myanmar digits only: no signal, so not Zawgyi.
  return Number.isFinite(p) ? p : 0;
}

export const looksZawgyi = (text: string): boolean => zawgyiProbability(text) > ZAWGYI_THRESHOLD;

/** Converts unconditionally: on text that is already Unicode it corrupts it, so callers check first. */
export const zawgyiToUnicode = (text: string): string => getConverter().zawgyiToUnicode(text);

export interface NormalizedText {
  /** NFC Unicode, the form Moei stores, compares and searches. */
  readonly text: string;
  /** Exactly what the user sent, kept so that a wrong conversion can be undone. */
  readonly raw: string;
  readonly convertedFromZawgyi: boolean;
}

/**
 * NFC, and for Burmese only, Zawgyi converted to Unicode. Karen, Shan and Mon also write in the
 * Myanmar block and the detector mistakes them for Zawgyi (S'gaw Karen "ပှၤကညီ" scores 0.9999), so
 * text in those languages is never converted.
 */
export function normalizeText(text: string, language: Language): NormalizedText {
  // Detect and convert before NFC: Zawgyi stores marks in visual order, which NFC would reorder.
  const convert = language === "my" && looksZawgyi(text);
  const unicode = convert ? zawgyiToUnicode(text) : text;
  return { text: unicode.normalize("NFC"), raw: text, convertedFromZawgyi: convert };
}

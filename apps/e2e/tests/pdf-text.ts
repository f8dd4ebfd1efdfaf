import { inflateSync } from "node:zlib";
import { getDocumentProxy } from "unpdf";

/*
 * The text of a PDF printed by Chromium, as a reader who copies it or a screen reader gets it.
 *
 * pdf.js (what unpdf runs) reads each glyph's ToUnicode entry in drawing order. For Thai and Burmese
 * that is not the text: Burmese puts the vowel sign ေ (U+1031) and the medial ြ (U+103C) before the
 * consonant they follow in the text, and stacked or substituted glyphs (Thai ที่, Burmese ို့) map to
 * nothing. Skia, which writes Chromium's PDFs, wraps each such cluster in a marked-content span
 * `/Span <</ActualText <FEFF…>>> BDC … EMC` carrying the cluster's text in logical order (PDF 32000
 * §14.9.4), which Acrobat, PDFium and Poppler use; pdf.js drops the ActualText. So the text here is
 * pdf.js's with each such span replaced by its ActualText, read from the page's content stream.
 */

export interface PdfText {
  readonly pages: number;
  /** Each page's text with ActualText honoured. */
  readonly text: string;
  /** Each page's text as pdf.js alone extracts it (glyphs in drawing order). */
  readonly glyphText: string;
  /** The embedded fonts' names, without the subset prefix. */
  readonly fonts: readonly string[];
}

/** Object `num` of a PDF without object streams, as Skia writes them: its dictionary and its stream. */
function pdfObject(pdf: Buffer, num: number): { dict: string; stream?: Buffer } {
  const start = pdf.indexOf(`\n${num} 0 obj`);
  if (start < 0) throw new Error(`The PDF has no object ${num}`);
  const end = pdf.indexOf("endobj", start);
  const streamAt = pdf.indexOf("stream", start);
  if (streamAt < 0 || streamAt > end) return { dict: pdf.subarray(start, end).toString("latin1") };
  const dict = pdf.subarray(start, streamAt).toString("latin1");
  const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
  const from = streamAt + (pdf[streamAt + 6] === 0x0d ? 8 : 7);
  const raw = pdf.subarray(from, from + length);
  return { dict, stream: dict.includes("/FlateDecode") ? inflateSync(raw) : raw };
}

const utf16be = (hex: string) => Buffer.from(hex.replace(/^FEFF/i, ""), "hex").swap16().toString("utf16le");

/** For each marked-content sequence of a content stream, in order: its ActualText, if it has one. */
function actualTexts(content: string): (string | undefined)[] {
  return [...content.matchAll(/\/\w+\s*(<<(?:[^<>]|<[^<>]*>)*>>|\/\w+)?\s*BDC/g)].map((m) => {
    const hex = /\/ActualText\s*<([0-9A-Fa-f]*)>/.exec(m[1] ?? "")?.[1];
    return hex === undefined ? undefined : utf16be(hex);
  });
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = Buffer.from(bytes);
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const texts: string[] = [];
  const glyphTexts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    if (page.ref === null) throw new Error(`Page ${n} has no object`);
    const { items } = await page.getTextContent({ includeMarkedContent: true });
    const contents = /\/Contents\s*(?:\[([^\]]*)\]|(\d+ 0 R))/.exec(pdfObject(pdf, page.ref.num).dict);
    const streams = (contents?.[1] ?? contents?.[2] ?? "").match(/\d+(?= 0 R)/g) ?? [];
    const spans = actualTexts(
      streams.map((s) => pdfObject(pdf, Number(s)).stream?.toString("latin1") ?? "").join("\n"),
    );
    let text = "";
    let glyphs = "";
    let next = 0;
    // The ActualText of each open marked-content sequence; text inside one that has it is replaced.
    const open: (string | undefined)[] = [];
    const replaced = () => open.some((a) => a !== undefined);
    for (const item of items) {
      if ("str" in item) {
        const piece = item.str + (item.hasEOL ? "\n" : "");
        glyphs += piece;
        if (!replaced()) text += piece;
      } else if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
        // pdf.js reports every BDC (and BMC) in content order, as the regular expression finds them.
        const actual = item.type === "beginMarkedContentProps" ? spans[next++] : undefined;
        if (actual !== undefined && !replaced()) text += actual;
        open.push(actual);
      } else if (item.type === "endMarkedContent") {
        open.pop();
      }
    }
    texts.push(text);
    glyphTexts.push(glyphs);
  }
  const fonts = [...pdf.toString("latin1").matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map(
    (m) => m[1] ?? "",
  );
  return {
    pages: document.numPages,
    text: texts.join("\n"),
    glyphText: glyphTexts.join("\n"),
    fonts: [...new Set(fonts)].sort(),
  };
}

/** Text compared as a reader sees it: compatibility forms unified (Thai ำ), line breaks and spaces gone. */
export const squeeze = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "");

import { z } from "zod";

/** Required text, trimmed, at most `max` characters. Messages are translation keys. */
export const text = (max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .max(max, { error: "validation.too_long" });

export const optionalText = (max: number) => text(max).exactOptional();

/** English is required as the fallback; Thai and Burmese optional. */
export const localizedTextSchema = (max: number) =>
  z.strictObject({ en: text(max), th: optionalText(max), my: optionalText(max) });

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: "validation.invalid_choice" });

export const versionSchema = z
  .int({ error: "validation.invalid_version" })
  .min(1, { error: "validation.invalid_version" });

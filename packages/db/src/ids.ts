import { randomBytes } from "node:crypto";

/**
 * New ids: a prefix naming the kind (`mtg_`), 9 base-36 digits of milliseconds (sortable by creation
 * until the year 5188) and 12 random base-36 characters. Fits the domain's ID_PATTERN.
 */
export function newId<I extends string>(prefix: string, now = Date.now()): I {
  const random = [...randomBytes(12)].map((b) => (b % 36).toString(36)).join("");
  return `${prefix}_${now.toString(36).padStart(9, "0")}${random}` as I;
}

import type { Visibility } from "@moei/domain/access";
import { normalizeText } from "@moei/domain/shared";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { contains } from "./search.ts";
import { visibleMeetingIds } from "./visibility.ts";

/**
 * Text search over the FTS5 index kept by the `search` migration's triggers: organizations (names in
 * every language, acronym), agreements (titles), meetings (titles, venue, their series' names, and
 * what was said in them: minutes and decisions), actions (text).
 *
 * The index uses the trigram tokenizer because Thai and Burmese write no spaces between words: every
 * run of three characters is indexed, so any substring of three characters or more is found, in any
 * script ("ค้ามนุษย์" inside a Thai title, "လူကုန်ကူး" inside a Burmese one).
 */

export const SEARCH_ENTITY_TYPES = ["organization", "agreement", "meeting", "action"] as const;
export type SearchEntityType = (typeof SEARCH_ENTITY_TYPES)[number];

/** A run of the snippet that matched the query, in UTF-16 code units (JavaScript string indices). */
export interface TextRange {
  readonly start: number;
  readonly length: number;
}

/** Plain text around the match with the matched runs as offsets: never markup, so never injectable. */
export interface Snippet {
  readonly text: string;
  readonly highlights: readonly TextRange[];
}

export interface SearchHit {
  readonly entityType: SearchEntityType;
  readonly entityId: string;
  readonly snippet: Snippet;
}

export interface SearchOptions {
  /** Only these kinds of result; absent or empty for all. */
  readonly types?: readonly SearchEntityType[];
  /** At most this many hits of each type (default 20, at most 100). */
  readonly first?: number;
  /**
   * What the viewer may read (`visibilityOf(actor)`): meetings, with their minutes and decisions, and
   * actions are found only when the viewer may read the meeting (partners meetings need a signed-in
   * viewer, restricted ones an invitation, a coordinator or an admin). Organizations and agreements
   * are found by anyone.
   */
  readonly visibleTo: Visibility;
}

export const DEFAULT_SEARCH_HITS = 20;
export const MAX_SEARCH_HITS = 100;
/** Shorter terms make no trigram: see `parseQuery`. */
export const MIN_TERM_LENGTH = 3;
/** Longer queries are cut: a search box, not a document comparison. */
export const MAX_QUERY_LENGTH = 200;

/** Weights of the index's columns in bm25: a name or title outranks the same words in minutes. */
const NAME_WEIGHT = 10;
const BODY_WEIGHT = 1;
/** Trigram "tokens" are characters, so this is about how many characters a snippet shows (64 at most). */
const SNIPPET_TOKENS = 64;
/** The same length for snippets of the scan path, cut in JavaScript. */
const SNIPPET_CHARS = SNIPPET_TOKENS;

// Control characters never occur in stored text (and are removed from queries), so they can mark matches.
const OPEN = "\u0002";
const CLOSE = "\u0003";
const ELLIPSIS = "…";
const SEPARATOR = " · ";

export interface ParsedQuery {
  /** Terms of three characters or more, matched through the index, all of them. */
  readonly indexed: readonly string[];
  /** Shorter terms, matched as plain substrings (LIKE) of the same documents, all of them. */
  readonly short: readonly string[];
}

const characters = (s: string): number => [...s].length;

/**
 * Splits a query into whitespace-separated terms, each matched as a literal substring (all must match).
 * Normalized as stored text is: NFC, and Burmese typed in Zawgyi converted to Unicode. A term shorter
 * than three characters makes no trigram, so the index cannot look it up: alongside longer terms it
 * filters their matches; alone (a query like "UN" or "ตม") it is looked for in names and titles only,
 * where short strings mean something, by a scan rather than the index. `null` for a blank query.
 */
export function parseQuery(query: string): ParsedQuery | null {
  const cleaned = [...normalizeText(query.replace(/\p{Cc}/gu, " "), "my").text]
    .slice(0, MAX_QUERY_LENGTH)
    .join("");
  const terms = [...new Set(cleaned.split(/\s+/u).filter((t) => t !== ""))];
  if (terms.length === 0) return null;
  return {
    indexed: terms.filter((t) => characters(t) >= MIN_TERM_LENGTH),
    short: terms.filter((t) => characters(t) < MIN_TERM_LENGTH),
  };
}

/**
 * The FTS5 query: each term a quoted string, where everything but the quote itself is literal (AND,
 * OR, NEAR, `*`, `^`, `column:`), and a quote is written twice. Juxtaposed strings must all match.
 */
export const matchExpression = (terms: readonly string[]): string =>
  terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(" ");

/** Reads snippet() output marked with OPEN/CLOSE into text and offsets; fields shown as " · ". */
export function parseSnippet(marked: string): Snippet {
  let text = "";
  let plain = "";
  const highlights: TextRange[] = [];
  let start: number | null = null;
  const flush = () => {
    // A cut inside a Thai or Burmese syllable would start the snippet with a lone combining mark.
    const clean = text === "" ? plain.replace(/^…\p{M}+/u, ELLIPSIS) : plain;
    text += clean.replace(/\s*\n\s*/gu, SEPARATOR);
    plain = "";
  };
  for (const c of marked) {
    if (c === OPEN) {
      flush();
      start = text.length;
    } else if (c === CLOSE) {
      flush();
      if (start !== null && text.length > start) highlights.push({ start, length: text.length - start });
      start = null;
    } else plain += c;
  }
  flush();
  return { text, highlights };
}

/** A snippet of `text` around the first occurrence of any term (case-insensitive), for the scan path. */
export function snippetAround(text: string, terms: readonly string[]): Snippet {
  const flat = text.replace(/\s*\n\s*/gu, SEPARATOR);
  const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "giu");
  const all = [...flat.matchAll(pattern)].map((m) => ({ start: m.index, length: m[0].length }));
  const first = all[0]?.start ?? 0;
  let from = 0;
  let to = flat.length;
  if (flat.length > SNIPPET_CHARS) {
    from = Math.max(0, Math.min(first - SNIPPET_CHARS / 4, flat.length - SNIPPET_CHARS));
    to = from + SNIPPET_CHARS;
  }
  const head = from > 0 ? ELLIPSIS : "";
  const tail = to < flat.length ? ELLIPSIS : "";
  const highlights = all
    .filter((r) => r.start >= from && r.start + r.length <= to)
    .map((r) => ({ start: r.start - from + head.length, length: r.length }));
  return { text: `${head}${flat.slice(from, to)}${tail}`, highlights };
}

interface RankedRow {
  readonly doc: number;
  readonly entityType: SearchEntityType;
  readonly entityId: string;
  readonly name: string;
}

export function searchRepository(db: Db) {
  function visibility(visibleTo: Visibility): SQL {
    const visible = visibleMeetingIds(db, visibleTo);
    return visible === undefined ? sql`1` : sql`(d.meeting_id IS NULL OR d.meeting_id IN ${visible})`;
  }

  /**
   * Keeps each entity's best document (a meeting matches through its title, minutes and decisions),
   * then the best `first` entities of each type, best first.
   */
  const ranked = (hits: SQL, first: number): RankedRow[] =>
    db.all<RankedRow>(sql`
      WITH hits AS (${hits}),
      best AS (
        SELECT *, row_number() OVER (PARTITION BY entity_type, entity_id ORDER BY score, doc) AS nth FROM hits
      ),
      placed AS (
        SELECT *, row_number() OVER (PARTITION BY entity_type ORDER BY score, entity_id) AS place
        FROM best WHERE nth = 1
      )
      SELECT doc, entity_type AS entityType, entity_id AS entityId, name
      FROM placed WHERE place <= ${first}
      ORDER BY score, entity_type, entity_id`);

  return {
    /**
     * Ranked hits for `query`, at most `first` of each type, best first (bm25, names and titles weighing
     * ten times what was said in minutes and decisions). Any text is a valid query: FTS5 syntax in it is
     * matched literally. Two statements whatever the number of hits (ranking, then snippets).
     */
    search(query: string, options: SearchOptions): SearchHit[] {
      const parsed = parseQuery(query);
      if (parsed === null) return [];
      const first = Math.min(Math.max(1, options.first ?? DEFAULT_SEARCH_HITS), MAX_SEARCH_HITS);
      const conditions: SQL[] = [visibility(options.visibleTo)];
      if (options.types?.length)
        conditions.push(
          sql`d.entity_type IN (${sql.join(
            options.types.map((t) => sql`${t}`),
            sql`, `,
          )})`,
        );

      if (parsed.indexed.length === 0) {
        // No trigram to look up: a scan of names and titles, shortest (most specific) first.
        for (const term of parsed.short) conditions.push(contains(sql`d.name`, term));
        const rows = ranked(
          sql`SELECT d.id AS doc, d.entity_type, d.entity_id, d.name, length(d.name) AS score
              FROM search_documents d WHERE ${sql.join(conditions, sql` AND `)}`,
          first,
        );
        return rows.map((r) => ({
          entityType: r.entityType,
          entityId: r.entityId,
          snippet: snippetAround(r.name, parsed.short),
        }));
      }

      const match = matchExpression(parsed.indexed);
      for (const term of parsed.short) conditions.push(contains(sql`(d.name || char(10) || d.body)`, term));
      const rows = ranked(
        sql`SELECT d.id AS doc, d.entity_type, d.entity_id, '' AS name,
              bm25(search_index, ${NAME_WEIGHT}, ${BODY_WEIGHT}) AS score
            FROM search_index JOIN search_documents d ON d.id = search_index.rowid
            WHERE search_index MATCH ${match} AND ${sql.join(conditions, sql` AND `)}`,
        first,
      );
      if (rows.length === 0) return [];
      // snippet() reads the stored text, so it runs for the hits shown only, not for every match.
      const snippets = new Map(
        db
          .all<{ doc: number; marked: string }>(
            sql`SELECT rowid AS doc, snippet(search_index, -1, ${OPEN}, ${CLOSE}, ${ELLIPSIS}, ${SNIPPET_TOKENS}) AS marked
                FROM search_index
                WHERE search_index MATCH ${match} AND rowid IN (${sql.join(
                  rows.map((r) => sql`${r.doc}`),
                  sql`, `,
                )})`,
          )
          .map((s) => [s.doc, parseSnippet(s.marked)]),
      );
      return rows.map((r) => ({
        entityType: r.entityType,
        entityId: r.entityId,
        snippet: snippets.get(r.doc) ?? { text: "", highlights: [] },
      }));
    },
  };
}

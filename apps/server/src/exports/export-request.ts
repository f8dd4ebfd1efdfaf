import type { Db, ExportRecord } from "@moei/db";
import { message, type UiLanguage } from "@moei/domain/shared";
import { PothosValidationError } from "@pothos/core";
import type { FastifyReply, FastifyRequest } from "fastify";
import { type ExecutionResult, graphql } from "graphql";
import { authenticate, sessionControl } from "../auth/sessions.ts";
import { type Clock, type Context, createContext, languageOf, type repositories } from "../context.ts";
import { schema } from "../schema/index.ts";

/*
 * What every export shares. An export reads through the GraphQL schema with the requester's context,
 * so it sees exactly what the API would show them (restricted meetings, cases, contacts) and nothing
 * is decided twice; it then writes one audit entry and sends a file. Refusals are plain text in the
 * reader's language with the status an API client expects.
 */

export interface ExportDeps {
  readonly db: Db;
  readonly repos: ReturnType<typeof repositories>;
  readonly clock: Clock;
}

const LANGUAGES: readonly UiLanguage[] = ["en", "th", "my"];

/** A `lang` query parameter if it names an interface language, else undefined. */
export function languageParam(value: unknown): UiLanguage | undefined {
  return LANGUAGES.find((l) => l === value);
}

/** The context of the signed-in user making the request (anonymous without a session). */
export function exportContext(request: FastifyRequest, reply: FastifyReply, deps: ExportDeps): Context {
  const query = request.query as Record<string, unknown> | undefined;
  return createContext(deps.db, deps.repos, {
    // Messages follow the language the portal asks for, else the browser's.
    lang: languageParam(query?.ui) ?? languageOf(request.headers["accept-language"]),
    clock: deps.clock,
    actor: authenticate(request, deps.repos, deps.clock),
    session: sessionControl(request, reply),
    requestId: request.id,
    requestLog: {},
  });
}

/** The context of a given actor, for exports that carry their owner with them (calendar feeds). */
export function contextFor(
  deps: ExportDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  actor: Context["actor"],
  lang: UiLanguage,
): Context {
  return createContext(deps.db, deps.repos, {
    lang,
    clock: deps.clock,
    actor,
    session: sessionControl(request, reply),
    requestId: request.id,
    requestLog: {},
  });
}

/** A query's refusal or failure, with the HTTP status it is answered with. */
export class ExportRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 410 | 503,
    readonly code: string,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(code);
    this.name = "ExportRefusal";
  }
}

const STATUS_OF_CODE: Readonly<Record<string, ExportRefusal["status"]>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/**
 * Runs a query of our own against the schema as the context's actor. An error the API would have
 * answered (not signed in, not allowed, not found, a bad id) becomes an ExportRefusal; anything else
 * is unexpected and thrown.
 */
export async function runQuery<T>(
  ctx: Context,
  source: string,
  variableValues: Readonly<Record<string, unknown>> = {},
): Promise<T> {
  const result: ExecutionResult = await graphql({ schema, source, contextValue: ctx, variableValues });
  const error = result.errors?.[0];
  if (error !== undefined) {
    // A malformed or wrong-type global id names nothing: the answer an unknown id gets.
    if (error.originalError instanceof PothosValidationError) throw new ExportRefusal(404, "NOT_FOUND");
    const code = String(error.extensions?.code ?? (error.originalError as { code?: string })?.code ?? "");
    const status = STATUS_OF_CODE[code];
    if (status !== undefined) throw new ExportRefusal(status, code === "BAD_USER_INPUT" ? "NOT_FOUND" : code);
    throw error.originalError ?? error;
  }
  return result.data as T;
}

/**
 * The document's language: `lang`, else the interface language `ui`, else English. A `lang` that is
 * there but names no language is refused rather than guessed.
 */
export function documentLanguage(query: Readonly<Record<string, unknown>>): UiLanguage {
  if (query.lang === undefined) return languageParam(query.ui) ?? "en";
  const lang = languageParam(query.lang);
  if (lang === undefined) throw new ExportRefusal(400, "EXPORT.INVALID_OPTION", { option: "lang" });
  return lang;
}

/** One page of a connection, as the schema's connections answer it. */
export interface Page<N> {
  readonly edges: readonly { readonly node: N }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/**
 * Reads every page of a connection, `first`/`after` until the last, or until `maxPages` (a bound on a
 * runaway read).
 */
export async function allPages<N>(
  read: (after: string | null) => Promise<Page<N>>,
  maxPages = Number.POSITIVE_INFINITY,
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const { edges, pageInfo } = await read(after);
    nodes.push(...edges.map((e) => e.node));
    if (!pageInfo.hasNextPage || pageInfo.endCursor === null) break;
    after = pageInfo.endCursor;
  }
  return nodes;
}

/** Writes the export to the audit log, as the context's actor, now. */
export function audit(ctx: Context, entry: ExportRecord): void {
  const recorded = ctx.repos.exports.record(ctx.write(), entry);
  if (!recorded.ok) throw new Error("The export could not be written to the audit log");
}

/** Answers a refusal as plain text in the reader's language. */
export function refuse(reply: FastifyReply, lang: UiLanguage, refusal: ExportRefusal): FastifyReply {
  const entity: Record<string, string> =
    refusal.code === "NOT_FOUND" ? { entity: refusal.params.entity ?? "meeting" } : {};
  return reply
    .code(refusal.status)
    .header("cache-control", "no-store")
    .type("text/plain; charset=utf-8")
    .send(message(refusal.code, lang, { ...entity, ...refusal.params }));
}

/**
 * Sends a file to download. The file name is ASCII-safe with a UTF-8 variant (RFC 6266), and the
 * response is never cached by shared caches: it was made for one reader.
 */
export function sendFile(
  reply: FastifyReply,
  file: { readonly body: string | Uint8Array; readonly type: string; readonly filename: string },
  options: { readonly inline?: boolean } = {},
): FastifyReply {
  const ascii = file.filename.normalize("NFKD").replace(/[^\x20-\x7e]|["\\]/g, "_");
  return reply
    .header("cache-control", "private, no-store")
    .header(
      "content-disposition",
      `${options.inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    )
    .type(file.type)
    .send(typeof file.body === "string" ? file.body : Buffer.from(file.body));
}

/**
 * The common shape of an export route: build the context, run the export, and answer refusals in
 * the reader's language. Unexpected errors go to Fastify's handler (logged, masked).
 */
export function exportHandler(
  deps: ExportDeps,
  run: (ctx: Context, request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>,
) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const ctx = exportContext(request, reply, deps);
    try {
      return await run(ctx, request, reply);
    } catch (e) {
      if (e instanceof ExportRefusal) return refuse(reply, ctx.lang, e);
      throw e;
    }
  };
}

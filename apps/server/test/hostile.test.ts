import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDb, openDb } from "@moei/db";
import {
  email,
  myanmarNrc,
  myanmarPhone,
  passportNumber,
  personalDataSentence,
  thaiNationalId,
  thaiPhone,
} from "@moei/domain/data-protection";
import type { Instant } from "@moei/domain/shared";
import fc from "fast-check";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../src/context.ts";
import { QUERY_LIMITS } from "../src/hardening.ts";
import { buildServer, type ServerOptions } from "../src/http.ts";
import { schema } from "../src/schema/index.ts";
import { signInAs } from "./accounts.ts";
import type { TestServer } from "./support.ts";

/**
 * Hostile input against the real server over the demo data: generated malformed documents and bodies,
 * fixed bombs, SQL injection through every string argument, and personal data in restricted minutes.
 * Every refusal is a 4xx that tells nothing about the server; the server stays up throughout.
 */

const NOW = "2026-11-21T03:00:00Z";

/**
 * What no response may contain: a stack frame ("    at fn (", "at /path"; graphql's own "used once at this
 * location" is not one), a source position, SQL, the driver, a file path.
 */
const LEAK =
  /\s{2}at \S|\bat (?:async )?[\w.<>$]+ \(|\bat (?:file:|\/)|\.[cm]?[jt]s:\d|SELECT |INSERT |UPDATE \w|DELETE FROM|sqlite|SQLITE_|\/work\/|node_modules|\/home\/|\/tmp\//i;

interface Probe {
  readonly body: string | Uint8Array;
  readonly contentType?: string;
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Record<string, string>;
}

interface Answer {
  readonly status: number;
  readonly text: string;
}

/**
 * The real server over a temporary SQLite file. The data the injection suite needs is built through the
 * API below (the demo data would take longer to load than the rest of this file to run).
 */
async function startHostileServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const serverOptions = options;
  const dir = mkdtempSync(join(tmpdir(), "moei-hostile-"));
  const db = openDb({ path: join(dir, "moei.sqlite") });
  let now = NOW as Instant;
  const clock: Clock = { now: () => now };
  // Thousands of requests a minute from one address: the limit is tested on a server of its own.
  const app = await buildServer({ db, clock, logger: false, hardening: { rateLimit: 0 }, ...serverOptions });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    url,
    db,
    app,
    setNow: (instant) => {
      now = instant as Instant;
    },
    now: () => now,
    async gql(query, variables = {}, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json",
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async close() {
      agent.destroy();
      await app.close();
      closeDb(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Kept-alive connections: thousands of requests cost a fraction of what fetch's would. */
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** Sends exactly the bytes and headers of a probe (fetch would add a content type of its own). */
function send(s: TestServer, probe: Probe): Promise<Answer> {
  const body = typeof probe.body === "string" ? Buffer.from(probe.body) : Buffer.from(probe.body);
  const method = probe.method ?? "POST";
  return new Promise((resolve, reject) => {
    const req = request(
      `${s.url}${probe.path ?? "/graphql"}`,
      {
        method,
        agent,
        headers: {
          ...(probe.contentType === undefined ? {} : { "content-type": probe.contentType }),
          ...(method === "GET" ? {} : { "content-length": String(body.length) }),
          ...probe.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    // The server may answer (413) and close before it has read a large body.
    req.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error),
    );
    req.end(method === "GET" ? undefined : body);
  });
}

/** Runs `work` over `items`, `width` at a time, keeping the order of the answers. */
async function inParallel<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i] as T);
      }
    }),
  );
  return results;
}

const json = (query: string, variables?: unknown): Probe => ({
  body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
  contentType: "application/json",
});

async function healthy(s: TestServer): Promise<boolean> {
  const r = await fetch(`${s.url}/health`);
  return r.status === 200 && (await r.text()) === '{"status":"ok"}';
}

/** A refusal as it must be: a 4xx, and nothing in the body about the server's insides. */
function refusedCleanly(answer: Answer): boolean {
  return answer.status >= 400 && answer.status < 500 && !LEAK.test(answer.text);
}

// ---------------------------------------------------------------------------------------------------------
// Generators of hostile documents. Each generated probe is invalid by construction (a syntax error, an
// unknown name, a wrong type, a limit passed), and none contains what LEAK looks for, so whatever LEAK
// finds in a response came from the server.

const queryFields = Object.values(schema.getQueryType()?.getFields() ?? {});
const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});
const unknownName = fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,10}$/).map((n) => `zz${n}`);
const anyName = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,12}$/);
const gqlString = fc.string({ maxLength: 20 }).map((t) => JSON.stringify(t));
const hugeInteger = fc
  .tuple(
    fc.constantFrom("", "-"),
    fc.integer({ min: 2 ** 31 + 1, max: Number.MAX_SAFE_INTEGER }),
    fc.nat({ max: 300 }),
  )
  .map(([sign, n, zeros]) => `${sign}${n}${"0".repeat(zeros)}`);

/** A selection that is valid for the field's type, so only the arguments are wrong. */
const selectionFor = (field: GraphQLField<unknown, unknown>) => {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? "" : "{ __typename }";
};

/** A literal the argument's type refuses, whatever the other arguments. */
function wrongLiteral(type: GraphQLInputType): fc.Arbitrary<string> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return fc.constantFrom("{ zzField: 1 }", '[{ zzField: "x" }]', "[[[true]]]");
  const named = getNamedType(inner);
  if (isEnumType(named)) return fc.oneof(gqlString, fc.constantFrom("zzNoSuchValue", "1.5", "true"));
  if (isInputObjectType(named)) return fc.oneof(gqlString, fc.constantFrom("42", "{ zzField: 1 }", "true"));
  switch (named.name) {
    case "Int":
      return fc.oneof(gqlString, hugeInteger, fc.constantFrom("1.5", "true", "{ a: 1 }", "1e999"));
    case "Float":
      return fc.oneof(gqlString, fc.constantFrom("true", "{ a: 1 }", "[[1]]"));
    case "Boolean":
      return fc.oneof(gqlString, fc.constantFrom("1", "0", "{ a: 1 }", "null1"));
    case "ID":
      return fc.constantFrom("true", "1.5", "{ a: 1 }", "[[1]]");
    default:
      // String and the string-based scalars (Date, Instant, TimeZone...).
      return fc.constantFrom("42", "true", "1.5", "{ a: 1 }", "[[1]]", "zzEnumLike");
  }
}

const withArgs = [
  ...queryFields.map((f) => ["query", f] as const),
  ...mutationFields.map((f) => ["mutation", f] as const),
].filter(([, f]) => f.args.length > 0);

const wrongArgument = fc
  .constantFrom(...withArgs)
  .chain(([kind, field]) =>
    fc
      .constantFrom(...field.args)
      .chain((arg: GraphQLArgument) =>
        wrongLiteral(arg.type).map(
          (literal) => `${kind} { ${field.name}(${arg.name}: ${literal}) ${selectionFor(field)} }`,
        ),
      ),
  );

const soupToken = fc.oneof(
  fc.constantFrom("{", "}", "(", ")", "[", "]", ":", "!", "=", "|", "&", "@", "$", "...", "on", "query"),
  fc.constantFrom("mutation", "fragment", "subscription", "true", "null", "__typename", '"""x"""'),
  anyName,
  gqlString,
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);

/** Random tokens ending in an open brace: a document never ends there. */
const tokenSoup = fc.array(soupToken, { maxLength: 60 }).map((tokens) => `${tokens.join(" ")} {`);

const count = (text: string, c: string) => text.split(c).length - 1;
const unbalanced = fc
  .tuple(
    fc.nat({ max: 40 }),
    fc.nat({ max: 40 }),
    fc.constantFrom("__typename", "organizations { totalCount", "(", "["),
  )
  .map(([open, close, inner]) => `${"{".repeat(open)} ${inner} ${"}".repeat(close)}`)
  .filter((doc) => count(doc, "{") !== count(doc, "}") || /[([]/.test(doc));

const hugeNumbers = fc.oneof(
  hugeInteger.map((n) => `{ organizations(first: ${n}) { totalCount } }`),
  hugeInteger.map((n) => `{ search(query: "x", first: ${n}) { __typename } }`),
  fc
    .constantFrom("1e999", "-1e999", "1.7976931348623157e309", "0.5")
    .map((n) => `{ actions(first: ${n}) { totalCount } }`),
  hugeInteger.map((n) => `{ agreements(expiringWithinDays: ${n}) { totalCount } }`),
);

const LONE_SURROGATES = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"];
const invalidUtf16: fc.Arbitrary<Probe> = fc.oneof(
  fc
    .constantFrom("\\uD800", "\\uDFFF", "\\uDBFF\\u0041", "\\u{D800}", "\\u{110000}", "\\uZZZZ")
    .map((sequence) => json(`{ search(query: "a${sequence}b") { __typename } }`)),
  fc.constantFrom(...LONE_SURROGATES).map((c) => json(`{ search(query: "a${c}b") { __typename } }`)),
  fc.constantFrom(...LONE_SURROGATES).map((c) => json(`{ __typename ${c} }`)),
  // Bytes that are not UTF-8 at all: decoded as U+FFFD, which the GraphQL lexer refuses outside strings.
  fc
    .constantFrom([0xff], [0xfe, 0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80])
    .map((bytes) => ({
      body: Buffer.concat([Buffer.from('{"query":"{ __typename '), Buffer.from(bytes), Buffer.from(' }"}')]),
      contentType: "application/json",
    })),
);

const CONTROL = [
  ...Array.from({ length: 9 }, (_, i) => i),
  11,
  12,
  ...Array.from({ length: 18 }, (_, i) => i + 14),
];
/** Outside strings, where GraphQL refuses them (inside a string they are text, as since graphql 16). */
const controlCharacters = fc
  .tuple(fc.constantFrom(...CONTROL), fc.constantFrom("before", "between", "within a name", "in arguments"))
  .map(([code, where]) => {
    const c = String.fromCharCode(code);
    if (where === "before") return `${c}{ __typename }`;
    if (where === "between") return `{ organizations ${c} { totalCount } }`;
    if (where === "within a name") return `{ organ${c}izations { totalCount } }`;
    return `{ organizations(first: 1${c}) { totalCount } }`;
  });

const unknownFields = fc.oneof(
  unknownName.map((n) => `{ ${n} }`),
  unknownName.map((n) => `{ organizations { ${n} } }`),
  unknownName.map((n) => `{ organizations { edges { node { id ${n} } } } }`),
  unknownName.map((n) => `mutation { ${n} }`),
  unknownName.map((n) => `subscription { ${n} }`),
  unknownName.map((n) => `{ search(query: "x", ${n}: 1) { __typename } }`),
  unknownName.map((n) => `{ __type(name: "Query") { ${n} } }`),
);

const deepNesting = fc.oneof(
  fc.integer({ min: QUERY_LIMITS.maxDepth, max: 80 }).map((depth) => {
    let inner = "id";
    for (let i = 0; i < depth; i++) inner = `parent { ${inner} }`;
    return `{ organizations { edges { node { ${inner} } } } }`;
  }),
  fc
    .tuple(fc.integer({ min: 2, max: 80 }), unknownName)
    .map(([depth, n]) => `${`{ ${n} `.repeat(depth)}${"}".repeat(depth)}`),
);

const aliasFlood = fc
  .tuple(
    fc.integer({ min: QUERY_LIMITS.maxAliases + 1, max: 120 }),
    fc.constantFrom("__typename", "organizations { totalCount }", "series { id }"),
  )
  .map(([n, field]) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`);

const fragmentCycles = fc.oneof(
  fc.integer({ min: 1, max: 20 }).map((k) => {
    const fragments = Array.from(
      { length: k },
      (_, i) => `fragment F${i} on Query { __typename ...F${(i + 1) % k} }`,
    );
    return `query { ...F0 } ${fragments.join(" ")}`;
  }),
  fc.integer({ min: 1, max: 10 }).map((k) => {
    const fragments = Array.from(
      { length: k },
      (_, i) => `fragment O${i} on Organization { id parent { ...O${(i + 1) % k} } }`,
    );
    return `{ organizations { edges { node { ...O0 } } } } ${fragments.join(" ")}`;
  }),
  unknownName.map((n) => `{ ...${n} }`),
);

const directiveFlood = fc.oneof(
  fc
    .integer({ min: QUERY_LIMITS.maxDirectives + 1, max: 80 })
    .map(
      (n) => `{ ${Array.from({ length: n }, (_, i) => `f${i}: __typename @include(if: true)`).join(" ")} }`,
    ),
  fc.integer({ min: 2, max: 60 }).map((n) => `{ __typename ${"@skip(if: false) ".repeat(n)}}`),
  unknownName.map((n) => `{ __typename @${n} }`),
  fc.constant("{ __typename @skip }"),
  fc.constant('{ __typename @include(if: "yes") }'),
);

const VARIABLE_CASES: readonly (readonly [string, fc.Arbitrary<unknown>])[] = [
  [
    "query V($first: Int) { organizations(first: $first) { totalCount } }",
    fc
      .oneof(
        fc.string(),
        fc.double({ min: 0.1, max: 1e308, noNaN: true }).filter((x) => !Number.isInteger(x)),
        fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e300, true, {}, [], [1], { first: 1 }),
      )
      .map((first) => ({ first })),
  ],
  [
    "query V($q: String!) { search(query: $q) { __typename } }",
    fc
      .oneof(fc.integer(), fc.boolean(), fc.constantFrom(null, {}, [], [["x"]], { q: "x" }))
      .map((q) => ({ q })),
  ],
  [
    "query V($s: [ActionStatus!]) { actions(status: $s) { totalCount } }",
    fc.oneof(unknownName, fc.constantFrom([null], [1], "OPEN", [{}], [["open"]], true)).map((s) => ({ s })),
  ],
  [
    "query V($ids: [ID!]!) { nodes(ids: $ids) { __typename } }",
    fc.constantFrom(null, [null], true, 1.5, [1.5], [true], {}, [{}], [[null]]).map((ids) => ({ ids })),
  ],
  [
    "query V($d: Date) { actions(dueFrom: $d) { totalCount } }",
    fc
      .oneof(
        fc.string({ maxLength: 12 }).filter((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d)),
        fc.constantFrom(20261121, true, {}, []),
      )
      .map((d) => ({ d })),
  ],
];

const wrongVariables: fc.Arbitrary<Probe> = fc.oneof(
  fc
    .constantFrom(...VARIABLE_CASES)
    .chain(([query, values]) => values.map((variables) => json(query, variables))),
  // Variables that are not an object, undeclared, or declared with a type the argument refuses.
  fc
    .oneof(fc.string(), fc.integer(), fc.constantFrom([1], true))
    .map((variables) =>
      json("query V($first: Int) { organizations(first: $first) { totalCount } }", variables),
    ),
  fc.constant(json("{ organizations(first: $first) { totalCount } }", { first: 1 })),
  fc.constant(
    json("query V($first: String) { organizations(first: $first) { totalCount } }", { first: "1" }),
  ),
  fc.constant(json("query V($q: String!) { search(query: $q) { __typename } }", {})),
);

const garbageJson: fc.Arbitrary<Probe> = fc
  .oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 200 }).filter((t) => {
      try {
        JSON.parse(t);
        return false;
      } catch {
        return true;
      }
    }),
    // Well-formed JSON that is not a GraphQL request.
    fc.json().filter((t) => {
      const value: unknown = JSON.parse(t);
      return !(typeof value === "object" && value !== null && !Array.isArray(value) && "query" in value);
    }),
    fc
      .oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.string()),
        fc.dictionary(fc.string(), fc.integer()),
      )
      .map((query) => JSON.stringify({ query })),
    fc.constantFrom(
      '{"query":""}',
      '{"query":"{ __typename }","operationName":5}',
      '{"query":"{ __typename }","extensions":"x"}',
    ),
  )
  .map((body) => ({ body, contentType: "application/json" }));

const ALIEN_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "text/html",
  "image/png",
  "application/graphql",
  "application/octet-stream",
];
const wrongContentType: fc.Arbitrary<Probe> = fc.oneof(
  fc
    .tuple(
      fc.oneof(fc.constantFrom(...ALIEN_TYPES), fc.stringMatching(/^[a-z]{1,10}\/[a-z0-9.-]{1,15}$/)),
      fc.constantFrom('{"query":"{ __typename }"}', "query={__typename}", "{ __typename }"),
    )
    .filter(([type]) => !/json/.test(type))
    .map(([contentType, body]) => ({ body, contentType })),
  fc.constant<Probe>({ body: '{"query":"{ __typename }"}' }),
  fc.constant<Probe>({ body: '{"query":"{ __typename }"}', contentType: "" }),
  fc.constantFrom("PUT", "PATCH", "DELETE").map((method) => ({ ...json("{ __typename }"), method })),
  // GET from a page elsewhere: no preflight header (CSRF prevention); and a mutation over GET.
  fc.constant<Probe>({
    body: "",
    method: "GET",
    path: `/graphql?query=${encodeURIComponent("{ __typename }")}`,
  }),
  fc.constant<Probe>({
    body: "",
    method: "GET",
    path: `/graphql?query=${encodeURIComponent('mutation { setOrganizationActive(id: "x", active: false) { __typename } }')}`,
    headers: { "apollo-require-preflight": "1" },
  }),
);

const asJson = (arb: fc.Arbitrary<string>): fc.Arbitrary<Probe> => arb.map((query) => json(query));

/** [name, generator, how many] — 5,600 probes in all. */
const FAMILIES: readonly (readonly [string, fc.Arbitrary<Probe>, number])[] = [
  ["token soups", asJson(tokenSoup), 500],
  ["unbalanced braces", asJson(unbalanced), 350],
  ["huge numbers", asJson(hugeNumbers), 350],
  ["invalid UTF-16 and UTF-8", invalidUtf16, 350],
  ["control characters", asJson(controlCharacters), 350],
  ["unknown fields", asJson(unknownFields), 400],
  ["wrong argument types", asJson(wrongArgument), 600],
  ["deep nesting", asJson(deepNesting), 300],
  ["alias floods", asJson(aliasFlood), 300],
  ["fragment cycles", asJson(fragmentCycles), 300],
  ["directive floods", asJson(directiveFlood), 300],
  ["variables of wrong types", wrongVariables, 400],
  ["garbage JSON bodies", garbageJson, 450],
  ["wrong content types and methods", wrongContentType, 350],
];

const probeText = (p: Probe) =>
  typeof p.body === "string" ? p.body : Buffer.from(p.body).toString("latin1");

describe("hostile input", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startHostileServer();
  }, 60_000);
  afterAll(() => s.close());

  it("answers at least 5,000 generated malformed or hostile documents with a clean 4xx, staying up", async () => {
    const BATCH = 50;
    let sent = 0;
    const perFamily: string[] = [];
    for (const [name, family, count] of FAMILIES) {
      // Probes never carry what LEAK looks for, so a match in an answer is the server's own.
      const probes = family.filter((p) => !LEAK.test(probeText(p)));
      let inFamily = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(probes, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
          const answers = await inParallel(batch, 4, (p) => send(s, p));
          inFamily += batch.length;
          const bad = answers.findIndex((a) => !refusedCleanly(a));
          if (bad >= 0) {
            const probe = batch[bad] as Probe;
            throw new Error(
              `${name}: ${probeText(probe).slice(0, 300)} → ${answers[bad]?.status} ${answers[bad]?.text.slice(0, 300)}`,
            );
          }
          return healthy(s);
        }),
        { numRuns: Math.ceil(count / BATCH), endOnFailure: true },
      );
      perFamily.push(`${name} ${inFamily}`);
      sent += inFamily;
    }
    console.log(`hostile documents: ${sent} answered 4xx (${perFamily.join(", ")})`);
    expect(sent).toBeGreaterThanOrEqual(5_000);
  }, 120_000);

  it("refuses fixed bombs with a clean 4xx in little time, staying up", async () => {
    const ring = (k: number) =>
      `query { ...F0 } ${Array.from({ length: k }, (_, i) => `fragment F${i} on Query { __typename ...F${(i + 1) % k} }`).join(" ")}`;
    // No cycle, but each fragment spreads the next ten times: 10^11 fields once expanded.
    const laughs = `{ ...L0 } ${Array.from({ length: 11 }, (_, i) => `fragment L${i} on Query { ${`...L${i + 1} `.repeat(10)}}`).join(" ")} fragment L11 on Query { __typename }`;
    let nested = "id";
    for (let i = 0; i < 500; i++) nested = `parent { ${nested} }`;
    let listBomb = "id";
    for (let i = 0; i < 4; i++) listBomb = `actions { meeting { ${listBomb} } }`;
    let deepJson = "1";
    for (let i = 0; i < 100_000; i++) deepJson = `[${deepJson}]`;
    const BOMBS: readonly (readonly [string, Probe])[] = [
      [
        "5,000 aliases",
        json(`{ ${Array.from({ length: 5_000 }, (_, i) => `a${i}: __typename`).join(" ")} }`),
      ],
      [
        "5,000 aliased lists",
        json(
          `{ ${Array.from({ length: 5_000 }, (_, i) => `a${i}: organizations { totalCount }`).join(" ")} }`,
        ),
      ],
      ["500-deep nesting", json(`{ organizations { edges { node { ${nested} } } } }`)],
      ["100,000 tokens", json(`{ ${"a ".repeat(99_998)}}`)],
      ["fragment ring of 2", json(ring(2))],
      ["fragment ring of 1,000", json(ring(1_000))],
      ["fragment self-spread", json("{ ...F } fragment F on Query { ...F }")],
      ["fragment billion laughs", json(laughs)],
      [
        "batch of 1,000 operations",
        {
          body: JSON.stringify(Array(1_000).fill({ query: "{ __typename }" })),
          contentType: "application/json",
        },
      ],
      [
        "1,000 operations in one document",
        json(Array.from({ length: 1_000 }, (_, i) => `query Q${i} { __typename }`).join(" ")),
      ],
      ["10 MB body", json(`{ __typename } # ${"x".repeat(10 * 1024 * 1024)}`)],
      [
        "10 MB of garbage",
        { body: new Uint8Array(10 * 1024 * 1024).fill(0x7b), contentType: "application/json" },
      ],
      ["nested lists multiplying", json(`query { meetings(first: 200) { edges { node { ${listBomb} } } } }`)],
      [
        "20,000 ids",
        json("query N($ids: [ID!]!) { nodes(ids: $ids) { id } }", {
          ids: Array(20_000).fill("T3JnYW5pemF0aW9uOng="),
        }),
      ],
      [
        "100,000-deep JSON variables",
        {
          body: `{"query":"query V($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${deepJson}}}`,
          contentType: "application/json",
        },
      ],
      [
        "a variable of 200,000 items",
        json("query N($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids: Array(200_000).fill(1) }),
      ],
      [
        "an input object of 50,000 keys",
        json("query S($q: String!) { search(query: $q) { __typename } }", {
          q: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])),
        }),
      ],
      [
        "10,000 variable definitions",
        json(`query V(${Array.from({ length: 10_000 }, (_, i) => `$v${i}: Int`).join(" ")}) { __typename }`),
      ],
    ];
    for (const [name, probe] of BOMBS) {
      const started = performance.now();
      const answer = await send(s, probe);
      const ms = performance.now() - started;
      expect([name, answer.status >= 400 && answer.status < 500, LEAK.test(answer.text)]).toEqual([
        name,
        true,
        false,
      ]);
      expect(ms, name).toBeLessThan(5_000);
      expect(await healthy(s), name).toBe(true);
    }
    console.log(`bombs: ${BOMBS.length} refused with 4xx (${BOMBS.map(([n]) => n).join(", ")})`);
  }, 60_000);

  it("never says what the limits are, nor suggests names", async () => {
    const refusals = [
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(" ")} }`,
      `{ ${"a ".repeat(3_000)}}`,
      `{ __typename ${Array.from({ length: 21 }, (_, i) => `f${i}: __typename @include(if: true)`).join(" ")} }`,
      `{ organizations { edges { node { ${"parent { ".repeat(12)}id${" }".repeat(12)} } } } }`,
      "{ actions(first: 200000) { edges { node { owners { contacts { name } } meeting { agenda { minutes { body } } } } } } }",
    ];
    for (const query of refusals) {
      const answer = await send(s, json(query));
      expect(answer.status).toBe(400);
      const messages = (JSON.parse(answer.text) as { errors: { message: string; locations?: unknown }[] })
        .errors;
      expect(messages.map((e) => e.message)).toContain(
        "Syntax Error: The query is too large or too complex.",
      );
      expect(answer.text).not.toMatch(/\b(12|15|20|2000|2,000|30000|100000)\b|limit|exceed/i);
    }
    const hints = [
      json("{ organisations { totalCount } }"),
      json("{ actions(status: [opne]) { totalCount } }"),
      json("query V($s: [ActionStatus!]) { actions(status: $s) { totalCount } }", { s: ["opne"] }),
      json("{ organizations(frist: 1) { totalCount } }"),
      json("query V($i: OrganizationInputt) { __typename }"),
    ];
    for (const probe of hints) {
      const answer = await send(s, probe);
      expect(answer.status).toBe(400);
      expect(answer.text).not.toMatch(/did you mean|"organizations"|"open"|"first"|"OrganizationInput"/i);
    }
  });
});

describe("hardening over HTTP", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startHostileServer({ hardening: { rateLimit: 5, trustProxy: true } });
  }, 60_000);
  afterAll(() => s.close());

  it("sends security headers, with a Content-Security-Policy that allows no inline script", async () => {
    for (const path of ["/health", "/graphql?query=%7B__typename%7D"]) {
      const r = await fetch(`${s.url}${path}`, { headers: { "x-forwarded-for": `10.1.0.${path.length}` } });
      const csp = r.headers.get("content-security-policy") ?? "";
      const directives = Object.fromEntries(
        csp.split(";").map((d) => {
          const [name = "", ...values] = d.trim().split(/\s+/);
          return [name, values.join(" ")];
        }),
      );
      expect(directives).toEqual({
        "default-src": "'self'",
        "script-src": "'self'",
        "script-src-attr": "'none'",
        "style-src": "'self'",
        "font-src": "'self'",
        "img-src": "'self' data:",
        "connect-src": "'self'",
        "object-src": "'none'",
        "frame-ancestors": "'none'",
        "base-uri": "'none'",
        "form-action": "'self'",
      });
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(r.headers.get("x-frame-options")).toBe("DENY");
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("referrer-policy")).toBe("no-referrer");
      expect(r.headers.get("x-powered-by")).toBeNull();
      // Plain HTTP: no HSTS, which would lock a local demo out of its own address.
      expect(r.headers.get("strict-transport-security")).toBeNull();
    }
    const overHttps = await fetch(`${s.url}/health`, {
      headers: { "x-forwarded-proto": "https", "x-forwarded-for": "10.1.0.99" },
    });
    expect(overHttps.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("limits requests per address with 429 and Retry-After, never /health, and tells nothing more", async () => {
    const from = (address: string) => ({
      "content-type": "application/json",
      "x-forwarded-for": `203.0.113.9, ${address}`,
    });
    const ask = (address: string) =>
      fetch(`${s.url}/graphql`, {
        method: "POST",
        headers: from(address),
        body: '{"query":"{ __typename }"}',
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await ask("192.0.2.1")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const over = await ask("192.0.2.1");
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(over.headers.get("x-ratelimit-limit")).toBeNull();
    expect(refusedCleanly({ status: over.status, text: await over.text() })).toBe(true);
    // Another address has its own allowance; health checks are never limited.
    expect((await ask("192.0.2.2")).status).toBe(200);
    for (let i = 0; i < 10; i++) {
      expect((await fetch(`${s.url}/health`, { headers: from("192.0.2.1") })).status).toBe(200);
    }
  });

  it("hides the schema in production", async () => {
    const production = await startHostileServer({ production: true });
    try {
      for (const query of ["{ __schema { types { name } } }", '{ __type(name: "Query") { name } }']) {
        const answer = await send(production, json(query));
        expect(answer.status).toBe(400);
        expect(answer.text).not.toMatch(/"Action"|did you mean/i);
      }
    } finally {
      await production.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// SQL injection through every string argument, and personal data in restricted minutes.

/** A small seeded PRNG: the same corpus on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** At least 500 strings that would change a query built by pasting text into SQL (or into FTS5 syntax). */
function injectionStrings(): string[] {
  const payloads = [
    "' OR 1=1 --",
    "' OR '1'='1",
    '" OR "1"="1',
    "') OR ('1'='1",
    "1' OR '1'='1' /*",
    "admin'--",
    "' OR 1=1#",
    "' oR 1=1 -- -",
    "'/**/OR/**/1=1--",
    "'+OR+1=1--",
    "%27%20OR%201=1--",
    "&#39; OR 1=1 --",
    "\\' OR 1=1 --",
    "'; DROP TABLE organizations; --",
    "'; DROP TABLE audit_log; --",
    "'; DELETE FROM meetings; --",
    "'; UPDATE users SET role = 'admin'; --",
    "'; INSERT INTO organizations (id) VALUES ('org_evil'); --",
    "1; SELECT 1",
    "'; VACUUM; --",
    "'; ATTACH DATABASE 'evil.db' AS evil; --",
    "'; PRAGMA writable_schema = 1; --",
    "' UNION SELECT name, sql FROM sqlite_master --",
    "' UNION SELECT NULL, NULL, NULL --",
    "' UNION ALL SELECT sqlite_version() --",
    "1 UNION SELECT group_concat(username) FROM users",
    "'||(SELECT group_concat(name) FROM sqlite_master)||'",
    "' AND 1 = CAST((SELECT sql FROM sqlite_master LIMIT 1) AS INT) --",
    "' AND randomblob(100000000) --",
    "' AND (SELECT count(*) FROM sqlite_master a, sqlite_master b, sqlite_master c) > 0 --",
    "' || char(39) || '",
    "X'27' OR 1=1",
    "0x27 OR 1=1",
    "%",
    "_",
    "%%",
    "%_%",
    "%' --",
    "[a-z]%",
    "\\%",
    "' ESCAPE '\\",
    "*",
    "';--",
    "'''",
    '"',
    "`",
    "\\",
    "\u0000",
    "'\u0000 OR 1=1 --",
    "x\u0000'; DROP TABLE minutes; --",
    "\u02bc OR 1=1 --",
    "\uff07 OR 1=1 --",
    "\u2018 OR 1=1 --",
    "\u2032 OR 1=1 --",
    "\uff02 OR \uff021\uff02=\uff021",
    "\uff33\uff25\uff2c\uff25\uff23\uff34 * \uff26\uff32\uff2f\uff2d users",
    "NEAR(trafficking victims)",
    '"a" AND "b"',
    "a OR b",
    "traff*",
    "^start",
    "name:x",
    "{name title}:x",
    "-x",
    '"unterminated',
    "(",
    ")",
    "AND",
    "NOT x",
    "x + y",
    "' MATCH '*' --",
    "rank MATCH 'x'",
    '{"$gt": ""}',
    "json_extract(name, '$.en')",
    "$1",
    "?",
    ":id",
    "@id",
  ];
  const variants: ((p: string) => string)[] = [
    (p) => p,
    (p) => `Mae Sot ${p}`,
    (p) => `${p} `,
    (p) => p.toUpperCase(),
    (p) => `x${p}x`,
    (p) => `ร้าน ${p}`,
    (p) => `${p};`,
  ];
  return [...new Set(payloads.flatMap((p) => variants.map((v) => v(p))))];
}

/** The database id behind a global id; ids that are not global (agenda items) are the database id already. */
const fromGid = (id: string) => {
  const decoded = Buffer.from(id, "base64").toString("utf8");
  return /^[A-Z][A-Za-z]*:./.test(decoded) ? decoded.slice(decoded.indexOf(":") + 1) : id;
};

type Vars = Record<string, unknown>;
type PathPart = string | number;

/** The paths to every String leaf reachable through the arguments, lists at their first item. */
function stringPaths(field: GraphQLField<unknown, unknown>): PathPart[][] {
  const paths: PathPart[][] = [];
  const walk = (type: GraphQLInputType, path: PathPart[], seen: readonly string[]) => {
    let inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      path = [...path, 0];
      inner = isNonNullType(inner.ofType) ? inner.ofType.ofType : inner.ofType;
    }
    const named = getNamedType(inner);
    if (isInputObjectType(named)) {
      if (seen.includes(named.name)) return;
      for (const f of Object.values(named.getFields()))
        walk(f.type, [...path, f.name], [...seen, named.name]);
    } else if (named.name === "String") {
      paths.push(path);
    }
  };
  for (const arg of field.args) walk(arg.type, [arg.name], []);
  return paths;
}

function setAt(value: Vars, path: readonly PathPart[], leaf: unknown): Vars {
  const copy = structuredClone(value) as Record<PathPart, unknown>;
  let at = copy;
  for (const [i, part] of path.entries()) {
    if (i === path.length - 1) {
      at[part] = leaf;
    } else {
      if (at[part] === undefined || at[part] === null) throw new Error(`no base value at ${path.join(".")}`);
      at = at[part] as Record<PathPart, unknown>;
    }
  }
  return copy as Vars;
}

/** Each form the domain may store a text in: trimmed, and NFC as Moei stores text. */
const storedForms = (text: string) =>
  new Set([text, text.trim(), text.normalize("NFC").trim(), text.trim().normalize("NFC")]);

const ERROR_TYPES = /Error$/;
const SCAN_COLUMNS = (db: TestServer["db"], table: string) =>
  (db.$client.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map(
    (c) => c.name,
  );

/** Every table's rows (rowid → JSON), but the log and the sessions, which every request may append to. */
function snapshot(db: TestServer["db"]): Map<string, Map<number, string>> {
  const tables = db.$client
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT IN ('audit_log', 'sessions', '__drizzle_migrations') AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'`,
    )
    .all() as { name: string }[];
  const shadow = new Set(
    (
      db.$client.prepare(`SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'`).all() as {
        name: string;
      }[]
    ).flatMap(({ name }) => ["data", "idx", "content", "docsize", "config"].map((s) => `${name}_${s}`)),
  );
  const out = new Map<string, Map<number, string>>();
  for (const { name } of tables) {
    // The full-text indexes are derived from the tables; their own rows are checked through those.
    if (shadow.has(name)) continue;
    const columns = SCAN_COLUMNS(db, name);
    const rows = db.$client.prepare(`SELECT rowid AS _rowid, * FROM "${name}"`).all() as Record<
      string,
      unknown
    >[];
    out.set(
      name,
      new Map(
        rows.map((row) => [
          Number(row._rowid),
          JSON.stringify(
            columns.map((c) => (Buffer.isBuffer(row[c]) ? (row[c] as Buffer).toString("hex") : row[c])),
          ),
        ]),
      ),
    );
  }
  return out;
}

/** Every string in a snapshot, and every string inside its JSON columns. */
function allStrings(tables: ReturnType<typeof snapshot>): Set<string> {
  const found = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === "string") {
      found.add(value);
      if (/^[[{]/.test(value)) {
        try {
          collect(JSON.parse(value));
        } catch {
          // Not JSON: the string itself is the value.
        }
      }
    } else if (Array.isArray(value)) {
      for (const v of value) collect(v);
    } else if (typeof value === "object" && value !== null) {
      for (const v of Object.values(value)) collect(v);
    }
  };
  for (const rows of tables.values()) for (const row of rows.values()) collect(JSON.parse(row));
  return found;
}

/**
 * How "the injection strings change nothing" is checked. The mutations run as an admin against a scratch
 * world built through the API beside an identical bystander world (organizations, agreements and an SOP,
 * a restricted and a partners series with held meetings, agenda, minutes, decisions, actions, a contact,
 * a case). Before and after, every table is read (but audit_log and sessions, which every request may
 * append to, and the FTS shadow tables, derived from the tables they index). Afterwards the schema
 * (sqlite_master) is unchanged, the file passes integrity_check, every row that existed before and does not
 * belong to the scratch world is byte-identical, and every string a creating mutation accepted is found in
 * the database as data (trimmed and NFC, as the domain stores text), as are the minutes saved.
 */
describe("SQL injection and personal data", () => {
  let s: TestServer;
  let admin: { readonly cookie: string };
  /** Ids (database ids, not global ids) of everything the mutations below may legitimately change. */
  const scratch = new Set<string>();
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let bystanders: Awaited<ReturnType<typeof buildWorld>>;

  const ask = async <T = Record<string, unknown>>(query: string, variables: Vars = {}): Promise<T> => {
    const r = await s.gql(query, variables, admin);
    if (r.body.errors || !r.body.data)
      throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(r.body.errors)}`);
    const [value] = Object.values(r.body.data) as Record<string, unknown>[];
    if (typeof value?.__typename === "string" && ERROR_TYPES.test(value.__typename)) {
      throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(value)}`);
    }
    return value as T;
  };
  const created = async (query: string, variables: Vars) => (await ask<{ id: string }>(query, variables)).id;

  /**
   * Two organizations, an MOU and an SOP with a version, a restricted case-management series and a
   * partners series, each with a held meeting, an agenda item, minutes, a decision and actions, a contact
   * and a case: built twice, once to be changed by the mutations and once as bystanders that must not be.
   */
  async function buildWorld(label: string) {
    const ERR = "__typename ... on Error { code message } ... on ValidationError { fields { path key } }";
    const org = (en: string) =>
      created(
        `mutation O($input: OrganizationInput!) { createOrganization(input: $input) { ${ERR} ... on Organization { id } } }`,
        {
          input: {
            name: { en: `${label} ${en}` },
            kind: "ngo",
            location: { country: "TH", province: "Tak" },
          },
        },
      );
    const a = await org("Mae Sot Shelter");
    const b = await org("Yangon Legal Aid");
    const agreement = (kind: string, extra: Vars = {}) =>
      created(
        `mutation A($input: AgreementDraftInput!) { createAgreement(input: $input) { ${ERR} ... on Agreement { id } } }`,
        {
          input: {
            kind,
            title: { en: `${label} ${kind}` },
            areas: [{ number: "1", title: { en: "Return" } }],
            parties: [
              {
                ref: { kind: "organization", organizationId: a },
                signatories: [{ name: "Khun Somchai", title: "Director" }],
              },
              {
                ref: { kind: "organization", organizationId: b },
                signatories: [{ name: "Daw Aye", title: "Director" }],
              },
            ],
            ...extra,
          },
        },
      );
    const mou = await agreement("mou");
    const sop = await agreement("sop", { parentId: mou });
    await ask(`mutation V($input: SopVersionInput!) { addSopVersion(input: $input) { ${ERR} } }`, {
      input: {
        agreementId: sop,
        steps: [
          { key: "handover", order: 1, responsibleSide: "TH", targetDays: 7, title: { en: "Handover" } },
        ],
      },
    });
    const series = (kind: string, confidentiality: string) =>
      created(
        `mutation S($input: SeriesInput!) { createSeries(input: $input) { ${ERR} ... on Series { id } } }`,
        {
          input: {
            kind,
            name: { en: `${label} ${kind}` },
            secretariatId: a,
            memberIds: [a, b],
            countries: ["TH", "MM"],
            numbering: "sequential",
            confidentiality,
            languages: ["en", "th", "my"],
            chairs: [{ organizationId: a, side: "TH", title: "Chair" }],
            cadence: {
              rrule: "FREQ=MONTHLY;BYDAY=2TU",
              firstStart: "2027-01-12T09:30",
              zone: "Asia/Bangkok",
              durationMinutes: 120,
            },
          },
        },
      );
    const restrictedSeries = await series("case_management", "restricted");
    const partnersSeries = await series("ngo_coordination", "partners");
    // Renaming a series reindexes its meetings for search: the series renamed below has none.
    const spareSeries = await series("workshop", "partners");
    const meeting = async (seriesId: string) => {
      const id = await created(
        `mutation M($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${ERR} ... on Meeting { id } } }`,
        {
          input: {
            seriesId,
            start: "2026-11-21T10:30",
            zone: "Asia/Bangkok",
            durationMinutes: 120,
            mode: "in_person",
          },
        },
      );
      await ask(`mutation I($id: ID!) { inviteSeriesMembers(meetingId: $id) { ${ERR} } }`, { id });
      return id;
    };
    const restricted = await meeting(restrictedSeries);
    const partners = await meeting(partnersSeries);
    const item = (meetingId: string, en: string) =>
      created(
        `mutation I($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { ${ERR} ... on AgendaItem { id } } }`,
        {
          input: {
            meetingId,
            title: { en },
            link: { agreementId: sop, clause: "7.2", sopStepKey: "handover" },
          },
        },
      );
    const restrictedItems = [await item(restricted, "Case review")];
    const partnersItems = [await item(partners, "Situation report")];
    // Adding an agenda item costs more the longer the agenda: the items added below are spread out.
    const agendas: string[] = [];
    for (let i = 0; i < 10; i++) {
      agendas.push(
        await created(
          `mutation M($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${ERR} ... on Meeting { id } } }`,
          {
            input: {
              seriesId: spareSeries,
              start: `2026-12-${String(10 + i)}T10:00`,
              zone: "Asia/Bangkok",
              durationMinutes: 60,
              mode: "online",
            },
          },
        ),
      );
    }
    return {
      a,
      b,
      mou,
      sop,
      restrictedSeries,
      partnersSeries,
      spareSeries,
      restricted,
      partners,
      restrictedItems,
      partnersItems,
      agendas,
    };
  }

  /** The meetings held, with minutes, a decision, actions and a contact. */
  async function completeWorld(w: Awaited<ReturnType<typeof buildWorld>>, label: string, slots: number) {
    const ERR = "__typename ... on Error { code message } ... on ValidationError { fields { path key } }";
    for (const id of [w.restricted, w.partners]) {
      const version = (
        await ask<{ version: number }>(
          `query N($id: ID!) { node(id: $id) { __typename ... on Meeting { version } } }`,
          { id },
        )
      ).version;
      await ask(
        `mutation H($id: ID!, $v: Int!) { changeMeetingStatus(id: $id, version: $v, event: hold) { ${ERR} } }`,
        { id, v: version },
      );
    }
    for (let i = 1; i < slots; i++) {
      w.partnersItems.push(
        await created(
          `mutation I($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { ${ERR} ... on AgendaItem { id } } }`,
          {
            input: { meetingId: w.partners, title: { en: `Item ${i}` } },
          },
        ),
      );
    }
    await ask(
      `mutation S($m: ID!, $i: ID!) { saveMinutes(meetingId: $m, agendaItemId: $i, language: en, baseVersion: 0, body: "Reviewed ${label} cases.") { ${ERR} } }`,
      { m: w.restricted, i: w.restrictedItems[0] },
    );
    await ask(
      `mutation D($m: ID!, $i: ID) { addDecision(meetingId: $m, agendaItemId: $i, text: { en: "Agreed." }) { ${ERR} } }`,
      { m: w.partners, i: w.partnersItems[0] },
    );
    const actions: string[] = [];
    for (let i = 0; i < slots; i++) {
      const r = await ask<{ action: { id: string } }>(
        `mutation A($input: CreateActionInput!) { createAction(input: $input) { ${ERR} ... on CreateActionPayload { action { id } } } }`,
        {
          input: {
            text: `${label} action ${i}`,
            ownerIds: [w.a],
            dueOn: "2026-12-31",
            source: { meetingId: w.partners, agendaItemId: w.partnersItems[0] },
            links: [{ agreementId: w.sop, clause: "7.2", sopStepKey: "handover" }],
          },
        },
      );
      actions.push(r.action.id);
    }
    for (const id of actions) {
      await ask(`mutation C($id: ID!) { changeActionStatus(id: $id, version: 1, event: start) { ${ERR} } }`, {
        id,
      });
    }
    const contact = await created(
      `mutation C($input: ContactInput!) { createContact(input: $input) { ${ERR} ... on Contact { id } } }`,
      { input: { organizationId: w.a, name: `${label} Contact`, title: "Coordinator" } },
    );
    const drafts: string[] = [];
    for (let i = 0; i < slots; i++) {
      drafts.push(
        await created(
          `mutation A($input: AgreementDraftInput!) { createAgreement(input: $input) { ${ERR} ... on Agreement { id } } }`,
          {
            input: {
              kind: "mou",
              title: { en: `${label} draft ${i}` },
              areas: [{ number: "1", title: { en: "Return" } }],
              parties: [
                {
                  ref: { kind: "organization", organizationId: w.a },
                  signatories: [{ name: "Khun Somchai", title: "Director" }],
                },
              ],
            },
          },
        ),
      );
    }
    await ask(
      `mutation K($input: CaseReferenceInput!, $owners: [ID!]!) { createCaseReference(input: $input, ownerIds: $owners) { ${ERR} } }`,
      {
        input: {
          code: `CMM30-${label === "scratch" ? "S" : "B"}001`,
          ageBand: "age_18_24",
          exploitationType: "labour",
          nationality: "MM",
          sex: "female",
        },
        owners: [w.a],
      },
    );
    return { actions, contact, drafts };
  }

  beforeAll(async () => {
    s = await startHostileServer();
    admin = await signInAs(s, "admin");
    bystanders = await buildWorld("bystander");
    world = await buildWorld("scratch");
    s.setNow("2026-11-21T04:00:00Z");
    await completeWorld(bystanders, "bystander", 1);
    const extra = await completeWorld(world, "scratch", QUERY_LIMITS.maxAliases);
    Object.assign(world, extra);
    for (const [key, value] of Object.entries(world)) {
      if (key === "restricted" || key === "restrictedSeries" || key === "restrictedItems") continue;
      for (const id of [value].flat()) scratch.add(fromGid(id as string));
    }
  }, 60_000);
  afterAll(() => s.close());

  /**
   * Valid arguments for every Query and Mutation field with a String argument, for alias `slot` of a
   * request; the injected string then replaces one String leaf. A field missing here fails the test.
   * `stores`: the field creates what it is given, so an accepted string must be found in the database.
   */
  const BASES: Record<
    string,
    { readonly base: (slot: number) => Vars; readonly stores?: boolean; readonly parallel?: boolean }
  > = (() => {
    let n = 0;
    const unique = (what: string) => `${what} ${++n}`;
    const localized = (en: string) => ({ en, th: "ข้อความ", my: "စာသား" });
    const link = () => ({ agreementId: world.sop, clause: "7.2", sopStepKey: "handover" });
    const version = (table: string, id: string) =>
      (
        s.db.$client.prepare(`SELECT version FROM ${table} WHERE id = ?`).get(fromGid(id)) as {
          version: number;
        }
      ).version;
    const at = (list: readonly string[], slot: number) => list[slot % list.length] as string;
    const actionsOf = () => (world as unknown as { actions: string[] }).actions;
    const draftsOf = () => (world as unknown as { drafts: string[] }).drafts;
    const organization = () => ({
      name: localized(unique("Scratch organization")),
      acronym: "SO",
      kind: "ngo",
      location: { country: "TH", province: "Tak", township: "Mae Sot" },
    });
    const agreementTerms = () => ({
      title: localized(unique("Scratch MOU")),
      areas: [{ number: "1", title: localized("Return") }],
      parties: [
        {
          ref: { kind: "organization", organizationId: world.a },
          signatories: [{ name: "Khun Somchai", title: "Director" }],
        },
      ],
    });
    const seriesInput = () => ({
      kind: "ngo_coordination",
      name: localized(unique("Scratch series")),
      secretariatId: world.a,
      memberIds: [world.a, world.b],
      countries: ["TH", "MM"],
      numbering: "sequential",
      confidentiality: "partners",
      languages: ["en", "th", "my"],
      chairs: [{ organizationId: world.a, side: "TH", title: "Chair" }],
      cadence: {
        rrule: "FREQ=MONTHLY;BYDAY=2TU",
        firstStart: "2027-01-12T09:30",
        zone: "Asia/Bangkok",
        durationMinutes: 120,
      },
    });
    const minutesVersion = (item: string) =>
      (
        s.db.$client
          .prepare(`SELECT version FROM minutes WHERE agenda_item_id = ? AND language = 'en'`)
          .get(fromGid(item)) as { version: number } | undefined
      )?.version ?? 0;
    let day = 0;
    return {
      "Query.actions": { base: () => ({}) },
      "Query.agreements": { base: () => ({}) },
      "Query.auditLog": { base: () => ({}) },
      "Query.caseReferences": { base: () => ({}) },
      "Query.meetings": { base: () => ({}) },
      "Query.organizations": { base: () => ({}) },
      "Query.search": { base: () => ({ query: "x" }) },
      "Query.users": { base: () => ({}) },
      "Mutation.addAgendaItem": {
        base: () => ({
          input: { meetingId: at(world.agendas, ++n), title: localized("Item"), link: link() },
        }),
        stores: true,
      },
      "Mutation.addDecision": {
        base: () => ({
          meetingId: world.partners,
          agendaItemId: world.partnersItems[0],
          text: localized("Agreed"),
        }),
        stores: true,
      },
      "Mutation.addSopVersion": {
        base: () => ({
          input: {
            agreementId: world.sop,
            note: "Revised",
            steps: [
              {
                key: "handover",
                order: 1,
                responsibleSide: "TH",
                targetDays: 7,
                title: localized("Handover"),
              },
            ],
          },
        }),
        stores: true,
      },
      "Mutation.bulkChangeActionStatus": {
        base: (slot) => {
          const id = at(actionsOf(), slot);
          return {
            comment: "Progress",
            event: "report",
            items: [{ id, version: version("actions", id) }],
            language: "en",
          };
        },
      },
      "Mutation.changeActionStatus": {
        base: (slot) => {
          const id = at(actionsOf(), slot);
          return {
            id,
            version: version("actions", id),
            event: "report",
            comment: "Progress",
            language: "en",
          };
        },
      },
      "Mutation.changeCaseStatus": { base: () => ({ code: "CMM30-S001", event: "identify", version: 1 }) },
      "Mutation.createAction": {
        base: () => ({
          input: {
            text: "Follow up",
            ownerIds: [world.a],
            dueOn: "2026-12-31",
            source: { meetingId: world.partners, agendaItemId: world.partnersItems[0] },
            links: [link()],
          },
        }),
        stores: true,
      },
      "Mutation.createAgreement": {
        base: () => ({ input: { kind: "mou", ...agreementTerms() } }),
        stores: true,
      },
      "Mutation.createCaseReference": {
        base: () => ({
          input: {
            code: `CMM30-X${String(++n).padStart(3, "0")}`,
            ageBand: "age_18_24",
            exploitationType: "labour",
            nationality: "MM",
            sex: "male",
          },
          ownerIds: [world.a],
        }),
        stores: true,
      },
      "Mutation.createContact": {
        base: () => ({ input: { organizationId: world.a, name: unique("Contact"), title: "Officer" } }),
        stores: true,
      },
      "Mutation.createOrganization": { base: () => ({ input: organization() }), stores: true },
      "Mutation.createSeries": { base: () => ({ input: seriesInput() }), stores: true },
      "Mutation.createUser": {
        base: () => ({
          input: {
            username: `user${++n}`,
            displayName: "Test user",
            organizationId: world.a,
            role: "member",
          },
        }),
        stores: true,
      },
      "Mutation.recordAttendance": {
        base: () => ({
          meetingId: world.partners,
          rows: [{ organizationId: world.a, status: "present", delegates: ["Delegate"] }],
        }),
      },
      // Each alias saves the minutes of its own item: two saves of one item in one request would conflict.
      "Mutation.saveMinutes": {
        base: (slot) => {
          const item = at(world.partnersItems, slot);
          return {
            meetingId: world.partners,
            agendaItemId: item,
            language: "en",
            baseVersion: minutesVersion(item),
            body: "Noted",
          };
        },
      },
      "Mutation.scheduleMeeting": {
        base: () => ({
          input: {
            seriesId: world.partnersSeries,
            start: `2027-${String(1 + (Math.floor(++day / 28) % 12)).padStart(2, "0")}-${String(1 + (day % 28)).padStart(2, "0")}T${String(8 + (Math.floor(day / 336) % 10)).padStart(2, "0")}:00`,
            zone: "Asia/Bangkok",
            durationMinutes: 60,
            mode: "hybrid",
            onlineUrl: "https://meet.example.org/moei",
            venue: "Mae Sot",
            title: localized("Scratch meeting"),
          },
        }),
        stores: true,
      },
      "Mutation.updateAction": {
        base: (slot) => {
          const id = at(actionsOf(), slot);
          return { id, version: version("actions", id), input: { text: "Follow up", links: [link()] } };
        },
      },
      "Mutation.updateAgendaItem": {
        base: () => ({ id: world.partnersItems[0], input: { title: localized("Item"), link: link() } }),
      },
      "Mutation.updateAgreement": {
        base: (slot) => {
          const id = at(draftsOf(), slot);
          return { id, version: version("agreements", id), input: agreementTerms() };
        },
      },
      "Mutation.updateContact": {
        base: () => ({
          id: (world as unknown as { contact: string }).contact,
          input: { organizationId: world.a, name: "Contact", title: "Officer" },
        }),
      },
      "Mutation.updateOrganization": { base: () => ({ id: world.b, input: organization() }) },
      "Mutation.updateSeries": { base: () => ({ id: world.spareSeries, input: seriesInput() }) },
      // Passwords and links are checked before anything is stored; a real link would cost a hash per string.
      "Mutation.resetPassword": {
        base: () => ({ token: "A".repeat(43), newPassword: "correct horse battery staple" }),
      },
      "Mutation.setUpFirstAdmin": {
        base: () => ({
          token: "A".repeat(43),
          input: { username: "first", displayName: "First", password: "correct horse battery staple" },
        }),
      },
      // Each refused sign-in costs a scrypt until the address is limited: two requests at a time, as the
      // server hashes two at a time.
      "Mutation.signIn": {
        base: () => ({ username: "nobody", password: "not the password" }),
        parallel: true,
      },
    };
  })();

  it("passes at least 500 injection strings through every string argument, changing nothing else", async () => {
    const strings = injectionStrings();
    expect(strings.length).toBeGreaterThanOrEqual(500);
    const masterBefore = JSON.stringify(
      s.db.$client.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all(),
    );
    const before = snapshot(s.db);
    const fields = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => ["query", "Query", f] as const),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map(
        (f) => ["mutation", "Mutation", f] as const,
      ),
    ].filter(([, , f]) => stringPaths(f).length > 0);
    expect(fields.map(([, root, f]) => `${root}.${f.name}`).filter((key) => !BASES[key])).toEqual([]);

    const K = QUERY_LIMITS.maxAliases;
    const unexpected: string[] = [];
    const toFind = new Map<string, string>();
    const sent = new Set<string>();
    let executions = 0;
    let accepted = 0;
    let minutesChecked = 0;
    type Assignment = readonly [PathPart[], string];

    for (const [kind, root, field] of fields) {
      const spec = BASES[`${root}.${field.name}`] as (typeof BASES)[string];
      const named = getNamedType(field.type);
      const selection = isScalarType(named) || isEnumType(named) ? "" : "{ __typename }";
      const documentFor = (count: number) => {
        const slots = Array.from({ length: count }, (_, i) => i);
        const defs = slots
          .flatMap((i) => field.args.map((a) => `$a${i}_${a.name}: ${a.type.toString()}`))
          .join(", ");
        const calls = slots
          .map(
            (i) =>
              `r${i}: ${field.name}(${field.args.map((a) => `${a.name}: $a${i}_${a.name}`).join(", ")}) ${selection}`,
          )
          .join(" ");
        return `${kind} Inject(${defs}) { ${calls} }`;
      };
      /** Runs each execution (strings set at paths, the rest valid) as one alias; whether each was accepted. */
      const run = async (list: readonly (readonly Assignment[])[]): Promise<boolean[]> => {
        const outcomes: boolean[] = [];
        const offsets = Array.from({ length: Math.ceil(list.length / K) }, (_, i) => i * K);
        await inParallel(offsets, spec.parallel ? 2 : 1, async (offset) => {
          const chunk = list.slice(offset, offset + K);
          const variables: Vars = {};
          chunk.forEach((assignments, slot) => {
            let args = spec.base(slot);
            for (const [path, text] of assignments) {
              args = setAt(args, path, text);
              sent.add(`${field.name}(${path.join(".")})\u0001${text}`);
            }
            for (const [name, value] of Object.entries(args)) variables[`a${slot}_${name}`] = value;
          });
          const answer = await send(s, {
            body: JSON.stringify({ query: documentFor(chunk.length), variables }),
            contentType: "application/json",
            headers: admin,
          });
          executions += chunk.length;
          const where = `${root}.${field.name}`;
          const body = JSON.parse(answer.text) as {
            data?: Record<string, { __typename?: string } | null>;
            errors?: { extensions?: { code?: string } }[];
          };
          const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? "none");
          if (
            answer.status !== 200 ||
            LEAK.test(answer.text) ||
            codes.some((c) => !["INVALID_CURSOR", "BAD_USER_INPUT"].includes(c))
          ) {
            unexpected.push(`${where}: ${answer.status} ${answer.text.slice(0, 300)}`);
          }
          chunk.forEach((assignments, slot) => {
            const typename = body.data?.[`r${slot}`]?.__typename;
            const ok = kind === "mutation" && typename !== undefined && !ERROR_TYPES.test(typename);
            outcomes[offset + slot] = ok;
            if (!ok) return;
            accepted += 1;
            if (spec.stores)
              for (const [path, text] of assignments) toFind.set(text, `${where}(${path.join(".")})`);
            if (field.name === "saveMinutes") {
              const item = fromGid(world.partnersItems[slot % world.partnersItems.length] as string);
              const row = s.db.$client
                .prepare(`SELECT body FROM minutes WHERE agenda_item_id = ? AND language = 'en'`)
                .get(item) as { body: string };
              expect(
                storedForms(assignments[0]?.[1] ?? "").has(row.body),
                `minutes stored as ${JSON.stringify(row.body)}`,
              ).toBe(true);
              minutesChecked += 1;
            }
          });
        });
        return outcomes;
      };

      const leaves = stringPaths(field);
      // Arguments that take free text (a probe string is accepted in them) share executions: execution i
      // gives each of them a different string, so that over all executions each gets every string once.
      // An execution that is refused is sent again leaf by leaf, the other arguments valid. Every other
      // argument (codes, keys, filters, cursors) gets every string on its own.
      const probes =
        kind === "mutation" && leaves.length > 1
          ? await run(leaves.map((path) => [[path, "' OR 1=1 --"]]))
          : [];
      const free = leaves.filter((_, i) => probes[i] === true);
      const alone = leaves.filter((_, i) => probes[i] !== true);
      const single: Assignment[][] = alone.flatMap((path) => strings.map((text) => [[path, text] as const]));
      if (free.length > 0) {
        const step = Math.floor(strings.length / free.length);
        const shared: Assignment[][] = strings.map((_, i) =>
          free.map((path, j) => [path, strings[(i + j * step) % strings.length] as string] as const),
        );
        const outcomes = await run(shared);
        shared.forEach((assignments, i) => {
          if (!outcomes[i]) single.push(...assignments.map((a) => [a]));
        });
      }
      await run(single);
      expect(await healthy(s)).toBe(true);
    }
    expect(unexpected).toEqual([]);

    // Nothing else changed: the schema, and every row that was there and does not belong to the scratch world.
    expect(
      JSON.stringify(s.db.$client.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all()),
    ).toBe(masterBefore);
    expect(s.db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    const after = snapshot(s.db);
    // Rows of the scratch world: those naming a scratch id, then those naming the id (first column) of one
    // of those, and so on (an agreement's parties name it; their signatories name only the party).
    const owned = new Set<string>(scratch);
    const ownedRows = new Set<string>();
    for (let grew = true; grew; ) {
      grew = false;
      for (const [table, rows] of before) {
        for (const [rowid, row] of rows) {
          const key = `${table}#${rowid}`;
          if (ownedRows.has(key) || ![...owned].some((id) => row.includes(id))) continue;
          ownedRows.add(key);
          grew = true;
          const [own] = JSON.parse(row) as unknown[];
          if (typeof own === "string" && /^[a-z]{2,5}_[0-9a-z]{12,}$/.test(own)) owned.add(own);
        }
      }
    }
    const changed: string[] = [];
    let rowsKept = 0;
    for (const [table, rows] of before) {
      for (const [rowid, row] of rows) {
        if (ownedRows.has(`${table}#${rowid}`)) continue;
        rowsKept += 1;
        if (after.get(table)?.get(rowid) !== row)
          changed.push(
            `${table} #${rowid}: ${row.slice(0, 200)} → ${after.get(table)?.get(rowid)?.slice(0, 200)}`,
          );
      }
    }
    expect(changed).toEqual([]);
    // What was accepted is stored as data, as it was typed.
    const stored = allStrings(after);
    const missing = [...toFind].filter(([text]) => ![...storedForms(text)].some((form) => stored.has(form)));
    expect(missing).toEqual([]);
    expect(sent.size).toBe(strings.length * fields.reduce((sum, [, , f]) => sum + stringPaths(f).length, 0));
    const fieldCount = new Set(fields.map(([, root, f]) => `${root}.${f.name}`)).size;
    const leafCount = fields.reduce((sum, [, , f]) => sum + stringPaths(f).length, 0);
    console.log(
      `SQL injection: ${strings.length} strings × ${leafCount} string arguments of ${fieldCount} Query and Mutation fields = ` +
        `${sent.size} pairs sent in ${executions} executions; ${accepted} executions accepted, ` +
        `${toFind.size} distinct stored strings found verbatim, ${minutesChecked} minutes read back; ${rowsKept} bystander rows unchanged`,
    );
  }, 240_000);

  it("refuses at least 500 texts with identifiers as minutes of a restricted meeting, storing nothing", async () => {
    const coordinator = await signInAs(s, "coordinator", {
      organizationId: fromGid(world.a),
      seriesIds: [fromGid(world.restrictedSeries)],
    });
    const next = mulberry32(20261121);
    const languages = ["en", "th", "my"] as const;
    const around = {
      en: (x: string) => `The partner will follow up on ${x} before the next meeting.`,
      th: (x: string) => `หน่วยงานจะติดตามเรื่อง ${x} ก่อนการประชุมครั้งหน้า`,
      my: (x: string) => `နောက်အစည်းအဝေးမတိုင်မီ ${x} ကို ဆက်လက်စစ်ဆေးမည်။`,
    };
    const generators = { thaiNationalId, thaiPhone, myanmarPhone, passportNumber, myanmarNrc, email };
    const corpus: { text: string; language: (typeof languages)[number] }[] = [];
    for (let i = 0; i < 300; i++) {
      const language = languages[i % 3] as (typeof languages)[number];
      corpus.push({ text: personalDataSentence(next, language).text, language });
    }
    for (const generate of Object.values(generators)) {
      for (let i = 0; i < 40; i++) {
        const language = languages[i % 3] as (typeof languages)[number];
        corpus.push({ text: around[language](generate(next)), language });
      }
    }
    const item = world.restrictedItems[0] as string;
    const baseVersion = { en: 1, th: 0, my: 0 };
    const before = snapshot(s.db);
    const K = QUERY_LIMITS.maxAliases;
    const refused: string[] = [];
    for (let start = 0; start < corpus.length; start += K) {
      const chunk = corpus.slice(start, start + K);
      const query = `mutation Minutes($m: ID!, $i: ID!, ${chunk.map((_, j) => `$b${j}: String!, $l${j}: Language!, $v${j}: Int!`).join(", ")}) {
        ${chunk.map((_, j) => `r${j}: saveMinutes(meetingId: $m, agendaItemId: $i, language: $l${j}, baseVersion: $v${j}, body: $b${j}) { __typename ... on PersonalDataError { findings { kind } } }`).join(" ")}
      }`;
      const variables: Vars = { m: world.restricted, i: item };
      chunk.forEach(({ text, language }, j) => {
        Object.assign(variables, { [`b${j}`]: text, [`l${j}`]: language, [`v${j}`]: baseVersion[language] });
      });
      const r = await s.gql<Record<string, { __typename: string; findings?: { kind: string }[] }>>(
        query,
        variables,
        coordinator,
      );
      expect(r.body.errors).toBeUndefined();
      chunk.forEach(({ text }, j) => {
        const result = r.body.data?.[`r${j}`];
        if (result?.__typename === "PersonalDataError" && (result.findings?.length ?? 0) > 0)
          refused.push(text);
        else expect.fail(`not refused: ${text} → ${JSON.stringify(result)}`);
      });
    }
    expect(refused.length).toBe(corpus.length);
    expect(refused.length).toBeGreaterThanOrEqual(500);
    const after = snapshot(s.db);
    expect(
      [...after].filter(
        ([table, rows]) => JSON.stringify([...rows]) !== JSON.stringify([...(before.get(table) ?? [])]),
      ),
    ).toEqual([]);
    console.log(
      `personal data: ${refused.length} texts with identifiers refused as restricted minutes (PersonalDataError), none stored`,
    );
  }, 60_000);
});

import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/**
 * Limits on what one GraphQL document may ask for. The portal's largest queries (apps/server/test,
 * measured with graphql-armor's own counters) reach depth 7, 4 aliases, no directives, 129 tokens and a
 * cost of 333; each limit leaves room for pages composed from several fragments while refusing bombs.
 */
export const QUERY_LIMITS = {
  /** Nesting of fields; real queries reach 7 (action list: actions → edges → node → meeting → series → name → en). */
  maxDepth: 12,
  /** Aliases per operation; a dashboard counting a few filters aliases 4. */
  maxAliases: 15,
  /** Lexical tokens; the meeting page is 129. */
  maxTokens: 2_000,
  /** @include / @skip per operation; none are used yet. */
  maxDirectives: 20,
  /**
   * graphql-armor's structural cost (objects 2, scalars 1, ×1.5 per level, × a literal `first`). The
   * meeting page costs 277 and the action list 106, or 21,200 with `first: 200` written in the query.
   */
  maxCost: 30_000,
  /**
   * The objects a response may hold, estimated from the page sizes asked (`first`, also from variables)
   * and 10 per unpaginated list: nested lists multiply (meeting → actions → meeting → actions …), which
   * armor's cost does not see. Real queries at 200 a page estimate at most 9,200 (agreements with their
   * reminders); the deepest test query, 50 agreements with their children's SOP versions and steps, 71,600.
   */
  maxObjects: 100_000,
  /**
   * Items in any list given as an argument or variable (ids to load, actions to change at once, members):
   * the portal sends at most a page of 200; a longer list would cost a query parameter per item.
   */
  maxListItems: 1_000,
} as const;

/** Rate limit per client address, requests per minute. */
export const DEFAULT_RATE_LIMIT = 300;

export interface HardeningSettings {
  /** Requests per minute per client address on every route but /health; 0 turns the limit off. */
  readonly rateLimit: number;
  /**
   * Believe X-Forwarded-Proto and X-Forwarded-For (MOEI_TRUST_PROXY=1, as the session cookies do): only
   * behind a reverse proxy that sets them, or every client could claim any address.
   */
  readonly trustProxy: boolean;
}

/** Settings from the environment: MOEI_RATE_LIMIT (requests per minute per address; 0 for none). */
export function hardeningFromEnv(env: Readonly<Record<string, string | undefined>>): HardeningSettings {
  const raw = env.MOEI_RATE_LIMIT?.trim();
  const rateLimit = raw ? Number(raw) : DEFAULT_RATE_LIMIT;
  if (!Number.isInteger(rateLimit) || rateLimit < 0) {
    throw new Error(
      `MOEI_RATE_LIMIT must be a whole number of requests per minute, not ${JSON.stringify(raw)}.`,
    );
  }
  return { rateLimit, trustProxy: env.MOEI_TRUST_PROXY === "1" };
}

const firstOf = (header: string | string[] | undefined): string | undefined =>
  (Array.isArray(header) ? header.join(",") : header)?.split(",")[0]?.trim();

const overHttps = (request: FastifyRequest, settings: HardeningSettings): boolean =>
  settings.trustProxy
    ? firstOf(request.headers["x-forwarded-proto"])?.toLowerCase() === "https"
    : request.protocol === "https";

/** The client's address: the socket's, or behind a trusted proxy the one the proxy appended last. */
function clientAddress(request: FastifyRequest, settings: HardeningSettings): string {
  if (settings.trustProxy) {
    const header = request.headers["x-forwarded-for"];
    const last = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").at(-1)?.trim();
    if (last) return last;
  }
  return request.socket.remoteAddress ?? "unknown";
}

/** Every refusal reads the same, so probing cannot find the limits. */
const REFUSED = "The query is too large or too complex.";

const refused = () =>
  new GraphQLError(REFUSED, { extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } } });

/**
 * graphql-armor's validation rules with the limits above, none of them exposed, and the token limit. Two
 * armor parts are replaced: its token counter re-parses the query inside a plugin hook, where any syntax
 * error (a lone surrogate escape, too many tokens) becomes a 500, so tokens are counted by graphql-js's own
 * parser (`maxTokens`, which armor's counter wraps) and its refusal reworded; its suggestion blocker misses
 * "Did you mean the enum value …", which `withoutErrorHints` removes too.
 */
export function armor(): {
  plugins: ApolloServerPlugin[];
  validationRules: ReturnType<ApolloArmor["protect"]>["validationRules"];
  parseOptions: { maxTokens: number };
} {
  const common = { exposeLimits: false, errorMessage: REFUSED } as const;
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: false, ...common },
    maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], ...common },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...common },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: false, ...common },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    plugins: [...plugins, withoutErrorHints, operationLimits],
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}

/** "Did you mean …" would list the schema's fields, types and enum values to someone who may not see it. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;
/** graphql-js names its token limit in the refusal. */
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;

const withoutErrorHints: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (TOKEN_LIMIT.test(error.message)) {
            // The position where parsing stopped would tell the limit as well.
            Object.assign(error, { message: `Syntax Error: ${REFUSED}`, locations: undefined });
          } else if (SUGGESTION.test(error.message)) {
            Object.assign(error, { message: error.message.replace(SUGGESTION, "") });
          }
          SUGGESTION.lastIndex = 0;
        }
      },
    };
  },
};

/** As the repositories page: pageSize() in @moei/db. */
const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;
/**
 * What an unpaginated list (agenda, attendance, members, owners, SOP steps) is assumed to hold: about a
 * meeting's agenda or a series' members; owners, versions and children are fewer.
 */
const LIST_SIZE = 10;

/**
 * Refuses, before anything runs, an operation of a kind the schema has no root for (subscriptions), one
 * whose response would hold more objects than allowed, or whose variables carry too long a list.
 */
const operationLimits: ApolloServerPlugin = {
  async requestDidStart({ schema }) {
    return {
      async didResolveOperation({ document, operation, request }) {
        if (!operation) return;
        // Validation lets `subscription { … }` through when there is no Subscription type; execution would
        // then fail as an unexpected error.
        if (!schema.getRootType(operation.operation)) {
          throw new GraphQLError(`This API has no ${operation.operation} operations.`, {
            extensions: { code: "BAD_REQUEST", http: { status: 400 } },
          });
        }
        const variables = request.variables ?? {};
        if (longestList(variables) > QUERY_LIMITS.maxListItems) throw refused();
        const estimate = estimateObjects(schema, document, operation, variables);
        if (estimate > QUERY_LIMITS.maxObjects) throw refused();
      },
    };
  },
};

/**
 * The length of the longest array anywhere in a JSON value, or the first length found above `stopAbove`.
 * Iterative and without spreading, as a value may nest 100,000 deep or hold 100,000 items.
 */
export function longestList(value: unknown, stopAbove: number = QUERY_LIMITS.maxListItems): number {
  let longest = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (Array.isArray(v)) {
      longest = Math.max(longest, v.length);
      if (longest > stopAbove) return longest;
      for (const item of v) pending.push(item);
    } else if (typeof v === "object" && v !== null) {
      for (const item of Object.values(v)) pending.push(item);
    }
  }
  return longest;
}

/**
 * How many objects and values a response may hold: each field counts once per parent, lists multiply what
 * they hold by their page size (`first`, from the query or its variables, capped as the repositories cap
 * it), by the length of `ids`, or else by LIST_SIZE. Fragments are expanded where spread; the validation
 * rules have already refused cycles. Stops counting once past the limit.
 */
export function estimateObjects(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  stopAbove: number = QUERY_LIMITS.maxObjects,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let total = 0;
  const argumentValue = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      // A variable left out takes its default in the operation, as execution will.
      if (variables[name] !== undefined) return variables[name];
      const fallback = operation.variableDefinitions?.find(
        (d) => d.variable.name.value === name,
      )?.defaultValue;
      return fallback === undefined ? undefined : argumentValue(fallback);
    }
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.LIST) {
      if (node.values.length > QUERY_LIMITS.maxListItems) total = Number.POSITIVE_INFINITY;
      return node.values;
    }
    return undefined;
  };
  const root = schema.getRootType(operation.operation);

  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType | null | undefined,
    times: number,
    page: number | null,
  ) => {
    for (const selection of set.selections) {
      if (total > stopAbove) return;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        walk(selection.selectionSet, on, times, page);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment)
          walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), times, page);
        continue;
      }
      total += times;
      if (!selection.selectionSet) continue;
      const field: GraphQLField<unknown, unknown> | undefined =
        parent && (isObjectType(parent) || isInterfaceType(parent))
          ? parent.getFields()[selection.name.value]
          : undefined;
      let childPage = page;
      let factor = 1;
      const args = new Map((selection.arguments ?? []).map((a) => [a.name.value, argumentValue(a.value)]));
      const asked = args.get("first") ?? args.get("last");
      const pageAsked =
        args.has("first") || args.has("last")
          ? Math.min(Math.max(1, typeof asked === "number" ? asked : DEFAULT_PAGE), MAX_PAGE)
          : null;
      const type = field ? (isNonNullType(field.type) ? field.type.ofType : field.type) : null;
      if (type && isListType(type)) {
        const ids = args.get("ids");
        factor = Array.isArray(ids) ? ids.length : (pageAsked ?? page ?? LIST_SIZE);
        childPage = null;
      } else if (pageAsked !== null || field?.args.some((a) => a.name === "first")) {
        // A connection: its page size applies to the edges below it.
        childPage = pageAsked ?? DEFAULT_PAGE;
      }
      walk(selection.selectionSet, field ? getNamedType(field.type) : null, times * factor, childPage);
    }
  };
  walk(operation.selectionSet, root, 1, null);
  return total;
}

/**
 * Security headers on every response, and the rate limit. The Content-Security-Policy allows only the
 * portal's own origin: no inline scripts or styles, fonts self-hosted, no framing. HSTS is sent only on
 * requests that arrived over HTTPS, so a plain-HTTP demo on a local network is not locked out.
 */
export async function registerHardening(app: FastifyInstance, settings: HardeningSettings): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        fontSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: false,
  });
  app.addHook("onSend", async (request, reply) => {
    if (overHttps(request, settings)) {
      reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    }
  });

  if (settings.rateLimit > 0) {
    await app.register(fastifyRateLimit, {
      global: true,
      max: settings.rateLimit,
      timeWindow: 60_000,
      // A load balancer's health checks and a person's requests are not the same traffic.
      allowList: (request) => request.routeOptions.url === "/health",
      keyGenerator: (request) => clientAddress(request, settings),
      // Retry-After tells a client when to come back; the limit itself is not announced.
      addHeaders: {
        "x-ratelimit-limit": false,
        "x-ratelimit-remaining": false,
        "x-ratelimit-reset": false,
        "retry-after": true,
      },
      addHeadersOnExceeding: {
        "x-ratelimit-limit": false,
        "x-ratelimit-remaining": false,
        "x-ratelimit-reset": false,
      },
    });
  }
}

import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import type { Db } from "@moei/db";
import { PothosValidationError } from "@pothos/core";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import type { GraphQLFormattedError } from "graphql";
import { authenticate, sessionControl } from "./auth/sessions.ts";
import { type Clock, type Context, createContext, languageOf, repositories, systemClock } from "./context.ts";
import { registerExports } from "./exports/index.ts";
import { armor, type HardeningSettings, hardeningFromEnv, registerHardening } from "./hardening.ts";
import { requestOrigin } from "./request-origin.ts";
import { schema } from "./schema/index.ts";

export interface ServerOptions {
  readonly db: Db;
  readonly clock?: Clock;
  /** The built portal to serve at `/`, if it exists. */
  readonly portalDir?: string;
  /** Pino logger options; false in tests. */
  readonly logger?: boolean | { level: string };
  /** Production hides the schema from introspection. */
  readonly production?: boolean;
  /** Rate limit and proxy trust; what is absent comes from the environment (MOEI_RATE_LIMIT, MOEI_TRUST_PROXY). */
  readonly hardening?: Partial<HardeningSettings>;
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

declare module "fastify" {
  interface FastifyRequest {
    /** What the request log line may say about the GraphQL operation: its name, when it is a plain name. */
    moei?: { operation?: string };
  }
}

/**
 * Unexpected errors are logged with an id and reach the client only as that id; expected failures are
 * typed results in the schema and never arrive here.
 */
function masking(log: FastifyInstance["log"]) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code !== "INTERNAL_SERVER_ERROR" && code !== undefined) return formatted;
    const original = (error as { originalError?: unknown }).originalError ?? error;
    // A malformed or wrong-type global id is the caller's mistake, not ours.
    if (original instanceof PothosValidationError) {
      return {
        message: formatted.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: "BAD_USER_INPUT" },
      };
    }
    const errorId = randomUUID();
    log.error(
      {
        errorId,
        err: original instanceof Error ? { name: original.name, stack: original.stack } : String(original),
      },
      "unexpected error",
    );
    return {
      message: `Unexpected error; it was logged with id ${errorId}.`,
      extensions: { code: "INTERNAL", errorId },
    };
  };
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { db } = options;
  const clock = options.clock ?? systemClock;
  const repos = repositories(db);
  const app = Fastify({
    // One line per request is written below; Fastify's own request logs would carry full URLs.
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    genReqId: () => randomUUID(),
  });

  const logRequest: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, contextValue }) {
          const name = request.operationName;
          if (name && OPERATION_NAME.test(name)) contextValue.requestLog.operation = name;
        },
      };
    },
  };

  await registerHardening(app, { ...hardeningFromEnv(process.env), ...options.hardening });
  const limits = armor();

  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: masking(app.log),
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
      logRequest,
      ...limits.plugins,
    ],
  });
  await apollo.start();

  app.addHook("onResponse", async (request, reply) => {
    // No query strings, bodies or variables: they may carry what users typed.
    request.log.info(
      {
        requestId: request.id,
        method: request.method,
        route: request.routeOptions.url ?? "unmatched",
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        operation: request.moei?.operation,
      },
      "request",
    );
  });

  await app.register(fastifyCookie);
  await app.register(fastifyApollo(apollo), {
    path: "/graphql",
    context: async (request, reply) => {
      request.moei = {};
      return createContext(db, repos, {
        lang: languageOf(request.headers["accept-language"]),
        clock,
        actor: authenticate(request, repos, clock),
        session: sessionControl(request, reply),
        requestId: request.id,
        origin: requestOrigin(request),
        requestLog: request.moei,
      });
    },
  });

  await registerExports(app, { db, repos, clock }, { portalDir: options.portalDir });

  app.get("/health", async () => {
    db.$client.prepare("SELECT 1").get();
    return { status: "ok" };
  });

  if (options.portalDir && existsSync(join(options.portalDir, "index.html"))) {
    await app.register(fastifyStatic, {
      root: options.portalDir,
      // The build writes .br and .gz beside scripts, styles and pages; send them where accepted.
      preCompressed: true,
      // Hashed assets never change; index.html always revalidates.
      setHeaders: (reply, path) => {
        reply.header(
          "cache-control",
          /[.-][A-Za-z0-9_-]{8,}\.(js|css|woff2?)$/.test(path)
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        );
      },
    });
    app.setNotFoundHandler((request, reply) =>
      request.method === "GET" && !request.url.startsWith("/graphql")
        ? reply.sendFile("index.html")
        : reply.code(404).send({ error: "Not found" }),
    );
  }

  return app;
}

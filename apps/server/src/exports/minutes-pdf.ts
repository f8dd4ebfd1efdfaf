import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { basename, join } from "node:path";
import { addMinutes, type UiLanguage } from "@moei/domain/shared";
import { decodeGlobalID } from "@pothos/plugin-relay";
import type { FastifyInstance } from "fastify";
import { type Browser, chromium } from "playwright-core";
import { hashToken, newToken, PLAIN_COOKIE } from "../auth/sessions.ts";
import type { Context } from "../context.ts";
import {
  audit,
  documentLanguage,
  type ExportDeps,
  ExportRefusal,
  exportHandler,
  runQuery,
  sendFile,
} from "./export-request.ts";
import { type MinutesMeeting, minutesFileName } from "./minutes-document.ts";

/*
 * Minutes as PDF: Chromium prints the portal's own print view, so the PDF is the page a reader prints
 * from the browser — same layout, same self-hosted Noto fonts shaping Thai and Burmese — and there is
 * no second layout to keep in step. The browser signs in as the requester with a session that lives
 * two minutes and is deleted after the render, so it sees exactly what they may see.
 */

export interface MinutesPdfOptions {
  /** The built portal; without it there is no print view to render. */
  readonly portalDir?: string | undefined;
  /** Chromium's executable; default CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
  readonly executablePath?: string | undefined;
}

/** One render at a time (a render takes a core), and this many requests waiting behind it. */
export const PDF_QUEUE_LENGTH = 4;
/** The longest one render may take, from opening the page to the last byte of the PDF. */
export const PDF_RENDER_TIMEOUT_MS = 30_000;
/** How long Chromium stays up after the last render. */
const PDF_IDLE_MS = 5 * 60_000;
/** The browser's session: long enough for one render, short enough to be worthless if it leaked. */
const SESSION_MINUTES = 2;

// As apps/e2e: headless Debian Chromium without a sandbox (it may run as root in a container), kept off
// the network beyond the server itself.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];

const LOCALES: Readonly<Record<UiLanguage, string>> = { en: "en-GB", th: "th-TH", my: "my-MM" };

// What the file name needs; the content is what the print view itself reads, as the requester.
const MEETING = /* GraphQL */ `
  query MinutesPdfMeeting($id: ID!) {
    node(id: $id) {
      __typename
      ... on Meeting { id number { ordinal year } start zone series { name { en th my } numbering } }
    }
  }
`;

type NamedMeeting = Pick<MinutesMeeting, "number" | "start" | "zone"> & {
  readonly id: string;
  readonly series: Pick<MinutesMeeting["series"], "name" | "numbering">;
};

interface MeetingFacts {
  readonly node: ({ readonly __typename: "Meeting" } & NamedMeeting) | { readonly __typename: string } | null;
}

/** The page to print and the session cookie that opens it. */
interface RenderJob {
  readonly url: string;
  readonly cookie: { readonly name: string; readonly value: string };
  readonly locale: string;
}

class RenderFailure extends Error {
  override name = "RenderFailure";
}

/**
 * A Chromium launched at the first render and kept for the next, one render at a time behind a short
 * queue; it is closed after a few idle minutes, as it holds some 280 MB. A render that fails or takes
 * too long ends in RenderFailure; a browser that died is launched again on the next render.
 */
function pdfRenderer(executablePath: string, portalDir: string | undefined) {
  let browser: Promise<Browser> | undefined;
  let closed = false;
  let inQueue = 0;
  let tail: Promise<unknown> = Promise.resolve();
  let idle: NodeJS.Timeout | undefined;

  const shutDown = async (): Promise<void> => {
    const open = browser;
    browser = undefined;
    await (await open?.catch(() => undefined))?.close();
  };

  const launch = async (): Promise<Browser> => {
    if (closed) throw new RenderFailure("the server is closing");
    if (browser === undefined) {
      const launching = chromium.launch({
        executablePath,
        args: CHROMIUM_ARGS,
        timeout: PDF_RENDER_TIMEOUT_MS,
      });
      browser = launching;
      launching.then(
        (b) =>
          b.on("disconnected", () => {
            if (browser === launching) browser = undefined;
          }),
        () => {
          if (browser === launching) browser = undefined;
        },
      );
    }
    return browser;
  };

  const render = async (job: RenderJob): Promise<Uint8Array> => {
    const context = await (await launch()).newContext({
      locale: job.locale,
      timezoneId: "Asia/Bangkok",
      serviceWorkers: "block",
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      context.close().catch(() => {});
    }, PDF_RENDER_TIMEOUT_MS);
    try {
      const { origin } = new URL(job.url);
      await context.addCookies([
        { ...job.cookie, url: origin, httpOnly: true, sameSite: "Strict", secure: false },
      ]);
      // The build's scripts, styles and fonts come from disk: the same files, without some fifteen
      // requests per PDF through the server and its rate limit for 127.0.0.1. (Vite's assets/ is flat.)
      if (portalDir !== undefined) {
        const assets = join(portalDir, "assets");
        await context.route(`${origin}/assets/**`, (route) => {
          const file = join(assets, basename(new URL(route.request().url()).pathname));
          return existsSync(file) ? route.fulfill({ path: file }) : route.continue();
        });
      }
      const page = await context.newPage();
      page.setDefaultTimeout(PDF_RENDER_TIMEOUT_MS);
      const response = await page.goto(job.url, { waitUntil: "domcontentloaded" });
      if (!response?.ok()) throw new RenderFailure(`the print view answered ${response?.status()}`);
      // The print view marks its <main> once the query has answered: ready, missing or error.
      const main = await page.waitForSelector("main[data-print]:not([data-print=loading])");
      const state = await main.getAttribute("data-print");
      if (state !== "ready") throw new RenderFailure(`the print view is ${state}`);
      // Layout requests the fonts the text needs; wait until they are in, or Thai and Burmese would
      // fall back to whatever the system has.
      await page.evaluate("void document.body.offsetHeight, document.fonts.ready.then(() => undefined)");
      return await page.pdf({
        format: "A4",
        printBackground: true,
        margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate:
          '<div style="width:100%;font-size:8pt;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        tagged: true,
        outline: true,
      });
    } catch (e) {
      if (timedOut) throw new RenderFailure(`the render took longer than ${PDF_RENDER_TIMEOUT_MS} ms`);
      throw e;
    } finally {
      clearTimeout(timer);
      await context.close().catch(() => {});
    }
  };

  return {
    /** Renders after the renders before it; refuses when the queue is full or the server is closing. */
    enqueue<T>(job: () => Promise<T>): Promise<T> {
      if (closed) throw new ExportRefusal(503, "EXPORT.UNAVAILABLE");
      if (inQueue > PDF_QUEUE_LENGTH) throw new ExportRefusal(503, "EXPORT.BUSY");
      inQueue += 1;
      const run = tail.then(() => {
        clearTimeout(idle);
        if (closed) throw new ExportRefusal(503, "EXPORT.UNAVAILABLE");
        return job();
      });
      const settled = () => {
        inQueue -= 1;
        if (inQueue === 0 && !closed) idle = setTimeout(() => void shutDown(), PDF_IDLE_MS).unref();
      };
      tail = run.then(settled, settled);
      return run;
    },
    render,
    async close(): Promise<void> {
      closed = true;
      clearTimeout(idle);
      await shutDown();
    },
  };
}

/** Where the server itself listens, as the browser beside it reaches it. */
function ownOrigin(app: FastifyInstance): string | undefined {
  const address = app.server.address() as AddressInfo | string | null;
  if (address === null || typeof address === "string") return undefined;
  const host =
    address.address === "0.0.0.0"
      ? "127.0.0.1"
      : address.address === "::"
        ? "[::1]"
        : address.family === "IPv6"
          ? `[${address.address}]`
          : address.address;
  return `http://${host}:${address.port}`;
}

/** The meeting the reader may read, or a refusal as the API gives it (unknown and hidden read alike). */
async function readableMeeting(ctx: Context, id: string): Promise<NamedMeeting> {
  const { node } = await runQuery<MeetingFacts>(ctx, MEETING, { id });
  if (node === null || !("id" in node)) throw new ExportRefusal(404, "NOT_FOUND", { entity: "meeting" });
  return node;
}

/**
 * `GET /export/meetings/<meetingId>/minutes.pdf?lang=en|th|my`: the print view of the minutes as the
 * requester sees it, printed to A4 by headless Chromium. 503 EXPORT.UNAVAILABLE without the built
 * portal or a Chromium, EXPORT.BUSY when too many are waiting.
 */
export async function registerMinutesPdf(
  app: FastifyInstance,
  deps: ExportDeps,
  options: MinutesPdfOptions = {},
): Promise<void> {
  // As http.ts decides whether to serve the portal: once, at start.
  const portalBuilt = options.portalDir !== undefined && existsSync(join(options.portalDir, "index.html"));
  const executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const renderer = pdfRenderer(executablePath, options.portalDir);
  // Before Fastify stops accepting requests: a render in flight loads the print view from this very
  // server, so it ends now (answered 503) instead of holding the close up until its timeout.
  app.addHook("preClose", async () => renderer.close());

  app.get(
    "/export/meetings/:meetingId/minutes.pdf",
    exportHandler(deps, async (ctx, request, reply) => {
      const actor = ctx.actor;
      if (actor === null) throw new ExportRefusal(401, "UNAUTHENTICATED");
      const lang = documentLanguage(request.query as Readonly<Record<string, unknown>>);
      const { meetingId } = request.params as { readonly meetingId: string };
      const meeting = await readableMeeting(ctx, meetingId);

      const origin = ownOrigin(app);
      if (!portalBuilt || origin === undefined || !existsSync(executablePath))
        throw new ExportRefusal(503, "EXPORT.UNAVAILABLE");

      const pdf = await renderer.enqueue(async () => {
        // Made when the render starts, not while it waits, so its two minutes are the render's.
        const token = newToken();
        const started = deps.repos.users.createSession(ctx.write(), {
          tokenHash: hashToken(token),
          userId: actor.userId,
          expiresAt: addMinutes(deps.clock.now(), SESSION_MINUTES),
        });
        if (!started.ok) throw new ExportRefusal(401, "UNAUTHENTICATED");
        try {
          return await renderer.render({
            url: `${origin}/meetings/${meeting.id}/print?lang=${lang}`,
            cookie: { name: PLAIN_COOKIE, value: token },
            locale: LOCALES[lang],
          });
        } catch (e) {
          if (e instanceof ExportRefusal) throw e;
          request.log.error(
            { err: e instanceof Error ? { name: e.name, message: e.message } : String(e) },
            "minutes PDF render failed",
          );
          throw new ExportRefusal(503, "EXPORT.UNAVAILABLE");
        } finally {
          deps.repos.users.deleteSession(ctx.write(), hashToken(token));
        }
      });

      audit(ctx, {
        kind: "pdf.minutes",
        entityType: "meeting",
        entityId: decodeGlobalID(meeting.id).id,
        details: { lang },
      });
      return sendFile(reply, {
        body: pdf,
        type: "application/pdf",
        // Named as the DOCX is: minutes-<series short name>-<number>-<lang>.pdf.
        filename: minutesFileName(
          meeting as Pick<MinutesMeeting, "series" | "number" | "start" | "zone">,
          lang,
        ).replace(/\.docx$/, ".pdf"),
      });
    }),
  );
}

import type { FastifyInstance } from "fastify";
import { registerCalendar } from "./calendar.ts";
import { registerCsv } from "./csv.ts";
import type { ExportDeps } from "./export-request.ts";
import { registerMinutesDocx } from "./minutes-docx.ts";
import { type MinutesPdfOptions, registerMinutesPdf } from "./minutes-pdf.ts";
import { registerOpenData } from "./open-data.ts";

export type { ExportDeps } from "./export-request.ts";

/**
 * Calendar feeds and invitations, minutes as DOCX and PDF, CSV downloads and open data. Every route
 * reads with the requester's rights and writes an audit entry; see export-request.ts.
 */
export async function registerExports(
  app: FastifyInstance,
  deps: ExportDeps,
  options: MinutesPdfOptions = {},
): Promise<void> {
  registerCalendar(app, deps);
  registerMinutesDocx(app, deps);
  await registerMinutesPdf(app, deps, options);
  registerCsv(app, deps);
  registerOpenData(app, deps);
}

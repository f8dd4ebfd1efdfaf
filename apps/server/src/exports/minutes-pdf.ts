import type { FastifyInstance } from "fastify";
import type { ExportDeps } from "./export-request.ts";

export async function registerMinutesPdf(_app: FastifyInstance, _deps: ExportDeps): Promise<void> {}

import type { FastifyInstance } from "fastify";
import type { ExportDeps } from "./export-request.ts";

export function registerCalendar(_app: FastifyInstance, _deps: ExportDeps): void {}

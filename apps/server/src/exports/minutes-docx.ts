import type { FastifyInstance } from "fastify";
import type { ExportDeps } from "./export-request.ts";

export function registerMinutesDocx(_app: FastifyInstance, _deps: ExportDeps): void {}

import type { FastifyInstance } from "fastify";
import type { ExportDeps } from "./export-request.ts";

export function registerOpenData(_app: FastifyInstance, _deps: ExportDeps): void {}

import type { FastifyRequest } from "fastify";
import { sessionSettings } from "./auth/sessions.ts";

const first = (header: string | string[] | undefined): string | undefined =>
  (Array.isArray(header) ? header.join(",") : header)?.split(",")[0]?.trim() || undefined;

/** A host as a URL may carry it: a name or address and an optional port, nothing else. */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin the client reached the server at, for links that must work outside the portal (a calendar
 * feed's URL pasted into Outlook or Google Calendar). The scheme and host are what the client used:
 * the socket's and the Host header, or behind a trusted reverse proxy (MOEI_TRUST_PROXY=1, as for the
 * session cookie) X-Forwarded-Proto and X-Forwarded-Host when the proxy sets them. Undefined when the
 * host is missing or malformed, so that no odd header ends up in a link.
 */
export function requestOrigin(
  request: FastifyRequest,
  trustProxy: boolean = sessionSettings().trustProxy,
): string | undefined {
  const forwardedProto = trustProxy ? first(request.headers["x-forwarded-proto"])?.toLowerCase() : undefined;
  const protocol =
    forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : request.protocol;
  const host = (trustProxy ? first(request.headers["x-forwarded-host"]) : undefined) ?? request.headers.host;
  return host !== undefined && HOST.test(host) ? `${protocol}://${host}` : undefined;
}

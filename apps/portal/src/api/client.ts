import type { UiLanguage } from "@moei/domain/shared";
import { Client, cacheExchange, fetchExchange } from "@urql/core";

export interface ClientOptions {
  /** The GraphQL endpoint; the portal is served by the API's own server, so "/graphql". */
  readonly url?: string;
  /** The language the server writes its error messages in. */
  readonly language: () => UiLanguage;
  /** Extra headers, e.g. a session cookie for tests outside a browser. */
  readonly headers?: Record<string, string>;
}

/**
 * urql over POST only: Apollo's CSRF prevention refuses the GETs urql sends by default, and POST keeps
 * search text and other free text out of URLs and server logs. Documents are cached and invalidated by
 * __typename, so a mutation's result refreshes every query showing the same types.
 */
export function createClient(options: ClientOptions): Client {
  return new Client({
    url: options.url ?? "/graphql",
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    fetchOptions: () => ({
      credentials: "same-origin",
      headers: {
        accept: "application/graphql-response+json, application/json",
        "accept-language": options.language(),
        ...options.headers,
      },
    }),
  });
}

import type { UiLanguage } from "@moei/domain/shared";
import {
  type SignedIn,
  signInAsUser,
  signInByUsername,
  startDemoServer,
  startServer,
  type TestServer,
} from "@moei/server/testing";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { Provider } from "urql";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { createClient } from "../src/api/client.ts";
import { LanguageProvider } from "../src/i18n/i18n.tsx";
import { SessionProvider } from "../src/session.tsx";

export { type SignedIn, signInAsUser, signInByUsername, startDemoServer, startServer, type TestServer };

export interface RenderOptions {
  readonly server: TestServer;
  /** The session to send (its cookie); anonymous when absent. */
  readonly as?: SignedIn;
  readonly language?: UiLanguage;
  /** The route the memory router starts on. */
  readonly path?: string;
}

/**
 * Renders `ui` as the portal does — urql over POST to the real server, the signed-in user loaded, the
 * language chosen — with a memory router, so the test sees what a user would, against real data.
 */
export function renderWithApi(ui: ReactNode, options: RenderOptions) {
  const language = options.language ?? "en";
  const client = createClient({
    url: `${options.server.url}/graphql`,
    language: () => language,
    ...(options.as ? { headers: options.as.headers } : {}),
  });
  const location = memoryLocation({ path: options.path ?? "/", record: true });
  const result = render(
    <LanguageProvider initial={language}>
      <Provider value={client}>
        <Router hook={location.hook}>
          <SessionProvider>{ui}</SessionProvider>
        </Router>
      </Provider>
    </LanguageProvider>,
  );
  return { ...result, location };
}

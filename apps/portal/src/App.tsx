import type { Client } from "@urql/core";
import { lazy, Suspense } from "react";
import { Provider } from "urql";
import { Route, Router, Switch } from "wouter";
import { common } from "./i18n/common.messages.ts";
import { useT } from "./i18n/i18n.tsx";
import { Home } from "./pages/Home.tsx";
import { SignIn } from "./pages/SignIn.tsx";
import { SessionProvider, useSession } from "./session.tsx";
import { Layout } from "./ui/Layout.tsx";
import { NotFound } from "./ui/NotFound.tsx";

// Each page beyond the first is its own chunk, loaded when opened (slow links pay only for what they use).
const SeriesPage = lazy(() =>
  import("./features/series/SeriesPage.tsx").then((m) => ({ default: m.SeriesPage })),
);
const MeetingPage = lazy(() =>
  import("./features/meeting/MeetingPage.tsx").then((m) => ({ default: m.MeetingPage })),
);
const ActionTracker = lazy(() =>
  import("./features/actions/ActionTracker.tsx").then((m) => ({ default: m.ActionTracker })),
);
const AgreementsRegister = lazy(() =>
  import("./features/agreements/AgreementsRegister.tsx").then((m) => ({ default: m.AgreementsRegister })),
);
const AgreementPage = lazy(() =>
  import("./features/agreements/AgreementPage.tsx").then((m) => ({ default: m.AgreementPage })),
);
const Directory = lazy(() =>
  import("./features/directory/Directory.tsx").then((m) => ({ default: m.Directory })),
);
const OrganizationPage = lazy(() =>
  import("./features/directory/OrganizationPage.tsx").then((m) => ({ default: m.OrganizationPage })),
);
const SearchPage = lazy(() =>
  import("./features/search/SearchPage.tsx").then((m) => ({ default: m.SearchPage })),
);
const CalendarsPage = lazy(() =>
  import("./features/exports/CalendarsPage.tsx").then((m) => ({ default: m.CalendarsPage })),
);
const PrintMinutes = lazy(() =>
  import("./features/meeting/PrintMinutes.tsx").then((m) => ({ default: m.PrintMinutes })),
);

function Loading() {
  const t = useT(common);
  return (
    <p className="loading" role="status">
      {t("state.loading")}
    </p>
  );
}

function Routes() {
  const { me } = useSession();
  if (me === null) return <SignIn />;
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/meetings/:id/print">{(params) => <PrintMinutes id={params.id} />}</Route>
        <Route>
          <Layout>
            <Suspense fallback={<Loading />}>
              <Switch>
                <Route path="/">
                  <Home />
                </Route>
                <Route path="/actions">
                  <ActionTracker />
                </Route>
                <Route path="/agreements">
                  <AgreementsRegister />
                </Route>
                <Route path="/agreements/:id">{(params) => <AgreementPage id={params.id} />}</Route>
                <Route path="/organizations">
                  <Directory />
                </Route>
                <Route path="/organizations/:id">{(params) => <OrganizationPage id={params.id} />}</Route>
                <Route path="/calendars">
                  <CalendarsPage />
                </Route>
                <Route path="/search">
                  <SearchPage />
                </Route>
                <Route path="/series/:id">{(params) => <SeriesPage id={params.id} />}</Route>
                <Route path="/meetings/:id">{(params) => <MeetingPage id={params.id} />}</Route>
                <Route>
                  <NotFound />
                </Route>
              </Switch>
            </Suspense>
          </Layout>
        </Route>
      </Switch>
    </Suspense>
  );
}

export function App({ client }: { client: Client }) {
  return (
    <Provider value={client}>
      <Router>
        <SessionProvider>
          <Routes />
        </SessionProvider>
      </Router>
    </Provider>
  );
}

import { createContext, type ReactNode, useContext, useEffect, useMemo } from "react";
import { useQuery } from "urql";
import { graphql, type ResultOf } from "./graphql.ts";
import { useLanguage } from "./i18n/i18n.tsx";
import { QueryState } from "./ui/QueryState.tsx";

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      language
      organization { id acronym name { en th my } }
      coordinatedSeries { id }
    }
  }
`);

export type Me = NonNullable<ResultOf<typeof MeQuery>["me"]>;

interface Session {
  readonly me: Me | null;
  /** Reloads the signed-in user, after sign-in or sign-out. */
  readonly refresh: () => void;
}

const SessionContext = createContext<Session>({ me: null, refresh: () => {} });

export const useSession = (): Session => useContext(SessionContext);

/** Admins manage every series; coordinators the series they are secretariat of. */
export function canManageSeries(me: Me | null, seriesId: string): boolean {
  if (me === null) return false;
  return (
    me.role === "admin" || (me.role === "coordinator" && me.coordinatedSeries.some((s) => s.id === seriesId))
  );
}

/** Loads the signed-in user once; the interface takes the user's own language when they sign in. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery, requestPolicy: "network-only" });
  const { setLanguage } = useLanguage();
  const me = data?.me ?? null;
  const userLanguage = me?.language;
  useEffect(() => {
    if (userLanguage) setLanguage(userLanguage);
  }, [userLanguage, setLanguage]);
  const value = useMemo(
    () => ({ me, refresh: () => reexecute({ requestPolicy: "network-only" }) }),
    [me, reexecute],
  );
  if (data === undefined) {
    return (
      <QueryState
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  return <SessionContext value={value}>{children}</SessionContext>;
}

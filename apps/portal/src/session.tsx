import { type Actor, canManageSeries as mayManageSeries } from "@moei/domain/access";
import type { OrganizationId, SeriesId, UserId } from "@moei/domain/shared";
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

/** The signed-in user as the domain's access rules see them (every id is the API's global id). */
export function actorOf(me: Me | null): Actor | null {
  if (me === null) return null;
  return {
    userId: me.id as UserId,
    organizationId: me.organization.id as OrganizationId,
    role: me.role,
    seriesIds: me.coordinatedSeries.map((s) => s.id as SeriesId),
  };
}

/** Admins manage every series; coordinators the series they are secretariat of (the domain's rule). */
export const canManageSeries = (me: Me | null, seriesId: string): boolean =>
  mayManageSeries(actorOf(me), { id: seriesId as SeriesId });

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

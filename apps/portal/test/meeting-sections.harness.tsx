import { useQuery } from "urql";
import { ActionsSection, ActionsSectionFields } from "../src/features/meeting/actions/ActionsSection.tsx";
import {
  DecisionsSection,
  DecisionsSectionFields,
} from "../src/features/meeting/decisions/DecisionsSection.tsx";
import { MinutesSection, MinutesSectionFields } from "../src/features/meeting/minutes/MinutesSection.tsx";
import { graphql } from "../src/graphql.ts";
import { canManageSeries, useSession } from "../src/session.tsx";
import type { TestServer } from "./render.tsx";

/** The minutes helper's three sections composed as the meeting page composes them, without the rest of the page. */
const SectionsQuery = graphql(
  `
  query MinutesSectionsHarness($id: ID!) {
    node(id: $id) {
      ... on Meeting {
        id
        series { id }
        ...MinutesSectionFields
        ...DecisionsSectionFields
        ...ActionsSectionFields
      }
    }
  }
`,
  [MinutesSectionFields, DecisionsSectionFields, ActionsSectionFields],
);

export function MeetingSections({ id }: { id: string }) {
  const { me } = useSession();
  const [{ data }, reexecute] = useQuery({ query: SectionsQuery, variables: { id } });
  const meeting = data?.node;
  if (!meeting || !("series" in meeting)) return <p>…</p>;
  const canManage = canManageSeries(me, meeting.series.id);
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  return (
    <main>
      <MinutesSection meeting={meeting} canManage={canManage} refresh={refresh} />
      <DecisionsSection meeting={meeting} canManage={canManage} refresh={refresh} />
      <ActionsSection meeting={meeting} canManage={canManage} refresh={refresh} />
    </main>
  );
}

type Headers = Record<string, string>;

/** Runs an operation and fails the test on any GraphQL error. */
export async function gqlOk<T>(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  headers: { readonly cookie: string },
): Promise<T> {
  const res = await server.gql<T>(query, variables, headers as Headers);
  if (res.body.errors || !res.body.data) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data;
}

export interface MeetingFacts {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  readonly series: { readonly id: string; readonly confidentiality: string; readonly languages: string[] };
  readonly agenda: {
    id: string;
    position: number;
    minutes: { language: string; body: string; version: number }[];
  }[];
}

const FACTS = `id version status series { id confidentiality languages } agenda { id position minutes { language body version } }`;

/** The first meeting (by start) with one of `statuses` in a series matching `where`, found by asking the API. */
export async function findMeeting(
  server: TestServer,
  headers: { readonly cookie: string },
  statuses: string[],
  where: (m: MeetingFacts) => boolean,
): Promise<MeetingFacts> {
  const data = await gqlOk<{ meetings: { edges: { node: MeetingFacts }[] } }>(
    server,
    `query($s: [MeetingStatus!], $n: Int) { meetings(status: $s, first: $n) { edges { node { ${FACTS} } } } }`,
    { s: statuses, n: 50 },
    headers,
  );
  const found = data.meetings.edges.map((e) => e.node).find(where);
  if (!found) throw new Error(`No meeting in ${statuses.join(", ")}`);
  return found;
}

export async function meetingFacts(
  server: TestServer,
  headers: { readonly cookie: string },
  id: string,
): Promise<MeetingFacts> {
  const data = await gqlOk<{ node: MeetingFacts }>(
    server,
    `query($id: ID!) { node(id: $id) { ... on Meeting { ${FACTS} } } }`,
    { id },
    headers,
  );
  return data.node;
}

/** Takes one lifecycle step through the API, as a coordinator would on the meeting page. */
export async function step(
  server: TestServer,
  headers: { readonly cookie: string },
  id: string,
  event: string,
): Promise<void> {
  const facts = await meetingFacts(server, headers, id);
  const data = await gqlOk<{ changeMeetingStatus: { __typename: string; message?: string } }>(
    server,
    `mutation($id: ID!, $e: MeetingEventType!, $v: Int!) { changeMeetingStatus(id: $id, event: $e, version: $v) { __typename ... on Error { message } } }`,
    { id, e: event, v: facts.version },
    headers,
  );
  if (data.changeMeetingStatus.__typename !== "Meeting") throw new Error(JSON.stringify(data));
}

export async function saveMinutesAs(
  server: TestServer,
  headers: { readonly cookie: string },
  input: { meetingId: string; agendaItemId: string; language: string; body: string; baseVersion: number },
): Promise<string> {
  const data = await gqlOk<{ saveMinutes: { __typename: string } }>(
    server,
    `mutation($meetingId: ID!, $agendaItemId: ID!, $language: Language!, $body: String!, $baseVersion: Int!) {
      saveMinutes(meetingId: $meetingId, agendaItemId: $agendaItemId, language: $language, body: $body, baseVersion: $baseVersion) { __typename }
    }`,
    input,
    headers,
  );
  return data.saveMinutes.__typename;
}

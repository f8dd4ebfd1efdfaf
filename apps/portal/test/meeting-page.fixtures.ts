import type { SignedIn, TestServer } from "./render.tsx";

/** Test data found through the API, as a user would find it: no ids are written into the tests. */
export interface FoundMeeting {
  readonly id: string;
  readonly start: string;
  readonly status: string;
  readonly version: number;
}

export async function api<T>(
  server: TestServer,
  as: SignedIn,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { body } = await server.gql<T>(query, variables, as.headers);
  if (body.errors?.length || body.data === undefined) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The Mae Sot monthly NGO/CBO meeting series the demo coordinator is the secretariat of. */
export async function maeSotSeries(server: TestServer, coordinator: SignedIn): Promise<string> {
  const data = await api<{ me: { coordinatedSeries: { id: string }[] } }>(
    server,
    coordinator,
    "{ me { coordinatedSeries { id } } }",
  );
  const [series] = data.me.coordinatedSeries;
  if (!series) throw new Error("The demo coordinator has no series");
  return series.id;
}

/** A series by kind, e.g. bcatip or case_management; the first by English name. */
export async function seriesOfKind(server: TestServer, as: SignedIn, kind: string): Promise<string> {
  const data = await api<{ series: { id: string }[] }>(
    server,
    as,
    "query ($kind: [SeriesKind!]) { series(kind: $kind) { id } }",
    { kind: [kind] },
  );
  const [series] = data.series;
  if (!series) throw new Error(`No ${kind} series`);
  return series.id;
}

/** The meetings of a series in the given statuses, by start time. */
export async function meetingsOf(
  server: TestServer,
  as: SignedIn,
  seriesId: string,
  status: readonly string[],
): Promise<FoundMeeting[]> {
  const data = await api<{ meetings: { edges: { node: FoundMeeting }[] } }>(
    server,
    as,
    `query ($seriesId: ID!, $status: [MeetingStatus!]) {
      meetings(seriesId: $seriesId, status: $status, first: 200) { edges { node { id start status version } } }
    }`,
    { seriesId, status },
  );
  return data.meetings.edges.map((e) => e.node);
}

export async function firstMeeting(
  server: TestServer,
  as: SignedIn,
  seriesId: string,
  status: readonly string[],
): Promise<FoundMeeting> {
  const [meeting] = await meetingsOf(server, as, seriesId, status);
  if (!meeting) throw new Error(`No meeting of ${seriesId} in ${status.join(", ")}`);
  return meeting;
}

import Database from "better-sqlite3";

/**
 * The benchmark's scenarios: GraphQL documents as the portal sends them, with their variables, and the
 * deterministic choice of the ids they read from a synthetic database. The floor (floor.ts) answers the
 * same operations by `operationName`, so a document and its floor twin must change together: the parity
 * test fails when they drift.
 */

export const MEETING_PAGE = `query MeetingPage($id: ID!) {
  node(id: $id) {
    ... on Meeting {
      id
      series { id name { en th my } }
      numberLabel
      title { en th my }
      status
      start
      end
      zone
      times { zone local offset label time }
      mode
      venue
      agenda {
        id
        position
        kind
        title { en th my }
        minutes { language body version updatedAt }
      }
      attendance {
        organization { id name { en th my } acronym }
        status
        delegates
      }
      invitations { organization { id } rsvp respondedAt }
      decisions { id position text { en th my } agendaItem { id } }
      actions {
        id
        text
        dueOn
        status
        owners { id name { en th my } }
      }
    }
  }
}`;

export const ACTION_LIST = `query ActionList($organizationId: ID!, $status: [ActionStatus!], $dueFrom: Date, $dueTo: Date, $first: Int) {
  actions(organizationId: $organizationId, status: $status, dueFrom: $dueFrom, dueTo: $dueTo, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        text
        dueOn
        status
        owners { id name { en th my } }
        meeting { id start numberLabel }
      }
    }
  }
}`;

export const AGREEMENT_LIST = `query AgreementList($first: Int) {
  agreements(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        kind
        title { en th my }
        status
        dates { signedOn inForceOn expiresOn }
        parties {
          kind
          country
          organization { id name { en th my } }
          signatories { name title }
        }
      }
    }
  }
}`;

export const REPORT_PROGRESS = `mutation ReportProgress($id: ID!, $version: Int!, $comment: String!) {
  changeActionStatus(id: $id, version: $version, event: report, comment: $comment) {
    __typename
    ... on ChangeActionStatusPayload { action { id version status } }
    ... on ConflictError { currentVersion }
  }
}`;

/** The comment every progress report carries: plain, so that the personal-data guard passes it. */
export const REPORT_COMMENT = "Progress reported at the coordination meeting; follow-up continues.";

/** The statuses of the portal's "open work" list. */
export const OPEN_STATUSES = ["open", "in_progress", "blocked"] as const;

export interface GraphQLRequest {
  readonly operationName: string;
  readonly query: string;
  readonly variables: Readonly<Record<string, unknown>>;
}

/** A read scenario: one request, the same bytes expected from both servers. */
export interface ReadScenario {
  readonly key: string;
  readonly title: string;
  readonly request: GraphQLRequest;
  /** Requests per second of the open-loop run: what our server sustains on one core with room to spare. */
  readonly rate: number;
  /**
   * Lists: the page sizes (`first`) of the fixed-statements check, with variables that fill pages. 10, 50
   * and 200, except agreements: with parties and signatories, 200 of them exceed the server's estimate of
   * the objects one response may hold (QUERY_LIMITS.maxObjects in apps/server/src/hardening.ts).
   */
  readonly list?: { readonly fullPage: Readonly<Record<string, unknown>>; readonly sizes: readonly number[] };
}

/** Relay global ids as Pothos encodes them: base64 of "Type:id". */
export const globalId = (type: string, id: string): string => Buffer.from(`${type}:${id}`).toString("base64");

export const fromGlobalId = (global: string): { type: string; id: string } => {
  const decoded = Buffer.from(global, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return { type: decoded.slice(0, colon), id: decoded.slice(colon + 1) };
};

/** The ids the scenarios read, picked from the database by fixed rules (ties broken by id). */
export interface Picks {
  /** The data set's "today" (from its `synthetic.generate` audit row). */
  readonly today: string;
  /** The meeting that agreed the most actions. */
  readonly meetingId: string;
  /** The organization that owns the most open actions. */
  readonly openOrganizationId: string;
  /** How many open actions it owns in the due window. */
  readonly openActions: number;
  /** The organization that owns the most actions of any status (fills pages of 200). */
  readonly busiestOrganizationId: string;
  readonly dueFrom: string;
  readonly dueTo: string;
  /** Actions in progress (id, version): the write scenario reports progress on them in turn. */
  readonly inProgress: readonly { readonly id: string; readonly version: number }[];
}

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function pickIds(path: string): Picks {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const one = <T>(sql: string, ...params: unknown[]): T => {
      const row = db.prepare(sql).get(...params) as T | undefined;
      if (row === undefined) throw new Error(`No row for: ${sql}`);
      return row;
    };
    const { after } = one<{ after: string }>(
      "SELECT after FROM audit_log WHERE operation = 'synthetic.generate' ORDER BY id LIMIT 1",
    );
    const today = (JSON.parse(after) as { today: string }).today;
    // Two years back and one ahead hold every open action of the synthetic data (none is older).
    const dueFrom = addDays(today, -730);
    const dueTo = addDays(today, 365);
    const meeting = one<{ id: string }>(
      "SELECT source_meeting_id AS id FROM actions GROUP BY source_meeting_id ORDER BY count(*) DESC, source_meeting_id LIMIT 1",
    );
    const open = one<{ id: string; n: number }>(
      `SELECT organization_id AS id, count(*) AS n FROM action_owners
       WHERE status IN ('open', 'in_progress', 'blocked') AND due_on BETWEEN ? AND ?
       GROUP BY organization_id ORDER BY n DESC, organization_id LIMIT 1`,
      dueFrom,
      dueTo,
    );
    const busiest = one<{ id: string }>(
      "SELECT organization_id AS id FROM action_owners GROUP BY organization_id ORDER BY count(*) DESC, organization_id LIMIT 1",
    );
    const inProgress = db
      .prepare("SELECT id, version FROM actions WHERE status = 'in_progress' ORDER BY id")
      .all() as { id: string; version: number }[];
    return {
      today,
      meetingId: meeting.id,
      openOrganizationId: open.id,
      openActions: open.n,
      busiestOrganizationId: busiest.id,
      dueFrom,
      dueTo,
      inProgress,
    };
  } finally {
    db.close();
  }
}

/**
 * Requests per second. Our server spends 5–20 ms of CPU per read here (RESULTS.md) and a Node process
 * runs on one core, so 100/s of meeting pages would need more than a core: latency under an open-loop
 * load only means something below saturation. The rates keep our server below a third of a core per
 * scenario, and the mixed scenario (meeting page and list at these rates, plus the writes) near two thirds.
 */
export const RATES = { meeting: 10, list: 20, write: 5 } as const;

/** Every status: the synthetic data keep few actions open, so only these fill pages of 200. */
const ALL_STATUSES = ["open", "in_progress", "blocked", "done", "cancelled"] as const;

export function readScenarios(picks: Picks): ReadScenario[] {
  const actionList = (first: number) => ({
    operationName: "ActionList",
    query: ACTION_LIST,
    variables: {
      organizationId: globalId("Organization", picks.openOrganizationId),
      status: [...OPEN_STATUSES],
      dueFrom: picks.dueFrom,
      dueTo: picks.dueTo,
      first,
    },
  });
  const fullPage = {
    organizationId: globalId("Organization", picks.busiestOrganizationId),
    status: [...ALL_STATUSES],
  };
  return [
    {
      key: "meeting",
      title: "(a) meeting page",
      request: {
        operationName: "MeetingPage",
        query: MEETING_PAGE,
        variables: { id: globalId("Meeting", picks.meetingId) },
      },
      rate: RATES.meeting,
    },
    {
      key: "actions-50",
      title: "(b) open actions, first: 50",
      request: actionList(50),
      rate: RATES.list,
      list: { fullPage, sizes: [10, 50, 200] },
    },
    {
      key: "actions-200",
      title: "(b) open actions, first: 200",
      request: actionList(200),
      rate: RATES.list,
      list: { fullPage, sizes: [10, 50, 200] },
    },
    {
      key: "agreements-50",
      title: "(c) agreements with parties, first: 50",
      request: { operationName: "AgreementList", query: AGREEMENT_LIST, variables: { first: 50 } },
      rate: RATES.list,
      list: { fullPage: {}, sizes: [10, 25, 50] },
    },
  ];
}

/** The body a scenario POSTs. */
export const bodyOf = (request: GraphQLRequest): string => JSON.stringify(request);

export const reportProgress = (action: {
  readonly id: string;
  readonly version: number;
}): GraphQLRequest => ({
  operationName: "ReportProgress",
  query: REPORT_PROGRESS,
  variables: { id: globalId("Action", action.id), version: action.version, comment: REPORT_COMMENT },
});

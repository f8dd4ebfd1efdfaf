import {
  agreementRepository,
  meetingRepository,
  organizationRepository,
  seriesRepository,
  type WriteContext,
} from "@moei/db";
import { agreementDraftInputSchema } from "@moei/domain/agreement";
import { scheduleMeetingInputSchema, seriesInputSchema } from "@moei/domain/meeting";
import { contactInputSchema, organizationInputSchema } from "@moei/domain/organization";
import { type Instant, validate } from "@moei/domain/shared";
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "./signed-in.ts";
import { startServer, type TestServer } from "./support.ts";

const NOW = "2026-11-21T03:00:00Z";
const seedCtx: WriteContext = { actorId: null, at: "2026-08-01T00:00:00Z" as Instant };

function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const ACTION = /* GraphQL */ `
  fragment ActionFields on Action {
    id text status version dueOn overdue daysOverdue allowedEvents completedAt
    owners { name { en } }
    contact { name }
    meeting { id }
  }
`;

const CREATE = /* GraphQL */ `
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      __typename
      ... on CreateActionPayload { action { ...ActionFields } warnings { kind start end message } }
      ... on Error { code message }
      ... on ValidationError { fields { path key } }
      ... on PersonalDataError { findings { kind } }
    }
  }
  ${ACTION}
`;

const CHANGE = /* GraphQL */ `
  mutation ChangeActionStatus($id: ID!, $version: Int!, $event: ActionEvent!, $comment: String) {
    changeActionStatus(id: $id, version: $version, event: $event, comment: $comment) {
      __typename
      ... on ChangeActionStatusPayload {
        action { status version allowedEvents completedAt }
        progress { from to comment }
      }
      ... on Error { code message }
      ... on TransitionError { from event }
      ... on ConflictError { currentVersion }
      ... on PersonalDataError { findings { kind } }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const LIST = /* GraphQL */ `
  query Actions(
    $organizationId: ID, $seriesId: ID, $meetingId: ID, $status: [ActionStatus!], $overdue: Boolean,
    $dueFrom: Date, $dueTo: Date, $query: String, $first: Int, $after: String
  ) {
    actions(
      organizationId: $organizationId, seriesId: $seriesId, meetingId: $meetingId, status: $status,
      overdue: $overdue, dueFrom: $dueFrom, dueTo: $dueTo, query: $query, first: $first, after: $after
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { text dueOn status overdue } }
    }
  }
`;

interface Created {
  __typename: string;
  action: { id: string; version: number; status: string; text: string } & Record<string, unknown>;
  warnings: { kind: string; message: string }[];
  code?: string;
}

describe("actions over HTTP", () => {
  let s: TestServer;
  let statements = 0;
  const world = {
    orgs: [] as { id: string; gid: string }[],
    contactId: "",
    unlistedContactId: "",
    partners: { seriesId: "", meetings: [] as string[] },
    restricted: { meetingId: "" },
  };
  const meetingGid = (id: string) => encodeGlobalID("Meeting", id);

  beforeAll(async () => {
    s = await signedIn(await startServer({ now: NOW, onQuery: () => (statements += 1) }));
    const orgs = organizationRepository(s.db);
    for (const [en, kind] of [
      ["Mae Sot Legal Aid Clinic", "legal_aid"],
      ["Tak Provincial Social Development Office", "provincial_office"],
      ["Learning Centre Network", "ngo"],
    ] as const) {
      const org = must(
        orgs.create(
          seedCtx,
          must(validate(organizationInputSchema, { name: { en }, kind, location: { country: "TH" } })),
        ),
      );
      world.orgs.push({ id: org.id, gid: encodeGlobalID("Organization", org.id) });
    }
    const [a, b] = world.orgs;
    world.contactId = must(
      orgs.createContact(
        seedCtx,
        must(validate(contactInputSchema, { organizationId: a?.id, name: "Ko Min", consentToList: true })),
      ),
    ).id;
    world.unlistedContactId = must(
      orgs.createContact(
        seedCtx,
        must(validate(contactInputSchema, { organizationId: b?.id, name: "Daw Hla" })),
      ),
    ).id;
    const series = (en: string, confidentiality: string) =>
      must(
        seriesRepository(s.db).create(
          seedCtx,
          must(
            validate(seriesInputSchema, {
              kind: confidentiality === "restricted" ? "case_management" : "ngo_coordination",
              name: { en },
              memberIds: world.orgs.map((o) => o.id),
              secretariatId: a?.id,
              countries: ["TH"],
              numbering: "sequential",
              confidentiality,
              languages: ["en", "th", "my"],
            }),
          ),
        ),
      ).id;
    const schedule = (seriesId: string, start: string) =>
      must(
        meetingRepository(s.db).schedule(
          seedCtx,
          must(
            validate(scheduleMeetingInputSchema, {
              seriesId,
              start,
              zone: "Asia/Bangkok",
              durationMinutes: 120,
              mode: "in_person",
            }),
          ),
        ),
      ).id;
    world.partners.seriesId = series("Mae Sot NGO/CBO coordination meeting", "partners");
    world.partners.meetings = ["2026-09-10T09:30", "2026-10-08T09:30", "2026-11-12T09:30"].map((start) =>
      schedule(world.partners.seriesId, start),
    );
    const restricted = series("Thailand–Myanmar case management meeting", "restricted");
    world.restricted.meetingId = schedule(restricted, "2026-10-20T10:00");
  });
  afterAll(() => s.close());

  const org = (i: number) => world.orgs[i] as { id: string; gid: string };
  const partnersMeeting = (i: number) => meetingGid(world.partners.meetings[i] as string);

  async function create(input: Record<string, unknown>, headers?: Record<string, string>): Promise<Created> {
    const result = await s.gql<{ createAction: Created }>(
      CREATE,
      {
        input: {
          ownerIds: [org(0).gid],
          dueOn: "2026-12-15",
          source: { meetingId: partnersMeeting(0) },
          ...input,
        },
      },
      headers,
    );
    expect(result.body.errors).toBeUndefined();
    return result.body.data?.createAction as Created;
  }

  async function change(id: string, version: number, event: string, comment?: string) {
    const result = await s.gql<{ changeActionStatus: Record<string, unknown> }>(CHANGE, {
      id,
      version,
      event,
      comment,
    });
    expect(result.body.errors).toBeUndefined();
    return result.body.data?.changeActionStatus as Record<string, unknown>;
  }

  async function list(variables: Record<string, unknown>) {
    const result = await s.gql<{
      actions: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { text: string; dueOn: string; status: string; overdue: boolean } }[];
      };
    }>(LIST, variables);
    expect(result.body.errors).toBeUndefined();
    return result.body.data?.actions as NonNullable<typeof result.body.data>["actions"];
  }

  it("creates an action with its owners and contact, and reads it back by its global id", async () => {
    const created = await create({
      text: "Share the updated referral form with all clinics",
      ownerIds: [org(0).gid, org(1).gid],
      contactId: world.contactId,
      language: "en",
    });
    expect(created).toMatchObject({
      __typename: "CreateActionPayload",
      warnings: [],
      action: {
        status: "open",
        version: 1,
        dueOn: "2026-12-15",
        overdue: false,
        daysOverdue: 0,
        completedAt: null,
        allowedEvents: ["start", "block", "complete", "cancel"],
        owners: [
          { name: { en: "Mae Sot Legal Aid Clinic" } },
          { name: { en: "Tak Provincial Social Development Office" } },
        ],
        contact: { name: "Ko Min" },
        meeting: { id: partnersMeeting(0) },
      },
    });
    const read = await s.gql(
      `query A($id: ID!) { node(id: $id) { ... on Action { text progress { to } links { clause } agendaItem { id } decision { id } } } }`,
      { id: created.action.id },
    );
    expect(read.body.data).toEqual({
      node: {
        text: "Share the updated referral form with all clinics",
        progress: [],
        links: [],
        agendaItem: null,
        decision: null,
      },
    });
  });

  it("links an action to its agenda item, decision and agreement clause", async () => {
    const meetings = meetingRepository(s.db);
    const meetingId = world.partners.meetings[0] as string;
    const item = must(
      meetings.addAgendaItem(seedCtx, { meetingId, kind: "regular", title: { en: "Referral pathway" } }),
    );
    const meeting = must(
      meetings.applyEvent({ ...seedCtx, at: "2026-09-10T05:00:00Z" as Instant }, meetingId, 1, {
        type: "hold",
      }),
    );
    const { decision } = must(
      meetings.addDecision(seedCtx, {
        meetingId: meeting.id,
        agendaItemId: item.id,
        text: { en: "One referral form for all clinics" },
      }),
    );
    const mou = must(
      agreementRepository(s.db).createDraft(
        seedCtx,
        must(validate(agreementDraftInputSchema, { kind: "mou", title: { en: "Thailand–Myanmar MOU" } })),
      ),
    );
    const created = await create({
      text: "Print the referral form",
      source: { meetingId: partnersMeeting(0), agendaItemId: item.id, decisionId: decision.id },
      links: [{ agreementId: encodeGlobalID("Agreement", mou.id), clause: "7.2" }],
    });
    const read = await s.gql(
      `query A($id: ID!) { node(id: $id) { ... on Action {
        agendaItem { id title { en } } decision { position text { en } } links { agreement { id } clause sopStepKey }
      } } }`,
      { id: created.action.id },
    );
    expect(read.body.data).toEqual({
      node: {
        agendaItem: { id: item.id, title: { en: "Referral pathway" } },
        decision: { position: 1, text: { en: "One referral form for all clinics" } },
        links: [{ agreement: { id: encodeGlobalID("Agreement", mou.id) }, clause: "7.2", sopStepKey: null }],
      },
    });
    const foreign = await create({
      text: "Anything",
      source: { meetingId: partnersMeeting(1), agendaItemId: item.id },
    });
    expect(foreign).toMatchObject({ __typename: "ValidationError", code: "VALIDATION" });
  });

  it("hides a contact who did not agree to be listed", async () => {
    const created = await create({ text: "Confirm the shelter places", contactId: world.unlistedContactId });
    expect(created.action.contact).toBeNull();
  });

  it("answers invalid input with per-field paths and unknown references with a rule error, creating nothing", async () => {
    const before = (await list({})).totalCount;
    const invalid = await create(
      { text: " ", ownerIds: [], dueOn: "2026-12-15" },
      { "accept-language": "th" },
    );
    expect(invalid).toMatchObject({ __typename: "ValidationError", code: "VALIDATION" });
    expect((invalid as unknown as { fields: { path: string; key: string }[] }).fields).toEqual([
      { path: "text", key: "validation.required" },
      { path: "ownerIds", key: "validation.owner_required" },
    ]);
    const unknownAgreement = await create({
      text: "Follow clause 7 of the MOU",
      links: [{ agreementId: encodeGlobalID("Agreement", "agr_missing"), clause: "7" }],
    });
    expect(unknownAgreement).toMatchObject({ __typename: "ValidationError", code: "VALIDATION" });
    const unknownMeeting = await create({
      text: "Anything",
      source: { meetingId: meetingGid("mtg_missing") },
    });
    expect(unknownMeeting).toMatchObject({ __typename: "ValidationError", code: "VALIDATION" });
    expect((await list({})).totalCount).toBe(before);
  });

  it("lists by organization, status and due range with pagination and a total count", async () => {
    const owner = org(2);
    for (const [text, dueOn] of [
      ["Translate the leaflet into Burmese", "2027-01-10"],
      ["Map the learning centres in Phop Phra", "2027-01-20"],
      ["Collect the attendance sheets", "2027-02-05"],
      ["Draft the teacher training plan", "2027-02-25"],
      ["Book the venue for March", "2027-03-30"],
    ]) {
      await create({ text, dueOn, ownerIds: [owner.gid] });
    }
    const blocked = await create({
      text: "Agree on the bus route",
      dueOn: "2027-01-15",
      ownerIds: [owner.gid],
    });
    expect(await change(blocked.action.id, 1, "block", "Waiting for the district office")).toMatchObject({
      __typename: "ChangeActionStatusPayload",
    });
    const filter = {
      organizationId: owner.gid,
      status: ["open"],
      dueFrom: "2027-01-01",
      dueTo: "2027-02-28",
    };
    const first = await list({ ...filter, first: 3 });
    expect([first.totalCount, first.pageInfo.hasNextPage, first.edges.map((e) => e.node.text)]).toEqual([
      4,
      true,
      [
        "Translate the leaflet into Burmese",
        "Map the learning centres in Phop Phra",
        "Collect the attendance sheets",
      ],
    ]);
    const rest = await list({ ...filter, first: 3, after: first.pageInfo.endCursor });
    expect([rest.totalCount, rest.pageInfo.hasNextPage, rest.edges.map((e) => e.node.text)]).toEqual([
      4,
      false,
      ["Draft the teacher training plan"],
    ]);
    const both = await list({ ...filter, status: ["open", "blocked"] });
    expect(both.edges.map((e) => e.node.dueOn)).toEqual([
      "2027-01-10",
      "2027-01-15",
      "2027-01-20",
      "2027-02-05",
      "2027-02-25",
    ]);
    expect((await list({ organizationId: owner.gid, query: "venue" })).edges.map((e) => e.node.text)).toEqual(
      ["Book the venue for March"],
    );
    const bySeries = await list({
      seriesId: encodeGlobalID("Series", world.partners.seriesId),
      first: 1,
    });
    const byMeeting = await list({ meetingId: partnersMeeting(0), first: 1 });
    expect(bySeries.totalCount).toBeGreaterThanOrEqual(6);
    expect(byMeeting.totalCount).toBe(bySeries.totalCount);
  });

  it("reads a page of actions with their relations in the same number of statements whatever its size", async () => {
    const PAGE = `query P($org: ID!, $first: Int) { actions(organizationId: $org, first: $first) {
      totalCount edges { node { text overdue allowedEvents owners { name { en } } contact { name } meeting { id } progress { comment } } }
    } }`;
    const count = async (first: number) => {
      statements = 0;
      const result = await s.gql<{ actions: { edges: unknown[] } }>(PAGE, { org: org(2).gid, first });
      expect(result.body.data?.actions.edges).toHaveLength(first);
      return statements;
    };
    // The session; count and page, owners and links; then one batch each for organizations, the
    // meetings' access facts (series and confidentiality), meetings and progress.
    expect([await count(1), await count(5)]).toEqual([9, 9]);
  });

  it("derives overdue from today in Thailand as the clock moves", async () => {
    const { action } = await create({
      text: "Send the Thai minutes",
      dueOn: "2026-12-01",
      ownerIds: [org(1).gid],
    });
    const read = async () =>
      (
        await s.gql<{ node: { overdue: boolean; daysOverdue: number } }>(
          `query A($id: ID!) { node(id: $id) { ... on Action { overdue daysOverdue } } }`,
          { id: action.id },
        )
      ).body.data?.node;
    const overdueTexts = async () =>
      (await list({ organizationId: org(1).gid, overdue: true })).edges.map((e) => e.node.text);
    try {
      expect(await read()).toEqual({ overdue: false, daysOverdue: 0 });
      // 2026-12-01 23:30 in Bangkok: still the due date there.
      s.setNow("2026-12-01T16:30:00Z");
      expect(await read()).toEqual({ overdue: false, daysOverdue: 0 });
      // 00:30 on 2 December in Bangkok, although still 1 December in UTC.
      s.setNow("2026-12-01T17:30:00Z");
      expect(await read()).toEqual({ overdue: true, daysOverdue: 1 });
      expect(await overdueTexts()).toEqual(["Send the Thai minutes"]);
      s.setNow("2026-12-11T03:00:00Z");
      expect(await read()).toEqual({ overdue: true, daysOverdue: 10 });
      expect(await change(action.id, 1, "complete", "Sent on 10 December")).toMatchObject({
        action: { status: "done", completedAt: "2026-12-11T03:00:00Z" },
      });
      expect(await read()).toEqual({ overdue: false, daysOverdue: 0 });
      expect(await overdueTexts()).toEqual([]);
    } finally {
      s.setNow(NOW);
    }
    const refused = await s.gql(LIST, { overdue: false });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("changes status by the lifecycle, with a comment where one is required, and keeps the history", async () => {
    const { action } = await create({ text: "Confirm the S'gaw Karen interpreter" });
    expect(await change(action.id, 0, "start", "x".repeat(4001))).toMatchObject({
      __typename: "ValidationError",
      fields: [
        { path: "version", key: "validation.invalid_version" },
        { path: "comment", key: "validation.too_long" },
      ],
    });
    const noComment = await change(action.id, 1, "block");
    expect(noComment).toMatchObject({ __typename: "RuleError", code: "ACTION.COMMENT_REQUIRED" });
    expect(String(noComment.message)).toMatch(/comment/i);
    expect(await change(action.id, 1, "unblock")).toMatchObject({
      __typename: "TransitionError",
      code: "ACTION.TRANSITION_FORBIDDEN",
      from: "open",
      event: "unblock",
    });
    expect(await change(action.id, 1, "start")).toEqual({
      __typename: "ChangeActionStatusPayload",
      action: {
        status: "in_progress",
        version: 2,
        allowedEvents: ["block", "complete", "cancel", "report"],
        completedAt: null,
      },
      progress: { from: "open", to: "in_progress", comment: "" },
    });
    expect(await change(action.id, 2, "report")).toMatchObject({ code: "ACTION.COMMENT_REQUIRED" });
    expect(await change(action.id, 2, "report", "Two candidates interviewed")).toMatchObject({
      action: { status: "in_progress", version: 3 },
      progress: { from: "in_progress", to: "in_progress" },
    });
    const history = await s.gql(
      `query A($id: ID!) { node(id: $id) { ... on Action { version progress { from to comment authorId at } } } }`,
      { id: action.id },
    );
    // The history names who wrote each entry: the signed-in user.
    const me = await s.gql<{ me: { id: string } }>("query Me { me { id } }");
    const authorId = decodeGlobalID(me.body.data?.me.id ?? "").id;
    expect(history.body.data).toEqual({
      node: {
        version: 3,
        progress: [
          { from: "open", to: "in_progress", comment: "", authorId, at: NOW },
          {
            from: "in_progress",
            to: "in_progress",
            comment: "Two candidates interviewed",
            authorId,
            at: NOW,
          },
        ],
      },
    });
  });

  it("refuses a change based on a stale version with the current version, changing nothing", async () => {
    const { action } = await create({ text: "Print the SOP flowchart" });
    await change(action.id, 1, "start");
    expect(await change(action.id, 1, "complete", "Printed")).toMatchObject({
      __typename: "ConflictError",
      code: "CONFLICT",
      currentVersion: 2,
    });
    const stale = await s.gql(
      `mutation U($id: ID!) { updateAction(id: $id, version: 1, input: { text: "Print it in colour" }) { __typename ... on ConflictError { currentVersion } } }`,
      { id: action.id },
    );
    expect(stale.body.data).toEqual({ updateAction: { __typename: "ConflictError", currentVersion: 2 } });
    const read = await s.gql(
      `query A($id: ID!) { node(id: $id) { ... on Action { text status version } } }`,
      {
        id: action.id,
      },
    );
    expect(read.body.data).toEqual({
      node: { text: "Print the SOP flowchart", status: "in_progress", version: 2 },
    });
  });

  it("updates text, owners, due date and contact of the given version", async () => {
    const { action } = await create({ text: "Visit the shelter", contactId: world.contactId });
    const UPDATE = `mutation U($id: ID!, $version: Int!, $input: UpdateActionInput!) {
      updateAction(id: $id, version: $version, input: $input) {
        __typename
        ... on UpdateActionPayload { action { text dueOn version owners { name { en } } contact { name } } warnings { kind } }
        ... on ValidationError { fields { path key } }
        ... on Error { code }
      }
    }`;
    const updated = await s.gql(UPDATE, {
      id: action.id,
      version: 1,
      input: {
        text: "Visit the shelter in Mae Ramat",
        ownerIds: [org(1).gid],
        dueOn: "2027-01-31",
        contactId: null,
      },
    });
    expect(updated.body.data).toEqual({
      updateAction: {
        __typename: "UpdateActionPayload",
        action: {
          text: "Visit the shelter in Mae Ramat",
          dueOn: "2027-01-31",
          version: 2,
          owners: [{ name: { en: "Tak Provincial Social Development Office" } }],
          contact: null,
        },
        warnings: [],
      },
    });
    const noOwner = await s.gql(UPDATE, { id: action.id, version: 2, input: { ownerIds: [] } });
    expect(noOwner.body.data).toEqual({
      updateAction: {
        __typename: "ValidationError",
        code: "VALIDATION",
        fields: [{ path: "ownerIds", key: "validation.owner_required" }],
      },
    });
    const missing = await s.gql(UPDATE, {
      id: encodeGlobalID("Action", "act_missing"),
      version: 1,
      input: {},
    });
    expect(missing.body.data).toEqual({ updateAction: { __typename: "NotFoundError", code: "NOT_FOUND" } });
  });

  it("refuses personal data in a restricted series and warns about it in a partners series", async () => {
    const text = "Call Ma Aye on 081-234-5678 about the return";
    const before = (await list({ meetingId: meetingGid(world.restricted.meetingId) })).totalCount;
    const refused = await create({ text, source: { meetingId: meetingGid(world.restricted.meetingId) } });
    expect(refused).toMatchObject({
      __typename: "PersonalDataError",
      code: "PRIVACY.PERSONAL_DATA",
      findings: [{ kind: "phone" }],
    });
    expect((await list({ meetingId: meetingGid(world.restricted.meetingId) })).totalCount).toBe(before);

    const warned = await create({ text }, { "accept-language": "th" });
    expect(warned.__typename).toBe("CreateActionPayload");
    expect(warned.warnings).toEqual([
      expect.objectContaining({
        kind: "phone",
        start: 15,
        end: 27,
        message: expect.stringMatching(/[\u0E00-\u0E7F]/),
      }),
    ]);

    // A comment is free text too, judged by the action's meeting.
    const clean = await create({
      text: "Arrange the case conference",
      source: { meetingId: meetingGid(world.restricted.meetingId) },
    });
    expect(await change(clean.action.id, 1, "block", "Waiting for passport MB1234567")).toMatchObject({
      __typename: "PersonalDataError",
      findings: [{ kind: "passport" }],
    });
    expect(await change(clean.action.id, 1, "start")).toMatchObject({ action: { version: 2 } });
  });

  it("brings open actions back as matters arising at a later meeting, batched over meetings", async () => {
    const [sept, oct, nov] = [0, 1, 2].map(partnersMeeting) as [string, string, string];
    const owner = org(0).gid;
    const old = await create({
      text: "MA: renew the referral MOU annex",
      dueOn: "2026-10-01",
      ownerIds: [owner],
      source: { meetingId: sept },
    });
    await create({
      text: "MA: collect the school enrolment numbers",
      dueOn: "2026-12-31",
      ownerIds: [owner],
      source: { meetingId: oct },
    });
    const done = await create({
      text: "MA: circulate the contact list",
      dueOn: "2026-09-30",
      ownerIds: [owner],
      source: { meetingId: sept },
    });
    await change(done.action.id, 1, "complete", "");
    const MATTERS = `query M($ids: [ID!]!) { nodes(ids: $ids) { ... on Meeting {
      mattersArising { action { text } carriedOver overdue }
      actions { text }
    } } }`;
    const result = await s.gql<{
      nodes: {
        mattersArising: { action: { text: string }; carriedOver: number; overdue: boolean }[];
        actions: { text: string }[];
      }[];
    }>(MATTERS, { ids: [nov, oct] });
    expect(result.body.errors).toBeUndefined();
    const [atNov, atOct] = result.body.data?.nodes ?? [];
    const ours = (m: typeof atNov) =>
      (m?.mattersArising ?? [])
        .filter((x) => x.action.text.startsWith("MA:"))
        .map((x) => [x.action.text, x.carriedOver, x.overdue]);
    expect(ours(atNov)).toEqual([
      ["MA: renew the referral MOU annex", 2, true],
      ["MA: collect the school enrolment numbers", 1, false],
    ]);
    expect(ours(atOct)).toEqual([["MA: renew the referral MOU annex", 1, true]]);
    expect(atOct?.actions.map((a) => a.text)).toContain("MA: collect the school enrolment numbers");
    expect(old.action.status).toBe("open");

    // The same query for three meetings costs no more SQL statements than for one. (One fewer here: the
    // access check of a matter's source meeting is answered from the request's cache when that meeting
    // was itself asked for.)
    statements = 0;
    await s.gql(MATTERS, { ids: [oct] });
    const forOne = statements;
    statements = 0;
    await s.gql(MATTERS, { ids: [nov, oct, sept] });
    expect(statements).toBeLessThanOrEqual(forOne);
    expect(statements).toBeGreaterThanOrEqual(forOne - 1);
  });

  it("pages each organization's open actions, batched over organizations", async () => {
    const OPEN = `query O($ids: [ID!]!, $after: String) { nodes(ids: $ids) { ... on Organization {
      openActions(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { status dueOn owners { id } } } }
    } } }`;
    type Open = {
      nodes: {
        openActions: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { status: string; dueOn: string; owners: { id: string }[] } }[];
        };
      }[];
    };
    const ids = [org(2).gid, org(1).gid];
    const result = await s.gql<Open>(OPEN, { ids });
    expect(result.body.errors).toBeUndefined();
    const [c] = result.body.data?.nodes ?? [];
    expect(c?.openActions.totalCount).toBe(6);
    expect(c?.openActions.edges.map((e) => [e.node.dueOn, e.node.status])).toEqual([
      ["2027-01-10", "open"],
      ["2027-01-15", "blocked"],
    ]);
    for (const node of result.body.data?.nodes ?? []) {
      for (const e of node.openActions.edges)
        expect(["open", "in_progress", "blocked"]).toContain(e.node.status);
    }
    const next = await s.gql<Open>(OPEN, { ids: [org(2).gid], after: c?.openActions.pageInfo.endCursor });
    expect(next.body.data?.nodes[0]?.openActions.edges.map((e) => e.node.dueOn)).toEqual([
      "2027-01-20",
      "2027-02-05",
    ]);

    const invalid = await s.gql(OPEN, { ids, after: "not-a-cursor" });
    expect(invalid.body.errors?.map((e) => e.extensions?.code)).toEqual(["INVALID_CURSOR", "INVALID_CURSOR"]);

    // Owners are left out here: with more organizations asked for, more of them are already loaded.
    const COUNTED = `query O($ids: [ID!]!) { nodes(ids: $ids) { ... on Organization {
      openActions(first: 2) { totalCount edges { node { text } } }
    } } }`;
    statements = 0;
    await s.gql(COUNTED, { ids: [org(0).gid] });
    const forOne = statements;
    statements = 0;
    await s.gql(COUNTED, { ids: world.orgs.map((o) => o.gid) });
    expect(statements).toBe(forOne);
  });

  it("changes many actions at once and reports each outcome, a stale one included", async () => {
    const created = await Promise.all(
      ["Bulk: brief the shelters", "Bulk: brief the hospitals", "Bulk: brief the schools"].map((text) =>
        create({ text }),
      ),
    );
    const [first, stale, third] = created.map((c) => c.action.id) as [string, string, string];
    await change(stale, 1, "start");
    const BULK = `mutation B($items: [ActionVersionInput!]!, $event: ActionEvent!, $comment: String) {
      bulkChangeActionStatus(items: $items, event: $event, comment: $comment) {
        __typename
        ... on BulkChangeActionStatusPayload {
          changed
          outcomes {
            id
            result {
              __typename
              ... on ChangeActionStatusPayload { action { status version } progress { comment } }
              ... on ConflictError { currentVersion }
              ... on Error { code }
            }
          }
        }
        ... on ValidationError { fields { path key } }
      }
    }`;
    const result = await s.gql(BULK, {
      items: [
        { id: first, version: 1 },
        { id: stale, version: 1 },
        { id: third, version: 1 },
      ],
      event: "complete",
      comment: "Briefed at the November meeting",
    });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toEqual({
      bulkChangeActionStatus: {
        __typename: "BulkChangeActionStatusPayload",
        changed: 2,
        outcomes: [
          {
            id: first,
            result: {
              __typename: "ChangeActionStatusPayload",
              action: { status: "done", version: 2 },
              progress: { comment: "Briefed at the November meeting" },
            },
          },
          { id: stale, result: { __typename: "ConflictError", currentVersion: 2, code: "CONFLICT" } },
          {
            id: third,
            result: {
              __typename: "ChangeActionStatusPayload",
              action: { status: "done", version: 2 },
              progress: { comment: "Briefed at the November meeting" },
            },
          },
        ],
      },
    });
    const read = await s.gql(`query A($id: ID!) { node(id: $id) { ... on Action { status version } } }`, {
      id: stale,
    });
    expect(read.body.data).toEqual({ node: { status: "in_progress", version: 2 } });

    const tooMany = await s.gql(BULK, {
      items: Array.from({ length: 101 }, () => ({ id: first, version: 2 })),
      event: "reopen",
      comment: "Again",
    });
    expect(tooMany.body.data).toEqual({
      bulkChangeActionStatus: {
        __typename: "ValidationError",
        fields: [{ path: "items", key: "validation.too_many" }],
      },
    });
  });
});

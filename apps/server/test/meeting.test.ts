import { agreementRepository } from "@moei/db";
import { agreementDraftInputSchema } from "@moei/domain/agreement";
import { thaiNationalId } from "@moei/domain/data-protection";
import { validate } from "@moei/domain/shared";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signedIn } from "./signed-in.ts";
import { startServer, type TestServer } from "./support.ts";

type Result = { __typename: string; code?: string; message?: string } & Record<string, unknown>;
type Item = { id: string; position: number; title: { en: string } };

const NOW = "2026-11-21T03:00:00Z";
/** An hour into a meeting held 10:00–13:00 Bangkok time on 10 December 2026. */
const DURING = "2026-12-10T04:00:00Z";

const CREATE_ORG = /* GraphQL */ `
  mutation CreateOrganization($input: OrganizationInput!) {
    createOrganization(input: $input) { ... on Organization { id } }
  }
`;
const CREATE_SERIES = /* GraphQL */ `
  mutation CreateSeries($input: SeriesInput!) {
    createSeries(input: $input) { __typename ... on Series { id } ... on Error { code } }
  }
`;

const MEETING = /* GraphQL */ `
  fragment MeetingFields on Meeting {
    id version status start end zone mode venue hostSide interpretation
    number { ordinal year } numberLabel
    series { name { en } }
    allowedEvents
  }
`;

const SCHEDULE = /* GraphQL */ `
  ${MEETING}
  mutation Schedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      __typename ...MeetingFields
      ... on Error { code message }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const RESCHEDULE = /* GraphQL */ `
  ${MEETING}
  mutation Reschedule($id: ID!, $version: Int!, $start: LocalDateTime!, $zone: TimeZone!, $duration: Int!) {
    rescheduleMeeting(id: $id, version: $version, start: $start, zone: $zone, durationMinutes: $duration) {
      __typename ...MeetingFields
      ... on Meeting { times(lang: en) { label time } }
      ... on Error { code message }
      ... on ConflictError { currentVersion }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const STEP = /* GraphQL */ `
  ${MEETING}
  mutation Step($id: ID!, $version: Int!, $event: MeetingEventType!) {
    changeMeetingStatus(id: $id, version: $version, event: $event) {
      __typename ...MeetingFields
      ... on Error { code message }
      ... on TransitionError { from event }
      ... on ConflictError { currentVersion }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const INVITE_MEMBERS = /* GraphQL */ `
  mutation Invite($id: ID!) {
    inviteSeriesMembers(meetingId: $id) {
      __typename
      ... on Meeting { invitations { organization { name { en } } rsvp respondedAt } }
      ... on Error { code }
    }
  }
`;

const INVITE = /* GraphQL */ `
  mutation Invite($id: ID!, $orgs: [ID!]!) {
    inviteOrganizations(meetingId: $id, organizationIds: $orgs) {
      __typename
      ... on Meeting { invitations { organization { name { en } } rsvp } }
      ... on Error { code }
    }
  }
`;

const RESPOND = /* GraphQL */ `
  mutation Respond($id: ID!, $org: ID!, $rsvp: Rsvp!) {
    respondToInvitation(meetingId: $id, organizationId: $org, rsvp: $rsvp) {
      __typename
      ... on Invitation { organization { name { en } } rsvp respondedAt meeting { status } }
      ... on Error { code }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const ATTEND = /* GraphQL */ `
  mutation Attend($id: ID!, $rows: [AttendanceRowInput!]!) {
    recordAttendance(meetingId: $id, rows: $rows) {
      __typename
      ... on Meeting {
        attendance { organization { name { en } } status delegates }
        quorum { members present required met }
        allowedEvents
      }
      ... on Error { code }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const ADD_ITEM = /* GraphQL */ `
  mutation AddItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      __typename
      ... on AgendaItem {
        id position kind title { en th } durationMinutes
        presenter { name { en } }
        link { agreement { title { en } } clause sopStepKey }
        meeting { status }
      }
      ... on Error { code }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const UPDATE_ITEM = /* GraphQL */ `
  mutation UpdateItem($id: ID!, $input: UpdateAgendaItemInput!) {
    updateAgendaItem(id: $id, input: $input) {
      __typename
      ... on AgendaItem { id position title { en } durationMinutes presenter { name { en } } link { clause } }
      ... on Error { code }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const AGENDA = /* GraphQL */ `
  fragment Agenda on Meeting { agenda { id position title { en } } }
`;

const REORDER = /* GraphQL */ `
  ${AGENDA}
  mutation Reorder($id: ID!, $items: [ID!]!) {
    reorderAgenda(meetingId: $id, itemIds: $items) { __typename ...Agenda ... on Error { code message } }
  }
`;

const REMOVE_ITEM = /* GraphQL */ `
  ${AGENDA}
  mutation Remove($id: ID!) {
    removeAgendaItem(id: $id) { __typename ...Agenda ... on Error { code } }
  }
`;

const SAVE_MINUTES = /* GraphQL */ `
  mutation Save($id: ID!, $item: ID!, $language: Language!, $body: String!, $base: Int!) {
    saveMinutes(meetingId: $id, agendaItemId: $item, language: $language, body: $body, baseVersion: $base) {
      __typename
      ... on SaveMinutesPayload {
        minutes { language body version updatedAt agendaItem { title { en } } }
        warnings { kind start end message }
      }
      ... on Error { code message }
      ... on ConflictError { currentVersion }
      ... on PersonalDataError { findings { kind } }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const ADD_DECISION = /* GraphQL */ `
  mutation Decide($id: ID!, $item: ID, $text: LocalizedTextInput!) {
    addDecision(meetingId: $id, agendaItemId: $item, text: $text) {
      __typename
      ... on AddDecisionPayload {
        decision { id position text { en th } agendaItem { title { en } } meeting { status } }
        warnings { kind }
      }
      ... on Error { code }
      ... on PersonalDataError { findings { kind } }
    }
  }
`;

const READ = /* GraphQL */ `
  ${MEETING}
  query Meeting($id: ID!) {
    node(id: $id) {
      ...MeetingFields
      ... on Meeting {
        times { zone local offset label time }
        agenda { id position title { en } minutes { language body version } }
        decisions { position text { en } agendaItem { title { en } } }
        missingTranslations { agendaItem { title { en } } languages }
        invitations { organization { name { en } } rsvp }
        attendance { status }
        quorum { members present required met }
      }
    }
  }
`;

describe("meetings over HTTP", () => {
  let s: TestServer;
  const orgs: Record<string, string> = {};
  let border: string;
  let restricted: string;
  let agreementId: string;

  const gql = async <T = Result>(query: string, variables: Record<string, unknown>, field: string) => {
    const r = await s.gql<Record<string, T>>(query, variables);
    if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
    return r.body.data?.[field] as T;
  };
  const schedule = (seriesId: string, extra: Record<string, unknown> = {}) =>
    gql(
      SCHEDULE,
      {
        input: {
          seriesId,
          start: "2026-12-10T10:00",
          zone: "Asia/Bangkok",
          durationMinutes: 180,
          mode: "in_person",
          ...extra,
        },
      },
      "scheduleMeeting",
    );
  const step = (id: string, version: number, event: string) =>
    gql(STEP, { id, version, event }, "changeMeetingStatus");
  const read = (id: string) => gql(READ, { id }, "node");
  const addItem = (meetingId: string, en: string, extra: Record<string, unknown> = {}) =>
    gql(ADD_ITEM, { input: { meetingId, title: { en }, ...extra } }, "addAgendaItem");
  const save = (id: string, item: string, body: string, base: number, language = "en") =>
    gql(SAVE_MINUTES, { id, item, language, body, base }, "saveMinutes");
  /** A scheduled meeting of `series`, held: now is an hour after its start. */
  const heldMeeting = async (seriesId: string) => {
    s.setNow(NOW);
    const m = await schedule(seriesId);
    const item = await addItem(m.id as string, "Situation report");
    s.setNow(DURING);
    const held = await step(m.id as string, 1, "hold");
    expect(held.status).toBe("held");
    return { id: m.id as string, item: item.id as string };
  };

  beforeAll(async () => {
    s = await signedIn(await startServer({ now: NOW }));
    const org = async (en: string, kind = "ngo", country = "TH") => {
      const r = await s.gql<{ createOrganization: { id: string } }>(CREATE_ORG, {
        input: { name: { en }, kind, location: { country } },
      });
      orgs[en] = r.body.data?.createOrganization.id as string;
    };
    await org("Tak PSDHS", "provincial_office");
    await org("Myawaddy Police", "police", "MM");
    await org("Clinic A");
    await org("Legal Aid C");
    await org("Women's Group D");
    await org("Stranger");
    const series = async (input: Record<string, unknown>) => {
      const r = await s.gql<{ createSeries: { id: string } }>(CREATE_SERIES, {
        input: {
          memberIds: [
            orgs["Myawaddy Police"],
            orgs["Clinic A"],
            orgs["Legal Aid C"],
            orgs["Women's Group D"],
          ],
          secretariatId: orgs["Tak PSDHS"],
          countries: ["TH", "MM"],
          languages: ["th", "my", "en"],
          ...input,
        },
      });
      return r.body.data?.createSeries.id as string;
    };
    border = await series({
      kind: "bcatip",
      name: { en: "Mae Sot–Myawaddy BCATIP" },
      numbering: "thai_year",
      confidentiality: "partners",
      quorum: 0.5,
    });
    restricted = await series({
      kind: "case_management",
      name: { en: "Thailand–Myanmar case management meeting" },
      numbering: "sequential",
      confidentiality: "restricted",
    });
    const mou = validate(agreementDraftInputSchema, {
      kind: "sop",
      title: { en: "Bilateral SOP on repatriation" },
    });
    if (!mou.ok) throw new Error("invalid agreement");
    const created = agreementRepository(s.db).createDraft({ actorId: null, at: NOW as never }, mou.value);
    if (!created.ok) throw new Error("agreement not created");
    agreementId = encodeGlobalID("Agreement", created.value.id);
  });
  afterAll(() => s.close());
  beforeEach(() => s.setNow(NOW));

  it("schedules a cross-border meeting and shows its start in Thailand and Myanmar time", async () => {
    const m = await schedule(border, {
      venue: "Mae Sot District Office",
      hostSide: "TH",
      interpretation: ["my"],
    });
    expect(m).toMatchObject({
      __typename: "Meeting",
      status: "scheduled",
      version: 1,
      start: "2026-12-10T03:00:00Z",
      end: "2026-12-10T06:00:00Z",
      zone: "Asia/Bangkok",
      mode: "in_person",
      venue: "Mae Sot District Office",
      hostSide: "TH",
      interpretation: ["my"],
      number: { ordinal: 1, year: 2569 },
      numberLabel: "1/2569",
      series: { name: { en: "Mae Sot–Myawaddy BCATIP" } },
    });
    expect([...(m.allowedEvents as string[])].sort()).toEqual(["cancel", "postpone", "reschedule"]);
    const times = await gql(
      `query T($id: ID!) { node(id: $id) { ... on Meeting {
        en: times(lang: en) { zone local offset label time } my: times(lang: my) { label time } } } }`,
      { id: m.id },
      "node",
    );
    expect(times).toEqual({
      en: [
        {
          zone: "Asia/Bangkok",
          local: "2026-12-10T10:00",
          offset: "+07:00",
          label: "Thailand",
          time: "10:00",
        },
        { zone: "Asia/Yangon", local: "2026-12-10T09:30", offset: "+06:30", label: "Myanmar", time: "09:30" },
      ],
      my: [
        { label: "ထိုင်း", time: "၁၀:၀၀" },
        { label: "မြန်မာ", time: "၀၉:၃၀" },
      ],
    });
    const th = await s.gql(
      `query T($id: ID!) { node(id: $id) { ... on Meeting { statusLabel numberLabel } } }`,
      { id: m.id },
      { "accept-language": "th" },
    );
    expect(th.body.data?.node).toEqual({
      statusLabel: expect.stringMatching(/[\u0E00-\u0E7F]/),
      numberLabel: "1/2569",
    });
  });

  it("answers invalid scheduling input with per-field errors and schedules nothing", async () => {
    const count = async () =>
      (
        await gql<{ totalCount: number }>(
          `query C($s: ID!) { meetings(seriesId: $s) { totalCount } }`,
          { s: restricted },
          "meetings",
        )
      ).totalCount;
    const before = await count();
    const invalid = await schedule(restricted, {
      durationMinutes: 5,
      onlineUrl: "http://meet.example.org/x",
      title: { en: "" },
    });
    expect(invalid.__typename).toBe("ValidationError");
    expect((invalid.fields as { path: string }[]).map((f) => f.path).sort()).toEqual([
      "durationMinutes",
      "onlineUrl",
      "title.en",
    ]);
    const unknown = await schedule(encodeGlobalID("Series", "ser_missing"));
    expect(unknown).toMatchObject({ __typename: "ValidationError", code: "VALIDATION" });
    expect(await count()).toBe(before);
  });

  it("reschedules at a wall-clock time in a zone; stale versions and the past are refused", async () => {
    const m = await schedule(border, { start: "2026-12-11T10:00" });
    const reschedule = (version: number, start: string, duration = 120) =>
      gql(RESCHEDULE, { id: m.id, version, start, zone: "Asia/Yangon", duration }, "rescheduleMeeting");
    const moved = await reschedule(1, "2026-12-17T09:30");
    expect(moved).toMatchObject({
      __typename: "Meeting",
      start: "2026-12-17T03:00:00Z",
      end: "2026-12-17T05:00:00Z",
      zone: "Asia/Yangon",
      version: 2,
      // The host's zone first.
      times: [
        { label: "Myanmar", time: "09:30" },
        { label: "Thailand", time: "10:00" },
      ],
    });
    expect(await reschedule(1, "2026-12-18T09:30")).toMatchObject({
      __typename: "ConflictError",
      currentVersion: 2,
    });
    expect(await reschedule(2, "2026-12-18T09:30", 10)).toMatchObject({
      __typename: "ValidationError",
      fields: [{ path: "durationMinutes", key: "validation.too_small" }],
    });
    s.setNow("2027-01-01T00:00:00Z");
    expect(await reschedule(2, "2026-12-20T09:30")).toMatchObject({
      __typename: "RuleError",
      code: "MEETING.IN_PAST",
    });
    expect(await read(m.id as string)).toMatchObject({ start: "2026-12-17T03:00:00Z", version: 2 });
  });

  it("runs a meeting to approved minutes, refusing the steps its guards forbid", async () => {
    const m = await schedule(border, { start: "2026-12-10T10:00" });
    const id = m.id as string;

    // Invitations and replies before the meeting.
    const invited = await gql(INVITE_MEMBERS, { id }, "inviteSeriesMembers");
    expect((invited.invitations as unknown[]).length).toBe(5);
    expect(
      await gql(RESPOND, { id, org: orgs["Clinic A"], rsvp: "accepted" }, "respondToInvitation"),
    ).toMatchObject({
      __typename: "Invitation",
      organization: { name: { en: "Clinic A" } },
      rsvp: "accepted",
      respondedAt: NOW,
      meeting: { status: "scheduled" },
    });
    expect(
      await gql(RESPOND, { id, org: orgs.Stranger, rsvp: "declined" }, "respondToInvitation"),
    ).toMatchObject({
      __typename: "RuleError",
      code: "INVITATION.NOT_INVITED",
    });
    expect(
      await gql(RESPOND, { id, org: orgs["Clinic A"], rsvp: "pending" }, "respondToInvitation"),
    ).toMatchObject({
      __typename: "ValidationError",
      fields: [{ path: "rsvp" }],
    });
    const item = await addItem(id, "Situation report");

    // Not before it starts.
    expect(await step(id, 1, "hold")).toMatchObject({ __typename: "RuleError", code: "MEETING.NOT_STARTED" });
    const early = await gql(
      ATTEND,
      { id, rows: [{ organizationId: orgs["Clinic A"], status: "present" }] },
      "recordAttendance",
    );
    expect(early).toMatchObject({ __typename: "RuleError", code: "MEETING.NOT_STARTED" });
    expect(await read(id)).toMatchObject({ status: "scheduled", version: 1, attendance: [] });

    s.setNow(DURING);
    expect(await read(id)).toMatchObject({ allowedEvents: expect.arrayContaining(["hold"]) });
    expect(await step(id, 2, "hold")).toMatchObject({ __typename: "ConflictError", currentVersion: 1 });
    expect(await step(id, 1, "reschedule")).toMatchObject({
      __typename: "ValidationError",
      fields: [{ path: "event", key: "validation.invalid_choice" }],
    });
    const held = await step(id, 1, "hold");
    expect(held).toMatchObject({ status: "held", version: 2 });
    expect(await step(id, 2, "approve")).toMatchObject({
      __typename: "TransitionError",
      code: "MEETING.TRANSITION_FORBIDDEN",
      from: "held",
      event: "approve",
    });

    // The first minutes move the meeting to "minutes draft"; no circulation without attendance.
    expect(await save(id, item.id as string, "ที่ประชุมรับทราบรายงานสถานการณ์", 0, "th")).toMatchObject({
      __typename: "SaveMinutesPayload",
      minutes: {
        language: "th",
        version: 1,
        updatedAt: DURING,
        agendaItem: { title: { en: "Situation report" } },
      },
      warnings: [],
    });
    const drafted = await read(id);
    expect(drafted).toMatchObject({ status: "minutes_draft", version: 3 });
    expect(drafted.allowedEvents).not.toContain("circulate");
    expect(await step(id, 3, "circulate")).toMatchObject({
      __typename: "RuleError",
      code: "MEETING.NO_ATTENDANCE",
    });

    const attended = await gql(
      ATTEND,
      {
        id,
        rows: [
          { organizationId: orgs["Tak PSDHS"], status: "present", delegates: [" Khun Somchai "] },
          { organizationId: orgs["Myawaddy Police"], status: "remote", delegates: ["U Aung"] },
          { organizationId: orgs["Clinic A"], status: "present" },
          { organizationId: orgs["Legal Aid C"], status: "absent" },
          { organizationId: orgs.Stranger, status: "present" },
        ],
      },
      "recordAttendance",
    );
    expect(attended).toMatchObject({
      __typename: "Meeting",
      quorum: { members: 5, present: 3, required: 3, met: true },
      allowedEvents: expect.arrayContaining(["circulate"]),
    });
    expect(
      (attended.attendance as { organization: { name: { en: string } }; delegates: string[] }[]).find(
        (a) => a.organization.name.en === "Tak PSDHS",
      )?.delegates,
    ).toEqual(["Khun Somchai"]);
    const duplicate = await gql(
      ATTEND,
      {
        id,
        rows: [
          { organizationId: orgs["Clinic A"], status: "present" },
          { organizationId: orgs["Clinic A"], status: "absent" },
        ],
      },
      "recordAttendance",
    );
    expect(duplicate).toMatchObject({ __typename: "ValidationError", fields: [{ path: "rows" }] });

    const circulated = await step(id, 3, "circulate");
    expect(circulated).toMatchObject({ status: "minutes_circulated", version: 4 });
    expect(await save(id, item.id as string, "Late addition", 0)).toMatchObject({
      __typename: "RuleError",
      code: "MEETING.LOCKED",
    });
    expect(await step(id, 4, "reopen_minutes")).toMatchObject({ status: "minutes_draft", version: 5 });
    expect(await step(id, 5, "circulate")).toMatchObject({ status: "minutes_circulated", version: 6 });
    const approved = await step(id, 6, "approve");
    expect(approved).toMatchObject({
      __typename: "Meeting",
      status: "minutes_approved",
      version: 7,
      allowedEvents: [],
    });
    expect(await gql(INVITE, { id, orgs: [orgs.Stranger] }, "inviteOrganizations")).toMatchObject({
      __typename: "RuleError",
      code: "MEETING.LOCKED",
    });
    expect(await step(encodeGlobalID("Meeting", "mtg_missing"), 1, "cancel")).toMatchObject({
      __typename: "NotFoundError",
    });
  });

  it("invites organizations once each, and refuses unknown ones", async () => {
    const m = await schedule(border, { start: "2026-12-12T10:00" });
    const once = await gql(
      INVITE,
      { id: m.id, orgs: [orgs["Clinic A"], orgs.Stranger] },
      "inviteOrganizations",
    );
    const twice = await gql(
      INVITE,
      { id: m.id, orgs: [orgs.Stranger, orgs["Legal Aid C"]] },
      "inviteOrganizations",
    );
    const names = (r: Result) =>
      (r.invitations as { organization: { name: { en: string } } }[])
        .map((i) => i.organization.name.en)
        .sort();
    expect(names(once)).toEqual(["Clinic A", "Stranger"]);
    expect(names(twice)).toEqual(["Clinic A", "Legal Aid C", "Stranger"]);
    const unknown = await gql(
      INVITE,
      { id: m.id, orgs: [encodeGlobalID("Organization", "org_missing")] },
      "inviteOrganizations",
    );
    expect(unknown).toMatchObject({ __typename: "ValidationError", code: "VALIDATION" });
    expect(((await read(m.id as string)).invitations as unknown[]).length).toBe(3);
  });

  it("refuses the second of two editors saving minutes from the same version, keeping the first text", async () => {
    const { id, item } = await heldMeeting(border);
    expect(await save(id, item, "First editor's text", 0)).toMatchObject({ minutes: { version: 1 } });
    const second = await save(id, item, "Second editor's text", 0);
    expect(second).toMatchObject({ __typename: "ConflictError", code: "CONFLICT", currentVersion: 1 });
    expect(second.message).toMatch(/version 1/);
    const after = await read(id);
    expect((after.agenda as { minutes: unknown[] }[])[0]?.minutes).toEqual([
      { language: "en", body: "First editor's text", version: 1 },
    ]);
    // Reloaded, the second editor saves on top of the first.
    expect(await save(id, item, "Second editor's text", 1)).toMatchObject({ minutes: { version: 2 } });
    expect(await save(id, item, "x", -1)).toMatchObject({
      __typename: "ValidationError",
      fields: [{ path: "baseVersion" }],
    });
  });

  it("refuses a phone number in restricted minutes and decisions, and only warns elsewhere", async () => {
    const closed = await heldMeeting(restricted);
    const body = "Case CMM30-L017: contact the family on +95 9 421 234 567.";
    const refused = await save(closed.id, closed.item, body, 0);
    expect(refused).toMatchObject({
      __typename: "PersonalDataError",
      code: "PRIVACY.PERSONAL_DATA",
      findings: [{ kind: "phone" }],
    });
    expect(
      await gql(ADD_DECISION, { id: closed.id, text: { en: `Call ${"+66 81 234 5678"}` } }, "addDecision"),
    ).toMatchObject({
      __typename: "PersonalDataError",
      findings: [{ kind: "phone" }],
    });
    expect(await read(closed.id)).toMatchObject({
      status: "held",
      agenda: [{ minutes: [] }],
      decisions: [],
    });

    const open = await heldMeeting(border);
    const warned = await save(open.id, open.item, body, 0);
    expect(warned).toMatchObject({
      __typename: "SaveMinutesPayload",
      minutes: { body, version: 1 },
      warnings: [{ kind: "phone", message: expect.any(String) }],
    });
    const [warning] = warned.warnings as { start: number; end: number }[];
    expect(body.slice(warning?.start, warning?.end)).toContain("421");
  });

  it("refuses a Thai national ID in a restricted meeting's venue, agenda and delegates, storing none", async () => {
    const id = thaiNationalId(() => 0.5);
    const refused = { __typename: "PersonalDataError", code: "PRIVACY.PERSONAL_DATA" };
    expect(await schedule(restricted, { venue: `Shelter of ${id}` })).toMatchObject(refused);
    const m = await schedule(restricted, { venue: "Tak provincial hall" });
    expect(m).toMatchObject({ __typename: "Meeting", venue: "Tak provincial hall" });
    expect(await addItem(m.id as string, `Case of ${id}`)).toMatchObject(refused);
    s.setNow(DURING);
    const delegates = [`Naw Htoo ${id}`];
    expect(
      await gql(
        ATTEND,
        { id: m.id, rows: [{ organizationId: orgs["Clinic A"], status: "present", delegates }] },
        "recordAttendance",
      ),
    ).toMatchObject(refused);
    expect(await read(m.id as string)).toMatchObject({ version: 1, agenda: [], attendance: [] });
  });

  it("builds an agenda: inserts, links, updates, reorders only by a full permutation, removes", async () => {
    const m = await schedule(border, { start: "2026-12-13T10:00" });
    const id = m.id as string;
    const a = await addItem(id, "A", { presenterId: orgs["Clinic A"], durationMinutes: 20 });
    expect(a).toMatchObject({
      __typename: "AgendaItem",
      position: 1,
      kind: "regular",
      durationMinutes: 20,
      presenter: { name: { en: "Clinic A" } },
      link: null,
      meeting: { status: "scheduled" },
    });
    const b = await addItem(id, "B", { link: { agreementId, clause: "7.2", sopStepKey: "S4" } });
    expect(b.link).toEqual({
      agreement: { title: { en: "Bilateral SOP on repatriation" } },
      clause: "7.2",
      sopStepKey: "S4",
    });
    const c = await addItem(id, "Matters arising", { kind: "matters_arising", position: 1 });
    expect([c.position, c.kind]).toEqual([1, "matters_arising"]);
    const titles = async () => ((await read(id)).agenda as Item[]).map((i) => `${i.position}:${i.title.en}`);
    expect(await titles()).toEqual(["1:Matters arising", "2:A", "3:B"]);

    const invalid = await addItem(id, " ", { durationMinutes: 0 });
    expect((invalid.fields as { path: string }[]).map((f) => f.path).sort()).toEqual([
      "durationMinutes",
      "title.en",
    ]);
    const unknownLink = await addItem(id, "D", {
      link: { agreementId: encodeGlobalID("Agreement", "agr_missing") },
    });
    expect(unknownLink).toMatchObject({ __typename: "ValidationError", code: "VALIDATION" });

    const updated = await gql(
      UPDATE_ITEM,
      { id: b.id, input: { title: { en: "B, revised" }, durationMinutes: 45 } },
      "updateAgendaItem",
    );
    expect(updated).toMatchObject({
      position: 3,
      title: { en: "B, revised" },
      durationMinutes: 45,
      link: null,
      presenter: null,
    });
    expect(
      await gql(UPDATE_ITEM, { id: "agi_missing", input: { title: { en: "x" } } }, "updateAgendaItem"),
    ).toMatchObject({ __typename: "NotFoundError" });

    const reorder = (items: unknown[]) => gql(REORDER, { id, items }, "reorderAgenda");
    for (const wrong of [
      [a.id, b.id],
      [a.id, b.id, b.id],
      [a.id, b.id, c.id, "agi_other"],
    ]) {
      expect(await reorder(wrong)).toMatchObject({
        __typename: "RuleError",
        code: "AGENDA.NOT_A_PERMUTATION",
      });
    }
    expect(await titles()).toEqual(["1:Matters arising", "2:A", "3:B, revised"]);
    const reordered = await reorder([b.id, c.id, a.id]);
    expect((reordered.agenda as Item[]).map((i) => `${i.position}:${i.title.en}`)).toEqual([
      "1:B, revised",
      "2:Matters arising",
      "3:A",
    ]);

    const removed = await gql(REMOVE_ITEM, { id: c.id }, "removeAgendaItem");
    expect((removed.agenda as Item[]).map((i) => `${i.position}:${i.title.en}`)).toEqual([
      "1:B, revised",
      "2:A",
    ]);
    expect(await gql(REMOVE_ITEM, { id: c.id }, "removeAgendaItem")).toMatchObject({
      __typename: "NotFoundError",
    });
  });

  it("answers each mutation of one operation with what the ones before it wrote", async () => {
    const m = await schedule(border, { start: "2026-12-14T10:00" });
    const add = (alias: string, en: string) =>
      `${alias}: addAgendaItem(input: { meetingId: $id, title: { en: "${en}" } }) {
        ... on AgendaItem { meeting { agenda { title { en } } missingTranslations { languages } } } }`;
    const r = await s.gql<Record<string, { meeting: { agenda: unknown[]; missingTranslations: unknown[] } }>>(
      `mutation Two($id: ID!) { ${add("first", "One")} ${add("second", "Two")} }`,
      { id: m.id },
    );
    expect(r.body.data?.first?.meeting.agenda).toHaveLength(1);
    expect(r.body.data?.second?.meeting.agenda).toEqual([{ title: { en: "One" } }, { title: { en: "Two" } }]);
    expect(r.body.data?.second?.meeting.missingTranslations).toHaveLength(2);
  });

  it("records numbered decisions and lists the translations the minutes still lack", async () => {
    const { id, item } = await heldMeeting(border);
    await addItem(id, "Shelter standards");
    await save(id, item, "ที่ประชุมรับทราบ", 0, "th");
    const first = await gql(ADD_DECISION, { id, text: { en: "Noted." } }, "addDecision");
    const second = await gql(
      ADD_DECISION,
      { id, item, text: { en: "Shelter standards to be reviewed.", th: "ทบทวนมาตรฐานบ้านพัก" } },
      "addDecision",
    );
    expect([first, second]).toMatchObject([
      { __typename: "AddDecisionPayload", decision: { position: 1, agendaItem: null }, warnings: [] },
      {
        decision: {
          position: 2,
          text: { th: "ทบทวนมาตรฐานบ้านพัก" },
          agendaItem: { title: { en: "Situation report" } },
          meeting: { status: "minutes_draft" },
        },
      },
    ]);
    expect(
      await gql(ADD_DECISION, { id, item: "agi_other", text: { en: "x" } }, "addDecision"),
    ).toMatchObject({
      __typename: "ValidationError",
      code: "VALIDATION",
    });
    const after = await read(id);
    expect(after.decisions).toEqual([
      { position: 1, text: { en: "Noted." }, agendaItem: null },
      {
        position: 2,
        text: { en: "Shelter standards to be reviewed." },
        agendaItem: { title: { en: "Situation report" } },
      },
    ]);
    expect(after.missingTranslations).toEqual([
      { agendaItem: { title: { en: "Situation report" } }, languages: ["my", "en"] },
      { agendaItem: { title: { en: "Shelter standards" } }, languages: ["th", "my", "en"] },
    ]);
  });

  it("lists meetings by series, period, status and invited organization, page by page", async () => {
    const LIST = `query L($s: ID, $from: Instant, $to: Instant, $status: [MeetingStatus!], $org: ID, $after: String) {
      meetings(seriesId: $s, from: $from, to: $to, status: $status, invitedOrganizationId: $org, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { start status series { name { en } } } } } }`;
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { start: string; status: string } }[];
    };
    const list = (v: Record<string, unknown>) => gql<Page>(LIST, v, "meetings");
    const first = await list({ s: border });
    const starts = first.edges.map((e) => e.node.start);
    for (let page = first; page.pageInfo.hasNextPage; ) {
      page = await list({ s: border, after: page.pageInfo.endCursor });
      starts.push(...page.edges.map((e) => e.node.start));
    }
    expect(first.totalCount).toBeGreaterThan(2);
    expect(starts).toHaveLength(first.totalCount);
    expect(starts).toEqual([...starts].sort());
    const december = await list({ s: border, from: "2026-12-12T00:00:00Z", to: "2026-12-14T00:00:00Z" });
    expect(december.edges.map((e) => e.node.start)).toEqual(["2026-12-12T03:00:00Z", "2026-12-13T03:00:00Z"]);
    const approved = await list({ status: ["minutes_approved"] });
    expect(approved.totalCount).toBe(1);
    const strangers = await list({ org: orgs.Stranger });
    expect(strangers.edges.map((e) => e.node.start)).toEqual(["2026-12-12T03:00:00Z"]);
    const bad = await s.gql(LIST, { after: "garbage" });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("INVALID_CURSOR");
  });

  it("reads a page of meetings with every list in as many statements as one meeting", async () => {
    const statements: string[] = [];
    const counted = await signedIn(await startServer({ now: NOW, onQuery: (sql) => statements.push(sql) }));
    try {
      const call = async (query: string, variables: Record<string, unknown>, field: string) => {
        const r = await counted.gql<Record<string, Result>>(query, variables);
        return r.body.data?.[field] as Result;
      };
      const orgIds: string[] = [];
      for (const en of ["One", "Two", "Three"]) {
        const r = await call(CREATE_ORG, { input: { name: { en }, kind: "ngo" } }, "createOrganization");
        orgIds.push(r.id as string);
      }
      const seriesId = (
        await call(
          CREATE_SERIES,
          {
            input: {
              kind: "bcatip",
              name: { en: "Counted" },
              memberIds: orgIds,
              secretariatId: orgIds[0],
              countries: ["TH", "MM"],
              numbering: "thai_year",
              confidentiality: "partners",
              languages: ["th", "en"],
              quorum: 0.5,
            },
          },
          "createSeries",
        )
      ).id as string;
      const meetingWithEverything = async (day: number) => {
        counted.setNow(NOW);
        const m = await call(
          SCHEDULE,
          {
            input: {
              seriesId,
              start: `2026-12-${day}T10:00`,
              zone: "Asia/Bangkok",
              durationMinutes: 60,
              mode: "hybrid",
            },
          },
          "scheduleMeeting",
        );
        await call(INVITE_MEMBERS, { id: m.id }, "inviteSeriesMembers");
        const item = await call(
          ADD_ITEM,
          { input: { meetingId: m.id, title: { en: "Item" }, presenterId: orgIds[1] } },
          "addAgendaItem",
        );
        await call(
          ADD_ITEM,
          { input: { meetingId: m.id, title: { en: "Other" }, link: { agreementId } } },
          "addAgendaItem",
        );
        counted.setNow(`2026-12-${day}T03:30:00Z`);
        await call(
          ATTEND,
          { id: m.id, rows: [{ organizationId: orgIds[1], status: "present" }] },
          "recordAttendance",
        );
        await call(STEP, { id: m.id, version: 1, event: "hold" }, "changeMeetingStatus");
        await call(
          SAVE_MINUTES,
          { id: m.id, item: item.id, language: "en", body: "Noted", base: 0 },
          "saveMinutes",
        );
        await call(ADD_DECISION, { id: m.id, item: item.id, text: { en: "Agreed" } }, "addDecision");
      };
      const PAGE = `${MEETING} query P($s: ID!) { meetings(seriesId: $s, first: 10) { edges { node {
        ...MeetingFields statusLabel times { label time }
        invitations { organization { name { en } } rsvp }
        attendance { organization { name { en } } status }
        quorum { met }
        agenda { title { en } presenter { name { en } } link { clause } minutes { body agendaItem { id } } }
        decisions { text { en } agendaItem { title { en } } }
        missingTranslations { agendaItem { id } languages }
      } } } }`;
      const cost = async () => {
        statements.length = 0;
        const r = await counted.gql<{ meetings: { edges: unknown[] } }>(PAGE, { s: seriesId });
        expect(r.body.errors).toBeUndefined();
        return [r.body.data?.meetings.edges.length, statements.length];
      };
      await meetingWithEverything(10);
      const [one, oneCost] = await cost();
      await meetingWithEverything(11);
      await meetingWithEverything(12);
      const [three, threeCost] = await cost();
      expect([one, three]).toEqual([1, 3]);
      expect(threeCost).toBe(oneCost);
    } finally {
      await counted.close();
    }
  });
});

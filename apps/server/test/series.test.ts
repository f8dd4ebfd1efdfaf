import { agreementRepository } from "@moei/db";
import { agreementDraftInputSchema } from "@moei/domain/agreement";
import { validate } from "@moei/domain/shared";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "./signed-in.ts";
import { startServer, type TestServer } from "./support.ts";

type Result = { __typename: string; code?: string; message?: string } & Record<string, unknown>;

const CREATE_ORG = /* GraphQL */ `
  mutation CreateOrganization($input: OrganizationInput!) {
    createOrganization(input: $input) { ... on Organization { id } }
  }
`;

const SERIES_FIELDS = /* GraphQL */ `
  fragment SeriesFields on Series {
    id kind name { en th } countries numbering confidentiality languages quorum active
    members { name { en } }
    secretariat { name { en } }
    chairs { side title organization { name { en } } }
    cadence { rrule zone firstStart durationMinutes description descriptionTh: description(lang: th) }
    legalBasis { title { en } }
  }
`;

const CREATE_SERIES = /* GraphQL */ `
  ${SERIES_FIELDS}
  mutation CreateSeries($input: SeriesInput!) {
    createSeries(input: $input) {
      __typename
      ...SeriesFields
      ... on Error { code message }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const UPDATE_SERIES = /* GraphQL */ `
  ${SERIES_FIELDS}
  mutation UpdateSeries($id: ID!, $input: SeriesInput!) {
    updateSeries(id: $id, input: $input) {
      __typename
      ...SeriesFields
      ... on Error { code message }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const MEMBER = (verb: "add" | "remove") => /* GraphQL */ `
  mutation Member($seriesId: ID!, $organizationId: ID!) {
    result: ${verb}SeriesMember(seriesId: $seriesId, organizationId: $organizationId) {
      __typename
      ... on Series { members { name { en } } }
      ... on Error { code message }
    }
  }
`;

const SCHEDULE_NEXT = /* GraphQL */ `
  mutation Next($seriesId: ID!, $count: Int!) {
    scheduleNextMeetings(seriesId: $seriesId, count: $count) {
      __typename
      ... on ScheduleNextMeetingsPayload {
        series { name { en } }
        meetings { id start end zone status version number { ordinal year } numberLabel th: numberLabel(lang: th) my: numberLabel(lang: my) }
      }
      ... on Error { code message }
      ... on ValidationError { fields { path key } }
    }
  }
`;

const UPCOMING = /* GraphQL */ `
  query Upcoming($id: ID!, $count: Int) {
    node(id: $id) {
      ... on Series { upcoming(count: $count) { original start end meeting { numberLabel status } } }
    }
  }
`;

describe("meeting series over HTTP", () => {
  let s: TestServer;
  const orgs: Record<string, string> = {};

  const org = async (en: string, kind = "ngo", country = "TH") => {
    const r = await s.gql<{ createOrganization: { id: string } }>(CREATE_ORG, {
      input: { name: { en }, kind, location: { country } },
    });
    const id = r.body.data?.createOrganization.id as string;
    orgs[en] = id;
    return id;
  };

  const maeSot = (overrides: Record<string, unknown> = {}) => ({
    kind: "ngo_coordination",
    name: { en: "Mae Sot NGO/CBO coordination meeting", th: "การประชุมประสานงานเอ็นจีโอแม่สอด" },
    memberIds: [orgs["Clinic A"], orgs["Learning Centre B"], orgs["Legal Aid C"]],
    secretariatId: orgs["IOM Mae Sot"],
    countries: ["TH"],
    cadence: {
      rrule: "FREQ=MONTHLY;BYDAY=2TH",
      zone: "Asia/Bangkok",
      firstStart: "2026-01-08T09:30",
      durationMinutes: 180,
    },
    numbering: "sequential",
    confidentiality: "partners",
    languages: ["th", "my", "en"],
    quorum: 0.5,
    ...overrides,
  });

  const createSeries = async (input: Record<string, unknown>) =>
    (await s.gql<{ createSeries: Result }>(CREATE_SERIES, { input })).body.data?.createSeries as Result;

  const seriesCount = async () =>
    ((await s.gql<{ series: unknown[] }>(`{ series { id } }`)).body.data?.series ?? []).length;

  beforeAll(async () => {
    s = await signedIn(await startServer());
    await org("IOM Mae Sot", "international_organization");
    for (const n of ["Clinic A", "Learning Centre B", "Legal Aid C", "Women's Group D"]) await org(n);
    await org("Ranong PSDHS", "provincial_office");
    await org("Kawthaung Police", "police", "MM");
  });
  afterAll(() => s.close());

  it("creates the monthly Mae Sot series and reads its cadence in words", async () => {
    const series = await createSeries(maeSot());
    expect(series).toMatchObject({
      __typename: "Series",
      kind: "ngo_coordination",
      name: { en: "Mae Sot NGO/CBO coordination meeting", th: "การประชุมประสานงานเอ็นจีโอแม่สอด" },
      countries: ["TH"],
      numbering: "sequential",
      confidentiality: "partners",
      languages: ["th", "my", "en"],
      quorum: 0.5,
      active: true,
      secretariat: { name: { en: "IOM Mae Sot" } },
      chairs: [],
      legalBasis: null,
      cadence: {
        rrule: "FREQ=MONTHLY;BYDAY=2TH",
        zone: "Asia/Bangkok",
        firstStart: "2026-01-08T09:30",
        durationMinutes: 180,
        description: "Monthly on the second Thursday",
        descriptionTh: expect.stringMatching(/พฤหัสบดี/),
      },
    });
    // The secretariat is always a member, first; the others in the order given.
    expect((series.members as { name: { en: string } }[]).map((m) => m.name.en)).toEqual([
      "IOM Mae Sot",
      "Clinic A",
      "Learning Centre B",
      "Legal Aid C",
    ]);
    const read = await s.gql(`query S($id: ID!) { node(id: $id) { ... on Series { name { en } } } }`, {
      id: series.id,
    });
    expect(read.body.data).toEqual({ node: { name: { en: "Mae Sot NGO/CBO coordination meeting" } } });
  });

  it("creates a cross-border series with chairs on each side and its legal basis", async () => {
    const mou = validate(agreementDraftInputSchema, {
      kind: "mou",
      title: { en: "Thailand–Myanmar MOU on Cooperation to Combat Trafficking in Persons" },
    });
    if (!mou.ok) throw new Error("invalid agreement");
    const created = agreementRepository(s.db).createDraft(
      { actorId: null, at: "2026-11-01T00:00:00Z" as never },
      mou.value,
    );
    if (!created.ok) throw new Error("agreement not created");
    const series = await createSeries({
      kind: "bcatip",
      name: { en: "Ranong–Kawthaung BCATIP" },
      memberIds: [orgs["Kawthaung Police"]],
      chairs: [
        { side: "TH", organizationId: orgs["Ranong PSDHS"], title: "Head of the Ranong PSDHS" },
        { side: "MM", organizationId: orgs["Kawthaung Police"], title: "Police commander" },
      ],
      secretariatId: orgs["Ranong PSDHS"],
      countries: ["TH", "MM"],
      numbering: "thai_year",
      confidentiality: "partners",
      languages: ["th", "my"],
      legalBasisId: encodeGlobalID("Agreement", created.value.id),
    });
    expect(series).toMatchObject({
      __typename: "Series",
      countries: ["TH", "MM"],
      cadence: null,
      quorum: null,
      legalBasis: { title: { en: "Thailand–Myanmar MOU on Cooperation to Combat Trafficking in Persons" } },
      chairs: [
        { side: "MM", title: "Police commander", organization: { name: { en: "Kawthaung Police" } } },
        { side: "TH", title: "Head of the Ranong PSDHS", organization: { name: { en: "Ranong PSDHS" } } },
      ].sort((a, b) => (a.side < b.side ? -1 : 1)),
    });
  });

  it("answers invalid input with per-field errors and creates nothing", async () => {
    const before = await seriesCount();
    const invalid = await createSeries(
      maeSot({
        name: { en: " " },
        countries: [],
        quorum: 1.5,
        cadence: {
          rrule: "FREQ=HOURLY",
          zone: "Asia/Bangkok",
          firstStart: "2026-01-08T09:30",
          durationMinutes: 180,
        },
      }),
    );
    expect(invalid.__typename).toBe("ValidationError");
    expect((invalid.fields as { path: string }[]).map((f) => f.path).sort()).toEqual(
      ["cadence.rrule", "countries", "name.en", "quorum"].sort(),
    );
    const offRule = await createSeries(
      maeSot({
        cadence: {
          rrule: "FREQ=MONTHLY;BYDAY=2TH",
          zone: "Asia/Bangkok",
          firstStart: "2026-01-09T09:30",
          durationMinutes: 180,
        },
      }),
    );
    expect(offRule).toMatchObject({
      __typename: "ValidationError",
      fields: [{ path: "cadence.firstStart" }],
    });
    const unknown = await createSeries(
      maeSot({ secretariatId: encodeGlobalID("Organization", "org_missing") }),
    );
    expect(unknown).toMatchObject({ __typename: "ValidationError", code: "VALIDATION" });
    expect(await seriesCount()).toBe(before);
  });

  it("updates a series, and answers an unknown one with NotFoundError", async () => {
    const series = await createSeries(maeSot({ name: { en: "To be renamed" } }));
    const updated = await s.gql<{ updateSeries: Result }>(UPDATE_SERIES, {
      id: series.id,
      input: maeSot({ name: { en: "Renamed" }, quorum: null, cadence: null, confidentiality: "public" }),
    });
    expect(updated.body.data?.updateSeries).toMatchObject({
      __typename: "Series",
      name: { en: "Renamed" },
      quorum: null,
      cadence: null,
      confidentiality: "public",
    });
    const missing = await s.gql<{ updateSeries: Result }>(UPDATE_SERIES, {
      id: encodeGlobalID("Series", "ser_missing"),
      input: maeSot(),
    });
    expect(missing.body.data?.updateSeries).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND" });
  });

  it("adds and removes members; the secretariat cannot leave and refusals change nothing", async () => {
    const series = await createSeries(maeSot({ name: { en: "Membership" } }));
    const add = (organizationId: string) =>
      s.gql<{ result: Result }>(MEMBER("add"), { seriesId: series.id, organizationId });
    const remove = (organizationId: string) =>
      s.gql<{ result: Result }>(MEMBER("remove"), { seriesId: series.id, organizationId });
    const names = (r: Result) => (r.members as { name: { en: string } }[]).map((m) => m.name.en);

    const added = (await add(orgs["Women's Group D"] as string)).body.data?.result as Result;
    expect(names(added)).toEqual([
      "IOM Mae Sot",
      "Clinic A",
      "Learning Centre B",
      "Legal Aid C",
      "Women's Group D",
    ]);
    expect((await add(orgs["Clinic A"] as string)).body.data?.result).toMatchObject({
      __typename: "RuleError",
      code: "SERIES.ALREADY_MEMBER",
    });
    expect((await remove(orgs["IOM Mae Sot"] as string)).body.data?.result).toMatchObject({
      __typename: "RuleError",
      code: "SERIES.SECRETARIAT_NOT_MEMBER",
    });
    expect((await remove(orgs["Ranong PSDHS"] as string)).body.data?.result).toMatchObject({
      code: "SERIES.NOT_MEMBER",
    });
    const removed = (await remove(orgs["Clinic A"] as string)).body.data?.result as Result;
    expect(names(removed)).toEqual(["IOM Mae Sot", "Learning Centre B", "Legal Aid C", "Women's Group D"]);
    const missing = await s.gql<{ result: Result }>(MEMBER("add"), {
      seriesId: encodeGlobalID("Series", "ser_missing"),
      organizationId: orgs["Clinic A"],
    });
    expect(missing.body.data?.result).toMatchObject({ __typename: "NotFoundError" });
  });

  it("lists series by kind and by member", async () => {
    const byKind = await s.gql<{ series: { name: { en: string } }[] }>(
      `{ series(kind: [bcatip]) { name { en } } }`,
    );
    expect(byKind.body.data?.series.map((x) => x.name.en)).toEqual(["Ranong–Kawthaung BCATIP"]);
    const byMember = await s.gql<{ series: { kind: string }[] }>(
      `query S($m: ID!) { series(memberId: $m) { kind } }`,
      { m: orgs["Kawthaung Police"] },
    );
    expect(byMember.body.data?.series).toEqual([{ kind: "bcatip" }]);
  });

  describe("cadence", () => {
    let seriesId: string;
    beforeAll(async () => {
      seriesId = (await createSeries(maeSot({ name: { en: "Mae Sot monthly" } }))).id as string;
    });

    it("shows the next occurrences, then schedules the next three meetings with their numbers", async () => {
      const before = await s.gql<{ node: { upcoming: Result[] } }>(UPCOMING, { id: seriesId, count: 3 });
      expect(before.body.data?.node.upcoming).toEqual([
        {
          original: "2026-12-10T09:30",
          start: "2026-12-10T02:30:00Z",
          end: "2026-12-10T05:30:00Z",
          meeting: null,
        },
        {
          original: "2027-01-14T09:30",
          start: "2027-01-14T02:30:00Z",
          end: "2027-01-14T05:30:00Z",
          meeting: null,
        },
        {
          original: "2027-02-11T09:30",
          start: "2027-02-11T02:30:00Z",
          end: "2027-02-11T05:30:00Z",
          meeting: null,
        },
      ]);

      const r = await s.gql<{ scheduleNextMeetings: { meetings: Result[]; series: Result } }>(SCHEDULE_NEXT, {
        seriesId,
        count: 3,
      });
      const payload = r.body.data?.scheduleNextMeetings;
      expect(payload?.series).toEqual({ name: { en: "Mae Sot monthly" } });
      expect(payload?.meetings.map(({ id: _, ...m }) => m)).toEqual([
        {
          start: "2026-12-10T02:30:00Z",
          end: "2026-12-10T05:30:00Z",
          zone: "Asia/Bangkok",
          status: "scheduled",
          version: 1,
          number: { ordinal: 1, year: null },
          numberLabel: "1st",
          th: "ครั้งที่ 1",
          my: "(၁) ကြိမ်မြောက်",
        },
        expect.objectContaining({ start: "2027-01-14T02:30:00Z", numberLabel: "2nd", th: "ครั้งที่ 2" }),
        expect.objectContaining({ start: "2027-02-11T02:30:00Z", numberLabel: "3rd", th: "ครั้งที่ 3" }),
      ]);

      const after = await s.gql<{ node: { upcoming: Result[] } }>(UPCOMING, { id: seriesId, count: 4 });
      expect(after.body.data?.node.upcoming.map((o) => [o.original, o.meeting])).toEqual([
        ["2026-12-10T09:30", { numberLabel: "1st", status: "scheduled" }],
        ["2027-01-14T09:30", { numberLabel: "2nd", status: "scheduled" }],
        ["2027-02-11T09:30", { numberLabel: "3rd", status: "scheduled" }],
        ["2027-03-11T09:30", null],
      ]);

      // The next call continues after the meetings that exist.
      const more = await s.gql<{ scheduleNextMeetings: { meetings: Result[] } }>(SCHEDULE_NEXT, {
        seriesId,
        count: 1,
      });
      expect(more.body.data?.scheduleNextMeetings.meetings.map((m) => [m.start, m.numberLabel])).toEqual([
        ["2027-03-11T02:30:00Z", "4th"],
      ]);
    });

    it("leaves a cancelled occurrence out of the upcoming ones", async () => {
      const page = await s.gql<{
        node: { meetings: { edges: { node: { id: string; version: number } }[] } };
      }>(
        `query M($id: ID!) { node(id: $id) { ... on Series { meetings(first: 1) { edges { node { id version } } } } } }`,
        { id: seriesId },
      );
      const first = page.body.data?.node.meetings.edges[0]?.node;
      const cancelled = await s.gql(
        `mutation C($id: ID!, $v: Int!) { changeMeetingStatus(id: $id, version: $v, event: cancel) { __typename ... on Meeting { status } } }`,
        { id: first?.id, v: first?.version },
      );
      expect(cancelled.body.data).toEqual({
        changeMeetingStatus: { __typename: "Meeting", status: "cancelled" },
      });
      const upcoming = await s.gql<{ node: { upcoming: Result[] } }>(UPCOMING, { id: seriesId, count: 2 });
      expect(upcoming.body.data?.node.upcoming.map((o) => o.original)).toEqual([
        "2027-01-14T09:30",
        "2027-02-11T09:30",
      ]);
    });

    it("pages and filters the series' meetings", async () => {
      const query = `query M($id: ID!, $after: String, $status: [MeetingStatus!]) { node(id: $id) { ... on Series {
        meetings(first: 2, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } edges { node { numberLabel } } } } } }`;
      type Page = {
        node: {
          meetings: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { numberLabel: string } }[];
          };
        };
      };
      const first = (await s.gql<Page>(query, { id: seriesId })).body.data?.node.meetings;
      expect([
        first?.totalCount,
        first?.pageInfo.hasNextPage,
        first?.edges.map((e) => e.node.numberLabel),
      ]).toEqual([4, true, ["1st", "2nd"]]);
      const next = (await s.gql<Page>(query, { id: seriesId, after: first?.pageInfo.endCursor })).body.data
        ?.node.meetings;
      expect([next?.pageInfo.hasNextPage, next?.edges.map((e) => e.node.numberLabel)]).toEqual([
        false,
        ["3rd", "4th"],
      ]);
      const scheduled = (await s.gql<Page>(query, { id: seriesId, status: ["scheduled"] })).body.data?.node
        .meetings;
      expect(scheduled?.totalCount).toBe(3);
      const bad = await s.gql(query, { id: seriesId, after: "garbage" });
      expect(bad.body.errors?.[0]?.extensions?.code).toBe("INVALID_CURSOR");
    });

    it("refuses a count below one, and a series without cadence, with typed errors", async () => {
      const zero = await s.gql<{ scheduleNextMeetings: Result }>(SCHEDULE_NEXT, { seriesId, count: 0 });
      expect(zero.body.data?.scheduleNextMeetings).toMatchObject({
        __typename: "ValidationError",
        fields: [{ path: "count", key: "validation.too_small" }],
      });
      const bcatip = (await s.gql<{ series: { id: string }[] }>(`{ series(kind: [bcatip]) { id } }`)).body
        .data?.series[0]?.id;
      const none = await s.gql<{ scheduleNextMeetings: Result }>(SCHEDULE_NEXT, {
        seriesId: bcatip,
        count: 2,
      });
      expect(none.body.data?.scheduleNextMeetings).toMatchObject({
        __typename: "RuleError",
        code: "SERIES.NO_CADENCE",
      });
      const missing = await s.gql<{ scheduleNextMeetings: Result }>(SCHEDULE_NEXT, {
        seriesId: encodeGlobalID("Series", "ser_missing"),
        count: 2,
      });
      expect(missing.body.data?.scheduleNextMeetings).toMatchObject({ __typename: "NotFoundError" });
    });
  });

  it("reads many series with their meetings in as many statements as one series", async () => {
    const statements: string[] = [];
    const counted = await signedIn(await startServer({ onQuery: (sql) => statements.push(sql) }));
    try {
      const make = async (en: string) => {
        const r = await counted.gql<{ createOrganization: { id: string } }>(CREATE_ORG, {
          input: { name: { en }, kind: "ngo" },
        });
        return r.body.data?.createOrganization.id as string;
      };
      const secretariat = await make("Secretariat");
      const member = await make("Member");
      const addSeries = async (en: string) => {
        const r = await counted.gql<{ createSeries: Result }>(CREATE_SERIES, {
          input: maeSot({ name: { en }, secretariatId: secretariat, memberIds: [member] }),
        });
        const id = r.body.data?.createSeries.id as string;
        await counted.gql(SCHEDULE_NEXT, { seriesId: id, count: 2 });
      };
      const QUERY = `{ series { name { en } members { name { en } } secretariat { name { en } }
        upcoming(count: 3) { original meeting { numberLabel } }
        meetings(first: 5) { totalCount edges { node { numberLabel series { name { en } } } } } } }`;
      const cost = async () => {
        statements.length = 0;
        const r = await counted.gql<{ series: unknown[] }>(QUERY);
        expect(r.body.errors).toBeUndefined();
        return [r.body.data?.series.length, statements.length];
      };
      await addSeries("One");
      const [oneSeries, oneCost] = await cost();
      await addSeries("Two");
      await addSeries("Three");
      const [threeSeries, threeCost] = await cost();
      expect([oneSeries, threeSeries]).toEqual([1, 3]);
      expect(threeCost).toBe(oneCost);
    } finally {
      await counted.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "./signed-in.ts";
import { startServer, type TestServer } from "./support.ts";

const RESULT = /* GraphQL */ `
  __typename
  ... on CaseReference { id code nationality sex ageBand child exploitationType status version allowedEvents owners { id name { en } } }
  ... on Error { code message }
  ... on TransitionError { from event }
  ... on ConflictError { currentVersion }
  ... on ValidationError { fields { path key message } }
`;
const CREATE = `mutation CreateCase($input: CaseReferenceInput!, $owners: [ID!]!) {
  createCaseReference(input: $input, ownerIds: $owners) { ${RESULT} } }`;
const CHANGE = `mutation ChangeCase($code: String!, $version: Int!, $event: CaseEvent!) {
  changeCaseStatus(code: $code, version: $version, event: $event) { ${RESULT} } }`;
const READ = `query Case($id: ID!) { node(id: $id) { ... on CaseReference { code status version owners { id } } } }`;

interface CaseView {
  __typename: string;
  id: string;
  code: string;
  status: string;
  version: number;
  allowedEvents: string[];
  owners: { id: string; name: { en: string } }[];
  [field: string]: unknown;
}

async function data<T>(s: TestServer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await s.gql<T>(query, variables);
  expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
  return result.body.data as T;
}

const fields = (overrides: Record<string, unknown> = {}) => ({
  code: "CMM30-L017",
  nationality: "MM",
  sex: "female",
  ageBand: "age_18_24",
  exploitationType: "labour",
  ...overrides,
});

describe("case references over HTTP", () => {
  let s: TestServer;
  let shelter: string;
  let legalAid: string;
  beforeAll(async () => {
    s = await signedIn(await startServer());
    const org = async (en: string, kind: string) =>
      (
        await data<{ createOrganization: { id: string } }>(
          s,
          `mutation Org($input: OrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }`,
          { input: { name: { en }, kind } },
        )
      ).createOrganization.id;
    shelter = await org("Government shelter, Tak", "shelter");
    legalAid = await org("Mae Sot legal aid", "legal_aid");
  });
  afterAll(() => s.close());

  const create = async (input: Record<string, unknown>, owners: string[]) =>
    (await data<{ createCaseReference: CaseView }>(s, CREATE, { input, owners })).createCaseReference;
  const change = async (code: string, version: number, event: string) =>
    (await data<{ changeCaseStatus: CaseView }>(s, CHANGE, { code, version, event })).changeCaseStatus;
  const read = async (id: string) =>
    (await data<{ node: Pick<CaseView, "code" | "status" | "version"> }>(s, READ, { id })).node;

  it("records a case under its opaque code with its owners and reads it back by its global id", async () => {
    const created = await create(fields({ code: "cmm30-l017" }), [shelter, legalAid]);
    expect(created).toMatchObject({
      __typename: "CaseReference",
      code: "CMM30-L017",
      nationality: "MM",
      sex: "female",
      ageBand: "age_18_24",
      child: false,
      exploitationType: "labour",
      status: "referred",
      version: 1,
      allowedEvents: ["identify", "not_identified", "withdraw"],
    });
    expect(created.owners.map((o) => o.name.en).sort()).toEqual([
      "Government shelter, Tak",
      "Mae Sot legal aid",
    ]);
    expect(await read(created.id)).toMatchObject({ code: "CMM30-L017", status: "referred" });

    const child = await create(fields({ code: "CMM30-C001", ageBand: "age_12_17" }), [shelter]);
    expect([child.ageBand, child.child]).toEqual(["age_12_17", true]);
  });

  it("refuses codes that could carry personal data, duplicates, and cases without a known owner", async () => {
    const phone = await data<{
      createCaseReference: CaseView & { fields: { path: string; key: string; message: string }[] };
    }>(s, CREATE, { input: fields({ code: "TH-0812345678" }), owners: [shelter] });
    expect(phone.createCaseReference).toMatchObject({
      __typename: "ValidationError",
      fields: [{ path: "code", key: "validation.invalid_case_code" }],
    });
    // The message explains the format without echoing what was typed.
    expect(phone.createCaseReference.fields[0]?.message).not.toContain("0812345678");

    await create(fields({ code: "CMM31-D001" }), [shelter]);
    expect(await create(fields({ code: "CMM31-D001" }), [legalAid])).toMatchObject({
      __typename: "RuleError",
      code: "DUPLICATE",
    });
    expect(await create(fields({ code: "CMM31-D002" }), [])).toMatchObject({
      __typename: "RuleError",
      code: "CASE.NO_OWNER",
    });
    const ghost = Buffer.from("Organization:org_000000000nothinghere0").toString("base64");
    expect(await create(fields({ code: "CMM31-D003" }), [shelter, ghost])).toMatchObject({
      __typename: "ValidationError",
      code: "VALIDATION",
    });
    const listed = await data<{ caseReferences: { edges: { node: { code: string } }[] } }>(
      s,
      `{ caseReferences { edges { node { code } } } }`,
    );
    expect(listed.caseReferences.edges.map((e) => e.node.code)).not.toContain("CMM31-D002");
    expect(listed.caseReferences.edges.map((e) => e.node.code)).not.toContain("CMM31-D003");
  });

  it("moves a case through return and reintegration to closure", async () => {
    const created = await create(fields({ code: "CMM32-R001" }), [shelter]);
    let current = created;
    for (const [event, status] of [
      ["identify", "identified"],
      ["shelter", "sheltered"],
      ["hold_as_witness", "witness_hold"],
      ["release_witness", "sheltered"],
      ["request_verification", "nationality_verification"],
      ["assess_family", "family_assessment"],
      ["schedule_return", "return_scheduled"],
      ["hand_over", "handed_over"],
      ["follow_up", "reintegration_followup"],
      ["close", "closed"],
    ] as const) {
      const next = await change(current.code.toLowerCase(), current.version, event);
      expect([next.__typename, next.status], event).toEqual(["CaseReference", status]);
      expect(next.version).toBe(current.version + 1);
      current = next;
    }
    expect(current.allowedEvents).toEqual([]);
    expect(await read(created.id)).toMatchObject({ status: "closed", version: 11 });
  });

  it("refuses forbidden steps, stale versions, unknown and malformed codes, changing nothing", async () => {
    const created = await create(fields({ code: "CMM33-X001" }), [legalAid]);
    expect(await change("CMM33-X001", 1, "close")).toEqual({
      __typename: "TransitionError",
      code: "CASE.TRANSITION_FORBIDDEN",
      message: expect.any(String),
      from: "referred",
      event: "close",
    });
    const identified = await change("CMM33-X001", 1, "identify");
    expect(await change("CMM33-X001", 1, "shelter")).toMatchObject({
      __typename: "ConflictError",
      code: "CONFLICT",
      currentVersion: 2,
    });
    expect(await change("CMM33-X999", 1, "identify")).toMatchObject({
      __typename: "NotFoundError",
      code: "NOT_FOUND",
    });
    expect(await change("Somchai Jaidee", 1, "identify")).toMatchObject({
      __typename: "RuleError",
      code: "CASE.INVALID_CODE",
    });
    expect(await read(created.id)).toEqual({
      code: "CMM33-X001",
      status: "identified",
      version: identified.version,
      owners: [{ id: legalAid }],
    });
  });

  describe("lists and aggregates", () => {
    let t: TestServer;
    let a: string;
    let b: string;
    beforeAll(async () => {
      t = await signedIn(await startServer());
      const org = async (en: string) =>
        (
          await data<{ createOrganization: { id: string } }>(
            t,
            `mutation Org($input: OrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }`,
            { input: { name: { en }, kind: "ngo" } },
          )
        ).createOrganization.id;
      a = await org("A");
      b = await org("B");
      const make = async (code: string, owners: string[], overrides: Record<string, unknown> = {}) => {
        const d = await data<{ createCaseReference: { __typename: string } }>(t, CREATE, {
          input: fields({ code, ...overrides }),
          owners,
        });
        expect(d.createCaseReference.__typename).toBe("CaseReference");
      };
      for (let i = 1; i <= 6; i++) await make(`CMM40-F${i}`, [a, b]);
      for (let i = 1; i <= 2; i++) await make(`CMM40-M${i}`, [a], { sex: "male", ageBand: "age_60_plus" });
      await make("CMM40-K1", [b], { nationality: "KH", exploitationType: "fishing" });
      await data(t, CHANGE, { code: "CMM40-F1", version: 1, event: "identify" });
    });
    afterAll(() => t.close());

    const LIST = `query Cases($first: Int, $after: String, $status: [CaseStatus!], $org: ID) {
      caseReferences(first: $first, after: $after, status: $status, organizationId: $org) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { code owners { id } } }
      }
    }`;
    interface ListView {
      caseReferences: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { code: string; owners: { id: string }[] } }[];
      };
    }
    const codes = (d: ListView) => d.caseReferences.edges.map((e) => e.node.code);

    it("lists cases by code with status and owner filters, across pages", async () => {
      const first = await data<ListView>(t, LIST, { first: 4, org: a });
      expect([
        first.caseReferences.totalCount,
        first.caseReferences.pageInfo.hasNextPage,
        codes(first),
      ]).toEqual([8, true, ["CMM40-F1", "CMM40-F2", "CMM40-F3", "CMM40-F4"]]);
      expect(first.caseReferences.edges[0]?.node.owners.map((o) => o.id).sort()).toEqual([a, b].sort());
      const next = await data<ListView>(t, LIST, {
        first: 4,
        org: a,
        after: first.caseReferences.pageInfo.endCursor,
      });
      expect(codes(next)).toEqual(["CMM40-F5", "CMM40-F6", "CMM40-M1", "CMM40-M2"]);
      expect(codes(await data<ListView>(t, LIST, { status: ["identified"] }))).toEqual(["CMM40-F1"]);
      expect(codes(await data<ListView>(t, LIST, { org: b, status: ["referred"] }))).toEqual([
        "CMM40-F2",
        "CMM40-F3",
        "CMM40-F4",
        "CMM40-F5",
        "CMM40-F6",
        "CMM40-K1",
      ]);
    });

    const AGG = `query Agg($by: [CaseAggregateKey!]!, $status: [CaseStatus!], $org: ID) {
      caseAggregates(by: $by, status: $status, organizationId: $org) {
        group { nationality sex ageBand exploitationType status } count
      }
    }`;
    const group = (g: Record<string, string>) => ({
      nationality: null,
      sex: null,
      ageBand: null,
      exploitationType: null,
      status: null,
      ...g,
    });

    it("counts cases by group and suppresses cells under five", async () => {
      const bySex = await data<{ caseAggregates: unknown[] }>(t, AGG, { by: ["nationality", "sex"] });
      expect(bySex.caseAggregates).toEqual([
        { group: group({ nationality: "KH", sex: "female" }), count: null },
        { group: group({ nationality: "MM", sex: "female" }), count: 6 },
        { group: group({ nationality: "MM", sex: "male" }), count: null },
      ]);
      const byAge = await data<{ caseAggregates: unknown[] }>(t, AGG, { by: ["ageBand"], org: a });
      expect(byAge.caseAggregates).toEqual([
        { group: group({ ageBand: "age_18_24" }), count: 6 },
        { group: group({ ageBand: "age_60_plus" }), count: null },
      ]);
      const total = await data<{ caseAggregates: unknown[] }>(t, AGG, { by: [], status: ["referred"] });
      expect(total.caseAggregates).toEqual([{ group: group({}), count: 8 }]);
      const byStatus = await data<{ caseAggregates: unknown[] }>(t, AGG, { by: ["status", "status"] });
      expect(byStatus.caseAggregates).toEqual([
        { group: group({ status: "identified" }), count: null },
        { group: group({ status: "referred" }), count: 8 },
      ]);
    });
  });
});

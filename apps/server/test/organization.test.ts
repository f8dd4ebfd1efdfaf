import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "./signed-in.ts";
import { startServer, type TestServer } from "./support.ts";

const CREATE = /* GraphQL */ `
  mutation CreateOrganization($input: OrganizationInput!) {
    createOrganization(input: $input) {
      __typename
      ... on Organization { id name { en th } kind country active }
      ... on Error { code message }
      ... on ValidationError { fields { path key message } }
    }
  }
`;

describe("organizations over HTTP", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await signedIn(await startServer());
  });
  afterAll(() => s.close());

  it("creates an organization and reads it back by its global id", async () => {
    const created = await s.gql<{ createOrganization: { id: string; name: { en: string } } }>(CREATE, {
      input: {
        name: { en: "Mae Sot Legal Aid Clinic", th: "คลินิกกฎหมายแม่สอด" },
        kind: "legal_aid",
        location: { country: "TH", province: "Tak" },
      },
    });
    expect(created.status).toBe(200);
    const org = created.body.data?.createOrganization;
    expect(org).toMatchObject({
      __typename: "Organization",
      name: { en: "Mae Sot Legal Aid Clinic" },
      kind: "legal_aid",
      country: "TH",
      active: true,
    });
    const read = await s.gql(
      `query Org($id: ID!) { node(id: $id) { ... on Organization { name { th } } } }`,
      { id: org?.id },
    );
    expect(read.body.data).toEqual({ node: { name: { th: "คลินิกกฎหมายแม่สอด" } } });
  });

  it("answers invalid input with per-field errors in the user's language", async () => {
    const result = await s.gql(
      CREATE,
      { input: { name: { en: "" }, kind: "ngo" } },
      { "accept-language": "th-TH,th;q=0.9" },
    );
    const error = (
      result.body.data as {
        createOrganization: {
          __typename: string;
          code: string;
          fields: { path: string; key: string; message: string }[];
        };
      }
    ).createOrganization;
    expect(error.__typename).toBe("ValidationError");
    expect(error.code).toBe("VALIDATION");
    expect(error.fields).toEqual([expect.objectContaining({ path: "name.en", key: "validation.required" })]);
    expect(error.fields[0]?.message).toMatch(/[\u0E00-\u0E7F]/);
  });

  it("pages through organizations with a total count", async () => {
    for (const n of ["Alpha Centre", "Beta Centre", "Gamma Centre"]) {
      await s.gql(CREATE, { input: { name: { en: n }, kind: "learning_centre" } });
    }
    const page = await s.gql<{
      organizations: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { name: { en: string } } }[];
      };
    }>(
      `query Orgs($after: String) { organizations(kind: [learning_centre], first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name { en } } } } }`,
    );
    const first = page.body.data?.organizations;
    expect([first?.totalCount, first?.pageInfo.hasNextPage, first?.edges.map((e) => e.node.name.en)]).toEqual(
      [3, true, ["Alpha Centre", "Beta Centre"]],
    );
    const next = await s.gql<typeof page.body.data>(
      `query Orgs($after: String) { organizations(kind: [learning_centre], first: 2, after: $after) { edges { node { name { en } } } } }`,
      { after: first?.pageInfo.endCursor },
    );
    expect(next.body.data?.organizations.edges.map((e) => e.node.name.en)).toEqual(["Gamma Centre"]);
  });

  it("returns a typed rule error when deactivating twice", async () => {
    const created = await s.gql<{ createOrganization: { id: string } }>(CREATE, {
      input: { name: { en: "Hotline" }, kind: "ngo" },
    });
    const id = created.body.data?.createOrganization.id;
    const mutation = `mutation Off($id: ID!) { setOrganizationActive(id: $id, active: false) { __typename ... on Organization { active } ... on Error { code message } } }`;
    expect((await s.gql(mutation, { id })).body.data).toEqual({
      setOrganizationActive: { __typename: "Organization", active: false },
    });
    const again = await s.gql(mutation, { id });
    expect(again.body.data).toEqual({
      setOrganizationActive: {
        __typename: "RuleError",
        code: "ORGANIZATION.ALREADY_INACTIVE",
        message: expect.any(String),
      },
    });
  });
});

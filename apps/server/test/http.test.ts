import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "./support.ts";

/** GraphQL over HTTP as the spec and Apollo's protections say, on the real server. */
describe("HTTP", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it("answers a POST with the GraphQL response media type", async () => {
    const r = await fetch(`${s.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    expect(await r.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses a simple GET that a foreign page could send (CSRF prevention)", async () => {
    const r = await fetch(`${s.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(r.status).toBe(400);
  });

  it("refuses batches, malformed JSON and oversized bodies with 4xx", async () => {
    const post = (body: string) =>
      fetch(`${s.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(
      (await post(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]))).status,
    ).toBe(400);
    expect((await post("{ not json")).status).toBe(400);
    expect((await post(JSON.stringify({ query: `{ __typename } # ${"x".repeat(2_000_000)}` }))).status).toBe(
      413,
    );
  });

  it("reports a query that does not validate as 400 with the GraphQL error", async () => {
    const r = await s.gql("{ nope }");
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("treats a malformed or wrong-type global id as the caller's mistake", async () => {
    const mutation = `mutation Off($id: ID!) { setOrganizationActive(id: $id, active: false) { __typename } }`;
    for (const id of ["not-base64!", Buffer.from("Agreement:agr_1").toString("base64")]) {
      const r = await s.gql(mutation, { id });
      expect(r.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("has a health endpoint that touches the database", async () => {
    const r = await fetch(`${s.url}/health`);
    expect([r.status, await r.json()]).toEqual([200, { status: "ok" }]);
  });

  it("masks unexpected errors: an id, no stack, no SQL, no file path", async () => {
    const broken = await startServer();
    // A store that fails underneath the API: the table the query needs is gone.
    broken.db.$client.exec("ALTER TABLE organizations RENAME TO organizations_moved");
    const r = await broken.gql("{ organizations { totalCount } }");
    const text = JSON.stringify(r.body);
    expect(r.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Unexpected error; it was logged with id [0-9a-f-]{36}\.$/),
      extensions: { code: "INTERNAL" },
    });
    expect(text).not.toMatch(/organizations_moved|SELECT|sqlite|\/work\/|\.ts:|at /i);
    await broken.close();
  });
});

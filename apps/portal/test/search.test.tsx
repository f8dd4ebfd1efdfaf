import { screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SearchPage } from "../src/features/search/SearchPage.tsx";
import { renderWithApi, signInByUsername, startDemoServer, type TestServer } from "./render.tsx";

interface Hit {
  node: { __typename: string; id: string };
}

let server: TestServer;
let member: Record<string, string>;
beforeAll(async () => {
  server = await startDemoServer();
  member = signInByUsername(server, "demo-member").headers;
});
afterAll(() => server.close());

/** What the API finds, as the page should list it. */
async function apiSearch(query: string, types: string[], first = 20): Promise<string[]> {
  const { body } = await server.gql<{ search: Hit[] }>(
    `query ($query: String!, $types: [SearchType!], $first: Int) {
      search(query: $query, types: $types, first: $first) {
        node { __typename ... on Organization { id } ... on Meeting { id } ... on Agreement { id } ... on Action { id } }
      }
    }`,
    { query, types, first },
    member,
  );
  return body.data?.search.map((h) => h.node.id) ?? [];
}

describe("Search", () => {
  it("finds an organization by a word of its Thai name, grouped under Organizations, the text kept out of the URL", async () => {
    const { body } = await server.gql<{ me: { organization: { id: string; name: { th: string } } } }>(
      "query { me { organization { id name { th } } } }",
      {},
      member,
    );
    const org = body.data?.me.organization as { id: string; name: { th: string } };
    // The first words of the Thai name ("คลินิกสุขภาพ", health clinic): Thai has no spaces between words, so
    // any run of three or more letters is found. (The snippet may cut a long name before a match at its end.)
    const word = org.name.th.slice(0, 12);
    expect(await apiSearch(word, ["organization"])).toContain(org.id);

    const user = userEvent.setup();
    const { location } = renderWithApi(<SearchPage />, {
      server,
      as: signInByUsername(server, "demo-member"),
      path: "/search",
    });
    await user.type(await screen.findByLabelText("Search for", {}, { timeout: 5000 }), `${word}{Enter}`);
    const region = await screen.findByRole("region", { name: /^Organizations \(\d+\)$/ }, { timeout: 5000 });
    const link = within(region)
      .getAllByRole("link")
      .find((a) => a.getAttribute("href") === `/organizations/${org.id}`);
    expect(link).toBeTruthy();
    expect(within(region).getAllByText(word, { selector: "mark" }).length).toBeGreaterThan(0);
    expect(location.history).toEqual(["/search"]);
    expect(location.history?.some((h) => h.includes(encodeURIComponent(word)) || h.includes(word))).toBe(
      false,
    );
  });

  it("finds a meeting by a Burmese word of its minutes, with the type filter on meetings", async () => {
    const { body } = await server.gql<{
      meetings: {
        edges: { node: { id: string; agenda: { minutes: { language: string; body: string }[] }[] } }[];
      };
    }>(
      "query { meetings(first: 3, status: [minutes_approved]) { edges { node { id agenda { minutes { language body } } } } } }",
      {},
      member,
    );
    const meetings = body.data?.meetings.edges.map((e) => e.node) ?? [];
    const found = meetings
      .flatMap((m) =>
        m.agenda.flatMap((a) =>
          a.minutes.filter((x) => x.language === "my").map((x) => ({ id: m.id, body: x.body })),
        ),
      )
      .at(0) as { id: string; body: string };
    // A Burmese phrase of the minutes (Burmese separates phrases, not words, with spaces).
    const word = found.body.split(/\s+/).find((w) => /^[\u1000-\u109f]{6,}$/.test(w)) as string;
    expect(word).toBeTruthy();
    expect(await apiSearch(word, ["meeting"], 100)).toContain(found.id);
    const expected = await apiSearch(word, ["meeting"]);

    const user = userEvent.setup();
    renderWithApi(<SearchPage />, { server, as: signInByUsername(server, "demo-member"), path: "/search" });
    await user.selectOptions(await screen.findByLabelText("Show", {}, { timeout: 5000 }), "Meetings");
    await user.type(screen.getByLabelText("Search for"), word);
    await user.click(screen.getByRole("button", { name: "Search" }));
    const region = await screen.findByRole(
      "region",
      { name: `Meetings (${expected.length})` },
      { timeout: 5000 },
    );
    const hrefs = within(region)
      .getAllByRole("link")
      .map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(expected.map((id) => `/meetings/${id}`));
    expect(within(region).getAllByText(word, { selector: "mark" }).length).toBeGreaterThan(0);
    expect(screen.queryByRole("region", { name: /^Organizations/ })).toBeNull();
    expect(screen.getByRole("status").textContent).toBe(`${expected.length} results for “${word}”`);
  });

  it("groups results of every type and links actions to the meeting that agreed them", async () => {
    const word = "interpreters";
    const [orgs, agreements, meetings, actions] = await Promise.all(
      ["organization", "agreement", "meeting", "action"].map((type) => apiSearch(word, [type])),
    );
    const user = userEvent.setup();
    renderWithApi(<SearchPage />, { server, as: signInByUsername(server, "demo-member"), path: "/search" });
    await user.type(await screen.findByLabelText("Search for", {}, { timeout: 5000 }), `${word}{Enter}`);
    const total = [orgs, agreements, meetings, actions].reduce((n, ids) => n + (ids?.length ?? 0), 0);
    expect(await screen.findByText(`${total} results for “${word}”`, {}, { timeout: 5000 })).toBeTruthy();
    expect(actions?.length).toBeGreaterThan(0);
    const region = screen.getByRole("region", { name: `Actions (${actions?.length})` });
    for (const a of within(region).getAllByRole("link"))
      expect(a.getAttribute("href")).toMatch(/^\/meetings\/.+/);
  });
});

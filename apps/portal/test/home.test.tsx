import { screen, within } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Home } from "../src/pages/Home.tsx";
import { renderWithApi, signInByUsername, startDemoServer, type TestServer } from "./render.tsx";

describe("Home", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());

  it("puts the coordinator's own series first and marks it", async () => {
    renderWithApi(<Home />, { server, as: signInByUsername(server, "demo-coordinator") });
    const region = await screen.findByRole("region", { name: "Meeting series" });
    const cards = within(region).getAllByRole("listitem");
    expect(cards.length).toBeGreaterThan(1);
    expect(within(cards[0] as HTMLElement).getByText("Series you coordinate")).toBeTruthy();
    expect(within(region).getAllByText("Series you coordinate")).toHaveLength(1);
  });

  it("speaks the signed-in user's own language, whatever the device started with", async () => {
    renderWithApi(<Home />, { server, as: signInByUsername(server, "demo-dsw"), language: "en" });
    expect(await screen.findByRole("heading", { level: 1, name: "အစည်းအဝေးများ" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("my");
  });

  it("shows upcoming meetings with their times and links to them", async () => {
    renderWithApi(<Home />, { server, as: signInByUsername(server, "demo-admin") });
    const region = await screen.findByRole("region", { name: "Upcoming meetings" });
    const links = within(region).getAllByRole("link");
    expect(links.length).toBeGreaterThan(0);
    expect(links[0]?.getAttribute("href")).toMatch(/^\/meetings\/.+/);
    expect(within(region).getAllByText(/UTC\+7|UTC\+6:30/).length).toBeGreaterThan(0);
  });
});

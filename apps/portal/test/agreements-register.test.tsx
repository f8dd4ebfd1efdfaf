import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgreementsRegister } from "../src/features/agreements/AgreementsRegister.tsx";
import { renderWithApi, signInByUsername, startDemoServer, type TestServer } from "./render.tsx";

const results = async (heading: string | RegExp) => {
  const region = await screen.findByRole("region", { name: heading }, { timeout: 5000 });
  return within(region)
    .getAllByRole("listitem")
    .filter((li) => li.classList.contains("agreement-card"));
};

describe("Agreements register", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());

  it("lists the 15 demo agreements with their status, kind, parties and a link to each", async () => {
    renderWithApi(<AgreementsRegister />, { server, as: signInByUsername(server, "demo-member") });
    const cards = await results("15 agreements");
    expect(screen.getByRole("heading", { level: 1, name: "Agreements" })).toBeTruthy();
    expect(cards).toHaveLength(15);
    const mou = cards.find((c) => c.textContent?.includes("Thailand–Myanmar MOU on Cooperation to Combat"));
    if (!mou) throw new Error("the 2009 Thailand–Myanmar MOU is missing");
    expect(within(mou).getByText("In force")).toBeTruthy();
    expect(within(mou).getByText("MOU")).toBeTruthy();
    expect(within(mou).getByText(/MSDHS/)).toBeTruthy();
    expect(within(mou).getByText(/Minister of Home Affairs/)).toBeTruthy();
    expect(within(mou).getByRole("link").getAttribute("href")).toMatch(/^\/agreements\/.+/);
    expect(cards.some((c) => within(c).queryByText("Superseded"))).toBe(true);
    expect(cards.some((c) => within(c).queryByText("In negotiation"))).toBe(true);
  });

  it("filters by status, kind and expiry on the server, and clears the filters", async () => {
    const user = userEvent.setup();
    renderWithApi(<AgreementsRegister />, { server, as: signInByUsername(server, "demo-member") });
    await results("15 agreements");
    const form = screen.getByRole("form", { name: "Filter agreements" });
    await user.click(within(form).getByRole("checkbox", { name: "Superseded" }));
    await user.click(within(form).getByRole("checkbox", { name: "Under review" }));
    const two = await results("2 agreements");
    expect(two.map((c) => c.textContent)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Superseded"),
        expect.stringContaining("Under review"),
      ]),
    );
    await user.click(within(form).getByRole("button", { name: "Clear filters" }));
    await results("15 agreements");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Kind" }), "sop");
    const sops = await results("2 agreements");
    expect(sops.every((c) => within(c).queryByText("SOP"))).toBe(true);
    await user.selectOptions(within(form).getByRole("combobox", { name: "Kind" }), "");
    await user.click(within(form).getByRole("checkbox", { name: "Expiring within 180 days" }));
    const expiring = await results("1 agreement");
    expect(expiring[0]?.textContent).toContain("Thailand–Myanmar MOU on Labour Cooperation");
  });

  it("filters by party organization and by title text kept in the page", async () => {
    const user = userEvent.setup();
    renderWithApi(<AgreementsRegister />, { server, as: signInByUsername(server, "demo-member") });
    await results("15 agreements");
    const form = screen.getByRole("form", { name: "Filter agreements" });
    const party = within(form).getByRole("combobox", { name: "Party organization" });
    await within(party).findByRole("option", { name: /^IOM/ });
    await user.selectOptions(party, within(party).getByRole("option", { name: /^IOM/ }));
    const iom = await results("1 agreement");
    expect(iom[0]?.textContent).toContain("International Organization for Migration");
    await user.selectOptions(party, "");
    await user.type(within(form).getByRole("searchbox", { name: /Title contains/ }), "Labour");
    const labour = await results("2 agreements");
    expect(labour.every((c) => c.textContent?.includes("Labour"))).toBe(true);
  });

  it("writes dates in the Buddhist Era in Thai", async () => {
    const observer = signInByUsername(server, "demo-observer");
    // The session speaks the user's own language: set it as the language switcher does.
    await server.gql("mutation { setMyLanguage(language: th) { __typename } }", {}, observer.headers);
    renderWithApi(<AgreementsRegister />, { server, as: observer, language: "th" });
    const cards = await results("15 ข้อตกลง");
    const mou = cards.find((c) => c.textContent?.includes("บันทึกความเข้าใจไทย–เมียนมา ว่าด้วยความร่วมมือเพื่อต่อต้าน"));
    expect(mou?.textContent).toContain("2552");
    expect(mou?.textContent).not.toContain("2009");
    expect(within(mou as HTMLElement).getByText("มีผลบังคับใช้")).toBeTruthy();
  });
});

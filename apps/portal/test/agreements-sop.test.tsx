import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgreementPage } from "../src/features/agreements/AgreementPage.tsx";
import {
  renderWithApi,
  type SignedIn,
  signInByUsername,
  startDemoServer,
  type TestServer,
} from "./render.tsx";

interface Step {
  key: string;
  order: number;
  responsibleSide: string;
  targetDays: number | null;
  title: { en: string; th: string | null; my: string | null };
}
interface Sops {
  agreements: { edges: { node: { id: string; sopVersions: { version: number }[] } }[] };
}

/** The SOP with at least two versions; the demo has one version of each, so a second is adopted here. */
async function sopWithTwoVersions(server: TestServer, admin: SignedIn): Promise<string> {
  const found = await server.gql<Sops>(
    "{ agreements(kind: [sop, annex], first: 20) { edges { node { id sopVersions { version } } } } }",
    {},
    admin.headers,
  );
  const edges = found.body.data?.agreements.edges ?? [];
  const two = edges.find((e) => e.node.sopVersions.length >= 2);
  if (two) return two.node.id;
  const one = edges.find((e) => e.node.sopVersions.length === 1);
  if (!one) throw new Error("no SOP with steps in the demo data");
  // Steps are read for this one agreement only: for many agreements they exceed the API's cost limit.
  const current = await server.gql<{ node: { sopVersions: { steps: Step[] }[] } }>(
    `query ($id: ID!) { node(id: $id) { ... on Agreement { sopVersions {
      steps { key order responsibleSide targetDays title { en th my } } } } } }`,
    { id: one.node.id },
    admin.headers,
  );
  const steps = current.body.data?.node.sopVersions[0]?.steps ?? [];
  const kept = steps
    .filter((s) => s.key !== "interview_consent")
    .map((s) => (s.key === "identification" ? { ...s, targetDays: 10 } : s));
  const next = [
    ...kept,
    {
      key: "legal_assistance",
      order: 0,
      responsibleSide: "TH",
      targetDays: 5,
      title: {
        en: "Legal assistance and compensation claim",
        th: "การให้ความช่วยเหลือทางกฎหมายและการเรียกร้องค่าสินไหมทดแทน",
        my: "ဥပဒေအကူအညီနှင့် လျော်ကြေးတောင်းဆိုခြင်း",
      },
    },
  ].map((s, i) => ({ ...s, order: i + 1 }));
  const added = await server.gql<{ addSopVersion: { __typename: string } }>(
    `mutation ($input: SopVersionInput!) { addSopVersion(input: $input) { __typename ... on Error { message } } }`,
    { input: { agreementId: one.node.id, adoptedOn: "2026-09-01", note: "Review of 2026", steps: next } },
    admin.headers,
  );
  expect(added.body.data?.addSopVersion.__typename).toBe("SopVersion");
  return one.node.id;
}

describe("SOP on the agreement page", () => {
  let server: TestServer;
  let sopId: string;
  beforeAll(async () => {
    server = await startDemoServer();
    sopId = await sopWithTwoVersions(server, signInByUsername(server, "demo-admin"));
  });
  afterAll(() => server.close());

  it("shows the steps of the latest version with the side responsible, and totals per side", async () => {
    renderWithApi(<AgreementPage id={sopId} />, { server, as: signInByUsername(server, "demo-member") });
    const sop = await screen.findByRole(
      "region",
      { name: "Standard operating procedure" },
      { timeout: 5000 },
    );
    const table = within(sop).getByRole("table", { name: "Steps of version 2" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.length).toBeGreaterThan(3);
    expect(within(table).getAllByText("Thai side").length).toBeGreaterThan(0);
    expect(within(table).getAllByText("Myanmar side").length).toBeGreaterThan(0);
    expect(within(table).getAllByText("Both sides (joint)").length).toBeGreaterThan(0);
    const bySide = within(sop).getByText("Steps by side").nextElementSibling as HTMLElement;
    expect(within(bySide).getByText("Thai side").parentElement?.textContent).toMatch(
      /Thai side: \d+ steps, \d+ target days/,
    );
  });

  it("lists what changed between two versions, step by step", async () => {
    const user = userEvent.setup();
    renderWithApi(<AgreementPage id={sopId} />, { server, as: signInByUsername(server, "demo-member") });
    const sop = await screen.findByRole(
      "region",
      { name: "Standard operating procedure" },
      { timeout: 5000 },
    );
    expect(within(sop).getByRole("combobox", { name: "Older version" })).toHaveProperty("value", "1");
    const changes = await within(sop).findByText(/steps? added/, {}, { timeout: 5000 });
    expect(changes.textContent).toMatch(/1 step added, 1 removed, \d+ changed/);
    const list = changes.nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getByText(/Legal assistance and compensation claim/)
        .closest("li")?.textContent,
    ).toMatch(/^Added:/);
    expect(
      within(list)
        .getByText(/Case interview, documentation and consent/)
        .closest("li")?.textContent,
    ).toMatch(/^Removed:/);
    expect(within(list).getByText("target days 15 → 10")).toBeTruthy();
    // Comparing a version with itself shows no differences.
    await user.selectOptions(within(sop).getByRole("combobox", { name: "Older version" }), "2");
    expect(
      await within(sop).findByText("The two versions have the same steps.", {}, { timeout: 5000 }),
    ).toBeTruthy();
    // The steps of the first version stay readable.
    await user.selectOptions(within(sop).getByRole("combobox", { name: "Steps of version" }), "1");
    expect(within(sop).getByRole("table", { name: "Steps of version 1" })).toBeTruthy();
  });

  it("speaks Thai with Buddhist Era dates on the timeline and the versions", async () => {
    const observer = signInByUsername(server, "demo-observer");
    await server.gql("mutation { setMyLanguage(language: th) { __typename } }", {}, observer.headers);
    renderWithApi(<AgreementPage id={sopId} />, { server, as: observer, language: "th" });
    const timeline = await screen.findByRole("region", { name: "ลำดับเหตุการณ์" }, { timeout: 5000 });
    expect(within(timeline).getAllByRole("listitem")[0]?.textContent).toMatch(/2556.*ลงนาม/);
    expect(within(timeline).getByText("ครบกำหนดทบทวน").parentElement?.textContent).toContain("2570");
    const sop = screen.getByRole("region", { name: "มาตรฐานการปฏิบัติงาน" });
    expect(within(sop).getAllByText("ฝ่ายไทย").length).toBeGreaterThan(0);
    expect(within(sop).getByText(/รับรองเมื่อ .*2569/)).toBeTruthy();
  });
});

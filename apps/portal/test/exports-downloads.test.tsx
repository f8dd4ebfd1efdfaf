import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ActionTracker } from "../src/features/actions/ActionTracker.tsx";
import { AgreementsRegister } from "../src/features/agreements/AgreementsRegister.tsx";
import { MeetingPage } from "../src/features/meeting/MeetingPage.tsx";
import { findMeeting, type MeetingFacts } from "./meeting-sections.harness.tsx";
import { renderWithApi, signInByUsername, startDemoServer, type TestServer } from "./render.tsx";

/**
 * What the browser was handed to save. jsdom has no downloads: its missing blob URLs are filled in and
 * the hidden link's click is recorded instead of followed. The file itself comes from the real server.
 */
const saved: { name: string; blob: Blob }[] = [];
const blobs = new Map<string, Blob>();

function captureDownloads() {
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:moei-test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => blobs.delete(url),
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
}

const paramsOf = (href: string) => new URL(href, "http://portal.test").searchParams;

describe("Downloads", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startDemoServer();
    captureDownloads();
  });
  afterEach(() => {
    saved.length = 0;
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it("the tracker's CSV carries its id and enum filters, never the text search, and says so", async () => {
    const user = userEvent.setup();
    renderWithApi(<ActionTracker />, { server, as: signInByUsername(server, "demo-coordinator") });
    await screen.findByText("74 actions match", {}, { timeout: 8000 });
    const link = await screen.findByRole("link", { name: "Download the actions (CSV)" });
    // With no filter the address asks for everything the reader may see.
    expect([...paramsOf(link.getAttribute("href") ?? "").keys()]).toEqual(["ui"]);

    const organization = screen.getByLabelText("Owner organization") as HTMLSelectElement;
    await user.selectOptions(organization, (organization.options[1] as HTMLOptionElement).value);
    const series = screen.getByLabelText("Meeting series") as HTMLSelectElement;
    await user.selectOptions(series, (series.options[1] as HTMLOptionElement).value);
    const statuses = screen.getByRole("group", { name: "Status" });
    await user.click(within(statuses).getByRole("checkbox", { name: "Open" }));
    await user.click(within(statuses).getByRole("checkbox", { name: "Blocked" }));
    await user.click(screen.getByRole("checkbox", { name: "Overdue only" }));
    fireEvent.change(screen.getByLabelText("Due from"), { target: { value: "2026-01-01" } });
    fireEvent.change(screen.getByLabelText("Due until"), { target: { value: "2026-12-31" } });
    expect(screen.queryByText(/leaves out the text search/)).toBeNull();
    await user.type(screen.getByLabelText("Text contains"), "shelter referral");

    expect(
      await screen.findByText(
        "The download leaves out the text search: it has everything that matches the other filters.",
      ),
    ).toBeTruthy();
    const href = link.getAttribute("href") ?? "";
    expect(Object.fromEntries(paramsOf(href))).toEqual({
      organizationId: organization.value,
      seriesId: series.value,
      status: "open,blocked",
      overdue: "true",
      dueFrom: "2026-01-01",
      dueTo: "2026-12-31",
      ui: "en",
    });
    expect(organization.value).not.toBe("");
    expect(href).not.toMatch(/shelter|referral|query/i);
  });

  it("saves the tracker's CSV under the server's file name, UTF-8 with its byte order mark", async () => {
    const user = userEvent.setup();
    renderWithApi(<ActionTracker />, { server, as: signInByUsername(server, "demo-coordinator") });
    await screen.findByText("74 actions match", {}, { timeout: 8000 });
    const statuses = screen.getByRole("group", { name: "Status" });
    await user.click(within(statuses).getByRole("checkbox", { name: "Blocked" }));
    await screen.findByText("7 actions match", {}, { timeout: 5000 });
    await user.click(screen.getByRole("link", { name: "Download the actions (CSV)" }));

    const status = await screen.findByText(/^Downloaded .+\.csv\.$/, {}, { timeout: 10_000 });
    expect(saved).toHaveLength(1);
    const [file] = saved;
    expect(status.textContent).toBe(`Downloaded ${file?.name}.`);
    expect(file?.name).toMatch(/\.csv$/);
    const bytes = new Uint8Array((await file?.blob.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // A header line and the seven blocked actions (a cell may hold a line break, so count rows loosely).
    const text = new TextDecoder().decode(bytes);
    expect(text.split(/\r?\n/).filter((line) => line.trim() !== "").length).toBeGreaterThanOrEqual(8);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("the register's CSV carries its status, kind and party filters and saves the agreements they match", async () => {
    const user = userEvent.setup();
    renderWithApi(<AgreementsRegister />, { server, as: signInByUsername(server, "demo-member") });
    await screen.findByRole("region", { name: "15 agreements" }, { timeout: 8000 });
    const form = screen.getByRole("form", { name: "Filter agreements" });
    await user.click(within(form).getByRole("checkbox", { name: "Superseded" }));
    await user.click(within(form).getByRole("checkbox", { name: "Under review" }));
    const found = await screen.findByRole("region", { name: "2 agreements" }, { timeout: 5000 });
    const titles = within(found)
      .getAllByRole("link")
      .map((a) => a.textContent ?? "");
    const link = await screen.findByRole("link", { name: "Download the agreements (CSV)" });
    expect(Object.fromEntries(paramsOf(link.getAttribute("href") ?? ""))).toEqual({
      status: "superseded,under_review",
      ui: "en",
    });

    await user.click(link);
    await screen.findByText(/^Downloaded .+\.csv\.$/, {}, { timeout: 10_000 });
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
      await (saved[0]?.blob ?? new Blob()).arrayBuffer(),
    );
    expect(text.startsWith("\uFEFF")).toBe(true);
    for (const title of titles) expect(text).toContain(title);

    // Kind and party go along; the text and the expiry filter do not, and the page says so.
    await user.selectOptions(within(form).getByRole("combobox", { name: "Kind" }), "mou");
    const party = within(form).getByRole("combobox", { name: "Party organization" }) as HTMLSelectElement;
    await user.selectOptions(party, await within(party).findByRole("option", { name: /^IOM/ }));
    await user.type(within(form).getByRole("searchbox", { name: "Title contains" }), "labour");
    await user.click(within(form).getByRole("checkbox", { name: "Expiring within 180 days" }));
    expect(
      Object.fromEntries(
        paramsOf(
          screen.getByRole("link", { name: "Download the agreements (CSV)" }).getAttribute("href") ?? "",
        ),
      ),
    ).toEqual({ status: "superseded,under_review", kind: "mou", partyOrganizationId: party.value, ui: "en" });
    expect(screen.getByText(/leaves out the text search/)).toBeTruthy();
    expect(screen.getByText(/leaves out “Expiring within 180 days”/)).toBeTruthy();
  });

  describe("a meeting's documents", () => {
    let meeting: MeetingFacts;
    beforeAll(async () => {
      meeting = await findMeeting(
        server,
        signInByUsername(server, "demo-admin").headers,
        ["minutes_circulated", "minutes_approved"],
        (m) => m.series.languages.includes("th") && m.series.languages.includes("my"),
      );
    });

    it("offers the minutes in the series' languages, the invitation and attendance", async () => {
      const user = userEvent.setup();
      renderWithApi(<MeetingPage id={meeting.id} />, {
        server,
        as: signInByUsername(server, "demo-coordinator"),
      });
      const documents = await screen.findByRole("region", { name: "Documents" }, { timeout: 10_000 });
      const language = within(documents).getByLabelText("Language of the minutes") as HTMLSelectElement;
      expect([...language.options].map((o) => o.value)).toEqual(["en", "th", "my"]);
      expect(language.value).toBe("en");
      const docx = within(documents).getByRole("link", { name: "Minutes as Word (DOCX)" });
      expect(docx.getAttribute("href")).toMatch(/\/minutes\.docx\?lang=en&ui=en$/);
      await user.selectOptions(language, "th");
      expect(docx.getAttribute("href")).toMatch(/\/minutes\.docx\?lang=th&ui=en$/);
      expect(within(documents).getByRole("link", { name: "Minutes as PDF" }).getAttribute("href")).toMatch(
        /\/minutes\.pdf\?lang=th&ui=en$/,
      );
      expect(
        within(documents)
          .getByRole("link", { name: "Invitation for your calendar (.ics)" })
          .getAttribute("href"),
      ).toContain(`/export/meetings/${encodeURIComponent(meeting.id)}/invitation.ics?ui=en`);
      expect(within(documents).getByRole("link", { name: "Attendance (CSV)" })).toBeTruthy();
    });

    it("shows the server's refusal when the session has ended, and the page stays as it was", async () => {
      const user = userEvent.setup();
      const session = signInByUsername(server, "demo-coordinator");
      renderWithApi(<MeetingPage id={meeting.id} />, { server, as: session });
      const documents = await screen.findByRole("region", { name: "Documents" }, { timeout: 10_000 });
      await user.selectOptions(within(documents).getByLabelText("Language of the minutes"), "my");
      // The session ends elsewhere (signed out in another tab, or expired) while the page is open.
      const out = await server.gql("mutation { signOut { __typename } }", {}, session.headers);
      expect(out.status).toBe(200);

      await user.click(within(documents).getByRole("link", { name: "Minutes as Word (DOCX)" }));
      const alert = await within(documents).findByRole("alert", {}, { timeout: 10_000 });
      expect(alert.textContent).toBe("Please sign in to continue. Your session may have expired.");
      expect(saved).toHaveLength(0);
      expect((within(documents).getByLabelText("Language of the minutes") as HTMLSelectElement).value).toBe(
        "my",
      );
      expect(screen.getByRole("heading", { level: 1 })).toBeTruthy();
    });

    it("gives the refusal in the reader's language: Thai for a Thai reader", async () => {
      const user = userEvent.setup();
      const session = signInByUsername(server, "demo-observer");
      // The portal speaks the user's saved language; the download asks the server for it (ui=th).
      await server.gql("mutation { setMyLanguage(language: th) { __typename } }", {}, session.headers);
      renderWithApi(<MeetingPage id={meeting.id} />, { server, as: session, language: "th" });
      const documents = await screen.findByRole("region", { name: "เอกสาร" }, { timeout: 10_000 });
      const docx = within(documents).getByRole("link", { name: "รายงานการประชุมเป็นไฟล์ Word (DOCX)" });
      expect(docx.getAttribute("href")).toMatch(/\/minutes\.docx\?lang=th&ui=th$/);
      await server.gql("mutation { signOut { __typename } }", {}, session.headers);
      await user.click(docx);
      expect((await within(documents).findByRole("alert", {}, { timeout: 10_000 })).textContent).toBe(
        "โปรดเข้าสู่ระบบเพื่อดำเนินการต่อ การเข้าสู่ระบบครั้งก่อนอาจหมดอายุแล้ว",
      );
    });
  });
});

import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionTracker } from "../src/features/actions/ActionTracker.tsx";
import { renderWithApi, signInByUsername, startDemoServer, type TestServer } from "./render.tsx";

describe("Action tracker in Thai and Burmese", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());

  /** Signs `username` in with `language` as their own interface language (the session takes it). */
  const signInSpeaking = async (username: string, language: "th" | "my") => {
    const session = signInByUsername(server, username);
    await server.gql(`mutation { setMyLanguage(language: ${language}) { __typename } }`, {}, session.headers);
    return session;
  };

  it("writes due dates in the Buddhist Era in Thai and pages on with load more", async () => {
    const user = userEvent.setup();
    renderWithApi(<ActionTracker />, {
      server,
      as: await signInSpeaking("demo-admin", "th"),
      language: "th",
    });
    expect(await screen.findByRole("heading", { level: 1, name: "ติดตามงานที่ตกลง" })).toBeTruthy();
    expect(await screen.findByText("แสดง 25 จาก 74 งาน", {}, { timeout: 5000 })).toBeTruthy();
    // The earliest action is due on 3 January 2025: BE 2568.
    const first = screen.getAllByRole("row")[1] as HTMLElement;
    expect(within(first).getByText("3 มกราคม พ.ศ. 2568")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "โหลดเพิ่ม" }));
    expect(await screen.findByText("แสดง 50 จาก 74 งาน", {}, { timeout: 5000 })).toBeTruthy();
  });

  it("offers to convert a Zawgyi comment to Unicode when writing in Burmese", async () => {
    const user = userEvent.setup();
    renderWithApi(<ActionTracker />, {
      server,
      as: await signInSpeaking("demo-coordinator", "my"),
      language: "my",
    });
    expect(await screen.findByRole("heading", { level: 1, name: "လုပ်ငန်း ခြေရာခံစနစ်" })).toBeTruthy();
    // The earliest action, done, which the secretariat may reopen with a comment.
    const first = await screen.findAllByRole("button", { name: "အသေးစိတ်" }, { timeout: 5000 });
    await user.click(first[0] as HTMLElement);
    const comment = (await screen.findByRole("textbox", { name: "မှတ်ချက်" })) as HTMLTextAreaElement;
    await user.click(comment);
    await user.paste("အျပည္ျပည္ဆိုင္ရာ လူ႔အခြင့္အေရး ေၾကညာစာတမ္း");
    const offer = await screen.findByRole("button", { name: "ယူနီကုဒ်သို့ ပြောင်းရန်" });
    await user.click(offer);
    expect(comment.value).toBe("အပြည်ပြည်ဆိုင်ရာ လူ့အခွင့်အရေး ကြေညာစာတမ်း");
    expect(screen.queryByRole("button", { name: "ယူနီကုဒ်သို့ ပြောင်းရန်" })).toBeNull();
  });
});

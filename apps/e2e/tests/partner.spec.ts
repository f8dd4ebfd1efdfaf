import type { APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, expect, signIn, test } from "./fixtures.ts";

const ACTION = "Send the clinic's monthly referral figures to the secretariat";

async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post("/graphql", { data: { query, variables } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/**
 * The demo clinic's own overdue action, agreed at the last approved Mae Sot meeting: recorded through the API
 * by the coordinator (the browser steps below are the partner's and then the coordinator's).
 */
async function recordOverdueClinicAction(request: APIRequestContext): Promise<void> {
  await gql(
    request,
    "mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { __typename } }",
    {
      u: "demo-coordinator",
      p: DEMO_PASSWORD,
    },
  );
  const { me } = await gql<{ me: { coordinatedSeries: { id: string }[] } }>(
    request,
    "{ me { coordinatedSeries { id } } }",
  );
  const { meetings, organizations } = await gql<{
    meetings: { edges: { node: { id: string } }[] };
    organizations: { edges: { node: { id: string } }[] };
  }>(
    request,
    `query($series: ID!) {
      meetings(seriesId: $series, status: [minutes_approved], last: 1) { edges { node { id } } }
      organizations(query: "Silver Lotus", first: 1) { edges { node { id } } }
    }`,
    { series: me.coordinatedSeries[0]?.id },
  );
  const due = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  const created = await gql<{ createAction: { __typename: string } }>(
    request,
    `mutation($input: CreateActionInput!) { createAction(input: $input) { __typename } }`,
    {
      input: {
        source: { meetingId: meetings.edges[0]?.node.id },
        text: ACTION,
        ownerIds: [organizations.edges[0]?.node.id],
        dueOn: due,
      },
    },
  );
  expect(created.createAction.__typename).toBe("CreateActionPayload");
}

test.describe("a partner reports on its action, in Burmese", () => {
  test("sees its organization's overdue action, marks it done with a comment; the coordinator sees it done", async ({
    page,
    request,
    shot,
  }) => {
    await recordOverdueClinicAction(request);

    await signIn(page, "demo-member");
    await page.getByRole("banner").getByRole("combobox").selectOption("my");
    await page.getByRole("navigation").getByRole("link", { name: "လုပ်ငန်းများ" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "လုပ်ငန်း ခြေရာခံစနစ်" })).toBeVisible();
    await page.getByLabel("သတ်မှတ်ရက် ကျော်လွန်သည်များသာ").check();
    const row = page.getByRole("row").filter({ hasText: ACTION });
    await expect(row).toBeVisible();
    await expect(row.getByText(/ရက် ကျော်လွန်နေပြီ/)).toBeVisible();
    await shot("overdue-in-burmese");

    await row.getByRole("button", { name: "အသေးစိတ်" }).click();
    await page.getByLabel("ဖြစ်ပျက်ခဲ့သည့်အရာ").selectOption({ label: "ပြီးစီးသည်ဟု မှတ်ရန်" });
    await page
      .getByLabel("မှတ်ချက်")
      .fill("လစဉ် လွှဲပြောင်းမှု ကိန်းဂဏန်းများကို အတွင်းရေးမှူးရုံးသို့ ပေးပို့ပြီးဖြစ်ပါသည်။ နောက်လအတွက်လည်း ဆက်လက်ပေးပို့ပါမည်။");
    await page.getByRole("button", { name: "သိမ်းရန်" }).click();
    await expect(page.getByText(/သိမ်းပြီး။/)).toBeVisible();
    await shot("marked-done");

    await page.getByRole("banner").getByRole("button", { name: "ထွက်ရန်" }).click();
    await signIn(page, "demo-coordinator");
    await page.getByRole("navigation").getByRole("link", { name: "Actions" }).click();
    await page.getByLabel("Text contains").fill("monthly referral figures");
    const done = page.getByRole("row").filter({ hasText: ACTION });
    await expect(done.getByText("Done", { exact: true })).toBeVisible();
    await shot("tracker-coordinator");

    await done.getByRole("link").click();
    const agreed = page.getByRole("region", { name: "Actions agreed" });
    await expect(
      agreed.getByRole("row").filter({ hasText: ACTION }).getByText("Done", { exact: true }),
    ).toBeVisible();
    await shot("meeting-page-coordinator");
  });
});

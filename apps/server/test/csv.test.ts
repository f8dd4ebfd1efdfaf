import { ACTION_STATUSES } from "@moei/domain/action";
import { message, stateLabel } from "@moei/domain/shared";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCsv } from "../src/exports/csv.ts";
import { type SignedIn, signInByUsername, startDemoServer, type TestServer } from "./testing.ts";

/*
 * CSV downloads against the real server over the demo data: the bytes Excel needs (BOM, CRLF), headers in
 * three languages, filters and permissions exactly the API's (compared with GraphQL as the same user),
 * refusals, neutralised formulas and the audit entries. Files are parsed back with the RFC 4180 reader
 * below (no CSV parser is a dependency of the repository).
 */

/** RFC 4180: records end with CRLF; quoted fields may hold commas, line breaks and "" for a quote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      i += 1;
    } else if (c === ",") {
      record.push(field);
      field = "";
      i += 1;
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else if (c === "\r" || c === "\n" || c === '"') {
      throw new Error(`Not RFC 4180: ${JSON.stringify(c)} unquoted at offset ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted || field !== "" || record.length > 0) throw new Error("The last record does not end with CRLF");
  return records;
}

interface Download {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  text: string;
  /** Header row first; empty unless the answer is a CSV file. */
  rows: string[][];
}

const BOM = [0xef, 0xbb, 0xbf];

let s: TestServer;
let admin: SignedIn;
let member: SignedIn;
let dsw: SignedIn;

async function download(path: string, who: SignedIn | null = admin): Promise<Download> {
  const response = await fetch(`${s.url}${path}`, { headers: who?.headers ?? {} });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const csv = response.headers.get("content-type")?.startsWith("text/csv") ?? false;
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    text,
    rows: csv ? parseCsv(text.replace(/^\uFEFF/, "")) : [],
  };
}

async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  who: SignedIn = admin,
): Promise<T> {
  const result = await s.gql<T>(query, variables, who.headers);
  if (result.body.errors) throw new Error(JSON.stringify(result.body.errors));
  return result.body.data as T;
}

const VARIABLE_TYPES: Record<string, string> = {
  organizationId: "ID",
  seriesId: "ID",
  meetingId: "ID",
  status: "[ActionStatus!]",
  overdue: "Boolean",
  dueFrom: "Date",
  dueTo: "Date",
};

/** The actions query's totalCount for these arguments, as `who` sees it. */
async function count(variables: Record<string, unknown> = {}, who: SignedIn = admin): Promise<number> {
  const names = Object.keys(variables);
  const declared =
    names.length === 0 ? "" : `(${names.map((n) => `$${n}: ${VARIABLE_TYPES[n]}`).join(", ")})`;
  const args = names.map((n) => `, ${n}: $${n}`).join("");
  const query = `query Count${declared} { actions(first: 1${args}) { totalCount } }`;
  return (await gql<{ actions: { totalCount: number } }>(query, variables, who)).actions.totalCount;
}

const column = (d: Download, index: number) => d.rows.slice(1).map((r) => r[index] as string);

interface SeriesInfo {
  id: string;
  confidentiality: string;
  name: { en: string };
  meetings: {
    edges: {
      node: {
        id: string;
        start: string;
        invitations: {
          rsvp: string;
          organization: { id: string; acronym: string | null; name: { en: string } };
        }[];
        attendance: { status: string; delegates: string[]; organization: { id: string } }[];
      };
    }[];
  };
}

let series: SeriesInfo[];
const restricted = () => series.find((x) => x.confidentiality === "restricted") as SeriesInfo;
const maeSot = () => series.find((x) => x.name.en.startsWith("Mae Sot")) as SeriesInfo;

beforeAll(async () => {
  s = await startDemoServer();
  admin = signInByUsername(s, "demo-admin");
  member = signInByUsername(s, "demo-member");
  dsw = signInByUsername(s, "demo-dsw");
  series = (
    await gql<{ series: SeriesInfo[] }>(`{
      series {
        id confidentiality name { en }
        meetings(first: 50) { edges { node {
          id start
          invitations { rsvp organization { id acronym name { en } } }
          attendance { status delegates organization { id } }
        } } }
      }
    }`)
  ).series;
});
afterAll(() => s.close());

describe("the file", () => {
  it("is UTF-8 with a BOM, CRLF line ends and an attachment named with the date", async () => {
    const d = await download("/export/actions.csv");
    expect(d.status).toBe(200);
    expect([...d.bytes.slice(0, 3)]).toEqual(BOM);
    expect(d.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(d.headers.get("content-disposition")).toMatch(/^attachment; filename="actions-2026-11-21\.csv"/);
    expect(d.headers.get("cache-control")).toBe("private, no-store");
    expect(d.text.endsWith("\r\n")).toBe(true);
    expect(d.text.replace(/\r\n/g, "")).not.toMatch(/(?<!")\n/);
    expect(d.rows[0]).toEqual([
      "Action",
      "Owners",
      "Due (YYYY-MM-DD)",
      "Due",
      "Status",
      "Agreed at",
      "Last progress (YYYY-MM-DD)",
      "Overdue",
    ]);
    // Every action the admin may read, each row as wide as the header.
    expect(d.rows.length - 1).toBe(await count());
    expect(d.rows.every((r) => r.length === 8)).toBe(true);
  });

  it("writes headers, labels and dates in Thai (Buddhist Era) and Burmese", async () => {
    const th = await download("/export/actions.csv?lang=th");
    expect(th.rows[0]).toEqual([
      "งาน",
      "ผู้รับผิดชอบ",
      "กำหนดเสร็จ (ค.ศ. YYYY-MM-DD)",
      "กำหนดเสร็จ",
      "สถานะ",
      "ตกลงในการประชุม",
      "รายงานความคืบหน้าล่าสุด (ค.ศ. YYYY-MM-DD)",
      "เกินกำหนด",
    ]);
    const first = th.rows[1] as string[];
    const [year] = (first[2] as string).split("-");
    expect(first[3]).toContain(`พ.ศ. ${Number(year) + 543}`);
    const thaiStatuses = ACTION_STATUSES.map((x) => stateLabel("action", x, "th"));
    expect(column(th, 4).every((x) => thaiStatuses.includes(x))).toBe(true);
    expect(new Set(column(th, 7))).toEqual(new Set(["ใช่", "ไม่ใช่"]));

    const my = await download("/export/actions.csv?lang=my");
    expect(my.rows[0]?.[0]).toBe("လုပ်ငန်း");
    expect(my.rows[0]?.[4]).toBe("အခြေအနေ");
    expect(column(my, 3)[0]).toMatch(/^[၀-၉]{4} /);

    // Without `lang`, the interface language of the request (`ui`) is the document's.
    const ui = await download("/export/agreements.csv?ui=th");
    expect(ui.rows[0]?.[0]).toBe("ชื่อข้อตกลง");
  });

  it("neutralises cells that a spreadsheet would run as formulas, and keeps numbers and line breaks", () => {
    const cells = [
      "=1+1",
      "+66 81",
      "-2",
      "@SUM(A1)",
      "\tlead",
      "\rlead",
      "plain",
      "two\nlines",
      'say "hi", then',
    ];
    const csv = toCsv({ a: "A", n: "N" }, ["a", "n"] as const, [
      ...cells.map((a) => ({ a, n: 1 })),
      { a: "x", n: -5 },
    ]);
    const rows = parseCsv(csv.replace(/^\uFEFF/, ""));
    expect(rows.map((r) => r[0])).toEqual([
      "A",
      "'=1+1",
      "'+66 81",
      "'-2",
      "'@SUM(A1)",
      "'\tlead",
      "'\rlead",
      "plain",
      "two\nlines",
      'say "hi", then',
      "x",
    ]);
    expect(rows.at(-1)?.[1]).toBe("-5");
  });
});

describe("actions", () => {
  it("keeps only the statuses asked for, as many as the actions query counts", async () => {
    const d = await download("/export/actions.csv?status=open,in_progress");
    const labels = ["open", "in_progress"].map((x) => stateLabel("action", x, "en"));
    expect(new Set(column(d, 4))).toEqual(new Set(labels));
    expect(d.rows.length - 1).toBe(await count({ status: ["open", "in_progress"] }));
  });

  it("filters by organization, series, meeting, overdue and due dates like the actions query", async () => {
    const slmc = maeSot().meetings.edges[0]?.node.invitations.find((i) => i.organization.acronym === "SLMC")
      ?.organization.id as string;
    const byOrg = await download(`/export/actions.csv?organizationId=${encodeURIComponent(slmc)}`);
    const expected = await count({ organizationId: slmc });
    expect(expected).toBeGreaterThan(0);
    expect(byOrg.rows.length - 1).toBe(expected);
    expect(column(byOrg, 1).every((owners) => owners.includes("Silver Lotus"))).toBe(true);

    const seriesId = maeSot().id;
    const bySeries = await download(`/export/actions.csv?seriesId=${encodeURIComponent(seriesId)}`);
    expect(bySeries.rows.length - 1).toBe(await count({ seriesId }));
    expect(
      column(bySeries, 5).every((m) => m.startsWith("Mae Sot NGO/CBO Monthly Coordination Meeting – ")),
    ).toBe(true);

    const meetingId = maeSot().meetings.edges[1]?.node.id as string;
    const byMeeting = await download(`/export/actions.csv?meetingId=${encodeURIComponent(meetingId)}`);
    expect(byMeeting.rows.length - 1).toBe(await count({ meetingId }));
    expect(new Set(column(byMeeting, 5)).size).toBe(1);

    const overdue = await download("/export/actions.csv?overdue=true");
    expect(overdue.rows.length - 1).toBe(await count({ overdue: true }));
    expect(new Set(column(overdue, 7))).toEqual(new Set(["Yes"]));

    const range = await download("/export/actions.csv?dueFrom=2025-06-01&dueTo=2025-12-31&organizationId=");
    const dates = column(range, 2);
    expect(dates.length).toBe(await count({ dueFrom: "2025-06-01", dueTo: "2025-12-31" }));
    expect(dates.every((x) => x >= "2025-06-01" && x <= "2025-12-31")).toBe(true);
  });

  it("refuses a bad filter value with 400, naming the parameter in the reader's language", async () => {
    const cases: [string, string][] = [
      ["status=open,finished", "status"],
      ["dueFrom=2025-02-30", "dueFrom"],
      ["dueTo=tomorrow", "dueTo"],
      ["overdue=false", "overdue"],
      [`organizationId=${encodeURIComponent(maeSot().id)}`, "organizationId"],
      ["seriesId=not-an-id", "seriesId"],
      ["meetingId=%00", "meetingId"],
      ["lang=fr", "lang"],
      ["status=open&status=done", "status"],
      // No free-text search in export URLs: the words would end up in logs and browser histories.
      ["query=Burmese", "query"],
    ];
    for (const [query, option] of cases) {
      const d = await download(`/export/actions.csv?${query}`);
      expect({ query, status: d.status, text: d.text }).toEqual({
        query,
        status: 400,
        text: message("EXPORT.INVALID_OPTION", "en", { option }),
      });
    }
    const thai = await download("/export/actions.csv?status=late&ui=th");
    expect(thai.text).toBe(message("EXPORT.INVALID_OPTION", "th", { option: "status" }));
  });

  it("leaves out the actions of restricted meetings the reader was not invited to", async () => {
    const secret = (
      await gql<{ actions: { edges: { node: { text: string } }[] } }>(
        "query S($s: ID!) { actions(seriesId: $s, first: 200) { edges { node { text } } } }",
        { s: restricted().id },
      )
    ).actions.edges.map((e) => e.node.text);
    expect(secret.length).toBeGreaterThan(0);

    const theirs = await download("/export/actions.csv", member);
    expect(theirs.rows.length - 1).toBe(await count({}, member));
    const texts = column(theirs, 0);
    expect(texts.filter((t) => secret.includes(t))).toEqual([]);
    // Asking for the restricted series by id does not open it either.
    const asked = await download(
      `/export/actions.csv?seriesId=${encodeURIComponent(restricted().id)}`,
      member,
    );
    expect(asked.rows).toHaveLength(1);

    // An invited organization's delegate sees them, as in the API.
    const invited = await download(
      `/export/actions.csv?seriesId=${encodeURIComponent(restricted().id)}`,
      dsw,
    );
    expect(invited.rows.length - 1).toBe(await count({ seriesId: restricted().id }, dsw));
    expect(invited.rows.length - 1).toBeGreaterThan(0);

    // Anonymous readers get the public series' actions: none in the demo data.
    const anonymous = await download("/export/actions.csv", null);
    expect(anonymous.status).toBe(200);
    expect(anonymous.rows).toHaveLength(1);
  });

  it("neutralises an action text typed as a formula", async () => {
    const meeting = maeSot().meetings.edges[0]?.node;
    const owner = meeting?.invitations[0]?.organization.id;
    const text = '=HYPERLINK("https://example.org/x","Open the tracker")';
    const created = await gql<{ createAction: { __typename: string } }>(
      `mutation C($input: CreateActionInput!) { createAction(input: $input) { __typename } }`,
      { input: { text, ownerIds: [owner], dueOn: "2026-12-15", source: { meetingId: meeting?.id } } },
    );
    expect(created.createAction.__typename).toBe("CreateActionPayload");
    const d = await download(`/export/actions.csv?meetingId=${encodeURIComponent(meeting?.id as string)}`);
    expect(column(d, 0)).toContain(`'${text}`);
    expect(column(d, 0)).not.toContain(text);
    expect(d.text).toContain(`"'=HYPERLINK(""https://example.org/x"",""Open the tracker"")"`);
  });
});

describe("attendance", () => {
  const attendanceUrl = (meetingId: string) =>
    `/export/meetings/${encodeURIComponent(meetingId)}/attendance.csv`;

  it("has one row per invited organization with its reply, attendance and delegates", async () => {
    const meeting = maeSot().meetings.edges[0]?.node as SeriesInfo["meetings"]["edges"][number]["node"];
    const d = await download(attendanceUrl(meeting.id));
    expect(d.status).toBe(200);
    expect([...d.bytes.slice(0, 3)]).toEqual(BOM);
    expect(d.headers.get("content-disposition")).toContain('filename="attendance-2026-11-21.csv"');
    expect(d.rows[0]).toEqual([
      "Meeting date (YYYY-MM-DD)",
      "Meeting date",
      "Meeting series",
      "Meeting number",
      "Meeting status",
      "Organization",
      "Reply to invitation",
      "Attendance",
      "Number of delegates",
      "Delegates",
    ]);
    expect(d.rows.length - 1).toBe(meeting.invitations.length);
    const rsvp: Record<string, string> = {
      pending: "No reply yet",
      accepted: "Accepted",
      tentative: "Tentative",
      declined: "Declined",
    };
    const status: Record<string, string> = {
      present: "Present",
      remote: "Online",
      excused: "Excused",
      absent: "Absent",
    };
    meeting.invitations.forEach((invitation, i) => {
      const row = d.rows[i + 1] as string[];
      const recorded = meeting.attendance.find((a) => a.organization.id === invitation.organization.id);
      expect(row[0]).toBe("2024-12-12");
      expect(row[1]).toBe("12 December 2024");
      expect(row[3]).toBe("1st");
      expect(row[5]).toBe(invitation.organization.name.en);
      expect(row[6]).toBe(rsvp[invitation.rsvp]);
      expect(row[7]).toBe(recorded ? status[recorded.status] : "Not recorded");
      expect(row[8]).toBe(String(recorded?.delegates.length ?? 0));
      expect(row[9]).toBe(recorded?.delegates.join("; ") ?? "");
    });

    const th = await download(`${attendanceUrl(meeting.id)}?lang=th`);
    expect(th.rows[0]?.[0]).toBe("วันที่ประชุม (ค.ศ. YYYY-MM-DD)");
    expect(th.rows[1]?.[1]).toBe("12 ธันวาคม พ.ศ. 2567");
    const my = await download(`${attendanceUrl(meeting.id)}?lang=my`);
    expect(my.rows[0]?.[5]).toBe("အဖွဲ့အစည်း");
  });

  it("covers every meeting of a series the reader may read", async () => {
    const d = await download(`/export/series/${encodeURIComponent(maeSot().id)}/attendance.csv`);
    expect(d.status).toBe(200);
    const invitations = maeSot().meetings.edges.reduce((n, e) => n + e.node.invitations.length, 0);
    expect(d.rows.length - 1).toBe(invitations);
    expect(new Set(column(d, 0)).size).toBe(maeSot().meetings.edges.length);
  });

  it("answers a restricted meeting the reader was not invited to exactly like an unknown one", async () => {
    const meeting = restricted().meetings.edges.find(
      (e) =>
        e.node.invitations.some((i) => i.organization.acronym === "DSW") &&
        !e.node.invitations.some((i) => i.organization.acronym === "SLMC"),
    )?.node.id as string;
    expect(meeting).toBeDefined();
    const hidden = await download(attendanceUrl(meeting), member);
    const unknown = await download(attendanceUrl(encodeGlobalID("Meeting", "mtg_missing")), member);
    const malformed = await download(attendanceUrl("nonsense"), member);
    expect(hidden.status).toBe(404);
    expect(hidden.text).toBe(message("NOT_FOUND", "en", { entity: "meeting" }));
    for (const other of [unknown, malformed]) expect([other.status, other.text]).toEqual([404, hidden.text]);
    // The restricted series is closed to them as well (not a member, never invited).
    const seriesFile = await download(
      `/export/series/${encodeURIComponent(restricted().id)}/attendance.csv`,
      member,
    );
    expect(seriesFile.status).toBe(404);

    // Invited, DSW's delegate may download it.
    const invited = await download(attendanceUrl(meeting), dsw);
    expect(invited.status).toBe(200);
    expect(invited.rows.length).toBeGreaterThan(1);
  });

  it("asks anonymous readers to sign in for what only partners read", async () => {
    const d = await download(attendanceUrl(maeSot().meetings.edges[0]?.node.id as string), null);
    expect(d.status).toBe(401);
    expect(d.text).toBe(message("UNAUTHENTICATED", "en"));
    const series = await download(
      `/export/series/${encodeURIComponent(maeSot().id)}/attendance.csv?ui=my`,
      null,
    );
    expect([series.status, series.text]).toEqual([401, message("UNAUTHENTICATED", "my")]);
  });
});

describe("agreements", () => {
  const AGREEMENTS = `query A($status: [AgreementStatus!], $kind: [AgreementKind!], $party: ID) {
    agreements(first: 200, status: $status, kind: $kind, partyOrganizationId: $party) {
      totalCount edges { node { title { en } areas { number } } }
    }
  }`;
  type Agreements = {
    agreements: { totalCount: number; edges: { node: { title: { en: string }; areas: unknown[] } }[] };
  };

  it("lists the register with the filters the agreements query takes", async () => {
    const all = await download("/export/agreements.csv");
    expect(all.status).toBe(200);
    expect(all.rows[0]).toEqual([
      "Title",
      "Kind",
      "Status",
      "Parties",
      "Signed (YYYY-MM-DD)",
      "In force from (YYYY-MM-DD)",
      "Expires (YYYY-MM-DD)",
      "Cooperation areas",
    ]);
    const everything = await gql<Agreements>(AGREEMENTS);
    expect(all.rows.length - 1).toBe(everything.agreements.totalCount);
    expect(all.rows.slice(1).map((r) => [r[0], Number(r[7])])).toEqual(
      everything.agreements.edges.map((e) => [e.node.title.en, e.node.areas.length]),
    );

    const inForce = await download("/export/agreements.csv?status=in_force&kind=mou,sop");
    const expected = await gql<Agreements>(AGREEMENTS, { status: ["in_force"], kind: ["mou", "sop"] });
    expect(inForce.rows.length - 1).toBe(expected.agreements.totalCount);
    expect(new Set(column(inForce, 2))).toEqual(new Set(["In force"]));
    expect(new Set(column(inForce, 1)).size).toBeLessThanOrEqual(2);

    const iom = maeSot().meetings.edges[0]?.node.invitations.find((i) => i.organization.acronym === "IOM")
      ?.organization.id as string;
    const party = await download(`/export/agreements.csv?partyOrganizationId=${encodeURIComponent(iom)}`);
    const byParty = await gql<Agreements>(AGREEMENTS, { party: iom });
    expect(party.rows.length - 1).toBe(byParty.agreements.totalCount);

    expect((await download("/export/agreements.csv?kind=treaty")).status).toBe(400);
    // Anyone may read the partner directory, so anyone may download it.
    const anonymous = await download("/export/agreements.csv?lang=th", null);
    expect(anonymous.rows.length).toBe(all.rows.length);
  });
});

describe("audit", () => {
  it("writes one entry per download with the filters and the row count, never text", async () => {
    const d = await download("/export/actions.csv?status=blocked&overdue=true&lang=th", dsw);
    const a = await download(
      `/export/meetings/${encodeURIComponent(maeSot().meetings.edges[0]?.node.id as string)}/attendance.csv`,
      dsw,
    );
    const g = await download("/export/agreements.csv?status=in_force", dsw);
    const entries = (
      await gql<{
        auditLog: {
          edges: {
            node: {
              operation: string;
              entityType: string;
              entityId: string;
              after: string;
              actor: { username: string } | null;
            };
          }[];
        };
      }>(
        `query L($actor: ID) { auditLog(actorId: $actor, first: 3) { edges { node {
        operation entityType entityId after actor { username }
      } } } }`,
        { actor: encodeGlobalID("User", dsw.user.id) },
      )
    ).auditLog.edges.map((e) => ({ ...e.node, after: JSON.parse(e.node.after) }));
    expect(entries).toEqual([
      {
        operation: "export.csv.agreements",
        entityType: "agreement",
        entityId: "*",
        actor: { username: "demo-dsw" },
        after: { status: ["in_force"], lang: "en", rows: g.rows.length - 1 },
      },
      {
        operation: "export.csv.attendance",
        entityType: "meeting",
        entityId: expect.stringMatching(/^mtg_/),
        actor: { username: "demo-dsw" },
        after: { lang: "en", rows: a.rows.length - 1 },
      },
      {
        operation: "export.csv.actions",
        entityType: "action",
        entityId: "*",
        actor: { username: "demo-dsw" },
        after: { status: ["blocked"], overdue: true, lang: "th", rows: d.rows.length - 1 },
      },
    ]);
  });
});

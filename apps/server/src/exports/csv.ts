import { ACTION_STATUSES, type ActionStatus } from "@moei/domain/action";
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  type AgreementKind,
  type AgreementStatus,
} from "@moei/domain/agreement";
import type { AttendanceStatus, MeetingStatus, Rsvp } from "@moei/domain/meeting";
import {
  dateOf,
  formatDate,
  type Instant,
  type LocalizedText,
  localized,
  type PlainDate,
  parsePlainDate,
  stateLabel,
  type TimeZone,
  type UiLanguage,
} from "@moei/domain/shared";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { stringify } from "csv-stringify/sync";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Context } from "../context.ts";
import {
  allPages,
  audit,
  documentLanguage,
  type ExportDeps,
  ExportRefusal,
  exportHandler,
  type Page,
  runQuery,
  sendFile,
} from "./export-request.ts";

/*
 * CSV downloads of the action tracker, of attendance (a meeting's or a whole series') and of the agreements
 * register, for the spreadsheets partners keep. Each reads through the schema as the requester, so a list
 * holds exactly what the API would show them, and writes one audit entry with its filters and row count.
 *
 * The files are made for Excel as much as for programs: UTF-8 with a byte order mark (without it Excel
 * reads Thai and Burmese as mojibake), CRLF line ends, headers in the document's language. A cell a user
 * typed that starts with = + - @ tab or CR is prefixed with ' so that a spreadsheet shows it instead of
 * running it as a formula (csv-stringify's `escape_formulas`; numbers stay numbers).
 *
 * Filters are ids and enum values only: no text search (`query`), whose words would land in URLs, logs and
 * browser histories. Parameters a route does not know are refused, so a mistyped filter never silently
 * widens a download.
 */

/** The repositories' largest page (MAX_PAGE in @moei/db): fewer round trips through the schema. */
const PAGE = 200;

// ---------------------------------------------------------------------------------------------------
// Labels: one table per language with the same keys, which the Labels type enforces.

interface Labels {
  readonly actions: {
    readonly text: string;
    readonly owners: string;
    readonly dueOn: string;
    readonly dueOnLocal: string;
    readonly status: string;
    readonly meeting: string;
    readonly lastProgress: string;
    readonly overdue: string;
  };
  readonly attendance: {
    readonly meetingDate: string;
    readonly meetingDateLocal: string;
    readonly series: string;
    readonly meetingNumber: string;
    readonly meetingStatus: string;
    readonly organization: string;
    readonly rsvp: string;
    readonly attendance: string;
    readonly delegateCount: string;
    readonly delegates: string;
  };
  readonly agreements: {
    readonly title: string;
    readonly kind: string;
    readonly status: string;
    readonly parties: string;
    readonly signedOn: string;
    readonly inForceOn: string;
    readonly expiresOn: string;
    readonly areas: string;
  };
  readonly yes: string;
  readonly no: string;
  /** A government party without a named ministry: "Government (TH)". */
  readonly government: string;
  /** Organizations that attended without an invitation show this as their reply. */
  readonly rsvp: Readonly<Record<Rsvp | "not_invited", string>>;
  readonly attendanceStatus: Readonly<Record<AttendanceStatus | "not_recorded", string>>;
  readonly agreementKind: Readonly<Record<AgreementKind, string>>;
}

const LABELS: Readonly<Record<UiLanguage, Labels>> = {
  en: {
    actions: {
      text: "Action",
      owners: "Owners",
      dueOn: "Due (YYYY-MM-DD)",
      dueOnLocal: "Due",
      status: "Status",
      meeting: "Agreed at",
      lastProgress: "Last progress (YYYY-MM-DD)",
      overdue: "Overdue",
    },
    attendance: {
      meetingDate: "Meeting date (YYYY-MM-DD)",
      meetingDateLocal: "Meeting date",
      series: "Meeting series",
      meetingNumber: "Meeting number",
      meetingStatus: "Meeting status",
      organization: "Organization",
      rsvp: "Reply to invitation",
      attendance: "Attendance",
      delegateCount: "Number of delegates",
      delegates: "Delegates",
    },
    agreements: {
      title: "Title",
      kind: "Kind",
      status: "Status",
      parties: "Parties",
      signedOn: "Signed (YYYY-MM-DD)",
      inForceOn: "In force from (YYYY-MM-DD)",
      expiresOn: "Expires (YYYY-MM-DD)",
      areas: "Cooperation areas",
    },
    yes: "Yes",
    no: "No",
    government: "Government",
    rsvp: {
      pending: "No reply yet",
      accepted: "Accepted",
      tentative: "Tentative",
      declined: "Declined",
      not_invited: "Not invited",
    },
    attendanceStatus: {
      present: "Present",
      remote: "Online",
      excused: "Excused",
      absent: "Absent",
      not_recorded: "Not recorded",
    },
    agreementKind: {
      mou: "MOU",
      sop: "SOP",
      annex: "Annex",
      plan_of_action: "Plan of action",
      convention: "Convention",
      partnership_mou: "Partnership MOU",
    },
  },
  th: {
    actions: {
      text: "งาน",
      owners: "ผู้รับผิดชอบ",
      dueOn: "กำหนดเสร็จ (ค.ศ. YYYY-MM-DD)",
      dueOnLocal: "กำหนดเสร็จ",
      status: "สถานะ",
      meeting: "ตกลงในการประชุม",
      lastProgress: "รายงานความคืบหน้าล่าสุด (ค.ศ. YYYY-MM-DD)",
      overdue: "เกินกำหนด",
    },
    attendance: {
      meetingDate: "วันที่ประชุม (ค.ศ. YYYY-MM-DD)",
      meetingDateLocal: "วันที่ประชุม",
      series: "ชุดการประชุม",
      meetingNumber: "ครั้งที่",
      meetingStatus: "สถานะการประชุม",
      organization: "องค์กร",
      rsvp: "การตอบรับ",
      attendance: "การเข้าประชุม",
      delegateCount: "จำนวนผู้แทน",
      delegates: "ผู้แทน",
    },
    agreements: {
      title: "ชื่อข้อตกลง",
      kind: "ประเภท",
      status: "สถานะ",
      parties: "คู่ภาคี",
      signedOn: "วันที่ลงนาม (ค.ศ. YYYY-MM-DD)",
      inForceOn: "มีผลบังคับใช้ตั้งแต่ (ค.ศ. YYYY-MM-DD)",
      expiresOn: "วันหมดอายุ (ค.ศ. YYYY-MM-DD)",
      areas: "จำนวนด้านความร่วมมือ",
    },
    yes: "ใช่",
    no: "ไม่ใช่",
    government: "รัฐบาล",
    rsvp: {
      pending: "ยังไม่ตอบ",
      accepted: "ตอบรับ",
      tentative: "ยังไม่แน่นอน",
      declined: "ปฏิเสธ",
      not_invited: "ไม่ได้รับเชิญ",
    },
    attendanceStatus: {
      present: "มาประชุม",
      remote: "ประชุมออนไลน์",
      excused: "ลาประชุม",
      absent: "ขาดประชุม",
      not_recorded: "ยังไม่บันทึก",
    },
    agreementKind: {
      mou: "บันทึกความเข้าใจ (MOU)",
      sop: "มาตรฐานการปฏิบัติงาน (SOP)",
      annex: "ภาคผนวก",
      plan_of_action: "แผนปฏิบัติการ",
      convention: "อนุสัญญา",
      partnership_mou: "บันทึกความเข้าใจความร่วมมือ",
    },
  },
  my: {
    actions: {
      text: "လုပ်ငန်း",
      owners: "တာဝန်ခံအဖွဲ့များ",
      dueOn: "ပြီးရမည့်ရက် (YYYY-MM-DD)",
      dueOnLocal: "ပြီးရမည့်ရက်",
      status: "အခြေအနေ",
      meeting: "သဘောတူခဲ့သည့် အစည်းအဝေး",
      lastProgress: "နောက်ဆုံး တိုးတက်မှု အစီရင်ခံသည့်ရက် (YYYY-MM-DD)",
      overdue: "သတ်မှတ်ရက် ကျော်လွန်",
    },
    attendance: {
      meetingDate: "အစည်းအဝေးရက် (YYYY-MM-DD)",
      meetingDateLocal: "အစည်းအဝေးရက်",
      series: "အစည်းအဝေး အစဉ်",
      meetingNumber: "အကြိမ်",
      meetingStatus: "အစည်းအဝေး အခြေအနေ",
      organization: "အဖွဲ့အစည်း",
      rsvp: "ဖိတ်ကြားချက်အား အကြောင်းပြန်ချက်",
      attendance: "တက်ရောက်မှု",
      delegateCount: "ကိုယ်စားလှယ် အရေအတွက်",
      delegates: "ကိုယ်စားလှယ်များ",
    },
    agreements: {
      title: "ခေါင်းစဉ်",
      kind: "အမျိုးအစား",
      status: "အခြေအနေ",
      parties: "သဘောတူညီသူများ",
      signedOn: "လက်မှတ်ရေးထိုးသည့်ရက် (YYYY-MM-DD)",
      inForceOn: "အာဏာတည်သည့်ရက် (YYYY-MM-DD)",
      expiresOn: "သက်တမ်းကုန်ဆုံးရက် (YYYY-MM-DD)",
      areas: "ပူးပေါင်းဆောင်ရွက်မည့် နယ်ပယ် အရေအတွက်",
    },
    yes: "ဟုတ်",
    no: "မဟုတ်",
    government: "အစိုးရ",
    rsvp: {
      pending: "မဖြေရသေးပါ",
      accepted: "လက်ခံသည်",
      tentative: "မသေချာသေးပါ",
      declined: "ငြင်းပယ်သည်",
      not_invited: "ဖိတ်ကြားခြင်း မခံရ",
    },
    attendanceStatus: {
      present: "တက်ရောက်သည်",
      remote: "အွန်လိုင်းမှ တက်ရောက်သည်",
      excused: "ခွင့်ယူသည်",
      absent: "ပျက်ကွက်သည်",
      not_recorded: "မမှတ်ရသေးပါ",
    },
    agreementKind: {
      mou: "နားလည်မှုစာချွန်လွှာ (MOU)",
      sop: "စံလုပ်ထုံးလုပ်နည်း (SOP)",
      annex: "နောက်ဆက်တွဲ",
      plan_of_action: "လုပ်ငန်းစီမံချက်",
      convention: "ကွန်ဗင်းရှင်း",
      partnership_mou: "မိတ်ဖက် နားလည်မှုစာချွန်လွှာ",
    },
  },
};

// ---------------------------------------------------------------------------------------------------
// Writing CSV

type Cell = string | number;

/**
 * The file: BOM, a header row in the document's language, CRLF, formula-looking text neutralised.
 * `columns` fixes the order; each row names its cells by the same keys as the header labels.
 */
export function toCsv<K extends string>(
  header: Readonly<Record<K, string>>,
  columns: readonly K[],
  rows: readonly Readonly<Record<K, Cell>>[],
): string {
  return stringify(rows as Record<K, Cell>[], {
    bom: true,
    header: true,
    columns: columns.map((key) => ({ key, header: header[key] })),
    record_delimiter: "windows",
    // Also quote a lone LF or CR inside a cell (multi-line text), which Excel would read as a new row.
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}

function sendCsv(reply: FastifyReply, name: string, today: PlainDate, body: string): FastifyReply {
  return sendFile(reply, { body, type: "text/csv; charset=utf-8", filename: `${name}-${today}.csv` });
}

// ---------------------------------------------------------------------------------------------------
// Query parameters: ids and enum values, each checked, refused by name when wrong.

type Params = ReadonlyMap<string, string>;

const invalid = (option: string) => new ExportRefusal(400, "EXPORT.INVALID_OPTION", { option });

/**
 * The route's parameters with their values; empty ones count as absent (a link built
 * from a whole form may carry them).
 * `ui` (the language of refusals) is allowed everywhere; anything else unknown, or given twice, is refused.
 */
function paramsOf(request: FastifyRequest, allowed: readonly string[]): Params {
  const params = new Map<string, string>();
  for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    if (name === "ui") continue;
    if (!allowed.includes(name) || typeof value !== "string") throw invalid(name);
    if (value !== "") params.set(name, value);
  }
  return params;
}

/** A global id of the given type, as the portal has it; the type's database id for the audit entry. */
function idParam(params: Params, name: string, typename: string): { global: string; id: string } | undefined {
  const value = params.get(name);
  if (value === undefined) return undefined;
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === typename) return { global: value, id: decoded.id };
  } catch {
    // A malformed id is refused below, like one of the wrong type.
  }
  throw invalid(name);
}

/** A comma-separated list of enum values (`open,in_progress`), each one known. */
function enumParam<T extends string>(params: Params, name: string, values: readonly T[]): T[] | undefined {
  const value = params.get(name);
  if (value === undefined) return undefined;
  const items = value.split(",").map((v) => v.trim());
  if (!items.every((v): v is T => (values as readonly string[]).includes(v))) throw invalid(name);
  return [...new Set(items)];
}

function dateParam(params: Params, name: string): PlainDate | undefined {
  const value = params.get(name);
  if (value === undefined) return undefined;
  const parsed = parsePlainDate(value);
  if (!parsed.ok) throw invalid(name);
  return parsed.value;
}

/** The document's language from the checked parameters (an empty `lang` counts as absent). */
const csvLanguage = (request: FastifyRequest, params: Params): UiLanguage =>
  documentLanguage({ lang: params.get("lang"), ui: (request.query as Record<string, unknown>).ui });

/** What a filter said, for the audit entry: database ids and enum values, never text. */
const compact = (details: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));

/** A refusal for what the reader cannot see: sign in first when anonymous (it may be theirs), else not found. */
function unseen(ctx: Context, entity: string): ExportRefusal {
  return ctx.actor === null
    ? new ExportRefusal(401, "UNAUTHENTICATED")
    : new ExportRefusal(404, "NOT_FOUND", { entity });
}

/** The id of a path parameter if it names an entity of this type (else the entity cannot be found). */
function pathId(ctx: Context, value: string, typename: string, entity: string): string {
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === typename) return decoded.id;
  } catch {
    // fall through: malformed ids are unknown ids
  }
  throw unseen(ctx, entity);
}

// ---------------------------------------------------------------------------------------------------
// Actions

const ACTIONS = /* GraphQL */ `
  query ExportActions(
    $first: Int!, $after: String, $lang: UiLanguage!,
    $organizationId: ID, $seriesId: ID, $meetingId: ID, $status: [ActionStatus!], $overdue: Boolean,
    $dueFrom: Date, $dueTo: Date
  ) {
    actions(
      first: $first, after: $after, organizationId: $organizationId, seriesId: $seriesId,
      meetingId: $meetingId, status: $status, overdue: $overdue, dueFrom: $dueFrom, dueTo: $dueTo
    ) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          text dueOn status overdue
          owners { name { en th my } }
          meeting { start zone numberLabel(lang: $lang) series { name { en th my } } }
          progress { at }
        }
      }
    }
  }
`;

interface MeetingRef {
  start: Instant;
  zone: TimeZone;
  numberLabel: string | null;
  series: { name: LocalizedText };
}

interface ActionRow {
  text: string;
  dueOn: PlainDate;
  status: ActionStatus;
  overdue: boolean;
  owners: { name: LocalizedText }[];
  meeting: MeetingRef;
  progress: { at: Instant }[];
}

/** "Mae Sot NGO/CBO Monthly Coordination Meeting – 27th"; the date where the meeting has no number. */
function meetingName(m: MeetingRef, lang: UiLanguage): string {
  const number = m.numberLabel ?? formatDate(dateOf(m.start, m.zone), lang, { style: "long" });
  return `${localized(m.series.name, lang)} – ${number}`;
}

const ACTION_COLUMNS = [
  "text",
  "owners",
  "dueOn",
  "dueOnLocal",
  "status",
  "meeting",
  "lastProgress",
  "overdue",
] as const satisfies readonly (keyof Labels["actions"])[];

async function actionsCsv(ctx: Context, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const params = paramsOf(request, [
    "organizationId",
    "seriesId",
    "meetingId",
    "status",
    "overdue",
    "dueFrom",
    "dueTo",
    "lang",
  ]);
  const organization = idParam(params, "organizationId", "Organization");
  const series = idParam(params, "seriesId", "Series");
  const meeting = idParam(params, "meetingId", "Meeting");
  const status = enumParam(params, "status", ACTION_STATUSES);
  const overdueParam = params.get("overdue");
  // The API lists overdue actions or all of them; "false" has no meaning there, so none here.
  if (overdueParam !== undefined && overdueParam !== "true") throw invalid("overdue");
  const overdue = overdueParam === "true" ? true : undefined;
  const dueFrom = dateParam(params, "dueFrom");
  const dueTo = dateParam(params, "dueTo");
  const lang = csvLanguage(request, params);

  const filter = {
    organizationId: organization?.global,
    seriesId: series?.global,
    meetingId: meeting?.global,
    status,
    overdue,
    dueFrom,
    dueTo,
  };
  const actions = await allPages((after) =>
    runQuery<{ actions: Page<ActionRow> }>(ctx, ACTIONS, { ...filter, first: PAGE, after, lang }).then(
      (d) => d.actions,
    ),
  );
  const t = LABELS[lang];
  const rows = actions.map((a) => {
    const last = a.progress.reduce<Instant | undefined>(
      (max, p) => (max === undefined || p.at > max ? p.at : max),
      undefined,
    );
    return {
      text: a.text,
      owners: a.owners.map((o) => localized(o.name, lang)).join("; "),
      dueOn: a.dueOn,
      dueOnLocal: formatDate(a.dueOn, lang, { style: "long" }),
      status: stateLabel("action", a.status, lang),
      meeting: meetingName(a.meeting, lang),
      lastProgress: last === undefined ? "" : dateOf(last, a.meeting.zone),
      overdue: a.overdue ? t.yes : t.no,
    };
  });
  audit(ctx, {
    kind: "csv.actions",
    entityType: "action",
    entityId: "*",
    details: compact({
      organizationId: organization?.id,
      seriesId: series?.id,
      meetingId: meeting?.id,
      status,
      overdue,
      dueFrom,
      dueTo,
      lang,
      rows: rows.length,
    }),
  });
  return sendCsv(reply, "actions", ctx.today(), toCsv(t.actions, ACTION_COLUMNS, rows));
}

// ---------------------------------------------------------------------------------------------------
// Attendance

const MEETING_FIELDS = /* GraphQL */ `
  fragment AttendanceMeeting on Meeting {
    start zone status numberLabel(lang: $lang)
    series { name { en th my } }
    invitations { rsvp organization { id name { en th my } } }
    attendance { status delegates organization { id name { en th my } } }
  }
`;

const MEETING_ATTENDANCE = /* GraphQL */ `
  query ExportMeetingAttendance($id: ID!, $lang: UiLanguage!) {
    me { id }
    node(id: $id) { __typename ... on Meeting { ...AttendanceMeeting } }
  }
  ${MEETING_FIELDS}
`;

const SERIES_ATTENDANCE = /* GraphQL */ `
  query ExportSeriesAttendance($id: ID!, $lang: UiLanguage!, $first: Int!, $after: String) {
    me { id }
    node(id: $id) {
      __typename
      ... on Series {
        meetings(first: $first, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { ...AttendanceMeeting } }
        }
      }
    }
  }
  ${MEETING_FIELDS}
`;

interface OrganizationRef {
  id: string;
  name: LocalizedText;
}

interface AttendanceMeeting extends MeetingRef {
  status: MeetingStatus;
  invitations: { rsvp: Rsvp; organization: OrganizationRef }[];
  attendance: { status: AttendanceStatus; delegates: string[]; organization: OrganizationRef }[];
}

const ATTENDANCE_COLUMNS = [
  "meetingDate",
  "meetingDateLocal",
  "series",
  "meetingNumber",
  "meetingStatus",
  "organization",
  "rsvp",
  "attendance",
  "delegateCount",
  "delegates",
] as const satisfies readonly (keyof Labels["attendance"])[];

/**
 * One row per meeting and invited organization, then those recorded as attending without an invitation.
 * Delegates' names are staff, never victims, and shown as the API shows them: to signed-in readers only.
 * For anonymous readers both delegate cells stay empty rather than claim that nobody came.
 */
function attendanceRows(meetings: readonly AttendanceMeeting[], lang: UiLanguage, signedIn: boolean) {
  const t = LABELS[lang];
  return meetings.flatMap((m) => {
    const date = dateOf(m.start, m.zone);
    const recorded = new Map(m.attendance.map((a) => [a.organization.id, a]));
    const invited = new Set(m.invitations.map((i) => i.organization.id));
    const entries = [
      ...m.invitations.map((i) => ({ organization: i.organization, rsvp: t.rsvp[i.rsvp] })),
      ...m.attendance
        .filter((a) => !invited.has(a.organization.id))
        .map((a) => ({ organization: a.organization, rsvp: t.rsvp.not_invited })),
    ];
    return entries.map(({ organization, rsvp }) => {
      const a = recorded.get(organization.id);
      return {
        meetingDate: date,
        meetingDateLocal: formatDate(date, lang, { style: "long" }),
        series: localized(m.series.name, lang),
        meetingNumber: m.numberLabel ?? "",
        meetingStatus: stateLabel("meeting", m.status, lang),
        organization: localized(organization.name, lang),
        rsvp,
        attendance: t.attendanceStatus[a?.status ?? "not_recorded"],
        delegateCount: signedIn ? (a?.delegates.length ?? 0) : "",
        delegates: signedIn ? (a?.delegates.join("; ") ?? "") : "",
      };
    });
  });
}

async function meetingAttendanceCsv(
  ctx: Context,
  request: FastifyRequest<{ Params: { meetingId: string } }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const params = paramsOf(request, ["lang"]);
  const lang = csvLanguage(request, params);
  const id = pathId(ctx, request.params.meetingId, "Meeting", "meeting");
  const data = await runQuery<{
    me: { id: string } | null;
    node: ({ __typename: string } & AttendanceMeeting) | null;
  }>(ctx, MEETING_ATTENDANCE, { id: request.params.meetingId, lang });
  if (data.node?.__typename !== "Meeting") throw unseen(ctx, "meeting");
  const rows = attendanceRows([data.node], lang, data.me !== null);
  audit(ctx, {
    kind: "csv.attendance",
    entityType: "meeting",
    entityId: id,
    details: { lang, rows: rows.length },
  });
  return sendCsv(reply, "attendance", ctx.today(), toCsv(LABELS[lang].attendance, ATTENDANCE_COLUMNS, rows));
}

async function seriesAttendanceCsv(
  ctx: Context,
  request: FastifyRequest<{ Params: { seriesId: string } }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const params = paramsOf(request, ["lang"]);
  const lang = csvLanguage(request, params);
  const id = pathId(ctx, request.params.seriesId, "Series", "series");
  let signedIn = false;
  const meetings = await allPages(async (after) => {
    const data = await runQuery<{
      me: { id: string } | null;
      node: { __typename: string; meetings?: Page<AttendanceMeeting> } | null;
    }>(ctx, SERIES_ATTENDANCE, { id: request.params.seriesId, lang, first: PAGE, after });
    if (data.node?.__typename !== "Series" || data.node.meetings === undefined) throw unseen(ctx, "series");
    signedIn = data.me !== null;
    return data.node.meetings;
  });
  const rows = attendanceRows(meetings, lang, signedIn);
  audit(ctx, {
    kind: "csv.attendance",
    entityType: "series",
    entityId: id,
    details: { lang, meetings: meetings.length, rows: rows.length },
  });
  return sendCsv(reply, "attendance", ctx.today(), toCsv(LABELS[lang].attendance, ATTENDANCE_COLUMNS, rows));
}

// ---------------------------------------------------------------------------------------------------
// Agreements

const AGREEMENTS = /* GraphQL */ `
  query ExportAgreements(
    $first: Int!, $after: String, $status: [AgreementStatus!], $kind: [AgreementKind!], $partyOrganizationId: ID
  ) {
    agreements(first: $first, after: $after, status: $status, kind: $kind, partyOrganizationId: $partyOrganizationId) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          title { en th my } kind status effectiveExpiry
          dates { signedOn inForceOn }
          parties { kind country organization { name { en th my } } }
          areas { number }
        }
      }
    }
  }
`;

interface AgreementRow {
  title: LocalizedText;
  kind: AgreementKind;
  status: AgreementStatus;
  effectiveExpiry: PlainDate | null;
  dates: { signedOn: PlainDate | null; inForceOn: PlainDate | null };
  parties: {
    kind: "government" | "organization";
    country: string | null;
    organization: { name: LocalizedText } | null;
  }[];
  areas: { number: string }[];
}

const AGREEMENT_COLUMNS = [
  "title",
  "kind",
  "status",
  "parties",
  "signedOn",
  "inForceOn",
  "expiresOn",
  "areas",
] as const satisfies readonly (keyof Labels["agreements"])[];

/** A party as a reader names it: the organization, a government's ministry with its country, or the government. */
function partyName(party: AgreementRow["parties"][number], lang: UiLanguage): string {
  const country = party.country === null ? "" : ` (${party.country})`;
  if (party.organization === null) return `${LABELS[lang].government}${country}`;
  return `${localized(party.organization.name, lang)}${party.kind === "government" ? country : ""}`;
}

async function agreementsCsv(
  ctx: Context,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const params = paramsOf(request, ["status", "kind", "partyOrganizationId", "lang"]);
  const status = enumParam(params, "status", AGREEMENT_STATUSES);
  const kind = enumParam(params, "kind", AGREEMENT_KINDS);
  const party = idParam(params, "partyOrganizationId", "Organization");
  const lang = csvLanguage(request, params);

  const agreements = await allPages((after) =>
    runQuery<{ agreements: Page<AgreementRow> }>(ctx, AGREEMENTS, {
      first: PAGE,
      after,
      status,
      kind,
      partyOrganizationId: party?.global,
    }).then((d) => d.agreements),
  );
  const t = LABELS[lang];
  const rows = agreements.map((a) => ({
    title: localized(a.title, lang),
    kind: t.agreementKind[a.kind],
    status: stateLabel("agreement", a.status, lang),
    parties: a.parties.map((p) => partyName(p, lang)).join("; "),
    signedOn: a.dates.signedOn ?? "",
    inForceOn: a.dates.inForceOn ?? "",
    expiresOn: a.effectiveExpiry ?? "",
    areas: a.areas.length,
  }));
  audit(ctx, {
    kind: "csv.agreements",
    entityType: "agreement",
    entityId: "*",
    details: compact({ status, kind, partyOrganizationId: party?.id, lang, rows: rows.length }),
  });
  return sendCsv(reply, "agreements", ctx.today(), toCsv(t.agreements, AGREEMENT_COLUMNS, rows));
}

export function registerCsv(app: FastifyInstance, deps: ExportDeps): void {
  app.get("/export/actions.csv", exportHandler(deps, actionsCsv));
  app.get("/export/agreements.csv", exportHandler(deps, agreementsCsv));
  app.get<{ Params: { meetingId: string } }>(
    "/export/meetings/:meetingId/attendance.csv",
    exportHandler(deps, (ctx, request, reply) =>
      meetingAttendanceCsv(ctx, request as FastifyRequest<{ Params: { meetingId: string } }>, reply),
    ),
  );
  app.get<{ Params: { seriesId: string } }>(
    "/export/series/:seriesId/attendance.csv",
    exportHandler(deps, (ctx, request, reply) =>
      seriesAttendanceCsv(ctx, request as FastifyRequest<{ Params: { seriesId: string } }>, reply),
    ),
  );
}

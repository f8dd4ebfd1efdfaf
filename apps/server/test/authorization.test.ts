import type { Role } from "@moei/domain/access";
import { type ActionInput, actionInputSchema } from "@moei/domain/action";
import { agreementDraftInputSchema } from "@moei/domain/agreement";
import { caseReferenceInputSchema } from "@moei/domain/case-reference";
import {
  type Meeting,
  type ScheduleMeetingInput,
  type SeriesInput,
  scheduleMeetingInputSchema,
  seriesInputSchema,
} from "@moei/domain/meeting";
import { contactInputSchema, type Organization, organizationInputSchema } from "@moei/domain/organization";
import { type Instant, validate } from "@moei/domain/shared";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../src/auth/passwords.ts";
import { hashToken, newToken } from "../src/auth/sessions.ts";
import { repositories } from "../src/context.ts";
import { schema } from "../src/schema/index.ts";
import { signInAsUser } from "./accounts.ts";
import { startServer, type TestServer } from "./support.ts";

/*
 * The authorization matrix: every field of Query and Mutation, called on the real server with real
 * sessions by seven kinds of caller, against a restricted (case management) series and what is under
 * it. A field without a row fails the test, so a new field cannot ship without deciding who may use it.
 *
 * Columns, in this order:
 *   A  admin
 *   C  coordinator of this series (its secretariat)
 *   c  coordinator of another series (a partners series)
 *   I  member of an organization invited to the meeting
 *   O  member of another organization
 *   V  observer, of the invited organization (observers read nothing restricted, invited or not)
 *   -  anonymous
 * Cells:
 *   y  allowed: the call does what it does
 *   n  refused: ForbiddenError UNAUTHENTICATED (anonymous) or FORBIDDEN on mutations, an error with that
 *      code on queries; nothing changes
 *   h  hidden: mutations answer exactly what they answer for an id that names nothing (NotFoundError,
 *      or UNKNOWN_REFERENCE for a reference inside an input) and change nothing; queries leave the
 *      object out of lists and answer null for it
 */

const NOW = "2026-11-21T03:00:00Z";
const COLUMNS = [
  "admin",
  "coordinator of this series",
  "coordinator of another series",
  "member of an invited organization",
  "member of another organization",
  "observer",
  "anonymous",
] as const;
type Column = (typeof COLUMNS)[number];
type Cell = "y" | "n" | "h";
type Vars = Record<string, unknown>;
type Json = Record<string, unknown>;

interface World {
  readonly s: TestServer;
  readonly repos: ReturnType<typeof repositories>;
  readonly orgs: Record<"A" | "S" | "I" | "O" | "C2", Organization>;
  /** The restricted series run by S; the other series is X, run by C2. */
  readonly seriesR: string;
  readonly seriesX: string;
  /** A password hash computed once, for users who sign in with `PASSWORD`. */
  readonly passwordHash: string;
}

interface Caller {
  readonly column: Column;
  readonly headers: Record<string, string>;
  readonly userId?: string;
}

interface Row {
  /** `Query.meetings`, `Mutation.createAction` */
  readonly field: string;
  /** What this row's target is, when a field has several rows. */
  readonly about?: string;
  /** One cell per column: admin, this coordinator, other coordinator, invited, other, observer, anonymous. */
  readonly cells: string;
  readonly document: string;
  /** A fresh target for one cell; returns the operation's variables. */
  readonly setup: (w: World, caller: Caller) => Vars | Promise<Vars>;
  /** Mutations: the variables with the target swapped for an id that names nothing. */
  readonly missing?: (vars: Vars) => Vars;
  /** Mutations: what an allowed call returns (a typename, or a test of the result). */
  readonly ok?: string | ((result: Json) => boolean);
  /** Queries: whether the caller got the target. */
  readonly sees?: (data: Json, vars: Vars) => boolean;
}

const gid = encodeGlobalID;
const PASSWORD = "matrix password 2026";
let serial = 0;
const next = () => {
  serial += 1;
  return serial;
};

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
const valid = <T>(schemaOf: Parameters<typeof validate>[0], raw: unknown) =>
  must(validate(schemaOf, raw)) as T;
const at = (iso = NOW) => ({ actorId: null, at: iso as Instant });

// ---------------------------------------------------------------------------------------------------
// Fresh targets

const organization = (w: World, en = `Organization ${next()}`) =>
  must(w.repos.organizations.create(at(), valid(organizationInputSchema, { name: { en }, kind: "ngo" })));

/** A meeting of the restricted series (or `series`) that S and I are invited to; held when asked. */
function meeting(w: World, options: { held?: boolean; series?: string; start?: string } = {}): Meeting {
  const held = options.held ?? false;
  const scheduled = must(
    w.repos.meetings.schedule(
      at(held ? "2026-11-01T00:00:00Z" : NOW),
      valid<ScheduleMeetingInput>(scheduleMeetingInputSchema, {
        seriesId: options.series ?? w.seriesR,
        start: held ? "2026-11-20T10:00" : (options.start ?? "2026-12-10T10:00"),
        zone: "Asia/Bangkok",
        durationMinutes: 120,
        mode: "in_person",
        title: { en: `Matrix meeting zebrafinch${next()}` },
      }),
    ),
  );
  must(
    w.repos.meetings.invite(at(held ? "2026-11-01T00:00:00Z" : NOW), scheduled.id, [
      w.orgs.S.id,
      w.orgs.I.id,
    ]),
  );
  return held
    ? must(w.repos.meetings.applyEvent(at(), scheduled.id, scheduled.version, { type: "hold" }))
    : scheduled;
}

const agendaItem = (w: World, m: Meeting) =>
  must(w.repos.meetings.addAgendaItem(at(), { meetingId: m.id, kind: "regular", title: { en: "Cases" } }));

function action(w: World, options: { series?: string; owners?: string[] } = {}) {
  const m = meeting(w, options.series === undefined ? {} : { series: options.series });
  return must(
    w.repos.actions.create(
      at(),
      valid<ActionInput>(actionInputSchema, {
        text: `Confirm reception arrangements zebrafinch${next()}`,
        ownerIds: options.owners ?? [w.orgs.I.id],
        dueOn: "2026-12-31",
        source: { meetingId: m.id },
      }),
    ),
  ).action;
}

const CASE = { nationality: "MM", sex: "female", ageBand: "18-24", exploitationType: "labour" } as const;
const caseHeldBy = (w: World, owner: string) =>
  must(
    w.repos.cases.create(at(), valid(caseReferenceInputSchema, { code: `MX-${next()}`, ...CASE }), [owner]),
  );

/** An agreement between A and S, taken through its lifecycle up to `status`. */
function agreement(
  w: World,
  status: "draft" | "negotiating" | "signed" | "in_force" | "under_review" = "draft",
  kind = "mou",
) {
  const party = (org: Organization) => ({
    ref: { kind: "organization", organizationId: org.id },
    signatories: [{ name: "Director", title: "Director" }],
  });
  let a = must(
    w.repos.agreements.createDraft(
      at(),
      valid(agreementDraftInputSchema, {
        kind,
        title: { en: `Matrix agreement ${next()}` },
        parties: [party(w.orgs.A), party(w.orgs.S)],
      }),
    ),
  );
  const events = [
    { type: "start_negotiation" },
    { type: "sign", on: "2020-01-10" },
    { type: "bring_into_force", on: "2020-02-01" },
    { type: "start_review", on: "2021-01-05" },
  ];
  for (const event of events) {
    if (a.status === status) break;
    a = must(w.repos.agreements.applyEvent(at(), a.id, a.version, event as never));
  }
  return a;
}

function seriesInput(w: World, overrides: Record<string, unknown> = {}) {
  return {
    kind: "case_management",
    name: { en: "Thailand–Myanmar case management (matrix)" },
    memberIds: [gid("Organization", w.orgs.S.id)],
    secretariatId: gid("Organization", w.orgs.S.id),
    countries: ["TH", "MM"],
    cadence: {
      rrule: "FREQ=MONTHLY;BYDAY=2TH",
      zone: "Asia/Bangkok",
      firstStart: "2026-01-08T09:30",
      durationMinutes: 180,
    },
    numbering: "sequential",
    confidentiality: "restricted",
    languages: ["en"],
    ...overrides,
  };
}

/** A new calendar feed of a partners series, owned by `userId` (else by a new user of another organization). */
function feedOf(w: World, userId?: string): string {
  const owner = userId ?? signInAsUser(w.s, "member", { organizationId: w.orgs.O.id }).user.id;
  return must(w.repos.calendarFeeds.create(at(), owner, { seriesId: w.seriesX }, "en")).feed.id;
}

// ---------------------------------------------------------------------------------------------------
// The rows

const RESULT = "__typename ... on Error { code } ... on ValidationError { fields { path key } }";
const m = (name: string, args: string, call: string, select = "") =>
  `mutation M(${args}) { ${name}(${call}) { ${RESULT} ${select} } }`;
const swap = (key: string, value: unknown) => (vars: Vars) => ({ ...vars, [key]: value });
const swapInput = (key: string, value: unknown) => (vars: Vars) => ({
  ...vars,
  input: { ...(vars.input as Vars), [key]: value },
});
const MISSING_MEETING = gid("Meeting", "mtg_missing");
const MISSING_ACTION = gid("Action", "act_missing");
const MISSING_SERIES = gid("Series", "ser_missing");
const edges = (data: Json, field: string): Json[] =>
  ((data[field] as { edges: { node: Json }[] } | null)?.edges ?? []).map((e) => e.node);
const hasId = (list: readonly Json[], id: unknown) => list.some((n) => n.id === id);

const DIRECTORY = "yyynnnn";
const MANAGE = "yyhnhhn";
const RESTRICTED_READ = "yyhyhhh";
const ANYONE = "yyyyyyy";
const ADMIN_ONLY = "ynnnnnn";

const ROWS: readonly Row[] = [
  // Reading ----------------------------------------------------------------------------------------
  {
    field: "Query.node",
    about: "a restricted meeting",
    cells: RESTRICTED_READ,
    document: "query Q($id: ID!) { node(id: $id) { id ... on Meeting { status agenda { id } } } }",
    setup: (w) => ({ id: gid("Meeting", meeting(w).id) }),
    sees: (d, v) => (d.node as Json | null)?.id === v.id,
  },
  {
    field: "Query.node",
    about: "a meeting of a partners series",
    cells: "yyyyyyh",
    document: "query Q($id: ID!) { node(id: $id) { id } }",
    setup: (w) => ({ id: gid("Meeting", meeting(w, { series: w.seriesX }).id) }),
    sees: (d, v) => (d.node as Json | null)?.id === v.id,
  },
  {
    field: "Query.node",
    about: "an action agreed at a restricted meeting",
    cells: RESTRICTED_READ,
    document: "query Q($id: ID!) { node(id: $id) { id ... on Action { text progress { comment } } } }",
    setup: (w) => ({ id: gid("Action", action(w).id) }),
    sees: (d, v) => (d.node as Json | null)?.id === v.id,
  },
  {
    field: "Query.node",
    about: "a case held by the invited organization",
    cells: "yhhyhhh",
    document: "query Q($id: ID!) { node(id: $id) { id } }",
    setup: (w) => ({ id: gid("CaseReference", caseHeldBy(w, w.orgs.I.id).code) }),
    sees: (d, v) => (d.node as Json | null)?.id === v.id,
  },
  {
    field: "Query.nodes",
    cells: RESTRICTED_READ,
    document: "query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }",
    setup: (w) => ({ ids: [gid("Meeting", meeting(w).id)] }),
    sees: (d, v) => (d.nodes as (Json | null)[])[0]?.id === (v.ids as string[])[0],
  },
  {
    field: "Query.meetings",
    cells: RESTRICTED_READ,
    document:
      "query Q($from: Instant!, $to: Instant!) { meetings(from: $from, to: $to) { totalCount edges { node { id } } } }",
    setup: (w) => {
      // A time of its own, so that the list holds the target and little else.
      const n = next();
      const start = `2027-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}T${String(n % 24).padStart(2, "0")}:00`;
      const target = meeting(w, { start });
      return { id: gid("Meeting", target.id), from: target.start, to: target.end };
    },
    sees: (d, v) => hasId(edges(d, "meetings"), v.id),
  },
  {
    field: "Query.series",
    cells: RESTRICTED_READ,
    document: "query Q { series { id name { en } } }",
    setup: (w) => ({ id: gid("Series", w.seriesR) }),
    sees: (d, v) => hasId(d.series as Json[], v.id),
  },
  {
    field: "Mutation.createCalendarFeed",
    about: "a restricted series",
    // Before Mutation.inviteOrganizations invites the other organization to a meeting of the series.
    cells: "yyhyhhn",
    document: m("createCalendarFeed", "$input: CreateCalendarFeedInput!", "input: $input"),
    setup: (w) => {
      // The invited organization reads the series through its invitation to a meeting.
      meeting(w);
      return { input: { seriesId: gid("Series", w.seriesR), language: "en" } };
    },
    missing: swapInput("seriesId", MISSING_SERIES),
    ok: "CreateCalendarFeedPayload",
  },
  {
    field: "Query.actions",
    cells: RESTRICTED_READ,
    document: "query Q($q: String!) { actions(query: $q) { edges { node { id } } } }",
    setup: (w) => {
      const a = action(w);
      return { q: a.text, id: gid("Action", a.id) };
    },
    sees: (d, v) => hasId(edges(d, "actions"), v.id),
  },
  {
    field: "Query.search",
    cells: RESTRICTED_READ,
    document:
      "query Q($q: String!) { search(query: $q, first: 100) { node { ... on Meeting { id } ... on Action { id } } } }",
    setup: (w) => {
      const target = meeting(w);
      return { q: target.title?.en, id: gid("Meeting", target.id) };
    },
    sees: (d, v) => (d.search as { node: Json }[]).some((h) => h.node.id === v.id),
  },
  {
    field: "Query.caseReferences",
    cells: "yhhyhhn",
    document: "query Q { caseReferences(first: 200) { edges { node { id code } } } }",
    setup: (w) => ({ id: gid("CaseReference", caseHeldBy(w, w.orgs.I.id).code) }),
    sees: (d, v) => hasId(edges(d, "caseReferences"), v.id),
  },
  {
    field: "Query.caseAggregates",
    cells: "yhhyhhn",
    document: "query Q($org: ID!) { caseAggregates(by: [status], organizationId: $org) { count } }",
    setup: (w) => {
      caseHeldBy(w, w.orgs.I.id);
      return { org: gid("Organization", w.orgs.I.id) };
    },
    sees: (d) => (d.caseAggregates as Json[]).length > 0,
  },
  {
    field: "Query.organizations",
    cells: ANYONE,
    document: "query Q($q: String!) { organizations(query: $q) { edges { node { id } } } }",
    setup: (w) => {
      const o = organization(w, `Directory entry ${next()}`);
      return { q: `Directory entry ${serial}`, id: gid("Organization", o.id) };
    },
    sees: (d, v) => hasId(edges(d, "organizations"), v.id),
  },
  {
    field: "Query.agreements",
    cells: ANYONE,
    document: "query Q($q: String!) { agreements(query: $q) { edges { node { id } } } }",
    setup: (w) => {
      const a = agreement(w);
      return { q: a.title.en, id: gid("Agreement", a.id) };
    },
    sees: (d, v) => hasId(edges(d, "agreements"), v.id),
  },
  {
    field: "Query.me",
    cells: "yyyyyyh",
    document: "query Q { me { id } }",
    setup: (_w, caller) => ({ id: caller.userId === undefined ? null : gid("User", caller.userId) }),
    sees: (d, v) => v.id !== null && (d.me as Json | null)?.id === v.id,
  },
  {
    field: "Query.users",
    cells: ADMIN_ONLY,
    document: "query Q { users(first: 200) { totalCount } }",
    setup: () => ({}),
    sees: (d) => ((d.users as { totalCount: number } | null)?.totalCount ?? 0) > 0,
  },
  {
    field: "Query.auditLog",
    cells: ADMIN_ONLY,
    document: "query Q { auditLog(first: 5) { totalCount } }",
    setup: () => ({}),
    sees: (d) => ((d.auditLog as { totalCount: number } | null)?.totalCount ?? 0) > 0,
  },
  {
    field: "Query.retention",
    cells: ADMIN_ONLY,
    document: "query Q { retention { restrictedMinutesDays } }",
    setup: () => ({}),
    sees: (d) => d.retention !== null,
  },

  // The directory: organizations, contacts, agreements ------------------------------------------------
  {
    field: "Mutation.createOrganization",
    cells: DIRECTORY,
    document: m("createOrganization", "$input: OrganizationInput!", "input: $input"),
    setup: () => ({ input: { name: { en: `New organization ${next()}` }, kind: "ngo" } }),
    ok: "Organization",
  },
  {
    field: "Mutation.updateOrganization",
    cells: DIRECTORY,
    document: m("updateOrganization", "$id: ID!, $input: OrganizationInput!", "id: $id, input: $input"),
    setup: (w) => ({
      id: gid("Organization", organization(w).id),
      input: { name: { en: `Renamed ${next()}` }, kind: "ngo" },
    }),
    ok: "Organization",
  },
  {
    field: "Mutation.setOrganizationActive",
    cells: DIRECTORY,
    document: m("setOrganizationActive", "$id: ID!", "id: $id, active: false"),
    setup: (w) => ({ id: gid("Organization", organization(w).id) }),
    ok: "Organization",
  },
  {
    field: "Mutation.createContact",
    cells: DIRECTORY,
    document: m("createContact", "$input: ContactInput!", "input: $input"),
    setup: (w) => ({ input: { organizationId: gid("Organization", w.orgs.I.id), name: "Naw Staff" } }),
    ok: "Contact",
  },
  {
    field: "Mutation.updateContact",
    cells: DIRECTORY,
    document: m("updateContact", "$id: ID!, $input: ContactInput!", "id: $id, input: $input"),
    setup: (w) => {
      const contact = must(
        w.repos.organizations.createContact(
          at(),
          valid(contactInputSchema, { organizationId: w.orgs.I.id, name: "Ko Staff" }),
        ),
      );
      return {
        id: contact.id,
        input: { organizationId: gid("Organization", w.orgs.I.id), name: "Ko Staff Renamed" },
      };
    },
    ok: "Contact",
  },
  {
    field: "Mutation.createAgreement",
    cells: DIRECTORY,
    document: m("createAgreement", "$input: AgreementDraftInput!", "input: $input"),
    setup: () => ({ input: { kind: "mou", title: { en: `Draft ${next()}` } } }),
    ok: "Agreement",
  },
  {
    field: "Mutation.updateAgreement",
    cells: DIRECTORY,
    document: m(
      "updateAgreement",
      "$id: ID!, $version: Int!, $input: AgreementEditInput!",
      "id: $id, version: $version, input: $input",
    ),
    setup: (w) => {
      const a = agreement(w);
      return {
        id: gid("Agreement", a.id),
        version: a.version,
        input: { title: { en: `Retitled ${next()}` } },
      };
    },
    ok: "Agreement",
  },
  {
    field: "Mutation.addSopVersion",
    cells: DIRECTORY,
    document: m("addSopVersion", "$input: SopVersionInput!", "input: $input"),
    setup: (w) => ({
      input: {
        agreementId: gid("Agreement", agreement(w, "draft", "sop").id),
        steps: [{ key: "identification", order: 1, title: { en: "Identification" }, responsibleSide: "TH" }],
      },
    }),
    ok: "SopVersion",
  },
  ...(
    [
      ["startAgreementNegotiation", "draft", {}],
      ["signAgreement", "negotiating", { on: "2026-11-01" }],
      ["bringAgreementIntoForce", "signed", { on: "2026-11-01" }],
      ["startAgreementReview", "in_force", { on: "2026-11-01" }],
      ["completeAgreementReview", "under_review", { on: "2026-11-01" }],
      ["expireAgreement", "in_force", { on: "2026-11-01" }],
      ["terminateAgreement", "in_force", { on: "2026-11-01" }],
      ["supersedeAgreement", "in_force", { on: "2026-11-01", by: true }],
    ] as const
  ).map(
    ([name, from, extra]): Row => ({
      field: `Mutation.${name}`,
      cells: DIRECTORY,
      document: m(
        name,
        `$id: ID!, $version: Int!${"on" in extra ? ", $on: Date!" : ""}${"by" in extra ? ", $by: ID!" : ""}`,
        `id: $id, version: $version${"on" in extra ? ", on: $on" : ""}${"by" in extra ? ", by: $by" : ""}`,
      ),
      setup: (w) => {
        const a = agreement(w, from);
        return {
          id: gid("Agreement", a.id),
          version: a.version,
          ...("on" in extra ? { on: extra.on } : {}),
          ...("by" in extra ? { by: gid("Agreement", agreement(w, "signed").id) } : {}),
        };
      },
      ok: "Agreement",
    }),
  ),

  // Series ------------------------------------------------------------------------------------------
  {
    field: "Mutation.createSeries",
    cells: "ynnnnnn",
    document: m("createSeries", "$input: SeriesInput!", "input: $input"),
    setup: (w) => ({ input: seriesInput(w, { name: { en: `Another series ${next()}` } }) }),
    ok: "Series",
  },
  {
    field: "Mutation.updateSeries",
    cells: MANAGE,
    document: m("updateSeries", "$id: ID!, $input: SeriesInput!", "id: $id, input: $input"),
    setup: (w) => ({ id: gid("Series", w.seriesR), input: seriesInput(w) }),
    missing: swap("id", MISSING_SERIES),
    ok: "Series",
  },
  {
    field: "Mutation.updateSeries",
    about: "a partners series run by the other coordinator",
    cells: "ynynnnn",
    document: m("updateSeries", "$id: ID!, $input: SeriesInput!", "id: $id, input: $input"),
    setup: (w) => ({
      id: gid("Series", w.seriesX),
      input: seriesInput(w, {
        kind: "ngo_coordination",
        name: { en: "Partners series (matrix)" },
        secretariatId: gid("Organization", w.orgs.C2.id),
        memberIds: [gid("Organization", w.orgs.C2.id), gid("Organization", w.orgs.O.id)],
        confidentiality: "partners",
      }),
    }),
    ok: "Series",
  },
  {
    field: "Mutation.addSeriesMember",
    cells: MANAGE,
    document: m("addSeriesMember", "$seriesId: ID!, $org: ID!", "seriesId: $seriesId, organizationId: $org"),
    setup: (w) => ({ seriesId: gid("Series", w.seriesR), org: gid("Organization", organization(w).id) }),
    missing: swap("seriesId", MISSING_SERIES),
    ok: "Series",
  },
  {
    field: "Mutation.removeSeriesMember",
    cells: MANAGE,
    document: m(
      "removeSeriesMember",
      "$seriesId: ID!, $org: ID!",
      "seriesId: $seriesId, organizationId: $org",
    ),
    setup: (w) => {
      const o = organization(w);
      must(w.repos.series.addMember(at(), w.seriesR, o.id));
      return { seriesId: gid("Series", w.seriesR), org: gid("Organization", o.id) };
    },
    missing: swap("seriesId", MISSING_SERIES),
    ok: "Series",
  },
  {
    field: "Mutation.scheduleNextMeetings",
    cells: MANAGE,
    document: m("scheduleNextMeetings", "$seriesId: ID!", "seriesId: $seriesId, count: 1"),
    setup: (w) => ({ seriesId: gid("Series", w.seriesR) }),
    missing: swap("seriesId", MISSING_SERIES),
    ok: "ScheduleNextMeetingsPayload",
  },

  // Meetings and what is recorded in them ------------------------------------------------------------
  {
    field: "Mutation.scheduleMeeting",
    cells: MANAGE,
    document: m("scheduleMeeting", "$input: ScheduleMeetingInput!", "input: $input"),
    setup: (w) => ({
      input: {
        seriesId: gid("Series", w.seriesR),
        start: "2026-12-20T10:00",
        zone: "Asia/Bangkok",
        durationMinutes: 60,
        mode: "online",
      },
    }),
    missing: swapInput("seriesId", MISSING_SERIES),
    ok: "Meeting",
  },
  {
    field: "Mutation.rescheduleMeeting",
    cells: MANAGE,
    document: m(
      "rescheduleMeeting",
      "$id: ID!, $version: Int!",
      'id: $id, version: $version, start: "2026-12-12T10:00", zone: "Asia/Bangkok", durationMinutes: 60',
    ),
    setup: (w) => {
      const target = meeting(w);
      return { id: gid("Meeting", target.id), version: target.version };
    },
    missing: swap("id", MISSING_MEETING),
    ok: "Meeting",
  },
  {
    field: "Mutation.changeMeetingStatus",
    cells: MANAGE,
    document: m(
      "changeMeetingStatus",
      "$id: ID!, $version: Int!",
      "id: $id, version: $version, event: postpone",
    ),
    setup: (w) => {
      const target = meeting(w);
      return { id: gid("Meeting", target.id), version: target.version };
    },
    missing: swap("id", MISSING_MEETING),
    ok: "Meeting",
  },
  {
    field: "Mutation.changeMeetingStatus",
    about: "a meeting of a partners series run by the other coordinator",
    cells: "ynynnnn",
    document: m(
      "changeMeetingStatus",
      "$id: ID!, $version: Int!",
      "id: $id, version: $version, event: postpone",
    ),
    setup: (w) => {
      const target = meeting(w, { series: w.seriesX });
      return { id: gid("Meeting", target.id), version: target.version };
    },
    ok: "Meeting",
  },
  {
    field: "Mutation.inviteOrganizations",
    cells: MANAGE,
    document: m(
      "inviteOrganizations",
      "$meetingId: ID!, $orgs: [ID!]!",
      "meetingId: $meetingId, organizationIds: $orgs",
    ),
    setup: (w) => ({ meetingId: gid("Meeting", meeting(w).id), orgs: [gid("Organization", w.orgs.O.id)] }),
    missing: swap("meetingId", MISSING_MEETING),
    ok: "Meeting",
  },
  {
    field: "Mutation.inviteSeriesMembers",
    cells: MANAGE,
    document: m("inviteSeriesMembers", "$meetingId: ID!", "meetingId: $meetingId"),
    setup: (w) => ({ meetingId: gid("Meeting", meeting(w).id) }),
    missing: swap("meetingId", MISSING_MEETING),
    ok: "Meeting",
  },
  {
    field: "Mutation.respondToInvitation",
    about: "for the invited organization",
    cells: "yyhyhhn",
    document: m(
      "respondToInvitation",
      "$meetingId: ID!, $org: ID!",
      "meetingId: $meetingId, organizationId: $org, rsvp: accepted",
    ),
    setup: (w) => ({ meetingId: gid("Meeting", meeting(w).id), org: gid("Organization", w.orgs.I.id) }),
    missing: swap("meetingId", MISSING_MEETING),
    ok: "Invitation",
  },
  {
    field: "Mutation.respondToInvitation",
    about: "for the secretariat, another invited organization",
    cells: MANAGE,
    document: m(
      "respondToInvitation",
      "$meetingId: ID!, $org: ID!",
      "meetingId: $meetingId, organizationId: $org, rsvp: declined",
    ),
    setup: (w) => ({ meetingId: gid("Meeting", meeting(w).id), org: gid("Organization", w.orgs.S.id) }),
    missing: swap("meetingId", MISSING_MEETING),
    ok: "Invitation",
  },
  {
    field: "Mutation.recordAttendance",
    cells: MANAGE,
    document: m(
      "recordAttendance",
      "$meetingId: ID!, $rows: [AttendanceRowInput!]!",
      "meetingId: $meetingId, rows: $rows",
    ),
    setup: (w) => ({
      meetingId: gid("Meeting", meeting(w, { held: true }).id),
      rows: [{ organizationId: gid("Organization", w.orgs.I.id), status: "present", delegates: ["Ko Aung"] }],
    }),
    missing: swap("meetingId", MISSING_MEETING),
    ok: "Meeting",
  },
  {
    field: "Mutation.addAgendaItem",
    cells: MANAGE,
    document: m("addAgendaItem", "$input: AddAgendaItemInput!", "input: $input"),
    setup: (w) => ({ input: { meetingId: gid("Meeting", meeting(w).id), title: { en: "Returns" } } }),
    missing: swapInput("meetingId", MISSING_MEETING),
    ok: "AgendaItem",
  },
  {
    field: "Mutation.updateAgendaItem",
    cells: MANAGE,
    document: m("updateAgendaItem", "$id: ID!, $input: UpdateAgendaItemInput!", "id: $id, input: $input"),
    setup: (w) => ({ id: agendaItem(w, meeting(w)).id, input: { title: { en: "Returns, revised" } } }),
    missing: swap("id", "agi_missing"),
    ok: "AgendaItem",
  },
  {
    field: "Mutation.reorderAgenda",
    cells: MANAGE,
    document: m("reorderAgenda", "$meetingId: ID!, $items: [ID!]!", "meetingId: $meetingId, itemIds: $items"),
    setup: (w) => {
      const target = meeting(w);
      return { meetingId: gid("Meeting", target.id), items: [agendaItem(w, target).id] };
    },
    missing: swap("meetingId", MISSING_MEETING),
    ok: "Meeting",
  },
  {
    field: "Mutation.removeAgendaItem",
    cells: MANAGE,
    document: m("removeAgendaItem", "$id: ID!", "id: $id"),
    setup: (w) => ({ id: agendaItem(w, meeting(w)).id }),
    missing: swap("id", "agi_missing"),
    ok: "Meeting",
  },
  {
    field: "Mutation.saveMinutes",
    cells: MANAGE,
    document: m(
      "saveMinutes",
      "$meetingId: ID!, $item: ID!",
      'meetingId: $meetingId, agendaItemId: $item, language: en, body: "Two returns confirmed.", baseVersion: 0',
    ),
    setup: (w) => {
      const target = meeting(w, { held: true });
      return { meetingId: gid("Meeting", target.id), item: agendaItem(w, target).id };
    },
    missing: swap("meetingId", MISSING_MEETING),
    ok: "SaveMinutesPayload",
  },
  {
    field: "Mutation.addDecision",
    cells: MANAGE,
    document: m("addDecision", "$meetingId: ID!", 'meetingId: $meetingId, text: { en: "Agreed." }'),
    setup: (w) => ({ meetingId: gid("Meeting", meeting(w, { held: true }).id) }),
    missing: swap("meetingId", MISSING_MEETING),
    ok: "AddDecisionPayload",
  },

  // Actions -----------------------------------------------------------------------------------------
  {
    field: "Mutation.createAction",
    cells: MANAGE,
    document: m("createAction", "$input: CreateActionInput!", "input: $input"),
    setup: (w) => ({
      input: {
        text: "Confirm the reception arrangements",
        ownerIds: [gid("Organization", w.orgs.I.id)],
        dueOn: "2026-12-31",
        source: { meetingId: gid("Meeting", meeting(w).id) },
      },
    }),
    missing: (vars) => {
      const input = vars.input as Vars;
      return { ...vars, input: { ...input, source: { meetingId: MISSING_MEETING } } };
    },
    ok: "CreateActionPayload",
  },
  {
    field: "Mutation.updateAction",
    cells: MANAGE,
    document: m(
      "updateAction",
      "$id: ID!, $version: Int!",
      'id: $id, version: $version, input: { dueOn: "2027-01-31" }',
    ),
    setup: (w) => {
      const a = action(w);
      return { id: gid("Action", a.id), version: a.version };
    },
    missing: swap("id", MISSING_ACTION),
    ok: "UpdateActionPayload",
  },
  {
    field: "Mutation.changeActionStatus",
    about: "an action the invited organization owns",
    cells: "yyhyhhn",
    document: m("changeActionStatus", "$id: ID!, $version: Int!", "id: $id, version: $version, event: start"),
    setup: (w) => {
      const a = action(w);
      return { id: gid("Action", a.id), version: a.version };
    },
    missing: swap("id", MISSING_ACTION),
    ok: "ChangeActionStatusPayload",
  },
  {
    field: "Mutation.changeActionStatus",
    about: "an action of a partners series that the other organization owns",
    cells: "ynynynn",
    document: m("changeActionStatus", "$id: ID!, $version: Int!", "id: $id, version: $version, event: start"),
    setup: (w) => {
      const a = action(w, { series: w.seriesX, owners: [w.orgs.O.id] });
      return { id: gid("Action", a.id), version: a.version };
    },
    ok: "ChangeActionStatusPayload",
  },
  {
    field: "Mutation.bulkChangeActionStatus",
    about: "each item authorized as changeActionStatus; a refusal is that item's outcome",
    cells: "yyhyhhn",
    document: `mutation M($items: [ActionVersionInput!]!) { bulkChangeActionStatus(items: $items, event: start) {
      ${RESULT} ... on BulkChangeActionStatusPayload { outcome: outcomes { result { __typename ... on Error { code } } } } } }`,
    setup: (w) => {
      const a = action(w);
      return { items: [{ id: gid("Action", a.id), version: a.version }] };
    },
    missing: swap("items", [{ id: MISSING_ACTION, version: 1 }]),
    ok: (r) => (r.outcome as { result: Json }[])[0]?.result.__typename === "ChangeActionStatusPayload",
  },

  // Cases -------------------------------------------------------------------------------------------
  {
    field: "Mutation.createCaseReference",
    about: "held by the invited organization",
    cells: "ynnynnn",
    document: m(
      "createCaseReference",
      "$input: CaseReferenceInput!, $owners: [ID!]!",
      "input: $input, ownerIds: $owners",
    ),
    setup: (w) => ({
      input: {
        code: `MN-${next()}`,
        nationality: "MM",
        sex: "male",
        ageBand: "age_18_24",
        exploitationType: "labour",
      },
      owners: [gid("Organization", w.orgs.I.id)],
    }),
    ok: "CaseReference",
  },
  {
    field: "Mutation.changeCaseStatus",
    about: "held by the invited organization",
    cells: "yhhyhhn",
    document: m("changeCaseStatus", "$code: String!", "code: $code, version: 1, event: identify"),
    setup: (w) => ({ code: caseHeldBy(w, w.orgs.I.id).code }),
    missing: swap("code", "MX-MISSING"),
    ok: "CaseReference",
  },

  // Accounts (apps/server/src/schema/account.ts) -------------------------------------------------------
  {
    field: "Mutation.signIn",
    cells: ANYONE,
    document: m("signIn", "$username: String!", `username: $username, password: "${PASSWORD}"`),
    setup: (w) => {
      const username = `matrix-signin-${next()}`;
      must(
        w.repos.users.create(at(), {
          username,
          displayName: "Sign-in test",
          organizationId: w.orgs.O.id,
          role: "member",
          seriesIds: [],
          passwordHash: w.passwordHash,
        } as never),
      );
      return { username };
    },
    ok: "User",
  },
  {
    field: "Mutation.signOut",
    cells: ANYONE,
    document: "mutation M { signOut { __typename ... on SignOutPayload { sessionsEnded } } }",
    setup: () => ({}),
    ok: "SignOutPayload",
  },
  {
    field: "Mutation.signOutEverywhere",
    cells: "yyyyyyn",
    document: "mutation M { signOutEverywhere { __typename ... on Error { code } } }",
    setup: () => ({}),
    ok: "SignOutPayload",
  },
  {
    field: "Mutation.setMyLanguage",
    cells: "yyyyyyn",
    document: m("setMyLanguage", "$language: UiLanguage!", "language: $language"),
    setup: () => ({ language: "th" }),
    ok: "User",
  },
  {
    field: "Mutation.resetPassword",
    cells: ANYONE,
    document: m("resetPassword", "$token: String!", `token: $token, newPassword: "${PASSWORD} reset"`),
    setup: (w) => {
      const user = signInAsUser(w.s, "member", { organizationId: w.orgs.O.id }).user;
      const token = newToken();
      must(w.repos.users.issueReset(at(), user.id, hashToken(token), "2026-11-22T03:00:00Z" as Instant));
      return { token };
    },
    ok: "User",
  },
  {
    field: "Mutation.setUpFirstAdmin",
    about: "refused by its own rule once an admin exists, for everyone alike",
    cells: ANYONE,
    document: m(
      "setUpFirstAdmin",
      "$token: String!",
      `token: $token, input: { username: "first-admin", displayName: "First", password: "${PASSWORD}" }`,
    ),
    setup: () => ({ token: newToken() }),
    ok: (r) => r.__typename === "RuleError" && String(r.code).startsWith("AUTH."),
  },
  {
    field: "Mutation.createUser",
    cells: ADMIN_ONLY,
    document: m("createUser", "$input: CreateUserInput!", "input: $input"),
    setup: (w) => ({
      input: {
        username: `matrix-user-${next()}`,
        displayName: "New user",
        organizationId: gid("Organization", w.orgs.O.id),
        role: "member",
      },
    }),
    ok: "User",
  },
  {
    field: "Mutation.setUserActive",
    cells: ADMIN_ONLY,
    document: m("setUserActive", "$id: ID!", "id: $id, active: false"),
    setup: (w) => ({ id: gid("User", signInAsUser(w.s, "member", { organizationId: w.orgs.O.id }).user.id) }),
    missing: swap("id", gid("User", "usr_missing")),
    ok: "User",
  },
  {
    field: "Mutation.issuePasswordReset",
    cells: ADMIN_ONLY,
    document: m("issuePasswordReset", "$id: ID!", "userId: $id"),
    setup: (w) => ({ id: gid("User", signInAsUser(w.s, "member", { organizationId: w.orgs.O.id }).user.id) }),
    missing: swap("id", gid("User", "usr_missing")),
    ok: "PasswordResetLink",
  },
  {
    field: "Mutation.setRetention",
    cells: ADMIN_ONLY,
    document: `mutation M { setRetention(days: 365) { ${RESULT} } }`,
    setup: () => ({}),
    ok: "Retention",
  },
  {
    field: "Query.calendarFeeds",
    cells: "yyyyyyn",
    document: "query Q { calendarFeeds { id } }",
    setup: (w, caller) => ({
      id: caller.userId === undefined ? null : gid("CalendarFeed", feedOf(w, caller.userId)),
    }),
    sees: (d, v) => v.id !== null && hasId((d.calendarFeeds as Json[] | null) ?? [], v.id),
  },
  {
    field: "Mutation.createCalendarFeed",
    about: "an organization (its feed shows what the reader may read)",
    cells: "yyyyyyn",
    document: m("createCalendarFeed", "$input: CreateCalendarFeedInput!", "input: $input"),
    setup: (w) => ({ input: { organizationId: gid("Organization", w.orgs.I.id), language: "th" } }),
    ok: "CreateCalendarFeedPayload",
  },
  {
    field: "Mutation.revokeCalendarFeed",
    about: "the caller's own feed",
    cells: "yyyyyyn",
    document: m("revokeCalendarFeed", "$id: ID!", "id: $id"),
    setup: (w, caller) => ({ id: gid("CalendarFeed", feedOf(w, caller.userId)) }),
    ok: "RevokeCalendarFeedPayload",
  },
  {
    field: "Mutation.revokeCalendarFeed",
    about: "another user's feed",
    cells: "yhhhhhn",
    document: m("revokeCalendarFeed", "$id: ID!", "id: $id"),
    setup: (w) => ({ id: gid("CalendarFeed", feedOf(w)) }),
    missing: swap("id", gid("CalendarFeed", "cal_missing")),
    ok: "RevokeCalendarFeedPayload",
  },
];

// ---------------------------------------------------------------------------------------------------

describe("the authorization matrix", () => {
  let w: World;
  let cells = 0;

  beforeAll(async () => {
    // Hundreds of requests from one address in seconds: the rate limit is not what this test is about.
    process.env.MOEI_RATE_LIMIT = "0";
    const s = await startServer({ now: NOW });
    const repos = repositories(s.db);
    const org = (en: string) =>
      must(repos.organizations.create(at(), valid(organizationInputSchema, { name: { en }, kind: "ngo" })));
    const orgs = {
      A: org("Admins' organization"),
      S: org("Secretariat"),
      I: org("Invited"),
      O: org("Other"),
      C2: org("Other secretariat"),
    };
    const partial = { orgs, repos, s } as unknown as World;
    const seriesR = must(
      repos.series.create(
        at(),
        valid<SeriesInput>(seriesInputSchema, {
          ...seriesInput(partial),
          memberIds: [orgs.S.id],
          secretariatId: orgs.S.id,
        }),
      ),
    );
    const seriesX = must(
      repos.series.create(
        at(),
        valid<SeriesInput>(seriesInputSchema, {
          ...seriesInput(partial),
          kind: "ngo_coordination",
          name: { en: "Partners series (matrix)" },
          memberIds: [orgs.C2.id, orgs.O.id],
          secretariatId: orgs.C2.id,
          confidentiality: "partners",
        }),
      ),
    );
    w = {
      s,
      repos,
      orgs,
      seriesR: seriesR.id,
      seriesX: seriesX.id,
      passwordHash: await hashPassword(PASSWORD),
    };
  }, 60_000);

  afterAll(async () => {
    await w?.s.close();
    console.log(`authorization matrix: ${cells} cells checked`);
  });

  it("has a row for every field of Query and Mutation, and every field declares its scopes", () => {
    const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type && isObjectType(type)
        ? Object.values(type.getFields()).map((f) => ({ name: `${type.name}.${f.name}`, f }))
        : [],
    );
    const rows = new Set(ROWS.map((r) => r.field));
    expect(
      fields.filter((f) => !rows.has(f.name)).map((f) => f.name),
      "fields without a row",
    ).toEqual([]);
    expect(
      [...rows].filter((r) => !fields.some((f) => f.name === r)),
      "rows for fields that no longer exist",
    ).toEqual([]);
    expect(
      fields
        .filter(
          (f) =>
            (f.f.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes ===
            undefined,
        )
        .map((f) => f.name)
        .sort(),
      "fields without authScopes",
    ).toEqual([]);
    for (const row of ROWS) expect(row.cells, row.field).toMatch(/^[ynh]{7}$/);
  });

  const auditedChanges = () =>
    (
      w.s.db.$client
        .prepare("SELECT count(*) AS n FROM audit_log WHERE operation <> 'meeting.read'")
        .get() as {
        n: number;
      }
    ).n;

  function callerFor(column: Column): Caller {
    const as = (role: Role, organizationId: string, seriesIds: string[] = []): Caller => {
      const signed = signInAsUser(w.s, role, { organizationId, seriesIds });
      return { column, headers: { ...signed.headers }, userId: signed.user.id };
    };
    switch (column) {
      case "admin":
        return as("admin", w.orgs.A.id);
      case "coordinator of this series":
        return as("coordinator", w.orgs.S.id, [w.seriesR]);
      case "coordinator of another series":
        return as("coordinator", w.orgs.C2.id, [w.seriesX]);
      case "member of an invited organization":
        return as("member", w.orgs.I.id);
      case "member of another organization":
        return as("member", w.orgs.O.id);
      case "observer":
        return as("observer", w.orgs.I.id);
      case "anonymous":
        return { column, headers: {} };
    }
  }

  it.each(ROWS.map((row) => [`${row.field}${row.about ? ` (${row.about})` : ""}`, row] as const))(
    "%s",
    async (_name, row) => {
      const [kind, name] = row.field.split(".") as [string, string];
      for (const [i, column] of COLUMNS.entries()) {
        const cell = row.cells[i] as Cell;
        const caller = callerFor(column);
        const vars = await row.setup(w, caller);
        const before = auditedChanges();
        const r = await w.s.gql<Json>(row.document, vars, caller.headers);
        const where = `${row.field}${row.about ? ` (${row.about})` : ""} as ${column}: expected ${cell}, got ${JSON.stringify(r.body)}`;
        if (kind === "Query") {
          if (cell === "n") {
            expect(r.body.errors?.[0]?.extensions?.code, where).toBe(
              column === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
            );
          } else {
            expect(r.body.errors, where).toBeUndefined();
            expect(row.sees?.(r.body.data as Json, vars), where).toBe(cell === "y");
          }
        } else {
          expect(r.body.errors, where).toBeUndefined();
          const result = (r.body.data as Json)[name] as Json;
          if (cell === "y") {
            const ok = typeof row.ok === "function" ? row.ok(result) : result.__typename === row.ok;
            expect(ok, where).toBe(true);
          } else if (cell === "n") {
            expect(result, where).toMatchObject({
              __typename: "ForbiddenError",
              code: column === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
            });
            expect(auditedChanges(), `${where}: nothing may change`).toBe(before);
          } else {
            const hidden =
              result.__typename === "BulkChangeActionStatusPayload"
                ? (result.outcome as { result: Json }[])[0]?.result
                : result;
            expect(["NotFoundError", "ValidationError"], where).toContain(hidden?.__typename);
            expect(auditedChanges(), `${where}: nothing may change`).toBe(before);
            // Denied and nonexistent look the same: the same call on an id that names nothing.
            const nothing = await w.s.gql<Json>(
              row.document,
              (row.missing ?? ((v) => v))(vars),
              caller.headers,
            );
            expect(
              r.body,
              `${where}: differs from an unknown id's answer ${JSON.stringify(nothing.body)}`,
            ).toEqual(nothing.body);
          }
        }
        cells += 1;
      }
    },
    60_000,
  );
});

describe("what a viewer reads of a restricted series", () => {
  let w: World;
  let invited: Record<string, string>;
  let earlier: Meeting;
  let later: Meeting;
  let hidden: Meeting;

  beforeAll(async () => {
    process.env.MOEI_RATE_LIMIT = "0";
    const s = await startServer({ now: NOW });
    const repos = repositories(s.db);
    const org = (en: string) =>
      must(repos.organizations.create(at(), valid(organizationInputSchema, { name: { en }, kind: "ngo" })));
    const orgs = { A: org("A"), S: org("S"), I: org("I"), O: org("O"), C2: org("C2") };
    const partial = { orgs, repos, s } as unknown as World;
    const seriesR = must(
      repos.series.create(
        at(),
        valid<SeriesInput>(seriesInputSchema, {
          ...seriesInput(partial),
          memberIds: [orgs.S.id, orgs.I.id],
          secretariatId: orgs.S.id,
        }),
      ),
    );
    w = { s, repos, orgs, seriesR: seriesR.id, seriesX: seriesR.id, passwordHash: "" };
    // Two meetings I was invited to, and one in between it was not: its action is I's too.
    earlier = meeting(w, { held: true });
    hidden = must(
      repos.meetings.schedule(
        at("2026-11-01T00:00:00Z"),
        valid<ScheduleMeetingInput>(scheduleMeetingInputSchema, {
          seriesId: w.seriesR,
          start: "2026-11-20T14:00",
          zone: "Asia/Bangkok",
          durationMinutes: 60,
          mode: "online",
        }),
      ),
    );
    later = meeting(w);
    for (const [source, text] of [
      [earlier, "From the earlier meeting"],
      [hidden, "From the meeting I was not invited to"],
    ] as const)
      must(
        repos.actions.create(
          at(),
          valid<ActionInput>(actionInputSchema, {
            text,
            ownerIds: [orgs.I.id],
            dueOn: "2026-11-30",
            source: { meetingId: source.id },
          }),
        ),
      );
    invited = signInAsUser(s, "member", { organizationId: orgs.I.id }).headers;
  }, 60_000);
  afterAll(() => w?.s.close());

  const reads = () =>
    w.s.db.$client
      .prepare(
        "SELECT actor_id, entity_type, entity_id, before, after FROM audit_log WHERE operation = 'meeting.read'",
      )
      .all() as {
      actor_id: string;
      entity_type: string;
      entity_id: string;
      before: unknown;
      after: unknown;
    }[];

  it("lists only the meetings an invitation opens, and their actions and matters arising", async () => {
    const r = await w.s.gql<Json>(
      `query Q($series: ID!, $org: ID!, $later: ID!) {
        series { id meetings { totalCount edges { node { id } } } }
        actions(seriesId: $series) { totalCount edges { node { text } } }
        org: node(id: $org) { ... on Organization { openActions { totalCount edges { node { text } } } } }
        later: node(id: $later) { ... on Meeting { mattersArising { action { text } } } }
      }`,
      {
        series: gid("Series", w.seriesR),
        org: gid("Organization", w.orgs.I.id),
        later: gid("Meeting", later.id),
      },
      invited,
    );
    expect(r.body.errors).toBeUndefined();
    const data = r.body.data as {
      series: { id: string; meetings: { totalCount: number; edges: { node: { id: string } }[] } }[];
      actions: { totalCount: number; edges: { node: { text: string } }[] };
      org: { openActions: { totalCount: number; edges: { node: { text: string } }[] } };
      later: { mattersArising: { action: { text: string } }[] };
    };
    const series = data.series.find((x) => x.id === gid("Series", w.seriesR));
    expect(series?.meetings.edges.map((e) => e.node.id).sort()).toEqual(
      [gid("Meeting", earlier.id), gid("Meeting", later.id)].sort(),
    );
    expect(series?.meetings.totalCount).toBe(2);
    const onlyEarlier = ["From the earlier meeting"];
    expect(data.actions.edges.map((e) => e.node.text)).toEqual(onlyEarlier);
    expect(data.actions.totalCount).toBe(1);
    expect(data.org.openActions.edges.map((e) => e.node.text)).toEqual(onlyEarlier);
    expect(data.org.openActions.totalCount).toBe(1);
    expect(data.later.mattersArising.map((m) => m.action.text)).toEqual(onlyEarlier);
  });

  it("answers a hidden meeting, action or agenda item exactly as an unknown one", async () => {
    const item = agendaItem(w, hidden);
    const ask = (id: string) =>
      w.s.gql<Json>("query Q($id: ID!) { node(id: $id) { id } }", { id }, invited).then((r) => r.body);
    expect(await ask(gid("Meeting", hidden.id))).toEqual(await ask(gid("Meeting", "mtg_unknown")));
    expect(await ask(gid("Meeting", hidden.id))).toEqual({ data: { node: null } });
    const update = (id: string) =>
      w.s
        .gql<Json>(
          `mutation M($id: ID!) { updateAgendaItem(id: $id, input: { title: { en: "x" } }) { __typename ... on Error { code message } } }`,
          { id },
          { ...invited, "accept-language": "th" },
        )
        .then((r) => r.body);
    expect(await update(item.id)).toEqual(await update("agi_unknown"));
  });

  it("records each read of a restricted meeting once per request, with who and which, never what", async () => {
    const before = reads().length;
    const twice = `query Q($id: ID!) { a: node(id: $id) { id ... on Meeting { agenda { id } } } b: node(id: $id) { id } }`;
    await w.s.gql(twice, { id: gid("Meeting", later.id) }, invited);
    const [row, ...more] = reads().slice(before);
    expect(more).toEqual([]);
    const userId = w.s.db.$client
      .prepare("SELECT user_id FROM sessions ORDER BY created_at DESC LIMIT 1")
      .get() as {
      user_id: string;
    };
    expect(row).toEqual({
      actor_id: userId.user_id,
      entity_type: "meeting",
      entity_id: later.id,
      before: null,
      after: null,
    });
    await w.s.gql(twice, { id: gid("Meeting", later.id) }, invited);
    expect(reads().length).toBe(before + 2);
    // What may not be read is not read: nothing to record.
    await w.s.gql(twice, { id: gid("Meeting", hidden.id) }, invited);
    await w.s.gql(twice, { id: gid("Meeting", later.id) });
    expect(reads().length).toBe(before + 2);
  });

  it("shows staff names to signed-in users only, and asks anonymous callers to sign in where that is the answer", async () => {
    must(
      w.repos.organizations.createContact(
        at(),
        valid(contactInputSchema, { organizationId: w.orgs.I.id, name: "Naw Listed", consentToList: true }),
      ),
    );
    const q = "query Q($id: ID!) { node(id: $id) { ... on Organization { contacts { name } } } }";
    const contacts = async (headers: Record<string, string>) =>
      (
        (await w.s.gql<Json>(q, { id: gid("Organization", w.orgs.I.id) }, headers)).body.data?.node as
          | Json
          | undefined
      )?.contacts;
    expect(await contacts(invited)).toEqual([{ name: "Naw Listed" }]);
    expect(await contacts({})).toEqual([]);
    const cases = await w.s.gql("query Q { caseReferences { totalCount } }", {}, { "accept-language": "th" });
    expect(cases.body.data).toBeNull();
    expect(cases.body.errors?.[0]).toMatchObject({
      message: "โปรดเข้าสู่ระบบเพื่อดำเนินการต่อ การเข้าสู่ระบบครั้งก่อนอาจหมดอายุแล้ว",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { actionInputSchema } from "../action/action.schemas.ts";
import { ACTION_LIFECYCLE, ACTION_STATUSES, applyActionEvent, setOwners } from "../action/action.ts";
import {
  AGREEMENT_LIFECYCLE,
  AGREEMENT_STATUSES,
  applyAgreementEvent,
  checkAgreementEdit,
} from "../agreement/agreement.ts";
import { checkCanHaveSteps, checkSopVersion } from "../agreement/sop.ts";
import {
  applyCaseEvent,
  CASE_LIFECYCLE,
  CASE_STATUSES,
  caseReferenceInputSchema,
  checkCaseOwners,
  parseCaseCode,
} from "../case-reference/case-reference.ts";
import { acceptFreeText } from "../data-protection/free-text.ts";
import { FINDING_KINDS } from "../data-protection/guard.ts";
import { reorderAgenda } from "../meeting/agenda.ts";
import { seriesInputSchema } from "../meeting/meeting.schemas.ts";
import {
  applyMeetingEvent,
  checkOpenFor,
  checkTimes,
  MEETING_LIFECYCLE,
  MEETING_STATUSES,
  type MeetingFacts,
} from "../meeting/meeting.ts";
import { parseMeetingNumber } from "../meeting/numbering.ts";
import { checkAttendance, respond } from "../meeting/participation.ts";
import { cadenceSchema, moveOccurrence, parseCadence, skipOccurrence } from "../meeting/recurrence.ts";
import { addMember, removeMember } from "../meeting/series.ts";
import {
  checkParent,
  deactivateOrganization,
  organizationInputSchema,
  reactivateOrganization,
} from "../organization/organization.ts";
import {
  aCaseReference,
  aMeeting,
  anAction,
  anAgendaItem,
  anAgreement,
  anOrganization,
  aSeries,
  aSopVersion,
  aUserId,
  date,
  instant,
  testId,
} from "../testing/mothers.ts";
import { looksZawgyi } from "./burmese.ts";
import { checkVersion } from "./concurrency.ts";
import type { ErrorParams } from "./errors.ts";
import type { AgreementId, OrganizationId } from "./ids.ts";
import { UI_LANGUAGES, type UiLanguage } from "./language.ts";
import {
  errorMessage,
  eventLabel,
  fieldMessage,
  type LifecycleName,
  MESSAGES,
  message,
  stateLabel,
} from "./messages.ts";
import { type Result, unwrap } from "./result.ts";
import { parseInstant, parseLocalDateTime, parsePlainDate, parseTimeZone } from "./time.ts";
import { validate } from "./validation.ts";

/** The params each code always carries, read from the code that raises it. Messages may use only these. */
const PARAMS: Readonly<Record<string, readonly string[]>> = {
  VALIDATION: [],
  CONFLICT: ["currentVersion"],
  NOT_FOUND: ["entity"],
  UNKNOWN_REFERENCE: ["field"],
  DUPLICATE: ["field"],
  INVALID_CURSOR: [],
  FORBIDDEN: [],
  UNAUTHENTICATED: [],
  RATE_LIMITED: [],
  INTERNAL: ["errorId"],
  "AUTH.INVALID_LINK": [],
  "AUTH.WRONG_CREDENTIALS": [],
  "ACTION.COMMENT_REQUIRED": ["event"],
  "ACTION.NO_OWNER": [],
  "ACTION.TRANSITION_FORBIDDEN": ["from", "event"],
  "AGENDA.NOT_A_PERMUTATION": ["expected", "received"],
  "AGREEMENT.DATE_BEFORE_PREVIOUS": ["date", "previous"],
  "AGREEMENT.PARENT_CYCLE": ["parentId"],
  "AGREEMENT.SELF_REFERENCE": [],
  "AGREEMENT.SUPERSEDES_ITSELF": [],
  "AGREEMENT.TERMS_LOCKED": ["status", "fields"],
  "AGREEMENT.TOO_FEW_PARTIES": ["count"],
  "AGREEMENT.TRANSITION_FORBIDDEN": ["from", "event"],
  "AGREEMENT.UNSIGNED_PARTY": ["party"],
  "ATTENDANCE.DUPLICATE": ["organizationId"],
  // Raised by the store (@moei/db calendar feeds).
  "CALENDAR_FEED.TOO_MANY": ["limit"],
  // Raised by the server's exports.
  "EXPORT.INVALID_OPTION": ["option"],
  "CASE.INVALID_CODE": [],
  "CASE.NO_OWNER": [],
  "CASE.TRANSITION_FORBIDDEN": ["from", "event"],
  "INVITATION.NOT_INVITED": ["organizationId"],
  "MEETING.END_BEFORE_START": ["minimum"],
  "MEETING.IN_PAST": [],
  "MEETING.LOCKED": ["status", "activity"],
  "MEETING.NOT_STARTED": [],
  "MEETING.NO_ATTENDANCE": [],
  "MEETING.NO_MINUTES": [],
  "MEETING.TOO_LONG": ["maximum"],
  "MEETING.TRANSITION_FORBIDDEN": ["from", "event"],
  "MEETING_NUMBER.INVALID": ["text", "scheme"],
  "ORGANIZATION.ALREADY_ACTIVE": [],
  "ORGANIZATION.ALREADY_INACTIVE": [],
  "ORGANIZATION.PARENT_CYCLE": ["parentId"],
  "PRIVACY.PERSONAL_DATA": ["kinds", "count"],
  "RECURRENCE.FREQUENCY_NOT_ALLOWED": ["rule", "freq"],
  "RECURRENCE.INVALID_DURATION": ["value", "minimum", "maximum"],
  "RECURRENCE.INVALID_MOVE": ["start", "end"],
  // Either { rule, part, value } or { rule, reason }.
  "RECURRENCE.INVALID_RULE": ["rule"],
  "RECURRENCE.NOT_AN_OCCURRENCE": ["original"],
  "RECURRENCE.PART_NOT_ALLOWED": ["rule", "part"],
  // firstOccurrence only when the rule has one.
  "RECURRENCE.START_NOT_AN_OCCURRENCE": ["rule", "firstStart"],
  "RECURRENCE.TOO_MANY": ["rule", "count", "maximum"],
  "RECURRENCE.UNTIL_BEFORE_START": ["rule", "firstStart"],
  "SERIES.ALREADY_MEMBER": ["organizationId"],
  "SERIES.NOT_MEMBER": ["organizationId"],
  "SERIES.SECRETARIAT_NOT_MEMBER": ["organizationId"],
  "SERIES.NO_CADENCE": [],
  "SERIES.NO_FREE_OCCURRENCE": [],
  "SOP.DUPLICATE_STEP_KEY": ["key"],
  "SOP.NOT_AN_SOP": ["kind"],
  "SOP.NO_STEPS": [],
  "SOP.STEP_ORDER_GAP": ["expected"],
  "SOP.VERSION_NOT_NEWER": ["version", "previous"],
  "TIME.INVALID_DATE": ["value"],
  "TIME.INVALID_INSTANT": ["value"],
  "TIME.INVALID_LOCAL_DATE_TIME": ["value"],
  "TIME.INVALID_ZONE": ["value"],
  // validation.ts gives min/max checks { minimum } or { maximum }, unknown keys { keys }; refinements nothing.
  "validation.too_big": ["maximum"],
  "validation.too_long": ["maximum"],
  "validation.too_many": ["maximum"],
  "validation.too_small": ["minimum"],
  "validation.unknown_field": ["keys"],
  "validation.weak_password": ["minimum"],
};
const paramsOf = (code: string): readonly string[] => PARAMS[code] ?? [];

const STORE_AND_API = [
  "VALIDATION",
  "CONFLICT",
  "NOT_FOUND",
  "UNKNOWN_REFERENCE",
  "DUPLICATE",
  "INVALID_CURSOR",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "RATE_LIMITED",
  "INTERNAL",
  "PRIVACY.PERSONAL_DATA",
  "CALENDAR_FEED.TOO_MANY",
  "CALENDAR_FEED.REVOKED",
  "EXPORT.INVALID_OPTION",
  "EXPORT.UNAVAILABLE",
  "EXPORT.BUSY",
];

/** Codes and keys as the domain's own sources spell them, found with the same regexes as a grep would. */
function scanSources(): { codes: Set<string>; keys: Set<string> } {
  const src = fileURLToPath(new URL("..", import.meta.url));
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith("messages.ts"),
  );
  const codes = new Set<string>();
  const keys = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(src, file), "utf8");
    for (const [m] of text.matchAll(/"[A-Z_]+\.[A-Z_]+"/g)) codes.add(m.slice(1, -1));
    for (const [m] of text.matchAll(/"validation\.[a-z_]+"/g)) keys.add(m.slice(1, -1));
  }
  return { codes, keys };
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
const thai = /[\u0E00-\u0E7F]/;
const myanmar = /[\u1000-\u109F]/;
// In Unicode the vowel sign E follows its consonant; typed first (Zawgyi habit) it starts a word.
const misplacedE = /(^|[\s“(])\u1031/;

describe("the catalogue", () => {
  it("has a message for every code and validation key in the domain sources, and the store's and API's", () => {
    const { codes, keys } = scanSources();
    expect(codes.size).toBeGreaterThan(40);
    expect(keys.size).toBeGreaterThan(25);
    const wanted = [...codes, ...keys, ...FINDING_KINDS.map((k) => `privacy.${k}`), ...STORE_AND_API];
    expect(wanted.filter((code) => !(code in MESSAGES))).toEqual([]);
    // Nothing stale either: every entry is a code someone raises.
    expect(Object.keys(MESSAGES).filter((code) => !wanted.includes(code))).toEqual([]);
  });

  it.each(Object.entries(MESSAGES))("%s reads in English, Thai and Burmese (Unicode)", (_code, text) => {
    expect(Object.keys(text).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const lang of UI_LANGUAGES) {
      expect(text[lang].trim()).not.toBe("");
      expect(text[lang].normalize("NFC")).toBe(text[lang]);
    }
    expect(text.th).toMatch(thai);
    expect(text.my).toMatch(myanmar);
    expect(looksZawgyi(text.my)).toBe(false);
    expect(text.my).not.toMatch(misplacedE);
  });

  it.each(Object.entries(MESSAGES))("%s uses only params the code carries", (code, text) => {
    for (const lang of UI_LANGUAGES) {
      expect(paramsOf(code)).toEqual(expect.arrayContaining(placeholders(text[lang])));
      // Every language says the same specific things.
      expect(new Set(placeholders(text[lang]))).toEqual(new Set(placeholders(text.en)));
      expect(text[lang].replace(/\{\w+\}/g, "")).not.toMatch(/[{}]/);
    }
  });
});

const facts: MeetingFacts = { now: instant("2026-12-10T06:00:00Z"), attendanceCount: 0, minutedItemCount: 0 };
const change = { comment: "", at: instant("2026-12-10T06:00:00Z"), authorId: aUserId() };
const cadenceInput = {
  rrule: "FREQ=MONTHLY;BYDAY=2TH",
  zone: "Asia/Bangkok",
  firstStart: "2026-01-08T09:30",
  durationMinutes: 180,
};

function failure<E extends { readonly code: string; readonly params: ErrorParams }>(
  result: Result<unknown, E>,
): E {
  if (result.ok) throw new Error("expected a failure");
  return result.error;
}

/** Real failures of real domain functions, one or more per code. */
function raised(): { readonly code: string; readonly params: ErrorParams }[] {
  const org = testId<OrganizationId>("org");
  const series = aSeries();
  const cadence = failure(parseCadence({ ...cadenceInput, rrule: "FREQ=HOURLY" }));
  const maeSot = parseCadence(cadenceInput);
  if (!maeSot.ok) throw new Error("cadence");
  const negotiating = anAgreement({ status: "negotiating", dates: {} });
  return [
    cadence,
    failure(applyMeetingEvent(aMeeting({ status: "cancelled" }), { type: "schedule" }, facts)),
    failure(applyMeetingEvent(aMeeting({ status: "held" }), { type: "approve" }, facts)),
    failure(applyMeetingEvent(aMeeting({ start: instant("2027-01-01T00:00:00Z") }), { type: "hold" }, facts)),
    failure(applyMeetingEvent(aMeeting({ status: "minutes_draft" }), { type: "circulate" }, facts)),
    failure(
      applyMeetingEvent(
        aMeeting({ status: "minutes_draft" }),
        { type: "circulate" },
        { ...facts, attendanceCount: 3 },
      ),
    ),
    failure(
      applyMeetingEvent(
        aMeeting(),
        { type: "reschedule", start: instant("2026-01-01T00:00:00Z"), end: instant("2026-01-01T02:00:00Z") },
        facts,
      ),
    ),
    failure(checkOpenFor(aMeeting({ status: "minutes_circulated" }), "minutes", facts.now)),
    failure(checkTimes(instant("2026-12-10T02:30:00Z"), instant("2026-12-10T02:35:00Z"))),
    failure(checkTimes(instant("2026-12-10T02:30:00Z"), instant("2026-12-20T02:30:00Z"))),
    failure(reorderAgenda([anAgendaItem()], [])),
    failure(respond([], org, "accepted", facts.now)),
    failure(
      checkAttendance([
        { meetingId: aMeeting().id, organizationId: org, status: "present", delegates: [] },
        { meetingId: aMeeting().id, organizationId: org, status: "remote", delegates: [] },
      ]),
    ),
    failure(addMember(series, series.secretariatId)),
    failure(removeMember(series, org)),
    failure(removeMember(series, series.secretariatId)),
    failure(parseMeetingNumber("thirtieth", "sequential")),
    failure(
      applyAgreementEvent(anAgreement({ status: "expired" }), { type: "sign", on: date("2026-01-01") }),
    ),
    failure(applyAgreementEvent(anAgreement(), { type: "start_review", on: date("2001-03-01") })),
    failure(
      applyAgreementEvent(
        { ...negotiating, parties: negotiating.parties.slice(0, 1) },
        {
          type: "sign",
          on: date("2026-01-01"),
        },
      ),
    ),
    failure(
      applyAgreementEvent(
        { ...negotiating, parties: negotiating.parties.map((p) => ({ ...p, signatories: [] })) },
        { type: "sign", on: date("2026-01-01") },
      ),
    ),
    failure(
      applyAgreementEvent(anAgreement({ id: "agr_self" as AgreementId }), {
        type: "supersede",
        on: date("2026-01-01"),
        by: "agr_self" as AgreementId,
      }),
    ),
    failure(checkAgreementEdit(anAgreement(), { parties: [], areas: [] }, () => undefined)),
    failure(
      checkAgreementEdit(anAgreement({ id: "agr_a" as AgreementId }), { parentId: "agr_a" }, () => undefined),
    ),
    failure(
      checkAgreementEdit(anAgreement({ id: "agr_a" as AgreementId }), { parentId: "agr_b" }, (id) =>
        id === "agr_b" ? ("agr_a" as AgreementId) : undefined,
      ),
    ),
    failure(checkCanHaveSteps("mou")),
    failure(checkSopVersion(aSopVersion({ steps: [] }))),
    failure(checkSopVersion(aSopVersion({ steps: [...aSopVersion().steps, ...aSopVersion().steps] }))),
    failure(
      checkSopVersion(aSopVersion({ steps: aSopVersion().steps.map((s) => ({ ...s, order: s.order * 2 })) })),
    ),
    failure(checkSopVersion(aSopVersion(), aSopVersion({ version: 2 }))),
    failure(applyActionEvent(anAction({ status: "done" }), "block", change)),
    failure(applyActionEvent(anAction(), "cancel", change)),
    failure(setOwners(anAction(), [])),
    failure(applyCaseEvent(aCaseReference({ status: "closed" }), "hand_over")),
    failure(checkCaseOwners([])),
    failure(parseCaseCode("Ma Aye 0812345678")),
    failure(deactivateOrganization(anOrganization({ active: false }))),
    failure(reactivateOrganization(anOrganization())),
    failure(checkParent(org, org, () => undefined)),
    failure(acceptFreeText("Call her at 081 234 5678 or aye@example.com", "en", "restricted")),
    failure(checkVersion(3, 5)),
    failure(parseInstant("yesterday")),
    failure(parsePlainDate("2026-02-30")),
    failure(parseLocalDateTime("2026-01-08 9am")),
    failure(parseTimeZone("ICT")),
    failure(parseCadence({ ...cadenceInput, durationMinutes: 1 })),
    failure(parseCadence({ ...cadenceInput, rrule: "FREQ=MONTHLY;BYDAY=9TH" })),
    failure(parseCadence({ ...cadenceInput, rrule: "FREQ=WEEKLY;BYHOUR=9" })),
    failure(parseCadence({ ...cadenceInput, rrule: "FREQ=WEEKLY;COUNT=5000" })),
    failure(parseCadence({ ...cadenceInput, rrule: "FREQ=MONTHLY;BYDAY=2TH;UNTIL=20251231" })),
    failure(parseCadence({ ...cadenceInput, firstStart: "2026-01-09T09:30" })),
    failure(skipOccurrence(maeSot.value, unwrap(parseLocalDateTime("2026-02-13T09:30")))),
    failure(
      moveOccurrence(maeSot.value, unwrap(parseLocalDateTime("2026-02-12T09:30")), facts.now, facts.now),
    ),
  ];
}

describe("messages for real failures", () => {
  const errors = raised();

  it("come from every part of the domain", () => {
    expect(new Set(errors.map((e) => e.code)).size).toBeGreaterThanOrEqual(50);
  });

  it.each(errors.map((e) => [e.code, e] as const))(
    "%s carries its params and reads in full",
    (code, error) => {
      expect(code in MESSAGES).toBe(true);
      expect(Object.keys(error.params)).toEqual(expect.arrayContaining([...paramsOf(code)]));
      for (const lang of UI_LANGUAGES) {
        const text = errorMessage(error, lang);
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toContain(code);
      }
    },
  );

  it("translates the state and the event of a forbidden transition", () => {
    const error = failure(applyMeetingEvent(aMeeting({ status: "cancelled" }), { type: "schedule" }, facts));
    expect(errorMessage(error, "en")).toBe(
      "“Schedule” is not possible while the meeting is “Cancelled”. Reload the page to see its current status.",
    );
    expect(errorMessage(error, "th")).toContain("“กำหนดวันประชุม”");
    expect(errorMessage(error, "th")).toContain("“ยกเลิกแล้ว”");
    expect(errorMessage(error, "my")).toContain("“ဖျက်သိမ်းပြီး”");
    const action = failure(applyActionEvent(anAction(), "cancel", change));
    expect(errorMessage(action, "en")).toBe("Add a comment to “Cancel”: partners need to know why.");
  });

  it("names the personal data found, joined with commas, and keeps numbers in ASCII digits", () => {
    const error = failure(acceptFreeText("Call her at 081 234 5678 or aye@example.com", "en", "restricted"));
    expect(errorMessage(error, "en")).toContain("Found: phone number, e-mail address (2 in all).");
    expect(errorMessage(error, "th")).toContain("พบ: หมายเลขโทรศัพท์, ที่อยู่อีเมล (รวม 2 รายการ)");
    expect(errorMessage(error, "my")).toContain("ဖုန်းနံပါတ်, အီးမေးလ်လိပ်စာ (စုစုပေါင်း 2 ခု)");
  });

  it("writes dates as each language writes them", () => {
    const error = failure(
      applyAgreementEvent(anAgreement(), { type: "start_review", on: date("2001-03-01") }),
    );
    expect(errorMessage(error, "en")).toMatch(/^1 March 2001 is before .* \(24 April 2009\)\./);
    expect(errorMessage(error, "th")).toContain("24 เมษายน พ.ศ. 2552");
    expect(errorMessage(error, "my")).toContain("၂၀၀၉");
  });

  it("gives the version a conflicting save lost to", () => {
    expect(errorMessage(failure(checkVersion(3, 5)), "en")).toBe(
      "Someone else saved a newer version first (version 5). Review their changes, then save again.",
    );
  });
});

describe("fieldMessage", () => {
  it("explains every issue validate() finds, with its limits", () => {
    const checks = [
      validate(organizationInputSchema, { name: { en: "x".repeat(201) }, kind: "club", extra: 1 }),
      validate(seriesInputSchema, {
        countries: [],
        quorum: 2,
        cadence: { ...cadenceInput, rrule: "FREQ=HOURLY" },
      }),
      validate(actionInputSchema, { ownerIds: [], text: 5 }),
      validate(caseReferenceInputSchema, { code: "Ma Aye 0812345678" }),
      validate(cadenceSchema, { ...cadenceInput, durationMinutes: 5000 }),
    ];
    const issues = checks.flatMap((r) => (r.ok ? [] : r.error.issues));
    expect(issues.length).toBeGreaterThan(10);
    for (const issue of issues) {
      expect(issue.key in MESSAGES).toBe(true);
      for (const lang of UI_LANGUAGES) expect(fieldMessage(issue, lang)).not.toMatch(/[{}]/);
    }
    const byPath = new Map(issues.map((i) => [i.path, i]));
    const name = byPath.get("name.en");
    expect(name && fieldMessage(name, "en")).toBe("Use at most 200 characters.");
    expect(name && fieldMessage(name, "th")).toBe("โปรดใช้ไม่เกิน 200 ตัวอักษร");
    const extra = byPath.get("");
    expect(extra && fieldMessage(extra, "en")).toBe("Unexpected fields: extra. Remove them and try again.");
  });
});

describe("fallbacks", () => {
  it("gives an unknown code a generic message naming it, in the language", () => {
    expect(message("MINUTES.WHATEVER", "en")).toBe(
      "Something went wrong (MINUTES.WHATEVER). Please try again, and contact support if it keeps happening.",
    );
    expect(message("MINUTES.WHATEVER", "th")).toMatch(/^เกิดข้อผิดพลาด \(MINUTES\.WHATEVER\)/);
    expect(message("MINUTES.WHATEVER", "my")).toContain("(MINUTES.WHATEVER)");
    for (const code of ["", "constructor", "__proto__", "toString", "{code}"]) {
      expect(() => message(code, "my")).not.toThrow();
      expect(message(code, "en")).toContain(`(${code})`);
    }
  });

  it("falls back to English for a language it lacks and leaves a missing param visible", () => {
    expect(message("CONFLICT", "fr" as UiLanguage, { currentVersion: 4 })).toBe(
      message("CONFLICT", "en", { currentVersion: 4 }),
    );
    expect(message("CONFLICT", "en")).toContain("(version {currentVersion})");
  });

  it("shows unknown states, events and values as they are", () => {
    expect(stateLabel("meeting", "adjourned", "th")).toBe("adjourned");
    expect(eventLabel("case", "toString", "en")).toBe("toString");
    expect(message("NOT_FOUND", "en", { entity: "widget" })).toMatch(/^The requested widget could not/);
    expect(message("MEETING.LOCKED", "en", { status: "held", activity: "agenda" })).toMatch(
      /^The agenda can no longer be changed while the meeting is “Held”\./,
    );
  });
});

describe("lifecycle labels", () => {
  const lifecycles: readonly [LifecycleName, readonly string[], readonly string[]][] = [
    ["meeting", MEETING_STATUSES, Object.keys(MEETING_LIFECYCLE)],
    ["agreement", AGREEMENT_STATUSES, Object.keys(AGREEMENT_LIFECYCLE)],
    ["action", ACTION_STATUSES, Object.keys(ACTION_LIFECYCLE)],
    ["case", CASE_STATUSES, Object.keys(CASE_LIFECYCLE)],
  ];
  it.each(lifecycles)("names every %s state and event in every language", (entity, states, events) => {
    const labels = [
      ...states.map((s) => [s, (lang: UiLanguage) => stateLabel(entity, s, lang)] as const),
      ...events.map((e) => [e, (lang: UiLanguage) => eventLabel(entity, e, lang)] as const),
    ];
    for (const [value, label] of labels) {
      expect(label("en")).not.toBe(value);
      expect(label("th")).toMatch(thai);
      expect(label("my")).toMatch(myanmar);
      expect(looksZawgyi(label("my"))).toBe(false);
      expect(label("my")).not.toMatch(misplacedE);
    }
    // Distinct states read differently, or a badge would not tell them apart.
    for (const lang of UI_LANGUAGES) {
      expect(new Set(states.map((s) => stateLabel(entity, s, lang))).size).toBe(states.length);
    }
  });
});

import { type ActionEvent, type ActionInput, actionInputSchema } from "@moei/domain/action";
import {
  type AgreementDraftInput,
  type AgreementEvent,
  agreementDraftInputSchema,
  sopVersionInputSchema,
} from "@moei/domain/agreement";
import {
  type AttendanceStatus,
  type Cadence,
  type Meeting,
  occurrencesBetween,
  parseCadence,
  type ScheduleMeetingInput,
  type SeriesInput,
  scheduleMeetingInputSchema,
  seriesInputSchema,
} from "@moei/domain/meeting";
import {
  contactInputSchema,
  type OrganizationInput,
  organizationInputSchema,
} from "@moei/domain/organization";
import {
  addDays,
  addMinutes,
  compareInstants,
  dateOf,
  type Instant,
  instantOf,
  type LocalDateTime,
  type PlainDate,
  type TimeZone,
  validate,
} from "@moei/domain/shared";
import type { Db } from "../client.ts";
import { actionRepository } from "../repositories/action.repository.ts";
import { agreementRepository } from "../repositories/agreement.repository.ts";
import { caseReferenceRepository } from "../repositories/case-reference.repository.ts";
import { meetingRepository } from "../repositories/meeting.repository.ts";
import { organizationRepository } from "../repositories/organization.repository.ts";
import { seriesRepository } from "../repositories/series.repository.ts";
import { userRepository } from "../repositories/user.repository.ts";
import type { WriteContext } from "../repositories/write.ts";
import { AGREEMENTS, ORGANIZATIONS, SERIES } from "./demo-organizations.ts";
import { ACTIONS, AGENDA, DELEGATE_NAMES } from "./demo-texts.ts";
import type { DemoAgreement, DemoSeries } from "./demo-types.ts";

export interface DemoSummary {
  readonly organizations: number;
  readonly contacts: number;
  readonly agreements: number;
  readonly series: number;
  readonly meetings: number;
  readonly minutes: number;
  readonly decisions: number;
  readonly actions: number;
  readonly overdueActions: number;
  readonly caseReferences: number;
  readonly users: number;
}

/**
 * DEMO MODE ONLY: the password of every demo user, printed in the README. Real installations never get
 * these accounts (only this seed makes them) and create their first admin with `pnpm moei create-admin`.
 */
export const DEMO_PASSWORD = "moei-demo-password";
/**
 * DEMO_PASSWORD hashed once with the server's scrypt parameters (N=2^17, r=8, p=1), so that seeding
 * needs no server code and takes no hashing time; the server test signs in with it.
 */
const DEMO_PASSWORD_HASH =
  "$scrypt$ln=17,r=8,p=1$ww6FJmqEhoF7DcN6zvxd0Q$Zt4HJU56Dc7IlH5wBLs6m4AgqxEF29ZaaT+FbpSzJWE";

/** One demo user per role, plus a Myanmar DSW caseworker invited to the restricted case management meetings. */
export const DEMO_USERS = [
  { username: "demo-admin", displayName: "Demo Admin", organizationKey: "iom", role: "admin" },
  {
    username: "demo-coordinator",
    displayName: "Demo Coordinator, Mae Sot secretariat",
    organizationKey: "iom",
    role: "coordinator",
    seriesKeys: ["ngo-mae-sot-monthly"],
  },
  { username: "demo-member", displayName: "Demo Member", organizationKey: "ngo-clinic-1", role: "member" },
  { username: "demo-observer", displayName: "Demo Observer", organizationKey: "unodc", role: "observer" },
  {
    username: "demo-dsw",
    displayName: "Demo Caseworker, DSW Myanmar",
    organizationKey: "dsw",
    role: "member",
    language: "my",
  },
] as const satisfies readonly {
  username: string;
  displayName: string;
  organizationKey: string;
  role: "admin" | "coordinator" | "member" | "observer";
  seriesKeys?: readonly string[];
  language?: "en" | "th" | "my";
}[];

/** The demo covers two years back from `today` and the next hundred days. */
const YEARS_BACK_DAYS = 730;
const DAYS_AHEAD = 100;

/** Deterministic variety: a stable pseudo-random number in [0, 1) for a pair of integers. */
function noise(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15), 0x27d4eb2d);
  return ((h ^ (h >>> 13)) >>> 0) / 4294967296;
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }, what: string): T {
  if (!result.ok) throw new Error(`Demo data: ${what} was refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Validates content with the same schema the API uses, so the demo goes through the same checks. */
const input = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }, what: string): T =>
  must(result, what);

/** A demo contact's address under the reserved `.example` domain, so no real mailbox is ever written to. */
const demoEmail = (name: string, organizationKey: string): string =>
  `${name
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "")}@${organizationKey}.example`;

const earliest = (a: Instant, b: Instant): Instant => (compareInstants(a, b) <= 0 ? a : b);

/** The events that take a new agreement to the status the content gives it. */
function lifecycleOf(a: DemoAgreement, successorId: (key: string) => string): AgreementEvent[] {
  const d = a.dates as Record<string, PlainDate | undefined>;
  const on = (date: PlainDate | undefined) => date ?? (d.signedOn as PlainDate);
  const events: AgreementEvent[] = [{ type: "start_negotiation" }];
  if (a.status === "draft") return [];
  if (a.status === "negotiating") return events;
  events.push({ type: "sign", on: d.signedOn as PlainDate });
  if (a.status === "signed") return events;
  if (a.status === "terminated") return [...events, { type: "terminate", on: on(d.endedOn) }];
  if (a.status === "superseded") {
    return [
      ...events,
      { type: "supersede", on: on(d.endedOn), by: successorId(a.supersededByKey as string) as never },
    ];
  }
  events.push({ type: "bring_into_force", on: on(d.inForceOn) });
  if (a.status === "under_review") events.push({ type: "start_review", on: on(d.reviewStartedOn) });
  if (a.status === "expired") events.push({ type: "expire", on: on(d.endedOn ?? d.expiresOn) });
  return events;
}

/**
 * Loads the demo dataset through the repositories, so that every rule and the data-protection guard
 * run and every row is audited (actor: the system). Each write is dated when it would have happened
 * (attendance at the meeting, minutes after it), never after `now`. Deterministic for a given `today`.
 */
export function seedDemo(db: Db, options: { readonly today: PlainDate; readonly now: Instant }): DemoSummary {
  const { today, now } = options;
  const at = (instant: Instant): WriteContext => ({ actorId: null, at: earliest(instant, now) });
  const seedTime = at(now);

  const orgs = organizationRepository(db);
  const agreements = agreementRepository(db);
  const seriesRepo = seriesRepository(db);
  const meetings = meetingRepository(db);
  const actions = actionRepository(db);
  const cases = caseReferenceRepository(db);

  // Organizations, parents first.
  const orgId = new Map<string, string>();
  let contacts = 0;
  const pending = [...ORGANIZATIONS];
  while (pending.length > 0) {
    const index = pending.findIndex((o) => o.parentKey === undefined || orgId.has(o.parentKey));
    if (index < 0) throw new Error("Demo data: organization parents form a cycle or name an unknown key");
    const [o] = pending.splice(index, 1) as [(typeof ORGANIZATIONS)[number]];
    const created = must(
      orgs.create(
        seedTime,
        input(
          validate(organizationInputSchema, {
            name: o.name,
            ...(o.acronym === undefined ? {} : { acronym: o.acronym }),
            kind: o.kind,
            ...(o.country === undefined
              ? {}
              : {
                  location: {
                    country: o.country,
                    ...(o.province === undefined ? {} : { province: o.province }),
                    ...(o.township === undefined ? {} : { township: o.township }),
                  },
                }),
            ...(o.parentKey === undefined ? {} : { parentId: orgId.get(o.parentKey) }),
            fictional: o.fictional,
          }),
          `organization ${o.key}`,
        ) as OrganizationInput,
      ),
      `organization ${o.key}`,
    );
    orgId.set(o.key, created.id);
    for (const c of o.contacts) {
      must(
        orgs.createContact(
          seedTime,
          input(
            validate(contactInputSchema, {
              organizationId: created.id,
              ...c,
              email: demoEmail(c.name, o.key),
              consentToList: true,
            }),
            `contact of ${o.key}`,
          ),
        ),
        `contact of ${o.key}`,
      );
      contacts += 1;
    }
  }
  const org = (key: string): string => {
    const id = orgId.get(key);
    if (id === undefined) throw new Error(`Demo data: unknown organization key ${key}`);
    return id;
  };

  // Agreements: all drafts first (parents first), then their lifecycles, so that successors exist.
  const agreementId = new Map<string, string>();
  const ordered = [...AGREEMENTS].sort(
    (a, b) => Number(a.parentKey !== undefined) - Number(b.parentKey !== undefined),
  );
  for (const a of ordered) {
    const draft = input(
      validate(agreementDraftInputSchema, {
        kind: a.kind,
        title: a.title,
        parties: a.parties.map((p) => ({
          ref:
            p.country === undefined
              ? { kind: "organization", organizationId: org(p.organizationKey as string) }
              : {
                  kind: "government",
                  country: p.country,
                  ...(p.organizationKey === undefined ? {} : { organizationId: org(p.organizationKey) }),
                },
          signatories: p.signatories,
        })),
        areas: a.areas,
        renewal: a.renewal,
        ...(a.parentKey === undefined ? {} : { parentId: agreementId.get(a.parentKey) }),
        ...(a.dates.cabinetApprovedOn === undefined ? {} : { cabinetApprovedOn: a.dates.cabinetApprovedOn }),
        ...(a.dates.reviewDueOn === undefined ? {} : { reviewDueOn: a.dates.reviewDueOn }),
        ...(a.dates.expiresOn === undefined ? {} : { expiresOn: a.dates.expiresOn }),
      }),
      `agreement ${a.key}`,
    ) as AgreementDraftInput;
    agreementId.set(a.key, must(agreements.createDraft(seedTime, draft), `agreement ${a.key}`).id);
  }
  for (const a of AGREEMENTS) {
    const id = agreementId.get(a.key) as string;
    // Superseding a predecessor links (and so versions) its successor, which may be this one.
    let version = agreements.get(id)?.version ?? 1;
    for (const event of lifecycleOf(a, (key) => agreementId.get(key) as string)) {
      version = must(
        agreements.applyEvent(seedTime, id, version, event),
        `${event.type} of agreement ${a.key}`,
      ).version;
    }
    if (a.sopSteps !== undefined) {
      const sop = input(
        validate(sopVersionInputSchema, {
          agreementId: id,
          ...(a.dates.signedOn === undefined ? {} : { adoptedOn: a.dates.signedOn }),
          steps: a.sopSteps.map((s, i) => ({ ...s, order: i + 1 })),
        }),
        `SOP steps of ${a.key}`,
      );
      must(agreements.addSopVersion(seedTime, sop), `SOP version of ${a.key}`);
    }
  }

  // Series, with the first occurrence of each cadence two years back.
  const from = addDays(today, -YEARS_BACK_DAYS);
  let meetingCount = 0;
  let minutesCount = 0;
  let decisionCount = 0;
  const created: {
    action: string;
    due: PlainDate;
    index: number;
    createdAt: Instant;
    progress: readonly string[];
  }[] = [];
  const templatesOf = (kind: DemoSeries["kind"]) => ACTIONS.filter((t) => t.seriesKind === kind);

  const seriesId = new Map<string, string>();
  SERIES.forEach((s, seriesIndex) => {
    const cadence = firstCadence(s, from);
    const seriesInput = input(
      validate(seriesInputSchema, {
        kind: s.kind,
        name: s.name,
        memberIds: s.memberKeys.map(org),
        chairs: s.chairs.map((c) => ({
          side: c.side,
          organizationId: org(c.organizationKey),
          title: c.title,
        })),
        secretariatId: org(s.secretariatKey),
        countries: s.countries,
        cadence,
        numbering: s.numbering,
        confidentiality: s.confidentiality,
        languages: s.languages,
        ...(s.quorum === undefined ? {} : { quorum: s.quorum }),
        ...(s.legalBasisKey === undefined ? {} : { legalBasisId: agreementId.get(s.legalBasisKey) }),
      }),
      `series ${s.key}`,
    ) as SeriesInput;
    const series = must(seriesRepo.create(seedTime, seriesInput), `series ${s.key}`);
    seriesId.set(s.key, series.id);
    const agenda = AGENDA[s.kind as keyof typeof AGENDA] ?? [];
    const templates = templatesOf(s.kind);
    const occurrences = occurrencesBetween(
      cadence,
      instantOf(`${from}T00:00` as LocalDateTime, cadence.zone),
      instantOf(`${addDays(today, DAYS_AHEAD)}T00:00` as LocalDateTime, cadence.zone),
    );
    const minutesLanguages = s.languages.filter(
      (l): l is "en" | "th" | "my" => l === "en" || l === "th" || l === "my",
    );

    occurrences.forEach((occurrence, i) => {
      const venue = s.venues[i % s.venues.length] as DemoSeries["venues"][number];
      const zone = venue.zone as TimeZone;
      const start = instantOf(`${occurrence.original.slice(0, 10)}T${s.cadence.time}` as LocalDateTime, zone);
      const end = addMinutes(start, cadence.durationMinutes);
      const scheduleAt = at(addMinutes(start, -30 * 24 * 60));
      const meetingInput = input(
        validate(scheduleMeetingInputSchema, {
          seriesId: series.id,
          start: `${occurrence.original.slice(0, 10)}T${s.cadence.time}`,
          zone,
          durationMinutes: cadence.durationMinutes,
          mode: s.countries.length > 1 && i % 3 === 2 ? "hybrid" : "in_person",
          venue: venue.venue,
          hostSide: venue.hostSide,
          interpretation: s.interpretation,
        }),
        `meeting of ${s.key}`,
      ) as ScheduleMeetingInput;
      // The case management meetings continue after the 30th (14 Aug 2024), held before the demo window.
      const number = s.kind === "case_management" ? { number: { ordinal: 31 + i } } : {};
      let meeting: Meeting = must(
        meetings.schedule(scheduleAt, { ...meetingInput, occurrence: occurrence.original }, number),
        `meeting ${i} of ${s.key}`,
      );
      meetingCount += 1;
      must(meetings.inviteMembers(at(addMinutes(start, -25 * 24 * 60)), meeting.id), "invitations");
      const record = () => meetings.record(meeting.id);
      const invited = record()?.invitations ?? [];
      invited.forEach((inv, k) => {
        const roll = noise(seriesIndex * 1000 + i, k);
        const rsvp = roll < 0.8 ? "accepted" : roll < 0.9 ? "tentative" : "declined";
        if (compareInstants(addMinutes(start, -10 * 24 * 60), now) < 0) {
          must(
            meetings.respond(at(addMinutes(start, -10 * 24 * 60)), meeting.id, inv.organizationId, rsvp),
            "RSVP",
          );
        }
      });
      const items = agenda.map((template) =>
        must(
          meetings.addAgendaItem(at(addMinutes(start, -14 * 24 * 60)), {
            meetingId: meeting.id,
            kind: "regular",
            title: template.title,
            durationMinutes: template.durationMinutes,
            ...(template.presenter === undefined
              ? {}
              : {
                  presenterId: (template.presenter === "secretariat"
                    ? series.secretariatId
                    : org(template.presenter)) as never,
                }),
          }),
          "agenda item",
        ),
      );

      const past = compareInstants(end, now) < 0;
      const cancelled = s.kind === "ngo_coordination" && i === 7;
      if (cancelled) {
        must(
          meetings.applyEvent(at(addMinutes(start, -3 * 24 * 60)), meeting.id, meeting.version, {
            type: "cancel",
          }),
          "cancel",
        );
        return;
      }
      if (!past) {
        // The next meeting of the Mae Sot series is postponed by a week, as happens.
        const postpone =
          s.kind === "ngo_coordination" &&
          compareInstants(start, addMinutes(now, 40 * 24 * 60)) > 0 &&
          i === occurrences.length - 1;
        if (postpone)
          must(meetings.applyEvent(seedTime, meeting.id, meeting.version, { type: "postpone" }), "postpone");
        return;
      }

      // Held: attendance, minutes, decisions, actions, then circulation and approval.
      const during = at(addMinutes(start, 15));
      meeting = must(
        meetings.applyEvent(at(addMinutes(start, 10)), meeting.id, meeting.version, { type: "hold" }),
        "hold",
      );
      const attendanceRows = invited.map((inv, k) => {
        const roll = noise(seriesIndex * 7919 + i, k + 101);
        const status: AttendanceStatus =
          roll < 0.78 ? "present" : roll < 0.88 ? "remote" : roll < 0.95 ? "excused" : "absent";
        const thai = org("msdhs") === inv.organizationId || roll < 0.3;
        const names = thai ? DELEGATE_NAMES.th : DELEGATE_NAMES.mm;
        const delegates =
          status === "present" || status === "remote" ? [names[(i * 7 + k) % names.length] as string] : [];
        return { organizationId: inv.organizationId, status, delegates };
      });
      must(meetings.recordAttendance(during, meeting.id, attendanceRows), "attendance");
      const minutesAt = at(addMinutes(end, -5));
      items.forEach((item, k) => {
        const template = agenda[k];
        if (template === undefined) return;
        const text = template.minutes[i % template.minutes.length];
        if (text === undefined) return;
        for (const language of minutesLanguages) {
          must(
            meetings.saveMinutes(minutesAt, {
              meetingId: meeting.id,
              agendaItemId: item.id,
              language,
              body: text[language],
              baseVersion: 0,
            }),
            `minutes of ${s.key}`,
          );
          minutesCount += 1;
        }
        const decision = template.decisions[(i + k) % Math.max(1, template.decisions.length)];
        if (decision !== undefined && (i + k) % 2 === 0) {
          must(
            meetings.addDecision(minutesAt, { meetingId: meeting.id, agendaItemId: item.id, text: decision }),
            "decision",
          );
          decisionCount += 1;
        }
      });

      // Two actions agreed at each meeting (one for the twice-yearly series), due 3 to 8 weeks later.
      const perMeeting = s.kind === "ngo_coordination" || s.kind === "case_management" ? 2 : 1;
      for (let k = 0; k < perMeeting && templates.length > 0; k++) {
        const index = created.length;
        const template = templates[(i * perMeeting + k) % templates.length] as (typeof templates)[number];
        const due = addDays(dateOf(end, zone), 21 + Math.floor(noise(index, 5) * 35));
        const actionInput = input(
          validate(actionInputSchema, {
            text: template.text,
            language: template.language,
            ownerIds: template.ownerKeys.map(org),
            dueOn: due,
            source: {
              meetingId: meeting.id,
              ...(items[0] === undefined ? {} : { agendaItemId: items[Math.min(2, items.length - 1)]?.id }),
            },
          }),
          "action",
        ) as ActionInput;
        const { action } = must(actions.create(at(end), actionInput), `action of ${s.key}`);
        created.push({ action: action.id, due, index, createdAt: at(end).at, progress: template.progress });
      }

      // Minutes are circulated three days later and approved at the next meeting; the latest stay open.
      const circulateAt = addMinutes(end, 3 * 24 * 60);
      const approveAt = addMinutes(end, 28 * 24 * 60);
      if (compareInstants(circulateAt, now) < 0) {
        meeting = must(
          meetings.applyEvent(at(circulateAt), meeting.id, (meetings.get(meeting.id) as Meeting).version, {
            type: "circulate",
          }),
          "circulate",
        );
        if (compareInstants(approveAt, now) < 0) {
          must(
            meetings.applyEvent(at(approveAt), meeting.id, meeting.version, { type: "approve" }),
            "approve",
          );
        }
      }
    });
  });

  // Action progress: most past-due actions are done (some late), about a fifth are still open; future ones are under way.
  let overdue = 0;
  for (const c of created) {
    const roll = noise(c.index, 77);
    const pastDue = c.due < today;
    const steps: { event: ActionEvent; comment: string; on: PlainDate }[] = [];
    const comment = (n: number) => c.progress[n % Math.max(1, c.progress.length)] ?? "";
    const dueMinus = (days: number) => addDays(c.due, -days);
    if (pastDue && roll < 0.62) {
      steps.push(
        { event: "start", comment: comment(0), on: dueMinus(14) },
        { event: "complete", comment: comment(1), on: dueMinus(2) },
      );
    } else if (pastDue && roll < 0.74) {
      steps.push(
        { event: "start", comment: comment(0), on: dueMinus(10) },
        { event: "complete", comment: comment(1), on: addDays(c.due, 9) },
      );
    } else if (pastDue && roll < 0.78) {
      steps.push({ event: "cancel", comment: comment(2), on: dueMinus(3) });
    } else if (pastDue) {
      overdue += 1;
      if (roll < 0.88) steps.push({ event: "start", comment: comment(0), on: dueMinus(7) });
      else if (roll < 0.94) steps.push({ event: "block", comment: comment(2), on: dueMinus(5) });
    } else if (roll < 0.5) {
      steps.push({
        event: "start",
        comment: comment(0),
        on: addDays(dateOf(c.createdAt, "Asia/Bangkok" as TimeZone), 5),
      });
    }
    let version = 1;
    for (const step of steps) {
      const when = instantOf(`${step.on}T10:00` as LocalDateTime, "Asia/Bangkok" as TimeZone);
      if (compareInstants(when, now) > 0 || compareInstants(when, c.createdAt) < 0) continue;
      const changed = must(
        actions.changeStatus(at(when), {
          actionId: c.action,
          version,
          event: step.event,
          comment: step.comment || "Updated",
        }),
        `${step.event} of an action`,
      );
      version = changed.action.version;
    }
  }

  // Case references of the case management meetings: opaque codes and aggregates only.
  const caseOwners = [org("msdhs"), org("dsw")];
  const caseSteps = [
    "identify",
    "shelter",
    "request_verification",
    "assess_family",
    "schedule_return",
    "hand_over",
    "follow_up",
  ] as const;
  const nationalities = ["MM", "MM", "MM", "LA", "KH"] as const;
  const exploitation = ["fishing", "labour", "domestic_work", "online_scam", "sexual"] as const;
  let caseCount = 0;
  for (let n = 1; n <= 18; n++) {
    const code = `CMM${30 + (n % 4)}-L${String(n).padStart(3, "0")}`;
    const c = must(
      cases.create(
        seedTime,
        {
          code: code as never,
          nationality: nationalities[n % nationalities.length] as (typeof nationalities)[number],
          sex: n % 3 === 0 ? "male" : "female",
          ageBand: n % 5 === 0 ? "12-17" : n % 2 === 0 ? "18-24" : "25-39",
          exploitationType: exploitation[n % exploitation.length] as (typeof exploitation)[number],
        },
        caseOwners,
      ),
      `case ${code}`,
    );
    let version = c.version;
    for (const event of caseSteps.slice(0, n % (caseSteps.length + 1))) {
      version = must(cases.applyEvent(seedTime, code, version, event), `${event} of ${code}`).version;
    }
    caseCount += 1;
  }

  // Demo users, last: they sign in to the data above.
  const users = userRepository(db);
  for (const u of DEMO_USERS) {
    must(
      users.create(seedTime, {
        username: u.username,
        displayName: u.displayName,
        organizationId: org(u.organizationKey),
        role: u.role,
        ...("language" in u ? { language: u.language } : {}),
        ...("seriesKeys" in u ? { seriesIds: u.seriesKeys.map((k) => seriesId.get(k) as string) } : {}),
        passwordHash: DEMO_PASSWORD_HASH,
      }),
      `demo user ${u.username}`,
    );
  }

  return {
    organizations: orgId.size,
    contacts,
    agreements: agreementId.size,
    series: SERIES.length,
    meetings: meetingCount,
    minutes: minutesCount,
    decisions: decisionCount,
    actions: created.length,
    overdueActions: overdue,
    caseReferences: caseCount,
    users: DEMO_USERS.length,
  };
}

/** The series' cadence with its first occurrence on or after `from`. */
function firstCadence(s: DemoSeries, from: PlainDate): Cadence {
  const attempt = {
    rrule: s.cadence.rrule,
    zone: s.cadence.zone,
    firstStart: `${from}T${s.cadence.time}`,
    durationMinutes: s.cadence.durationMinutes,
  };
  const first = parseCadence(attempt);
  if (first.ok) return first.value;
  const firstOccurrence = (first.error.params as Record<string, unknown>).firstOccurrence;
  if (first.error.code === "RECURRENCE.START_NOT_AN_OCCURRENCE" && typeof firstOccurrence === "string") {
    return must(parseCadence({ ...attempt, firstStart: firstOccurrence }), `cadence of ${s.key}`);
  }
  return must(first, `cadence of ${s.key}`);
}

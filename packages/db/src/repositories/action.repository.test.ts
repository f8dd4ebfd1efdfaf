import { FULL_VISIBILITY } from "@moei/domain/access";
import { type ActionInput, actionInputSchema } from "@moei/domain/action";
import { agreementDraftInputSchema } from "@moei/domain/agreement";
import { type ScheduleMeetingInput, scheduleMeetingInputSchema } from "@moei/domain/meeting";
import { contactInputSchema } from "@moei/domain/organization";
import type { PlainDate } from "@moei/domain/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { must, parsed, smallWorld, THAI_ID, UDHR_UNICODE, UDHR_ZAWGYI } from "../../test/fixtures.ts";
import { ctx, tempDb } from "../../test/support.ts";
import { actionLinks, actionOwners, actions, progressUpdates } from "../schema/index.ts";
import { actionRepository } from "./action.repository.ts";
import { agreementRepository } from "./agreement.repository.ts";
import { meetingRepository } from "./meeting.repository.ts";
import { organizationRepository } from "./organization.repository.ts";

describe("action repository", () => {
  let t: ReturnType<typeof tempDb>;
  let statements = 0;
  beforeEach(() => {
    t = tempDb({ onQuery: () => (statements += 1) });
  });
  /** How many SQL statements `run` costs. */
  function counted<T>(run: () => T): [T, number] {
    statements = 0;
    const value = run();
    return [value, statements];
  }
  afterEach(() => t.dispose());

  function world() {
    const w = smallWorld(t.db);
    const meetingsRepo = meetingRepository(t.db);
    const ms = ["2026-01-08T10:00", "2026-02-12T10:00", "2026-03-12T10:00"].map((start) =>
      must(
        meetingsRepo.schedule(
          ctx("2025-12-01T00:00:00Z"),
          parsed<ScheduleMeetingInput>(scheduleMeetingInputSchema, {
            seriesId: w.series.id,
            start,
            zone: "Asia/Bangkok",
            durationMinutes: 120,
            mode: "in_person",
          }),
        ),
      ),
    );
    const input = (text: string, owners: string[], dueOn: string, meetingIndex = 0) =>
      parsed<ActionInput>(actionInputSchema, {
        text,
        ownerIds: owners,
        dueOn,
        source: { meetingId: ms[meetingIndex]?.id },
      });
    return { ...w, ms, input, repo: actionRepository(t.db) };
  }

  it("creates an action with owners, mirrored status and due date, and an audit row", () => {
    const { repo, input, members } = world();
    const created = must(
      repo.create(
        ctx(),
        input(
          "Circulate the Burmese minutes in Unicode",
          [members[0]?.id as string, members[1]?.id as string],
          "2026-02-01",
        ),
      ),
    );
    expect(created.action).toMatchObject({
      status: "open",
      version: 1,
      ownerIds: [members[0]?.id, members[1]?.id],
    });
    expect(
      t.db
        .select()
        .from(actionOwners)
        .all()
        .map((o) => [o.status, o.dueOn]),
    ).toEqual([
      ["open", "2026-02-01"],
      ["open", "2026-02-01"],
    ]);
  });

  it("changes status with a comment, keeps the owners' copy in step and records progress", () => {
    const { repo, input, members } = world();
    const { action } = must(
      repo.create(ctx(), input("Confirm interpreters", [members[0]?.id as string], "2026-02-01")),
    );
    expect(
      repo.changeStatus(ctx(), { actionId: action.id, version: 1, event: "block", comment: "" }),
    ).toMatchObject({
      error: { code: "ACTION.COMMENT_REQUIRED" },
    });
    const blocked = must(
      repo.changeStatus(ctx(), {
        actionId: action.id,
        version: 1,
        event: "block",
        comment: "No S'gaw Karen interpreter available",
      }),
    );
    expect(blocked.action).toMatchObject({ status: "blocked", version: 2 });
    expect(t.db.select().from(actionOwners).all()[0]?.status).toBe("blocked");
    expect(
      repo.changeStatus(ctx(), { actionId: action.id, version: 1, event: "complete", comment: "" }),
    ).toEqual({
      ok: false,
      error: { code: "CONFLICT", params: { currentVersion: 2 } },
    });
    must(
      repo.changeStatus(ctx("2026-11-22T00:00:00Z"), {
        actionId: action.id,
        version: 2,
        event: "complete",
        comment: "Interpreter found",
      }),
    );
    expect(repo.progress(action.id).map((p) => [p.from, p.to])).toEqual([
      ["open", "blocked"],
      ["blocked", "done"],
    ]);
    expect(repo.get(action.id)?.completedAt).toBe("2026-11-22T00:00:00Z");
  });

  it("changes nothing when a reference is unknown or the text carries personal data", () => {
    const { repo, input, members } = world();
    expect(repo.create(ctx(), input("x", ["org_unknown"], "2026-02-01"))).toMatchObject({
      error: { code: "UNKNOWN_REFERENCE", params: { field: "ownerIds" } },
    });
    const withEmail = repo.create(
      ctx(),
      input("Send the list to naw.htoo@example.org", [members[0]?.id as string], "2026-02-01"),
    );
    // A partners series warns but accepts.
    expect(withEmail.ok && withEmail.value.warnings.map((w) => w.kind)).toEqual(["email"]);
    expect(t.db.select().from(actions).all()).toHaveLength(1);
    expect(t.db.select().from(progressUpdates).all()).toHaveLength(0);
  });

  it("refuses personal data in the text or a link of an action of a restricted meeting, changing nothing", () => {
    const w = smallWorld(t.db, { confidentiality: "restricted", kind: "case_management" });
    const m = must(
      meetingRepository(t.db).schedule(
        ctx("2025-12-01T00:00:00Z"),
        parsed<ScheduleMeetingInput>(scheduleMeetingInputSchema, {
          seriesId: w.series.id,
          start: "2026-01-08T10:00",
          zone: "Asia/Bangkok",
          durationMinutes: 120,
          mode: "in_person",
        }),
      ),
    );
    const sop = must(
      agreementRepository(t.db).createDraft(
        ctx(),
        parsed(agreementDraftInputSchema, { kind: "sop", title: { en: "Return SOP" } }),
      ),
    );
    const repo = actionRepository(t.db);
    const input = (raw: object) =>
      parsed<ActionInput>(actionInputSchema, {
        text: "Verify nationality",
        ownerIds: [w.members[0]?.id],
        dueOn: "2026-02-01",
        source: { meetingId: m.id },
        ...raw,
      });
    const refused = {
      ok: false,
      error: { code: "PRIVACY.PERSONAL_DATA", findings: [{ kind: "thai_national_id" }] },
    };
    expect(repo.create(ctx(), input({ text: `Verify ${THAI_ID}` }))).toMatchObject(refused);
    expect(repo.create(ctx(), input({ links: [{ agreementId: sop.id, clause: THAI_ID }] }))).toMatchObject(
      refused,
    );
    expect(t.db.select().from(actions).all()).toEqual([]);
    expect(t.db.select().from(actionLinks).all()).toEqual([]);

    const action = must(repo.create(ctx(), input({ text: UDHR_ZAWGYI, language: "my" }))).action;
    expect(action.text).toBe(UDHR_UNICODE);
    const stored = t.db.select().from(actions).all();
    expect(stored).toMatchObject([{ text: UDHR_UNICODE, rawText: UDHR_ZAWGYI }]);
    expect(
      repo.update(ctx(), action.id, action.version, {
        links: [{ agreementId: sop.id as never, sopStepKey: THAI_ID }],
      }),
    ).toMatchObject(refused);
    expect(t.db.select().from(actions).all()).toEqual(stored);
    expect(t.db.select().from(actionLinks).all()).toEqual([]);
  });

  it("lists an organization's open actions by due date from the owners index, with paging", () => {
    const { repo, input, members } = world();
    const a = members[0]?.id as string;
    const b = members[1]?.id as string;
    for (let i = 1; i <= 9; i++)
      must(repo.create(ctx(), input(`Task ${i}`, i % 3 === 0 ? [b] : [a, b], `2026-0${i}-15`)));
    const first = repo.list(
      { visibleTo: FULL_VISIBILITY, organizationId: a, status: ["open"] },
      { first: 4 },
    );
    if (!("items" in first)) throw new Error();
    expect([first.totalCount, first.items.map((x) => x.text)]).toEqual([
      6,
      ["Task 1", "Task 2", "Task 4", "Task 5"],
    ]);
    const rest = repo.list(
      { visibleTo: FULL_VISIBILITY, organizationId: a, status: ["open"] },
      { first: 4, after: first.endCursor },
    );
    expect("items" in rest && rest.items.map((x) => x.text)).toEqual(["Task 7", "Task 8"]);
    const overdue = repo.list({
      visibleTo: FULL_VISIBILITY,
      organizationId: b,
      overdueOn: "2026-04-01" as PlainDate,
    });
    expect("items" in overdue && overdue.items.map((x) => x.text)).toEqual(["Task 1", "Task 2", "Task 3"]);
    const all = repo.list({ visibleTo: FULL_VISIBILITY, dueFrom: "2026-08-01" as PlainDate });
    expect("items" in all && all.items.map((x) => x.text)).toEqual(["Task 8", "Task 9"]);
  });

  it("brings open actions back as matters arising with their carry-over count", () => {
    const { repo, input, members, ms } = world();
    const owner = [members[0]?.id as string];
    const old = must(repo.create(ctx(), input("From January", owner, "2026-01-31", 0))).action;
    const feb = must(repo.create(ctx(), input("From February", owner, "2026-03-31", 1))).action;
    const done = must(repo.create(ctx(), input("Done already", owner, "2026-01-31", 0))).action;
    must(repo.changeStatus(ctx(), { actionId: done.id, version: 1, event: "complete", comment: "" }));
    const arising = repo.mattersArising(ms[2]?.id as string, "2026-03-12" as PlainDate);
    expect(arising.map((m) => [m.action.id, m.carriedOver, m.overdue])).toEqual([
      [old.id, 2, true],
      [feb.id, 1, false],
    ]);
  });

  it("loads the histories of many actions and the actions of many meetings in fixed statements", () => {
    const { repo, input, members, ms } = world();
    const owner = [members[0]?.id as string];
    const a = must(repo.create(ctx(), input("Share the referral form", owner, "2026-02-01", 0))).action;
    const b = must(repo.create(ctx(), input("Book the venue", owner, "2026-01-20", 0))).action;
    const c = must(repo.create(ctx(), input("Send the Thai minutes", owner, "2026-03-01", 1))).action;
    must(repo.changeStatus(ctx(), { actionId: a.id, version: 1, event: "start", comment: "" }));
    must(repo.changeStatus(ctx(), { actionId: b.id, version: 1, event: "block", comment: "Venue closed" }));
    must(repo.changeStatus(ctx(), { actionId: a.id, version: 2, event: "complete", comment: "Sent" }));
    const [histories, n] = counted(() => repo.progressOf([a.id, b.id, c.id, "act_unknown"]));
    expect(n).toBe(1);
    expect(histories.map((p) => [p.actionId, p.from, p.to, p.comment])).toEqual(
      [
        [a.id, "open", "in_progress", ""],
        [a.id, "in_progress", "done", "Sent"],
        [b.id, "open", "blocked", "Venue closed"],
      ].sort((x, y) => (x[0] as string).localeCompare(y[0] as string)),
    );
    const [agreed, m] = counted(() => repo.ofMeetings([ms[0]?.id as string, ms[1]?.id as string]));
    expect(m).toBe(3);
    expect(agreed.map((x) => x.text)).toEqual([
      "Book the venue",
      "Share the referral form",
      "Send the Thai minutes",
    ]);
    expect(repo.ofMeetings([])).toEqual([]);
  });

  it("shows only listed contacts", () => {
    const { repo, members } = world();
    const orgs = organizationRepository(t.db);
    const contact = (name: string, consentToList: boolean) =>
      must(
        orgs.createContact(
          ctx(),
          parsed(contactInputSchema, { organizationId: members[0]?.id, name, consentToList }),
        ),
      );
    const listed = contact("Ko Min", true);
    const unlisted = contact("Daw Hla", false);
    const [found, n] = counted(() => repo.listedContacts([listed.id, unlisted.id]));
    expect([found.map((x) => x.name), n]).toEqual([["Ko Min"], 1]);
  });

  it("pages each organization's open actions like `list` does, in five statements for all of them", () => {
    const { repo, input, members } = world();
    const a = members[0]?.id as string;
    const b = members[1]?.id as string;
    const idle = members[2]?.id as string;
    for (let i = 1; i <= 7; i++)
      must(repo.create(ctx(), input(`Task ${i}`, i % 2 === 0 ? [b] : [a, b], `2026-0${i}-15`)));
    const done = repo.list({ visibleTo: FULL_VISIBILITY, organizationId: a, query: "Task 3" });
    const task3 = "items" in done ? done.items[0] : undefined;
    must(
      repo.changeStatus(ctx(), { actionId: task3?.id as string, version: 1, event: "complete", comment: "" }),
    );
    const [pages, n] = counted(() => repo.openOfOrganizations([a, b, idle], FULL_VISIBILITY, { first: 2 }));
    expect(n).toBe(5);
    if (!Array.isArray(pages)) throw new Error("cursor");
    expect(pages.map((p) => [p.totalCount, p.hasNextPage, p.items.map((x) => x.text)])).toEqual([
      [3, true, ["Task 1", "Task 5"]],
      [6, true, ["Task 1", "Task 2"]],
      [0, false, []],
    ]);
    // The cursors are those of `list`, so a client pages one organization on with either.
    const listed = repo.list(
      { visibleTo: FULL_VISIBILITY, organizationId: a, status: ["open", "in_progress", "blocked"] },
      { first: 2 },
    );
    expect("items" in listed && listed.endCursor).toBe(pages[0]?.endCursor);
    const next = repo.openOfOrganizations([a], FULL_VISIBILITY, {
      first: 2,
      after: pages[0]?.endCursor ?? null,
    });
    expect(Array.isArray(next) && next.map((p) => [p.hasNextPage, p.items.map((x) => x.text)])).toEqual([
      [false, ["Task 7"]],
    ]);
    expect(repo.openOfOrganizations([a], FULL_VISIBILITY, { after: "nonsense" })).toMatchObject({
      code: "INVALID_CURSOR",
    });
  });

  it("answers matters arising for many meetings at once, as for each alone", () => {
    const { repo, input, members, ms, series } = world();
    const owner = [members[0]?.id as string];
    must(repo.create(ctx(), input("From January", owner, "2026-01-31", 0)));
    must(repo.create(ctx(), input("From February", owner, "2026-03-31", 1)));
    must(repo.create(ctx(), input("From March", owner, "2026-04-30", 2)));
    const other = smallWorld(t.db, { name: { en: "Tak provincial sub-committee" } });
    const elsewhere = must(
      meetingRepository(t.db).schedule(
        ctx("2025-12-01T00:00:00Z"),
        parsed<ScheduleMeetingInput>(scheduleMeetingInputSchema, {
          seriesId: other.series.id,
          start: "2026-04-01T10:00",
          zone: "Asia/Bangkok",
          durationMinutes: 60,
          mode: "online",
        }),
      ),
    );
    expect(series.id).not.toBe(other.series.id);
    const today = "2026-03-12" as PlainDate;
    const ids = [ms[2]?.id, "mtg_unknown", ms[0]?.id, elsewhere.id, ms[1]?.id] as string[];
    const [all, n] = counted(() => repo.mattersArisingOf(ids, today, FULL_VISIBILITY));
    expect(n).toBe(5);
    expect(all).toEqual(ids.map((id) => repo.mattersArising(id, today)));
    expect(all.map((list) => list.map((m) => [m.action.text, m.carriedOver]))).toEqual([
      [
        ["From January", 2],
        ["From February", 1],
      ],
      [],
      [],
      [],
      [["From January", 1]],
    ]);
  });
});

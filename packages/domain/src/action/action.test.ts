import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OrganizationId } from "../shared/ids.ts";
import { validate } from "../shared/validation.ts";
import { anAction, aUserId, date, instant } from "../testing/mothers.ts";
import { actionEditInputSchema, actionInputSchema, actionStatusInputSchema } from "./action.schemas.ts";
import {
  ACTION_EVENTS,
  ACTION_LIFECYCLE,
  type ActionEvent,
  actionEvents,
  applyActionEvent,
  daysOverdue,
  doneOnTime,
  isOverdue,
  setOwners,
} from "./action.ts";

const change = (comment = "") => ({ comment, at: instant("2026-11-21T04:00:00Z"), authorId: aUserId() });

describe("action lifecycle", () => {
  it("records each status change as a progress update", () => {
    const action = anAction();
    const started = applyActionEvent(action, "start", change("Draft list shared with DSW"));
    expect(started.ok && started.value.update).toMatchObject({
      from: "open",
      to: "in_progress",
      comment: "Draft list shared with DSW",
    });
    if (!started.ok) return;
    const done = applyActionEvent(started.value.action, "complete", change());
    expect(done.ok && [done.value.action.status, done.value.action.completedAt]).toEqual([
      "done",
      "2026-11-21T04:00:00Z",
    ]);
  });
  it("asks why when blocking, cancelling, reopening or reporting", () => {
    for (const event of ["block", "cancel", "report"] as const) {
      expect(applyActionEvent(anAction({ status: "in_progress" }), event, change("  "))).toMatchObject({
        error: { code: "ACTION.COMMENT_REQUIRED", params: { event } },
      });
    }
  });
  it("keeps a blocked action blocked when progress is reported", () => {
    const r = applyActionEvent(
      anAction({ status: "blocked" }),
      "report",
      change("Waiting for the Myanmar list"),
    );
    expect(r.ok && [r.value.action.status, r.value.update.from, r.value.update.to]).toEqual([
      "blocked",
      "blocked",
      "blocked",
    ]);
  });
  it("clears the completion time when reopened", () => {
    const done = anAction({ status: "done", completedAt: instant("2026-11-01T00:00:00Z") });
    const r = applyActionEvent(done, "reopen", change("Interpreters cancelled"));
    expect(r.ok && r.value.action).not.toHaveProperty("completedAt");
  });
  it("follows the table for any sequence of events (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<ActionEvent>(...ACTION_EVENTS), { maxLength: 30 }), (events) => {
        let action = anAction();
        for (const event of events) {
          const allowed = actionEvents(action).includes(event);
          const r = applyActionEvent(action, event, change("because"));
          expect(r.ok).toBe(allowed);
          if (r.ok) {
            expect(r.value.action.status === "done").toBe(r.value.action.completedAt !== undefined);
            expect(r.value.update.to).toBe(event === "report" ? action.status : ACTION_LIFECYCLE[event].to);
            action = r.value.action;
          }
        }
      }),
    );
  });
  it("needs at least one owner", () => {
    expect(setOwners(anAction(), [])).toMatchObject({ error: { code: "ACTION.NO_OWNER" } });
    const a = "org_a" as OrganizationId;
    expect(setOwners(anAction(), [a, a])).toMatchObject({ ok: true, value: { ownerIds: [a] } });
  });
});

describe("overdue", () => {
  const today = date("2026-11-21");
  it("is derived from the due date and the status", () => {
    expect(isOverdue(anAction({ dueOn: date("2026-11-20") }), today)).toBe(true);
    expect(isOverdue(anAction({ dueOn: date("2026-11-21") }), today)).toBe(false);
    expect(isOverdue(anAction({ dueOn: date("2026-11-20"), status: "done" }), today)).toBe(false);
    expect(isOverdue(anAction({ dueOn: date("2026-11-20"), status: "cancelled" }), today)).toBe(false);
    expect(daysOverdue(anAction({ dueOn: date("2026-10-22"), status: "blocked" }), today)).toBe(30);
    expect(daysOverdue(anAction({ dueOn: date("2026-12-22") }), today)).toBe(0);
  });
  it("judges done on time by the completion date", () => {
    const a = anAction({ status: "done", dueOn: date("2026-11-21") });
    expect(doneOnTime(a, date("2026-11-21"))).toBe(true);
    expect(doneOnTime(a, date("2026-11-22"))).toBe(false);
    expect(doneOnTime(anAction(), date("2026-11-01"))).toBe(false);
  });
});

describe("action input", () => {
  it("accepts an action agreed under a decision", () => {
    const r = validate(actionInputSchema, {
      text: "Confirm Burmese and S'gaw Karen interpreters for MDT interviews",
      ownerIds: ["org_iom"],
      dueOn: "2026-12-15",
      source: { meetingId: "mtg_1", decisionId: "dec_1" },
    });
    expect(r.ok && r.value.links).toEqual([]);
  });
  it("needs an owner and a real due date", () => {
    const r = validate(actionInputSchema, {
      text: "x",
      ownerIds: [],
      dueOn: "15/12/2026",
      source: { meetingId: "mtg 1" },
    });
    expect(r.ok || r.error.issues.map((i) => [i.path, i.key])).toEqual([
      ["ownerIds", "validation.owner_required"],
      ["dueOn", "validation.invalid_date"],
      ["source.meetingId", "validation.invalid_id"],
    ]);
  });
  it("defaults the status comment to empty", () => {
    const r = validate(actionStatusInputSchema, { actionId: "act_1", version: 3, event: "complete" });
    expect(r.ok && r.value.comment).toBe("");
    expect(validate(actionStatusInputSchema, { actionId: "act_1", version: 0, event: "finish" }).ok).toBe(
      false,
    );
  });
});

describe("action edits", () => {
  it("are patches: no defaults fill absent fields", () => {
    expect(validate(actionEditInputSchema, { actionId: "act_1", version: 2, dueOn: "2027-01-31" })).toEqual({
      ok: true,
      value: { actionId: "act_1", version: 2, dueOn: "2027-01-31", language: "en" },
    });
    expect(validate(actionEditInputSchema, { actionId: "act_1", version: 2, contactId: null })).toMatchObject(
      { ok: true, value: { contactId: null } },
    );
  });
});

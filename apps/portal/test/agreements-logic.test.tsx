import { describe, expect, it } from "vitest";
import { progressByArea } from "../src/features/agreements/area-progress.ts";
import { timelineOf, todayIndex, todayInThailand } from "../src/features/agreements/timeline.ts";

describe("timelineOf", () => {
  it("orders the recorded dates, same-day events in lifecycle order, today between past and coming", () => {
    const events = timelineOf(
      {
        signedOn: "2016-06-24",
        inForceOn: "2016-06-24",
        expiresOn: "2027-03-31",
        cabinetApprovedOn: "2016-05-01",
      },
      "2027-03-31",
    );
    expect(events.map((e) => e.kind)).toEqual(["cabinetApproved", "signed", "inForce", "expires"]);
    expect(todayIndex(events, "2026-11-21")).toBe(3);
    expect(todayIndex(events, "2028-01-01")).toBe(4);
    expect(todayIndex(events, "2016-06-24")).toBe(3);
  });

  it("adds the effective expiry when automatic renewal moved it past the recorded one", () => {
    const events = timelineOf({ signedOn: "2020-01-01", expiresOn: "2023-01-01" }, "2027-01-01");
    expect(events).toEqual([
      { kind: "signed", date: "2020-01-01" },
      { kind: "expires", date: "2023-01-01" },
      { kind: "effectiveExpiry", date: "2027-01-01" },
    ]);
  });

  it("takes today in Thailand, seven hours ahead of UTC", () => {
    expect(todayInThailand(new Date("2026-11-21T17:30:00Z"))).toBe("2026-11-22");
    expect(todayInThailand(new Date("2026-11-21T16:59:00Z"))).toBe("2026-11-21");
  });
});

describe("progressByArea", () => {
  const action = (
    status: "open" | "done" | "in_progress",
    overdue: boolean,
    ...clauses: (string | null)[]
  ) => ({
    status,
    overdue,
    links: clauses.map((clause) => ({ agreement: { id: "A" }, clause })),
  });

  it("puts actions under the area their clause falls in and counts them by status and overdue", () => {
    const other = {
      status: "open" as const,
      overdue: true,
      links: [{ agreement: { id: "B" }, clause: "1" }],
    };
    const result = progressByArea(
      "A",
      ["1", "2", "2.1"],
      [action("open", true, "2.1.3"), action("done", false, "2"), action("in_progress", false, null), other],
    );
    expect(result.map((r) => [r.number, r.actions.length, r.overdue])).toEqual([
      ["1", 0, 0],
      ["2", 1, 0],
      ["2.1", 1, 1],
      [null, 1, 0],
    ]);
    expect(result[1]?.byStatus).toEqual({ done: 1 });
  });

  it("counts an action once per area even when it links twice, and leaves out the whole when empty", () => {
    const result = progressByArea("A", ["1"], [action("open", false, "1", "1.2")]);
    expect(result).toHaveLength(1);
    expect(result[0]?.actions).toHaveLength(1);
  });
});

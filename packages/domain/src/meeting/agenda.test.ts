import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgendaItemId } from "../shared/ids.ts";
import { anAgendaItem } from "../testing/mothers.ts";
import { agendaMinutes, insertAgendaItem, removeAgendaItem, reorderAgenda } from "./agenda.ts";
import { minutedItems, missingTranslations } from "./minutes.ts";

const items = [1, 2, 3, 4].map((position) => anAgendaItem({ position, durationMinutes: position * 10 }));

describe("agenda", () => {
  it("reorders to any permutation and renumbers 1…n (property)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length }), (order) => {
        const r = reorderAgenda(
          items,
          order.map((i) => i.id),
        );
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.map((i) => i.id)).toEqual(order.map((i) => i.id));
        expect(r.value.map((i) => i.position)).toEqual([1, 2, 3, 4]);
      }),
    );
  });
  it("refuses an order that drops, repeats or invents an item", () => {
    const ids = items.map((i) => i.id);
    for (const bad of [ids.slice(1), [...ids.slice(1), ids[1]], [...ids.slice(1), "agi_x" as AgendaItemId]]) {
      expect(reorderAgenda(items, bad as AgendaItemId[])).toMatchObject({
        error: { code: "AGENDA.NOT_A_PERMUTATION" },
      });
    }
  });
  it("inserts and removes items keeping positions contiguous", () => {
    const { position: _, ...item } = anAgendaItem();
    const inserted = insertAgendaItem(items, item, 2);
    expect(inserted.map((i) => i.id)).toEqual([
      items[0]?.id,
      item.id,
      items[1]?.id,
      items[2]?.id,
      items[3]?.id,
    ]);
    expect(inserted.map((i) => i.position)).toEqual([1, 2, 3, 4, 5]);
    expect(insertAgendaItem(items, item).at(-1)?.id).toBe(item.id);
    expect(insertAgendaItem(items, item, 99).at(-1)?.position).toBe(5);
    const removed = removeAgendaItem(inserted, items[0]?.id as AgendaItemId);
    expect(removed.map((i) => i.position)).toEqual([1, 2, 3, 4]);
    expect(removed[0]?.id).toBe(item.id);
  });
  it("adds up planned minutes", () => {
    expect(agendaMinutes(items)).toBe(100);
    expect(agendaMinutes([{}])).toBe(0);
  });
});

describe("minutes", () => {
  const [a, b] = items.map((i) => i.id) as [AgendaItemId, AgendaItemId];
  const minutes = [
    { agendaItemId: a, language: "th" as const, body: "ที่ประชุมรับทราบ" },
    { agendaItemId: a, language: "my" as const, body: "  " },
    { agendaItemId: b, language: "en" as const, body: "Noted." },
  ];
  it("knows which items are minuted", () => {
    expect([...minutedItems(minutes)]).toEqual([a, b]);
  });
  it("lists the languages each item still lacks", () => {
    expect(missingTranslations([a, b], minutes, ["th", "my"])).toEqual([
      { agendaItemId: a, languages: ["my"] },
      { agendaItemId: b, languages: ["th", "my"] },
    ]);
  });
});

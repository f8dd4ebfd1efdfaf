import { thaiNationalId } from "@moei/domain/data-protection";
import { type SeriesInput, seriesInputSchema } from "@moei/domain/meeting";
import { organizationInputSchema } from "@moei/domain/organization";
import { validate } from "@moei/domain/shared";
import type { Db } from "../src/client.ts";
import { organizationRepository } from "../src/repositories/organization.repository.ts";
import { seriesRepository } from "../src/repositories/series.repository.ts";
import { ctx } from "./support.ts";

/** A fictional Thai national ID with a valid check digit ("4-5555-55555-55-…"), as the data-protection guard finds it. */
export const THAI_ID = thaiNationalId(() => 0.5);

/** The myanmar-tools reference pair (the UDHR's title): as a Zawgyi keyboard types it, and in Unicode. */
export const UDHR_ZAWGYI = "အျပည္ျပည္ဆိုင္ရာ လူ႔အခြင့္အေရး ေၾကညာစာတမ္း";
export const UDHR_UNICODE = "အပြည်ပြည်ဆိုင်ရာ လူ့အခွင့်အရေး ကြေညာစာတမ်း";

export function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`Expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

export function parsed<T>(schema: Parameters<typeof validate>[0], raw: unknown): T {
  return must(validate(schema, raw)) as T;
}

/** A handful of organizations and a monthly series, as a small world for repository tests. */
export function smallWorld(db: Db, overrides: Partial<SeriesInput> = {}) {
  const orgs = organizationRepository(db);
  const make = (en: string, kind: string) =>
    must(
      orgs.create(
        ctx(),
        parsed(organizationInputSchema, { name: { en }, kind, location: { country: "TH", province: "Tak" } }),
      ),
    );
  const iom = make("IOM Mae Sot", "international_organization");
  const members = ["Clinic A", "Learning Centre B", "Legal Aid C", "Women's Group D"].map((n) =>
    make(n, "ngo"),
  );
  const series = must(
    seriesRepository(db).create(
      ctx(),
      parsed(seriesInputSchema, {
        kind: "ngo_coordination",
        name: { en: "Mae Sot NGO/CBO coordination meeting" },
        memberIds: members.map((m) => m.id),
        secretariatId: iom.id,
        countries: ["TH"],
        cadence: {
          rrule: "FREQ=MONTHLY;BYDAY=2TH",
          zone: "Asia/Bangkok",
          firstStart: "2026-01-08T09:30",
          durationMinutes: 180,
        },
        numbering: "sequential",
        confidentiality: "partners",
        languages: ["th", "my", "en"],
        quorum: 0.5,
        ...overrides,
      }),
    ),
  );
  return { iom, members, series };
}

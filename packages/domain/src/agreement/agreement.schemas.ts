import { z } from "zod";
import { COUNTRIES } from "../organization/organization.ts";
import { idSchema } from "../shared/ids.ts";
import { choice, localizedTextSchema, optionalText, text, versionSchema } from "../shared/schemas.ts";
import { plainDateSchema } from "../shared/time.ts";
import { AGREEMENT_KINDS } from "./agreement.ts";

export const partyRefSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("government"),
      country: choice(COUNTRIES),
      organizationId: idSchema<"OrganizationId">().exactOptional(),
    }),
    z.strictObject({ kind: z.literal("organization"), organizationId: idSchema<"OrganizationId">() }),
  ],
  { error: "validation.invalid_choice" },
);

export const signatoryInputSchema = z.strictObject({
  name: text(120),
  title: text(200),
  signedOn: plainDateSchema.exactOptional(),
});

export const partyInputSchema = z.strictObject({
  ref: partyRefSchema,
  signatories: z.array(signatoryInputSchema).max(10, { error: "validation.too_many" }).default([]),
});

export const cooperationAreaInputSchema = z.strictObject({
  number: z
    .string({ error: "validation.required" })
    .trim()
    .regex(/^\d{1,2}(\.\d{1,2}){0,2}$/, { error: "validation.invalid_clause_number" }),
  title: localizedTextSchema(300),
});

export const renewalSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("none") }),
    z.strictObject({
      kind: z.literal("automatic"),
      periodMonths: z
        .int()
        .min(1, { error: "validation.too_small" })
        .max(120, { error: "validation.too_big" }),
      noticeDays: z.int().min(0).max(730).exactOptional(),
    }),
    z.strictObject({ kind: z.literal("by_agreement") }),
  ],
  { error: "validation.invalid_choice" },
);

const distinct = (keys: readonly string[]) => new Set(keys).size === keys.length;

const partiesSchema = z
  .array(partyInputSchema)
  .max(20, { error: "validation.too_many" })
  .refine((parties) => distinct(parties.map((p) => JSON.stringify(p.ref))), {
    error: "validation.duplicate_party",
  });

const areasSchema = z
  .array(cooperationAreaInputSchema)
  .max(50, { error: "validation.too_many" })
  .refine((areas) => distinct(areas.map((a) => a.number)), { error: "validation.duplicate_clause" });

/** A new agreement starts as a draft; dates and parties may be filled in as negotiation goes on. */
export const agreementDraftInputSchema = z.strictObject({
  kind: choice(AGREEMENT_KINDS),
  title: localizedTextSchema(300),
  parties: partiesSchema.default([]),
  areas: areasSchema.default([]),
  renewal: renewalSchema.default({ kind: "none" }),
  parentId: idSchema<"AgreementId">().exactOptional(),
  supersedesId: idSchema<"AgreementId">().exactOptional(),
  cabinetApprovedOn: plainDateSchema.exactOptional(),
  reviewDueOn: plainDateSchema.exactOptional(),
  expiresOn: plainDateSchema.exactOptional(),
});
export type AgreementDraftInput = z.output<typeof agreementDraftInputSchema>;

/**
 * An edit names only what changes: an absent field is kept (no defaults here, so a title-only edit
 * cannot wipe the parties), and `null` clears an optional field.
 */
export const agreementEditInputSchema = z.strictObject({
  version: versionSchema,
  kind: choice(AGREEMENT_KINDS).exactOptional(),
  title: localizedTextSchema(300).exactOptional(),
  parties: partiesSchema.exactOptional(),
  areas: areasSchema.exactOptional(),
  renewal: renewalSchema.exactOptional(),
  parentId: idSchema<"AgreementId">().nullable().exactOptional(),
  supersedesId: idSchema<"AgreementId">().nullable().exactOptional(),
  cabinetApprovedOn: plainDateSchema.nullable().exactOptional(),
  reviewDueOn: plainDateSchema.nullable().exactOptional(),
  expiresOn: plainDateSchema.nullable().exactOptional(),
});
export type AgreementEditInput = z.output<typeof agreementEditInputSchema>;
export type AgreementEdit = Omit<AgreementEditInput, "version">;

export const sopStepInputSchema = z.strictObject({
  key: z
    .string({ error: "validation.required" })
    .regex(/^[a-z][a-z0-9_]{0,39}$/, { error: "validation.invalid_key" }),
  order: z.int().min(1, { error: "validation.too_small" }).max(100, { error: "validation.too_big" }),
  title: localizedTextSchema(300),
  responsibleSide: z.union([choice(COUNTRIES), z.literal("joint")], { error: "validation.invalid_choice" }),
  targetDays: z
    .int()
    .min(0, { error: "validation.too_small" })
    .max(730, { error: "validation.too_big" })
    .exactOptional(),
});

export const sopVersionInputSchema = z.strictObject({
  agreementId: idSchema<"AgreementId">(),
  adoptedOn: plainDateSchema.exactOptional(),
  note: optionalText(500),
  steps: z
    .array(sopStepInputSchema)
    .min(1, { error: "validation.required" })
    .max(100, { error: "validation.too_many" }),
});

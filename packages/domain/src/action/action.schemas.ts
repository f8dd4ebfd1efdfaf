import { z } from "zod";
import { agreementLinkSchema } from "../meeting/meeting.schemas.ts";
import { idSchema } from "../shared/ids.ts";
import { LANGUAGES } from "../shared/language.ts";
import { choice, text, versionSchema } from "../shared/schemas.ts";
import { plainDateSchema } from "../shared/time.ts";
import { ACTION_EVENTS } from "./action.ts";

const ownerIdsSchema = z
  .array(idSchema<"OrganizationId">())
  .min(1, { error: "validation.owner_required" })
  .max(10, { error: "validation.too_many" })
  .refine((ids) => new Set(ids).size === ids.length, { error: "validation.duplicate" });

const linksSchema = z.array(agreementLinkSchema).max(10, { error: "validation.too_many" });

export const actionInputSchema = z.strictObject({
  text: text(2000),
  ownerIds: ownerIdsSchema,
  contactId: idSchema<"ContactId">().exactOptional(),
  dueOn: plainDateSchema,
  source: z.strictObject({
    meetingId: idSchema<"MeetingId">(),
    agendaItemId: idSchema<"AgendaItemId">().exactOptional(),
    decisionId: idSchema<"DecisionId">().exactOptional(),
  }),
  links: linksSchema.default([]),
  /** The language the text is written in; Burmese text is checked for Zawgyi encoding. */
  language: choice(LANGUAGES).default("en"),
});
export type ActionInput = z.output<typeof actionInputSchema>;

/** An edit names only what changes; `contactId: null` removes the contact. */
export const actionEditInputSchema = z.strictObject({
  actionId: idSchema<"ActionId">(),
  version: versionSchema,
  text: text(2000).exactOptional(),
  ownerIds: ownerIdsSchema.exactOptional(),
  contactId: idSchema<"ContactId">().nullable().exactOptional(),
  dueOn: plainDateSchema.exactOptional(),
  links: linksSchema.exactOptional(),
  language: choice(LANGUAGES).default("en"),
});
export type ActionEditInput = z.output<typeof actionEditInputSchema>;

export const actionStatusInputSchema = z.strictObject({
  actionId: idSchema<"ActionId">(),
  version: versionSchema,
  event: choice(ACTION_EVENTS),
  comment: z.string().trim().max(4000, { error: "validation.too_long" }).default(""),
  language: choice(LANGUAGES).default("en"),
});

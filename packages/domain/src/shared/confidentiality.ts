import { z } from "zod";

/**
 * Who may read a meeting series and everything under it: `public` anyone, `partners` signed-in users,
 * `restricted` (case management) only invited organizations and admins.
 */
export const CONFIDENTIALITY = ["public", "partners", "restricted"] as const;
export type Confidentiality = (typeof CONFIDENTIALITY)[number];
export const confidentialitySchema = z.enum(CONFIDENTIALITY, { error: "validation.invalid_choice" });

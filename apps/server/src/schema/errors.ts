import { message } from "@moei/domain/shared";
import { ForbiddenFailure } from "../authorization.ts";
import { builder } from "../builder.ts";
import {
  ConflictFailure,
  Failure,
  NotFoundFailure,
  PersonalDataFailure,
  TransitionFailure,
  ValidationFailure,
} from "../failures.ts";

/** Every expected failure: a stable machine code and a message in the user's language. */
export const ErrorInterface = builder.interfaceRef<Failure>("Error").implement({
  fields: (t) => ({
    code: t.exposeString("code", { description: "Stable machine code, e.g. MEETING.TRANSITION_FORBIDDEN" }),
    message: t.exposeString("message", { description: "What went wrong, in the language of the request" }),
  }),
});

builder.objectType(Failure, {
  name: "RuleError",
  interfaces: [ErrorInterface],
  description: "A business rule refused the change.",
});

const FieldError = builder.objectRef<ValidationFailure["fields"][number]>("FieldError").implement({
  fields: (t) => ({
    path: t.exposeString("path", { description: "The input field, dotted: parties.0.signatories.1.name" }),
    key: t.exposeString("key", { description: "Translation key, e.g. validation.required" }),
    message: t.exposeString("message"),
  }),
});

builder.objectType(ValidationFailure, {
  name: "ValidationError",
  interfaces: [ErrorInterface],
  fields: (t) => ({ fields: t.field({ type: [FieldError], resolve: (e) => e.fields }) }),
});

builder.objectType(TransitionFailure, {
  name: "TransitionError",
  interfaces: [ErrorInterface],
  description: "The lifecycle does not allow this step from the current state.",
  fields: (t) => ({ from: t.exposeString("from"), event: t.exposeString("event") }),
});

builder.objectType(ConflictFailure, {
  name: "ConflictError",
  interfaces: [ErrorInterface],
  description: "Someone else changed this first; reload the current version and apply the change again.",
  fields: (t) => ({ currentVersion: t.exposeInt("currentVersion") }),
});

builder.objectType(ForbiddenFailure, {
  name: "ForbiddenError",
  interfaces: [ErrorInterface],
  description:
    "UNAUTHENTICATED: sign in, then try again. FORBIDDEN: your role does not allow this change to something you can see.",
});

builder.objectType(NotFoundFailure, {
  name: "NotFoundError",
  interfaces: [ErrorInterface],
  description: "Nothing with this id exists, or you may not see it.",
});

const FindingRef = builder
  .objectRef<PersonalDataFailure["findings"][number]>("PersonalDataFinding")
  .implement({
    fields: (t) => ({
      kind: t.exposeString("kind"),
      start: t.exposeInt("start", { description: "UTF-16 offset in the submitted text" }),
      end: t.exposeInt("end"),
    }),
  });

builder.objectType(PersonalDataFailure, {
  name: "PersonalDataError",
  interfaces: [ErrorInterface],
  description: "The text holds what looks like personal data (an ID, phone, e-mail or date of birth).",
  fields: (t) => ({ findings: t.field({ type: [FindingRef], resolve: (e) => e.findings }) }),
});

/** Personal data found in a text that was saved anyway (the series is not restricted). */
export const PersonalDataWarningRef = builder
  .objectRef<PersonalDataFailure["findings"][number]>("PersonalDataWarning")
  .implement({
    description:
      "What looks like personal data in a text that was saved anyway (the series is not restricted): ask the writer to remove it.",
    fields: (t) => ({
      kind: t.exposeString("kind", {
        description: "thai_national_id, passport, myanmar_nrc, phone, email or date_of_birth",
      }),
      start: t.exposeInt("start", { description: "UTF-16 offset in the saved text" }),
      end: t.exposeInt("end"),
      message: t.string({
        description: "Why it matters, in the language of the request",
        resolve: (f, _, ctx) => message(f.reason, ctx.lang),
      }),
    }),
  });

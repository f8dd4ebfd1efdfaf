import type { Finding } from "@moei/domain/data-protection";
import type { ErrorParams, FieldIssue, UiLanguage } from "@moei/domain/shared";
import { errorMessage, fieldMessage } from "@moei/domain/shared";
import { clearAllDataLoaders } from "@pothos/plugin-dataloader";

/**
 * Expected failures, as the classes the Pothos errors plugin turns into typed GraphQL results. Each
 * carries the domain's stable code and a message in the user's language.
 */
export class Failure extends Error {
  constructor(
    readonly code: string,
    readonly params: ErrorParams,
    lang: UiLanguage,
  ) {
    super(errorMessage({ code, params }, lang));
    this.name = "Failure";
  }
}

export class ValidationFailure extends Failure {
  readonly fields: readonly (FieldIssue & { readonly message: string })[];
  constructor(issues: readonly FieldIssue[], lang: UiLanguage) {
    super("VALIDATION", {}, lang);
    this.fields = issues.map((issue) => ({ ...issue, message: fieldMessage(issue, lang) }));
  }
}

export class TransitionFailure extends Failure {
  readonly from: string;
  readonly event: string;
  constructor(code: string, params: ErrorParams, lang: UiLanguage) {
    super(code, params, lang);
    this.from = String(params.from);
    this.event = String(params.event);
  }
}

export class ConflictFailure extends Failure {
  readonly currentVersion: number;
  constructor(params: ErrorParams, lang: UiLanguage) {
    super("CONFLICT", params, lang);
    this.currentVersion = Number(params.currentVersion);
  }
}

export class NotFoundFailure extends Failure {}

export class PersonalDataFailure extends Failure {
  constructor(
    params: ErrorParams,
    readonly findings: readonly Finding[],
    lang: UiLanguage,
  ) {
    super("PRIVACY.PERSONAL_DATA", params, lang);
  }
}

/** Every expected failure a mutation may return; listed on each mutation's result union. */
export const FAILURES = [
  ValidationFailure,
  TransitionFailure,
  ConflictFailure,
  NotFoundFailure,
  PersonalDataFailure,
  Failure,
] as const;

type AnyDomainError = {
  readonly code: string;
  readonly params: ErrorParams;
  readonly issues?: readonly FieldIssue[];
  readonly findings?: readonly Finding[];
};

/** Maps any domain or store error to its failure class; the code decides, exhaustively by family. */
export function toFailure(error: AnyDomainError, lang: UiLanguage): Failure {
  if (error.code === "VALIDATION") return new ValidationFailure(error.issues ?? [], lang);
  // An id that names nothing is a mistake in one input field: report it on that field.
  if (error.code === "UNKNOWN_REFERENCE") {
    return new ValidationFailure(
      [{ path: String(error.params.field), key: error.code, params: error.params }],
      lang,
    );
  }
  if (error.code === "CONFLICT") return new ConflictFailure(error.params, lang);
  if (error.code === "NOT_FOUND") return new NotFoundFailure(error.code, error.params, lang);
  if (error.code === "PRIVACY.PERSONAL_DATA")
    return new PersonalDataFailure(error.params, error.findings ?? [], lang);
  if (error.code.endsWith(".TRANSITION_FORBIDDEN"))
    return new TransitionFailure(error.code, error.params, lang);
  return new Failure(error.code, error.params, lang);
}

/**
 * The value of a successful result, or the typed failure thrown for the errors plugin to return. After
 * a success the request's dataloaders are cleared: the mutations of one operation run in turn, and a
 * later one must not be answered from what was loaded before a write.
 */
export function orFail<T>(
  result: { ok: true; value: T } | { ok: false; error: AnyDomainError },
  ctx: { readonly lang: UiLanguage },
): T {
  if (!result.ok) throw toFailure(result.error, ctx.lang);
  clearAllDataLoaders(ctx);
  return result.value;
}

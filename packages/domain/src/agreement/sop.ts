import type { Country } from "../organization/organization.ts";
import { type DomainError, domainError } from "../shared/errors.ts";
import type { AgreementId } from "../shared/ids.ts";
import type { LocalizedText } from "../shared/language.ts";
import { err, ok, type Result } from "../shared/result.ts";
import type { PlainDate } from "../shared/time.ts";
import type { AgreementKind } from "./agreement.ts";

/** Who carries out a step of a bilateral SOP: one country's side, or both together. */
export type ResponsibleSide = Country | "joint";

export interface SopStep {
  /** Stable across versions ("handover"), so that versions can be compared step by step. */
  readonly key: string;
  readonly order: number;
  readonly title: LocalizedText;
  readonly responsibleSide: ResponsibleSide;
  /** Target working days for the step; the sources set none officially, so it is optional and configurable. */
  readonly targetDays?: number;
}

export interface SopVersion {
  readonly agreementId: AgreementId;
  readonly version: number;
  readonly adoptedOn?: PlainDate;
  /** What changed in this version, in the coordinator's words. */
  readonly note?: string;
  readonly steps: readonly SopStep[];
}

export type SopError =
  | DomainError<"SOP.NO_STEPS">
  | DomainError<"SOP.DUPLICATE_STEP_KEY">
  | DomainError<"SOP.STEP_ORDER_GAP">
  | DomainError<"SOP.VERSION_NOT_NEWER">
  | DomainError<"SOP.NOT_AN_SOP">;

/** Only SOPs and their annexes have ordered steps. */
export const STEPPED_KINDS: readonly AgreementKind[] = ["sop", "annex"];

export function checkCanHaveSteps(kind: AgreementKind): Result<AgreementKind, SopError> {
  return STEPPED_KINDS.includes(kind) ? ok(kind) : err(domainError("SOP.NOT_AN_SOP", { kind }));
}

/** Steps must be numbered 1…n without gaps and carry unique keys. */
export function checkSopVersion(version: SopVersion, previous?: SopVersion): Result<SopVersion, SopError> {
  if (version.steps.length === 0) return err(domainError("SOP.NO_STEPS"));
  const keys = new Set<string>();
  for (const step of version.steps) {
    if (keys.has(step.key)) return err(domainError("SOP.DUPLICATE_STEP_KEY", { key: step.key }));
    keys.add(step.key);
  }
  const orders = version.steps.map((s) => s.order).sort((a, b) => a - b);
  const gap = orders.findIndex((order, i) => order !== i + 1);
  if (gap >= 0) return err(domainError("SOP.STEP_ORDER_GAP", { expected: gap + 1 }));
  if (previous !== undefined && version.version <= previous.version) {
    return err(
      domainError("SOP.VERSION_NOT_NEWER", { version: version.version, previous: previous.version }),
    );
  }
  return ok({ ...version, steps: [...version.steps].sort((a, b) => a.order - b.order) });
}

/** The total of the steps' target days, or undefined when any step has no target. */
export function sopTargetDays(version: SopVersion): number | undefined {
  let total = 0;
  for (const step of version.steps) {
    if (step.targetDays === undefined) return undefined;
    total += step.targetDays;
  }
  return total;
}

type StepField = "order" | "title" | "responsibleSide" | "targetDays";

export type SopStepChange =
  | { readonly kind: "added"; readonly step: SopStep }
  | { readonly kind: "removed"; readonly step: SopStep }
  | {
      readonly kind: "changed";
      readonly before: SopStep;
      readonly after: SopStep;
      readonly fields: readonly StepField[];
    };

const sameTitle = (a: LocalizedText, b: LocalizedText) => a.en === b.en && a.th === b.th && a.my === b.my;

/** What changed between two versions of an SOP, step by step (matched by key), in the newer order. */
export function diffSopVersions(before: SopVersion, after: SopVersion): SopStepChange[] {
  const old = new Map(before.steps.map((s) => [s.key, s]));
  const changes: SopStepChange[] = [];
  for (const step of [...after.steps].sort((a, b) => a.order - b.order)) {
    const was = old.get(step.key);
    old.delete(step.key);
    if (was === undefined) {
      changes.push({ kind: "added", step });
      continue;
    }
    const differs: Record<StepField, boolean> = {
      order: was.order !== step.order,
      title: !sameTitle(was.title, step.title),
      responsibleSide: was.responsibleSide !== step.responsibleSide,
      targetDays: was.targetDays !== step.targetDays,
    };
    const fields = (Object.keys(differs) as StepField[]).filter((f) => differs[f]);
    if (fields.length > 0) changes.push({ kind: "changed", before: was, after: step, fields });
  }
  for (const step of old.values()) changes.push({ kind: "removed", step });
  return changes;
}

import type { AgreementLink } from "../meeting/agenda.ts";
import { type DomainError, domainError } from "../shared/errors.ts";
import type {
  ActionId,
  AgendaItemId,
  ContactId,
  DecisionId,
  MeetingId,
  OrganizationId,
  UserId,
} from "../shared/ids.ts";
import { allowedEvents, type TransitionTable, transition } from "../shared/lifecycle.ts";
import { err, ok, type Result } from "../shared/result.ts";
import { compareDates, daysBetween, type Instant, type PlainDate } from "../shared/time.ts";

export const ACTION_STATUSES = ["open", "in_progress", "blocked", "done", "cancelled"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const FINAL_ACTION_STATUSES: readonly ActionStatus[] = ["done", "cancelled"];
export const isFinal = (status: ActionStatus): boolean => FINAL_ACTION_STATUSES.includes(status);

/** Where an action was agreed: always a meeting, and the agenda item or decision when known. */
export interface ActionSource {
  readonly meetingId: MeetingId;
  readonly agendaItemId?: AgendaItemId;
  readonly decisionId?: DecisionId;
}

export interface Action {
  readonly id: ActionId;
  readonly text: string;
  /** At least one; the organizations that report progress and may change the status. */
  readonly ownerIds: readonly OrganizationId[];
  readonly contactId?: ContactId;
  readonly dueOn: PlainDate;
  readonly source: ActionSource;
  readonly links: readonly AgreementLink[];
  readonly status: ActionStatus;
  readonly version: number;
  readonly createdAt: Instant;
  /** Set when the action is done; kept for "done on time" statistics. */
  readonly completedAt?: Instant;
}

export interface ProgressUpdate {
  readonly actionId: ActionId;
  readonly at: Instant;
  readonly authorId: UserId;
  readonly from: ActionStatus;
  readonly to: ActionStatus;
  readonly comment: string;
}

export const ACTION_EVENTS = ["start", "block", "unblock", "complete", "cancel", "reopen", "report"] as const;
export type ActionEvent = (typeof ACTION_EVENTS)[number];

export const ACTION_LIFECYCLE: TransitionTable<ActionStatus, ActionEvent> = {
  start: { from: ["open"], to: "in_progress" },
  block: { from: ["open", "in_progress"], to: "blocked" },
  unblock: { from: ["blocked"], to: "in_progress" },
  complete: { from: ["open", "in_progress", "blocked"], to: "done" },
  cancel: { from: ["open", "in_progress", "blocked"], to: "cancelled" },
  reopen: { from: ["done", "cancelled"], to: "in_progress" },
  // A progress report leaves the status as it is.
  report: { from: ["in_progress", "blocked"], to: "in_progress" },
};

/** Events that must explain themselves: a partner reading the tracker needs to know why. */
const NEEDS_COMMENT: readonly ActionEvent[] = ["block", "cancel", "reopen", "report"];
export const needsComment = (event: ActionEvent): boolean => NEEDS_COMMENT.includes(event);

export type ActionError =
  | DomainError<"ACTION.TRANSITION_FORBIDDEN">
  | DomainError<"ACTION.COMMENT_REQUIRED">
  | DomainError<"ACTION.NO_OWNER">;

export const actionEvents = (action: Pick<Action, "status">): ActionEvent[] =>
  allowedEvents(ACTION_LIFECYCLE, action.status);

/** Applies a status event with its comment; returns the changed action and the progress entry to record. */
export function applyActionEvent(
  action: Action,
  event: ActionEvent,
  change: { readonly comment: string; readonly at: Instant; readonly authorId: UserId },
): Result<{ action: Action; update: ProgressUpdate }, ActionError> {
  let to = transition(ACTION_LIFECYCLE, "ACTION.TRANSITION_FORBIDDEN", action.status, event);
  if (!to.ok) return to;
  // Reporting on a blocked action keeps it blocked; only "unblock" moves it on.
  if (event === "report") to = ok(action.status);
  const comment = change.comment.trim();
  if (comment === "" && needsComment(event)) {
    return err(domainError("ACTION.COMMENT_REQUIRED", { event }));
  }
  const { completedAt: _, ...rest } = action;
  const next: Action =
    to.value === "done"
      ? { ...rest, status: to.value, completedAt: change.at }
      : { ...rest, status: to.value };
  const update = {
    actionId: action.id,
    at: change.at,
    authorId: change.authorId,
    from: action.status,
    to: to.value,
    comment,
  };
  return ok({ action: next, update });
}

export function setOwners(action: Action, ownerIds: readonly OrganizationId[]): Result<Action, ActionError> {
  const owners = [...new Set(ownerIds)];
  return owners.length === 0 ? err(domainError("ACTION.NO_OWNER")) : ok({ ...action, ownerIds: owners });
}

/** Overdue is derived, never stored: due before `today` and not done or cancelled. */
export const isOverdue = (action: Pick<Action, "status" | "dueOn">, today: PlainDate): boolean =>
  !isFinal(action.status) && compareDates(action.dueOn, today) < 0;

/** Days past due (0 when not overdue). */
export const daysOverdue = (action: Pick<Action, "status" | "dueOn">, today: PlainDate): number =>
  isOverdue(action, today) ? daysBetween(action.dueOn, today) : 0;

/** Done on or before its due date, judged by the completion date in the meeting's zone. */
export const doneOnTime = (
  action: Pick<Action, "status" | "dueOn">,
  completedOn: PlainDate | undefined,
): boolean =>
  action.status === "done" && completedOn !== undefined && compareDates(completedOn, action.dueOn) <= 0;

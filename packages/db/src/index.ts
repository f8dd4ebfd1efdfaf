export { backup, integrityProblem, restore } from "./backup.ts";
export { closeDb, type Db, DEFAULT_DB_PATH, MIGRATIONS_FOLDER, type OpenOptions, openDb } from "./client.ts";
export { type ActionChanges, type ActionFilter, actionRepository } from "./repositories/action.repository.ts";
export { type AgreementFilter, agreementRepository } from "./repositories/agreement.repository.ts";
export {
  CALENDAR_FEED_LIMIT,
  type CalendarFeed,
  calendarFeedRepository,
} from "./repositories/calendar-feed.repository.ts";
export {
  type CaseReferenceFilter,
  caseReferenceRepository,
} from "./repositories/case-reference.repository.ts";
export type { DuplicateError, NotFoundError, UnknownReferenceError } from "./repositories/errors.ts";
export { type ExportRecord, exportRepository } from "./repositories/export.repository.ts";
export {
  type MeetingFilter,
  type MeetingRecord,
  meetingRepository,
} from "./repositories/meeting.repository.ts";
export { type OrganizationFilter, organizationRepository } from "./repositories/organization.repository.ts";
export type { CursorError, Page, PageArgs } from "./repositories/pagination.ts";
export { SEARCH_ENTITY_TYPES, type SearchHit, searchRepository } from "./repositories/search.repository.ts";
export { seriesRepository } from "./repositories/series.repository.ts";
export {
  type ActionGroup,
  type OpenDataFacts,
  type OpenDataScope,
  statisticsRepository,
} from "./repositories/statistics.repository.ts";
export {
  type AuditFilter,
  type AuditRecord,
  type NewUser,
  type PurgeSummary,
  type Session,
  type UserFilter,
  userRepository,
} from "./repositories/user.repository.ts";
export type { WriteContext } from "./repositories/write.ts";

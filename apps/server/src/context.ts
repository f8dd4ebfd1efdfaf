import {
  actionRepository,
  agreementRepository,
  calendarFeedRepository,
  caseReferenceRepository,
  type Db,
  exportRepository,
  meetingRepository,
  organizationRepository,
  searchRepository,
  seriesRepository,
  statisticsRepository,
  userRepository,
  type WriteContext,
} from "@moei/db";
import type { Actor } from "@moei/domain/access";
import {
  BANGKOK,
  dateOf,
  type Instant,
  instantFromEpochMs,
  type PlainDate,
  type UiLanguage,
  type UserId,
} from "@moei/domain/shared";
import type { SessionControl } from "./auth/sessions.ts";

export interface Clock {
  now(): Instant;
}
export const systemClock: Clock = { now: () => instantFromEpochMs(Date.now()) };

/** What every resolver gets: the repositories, the user's language, the clock and the actor. */
export interface Context {
  readonly db: Db;
  readonly repos: ReturnType<typeof repositories>;
  readonly lang: UiLanguage;
  readonly clock: Clock;
  /** The signed-in user, or null for an anonymous request. */
  readonly actor: Actor | null;
  readonly actorId: UserId | null;
  /** The request's session cookie: what sign-in and sign-out change. */
  readonly session: SessionControl;
  readonly requestId: string;
  /** The origin the client reached us at (`https://moei.example`), for absolute links; absent outside HTTP. */
  readonly origin?: string;
  /** Filled in during the request for its one log line (never with user text). */
  readonly requestLog: { operation?: string };
  /** A write context stamped now. */
  write(): WriteContext;
  /** Today in Thailand, where most deadlines are set. */
  today(): PlainDate;
}

export function repositories(db: Db) {
  return {
    organizations: organizationRepository(db),
    agreements: agreementRepository(db),
    series: seriesRepository(db),
    meetings: meetingRepository(db),
    actions: actionRepository(db),
    cases: caseReferenceRepository(db),
    search: searchRepository(db),
    users: userRepository(db),
    exports: exportRepository(db),
    statistics: statisticsRepository(db),
    calendarFeeds: calendarFeedRepository(db),
  };
}

const LANGS: readonly UiLanguage[] = ["en", "th", "my"];

/** The first of en/th/my in Accept-Language order, else English. */
export function languageOf(acceptLanguage: string | undefined): UiLanguage {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.trim().split(";")[0]?.toLowerCase().slice(0, 2) as UiLanguage;
    if (LANGS.includes(tag)) return tag;
  }
  return "en";
}

export function createContext(
  db: Db,
  repos: ReturnType<typeof repositories>,
  options: {
    lang: UiLanguage;
    clock: Clock;
    actor: Actor | null;
    session: SessionControl;
    requestId: string;
    origin?: string;
    requestLog: { operation?: string };
  },
): Context {
  const actorId = options.actor?.userId ?? null;
  return {
    db,
    repos,
    ...options,
    actorId,
    write: () => ({ actorId, at: options.clock.now() }),
    today: () => dateOf(options.clock.now(), BANGKOK),
  };
}

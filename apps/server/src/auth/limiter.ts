import type { Db } from "@moei/db";
import type { Instant } from "@moei/domain/shared";

/**
 * Failed sign-ins counted per account and per client address over a sliding window: past the limit,
 * sign-in is refused (RATE_LIMITED) without checking the password until old failures leave the window.
 * Kept in memory: right for the one server process Moei runs as; several processes behind a load
 * balancer would each count on their own (see the README).
 */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowMinutes: 15 } as const;

/** Keys tracked at most; a spray of invented usernames cannot grow the map without bound. */
const MAX_KEYS = 50_000;

export interface SignInLimiter {
  /** Whether a sign-in for this account from this address is refused now. */
  limited(account: string, address: string, now: Instant): boolean;
  failed(account: string, address: string, now: Instant): void;
  /** A successful sign-in clears the account's failures (not the address's). */
  succeeded(account: string): void;
}

/**
 * The key an address is counted under: IPv4 as is (also when IPv4-mapped), IPv6 by its /64, since one
 * machine commonly holds a whole /64 and could otherwise change address at every attempt.
 */
export function addressKey(address: string): string {
  const plain = address.split("%")[0] ?? address;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mapped) return mapped[1] as string;
  if (!plain.includes(":")) return plain;
  const [head = "", tail = ""] = plain.split("::");
  const h = head === "" ? [] : head.split(":");
  const t = tail === "" ? [] : tail.split(":");
  const groups = [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill("0"), ...t];
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function signInLimiter(limits: typeof SIGN_IN_LIMITS = SIGN_IN_LIMITS): SignInLimiter {
  const failures = new Map<string, number[]>();
  const windowMs = limits.windowMinutes * 60_000;
  const ms = (instant: Instant) => Date.parse(instant);

  const recent = (key: string, now: number): number[] => {
    const times = (failures.get(key) ?? []).filter((t) => t > now - windowMs);
    if (times.length === 0) failures.delete(key);
    else failures.set(key, times);
    return times;
  };

  const add = (key: string, now: number) => {
    const times = recent(key, now);
    // Re-inserted so that Map order is least recently failed first, which is what gets dropped.
    failures.delete(key);
    failures.set(key, [...times, now]);
    while (failures.size > MAX_KEYS) {
      const oldest = failures.keys().next().value;
      if (oldest === undefined) break;
      failures.delete(oldest);
    }
  };

  return {
    limited(account, address, now) {
      const t = ms(now);
      return (
        recent(`account:${account}`, t).length >= limits.perAccount ||
        recent(`address:${addressKey(address)}`, t).length >= limits.perAddress
      );
    },
    failed(account, address, now) {
      const t = ms(now);
      add(`account:${account}`, t);
      add(`address:${addressKey(address)}`, t);
    },
    succeeded(account) {
      failures.delete(`account:${account}`);
    },
  };
}

/** One limiter per server: each server has its own database, so the database names it. */
const limiters = new WeakMap<Db, SignInLimiter>();

export function limiterFor(db: Db): SignInLimiter {
  let limiter = limiters.get(db);
  if (limiter === undefined) {
    limiter = signInLimiter();
    limiters.set(db, limiter);
  }
  return limiter;
}

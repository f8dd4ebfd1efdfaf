import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Password hashing with scrypt at OWASP's parameters (N=2^17, r=8, p=1). A hash is stored with its
 * parameters in PHC string form, `$scrypt$ln=17,r=8,p=1$<salt>$<hash>` (base64 without padding), so the
 * cost can be raised later and old hashes still verify (`needsRehash` tells which to upgrade at sign-in).
 */
export const SCRYPT = { logN: 17, r: 8, p: 1, saltBytes: 16, keyBytes: 32 } as const;

/** scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below the 128 MiB of N=2^17, r=8. */
const maxmemFor = (logN: number, r: number, p: number) => 2 * 128 * 2 ** logN * r * p;

/** At most this many hashes run at once (each holds 128 MiB); more wait, and beyond the queue are refused. */
const CONCURRENT = 2;
const QUEUE = 32;

/** Thrown when too many sign-ins are hashing already: the caller answers RATE_LIMITED. */
export class PasswordHashingBusy extends Error {
  constructor() {
    super("Too many password checks at once");
    this.name = "PasswordHashingBusy";
  }
}

let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= CONCURRENT) {
    if (waiting.length >= QUEUE) throw new PasswordHashingBusy();
    await new Promise<void>((go) => waiting.push(go));
  } else {
    running += 1;
  }
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in line, or is freed.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

function derive(password: string, salt: Buffer, logN: number, r: number, p: number, keyBytes: number) {
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: maxmemFor(logN, r, p) };
  // NFKC, as NIST SP 800-63B asks: the same password typed on another keyboard gives the same bytes.
  return withSlot(
    () =>
      new Promise<Buffer>((done, failed) =>
        scrypt(password.normalize("NFKC"), salt, keyBytes, options, (error, key) =>
          error ? failed(error) : done(key),
        ),
      ),
  );
}

const b64 = (bytes: Buffer) => bytes.toString("base64").replace(/=+$/, "");
const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,})\$([A-Za-z0-9+/]{16,})$/;

interface Parsed {
  readonly logN: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

function parse(encoded: string): Parsed | undefined {
  const m = PHC.exec(encoded);
  if (m === null) return undefined;
  const [logN, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Bounds keep a tampered row from asking for gigabytes.
  if (logN < 10 || logN > 20 || r < 1 || r > 16 || p < 1 || p > 4) return undefined;
  return {
    logN,
    r,
    p,
    salt: Buffer.from(m[4] as string, "base64"),
    hash: Buffer.from(m[5] as string, "base64"),
  };
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT.saltBytes);
  const key = await derive(password, salt, SCRYPT.logN, SCRYPT.r, SCRYPT.p, SCRYPT.keyBytes);
  return `$scrypt$ln=${SCRYPT.logN},r=${SCRYPT.r},p=${SCRYPT.p}$${b64(salt)}$${b64(key)}`;
}

/**
 * Compared instead when the user is unknown or has no password, so that the answer takes as long as
 * for a wrong password and timing does not tell which usernames exist. Random bytes: no password
 * derives to them.
 */
const DUMMY = `$scrypt$ln=${SCRYPT.logN},r=${SCRYPT.r},p=${SCRYPT.p}$${b64(randomBytes(SCRYPT.saltBytes))}$${b64(randomBytes(SCRYPT.keyBytes))}`;

/** Whether `password` matches `encoded`; null (unknown user, no password yet) costs the same and is false. */
export async function verifyPassword(password: string, encoded: string | null): Promise<boolean> {
  const stored = encoded === null ? undefined : parse(encoded);
  const target = stored ?? (parse(DUMMY) as Parsed);
  const key = await derive(password, target.salt, target.logN, target.r, target.p, target.hash.length);
  return timingSafeEqual(key, target.hash) && stored !== undefined;
}

/** A hash made with weaker parameters than today's, to be replaced after the next successful sign-in. */
export function needsRehash(encoded: string): boolean {
  const stored = parse(encoded);
  return (
    stored === undefined ||
    stored.logN < SCRYPT.logN ||
    stored.r < SCRYPT.r ||
    stored.p < SCRYPT.p ||
    stored.hash.length < SCRYPT.keyBytes
  );
}

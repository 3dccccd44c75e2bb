import { createHash, randomBytes } from 'node:crypto';

/** How a RateLimiter counts. */
export interface RateLimitOptions {
  /** Requests one client may make per window. */
  limit: number;
  /** The window, in milliseconds. Default one minute. */
  windowMs?: number;
  /** The clock (tests pass their own). Default `Date.now`. */
  now?: () => number;
}

/**
 * Counts requests per client in fixed windows without keeping addresses: a
 * client is known only by a hash of its address with a random salt, and both
 * the salt and every count are thrown away when the window ends, so no key
 * can be linked to an address or to the next window. Nothing is written down.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  #window = -1;
  #salt = Buffer.alloc(0);
  #counts = new Map<string, number>();

  constructor({ limit, windowMs = 60_000, now = Date.now }: RateLimitOptions) {
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Counts one request from `client` (e.g. its address); false once the client is over the limit in this window. */
  allow(client: string): boolean {
    const window = Math.floor(this.#now() / this.#windowMs);
    if (window !== this.#window) {
      this.#window = window;
      this.#salt = randomBytes(32);
      this.#counts = new Map();
    }
    const key = createHash('sha256').update(this.#salt).update(client).digest('base64url').slice(0, 22);
    const count = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, count);
    return count <= this.#limit;
  }

  /** How many clients are counted in the current window (for tests: never addresses, only salted hashes). */
  keys(): string[] {
    return [...this.#counts.keys()];
  }
}

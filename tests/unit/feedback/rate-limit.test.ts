import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/feedback/rate-limit';

describe('RateLimiter', () => {
  it('lets each client through up to the limit per window, then again in the next window', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 3, windowMs: 1000, now: () => now });
    expect([1, 2, 3, 4].map(() => limiter.allow('10.0.0.1'))).toEqual([true, true, true, false]);
    expect(limiter.allow('10.0.0.2')).toBe(true);
    now = 1000;
    expect(limiter.allow('10.0.0.1')).toBe(true);
  });

  it('keeps no address, only salted hashes that change every window', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 3, windowMs: 1000, now: () => now });
    limiter.allow('192.168.7.42');
    const [first] = limiter.keys();
    expect(first).not.toContain('192.168');
    now = 1000;
    limiter.allow('192.168.7.42');
    expect(limiter.keys()).toHaveLength(1);
    expect(limiter.keys()[0]).not.toBe(first);
  });
});

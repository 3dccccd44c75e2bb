import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFixture } from './build-fixture';

describe('a build asks no other host for anything', { timeout: 180_000 }, () => {
  it('makes no request beyond the machine: no usage data to telemetry.astro.build, no fonts, no analytics', async () => {
    const log = join(tmpdir(), `helpcenter-requests-${process.pid}.txt`);
    const recorder = pathToFileURL(join(import.meta.dirname, 'record-requests.mjs')).href;
    const built = await buildFixture(undefined, {
      env: { NODE_OPTIONS: `--import=${recorder}`, RECORD_REQUESTS: log, HELPCENTER_NO_BROWSER: '1' },
    });
    expect(built.status, built.output).toBe(0);
    const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
    // The recorder ran in Astro's own process, so its requests would be listed.
    expect(lines.some((line) => line.startsWith('process ') && line.includes('astro'))).toBe(true);
    const elsewhere = lines
      .filter((line) => line.startsWith('request '))
      .map((line) => line.slice('request '.length))
      .filter((url) => !/^(https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]|file:|data:)/.test(url));
    expect(elsewhere).toEqual([]);
  });
});

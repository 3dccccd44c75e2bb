import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { devanagariFontProblem, hasDevanagari } from '../../../../scripts/chromium.mjs';

describe('hasDevanagari', () => {
  it('tells a diagram with Hindi labels from one without', () => {
    expect(hasDevanagari('flowchart LR\n  A[भुगतान] --> B[पुष्टि ईमेल]')).toBe(true);
    expect(hasDevanagari('flowchart LR\n  A[Pay] --> B[Confirmation email]')).toBe(false);
  });
});

describe('devanagariFontProblem', () => {
  let dir: string | undefined;
  afterEach(() => {
    vi.unstubAllEnvs();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A PATH whose `fc-list` lists `fonts` (none: a machine without a Devanagari font). */
  const fakeFcList = (fonts: string) => {
    dir = mkdtempSync(join(tmpdir(), 'fc-list-'));
    writeFileSync(join(dir, 'fc-list'), `#!/bin/sh\nprintf '%s' '${fonts}'\n`);
    chmodSync(join(dir, 'fc-list'), 0o755);
    vi.stubEnv('PATH', `${dir}:${process.env.PATH}`);
  };

  it('is undefined when a Devanagari font is installed', () => {
    fakeFcList('Lohit Devanagari\n');
    expect(devanagariFontProblem()).toBeUndefined();
  });

  it('names what is missing, why it was not installed and the command that installs it', () => {
    fakeFcList('');
    vi.stubEnv('HELPCENTER_NO_INSTALL', '1');
    expect(devanagariFontProblem()).toBe(
      'no Devanagari font is installed and HELPCENTER_NO_INSTALL=1 forbids installing one; install one with `sudo apt-get install -y fonts-lohit-deva` (Debian/Ubuntu; any font with Devanagari will do) and build again',
    );
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { onFirstUse } from '../../../src/build/on-first-use';

const dir = mkdtempSync(join(tmpdir(), 'on-first-use-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const loads = () => (globalThis as { onFirstUseLoads?: number }).onFirstUseLoads ?? 0;

describe('onFirstUse', () => {
  it('loads an ES module on the first call only, resolved from the caller, synchronously', () => {
    writeFileSync(
      join(dir, 'heavy.mjs'),
      'globalThis.onFirstUseLoads = (globalThis.onFirstUseLoads ?? 0) + 1;\nexport const answer = 42;\n',
    );
    const heavy = onFirstUse<{ answer: number }>('./heavy.mjs', pathToFileURL(join(dir, 'caller.mjs')).href);
    expect(loads()).toBe(0);
    expect(heavy().answer).toBe(42);
    expect(heavy().answer).toBe(42);
    expect(loads()).toBe(1);
  });

  it('loads a package the way the build uses it (the YAML parser)', () => {
    const yaml = onFirstUse<typeof import('yaml')>('yaml', import.meta.url);
    expect(yaml().parse('a: 1')).toEqual({ a: 1 });
  });
});

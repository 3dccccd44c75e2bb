import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRealContent } from './build-fixture';

function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  return Object.fromEntries(
    files
      .map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('reproducible builds', { timeout: 180_000 }, () => {
  it('two builds of the same commit produce byte-identical output', async () => {
    const first = await buildRealContent();
    expect(first.status, first.output).toBe(0);
    const second = await buildRealContent();
    expect(second.status, second.output).toBe(0);
    const a = fingerprint(first.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(20);
    expect(fingerprint(second.outDir)).toEqual(a);
  });
});

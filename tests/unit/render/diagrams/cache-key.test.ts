import { describe, expect, it } from 'vitest';
import { diagramCacheKey, RENDERER_VERSION } from '../../../../src/render/diagrams/cache-key';

const base = { source: 'flowchart LR\n  a --> b', mermaidVersion: '12.3.0', theme: 'light' as const };

describe('diagramCacheKey', () => {
  it('gives the same source, version and theme the same sha256 key', () => {
    expect(diagramCacheKey(base)).toBe(diagramCacheKey({ ...base }));
    expect(diagramCacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a new key when the Mermaid version, the theme, the renderer version or the source changes', () => {
    const keys = [
      diagramCacheKey(base),
      diagramCacheKey({ ...base, mermaidVersion: '12.3.1' }),
      diagramCacheKey({ ...base, theme: 'dark' }),
      diagramCacheKey({ ...base, rendererVersion: RENDERER_VERSION + 1 }),
      diagramCacheKey({ ...base, source: 'flowchart LR\n  a --> c' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('uses the current renderer version by default', () => {
    expect(diagramCacheKey(base)).toBe(diagramCacheKey({ ...base, rendererVersion: RENDERER_VERSION }));
  });

  it('finds the same entry whatever the line endings of the checkout', () => {
    expect(diagramCacheKey({ ...base, source: 'flowchart LR\r\n  a --> b' })).toBe(diagramCacheKey(base));
  });
});

import { createRequire } from 'node:module';

/**
 * A module loaded when first asked for, not with the module that needs it: the parsers, the diagram
 * placer and Astro's image service cost about 0.1 s to load, and a warm build uses none of them.
 * `specifier` resolves from `from` (the caller's `import.meta.url`). Node loads it synchronously
 * (`require` of an ES module), so synchronous code can use it, and it loads however the caller was
 * loaded: by Node, or by a Vite module runner since closed (`npm run lint:content`), where `import()`
 * would fail. Node only.
 */
export function onFirstUse<T>(specifier: string, from: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= createRequire(from)(specifier) as T);
}

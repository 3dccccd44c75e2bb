/**
 * The local files a module's code depends on, read from its text: relative
 * `import … from './x'`, `export … from './x'`, `import('./x')` and files it
 * loads as `new URL('./x', import.meta.url)`. Build caches hash these files, so
 * a cache key follows the code that produced the entry, not a hand-kept list.
 * Matching is by text: a specifier in a comment is counted too, which only
 * makes a key change more often, never less.
 */

const SPECIFIERS = [
  /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bnew URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

/** The relative specifiers (`./x`, `../y.ts`) a module's text refers to, in order of first appearance. */
export function localImports(source: string): string[] {
  const found = new Set<string>();
  for (const pattern of SPECIFIERS) for (const match of source.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** The file names a specifier may mean, most likely first: as written, then with a module extension or as a folder's index. */
export function candidateFiles(specifier: string): string[] {
  return [specifier, ...['.ts', '.js', '.mjs', '/index.ts', '/index.js'].map((ending) => `${specifier}${ending}`)];
}

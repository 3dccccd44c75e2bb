import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { candidateFiles, localImports } from './import-graph';

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * Every local file the modules `entries` (relative to `root`) depend on,
 * themselves included, following their imports (see `localImports`); sorted.
 */
export function codeFiles(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.(?:[cm]?[jt]s)$/.test(file)) return;
    for (const specifier of localImports(readFileSync(file, 'utf8'))) {
      const target = candidateFiles(resolve(dirname(file), specifier)).find(isFile);
      if (target) visit(target);
    }
  };
  for (const entry of entries) visit(resolve(root, entry));
  return [...seen].sort();
}

/**
 * A digest of the code of the modules `entries` (relative to `root`) and all
 * the local files they import, of the installed packages (`package-lock.json`)
 * and of `extra` values. Build caches key their entries with it, so any change
 * to the code that produced an entry invalidates it, with no list to keep.
 */
export function codeDigest(root: string, entries: readonly string[], extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const file of [...codeFiles(root, entries), join(root, 'package-lock.json')]) {
    hash.update(relative(root, file)).update('\0');
    if (isFile(file)) hash.update(readFileSync(file));
    hash.update('\0');
  }
  for (const value of extra) hash.update(value).update('\0');
  return hash.digest('hex');
}

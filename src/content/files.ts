import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { categoriesSchema } from './schema/category';
import { retiredSchema } from './schema/retired';
import { settingsSchema } from './schema/settings';

/**
 * The folder authors write in. `HELPCENTER_CONTENT` points the build at another
 * one (the tests build small fixture sites this way); the default is `content`.
 */
export const contentDir = process.env.HELPCENTER_CONTENT ?? 'content';

function readJson<T>(name: string, schema: z.ZodType<T>): T {
  const file = join(contentDir, name);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as JSON (${(error as Error).message}); fix the file and build again`, {
      cause: error,
    });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ✗ ${file}: ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`${file} is not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The declared categories, in site order (`content/categories.json`). */
export const categories = readJson('categories.json', categoriesSchema);
/** Site name and support contacts (`content/site.json`). */
export const settings = readJson('site.json', settingsSchema);

/** Where the registry of retired articles lives (optional file). */
export const retiredFile = relative(process.cwd(), join(contentDir, 'retired.json'));
/** Retired articles whose ids and slugs are never reused (`content/retired.json`; none when the file is absent). */
export const retired = existsSync(retiredFile) ? readJson('retired.json', retiredSchema) : [];

import { describe, expect, it } from 'vitest';
import { checkTranslations, formatTranslationReport, statusLine, translationStatus } from '../../../src/content/translations';

const article = (slug: string, id: string, updated: string, folder = 'content/articles') => ({
  slug,
  file: `${folder}/${slug}.mdx`,
  data: { id, title: slug, updated: new Date(updated) },
});
const english = [article('a', '1', '2026-11-20'), article('b', '2', '2026-11-29'), article('c', '3', '2026-11-01')];

describe('checkTranslations', () => {
  it('requires the English article and its id', () => {
    const problems = checkTranslations(
      english,
      [
        article('a', '1', '2026-11-20', 'content/articles/hi'),
        article('b', '9', '2026-11-29', 'content/articles/hi'),
        article('z', '4', '2026-11-29', 'content/articles/hi'),
      ],
      'content/articles',
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "file": "content/articles/hi/b.mdx",
          "fix": "keep the English article's id: id: "2"",
          "line": 1,
          "message": "id "9" differs from "2" in content/articles/b.mdx",
          "rule": "translation-of",
        },
        {
          "column": 1,
          "file": "content/articles/hi/z.mdx",
          "fix": "give the translation the file name of its English article, or write the English article first",
          "line": 1,
          "message": "no English article content/articles/z.mdx for this translation",
          "rule": "translation-of",
        },
      ]
    `);
  });
});

describe('translationStatus', () => {
  it('sorts articles into translated, outdated (English updated later) and missing', () => {
    const status = translationStatus('hi', english, [article('a', '1', '2026-11-20'), article('b', '2', '2026-11-25')]);
    expect(status).toEqual({ lang: 'hi', translated: ['a'], outdated: ['b'], missing: ['c'] });
    expect(statusLine([status])).toBe('hi: 1 translated, 1 outdated, 1 missing of 3');
    expect(formatTranslationReport([status])).toMatchInlineSnapshot(`
      "hi: 1 translated, 1 outdated, 1 missing of 3
        outdated (the English article changed since): b
        missing (shown in English): c
        translated: a"
    `);
  });
});

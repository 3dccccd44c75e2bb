import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lint/problems';
import {
  checkTranslations,
  formatTranslationReport,
  readNames,
  statusLine,
  translationStatus,
} from '../../../src/content/translations';

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

describe('readNames', () => {
  const known = { categories: ['billing', 'getting-started'], tags: ['ivr', 'call-flow'] };

  it('reads the names of categories and tags in a language', () => {
    const text = JSON.stringify({
      categories: { billing: { title: 'बिलिंग', description: 'रसीदें और भुगतान।' } },
      tags: { ivr: 'IVR', 'call-flow': 'कॉल फ़्लो' },
    });
    expect(readNames(text, 'content/names.hi.json', known)).toEqual({
      names: {
        categories: { billing: { title: 'बिलिंग', description: 'रसीदें और भुगतान।' } },
        tags: { ivr: 'IVR', 'call-flow': 'कॉल फ़्लो' },
      },
      problems: [],
    });
  });

  it('names an unknown category or tag, a missing description and an empty name at file:line, and keeps the good names', () => {
    const text = [
      '{',
      '  "categories": {',
      '    "biling": { "title": "बिलिंग", "description": "रसीदें।" },',
      '    "getting-started": { "title": "शुरुआत" }',
      '  },',
      '  "tags": {',
      '    "ivr": "IVR",',
      '    "call-flows": "कॉल फ़्लो",',
      '    "call-flow": ""',
      '  }',
      '}',
    ].join('\n');
    const { names, problems } = readNames(text, 'content/names.hi.json', known);
    expect(problems.map(formatProblem)).toEqual([
      'content/names.hi.json:3:1: no category has the slug "biling" (did you mean "billing"? Use the slug of content/categories.json)',
      'content/names.hi.json:4:1: the category "getting-started" needs a "title" and a "description", both text (write { "title": "…", "description": "…" })',
      'content/names.hi.json:8:1: no tag has the slug "call-flows" (did you mean "call-flow"? Use the slug of a tag (its /tags/<slug>/ URL))',
      'content/names.hi.json:9:1: the name of the tag "call-flow" must be text (write the tag’s name in quotes)',
    ]);
    expect(names).toEqual({ categories: {}, tags: { ivr: 'IVR' } });
  });

  it('reports a file that is not JSON', () => {
    expect(readNames('{ "tags": ', 'content/names.hi.json', known).problems.map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual([
      'content/names.hi.json:1 translation-names',
    ]);
  });
});

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lint/check-content';

const dir = mkdtempSync(join(tmpdir(), 'lint-translations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the content lint of translations', () => {
  it('flags a translation whose id differs from its English article’s, and one without an English article', () => {
    const english = 'what-is-myoperator.mdx';
    mkdirSync(join(dir, 'articles', 'hi'), { recursive: true });
    cpSync(join('content', 'categories.json'), join(dir, 'categories.json'));
    cpSync(join('content', 'articles', english), join(dir, 'articles', english));
    const translation = readFileSync(join('content', 'articles', 'hi', english), 'utf8');
    writeFileSync(join(dir, 'articles', 'hi', english), translation.replace('id: "103"', 'id: "999"'));
    writeFileSync(join(dir, 'articles', 'hi', 'no-such-article.mdx'), translation);
    const problems = checkContent(dir)
      .filter((p) => p.rule === 'translation-of')
      .map((p) => `${p.file.replace(dir, '<content>')}: ${p.message}; ${p.fix}`);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/hi\/no-such-article\.mdx: no English article .*no-such-article\.mdx for this translation/);
    expect(problems[1]).toMatch(
      /hi\/what-is-myoperator\.mdx: id "999" differs from "103" .*; keep the English article's id: id: "103"/,
    );
  });

  it('flags a names file that names an unknown category or tag, at its file:line', () => {
    mkdirSync(join(dir, 'articles'), { recursive: true });
    cpSync(join('content', 'categories.json'), join(dir, 'categories.json'));
    cpSync(join('content', 'articles', 'what-is-myoperator.mdx'), join(dir, 'articles', 'what-is-myoperator.mdx'));
    writeFileSync(
      join(dir, 'names.hi.json'),
      '{\n  "categories": { "about": { "title": "परिचय", "description": "MyOperator क्या है।" } },\n  "tags": {\n    "ivr": "IVR",\n    "cloud-telefony": "क्लाउड टेलीफ़ोनी"\n  }\n}\n',
    );
    const problems = checkContent(dir)
      .filter((p) => p.rule === 'translation-names')
      .map((p) => `${p.file.replace(dir, '<content>')}:${p.line}: ${p.message} (${p.fix})`);
    expect(problems).toEqual([
      expect.stringMatching(/names\.hi\.json:5: no tag has the slug "cloud-telefony" \(did you mean "cloud-telephony"\?/),
    ]);
  });

  it('reports the same problems, at the same places, from its cache of unchanged files', () => {
    const site = join(dir, 'cached');
    const english = 'what-is-myoperator.mdx';
    mkdirSync(join(site, 'articles', 'hi'), { recursive: true });
    cpSync(join('content', 'categories.json'), join(site, 'categories.json'));
    const source = readFileSync(join('content', 'articles', english), 'utf8');
    writeFileSync(join(site, 'articles', english), source.replace('  - types-of-ivr', '  - types-of-ivrr'));
    const translation = readFileSync(join('content', 'articles', 'hi', english), 'utf8');
    writeFileSync(join(site, 'articles', 'hi', english), translation.replace('id: "103"', 'id: "999"'));
    writeFileSync(join(site, 'names.hi.json'), '{\n  "tags": { "cloud-telefony": "क्लाउड टेलीफ़ोनी" }\n}\n');
    const cacheFile = join(site, 'lint-cache.json');
    const printed = () =>
      checkContent(site, { cacheFile }).map((p) => `${p.file.replace(site, '')}:${p.line}:${p.column} ${p.rule}`);
    const first = printed();
    expect(first).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/what-is-myoperator\.mdx:\d+:\d+ related$/),
        expect.stringMatching(/hi\/what-is-myoperator\.mdx:\d+:\d+ translation-of$/),
        expect.stringMatching(/names\.hi\.json:2:\d+ translation-names$/),
      ]),
    );
    expect(first.find((p) => p.endsWith(' related'))).not.toMatch(/:1:1 /);
    expect(first.find((p) => p.endsWith(' translation-of'))).not.toMatch(/:1:1 /);
    expect(printed()).toEqual(first);
  });
});

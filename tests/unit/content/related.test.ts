import { describe, expect, it } from 'vitest';
import { checkRelated, mostLinked, resolveRelated, type RelatedInput } from '../../../src/content/related';

const article = (slug: string, tags: string[], related: string[] = [], category = 'c'): RelatedInput => ({
  slug,
  file: `content/articles/${slug}.mdx`,
  category,
  tags,
  related,
});

describe('checkRelated', () => {
  it('accepts links to other existing articles', () => {
    expect(checkRelated([article('a', [], ['b']), article('b', [], ['a'])])).toEqual([]);
  });

  it('names the file, field, bad value and closest slug for an unknown slug', () => {
    const problems = checkRelated([article('what-is-myoperator', []), article('guide', [], ['what-is-myoperatr'])]);
    expect(problems).toEqual([
      {
        file: 'content/articles/guide.mdx',
        line: 1,
        column: 1,
        rule: 'related',
        message: 'related[0]: no article has the slug "what-is-myoperatr". Did you mean "what-is-myoperator"?',
        fix: 'a slug is a file name in content/articles/ without .mdx',
      },
    ]);
  });

  it('looks up the place of a field only for a problem (finding it reads the frontmatter)', () => {
    const asked: string[] = [];
    const locate = (file: string, field: readonly (string | number)[]) => {
      asked.push(`${file} ${field.join('.')}`);
      return { line: 7, column: 3 };
    };
    const problems = checkRelated([article('a', [], ['b', 'x']), article('b', [], ['a'])], locate);
    expect(asked).toEqual(['content/articles/a.mdx related.1']);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[7, 3]]);
  });

  it('leaves an article that lists itself to the related-self rule', () => {
    expect(checkRelated([article('a', [], ['a']), article('b', [])])).toEqual([]);
  });

  it('suggests a slug by one of its words', () => {
    const problems = checkRelated([article('call-flows', []), article('guide', [], ['calls'])]);
    expect(problems.map((p) => p.message)).toEqual(['related[0]: no article has the slug "calls". Did you mean "call-flows"?']);
  });

  it('rejects a slug listed twice, pointing at the second', () => {
    expect(checkRelated([article('a', [], ['b', 'b']), article('b', [])])).toEqual([
      {
        file: 'content/articles/a.mdx',
        line: 1,
        column: 1,
        rule: 'related',
        message: 'related[1] "b" is listed twice',
        fix: 'remove the second one',
      },
    ]);
  });
});

describe('resolveRelated', () => {
  it('keeps the author’s list, in order, when it has three or more', () => {
    const all = [article('a', [], ['d', 'c', 'b']), article('b', []), article('c', []), article('d', [])];
    expect(resolveRelated(all).get('a')).toEqual(['d', 'c', 'b']);
  });

  it('fills up to three with the articles sharing the most tags, ties broken by slug', () => {
    const all = [
      article('a', ['x', 'y', 'z'], ['e']),
      article('b', ['x']),
      article('c', ['x', 'y']),
      article('d', ['y']),
      article('e', ['x', 'y', 'z']),
    ];
    expect(resolveRelated(all).get('a')).toEqual(['e', 'c', 'b']);
  });

  it('prefers the same category when tag overlap ties, and never adds unrelated articles', () => {
    const all = [
      article('a', ['x'], [], 'billing'),
      article('b', ['x'], [], 'whatsapp'),
      article('c', ['x'], [], 'billing'),
      article('z', ['q'], [], 'whatsapp'),
    ];
    expect(resolveRelated(all).get('a')).toEqual(['c', 'b']);
  });

  it('gives the same result whatever order the articles come in', () => {
    const all = [article('a', ['x']), article('b', ['x']), article('c', ['x']), article('d', ['x'])];
    expect(resolveRelated([...all].reverse()).get('a')).toEqual(resolveRelated(all).get('a'));
  });
});

describe('mostLinked', () => {
  it('ranks articles by incoming links, ties by slug', () => {
    const graph = new Map([
      ['a', ['c']],
      ['b', ['c', 'a']],
      ['c', ['b']],
    ]);
    expect(mostLinked(graph)).toEqual([
      { slug: 'c', links: 2 },
      { slug: 'a', links: 1 },
      { slug: 'b', links: 1 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('file-name', () => {
  it('flags a file name that is not a slug, with the name to rename it to', () => {
    expect(lint('file-name', mdx('Body.'), 'content/articles/Add Users.mdx')).toEqual([
      'content/articles/Add Users.mdx:1:1: the file name "Add Users.mdx" is not a slug (rename it to "add-users.mdx" (lower-case letters, digits and "-"))',
    ]);
  });

  it('passes a slug', () => {
    expect(lint('file-name', mdx('Body.'), 'content/articles/add-users-2.mdx')).toEqual([]);
  });
});

describe('checkSettings', () => {
  it('flags a featured article that does not exist, at its line, with the closest slug', async () => {
    const { checkSettings } = await import('../../../src/lint');
    const { formatProblem } = await import('../../../src/lint/problems');
    expect(
      checkSettings({ featured: 'add-user' }, ['add-users', 'billing'], 'content/site.json', { line: 5, column: 3 }).map(
        formatProblem,
      ),
    ).toEqual([
      'content/site.json:5:3: featured: no article has the slug "add-user". Did you mean "add-users"? (name an article by its file name without .mdx)',
    ]);
    expect(checkSettings({ featured: 'billing' }, ['add-users', 'billing'], 'content/site.json')).toEqual([]);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureContent, runScript } from './run-script';

const TITLE = 'How do I forward calls to my mobile?';

describe('npm run new', { timeout: 60_000 }, () => {
  it('creates an article with the next free id that the lint holds back until every TODO is replaced', async () => {
    const content = fixtureContent();
    writeFileSync(
      join(content, 'retired.json'),
      JSON.stringify([{ id: '7', slug: 'an-old-article', title: 'An old article', retired: '2026-01-01' }]),
    );
    const created = await runScript('new-article', content, [TITLE]);
    expect(created.output).toContain('Created content/articles/how-do-i-forward-calls-to-my-mobile.mdx (id 8).');
    expect(created.status).toBe(0);

    const file = join(content, 'articles', 'how-do-i-forward-calls-to-my-mobile.mdx');
    const draft = readFileSync(file, 'utf8');
    expect(draft).toContain(`title: "${TITLE}"`);
    expect(draft).toContain(`updated: ${new Date().toISOString().slice(0, 10)}`);

    const unfinished = await runScript('lint-content', content);
    expect(unfinished.status).toBe(1);
    expect(unfinished.output).toContain(
      'content/articles/how-do-i-forward-calls-to-my-mobile.mdx:4:15: quickAnswer still has the TODO placeholder (write the answer in one or two plain sentences, at most 300 characters)',
    );
    expect(unfinished.output).toContain('6 content problems found');

    writeFileSync(
      file,
      draft
        .replace(/quickAnswer: .*/, 'quickAnswer: Open Call settings and turn on forwarding to your mobile number.')
        .replace('TODO keyword', 'call forwarding')
        .replace(/^owner: .*$/m, 'owner: Call flows team')
        .replace(/^TODO: .*$/gm, 'Finished text.'),
    );
    const finished = await runScript('lint-content', content);
    expect(finished.output).toContain('Content lint: no problems');
    expect(finished.status).toBe(0);
  });

  it('refuses to overwrite an existing article', async () => {
    const content = fixtureContent();
    const existing = join(content, 'articles', 'how-do-i-forward-calls-to-my-mobile.mdx');
    writeFileSync(existing, 'mine');
    const run = await runScript('new-article', content, [TITLE]);
    expect(run.output.trim()).toBe(
      'Cannot create the article: content/articles/how-do-i-forward-calls-to-my-mobile.mdx already exists; edit that article, or ask the question in other words for a new one',
    );
    expect(run.status).toBe(1);
    expect(readFileSync(existing, 'utf8')).toBe('mine');
  });

  it('errors clearly on an empty title', async () => {
    const run = await runScript('new-article', fixtureContent(), ['  ']);
    expect(run.output.trim()).toBe(
      'Cannot create the article: give the customer’s question as the title: npm run new -- "How do I add users to my account?"',
    );
    expect(run.status).toBe(1);
  });
});

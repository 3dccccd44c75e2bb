// Article tools for support agents: a copy-link button on every anchored
// heading, task row and troubleshooting entry; "Copy answer"; "Copy fix".
import { escapeHtml } from '../shared/text';
import { copyWithFeedback } from './clipboard';

const article = document.querySelector<HTMLElement>('[data-article-id]');
const shortUrl = article?.dataset.shortUrl ?? location.href.split('#')[0]!;
const title = article?.dataset.title ?? document.title;
// The words come from the page (data-* on the agent bar), so they are in the page's language.
const words = document.querySelector<HTMLElement>('.agent-bar')?.dataset ?? {};
const word = (key: string, fallback: string) => words[key] ?? fallback;
const deepLink = (id: string) => `${shortUrl}#${id}`;
const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const LINK_ICON =
  '<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7"/><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"/></svg>';

for (const target of document.querySelectorAll<HTMLElement>('[data-article-id] [data-anchor][id]')) {
  const name = textOf(target.querySelector('[data-task-text], [data-problem-text]') ?? target);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link no-print';
  button.setAttribute('aria-label', word('copyLinkTo', 'Copy link to “{name}”').replace('{name}', name));
  button.innerHTML = LINK_ICON;
  button.addEventListener('click', () => {
    const link = deepLink(target.id);
    void copyWithFeedback(
      button,
      word('copiedLink', 'Link copied'),
      link,
      `<a href="${escapeHtml(link)}">${escapeHtml(name)}</a>`,
    );
  });
  (target instanceof HTMLTableRowElement ? target.cells[0] : target)?.append(button);
}

const answerButton = document.querySelector<HTMLButtonElement>('[data-copy-answer]');
if (answerButton && article) {
  const answer = textOf(document.querySelector('[data-quick-answer]'));
  answerButton.addEventListener('click', () => {
    const text = `${title}\n${answer}\n${shortUrl}`;
    const html = `<p><strong>${escapeHtml(title)}</strong></p><p>${escapeHtml(answer)}</p><p><a href="${escapeHtml(shortUrl)}">${escapeHtml(shortUrl)}</a></p>`;
    void copyWithFeedback(answerButton, word('copiedAnswer', 'Answer copied'), text, html);
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-fix]')) {
  const entry = button.closest('[data-trouble]');
  const heading = entry?.querySelector<HTMLElement>('[data-anchor][id]');
  const action = entry?.querySelector<HTMLElement>('[data-action]');
  if (!entry || !heading || !action) continue;
  button.addEventListener('click', () => {
    const problem = textOf(heading.querySelector('[data-problem-text]'));
    const actionClone = action.cloneNode(true) as HTMLElement;
    actionClone.querySelector('strong')?.remove();
    // A pasted reply lives outside the site: links in it must be absolute.
    for (const a of actionClone.querySelectorAll('a')) a.setAttribute('href', a.href);
    const actionText = textOf(actionClone);
    const link = deepLink(heading.id);
    const [problemWord, actionWord] = [word('copyProblem', 'Problem:'), word('copyAction', 'Action:')];
    const text = `${problemWord} ${problem}\n${actionWord} ${actionText}\n${link}`;
    const html = `<p><strong>${escapeHtml(problemWord)}</strong> ${escapeHtml(problem)}</p><p><strong>${escapeHtml(actionWord)}</strong> ${actionClone.innerHTML.trim()}</p><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`;
    void copyWithFeedback(button, word('copiedFix', 'Fix copied'), text, html);
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-code]')) {
  const code = button.parentElement?.querySelector('pre code');
  if (!code) continue;
  button.textContent = word('copyCodeButton', 'Copy');
  button.setAttribute('aria-label', word('copyCodeLabel', 'Copy code'));
  button.hidden = false;
  button.addEventListener(
    'click',
    () => void copyWithFeedback(button, word('copiedCode', 'Code copied'), code.textContent ?? ''),
  );
}

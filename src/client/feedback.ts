/**
 * The "Was this helpful?" control, loaded when a reader uses it: one vote per
 * article per browser (remembered in localStorage), a reason and comment
 * after "No", and a thank-you that says what happens next.
 */
import { MAX_COMMENT, REASONS } from '../feedback/events';
import { sendEvents } from './feedback-send';

// The words come in the page's language from the section's data-words-* attributes (Feedback.astro).
const words = (section: HTMLElement, name: 'ThanksYes' | 'ThanksNo' | 'Failed' | 'Left') => section.dataset[`words${name}`] ?? '';

/** A vote as the page sends it. */
interface Vote {
  type: 'vote';
  article: string;
  helpful: boolean;
  reason?: string;
  comment?: string;
}

const pendingNo = new WeakSet<HTMLElement>();

const parts = (section: HTMLElement) => ({
  id: section.dataset['articleId']!,
  endpoint: section.dataset['feedback']!,
  ask: section.querySelector<HTMLElement>('[data-feedback-ask]')!,
  form: section.querySelector<HTMLFormElement>('form[data-feedback-more]')!,
  done: section.querySelector<HTMLElement>('[data-feedback-done]')!,
});

function remember(id: string, answer: string): void {
  try {
    localStorage.setItem(`helpcenter:voted:${id}`, answer);
  } catch {
    // Storage blocked: the vote still counts, it is just not remembered.
  }
}

async function finish(section: HTMLElement, event: Vote, thanks: 'ThanksYes' | 'ThanksNo'): Promise<void> {
  const { id, endpoint, ask, form, done } = parts(section);
  pendingNo.delete(section);
  for (const control of section.querySelectorAll<HTMLButtonElement>('button')) control.disabled = true;
  const stored = await sendEvents(endpoint, [event]);
  ask.hidden = true;
  form.hidden = true;
  if (stored) remember(id, event.helpful ? 'yes' : 'no');
  done.textContent = words(section, stored ? thanks : 'Failed');
  done.focus();
}

/** A click on Yes (recorded at once) or No (which asks for a reason and comment first). */
export function vote(section: HTMLElement, helpful: boolean): void {
  const { id, ask, form } = parts(section);
  if (helpful) {
    void finish(section, { type: 'vote', article: id, helpful: true }, 'ThanksYes');
    return;
  }
  ask.hidden = true;
  form.hidden = false;
  pendingNo.add(section);
  form.querySelector<HTMLElement>('[data-feedback-more-title]')!.focus();
  // A reader who says "No" and leaves without sending the form still voted "No".
  addEventListener('pagehide', () => {
    if (pendingNo.has(section)) void sendEvents(parts(section).endpoint, [noVote(section)], true);
  });
}

function noVote(section: HTMLElement): Vote {
  const { id, form } = parts(section);
  const data = new FormData(form);
  const reason = String(data.get('reason') ?? '');
  const comment = String(data.get('comment') ?? '')
    .trim()
    .slice(0, MAX_COMMENT)
    // The collector takes comments as plain text and refuses anything that reads as an HTML tag;
    // a reader's "<" must not cost their vote.
    .replace(/<(?=\s*[a-z!/?])/gi, '‹');
  return {
    type: 'vote',
    article: id,
    helpful: false,
    ...((REASONS as readonly string[]).includes(reason) ? { reason } : {}),
    ...(comment ? { comment } : {}),
  };
}

/** The form after "No" was sent (reason and comment are both optional). */
export function sendDetails(section: HTMLElement): void {
  void finish(section, noVote(section), 'ThanksNo');
}

/** Keeps "N characters left" under the comment box current. */
export function countdown(section: HTMLElement): void {
  const box = section.querySelector<HTMLTextAreaElement>('textarea[name="comment"]');
  const left = section.querySelector<HTMLElement>('[data-feedback-left]');
  if (box && left) left.textContent = words(section, 'Left').replace('{count}', String(MAX_COMMENT - box.value.length));
}

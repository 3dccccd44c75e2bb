/**
 * The only feedback code an article loads up front (about 1 KB, 0.6 KB gzipped): shows
 * the "Was this helpful?" control when the site has a collector and the
 * browser allows it, and loads the rest (./feedback) when the reader uses it.
 */
import { trackingAllowed } from './feedback-send';

let loading: Promise<typeof import('./feedback')> | undefined;
const load = () => (loading ??= import('./feedback'));

for (const section of document.querySelectorAll<HTMLElement>('[data-feedback-section]')) {
  const widget = section.querySelector<HTMLElement>('[data-feedback-widget]');
  if (!widget || !section.dataset['feedback']) continue;
  widget.hidden = false;
  const ask = section.querySelector<HTMLElement>('[data-feedback-ask]')!;
  if (!trackingAllowed()) {
    section.querySelector<HTMLElement>('[data-feedback-off]')!.hidden = false;
    continue;
  }
  let voted: string | null = null;
  try {
    voted = localStorage.getItem(`helpcenter:voted:${section.dataset['articleId']}`);
  } catch {
    // Storage blocked: the reader may vote; nothing remembers it.
  }
  if (voted) {
    // The words come in the page's language from the section's data-words-* attributes (Feedback.astro).
    section.querySelector<HTMLElement>('[data-feedback-done]')!.textContent = section.dataset['wordsAlready'] ?? '';
    continue;
  }
  ask.hidden = false;
  section.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-vote]');
    if (button) void load().then((m) => m.vote(section, button.dataset['vote'] === 'yes'));
  });
  section.addEventListener('submit', (event) => {
    event.preventDefault();
    void load().then((m) => m.sendDetails(section));
  });
  section.addEventListener('input', () => void load().then((m) => m.countdown(section)));
}

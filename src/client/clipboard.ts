/** Puts plain text and, where the browser allows, HTML on the clipboard. Resolves false when nothing could be copied. */
export async function copy(text: string, html?: string): Promise<boolean> {
  try {
    if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return true;
    }
  } catch {
    // Some browsers refuse HTML; plain text below still works.
  }
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Says `message` to screen readers through the page's live region. */
export function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('[data-announcer]');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes screen readers repeat the same message.
  setTimeout(() => (region.textContent = message), 50);
}

/** Copies, then shows the outcome on the button for a moment and announces it. */
export async function copyWithFeedback(button: HTMLElement, done: string, text: string, html?: string): Promise<void> {
  const ok = await copy(text, html);
  const failed = document.querySelector<HTMLElement>('[data-copy-failed]')?.dataset.copyFailed;
  const message = ok ? done : (failed ?? 'Could not copy: select the text and copy it yourself');
  announce(message);
  button.dataset.copied = ok ? 'true' : 'false';
  setTimeout(() => delete button.dataset.copied, 2000);
}

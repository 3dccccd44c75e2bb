// Screenshot zoom: a link around each article image opens the full-size file
// in a modal <dialog> instead of leaving the page. The dialog holds focus
// while open (showModal), closes on Esc, a click or its Close button, and
// gives focus back to the image link. Without this script the link simply
// opens the file.

const isDark = () => {
  const theme = document.documentElement.dataset.theme;
  return theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
};

let dialog: HTMLDialogElement | undefined;
let returnTo: HTMLElement | undefined;

function zoomDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.className = 'zoom-dialog';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'zoom-close';
  // The page's language gives the word (ZoomScript.astro).
  close.textContent = document.querySelector<HTMLElement>('[data-zoom-words]')?.dataset.close ?? 'Close';
  const image = document.createElement('img');
  image.className = 'zoom-image';
  dialog.append(close, image);
  close.addEventListener('click', () => dialog!.close());
  // A click on the backdrop or the image closes it too, as in every lightbox.
  dialog.addEventListener('click', (event) => {
    if (event.target !== close) dialog!.close();
  });
  dialog.addEventListener('close', () => {
    image.removeAttribute('src');
    returnTo?.focus();
  });
  document.body.append(dialog);
  return dialog;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-zoom]')) {
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const box = zoomDialog();
    const image = box.querySelector('img')!;
    const alt = link.querySelector('img')?.alt ?? '';
    image.src = isDark() && link.dataset.zoomDark ? link.dataset.zoomDark : link.href;
    image.alt = alt;
    image.width = Number(link.dataset.zoomWidth);
    image.height = Number(link.dataset.zoomHeight);
    box.setAttribute('aria-label', alt);
    returnTo = link;
    box.showModal();
    box.querySelector<HTMLButtonElement>('.zoom-close')!.focus();
  });
}

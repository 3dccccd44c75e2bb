// Screenshot zoom: a link around each article image opens the full-size file
// in a modal <dialog> instead of leaving the page. The dialog holds focus
// while open (showModal), closes on Esc, a click or its Close button, and
// gives focus back to the image link. Without JavaScript the link simply
// opens the file. Nothing loads this module before the reader's first click
// (or Enter) on a screenshot: the listener in ZoomScript.astro imports it then
// and passes the link on.

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

/** Opens the full-size screenshot of `link` (an `a[data-zoom]` around an article image) in the zoom dialog. */
export function openZoom(link: HTMLAnchorElement): void {
  const box = zoomDialog();
  const image = box.querySelector('img')!;
  const small = link.querySelector('img');
  const alt = small?.alt ?? '';
  image.src = isDark() && link.dataset.zoomDark ? link.dataset.zoomDark : link.href;
  image.alt = alt;
  // The screenshot's own size attributes (the source's, up to 1600 px) keep the dialog from jumping while the file loads.
  image.width = Number(small?.getAttribute('width'));
  image.height = Number(small?.getAttribute('height'));
  box.setAttribute('aria-label', alt);
  returnTo = link;
  box.showModal();
  box.querySelector<HTMLButtonElement>('.zoom-close')!.focus();
}

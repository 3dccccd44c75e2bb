// Task tables marked `checklist`: a checkbox per row, "3 of 6 done", progress
// kept in localStorage per article and table, and a one-click reset.

const read = (key: string): string[] => {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

const write = (key: string, done: string[]) => {
  try {
    if (done.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(done));
  } catch {
    // Private mode or storage full: progress lasts for this page view only.
  }
};

for (const wrap of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
  const article = wrap.closest<HTMLElement>('[data-article-id]')?.dataset.articleId ?? location.pathname;
  const key = `checklist:${article}:${wrap.dataset.checklist}`;
  const rows = [...wrap.querySelectorAll<HTMLTableRowElement>('tr[data-task-row]')];
  const bar = wrap.querySelector<HTMLElement>('[data-checklist-bar]');
  const progress = wrap.querySelector<HTMLElement>('[data-checklist-progress]');
  const saved = new Set(read(key));
  const boxes = rows.map((row) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'checklist-box';
    box.value = row.id;
    box.checked = saved.has(row.id);
    box.setAttribute('aria-labelledby', `${row.id}-text`);
    row.cells[0]?.prepend(box);
    row.classList.toggle('is-done', box.checked);
    return box;
  });
  const update = () => {
    const done = boxes.filter((b) => b.checked).map((b) => b.value);
    for (const box of boxes) box.closest('tr')?.classList.toggle('is-done', box.checked);
    if (progress)
      progress.textContent = (bar?.dataset.progressWords ?? '{done} of {total} done')
        .replace('{done}', String(done.length))
        .replace('{total}', String(boxes.length));
    write(key, done);
  };
  for (const box of boxes) box.addEventListener('change', update);
  wrap.querySelector('[data-checklist-reset]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    update();
  });
  update();
}

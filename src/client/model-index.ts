/**
 * Progressive enhancement of the model index table: sort by a column, filter by
 * branch and year. Without this script the full table is still there, in year order.
 */
function table(from: HTMLElement): HTMLTableElement | null {
  const id = from.closest('[data-index-for]')?.getAttribute('data-index-for') ?? from.closest('table')?.id;
  return id ? (document.getElementById(id) as HTMLTableElement | null) : null;
}

export function sortModelIndex(button: HTMLElement): void {
  const target = table(button);
  const th = button.closest('th');
  if (!target || !th) return;
  const column = [...th.parentElement!.children].indexOf(th);
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  for (const other of th.parentElement!.querySelectorAll('th')) other.removeAttribute('aria-sort');
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const body = target.tBodies[0]!;
  const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset.sort ?? row.cells[column]?.textContent ?? '';
  const rows = [...body.rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const numeric = x !== '' && y !== '' && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y));
    const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
    return ascending ? order : -order;
  });
  body.append(...rows);
}

export function filterModelIndex(control: HTMLElement): void {
  const target = table(control);
  const form = control.closest('form');
  if (!target || !form) return;
  const values = Object.fromEntries(new FormData(form)) as Record<string, string>;
  let shown = 0;
  for (const row of target.tBodies[0]!.rows) {
    const visible = (!values.branch || row.dataset.branch === values.branch) && (!values.year || row.dataset.year === values.year);
    row.hidden = !visible;
    if (visible) shown += 1;
  }
  const count = form.querySelector('[data-count]');
  if (count) count.textContent = (count.getAttribute('data-template') ?? '{n}').replace('{n}', String(shown));
}

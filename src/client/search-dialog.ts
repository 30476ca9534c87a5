/** The search dialog opened from the header, "/" or Ctrl/Cmd+K; and the /search/ page. */
import { t } from '../lib/ui-strings';
import { createSearchPanel } from './search-panel';
import { pageLocale } from './locale';

let dialog: HTMLDialogElement | undefined;

export function openSearchDialog(): void {
  if (!dialog) {
    const locale = pageLocale();
    const panel = createSearchPanel('search-dialog');
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-labelledby', 'search-dialog-title');
    const heading = Object.assign(document.createElement('h2'), { id: 'search-dialog-title', textContent: t(locale, 'search') });
    const close = Object.assign(document.createElement('button'), { type: 'button', className: 'search-close', textContent: t(locale, 'close') });
    close.addEventListener('click', () => dialog?.close());
    const header = document.createElement('div');
    header.className = 'search-dialog-header';
    header.append(heading, close);
    dialog.append(header, panel.root);
    // A click on the backdrop (outside the box) closes the dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    document.body.append(dialog);
    dialog.addEventListener('close', () => (panel.input.value = ''));
    dialog.dataset.ready = '';
  }
  dialog.showModal();
  dialog.querySelector('input')?.focus();
}

/** /search/?q=...: run the query on load and keep the address in step with the input. */
export function startSearchPage(): void {
  // The inline script asks for this as soon as it runs, which may be before the parser reaches the host.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', startSearchPage, { once: true });
    return;
  }
  const host = document.querySelector('[data-search-page]');
  if (!host) return;
  const panel = createSearchPanel('search-page');
  host.replaceChildren(panel.root);
  const query = new URLSearchParams(location.search).get('q') ?? '';
  panel.input.value = query;
  panel.input.focus();
  panel.input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (panel.input.value) url.searchParams.set('q', panel.input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  if (query) void panel.run(query);
}

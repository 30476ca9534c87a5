/**
 * The search form and result list, used both in the header's dialog and on /search/.
 * Built with DOM calls (no innerHTML for reader input); only Pagefind's excerpts, which
 * Pagefind escapes and marks up with <mark>, are inserted as HTML.
 */
import { trimExcerptStart } from '../lib/search-excerpt';
import { t } from '../lib/ui-strings';
import { loadPagefind, type PagefindResultData } from './pagefind';
import { pageLocale } from './locale';

const MAX_RESULTS = 20;

/** createElement with properties and children; props are plain fields such as className or id. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function select(name: string, label: string, options: [string, string][]): HTMLLabelElement {
  const control = el('select', { name });
  for (const [value, text] of options) control.append(el('option', { value }, text));
  return el('label', { className: 'search-filter' }, el('span', {}, label), control);
}

export interface SearchPanel {
  root: HTMLFormElement;
  input: HTMLInputElement;
  run(query: string): Promise<void>;
}

export function createSearchPanel(idPrefix: string): SearchPanel {
  const locale = pageLocale();
  const input = el('input', { id: `${idPrefix}-input`, type: 'search', name: 'q', placeholder: t(locale, 'searchPlaceholder'), autocomplete: 'off' });
  input.setAttribute('enterkeyhint', 'search');
  const status = el('p', { className: 'search-status' });
  status.setAttribute('role', 'status');
  const list = el('ul', { className: 'search-results' });
  const filters = el('div', { className: 'search-filters' });
  const root = el(
    'form',
    { className: 'search-panel', action: '', method: 'get' },
    el('label', { className: 'visually-hidden', htmlFor: input.id }, t(locale, 'search')),
    input,
    filters,
    status,
    list,
  );
  root.setAttribute('role', 'search');

  const state = { branch: '', year: '', sort: '' };

  async function run(query: string): Promise<void> {
    const pagefind = await loadPagefind();
    const term = query.trim();
    const filterOptions: Record<string, string> = {};
    if (state.branch) filterOptions.branch = state.branch;
    if (state.year) filterOptions.year = state.year;
    const sort = state.sort ? { year: state.sort as 'asc' | 'desc' } : undefined;
    if (!term && !state.branch && !state.year) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(term || null, { filters: filterOptions, sort }, 120);
    if (!search) return; // a newer keystroke superseded this search
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    status.textContent = search.results.length ? t(locale, 'searchResultsCount', { n: search.results.length }) : t(locale, 'searchNoResults');
    list.replaceChildren(...data.map(renderResult));
  }

  function renderResult(result: PagefindResultData): HTMLLIElement {
    const excerpt = el('p', { className: 'search-excerpt' });
    excerpt.innerHTML = trimExcerptStart(result.excerpt);
    const title = el('span', { className: 'search-title' }, result.meta.title ?? result.url);
    const branch = result.meta.branch ? el('span', { className: 'search-branch' }, result.meta.branch) : '';
    return el('li', {}, el('a', { href: result.url }, title, branch, excerpt));
  }

  // Filter choices come from the index itself, so they always match what can be found.
  void loadPagefind()
    .then((pagefind) => pagefind.filters())
    .then((available) => {
      const branches = Object.keys(available.branch ?? {}).sort();
      const years = Object.keys(available.year ?? {}).sort().reverse();
      filters.append(
        select('branch', t(locale, 'branch'), [['', t(locale, 'searchAllBranches')], ...branches.map((b): [string, string] => [b, b])]),
        select('year', t(locale, 'year'), [['', t(locale, 'searchAnyYear')], ...years.map((y): [string, string] => [y, y])]),
        select('sort', t(locale, 'searchSort'), [
          ['', t(locale, 'searchSortRelevance')],
          ['desc', t(locale, 'searchSortNewest')],
          ['asc', t(locale, 'searchSortOldest')],
        ]),
      );
    });

  root.addEventListener('submit', (event) => event.preventDefault());
  root.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name in state) state[target.name as keyof typeof state] = target.value;
    void run(input.value);
  });
  // Arrow keys move between the input and the result links; Enter follows a link.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    if (!links.length) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]!.focus();
    else if (index <= 0) input.focus();
    else links[index - 1]!.focus();
  });

  return { root, input, run };
}

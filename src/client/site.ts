/**
 * Loaded on the reader's first interaction (see InlineScript.astro), never before.
 * `act` dispatches the [data-action] controls of the page.
 */
import { cycleTheme } from './theme';
import { openSearchDialog, startSearchPage } from './search-dialog';
import { filterModelIndex, sortModelIndex } from './model-index';

export function act(action: string, target?: HTMLElement): void {
  switch (action) {
    case 'theme':
      cycleTheme(target);
      break;
    case 'search':
      openSearchDialog();
      break;
    case 'search-page':
      startSearchPage();
      break;
    case 'sort':
      if (target) sortModelIndex(target);
      break;
    case 'filter':
      if (target) filterModelIndex(target);
      break;
  }
}

/**
 * Light -> dark -> follow the system, remembered in localStorage. The button's label
 * follows `data-theme` through CSS (ThemeToggle.astro), so nothing here touches text.
 */
const ORDER = ['light', 'dark', 'system'] as const;
type Choice = (typeof ORDER)[number];

function current(): Choice {
  const set = document.documentElement.dataset.theme;
  return set === 'light' || set === 'dark' ? set : 'system';
}

export function applyTheme(choice: Choice): void {
  const root = document.documentElement;
  if (choice === 'system') {
    delete root.dataset.theme;
    localStorage.removeItem('theme');
  } else {
    root.dataset.theme = choice;
    localStorage.setItem('theme', choice);
  }
}

export function cycleTheme(_button?: HTMLElement): void {
  applyTheme(ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length]!);
}

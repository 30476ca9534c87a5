/**
 * What a page gives KaTeX's stylesheet to match. Its selectors are made of class names
 * and element names only (no ids, no attributes), so a rule can apply to a page only if
 * each of its names is among the page's class names and tag names. Only pages that show
 * math load the stylesheet; the others give nothing.
 */
const SHOWS_MATH = 'class="katex';

/** Whether a rendered page shows math: KaTeX's HTML is on it. */
export function showsMath(html: string): boolean {
  return html.includes(SHOWS_MATH);
}

// A class list as HTML gives it (`class="…"`), as compiled MDX does (`className: "…"`), or
// as HTML in a string of compiled MDX (`class=\"…\"`): class names hold no quote or backslash.
const CLASS_LIST = /(?<![\w-])class(?:Name)?(?:=|: )\\?"([^"\\]*)\\?"/g;
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)/g;

/** The class names of each element of `source` (rendered HTML or an article's compiled MDX), one list an element. */
export function classLists(source: string): string[][] {
  return [...source.matchAll(CLASS_LIST)].map(([, list]) => list!.split(/\s+/).filter(Boolean));
}

/** Adds the class and tag names of `html` to `into` if the page shows math; returns whether it does. */
export function addKatexTokens(html: string, into: Set<string>): boolean {
  if (!showsMath(html)) return false;
  for (const names of classLists(html)) for (const name of names) into.add(name);
  for (const [, tag] of html.matchAll(TAG)) into.add(tag!);
  return true;
}

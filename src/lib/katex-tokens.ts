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

const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/g;
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)/g;

/** Adds the class and tag names of `html` to `into` if the page shows math; returns whether it does. */
export function addKatexTokens(html: string, into: Set<string>): boolean {
  if (!showsMath(html)) return false;
  for (const [, classes] of html.matchAll(CLASS_ATTRIBUTE)) for (const name of classes!.split(/\s+/)) if (name) into.add(name);
  for (const [, tag] of html.matchAll(TAG)) into.add(tag!);
  return true;
}

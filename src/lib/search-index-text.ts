/**
 * What Pagefind reads of a page. Pagefind separates the text of blocks it knows (p, td,
 * headings) but not of every element a reader sees as a box of its own, and the built HTML
 * has no whitespace between tags: a table's headings were indexed as one word
 * ("ModelYearParametersTop-1 error"), and a page's facts as "BranchClassic CNNsYear2015-12".
 * Searching "Microsoft" then missed "TeamMicrosoft". A space after each such box keeps its
 * words apart; the served pages are not changed.
 */
const BOX_ENDS = /<\/(th|td|dt|dd|li|caption|figcaption|summary|h[1-6]|p)>/g;

/** The page's HTML with a space after every element end that separates words on screen. */
export function separateBoxes(html: string): string {
  return html.replace(BOX_ENDS, '</$1> ');
}

/**
 * What Pagefind reads of a page. Pagefind separates the text of the blocks it knows (p, li,
 * td, div, headings) but not of a table's headings, a list of facts or a caption, and the
 * built HTML has no whitespace between tags: a table's headings were indexed as one word
 * ("ModelYearParametersTop-1 error"), and a page's facts as "BranchClassic CNNsYear2015-12".
 * Searching "Microsoft" then missed "TeamMicrosoft". A space after each such box keeps its
 * words apart; the served pages are not changed.
 */
const BOX_ENDS = /<\/(th|dt|dd|caption|figcaption|summary)>/g;

/** The page's HTML with a space after every element end that Pagefind would run into the next word. */
export function separateBoxes(html: string): string {
  return html.replace(BOX_ENDS, '</$1> ');
}

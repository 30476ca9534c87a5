/**
 * Pagefind cuts an excerpt a number of words around the match. Chinese has no spaces, so its
 * window often starts just after a separator, and the excerpt opened with "：" or "，"
 * ("：宽残差网络"); a block's end, which Pagefind writes as ". ", did the same in both
 * languages. Opening brackets and quotes stay: they begin what follows.
 */
const LEADING_SEPARATORS = /^[\s.,;:!?·、，。；：！？）)\]】」』”’]+/u;

/** An excerpt (Pagefind's HTML) without the separators its window started on. */
export function trimExcerptStart(excerptHtml: string): string {
  return excerptHtml.replace(LEADING_SEPARATORS, '');
}

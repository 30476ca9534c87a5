/**
 * The KaTeX faces a page with math preloads.
 *
 * KaTeX's faces are declared with `font-display: block`, and the browser asks for one only
 * once a laid-out formula uses it. Until it arrives, formulas are laid out with a fallback
 * face of other widths; when it comes, lines that hold inline math wrap anew and the text
 * below moves (a layout shift of up to 0.13 on a tablet-sized screen, measured on the
 * MorphNet page). Preloaded, the faces arrive with the stylesheets, before the first layout.
 *
 * Only the two faces nearly all math is set in are preloaded: KaTeX_Main (digits,
 * operators, upright letters: every formula) and KaTeX_Math italic (variables, in the
 * `mathnormal` class). The others (large delimiters, calligraphic, bold) are rare and load
 * as the stylesheet asks; a preloaded face the page never uses would be a wasted fetch.
 */
export type PreloadedKatexFace = 'Main-Regular' | 'Math-Italic';

/** The faces to preload for an article that shows math, given its compiled code or HTML. */
export function katexFacesToPreload(compiled: string): PreloadedKatexFace[] {
  return /\bmathnormal\b/.test(compiled) ? ['Main-Regular', 'Math-Italic'] : ['Main-Regular'];
}

/**
 * The KaTeX faces a page with math preloads: every face its formulas are set in.
 *
 * KaTeX's faces are declared with `font-display: block`, and the browser asks for one only
 * once a laid-out formula uses it. Until it arrives, formulas are laid out with a fallback
 * face of other widths; when it comes, lines that hold inline math wrap anew and the text
 * below moves (a layout shift of up to 0.13 on a tablet-sized screen, measured on the
 * MorphNet page), and the formula is laid out again. Preloaded, the faces arrive with the
 * stylesheets, before the first layout.
 *
 * A face left out of the preloads is asked for only once the browser has computed the style
 * of a formula that uses it; it arrives after the first layout, and that formula is laid out
 * again. On the classic-CNN branch page, whose first formula sums in KaTeX_Size1, Lighthouse's
 * median blocking time was about 35 ms lower with that face preloaded too (two sets of 20
 * interleaved runs: 95 → 61 ms and 77 → 38 ms; docs/performance.md, round 10).
 *
 * Which face a formula uses follows from the class names KaTeX puts on one element, as its
 * stylesheet (katex.min.css, KaTeX 0.16) maps them. A face is preloaded only when a class
 * that sets it is on the page: one the page never uses would be a wasted fetch. On a phone,
 * where blocks far down are laid out only as they near the screen (global.css), a face used
 * only there is fetched before its formula is laid out: a few kilobytes, and the formula is
 * not left blank while its face loads when the reader gets there. The browser test in
 * tests/browser/math.test.ts checks, on every math page, that the faces preloaded are the
 * faces loaded.
 */
import { classLists } from './katex-tokens';

/** A KaTeX face, named as its file is: `KaTeX_<face>.woff2`. */
export type KatexFace =
  | 'Main-Regular'
  | 'Main-Italic'
  | 'Main-Bold'
  | 'Math-Italic'
  | 'Math-BoldItalic'
  | 'AMS-Regular'
  | 'Caligraphic-Regular'
  | 'Fraktur-Regular'
  | 'Fraktur-Bold'
  | 'Typewriter-Regular'
  | 'Script-Regular'
  | 'SansSerif-Regular'
  | 'SansSerif-Bold'
  | 'SansSerif-Italic'
  | 'Size1-Regular'
  | 'Size2-Regular'
  | 'Size3-Regular'
  | 'Size4-Regular';

/**
 * Each face, with the sets of classes (all on one element) that KaTeX's stylesheet sets it
 * by. KaTeX_Main is the face of `.katex` itself, so every formula uses it.
 */
const FACE_CLASSES: [KatexFace, string[][]][] = [
  ['Main-Regular', [['katex']]],
  ['Main-Italic', [['mathit'], ['textit']]],
  ['Main-Bold', [['mathbf'], ['textbf']]],
  ['Math-Italic', [['mathnormal']]],
  ['Math-BoldItalic', [['boldsymbol']]],
  ['AMS-Regular', [['amsrm'], ['mathbb'], ['textbb']]],
  ['Caligraphic-Regular', [['mathcal']]],
  ['Fraktur-Regular', [['mathfrak'], ['textfrak']]],
  ['Fraktur-Bold', [['mathboldfrak'], ['textboldfrak']]],
  ['Typewriter-Regular', [['mathtt'], ['texttt']]],
  ['Script-Regular', [['mathscr'], ['textscr']]],
  ['SansSerif-Regular', [['mathsf'], ['textsf']]],
  ['SansSerif-Bold', [['mathboldsf'], ['textboldsf']]],
  ['SansSerif-Italic', [['mathitsf'], ['mathsfit'], ['textitsf']]],
  // `size1`…`size4` alone are KaTeX's font-size classes; only on a sized delimiter do they pick a face.
  ['Size1-Regular', [['delimsizing', 'size1'], ['delim-size1'], ['op-symbol', 'small-op']]],
  ['Size2-Regular', [['delimsizing', 'size2'], ['op-symbol', 'large-op']]],
  ['Size3-Regular', [['delimsizing', 'size3']]],
  ['Size4-Regular', [['delimsizing', 'size4'], ['delim-size4']]],
];

/** The faces to preload for an article that shows math, given its compiled code or HTML, in the table's order. */
export function katexFacesToPreload(compiled: string): KatexFace[] {
  const elements = classLists(compiled).map((names) => new Set(names));
  const onOneElement = (classes: string[]) => elements.some((element) => classes.every((name) => element.has(name)));
  return FACE_CLASSES.filter(([, sets]) => sets.some(onOneElement)).map(([face]) => face);
}

/**
 * Text for Graphviz labels: width estimates, line wrapping and DOT quoting. Graphviz in
 * WASM has no font files and takes every CJK character for an "M" (0.83 em), which is
 * too narrow; labels are therefore laid out in cells whose width we estimate here.
 */

/** Wide (CJK, full-width) characters take a full em. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[ il.,:;'!|()[\]{}\-/\\`ijtfr1]/;
const CAPS = /[A-Z0-9#$%&?@+=<>~^*_"]/;

/** The estimated width of `text` in em, on the generous side of common sans-serif fonts. */
export function widthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (/[mwMW]/.test(ch)) em += 0.9;
    else if (NARROW.test(ch)) em += 0.33;
    else if (CAPS.test(ch)) em += 0.7;
    else em += 0.6;
  }
  return em;
}

/** CJK punctuation that must not begin a line. */
const NO_LINE_START = /^[，。、；：！？）》」』】,.;:!?)]/u;

/** Breaks text into pieces that may end a line: words (with their space) and single wide characters. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]+\s*|\S\s*|\s+/gu)) {
    const piece = m[0];
    if (out.length && NO_LINE_START.test(piece)) out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
}

/** Greedy wrap to lines at most `maxEm` wide (a single long word keeps its own line). */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text.trim().replace(/\s+/g, ' '))) {
    if (line && widthEm((line + piece).trimEnd()) > maxEm) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A DOT double-quoted string (backslashes doubled so `\N`, `\G`... stay literal). */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, ' ')}"`;
}

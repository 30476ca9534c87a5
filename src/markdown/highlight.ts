/**
 * Code highlighting for both Markdown pipelines (src/markdown/satteri, src/markdown/unified),
 * at build time: a code block's text is cut into runs, and only the runs that get a colour
 * (src/styles/code.css) become `<span class="tok-…">`. Punctuation and operators, three
 * quarters of Prism's tokens in this site's code, stay plain text in the text colour: the
 * spans they would add cost build time and page weight and show nothing
 * (docs/performance.md, rounds 5 and 13).
 *
 * Prism does the tokenizing: its grammars are small, synchronous and need no WASM or theme
 * files (Shiki's cost a 1,000-article build 2 GB of memory; issue #6).
 */
import type { ElementContent } from 'hast';
import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';
import { escapeXml } from '../lib/escape';
import { HIGHLIGHTED_LANGUAGES, type HighlightedLanguage } from './code-languages';

loadLanguages([...HIGHLIGHTED_LANGUAGES]);

/** What a run of code is, for its colour; each has a rule in src/styles/code.css. */
export const TOKEN_KINDS = ['comment', 'keyword', 'string', 'literal', 'name', 'builtin'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/**
 * Prism's token types (and aliases) that get a colour. A type not listed here is not
 * coloured itself; its parts are looked at one by one (an f-string's interpolation
 * holds strings and plain code).
 */
const KIND_OF_PRISM_TYPE: Readonly<Record<string, TokenKind>> = {
  comment: 'comment',
  shebang: 'comment',
  keyword: 'keyword',
  string: 'string',
  'triple-quoted-string': 'string',
  char: 'string',
  number: 'literal',
  boolean: 'literal',
  constant: 'literal',
  function: 'name',
  'function-name': 'name',
  'class-name': 'name',
  property: 'name',
  key: 'name',
  builtin: 'builtin',
  decorator: 'builtin',
  variable: 'builtin',
};

/** A run of a code block's text, with its kind when it is coloured. */
export interface CodeRun {
  text: string;
  kind?: TokenKind;
}

function kindOf(token: Prism.Token): TokenKind | undefined {
  const aliases = token.alias === undefined ? [] : Array.isArray(token.alias) ? token.alias : [token.alias];
  for (const type of [token.type, ...aliases]) {
    const kind = KIND_OF_PRISM_TYPE[type];
    if (kind) return kind;
  }
  return undefined;
}

function textOf(stream: Prism.TokenStream): string {
  if (typeof stream === 'string') return stream;
  if (Array.isArray(stream)) return stream.map(textOf).join('');
  return textOf(stream.content);
}

/**
 * A code block's text as runs: every character of it exactly once, in order; neighbours of
 * the same kind (or both plain) merged into one run.
 */
export function codeRuns(code: string, language: HighlightedLanguage): CodeRun[] {
  const runs: CodeRun[] = [];
  const push = (text: string, kind: TokenKind | undefined) => {
    if (text === '') return;
    const last = runs.at(-1);
    if (last && last.kind === kind) last.text += text;
    else runs.push(kind ? { text, kind } : { text });
  };
  const walk = (stream: Prism.TokenStream): void => {
    if (typeof stream === 'string') return push(stream, undefined);
    if (Array.isArray(stream)) return stream.forEach(walk);
    const kind = kindOf(stream);
    if (kind) push(textOf(stream.content), kind);
    else walk(stream.content);
  };
  const grammar = Prism.languages[language];
  if (!grammar) throw new Error(`Prism has no grammar for "${language}" (expected one of HIGHLIGHTED_LANGUAGES, loaded at start-up)`);
  walk(Prism.tokenize(code, grammar));
  return runs;
}

/** The class of a coloured run's span. */
export const tokenClass = (kind: TokenKind) => `tok-${kind}`;

/** The runs as HTML, for a pipeline that takes raw HTML (Sätteri). */
export function runsToHtml(runs: readonly CodeRun[]): string {
  return runs.map(({ text, kind }) => (kind ? `<span class="${tokenClass(kind)}">${escapeXml(text)}</span>` : escapeXml(text))).join('');
}

/** The runs as hast, for a pipeline that builds trees (unified). */
export function runsToHast(runs: readonly CodeRun[]): ElementContent[] {
  return runs.map(({ text, kind }) =>
    kind
      ? { type: 'element', tagName: 'span', properties: { className: [tokenClass(kind)] }, children: [{ type: 'text', value: text }] }
      : { type: 'text', value: text },
  );
}

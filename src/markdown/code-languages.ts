/**
 * Which languages a code fence may name: the ones the site highlights (under any of their
 * usual names), and the ones that are plain text on purpose. Kept apart from the
 * highlighter so that the content check (src/lib/check/code-fences.ts) can use it without
 * loading Prism.
 */

/** The languages highlighted at build time (src/markdown/highlight.ts), as Prism names them. */
export const HIGHLIGHTED_LANGUAGES = ['python', 'bash', 'json', 'yaml'] as const;
export type HighlightedLanguage = (typeof HIGHLIGHTED_LANGUAGES)[number];

/** Names a fence may use for one of them. */
export const LANGUAGE_ALIASES: Readonly<Record<string, HighlightedLanguage>> = {
  python: 'python',
  py: 'python',
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
};

/** Fences that are not highlighted by design: plain text, and `math`, which KaTeX renders. */
export const PLAIN_LANGUAGES = ['text', 'plaintext', 'txt', 'math'] as const;

/** The language a fence's class list names (`language-python`), as the highlighter knows it; undefined if none or unknown. */
export function highlightedLanguage(classNames: readonly string[]): HighlightedLanguage | undefined {
  for (const name of classNames) {
    const match = /^language-(.+)$/.exec(name);
    if (match) return LANGUAGE_ALIASES[match[1]!.toLowerCase()];
  }
  return undefined;
}

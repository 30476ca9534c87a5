/**
 * Turns an article compiled by the MDX renderer (an ES module) into the body of a
 * function, so that the page rendering it can run it without a module per article.
 *
 * Why: as modules, the 1,000-article site's 2,000 compiled articles were bundled by
 * Rolldown and loaded by the renderer one by one; bundling them took 10 to 13 s of a
 * 40 s build (docs/performance.md, round 4). Compiled when their page renders, they are
 * never bundled.
 *
 * The module an article compiles to imports only Astro's JSX runtime, and KaTeX's
 * stylesheet when it shows math (articles may not import anything: `npm run check`).
 * Anything else is an error that names the file, never silently dropped.
 */
import { init, parse } from 'es-module-lexer';
import { KATEX_CSS } from '../markdown/shared';

await init;

/** Where the compiled article's `jsx`, `jsxs` and `Fragment` come from. */
export const JSX_RUNTIME = 'astro/jsx-runtime';

export interface ArticleProgram {
  /**
   * A function body: called with Astro's JSX runtime as `runtime`, it returns the
   * article's `MDXContent` component and `getHeadings`.
   */
  body: string;
  /** Whether the article imported KaTeX's stylesheet, i.e. shows math. */
  math: boolean;
}

/** `import { Fragment as _Fragment, jsx as _jsx } from "…"` → `{ Fragment: _Fragment, jsx: _jsx }`. */
function bindings(statement: string, file: string): string {
  const names = /^import\s*\{([^}]*)\}\s*from\s/.exec(statement)?.[1];
  if (names === undefined) throw new Error(`${file}: the compiled article imports the JSX runtime as \`${statement}\`; expected named imports`);
  const pairs = names.split(',').map((name) => name.trim()).filter(Boolean).map((name) => name.split(/\s+as\s+/));
  return `{ ${pairs.map(([imported, local]) => (local ? `${imported}: ${local}` : imported)).join(', ')} }`;
}

/** The function body of `code`, the compiled module of the article at `file` (named in errors). */
export function articleProgram(code: string, file: string): ArticleProgram {
  const [imports, exports] = parse(code);
  const edits: { start: number; end: number; text: string }[] = [];
  let math = false;
  for (const entry of imports) {
    const statement = code.slice(entry.ss, entry.se);
    if (entry.n === JSX_RUNTIME) {
      edits.push({ start: entry.ss, end: entry.se, text: `const ${bindings(statement, file)} = runtime;` });
    } else if (entry.n === KATEX_CSS && /^import\s*['"]/.test(statement)) {
      math = true;
      edits.push({ start: entry.ss, end: entry.se, text: '' });
    } else {
      throw new Error(`${file}: the compiled article imports "${entry.n ?? statement}"; expected only ${JSX_RUNTIME} and ${KATEX_CSS}`);
    }
  }
  for (const entry of exports) {
    // `export const x`, `export function x`, `export default function x`: the declaration stays, the keywords go.
    const start = code.lastIndexOf('export', entry.s);
    const keywords = /^export\s+(?:default\s+)?(?=(?:const|let|function)\s)/.exec(code.slice(start));
    if (start < 0 || !keywords) throw new Error(`${file}: the compiled article exports "${entry.n}" in a form this site cannot run: ${code.slice(Math.max(start, 0), entry.e)}`);
    edits.push({ start, end: start + keywords[0].length, text: '' });
  }
  let body = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  return { body: `${body}\nreturn { MDXContent, getHeadings };`, math };
}

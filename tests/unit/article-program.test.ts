// Articles are compiled when their page renders and run as functions
// (src/lib/article-program.ts): the compiled module of a real article, from both
// Markdown engines, must run, give its headings and say whether it shows math; a
// compiled article that imports or exports anything else fails with its file named.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { articleProgram } from '../../src/lib/article-program';
import { articleCompiler, MARKDOWN_ENGINES } from '../../src/markdown/processor';
import { headingSlugs } from '../../src/lib/check/headings';
import { parseMdx } from '../../src/lib/check/mdx-source';
import { splitMdx } from '../../src/lib/mdx-file';

const MATH = 'content/articles/en/classic-cnn/resnet.mdx';

async function compile(engine: (typeof MARKDOWN_ENGINES)[number], path: string, source = readFileSync(path, 'utf8')) {
  const { body } = splitMdx(source);
  const compiler = await articleCompiler(engine, { base: '/' });
  return { source, ...(await compiler.process(body, resolve(path), {})) };
}

describe.each(MARKDOWN_ENGINES)('a compiled article run as a function (%s)', (engine) => {
  it('runs on the JSX runtime and gives the headings of the source', async () => {
    const { code, source } = await compile(engine, MATH);
    const program = articleProgram(code, MATH);
    expect(program.math).toBe(true);
    const compiled = new Function('runtime', program.body)({ Fragment, jsx, jsxs });
    expect(typeof compiled.MDXContent).toBe('function');
    expect(compiled.getHeadings().map((h: { slug: string }) => h.slug)).toEqual([...headingSlugs(parseMdx(source).tree!)]);
  });

  it('has no math where the article shows none', async () => {
    // Every real article shows math, so this one is made up.
    const { code } = await compile(engine, 'content/articles/en/x.mdx', '## Plain\n\nProse that costs \\$5 and links <ModelLink id="resnet" />.\n');
    expect(code).not.toContain('katex');
    expect(articleProgram(code, 'content/articles/en/x.mdx').math).toBe(false);
  });
});

describe('what a compiled article may not do', () => {
  const runtime = 'import { jsx as _jsx } from "astro/jsx-runtime";\nfunction MDXContent() { return _jsx("p", {}); }\nexport function getHeadings() { return []; }';

  it('keeps the runtime bindings and drops the export keywords', () => {
    const { body, math } = articleProgram(runtime, 'x.mdx');
    expect(math).toBe(false);
    expect(body).toContain('const { jsx: _jsx } = runtime;');
    expect(body).not.toMatch(/\bexport\b|\bimport\b/);
  });

  it('rejects any other import, naming the file and the module', () => {
    expect(() => articleProgram(`import x from "./x.js";\n${runtime}`, 'content/articles/en/a.mdx')).toThrow(/content\/articles\/en\/a\.mdx: the compiled article imports "\.\/x\.js"; expected only astro\/jsx-runtime and katex/);
  });

  it('rejects an export it cannot run', () => {
    expect(() => articleProgram(`${runtime}\nexport { getHeadings as h };`, 'content/articles/en/a.mdx')).toThrow(/content\/articles\/en\/a\.mdx: the compiled article exports "h"/);
  });
});

import { describe, expect, it } from 'vitest';
import { articleLocale, footnoteReference, footnoteText, isExternalHref, withBase } from '../../src/markdown/shared';
import { markdownEngine } from '../../src/markdown/processor';
import { mdxToJs } from 'satteri';
import { satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import { satteriKatex } from '../../src/markdown/satteri/katex';
import { headingSlugs } from '../../src/lib/check/headings';
import { parseMdx } from '../../src/lib/check/mdx-source';
import { codeRuns, runsToHast, runsToHtml } from '../../src/markdown/highlight';
import { highlightedLanguage } from '../../src/markdown/code-languages';

describe('markdown rules shared by the two pipelines', () => {
  it('treats absolute http(s) and protocol-relative links as leaving the site, nothing else', () => {
    expect(['https://arxiv.org/abs/1512.03385', 'http://example.org', '//cdn.example.org/x'].map(isExternalHref)).toEqual([true, true, true]);
    expect(['/models/resnet/', '#fn-1', 'mailto:a@b.c', 'ftp://x', 'models/'].map(isExternalHref)).toEqual([false, false, false, false, false]);
  });

  it('puts root-relative links under the base path once', () => {
    expect(withBase('/models/resnet/', '/alphatree')).toBe('/alphatree/models/resnet/');
    expect(withBase('/alphatree/models/', '/alphatree')).toBe('/alphatree/models/');
    expect(withBase('//cdn.example.org/', '/alphatree')).toBe('//cdn.example.org/');
    expect(withBase('#x', '/alphatree')).toBe('#x');
    expect(withBase('/models/', '')).toBe('/models/');
  });

  it("reads an article's locale from its path", () => {
    expect(articleLocale('/repo/content/articles/zh/classic-cnn/resnet.mdx')).toBe('zh');
    expect(articleLocale('C:\\repo\\content\\articles\\en\\x.mdx')).toBe('en');
    expect(articleLocale('/repo/content/articles/fr/x.mdx')).toBeUndefined();
    expect(articleLocale('/repo/src/pages/about.md')).toBeUndefined();
    expect(articleLocale(undefined)).toBeUndefined();
  });

  it('labels footnotes in the article language', () => {
    expect(footnoteReference('Back to reference 1-2')).toBe('1-2');
    expect(footnoteText('zh').heading).toBe('脚注');
    expect(footnoteText('zh').backLabel('3')).toBe('返回引用处 3');
    expect(footnoteText('en').backLabel('1-2')).toBe('Back to reference 1-2');
  });

  it('picks the engine from ALPHATREE_MARKDOWN, and rejects an unknown one by name', () => {
    expect(markdownEngine(undefined)).toBe('satteri');
    expect(markdownEngine('unified')).toBe('unified');
    expect(() => markdownEngine('remark')).toThrow(/ALPHATREE_MARKDOWN is "remark"; expected one of: satteri, unified/);
  });
});

describe('the Sätteri pipeline', () => {
  it('gives headings (with math, quotes, code, HTML) the ids the content check predicts, as unified does', async () => {
    // The check's ids are pinned to a real unified build in check.test.ts; the page-level
    // comparison (tests/site/markdown-engines.test.ts) only sees headings the real content has.
    const source = ['## 关键思想 $F(x)+x$', '## What\'s new -- "x"', '## What\'s new -- "x"', '## Code `a_b` and **bold** and <abbr>HTML</abbr>', '## Sum $\\sum_{i=1}^n x_i$ here'].join('\n\n');
    const astro: SatteriAstroData = { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
    const result = await mdxToJs(source, {
      features: { math: true, smartPunctuation: true },
      hastPlugins: [satteriKatex(), satteriHeadingIdsPlugin()],
      jsxImportSource: 'astro',
      data: { astro },
    });
    const slugs = (result.data.astro as SatteriAstroData).headings.map((h) => h.slug);
    expect(slugs).toEqual([...headingSlugs(parseMdx(source).tree!)]);
    expect(slugs[0]).toBe('关键思想-fxxfxxfxx');
  });
});

describe('code highlighting (both pipelines)', () => {
  const python = [
    '@torch.no_grad()',
    'class Block(nn.Module):  # a comment',
    '    def forward(self, x, p=0.5):',
    '        s = f"{x} done" + """doc"""',
    '        return None if x is True else len(x)',
  ].join('\n');
  const runs = codeRuns(python, 'python');
  const coloured = (kind: string) => runs.filter((run) => run.kind === kind).map((run) => run.text);

  it('keeps every character of the code, in order', () => {
    expect(runs.map((run) => run.text).join('')).toBe(python);
  });

  it('colours keywords, names, strings, literals, built-ins and comments', () => {
    expect(coloured('keyword')).toEqual(['class', 'def', 'return', 'if', 'is', 'else']);
    expect(coloured('name')).toEqual(['Block', 'forward']);
    expect(coloured('literal')).toEqual(['0.5', 'None', 'True']);
    expect(coloured('comment')).toEqual(['# a comment']);
    expect(coloured('builtin')).toEqual(['@torch.no_grad', 'len']);
    // An f-string's interpolation is code, not string.
    expect(coloured('string')).toEqual(['f"', ' done"', '"""doc"""']);
  });

  it('leaves punctuation and operators as plain text, merged with their neighbours', () => {
    expect(runs.some((run) => run.kind === undefined && run.text === '(')).toBe(false);
    expect(runs.filter((run) => run.kind === undefined).map((run) => run.text)).toContain('(self, x, p=');
    runs.slice(1).forEach((run, index) => expect(run.kind).not.toBe(runs[index]!.kind));
  });

  it('writes the same runs as HTML and as hast, escaped', () => {
    const tricky = codeRuns('if a < b and c > "&": pass', 'python');
    expect(runsToHtml(tricky)).toBe(
      '<span class="tok-keyword">if</span> a &lt; b <span class="tok-keyword">and</span> c &gt; <span class="tok-string">&quot;&amp;&quot;</span>: <span class="tok-keyword">pass</span>',
    );
    expect(runsToHast(tricky)[0]).toEqual({ type: 'element', tagName: 'span', properties: { className: ['tok-keyword'] }, children: [{ type: 'text', value: 'if' }] });
  });

  it('knows a fence by its language or an alias, and nothing else', () => {
    expect(highlightedLanguage(['language-python'])).toBe('python');
    expect(highlightedLanguage(['language-py'])).toBe('python');
    expect(highlightedLanguage(['language-sh'])).toBe('bash');
    expect(highlightedLanguage(['language-math'])).toBeUndefined();
    expect(highlightedLanguage(['language-pyhton'])).toBeUndefined();
    expect(highlightedLanguage([])).toBeUndefined();
  });
});

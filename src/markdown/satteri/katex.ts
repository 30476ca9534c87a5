/**
 * Math for the Sätteri pipeline: what remark-math + rehype-katex (+ remarkKatexCss) do
 * in the unified one. Sätteri parses `$…$` and `$$…$$` into the same
 * `<code class="language-math math-inline|math-display">` that remark-math gives; this
 * renders each with KaTeX, as rehype-katex does (same options, same fallback on bad
 * LaTeX), and has an article with math import KaTeX's stylesheet.
 *
 */
import katex from 'katex';
import type { Element } from 'hast';
import { htmlToHast, type HastNode, type HastPluginDefinition, type HastVisitorContext } from 'satteri';
import { DISPLAY_MATH_CLASS, KATEX_CSS, KATEX_OPTIONS } from '../shared';
import { escapeXml } from '../../lib/escape';

const classesOf = (node: Readonly<Element>): string[] => {
  const className = node.properties?.className;
  return Array.isArray(className) ? className.map(String) : [];
};

/**
 * Formulas rendered so far in this build: an article and its twin in the other language
 * show the same formulas, and many recur across articles (ReLU, softmax, a residual).
 */
const rendered = new Map<string, string>();

/** KaTeX's HTML for one formula; on LaTeX KaTeX rejects, a warning and KaTeX's own error rendering, as rehype-katex does. */
function renderFormula(tex: string, displayMode: boolean, node: Readonly<Element>, ctx: HastVisitorContext): string {
  const key = `${displayMode ? 'display' : 'inline'}\n${tex}`;
  const known = rendered.get(key);
  if (known !== undefined) return known;
  try {
    const html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode, throwOnError: true });
    rendered.set(key, html);
    return html;
  } catch (error) {
    ctx.report({ message: `Could not render math with KaTeX: ${String(error)}`, node, severity: 'warning' });
    try {
      return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode, strict: 'ignore', throwOnError: false });
    } catch {
      return `<span class="katex-error" style="color:#cc0000" title="${escapeXml(String(error))}">${escapeXml(tex)}</span>`;
    }
  }
}

/**
 * Sätteri's HTML parser (0.10) names the `xmlns` attribute of `<math>` ":xmlns", which
 * is then written out as an attribute of that name; parse5 calls it `xmlns`.
 */
function fixXmlns(node: HastNode): void {
  if (node.type !== 'element') return;
  if (':xmlns' in node.properties) {
    // Renamed in place, keeping the attributes' order.
    node.properties = Object.fromEntries(Object.entries(node.properties).map(([key, value]) => [key === ':xmlns' ? 'xmlns' : key, value]));
  }
  node.children.forEach((child) => fixXmlns(child as HastNode));
}

function inHeading(node: Readonly<Element>, ctx: HastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
    if (/^h[1-6]$/.test(parent.tagName)) return true;
  }
  return false;
}

/** One instance per document (a factory), so that "this article has math" is per article. */
export function satteriKatex(): () => HastPluginDefinition {
  return () => {
    let hasMath = false;
    const render = (scope: Readonly<Element>, tex: string, displayMode: boolean, ctx: HastVisitorContext) => {
      hasMath = true;
      const formula = renderFormula(tex, displayMode, scope, ctx);
      // A displayed formula may scroll sideways; what rehype-focusable-scrollers does in the unified pipeline.
      const html = displayMode ? formula.replace(`<span class="${DISPLAY_MATH_CLASS}">`, `<span class="${DISPLAY_MATH_CLASS}" tabindex="0">`) : formula;
      if (!inHeading(scope, ctx)) {
        // As a raw node the HTML goes into the page as it is: mdx({ optimize: true })
        // makes it part of a static HTML string (without optimize, MDX cannot compile a
        // raw node). The equality test compares pages as DOM, where the two are one.
        ctx.replaceNode(scope, { type: 'raw', value: html });
        return;
      }
      // In a heading, KaTeX's HTML is parsed into hast (Sätteri's parser, in Rust), as
      // rehype-katex does with parse5, because the heading's id is made from its text.
      const tree = htmlToHast(html, { fragment: true });
      const nodes = 'children' in tree ? (tree.children as HastNode[]) : [];
      nodes.forEach(fixXmlns);
      ctx.replaceNode(scope, nodes);
    };
    return {
      name: 'alphatree-katex',
      element: [
        {
          // Display math (`$$…$$`, or a ```math block) is a <pre><code class="language-math">: the <pre> goes.
          filter: ['pre'],
          visit(pre, ctx) {
            const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
            if (code && classesOf(code).includes('language-math')) render(pre, ctx.textContent(pre), true, ctx);
          },
        },
        {
          filter: ['code'],
          visit(code, ctx) {
            const classes = classesOf(code);
            if (!classes.some((name) => name === 'language-math' || name === 'math-inline' || name === 'math-display')) return;
            const parent = ctx.parent(code);
            if (classes.includes('language-math') && parent?.type === 'element' && parent.tagName === 'pre') return; // done with its <pre>
            render(code, ctx.textContent(code), classes.includes('math-display'), ctx);
          },
        },
      ],
      after(root, ctx) {
        if (hasMath) ctx.prependChild(root, { type: 'mdxjsEsm', value: `import '${KATEX_CSS}';` } as never);
      },
    };
  };
}

/**
 * Adds `import 'katex/dist/katex.min.css'` to an MDX article that contains math. The page
 * that renders the article links KaTeX's stylesheet when it finds that import
 * (src/lib/article-program.ts), so KaTeX's CSS and fonts (bundled and served by the site)
 * load only on pages that show a formula.
 */
import type { Root } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';
import { KATEX_CSS } from '../shared';

export function remarkKatexCss() {
  return (tree: Root) => {
    let hasMath = false;
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') {
        hasMath = true;
        return EXIT;
      }
    });
    if (!hasMath) return;
    tree.children.unshift({
      type: 'mdxjsEsm',
      value: `import '${KATEX_CSS}';`,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{ type: 'ImportDeclaration', specifiers: [], attributes: [], source: { type: 'Literal', value: KATEX_CSS, raw: `'${KATEX_CSS}'` } }],
        },
      },
    } as never);
  };
}

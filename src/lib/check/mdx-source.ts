/**
 * An MDX article split into its frontmatter (YAML with lines) and its body parsed to
 * mdast by the parser the build uses (Sätteri, with GFM and math: src/markdown/
 * processor.ts), so that links and JSX are seen as the build sees them, and a syntax
 * error is the one the build would stop on. It is also about ten times faster than
 * remark-mdx, which matters because the build runs this check on every article.
 *
 * Sätteri's tree has remark-mdx's shapes and positions but not the parsed programs
 * (`data.estree`) of `{…}` expressions; the rules need them to tell a comment or a
 * literal from code, so they are parsed here with acorn, as remark-mdx does.
 */
import { parse as parseJs, type Program } from 'acorn';
import { mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import { eachNode } from './each-node';
import { parseYaml, type YamlSource } from './yaml-source';
import { splitMdx } from '../mdx-file';

export interface MdxSource {
  /** The frontmatter, or undefined when the file has none. */
  frontmatter: YamlSource | undefined;
  /** The body as mdast (positions are lines of the whole file), or undefined on a syntax error. */
  tree: Root | undefined;
  /** The MDX syntax error, if any. */
  error?: { line?: number; message: string };
}

/**
 * An expression's program: a comment alone has an empty body, `{[1, 2]}` one expression
 * statement. `{{ a: 1 }}` would read as a block, so what is not one expression
 * statement is tried again in parentheses.
 */
function program(code: string): Program | undefined {
  const parse = (text: string) => {
    try {
      return parseJs(text, { ecmaVersion: 'latest', sourceType: 'module' });
    } catch {
      return undefined;
    }
  };
  const plain = parse(code);
  if (plain && (plain.body.length === 0 || (plain.body.length === 1 && plain.body[0]!.type === 'ExpressionStatement'))) return plain;
  return parse(`(${code}\n)`) ?? plain;
}

/** Gives every `{…}` expression (text, flow, attribute value) its `data.estree`, as remark-mdx does. */
function addPrograms(tree: Root): void {
  eachNode(tree, (node) => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      node.data = { ...node.data, estree: program(node.value) } as never;
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attr of node.attributes) {
        const value = attr.type === 'mdxJsxAttribute' ? attr.value : undefined;
        if (value && typeof value === 'object') value.data = { ...value.data, estree: program(value.value) } as never;
      }
    }
  });
}

export function parseMdx(text: string): MdxSource {
  const { yaml, body } = splitMdx(text);
  const frontmatter = yaml === undefined ? undefined : parseYaml(yaml, 1);
  try {
    const tree = mdxToMdast(body, { features: { math: true } }) as Root;
    addPrograms(tree);
    return { frontmatter, tree };
  } catch (e) {
    // Sätteri's message starts with "line:column: ".
    const message = (e as Error).message;
    const place = /^(\d+):\d+: /.exec(message);
    return { frontmatter, tree: undefined, error: { line: place ? Number(place[1]) : undefined, message: place ? message.slice(place[0].length) : message } };
  }
}

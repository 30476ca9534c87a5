/**
 * Reading JSX elements and attributes out of an MDX tree. Attribute values are
 * evaluated only when they are plain literals (strings, numbers, arrays and objects of
 * literals), which is all an article needs to pass to a component.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Root } from 'mdast';
import { eachNode } from './each-node';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Marks a value that is not a plain literal (a function, a variable, a call, ...). */
export const NOT_LITERAL = Symbol('not a literal');

type Estree = { type: string; [k: string]: unknown };

/** The value of a literal expression, or NOT_LITERAL. */
export function literalValue(node: Estree | undefined): unknown {
  if (!node) return NOT_LITERAL;
  switch (node.type) {
    case 'Literal':
      return node.value instanceof RegExp ? NOT_LITERAL : node.value;
    case 'TemplateLiteral':
      return (node.expressions as unknown[]).length ? NOT_LITERAL : (node.quasis as { value: { cooked: string } }[])[0]!.value.cooked;
    case 'UnaryExpression':
      return node.operator === '-' && (node.argument as Estree).type === 'Literal' ? -(node.argument as { value: number }).value : NOT_LITERAL;
    case 'ArrayExpression': {
      const values = (node.elements as Estree[]).map(literalValue);
      return values.includes(NOT_LITERAL) ? NOT_LITERAL : values;
    }
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties as Estree[]) {
        const key = p.key as Estree | undefined;
        if (p.type !== 'Property' || p.computed || !key) return NOT_LITERAL;
        const value = literalValue(p.value as Estree);
        if (value === NOT_LITERAL) return NOT_LITERAL;
        out[String(key.type === 'Identifier' ? key.name : key.value)] = value;
      }
      return out;
    }
    default:
      return NOT_LITERAL;
  }
}

/** The single expression of an MDX expression's program, if it has exactly one. */
export function programExpression(estree: unknown): Estree | undefined {
  const body = (estree as { body?: Estree[] } | undefined)?.body;
  return body?.length === 1 && body[0]!.type === 'ExpressionStatement' ? (body[0]!.expression as Estree) : undefined;
}

/**
 * An attribute's value: a string for `a="x"`, `true` for a bare `a`, the literal for
 * `a={...}`, NOT_LITERAL for anything else; undefined when absent.
 */
export function attribute(element: JsxElement, name: string): unknown {
  const attr = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr || attr.type !== 'mdxJsxAttribute') return undefined;
  if (attr.value === null || attr.value === undefined) return true;
  if (typeof attr.value === 'string') return attr.value;
  return literalValue(programExpression(attr.value.data?.estree));
}

/** Every JSX element of the tree. */
export function jsxElements(tree: Root): JsxElement[] {
  const out: JsxElement[] = [];
  eachNode(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') out.push(node as JsxElement);
  });
  return out;
}

/** The element's name as written, `<>` for a fragment. */
export function elementName(element: JsxElement): string {
  return element.name ?? '<>';
}

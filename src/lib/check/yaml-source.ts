/**
 * YAML parsed with its source positions, so that a problem found in the data (by zod
 * or by a cross-reference check) can be reported at the line it comes from.
 *
 * Most files have no problem, so the data comes from js-yaml (seven times faster) and the
 * positions from the `yaml` package only when a line is asked for, or when js-yaml
 * refuses the text (the errors are `yaml`'s). Both read YAML 1.2's core schema (dates
 * stay strings); tests/unit/check.test.ts requires the same data from both on all content.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DataPath } from './types';

export interface YamlSource {
  /** The parsed value (plain JS), or undefined when the text has syntax errors. */
  data: unknown;
  /** Syntax errors with their lines. */
  errors: { line?: number; message: string }[];
  /** The line of the value at `path`; for an absent key, the line of its nearest present parent. */
  lineOf(path: DataPath): number | undefined;
}

/**
 * @param lineOffset lines before `text` in its file (the `---` of an MDX frontmatter).
 */
export function parseYaml(text: string, lineOffset = 0): YamlSource {
  let positioned: { doc: Document; lineAt: (offset: number) => number } | undefined;
  function withPositions() {
    if (positioned) return positioned;
    const counter = new LineCounter();
    // uniqueKeys (the default) makes a repeated key an error instead of a silent overwrite.
    const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
    positioned = { doc, lineAt: (offset: number) => counter.linePos(offset).line + lineOffset };
    return positioned;
  }

  function lineOf(path: DataPath): number | undefined {
    const { doc, lineAt } = withPositions();
    let node = doc.contents as Node | null;
    let line = node?.range ? lineAt(node.range[0]) : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        node = item;
        if (item.range) line = lineAt(item.range[0]);
      } else break;
    }
    // A block value starts on the key's line or the next; the key's line reads better.
    return line;
  }

  try {
    // js-yaml also refuses a repeated key; `yaml` then says where.
    return { data: load(text, { schema: CORE_SCHEMA }) ?? null, errors: [], lineOf };
  } catch {
    const { doc, lineAt } = withPositions();
    const errors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0]! }));
    return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
  }
}

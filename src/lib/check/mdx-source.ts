/**
 * An MDX article split into its frontmatter (YAML with lines) and its body parsed to
 * mdast with the same syntax extensions that Astro's MDX integration uses (GFM, math),
 * so links and JSX are seen as the build sees them.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { Root } from 'mdast';
import { parseYaml, type YamlSource } from './yaml-source';

export interface MdxSource {
  /** The frontmatter, or undefined when the file has none. */
  frontmatter: YamlSource | undefined;
  /** The body as mdast (positions are lines of the whole file), or undefined on a syntax error. */
  tree: Root | undefined;
  /** The MDX syntax error, if any. */
  error?: { line?: number; message: string };
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseMdx(text: string): MdxSource {
  const match = FRONTMATTER.exec(text);
  const frontmatter = match ? parseYaml(match[1]!, 1) : undefined;
  // Blank lines in place of the frontmatter keep body positions equal to file lines.
  const body = match ? '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length) : text;
  try {
    const tree = processor.runSync(processor.parse(body)) as Root;
    return { frontmatter, tree };
  } catch (e) {
    const err = e as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = err.line ?? err.place?.line ?? err.place?.start?.line;
    return { frontmatter, tree: undefined, error: { line: line ?? undefined, message: err.reason ?? err.message } };
  }
}

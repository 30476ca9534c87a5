/**
 * An MDX file split into its YAML frontmatter and its body, the one way both the
 * content check (src/lib/check/mdx-source.ts) and the site's articles loader
 * (src/loaders/article-files.ts) read it.
 */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface MdxFile {
  /** The frontmatter's YAML text, undefined when the file has none. */
  yaml: string | undefined;
  /**
   * The body, with a blank line in place of each line of the frontmatter, so that a
   * position in the body is the same line of the file.
   */
  body: string;
}

export function splitMdx(text: string): MdxFile {
  const match = FRONTMATTER.exec(text);
  if (!match) return { yaml: undefined, body: text };
  return { yaml: match[1]!, body: '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length) };
}

/**
 * What the content check reports. Every problem names the file (relative to the
 * repository root), the line where known, the field and what was expected, and carries
 * a stable rule id that tests and contributors can rely on.
 */

/** Stable ids of the kinds of problem, one per check. */
export const RULES = [
  'yaml-syntax',
  'mdx-syntax',
  'file-name',
  'schema',
  'metric-setting',
  'unknown-branch',
  'unknown-parent',
  'unknown-author',
  'unknown-dataset',
  'unknown-model',
  'unknown-variant',
  'unknown-component',
  'component-prop',
  'unknown-competition',
  'metric-selection',
  'lineage-cycle',
  'duplicate-id',
  'missing-twin',
  'twin-mismatch',
  'missing-file',
  'broken-link',
  'broken-fragment',
  'broken-image',
  'image-alt',
  'image-size',
  'insecure-link',
  'raw-html',
  'mdx-code',
  'code-language',
  'straight-quote',
  'typed-number',
  'placeholder',
] as const;
export type Rule = (typeof RULES)[number];

export interface Problem {
  /** Repository-relative path with forward slashes, e.g. `content/models/resnet.yaml`. */
  file: string;
  /** 1-based line in that file, when the problem can be pinned to one. */
  line?: number;
  /** The field or element at fault, e.g. `parents[0].id` or `<ModelLink id>`. */
  field?: string;
  /** What was expected (and what was found). */
  message: string;
  /** The kind of problem. */
  rule: Rule;
}

/** A path into parsed data, as zod and the `yaml` package both use it. */
export type DataPath = ReadonlyArray<string | number>;

/** `['parents', 0, 'id']` -> `parents[0].id` */
export function formatPath(path: DataPath): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

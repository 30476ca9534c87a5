/** Problems as text for a terminal or a CI log: one line each, `file:line` first so editors can jump to it. */
import type { Problem } from './types';

/** Sorts by file, then line, then rule, so runs compare and read the same way. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule),
  );
}

/**
 * ```
 * content/models/resnet.yaml:12  parents[0].id: expected the id of a model in content/models/ (found "resnt"; ...)  [unknown-parent]
 * 1 problem in 1 file
 * ```
 */
export function formatProblems(problems: Problem[]): string {
  if (!problems.length) return 'No content problems found.';
  const lines = sortProblems(problems).map(
    (p) => `${p.file}${p.line ? `:${p.line}` : ''}  ${p.field ? `${p.field}: ` : ''}${p.message}  [${p.rule}]`,
  );
  const files = new Set(problems.map((p) => p.file)).size;
  lines.push(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
  return lines.join('\n');
}

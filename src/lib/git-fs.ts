/**
 * Last-updated dates from git (node-only). One `git log` per file, cached for the
 * build. Outside a git checkout the date is simply not shown.
 */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, Date | undefined>();

export function lastCommitDate(file: string): Date | undefined {
  if (cache.has(file)) return cache.get(file);
  let date: Date | undefined;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    date = out ? new Date(out) : undefined;
  } catch {
    date = undefined;
  }
  cache.set(file, date);
  return date;
}

/** The newest commit date among several files (a model page is made of its YAML and its article). */
export function lastUpdated(files: string[]): Date | undefined {
  const dates = files.map(lastCommitDate).filter((d): d is Date => Boolean(d));
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}

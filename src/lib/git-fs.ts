/**
 * Last-updated dates from git (node-only). One `git log` over content/ for the whole
 * build, read once into a map of file -> newest commit date: a process per file cost
 * about 44 s on a 1,000-article build. Outside a git checkout no date is shown.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Names a file holding the log, written by scripts/build.ts before Astro starts. A
 * process started from the 1 GB build process is a copy of it until it runs git, and
 * for that moment its pages counted twice: 0.46 GB more than the build's peak.
 */
export const GIT_LOG_FILE = 'ALPHATREE_GIT_LOG_FILE';

/** The commits that touched content/, newest first: a NUL, the date, the files; '' outside a git checkout. */
export function gitLog(cwd = process.cwd()): string {
  try {
    return execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', 'content'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return '';
  }
}

let dates: Map<string, Date> | undefined;

/** Newest first, so the first date seen for a file is its last change. */
function readDates(): Map<string, Date> {
  const map = new Map<string, Date>();
  const file = process.env[GIT_LOG_FILE];
  const log = file ? readFileSync(file, 'utf8') : gitLog();
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.trim().split('\n');
    const when = new Date(date!);
    for (const file of files) if (file && !map.has(file)) map.set(file, when);
  }
  return map;
}

export function lastCommitDate(file: string): Date | undefined {
  dates ??= readDates();
  return dates.get(file);
}

/** The newest commit date among several files (a model page is made of its YAML and its article). */
export function lastUpdated(files: string[]): Date | undefined {
  const found = files.map(lastCommitDate).filter((d): d is Date => Boolean(d));
  return found.length ? new Date(Math.max(...found.map((d) => d.getTime()))) : undefined;
}

/** The only file-system access of the check: listing and reading files under the root. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Repository-relative path with forward slashes, whatever the platform. */
export function repoPath(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

/** Files directly in `dir` (not recursive); an absent directory has none. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(dir, e.name)).sort();
  } catch {
    return [];
  }
}

/** Files anywhere under `dir`. */
export async function listFilesDeep(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch {
    return [];
  }
}

export function readText(file: string): Promise<string> {
  return readFile(file, 'utf8');
}

/** Size in bytes, or undefined when the file does not exist. */
export async function fileSize(file: string): Promise<number | undefined> {
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined;
  }
}

/** Where the source lives, for "edit this page" links. A fork sets REPO_URL at build time. */
export const REPO_URL = (typeof process !== 'undefined' && process.env.REPO_URL) || 'https://github.com/alphatree-dl/alphatree';
export const REPO_BRANCH = 'main';

export function editUrl(file: string): string {
  return `${REPO_URL}/edit/${REPO_BRANCH}/${file}`;
}

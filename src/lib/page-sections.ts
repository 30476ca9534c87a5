/**
 * The ids of the sections a model or branch page adds around its article. They are
 * fixed so that links can reach them; an article heading may not take one of them
 * (the check reports it), or the page would carry the id twice.
 */
export const MODEL_SECTIONS = {
  facts: 'model-facts',
  results: 'model-results',
  architecture: 'model-architecture',
  lineage: 'model-lineage',
  paper: 'model-paper',
} as const;

export const BRANCH_SECTIONS = {
  io: 'branch-io',
  models: 'branch-models',
  lineage: 'branch-lineage',
} as const;

/** Every reserved id on a page of this kind. */
export function sectionIds(kind: 'model' | 'branch'): string[] {
  return Object.values(kind === 'model' ? MODEL_SECTIONS : BRANCH_SECTIONS);
}

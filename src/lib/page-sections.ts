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

/** What decides which optional sections a page shows. */
export interface PageContents {
  /** A model with published numbers gets the results section. */
  metrics?: boolean;
  /** A model with a layer spec (on itself or a variant) gets the architecture section. */
  architecture?: boolean;
  /** A branch with models gets the model list and the lineage. */
  models?: boolean;
}

/** The section ids a page of this kind actually carries: what a link's #fragment may name. */
export function presentSectionIds(kind: 'model' | 'branch', has: PageContents): string[] {
  if (kind === 'branch') return has.models ? sectionIds('branch') : [BRANCH_SECTIONS.io];
  return Object.entries(MODEL_SECTIONS)
    .filter(([key]) => (key === 'results' ? has.metrics : key === 'architecture' ? has.architecture : true))
    .map(([, id]) => id);
}

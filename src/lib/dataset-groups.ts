/**
 * The data sets page, grouped by task: each data set sits under the branch whose models
 * record the most results on it (ImageNet under classic CNNs although ViT uses it too),
 * with every other branch that uses it named beside it.
 */
import type { ModelEntry } from './models';

export interface DatasetUse {
  /** The data set's id. */
  id: string;
  /** How many results on the site are measured on it. */
  results: number;
  /** The branches whose models have results on it, in branch order; the first is its group. */
  branches: string[];
}

export interface DatasetGroup {
  /** The branch id; `undefined` for data sets no result uses yet. */
  branch: string | undefined;
  datasets: DatasetUse[];
}

/**
 * Groups `datasetIds` by the branch with most results on each (ties go to the earlier
 * branch in `branchOrder`). Groups follow `branchOrder`; data sets keep their given order
 * within a group; unused data sets come last, in a group of their own.
 */
export function groupDatasetsByBranch(datasetIds: string[], models: ModelEntry[], branchOrder: string[]): DatasetGroup[] {
  const rank = new Map(branchOrder.map((id, i) => [id, i]));
  const order = (branch: string | undefined) => (branch === undefined ? Infinity : rank.get(branch) ?? Infinity);
  const counts = new Map<string, Map<string, number>>();
  for (const model of models) {
    for (const metric of model.data.metrics) {
      const perBranch = counts.get(metric.dataset) ?? new Map<string, number>();
      perBranch.set(model.data.branch, (perBranch.get(model.data.branch) ?? 0) + 1);
      counts.set(metric.dataset, perBranch);
    }
  }
  const groups = new Map<string | undefined, DatasetUse[]>();
  for (const id of datasetIds) {
    const perBranch = [...(counts.get(id) ?? [])].sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]));
    const primary = perBranch[0]?.[0];
    const others = perBranch.map(([branch]) => branch).filter((b) => b !== primary).sort((a, b) => order(a) - order(b));
    const use = { id, results: perBranch.reduce((sum, [, n]) => sum + n, 0), branches: primary ? [primary, ...others] : [] };
    groups.set(primary, [...(groups.get(primary) ?? []), use]);
  }
  return [...groups].sort(([a], [b]) => order(a) - order(b)).map(([branch, datasets]) => ({ branch, datasets }));
}

/**
 * The open data written to /api/*.json: the same validated entries the pages render,
 * plus each entry's page URLs and computed parameter counts.
 */
import type { Branch } from '../schemas/branch';
import { LOCALES, type Locale } from './i18n';
import { paramsOfVariant, variantsOf, type ModelEntry } from './models';
import { localizePath, routes } from './urls';

function urls(path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, localizePath(path, l)])) as Record<Locale, string>;
}

export function modelsApi(models: ModelEntry[]) {
  return {
    models: models.map((entry) => ({
      id: entry.id,
      ...entry.data,
      computedParams: Object.fromEntries(
        variantsOf(entry).flatMap((v) => {
          const count = paramsOfVariant(v);
          return count?.computed ? [[v.id, count.value]] : [];
        }),
      ),
      url: urls(routes.model(entry.id)),
    })),
  };
}

export function branchesApi(branches: { id: string; data: Branch }[], models: ModelEntry[]) {
  return {
    branches: branches.map((b) => ({
      id: b.id,
      ...b.data,
      models: models.filter((m) => m.data.branch === b.id).map((m) => m.id),
      url: urls(routes.branch(b.id)),
    })),
  };
}

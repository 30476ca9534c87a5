/**
 * An article heading whose id is one of the page's own section ids
 * (src/lib/page-sections.ts) would put the same id on the page twice.
 */
import { ownerOf, type Article } from './load';
import type { Problem } from './types';
import { sectionIds } from '../page-sections';

export function checkSectionIds(article: Article): Problem[] {
  const owner = ownerOf(article);
  if (!owner) return [];
  const kind = 'model' in owner ? 'model' : 'branch';
  const reserved = new Set(sectionIds(kind));
  return [...article.slugs]
    .filter((slug) => reserved.has(slug))
    .map((slug) => ({
      file: article.file,
      field: 'heading',
      rule: 'duplicate-id' as const,
      message: `expected a heading whose id differs from the page's own sections (${[...reserved].join(', ')}); "#${slug}" is one of them — reword the heading`,
    }));
}

/**
 * Every article has a twin at the same path in the other language, and both twins
 * explain the same model or branch: the site never falls back to the other language.
 */
import type { Corpus } from './load';
import { otherLocale } from '../i18n';
import type { Problem } from './types';

export function checkTwins(corpus: Corpus): Problem[] {
  const byPath = new Map(corpus.articles.map((a) => [`${a.locale}/${a.rel}`, a]));
  const problems: Problem[] = [];
  for (const article of corpus.articles) {
    const other = otherLocale(article.locale);
    const twin = byPath.get(`${other}/${article.rel}`);
    if (!twin) {
      problems.push({
        file: article.file,
        rule: 'missing-twin',
        message: `expected its ${other === 'en' ? 'English' : 'Chinese'} twin content/articles/${other}/${article.rel} (every article is written in both languages)`,
      });
      continue;
    }
    if (article.locale !== 'zh') continue; // compare each pair once
    for (const field of ['model', 'branch'] as const) {
      const mine = article.frontmatter?.[field];
      const theirs = twin.frontmatter?.[field];
      if (mine !== theirs)
        problems.push({
          file: twin.file,
          line: twin.source.frontmatter?.lineOf([field]),
          field,
          rule: 'twin-mismatch',
          message: `expected the same ${field} as its twin ${article.file} (${String(mine ?? 'none')}); found ${String(theirs ?? 'none')}`,
        });
    }
  }
  return problems;
}

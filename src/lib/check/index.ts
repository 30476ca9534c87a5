/**
 * The content check behind `npm run check` and the build: schema validation plus the
 * cross-reference, lineage, twin, link, image, code-fence, quote and MDX-safety checks, over a whole
 * content/ tree, reporting every problem in one run.
 *
 * Pure TypeScript over node:fs; no Astro imports, so it runs in scripts, tests and the
 * Astro integration alike.
 */
import { resolve } from 'node:path';
import { loadCorpus } from './load';
import { checkSchemas } from './schema';
import { collectIds } from './ids';
import { checkReferences } from './references';
import { checkParents } from './parents';
import { checkDuplicates } from './duplicates';
import { checkTwins } from './twins';
import { checkLinks } from './links';
import { checkImages, checkLogos } from './images';
import { checkRawHtml } from './raw-html';
import { checkComponents } from './components';
import { checkSectionIds } from './section-ids';
import { checkPlaceholders } from './placeholders';
import { checkCodeFences } from './code-fences';
import { checkQuotes } from './quotes';
import { checkTypedNumbers } from './typed-numbers';
import { sortProblems } from './format';
import type { Problem } from './types';

export { formatProblems, sortProblems } from './format';
export { RULES, type Problem, type Rule } from './types';

/** Every problem in `<rootDir>/content/`, sorted by file and line; empty when all is well. */
export async function checkContent(rootDir: string): Promise<Problem[]> {
  const root = resolve(rootDir);
  const { corpus, problems } = await loadCorpus(root);
  const ids = collectIds(corpus);
  problems.push(
    ...checkSchemas(corpus),
    ...(await checkReferences(corpus, ids)),
    ...checkParents(corpus),
    ...checkDuplicates(corpus),
    ...checkTwins(corpus),
    ...(await checkLogos(corpus)),
    ...(await checkPlaceholders(corpus)),
  );
  for (const article of corpus.articles) {
    problems.push(
      ...checkLinks(article, corpus, ids),
      ...(await checkImages(article, root)),
      ...checkRawHtml(article),
      ...checkComponents(article, corpus, ids),
      ...checkSectionIds(article),
      ...checkCodeFences(article),
      ...checkQuotes(article),
      ...checkTypedNumbers(article, corpus),
    );
  }
  return sortProblems(problems);
}

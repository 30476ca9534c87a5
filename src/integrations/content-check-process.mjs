/**
 * Runs the content check in a process of its own, started by content-check.ts during
 * `astro build` at the lowest priority: it then takes only the CPU time the build
 * leaves unused and never slows the build down. Sends the formatted problems, or ''.
 *
 *   node src/integrations/content-check-process.mjs <root>
 */
import { importTs } from '../../scripts/load-ts.mjs';

const { checkContent, formatProblems } = await importTs('src/lib/check/index.ts');
const problems = await checkContent(process.argv[2]);
process.send(problems.length ? formatProblems(problems) : '', () => process.exit(0));

/**
 * Whether two builds render the same pages: every HTML file of one dist/ parsed with
 * parse5 and serialised again, so that what a browser cannot tell apart (entity
 * spelling such as &#39; for ', a trailing ; in a style attribute, whitespace between
 * tags) compares equal and anything else does not. Used to check that a build-speed
 * change (e.g. `mdx({ optimize: true })`) leaves the output as it was.
 *
 *   node scripts/bench/same-output.ts <distA> <distB>
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, serialize } from 'parse5';

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path, root);
    return name.endsWith('.html') ? [relative(root, path)] : [];
  });
}

/** The page as a browser's parser sees it, with insignificant spelling normalised away. */
export function canonical(html: string): string {
  return serialize(parse(html))
    .replace(/>\s+</g, '><')
    .replace(/;"/g, '"');
}

export interface OutputDiff {
  files: number;
  onlyInA: string[];
  onlyInB: string[];
  differing: { file: string; a: string; b: string }[];
}

export function compareDists(a: string, b: string): OutputDiff {
  const filesA = new Set(htmlFiles(a));
  const filesB = new Set(htmlFiles(b));
  const result: OutputDiff = {
    files: filesA.size,
    onlyInA: [...filesA].filter((f) => !filesB.has(f)),
    onlyInB: [...filesB].filter((f) => !filesA.has(f)),
    differing: [],
  };
  for (const file of filesA) {
    if (!filesB.has(file)) continue;
    const x = canonical(readFileSync(join(a, file), 'utf8'));
    const y = canonical(readFileSync(join(b, file), 'utf8'));
    if (x === y) continue;
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    result.differing.push({ file, a: x.slice(Math.max(0, i - 120), i + 120), b: y.slice(Math.max(0, i - 120), i + 120) });
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    console.error('usage: node scripts/bench/same-output.ts <distA> <distB>');
    process.exit(2);
  }
  const diff = compareDists(a, b);
  for (const d of diff.differing.slice(0, 5)) console.log(`${d.file}\n  A: …${d.a}…\n  B: …${d.b}…`);
  console.log(`${diff.files} pages compared; ${diff.differing.length} differ; only in A: ${diff.onlyInA.length}; only in B: ${diff.onlyInB.length}`);
  process.exit(diff.differing.length || diff.onlyInA.length || diff.onlyInB.length ? 1 : 0);
}

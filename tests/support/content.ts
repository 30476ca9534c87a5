/** Reads content/ YAML entries straight from disk, validated with the site's own schemas. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { modelSchema, type Model } from '../../src/schemas/model';
import { withWrittenDigits, type WrittenDigits } from '../../src/lib/written-digits';

export function loadModels(dir = 'content/models'): { id: string; data: Model & { metrics: (Model['metrics'][number] & WrittenDigits)[] } }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      // One parse gives the data and the digits its values were written with, as the site's loader has them (src/loaders/written-digits.ts).
      const doc = parseDocument(readFileSync(join(dir, f), 'utf8'));
      const data = modelSchema.parse(doc.toJS());
      return { id: f.replace(/\.yaml$/, ''), data: { ...data, metrics: withWrittenDigits(data.metrics, doc) } };
    });
}

/** Han characters of an MDX body (frontmatter, components and code left out). */
export function hanCount(mdx: string): number {
  return (body(mdx).match(/\p{Script=Han}/gu) ?? []).length;
}

/** English words of an MDX body. */
export function wordCount(mdx: string): number {
  return (body(mdx).match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length;
}

function body(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/\$\$[\s\S]*?\$\$/g, '')
    .replace(/<[A-Z][^>]*\/>/g, '');
}

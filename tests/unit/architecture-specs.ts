// Helpers for the architecture tests: the specs come from the real content YAML, so a
// test fails when a contributor's edit changes a published count.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { architectureSchema, type Architecture } from '../../src/schemas/architecture';
import type { ParameterCount } from '../../src/lib/architecture';

// Parsing YAML is the slow part; each file is read once per test file.
const docs = new Map<string, any>();
function holderOf(model: string, variant?: string) {
  const file = `content/models/${model}.yaml`;
  if (!docs.has(file)) docs.set(file, parse(readFileSync(file, 'utf8')));
  const doc = docs.get(file);
  return variant ? doc.variants?.find((v: { id: string }) => v.id === variant) : doc;
}

/** The validated `architecture` of content/models/<model>.yaml, or of one of its variants. */
export function specOf(model: string, variant?: string): Architecture {
  const file = `content/models/${model}.yaml`;
  const holder = holderOf(model, variant);
  const where = variant ? `${file} (variant ${variant})` : file;
  if (!holder) throw new Error(`${where}: no such variant`);
  if (!holder.architecture) throw new Error(`${where}: no architecture block`);
  const result = architectureSchema.safeParse(holder.architecture);
  if (!result.success) {
    throw new Error(`${where}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

/** The published parameter count written in the YAML next to the spec. */
export function publishedOf(model: string, variant?: string): { value: number; kind: string } | undefined {
  const holder = holderOf(model, variant);
  return holder?.params && { value: holder.params.value, kind: holder.params.source.kind };
}

const n = (v: number) => v.toLocaleString('en-US');
const signed = (d: number) => (d > 0 ? `+${n(d)}` : n(d));

/**
 * Differences between a computed count and the expected one, as readable lines: the
 * total with its difference, then every block (against `blocks` where the expected
 * per-block count is known, otherwise listed so the culprit can be spotted). Empty when
 * everything matches.
 */
export function countProblems(label: string, count: ParameterCount, total: number, blocks: Record<string, number> = {}): string[] {
  const blockProblems = count.layers
    .filter((l) => l.name in blocks && blocks[l.name] !== l.params)
    .map((l) => `${label} › ${l.name}: ${n(l.params)}, expected ${n(blocks[l.name]!)} (${signed(l.params - blocks[l.name]!)})`);
  const missing = Object.keys(blocks)
    .filter((name) => !count.layers.some((l) => l.name === name))
    .map((name) => `${label} › ${name}: no such block in the spec`);
  if (count.total === total && blockProblems.length === 0 && missing.length === 0) return [];
  const listing = count.layers.filter((l) => l.params > 0).map((l) => `${l.name}${l.repeat > 1 ? ` ×${l.repeat}` : ''} ${n(l.params)}`);
  return [
    `${label}: computed ${n(count.total)}, published ${n(total)} (${signed(count.total - total)})`,
    ...blockProblems,
    ...missing,
    `${label} per block: ${listing.join('; ')}`,
  ];
}

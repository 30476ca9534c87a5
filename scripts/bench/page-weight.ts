/**
 * Byte accounting of what a browser fetched: raw bytes and gzip bytes (zlib level 6,
 * the usual server setting) per kind of resource. The static server sends files
 * uncompressed, so gzip sizes are computed here from the bodies.
 */
import { gzipSync } from 'node:zlib';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'json' | 'wasm' | 'other';

export interface Fetched {
  url: string;
  kind: Kind;
  status: number;
  body: Buffer;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface Weight {
  requests: number;
  total: Bytes;
  byKind: Partial<Record<Kind, Bytes & { requests: number }>>;
}

const EXT: [RegExp, Kind][] = [
  [/\.html?$|\/$/, 'html'],
  [/\.css$/, 'css'],
  [/\.m?js$/, 'js'],
  [/\.(woff2?|ttf|otf)$/, 'font'],
  [/\.(svg|png|jpe?g|gif|webp|avif|ico)$/, 'image'],
  [/\.(json|pf_meta|pf_index|pf_fragment|pf_filter)$/, 'json'],
  [/\.wasm$|\/wasm\.[\w-]+\.pagefind$/, 'wasm'],
];

/** The kind from the browser's resource type, else from the path. */
export function kindOf(url: string, resourceType: string, contentType = ''): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'image') return 'image';
  const path = new URL(url).pathname;
  if (/javascript/.test(contentType)) return 'js';
  for (const [re, kind] of EXT) if (re.test(path)) return kind;
  return 'other';
}

const gzipCache = new Map<string, number>();

export function gzipSize(body: Buffer, key?: string): number {
  if (key && gzipCache.has(key)) return gzipCache.get(key)!;
  const size = gzipSync(body, { level: 6 }).length;
  if (key) gzipCache.set(key, size);
  return size;
}

/** Already-compressed bodies (woff2, images, Pagefind's gzip-wrapped index and WASM) are counted as they are. */
function compressedAlready(f: Fetched): boolean {
  const gzipMagic = f.body[0] === 0x1f && f.body[1] === 0x8b;
  return gzipMagic || /\.(woff2|png|jpe?g|webp|avif|gif)$/.test(new URL(f.url).pathname);
}

export function weigh(fetched: Fetched[]): Weight {
  const weight: Weight = { requests: fetched.length, total: { raw: 0, gzip: 0 }, byKind: {} };
  for (const f of fetched) {
    const raw = f.body.length;
    const gzip = compressedAlready(f) ? raw : gzipSize(f.body, `${f.url}#${raw}`);
    const slot = (weight.byKind[f.kind] ??= { raw: 0, gzip: 0, requests: 0 });
    slot.raw += raw;
    slot.gzip += gzip;
    slot.requests += 1;
    weight.total.raw += raw;
    weight.total.gzip += gzip;
  }
  return weight;
}

export const kb = (bytes: number | undefined) => ((bytes ?? 0) / 1024).toFixed(1);

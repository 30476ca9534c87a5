/**
 * Images: every image has alt text, local files exist and weigh at most 500 KB, remote
 * ones are https. Author logos (SVG, possibly inlined by pages) carry no script either.
 */
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';
import { eachNode } from './each-node';
import { fileSize, readText } from './content-fs';
import type { Article, Corpus } from './load';
import { attribute, jsxElements } from './mdx-nodes';
import { str } from './ids';
import type { Problem } from './types';

export const MAX_IMAGE_BYTES = 500 * 1024;

interface Image {
  src: unknown;
  alt: unknown;
  line?: number;
  field: string;
}

function imagesOf(tree: Root): Image[] {
  const images: Image[] = [];
  const definitions = new Map<string, string>();
  eachNode(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
  });
  eachNode(tree, (node) => {
    if (node.type === 'image') images.push({ src: node.url, alt: node.alt, line: node.position?.start.line, field: 'image' });
    if (node.type === 'imageReference')
      images.push({ src: definitions.get(node.identifier), alt: node.alt, line: node.position?.start.line, field: 'image' });
  });
  for (const el of jsxElements(tree)) {
    if (el.name === 'img' || el.name === 'Image')
      images.push({ src: attribute(el, 'src'), alt: attribute(el, 'alt'), line: el.position?.start.line, field: `<${el.name}>` });
  }
  return images;
}

/** A local image's path on disk: relative to the article, or from public/ for "/x.png". */
function localPath(root: string, article: Article, src: string): string {
  return src.startsWith('/') ? join(root, 'public', src) : join(dirname(article.abs), src);
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

async function imageProblems(image: Image, article: Article, root: string): Promise<Omit<Problem, 'file' | 'line' | 'field'>[]> {
  const out: Omit<Problem, 'file' | 'line' | 'field'>[] = [];
  if (typeof image.alt !== 'string' || !image.alt.trim())
    out.push({ rule: 'image-alt', message: 'expected alt text that says what the image shows, e.g. ![ResNet block: two 3x3 convolutions and a shortcut](...)' });
  const src = str(image.src)?.trim();
  if (!src) return out;
  if (/^http:\/\//i.test(src) || src.startsWith('//')) out.push({ rule: 'insecure-link', message: `expected an https:// image URL (found "${src}")` });
  else if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return out; // https: or data: — nothing to weigh
  else {
    const path = localPath(root, article, safeDecode(src.split(/[?#]/)[0]!));
    const size = await fileSize(path);
    if (size === undefined) out.push({ rule: 'broken-image', message: `expected an image file at ${src} (not found)` });
    else if (size > MAX_IMAGE_BYTES)
      out.push({ rule: 'image-size', message: `expected an image of at most 500 KB (found ${Math.round(size / 1024)} KB: compress it or use SVG)` });
  }
  return out;
}

export async function checkImages(article: Article, root: string): Promise<Problem[]> {
  if (!article.source.tree) return [];
  const problems: Problem[] = [];
  for (const image of imagesOf(article.source.tree)) {
    for (const p of await imageProblems(image, article, root)) problems.push({ file: article.file, line: image.line, field: image.field, ...p });
  }
  return problems;
}

/** Author logos: SVG without script or event handlers, at most 500 KB. */
export async function checkLogos(corpus: Corpus): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const author of corpus.entries.authors) {
    const logo = str(author.data?.logo);
    if (!logo || logo.includes('/')) continue;
    const path = join(corpus.root, 'content', 'authors', logo);
    const size = await fileSize(path);
    if (size === undefined) continue; // reported as missing-file
    const file = `content/authors/${logo}`;
    if (size > MAX_IMAGE_BYTES) problems.push({ file, rule: 'image-size', message: `expected a logo of at most 500 KB (found ${Math.round(size / 1024)} KB)` });
    const svg = await readText(path);
    const bad = /<script\b/i.exec(svg) ?? /\son[a-z]+\s*=/i.exec(svg) ?? /javascript:/i.exec(svg);
    if (bad) {
      const line = svg.slice(0, bad.index).split('\n').length;
      problems.push({ file, line, rule: 'raw-html', message: `expected an SVG without script, on*= event handlers or javascript: URLs (found "${bad[0].trim()}")` });
    }
  }
  return problems;
}

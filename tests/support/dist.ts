/** Reads the built site: every HTML page parsed once with a real HTML parser (parse5). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export const DIST = 'dist';
type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Every file under `root` (dist/ by default), as a path relative to it. */
export function listFiles(root = DIST, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path)];
  });
}

/** The HTML pages under `root` (the search index's files left out), relative to it. */
export function htmlFiles(root = DIST): string[] {
  return listFiles(root).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

export interface Page {
  /** Path of the file inside dist/, e.g. "en/models/resnet/index.html". */
  file: string;
  /** The URL path it is served at, e.g. "/en/models/resnet/". */
  url: string;
  html: string;
  root: Node;
}

let pages: Page[] | undefined;

export function htmlPages(): Page[] {
  pages ??= htmlFiles().map((file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const url = `/${file.replace(/index\.html$/, '')}`;
    return { file, url, html, root: parse(html) };
  });
  return pages;
}

export function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node as Element;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child as Node);
  if ('content' in node && node.content) yield* elements(node.content as unknown as Node);
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map((c) => textOf(c as Node)).join('');
}

export function find(page: Page, predicate: (el: Element) => boolean): Element[] {
  return [...elements(page.root)].filter(predicate);
}

export function pageAt(url: string): Page {
  const page = htmlPages().find((p) => p.url === url);
  if (!page) throw new Error(`no page at ${url} in dist/`);
  return page;
}

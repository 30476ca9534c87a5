/** Serves each author's SVG logo from content/authors/ at /authors/logos/<file>.svg. */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { siteData } from '../../../data/entries';

export async function getStaticPaths() {
  const data = await siteData();
  return data.authors.map((a) => ({ params: { file: a.data.logo } }));
}

export const GET: APIRoute = async ({ params }) => {
  const svg = await readFile(resolve('content/authors', params.file!), 'utf8');
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};

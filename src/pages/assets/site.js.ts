/**
 * /assets/site.js: the interaction script, bundled from src/client/ with esbuild at
 * build time. It is an endpoint rather than an Astro <script> so that no page loads it
 * before the reader interacts (InlineScript.astro imports it on demand).
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

export async function GET(): Promise<Response> {
  const result = await build({
    entryPoints: [resolve('src/client/site.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}

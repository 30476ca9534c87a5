/**
 * A minimal static file server for dist/, used by the browser tests and the bench:
 * directory URLs serve index.html, unknown paths the site's 404.html with status 404.
 * With `gzip`, text responses are compressed as a static host does (Lighthouse scores
 * what goes over the wire). Listens on 127.0.0.1 only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return undefined;
  }
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  server: Server;
}

export interface ServeOptions {
  /** Compress text responses when the browser accepts gzip. */
  gzip?: boolean;
  /** Extra response headers, e.g. Cache-Control. */
  headers?: Record<string, string>;
}

export async function serveDist(root = 'dist', options: ServeOptions = {}): Promise<RunningServer> {
  const server = createServer(async (req, res) => {
    const file = await resolveFile(root, req.url ?? '/');
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    let body = await readFile(path).catch(() => Buffer.from('Not found'));
    const ext = extname(path);
    const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', ...options.headers };
    if (options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 });
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

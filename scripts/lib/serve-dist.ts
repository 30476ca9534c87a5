/**
 * A minimal static file server for dist/, used by the browser tests and the bench:
 * directory URLs serve index.html, unknown paths the site's 404.html with status 404.
 * Listens on 127.0.0.1 only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

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

export async function serveDist(root = 'dist', headers: Record<string, string> = {}): Promise<RunningServer> {
  const server = createServer(async (req, res) => {
    const file = await resolveFile(root, req.url ?? '/');
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    const body = await readFile(path).catch(() => Buffer.from('Not found'));
    res.writeHead(status, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
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

/**
 * A static file server on 127.0.0.1 for fixture pages: `/shared/...` from ../shared, `/fixtures/...`
 * from tests/fixtures, plus pages added at run time. Used by `npm start`, the e2e tests and the bench.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const sharedDir = resolve(repoRoot, '../shared');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticServer {
  url: string;
  server: Server;
  /** Pages added at run time (path -> html), e.g. a changed copy of the seed article. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

export async function serveFixtures(port = 0): Promise<StaticServer> {
  const pages = new Map<string, string>();
  const roots: Record<string, string> = {
    '/shared/': sharedDir,
    '/fixtures/': join(repoRoot, 'tests/fixtures'),
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const dynamic = pages.get(path);
    if (dynamic !== undefined) {
      res.writeHead(200, { 'content-type': types['.html'] });
      res.end(dynamic);
      return;
    }
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}`,
    server,
    pages,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

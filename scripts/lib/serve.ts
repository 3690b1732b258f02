/**
 * A static file server on 127.0.0.1 for fixture pages: `/shared/...` from ../shared, `/fixtures/...`
 * from tests/fixtures, plus pages added at run time. Used by `npm start`, the e2e tests and the bench.
 * `?late-body=MS` on an HTML page sends its head at once and the rest MS later, as a page arrives over
 * a real network: scripts run at document_start then, and the reading script only once it is all there.
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
    const requested = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(requested.pathname);
    const lateBodyMs = Number(requested.searchParams.get('late-body') ?? 0);
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { 'content-type': type });
      const cut = lateBodyMs > 0 && type === types['.html'] ? body.indexOf('<body') : -1;
      if (cut < 0) return void res.end(body);
      res.write(body.slice(0, cut));
      setTimeout(() => res.end(body.slice(cut)), lateBodyMs);
    };
    const dynamic = pages.get(path);
    if (dynamic !== undefined) return send(types['.html'], dynamic);
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) break;
      return send(types[extname(file)] ?? 'application/octet-stream', readFileSync(file));
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

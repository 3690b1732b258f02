/**
 * A misbehaving network in front of the test server: forwards to it, or — when `fault` says so for a
 * request — cuts the connection halfway through the answer, answers garbage, or answers an error.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';

export type Fault =
  | { kind: 'cut' } // forward, then send half the body and drop the socket
  | { kind: 'garbage' } // 200 with an HTML captive-portal page
  | { kind: 'status'; status: number; body: unknown };

export interface FaultProxy {
  url: string;
  /** Decide per request; return null to pass it through. */
  fault: (req: { method: string; path: string; n: number }) => Fault | null;
  seen: { method: string; path: string }[];
  close(): Promise<void>;
}

function readBody(msg: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    msg.on('data', (c) => chunks.push(c));
    msg.on('end', () => resolve(Buffer.concat(chunks)));
    msg.on('error', reject);
  });
}

export async function startProxy(target: string): Promise<FaultProxy> {
  const t = new URL(target);
  let n = 0;
  const proxy: FaultProxy = { url: '', fault: () => null, seen: [], close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const info = { method: req.method ?? 'GET', path: req.url ?? '/', n: n++ };
    proxy.seen.push({ method: info.method, path: info.path });
    const fault = proxy.fault(info);
    if (fault?.kind === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Please log in to the hotel Wi-Fi</body></html>');
      return;
    }
    if (fault?.kind === 'status') {
      res.writeHead(fault.status, { 'content-type': 'application/json' }).end(JSON.stringify(fault.body));
      return;
    }
    const up = httpRequest({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: { ...req.headers, host: t.host } }, async (upRes) => {
      const data = await readBody(upRes);
      const headers = { ...upRes.headers, 'content-length': String(data.length) };
      delete headers['transfer-encoding'];
      res.writeHead(upRes.statusCode ?? 502, headers);
      if (fault?.kind === 'cut') {
        res.write(data.subarray(0, Math.floor(data.length / 2)));
        setTimeout(() => res.socket?.destroy(), 20);
      } else res.end(data);
    });
    up.on('error', () => res.socket?.destroy());
    up.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxy.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  proxy.close = () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); });
  return proxy;
}

// A plain static file server, like any static host: no rewrites, no SPA fallback.
// Usage: node serve.mjs <dir> <port> [mount=/careers/quiz/]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain',
};

/**
 * `headers` imitates a host: 'none' sends no caching headers at all (the default), 'lastmod'
 * only a `Last-Modified` from the file's time (nginx's default), 'etag' `max-age=600` and an
 * `ETag`, answering revalidations with 304. `server.hits` counts full (200) responses per path.
 */
export function serve(dir, port, mount = '/careers/quiz/', host = '127.0.0.1', headers = 'none') {
  const root = path.resolve(dir);
  const hits = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let p = decodeURIComponent(url.pathname);
    if (!p.startsWith(mount)) { res.writeHead(404).end('not found'); return; }
    p = p.slice(mount.length);
    if (p === '' || p.endsWith('/')) p += 'index.html';
    const file = path.join(root, p);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      const head = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' };
      if (headers === 'lastmod') {
        const modified = fs.statSync(file).mtime;
        head['last-modified'] = modified.toUTCString();
        const since = Date.parse(req.headers['if-modified-since'] || '');
        if (since >= Math.floor(modified.getTime() / 1000) * 1000) { res.writeHead(304, head).end(); return; }
      } else if (headers === 'etag') {
        head.etag = `"${crypto.createHash('sha1').update(data).digest('hex')}"`;
        head['cache-control'] = 'max-age=600';
        if (req.headers['if-none-match'] === head.etag) { res.writeHead(304, head).end(); return; }
      }
      hits.set(p, (hits.get(p) || 0) + 1);
      res.writeHead(200, head);
      res.end(data);
    });
  });
  server.hits = hits;
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080', mount = '/careers/quiz/'] = process.argv.slice(2);
  serve(dir, Number(port), mount).then(() => console.log(`serving ${dir} at http://127.0.0.1:${port}${mount}`));
}

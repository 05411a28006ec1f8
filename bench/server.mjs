// A static server for the benchmark's own pages and the comparison libraries.
// Unlike scripts/serve.mjs it sends no Content-Security-Policy: FullCalendar
// injects a <style> element, which the widget's strict policy would block.
// Its pages are cross-origin isolated (COOP and COEP), which gives
// performance.now() 5 µs resolution instead of 100 µs: the libraries'
// searches take well under a millisecond.
//
//   /pages/…  bench/pages        /lib/NAME/…  node_modules/NAME (the packages below)
//   /feeds/…  DIST/feeds         /out/…       bench/out (generated feeds)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const LIBRARIES = ['fullcalendar', 'minisearch', 'flexsearch', 'fuse.js'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Starts the server on 127.0.0.1; resolves to { server, url }. */
export function serveBench({ dist, out }) {
  const mounts = {
    pages: resolve('bench/pages'),
    feeds: resolve(dist, 'feeds'),
    out: resolve(out),
    ...Object.fromEntries(LIBRARIES.map((name) => [`lib/${name}`, resolve('node_modules', name)])),
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(`/${prefix}/`));
    const file = mount && normalize(join(mounts[mount], path.slice(mount.length + 1)));
    if (!file || !file.startsWith(mounts[mount])) return send(response, 404, 'not found');
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      response.end(body);
    } catch {
      send(response, 404, 'not found');
    }
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

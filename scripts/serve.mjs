// Serves the built widget (dist/) on 127.0.0.1, for the demo and the browser tests.
//
//   node scripts/serve.mjs [--port 8080] [--dist dist] [--fixtures tests/browser/fixtures]
//
// With --fixtures, files under /fixtures/ come from that folder, and the demo page
// accepts ?feed=…&lang=…&today=…&view=…&event=…&category=… to set its widget's
// attributes, and ?second=booths to add a second widget after it (tests only).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/** The strict policy a host page can keep with the widget embedded (docs/embedding.md). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Starts the server; resolves to { server, url } once it listens. */
export function serve({ port = 0, dist = 'dist', fixtures = null } = {}) {
  const roots = { dist: resolve(dist), fixtures: fixtures && resolve(fixtures) };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    let root = roots.dist;
    let path = decodeURIComponent(url.pathname);
    if (roots.fixtures && path.startsWith('/fixtures/')) {
      root = roots.fixtures;
      path = path.slice('/fixtures'.length);
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return send(response, 403, 'forbidden');
    try {
      if (!(await stat(file)).isFile()) return send(response, 404, 'not found');
      let body = await readFile(file);
      if (roots.fixtures && file === join(roots.dist, 'index.html')) body = rewriteDemo(body.toString(), url.searchParams);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (extname(file) === '.html') headers['content-security-policy'] = CSP;
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      send(response, 404, 'not found');
    }
  });
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

/** Points the demo page's first widget at the feed, language and day a test asks for. */
function rewriteDemo(html, params) {
  const escape = (value) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  for (const name of ['feed', 'lang', 'today', 'view', 'event', 'category']) {
    const value = params.get(name);
    if (value === null) continue;
    const attribute = `data-${name}="${escape(value)}"`;
    html = html.replace(new RegExp(`data-${name}="[^"]*"`), attribute);
    if (!html.includes(attribute)) html = html.replace('<div data-greenfair', `<div data-greenfair ${attribute}`);
  }
  const second = params.get('second');
  if (second !== null) {
    const element = `<div data-greenfair data-view="${escape(second)}" data-today="${escape(params.get('today') ?? '')}"></div>`;
    html = html.replace('</aside>', `${element}</aside>`);
  }
  return html;
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const option = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await serve({ port: Number(option('port', 8080)), dist: option('dist', 'dist'), fixtures: option('fixtures', null) });
  console.log(`greenfair demo: ${url}/`);
}

// Serves the built widget (dist/) on 127.0.0.1, for the demo and the browser tests.
//
//   node scripts/serve.mjs [--port 8080] [--dist dist] [--fixtures tests/browser/fixtures]
//
// With --fixtures, files under /fixtures/ come from that folder, and the demo page
// accepts ?feed=…&lang=…&today=…&view=…&event=…&category=… to set its widget's
// attributes, ?second=booths to add a second widget after it, and ?capture=1
// to keep the console for drivers that cannot read it (tests only).
// With a `network` (see createNetwork), /net/NAME.json answers as a test says:
// slowly, never, with an error status, by dropping the connection, or with a
// feed that changes; every request is logged.
//
// Every file carries an ETag, and If-None-Match gets a 304, as a real host
// should: the widget revalidates its feed instead of downloading it again.
import { createHash } from 'node:crypto';
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
  '.ics': 'text/calendar; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
};

/**
 * Test-controlled feeds: `routes.set(name, { text, status, delayMs, hang, drop })`
 * shapes the answers of /net/NAME.json (`drop`: how many of the next requests
 * lose their connection); `log` lists every request with what it got.
 */
export function createNetwork() {
  return { routes: new Map(), log: [] };
}

/**
 * Starts the server (with `csp` on its pages, and any other `headers` a test
 * asks of them, such as a Permissions-Policy); resolves to { server, url }
 * once it listens.
 */
export function serve({ port = 0, dist = 'dist', fixtures = null, network = null, csp = CSP, headers: pageHeaders = {} } = {}) {
  const roots = { dist: resolve(dist), fixtures: fixtures && resolve(fixtures) };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (network && url.pathname.startsWith('/net/')) return answerNet(network, roots.dist, url, request, response);
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
      // Any test page can keep its console, the demo article as well.
      if (roots.fixtures && extname(file) === '.html' && url.searchParams.get('capture') === '1') body = withCapture(body.toString());
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (extname(file) === '.html') Object.assign(headers, { 'content-security-policy': csp }, pageHeaders);
      sendWithEtag(request, response, headers, body);
    } catch {
      send(response, 404, 'not found');
    }
  });
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

/** Answers 304 when the client already holds this body, else sends it; returns the status. */
function sendWithEtag(request, response, headers, body) {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag, 'cache-control': headers['cache-control'] });
    response.end();
    return 304;
  }
  response.writeHead(200, { ...headers, etag });
  response.end(body);
  return 200;
}

/** One /net/NAME.json request, answered and logged as the test's route says. */
async function answerNet(network, dist, url, request, response) {
  const name = url.pathname.slice('/net/'.length).replace(/\.json$/, '');
  const route = network.routes.get(name) ?? {};
  const entry = { name, ifNoneMatch: request.headers['if-none-match'] ?? null, status: null, aborted: false };
  network.log.push(entry);
  response.on('close', () => { entry.aborted = !response.writableFinished; });
  if (route.drop > 0) {
    route.drop -= 1;
    entry.status = 'dropped';
    return request.socket.destroy();
  }
  if (route.hang) return;
  if (route.delayMs) await new Promise((done) => setTimeout(done, route.delayMs));
  if (response.destroyed) return;
  if (route.status && route.status !== 200) {
    entry.status = route.status;
    return send(response, route.status, `status ${route.status}`);
  }
  const body = Buffer.from(route.text ?? await readFile(join(dist, 'feeds/demo.json'), 'utf8'));
  entry.status = sendWithEtag(request, response, { 'content-type': TYPES['.json'], 'cache-control': 'no-cache' }, body);
}

/** The page with the console kept first thing, for drivers that cannot read the console (WebKit's). */
function withCapture(html) {
  return html.replace('<head>', '<head>\n  <script src="/fixtures/console-capture.js"></script>');
}

/** Points the demo page's first widget at the feed, language and day a test asks for. */
function rewriteDemo(html, params) {
  const escape = (value) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  for (const name of ['feed', 'lang', 'today', 'view', 'event', 'category', 'refresh', 'timeout', 'month']) {
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

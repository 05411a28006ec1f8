// A second host for the widget's files, as a CDN copy would be: a folder
// served on another port of 127.0.0.1 with Access-Control-Allow-Origin, for
// the setting that points the plugin's pages at it. Requests are logged.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

/** Serves `folder`; resolves to { url, log, close() }. */
export function serveCdn(folder) {
  const log = [];
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    log.push(path);
    try {
      const body = await readFile(join(folder, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'access-control-allow-origin': '*' });
      response.end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({
    url: `http://127.0.0.1:${server.address().port}`,
    log,
    close: () => new Promise((closed) => server.close(closed)),
  })));
}

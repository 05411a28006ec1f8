// The published feed under load (load.mjs): Debian's Apache with mod_php
// serving the test site, `ab` at concurrency 50 against the static feed, the
// REST route and the demo feed on 127.0.0.1. Asserts that every request
// was answered with 200 and the headers readers need; never the times,
// which docs/performance.md reports from a run of `node tests/wordpress/load.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMissing, runLoad, table } from './load.mjs';
import { missingThing } from './site.mjs';

const missing = loadMissing();
if (missing) missingThing('the load test', missing, test);

test('2,000 requests at concurrency 50 to each address, under Apache with mod_php: none failed', { skip: missing ?? false, timeout: 900_000 }, async () => {
  const result = await runLoad({ requests: 2000, concurrency: 50 });
  console.log(table(result));
  for (const { name, headers, figures } of result.addresses) {
    assert.equal(headers.status, 200, name);
    assert.equal(figures.complete, 2000, name);
    assert.equal(figures.failed, 0, name);
    assert.equal(figures.non2xx, 0, name);
  }
  // Under Apache with mod_headers the plugin's self-check finds the CORS header: readers get the static file.
  assert.equal(result.staticCheck.answer, 'yes');
  assert.equal(result.staticCheck.addresses.static, true);
  assert.match(result.staticCheck.addresses.feed, /\/wp-content\/uploads\/greenfair\/feed\.json$/);
  const [staticFeed, restFeed] = result.addresses;
  for (const { name, headers } of [staticFeed, restFeed]) {
    assert.equal(headers['access-control-allow-origin'], '*', name);
    assert.equal(headers['access-control-allow-credentials'], null, name);
    assert.equal(headers['content-type'], 'application/json; charset=utf-8', name);
    assert.equal(headers['cache-control'], 'public, max-age=60, s-maxage=300', name);
    assert.ok(headers.etag, name);
  }
});

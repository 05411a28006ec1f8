// The npm package is a release a site can host: packed from the built
// dist/, installed into an empty folder as a site's build would, served
// from there on 127.0.0.1, and the widget mounts from it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const scratch = await mkdtemp(join(tmpdir(), 'greenfair-release-'));
after(() => rm(scratch, { recursive: true, force: true }));

test('the npm package installs into an empty site and the widget mounts from it', async () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch, '--loglevel=error'], { encoding: 'utf8' }))[0];
  const paths = packed.files.map((f) => f.path);
  for (const file of ['dist/v1/greenfair.js', 'dist/v1/greenfair-widget.js', 'dist/v1/greenfair-widget_bg.wasm', 'dist/v1/greenfair.css', 'dist/embed.html', 'dist/feeds/demo.json', 'docs/embedding.md', 'dist/studio.html', 'dist/studio/greenfair-studio_bg.wasm', 'dist/studio/start.js', 'dist/styles/studio.css']) {
    assert.ok(paths.includes(file), `${file} in the package`);
  }
  assert.ok(!paths.some((p) => p.startsWith('src/') || p.startsWith('node_modules/')), 'only what a site hosts');

  const site = join(scratch, 'site');
  execFileSync('mkdir', ['-p', site]);
  await writeFile(join(site, 'package.json'), JSON.stringify({ name: 'news-site', private: true }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(scratch, packed.filename)], { cwd: site, stdio: ['ignore', 'ignore', 'inherit'] });
  const hosted = join(site, 'node_modules', 'greenfair', 'dist');
  assert.ok((await readdir(join(hosted, 'v1'))).includes('greenfair-widget_bg.wasm'));

  const { server, url } = await serve({ port: 0, dist: hosted });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${url}/embed.html?view=calendar&today=2025-09-16`);
    const widget = page.locator('[data-greenfair][data-greenfair-mounted] .gf-root');
    await widget.locator('.gf-bar').first().waitFor();
    assert.equal(await widget.locator('.gf-title').textContent(), 'Mạng lưới sản xuất và tiêu dùng bền vững thành phố Hà Nội');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
});

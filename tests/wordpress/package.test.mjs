// The plugin's zip, as scripts/release builds it from dist/: the folder
// greenfair/ at its root (what Plugins → Add New → Upload expects), the
// widget's files in it, nothing of the repository's own; one version
// everywhere; readme.txt in WordPress's format. Needs a built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { buildPlugin, WIDGET_FILES } from '../../integrations/wordpress/build.mjs';

test('the zip holds greenfair/ with the plugin and the built widget, one version throughout', async () => {
  const out = await mkdtemp(join(tmpdir(), 'greenfair-zip-'));
  try {
    const { zip } = await buildPlugin({ dist: 'dist', out });
    const entries = unzipSync(await readFile(zip));
    const names = Object.keys(entries);
    assert.deepEqual(names.filter((name) => !name.startsWith('greenfair/')), []);
    for (const file of ['greenfair.php', 'readme.txt', 'uninstall.php', 'block/block.json', 'block/editor.js', 'block/editor.asset.php',
      'languages/greenfair.pot', 'languages/greenfair-vi.po', 'languages/greenfair-vi.mo',
      // The block editor's Vietnamese: greenfair-vi-<md5 of "block/editor.js">.json (translations.test.mjs).
      'languages/greenfair-vi-77fbd50b9e4cc5739147643bdd546d9a.json',
      'widget/v1/greenfair.js', 'widget/v1/greenfair-widget.js', 'widget/v1/greenfair-widget_bg.wasm', 'widget/v1/greenfair-frame.js',
      'widget/v1/greenfair-resize.js', 'widget/v1/greenfair.css', 'widget/embed.html', 'widget/feeds/demo.json', 'widget/builder.html']) {
      assert.ok(names.includes(`greenfair/${file}`), file);
    }
    // The widget's files are dist/'s, byte for byte.
    for (const name of names.filter((n) => n.startsWith('greenfair/widget/'))) {
      const path = name.slice('greenfair/widget/'.length);
      assert.ok(WIDGET_FILES.some((f) => path === f || (f.endsWith('/') && path.startsWith(f))), `${path} is one of WIDGET_FILES`);
      assert.ok(Buffer.from(entries[name]).equals(await readFile(join('dist', path))), `${path} is dist/'s`);
    }
    const text = (name) => Buffer.from(entries[`greenfair/${name}`]).toString('utf8');
    // The studio's stylesheet for the admin page: studio.css with its page-wide rules kept to the studio's root.
    assert.ok(names.includes('greenfair/admin/studio.css'), 'admin/studio.css');
    assert.doesNotMatch(text('admin/studio.css'), /^(body|\*|:focus-visible) \{/m);
    assert.match(text('admin/studio.css'), /^#greenfair-studio \{ margin: 0; font:/m);
    const { version } = JSON.parse(await readFile('package.json', 'utf8'));
    assert.match(text('greenfair.php'), new RegExp(`^ \\* Version: +${version}$`, 'm'));
    assert.match(text('greenfair.php'), new RegExp(`define\\( 'GREENFAIR_VERSION', '${version}' \\);`));
    assert.equal(JSON.parse(text('block/block.json')).version, version);
    assert.match(text('block/editor.asset.php'), new RegExp(`'version' +=> '${version}'`));
    const readme = text('readme.txt');
    assert.match(readme, new RegExp(`^Stable tag: ${version}$`, 'm'));
    // WordPress's readme: the header, then a short description of at most 150 characters.
    assert.match(readme, /^=== Greenfair ===\n/);
    for (const [name, value] of [['Requires at least', '6.1'], ['Requires PHP', '7.4']]) {
      assert.ok(readme.includes(`\n${name}: ${value}\n`), `readme.txt: ${name}`);
      assert.match(text('greenfair.php'), new RegExp(`^ \\* ${name}: +${value.replace('.', '\\.')}$`, 'm'), `greenfair.php: ${name}`);
    }
    const short = readme.split('\n\n')[1];
    assert.ok([...short].length <= 150, `short description: ${[...short].length} characters`);
    for (const section of ['== Description ==', '== Installation ==', '== Frequently Asked Questions ==', '== Changelog ==', '= Tiếng Việt =', '= English =']) {
      assert.ok(readme.includes(section), section);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

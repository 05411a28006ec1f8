// What the plugin directory's Plugin Check would reject, checked without it:
// its sources (a WordPress plugin, from wordpress.org or GitHub) cannot be
// had from a registry reachable here (npm, PyPI, crates.io, Debian), so these
// are our own checks of the rules it applies to a plugin's headers and
// readme.txt, and of the conventions issue 31 named. Needs no WordPress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PLUGIN = resolve(import.meta.dirname, '../../integrations/wordpress/greenfair');
const read = (path) => readFileSync(join(PLUGIN, path), 'utf8');
/** The current WordPress major release: readme.txt's "Tested up to" must not be older. */
const CURRENT_MAJOR = '6.9';

/** A readme.txt's or plugin file's "Name: value" headers. */
function headers(text, prefix = '') {
  const found = {};
  for (const line of text.split('\n')) {
    const match = line.match(new RegExp(`^${prefix}([A-Z][A-Za-z ]+):\\s*(.+)$`));
    if (match) found[match[1].trim()] ??= match[2].trim();
  }
  return found;
}

const older = (a, b) => a.localeCompare(b, undefined, { numeric: true }) < 0;

test('readme.txt: the headers Plugin Check requires, agreeing with the plugin file', () => {
  const readme = read('readme.txt');
  const head = headers(readme.split('\n\n')[0]);
  const main = headers(read('greenfair.php'), ' \\* ');
  assert.match(readme, /^=== Greenfair ===\n/);
  assert.ok(head.Contributors && /^[a-z0-9-]+(, ?[a-z0-9-]+)*$/.test(head.Contributors), `Contributors: ${head.Contributors}`);
  assert.match(head['Tested up to'] ?? '', /^\d+\.\d+$/, 'Tested up to: a major release, like 6.9');
  assert.ok(!older(head['Tested up to'], CURRENT_MAJOR), `Tested up to ${head['Tested up to']} is older than ${CURRENT_MAJOR}`);
  assert.equal(head['Stable tag'], main.Version, 'Stable tag is the plugin\'s Version');
  assert.equal(head['Requires at least'], main['Requires at least']);
  assert.equal(head['Requires PHP'], main['Requires PHP']);
  assert.ok(head.License, 'License');
  assert.equal(head.License, main.License);
  assert.ok(head.Tags.split(',').length <= 5, 'at most 5 tags');
});

test('readme.txt: a Source code section names the sources of the minified JS and the wasm, and how they are built', () => {
  const readme = read('readme.txt');
  const section = readme.match(/\n== Source code ==\n([\s\S]*?)\n== /)?.[1] ?? '';
  for (const named of ['src/', 'embed/greenfair.js', 'builder/builder.js', 'trunk build --release', 'scripts/release', 'scripts/minify.mjs', 'wasm-bindgen', 'wasm-opt']) {
    assert.ok(section.includes(named), `the Source code section names ${named}`);
  }
});

test('the plugin file: its headers, its text domain the folder\'s name, no load_plugin_textdomain()', () => {
  const main = headers(read('greenfair.php'), ' \\* ');
  for (const name of ['Plugin Name', 'Description', 'Version', 'Requires at least', 'Requires PHP', 'Author', 'License', 'Text Domain', 'Domain Path']) {
    assert.ok(main[name], name);
  }
  assert.equal(main['Text Domain'], 'greenfair');
  assert.equal(main['Domain Path'], '/languages');
  const php = execFileSync('find', [PLUGIN, '-name', '*.php'], { encoding: 'utf8' }).trim().split('\n');
  for (const file of php) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /\bload_plugin_textdomain\s*\(/, `${file} calls load_plugin_textdomain (not needed since WordPress 4.6)`);
  }
});

test('conventions: block.json apiVersion 3, the editor\'s controls without deprecated margins or sizes, the loader\'s missing version explained', () => {
  assert.equal(JSON.parse(read('block/block.json')).apiVersion, 3);
  const editor = read('block/editor.js');
  const controls = [...editor.matchAll(/el\(\s*components\.(TextControl|SelectControl),\s*\{([\s\S]*?)\n\t\t\}\s*\)/g)];
  assert.equal(controls.length, 2, 'the text field and the menu');
  for (const [, name, props] of controls) {
    assert.match(props, /__nextHasNoMarginBottom: true/, name);
    assert.match(props, /__next40pxDefaultSize: true/, name);
  }
  assert.match(editor, /wp\.i18n\.__/, 'the editor\'s words are wp.i18n\'s');
  assert.doesNotMatch(read('includes/block.php'), /__\(/, 'no PHP string built for the editor on every request');
  const loader = read('includes/loader.php');
  assert.match(loader, /\/\/ phpcs:ignore WordPress\.WP\.EnqueuedResourceParameters\.MissingVersion -- .+\n\twp_enqueue_script\( GREENFAIR_LOADER, greenfair_loader_url\(\), array\(\), null, true \);/);
});

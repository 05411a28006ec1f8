// The WordPress plugin's translations are current: the .pot holds exactly the
// strings of the PHP, the plugin header, block.json and block/editor.js (as
// integrations/wordpress/i18n.sh extracts them), the Vietnamese .po
// translates every one of them, the .mo is what msgfmt makes of the .po, and
// the editor script's JSON (named as WordPress looks for it) holds its strings.
// Needs Debian's gettext, installed when missing (as root or through sudo);
// where it cannot be, one "# skip:" line says so, and under CI=true the run fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensurePackages, missingThing } from './site.mjs';

const WORDPRESS = resolve(import.meta.dirname, '../../integrations/wordpress');
const LANGUAGES = join(WORDPRESS, 'greenfair/languages');

// Debian's gettext comes with the WordPress tests' packages.
const skip = ensurePackages({ programs: ['xgettext', 'msgmerge', 'msgattrib', 'msgfmt'] });
if (skip) missingThing('WordPress translations', skip, test);

/** A .pot or .po without the dates the tools write into its header. */
const undated = (text) => text.replace(/^"(POT-Creation-Date|PO-Revision-Date): .*\n/gm, '');

test('the .pot, the Vietnamese .po and the .mo are current', { skip: skip ?? false }, () => {
  // i18n.sh run on a copy: what it writes must be what is committed.
  const copy = mkdtempSync(join(tmpdir(), 'greenfair-i18n-'));
  try {
    cpSync(WORDPRESS, copy, { recursive: true, filter: (path) => !path.includes('/widget') });
    execFileSync('bash', [join(copy, 'i18n.sh')], { stdio: 'pipe' });
    const json = `greenfair-vi-${createHash('md5').update('block/editor.js').digest('hex')}.json`;
    assert.deepEqual(readdirSync(join(copy, 'greenfair/languages')).filter((f) => f.endsWith('.json')), [json], 'the one JSON WordPress looks for');
    for (const file of ['greenfair.pot', 'greenfair-vi.po', json]) {
      assert.equal(undated(readFileSync(join(copy, 'greenfair/languages', file), 'utf8')), undated(readFileSync(join(LANGUAGES, file), 'utf8')),
        `${file} is not current: run integrations/wordpress/i18n.sh`);
    }
    const made = execFileSync('msgfmt', ['--check', '--output-file=-', join(LANGUAGES, 'greenfair-vi.po')]);
    assert.ok(made.equals(readFileSync(join(LANGUAGES, 'greenfair-vi.mo'))), 'greenfair-vi.mo is not msgfmt of greenfair-vi.po: run integrations/wordpress/i18n.sh');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('every string of the plugin has its Vietnamese translation', { skip: skip ?? false }, () => {
  // msgfmt --statistics writes to stderr: "N translated messages." with no untranslated or fuzzy ones.
  const said = execFileSync('sh', ['-c', `msgfmt --statistics --output-file=/dev/null "${join(LANGUAGES, 'greenfair-vi.po')}" 2>&1`], { encoding: 'utf8' });
  assert.match(said.trim(), /^\d+ translated messages\.$/);
});

test('the editor script\'s JSON translates each string of block/editor.js, as the .po does', { skip: skip ?? false }, () => {
  const json = JSON.parse(readFileSync(join(LANGUAGES, `greenfair-vi-${createHash('md5').update('block/editor.js').digest('hex')}.json`), 'utf8'));
  const messages = json.locale_data.messages;
  const called = [...readFileSync(join(WORDPRESS, 'greenfair/block/editor.js'), 'utf8').matchAll(/__\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*,\s*'greenfair'\s*\)/g)].map((m) => m[2].replace(/\\(.)/g, '$1'));
  assert.ok(called.length >= 19, `${called.length} strings in editor.js`);
  for (const id of called) assert.ok(Array.isArray(messages[id]) && messages[id][0], `no Vietnamese for ${id}`);
  assert.equal(messages['Widget settings'][0], 'Cài đặt widget');
});

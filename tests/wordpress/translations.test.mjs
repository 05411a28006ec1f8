// The WordPress plugin's translations are current: the .pot holds exactly the
// strings of the PHP, the plugin header and block.json (as
// integrations/wordpress/i18n.sh extracts them), the Vietnamese .po
// translates every one of them, and the .mo is what msgfmt makes of the .po.
// Needs Debian's gettext; where it cannot be installed, one "# skip:" line says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensurePackages } from './site.mjs';

const WORDPRESS = resolve(import.meta.dirname, '../../integrations/wordpress');
const LANGUAGES = join(WORDPRESS, 'greenfair/languages');

// Debian's gettext comes with the WordPress tests' packages.
const skip = ensurePackages();
if (skip) console.log(`skip: WordPress translations: ${skip}`);

/** A .pot or .po without the dates the tools write into its header. */
const undated = (text) => text.replace(/^"(POT-Creation-Date|PO-Revision-Date): .*\n/gm, '');

test('the .pot, the Vietnamese .po and the .mo are current', { skip: skip ?? false }, () => {
  // i18n.sh run on a copy: what it writes must be what is committed.
  const copy = mkdtempSync(join(tmpdir(), 'greenfair-i18n-'));
  try {
    cpSync(WORDPRESS, copy, { recursive: true, filter: (path) => !path.includes('/widget') });
    execFileSync('bash', [join(copy, 'i18n.sh')], { stdio: 'pipe' });
    for (const file of ['greenfair.pot', 'greenfair-vi.po']) {
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

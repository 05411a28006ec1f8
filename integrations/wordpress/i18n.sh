#!/usr/bin/env bash
# Regenerates the WordPress plugin's translations from its source, with
# Debian's gettext (apt-get install gettext):
#   greenfair/languages/greenfair.pot     xgettext over the PHP, with the
#                                         plugin header's and block.json's strings
#   greenfair/languages/greenfair-vi.po   msgmerge: new strings come in untranslated
#   greenfair/languages/greenfair-vi.mo   msgfmt
#   greenfair/languages/greenfair-vi-<md5>.json
#                                         the strings of block/editor.js (wp.i18n),
#                                         named as WordPress looks for them: md5 of
#                                         the script's path in the plugin
# Translate the new strings in the .po, then run it again for the .mo.
# tests/wordpress/translations.test.mjs checks that all three are current.
set -euo pipefail
cd "$(dirname "$0")/greenfair"

# The strings WordPress translates outside PHP calls: the plugin header
# (Plugins screen) and block.json (with the contexts WordPress gives them).
strings=$(mktemp --suffix=.php)
trap 'rm -f "$strings"' EXIT
node --input-type=module -e '
  import { readFileSync } from "node:fs";
  const q = (s) => `\x27${s.replace(/\\/g, "\\\\").replace(/\x27/g, "\\\x27")}\x27`;
  const header = readFileSync("greenfair.php", "utf8");
  const line = (name) => header.match(new RegExp(`^ \\* ${name}:\\s*(.+)$`, "m"))[1].trim();
  const block = JSON.parse(readFileSync("block/block.json", "utf8"));
  const calls = [
    `__( ${q(line("Plugin Name"))}, \x27greenfair\x27 );`,
    `__( ${q(line("Description"))}, \x27greenfair\x27 );`,
    `_x( ${q(block.title)}, \x27block title\x27, \x27greenfair\x27 );`,
    `_x( ${q(block.description)}, \x27block description\x27, \x27greenfair\x27 );`,
    ...block.keywords.map((k) => `_x( ${q(k)}, \x27block keyword\x27, \x27greenfair\x27 );`),
  ];
  process.stdout.write(`<?php\n${calls.join("\n")}\n`);
' > "$strings"

pot=languages/greenfair.pot
find . -name '*.php' -not -path './widget/*' | LC_ALL=C sort | xgettext --files-from=- "$strings" \
  --language=PHP --from-code=UTF-8 --output="$pot" --add-location=file --sort-by-file \
  --package-name=Greenfair --package-version="$(sed -n 's/^ \* Version: *//p' greenfair.php)" \
  --add-comments=translators: \
  --keyword=__ --keyword=_e --keyword=_x:1,2c --keyword=_ex:1,2c --keyword=_n:1,2 --keyword=_nx:1,2,4c \
  --keyword=esc_html__ --keyword=esc_html_e --keyword=esc_html_x:1,2c \
  --keyword=esc_attr__ --keyword=esc_attr_e --keyword=esc_attr_x:1,2c \
  2> >(grep -v -e 'msgid-bugs-address' -e 'Makevars' -e 'specify an --msgid' >&2)
# The block editor's script: wp.i18n's __() and _x().
xgettext --join-existing --output="$pot" block/editor.js \
  --language=JavaScript --from-code=UTF-8 --add-location=file --sort-by-file \
  --add-comments=translators: --keyword=__ --keyword=_x:1,2c --keyword=_n:1,2 --keyword=_nx:1,2,4c
# The generated file's name is not a source: call it what WordPress calls it.
sed -i "s|$strings|greenfair.php block/block.json|g; s|charset=CHARSET|charset=UTF-8|; 1s|.*|# The strings of Greenfair, the WordPress plugin.|; 2d" "$pot"

po=languages/greenfair-vi.po
if [ -f "$po" ]; then
  msgmerge --quiet --update --backup=none --no-fuzzy-matching --add-location=file --sort-by-file "$po" "$pot"
  # Strings gone from the source go from the translation too.
  msgattrib --no-obsolete --add-location=file --sort-by-file --output-file="$po" "$po"
else
  msginit --no-translator --locale=vi --input="$pot" --output-file="$po"
fi
msgfmt --check --output-file=languages/greenfair-vi.mo "$po"
msgfmt --statistics --output-file=/dev/null "$po"

# The editor script's translations, in the JSON (Jed) that wp_set_script_translations()
# hands to wp.i18n: every translated string whose source is block/editor.js.
node --input-type=module -e '
  import { createHash } from "node:crypto";
  import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
  const script = "block/editor.js";
  const unquote = (lines) => lines.map((l) => JSON.parse(l.replace(/^[a-z_]+\s*/, ""))).join("");
  const messages = { "": { domain: "messages", lang: "vi", "plural-forms": "nplurals=1; plural=0;" } };
  for (const block of readFileSync("languages/greenfair-vi.po", "utf8").split(/\n\n+/)) {
    const lines = block.split("\n");
    if (!lines.some((l) => l.startsWith("#: ") && l.slice(3).split(" ").includes(script))) continue;
    const field = (name) => {
      const at = lines.findIndex((l) => l.startsWith(`${name} `));
      if (at < 0) return null;
      const own = [lines[at]];
      for (let i = at + 1; i < lines.length && lines[i].startsWith("\""); i++) own.push(lines[i]);
      return unquote(own);
    };
    const id = field("msgid");
    const text = field("msgstr");
    if (!id || !text) continue;
    const context = field("msgctxt");
    messages[context === null ? id : `${context}\u0004${id}`] = [text];
  }
  const name = `greenfair-vi-${createHash("md5").update(script).digest("hex")}.json`;
  for (const old of readdirSync("languages").filter((f) => /^greenfair-vi-.*\.json$/.test(f) && f !== name)) rmSync(`languages/${old}`);
  const json = { domain: "messages", locale_data: { messages } };
  writeFileSync(`languages/${name}`, `${JSON.stringify(json, null, "\t")}\n`);
'

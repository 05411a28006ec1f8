#!/usr/bin/env bash
# Regenerates the WordPress plugin's translations from its source, with
# Debian's gettext (apt-get install gettext):
#   greenfair/languages/greenfair.pot     xgettext over the PHP, with the
#                                         plugin header's and block.json's strings
#   greenfair/languages/greenfair-vi.po   msgmerge: new strings come in untranslated
#   greenfair/languages/greenfair-vi.mo   msgfmt
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

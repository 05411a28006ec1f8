// Minifies the embed's JavaScript in place (trunk's post-build hook): the
// wasm-bindgen glue and the loaders are shipped to every reader, so their
// comments and long names are bytes every news site pays for.
//   node scripts/minify.mjs [--script] FILE...
// --script: classic scripts (the studio's wasm-bindgen "no-modules" glue),
// whose top-level names are globals other scripts use, so they are kept.
import { readFile, writeFile } from 'node:fs/promises';
import { minify } from 'terser';

const script = process.argv.includes('--script');
for (const file of process.argv.slice(2).filter((a) => a !== '--script')) {
  const source = await readFile(file, 'utf8');
  const { code } = await minify(source, { module: !script, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
  await writeFile(file, code);
  console.log(`minify: ${file} ${source.length} -> ${code.length} bytes`);
}

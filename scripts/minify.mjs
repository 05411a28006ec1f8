// Minifies the embed's JavaScript in place (trunk's post-build hook): the
// wasm-bindgen glue and the loaders are shipped to every reader, so their
// comments and long names are bytes every news site pays for.
//   node scripts/minify.mjs FILE...
import { readFile, writeFile } from 'node:fs/promises';
import { minify } from 'terser';

for (const file of process.argv.slice(2)) {
  const source = await readFile(file, 'utf8');
  const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
  await writeFile(file, code);
  console.log(`minify: ${file} ${source.length} -> ${code.length} bytes`);
}

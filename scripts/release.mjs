// The release itself, from a built dist/ (scripts/release builds it first).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const { version, files } = JSON.parse(await readFile('package.json', 'utf8'));
const name = `greenfair-${version}`;
const folder = `release/${name}`;
await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });
// The same files as the npm package (package.json "files"), dist/ flattened.
for (const entry of files) {
  const target = entry.startsWith('dist/') ? `${folder}/${entry.slice('dist/'.length)}` : `${folder}/${entry}`;
  await cp(entry, target, { recursive: true });
}
execFileSync('tar', ['-czf', `release/${name}.tar.gz`, '-C', 'release', name]);
execFileSync('npm', ['pack', '--pack-destination', 'release', '--loglevel=error'], { stdio: ['ignore', 'ignore', 'inherit'] });

const loader = await readFile(`${folder}/v1/greenfair.js`);
const integrity = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
console.log(`greenfair ${version}: ${folder}/, release/${name}.tar.gz, release/${name}.tgz (npm)\n`);
console.log('Snippet (host the folder, then replace https://static.example.vn/greenfair with its address):\n');
console.log(`<script type="module" src="https://static.example.vn/greenfair/v1/greenfair.js"\n        integrity="${integrity}" crossorigin="anonymous"></script>`);
console.log('<div data-greenfair data-lang="vi"></div>\n');
console.log(`integrity of v1/greenfair.js: ${integrity}\n`);
let total = { raw: 0, gzip: 0, brotli: 0 };
console.log('file | bytes | gzip -9 | brotli 11');
for (const file of ['v1/greenfair.js', 'v1/greenfair-widget.js', 'v1/greenfair-widget_bg.wasm']) {
  const bytes = await readFile(`${folder}/${file}`);
  const size = {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  total = { raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli };
  console.log(`${file} | ${size.raw} | ${size.gzip} | ${size.brotli}`);
}
console.log(`script embed total | ${total.raw} | ${total.gzip} | ${total.brotli}`);
console.log(`tarball: ${(await stat(`release/${name}.tar.gz`)).size} bytes; npm package: ${(await stat(`release/${name}.tgz`)).size} bytes`);

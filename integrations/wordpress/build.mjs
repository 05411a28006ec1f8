// Builds the WordPress plugin from its source (greenfair/) and a built dist/:
//   release/greenfair-wordpress/greenfair/   the plugin, the widget's files in widget/
//   release/greenfair-wordpress.zip          the same folder, for Plugins → Add New → Upload
// `node integrations/wordpress/build.mjs` from the repository root, after
// `trunk build --release`; scripts/release and the WordPress tests call it.
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const SOURCE = resolve(import.meta.dirname, 'greenfair');

/** The files of dist/ the plugin carries: the embed, the iframe page, the demo feed and the builder. */
export const WIDGET_FILES = [
  'v1/', 'embed.html', 'styles/embed-frame.css', 'feeds/demo.json', 'feeds/demo.ics',
  'builder.html', 'builder/', 'styles/builder.css', 'favicon.svg',
  // The studio (Greenfair menu page): its wasm build and stylesheet.
  'studio/', 'styles/studio.css',
];

/** Every file under `dir`, as paths relative to `root`. */
async function filesUnder(dir, root = dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...await filesUnder(path, root));
    else found.push(relative(root, path));
  }
  return found.sort();
}

/** Builds the plugin folder and its zip under `out` from `dist`; returns their paths. */
export async function buildPlugin({ dist = 'dist', out = 'release' } = {}) {
  const missing = [];
  for (const file of WIDGET_FILES) {
    await stat(join(dist, file)).catch(() => missing.push(file));
  }
  if (missing.length) throw new Error(`${dist}/ lacks ${missing.join(', ')}: run trunk build --release first`);
  const root = join(out, 'greenfair-wordpress');
  const folder = join(root, 'greenfair');
  await rm(root, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await cp(SOURCE, folder, { recursive: true });
  for (const file of WIDGET_FILES) {
    await cp(join(dist, file), join(folder, 'widget', file), { recursive: true });
  }
  const entries = {};
  for (const file of await filesUnder(folder)) {
    entries[`greenfair/${file}`] = [await readFile(join(folder, file)), { mtime: new Date('2025-09-12T00:00:00Z') }];
  }
  const zip = join(out, 'greenfair-wordpress.zip');
  await writeFile(zip, zipSync(entries, { level: 9 }));
  return { folder, zip, files: Object.keys(entries).length };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { zip, files } = await buildPlugin();
  console.log(`WordPress plugin: ${zip} (${files} files, ${(await stat(zip)).size} bytes)`);
}

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

/**
 * The studio's stylesheet for the Greenfair admin page: studio.css styles a
 * page of its own (body, every element's box-sizing, focus rings), which in
 * WordPress's admin would restyle the admin itself; here those rules apply
 * inside the studio's root only. Each rule is found or the build fails, so a
 * change of studio.css is not silently left unscoped.
 */
export function scopedStudioCss(css) {
  const ROOT = '#greenfair-studio';
  const rules = [
    [/^\* \{/m, `${ROOT}, ${ROOT} * {`],
    [/^body \{/m, `${ROOT} {`],
    [/^:focus-visible \{/m, `${ROOT} :focus-visible {`],
  ];
  for (const [rule, scoped] of rules) {
    if (!rule.test(css)) throw new Error(`styles/studio.css has no rule ${rule}: scope it for the admin page (integrations/wordpress/build.mjs)`);
    css = css.replace(rule, scoped);
  }
  const global = css.split('\n').filter((line) => /^[a-z*:][^{]*\{/i.test(line) && !line.startsWith(':root') && !line.startsWith(ROOT) && !line.startsWith('@'));
  if (global.length) throw new Error(`styles/studio.css has rules for the whole page: ${global.join('; ')}`);
  return `/* Greenfair Studio in the WordPress admin: styles/studio.css, its page-wide rules kept to ${ROOT} (build.mjs). */\n${css}`;
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
  await mkdir(join(folder, 'admin'), { recursive: true });
  await writeFile(join(folder, 'admin', 'studio.css'), scopedStudioCss(await readFile(join(dist, 'styles/studio.css'), 'utf8')));
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

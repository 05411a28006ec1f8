// A current WordPress besides Debian's 6.1: WordPress 6.5.5, the first
// release line with script modules (wp_enqueue_script_module), which the
// plugin uses from 6.5 on. wordpress.org cannot be reached where the tests
// run; the npm registry can, and the WordPress Playground project publishes
// WordPress releases there (@wp-playground/wordpress-builds: each release's
// PHP as a zip, with comments stripped, and its static files). The package is
// fetched once with `npm pack`, checked against its pinned integrity, and
// unpacked into a cache folder.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

const PACKAGE = '@wp-playground/wordpress-builds';
const VERSION = '0.9.19';
const INTEGRITY = 'sha512-dlqvh/MJDpE5W68vgPPKUjpip6zMuBh59L3D18ZX+pdwurC4q4ydrTww/3sTMV69BBcoH6kF93YtAtujNC5Mpw==';
/** The release line taken from the package, and the version it holds. */
export const MODERN = { line: '6.5', version: '6.5.5' };

const CACHE = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'greenfair', `wordpress-${MODERN.version}`);

/**
 * The folder of WordPress 6.5.5, fetched and unpacked when missing; returns
 * { root } or { skip: why it cannot be had }.
 */
export async function modernWordPress() {
  const root = join(CACHE, 'wordpress');
  if (existsSync(join(root, 'wp-settings.php'))) return { root };
  if (!existsSync('/usr/bin/unzip')) return { skip: 'unzip is not installed (apt-get install unzip)' };
  // Unpacked beside the cache folder, so that the last step is a rename on one file system.
  await mkdir(dirname(CACHE), { recursive: true });
  const work = await mkdtemp(join(dirname(CACHE), '.unpacking-'));
  try {
    try {
      execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', work, '--silent'], { stdio: 'ignore', timeout: 600_000 });
    } catch (error) {
      return { skip: `npm pack ${PACKAGE}@${VERSION} failed (${error.message.split('\n')[0]})` };
    }
    const tarball = join(work, `wp-playground-wordpress-builds-${VERSION}.tgz`);
    const integrity = `sha512-${createHash('sha512').update(await readFile(tarball)).digest('base64')}`;
    if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}@${VERSION}: integrity ${integrity}, expected ${INTEGRITY}`);
    execFileSync('tar', ['-xzf', tarball, '-C', work, `package/src/wordpress/wp-${MODERN.line}.zip`, `package/public/wp-${MODERN.line}`]);
    const unpacked = join(work, 'wordpress');
    execFileSync('unzip', ['-q', join(work, `package/src/wordpress/wp-${MODERN.line}.zip`), '-d', unpacked]);
    // The release's static files (scripts, styles, images) are kept apart from its PHP.
    await cp(join(work, `package/public/wp-${MODERN.line}`), unpacked, { recursive: true, force: false });
    // Its wp-config.php and SQLite database are Playground's; the tests write their own config for MariaDB.
    await rm(join(unpacked, 'wp-config.php'), { force: true });
    await rm(join(unpacked, 'wp-content/database'), { recursive: true, force: true });
    await mkdir(CACHE, { recursive: true });
    await rm(root, { recursive: true, force: true });
    await rename(unpacked, root);
    return { root };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// A real WordPress for the plugin's tests: Debian's wordpress, mariadb-server
// and php-cli (installed when missing, as root or through sudo as
// scripts/setup does), a MariaDB of the test's own
// in a temporary folder, the site served by `php -S` on 127.0.0.1 and
// installed over HTTP as a new site owner would. Debian's WordPress (6.1)
// reads its config from /etc/wordpress; another WordPress folder (a newer
// release, wordpress-builds.mjs) gets a wp-config.php of the test's own.
// Everything started here is stopped by `stop()`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORDPRESS = '/usr/share/wordpress';
const HERE = resolve(import.meta.dirname);
/** Debian's config file for the test site, named by the router (config-NAME.php). */
const CONFIG_NAME = 'greenfair-test';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
export const ADMIN = { user: 'admin', password: 'greenfair-admin-pw' };

const have = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Debian's packages the WordPress tests need (gettext for the translations, unzip for WordPress 6.5). */
const PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'gettext', 'unzip'];

/**
 * Under CI (CI=true, as CI services set it), a WordPress or tool that cannot
 * be had fails the run: a skip there would leave CI green with the plugin
 * untested. Locally a "# skip:" line says why.
 */
export const CI = ['true', '1'].includes(String(process.env.CI ?? '').toLowerCase());

/** How to run a command as root: directly when root, else through `sudo -n` (no password asked); null when neither. */
function rootPrefix() {
  if (process.getuid?.() === 0) return [];
  if (!have('sudo')) return null;
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return ['sudo', '-n'];
  } catch {
    return null;
  }
}

/** Runs a command as root (directly or through sudo -n); throws when it cannot. */
function asRoot(command, args, options = {}) {
  const prefix = rootPrefix();
  if (!prefix) throw new Error(`${command} needs root, and sudo -n cannot give it`);
  const [run, ...before] = [...prefix, command];
  return execFileSync(run, [...before, ...args], options);
}

/**
 * Installs Debian's packages when missing, as root or through sudo (as
 * scripts/setup does); returns null when what is asked for can run, else why
 * not. `programs`: only these programs are needed (the translations' gettext),
 * not a WordPress to run, which also needs root for /etc/wordpress.
 */
export function ensurePackages({ programs = null } = {}) {
  const ready = programs
    ? () => programs.every(have)
    : () => existsSync(`${WORDPRESS}/wp-settings.php`) && existsSync('/usr/sbin/mariadbd')
      && ['php', 'mariadb-install-db', 'xgettext', 'msgfmt', 'unzip'].every(have);
  const root = rootPrefix();
  // Debian's WordPress reads its config from /etc/wordpress, which only root writes.
  if (!root && !programs) return `the WordPress tests need root or password-less sudo (apt-get, ${CONFIG_FILE})`;
  if (ready()) return null;
  if (!root) return `one of Debian's ${PACKAGES.join(', ')} is not installed, and installing them needs root or password-less sudo`;
  if (!have('apt-get')) return `one of ${PACKAGES.join(', ')} is not installed, and there is no apt-get`;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // sudo keeps DEBIAN_FRONTEND only when told: env sets it for apt-get itself.
  const apt = (args) => asRoot('env', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], { env, stdio: 'ignore' });
  try {
    apt(['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', ...PACKAGES]);
  } catch {
    try {
      apt(['update', '-qq']);
      apt(['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', ...PACKAGES]);
    } catch (error) {
      return `apt-get could not install ${PACKAGES.join(', ')} (${error.message.split('\n')[0]})`;
    }
  }
  return ready() ? null : `${PACKAGES.join(', ')} installed, but a program of theirs is still missing`;
}

/**
 * The tests' part for something missing: under CI a failing test named by
 * `name` that says why; locally a "# skip:" line (the caller skips).
 */
export function missingThing(name, why, test) {
  if (CI) {
    test(`${name} (CI=true: what is missing is a failure, not a skip)`, () => {
      throw new Error(`${name} cannot run: ${why}`);
    });
  } else {
    console.log(`skip: ${name}: ${why}`);
  }
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    }).on('error', fail);
  });
}

/** Polls `check` until it returns true, for at most `ms`. */
async function until(check, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Starts a process in a process group of its own, so that `stop()` ends it
 * with everything it forked (`php -S` forks its workers).
 */
function start(command, args, options, children) {
  const child = spawn(command, args, { stdio: 'ignore', detached: true, ...options });
  children.push(child);
  return child;
}

/**
 * Starts MariaDB, writes the config, serves the WordPress in `root` and
 * installs it. Returns { url, port, content, version, run(task, ...args), stop() }.
 */
export async function startSite({ root = WORDPRESS } = {}) {
  const debian = root === WORDPRESS;
  const dir = await mkdtemp(join(tmpdir(), 'greenfair-wp-'));
  const children = [];
  // Should the test process end without stop(), its servers end with it.
  const orphans = () => { for (const child of children) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } };
  process.once('exit', orphans);
  const stop = async () => {
    process.off('exit', orphans);
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        const exited = new Promise((done) => { child.once('exit', done); setTimeout(done, 5000); });
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
        await exited;
      }
    }
    if (debian) {
      if (process.getuid?.() === 0) await rm(CONFIG_FILE, { force: true });
      else try { asRoot('rm', ['-f', CONFIG_FILE]); } catch { /* left for root to remove */ }
    }
    else await rm(join(root, 'wp-config.php'), { force: true });
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // The test's own MariaDB: its data and socket in the temporary folder.
    const data = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    // As root, MariaDB is told to stay root; as another user it runs as that user.
    const user = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, ...user, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    start('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', ...user, `--pid-file=${join(dir, 'mariadb.pid')}`, `--log-error=${join(dir, 'mariadb.log')}`], {}, children);
    const sql = (statement) => execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', statement], { stdio: 'pipe' });
    await until(() => { try { sql('SELECT 1'); return true; } catch { return false; } }, 30_000, 'MariaDB');
    sql("CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';");

    // wp-content of its own: plugins, mu-plugins (the AMP stand-in), the release's themes and languages.
    const content = join(dir, 'wp-content');
    await mkdir(join(content, 'plugins'), { recursive: true });
    await mkdir(join(content, 'themes'), { recursive: true });
    await mkdir(join(content, 'uploads'), { recursive: true });
    await symlink(join(HERE, 'mu-plugins'), join(content, 'mu-plugins'));
    // The release's own block theme, and the tests' classic one (themes/).
    for (const folder of [join(root, 'wp-content/themes'), join(HERE, 'themes')]) {
      for (const theme of await readdir(folder, { withFileTypes: true })) {
        if (theme.isDirectory()) await symlink(join(folder, theme.name), join(content, 'themes', theme.name));
      }
    }
    if (existsSync(join(root, 'wp-content/languages'))) await symlink(join(root, 'wp-content/languages'), join(content, 'languages'));

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const config = `<?php
// The greenfair plugin's test site (tests/wordpress/site.mjs); removed when the test ends.
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
// No call to wordpress.org (updates, translations): it cannot be reached here, and waiting for it is slow.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
`;
    if (debian && process.getuid?.() === 0) {
      await writeFile(CONFIG_FILE, config);
    } else if (debian) {
      asRoot('tee', [CONFIG_FILE], { input: config, stdio: ['pipe', 'ignore', 'inherit'] });
    } else {
      // Debian's file brings the keys, the table prefix and wp-settings.php; here the test's own does.
      await writeFile(join(root, 'wp-config.php'), `${config}$table_prefix = 'wp_';
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $greenfair_key ) {
	define( $greenfair_key, 'greenfair-test-' . $greenfair_key );
}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`);
    }

    const env = { ...process.env, PHP_CLI_SERVER_WORKERS: '4', GREENFAIR_WP_CONTENT: content, GREENFAIR_WP_CONFIG: CONFIG_NAME };
    start('php', ['-S', `127.0.0.1:${port}`, '-t', root, join(HERE, 'router.php')], { cwd: root, env }, children);
    await until(async () => { try { await fetch(`${url}/wp-admin/install.php`); return true; } catch { return false; } }, 30_000, 'php -S');

    const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: 'Hội chợ xanh', user_name: ADMIN.user, admin_password: ADMIN.password,
        admin_password2: ADMIN.password, pw_weak: '1', admin_email: 'admin@example.com', blog_public: '0', language: '',
      }),
    });
    const installed = await install.text();
    if (!installed.includes('wp-login.php')) throw new Error(`the WordPress install did not finish: ${installed.slice(0, 500)}`);

    /** Runs a task of site-tasks.php and returns its JSON. */
    const run = (task, ...args) => JSON.parse(execFileSync('php', [join(HERE, 'site-tasks.php'), task, ...args], {
      env: { ...process.env, GREENFAIR_WP_HOST: `127.0.0.1:${port}`, GREENFAIR_WP_CONFIG: CONFIG_NAME, GREENFAIR_WP_ROOT: root },
      encoding: 'utf8',
    }));
    const version = execFileSync('php', ['-r', 'include $argv[1]; echo $wp_version;', join(root, 'wp-includes/version.php')], { encoding: 'utf8' });
    return { url, port, content, version, debugLog: join(dir, 'debug.log'), run, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

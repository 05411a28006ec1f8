// The published feed under load, served by WordPress as most sites run it:
// Debian's Apache 2.4 with mod_php (prefork), which the wordpress package
// brings. A test site (site.mjs) gets the plugin and a publication (the demo
// feed and its calendar, by an Editor over REST); then an Apache of its own
// (its own config file, nothing of /etc/apache2 changed: the modules are
// loaded from mods-available, mod_headers among them, so the .htaccess the
// plugin wrote in uploads/greenfair/ takes effect) serves the same WordPress
// and wp-content on another port of 127.0.0.1, and `ab` asks, at concurrency
// 50, for:
//   the published feed's static file   /wp-content/uploads/greenfair/feed.json
//   the same feed through WordPress     ?rest_route=/greenfair/v1/feed
//   the demo feed's static file         /wp-content/plugins/greenfair/widget/feeds/demo.json
// Load goes to 127.0.0.1 only.
//
//   node tests/wordpress/load.mjs [--requests 2000] [--concurrency 50]
//
// prints the headers each address answers with and ab's figures as a table
// (docs/performance.md); load.test.mjs runs it and asserts that no request
// failed (never times).
import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildPlugin } from '../../integrations/wordpress/build.mjs';
import { ADMIN, WORDPRESS, ensurePackages, startSite } from './site.mjs';
import { login } from './admin.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const MODULES = '/etc/apache2/mods-available';

/** Why the load cannot run here, or null. */
export function loadMissing() {
  const missing = ensurePackages();
  if (missing) return missing;
  if (process.getuid?.() !== 0) return 'Apache is started as root here (it then runs as www-data)';
  for (const need of ['/usr/sbin/apache2', '/usr/bin/ab', `${MODULES}/php8.2.load`, `${MODULES}/headers.load`]) {
    if (!existsSync(need)) return `${need} is missing (apt-get install apache2 libapache2-mod-php apache2-utils)`;
  }
  return null;
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

/** The Apache config: prefork and mod_php, the modules a WordPress site has, mod_headers, one virtual host. */
function apacheConfig({ dir, port, content }) {
  const load = ['mpm_prefork', 'authz_core', 'authz_host', 'access_compat', 'alias', 'dir', 'env', 'mime', 'setenvif', 'filter', 'deflate', 'headers', 'php8.2'];
  return `# The greenfair load test's Apache (tests/wordpress/load.mjs); removed when it ends.
ServerRoot /etc/apache2
ServerName 127.0.0.1
PidFile ${dir}/apache2.pid
Mutex file:${dir}
ErrorLog ${dir}/error.log
LogLevel warn
User www-data
Group www-data
Listen 127.0.0.1:${port}
${load.map((name) => `Include ${MODULES}/${name}.load`).join('\n')}
${['mpm_prefork', 'alias', 'dir', 'mime', 'setenvif', 'deflate', 'php8.2'].map((name) => `Include ${MODULES}/${name}.conf`).join('\n')}
TypesConfig /etc/mime.types
KeepAlive On
<Directory />
	Options FollowSymLinks
	AllowOverride None
	Require all denied
</Directory>
<VirtualHost 127.0.0.1:${port}>
	DocumentRoot ${WORDPRESS}
	# Debian's wp-config.php reads /etc/wordpress/config-<this>.php (site.mjs wrote it).
	SetEnv WORDPRESS_CONFIG greenfair-test
	Alias /wp-content ${content}
	<Directory ${WORDPRESS}>
		Options FollowSymLinks
		AllowOverride None
		Require all granted
	</Directory>
	<Directory ${content}>
		Options FollowSymLinks
		# FileInfo: the plugin's .htaccess sets types and headers.
		AllowOverride FileInfo Indexes
		Require all granted
	</Directory>
</VirtualHost>
`;
}

/** Runs ab; its figures (requests/s, p50, p95, failed, non-2xx). */
function ab(url, { requests, concurrency }) {
  const text = execFileSync('ab', ['-q', '-n', String(requests), '-c', String(concurrency), '-H', 'Origin: https://partner.example', '-H', 'Accept-Encoding: identity', url], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const number = (pattern) => {
    const match = text.match(pattern);
    return match ? Number(match[1]) : null;
  };
  return {
    complete: number(/^Complete requests:\s+(\d+)/m),
    failed: number(/^Failed requests:\s+(\d+)/m),
    non2xx: number(/^Non-2xx responses:\s+(\d+)/m) ?? 0,
    perSecond: number(/^Requests per second:\s+([\d.]+)/m),
    p50: number(/^\s+50%\s+(\d+)/m),
    p95: number(/^\s+95%\s+(\d+)/m),
    bytes: number(/^Document Length:\s+(\d+)/m),
  };
}

/**
 * The headers an address answers a cross-origin GET with (curl, a new
 * connection each time: Apache closes an idle kept-alive one after 5 s,
 * which a pooled fetch would trip over after a run of ab).
 */
function headersOf(url) {
  const head = execFileSync('curl', ['-s', '-D', '-', '-o', '/dev/null', '-H', 'Origin: https://partner.example', url], { encoding: 'utf8' });
  const [status, ...lines] = head.trim().split(/\r?\n/);
  const headers = Object.fromEntries(lines.map((line) => line.split(/:\s*/, 2)).map(([name, value]) => [name.toLowerCase(), value]));
  const pick = ['content-type', 'access-control-allow-origin', 'access-control-allow-credentials', 'cache-control', 'etag'];
  return { status: Number(status.split(' ')[1]), ...Object.fromEntries(pick.map((name) => [name, headers[name] ?? null])) };
}

/**
 * Starts the site and Apache, publishes, loads each address; returns
 * { wordpress, addresses: [{ name, url, headers, figures }] }. Stops all it started.
 */
export async function runLoad({ requests = 2000, concurrency = 50 } = {}) {
  const out = await mkdtemp(join(tmpdir(), 'greenfair-load-'));
  let site;
  let apache;
  const apacheDir = await mkdtemp(join(tmpdir(), 'greenfair-apache-'));
  const config = join(apacheDir, 'apache2.conf');
  try {
    const built = await buildPlugin({ dist: join(ROOT, 'dist'), out });
    site = await startSite({ root: WORDPRESS });
    const admin = await login(site.url, ADMIN);
    const uploaded = await admin.uploadPlugin(built.zip);
    const activate = uploaded.match(/href="([^"]*plugins\.php\?action=activate[^"]*)"/);
    if (!activate) throw new Error('the plugin did not upload');
    await admin.get(new URL(activate[1].replace(/&amp;/g, '&'), `${site.url}/wp-admin/`).href);
    site.run('users');
    const editor = await login(site.url, { user: 'bien-tap', password: 'bien-tap-pw' });
    const published = await editor.fetch(`${site.url}/?rest_route=/greenfair/v1/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wp-nonce': await editor.restNonce() },
      body: JSON.stringify({ feed: await readFile(join(ROOT, 'feeds/demo.json'), 'utf8'), calendar: await readFile(join(ROOT, 'feeds/demo.ics'), 'utf8') }),
    });
    if (published.status !== 200) throw new Error(`publishing failed: ${published.status} ${await published.text()}`);

    // Apache runs as www-data: it reads the site's folder (made 0700 by mkdtemp) and MariaDB's socket in it.
    await chmod(dirname(site.content), 0o755);
    const port = await freePort();
    await writeFile(config, apacheConfig({ dir: apacheDir, port, content: site.content }));
    await chmod(apacheDir, 0o755);
    execFileSync('/usr/sbin/apache2', ['-f', config, '-k', 'start'], { stdio: 'pipe' });
    apache = { port };
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i += 1) {
      try { if ((await fetch(`${base}/wp-content/uploads/greenfair/feed.json`)).ok) break; } catch { /* not yet */ }
      await new Promise((done) => setTimeout(done, 100));
    }
    const addresses = [
      { name: 'published feed, static file (.htaccess headers)', url: `${base}/wp-content/uploads/greenfair/feed.json` },
      { name: 'published feed through WordPress (REST)', url: `${base}/?rest_route=/greenfair/v1/feed` },
      { name: 'demo feed, static file', url: `${base}/wp-content/plugins/greenfair/widget/feeds/demo.json` },
    ];
    if (process.env.GREENFAIR_LOAD_PAUSE) {
      console.error(`paused: ${base}`);
      await new Promise((done) => setTimeout(done, Number(process.env.GREENFAIR_LOAD_PAUSE) * 1000));
    }
    // The plugin's own check of its static address, made against this Apache (the uploads' address pointed at it).
    const staticCheck = site.run('static-check', `${base}/wp-content/uploads`);
    for (const address of addresses) {
      address.headers = headersOf(address.url);
      address.figures = ab(address.url, { requests, concurrency });
    }
    const apacheVersion = execFileSync('/usr/sbin/apache2', ['-v'], { encoding: 'utf8' }).split('\n')[0];
    return { wordpress: site.version, apache: apacheVersion, requests, concurrency, addresses, staticCheck };
  } finally {
    if (apache) {
      try { execFileSync('/usr/sbin/apache2', ['-f', config, '-k', 'stop'], { stdio: 'ignore' }); } catch { /* already gone */ }
      for (let i = 0; i < 50 && existsSync(join(apacheDir, 'apache2.pid')); i += 1) await new Promise((done) => setTimeout(done, 100));
    }
    await site?.stop();
    await rm(out, { recursive: true, force: true });
    await rm(apacheDir, { recursive: true, force: true });
  }
}

/** The figures as a Markdown table. */
export function table({ addresses }) {
  const rows = addresses.map(({ name, figures: f }) => `| ${name} | ${f.complete} | ${f.failed} | ${f.non2xx} | ${f.perSecond} | ${f.p50} | ${f.p95} | ${f.bytes} |`);
  return ['| address | requests | failed | non-2xx | requests/s | p50 ms | p95 ms | bytes |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const missing = loadMissing();
  if (missing) {
    console.error(`load.mjs cannot run: ${missing}`);
    process.exit(1);
  }
  const result = await runLoad({ requests: arg('requests', 2000), concurrency: arg('concurrency', 50) });
  console.log(`WordPress ${result.wordpress}, ${result.apache} with mod_php (prefork), ${result.requests} requests at concurrency ${result.concurrency} (ab), 127.0.0.1\n`);
  for (const { name, url, headers } of result.addresses) console.log(`${name}: ${url}\n  ${JSON.stringify(headers)}`);
  console.log(`the plugin's check of the static address under this Apache: ${JSON.stringify(result.staticCheck)}`);
  console.log(`\n${table(result)}`);
}

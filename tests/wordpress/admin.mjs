// An administrator's browser session over plain HTTP: logs in on
// wp-login.php, keeps the cookies, and reads the nonces WordPress puts in
// its forms, so the tests use the admin screens as a site owner does.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** The value of the form field `name` in an admin page (its nonce, its referer). */
export function field(html, name) {
  const match = html.match(new RegExp(`name=["']${name}["'][^>]*value=["']([^"']*)["']`))
    ?? html.match(new RegExp(`value=["']([^"']*)["'][^>]*name=["']${name}["']`));
  if (!match) throw new Error(`no field ${name} in the page`);
  return match[1].replace(/&amp;/g, '&');
}

/** Logs in as `user` on the site at `url`; returns get(path) and post(path, body). */
export async function login(url, { user, password }) {
  const jar = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  const keep = (response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
  const headers = () => ({ cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') });
  const request = async (path, init = {}) => keep(await fetch(new URL(path, url), { redirect: 'manual', ...init, headers: { ...headers(), ...init.headers } }));
  const loggedIn = await request('/wp-login.php', {
    method: 'POST',
    body: new URLSearchParams({ log: user, pwd: password, 'wp-submit': 'Log In', redirect_to: `${url}/wp-admin/`, testcookie: '1' }),
  });
  if (loggedIn.status !== 302 || ![...jar.keys()].some((name) => name.startsWith('wordpress_logged_in_'))) {
    throw new Error(`could not log in as ${user}: HTTP ${loggedIn.status}`);
  }
  return {
    /** Any request with the session's cookies (and `init`'s headers): the Response. */
    fetch: (path, init = {}) => request(path, init),
    /** The REST nonce (X-WP-Nonce) WordPress gives the logged-in user. */
    async restNonce() {
      const response = await request('/wp-admin/admin-ajax.php?action=rest-nonce');
      const nonce = (await response.text()).trim();
      if (response.status !== 200 || !/^[0-9a-f]{10}$/.test(nonce)) throw new Error(`no REST nonce for ${user}: HTTP ${response.status} ${nonce.slice(0, 100)}`);
      return nonce;
    },
    /** GETs an admin page: status and HTML. */
    async get(path) {
      const response = await request(path);
      return { status: response.status, location: response.headers.get('location'), html: await response.text() };
    },
    /** POSTs a form (an object, URLSearchParams or FormData): status, redirect and HTML. */
    async post(path, body) {
      const response = await request(path, { method: 'POST', body: body instanceof FormData ? body : new URLSearchParams(body) });
      return { status: response.status, location: response.headers.get('location'), html: await response.text() };
    },
    /** Uploads a plugin zip on Plugins → Add New → Upload Plugin; returns the result page's HTML. */
    async uploadPlugin(zipPath) {
      const form = await this.get('/wp-admin/plugin-install.php?tab=upload');
      const body = new FormData();
      body.set('_wpnonce', field(form.html, '_wpnonce'));
      body.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
      body.set('pluginzip', new Blob([await readFile(zipPath)], { type: 'application/zip' }), basename(zipPath));
      body.set('install-plugin-submit', 'Install Now');
      return (await this.post('/wp-admin/update.php?action=upload-plugin', body)).html;
    },
  };
}

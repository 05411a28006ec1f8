// uninstall.php on a multisite network of 150 sites: each site's options go.
// WordPress's get_sites() returns 100 sites unless told 'number' => 0
// (WP_Site_Query's default); a network of that size cannot be made in the
// tests' WordPress in reasonable time, so uninstall.php runs here under PHP
// with WordPress's functions stood in for, get_sites() keeping that default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensurePackages, missingThing } from './site.mjs';

const UNINSTALL = resolve(import.meta.dirname, '../../integrations/wordpress/greenfair/uninstall.php');
const skip = ensurePackages({ programs: ['php'] });
if (skip) missingThing('uninstall.php under PHP', skip, test);

const STANDS_IN = `
define( 'WP_UNINSTALL_PLUGIN', 'greenfair/greenfair.php' );
$greenfair_deleted = array();
function is_multisite() { return true; }
function delete_option( $name ) { $GLOBALS['greenfair_deleted'][0][] = $name; return true; }
function delete_blog_option( $id, $name ) { $GLOBALS['greenfair_deleted'][ $id ][] = $name; return true; }
/** 150 sites; WP_Site_Query's 'number' defaults to 100, and 0 means no limit. */
function get_sites( $args = array() ) {
	$number = isset( $args['number'] ) ? absint( $args['number'] ) : 100;
	$ids    = range( 1, 150 );
	return $number ? array_slice( $ids, 0, $number ) : $ids;
}
function absint( $value ) { return abs( (int) $value ); }
require $argv[1];
echo json_encode( $greenfair_deleted );
`;

test('uninstall.php deletes both options on every site of a network of 150, not only the first 100', { skip: skip ?? false }, () => {
  const deleted = JSON.parse(execFileSync('php', ['-r', STANDS_IN, UNINSTALL], { encoding: 'utf8' }));
  const sites = Object.keys(deleted).filter((id) => id !== '0');
  assert.equal(sites.length, 150);
  for (const id of sites) assert.deepEqual(deleted[id], ['greenfair_feed_url', 'greenfair_files_url'], `site ${id}`);
  assert.deepEqual(deleted[0], ['greenfair_feed_url', 'greenfair_files_url'], 'the main options');
});

// uninstall.php on a multisite network of 150 sites: each site's options and
// the greenfair_publish capability go (the published files stay: not asked).
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
$greenfair_blog    = 0;
$greenfair_caps    = array();
function is_multisite() { return true; }
function switch_to_blog( $id ) { $GLOBALS['greenfair_blog'] = $id; return true; }
function restore_current_blog() { $GLOBALS['greenfair_blog'] = 0; return true; }
function get_option( $name, $default = false ) { return $default; }
function delete_option( $name ) { $GLOBALS['greenfair_deleted'][ $GLOBALS['greenfair_blog'] ][] = $name; return true; }
function delete_transient( $name ) { return true; }
/** Each site's roles, whose capability is removed. */
class Greenfair_Role { public $name; function __construct( $name ) { $this->name = $name; } function remove_cap( $cap ) { $GLOBALS['greenfair_caps'][ $GLOBALS['greenfair_blog'] ][] = $this->name . ':' . $cap; } }
function wp_roles() { return (object) array( 'role_objects' => array( new Greenfair_Role( 'administrator' ), new Greenfair_Role( 'editor' ) ) ); }
/** 150 sites; WP_Site_Query's 'number' defaults to 100, and 0 means no limit. */
function get_sites( $args = array() ) {
	$number = isset( $args['number'] ) ? absint( $args['number'] ) : 100;
	$ids    = range( 1, 150 );
	return $number ? array_slice( $ids, 0, $number ) : $ids;
}
function absint( $value ) { return abs( (int) $value ); }
require $argv[1];
echo json_encode( array( 'deleted' => $greenfair_deleted, 'caps' => $greenfair_caps ) );
`;

const OPTIONS = ['greenfair_feed_url', 'greenfair_files_url', 'greenfair_history', 'greenfair_delete_files', 'greenfair_static_check'];

test('uninstall.php deletes the options and the capability on every site of a network of 150, not only the first 100', { skip: skip ?? false }, () => {
  const { deleted, caps } = JSON.parse(execFileSync('php', ['-r', STANDS_IN, UNINSTALL], { encoding: 'utf8' }));
  const sites = Object.keys(deleted);
  assert.equal(sites.length, 150);
  for (const id of sites) {
    assert.deepEqual(deleted[id], OPTIONS, `site ${id}`);
    assert.deepEqual(caps[id], ['administrator:greenfair_publish', 'editor:greenfair_publish'], `site ${id}`);
  }
});

<?php
/**
 * Plugin Name:       Greenfair
 * Description:       The calendar and booth finder of Hanoi's sustainable-consumption fairs, in posts and pages: a pasted snippet, the [greenfair] shortcode or the "Greenfair" block.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            greenfair
 * License:           MIT OR Apache-2.0
 * Text Domain:       greenfair
 * Domain Path:       /languages
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

define( 'GREENFAIR_VERSION', '1.0.0' );
define( 'GREENFAIR_FILE', __FILE__ );
define( 'GREENFAIR_DIR', __DIR__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/loader.php';
require_once __DIR__ . '/includes/amp.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/settings-page.php';

add_action( 'init', 'greenfair_load_textdomain', 5 );

/** Loads the plugin's own translations (languages/greenfair-vi.mo). */
function greenfair_load_textdomain() {
	load_plugin_textdomain( 'greenfair', false, dirname( plugin_basename( GREENFAIR_FILE ) ) . '/languages' );
}

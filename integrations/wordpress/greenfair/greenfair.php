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
require_once __DIR__ . '/includes/published.php';
require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/loader.php';
require_once __DIR__ . '/includes/amp.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/settings-page.php';
require_once __DIR__ . '/includes/studio-page.php';
require_once __DIR__ . '/includes/history-page.php';

greenfair_translations_folder();

/**
 * Tells WordPress where the plugin's own translations are (languages/, with
 * the Vietnamese .mo and the editor script's JSON), so that it loads them
 * just in time, when a string of the plugin is first translated. Since
 * WordPress 4.6 no call to load_plugin_textdomain is needed: a language pack
 * from translate.wordpress.org, in wp-content/languages/plugins/, is found
 * first; the folder given here is where WordPress looks next (WordPress 6.1's
 * WP_Textdomain_Registry, as load_plugin_textdomain itself would tell it).
 */
function greenfair_translations_folder() {
	global $wp_textdomain_registry;
	if ( isset( $wp_textdomain_registry ) && method_exists( $wp_textdomain_registry, 'set_custom_path' ) ) {
		$wp_textdomain_registry->set_custom_path( 'greenfair', GREENFAIR_DIR . '/languages' );
	}
}

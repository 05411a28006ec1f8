<?php
/**
 * Plugin Name: DISALLOW_UNFILTERED_HTML switch (greenfair tests)
 * Description: Defines DISALLOW_UNFILTERED_HTML, as a site's wp-config.php can, while the file greenfair-disallow-unfiltered-html is in wp-content: then no user, administrators included, has unfiltered_html (as a site administrator on a multisite network has not).
 *
 * @package Greenfair
 */

if ( file_exists( WP_CONTENT_DIR . '/greenfair-disallow-unfiltered-html' ) && ! defined( 'DISALLOW_UNFILTERED_HTML' ) ) {
	define( 'DISALLOW_UNFILTERED_HTML', true );
}

<?php
/**
 * Removes the plugin's options when it is deleted from Plugins.
 *
 * @package Greenfair
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

foreach ( array( 'greenfair_feed_url', 'greenfair_files_url' ) as $greenfair_option ) {
	delete_option( $greenfair_option );
}
if ( is_multisite() ) {
	// Every site: get_sites() returns 100 unless told 'number' => 0 (no limit).
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $greenfair_site ) {
		delete_blog_option( $greenfair_site, 'greenfair_feed_url' );
		delete_blog_option( $greenfair_site, 'greenfair_files_url' );
	}
}

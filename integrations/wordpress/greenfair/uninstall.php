<?php
/**
 * When the plugin is deleted from Plugins: removes its options and the
 * greenfair_publish capability from every role, on every site. The published
 * feeds and their history (wp-content/uploads/greenfair/) are kept, unless
 * Settings → Greenfair → "On uninstall" asked for them to be deleted.
 *
 * @package Greenfair
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Removes this site's options, capability and, when asked, its published files. */
function greenfair_uninstall_site() {
	$delete_files = '1' === (string) get_option( 'greenfair_delete_files', '' );
	foreach ( array( 'greenfair_feed_url', 'greenfair_files_url', 'greenfair_history', 'greenfair_delete_files', 'greenfair_static_check' ) as $option ) {
		delete_option( $option );
	}
	foreach ( wp_roles()->role_objects as $role ) {
		$role->remove_cap( 'greenfair_publish' );
	}
	if ( $delete_files ) {
		$uploads = wp_upload_dir( null, false );
		$dir     = trailingslashit( $uploads['basedir'] ) . 'greenfair';
		if ( is_dir( $dir ) ) {
			require_once ABSPATH . 'wp-admin/includes/file.php';
			global $wp_filesystem;
			if ( WP_Filesystem() && $wp_filesystem ) {
				$wp_filesystem->delete( $dir, true );
			}
		}
	}
}

if ( is_multisite() ) {
	// Every site: get_sites() returns 100 unless told 'number' => 0 (no limit).
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $greenfair_site ) {
		switch_to_blog( $greenfair_site );
		greenfair_uninstall_site();
		restore_current_blog();
	}
} else {
	greenfair_uninstall_site();
}

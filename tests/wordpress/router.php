<?php
/**
 * The router of the test site's `php -S`: serves /wp-content/… from the
 * test's own content folder (with the types browsers need, wasm included),
 * names the site's Debian config file, and hands everything else to
 * WordPress as a web server would.
 *
 * @package Greenfair
 */

$greenfair_content = getenv( 'GREENFAIR_WP_CONTENT' );
$greenfair_path    = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

// Debian's wp-config.php reads /etc/wordpress/config-<this>.php.
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'GREENFAIR_WP_CONFIG' );

if ( 0 === strpos( $greenfair_path, '/wp-content/' ) ) {
	$greenfair_file = realpath( $greenfair_content . substr( $greenfair_path, strlen( '/wp-content' ) ) );
	$greenfair_ext  = strtolower( pathinfo( (string) $greenfair_file, PATHINFO_EXTENSION ) );
	if ( false === $greenfair_file || ! is_file( $greenfair_file ) || 'php' === $greenfair_ext ) {
		http_response_code( 404 );
		return true;
	}
	$greenfair_types = array(
		'js'    => 'text/javascript',
		'mjs'   => 'text/javascript',
		'css'   => 'text/css',
		'json'  => 'application/json',
		'wasm'  => 'application/wasm',
		'html'  => 'text/html; charset=utf-8',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'ics'   => 'text/calendar',
		'woff2' => 'font/woff2',
	);
	header( 'Content-Type: ' . ( isset( $greenfair_types[ $greenfair_ext ] ) ? $greenfair_types[ $greenfair_ext ] : 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $greenfair_file ) );
	readfile( $greenfair_file );
	return true;
}
if ( '/' !== $greenfair_path && ! file_exists( $_SERVER['DOCUMENT_ROOT'] . $greenfair_path ) ) {
	// No pretty permalinks here: what is not a file is WordPress's.
	require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
	return true;
}
return false;

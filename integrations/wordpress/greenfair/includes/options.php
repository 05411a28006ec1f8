<?php
/**
 * The plugin's two options and the addresses that follow from them.
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

/** Option: the feed a shortcode or block without `feed` shows ('' = the demo feed next to the files). */
const GREENFAIR_OPTION_FEED = 'greenfair_feed_url';

/** Option: the folder holding v1/, embed.html and feeds/ ('' = the copy inside the plugin). */
const GREENFAIR_OPTION_FILES = 'greenfair_files_url';

/** The address of the folder the widget's files are in, ending in a slash. */
function greenfair_files_url() {
	$files = (string) get_option( GREENFAIR_OPTION_FILES, '' );
	if ( '' === $files ) {
		$files = plugins_url( 'widget/', GREENFAIR_FILE );
	}
	return trailingslashit( $files );
}

/** The address of the loader module, v1/greenfair.js. */
function greenfair_loader_url() {
	return greenfair_files_url() . 'v1/greenfair.js';
}

/**
 * The feed for widgets that name none: the Default feed of Settings →
 * Greenfair when one is set, else the site's published feed when there is
 * one, else '' (the widget uses its demo feed).
 */
function greenfair_default_feed() {
	$feed = (string) get_option( GREENFAIR_OPTION_FEED, '' );
	return '' !== $feed ? $feed : greenfair_published_feed_url();
}

/**
 * A web address as the settings accept it: http or https, trimmed, or '' for
 * a value that is not one.
 *
 * @param mixed $value What was typed.
 */
function greenfair_web_url( $value ) {
	$value = trim( (string) $value );
	if ( ! preg_match( '#^https?://[^\s/?\#]+#i', $value ) ) {
		return '';
	}
	return esc_url_raw( $value, array( 'http', 'https' ) );
}

<?php
/**
 * The loader module, v1/greenfair.js, added once to the pages that hold a
 * widget and to no other page.
 *
 * WordPress 6.5 and later: wp_enqueue_script_module(). WordPress 6.1 to 6.4
 * have no script modules: the loader is enqueued as a script and its tag is
 * given type="module" (script_loader_tag). The block editor's preview always
 * takes the second way, which also reaches an iframed editor canvas.
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

/** The handle (and script module id) of the loader. */
const GREENFAIR_LOADER = 'greenfair';

add_filter( 'the_content', 'greenfair_notice_pasted_widgets', 100 );
add_filter( 'widget_text_content', 'greenfair_notice_pasted_widgets', 100 );
add_filter( 'widget_block_content', 'greenfair_notice_pasted_widgets', 100 );
add_filter( 'script_loader_tag', 'greenfair_module_tag', 10, 2 );

/** Adds the loader module to this page, once (not on AMP pages). */
function greenfair_use_loader() {
	static $added = false;
	if ( $added || greenfair_is_amp() ) {
		return;
	}
	$added = true;
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		// No version in the URL: a snippet pasted from builder.html names the
		// same URL, and the browser then runs the module once.
		wp_enqueue_script_module( GREENFAIR_LOADER, greenfair_loader_url(), array(), null );
		return;
	}
	greenfair_enqueue_loader_script();
}

/** Enqueues the loader as a script whose tag greenfair_module_tag() makes a module. */
function greenfair_enqueue_loader_script() {
	wp_enqueue_script( GREENFAIR_LOADER, greenfair_loader_url(), array(), null, true );
}

/**
 * Makes the loader's script tag `type="module"`, keeping its other attributes.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function greenfair_module_tag( $tag, $handle ) {
	if ( GREENFAIR_LOADER !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
}

/**
 * Adds the loader when rendered content holds an element with data-greenfair
 * (a pasted snippet: kses keeps the div of an Author's post and removes the
 * script), unless the content brings its own loader (an administrator's
 * pasted script survives kses).
 *
 * @param string $content The rendered content.
 * @return string The same content.
 */
function greenfair_notice_pasted_widgets( $content ) {
	// An excerpt runs the content filters, then strips the tags: no widget is left to mount.
	if ( doing_filter( 'get_the_excerpt' ) || is_feed() ) {
		return $content;
	}
	if ( greenfair_has_widget_element( $content ) && ! greenfair_has_own_loader( $content ) ) {
		greenfair_use_loader();
	}
	return $content;
}

/**
 * Whether HTML holds an element with the data-greenfair attribute.
 *
 * @param string $html HTML.
 */
function greenfair_has_widget_element( $html ) {
	return false !== strpos( $html, 'data-greenfair' )
		&& 1 === preg_match( '#<[a-z][a-z0-9-]*\s(?:[^>]*?\s)?data-greenfair(?=[\s=/>])#i', $html );
}

/**
 * Whether HTML holds a script tag of greenfair's loader.
 *
 * @param string $html HTML.
 */
function greenfair_has_own_loader( $html ) {
	return 1 === preg_match( '#<script\b[^>]*\ssrc=["\']?[^"\'\s>]*/v1/greenfair\.js#i', $html );
}

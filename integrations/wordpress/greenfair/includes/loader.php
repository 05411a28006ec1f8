<?php
/**
 * The loader module, v1/greenfair.js, added once to the pages that hold a
 * widget and to no other page.
 *
 * WordPress 6.5 and later: wp_enqueue_script_module(). WordPress 6.1 to 6.4
 * have no script modules: the loader is enqueued as a script given
 * type="module", on 6.4 by the wp_script_attributes filter, on 6.1 to 6.3
 * (whose tags that filter does not reach) by script_loader_tag. The block
 * editor's preview adds the loader itself (block/editor.js), only to an
 * editor that holds the block.
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

/** The handle (and script module id) of the loader. */
const GREENFAIR_LOADER = 'greenfair';

foreach ( greenfair_content_filters() as $greenfair_filter ) {
	// Before the AMP frames (99) take the pasted elements' settings.
	add_filter( $greenfair_filter, 'greenfair_drop_foreign_feeds', 98 );
	add_filter( $greenfair_filter, 'greenfair_notice_pasted_widgets', 100 );
}
if ( version_compare( $GLOBALS['wp_version'], '6.4', '>=' ) ) {
	add_filter( 'wp_script_attributes', 'greenfair_module_attributes' );
} else {
	add_filter( 'script_loader_tag', 'greenfair_module_tag', 10, 2 );
}

/**
 * The filters of rendered HTML a pasted snippet can be in: post content, the
 * Text widget, the Custom HTML widget (which has a filter of its own, not
 * widget_text_content) and block widgets (a Custom HTML block among them).
 */
function greenfair_content_filters() {
	return array( 'the_content', 'widget_text_content', 'widget_custom_html_content', 'widget_block_content' );
}

/** Whether a filter of greenfair_content_filters() is running, and will see a widget rendered now at its priority 100. */
function greenfair_in_content_filter() {
	foreach ( greenfair_content_filters() as $filter ) {
		if ( doing_filter( $filter ) ) {
			return true;
		}
	}
	return false;
}

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

/** Enqueues the loader as a script, in the footer, whose tag is made a module (greenfair_module_attributes(), greenfair_module_tag()). */
function greenfair_enqueue_loader_script() {
	// phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- on purpose: the URL is the one builder.html's pasted snippet names (no ?ver=), so a page holding both runs the module once; v1/ is the version.
	wp_enqueue_script( GREENFAIR_LOADER, greenfair_loader_url(), array(), null, true );
}

/**
 * WordPress 6.4 and later: the loader's script tag gets `type="module"`.
 *
 * @param array $attributes The script tag's attributes.
 * @return array
 */
function greenfair_module_attributes( $attributes ) {
	if ( isset( $attributes['id'] ) && GREENFAIR_LOADER . '-js' === $attributes['id'] ) {
		$attributes['type'] = 'module';
	}
	return $attributes;
}

/**
 * WordPress 6.1 to 6.3, whose script tags wp_script_attributes does not
 * reach: makes the loader's tag `type="module"`, keeping its other attributes.
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

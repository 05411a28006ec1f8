<?php
/**
 * The block "Greenfair" (greenfair/widget): block.json, rendered on the
 * server by the same code as the shortcode, with its settings in the
 * editor's sidebar and a live preview (block/editor.js, no build step).
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'greenfair_register_block' );
add_action( 'enqueue_block_editor_assets', 'greenfair_editor_settings' );

/** Registers the block from block/block.json, with its server-side render and the editor script's translations. */
function greenfair_register_block() {
	register_block_type( GREENFAIR_DIR . '/block', array( 'render_callback' => 'greenfair_render_block' ) );
	// The sidebar's words (wp.i18n in editor.js): languages/greenfair-<locale>-<md5 of "block/editor.js">.json.
	wp_set_script_translations( greenfair_editor_script(), 'greenfair', GREENFAIR_DIR . '/languages' );
}

/** The handle of the block's editor script (block.json's editorScript). */
function greenfair_editor_script() {
	return generate_block_asset_handle( 'greenfair/widget', 'editorScript' );
}

/**
 * In a block editor, for editor.js: the loader's address (added only to an
 * editor holding the block, for its live preview), and the fairs and
 * categories of the site's published feed by name, which the sidebar offers
 * in menus for a block that names no feed of its own.
 */
function greenfair_editor_settings() {
	$settings = array( 'loader' => greenfair_loader_url() ) + greenfair_published_choices();
	wp_add_inline_script( greenfair_editor_script(), 'window.greenfairEditor = ' . wp_json_encode( $settings ) . ';', 'before' );
}

/**
 * The published feed's fairs and categories as [ id, name ] pairs, named in
 * the user's language (Vietnamese for a vi locale, else English, else the
 * other); none when nothing is published or the Default feed of Settings →
 * Greenfair is another feed.
 *
 * @return array fairs and categories.
 */
function greenfair_published_choices() {
	$choices = array(
		'fairs'      => array(),
		'categories' => array(),
	);
	$file    = greenfair_published_file();
	if ( '' === $file || '' !== (string) get_option( GREENFAIR_OPTION_FEED, '' ) ) {
		return $choices;
	}
	$feed = json_decode( (string) file_get_contents( $file ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the published file in uploads.
	if ( ! is_array( $feed ) ) {
		return $choices;
	}
	$lang  = 0 === strpos( get_user_locale(), 'vi' ) ? 'vi' : 'en';
	$named = function ( $record ) use ( $lang ) {
		$name = isset( $record['name'] ) ? $record['name'] : '';
		if ( is_array( $name ) ) {
			$name = isset( $name[ $lang ] ) ? $name[ $lang ] : reset( $name );
		}
		return array( (string) $record['id'], is_string( $name ) && '' !== $name ? $name : (string) $record['id'] );
	};
	foreach ( array( 'events' => 'fairs', 'categories' => 'categories' ) as $list => $key ) {
		foreach ( isset( $feed[ $list ] ) && is_array( $feed[ $list ] ) ? $feed[ $list ] : array() as $record ) {
			if ( is_array( $record ) && isset( $record['id'] ) && is_scalar( $record['id'] ) ) {
				$choices[ $key ][] = $named( $record );
			}
		}
	}
	return $choices;
}

/**
 * The block's HTML: the widget, carrying the block's class names.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function greenfair_render_block( $attributes ) {
	return greenfair_render_widget( $attributes, get_block_wrapper_attributes() );
}

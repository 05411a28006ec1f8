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
 * In a block editor, the loader's address for editor.js, which adds the
 * loader only to an editor holding the block (for its live preview).
 */
function greenfair_editor_settings() {
	wp_add_inline_script( greenfair_editor_script(), 'window.greenfairEditor = ' . wp_json_encode( array( 'loader' => greenfair_loader_url() ) ) . ';', 'before' );
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

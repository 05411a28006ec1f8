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
add_action( 'enqueue_block_assets', 'greenfair_editor_preview_loader' );

/** Registers the block from block/block.json, with its server-side render and the editor's words. */
function greenfair_register_block() {
	register_block_type( GREENFAIR_DIR . '/block', array( 'render_callback' => 'greenfair_render_block' ) );
	$handle = generate_block_asset_handle( 'greenfair/widget', 'editorScript' );
	wp_add_inline_script( $handle, 'window.greenfairBlockText = ' . wp_json_encode( greenfair_editor_text() ) . ';', 'before' );
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

/** In the block editor, the loader, so the preview mounts the real widget. */
function greenfair_editor_preview_loader() {
	if ( is_admin() ) {
		greenfair_enqueue_loader_script();
	}
}

/** The words of the block's sidebar, translated. */
function greenfair_editor_text() {
	return array(
		'panel'          => __( 'Widget settings', 'greenfair' ),
		'feed'           => __( 'Feed address (JSON)', 'greenfair' ),
		'feedHelp'       => __( 'Empty: the default feed of Settings → Greenfair, or the demo feed.', 'greenfair' ),
		'view'           => __( 'Parts shown', 'greenfair' ),
		'viewBoth'       => __( 'Calendar and booth finder', 'greenfair' ),
		'viewCalendar'   => __( 'Fair calendar only', 'greenfair' ),
		'viewBooths'     => __( 'Booth finder only', 'greenfair' ),
		'lang'           => __( "The widget's language", 'greenfair' ),
		'langVi'         => __( 'Vietnamese', 'greenfair' ),
		'langEn'         => __( 'English', 'greenfair' ),
		'month'          => __( 'Month the calendar opens on (2025-09)', 'greenfair' ),
		'event'          => __( 'Preselected fair (its id in the feed)', 'greenfair' ),
		'category'       => __( 'Preselected category (its id in the feed)', 'greenfair' ),
		'lunar'          => __( 'Lunar dates', 'greenfair' ),
		'lunarDefault'   => __( 'By language (shown in Vietnamese)', 'greenfair' ),
		'lunarOn'        => __( 'Always', 'greenfair' ),
		'lunarOff'       => __( 'Never', 'greenfair' ),
		'accent'         => __( 'Accent colour (#0b6b3a)', 'greenfair' ),
		'fontSize'       => __( 'Font size (12px to 28px)', 'greenfair' ),
	);
}

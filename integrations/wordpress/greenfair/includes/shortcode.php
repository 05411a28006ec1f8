<?php
/**
 * The shortcode:
 * [greenfair feed="…" view="both|calendar|booths" lang="vi|en" month="2025-09"
 *            category="…" event="…" lunar="on|off" accent="#0b6b3a" font_size="16px"]
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

add_shortcode( 'greenfair', 'greenfair_shortcode' );

/**
 * The widget for a [greenfair] shortcode; font-size is read as font_size, and
 * attributes it does not know are ignored.
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function greenfair_shortcode( $atts ) {
	if ( is_array( $atts ) && isset( $atts['font-size'] ) && ! isset( $atts['font_size'] ) ) {
		$atts['font_size'] = $atts['font-size'];
	}
	$defaults = array_fill_keys( array_keys( greenfair_attribute_names() ), '' );
	return greenfair_render_widget( shortcode_atts( $defaults, $atts, 'greenfair' ) );
}

<?php
/**
 * The HTML of one widget: the element the loader mounts, or on AMP pages the
 * amp-iframe of docs/embedding.md.
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

/**
 * The HTML of a widget for shortcode or block attributes; adds the loader to
 * the page (except on AMP pages, which get an amp-iframe instead).
 *
 * Inside post content or a widget's (greenfair_content_filters()), the
 * loader is left to greenfair_notice_pasted_widgets(), which sees the whole
 * rendered HTML: content that also holds a pasted script of the loader (a
 * CDN copy's, say) then gets no second module URL.
 *
 * @param array  $atts    Attribute name => value (see greenfair_attribute_names()).
 * @param string $wrapper Attributes for the element already escaped, such as a block's class.
 * @return string
 */
function greenfair_render_widget( $atts, $wrapper = '' ) {
	$data = greenfair_data_attributes( $atts );
	if ( greenfair_is_amp() ) {
		return greenfair_amp_iframe( $data );
	}
	if ( ! greenfair_in_content_filter() ) {
		greenfair_use_loader();
	}
	return greenfair_element( $data, $wrapper );
}

/**
 * `<div data-greenfair …></div>` with the given data- attributes, each escaped.
 *
 * @param array  $data    data- attribute name => value.
 * @param string $wrapper Attributes already escaped, written first.
 * @return string
 */
function greenfair_element( $data, $wrapper = '' ) {
	$html = '<div' . ( '' === $wrapper ? '' : ' ' . $wrapper ) . ' data-greenfair';
	foreach ( $data as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html . '></div>';
}

<?php
/**
 * AMP pages (the official AMP plugin's amp_is_request()): no script, but the
 * iframe page embed.html in an amp-iframe, as docs/embedding.md gives it.
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

foreach ( greenfair_content_filters() as $greenfair_filter ) {
	add_filter( $greenfair_filter, 'greenfair_amp_pasted_widgets', 99 );
}

/** Whether this request is for an AMP page, as the AMP plugin says. */
function greenfair_is_amp() {
	return function_exists( 'amp_is_request' ) && did_action( 'wp' ) && amp_is_request();
}

/** The data- attributes embed.html takes from its query, without "data-". */
function greenfair_frame_parameters() {
	return array( 'feed', 'view', 'lang', 'event', 'category', 'lunar', 'today', 'month', 'accent', 'font-size' );
}

/**
 * The amp-iframe of embed.html for a widget's data- attributes, titled in
 * the widget's language.
 *
 * @param array $data data- attribute name => value.
 * @return string
 */
function greenfair_amp_iframe( $data ) {
	$query = array();
	foreach ( greenfair_frame_parameters() as $name ) {
		if ( isset( $data[ 'data-' . $name ] ) && '' !== $data[ 'data-' . $name ] ) {
			$query[ $name ] = $data[ 'data-' . $name ];
		}
	}
	$src = greenfair_files_url() . 'embed.html';
	if ( $query ) {
		$src .= '?' . http_build_query( $query, '', '&', PHP_QUERY_RFC3986 );
	}
	// The frame's words follow the widget's language, as builder.html writes them.
	$english = isset( $data['data-lang'] ) && 'en' === greenfair_check_value( 'lang', trim( $data['data-lang'] ) );
	$title   = $english ? 'Green fair calendar' : 'Lịch hội chợ xanh';
	$more    = $english ? 'Show more' : 'Xem thêm';
	return '<amp-iframe title="' . esc_attr( $title ) . '" layout="fixed-height" height="600" resizable'
		. ' sandbox="allow-scripts allow-same-origin allow-popups" src="' . esc_url( $src ) . '">'
		. '<div overflow tabindex="0" role="button" aria-label="' . esc_attr( $more ) . '">' . esc_html( $more ) . '</div>'
		. '</amp-iframe>';
}

/**
 * On AMP pages, each pasted `<div data-greenfair …></div>` of the content
 * becomes the amp-iframe with the same settings.
 *
 * @param string $content The rendered content.
 * @return string
 */
function greenfair_amp_pasted_widgets( $content ) {
	if ( ! greenfair_is_amp() || false === strpos( $content, 'data-greenfair' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'#<(div|section|aside)(\s[^>]*?\bdata-greenfair(?=[\s=/>])[^>]*)>(?:\s|<br\s*/?>|</?p>)*</\1>#i',
		'greenfair_amp_pasted_widget',
		$content
	);
}

/**
 * The amp-iframe for one pasted element matched by greenfair_amp_pasted_widgets().
 *
 * @param array $match The element's name and attributes.
 * @return string
 */
function greenfair_amp_pasted_widget( $match ) {
	$data = array();
	foreach ( wp_kses_hair( $match[2], wp_allowed_protocols() ) as $name => $attribute ) {
		if ( 0 === strpos( $name, 'data-' ) ) {
			$data[ strtolower( $name ) ] = html_entity_decode( $attribute['value'], ENT_QUOTES, 'UTF-8' );
		}
	}
	return greenfair_amp_iframe( $data );
}

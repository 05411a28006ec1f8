<?php
/**
 * A widget's settings, from the shortcode's or the block's attributes to the
 * element's data- attributes, checked by the rules the widget itself applies
 * (src/attributes.rs in the greenfair repository).
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

/** The shortcode's and block's attribute names, each with the data- attribute it sets. */
function greenfair_attribute_names() {
	return array(
		'feed'      => 'data-feed',
		'view'      => 'data-view',
		'lang'      => 'data-lang',
		'month'     => 'data-month',
		'category'  => 'data-category',
		'event'     => 'data-event',
		'lunar'     => 'data-lunar',
		'accent'    => 'data-accent',
		'font_size' => 'data-font-size',
	);
}

/**
 * The data- attributes of one widget, from shortcode or block attributes.
 *
 * Each value is trimmed and checked as the widget checks it. A good value is
 * written in the form the widget reads; a wrong one is passed on as it was
 * typed, so the widget names it exactly as it names a wrong attribute in a
 * pasted snippet (a console warning and a notice inside the widget) and uses
 * its default. Empty values are left out; a missing feed is the default feed
 * of Settings → Greenfair, when one is set. A feed with a scheme other than
 * http or https (`data:`, `javascript:`) is dropped, as if none were named.
 * Values are escaped on output.
 *
 * @param array $atts Attribute name => value (names as in greenfair_attribute_names()).
 * @return array data- attribute name => value.
 */
function greenfair_data_attributes( $atts ) {
	$data = array();
	foreach ( greenfair_attribute_names() as $name => $attribute ) {
		$value = isset( $atts[ $name ] ) && is_scalar( $atts[ $name ] ) ? trim( (string) $atts[ $name ] ) : '';
		if ( 'feed' === $name && greenfair_is_foreign_scheme( $value ) ) {
			// Not passed on: the widget would load a data: feed (content of the
			// author's making, shown as the fairs' own), and no other scheme is a feed.
			$value = '';
		}
		if ( '' === $value && 'feed' === $name ) {
			$value = greenfair_default_feed();
		}
		if ( '' === $value ) {
			continue;
		}
		$checked            = greenfair_check_value( $name, $value );
		$data[ $attribute ] = null === $checked ? $value : $checked;
	}
	return $data;
}

/**
 * A trimmed value in the form the widget reads, or null when the widget
 * would report it as wrong.
 *
 * @param string $name  The shortcode's attribute name.
 * @param string $value The trimmed value, not empty.
 * @return string|null
 */
function greenfair_check_value( $name, $value ) {
	switch ( $name ) {
		case 'feed':
			return greenfair_feed_address( $value );
		case 'view':
			return in_array( $value, array( 'both', 'calendar', 'booths' ), true ) ? $value : null;
		case 'lang':
			// The widget reads the primary subtag: vi-VN is vi, EN is en.
			$parts   = preg_split( '/[-_]/', $value );
			$primary = strtolower( $parts[0] );
			return in_array( $primary, array( 'vi', 'en' ), true ) ? $primary : null;
		case 'month':
			return preg_match( '/^[0-9]{4}-(0[1-9]|1[0-2])$/', $value ) ? $value : null;
		case 'accent':
			return preg_match( '/^#([0-9a-f]{3}|[0-9a-f]{6})$/i', $value ) ? $value : null;
		case 'font_size':
			if ( ! preg_match( '/^[0-9.]+px$/', $value ) ) {
				return null;
			}
			$size = (float) $value;
			return $size >= 12 && $size <= 28 ? $value : null;
		case 'lunar':
			// The widget reads anything but "off" as on, and names no value wrong.
			return in_array( $value, array( 'on', 'off' ), true ) ? $value : null;
		default:
			// category and event: ids from the feed, any text.
			return $value;
	}
}

/**
 * A feed address the widget can fetch: an http(s) URL, or a path relative
 * to the page (`/feeds/x.json`, `feeds/x.json`); null for one it cannot
 * (spaces, quotes), which the widget then names. Other schemes never get
 * here: greenfair_data_attributes() drops them.
 *
 * @param string $value The trimmed address.
 * @return string|null
 */
function greenfair_feed_address( $value ) {
	if ( preg_match( '#^https?://#i', $value ) ) {
		$url = greenfair_web_url( $value );
		return '' === $url ? null : $url;
	}
	if ( greenfair_is_foreign_scheme( $value ) || preg_match( '/[\s<>"]/', $value ) ) {
		return null;
	}
	return $value;
}

/**
 * Whether an address has a scheme other than http or https (`data:`,
 * `javascript:`, `blob:`…), read as a browser reads it from an attribute:
 * character references decoded (esc_attr() keeps `&#100;` as it is), control
 * characters and spaces ignored.
 *
 * @param string $value The address.
 */
function greenfair_is_foreign_scheme( $value ) {
	$value = html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$value = preg_replace( '/[\x00-\x20]+/', '', $value );
	return 1 === preg_match( '#^[a-z][a-z0-9+.-]*:#i', $value ) && 1 !== preg_match( '#^https?:#i', $value );
}

/**
 * Drops the data-feed attribute with a scheme other than http(s) from each
 * element with data-greenfair in rendered HTML (a pasted snippet: kses keeps
 * any data- attribute's value), so that the widget never loads such a feed.
 *
 * @param string $content The rendered content.
 * @return string
 */
function greenfair_drop_foreign_feeds( $content ) {
	if ( false === strpos( $content, 'data-greenfair' ) || false === stripos( $content, 'data-feed' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'#<[a-z][a-z0-9-]*\s(?:[^>]*?\s)?data-greenfair(?=[\s=/>])[^>]*>#i',
		'greenfair_drop_foreign_feed',
		$content
	);
}

/**
 * One opening tag of greenfair_drop_foreign_feeds(), without a data-feed of a foreign scheme.
 *
 * @param array $match The tag.
 * @return string
 */
function greenfair_drop_foreign_feed( $match ) {
	return preg_replace_callback(
		'#\sdata-feed\s*=\s*("[^"]*"|\'[^\']*\'|[^\s"\'>]+)#i',
		function ( $attribute ) {
			return greenfair_is_foreign_scheme( trim( $attribute[1], '"\'' ) ) ? '' : $attribute[0];
		},
		$match[0]
	);
}

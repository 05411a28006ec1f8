<?php
/**
 * The site's published feed: the capability to publish it, where it is kept
 * (wp-content/uploads/greenfair/: feed.json, series.ics, history/), how it is
 * published (the REST route greenfair/v1/publish, from the studio) and
 * restored, and its public addresses (the static file with the .htaccess
 * written beside it, and the REST route greenfair/v1/feed, which serves the
 * same bytes with the same headers).
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

/** The capability of publishing the site's feed (Administrators and Editors, from activation). */
const GREENFAIR_CAP = 'greenfair_publish';

/** Option: the publications, newest first (id, user, time, fairs, booths, etag). */
const GREENFAIR_OPTION_HISTORY = 'greenfair_history';

/** Option: '1' when uninstalling should delete the published feeds and their history too. */
const GREENFAIR_OPTION_DELETE_FILES = 'greenfair_delete_files';

/** Option: whether the static feed's address answered with the CORS header (answer 'yes' or 'no', time). */
const GREENFAIR_STATIC_CHECK = 'greenfair_static_check';

/** How many publications are kept in the history. */
const GREENFAIR_HISTORY_KEPT = 20;

/** The Cache-Control of the public feed and calendar: a browser a minute, a CDN five. */
const GREENFAIR_CACHE_CONTROL = 'public, max-age=60, s-maxage=300';

register_activation_hook( GREENFAIR_FILE, 'greenfair_activate' );
add_action( 'rest_api_init', 'greenfair_register_routes' );
add_filter( 'rest_pre_serve_request', 'greenfair_serve_file', 20, 4 );

/** On activation: Administrators and Editors may publish the feed. */
function greenfair_activate() {
	foreach ( array( 'administrator', 'editor' ) as $name ) {
		$role = get_role( $name );
		if ( $role ) {
			$role->add_cap( GREENFAIR_CAP );
		}
	}
}

/** The largest publication accepted, in bytes (the feed and the calendar together); filter greenfair_publish_max_bytes. */
function greenfair_max_bytes() {
	return (int) apply_filters( 'greenfair_publish_max_bytes', 4 * 1024 * 1024 );
}

/** The folder of the published files, and its address: array( dir, url ), both ending in a slash. */
function greenfair_published_place() {
	$uploads = wp_upload_dir( null, false );
	return array(
		trailingslashit( $uploads['basedir'] ) . 'greenfair/',
		trailingslashit( set_url_scheme( $uploads['baseurl'] ) ) . 'greenfair/',
	);
}

/** The published feed's path, or '' when nothing is published. */
function greenfair_published_file() {
	list( $dir ) = greenfair_published_place();
	return is_file( $dir . 'feed.json' ) ? $dir . 'feed.json' : '';
}

/** The static addresses of the published feed and calendar. */
function greenfair_static_urls() {
	list( , $url ) = greenfair_published_place();
	return array(
		'feed'     => $url . 'feed.json',
		'calendar' => $url . 'series.ics',
	);
}

/** The REST addresses of the published feed and calendar (served through WordPress, with the same headers). */
function greenfair_rest_urls() {
	return array(
		'feed'     => rest_url( 'greenfair/v1/feed' ),
		'calendar' => rest_url( 'greenfair/v1/calendar' ),
	);
}

/**
 * The addresses readers are given: the static files when the server sends
 * their CORS header (checked, see greenfair_static_check()), else the REST
 * routes. Array with feed, calendar and static (true when the static ones).
 */
function greenfair_public_urls() {
	$static = 'yes' === greenfair_static_check();
	$urls   = $static ? greenfair_static_urls() : greenfair_rest_urls();
	return $urls + array( 'static' => $static );
}

/** The published feed's public address, or '' when nothing is published. */
function greenfair_published_feed_url() {
	if ( '' === greenfair_published_file() ) {
		return '';
	}
	$urls = greenfair_public_urls();
	return $urls['feed'];
}

/**
 * Whether the static feed answers a cross-origin GET with
 * Access-Control-Allow-Origin: * ('yes', 'no', or '' when nothing is
 * published). Asked of the server itself with a HEAD request after each
 * publication, and again on the admin pages that show it when the last
 * answer is an hour old; a reader's page only reads the kept answer (option
 * greenfair_static_check), never waits for a request. `$fresh` asks again.
 *
 * @param bool $fresh Ask again, whatever is kept.
 */
function greenfair_static_check( $fresh = false ) {
	if ( '' === greenfair_published_file() ) {
		return '';
	}
	$kept  = get_option( GREENFAIR_STATIC_CHECK, array() );
	$known = is_array( $kept ) && isset( $kept['answer'], $kept['time'] ) && in_array( $kept['answer'], array( 'yes', 'no' ), true );
	$stale = ! $known || ( is_admin() && time() - (int) $kept['time'] > HOUR_IN_SECONDS );
	if ( ! $fresh && ( ! $stale || ! is_admin() ) ) {
		return $known ? $kept['answer'] : 'no';
	}
	$urls     = greenfair_static_urls();
	$response = wp_remote_head(
		$urls['feed'],
		array(
			'timeout' => 5,
			'headers' => array( 'Origin' => 'https://greenfair-check.invalid' ),
		)
	);
	$origin   = is_wp_error( $response ) ? '' : (string) wp_remote_retrieve_header( $response, 'access-control-allow-origin' );
	$answer   = ( ! is_wp_error( $response ) && 200 === wp_remote_retrieve_response_code( $response ) && '*' === trim( $origin ) ) ? 'yes' : 'no';
	update_option(
		GREENFAIR_STATIC_CHECK,
		array(
			'answer' => $answer,
			'time'   => time(),
		)
	);
	return $answer;
}

/** The lines of the .htaccess written beside the published files (Apache: types, CORS, caching). */
function greenfair_htaccess() {
	return "# Written by the Greenfair plugin: the published feed and calendar, readable from any site.\n"
		. "<IfModule mod_mime.c>\n"
		. "\tAddType application/json .json\n"
		. "\tAddType text/calendar .ics\n"
		. "\tAddCharset utf-8 .json .ics\n"
		. "</IfModule>\n"
		. "<IfModule mod_headers.c>\n"
		. "\tHeader set Access-Control-Allow-Origin \"*\"\n"
		. "\tHeader unset Access-Control-Allow-Credentials\n"
		. "\tHeader set Cache-Control \"" . GREENFAIR_CACHE_CONTROL . "\"\n"
		. "\tHeader set X-Content-Type-Options \"nosniff\"\n"
		. "</IfModule>\n";
}

/** The lines a site adds to nginx for the same headers (Settings → Greenfair shows them). */
function greenfair_nginx_lines() {
	list( , $url ) = greenfair_published_place();
	$path          = (string) wp_parse_url( $url, PHP_URL_PATH );
	return "location ^~ " . $path . " {\n"
		. "    types { application/json json; text/calendar ics; }\n"
		. "    charset utf-8;\n"
		. "    charset_types application/json text/calendar;\n"
		. "    add_header Access-Control-Allow-Origin \"*\" always;\n"
		. "    add_header Cache-Control \"" . GREENFAIR_CACHE_CONTROL . "\" always;\n"
		. "    add_header X-Content-Type-Options \"nosniff\" always;\n"
		. "}\n";
}

/** Registers the REST routes: publish and restore (with the capability), the feed and the calendar (public). */
function greenfair_register_routes() {
	register_rest_route(
		'greenfair/v1',
		'/publish',
		array(
			'methods'             => 'POST',
			'callback'            => 'greenfair_rest_publish',
			'permission_callback' => 'greenfair_rest_may_publish',
		)
	);
	register_rest_route(
		'greenfair/v1',
		'/restore',
		array(
			'methods'             => 'POST',
			'callback'            => 'greenfair_rest_restore',
			'permission_callback' => 'greenfair_rest_may_publish',
		)
	);
	foreach ( array( 'feed', 'calendar' ) as $which ) {
		register_rest_route(
			'greenfair/v1',
			'/' . $which,
			array(
				'methods'             => 'GET',
				'callback'            => 'greenfair_rest_file',
				'permission_callback' => '__return_true',
			)
		);
	}
}

/**
 * Whether the request may publish: a logged-in user (by cookie and the REST
 * nonce, X-WP-Nonce, as WordPress checks them) with the capability.
 */
function greenfair_rest_may_publish() {
	if ( ! is_user_logged_in() ) {
		return new WP_Error( 'greenfair_logged_out', __( 'Log in to publish the feed (and send the REST nonce, X-WP-Nonce, with the request).', 'greenfair' ), array( 'status' => 401 ) );
	}
	if ( ! current_user_can( GREENFAIR_CAP ) ) {
		return new WP_Error( 'greenfair_forbidden', __( 'You are not allowed to publish the feed on this site.', 'greenfair' ), array( 'status' => 403 ) );
	}
	return true;
}

/**
 * A refusal of bad input, with its status (400, or 413 for a body too large).
 *
 * @param string $code    The error's code.
 * @param string $message What is wrong, in the user's language.
 * @param int    $status  The HTTP status.
 */
function greenfair_refusal( $code, $message, $status = 400 ) {
	return new WP_Error( $code, $message, array( 'status' => $status ) );
}

/**
 * Checks a feed's text: well-formed JSON, an object with version 1, a series
 * object and lists where lists belong. Returns the decoded feed (objects as
 * stdClass, so that {} stays {}) or a WP_Error saying what is wrong.
 *
 * @param mixed $text The feed's text.
 */
function greenfair_check_feed( $text ) {
	if ( ! is_string( $text ) || '' === trim( $text ) ) {
		return greenfair_refusal( 'greenfair_no_feed', __( 'The request holds no feed.', 'greenfair' ) );
	}
	$feed = json_decode( $text );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: the JSON parser's own words, in English. */
		return greenfair_refusal( 'greenfair_bad_json', sprintf( __( 'The feed is not well-formed JSON (%s). The published feed is unchanged.', 'greenfair' ), json_last_error_msg() ) );
	}
	if ( ! is_object( $feed ) ) {
		return greenfair_refusal( 'greenfair_not_object', __( 'The feed must be a JSON object. The published feed is unchanged.', 'greenfair' ) );
	}
	if ( ! isset( $feed->version ) || 1 !== $feed->version ) {
		/* translators: %s: the version the feed names. */
		return greenfair_refusal( 'greenfair_version', sprintf( __( 'This site publishes feeds of version 1; this one says version %s. The published feed is unchanged.', 'greenfair' ), isset( $feed->version ) ? wp_json_encode( $feed->version ) : '—' ) );
	}
	if ( ! isset( $feed->series ) || ! is_object( $feed->series ) ) {
		return greenfair_refusal( 'greenfair_series', __( 'The feed has no "series" object. The published feed is unchanged.', 'greenfair' ) );
	}
	foreach ( array( 'categories', 'venues', 'events', 'booths' ) as $list ) {
		if ( isset( $feed->$list ) && ! is_array( $feed->$list ) ) {
			/* translators: %s: the field's name, such as "events". */
			return greenfair_refusal( 'greenfair_list', sprintf( __( 'In the feed, "%s" must be a list. The published feed is unchanged.', 'greenfair' ), $list ) );
		}
	}
	return $feed;
}

/**
 * POST greenfair/v1/publish, a JSON body { "feed": the feed's text,
 * "calendar": the series calendar's text (optional) }: checks it, then
 * publishes it (greenfair_publish()).
 *
 * @param WP_REST_Request $request The request.
 */
function greenfair_rest_publish( $request ) {
	if ( strlen( (string) $request->get_body() ) > greenfair_max_bytes() ) {
		/* translators: %s: the size limit, such as "4 MB". */
		return greenfair_refusal( 'greenfair_too_large', sprintf( __( 'The feed is larger than this site accepts (%s). The published feed is unchanged.', 'greenfair' ), size_format( greenfair_max_bytes() ) ), 413 );
	}
	$body = $request->get_json_params();
	if ( ! is_array( $body ) ) {
		return greenfair_refusal( 'greenfair_bad_request', __( 'The request must be a JSON object with the feed\'s text in "feed". The published feed is unchanged.', 'greenfair' ) );
	}
	$feed = greenfair_check_feed( isset( $body['feed'] ) ? $body['feed'] : null );
	if ( is_wp_error( $feed ) ) {
		return $feed;
	}
	$calendar = isset( $body['calendar'] ) && is_string( $body['calendar'] ) ? $body['calendar'] : '';
	if ( '' !== $calendar && 0 !== strpos( ltrim( $calendar, "\xEF\xBB\xBF" ), 'BEGIN:VCALENDAR' ) ) {
		return greenfair_refusal( 'greenfair_bad_calendar', __( 'The series calendar must be an iCalendar file (starting with BEGIN:VCALENDAR). The published feed is unchanged.', 'greenfair' ) );
	}
	$published = greenfair_publish( $feed, $calendar, '', $body['feed'] );
	return is_wp_error( $published ) ? $published : rest_ensure_response( $published );
}

/**
 * POST greenfair/v1/restore { "id": a publication's id }: publishes that
 * publication again, with the same checks; a new publication (and ETag).
 *
 * @param WP_REST_Request $request The request.
 */
function greenfair_rest_restore( $request ) {
	$restored = greenfair_restore( (string) $request->get_param( 'id' ) );
	return is_wp_error( $restored ) ? $restored : rest_ensure_response( $restored );
}

/**
 * Publishes a publication of the history again.
 *
 * @param string $id The publication's id.
 * @return array|WP_Error What greenfair_publish() returns.
 */
function greenfair_restore( $id ) {
	list( $dir ) = greenfair_published_place();
	if ( ! preg_match( '/^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}$/', $id ) || ! is_file( $dir . 'history/' . $id . '.json' ) ) {
		return greenfair_refusal( 'greenfair_no_publication', __( 'There is no such publication in the history. The published feed is unchanged.', 'greenfair' ), 404 );
	}
	$feed = greenfair_check_feed( (string) file_get_contents( $dir . 'history/' . $id . '.json' ) );
	if ( is_wp_error( $feed ) ) {
		return $feed;
	}
	$calendar = is_file( $dir . 'history/' . $id . '.ics' ) ? (string) file_get_contents( $dir . 'history/' . $id . '.ics' ) : '';
	return greenfair_publish( $feed, $calendar, $id, (string) file_get_contents( $dir . 'history/' . $id . '.json' ) );
}

/**
 * Writes a checked feed as the live feed.json (with series.calendar_url set
 * to the published calendar when there is one), the calendar as series.ics,
 * a history copy of both, the .htaccess, and the history's entry; then
 * checks the static address again. Each file is written beside its place
 * and renamed over it, so a reader never gets half a feed.
 *
 * @param object $feed          The decoded, checked feed.
 * @param string $calendar      The series calendar's text, or ''.
 * @param string $restored_from The publication this one restores, or ''.
 * @param string $sent          The feed's text as sent, kept byte for byte when
 *                              nothing in it changes.
 * @return array|WP_Error The publication and the public addresses.
 */
function greenfair_publish( $feed, $calendar, $restored_from = '', $sent = '' ) {
	list( $dir ) = greenfair_published_place();
	if ( ! wp_mkdir_p( $dir . 'history' ) ) {
		return greenfair_refusal( 'greenfair_not_written', __( 'The uploads folder cannot be written to. The published feed is unchanged.', 'greenfair' ), 500 );
	}
	$text = $sent;
	if ( '' !== $calendar ) {
		$address = greenfair_public_urls()['calendar'];
		if ( ! isset( $feed->series->calendar_url ) || $feed->series->calendar_url !== $address ) {
			$feed->series->calendar_url = $address;
			$text                       = '';
		}
	}
	if ( '' === $text ) {
		$text = greenfair_feed_text( $feed );
	}
	$time = time();
	$id   = gmdate( 'Ymd\THis\Z', $time ) . '-' . substr( md5( $text . $calendar . wp_rand() ), 0, 8 );
	$user = wp_get_current_user();
	$ok   = greenfair_write( $dir . 'history/' . $id . '.json', $text )
		&& ( '' === $calendar || greenfair_write( $dir . 'history/' . $id . '.ics', $calendar ) )
		&& greenfair_write( $dir . '.htaccess', greenfair_htaccess() )
		&& ( '' === $calendar || greenfair_write( $dir . 'series.ics', $calendar ) )
		&& greenfair_write( $dir . 'feed.json', $text );
	if ( ! $ok ) {
		return greenfair_refusal( 'greenfair_not_written', __( 'The feed could not be written to the uploads folder.', 'greenfair' ), 500 );
	}
	$entry   = array(
		'id'       => $id,
		'user'     => $user->exists() ? $user->user_login : '',
		'name'     => $user->exists() ? $user->display_name : '',
		'time'     => $time,
		'fairs'    => isset( $feed->events ) ? count( $feed->events ) : 0,
		'booths'   => isset( $feed->booths ) ? count( $feed->booths ) : 0,
		'etag'     => greenfair_etag( $dir . 'feed.json' ),
		'calendar' => '' !== $calendar,
		'restored' => $restored_from,
	);
	$history = greenfair_history();
	array_unshift( $history, $entry );
	foreach ( array_slice( $history, GREENFAIR_HISTORY_KEPT ) as $old ) {
		wp_delete_file( $dir . 'history/' . $old['id'] . '.json' );
		wp_delete_file( $dir . 'history/' . $old['id'] . '.ics' );
	}
	update_option( GREENFAIR_OPTION_HISTORY, array_slice( $history, 0, GREENFAIR_HISTORY_KEPT ), false );
	greenfair_static_check( true );
	return array(
		'publication' => $entry,
		'addresses'   => greenfair_public_urls(),
		'snippet'     => greenfair_embed_snippet(),
	);
}

/**
 * A feed's text as published: JSON indented by two spaces, as the studio and
 * the demo feed write it (PHP's pretty print indents by four, which nearly
 * doubles a feed of many booths). JSON strings hold no raw line break, so
 * every line's leading spaces are indentation.
 *
 * @param object $feed The decoded feed.
 */
function greenfair_feed_text( $feed ) {
	$text = (string) wp_json_encode( $feed, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT );
	return preg_replace_callback(
		'/^(?: {4})+/m',
		function ( $indent ) {
			return str_repeat( ' ', strlen( $indent[0] ) / 2 );
		},
		$text
	) . "\n";
}

/**
 * Writes `$text` to `$path` through a temporary file renamed over it.
 *
 * @param string $path The file.
 * @param string $text Its new content.
 */
function greenfair_write( $path, $text ) {
	$temporary = $path . '.' . wp_generate_password( 8, false ) . '.tmp';
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- a plain write into uploads, renamed into place.
	if ( false === file_put_contents( $temporary, $text ) ) {
		return false;
	}
	// phpcs:ignore WordPress.WP.AlternativeFunctions.rename_rename -- atomic replacement.
	if ( ! rename( $temporary, $path ) ) {
		wp_delete_file( $temporary );
		return false;
	}
	return true;
}

/**
 * The publications, newest first.
 *
 * @return array[]
 */
function greenfair_history() {
	$history = get_option( GREENFAIR_OPTION_HISTORY, array() );
	return is_array( $history ) ? $history : array();
}

/**
 * A file's strong ETag (a hash of its bytes).
 *
 * @param string $path The file.
 */
function greenfair_etag( $path ) {
	return '"' . md5_file( $path ) . '"';
}

/** The snippet partner sites paste to show the published feed (the widget's loader from this site's files). */
function greenfair_embed_snippet() {
	$feed = greenfair_published_feed_url();
	return '<div data-greenfair data-feed="' . esc_attr( $feed ) . '"></div>' . "\n"
		. '<script type="module" src="' . esc_url( greenfair_loader_url() ) . '"></script>';
}

/**
 * GET greenfair/v1/feed and greenfair/v1/calendar: the published file, sent
 * by greenfair_serve_file() with the static file's headers.
 *
 * @param WP_REST_Request $request The request.
 */
function greenfair_rest_file( $request ) {
	list( $dir ) = greenfair_published_place();
	$calendar    = '/greenfair/v1/calendar' === $request->get_route();
	$path        = $dir . ( $calendar ? 'series.ics' : 'feed.json' );
	if ( ! is_file( $path ) ) {
		return new WP_Error( 'greenfair_nothing_published', __( 'Nothing is published yet.', 'greenfair' ), array( 'status' => 404 ) );
	}
	$response = new WP_REST_Response( null, 200 );
	$response->set_data( array( 'greenfair_file' => $path ) );
	return $response;
}

/**
 * Sends the published file for the feed and calendar routes, as the static
 * file is sent: its bytes, Access-Control-Allow-Origin: * without
 * credentials, a strong ETag answered with 304, the CDN's Cache-Control.
 *
 * @param bool             $served  Whether the request was already served.
 * @param WP_HTTP_Response $result  The response.
 * @param WP_REST_Request  $request The request.
 * @return bool
 */
function greenfair_serve_file( $served, $result, $request ) {
	$data = $result instanceof WP_HTTP_Response ? $result->get_data() : null;
	if ( $served || ! is_array( $data ) || ! isset( $data['greenfair_file'] ) || ! in_array( $request->get_route(), array( '/greenfair/v1/feed', '/greenfair/v1/calendar' ), true ) ) {
		return $served;
	}
	$path = $data['greenfair_file'];
	$etag = greenfair_etag( $path );
	foreach ( array( 'Access-Control-Allow-Credentials', 'Access-Control-Allow-Headers', 'Access-Control-Expose-Headers', 'Expires', 'Pragma', 'Link', 'X-Robots-Tag' ) as $header ) {
		header_remove( $header );
	}
	header( 'Access-Control-Allow-Origin: *' );
	header( 'Content-Type: ' . ( '/greenfair/v1/calendar' === $request->get_route() ? 'text/calendar' : 'application/json' ) . '; charset=utf-8' );
	header( 'Cache-Control: ' . GREENFAIR_CACHE_CONTROL );
	header( 'ETag: ' . $etag );
	header( 'Vary: Accept-Encoding' );
	$asked = isset( $_SERVER['HTTP_IF_NONE_MATCH'] ) ? array_map( 'trim', explode( ',', sanitize_text_field( wp_unslash( $_SERVER['HTTP_IF_NONE_MATCH'] ) ) ) ) : array();
	if ( in_array( $etag, $asked, true ) || in_array( '*', $asked, true ) ) {
		status_header( 304 );
		return true;
	}
	status_header( 200 );
	header( 'Content-Length: ' . filesize( $path ) );
	if ( 'HEAD' !== $request->get_method() ) {
		readfile( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_readfile -- the published file, as it is.
	}
	return true;
}

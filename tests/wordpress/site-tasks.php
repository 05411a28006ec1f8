<?php
/**
 * What the tests do inside WordPress, from PHP (there is no wp-cli):
 *
 *   php site-tasks.php TASK
 *
 * with GREENFAIR_WP_HOST (127.0.0.1:PORT), GREENFAIR_WP_CONFIG and
 * GREENFAIR_WP_ROOT in the environment. Each task prints JSON.
 *
 *   posts      an Author and an Editor (who has unfiltered_html), and the
 *              posts and pages of the tests, saved as those users with kses
 *              on for the Author (as the editor screens save)
 *   registry   the block in WP_Block_Type_Registry, and what it renders
 *   options    the plugin's options
 *   theme T    switches to theme T; says which it was
 *   locale L   sets the admin's language (vi, or '' for the site's)
 *   uninstall  deletes the plugin as Plugins → Delete does (uninstall.php runs)
 *
 * @package Greenfair
 */

$_SERVER['HTTP_HOST']        = getenv( 'GREENFAIR_WP_HOST' );
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'GREENFAIR_WP_CONFIG' );
require getenv( 'GREENFAIR_WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

/** A user with this role, made once, whose password is their login with "-pw". */
function greenfair_test_user( $login, $role ) {
	$user = get_user_by( 'login', $login );
	if ( $user ) {
		return $user->ID;
	}
	return wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $login . '-pw',
			'user_email' => $login . '@example.com',
			'role'       => $role,
		)
	);
}

/** Saves a post as $author, through kses unless they have unfiltered_html (as the editor screens save); returns its id, link and saved content. */
function greenfair_test_post( $author, $title, $content, $type = 'post' ) {
	wp_set_current_user( $author );
	kses_init();
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => 'publish',
				'post_type'    => $type,
				'post_author'  => $author,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	return array(
		'id'      => $id,
		'url'     => get_permalink( $id ),
		'content' => get_post_field( 'post_content', $id ),
	);
}

$task = isset( $argv[1] ) ? $argv[1] : '';
$out  = array();
switch ( $task ) {
	case 'posts':
		$author = greenfair_test_user( 'tac-gia', 'author' );
		$editor = greenfair_test_user( 'bien-tap', 'editor' );
		$loader = content_url( 'plugins/greenfair/widget/v1/greenfair.js' );
		$out    = array(
			'authorCanUnfilteredHtml' => user_can( $author, 'unfiltered_html' ),
			'snippet'                 => greenfair_test_post(
				$author,
				'Snippet',
				"<p>Lịch hội chợ:</p>\n<div data-greenfair data-lang=\"en\"></div>\n<script type=\"module\" src=\"" . $loader . "\"></script>\n<iframe src=\"https://example.com/\"></iframe>"
			),
			'shortcode'               => greenfair_test_post( $author, 'Shortcode', '<!-- wp:shortcode -->' . "\n" . '[greenfair view="calendar" lang="en" month="2025-09" accent="#a0145a" font_size="18px"]' . "\n" . '<!-- /wp:shortcode -->' ),
			'block'                   => greenfair_test_post( $author, 'Block', '<!-- wp:paragraph --><p>Trước khối.</p><!-- /wp:paragraph -->' . "\n" . '<!-- wp:greenfair/widget {"view":"booths","lang":"en","align":"wide"} /-->' ),
			'classic'                 => greenfair_test_post( $author, 'Classic', "Hội chợ tháng Chín.\n\nDưới đây là lịch:\n\n[greenfair lang=\"en\" lunar=\"off\"]\n\nVà một mã dán:\n<div data-greenfair data-view=\"calendar\">\n</div>\nHết." ),
			'two'                     => greenfair_test_post( $author, 'Two widgets', '<!-- wp:greenfair/widget {"lang":"en"} /-->' . "\n" . '<!-- wp:shortcode -->[greenfair view="booths" lang="en"]<!-- /wp:shortcode -->', 'page' ),
			'bad'                     => greenfair_test_post( $author, 'Bad attribute', '[greenfair lang="fr" view="map" month="tháng 9" accent="green" font_size="40px"]' ),
			'adminScript'             => greenfair_test_post( $editor, 'Editor snippet', '<div data-greenfair data-lang="en"></div>' . "\n" . '<script type="module" src="' . $loader . '"></script>' ),
			'none'                    => greenfair_test_post( $author, 'No widget', '<!-- wp:paragraph --><p>Không có lịch ở đây. The word data-greenfair in text is not a widget: &lt;div data-greenfair&gt;</p><!-- /wp:paragraph -->' ),
		);
		break;
	case 'registry':
		$block = WP_Block_Type_Registry::get_instance()->get_registered( 'greenfair/widget' );
		$out   = array(
			'registered'   => null !== $block,
			'title'        => $block ? $block->title : null,
			'attributes'   => $block ? array_keys( $block->attributes ) : array(),
			'editorScript' => $block ? $block->editor_script : null,
			'dynamic'      => $block ? $block->is_dynamic() : false,
			'rendered'     => do_blocks( '<!-- wp:greenfair/widget {"lang":"en","month":"2025-09","accent":"#0b6b3a\" onload=\"x"} /-->' ),
			'shortcode'    => shortcode_exists( 'greenfair' ),
		);
		break;
	case 'options':
		$out = array(
			'greenfair_feed_url'  => get_option( 'greenfair_feed_url', '' ),
			'greenfair_files_url' => get_option( 'greenfair_files_url', '' ),
		);
		break;
	case 'theme':
		$out = array( 'previous' => get_stylesheet() );
		switch_theme( $argv[2] );
		$out['now'] = get_stylesheet();
		break;
	case 'locale':
		$admin = get_user_by( 'login', 'admin' );
		update_user_meta( $admin->ID, 'locale', isset( $argv[2] ) ? $argv[2] : 'vi' );
		$out = array( 'ok' => true );
		break;
	case 'uninstall':
		update_option( 'greenfair_feed_url', 'https://static.example.vn/greenfair/feeds/demo.json' );
		update_option( 'greenfair_files_url', 'https://static.example.vn/greenfair/' );
		$before = array( get_option( 'greenfair_feed_url' ), get_option( 'greenfair_files_url' ) );
		deactivate_plugins( 'greenfair/greenfair.php' );
		$deleted = delete_plugins( array( 'greenfair/greenfair.php' ) );
		$out     = array(
			'optionsBefore'       => $before,
			'deleted'             => true === $deleted,
			'folderLeft'          => file_exists( WP_PLUGIN_DIR . '/greenfair' ),
			'greenfair_feed_url'  => get_option( 'greenfair_feed_url', 'absent' ),
			'greenfair_files_url' => get_option( 'greenfair_files_url', 'absent' ),
		);
		break;
	default:
		fwrite( STDERR, "site-tasks.php: unknown task '$task'\n" );
		exit( 2 );
}
echo wp_json_encode( $out );

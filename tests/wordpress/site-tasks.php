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
 *   post U T C saves a post by user U titled T with content C
 *   feeds      what the shortcode, the block and a pasted div become with
 *              feed addresses of other schemes than http(s)
 *   loader-tag the loader's script tag as WordPress prints it, and the
 *              filter that made it a module
 *   widgets W  the tests' classic theme's sidebar holds: a classic Custom
 *              HTML widget (custom-html), a block widget (block) or nothing
 *              (none); W's widget holds the pasted snippet's div
 *   options    the plugin's options
 *   theme T    switches to theme T; says which it was
 *   locale L   sets the admin's language (vi, or '' for the site's)
 *   uninstall  deletes the plugin as Plugins → Delete does (uninstall.php runs)
 *   users      an Author, an Editor (Vietnamese admin) and a Contributor
 *   caps       which roles have greenfair_publish
 *   rest       the REST API's address of greenfair/v1/ (rest_url)
 *   static-check B  the plugin's check of its static feed address, with the
 *              uploads served from B (another server of the same files, as
 *              the load test's Apache): its answer and the public addresses
 *   published  the published files (feed.json's md5, the history's entries)
 *   uninstall-keep D  deletes the plugin with "delete published feeds" set
 *              to D (1 or 0); what is left of options, capability and files
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
			'apiVersion'   => $block ? $block->api_version : null,
			'rendered'     => do_blocks( '<!-- wp:greenfair/widget {"lang":"en","month":"2025-09","accent":"#0b6b3a\" onload=\"x"} /-->' ),
			'shortcode'    => shortcode_exists( 'greenfair' ),
		);
		break;
	case 'post':
		$user = get_user_by( 'login', $argv[2] );
		$out  = greenfair_test_post( $user->ID, $argv[3], $argv[4] );
		break;
	case 'feeds':
		$feeds = array( 'data:application/json;base64,e30=', 'javascript:alert(1)', ' JavaScript:alert(1)', '&#100;ata:application/json;base64,e30=', "java\tscript:alert(1)", 'https://example.com/feed.json', '/feeds/demo.json' );
		$out   = array();
		foreach ( $feeds as $feed ) {
			$out[] = array(
				'feed'      => $feed,
				'shortcode' => do_shortcode( '[greenfair feed="' . $feed . '"]' ),
				'block'     => do_blocks( '<!-- wp:greenfair/widget ' . wp_json_encode( array( 'feed' => $feed ) ) . ' /-->' ),
				'pasted'    => trim( apply_filters( 'the_content', '<div data-greenfair data-lang="en" data-feed="' . esc_attr( $feed ) . '"></div>' ) ),
			);
		}
		break;
	case 'loader-tag':
		greenfair_enqueue_loader_script();
		ob_start();
		wp_scripts()->do_items( array( GREENFAIR_LOADER ) );
		$out = array(
			'tag'      => trim( ob_get_clean() ),
			'filter'   => false !== has_filter( 'wp_script_attributes', 'greenfair_module_attributes' ) ? 'wp_script_attributes' : ( false !== has_filter( 'script_loader_tag', 'greenfair_module_tag' ) ? 'script_loader_tag' : null ),
			'loader'   => greenfair_loader_url(),
		);
		break;
	case 'widgets':
		$div     = '<div data-greenfair data-lang="en" data-view="booths"></div>';
		$widgets = array( 'wp_inactive_widgets' => array() );
		if ( 'custom-html' === $argv[2] ) {
			update_option( 'widget_custom_html', array( 2 => array( 'title' => 'Lịch', 'content' => $div ), '_multiwidget' => 1 ) );
			$widgets['greenfair-sidebar'] = array( 'custom_html-2' );
		} elseif ( 'block' === $argv[2] ) {
			update_option( 'widget_block', array( 3 => array( 'content' => "<!-- wp:html -->\n" . $div . "\n<!-- /wp:html -->" ), '_multiwidget' => 1 ) );
			$widgets['greenfair-sidebar'] = array( 'block-3' );
		} else {
			$widgets['greenfair-sidebar'] = array();
		}
		$widgets['array_version'] = 3;
		update_option( 'sidebars_widgets', $widgets );
		$out = array( 'sidebar' => $widgets['greenfair-sidebar'] );
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
	case 'users':
		$out = array(
			'author'      => greenfair_test_user( 'tac-gia', 'author' ),
			'editor'      => greenfair_test_user( 'bien-tap', 'editor' ),
			'contributor' => greenfair_test_user( 'cong-tac', 'contributor' ),
		);
		update_user_meta( $out['editor'], 'locale', 'vi' );
		break;
	case 'rest':
		$out = array( 'base' => rest_url( 'greenfair/v1/' ) );
		break;
	case 'static-check':
		$base = $argv[2];
		add_filter(
			'upload_dir',
			function ( $dirs ) use ( $base ) {
				$dirs['baseurl'] = $base;
				return $dirs;
			}
		);
		$out = array(
			'answer'    => greenfair_static_check( true ),
			'addresses' => greenfair_public_urls(),
		);
		break;
	case 'caps':
		foreach ( wp_roles()->role_objects as $name => $role ) {
			$out[ $name ] = $role->has_cap( 'greenfair_publish' );
		}
		break;
	case 'published':
		$dir = wp_upload_dir( null, false )['basedir'] . '/greenfair/';
		$out = array(
			'feed'     => is_file( $dir . 'feed.json' ) ? md5_file( $dir . 'feed.json' ) : null,
			'calendar' => is_file( $dir . 'series.ics' ) ? md5_file( $dir . 'series.ics' ) : null,
			'htaccess' => is_file( $dir . '.htaccess' ) ? file_get_contents( $dir . '.htaccess' ) : null,
			'history'  => get_option( 'greenfair_history', array() ),
			'files'    => is_dir( $dir . 'history' ) ? array_values( array_diff( scandir( $dir . 'history' ), array( '.', '..' ) ) ) : array(),
		);
		break;
	case 'uninstall-keep':
		update_option( 'greenfair_delete_files', $argv[2] );
		$dir = wp_upload_dir( null, false )['basedir'] . '/greenfair/';
		deactivate_plugins( 'greenfair/greenfair.php' );
		$deleted = delete_plugins( array( 'greenfair/greenfair.php' ) );
		$caps    = array();
		foreach ( wp_roles()->role_objects as $name => $role ) {
			if ( $role->has_cap( 'greenfair_publish' ) ) {
				$caps[] = $name;
			}
		}
		$out = array(
			'deleted'  => true === $deleted,
			'check'    => get_option( 'greenfair_static_check', 'absent' ),
			'history'  => get_option( 'greenfair_history', 'absent' ),
			'option'   => get_option( 'greenfair_delete_files', 'absent' ),
			'caps'     => $caps,
			'feedLeft' => is_file( $dir . 'feed.json' ),
		);
		break;
	default:
		fwrite( STDERR, "site-tasks.php: unknown task '$task'\n" );
		exit( 2 );
}
echo wp_json_encode( $out );

<?php
/**
 * The "Greenfair" admin menu page, for users with greenfair_publish: the
 * studio (the same build as studio.html, from the plugin's widget/studio/),
 * told on its root element the user's language, the published feed to open,
 * and where and how to publish.
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'greenfair_add_studio_page' );
add_action( 'admin_enqueue_scripts', 'greenfair_studio_assets' );

/** The studio page's hook suffix, once the menu is built. */
function greenfair_studio_hook( $set = null ) {
	static $hook = '';
	if ( null !== $set ) {
		$hook = $set;
	}
	return $hook;
}

/** Adds the Greenfair menu page, for users who may publish the feed. */
function greenfair_add_studio_page() {
	greenfair_studio_hook( (string) add_menu_page( __( 'Greenfair Studio', 'greenfair' ), __( 'Greenfair', 'greenfair' ), GREENFAIR_CAP, 'greenfair-studio', 'greenfair_studio_page', 'dashicons-calendar-alt', 26 ) );
}

/**
 * The studio's stylesheet and scripts, on its page only: the wasm-bindgen
 * glue (a classic script, as studio.html loads it) then start.js, which
 * loads the WebAssembly next to itself.
 *
 * @param string $hook The admin page's hook suffix.
 */
function greenfair_studio_assets( $hook ) {
	if ( '' === $hook || greenfair_studio_hook() !== $hook ) {
		return;
	}
	$files = plugins_url( 'widget/', GREENFAIR_FILE );
	// styles/studio.css with its page-wide rules kept to #greenfair-studio (written by build.mjs).
	wp_enqueue_style( 'greenfair-studio', plugins_url( 'admin/studio.css', GREENFAIR_FILE ), array(), GREENFAIR_VERSION );
	wp_enqueue_script( 'greenfair-studio-glue', $files . 'studio/greenfair-studio.js', array(), GREENFAIR_VERSION, true );
	wp_enqueue_script( 'greenfair-studio', $files . 'studio/start.js', array( 'greenfair-studio-glue' ), GREENFAIR_VERSION, true );
}

/** The studio's language for this user: Vietnamese for a vi locale, else English. */
function greenfair_studio_lang() {
	return 0 === strpos( get_user_locale(), 'vi' ) ? 'vi' : 'en';
}

/** The studio page: its root element, with what the studio is told as data- attributes. */
function greenfair_studio_page() {
	if ( ! current_user_can( GREENFAIR_CAP ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to publish the feed on this site.', 'greenfair' ), 403 );
	}
	$open = isset( $_GET['open'] ) ? sanitize_text_field( wp_unslash( $_GET['open'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- which publication to open, read only.
	$feed = greenfair_published_feed_url();
	list( $dir, $url ) = greenfair_published_place();
	if ( preg_match( '/^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}$/', $open ) && is_file( $dir . 'history/' . $open . '.json' ) ) {
		$feed = $url . 'history/' . $open . '.json';
	}
	$lang    = greenfair_studio_lang();
	$publish = add_query_arg( '_locale', 'user', rest_url( 'greenfair/v1/publish' ) );
	?>
	<div class="wrap greenfair-studio-wrap">
		<h1 class="screen-reader-text"><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<div id="greenfair-studio"
			data-lang="<?php echo esc_attr( $lang ); ?>"
			data-open="<?php echo esc_url( $feed ); ?>"
			data-publish="<?php echo esc_url( $publish ); ?>"
			data-nonce="<?php echo esc_attr( wp_create_nonce( 'wp_rest' ) ); ?>"
			data-widget="<?php echo esc_url( greenfair_files_url() ); ?>">
			<p class="s-loading" data-loading><?php esc_html_e( 'Opening Greenfair Studio…', 'greenfair' ); ?></p>
		</div>
	</div>
	<?php
}

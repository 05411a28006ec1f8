<?php
/**
 * Settings → Greenfair: the default feed, where the widget's files are, and
 * a link to builder.html for the snippet.
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'greenfair_register_settings' );
add_action( 'admin_menu', 'greenfair_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( GREENFAIR_FILE ), 'greenfair_settings_link' );

/** Registers the two options with their sanitizers, and the page's fields. */
function greenfair_register_settings() {
	register_setting(
		'greenfair',
		GREENFAIR_OPTION_FEED,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'greenfair_sanitize_feed_option',
		)
	);
	register_setting(
		'greenfair',
		GREENFAIR_OPTION_FILES,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'greenfair_sanitize_files_option',
		)
	);
	register_setting(
		'greenfair',
		GREENFAIR_OPTION_DELETE_FILES,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'greenfair_sanitize_delete_option',
		)
	);
	add_settings_section( 'greenfair_addresses', __( 'Addresses', 'greenfair' ), '__return_false', 'greenfair' );
	add_settings_field(
		GREENFAIR_OPTION_FEED,
		__( 'Default feed', 'greenfair' ),
		'greenfair_address_field',
		'greenfair',
		'greenfair_addresses',
		array(
			'label_for' => GREENFAIR_OPTION_FEED,
			'help'      => __( 'The JSON feed of a shortcode or block that names none. Empty: the demo feed that comes with the widget.', 'greenfair' ),
		)
	);
	add_settings_field(
		GREENFAIR_OPTION_FILES,
		__( "Widget's files", 'greenfair' ),
		'greenfair_address_field',
		'greenfair',
		'greenfair_addresses',
		array(
			'label_for' => GREENFAIR_OPTION_FILES,
			'help'      => __( 'The folder holding v1/greenfair.js, embed.html and feeds/, such as a CDN copy of a greenfair release. Empty: the copy inside this plugin, served by this site.', 'greenfair' ),
		)
	);
	add_settings_field( GREENFAIR_OPTION_DELETE_FILES, __( 'On uninstall', 'greenfair' ), 'greenfair_delete_field', 'greenfair', 'greenfair_addresses', array( 'label_for' => GREENFAIR_OPTION_DELETE_FILES ) );
}

/**
 * The uninstall option: '1' or ''.
 *
 * @param mixed $value What was submitted.
 * @return string
 */
function greenfair_sanitize_delete_option( $value ) {
	return '1' === (string) $value ? '1' : '';
}

/** The uninstall option's checkbox. */
function greenfair_delete_field() {
	printf(
		'<label><input type="checkbox" id="%1$s" name="%1$s" value="1"%2$s> %3$s</label>',
		esc_attr( GREENFAIR_OPTION_DELETE_FILES ),
		checked( '1', (string) get_option( GREENFAIR_OPTION_DELETE_FILES, '' ), false ),
		esc_html__( 'Delete the published feeds and their history (wp-content/uploads/greenfair/) when the plugin is deleted. Unticked, they are kept.', 'greenfair' )
	);
}

/** Adds Settings → Greenfair for users who can manage options. */
function greenfair_add_settings_page() {
	add_options_page( __( 'Greenfair', 'greenfair' ), __( 'Greenfair', 'greenfair' ), 'manage_options', 'greenfair', 'greenfair_settings_page' );
}

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param array $links The plugin's action links.
 * @return array
 */
function greenfair_settings_link( $links ) {
	$url = admin_url( 'options-general.php?page=greenfair' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'greenfair' ) . '</a>' );
	return $links;
}

/**
 * The feed option: an http(s) address or empty; anything else keeps the old value and says why.
 *
 * @param mixed $value What was submitted.
 * @return string
 */
function greenfair_sanitize_feed_option( $value ) {
	return greenfair_sanitize_address( GREENFAIR_OPTION_FEED, $value, __( 'The default feed must be an address starting with http:// or https://. The previous one is kept.', 'greenfair' ) );
}

/**
 * The files option: an http(s) folder address or empty; anything else keeps the old value and says why.
 *
 * @param mixed $value What was submitted.
 * @return string
 */
function greenfair_sanitize_files_option( $value ) {
	if ( ! greenfair_can_change_files() ) {
		// The loader comes from this folder: whoever sets it chooses the script
		// every visitor runs, and every user who opens an editor with the block.
		$old = (string) get_option( GREENFAIR_OPTION_FILES, '' );
		$new = is_scalar( $value ) ? trim( (string) $value ) : '';
		if ( null !== $value && untrailingslashit( $new ) !== untrailingslashit( $old ) ) {
			add_settings_error( GREENFAIR_OPTION_FILES, GREENFAIR_OPTION_FILES . '_not_allowed', __( "Only a user allowed to post unfiltered HTML can change where the widget's files come from. The previous address is kept.", 'greenfair' ) );
		}
		return $old;
	}
	$url = greenfair_sanitize_address( GREENFAIR_OPTION_FILES, $value, __( "The widget's files must be at an address starting with http:// or https://. The previous one is kept.", 'greenfair' ) );
	return '' === $url ? '' : trailingslashit( $url );
}

/**
 * Whether the current user may change where the widget's files (its script)
 * come from: only a user who may post unfiltered HTML (a script of their
 * own) anyway. Not a site administrator of a multisite network, nor any user
 * where DISALLOW_UNFILTERED_HTML is set.
 */
function greenfair_can_change_files() {
	return current_user_can( 'unfiltered_html' );
}

/** Why the files' address cannot be changed by this user, said under the field. */
function greenfair_files_locked_text() {
	return __( 'Only a user allowed to post unfiltered HTML (on a network, a super admin) can change this address: the script in that folder runs on every page with a widget and in the block editor.', 'greenfair' );
}

/**
 * An address option's new value, or its old one with an error shown when the new one is not a web address.
 *
 * @param string $option  The option's name.
 * @param mixed  $value   What was submitted.
 * @param string $problem What to say when it is wrong.
 * @return string
 */
function greenfair_sanitize_address( $option, $value, $problem ) {
	$value = is_scalar( $value ) ? trim( (string) $value ) : '';
	if ( '' === $value ) {
		return '';
	}
	$url = greenfair_web_url( $value );
	if ( '' === $url ) {
		add_settings_error( $option, $option . '_invalid', $problem );
		return (string) get_option( $option, '' );
	}
	return $url;
}

/**
 * One address field with its help.
 *
 * @param array $args label_for (the option) and help.
 */
function greenfair_address_field( $args ) {
	$option = $args['label_for'];
	$locked = GREENFAIR_OPTION_FILES === $option && ! greenfair_can_change_files();
	printf(
		'<input type="url" class="regular-text code" id="%1$s" name="%1$s" value="%2$s" aria-describedby="%1$s-help"%3$s><p class="description" id="%1$s-help">%4$s</p>',
		esc_attr( $option ),
		esc_attr( (string) get_option( $option, '' ) ),
		$locked ? ' readonly' : '',
		esc_html( $locked ? $args['help'] . ' ' . greenfair_files_locked_text() : $args['help'] )
	);
}

/** The settings page. */
function greenfair_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'greenfair' ) );
	}
	$builder = greenfair_files_url() . 'builder.html';
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php if ( function_exists( 'amp_is_request' ) && wp_parse_url( greenfair_files_url(), PHP_URL_HOST ) === wp_parse_url( home_url(), PHP_URL_HOST ) ) : ?>
			<div class="notice notice-warning"><p><?php esc_html_e( 'AMP pages frame embed.html in an amp-iframe, which AMP allows only from another origin than the page, over HTTPS. Put the widget\'s files on another host (a CDN copy) for AMP pages.', 'greenfair' ); ?></p></div>
		<?php endif; ?>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'greenfair' );
			do_settings_sections( 'greenfair' );
			submit_button();
			?>
		</form>
		<?php greenfair_published_section( false ); ?>
		<h2><?php esc_html_e( 'Putting the widget in a post', 'greenfair' ); ?></h2>
		<ul class="ul-disc">
			<li><?php esc_html_e( 'The block "Greenfair", with its settings in the sidebar.', 'greenfair' ); ?></li>
			<li><?php esc_html_e( 'The shortcode:', 'greenfair' ); ?> <code>[greenfair view="both" lang="vi" month="2025-09"]</code></li>
			<li>
				<?php esc_html_e( 'A snippet from the embed builder, pasted into the post\'s HTML: this plugin adds the script.', 'greenfair' ); ?>
				<a href="<?php echo esc_url( $builder ); ?>" target="_blank" rel="noopener"><?php esc_html_e( 'Open the embed builder', 'greenfair' ); ?></a>
			</li>
		</ul>
	</div>
	<?php
}

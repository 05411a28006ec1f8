<?php
/**
 * Greenfair → Publications (for users with greenfair_publish), and the same
 * part on Settings → Greenfair: the published feed's public addresses, the
 * snippet for partner sites, whether the static address sends its CORS
 * header (with the lines to add where it does not), and the history, each
 * publication to open in the studio or restore in one step.
 *
 * @package Greenfair
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'greenfair_add_history_page' );
add_action( 'admin_post_greenfair_restore', 'greenfair_restore_action' );

/** Adds Greenfair → Publications. */
function greenfair_add_history_page() {
	add_submenu_page( 'greenfair-studio', __( 'Greenfair Studio', 'greenfair' ), __( 'Studio', 'greenfair' ), GREENFAIR_CAP, 'greenfair-studio', 'greenfair_studio_page' );
	add_submenu_page( 'greenfair-studio', __( 'Published feed', 'greenfair' ), __( 'Publications', 'greenfair' ), GREENFAIR_CAP, 'greenfair-publications', 'greenfair_history_page' );
}

/** Restores a publication (the form of the history's "Restore" button), then goes back to the list. */
function greenfair_restore_action() {
	if ( ! current_user_can( GREENFAIR_CAP ) ) {
		wp_die( esc_html__( 'You are not allowed to publish the feed on this site.', 'greenfair' ), 403 );
	}
	check_admin_referer( 'greenfair_restore' );
	$id     = isset( $_POST['id'] ) ? sanitize_text_field( wp_unslash( $_POST['id'] ) ) : '';
	$result = greenfair_restore( $id );
	$back   = add_query_arg( 'greenfair-restored', is_wp_error( $result ) ? 'no' : 'yes', admin_url( 'admin.php?page=greenfair-publications' ) );
	wp_safe_redirect( $back );
	exit;
}

/** The Publications page. */
function greenfair_history_page() {
	if ( ! current_user_can( GREENFAIR_CAP ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to publish the feed on this site.', 'greenfair' ), 403 );
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a message after the redirect, read only.
		$restored = isset( $_GET['greenfair-restored'] ) ? sanitize_key( $_GET['greenfair-restored'] ) : '';
		if ( 'yes' === $restored ) {
			echo '<div class="notice notice-success" id="greenfair-restored"><p>' . esc_html__( 'The publication is live again: a new publication.', 'greenfair' ) . '</p></div>';
		} elseif ( 'no' === $restored ) {
			echo '<div class="notice notice-error" id="greenfair-restored"><p>' . esc_html__( 'That publication could not be restored; the published feed is unchanged.', 'greenfair' ) . '</p></div>';
		}
		greenfair_published_section( true );
		?>
	</div>
	<?php
}

/**
 * The published feed's part of an admin page.
 *
 * @param bool $history With the history's list.
 */
function greenfair_published_section( $history ) {
	echo '<h2>' . esc_html__( 'The published feed', 'greenfair' ) . '</h2>';
	if ( '' === greenfair_published_file() ) {
		echo '<p id="greenfair-nothing-published">' . esc_html__( 'Nothing is published yet: widgets without a feed show the demo feed. Publish from Greenfair Studio (the Greenfair menu).', 'greenfair' ) . '</p>';
		return;
	}
	$urls   = greenfair_public_urls();
	$static = greenfair_static_urls();
	?>
	<table class="form-table" role="presentation">
		<tr><th scope="row"><?php esc_html_e( 'Feed address', 'greenfair' ); ?></th><td><code id="greenfair-public-feed"><?php echo esc_html( $urls['feed'] ); ?></code></td></tr>
		<tr><th scope="row"><?php esc_html_e( 'Calendar address (.ics)', 'greenfair' ); ?></th><td><code id="greenfair-public-calendar"><?php echo esc_html( $urls['calendar'] ); ?></code></td></tr>
		<tr><th scope="row"><label for="greenfair-partner-snippet"><?php esc_html_e( 'Snippet for partner sites', 'greenfair' ); ?></label></th>
			<td><textarea id="greenfair-partner-snippet" class="large-text code" rows="3" readonly><?php echo esc_textarea( greenfair_embed_snippet() ); ?></textarea></td></tr>
	</table>
	<?php if ( $urls['static'] ) : ?>
		<p id="greenfair-static-ok"><?php esc_html_e( 'The feed is served as a static file, with its CORS and caching headers (from the .htaccess the plugin writes beside it): readers do not run PHP.', 'greenfair' ); ?></p>
	<?php else : ?>
		<div class="notice notice-warning inline" id="greenfair-static-missing">
			<p>
				<?php
				/* translators: %s: the static feed's address. */
				echo esc_html( sprintf( __( 'The static file %s is not sent with Access-Control-Allow-Origin: *, so other sites could not read it: the address above goes through WordPress instead (slower under load). To serve it without PHP, add these lines to the web server and reload this page.', 'greenfair' ), $static['feed'] ) );
				?>
			</p>
			<p><?php esc_html_e( 'Apache (mod_headers enabled, AllowOverride FileInfo for the uploads folder; the plugin already wrote this .htaccess there):', 'greenfair' ); ?></p>
			<pre id="greenfair-apache-lines"><?php echo esc_html( greenfair_htaccess() ); ?></pre>
			<p><?php esc_html_e( 'nginx (inside the server block):', 'greenfair' ); ?></p>
			<pre id="greenfair-nginx-lines"><?php echo esc_html( greenfair_nginx_lines() ); ?></pre>
		</div>
	<?php endif; ?>
	<?php
	if ( ! $history ) {
		echo '<p><a href="' . esc_url( admin_url( 'admin.php?page=greenfair-publications' ) ) . '">' . esc_html__( 'The publications (history)', 'greenfair' ) . '</a></p>';
		return;
	}
	?>
	<h2><?php esc_html_e( 'Publications', 'greenfair' ); ?></h2>
	<table class="widefat striped" id="greenfair-history">
		<thead><tr>
			<th scope="col"><?php esc_html_e( 'When', 'greenfair' ); ?></th>
			<th scope="col"><?php esc_html_e( 'Who', 'greenfair' ); ?></th>
			<th scope="col"><?php esc_html_e( 'Fairs', 'greenfair' ); ?></th>
			<th scope="col"><?php esc_html_e( 'Booths', 'greenfair' ); ?></th>
			<th scope="col"><?php esc_html_e( 'Actions', 'greenfair' ); ?></th>
		</tr></thead>
		<tbody>
		<?php foreach ( greenfair_history() as $i => $entry ) : ?>
			<tr data-publication="<?php echo esc_attr( $entry['id'] ); ?>">
				<td><?php echo esc_html( wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $entry['time'] ) ); ?><?php echo 0 === $i ? ' <strong>(' . esc_html__( 'live', 'greenfair' ) . ')</strong>' : ''; ?></td>
				<td><?php echo esc_html( $entry['name'] ? $entry['name'] : $entry['user'] ); ?></td>
				<td><?php echo esc_html( number_format_i18n( $entry['fairs'] ) ); ?></td>
				<td><?php echo esc_html( number_format_i18n( $entry['booths'] ) ); ?></td>
				<td>
					<a class="button" href="<?php echo esc_url( admin_url( 'admin.php?page=greenfair-studio&open=' . rawurlencode( $entry['id'] ) ) ); ?>"><?php esc_html_e( 'Open in the studio', 'greenfair' ); ?></a>
					<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" style="display:inline">
						<input type="hidden" name="action" value="greenfair_restore">
						<input type="hidden" name="id" value="<?php echo esc_attr( $entry['id'] ); ?>">
						<?php wp_nonce_field( 'greenfair_restore' ); ?>
						<button type="submit" class="button greenfair-restore"><?php esc_html_e( 'Restore as the live feed', 'greenfair' ); ?></button>
					</form>
				</td>
			</tr>
		<?php endforeach; ?>
		</tbody>
	</table>
	<?php
}

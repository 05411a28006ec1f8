<?php
/**
 * Plugin Name: AMP stand-in (greenfair tests)
 * Description: Stands in for the official AMP plugin, which cannot be downloaded where the tests run: defines amp_is_request() as the AMP plugin does, true for requests with ?amp=1. Nothing else of the AMP plugin (its sanitizers, its validation) is played.
 *
 * @package Greenfair
 */

if ( ! function_exists( 'amp_is_request' ) ) {
	/** Whether this request is for an AMP page: here, ?amp=1. */
	function amp_is_request() {
		return isset( $_GET['amp'] ) && '1' === $_GET['amp']; // phpcs:ignore WordPress.Security.NonceVerification
	}
}

<?php
/**
 * The scripts block/editor.js uses, written by hand: the plugin has no build step.
 *
 * @package Greenfair
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '1.0.0',
);

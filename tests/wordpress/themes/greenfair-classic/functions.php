<?php
/**
 * The tests' classic theme: one widget area, shown after the content, for
 * the Custom HTML and block widgets holding a pasted snippet.
 *
 * @package Greenfair
 */

add_action(
	'widgets_init',
	function () {
		register_sidebar(
			array(
				'id'   => 'greenfair-sidebar',
				'name' => 'Greenfair tests sidebar',
			)
		);
	}
);

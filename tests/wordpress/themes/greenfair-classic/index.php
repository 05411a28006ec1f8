<?php
/**
 * The only template: the loop's full content between wp_head() and
 * wp_footer(), then the widget area (functions.php).
 *
 * @package Greenfair
 */

?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<main class="entry-content">
<?php
while ( have_posts() ) {
	the_post();
	echo '<h1>' . esc_html( get_the_title() ) . '</h1>';
	the_content();
}
?>
</main>
<aside class="widget-area">
<?php dynamic_sidebar( 'greenfair-sidebar' ); ?>
</aside>
<?php wp_footer(); ?>
</body>
</html>

<?php
/**
 * Names what in the given PHP files would not run on PHP 7.4, the plugin's
 * declared minimum (Debian's PHP is 8.2, so php -l alone would pass them):
 * match, the nullsafe operator, attributes, enums, readonly, named
 * arguments, union types, constructor promotion, and functions new in PHP 8.
 * Prints one line per finding, nothing when there is none.
 *
 *   php php74.php FILE…
 *
 * @package Greenfair
 */

$greenfair_php8_functions = array( 'str_contains', 'str_starts_with', 'str_ends_with', 'array_is_list', 'get_debug_type', 'fdiv', 'get_resource_id', 'preg_last_error_msg' );
$greenfair_php8_tokens    = array( 'T_MATCH', 'T_NULLSAFE_OBJECT_OPERATOR', 'T_ATTRIBUTE', 'T_ENUM', 'T_READONLY' );
$greenfair_modifiers      = array( T_PUBLIC, T_PROTECTED, T_PRIVATE );

foreach ( array_slice( $argv, 1 ) as $greenfair_file ) {
	$greenfair_tokens = array_values(
		array_filter(
			token_get_all( file_get_contents( $greenfair_file ) ),
			function ( $token ) {
				return ! is_array( $token ) || ! in_array( $token[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true );
			}
		)
	);
	$greenfair_depth     = 0;
	$greenfair_signature = false;
	foreach ( $greenfair_tokens as $i => $token ) {
		$name = is_array( $token ) ? token_name( $token[0] ) : $token;
		$line = is_array( $token ) ? $token[2] : '?';
		$next = isset( $greenfair_tokens[ $i + 1 ] ) ? $greenfair_tokens[ $i + 1 ] : null;
		$prev = $i > 0 ? $greenfair_tokens[ $i - 1 ] : null;
		if ( in_array( $name, $greenfair_php8_tokens, true ) ) {
			echo "$greenfair_file:$line: $name\n";
		}
		if ( is_array( $token ) && T_STRING === $token[0] && in_array( strtolower( $token[1] ), $greenfair_php8_functions, true ) && '(' === $next
			&& ! ( is_array( $prev ) && T_FUNCTION === $prev[0] ) ) {
			echo "$greenfair_file:$line: {$token[1]}() is PHP 8\n";
		}
		// A named argument: `name:` right after `(` or `,` of a call.
		if ( is_array( $token ) && T_STRING === $token[0] && ':' === $next && ( '(' === $prev || ',' === $prev ) ) {
			echo "$greenfair_file:$line: named argument {$token[1]}:\n";
		}
		// In a function's parameter list: union types and constructor promotion.
		if ( is_array( $token ) && T_FUNCTION === $token[0] ) {
			$greenfair_signature = true;
			$greenfair_depth     = 0;
		} elseif ( $greenfair_signature && '(' === $token ) {
			++$greenfair_depth;
		} elseif ( $greenfair_signature && ')' === $token ) {
			--$greenfair_depth;
			if ( 0 === $greenfair_depth ) {
				$greenfair_signature = false;
			}
		} elseif ( $greenfair_signature && 1 === $greenfair_depth && '|' === $token ) {
			echo "$greenfair_file:$line: union type\n";
		} elseif ( $greenfair_signature && 1 === $greenfair_depth && is_array( $token ) && in_array( $token[0], $greenfair_modifiers, true ) ) {
			echo "$greenfair_file:$line: constructor promotion\n";
		}
	}
}

// The block "Greenfair" in the editor: its settings in the sidebar and a
// preview rendered by the server (the same HTML as on the page), which the
// loader mounts as the real widget. Plain wp.* globals: no build step. The
// words are wp.i18n's, from languages/greenfair-<locale>-<md5>.json
// (wp_set_script_translations in includes/block.php; i18n.sh writes them).
( function ( wp ) {
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var components = wp.components;
	var blockEditor = wp.blockEditor;
	/** The loader's address (Settings → Greenfair), from includes/block.php. */
	var loader = ( window.greenfairEditor || {} ).loader;
	/** The site's published feed's fairs and categories, [ id, name ] pairs (includes/block.php). */
	var published = {
		fairs: ( window.greenfairEditor || {} ).fairs || [],
		categories: ( window.greenfairEditor || {} ).categories || [],
	};

	/**
	 * For a block showing the site's published feed (no feed of its own), a
	 * menu of that feed's records by name; else a field for the id. A value
	 * the feed no longer has stays offered, as its id.
	 */
	function recordField( props, name, records, label, textLabel ) {
		if ( props.attributes.feed || ! records.length ) {
			return textField( props, name, textLabel );
		}
		var value = props.attributes[ name ];
		var options = [ [ '', __( 'None', 'greenfair' ) ] ].concat( records );
		if ( value && ! records.some( function ( record ) { return record[ 0 ] === value; } ) ) {
			options.push( [ value, value ] );
		}
		return menu( props, name, label, options );
	}

	/**
	 * Adds the loader to the document the block is in (the editor's page, or
	 * its iframed canvas), once: only an editor holding the block loads it.
	 */
	function addLoader( doc ) {
		if ( ! doc || ! loader || doc.querySelector( 'script[data-greenfair-preview]' ) ) {
			return;
		}
		var script = doc.createElement( 'script' );
		script.type = 'module';
		script.src = loader;
		script.setAttribute( 'data-greenfair-preview', '' );
		doc.head.appendChild( script );
	}

	/** A text field bound to one attribute. */
	function textField( props, name, label, help ) {
		return el( components.TextControl, {
			__nextHasNoMarginBottom: true,
			__next40pxDefaultSize: true,
			label: label,
			help: help,
			value: props.attributes[ name ],
			onChange: function ( value ) {
				var change = {};
				change[ name ] = value;
				props.setAttributes( change );
			},
		} );
	}

	/** A menu bound to one attribute; options as [value, label] pairs. */
	function menu( props, name, label, options ) {
		return el( components.SelectControl, {
			__nextHasNoMarginBottom: true,
			__next40pxDefaultSize: true,
			label: label,
			value: props.attributes[ name ],
			options: options.map( function ( option ) {
				return { value: option[ 0 ], label: option[ 1 ] };
			} ),
			onChange: function ( value ) {
				var change = {};
				change[ name ] = value;
				props.setAttributes( change );
			},
		} );
	}

	wp.blocks.registerBlockType( 'greenfair/widget', {
		edit: function ( props ) {
			var ref = wp.element.useRef();
			wp.element.useEffect( function () {
				addLoader( ref.current && ref.current.ownerDocument );
			}, [] );
			var sidebar = el(
				blockEditor.InspectorControls,
				null,
				el(
					components.PanelBody,
					{ title: __( 'Widget settings', 'greenfair' ), initialOpen: true },
					textField( props, 'feed', __( 'Feed address (JSON)', 'greenfair' ), __( 'Empty: the default feed of Settings → Greenfair, or the demo feed.', 'greenfair' ) ),
					menu( props, 'view', __( 'Parts shown', 'greenfair' ), [
						[ '', __( 'Calendar and booth finder', 'greenfair' ) ],
						[ 'calendar', __( 'Fair calendar only', 'greenfair' ) ],
						[ 'booths', __( 'Booth finder only', 'greenfair' ) ],
					] ),
					menu( props, 'lang', __( "The widget's language", 'greenfair' ), [
						[ '', __( 'Vietnamese', 'greenfair' ) ],
						[ 'en', __( 'English', 'greenfair' ) ],
					] ),
					textField( props, 'month', __( 'Month the calendar opens on (2025-09)', 'greenfair' ) ),
					recordField( props, 'event', published.fairs, __( 'Preselected fair', 'greenfair' ), __( 'Preselected fair (its id in the feed)', 'greenfair' ) ),
					recordField( props, 'category', published.categories, __( 'Preselected category', 'greenfair' ), __( 'Preselected category (its id in the feed)', 'greenfair' ) ),
					menu( props, 'lunar', __( 'Lunar dates', 'greenfair' ), [
						[ '', __( 'By language (shown in Vietnamese)', 'greenfair' ) ],
						[ 'on', __( 'Always', 'greenfair' ) ],
						[ 'off', __( 'Never', 'greenfair' ) ],
					] ),
					textField( props, 'accent', __( 'Accent colour (#0b6b3a)', 'greenfair' ) ),
					textField( props, 'font_size', __( 'Font size (12px to 28px)', 'greenfair' ) )
				)
			);
			var preview = el(
				components.Disabled,
				null,
				el( wp.serverSideRender, { block: 'greenfair/widget', attributes: props.attributes } )
			);
			return el( 'div', blockEditor.useBlockProps( { ref: ref } ), sidebar, preview );
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp );

// The block "Greenfair" in the editor: its settings in the sidebar and a
// preview rendered by the server (the same HTML as on the page), which the
// loader mounts as the real widget. Plain wp.* globals: no build step.
( function ( wp ) {
	var el = wp.element.createElement;
	var text = window.greenfairBlockText || {};
	var components = wp.components;
	var blockEditor = wp.blockEditor;

	/** A text field bound to one attribute. */
	function textField( props, name, label, help ) {
		return el( components.TextControl, {
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
			var sidebar = el(
				blockEditor.InspectorControls,
				null,
				el(
					components.PanelBody,
					{ title: text.panel, initialOpen: true },
					textField( props, 'feed', text.feed, text.feedHelp ),
					menu( props, 'view', text.view, [ [ '', text.viewBoth ], [ 'calendar', text.viewCalendar ], [ 'booths', text.viewBooths ] ] ),
					menu( props, 'lang', text.lang, [ [ '', text.langVi ], [ 'en', text.langEn ] ] ),
					textField( props, 'month', text.month ),
					textField( props, 'event', text.event ),
					textField( props, 'category', text.category ),
					menu( props, 'lunar', text.lunar, [ [ '', text.lunarDefault ], [ 'on', text.lunarOn ], [ 'off', text.lunarOff ] ] ),
					textField( props, 'accent', text.accent ),
					textField( props, 'font_size', text.fontSize )
				)
			);
			var preview = el(
				components.Disabled,
				null,
				el( wp.serverSideRender, { block: 'greenfair/widget', attributes: props.attributes } )
			);
			return el( 'div', blockEditor.useBlockProps(), sidebar, preview );
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp );

// The embed builder (builder.html): an editor picks the feed, the view, the
// language, a preselected fair or category, lunar dates, the accent colour
// and the font size, and the kind of embed (script, iframe, AMP); sees the
// real widget live at phone and desktop width; and copies the snippet.
// Everything stays in the page: the feed is read only to list its fairs.

/** Where this builder is hosted: the snippet points at the same files. */
const base = new URL('.', location.href);
const DEMO_FEED = new URL('feeds/demo.json', base).href;
const DEFAULT_ACCENT = '#0b6b3a';
const DEFAULT_FONT_SIZE = 16;

const TEXT = {
  vi: {
    title: 'Tạo mã nhúng lịch hội chợ',
    lead: 'Chọn cách hiển thị, xem trước rồi sao chép mã vào bài viết.',
    language: 'Ngôn ngữ',
    feedLegend: 'Dữ liệu', feedDemo: 'Dữ liệu mẫu của chuỗi hội chợ', feedOther: 'Địa chỉ khác', feedUrl: 'Địa chỉ tệp dữ liệu (JSON)',
    showLegend: 'Hiển thị', view: 'Phần hiển thị', viewBoth: 'Lịch và tìm gian hàng', viewCalendar: 'Chỉ lịch hội chợ', viewBooths: 'Chỉ tìm gian hàng',
    widgetLang: 'Ngôn ngữ của widget', event: 'Hội chợ chọn sẵn (tìm gian hàng)', category: 'Ngành hàng chọn sẵn', none: 'Không chọn',
    lunar: 'Ngày âm lịch', lunarDefault: 'Theo ngôn ngữ (có khi tiếng Việt)', lunarOn: 'Luôn hiện', lunarOff: 'Không hiện',
    lookLegend: 'Giao diện', accent: 'Màu nhấn', fontSize: 'Cỡ chữ (px)',
    kindLegend: 'Cách nhúng', kindScript: 'Mã script (trang bài viết thường)', kindIframe: 'Iframe (hệ thống không cho chèn script)', kindAmp: 'AMP (amp-iframe)',
    snippetTitle: 'Mã nhúng', snippetLabel: 'Mã nhúng để dán vào bài viết', copy: 'Sao chép mã nhúng',
    copied: 'Đã sao chép mã nhúng.',
    copyFailed: 'Trình duyệt không cho sao chép tự động. Mã đã được chọn sẵn: nhấn Ctrl+C (trên điện thoại: giữ để sao chép).',
    previewTitle: 'Xem trước', phone: 'Điện thoại (360 px)', desktop: 'Máy tính (960 px)',
    phoneFrame: 'Xem trước trên điện thoại', desktopFrame: 'Xem trước trên máy tính',
    frameTitle: 'Lịch hội chợ xanh', more: 'Xem thêm',
    loading: 'Đang đọc dữ liệu…', loaded: (events, categories) => `Dữ liệu có ${events} hội chợ và ${categories} ngành hàng.`,
    feedFailed: (reason) => `Không đọc được dữ liệu (${reason}). Nếu tệp ở tên miền khác, máy chủ đó cần cho phép CORS (Access-Control-Allow-Origin).`,
  },
  en: {
    title: 'Build the fair calendar embed',
    lead: 'Choose what to show, preview it, then copy the code into the article.',
    language: 'Language',
    feedLegend: 'Data', feedDemo: "The fair series' demo data", feedOther: 'Another address', feedUrl: 'Address of the data file (JSON)',
    showLegend: 'Show', view: 'Parts shown', viewBoth: 'Calendar and booth finder', viewCalendar: 'Fair calendar only', viewBooths: 'Booth finder only',
    widgetLang: "The widget's language", event: 'Preselected fair (booth finder)', category: 'Preselected category', none: 'None',
    lunar: 'Lunar dates', lunarDefault: 'By language (shown in Vietnamese)', lunarOn: 'Always', lunarOff: 'Never',
    lookLegend: 'Look', accent: 'Accent colour', fontSize: 'Font size (px)',
    kindLegend: 'Kind of embed', kindScript: 'Script (ordinary article pages)', kindIframe: 'Iframe (CMSs that strip scripts)', kindAmp: 'AMP (amp-iframe)',
    snippetTitle: 'Embed code', snippetLabel: 'Embed code to paste into the article', copy: 'Copy the embed code',
    copied: 'Embed code copied.',
    copyFailed: 'The browser does not allow copying here. The code is selected: press Ctrl+C (on a phone: hold to copy).',
    previewTitle: 'Preview', phone: 'Phone (360 px)', desktop: 'Desktop (960 px)',
    phoneFrame: 'Preview on a phone', desktopFrame: 'Preview on a desktop',
    frameTitle: 'Green fair calendar', more: 'Show more',
    loading: 'Reading the data…', loaded: (events, categories) => `The data has ${events} fairs and ${categories} categories.`,
    feedFailed: (reason) => `The data could not be read (${reason}). If the file is on another domain, that server must allow CORS (Access-Control-Allow-Origin).`,
  },
};

const form = document.getElementById('options');
const snippet = document.getElementById('snippet');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const feedStatus = document.getElementById('feed-status');
const frames = [document.getElementById('preview-phone'), document.getElementById('preview-desktop')];
let ui = 'vi';
/** Names of the feed's fairs and categories, by id, in the widget's language. */
let feedNames = { events: [], categories: [] };
/** What reading the feed came to, said again in the builder's language when it changes. */
let feedState = { loading: true };

function showFeedState() {
  feedStatus.textContent = feedState.loading ? text('loading')
    : feedState.failed ? text('feedFailed')(feedState.failed)
      : text('loaded')(feedNames.events.length, feedNames.categories.length);
}

const text = (key) => TEXT[ui][key];

/** The editor's choices, checked: only values the widget accepts. */
function choices() {
  const data = new FormData(form);
  const fontSize = Math.round(Number(data.get('fontSize')));
  return {
    feed: data.get('feed') === 'url' && data.get('feedUrl')?.trim() ? data.get('feedUrl').trim() : null,
    view: data.get('view'),
    lang: data.get('lang'),
    event: data.get('event') || null,
    category: data.get('category') || null,
    lunar: data.get('lunar') || null,
    accent: /^#[0-9a-f]{6}$/i.test(data.get('accent')) && data.get('accent').toLowerCase() !== DEFAULT_ACCENT ? data.get('accent').toLowerCase() : null,
    fontSize: fontSize >= 12 && fontSize <= 28 && fontSize !== DEFAULT_FONT_SIZE ? `${fontSize}px` : null,
    kind: data.get('kind'),
  };
}

/** The widget's settings as attribute (or query) name and value pairs, defaults left out. */
function settings(c) {
  return [
    ['feed', c.feed], ['view', c.view === 'both' ? null : c.view], ['lang', c.lang], ['event', c.event],
    ['category', c.category], ['lunar', c.lunar], ['accent', c.accent], ['font-size', c.fontSize],
  ].filter(([, value]) => value);
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe page's address for these choices (the preview uses it too). */
function frameUrl(c, { today } = {}) {
  const url = new URL('embed.html', base);
  for (const [name, value] of settings(c)) url.searchParams.set(name, value);
  if (today) url.searchParams.set('today', today);
  return url.href;
}

/** The snippet an editor pastes. */
function snippetFor(c) {
  if (c.kind === 'script') {
    const attributes = settings(c).map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`).join('');
    return `<script type="module" src="${new URL('v1/greenfair.js', base).href}"></script>\n<div data-greenfair${attributes}></div>`;
  }
  const src = escapeAttribute(frameUrl(c));
  if (c.kind === 'iframe') {
    return `<iframe data-greenfair-frame title="${text('frameTitle')}" style="width:100%;border:0;height:600px"\n        src="${src}"></iframe>\n<script src="${new URL('v1/greenfair-resize.js', base).href}" defer></script>`;
  }
  return `<amp-iframe title="${text('frameTitle')}" layout="fixed-height" height="600" resizable\n    sandbox="allow-scripts allow-same-origin allow-popups"\n    src="${src}">\n  <div overflow tabindex="0" role="button" aria-label="${text('more')}">${text('more')}</div>\n</amp-iframe>`;
}

/** Shows the choices: the snippet, and the live widget in both previews. */
function render() {
  const c = choices();
  snippet.value = snippetFor(c);
  copyStatus.textContent = '';
  const url = frameUrl(c);
  for (const frame of frames) if (frame.src !== url) frame.src = url;
  form.elements.feedUrl.disabled = new FormData(form).get('feed') !== 'url';
}

/** Lists the feed's fairs and categories in the two preselect menus. */
async function readFeed() {
  const c = choices();
  const url = c.feed ? new URL(c.feed, base).href : DEMO_FEED;
  feedState = { loading: true };
  showFeedState();
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const feed = await response.json();
    const name = (value) => (typeof value === 'string' ? value : value?.[c.lang] ?? value?.vi ?? Object.values(value ?? {})[0] ?? '');
    feedNames = {
      events: (feed.events ?? []).filter((e) => e?.id).map((e) => [e.id, name(e.name)]),
      categories: (feed.categories ?? []).filter((k) => k?.id).map((k) => [k.id, name(k.name)]),
    };
    feedState = {};
  } catch (error) {
    feedNames = { events: [], categories: [] };
    feedState = { failed: error.message };
  }
  refresh();
}

/** The menus, the feed's state and the snippet and previews, drawn anew. */
function refresh() {
  fillSelect(form.elements.event, feedNames.events);
  fillSelect(form.elements.category, feedNames.categories);
  showFeedState();
  render();
}

function fillSelect(select, entries) {
  const kept = select.value;
  select.replaceChildren(new Option(text('none'), ''), ...entries.map(([id, label]) => new Option(label || id, id)));
  select.value = entries.some(([id]) => id === kept) ? kept : '';
}

/** Puts the builder's own words in the chosen language. */
function translate(lang) {
  ui = lang;
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = text(element.dataset.text);
  for (const element of document.querySelectorAll('[data-title]')) element.title = text(element.dataset.title);
  for (const element of document.querySelectorAll('[data-label]')) element.setAttribute('aria-label', text(element.dataset.label));
  for (const button of document.querySelectorAll('[data-ui-lang]')) button.setAttribute('aria-pressed', String(button.dataset.uiLang === lang));
  document.title = `${text('title')} – greenfair`;
  refresh();
}

/** Copies the snippet; where the browser refuses, selects it for a manual copy. Never claims a copy that did not happen. */
async function copy() {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    // Where the permissions policy says no already, asking would log an error in the console.
    if ((document.permissionsPolicy ?? document.featurePolicy)?.allowsFeature?.('clipboard-write') === false) throw new Error('refused');
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = text('copied');
  } catch {
    snippet.focus();
    snippet.select();
    copyStatus.textContent = text('copyFailed');
  }
}

form.addEventListener('input', render);
form.addEventListener('change', (event) => {
  if (['feed', 'feedUrl', 'lang'].includes(event.target.name)) readFeed();
  else render();
});
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', copy);
for (const button of document.querySelectorAll('[data-ui-lang]')) button.addEventListener('click', () => translate(button.dataset.uiLang));
// The previews size themselves, as greenfair-resize.js sizes a host page's frames.
addEventListener('message', (event) => {
  const frame = frames.find((f) => f.contentWindow === event.source);
  if (frame && event.origin === base.origin && event.data?.type === 'greenfair:height') frame.style.height = `${event.data.height}px`;
});

const params = new URLSearchParams(location.search);
translate(params.get('ui') === 'en' ? 'en' : 'vi');
// builder.html?feed=… (the studio links here with the feed it published).
if (params.get('feed')) {
  form.elements.feed.value = 'url';
  form.elements.feedUrl.value = params.get('feed');
  form.elements.feedUrl.disabled = false;
}
readFeed();

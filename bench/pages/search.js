// Indexes a feed's booths with one JavaScript search library, in its default
// setup plus what search-as-you-type needs (prefix matching), and times the
// index build and each query. No diacritics folding is added: what a library
// finds for "tui xach" is what it finds out of the box.
import MiniSearch from '/lib/minisearch/dist/es/index.js';
import { Document } from '/lib/flexsearch/dist/flexsearch.bundle.module.min.mjs';
import Fuse from '/lib/fuse.js/dist/fuse.min.mjs';

const FIELDS = ['exhibitor', 'code', 'products', 'categories', 'description'];

const LIBRARIES = {
  // Prefix search, as MiniSearch's README shows for search-as-you-type.
  minisearch: {
    build(docs) {
      const index = new MiniSearch({ fields: FIELDS });
      index.addAll(docs);
      return index;
    },
    search: (index, query) => index.search(query, { prefix: true }),
    ids: (results) => results.map((result) => result.id),
  },
  // The "forward" tokenizer is FlexSearch's partial (prefix) match; the default "strict" matches whole words only.
  flexsearch: {
    build(docs) {
      const index = new Document({ tokenize: 'forward', document: { id: 'id', index: FIELDS } });
      for (const doc of docs) index.add(doc);
      return index;
    },
    // merge: one entry per booth rather than one list per field.
    search: (index, query) => index.search(query, { merge: true }),
    ids: (results) => results.map((result) => result.id),
  },
  // Fuse.js matches fuzzily by default.
  fusejs: {
    build: (docs) => new Fuse(docs, { keys: FIELDS }),
    search: (index, query) => index.search(query),
    ids: (results) => results.map((result) => result.item.id),
  },
};

const text = (value) => (value === undefined ? '' : typeof value === 'string' ? value : value.vi ?? Object.values(value)[0]);

/** One document per booth: its searchable texts in Vietnamese, the id its position. */
function documents(feed) {
  const categories = new Map(feed.categories.map((category) => [category.id, text(category.name)]));
  return feed.booths.map((booth, id) => ({
    id,
    exhibitor: text(booth.exhibitor),
    code: booth.code,
    products: (booth.products ?? []).map(text).join(', '),
    categories: (booth.categories ?? []).map((c) => categories.get(c) ?? '').join(', '),
    description: text(booth.description),
  }));
}

const folded = (value) => value.normalize('NFC').toLowerCase();

/**
 * Builds LIBRARY's index over the booths at RECORDS_URL, then types: runs
 * `prefixes` in order, timing the library's search call alone, until that
 * time passes `budgetMs`. Then each of `finds` ({ key: [query, needle] }):
 * found when one of the first `shown` results has the needle in its text
 * (`anywhere`: any result has it).
 */
async function run(library, recordsUrl, { prefixes, budgetMs, finds, shown }) {
  const { build, search, ids } = LIBRARIES[library];
  const docs = documents(await (await fetch(recordsUrl)).json());
  const started = performance.now();
  const index = build(docs);
  const indexMs = performance.now() - started;
  const searchMs = [];
  let spent = 0;
  for (const query of prefixes) {
    if (spent > budgetMs) break;
    const before = performance.now();
    search(index, query);
    searchMs.push(performance.now() - before);
    spent += searchMs.at(-1);
  }
  const found = {};
  for (const [key, [query, needle]] of Object.entries(finds)) {
    const hits = ids(search(index, query));
    const has = (id) => folded(FIELDS.map((field) => docs[id][field]).join(' ')).includes(folded(needle));
    found[key] = { results: hits.length, found: hits.slice(0, shown).some(has), anywhere: hits.some(has) };
  }
  return { booths: docs.length, indexMs, searchMs, found };
}

window.searchBench = { run };

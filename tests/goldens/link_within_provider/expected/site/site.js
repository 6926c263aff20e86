// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
// The error dictionary's script: search, filters, one entry per code, all from the JSON block.
// Every piece of catalog text goes into the page as a text node (never as markup), so it
// stays inert whatever it holds. Routes live in the hash, so they work over file:// too:
//   #?q=4002&provider=livekit   a search (query and filters)
//   #provider/code_set/NAME     one code's entry
//   #matrix                     the matrix
'use strict';
(function () {
  const data = JSON.parse(document.getElementById('catalog-data').textContent);
  const FILTERS = ['provider', 'category', 'retry', 'terminal'];
  const LANGUAGES = [['rust', 'Rust'], ['typescript', 'TypeScript'], ['kotlin', 'Kotlin'],
    ['go', 'Go'], ['c', 'C'], ['python', 'Python']];

  // Every code once, with its link and the lower-case text the search looks in.
  const entries = [];
  const byLink = new Map();
  for (const p of data.providers) {
    for (const s of p.sets) {
      for (const c of s.codes) {
        const link = p.id + '/' + s.id + '/' + c.name;
        const words = [String(c.value), c.name, c.upstream, link, p.id + '.' + s.id + '.' + c.name,
          c.summary, c.cause, c.message, ...c.when, ...c.remediation, ...Object.values(c.ids)];
        const entry = { p, s, c, link, text: words.join('\n').toLowerCase() };
        entries.push(entry);
        byLink.set(link, entry);
      }
    }
  }
  const groupsOf = new Map();
  for (const g of data.equivalents) {
    for (const link of g.codes) {
      if (!groupsOf.has(link)) groupsOf.set(link, []);
      groupsOf.get(link).push(g);
    }
  }

  /** Builds an element; string children become text nodes, so they are never parsed. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const child of children.flat(Infinity)) {
      if (child !== null && child !== undefined) {
        node.append(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    }
    return node;
  }

  function hrefOf(link) {
    return '#' + link.split('/').map(encodeURIComponent).join('/');
  }

  function valueText(value) {
    return typeof value === 'number' ? String(value) : JSON.stringify(value);
  }

  // ---- search ----

  /** The codes that match a query and filters; exact value or name matches first. */
  function search(state) {
    const q = state.q.trim().toLowerCase();
    const terms = q.split(/\s+/).filter(Boolean);
    const exact = [];
    const rest = [];
    for (const e of entries) {
      if (state.provider && e.p.id !== state.provider) continue;
      if (state.category && data.categories[e.c.category].id !== state.category) continue;
      if (state.retry && data.policies[e.c.retry].id !== state.retry) continue;
      if (state.terminal && e.c.terminal !== state.terminal) continue;
      if (!terms.every((t) => e.text.includes(t))) continue;
      const isExact = q !== '' && [String(e.c.value), e.c.name, e.c.upstream]
        .some((w) => w.toLowerCase() === q);
      (isExact ? exact : rest).push(e);
    }
    return exact.concat(rest);
  }

  function resultRow(e) {
    const policy = data.policies[e.c.retry];
    return el('tr', {},
      el('td', {}, el('a', { href: hrefOf(e.link) }, el('code', {}, e.c.upstream))),
      el('td', {}, el('code', {}, valueText(e.c.value))),
      el('td', {}, e.p.name, el('br'), el('span', { class: 'set' }, e.s.id)),
      el('td', {}, e.c.message),
      el('td', {}, policy.title, e.c.terminal === 'terminal' ? el('span', { class: 'badge' }, 'terminal') : null));
  }

  function stateFromHash(hash) {
    const params = new URLSearchParams(hash.replace(/^#\??/, ''));
    const state = { q: params.get('q') || '' };
    for (const f of FILTERS) state[f] = params.get(f) || '';
    return state;
  }

  function hashOf(state) {
    const params = new URLSearchParams();
    for (const key of ['q', ...FILTERS]) if (state[key]) params.set(key, state[key]);
    return '#?' + params.toString();
  }

  function formState() {
    const state = { q: document.getElementById('q').value };
    for (const f of FILTERS) state[f] = document.getElementById(f).value;
    return state;
  }

  // The first rows at once, the rest on request: laying out hundreds of rows on every
  // keystroke would make typing lag.
  const FIRST_ROWS = 50;
  let lastFound = [];

  function showRows(all) {
    const shown = all ? lastFound : lastFound.slice(0, FIRST_ROWS);
    const rows = document.createDocumentFragment();
    for (const e of shown) rows.append(resultRow(e));
    document.querySelector('#results tbody').replaceChildren(rows);
    const more = document.getElementById('more');
    more.hidden = shown.length === lastFound.length;
    more.textContent = 'Show all ' + lastFound.length + ' codes';
  }

  function showResults(state) {
    lastFound = search(state);
    showRows(false);
    const count = document.getElementById('count');
    count.dataset.count = String(lastFound.length);
    count.textContent = lastFound.length === 1 ? '1 code' : lastFound.length + ' codes';
  }

  /** Typing or choosing a filter: results update at once and the URL follows. */
  function onFormChange() {
    const state = formState();
    showResults(state);
    const hash = hashOf(state);
    try {
      history.replaceState(null, '', hash);
    } catch (_) {
      location.replace(hash);
    }
  }

  // ---- one entry ----

  function scheduleText(s) {
    const secs = (ms) => (ms < 1000 ? ms + ' ms' : ms / 1000 + ' s');
    const jitter = { full: ' (full jitter: wait a random time between 0 and each delay)',
      equal: ' (equal jitter: wait between half and all of each delay)', none: '' }[s.jitter];
    const n = s.delays_ms.length;
    return 'Up to ' + n + (n === 1 ? ' retry' : ' retries') + ', waiting ' +
      s.delays_ms.map(secs).join(', ') + jitter + '. ' + s.basis +
      (s.reference ? ' (' + s.reference + ')' : '');
  }

  function signalNode(signal) {
    return el('div', {},
      el('p', {}, el('code', {}, signal.name), ' takes precedence over the catalog\'s ' +
        signal.overrides.join(' and ') + '.'),
      signal.meaning ? el('p', {}, signal.meaning) : null,
      signal.values.length ? el('ul', {}, signal.values.map(([v, means]) =>
        el('li', {}, el('code', {}, v), ': ' + means))) : null);
  }

  function codeLink(link) {
    const e = byLink.get(link);
    const label = e ? e.p.name + ' ' + e.c.upstream : link;
    return el('a', { href: hrefOf(link) }, label);
  }

  function list(tag, items) {
    return el(tag, {}, items.map((t) => el('li', {}, t)));
  }

  function identifiers(e) {
    return el('table', { class: 'ids' },
      el('caption', { class: 'visually-hidden' }, 'Identifiers in each binding'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Language'),
        el('th', { scope: 'col' }, 'Type'), el('th', { scope: 'col' }, 'Member'))),
      el('tbody', {}, LANGUAGES.map(([key, name]) => el('tr', {}, el('th', { scope: 'row' }, name),
        el('td', {}, el('code', {}, e.s.ids[key])), el('td', {}, el('code', {}, e.c.ids[key]))))));
  }

  /** The fields of an entry as (term, description) pairs; absent fields are left out. */
  function fields(e) {
    const c = e.c;
    const category = data.categories[c.category];
    const policy = data.policies[c.retry];
    const schedule = c.schedule || policy.schedule;
    const signal = c.signal || e.s.signal;
    const others = (groupsOf.get(e.link) || []).map((g) => el('div', {},
      el('p', {}, g.title + ': ' + g.meaning),
      el('ul', {}, g.codes.filter((l) => l !== e.link).map((l) => el('li', {}, codeLink(l))))));
    const terminal = { terminal: 'Yes: the session is over', not_terminal: 'No: the session goes on',
      depends: 'Depends' }[c.terminal];
    return [
      ['User message', el('p', { class: 'message' }, c.message)],
      ['Cause', el('p', {}, c.cause)],
      ['When it occurs', list('ul', c.when)],
      ['Remediation', list('ol', c.remediation)],
      c.causes && ['Known causes', list('ul', c.causes)],
      ['Category', el('p', {}, category.title + '. ' + category.meaning)],
      ['Retry policy', el('div', {}, el('p', {}, policy.title + ' (' + c.retry_basis + '\'s verdict). ' +
        policy.meaning), schedule ? el('p', { class: 'schedule' }, scheduleText(schedule)) : null)],
      ['Terminal', el('p', {}, terminal + ' (' + c.terminal_basis + '\'s verdict)' +
        (c.condition ? '. Terminal when: ' + c.condition : '.'))],
      signal && ['Runtime signal', signalNode(signal)],
      c.failure !== undefined && ['SDK failure flag', el('p', {}, c.failure ? 'Yes' : 'No')],
      c.rationale && ['Catalog\'s reasoning', el('p', {}, c.rationale)],
      c.protocol && ['Protocol equivalent', el('p', {}, codeLink(c.protocol))],
      others.length && ['Equivalent codes of other providers', el('div', {}, others)],
      c.deprecated && ['Deprecated upstream', el('p', {}, c.deprecated)],
      c.since && ['Since', el('p', {}, c.since)],
      ['Upstream source', el('p', {}, e.s.source)],
      ['Verified', el('p', {}, e.s.verified)],
      c.references && ['References', list('ul', c.references)],
      ['In each binding', identifiers(e)],
      ['Stable link', el('p', {}, el('a', { href: hrefOf(e.link) }, e.link))],
    ].filter(Boolean);
  }

  function showEntry(link) {
    const view = document.getElementById('entry-view');
    const e = byLink.get(link);
    if (!e) {
      view.replaceChildren(el('h1', { tabindex: '-1' }, 'No such code'),
        el('p', {}, 'The catalog has no code ', el('code', {}, link), '. ',
          el('a', { href: '#?' }, 'Search the codes')));
    } else {
      view.replaceChildren(
        el('p', { class: 'crumbs' }, el('a', { href: hashOf({ q: '', provider: e.p.id }) }, e.p.name),
          ' / ' + e.s.id),
        el('h1', { tabindex: '-1' }, el('code', {}, e.c.upstream), ' = ' + valueText(e.c.value)),
        el('p', { class: 'summary' }, e.c.summary),
        el('p', { class: 'set' }, e.s.summary),
        el('dl', {}, fields(e).map(([term, desc]) => [el('dt', {}, term), el('dd', {}, desc)])));
    }
    show('entry-view');
    view.querySelector('h1').focus();
  }

  // ---- routing ----

  function show(id) {
    for (const view of ['search-view', 'entry-view', 'matrix-view']) {
      document.getElementById(view).hidden = view !== id;
    }
  }

  function route() {
    const hash = location.hash;
    if (hash === '' || hash === '#' || hash.startsWith('#?')) {
      const state = stateFromHash(hash);
      document.getElementById('q').value = state.q;
      for (const f of FILTERS) document.getElementById(f).value = state[f];
      showResults(state);
      show('search-view');
      document.title = 'RTC error catalog ' + data.version + ': error dictionary';
    } else if (hash === '#matrix') {
      show('matrix-view');
    } else if (hash.includes('/')) {
      const link = hash.slice(1).split('/').map(decodeURIComponent).join('/');
      showEntry(link);
      document.title = link + ': RTC error catalog';
    }
    // Any other hash (the skip link's #main) moves focus only.
  }

  const form = document.getElementById('search-form');
  form.addEventListener('input', onFormChange);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('more').addEventListener('click', () => showRows(true));
  window.addEventListener('hashchange', route);
  route();
})();

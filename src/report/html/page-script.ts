/**
 * The HTML report's page script: plain ES2020 browser JavaScript, inlined into
 * the page and allowed by hash in its CSP. It decodes the embedded JSON (see
 * index.ts), builds the DOM with textContent only (never innerHTML with data,
 * control and bidi characters shown as escapes) and renders the findings list and source lines lazily (virtualized).
 *
 * Written as a String.raw template: no backticks and no dollar-brace inside.
 */
export const PAGE_SCRIPT = String.raw`(function () {
'use strict';
var BT = String.fromCharCode(96);
var D = JSON.parse(document.getElementById('goescape-data').textContent);
var S = D.s, M = D.meta, FILES = D.files;
performance.mark('goescape-parsed');
var KINDS = M.kinds, CAUSES = M.causes || {};
var app = document.getElementById('app');

// Control and bidi characters (but tab) of names and source are shown as
// escapes, as report/escape.ts visible() shows them: a right-to-left override would make a
// file name or a line read as another.
var UNSEEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
var UNSEEN_ALL = new RegExp(UNSEEN.source, 'g');
function shown(s) {
  if (!UNSEEN.test(s)) return s;
  return s.replace(UNSEEN_ALL, function (c) {
    var n = c.charCodeAt(0), h = n.toString(16);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return n < 128 ? '\\x' + ('0' + h).slice(-2) : '\\u' + ('000' + h).slice(-4);
  });
}

function el(tag, attrs, kids) {
  var e = document.createElement(tag);
  if (attrs) for (var k in attrs) {
    var v = attrs[k];
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = shown(String(v));
    else if (k === 'cls') e.className = v;
    else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  if (kids) for (var i = 0; i < kids.length; i++) {
    var c = kids[i];
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(shown(String(c))) : c);
  }
  return e;
}
function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
function fmt(n) { return typeof n === 'number' ? n.toLocaleString('en-US') : String(n); }
function stdMessage(kind, s) {
  switch (kind) {
    case 'moved-to-heap': return 'moved to heap: ' + s;
    case 'escapes-to-heap': return s + ' escapes to heap';
    case 'leaking-param': return 'leaking param: ' + s;
    case 'leaking-param-content': return 'leaking param content: ' + s;
    case 'does-not-escape': return s + ' does not escape';
  }
  return s;
}
function kindTitle(k) { return KINDS[k] ? KINDS[k][1] : k; }
function causeTitle(c) { return CAUSES[c] || c; }
var NOALLOC = /no.?alloc|not.?alloc|non.?alloc|static|elided/i;
function markOf(f) {
  if (f.cat === 'heap') return f.ver && NOALLOC.test(f.ver.status) ? 'noalloc' : 'heap';
  if (f.cat === 'leak') return 'leak';
  if (f.cat === 'stack') return 'stack';
  if (f.cat === 'error') return 'error';
  return 'inl';
}
var MARK_TITLE = { heap: 'allocates on the heap', noalloc: 'escapes without allocating', leak: 'leaking parameter', stack: 'stays on the stack', inl: 'inlined', error: 'compiler error' };
var MARK_RANK = { error: 6, heap: 5, noalloc: 4, leak: 3, stack: 2, inl: 1 };
function filePath(fi) { return S[FILES[fi][0]]; }
function fileHref(fi, line) {
  return '#file=' + encodeURIComponent(filePath(fi)).replace(/%2F/g, '/').replace(/%24/g, '$') + ':' + line;
}
function findingHref(f) { return '#f=' + encodeURIComponent(f.key); }

// ---- decode findings -------------------------------------------------------
// Advice comes as [templateId, sink, where, callee]; the templates (goescape's wording) are embedded once.
function fillAdvice(at, subject, func) {
  var t = (D.meta.advice || {})[at[0]] || '';
  var vars = { s: BT + subject + BT, fn: func || 'the function', sink: at[1] || '', where: at[2] || '', callee: at[3] || 'the callee' };
  return t.replace(/\{(s|fn|callee|sink|where)\}/g, function (_m, name) { return vars[name] || ''; });
}
var F = new Array(D.f.length), BYKEY = new Map(), BYFILE = new Map(), FILEPKG = new Map();
for (var i = 0; i < D.f.length; i++) {
  var r = D.f[i], x = r[9] || {};
  var kind = S[r[0]], pkg = S[r[1]], func = S[r[5]], subject = r[6];
  var f = {
    i: i, kind: kind, cat: KINDS[kind] ? KINDS[kind][0] : 'other', pkg: pkg, fi: r[2], line: r[3], col: r[4], func: func,
    subject: subject, message: r[7] || stdMessage(kind, subject), key: r[8] || (pkg + '|' + func + '|' + kind + '|' + subject),
    cause: x.c || '', chain: x.ch ? x.ch.map(function (c) { return [S[c[0]], S[c[1]], c[2], S[c[3]]]; }) : null, chainDerived: !!x.cd, advice: x.ad || (x.at ? fillAdvice(x.at, subject, func) : ''), w: typeof x.w === 'number' ? x.w : null, wu: x.wu || '',
    ver: x.v ? { status: x.v[0], runtimeFunc: x.v[1], type: x.v[2], reason: x.v[3] } : null, is: x.is || null, isn: x.isn || 0, inlinedFrom: x.if || '', text: null
  };
  f.mark = markOf(f);
  F[i] = f;
  BYKEY.set(f.key, f);
  var lst = BYFILE.get(f.fi);
  if (!lst) { BYFILE.set(f.fi, lst = []); FILEPKG.set(f.fi, pkg); }
  lst.push(f);
}
BYFILE.forEach(function (l) { l.sort(function (a, b) { return a.line - b.line || a.col - b.col; }); });
performance.mark('goescape-decoded');
var HAS_CAUSE = F.some(function (f) { return f.cause; });
var HAS_VER = F.some(function (f) { return f.ver; });

// ---- state and filters -----------------------------------------------------
var state = { q: '', kind: '', cause: '', ver: '', pkg: '', tab: 'tree', file: -1, line: 0, sel: null };
var filtered = F;
function searchText(f) {
  if (f.text === null) f.text = (filePath(f.fi) + ':' + f.line + ' ' + f.func + ' ' + f.message + ' ' + f.pkg + ' ' + f.cause + ' ' + f.kind).toLowerCase();
  return f.text;
}
function matches(f) {
  var k = state.kind;
  if (k) {
    if (k.slice(0, 4) === 'cat:') { if (k === 'cat:heapleak' ? (f.cat !== 'heap' && f.cat !== 'leak') : f.cat !== k.slice(4)) return false; }
    else if (f.kind !== k) return false;
  }
  if (state.cause && f.cause !== state.cause) return false;
  if (state.ver) { if (state.ver === '(none)' ? f.ver : (!f.ver || f.ver.status !== state.ver)) return false; }
  if (state.pkg && f.pkg !== state.pkg) return false;
  if (state.q) {
    var words = state.q.toLowerCase().split(/\s+/), t = searchText(f);
    for (var j = 0; j < words.length; j++) if (words[j] && t.indexOf(words[j]) < 0) return false;
  }
  return true;
}
function applyFilters() {
  filtered = (state.q || state.kind || state.cause || state.ver || state.pkg) ? F.filter(matches) : F;
  shownEl.textContent = fmt(filtered.length) + ' of ' + fmt(F.length) + ' findings shown';
  renderSide();
}

// ---- virtual list ----------------------------------------------------------
function VList(scroller, rowH, count, renderRow, width) {
  var spacer = el('div', { cls: 'vspacer' });
  spacer.style.height = (count * rowH) + 'px';
  if (width) spacer.style.width = width;
  scroller.appendChild(spacer);
  var rows = new Map(), raf = 0;
  function draw() {
    raf = 0;
    var top = scroller.scrollTop, h = scroller.clientHeight || 800;
    var a = Math.max(0, Math.floor(top / rowH) - 15), b = Math.min(count, Math.ceil((top + h) / rowH) + 15);
    rows.forEach(function (e, i) { if (i < a || i >= b) { e.remove(); rows.delete(i); } });
    var frag = document.createDocumentFragment();
    for (var i = a; i < b; i++) {
      if (rows.has(i)) continue;
      var e = renderRow(i);
      e.classList.add('vrow');
      e.style.top = (i * rowH) + 'px';
      rows.set(i, e);
      frag.appendChild(e);
    }
    spacer.appendChild(frag);
  }
  scroller.addEventListener('scroll', function () { if (!raf) raf = requestAnimationFrame(draw); }, { passive: true });
  return {
    draw: draw,
    redraw: function () { rows.forEach(function (e) { e.remove(); }); rows.clear(); draw(); },
    scrollTo: function (i) { scroller.scrollTop = Math.max(0, i * rowH - (scroller.clientHeight || 600) / 3); draw(); }
  };
}

// ---- layout ----------------------------------------------------------------
var search = el('input', { type: 'search', placeholder: 'Search (press /)', 'aria-label': 'Search findings', 'data-testid': 'search' });
function select(label, testid, options, onchange) {
  var s = el('select', { 'aria-label': label, 'data-testid': testid, title: label });
  for (var i = 0; i < options.length; i++) s.appendChild(el('option', { value: options[i][0], text: options[i][1] }));
  s.addEventListener('change', function () { onchange(s.value); });
  return s;
}
var kindCounts = {};
F.forEach(function (f) { kindCounts[f.kind] = (kindCounts[f.kind] || 0) + 1; });
var kindOpts = [['', 'All kinds'], ['cat:heapleak', 'Heap + leaks'], ['cat:heap', 'Heap escapes'], ['cat:leak', 'Leaking params'], ['cat:stack', 'Stack']];
Object.keys(kindCounts).sort().forEach(function (k) { kindOpts.push([k, kindTitle(k) + ' (' + fmt(kindCounts[k]) + ')']); });
var kindSel = select('Filter by kind', 'filter-kind', kindOpts, function (v) { state.kind = v; applyFilters(); });
var causeCounts = {};
F.forEach(function (f) { if (f.cause) causeCounts[f.cause] = (causeCounts[f.cause] || 0) + 1; });
var causeOpts = [['', HAS_CAUSE ? 'All causes' : 'No causes in data']];
Object.keys(causeCounts).sort().forEach(function (c) { causeOpts.push([c, causeTitle(c) + ' (' + fmt(causeCounts[c]) + ')']); });
var causeSel = select('Filter by cause', 'filter-cause', causeOpts, function (v) { state.cause = v; applyFilters(); });
if (!HAS_CAUSE) causeSel.disabled = true;
var verCounts = {};
F.forEach(function (f) { if (f.ver) verCounts[f.ver.status] = (verCounts[f.ver.status] || 0) + 1; });
var verOpts = [['', HAS_VER ? 'Any verification' : 'No verification in data']];
Object.keys(verCounts).sort().forEach(function (c) { verOpts.push([c, c + ' (' + fmt(verCounts[c]) + ')']); });
if (HAS_VER) verOpts.push(['(none)', 'not verified']);
var verSel = select('Filter by verification status', 'filter-ver', verOpts, function (v) { state.ver = v; applyFilters(); });
if (!HAS_VER) verSel.disabled = true;
var pkgs = Array.from(new Set(F.map(function (f) { return f.pkg; }))).sort();
var pkgSel = select('Filter by package', 'filter-pkg', [['', 'All packages']].concat(pkgs.map(function (p) { return [p, p]; })), function (v) { state.pkg = v; applyFilters(); });
var shownEl = el('span', { cls: 'count-shown', 'data-testid': 'shown', 'aria-live': 'polite' });
var qTimer = 0;
search.addEventListener('input', function () { clearTimeout(qTimer); qTimer = setTimeout(function () { state.q = search.value.trim(); applyFilters(); }, 120); });

var header = el('header', null, [
  el('h1', null, [el('a', { href: '#', text: 'goescape' })]),
  search, kindSel, causeSel, verSel, pkgSel, shownEl
]);
var tabTree = el('button', { role: 'tab', 'aria-selected': 'true', 'data-testid': 'tab-tree', text: 'Files' });
var tabList = el('button', { role: 'tab', 'aria-selected': 'false', 'data-testid': 'tab-list', text: 'Findings' });
var sideBody = el('div', { cls: 'scroll', 'data-testid': 'side' });
var side = el('aside', { id: 'side', 'aria-label': 'Navigation' }, [el('div', { cls: 'tabs', role: 'tablist' }, [tabTree, tabList]), sideBody]);
var view = el('section', { id: 'view', 'aria-label': 'Content' });
var detail = el('aside', { id: 'detail', 'aria-label': 'Finding details', 'data-testid': 'detail' });
var mainEl = el('main', { cls: 'nodetail' }, [side, view, detail]);
tabTree.addEventListener('click', function () { setTab('tree'); });
tabList.addEventListener('click', function () { setTab('list'); });
function setTab(t) { state.tab = t; tabTree.setAttribute('aria-selected', String(t === 'tree')); tabList.setAttribute('aria-selected', String(t === 'list')); renderSide(); }

// ---- sidebar: tree and findings list ---------------------------------------
var listV = null;
function renderSide() {
  clear(sideBody);
  sideBody.scrollTop = 0;
  listV = null;
  sideBody.classList.remove('flist');
  if (state.tab === 'list') return renderList();
  var byPkg = new Map();
  for (var i = 0; i < filtered.length; i++) {
    var f = filtered[i], p = byPkg.get(f.pkg);
    if (!p) byPkg.set(f.pkg, p = { n: 0, h: 0, files: new Map() });
    p.n++; if (f.cat === 'heap') p.h++;
    var fl = p.files.get(f.fi);
    if (!fl) p.files.set(f.fi, fl = { n: 0, h: 0 });
    fl.n++; if (f.cat === 'heap') fl.h++;
  }
  var names = Array.from(byPkg.keys()).sort(function (a, b) { return byPkg.get(b).h - byPkg.get(a).h || (a < b ? -1 : 1); });
  var tree = el('div', { cls: 'tree', role: 'tree', 'data-testid': 'tree' });
  if (!names.length) tree.appendChild(el('div', { cls: 'empty', text: 'No findings match the filters.' }));
  names.forEach(function (name) {
    var p = byPkg.get(name);
    var d = el('details', { 'data-pkg': name }, [el('summary', null, [name + ' ', el('span', { cls: 'n h', title: 'heap escapes', text: p.h }), ' ', el('span', { cls: 'n', title: 'findings shown', text: '/' + p.n })])]);
    var filled = false;
    function fill() {
      if (filled) return; filled = true;
      Array.from(p.files.keys()).sort(function (a, b) { return filePath(a) < filePath(b) ? -1 : 1; }).forEach(function (fi) {
        var c = p.files.get(fi), path = filePath(fi);
        d.appendChild(el('a', { href: fileHref(fi, 1), 'data-file': path, cls: fi === state.file ? 'current' : '', title: path }, [
          el('span', { cls: 'fname', text: path.slice(path.lastIndexOf('/') + 1) }), el('span', { cls: 'n h', text: c.h }), el('span', { cls: 'n', text: '/' + c.n })]));
      });
    }
    d.addEventListener('toggle', fill);
    if ((state.file >= 0 && p.files.has(state.file)) || names.length <= 3) { d.open = true; fill(); }
    tree.appendChild(d);
  });
  sideBody.appendChild(tree);
}
function renderList() {
  sideBody.classList.add('flist');
  if (!filtered.length) { sideBody.appendChild(el('div', { cls: 'empty', text: 'No findings match the filters.' })); return; }
  listV = VList(sideBody, 40, filtered.length, function (i) {
    var f = filtered[i];
    return el('a', { href: findingHref(f), role: 'listitem', 'data-key': f.key, cls: state.sel === f ? 'sel' : '' }, [
      el('div', { cls: 'msg' }, [el('span', { cls: 'badge k-' + f.mark, text: f.mark }), f.message]),
      el('div', { cls: 'loc', text: filePath(f.fi) + ':' + f.line + (f.func ? ' · ' + f.func : '') + (f.cause ? ' · ' + f.cause : '') })]);
  });
  sideBody.firstChild.setAttribute('role', 'list');
  sideBody.firstChild.setAttribute('data-testid', 'findings-list');
  listV.draw();
  if (state.sel) { var idx = filtered.indexOf(state.sel); if (idx >= 0) listV.scrollTo(idx); }
}

// ---- overview --------------------------------------------------------------
function card(label, value, testid) { return el('div', { cls: 'card' }, [el('div', { cls: 'big', 'data-testid': testid, text: fmt(value) }), el('div', { cls: 'lbl', text: label })]); }
function table(rows, head) {
  var t = el('table', null, head ? [el('tr', null, head.map(function (h) { return el('th', { text: h }); }))] : []);
  rows.forEach(function (r) { t.appendChild(r); });
  return t;
}
function bars(items, testid) {
  var max = items.reduce(function (m, it) { return Math.max(m, it[1]); }, 0) || 1;
  var b = el('div', { cls: 'bars', 'data-testid': testid, role: 'list' });
  items.forEach(function (it) {
    var bar = el('div', { cls: 'bar', title: it[0] + ': ' + it[1] });
    bar.style.width = (100 * it[1] / max).toFixed(2) + '%';
    b.appendChild(el('div', { cls: 'lbl', title: it[0] }, [it[2] ? el('a', { href: it[2], text: it[0] }) : it[0]]));
    b.appendChild(el('div', null, [bar]));
    b.appendChild(el('div', { cls: 'n', text: fmt(it[1]) }));
  });
  return b;
}
function renderOverview() {
  state.file = -1;
  mainEl.classList.add('nodetail');
  clear(view);
  var s = M.summary, tc = M.toolchain, bk = s.byKind || {};
  var o = el('div', { cls: 'overview', 'data-testid': 'overview' });
  o.appendChild(el('h2', { text: 'goescape report' + (M.module ? ' — ' + M.module.path : '') }));
  o.appendChild(el('div', { cls: 'cards' }, [
    card('heap escapes', s.heapEscapes, 'count-heap'), card('moved to heap', bk['moved-to-heap'] || 0, 'count-moved'),
    card('escape to heap', bk['escapes-to-heap'] || 0, 'count-escapes'), card('leaking params', s.leaks, 'count-leaks'),
    card('do not escape', bk['does-not-escape'] || 0, 'count-stack'), card('findings', s.findings, 'count-findings'),
    card('packages' + (s.packages.failed ? ' (' + s.packages.failed + ' failed)' : ''), s.packages.total, 'count-packages'),
    card('inlined copies folded', s.inlinedCopies, 'count-inlined')]));
  o.appendChild(el('h2', { text: 'Toolchain and command' }));
  o.appendChild(el('p', null, [tc.goVersion + ' ' + tc.goos + '/' + tc.goarch + (tc.goexperiment ? ' GOEXPERIMENT=' + tc.goexperiment : '') + ' · ' + M.tool.name + ' ' + M.tool.version]));
  o.appendChild(el('div', { cls: 'cmd', 'data-testid': 'command', text: M.commandLine }));
  // heap escapes per package
  var pk = M.packages.filter(function (p) { return p[2] > 0; }).sort(function (a, b) { return b[2] - a[2] || (a[0] < b[0] ? -1 : 1); });
  o.appendChild(el('h2', { text: 'Heap escapes per package' }));
  if (pk.length) {
    o.appendChild(bars(pk.slice(0, 40).map(function (p) { return [p[0], p[2]]; }), 'pkg-chart'));
    if (pk.length > 40) o.appendChild(el('p', { cls: 'muted', text: 'and ' + (pk.length - 40) + ' more packages with heap escapes (see the Files tree)' }));
  } else o.appendChild(el('p', { cls: 'muted', text: 'No heap escapes.' }));
  // by kind
  o.appendChild(el('h2', { text: 'Findings by kind' }));
  o.appendChild(table(Object.keys(bk).sort(function (a, b) { return bk[b] - bk[a]; }).map(function (k) {
    var embedded = kindCounts[k] !== undefined;
    return el('tr', { 'data-kind': k }, [el('td', null, [embedded ? el('a', { href: '#', 'data-kindlink': k, text: kindTitle(k), onclick: function (e) { e.preventDefault(); kindSel.value = k; state.kind = k; setTab('list'); applyFilters(); } }) : kindTitle(k)]),
      el('td', null, [el('code', { text: k })]), el('td', { cls: 'num', text: fmt(bk[k]) }), el('td', { cls: 'muted', text: KINDS[k] ? KINDS[k][0] : '' })]);
  }), ['Kind', 'id', 'Count', 'Category']));
  // by cause
  o.appendChild(el('h2', { text: 'Heap escapes by cause' }));
  var bc = s.byCause;
  if (!bc && HAS_CAUSE) { bc = {}; F.forEach(function (f) { if (f.cat === 'heap' && f.cause) bc[f.cause] = (bc[f.cause] || 0) + 1; }); }
  if (bc && Object.keys(bc).length) {
    o.appendChild(table(Object.keys(bc).sort(function (a, b) { return bc[b] - bc[a]; }).map(function (c) {
      return el('tr', { 'data-cause': c }, [el('td', { text: causeTitle(c) }), el('td', null, [el('code', { text: c })]), el('td', { cls: 'num', text: fmt(bc[c]) })]);
    }), ['Cause', 'id', 'Heap escapes']));
  } else o.appendChild(el('p', { cls: 'muted', text: 'No cause classification in this result.' }));
  // profile
  var weighted = F.filter(function (f) { return f.w !== null && (f.cat === 'heap' || f.cat === 'leak'); }).sort(function (a, b) { return b.w - a.w; });
  if (weighted.length) {
    o.appendChild(el('h2', { text: 'Top heap sites by profile weight' }));
    o.appendChild(bars(weighted.slice(0, 20).map(function (f) { return [filePath(f.fi) + ':' + f.line + ' ' + f.message, f.w, findingHref(f)]; }), 'profile-chart'));
  }
  if (M.profile) { o.appendChild(el('h2', { text: 'Profile' })); o.appendChild(kvTable(M.profile)); }
  // verification
  if (HAS_VER) {
    o.appendChild(el('h2', { text: 'Verification' }));
    o.appendChild(table(Object.keys(verCounts).sort().map(function (st) { return el('tr', { 'data-ver': st }, [el('td', { text: st }), el('td', { cls: 'num', text: fmt(verCounts[st]) })]); }), ['Status', 'Findings']));
  }
  if (M.diff) { o.appendChild(el('h2', { text: 'Diff' })); o.appendChild(kvTable(M.diff, 'diff')); }
  if (M.frames !== null && M.frames !== undefined) o.appendChild(el('p', { cls: 'muted', text: 'Stack frames recorded: ' + fmt(M.frames) }));
  var failed = M.packages.filter(function (p) { return p[1]; });
  if (failed.length) { o.appendChild(el('h2', { text: 'Packages that failed to compile' })); o.appendChild(el('ul', null, failed.map(function (p) { return el('li', { text: p[0] }); }))); }
  if (s.unrecognized) o.appendChild(el('p', { cls: 'muted', text: fmt(s.unrecognized) + ' compiler lines were not recognised (kept in the JSON result).' }));
  o.appendChild(el('h2', { text: 'Keyboard' }));
  o.appendChild(el('p', { cls: 'muted', text: '/ search · j / k next / previous finding · Esc close details · Tab through the tree and lists' }));
  view.appendChild(o);
}
function kvTable(obj, testid) {
  return el('table', { 'data-testid': testid || null }, Object.keys(obj).map(function (k) { return el('tr', null, [el('td', { text: k }), el('td', { cls: 'num', text: typeof obj[k] === 'number' ? fmt(obj[k]) : String(obj[k]) })]); }));
}

// ---- Go tokenizer ----------------------------------------------------------
var KW = new Set('break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var'.split(' '));
var PRE = new Set('true false nil iota append cap clear close complex copy delete imag len make max min new panic print println real recover any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr'.split(' '));
var IDENT = /[A-Za-z_\u00c0-\uffff][A-Za-z0-9_\u00c0-\uffff]*/y;
var NUM = /(?:0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]+)?|0[bB][01_]+|0[oO][0-7_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9_]+)?|\.[0-9][0-9_]*(?:[eE][+-]?[0-9_]+)?)i?/y;
// returns [tokens, endState]; state 0 code, 1 block comment, 2 raw string
function tokLine(s, st) {
  var out = [], i = 0, n = s.length, plain = '';
  function flush() { if (plain) { out.push([null, plain]); plain = ''; } }
  var e;
  if (st === 1) { e = s.indexOf('*/'); if (e < 0) return [[['com', s]], 1]; out.push(['com', s.slice(0, e + 2)]); i = e + 2; }
  else if (st === 2) { e = s.indexOf(BT); if (e < 0) return [[['str', s]], 2]; out.push(['str', s.slice(0, e + 1)]); i = e + 1; }
  while (i < n) {
    var c = s[i];
    if (c === '/' && s[i + 1] === '/') { flush(); out.push(['com', s.slice(i)]); i = n; break; }
    if (c === '/' && s[i + 1] === '*') { flush(); e = s.indexOf('*/', i + 2); if (e < 0) { out.push(['com', s.slice(i)]); return [out, 1]; } out.push(['com', s.slice(i, e + 2)]); i = e + 2; continue; }
    if (c === '"' || c === "'") {
      flush(); var j = i + 1;
      while (j < n && s[j] !== c) { if (s[j] === '\\') j++; j++; }
      out.push(['str', s.slice(i, j + 1)]); i = j + 1; continue;
    }
    if (c === BT) { flush(); e = s.indexOf(BT, i + 1); if (e < 0) { out.push(['str', s.slice(i)]); return [out, 2]; } out.push(['str', s.slice(i, e + 1)]); i = e + 1; continue; }
    var cc = s.charCodeAt(i);
    if ((cc >= 48 && cc <= 57) || (c === '.' && s.charCodeAt(i + 1) >= 48 && s.charCodeAt(i + 1) <= 57)) {
      NUM.lastIndex = i; var m = NUM.exec(s);
      if (m && m[0]) { flush(); out.push(['num', m[0]]); i += m[0].length; continue; }
    }
    if (c === '_' || (cc >= 65 && cc <= 90) || (cc >= 97 && cc <= 122) || cc >= 192) {
      IDENT.lastIndex = i; var w = IDENT.exec(s);
      if (w) { if (KW.has(w[0])) { flush(); out.push(['kw', w[0]]); } else if (PRE.has(w[0])) { flush(); out.push(['num', w[0]]); } else plain += w[0]; i += w[0].length; continue; }
    }
    plain += c; i++;
  }
  flush();
  return [out, 0];
}

// ---- source view -----------------------------------------------------------
var srcV = null, cur = null;
function openFile(fi, line, sel) {
  if (!cur || cur.fi !== fi) buildFile(fi);
  state.file = fi; state.line = line;
  cur.target = line;
  srcV.redraw();
  srcV.scrollTo(Math.max(0, line - 1));
  if (state.tab === 'tree') {
    var links = sideBody.querySelectorAll('a.current');
    for (var i = 0; i < links.length; i++) links[i].classList.remove('current');
    var d = sideBody.querySelector('details[data-pkg="' + cssEsc(FILEPKG.get(fi) || '') + '"]');
    if (d && !d.open) d.open = true;
    setTimeout(function () { var a = sideBody.querySelector('a[data-file="' + cssEsc(filePath(fi)) + '"]'); if (a) a.classList.add('current'); }, 0);
  }
  if (sel) showDetail(sel); else { mainEl.classList.add('nodetail'); state.sel = null; }
}
function cssEsc(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'); }
function buildFile(fi) {
  clear(view);
  var src = FILES[fi][1], path = filePath(fi), fs = BYFILE.get(fi) || [];
  var lines = src === null ? [] : src.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  var byLine = new Map(), marks = new Map();
  fs.forEach(function (f) {
    var l = byLine.get(f.line); if (!l) byLine.set(f.line, l = []); l.push(f);
    var m = marks.get(f.line); if (!m || MARK_RANK[f.mark] > MARK_RANK[m]) marks.set(f.line, f.mark);
  });
  (FILES[fi][2] || []).forEach(function (ln) { if (!marks.has(ln)) marks.set(ln, 'inl'); });
  // tokenizer state at the start of each line (cheap scan; tokens made lazily)
  var states = new Uint8Array(lines.length + 1), stt = 0, maxLen = 0;
  for (var i = 0; i < lines.length; i++) {
    states[i] = stt;
    var t = lines[i];
    if (t.length > maxLen) maxLen = t.length;
    if (stt !== 0 || t.indexOf('/*') >= 0 || t.indexOf(BT) >= 0) stt = tokLine(t, stt)[1];
  }
  var heap = fs.filter(function (f) { return f.cat === 'heap'; }).length;
  var legend = el('span', { cls: 'legend' }, ['heap', 'noalloc', 'leak', 'stack', 'inl'].map(function (m) { var i = el('i'); i.className = 'k-' + m; i.style.background = 'currentColor'; return el('span', { cls: 'k-' + m }, [i, MARK_TITLE[m]]); }));
  view.appendChild(el('div', { cls: 'filehead', 'data-testid': 'filehead' }, [el('strong', { text: path }), el('span', { cls: 'n', text: fmt(lines.length) + ' lines · ' + heap + ' heap · ' + fs.length + ' findings' }), legend]));
  var scroller = el('div', { cls: 'scroll src', 'data-testid': 'source', tabindex: '0' });
  view.appendChild(scroller);
  if (src === null) {
    scroller.appendChild(el('div', { cls: 'empty', text: 'Source not embedded (only files with heap or leak findings are, and only when readable at render time). Findings in this file:' }));
    var ul = el('ul');
    fs.forEach(function (f) { ul.appendChild(el('li', null, [el('a', { href: findingHref(f), text: path + ':' + f.line + ': ' + f.message })])); });
    scroller.appendChild(ul);
    srcV = { redraw: function () {}, scrollTo: function () {}, draw: function () {} };
    cur = { fi: fi, target: 0 };
    return;
  }
  cur = { fi: fi, target: 0 };
  srcV = VList(scroller, 19, lines.length, function (i) {
    var ln = i + 1, mk = marks.get(ln), fl = byLine.get(ln);
    var code = el('span', { cls: 'code' });
    var toks = tokLine(lines[i], states[i])[0];
    for (var k = 0; k < toks.length; k++) {
      if (toks[k][0]) code.appendChild(el('span', { cls: 't-' + toks[k][0], text: toks[k][1] }));
      else code.appendChild(document.createTextNode(shown(toks[k][1])));
    }
    var row = el('div', { cls: (mk ? 'm-' + mk : '') + (ln === cur.target ? ' target' : ''), 'data-line': ln, title: mk ? MARK_TITLE[mk] : null }, [
      el('a', { cls: 'ln', href: fileHref(fi, ln), text: ln, tabindex: '-1' }), el('span', { cls: 'mk' }), code]);
    if (fl) {
      var ann = el('span', { cls: 'ann' });
      fl.forEach(function (f) {
        ann.appendChild(el('button', { cls: 'k-' + f.mark + (state.sel === f ? ' sel' : ''), 'data-key': f.key, title: f.message + (f.cause ? ' — ' + causeTitle(f.cause) : ''), text: f.message,
          onclick: function () { go(findingHref(f)); } }));
      });
      row.appendChild(ann);
    }
    return row;
  }, 'max(100%, ' + (maxLen + 80) + 'ch)');
}

// ---- detail ----------------------------------------------------------------
function posLink(p) { return p ? el('a', { href: fileHref(p[0], p[1]), 'data-step-line': p[1], text: filePath(p[0]) + ':' + p[1] + (p[2] ? ':' + p[2] : '') }) : el('span', { cls: 'muted', text: '(no position)' }); }
function showDetail(f) {
  state.sel = f;
  mainEl.classList.remove('nodetail');
  clear(detail);
  detail.appendChild(el('button', { cls: 'close', title: 'Close (Esc)', 'aria-label': 'Close details', text: '×', onclick: closeDetail }));
  detail.appendChild(el('h2', { 'data-testid': 'detail-title' }, [el('span', { cls: 'badge k-' + f.mark, text: MARK_TITLE[f.mark] }), f.message]));
  var dl = el('dl');
  function row(k, v) { dl.appendChild(el('dt', { text: k })); dl.appendChild(el('dd', null, [v])); }
  row('Where', posLink([f.fi, f.line, f.col]));
  if (f.func) row('Function', el('code', { text: f.func }));
  row('Package', el('code', { text: f.pkg }));
  row('Kind', el('span', { text: kindTitle(f.kind) + ' (' + f.kind + ')' }));
  if (f.cause) row('Cause', el('span', { 'data-testid': 'detail-cause', text: causeTitle(f.cause) + ' (' + f.cause + ')' }));
  if (f.inlinedFrom) row('Inlined from', el('code', { text: f.inlinedFrom }));
  if (f.ver) {
    row('Verified', el('span', { 'data-testid': 'detail-ver', text: f.ver.status }));
    if (f.ver.runtimeFunc) row('Allocates', el('code', { text: f.ver.runtimeFunc + (f.ver.type ? ' (' + f.ver.type + ')' : '') }));
    if (f.ver.reason) row('Reason', el('span', { text: f.ver.reason }));
  }
  if (f.w !== null) row('Profile', el('span', { 'data-testid': 'detail-weight', text: fmt(f.w) + (f.wu ? ' ' + f.wu : '') }));
  detail.appendChild(dl);
  if (f.chain && f.chain.length) {
    detail.appendChild(el('h3', { text: 'Why: the chain, step by step' + (f.chainDerived ? ' (from the compiler explanation)' : '') }));
    var ol = el('ol', { 'data-testid': 'chain' });
    f.chain.forEach(function (st) {
      ol.appendChild(el('li', null, [el('strong', { text: st[0] }), ' ', el('code', { text: st[1] }), ' → ', el('code', { text: st[3] }), el('br'), posLink(st[2])]));
    });
    detail.appendChild(ol);
  } else if (f.cat === 'heap' || f.cat === 'leak') detail.appendChild(el('p', { cls: 'muted', text: 'The compiler gave no explanation for this finding.' }));
  if (f.advice) { detail.appendChild(el('h3', { text: 'Advice' })); detail.appendChild(el('div', { cls: 'advice', 'data-testid': 'advice', text: f.advice })); }
  if (f.is && f.is.length) {
    detail.appendChild(el('h3', { text: 'Inlined copies (' + (f.isn || f.is.length) + ')' }));
    detail.appendChild(el('ul', null, f.is.map(function (s) { return el('li', null, [posLink([s[0], s[1], 0]), S[s[2]] ? ' in ' + S[s[2]] : '']); })));
  }
  detail.appendChild(el('p', { cls: 'muted' }, ['Key: ', el('code', { text: f.key }), ' · ', el('a', { href: findingHref(f), text: 'link' })]));
  var btns = view.querySelectorAll('.ann button.sel');
  for (var i = 0; i < btns.length; i++) btns[i].classList.remove('sel');
  var b = view.querySelector('.ann button[data-key="' + cssEsc(f.key) + '"]');
  if (b) b.classList.add('sel');
}
function closeDetail() { state.sel = null; mainEl.classList.add('nodetail'); }

// ---- routing and keys ------------------------------------------------------
var FILEIDX = new Map();
FILES.forEach(function (x, i) { FILEIDX.set(S[x[0]], i); });
function go(h) { if (location.hash === h) route(); else location.hash = h; }
function route() {
  var h = location.hash.slice(1);
  if (h.slice(0, 2) === 'f=') {
    var f = BYKEY.get(safeDecode(h.slice(2)));
    if (f) { openFile(f.fi, f.line, f); return; }
  } else if (h.slice(0, 5) === 'file=') {
    var v = safeDecode(h.slice(5)), c = v.lastIndexOf(':'), line = 1, p = v;
    if (c > 0 && /^[0-9]+$/.test(v.slice(c + 1))) { line = +v.slice(c + 1); p = v.slice(0, c); }
    var fi = FILEIDX.get(p);
    if (fi !== undefined) { openFile(fi, line, null); return; }
  }
  cur = null;
  renderOverview();
}
function safeDecode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }
function step(d) {
  if (!filtered.length) return;
  var i = state.sel ? filtered.indexOf(state.sel) : -1;
  i = Math.max(0, Math.min(filtered.length - 1, i + d));
  go(findingHref(filtered[i]));
  if (state.tab === 'list' && listV) { listV.redraw(); listV.scrollTo(i); }
}
document.addEventListener('keydown', function (e) {
  var t = e.target, typing = t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');
  if (e.key === 'Escape') { if (typing) t.blur(); else closeDetail(); return; }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === '/') { e.preventDefault(); search.focus(); }
  else if (e.key === 'j') step(1);
  else if (e.key === 'k') step(-1);
});
window.addEventListener('hashchange', route);

app.appendChild(header);
app.appendChild(mainEl);
applyFilters();
performance.mark('goescape-side');
route();
app.setAttribute('data-state', 'ready');
window.__goescapeReady = performance.now();
})();
`;

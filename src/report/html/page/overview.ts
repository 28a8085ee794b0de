/** The overview (no file open): counts, the toolchain and command, heap escapes per package, by kind and by cause, profile, verification. */
import { PAGE_TEXT } from '../../messages/html.js';
import { clear, el, fmt, type Kid } from './dom.js';
import { F, HAS_VER, KINDS, M, OBSERVED, causeTitle, fileHref, filePath, findingHref, kindTitle, type Finding, type Observed } from './data.js';
import { applyFilters, kindCounts, kindSel, verCounts } from './filters.js';
import type { PagePos } from '../page-data.js';
import { mainEl, view } from './layout.js';
import { setTab } from './sidebar.js';
import { state } from './state.js';

const T = PAGE_TEXT.overview;

function card(label: string, value: number, testid: string): HTMLElement {
  return el('div', { cls: 'card' }, [el('div', { cls: 'big', 'data-testid': testid, text: fmt(value) }), el('div', { cls: 'lbl', text: label })]);
}
function table(rows: HTMLElement[], head?: readonly string[]): HTMLTableElement {
  const t = el(
    'table',
    null,
    head
      ? [
          el(
            'tr',
            null,
            head.map((h) => el('th', { text: h })),
          ),
        ]
      : [],
  );
  rows.forEach((r) => {
    t.appendChild(r);
  });
  return t;
}
/** A bar chart: [label, value, link] per bar. */
function bars(items: [label: string, value: number, href?: string][], testid: string): HTMLElement {
  const max = items.reduce((m, it) => Math.max(m, it[1]), 0) || 1;
  const b = el('div', { cls: 'bars', 'data-testid': testid, role: 'list' });
  items.forEach((it) => {
    const bar = el('div', { cls: 'bar', title: it[0] + ': ' + it[1] });
    bar.style.width = ((100 * it[1]) / max).toFixed(2) + '%';
    b.appendChild(el('div', { cls: 'lbl', title: it[0] }, [it[2] ? el('a', { href: it[2], text: it[0] }) : it[0]]));
    b.appendChild(el('div', null, [bar]));
    b.appendChild(el('div', { cls: 'n', text: fmt(it[1]) }));
  });
  return b;
}
function kvTable(obj: Record<string, string | number | boolean>, testid?: string): HTMLTableElement {
  return el(
    'table',
    { 'data-testid': testid || null },
    Object.keys(obj).map((k) => {
      const v = obj[k]!;
      return el('tr', null, [el('td', { text: k }), el('td', { cls: 'num', text: typeof v === 'number' ? fmt(v) : String(v) })]);
    }),
  );
}

export function renderOverview(): void {
  state.file = -1;
  mainEl.classList.add('nodetail');
  clear(view);
  const s = M.summary,
    tc = M.toolchain,
    bk = s.byKind || {};
  const C = T.cards;
  const o = el('div', { cls: 'overview', 'data-testid': 'overview' });
  o.appendChild(el('h2', { text: T.title(M.module ? M.module.path : null) }));
  o.appendChild(
    el('div', { cls: 'cards' }, [
      card(C.heap, s.heapEscapes, 'count-heap'),
      s.heapSites !== null ? card(C.sites, s.heapSites, 'count-sites') : null,
      card(C.moved, bk['moved-to-heap'] || 0, 'count-moved'),
      card(C.escapes, bk['escapes-to-heap'] || 0, 'count-escapes'),
      card(C.leaks, s.leaks, 'count-leaks'),
      card(C.stack, bk['does-not-escape'] || 0, 'count-stack'),
      card(C.listed, F.length, 'count-listed'),
      card(C.findings, s.findings, 'count-findings'),
      card(C.packages(s.packages.failed), s.packages.total, 'count-packages'),
      card(C.inlined, s.inlinedCopies, 'count-inlined'),
    ]),
  );
  o.appendChild(el('h2', { text: T.toolchain }));
  o.appendChild(
    el('p', null, [
      tc.goVersion + ' ' + tc.goos + '/' + tc.goarch + (tc.goexperiment ? ' GOEXPERIMENT=' + tc.goexperiment : '') + ' · ' + M.tool.name + ' ' + M.tool.version,
    ]),
  );
  o.appendChild(el('div', { cls: 'cmd', 'data-testid': 'command', text: M.commandLine }));
  // heap escapes per package
  const pk = M.packages.filter((p) => p[2] > 0).sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  o.appendChild(el('h2', { text: T.perPackage }));
  if (pk.length) {
    o.appendChild(
      bars(
        pk.slice(0, 40).map((p) => [p[0], p[2]]),
        'pkg-chart',
      ),
    );
    if (pk.length > 40) o.appendChild(el('p', { cls: 'muted', text: T.morePackages(pk.length - 40) }));
  } else o.appendChild(el('p', { cls: 'muted', text: T.noHeap }));
  // by kind
  o.appendChild(el('h2', { text: T.byKind }));
  o.appendChild(
    table(
      Object.keys(bk)
        .sort((a, b) => bk[b]! - bk[a]!)
        .map((k) => {
          const embedded = kindCounts[k] !== undefined;
          const name: Kid = embedded
            ? el('a', {
                href: '#',
                'data-kindlink': k,
                text: kindTitle(k),
                onclick: (e) => {
                  e.preventDefault();
                  kindSel.value = k;
                  state.kind = k;
                  setTab('list');
                  applyFilters();
                },
              })
            : kindTitle(k);
          return el('tr', { 'data-kind': k }, [
            el('td', null, [name]),
            el('td', null, [el('code', { text: k })]),
            el('td', { cls: 'num', text: fmt(bk[k]!) }),
            el('td', { cls: 'muted', text: KINDS[k] ? KINDS[k][0] : '' }),
          ]);
        }),
      T.byKindColumns,
    ),
  );
  // by cause: the result's counts of heap escapes and their sites; leaks counted from the listed findings
  o.appendChild(el('h2', { text: T.byCause }));
  const bc = s.byCause,
    sc = s.sitesByCause;
  const lc: Record<string, number> = {};
  F.forEach((f) => {
    if (f.cat === 'leak' && f.cause) lc[f.cause] = (lc[f.cause] || 0) + 1;
  });
  const causes = Object.keys(Object.assign({}, lc, bc)).sort((a, b) => (bc[b] || 0) - (bc[a] || 0) || (lc[b] || 0) - (lc[a] || 0) || (a < b ? -1 : 1));
  if (causes.length) {
    o.appendChild(
      table(
        causes.map((c) =>
          el('tr', { 'data-cause': c }, [
            el('td', { text: causeTitle(c) }),
            el('td', null, [el('code', { text: c })]),
            el('td', { cls: 'num', 'data-col': 'heap', text: fmt(bc[c] || 0) }),
            el('td', { cls: 'num', 'data-col': 'sites', text: sc ? fmt(sc[c] || 0) : '' }),
            el('td', { cls: 'num', 'data-col': 'leaks', text: fmt(lc[c] || 0) }),
          ]),
        ),
        T.byCauseColumns,
      ),
    );
  } else o.appendChild(el('p', { cls: 'muted', text: T.noCauses }));
  renderFixFirst(o);
  // profile
  const weighted = F.filter((f) => f.w !== null && (f.cat === 'heap' || f.cat === 'leak')).sort((a, b) => b.w! - a.w!);
  if (weighted.length) {
    o.appendChild(el('h2', { text: T.topWeights }));
    o.appendChild(
      bars(
        weighted.slice(0, 20).map((f) => [filePath(f.fi) + ':' + f.line + ' ' + f.message, f.w!, findingHref(f)]),
        'profile-chart',
      ),
    );
  }
  if (M.profile) {
    o.appendChild(el('h2', { text: T.profile }));
    o.appendChild(kvTable(M.profile));
  }
  // verification: heap escapes by status, and the assembly's allocations with no escape finding
  if (HAS_VER) {
    o.appendChild(el('h2', { text: T.verification }));
    const rows = Object.keys(verCounts)
      .sort()
      .map((st) => el('tr', { 'data-ver': st }, [el('td', { text: st }), el('td', { cls: 'num', text: fmt(verCounts[st]!) })]));
    // The assembly's allocations with no escape finding: the line's own code, and calls of functions that allocate.
    let own = 0,
      inCallee = 0;
    F.forEach((f) => {
      if (f.kind !== 'allocates-without-escape') return;
      if (f.vclass === 'allocates-in-callee') inCallee++;
      else own++;
    });
    if (own) rows.push(el('tr', { 'data-ver': 'without-escape' }, [el('td', { text: T.withoutEscape }), el('td', { cls: 'num', text: fmt(own) })]));
    if (inCallee) rows.push(el('tr', { 'data-ver': 'in-callee' }, [el('td', { text: T.inCallee }), el('td', { cls: 'num', text: fmt(inCallee) })]));
    o.appendChild(table(rows, T.verificationColumns));
  }
  renderFrames(o);
  if (M.diff) {
    o.appendChild(el('h2', { text: T.diff }));
    o.appendChild(kvTable(M.diff, 'diff'));
  }
  const failed = M.packages.filter((p) => p[1]);
  if (failed.length) {
    o.appendChild(el('h2', { text: T.failed }));
    o.appendChild(
      el(
        'ul',
        null,
        failed.map((p) => el('li', { text: p[0] })),
      ),
    );
  }
  if (s.unrecognized) o.appendChild(el('p', { cls: 'muted', text: T.unrecognized(fmt(s.unrecognized)) }));
  o.appendChild(el('h2', { text: T.keyboard }));
  o.appendChild(el('p', { cls: 'muted', text: T.keys }));
  view.appendChild(o);
}

/** How many heap escapes the fix-first list shows. */
const FIX_FIRST = 25;

/**
 * Heap escapes ranked for fixing: by the bytes a joined profile saw, then by
 * their sites the assembly shows allocating (certain, may, in a callee), then
 * by sites; ties by position so the list is the same on every load.
 */
function renderFixFirst(o: HTMLElement): void {
  const heap = F.filter((f) => f.cat === 'heap');
  if (!heap.length && !OBSERVED.length) return;
  const byBytes = heap.some((f) => f.w !== null) || OBSERVED.length > 0,
    verified = heap.some((f) => f.va !== null);
  const va = (f: Finding, i: number) => (f.va ? f.va[i]! : 0);
  const ranked: (Finding | Observed)[] = heap
    .filter((f) => (byBytes && f.w) || !verified || (f.va && f.va[0] + f.va[1] + f.va[2] > 0))
    .sort(
      (a, b) =>
        (b.w || 0) - (a.w || 0) ||
        va(b, 0) - va(a, 0) ||
        va(b, 1) - va(a, 1) ||
        va(b, 2) - va(a, 2) ||
        b.sites - a.sites ||
        (filePath(a.fi) < filePath(b.fi) ? -1 : filePath(a.fi) > filePath(b.fi) ? 1 : a.line - b.line || a.col - b.col),
    )
    .slice(0, FIX_FIRST);
  // With a profile, the allocations it saw on lines no heap finding predicts (in a callee, …) rank by their bytes beside them.
  const weight = (x: Finding | Observed) => ('bytes' in x ? x.bytes : x.w || 0);
  const rows = OBSERVED.length
    ? ranked
        .concat(OBSERVED.slice(0, FIX_FIRST))
        .sort((a, b) => weight(b) - weight(a))
        .slice(0, FIX_FIRST)
    : ranked;
  if (!rows.length) return;
  o.appendChild(el('h2', { text: T.fixFirst }));
  o.appendChild(el('p', { cls: 'muted', text: byBytes ? T.fixFirstBy.bytes : verified ? T.fixFirstBy.verified : T.fixFirstBy.sites }));
  const t = table(
    rows.map((x) =>
      'bytes' in x
        ? el('tr', { 'data-observed': filePath(x.fi) + ':' + x.line }, [
            el('td', null, [T.observed(x.note)]),
            el('td', null, [el('a', { href: fileHref(x.fi, x.line), text: filePath(x.fi) + ':' + x.line })]),
            el('td'),
            el('td'),
            el('td'),
            el('td'),
            el('td', { cls: 'num', text: fmt(x.bytes) + ' B' }),
          ])
        : el('tr', { 'data-fix': x.key }, [
            el('td', null, [el('a', { href: findingHref(x), text: x.message })]),
            el('td', null, [el('a', { href: fileHref(x.fi, x.line), text: filePath(x.fi) + ':' + x.line })]),
            el('td', { cls: 'num', text: fmt(x.sites) }),
            el('td', { cls: 'num', text: x.va ? fmt(x.va[0]) : '' }),
            el('td', { cls: 'num', text: x.va ? fmt(x.va[1]) : '' }),
            el('td', { cls: 'num', text: x.va ? fmt(x.va[2]) : '' }),
            el('td', { cls: 'num', text: x.w !== null ? fmt(x.w) + (x.wu ? ' ' + x.wu : '') : '' }),
          ]),
    ),
    T.fixFirstColumns,
  );
  t.setAttribute('data-testid', 'fix-first');
  o.appendChild(t);
}

function posText(p: PagePos): Kid {
  return p ? el('a', { href: fileHref(p[0], p[1]), text: filePath(p[0]) + ':' + p[1] }) : '';
}

/** The largest stack frames (`--frames`, `--verify`), as embedded. */
function renderFrames(o: HTMLElement): void {
  const rows = M.frameRows || [];
  if (!rows.length) return;
  o.appendChild(el('h2', { text: T.frames }));
  o.appendChild(el('p', { cls: 'muted', text: T.framesMore(fmt(rows.length), fmt(M.frames || rows.length)) }));
  const t = table(
    rows.map((r) =>
      el('tr', null, [
        el('td', null, [el('code', { text: r[0] })]),
        el('td', { text: r[1] }),
        el('td', { cls: 'num', text: fmt(r[2]) }),
        el('td', { cls: 'num', text: fmt(r[3]) }),
        el('td', { text: r[4] }),
        el('td', null, [posText(r[5])]),
      ]),
    ),
    T.framesColumns,
  );
  t.setAttribute('data-testid', 'frames');
  o.appendChild(t);
}

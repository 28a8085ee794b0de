/** The overview (no file open): counts, the toolchain and command, heap escapes per package, by kind and by cause, profile, verification. */
import { PAGE_TEXT } from '../../messages/html.js';
import { clear, el, fmt, type Kid } from './dom.js';
import { F, HAS_CAUSE, HAS_VER, KINDS, M, causeTitle, filePath, findingHref, kindTitle } from './data.js';
import { applyFilters, kindCounts, kindSel, verCounts } from './filters.js';
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
      card(C.moved, bk['moved-to-heap'] || 0, 'count-moved'),
      card(C.escapes, bk['escapes-to-heap'] || 0, 'count-escapes'),
      card(C.leaks, s.leaks, 'count-leaks'),
      card(C.stack, bk['does-not-escape'] || 0, 'count-stack'),
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
  // by cause: counted from the embedded findings (the data carries no count per cause)
  o.appendChild(el('h2', { text: T.byCause }));
  const bc: Record<string, number> = {};
  if (HAS_CAUSE)
    F.forEach((f) => {
      if (f.cat === 'heap' && f.cause) bc[f.cause] = (bc[f.cause] || 0) + 1;
    });
  if (Object.keys(bc).length) {
    o.appendChild(
      table(
        Object.keys(bc)
          .sort((a, b) => bc[b]! - bc[a]!)
          .map((c) =>
            el('tr', { 'data-cause': c }, [
              el('td', { text: causeTitle(c) }),
              el('td', null, [el('code', { text: c })]),
              el('td', { cls: 'num', text: fmt(bc[c]!) }),
            ]),
          ),
        T.byCauseColumns,
      ),
    );
  } else o.appendChild(el('p', { cls: 'muted', text: T.noCauses }));
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
  // verification
  if (HAS_VER) {
    o.appendChild(el('h2', { text: T.verification }));
    o.appendChild(
      table(
        Object.keys(verCounts)
          .sort()
          .map((st) => el('tr', { 'data-ver': st }, [el('td', { text: st }), el('td', { cls: 'num', text: fmt(verCounts[st]!) })])),
        T.verificationColumns,
      ),
    );
  }
  if (M.diff) {
    o.appendChild(el('h2', { text: T.diff }));
    o.appendChild(kvTable(M.diff, 'diff'));
  }
  if (M.frames !== null && M.frames !== undefined) o.appendChild(el('p', { cls: 'muted', text: T.frames(fmt(M.frames)) }));
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

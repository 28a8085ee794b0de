/** The header: search and the filters by kind, cause, verification and package, and how many findings pass them. */
import { PAGE_TEXT } from '../../messages/html.js';
import { el, fmt } from './dom.js';
import { F, HAS_CAUSE, HAS_VER, causeTitle, filePath, kindTitle, type Finding } from './data.js';
import { renderSide } from './sidebar.js';
import { state } from './state.js';

const T = PAGE_TEXT.filters;

function searchText(f: Finding): string {
  if (f.text === null) f.text = (filePath(f.fi) + ':' + f.line + ' ' + f.func + ' ' + f.message + ' ' + f.pkg + ' ' + f.cause + ' ' + f.kind).toLowerCase();
  return f.text;
}
function matches(f: Finding): boolean {
  const k = state.kind;
  if (k) {
    if (k.slice(0, 4) === 'cat:') {
      if (k === 'cat:heapleak' ? f.cat !== 'heap' && f.cat !== 'leak' : f.cat !== k.slice(4)) return false;
    } else if (f.kind !== k) return false;
  }
  if (state.cause && f.cause !== state.cause) return false;
  if (state.ver) {
    if (state.ver === '(none)' ? f.ver : !f.ver || f.ver.status !== state.ver) return false;
  }
  if (state.pkg && f.pkg !== state.pkg) return false;
  if (state.q) {
    const words = state.q.toLowerCase().split(/\s+/),
      t = searchText(f);
    for (const w of words) if (w && t.indexOf(w) < 0) return false;
  }
  return true;
}
export function applyFilters(): void {
  state.filtered = state.q || state.kind || state.cause || state.ver || state.pkg ? F.filter(matches) : F;
  shownEl.textContent = T.shown(fmt(state.filtered.length), fmt(F.length));
  renderSide();
}

export const search = el('input', { type: 'search', placeholder: PAGE_TEXT.search.placeholder, 'aria-label': PAGE_TEXT.search.label, 'data-testid': 'search' });
function select(label: string, testid: string, options: [value: string, text: string][], onchange: (value: string) => void): HTMLSelectElement {
  const s = el('select', { 'aria-label': label, 'data-testid': testid, title: label });
  for (const o of options) s.appendChild(el('option', { value: o[0], text: o[1] }));
  s.addEventListener('change', () => {
    onchange(s.value);
  });
  return s;
}
const countBy = (key: (f: Finding) => string | undefined): Record<string, number> => {
  const n: Record<string, number> = {};
  F.forEach((f) => {
    const k = key(f);
    if (k !== undefined) n[k] = (n[k] || 0) + 1;
  });
  return n;
};
/** Embedded findings by kind. */
export const kindCounts = countBy((f) => f.kind);
const catCounts = countBy((f) => f.cat);
const catOpt = (cat: string, text: string): [string, string] => ['cat:' + cat, T.option(text, fmt(catCounts[cat] || 0))];
const kindOpts: [string, string][] = [
  ['', T.allKinds],
  ['cat:heapleak', T.option(T.heapAndLeaks, fmt((catCounts.heap || 0) + (catCounts.leak || 0)))],
  catOpt('heap', T.heap),
  catOpt('leak', T.leaks),
  catOpt('stack', T.stack),
];
if (kindCounts['allocates-without-escape']) kindOpts.push(['allocates-without-escape', T.option(T.allocations, fmt(kindCounts['allocates-without-escape']))]);
Object.keys(kindCounts)
  .sort()
  .filter((k) => k !== 'allocates-without-escape')
  .forEach((k) => {
    kindOpts.push([k, T.option(kindTitle(k), fmt(kindCounts[k]!))]);
  });
export const kindSel = select(T.kind, 'filter-kind', kindOpts, (v) => {
  state.kind = v;
  applyFilters();
});
// Each cause's option says what the filter then lists: its heap escapes (the overview's count), its leaks, any other findings.
const causeCounts: Record<string, [heap: number, leaks: number, other: number]> = {};
F.forEach((f) => {
  if (!f.cause) return;
  const n = causeCounts[f.cause] || (causeCounts[f.cause] = [0, 0, 0]);
  n[f.cat === 'heap' ? 0 : f.cat === 'leak' ? 1 : 2]++;
});
const causeOpts: [string, string][] = [['', HAS_CAUSE ? T.allCauses : T.noCauses]];
Object.keys(causeCounts)
  .sort()
  .forEach((c) => {
    const n = causeCounts[c]!;
    causeOpts.push([c, T.causeOption(causeTitle(c), fmt(n[0]), fmt(n[1]), fmt(n[2]))]);
  });
const causeSel = select(T.cause, 'filter-cause', causeOpts, (v) => {
  state.cause = v;
  applyFilters();
});
if (!HAS_CAUSE) causeSel.disabled = true;
/** Embedded findings by verification status. */
export const verCounts = countBy((f) => (f.ver ? f.ver.status : undefined));
const verOpts: [string, string][] = [['', HAS_VER ? T.anyVerification : T.noVerification]];
Object.keys(verCounts)
  .sort()
  .forEach((c) => {
    verOpts.push([c, T.option(c, fmt(verCounts[c]!))]);
  });
if (HAS_VER) verOpts.push(['(none)', T.notVerified]);
const verSel = select(T.verification, 'filter-ver', verOpts, (v) => {
  state.ver = v;
  applyFilters();
});
if (!HAS_VER) verSel.disabled = true;
const pkgs = Array.from(new Set(F.map((f) => f.pkg))).sort();
const pkgSel = select(T.pkg, 'filter-pkg', ([['', T.allPackages]] as [string, string][]).concat(pkgs.map((p) => [p, p])), (v) => {
  state.pkg = v;
  applyFilters();
});
const shownEl = el('span', { cls: 'count-shown', 'data-testid': 'shown', 'aria-live': 'polite', title: T.shownTitle });
let qTimer = 0;
search.addEventListener('input', () => {
  clearTimeout(qTimer);
  qTimer = setTimeout(() => {
    state.q = search.value.trim();
    applyFilters();
  }, 120);
});

export const header = el('header', null, [el('h1', null, [el('a', { href: '#', text: 'goescape' })]), search, kindSel, causeSel, verSel, pkgSel, shownEl]);

/** The sidebar: the tree of packages and files, or the list of findings, of the findings that pass the filters. */
import { PAGE_TEXT } from '../../messages/html.js';
import { clear, cssEsc, el } from './dom.js';
import { FILEPKG, filePath, fileHref, findingHref } from './data.js';
import { sideBody, tabList, tabTree } from './layout.js';
import { state } from './state.js';
import { vlist, type VList } from './vlist.js';

const T = PAGE_TEXT.nav;

tabTree.addEventListener('click', () => {
  setTab('tree');
});
tabList.addEventListener('click', () => {
  setTab('list');
});
export function setTab(t: 'tree' | 'list'): void {
  state.tab = t;
  tabTree.setAttribute('aria-selected', String(t === 'tree'));
  tabList.setAttribute('aria-selected', String(t === 'list'));
  renderSide();
}

let listV: VList | null = null;
export function renderSide(): void {
  clear(sideBody);
  sideBody.scrollTop = 0;
  listV = null;
  sideBody.classList.remove('flist');
  if (state.tab === 'list') {
    renderList();
    return;
  }
  const filtered = state.filtered;
  const byPkg = new Map<string, { n: number; h: number; files: Map<number, { n: number; h: number }> }>();
  for (const f of filtered) {
    let p = byPkg.get(f.pkg);
    if (!p) byPkg.set(f.pkg, (p = { n: 0, h: 0, files: new Map() }));
    p.n++;
    if (f.cat === 'heap') p.h++;
    let fl = p.files.get(f.fi);
    if (!fl) p.files.set(f.fi, (fl = { n: 0, h: 0 }));
    fl.n++;
    if (f.cat === 'heap') fl.h++;
  }
  const names = Array.from(byPkg.keys()).sort((a, b) => byPkg.get(b)!.h - byPkg.get(a)!.h || (a < b ? -1 : 1));
  const tree = el('div', { cls: 'tree', role: 'tree', 'data-testid': 'tree' });
  if (!names.length) tree.appendChild(el('div', { cls: 'empty', text: T.noMatch }));
  names.forEach((name) => {
    const p = byPkg.get(name)!;
    const d = el('details', { 'data-pkg': name }, [
      el('summary', null, [
        name + ' ',
        el('span', { cls: 'n h', title: T.heapEscapes, text: p.h }),
        ' ',
        el('span', { cls: 'n', title: T.findingsShown, text: '/' + p.n }),
      ]),
    ]);
    let filled = false;
    function fill(): void {
      if (filled) return;
      filled = true;
      Array.from(p.files.keys())
        .sort((a, b) => (filePath(a) < filePath(b) ? -1 : 1))
        .forEach((fi) => {
          const c = p.files.get(fi)!,
            path = filePath(fi);
          d.appendChild(
            el('a', { href: fileHref(fi, 1), 'data-file': path, cls: fi === state.file ? 'current' : '', title: path }, [
              el('span', { cls: 'fname', text: path.slice(path.lastIndexOf('/') + 1) }),
              el('span', { cls: 'n h', text: c.h }),
              el('span', { cls: 'n', text: '/' + c.n }),
            ]),
          );
        });
    }
    d.addEventListener('toggle', fill);
    if ((state.file >= 0 && p.files.has(state.file)) || names.length <= 3) {
      d.open = true;
      fill();
    }
    tree.appendChild(d);
  });
  sideBody.appendChild(tree);
}

function renderList(): void {
  const filtered = state.filtered;
  sideBody.classList.add('flist');
  if (!filtered.length) {
    sideBody.appendChild(el('div', { cls: 'empty', text: T.noMatch }));
    return;
  }
  const v = (listV = vlist(sideBody, 40, filtered.length, (i) => {
    const f = filtered[i]!;
    return el('a', { href: findingHref(f), role: 'listitem', 'data-key': f.key, cls: state.sel === f ? 'sel' : '' }, [
      el('div', { cls: 'msg' }, [el('span', { cls: 'badge k-' + f.mark, text: f.mark }), f.message]),
      el('div', { cls: 'loc', text: filePath(f.fi) + ':' + f.line + (f.func ? ' · ' + f.func : '') + (f.cause ? ' · ' + f.cause : '') }),
    ]);
  }));
  const list = sideBody.firstChild as HTMLElement;
  list.setAttribute('role', 'list');
  list.setAttribute('data-testid', 'findings-list');
  v.draw();
  if (state.sel) {
    const idx = filtered.indexOf(state.sel);
    if (idx >= 0) v.scrollTo(idx);
  }
}

/** Redraws the findings list (when shown) with row `i` in view. */
export function listScrollTo(i: number): void {
  if (state.tab === 'list' && listV) {
    listV.redraw();
    listV.scrollTo(i);
  }
}

/** Marks file `fi` as the open one in the tree (its package opened). */
export function markCurrentFile(fi: number): void {
  if (state.tab !== 'tree') return;
  const links = sideBody.querySelectorAll('a.current');
  for (let i = 0; i < links.length; i++) links[i]!.classList.remove('current');
  const d = sideBody.querySelector<HTMLDetailsElement>('details[data-pkg="' + cssEsc(FILEPKG.get(fi) || '') + '"]');
  if (d && !d.open) d.open = true;
  setTimeout(() => {
    const a = sideBody.querySelector('a[data-file="' + cssEsc(filePath(fi)) + '"]');
    if (a) a.classList.add('current');
  }, 0);
}

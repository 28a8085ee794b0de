/** The sidebar: the tree of packages and files, or the list of findings, of the findings that pass the filters. */
import { PAGE_TEXT } from '../../messages/html.js';
import { clear, cssEsc, el, fmt } from './dom.js';
import { FILEPKG, M, fileGroup, filePath, fileHref, findingHref, type FileGroup } from './data.js';
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
  // Counted per file: a package's row sums its files in the group, the total line sums every row.
  type Count = { n: number; h: number };
  type Pkg = Count & { files: Map<number, Count> };
  const groups = new Map<FileGroup, Map<string, Pkg>>();
  let heap = 0;
  const filesSeen = new Set<number>();
  for (const f of filtered) {
    const g = fileGroup(filePath(f.fi), f.pkg);
    let pkgs = groups.get(g);
    if (!pkgs) groups.set(g, (pkgs = new Map()));
    let p = pkgs.get(f.pkg);
    if (!p) pkgs.set(f.pkg, (p = { n: 0, h: 0, files: new Map() }));
    let fl = p.files.get(f.fi);
    if (!fl) p.files.set(f.fi, (fl = { n: 0, h: 0 }));
    const h = f.cat === 'heap' ? 1 : 0;
    p.n++;
    p.h += h;
    fl.n++;
    fl.h += h;
    heap += h;
    filesSeen.add(f.fi);
  }
  const tree = el('div', { cls: 'tree', role: 'tree', 'data-testid': 'tree' });
  tree.appendChild(
    el('div', { cls: 'total', 'data-testid': 'tree-total', 'data-heap': heap, 'data-listed': filtered.length }, [
      T.total(fmt(heap), fmt(filtered.length), fmt(filesSeen.size)),
    ]),
  );
  if (!filtered.length) tree.appendChild(el('div', { cls: 'empty', text: T.noMatch }));
  const pkgCount = Array.from(groups.values()).reduce((n, g) => n + g.size, 0);
  (['module', 'goroot', 'other'] as const).forEach((g) => {
    const pkgs = groups.get(g);
    if (!pkgs) return;
    let gh = 0,
      gn = 0;
    pkgs.forEach((p) => {
      gh += p.h;
      gn += p.n;
    });
    const gd = el('details', { cls: 'group', 'data-group': g, open: g === 'module' || groups.size === 1 || state.file >= 0 }, [
      el('summary', null, [
        el('strong', { text: g === 'module' ? T.groups.module(M.module ? M.module.path : null) : T.groups[g] }),
        ' ',
        el('span', { cls: 'n h', title: T.heapEscapes, text: fmt(gh) }),
        ' ',
        el('span', { cls: 'n', title: T.findingsShown, text: '/' + fmt(gn) }),
      ]),
    ]);
    const names = Array.from(pkgs.keys()).sort((a, b) => pkgs.get(b)!.h - pkgs.get(a)!.h || (a < b ? -1 : 1));
    names.forEach((name) => {
      const p = pkgs.get(name)!;
      const d = el('details', { 'data-pkg': g + ' ' + name }, [
        el('summary', null, [
          name + ' ',
          el('span', { cls: 'n h', title: T.heapEscapes, text: fmt(p.h) }),
          ' ',
          el('span', { cls: 'n', title: T.findingsShown, text: '/' + fmt(p.n) }),
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
            // The full path: two files of one name (type.go of reflect and of sync/atomic) are told apart.
            d.appendChild(
              el(
                'a',
                { href: fileHref(fi, 1), 'data-file': path, 'data-heap': c.h, 'data-listed': c.n, cls: fi === state.file ? 'current' : '', title: path },
                [el('span', { cls: 'fname', text: path }), el('span', { cls: 'n h', text: fmt(c.h) }), el('span', { cls: 'n', text: '/' + fmt(c.n) })],
              ),
            );
          });
      }
      d.addEventListener('toggle', fill);
      if ((state.file >= 0 && p.files.has(state.file)) || pkgCount <= 3) {
        d.open = true;
        fill();
      }
      gd.appendChild(d);
    });
    tree.appendChild(gd);
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
  const pkg = FILEPKG.get(fi) || '',
    group = fileGroup(filePath(fi), pkg);
  const g = sideBody.querySelector<HTMLDetailsElement>('details[data-group="' + group + '"]');
  if (g && !g.open) g.open = true;
  const d = sideBody.querySelector<HTMLDetailsElement>('details[data-pkg="' + cssEsc(group + ' ' + pkg) + '"]');
  if (d && !d.open) d.open = true;
  setTimeout(() => {
    const a = sideBody.querySelector('a[data-file="' + cssEsc(filePath(fi)) + '"]');
    if (a) a.classList.add('current');
  }, 0);
}

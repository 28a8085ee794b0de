/** The details panel of the selected finding: where, what, why (its chain), advice, inlined copies. */
import { PAGE_TEXT } from '../../messages/html.js';
import { clear, cssEsc, el, fmt } from './dom.js';
import { MARK_TITLE, S, causeTitle, filePath, fileHref, findingHref, kindTitle, type Finding } from './data.js';
import type { PagePos } from '../page-data.js';
import { detail, mainEl, view } from './layout.js';
import { state } from './state.js';

const T = PAGE_TEXT.detail;

function posLink(p: PagePos): HTMLElement {
  return p
    ? el('a', { href: fileHref(p[0], p[1]), 'data-step-line': p[1], text: filePath(p[0]) + ':' + p[1] + (p[2] ? ':' + p[2] : '') })
    : el('span', { cls: 'muted', text: T.noPosition });
}

export function showDetail(f: Finding): void {
  state.sel = f;
  mainEl.classList.remove('nodetail');
  clear(detail);
  detail.appendChild(el('button', { cls: 'close', title: T.close, 'aria-label': T.closeLabel, text: '×', onclick: closeDetail }));
  detail.appendChild(el('h2', { 'data-testid': 'detail-title' }, [el('span', { cls: 'badge k-' + f.mark, text: MARK_TITLE[f.mark] }), f.message]));
  const dl = el('dl');
  function row(k: string, v: Node): void {
    dl.appendChild(el('dt', { text: k }));
    dl.appendChild(el('dd', null, [v]));
  }
  row(T.where, posLink([f.fi, f.line, f.col]));
  if (f.func) row(T.func, el('code', { text: f.func }));
  row(T.pkg, el('code', { text: f.pkg }));
  row(T.kind, el('span', { text: kindTitle(f.kind) + ' (' + f.kind + ')' }));
  if (f.cause) row(T.cause, el('span', { 'data-testid': 'detail-cause', text: causeTitle(f.cause) + ' (' + f.cause + ')' }));
  if (f.inlinedFrom) row(T.inlinedFrom, el('code', { text: f.inlinedFrom }));
  if (f.ver) {
    row(T.verified, el('span', { 'data-testid': 'detail-ver', text: f.ver.status }));
    if (f.ver.runtimeFunc) row(T.allocates, el('code', { text: f.ver.runtimeFunc + (f.ver.type ? ' (' + f.ver.type + ')' : '') }));
    if (f.ver.cls) row(T.allocationClass, el('span', { 'data-testid': 'detail-class', text: f.ver.cls }));
    if (f.ver.reason) row(T.reason, el('span', { text: f.ver.reason }));
  } else if (f.cls) {
    row(T.allocationClass, el('span', { 'data-testid': 'detail-class', text: f.cls }));
  }
  if (f.sites) row(T.sites, el('span', { 'data-testid': 'detail-sites', text: T.sitesText(f.sites, f.va ? T.allocating(f.va[0], f.va[1], f.va[2]) : '') }));
  if (f.w !== null) row(T.profile, el('span', { 'data-testid': 'detail-weight', text: fmt(f.w) + (f.wu ? ' ' + f.wu : '') }));
  detail.appendChild(dl);
  if (f.chain?.length) {
    detail.appendChild(el('h3', { text: T.chain(f.chainDerived) }));
    const ol = el('ol', { 'data-testid': 'chain' });
    f.chain.forEach((st) => {
      ol.appendChild(
        el('li', null, [el('strong', { text: st[0] }), ' ', el('code', { text: st[1] }), ' → ', el('code', { text: st[3] }), el('br'), posLink(st[2])]),
      );
    });
    detail.appendChild(ol);
  } else if (f.cat === 'heap' || f.cat === 'leak') detail.appendChild(el('p', { cls: 'muted', text: T.noChain }));
  if (f.advice) {
    detail.appendChild(el('h3', { text: T.advice }));
    detail.appendChild(el('div', { cls: 'advice', 'data-testid': 'advice', text: f.advice }));
  }
  if (f.is?.length) {
    detail.appendChild(el('h3', { text: T.inlinedCopies(f.isn || f.is.length) }));
    detail.appendChild(
      el(
        'ul',
        null,
        f.is.map((s) => el('li', null, [posLink([s[0], s[1], 0]), S[s[2]] ? T.inFunc(S[s[2]]!) : ''])),
      ),
    );
  }
  if (f.iss) detail.appendChild(el('p', { cls: 'muted', text: T.stackCopies(f.iss) }));
  detail.appendChild(el('p', { cls: 'muted' }, [T.key, el('code', { text: f.key }), ' · ', el('a', { href: findingHref(f), text: T.link })]));
  const btns = view.querySelectorAll('.ann button.sel');
  for (let i = 0; i < btns.length; i++) btns[i]!.classList.remove('sel');
  const b = view.querySelector('.ann button[data-key="' + cssEsc(f.key) + '"]');
  if (b) b.classList.add('sel');
}

export function closeDetail(): void {
  state.sel = null;
  mainEl.classList.add('nodetail');
}

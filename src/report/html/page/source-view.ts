/** The source view: a file's lines, highlighted and marked, with each line's findings as buttons; drawn lazily. */
import { PAGE_TEXT } from '../../messages/html.js';
import { clear, el, fmt, shown } from './dom.js';
import {
  BYFILE,
  FILES,
  MARK_RANK,
  MARK_TITLE,
  OBSERVED_BYFILE,
  SITES_BYFILE,
  causeTitle,
  filePath,
  fileHref,
  findingHref,
  type CalleeSite,
  type Finding,
  type Mark,
  type Observed,
} from './data.js';
import { showDetail } from './detail.js';
import { mainEl, view } from './layout.js';
import { go } from './nav.js';
import { markCurrentFile } from './sidebar.js';
import { state } from './state.js';
import { tokLine, type LineState } from './go-tokens.js';
import { vlist, type VList } from './vlist.js';

const T = PAGE_TEXT.source;
const BT = '`';
const NO_LINES: VList = { redraw() {}, scrollTo() {}, draw() {} };

let srcV: VList = NO_LINES;
/** The open file and its target line; null on the overview. */
let cur: { fi: number; target: number } | null = null;

/** Opens file `fi` at `line`, with finding `sel` in the details panel (or none). */
export function openFile(fi: number, line: number, sel: Finding | null): void {
  if (!cur || cur.fi !== fi) cur = buildFile(fi);
  state.file = fi;
  state.line = line;
  cur.target = line;
  srcV.redraw();
  srcV.scrollTo(Math.max(0, line - 1));
  markCurrentFile(fi);
  if (sel) showDetail(sel);
  else {
    mainEl.classList.add('nodetail');
    state.sel = null;
  }
}

/** Forgets the open file (the overview replaces it). */
export function closeFile(): void {
  cur = null;
}

function buildFile(fi: number): { fi: number; target: number } {
  clear(view);
  const file = FILES[fi]!;
  const src = file[1],
    path = filePath(fi),
    fs = BYFILE.get(fi) || [];
  const lines = src === null ? [] : src.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const byLine = new Map<number, Finding[]>(),
    marks = new Map<number, Mark>();
  fs.forEach((f) => {
    let l = byLine.get(f.line);
    if (!l) byLine.set(f.line, (l = []));
    l.push(f);
    const m = marks.get(f.line);
    if (!m || MARK_RANK[f.mark] > MARK_RANK[m]) marks.set(f.line, f.mark);
  });
  // Allocation sites of inlined code, at the call line of the function they were inlined into.
  const sites = SITES_BYFILE.get(fi) || [];
  const sitesByLine = new Map<number, CalleeSite[]>();
  sites.forEach((c) => {
    let l = sitesByLine.get(c.line);
    if (!l) sitesByLine.set(c.line, (l = []));
    l.push(c);
    const mark: Mark = c.status === 'no-allocation' ? 'noalloc' : 'heap';
    const m = marks.get(c.line);
    if (!m || MARK_RANK[mark] > MARK_RANK[m]) marks.set(c.line, mark);
  });
  const observedByLine = new Map<number, Observed[]>();
  (OBSERVED_BYFILE.get(fi) || []).forEach((x) => {
    let l = observedByLine.get(x.line);
    if (!l) observedByLine.set(x.line, (l = []));
    l.push(x);
    const m = marks.get(x.line);
    if (!m || MARK_RANK.alloc > MARK_RANK[m]) marks.set(x.line, 'alloc');
  });
  (file[2] || []).forEach((ln) => {
    if (!marks.has(ln)) marks.set(ln, 'inl');
  });
  // tokenizer state at the start of each line (cheap scan; tokens made lazily)
  const states = new Uint8Array(lines.length + 1);
  let stt: LineState = 0,
    maxLen = 0;
  for (let i = 0; i < lines.length; i++) {
    states[i] = stt;
    const t = lines[i]!;
    if (t.length > maxLen) maxLen = t.length;
    if (stt !== 0 || t.indexOf('/*') >= 0 || t.indexOf(BT) >= 0) stt = tokLine(t, stt)[1];
  }
  const heap = fs.filter((f) => f.cat === 'heap').length;
  const legend = el(
    'span',
    { cls: 'legend' },
    (['heap', 'alloc', 'noalloc', 'leak', 'stack', 'inl'] as const).map((m) => {
      const i = el('i');
      i.className = 'k-' + m;
      i.style.background = 'currentColor';
      return el('span', { cls: 'k-' + m }, [i, MARK_TITLE[m]]);
    }),
  );
  view.appendChild(
    el('div', { cls: 'filehead', 'data-testid': 'filehead' }, [
      el('strong', { text: path }),
      el('span', { cls: 'n', text: T.head(fmt(lines.length), heap, sites.length, fs.length) }),
      legend,
    ]),
  );
  const scroller = el('div', { cls: 'scroll src', 'data-testid': 'source', tabindex: '0' });
  view.appendChild(scroller);
  const opened = { fi, target: 0 };
  if (src === null) {
    scroller.appendChild(el('div', { cls: 'empty', text: T.notEmbedded }));
    const ul = el('ul');
    fs.forEach((f) => {
      ul.appendChild(el('li', null, [el('a', { href: findingHref(f), text: path + ':' + f.line + ': ' + f.message })]));
    });
    scroller.appendChild(ul);
    srcV = NO_LINES;
    return opened;
  }
  srcV = vlist(
    scroller,
    19,
    lines.length,
    (i) => {
      const ln = i + 1,
        mk = marks.get(ln),
        fl = byLine.get(ln),
        sl = sitesByLine.get(ln),
        ol = observedByLine.get(ln);
      const code = el('span', { cls: 'code' });
      const toks = tokLine(lines[i]!, states[i] as LineState)[0];
      for (const [cls, text] of toks) {
        if (cls) code.appendChild(el('span', { cls: 't-' + cls, text }));
        else code.appendChild(document.createTextNode(shown(text)));
      }
      const row = el('div', { cls: (mk ? 'm-' + mk : '') + (ln === opened.target ? ' target' : ''), 'data-line': ln, title: mk ? MARK_TITLE[mk] : null }, [
        el('a', { cls: 'ln', href: fileHref(fi, ln), text: ln, tabindex: '-1' }),
        el('span', { cls: 'mk' }),
        code,
      ]);
      if (fl || sl || ol) {
        const ann = el('span', { cls: 'ann' });
        (fl || []).forEach((f) => {
          ann.appendChild(
            el('button', {
              cls: 'k-' + f.mark + (state.sel === f ? ' sel' : ''),
              'data-key': f.key,
              title: f.message + (f.cause ? ' — ' + causeTitle(f.cause) : '') + (f.ver && f.ver.cls ? ' — ' + f.ver.cls : ''),
              text: f.message + (f.vclass === 'allocates-in-callee' ? T.inCallee : ''),
              onclick: () => {
                go(findingHref(f));
              },
            }),
          );
        });
        (sl || []).forEach((c) => {
          ann.appendChild(
            el('button', {
              cls: 'site k-' + (c.status === 'no-allocation' ? 'noalloc' : 'heap'),
              'data-site': c.origin.key,
              title: T.calleeSiteTitle(c.status),
              text: T.calleeSite(c.origin.message, c.func),
              onclick: () => {
                go(findingHref(c.origin));
              },
            }),
          );
        });
        (ol || []).forEach((x) => {
          ann.appendChild(
            el('span', { cls: 'site obs k-alloc', 'data-observed': ln, title: T.observedTitle(fmt(x.objects)), text: T.observed(fmt(x.bytes), x.note) }),
          );
        });
        row.appendChild(ann);
      }
      return row;
    },
    'max(100%, ' + (maxLen + 80) + 'ch)',
  );
  return opened;
}

/**
 * The HTML report's page script (built into one inline script by
 * scripts/build-page.ts, allowed by hash in the page's CSP). It decodes the
 * embedded JSON (../page-data.ts), builds the DOM with textContent only
 * (never innerHTML with data; control and bidi characters shown as escapes)
 * and renders the findings list and source lines lazily (virtualized).
 * This module routes by URL hash, takes the keys, and starts the page.
 */
import { BYKEY, FILEIDX, findingHref, type Finding } from './data.js';
import { closeDetail } from './detail.js';
import { applyFilters, header, search } from './filters.js';
import { mainEl } from './layout.js';
import { setRoute, go } from './nav.js';
import { renderOverview } from './overview.js';
import { listScrollTo } from './sidebar.js';
import { closeFile, openFile } from './source-view.js';
import { state } from './state.js';

declare global {
  interface Window {
    /** When the page became ready (performance.now()), read by the browser tests and the HTML bench. */
    __goescapeReady?: number;
  }
}

const app = document.getElementById('app')!;

// ---- routing and keys ------------------------------------------------------
function route(): void {
  const h = location.hash.slice(1);
  if (h.slice(0, 2) === 'f=') {
    const f = BYKEY.get(safeDecode(h.slice(2)));
    if (f) {
      openFile(f.fi, f.line, f);
      return;
    }
  } else if (h.slice(0, 5) === 'file=') {
    const v = safeDecode(h.slice(5)),
      c = v.lastIndexOf(':');
    let line = 1,
      p = v;
    if (c > 0 && /^[0-9]+$/.test(v.slice(c + 1))) {
      line = +v.slice(c + 1);
      p = v.slice(0, c);
    }
    const fi = FILEIDX.get(p);
    if (fi !== undefined) {
      openFile(fi, line, null);
      return;
    }
  }
  closeFile();
  renderOverview();
}
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function step(d: number): void {
  const filtered: Finding[] = state.filtered;
  if (!filtered.length) return;
  let i = state.sel ? filtered.indexOf(state.sel) : -1;
  i = Math.max(0, Math.min(filtered.length - 1, i + d));
  go(findingHref(filtered[i]!));
  listScrollTo(i);
}
document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement | null,
    typing = t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');
  if (e.key === 'Escape') {
    if (typing) t.blur();
    else closeDetail();
    return;
  }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === '/') {
    e.preventDefault();
    search.focus();
  } else if (e.key === 'j') step(1);
  else if (e.key === 'k') step(-1);
});
setRoute(route);
window.addEventListener('hashchange', route);

app.appendChild(header);
app.appendChild(mainEl);
applyFilters();
performance.mark('goescape-side');
route();
app.setAttribute('data-state', 'ready');
window.__goescapeReady = performance.now();

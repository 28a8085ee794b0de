/** A virtual list: only the rows in view (and a margin) are in the DOM, so a file of thousands of lines or a long findings list stays fast. */
import { el } from './dom.js';

export interface VList {
  draw(): void;
  redraw(): void;
  scrollTo(i: number): void;
}

export function vlist(scroller: HTMLElement, rowH: number, count: number, renderRow: (i: number) => HTMLElement, width?: string): VList {
  const spacer = el('div', { cls: 'vspacer' });
  spacer.style.height = count * rowH + 'px';
  if (width) spacer.style.width = width;
  scroller.appendChild(spacer);
  const rows = new Map<number, HTMLElement>();
  let raf = 0;
  function draw(): void {
    raf = 0;
    const top = scroller.scrollTop,
      h = scroller.clientHeight || 800;
    const a = Math.max(0, Math.floor(top / rowH) - 15),
      b = Math.min(count, Math.ceil((top + h) / rowH) + 15);
    rows.forEach((e, i) => {
      if (i < a || i >= b) {
        e.remove();
        rows.delete(i);
      }
    });
    const frag = document.createDocumentFragment();
    for (let i = a; i < b; i++) {
      if (rows.has(i)) continue;
      const e = renderRow(i);
      e.classList.add('vrow');
      e.style.top = i * rowH + 'px';
      rows.set(i, e);
      frag.appendChild(e);
    }
    spacer.appendChild(frag);
  }
  scroller.addEventListener(
    'scroll',
    () => {
      if (!raf) raf = requestAnimationFrame(draw);
    },
    { passive: true },
  );
  return {
    draw,
    redraw() {
      rows.forEach((e) => {
        e.remove();
      });
      rows.clear();
      draw();
    },
    scrollTo(i) {
      scroller.scrollTop = Math.max(0, i * rowH - (scroller.clientHeight || 600) / 3);
      draw();
    },
  };
}

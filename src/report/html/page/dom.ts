/**
 * Building the page's DOM. Text from the data goes in as text nodes only
 * (never innerHTML), with control and bidi characters shown as escapes.
 */

// Control and bidi characters (but tab) of names and source are shown as
// escapes, as report/escape.ts visible() shows them: a right-to-left override would make a
// file name or a line read as another.
const UNSEEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const UNSEEN_ALL = new RegExp(UNSEEN.source, 'g');

export function shown(s: string): string {
  if (!UNSEEN.test(s)) return s;
  return s.replace(UNSEEN_ALL, (c) => {
    const n = c.charCodeAt(0),
      h = n.toString(16);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return n < 128 ? '\\x' + ('0' + h).slice(-2) : '\\u' + ('000' + h).slice(-4);
  });
}

type AttrValue = string | number | boolean | null | undefined;
/**
 * Attributes of {@link el}: `text` (the element's text), `cls` (its class),
 * `on<event>` (a listener), any other an attribute; null, undefined and
 * false leave one out, true sets it empty.
 */
export interface Attrs {
  text?: AttrValue;
  cls?: string;
  [name: string]: AttrValue | ((e: MouseEvent) => void);
}
/** A child of {@link el}: strings and numbers become text; null, undefined and false are left out. */
export type Kid = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, kids?: readonly Kid[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (attrs)
    for (const k in attrs) {
      const v = attrs[k];
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') e.textContent = shown(String(v));
      else if (k === 'cls') e.className = String(v);
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v as EventListener);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
  if (kids)
    for (const c of kids) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(shown(String(c))) : c);
    }
  return e;
}

export function clear<E extends Element>(e: E): E {
  while (e.firstChild) e.removeChild(e.firstChild);
  return e;
}

export function fmt(n: number | string): string {
  return typeof n === 'number' ? n.toLocaleString('en-US') : String(n);
}

/** `s` quoted for a CSS attribute selector. */
export function cssEsc(s: string): string {
  return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
}

/** The page's frame: the sidebar (tabs and body), the main view and the details panel. */
import { PAGE_TEXT } from '../../messages/html.js';
import { el } from './dom.js';

const T = PAGE_TEXT.nav;
export const tabTree = el('button', { role: 'tab', 'aria-selected': 'true', 'data-testid': 'tab-tree', text: T.files });
export const tabList = el('button', { role: 'tab', 'aria-selected': 'false', 'data-testid': 'tab-list', text: T.findings });
export const sideBody = el('div', { cls: 'scroll', 'data-testid': 'side' });
const side = el('aside', { id: 'side', 'aria-label': T.label }, [el('div', { cls: 'tabs', role: 'tablist' }, [tabTree, tabList]), sideBody]);
export const view = el('section', { id: 'view', 'aria-label': T.content });
export const detail = el('aside', { id: 'detail', 'aria-label': T.details, 'data-testid': 'detail' });
export const mainEl = el('main', { cls: 'nodetail' }, [side, view, detail]);

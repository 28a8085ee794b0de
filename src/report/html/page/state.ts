/** What the page shows: the filters, the sidebar's tab, the open file and line, the selected finding. */
import { F, type Finding } from './data.js';

export const state = {
  q: '',
  kind: '',
  cause: '',
  ver: '',
  pkg: '',
  tab: 'tree' as 'tree' | 'list',
  /** The open file (index into FILES), -1 on the overview. */
  file: -1,
  line: 0,
  sel: null as Finding | null,
  /** The findings that pass the filters. */
  filtered: F,
};

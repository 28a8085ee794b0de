/** Small helpers for maps of lists, shared by the parse and analyze stages. */

/** Appends `value` to the list under `key`, starting the list with it (exact size) when there is none. */
export function pushToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

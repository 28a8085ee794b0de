/**
 * Every view change goes through location.hash, so links, deep links and the
 * back button agree; `go` routes again when the hash already is the target
 * (no hashchange fires then).
 */
let route: () => void = () => {};

/** Sets the router that `go` and hash changes call (main.ts). */
export function setRoute(r: () => void): void {
  route = r;
}

export function go(h: string): void {
  if (location.hash === h) route();
  else location.hash = h;
}

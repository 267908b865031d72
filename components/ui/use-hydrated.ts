'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * false on the server and while hydrating, true from the next render on (and
 * at once for components mounted later). For what only the browser knows or
 * may do: its time zone and clock (a server-rendered "14:03" in the server's
 * zone would not match the browser's and break hydration), whether a request
 * is in flight, and inline styles (the CSP refuses style attributes in server
 * markup; set from script they are allowed).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

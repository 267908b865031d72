'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useLayoutEffect, useState } from 'react';
import { clog } from '@/components/ui/console-log';
import { AdminStatus } from './admin-status';
import { HealthBadge } from './health-badge';
import { HEALTH_POLL_MS } from './use-health';
import { NAV_ITEMS } from './nav-items';

export function Sidebar() {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // Close the phone menu after navigating.
  useEffect(() => setOpen(false), [pathname]);
  // The source demo's start-up lines, once per page load (the sidebar is on every page and owns the badge's polling).
  // A layout effect: it runs before the passive effects that start the first health request, so these lines come first.
  useLayoutEffect(() => {
    clog('Main', 'Initializing global utilities');
    clog('APIClient', `Initialized with baseUrl: ${window.location.origin}`);
    clog('Main', 'DOM loaded, initializing application');
    clog('Main', `Sidebar polling started (${HEALTH_POLL_MS / 1000}s interval)`);
  }, []);

  return (
    <header className="sidebar">
      <div className="sidebar__top">
        <Link href="/" className="brand" aria-label="AIMon home">
          <span className="brand__mark" aria-hidden="true">◉</span>
          <span className="brand__name">AIMon</span>
        </Link>
        <button
          type="button"
          className="sidebar__toggle"
          aria-expanded={open}
          aria-controls="main-nav"
          onClick={() => setOpen((v) => !v)}
        >
          <span className="visually-hidden">{open ? 'Close menu' : 'Open menu'}</span>
          <span aria-hidden="true">{open ? '✕' : '☰'}</span>
        </button>
      </div>
      <nav id="main-nav" aria-label="Main" className={`sidebar__nav${open ? ' sidebar__nav--open' : ''}`}>
        <ul>
          {NAV_ITEMS.map((item) => {
            const active = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
            return (
              <li key={item.href}>
                <Link href={item.href} className="nav-link" aria-current={active ? 'page' : undefined}>
                  <span className="nav-link__icon" aria-hidden="true">{item.icon}</span>
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="sidebar__footer">
        <HealthBadge />
      </div>
      <AdminStatus />
    </header>
  );
}

import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { DatabaseBanner } from '@/components/layout/database-banner';
import { Sidebar } from '@/components/layout/sidebar';
import { Providers } from '@/components/ui/providers';
import { AppInsightsBrowser } from '@/components/telemetry/app-insights-browser';
import { RumReporter } from '@/components/telemetry/rum-reporter';
import { getConfig } from '@/lib/config';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'AIMon: see AI agents at work', template: '%s · AIMon' },
  description: 'Monitor AI agents in production: workflows, chat with hallucination checks, model comparison, self-monitoring.',
};

export const viewport: Viewport = {
  themeColor: '#0d1117',
  colorScheme: 'dark',
  width: 'device-width',
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next.js puts the CSP nonce that proxy.ts
  // generates on its scripts only while rendering, so a page prerendered at build
  // time would carry no nonce and its scripts would be blocked.
  await connection();
  const config = getConfig();
  const browser = config.telemetry.browser;
  return (
    <html lang="en">
      <body>
        <a href="#content" className="skip-link">Skip to content</a>
        <RumReporter />
        {browser && <AppInsightsBrowser connectionString={browser.connectionString} roleName={config.serviceName} />}
        <Providers>
          <div className="shell">
            <Sidebar />
            <main id="content" className="content" tabIndex={-1}>
              <DatabaseBanner />
              {children}
            </main>
          </div>
        </Providers>
      </body>
    </html>
  );
}

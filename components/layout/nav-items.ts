/** The site's navigation. /debug is deliberately absent: it is reached by URL only. */
export const NAV_ITEMS = [
  { href: '/', label: 'Home', icon: '⌂', blurb: 'What this demo shows and how it is built.' },
  { href: '/tools', label: 'Tools', icon: '⚙', blurb: 'An operations agent diagnoses and repairs a simulated fleet through MCP tools, live.' },
  { href: '/chat', label: 'Chat', icon: '✉', blurb: 'Ask Model A or Model B about the fleet; every answer is checked for hallucinations.' },
  { href: '/compare', label: 'Compare', icon: '⇄', blurb: 'Both models side by side: latency, success, tokens, cost, hallucination rate.' },
  { href: '/monitoring', label: 'Monitoring', icon: '◔', blurb: 'The app watches itself: request rate, errors, p95/p99, resources, health and alerts.' },
  { href: '/traces', label: 'Traces', icon: '≡', blurb: 'Recent requests as waterfalls: every span of a workflow, chat answer or API call.' },
] as const;

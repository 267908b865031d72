import type { Metadata } from 'next';
import { UnderConstruction } from '@/components/layout/under-construction';

export const metadata: Metadata = { title: 'Tools' };

export default function ToolsPage() {
  return <UnderConstruction title="Tools" blurb="An operations agent runs multi-step workflows that diagnose and repair a simulated fleet of services through MCP tools." />;
}

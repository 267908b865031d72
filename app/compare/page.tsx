import type { Metadata } from 'next';
import { UnderConstruction } from '@/components/layout/under-construction';

export const metadata: Metadata = { title: 'Compare' };

export default function ComparePage() {
  return <UnderConstruction title="Compare" blurb="Model A and Model B side by side: latency, success rate, tokens, cost and hallucination rate." />;
}

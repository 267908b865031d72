import type { Metadata } from 'next';
import { UnderConstruction } from '@/components/layout/under-construction';

export const metadata: Metadata = { title: 'Chat' };

export default function ChatPage() {
  return <UnderConstruction title="Chat" blurb="Ask Model A or Model B about the fleet. History persists and every answer is checked for hallucinations." />;
}

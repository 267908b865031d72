import type { Metadata } from 'next';
import { ChatPanel } from '@/components/chat/chat-panel';
import { SimulatedModelsNote } from '@/components/tools/simulated-models-note';

export const metadata: Metadata = { title: 'Chat' };

export default function ChatPage() {
  return (
    <>
      <section className="page-header">
        <h1>Chat</h1>
        <p>
          Ask Model A or Model B about the fleet. The assistant may read the fleet through MCP tools (status, logs,
          metrics) but never changes it. Every answer is checked for hallucinations against the fleet and the tool
          results of that turn; open the badge on an answer to see why. The conversation is stored per browser session.
        </p>
        <SimulatedModelsNote />
      </section>
      <ChatPanel />
    </>
  );
}

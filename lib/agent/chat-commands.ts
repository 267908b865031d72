import { recordAudit, type AuditActor } from '@/lib/audit';
import { clearChatHistory } from './chat-store';

/** Clears a conversation from view (soft delete), audited; how many messages it hid. */
export async function clearChat(sessionId: string, actor: AuditActor): Promise<number> {
  const cleared = await clearChatHistory(sessionId);
  await recordAudit({ actor, action: 'chat.clear', resourceType: 'chat_session', resourceId: sessionId, outcome: 'success', details: { messages: cleared } });
  return cleared;
}

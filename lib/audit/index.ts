import 'server-only';

export { actorLabel, recordAudit, listAudit, listAuditPage, decodeAuditCursor, auditOutbox, auditWriteStatus } from './record-audit';
export type { OutboxStatus } from './outbox';
export type { AuditActor, AuditCursor, AuditEntry, AuditQuery } from './record-audit';

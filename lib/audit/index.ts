import 'server-only';

export { actorLabel, recordAudit, listAudit, auditOutbox, auditWriteStatus } from './record-audit';
export type { OutboxStatus } from './outbox';
export type { AuditActor, AuditEntry, AuditQuery } from './record-audit';

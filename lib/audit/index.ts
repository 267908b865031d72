import 'server-only';

export { recordAudit, listAudit, auditWriteFailures } from './record-audit';
export type { AuditActor, AuditEntry, AuditQuery } from './record-audit';

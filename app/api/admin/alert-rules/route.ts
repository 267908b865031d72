import { ApiError, apiHandler, otherMethods, parseBody } from '@/lib/api';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { applyRulesPatch, defaultRules, loadRules, monitor, saveRules } from '@/lib/monitoring';
import { enforceRateLimit, requireAdmin } from '@/lib/security';
import { alertRulesUpdateSchema } from './schema';

export const dynamic = 'force-dynamic';

/** The alert rules in force, their defaults (from config) and who changed them last (admin). */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  await requireAdmin(req, { action: 'alert_rules.read', resourceType: 'alert_rules' });
  const m = monitor();
  const stored = await loadRules(await db(), defaultRules(m.config));
  return Response.json({ rules: stored.rules, defaults: defaultRules(m.config), updatedAt: stored.updatedAt, updatedBy: stored.updatedBy });
});

/** Changes any rule's fields; the result is validated as a whole, stored for every replica and audited. */
export const PUT = apiHandler(async (req) => {
  await enforceRateLimit(req, 'expensive');
  const actor = await requireAdmin(req, { action: 'alert_rules.update', resourceType: 'alert_rules' });
  const patch = await parseBody(req, alertRulesUpdateSchema);
  const m = monitor();
  const prisma = await db();
  const before = (await loadRules(prisma, defaultRules(m.config))).rules;
  const result = applyRulesPatch(before, patch);
  if (!result.success) {
    const summary = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ApiError('bad_request', `Invalid body: ${summary}`);
  }
  const who = actor.sessionId ? `admin session ${actor.sessionId.slice(0, 8)}` : 'admin token';
  await saveRules(prisma, result.data, who);
  m.useRules(result.data);
  await recordAudit({ actor, action: 'alert_rules.update', resourceType: 'alert_rules', outcome: 'success', details: { before, after: result.data } });
  return Response.json({ rules: result.data });
});

export const { POST, PATCH, DELETE } = otherMethods('GET', 'PUT');

import { apiHandler, otherMethods, parseBody } from '@/lib/api';
import { alertRulesView, updateAlertRules } from '@/lib/monitoring';
import { enforceRateLimit, requireAdmin } from '@/lib/security';
import { alertRulesUpdateSchema } from './schema';

export const dynamic = 'force-dynamic';

/** The alert rules in force, their defaults (from config) and who changed them last (admin). */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  await requireAdmin(req, { action: 'alert_rules.read', resourceType: 'alert_rules' });
  return Response.json(await alertRulesView());
});

/** Changes any rule's fields; the result is validated as a whole, stored for every replica and audited. */
export const PUT = apiHandler(async (req) => {
  await enforceRateLimit(req, 'expensive');
  const actor = await requireAdmin(req, { action: 'alert_rules.update', resourceType: 'alert_rules' });
  const patch = await parseBody(req, alertRulesUpdateSchema);
  return Response.json({ rules: await updateAlertRules(patch, actor) });
});

export const { POST, PATCH, DELETE } = otherMethods('GET', 'PUT');

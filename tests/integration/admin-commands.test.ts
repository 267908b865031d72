import { describe, expect, it } from 'vitest';
import { clearChat } from '@/lib/agent';
import { listAudit, type AuditActor } from '@/lib/audit';
import { db } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { clearFaults, injectFault } from '@/lib/fleet';
import { acknowledgeAlert, alertRulesView, monitor, startChaos, stopChaos, updateAlertRules } from '@/lib/monitoring';
import { fireAlert, resolveAlert } from '@/lib/monitoring/store';
import { BACKENDS } from '../support/backends';
import { useBackend } from '../support/use-env';

// The admin commands own their audit row, the invalidation and the actor label
// (route handlers only parse, authorize and call them): checked here without HTTP.
const admin: AuditActor = { sessionId: 'a1b2c3d4e5f6', isAdmin: true, ip: '127.0.0.1' };

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected a domain error, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

describe.each(BACKENDS)('admin commands on %s', (_name, create) => {
  useBackend(create);

  it('chaos: refuses a run longer than the maximum, unaudited; starts and stops audited', async () => {
    const max = monitor().config.chaosMaxDurationSec;
    expect(await refusal(startChaos({ kind: 'errors', ratePct: 50, durationSec: max + 1 }, admin))).toEqual({
      code: 'bad_request',
      message: `Invalid body: durationSec: must be at most ${max}`,
    });
    expect(await listAudit({ action: 'chaos.start' })).toHaveLength(0);
    const on = await startChaos({ kind: 'errors', ratePct: 50, durationSec: 30 }, admin);
    expect(on.active).toBe(true);
    expect((await stopChaos(admin)).active).toBe(false);
    expect(await listAudit({ action: 'chaos.start' })).toEqual([expect.objectContaining({ resourceId: 'errors', outcome: 'success', details: { kind: 'errors', ratePct: 50, durationSec: 30 } })]);
    expect(await listAudit({ action: 'chaos.stop' })).toHaveLength(1);
  });

  it('alert rules: a bad patch is a bad_request; a good one is stored under the admin label, applied at once and audited with before and after', async () => {
    expect((await refusal(updateAlertRules({ errorRate: { thresholdPct: -5 } }, admin))).code).toBe('bad_request');
    const before = (await alertRulesView()).rules;
    const after = await updateAlertRules({ errorRate: { thresholdPct: before.errorRate.thresholdPct + 1 } }, admin);
    expect(after.errorRate.thresholdPct).toBe(before.errorRate.thresholdPct + 1);
    expect(monitor().currentRules()).toEqual(after);
    expect(await alertRulesView()).toMatchObject({ rules: after, updatedBy: 'admin session a1b2c3d4' });
    const [row] = await listAudit({ action: 'alert_rules.update' });
    expect(row).toMatchObject({ outcome: 'success', details: { before, after } });
  });

  it('acknowledge: 404 for no alert, audited success once, a resolved one is a conflict audited as a failure', async () => {
    expect((await refusal(acknowledgeAlert('00000000-0000-4000-8000-000000000000', admin))).code).toBe('not_found');
    const prisma = await db();
    const condition = { rule: 'error_rate_high', active: true, severity: 'warning' as const, value: 30, threshold: 5, message: 'error rate 30 %' };
    const { alert } = await fireAlert(prisma, condition, 'replica-a', new Date());
    expect((await acknowledgeAlert(alert.id, admin)).state).toBe('acknowledged');
    await resolveAlert(prisma, 'error_rate_high', new Date());
    expect(await refusal(acknowledgeAlert(alert.id, admin))).toMatchObject({ code: 'conflict' });
    const rows = await listAudit({ action: 'alert.acknowledge' });
    expect(rows.map((r) => r.outcome)).toEqual(['failure', 'success']);
  });

  it('faults: an injection the fleet refuses is audited as a failure; clearing is audited with its count', async () => {
    await injectFault({ service: 'web-ui', kind: 'crash' }, admin);
    // The same fault twice is refused by the fleet: a conflict with its message, not a 500.
    const refused = await refusal(injectFault({ service: 'web-ui', kind: 'crash' }, admin));
    expect(refused).toEqual({ code: 'conflict', message: 'web-ui already has an active crash fault.' });
    const cleared = await clearFaults('web-ui', admin);
    expect(cleared.cleared).toBeGreaterThan(0);
    const injected = await listAudit({ action: 'fault.inject' });
    expect(injected.map((r) => r.outcome)).toEqual(['failure', 'success']);
    expect(await listAudit({ action: 'fault.clear' })).toEqual([expect.objectContaining({ resourceId: 'web-ui', details: cleared })]);
  });

  it('chat: clearing is audited with how many messages it hid', async () => {
    expect(await clearChat('chat-nobody', admin)).toBe(0);
    expect(await listAudit({ action: 'chat.clear' })).toEqual([expect.objectContaining({ resourceId: 'chat-nobody', details: { messages: 0 } })]);
  });
});

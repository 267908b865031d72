import { describe, expect, it } from 'vitest';
import type { ToolResultInput } from './types';
import { check, errorsOf, status } from '@/tests/support/grounding-fleet';

const restart = (service: string, isError = false) => ({ name: 'restart_service', arguments: { service }, result: isError ? { error: `${service} is busy` } : { service, kind: 'restart', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:05.000Z' }, isError });
const kinds = (answer: string, toolResults: ToolResultInput[] = []) => errorsOf(check(answer, { toolResults })).map((f) => f.kind);

describe('action claims', () => {
  it('reads active, passive, nominal, phrasal and verb-first forms', () => {
    for (const answer of [
      'We went ahead and recycled postgres.',
      'postgres got bounced a minute ago.',
      'The reboot of postgres went through fine.',
      'Brought postgres back online for you.',
      'Flushed the postgres cache and checked its logs.',
      'postgres: restarted ✔',
    ]) {
      expect(kinds(answer), answer).toContain('unperformed_action');
    }
  });

  it('is backed only by a successful call of the matching tool for each service named', () => {
    expect(kinds('I restarted mcp-server.', [restart('mcp-server')])).toEqual([]);
    expect(kinds('I restarted mcp-server.', [restart('mcp-server', true)])).toEqual(['unperformed_action']);
    expect(kinds('I restarted mcp-server and postgres.', [restart('mcp-server')])).toEqual(['unperformed_action']);
    // A read-only check does not change anything.
    expect(kinds('I looked at the diagnostics and fixed mcp-server.', [{ name: 'run_diagnostics', arguments: { service: 'mcp-server' }, result: { findings: [] } }])).toEqual(['unperformed_action']);
  });

  it('a claim with a forecast after it is still a claim; offers, refusals and plans are not', () => {
    expect(kinds('I restarted model-b; it should be answering again shortly.')).toEqual(['unperformed_action']);
    for (const answer of ['I could restart model-b if you want.', 'An admin can roll back web-ui from the Tools page.', "I didn't restart anything.", 'Restarting model-b would probably help.', 'Should I clear the cache of redis?']) {
      expect(kinds(answer), answer).toEqual([]);
    }
  });

  it('a finished action the tools still show in progress is contradicted', () => {
    const busy = status('mcp-server', { status: 'restarting', action: { kind: 'restart', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:05.000Z' }, issues: ['restart in progress'] });
    expect(kinds('The restart of mcp-server is complete.', [restart('mcp-server'), busy])).toEqual(['contradicted_fact']);
    expect(kinds('The restart of mcp-server has been requested and is under way.', [restart('mcp-server'), busy])).toEqual([]);
  });

  it('the finding points at the words and names the missing call', () => {
    const r = check('Done: I have rebooted model-a.');
    expect(r.findings[0]).toMatchObject({ kind: 'unperformed_action', span: 'rebooted', start: 13 });
    expect(r.findings[0]!.fact).toContain('restart_service');
  });

  it('an action said finished with nothing read after its own result is said too soon', () => {
    expect(kinds('The model-a restart is done and it is serving again.', [restart('model-a')])).toEqual(['contradicted_fact']);
    expect(kinds('The model-a restart has been kicked off; it should be back in a few seconds.', [restart('model-a')])).toEqual([]);
    // A read after the action that shows it over backs the claim.
    expect(kinds('The model-a restart is done and it is serving again.', [restart('model-a'), status('model-a', { at: '2026-12-01T10:00:09.000Z', uptimeSec: 4 })])).toEqual([]);
  });

  it('counted actions need as many successful calls', () => {
    expect(kinds('Both reboots of redis went fine.', [restart('redis'), restart('redis', true)])).toEqual(['unperformed_action']);
    expect(kinds('Both reboots of redis went fine.', [restart('redis'), restart('redis')])).toEqual([]);
  });

  it('an action said to be under way needs its call too; a suggestion does not', () => {
    expect(kinds('Sure — bouncing postgres right now, back in a moment.')).toEqual(['unperformed_action']);
    expect(kinds("I'm flushing the redis cache.")).toEqual(['unperformed_action']);
    expect(kinds('Bouncing postgres right now could help.')).toEqual([]);
    expect(kinds("I'm restarting postgres for you.", [restart('postgres')])).toEqual([]);
  });

  it('a second verb after an aside in brackets still has the first one’s subject', () => {
    const read = { name: 'get_service_logs', arguments: { service: 'postgres' }, result: { service: 'postgres', lines: [] } };
    expect(kinds('I read the postgres logs (nothing odd, the checkpoints are regular) and rebooted it.', [read])).toEqual(['unperformed_action']);
  });

  it('the time an action is said to end is its result’s completion time', () => {
    expect(kinds('The web-ui restart finishes at 10:00:05 UTC.', [restart('web-ui')])).toEqual([]);
    expect(kinds('The web-ui restart finishes at 10:00:35 UTC.', [restart('web-ui')])).toEqual(['contradicted_fact']);
  });
  it('each service of a partial success is held to its own action, by the verb or noun nearest it', () => {
    const scale = (service: string) => ({ name: 'scale_service', arguments: { service, replicas: 3 }, result: { service, kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z', replicas: 3 } });
    // A passive verb, then a verbless one: each names only the service just before it.
    expect(kinds('Of the two jobs, postgres was rebooted and model-b scaled out to three.', [restart('postgres'), scale('model-b')])).toEqual([]);
    expect(kinds('Of the two jobs, postgres was rebooted and model-b scaled out to three.', [restart('postgres'), scale('postgres')])).toEqual(['unperformed_action']);
    // A noun with its service before it ("a postgres reboot") or after it ("the scale-up of model-b").
    expect(kinds('I set off a postgres reboot and the scale-up of model-b.', [restart('postgres'), scale('model-b')])).toEqual([]);
    expect(kinds('I set off a postgres reboot and the scale-up of model-b.', [restart('model-b'), scale('postgres')]).length).toBeGreaterThan(0);
  });
  it('a state word as a tally\'s label ("Stopped: one (redis)") is a state, not an action', () => {
    expect(kinds('Fine: six. Degraded: one (web-ui). Stopped: one (redis).')).toEqual([]);
    expect(kinds('**Stopped** — redis, since its crash.')).toEqual([]);
    // A state word that is a verb with an object is still an action claimed.
    expect(kinds('Stopped redis and then started it again for you.')).toContain('unperformed_action');
  });

  it('a phrasal verb after "and" shares the sentence\'s first person', () => {
    const busy = { name: 'rollback_deployment', arguments: { service: 'web-ui' }, result: 'web-ui is busy: restart in progress.', isError: true };
    const rolled = { name: 'rollback_deployment', arguments: { service: 'web-ui' }, result: { service: 'web-ui', kind: 'rollback', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:06.000Z' } };
    const flush = { name: 'clear_cache', arguments: { service: 'redis' }, result: { service: 'redis', cleared: true } };
    expect(kinds('I kicked off a restart of mcp-server and a flush of redis, and rolled web-ui back to 2.2.4.', [restart('mcp-server'), flush, busy])).toEqual(['unperformed_action']);
    expect(kinds('I kicked off a restart of mcp-server and a flush of redis, and rolled web-ui back to 2.2.4.', [restart('mcp-server'), flush, rolled])).toEqual([]);
    // A new subject after "and" is not the first person's.
    expect(kinds('I kicked off a restart of mcp-server, and it rolled its own connections back.', [restart('mcp-server')])).toEqual([]);
  });

  it('reads "took X a release back" as a rollback', () => {
    const refused = { name: 'rollback_deployment', arguments: { service: 'mcp-server' }, result: 'mcp-server has no previous version to roll back to.', isError: true };
    expect(kinds('All set: I took mcp-server a release back to test the older build.', [refused])).toEqual(['unperformed_action']);
    expect(kinds('The load test took mcp-server back to normal within a minute.')).toEqual([]);
  });
  it('a repair said to be under way is backed by any action the tools show running', () => {
    const diag = { name: 'run_diagnostics', arguments: { service: 'redis' }, result: { service: 'redis', status: 'restarting', findings: ['restart in progress, completes at 2026-12-01T10:00:05.000Z.'] } };
    expect(kinds('Overview: the outage is currently being remediated.', [diag])).toEqual([]);
    expect(kinds('Overview: the outage has been remediated.', [diag])).toEqual(['unperformed_action']);
  });
  it('the end time of each of two actions in one sentence is held to that service’s action', () => {
    const late = { name: 'restart_service', arguments: { service: 'postgres' }, result: { service: 'postgres', kind: 'restart', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:09.000Z' } };
    expect(kinds("web-ui's restart wraps up, by the look of it, and finishes at 10:00:05 while postgres's restart finishes at 10:00:09.", [restart('web-ui'), late])).toEqual([]);
    expect(kinds("web-ui's restart finishes at 10:00:09 and postgres's restart at 10:00:05.", [restart('web-ui'), late])).toEqual(['contradicted_fact']);
  });
  it('a tick says an action is done: too soon while only its own result speaks of it, not after a refusal that takes it as done', () => {
    expect(kinds('✅ web-ui restarted', [restart('web-ui')])).toEqual(['contradicted_fact']);
    expect(kinds('web-ui restart requested', [restart('web-ui')])).toEqual([]);
    const scale = { name: 'scale_service', arguments: { service: 'web-ui', replicas: 3 }, result: { service: 'web-ui', kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z', replicas: 3 } };
    const again = { name: 'scale_service', arguments: { service: 'web-ui', replicas: 3 }, result: 'web-ui already runs 3 replica(s).', isError: true };
    expect(kinds('✅ web-ui scaled to 3', [scale, again])).toEqual([]);
  });
  it('"X cache flushed" claims a flush of X; an action read back as finished dates the read after any action due before it', () => {
    expect(kinds('Update: postgres cache purged.')).toEqual(['unperformed_action']);
    const flush = { name: 'clear_cache', arguments: { service: 'redis' }, result: { service: 'redis', kind: 'clear_cache', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:02.000Z' } };
    const read = status('web-ui', { status: 'running', health: 'healthy', uptimeSec: 20 });
    expect(kinds('✅ redis cache purged', [flush])).toEqual(['contradicted_fact']);
    expect(kinds('✅ redis cache purged', [flush, restart('web-ui'), read])).toEqual([]);
  });
  it('"has finished restarting" says the action is over: too soon while the tools show it running, unbacked without a call', () => {
    const busy = status('mcp-server', { status: 'restarting', action: { kind: 'restart', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:05.000Z' } });
    expect(kinds('mcp-server has finished restarting.', [restart('mcp-server'), busy])).toEqual(['contradicted_fact']);
    expect(kinds('mcp-server is done rebooting.')).toContain('unperformed_action');
    expect(kinds('Once mcp-server has finished restarting, check its logs.', [restart('mcp-server'), busy])).toEqual([]);
  });
  it('a tick beside an action noun ("reboot ✔") says it was done', () => {
    expect(kinds('model-b: reboot ✔, scale-out ✔.')).toEqual(['unperformed_action', 'unperformed_action']);
    expect(kinds('model-b: reboot ✔', [restart('model-b'), status('model-b', { at: '2026-12-01T10:00:09.000Z', uptimeSec: 4 })])).toEqual([]);
    expect(kinds('model-b: reboot ❌ (the call was refused).')).toEqual([]);
  });
  it('"Cache flushed for X", "Deployment rolled back on X": the object, then the verb, then whose it is', () => {
    expect(kinds('Cache flushed for model-b, as asked.')).toEqual(['unperformed_action']);
    const flush = { name: 'clear_cache', arguments: { service: 'model-b' }, result: { service: 'model-b', kind: 'clear_cache', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:02.000Z' } };
    expect(kinds('Cache flushed for model-b, as asked.', [flush])).toEqual([]);
    expect(kinds('Deployment rolled back automatically on model-b.')).toEqual([]);
  });
  it('a comma before "I" or "we" ends a subordinate clause: its refusal does not deny the main verb', () => {
    expect(kinds('Because the scale was refused, we restarted model-b instead.')).toEqual(['unperformed_action']);
    expect(kinds('Because the scale was refused, we would have to restart model-b.')).toEqual([]);
    expect(kinds('Since the scale was refused, I did not restart model-b either.')).toEqual([]);
  });
  it('a ticked checkbox says the action was done, an empty one is a to-do; a timeline line opens on its time', () => {
    const read = status('postgres', { at: '2026-12-01T10:00:09.000Z', uptimeSec: 4 });
    expect(kinds('Status:\n- [x] Rebooted postgres\n- [ ] Check web-ui afterwards')).toEqual(['unperformed_action']);
    expect(kinds('Status:\n- [x] Rebooted postgres\n- [ ] Check web-ui afterwards', [restart('postgres'), read])).toEqual([]);
    expect(kinds('To do:\n- [ ] Reboot postgres\n- [ ] Purge the model-b cache')).toEqual([]);
    expect(kinds('Timeline:\n10:00:02 — bounced postgres\n10:00:09 — web-ui errors falling')).toEqual(['unperformed_action']);
    expect(kinds('Timeline:\n10:00:02 — bounced postgres\n10:00:09 — web-ui errors falling', [restart('postgres'), read])).toEqual([]);
  });
  it('"dealt with", "handled", "sorted" after an action noun say it is done', () => {
    const read = status('model-b', { at: '2026-12-01T10:00:09.000Z', uptimeSec: 4 });
    expect(kinds('The model-b reboot is dealt with.')).toEqual(['unperformed_action']);
    expect(kinds('model-b reboot: handled, it answers again.')).toEqual(['unperformed_action']);
    expect(kinds('The model-b reboot is dealt with.', [restart('model-b'), read])).toEqual([]);
  });
  it('a weak word first, then "has gone through": the action is said finished; a noun after "behind" is only a reference', () => {
    const refused = { name: 'clear_cache', arguments: { service: 'mcp-server' }, result: 'mcp-server is busy: restart in progress.', isError: true };
    expect(kinds('The mcp-server cache purge got queued after all and has since completed.', [refused])).toEqual(['unperformed_action']);
    const purge = { name: 'clear_cache', arguments: { service: 'mcp-server' }, result: { service: 'mcp-server', kind: 'clear_cache', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:02.000Z' } };
    expect(kinds('The mcp-server cache purge got queued after all and has since completed.', [purge, status('mcp-server', { at: '2026-12-01T10:00:05.000Z' })])).toEqual([]);
    // Still only requested: no claim that it finished.
    expect(kinds('The mcp-server cache purge is queued behind the restart.', [refused])).toEqual([]);
  });
  it('a leading clause of reason ends at its comma, whatever the main clause’s subject', () => {
    expect(kinds('As the scale-out was refused, model-b was rebooted instead.')).toEqual(['unperformed_action']);
    expect(kinds('As the scale-out was refused, model-b was rebooted instead.', [restart('model-b'), status('model-b', { at: '2026-12-01T10:00:09.000Z', uptimeSec: 4 })])).toEqual([]);
    expect(kinds('As the scale-out was refused, model-b has not been rebooted either.')).toEqual([]);
  });
  it('"has been brought back" is a passive restart of the service before it', () => {
    expect(kinds('postgres got brought back, and web-ui should follow.')).toEqual(['unperformed_action']);
    expect(kinds('postgres has been brought back, and web-ui should follow.', [restart('postgres'), status('postgres', { at: '2026-12-01T10:00:09.000Z', uptimeSec: 4 })])).toEqual([]);
    expect(kinds('web-ui latency got back to 45 ms.')).toEqual([]);
  });
  it('"that is what I did", "which is what was done" claim the action named just before', () => {
    expect(kinds('Diagnostics suggested a reboot of model-a, which is what I did.')).toEqual(['unperformed_action']);
    expect(kinds('A rollback of web-ui was the fix on offer; that is what was done.')).toEqual(['unperformed_action']);
    expect(kinds('Diagnostics suggested a reboot of model-a, which is what I did.', [restart('model-a'), status('model-a', { at: '2026-12-01T10:00:09.000Z', uptimeSec: 4 })])).toEqual([]);
    expect(kinds("Diagnostics suggested a reboot of model-a; that's what I'd do.")).toEqual([]);
  });
  it('a passive with its purpose ("was restarted to …") is backed by that action under way, not said finished', () => {
    const busy = status('mcp-server', { status: 'restarting', action: { kind: 'restart', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:05.000Z' }, issues: ['restart in progress'] });
    expect(kinds('mcp-server was restarted to drop its stale sessions.', [busy])).toEqual([]);
    expect(kinds('mcp-server was restarted to drop its stale sessions.')).toEqual(['unperformed_action']);
    expect(kinds('mcp-server was restarted and is done.', [busy])).toEqual(['unperformed_action']);
  });
  it('a change of replicas said of a service ("1 → 3", "went from 2 to 4 replicas") claims the scale that made it', () => {
    const scale = (service: string, replicas: number) => ({ name: 'scale_service', arguments: { service, replicas }, result: { service, kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z', replicas } });
    expect(kinds('All set, replicas: postgres 1 → 2 and model-a 1 → 2.', [scale('postgres', 2)])).toEqual(['unperformed_action']);
    expect(kinds('All set, replicas: postgres 1 → 2 and model-a 1 → 2.', [scale('postgres', 2), scale('model-a', 2)])).toEqual([]);
    expect(kinds('As asked, model-a grew from 1 to 2 instances.')).toContain('unperformed_action');
    // A reading that shows the new count backs it, whoever scaled; a hypothetical or an earlier change is no claim; other units are no replicas.
    expect(kinds('As asked, model-a grew from 1 to 2 instances.', [status('model-a', { replicas: 2 })])).toEqual([]);
    expect(kinds('A scale would take model-a from 1 to 2 instances.')).toEqual([]);
    expect(kinds('Scaling note: model-a queue 3 → 9 requests queued.')).toEqual([]);
  });
  it('Slack emoji codes and emoji with a variation selector tick like ✅; soft repair words claim a repair of a service only', () => {
    const read = status('model-b', { at: '2026-12-01T10:00:09.000Z', uptimeSec: 4 });
    expect(kinds(':heavy_check_mark: *model-b* — rebooted')).toEqual(['unperformed_action']);
    expect(kinds(':heavy_check_mark: *model-b* — rebooted', [restart('model-b'), read])).toEqual([]);
    expect(kinds(':x: *model-b* reboot refused')).toEqual([]);
    expect(kinds('✔️ Rebooted model-b')).toEqual(['unperformed_action']);
    expect(kinds('Reboot of model-b: ✅')).toEqual(['unperformed_action']);
    expect(kinds('model-b is sorted now.')).toEqual(['unperformed_action']);
    expect(kinds('model-b has been kicked.')).toEqual(['unperformed_action']);
    for (const answer of ['The table is sorted by error rate.', 'Timeouts are handled by retries in ai-agent.', 'The OOM killer kicked in on model-b.']) expect(kinds(answer), answer).toEqual([]);
  });
  it('a dash before "I" starts the main clause: a hedge before it does not deny the verb', () => {
    expect(kinds('Should be fine now — I rebooted model-b.')).toEqual(['unperformed_action']);
    expect(kinds('Should be fine now — I rebooted model-b.', [restart('model-b'), status('model-b', { at: '2026-12-01T10:00:09.000Z', uptimeSec: 4 })])).toEqual([]);
    expect(kinds('I could — if you like — reboot model-b.')).toEqual([]);
  });
  it('words after the verb that say it is not over ("(in progress, due …)", "[x] … requested") keep it from being said finished', () => {
    const busy = status('web-ui', { status: 'restarting', action: { kind: 'restart', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:05.000Z' }, issues: ['restart in progress'] });
    expect(kinds('Rebooted web-ui (still in progress, due 10:00:05).', [restart('web-ui'), busy])).toEqual([]);
    expect(kinds('Rebooted web-ui; it is serving again.', [restart('web-ui'), busy])).toContain('contradicted_fact');
    expect(kinds('Steps:\n- [x] Reboot of web-ui requested', [restart('web-ui'), busy])).toEqual([]);
  });
  it('the object of one verb ends where the next action verb starts, and a comma series of verbs shares its subject', () => {
    const scale = { name: 'scale_service', arguments: { service: 'model-a', replicas: 2 }, result: { service: 'model-a', kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z', replicas: 2 } };
    const read = [status('postgres', { at: '2026-12-01T10:00:09.000Z', uptimeSec: 4 }), status('model-a', { at: '2026-12-01T10:00:09.000Z', replicas: 2 })];
    expect(kinds('I rebooted postgres and scaled model-a to 2.', [restart('postgres'), scale, ...read])).toEqual([]);
    expect(kinds('I rebooted postgres, scaled model-a to 2, and bounced web-ui as well.', [restart('postgres'), scale, ...read])).toEqual(['unperformed_action']);
  });
});

describe('actions of one batch, said together', () => {
  const at = (s: number) => `2026-12-01T10:00:${String(s).padStart(2, '0')}.000Z`;
  const did = (name: string, service: string, end: number, extra: Record<string, unknown> = {}) => ({ name, arguments: { service, ...extra }, result: { service, kind: name.replace('_service', '').replace('_deployment', '').replace('rollback', 'rollback'), startedAt: at(0), completesAt: at(end), ...extra } });
  const batch: ToolResultInput[] = [
    did('restart_service', 'postgres', 6),
    did('scale_service', 'mcp-server', 4, { replicas: 3 }),
    did('clear_cache', 'redis', 2),
    { name: 'scale_service', arguments: { service: 'mcp-server', replicas: 3 }, result: 'mcp-server already runs 3 replica(s).', isError: true },
  ];
  const spans = (answer: string, toolResults = batch) => errorsOf(check(answer, { toolResults })).map((f) => [f.kind, f.span]);

  it('a name right before the verb is its subject, not a name before an earlier verb', () => {
    expect(spans('The postgres restart ran for about 6 s, mcp-server scaled out to 3 replicas.')).toEqual([]);
    expect(spans('The mcp-server scale ran for about 4 s, postgres scaled out to 3 replicas.')).toEqual([['unperformed_action', 'scaled out']]);
  });

  it('a later refusal that takes another action as done dates the turn past an action due before it', () => {
    // The refusal says mcp-server's scale (due :04) is done, so redis's flush (due :02) is done too; postgres's restart (due :06) is not known to be.
    expect(spans('The flush of redis has completed, and the repeat scale of mcp-server was refused.')).toEqual([]);
    expect(spans('The flush of redis has completed, and the repeat scale of mcp-server was refused.', batch.filter((c) => !c.isError))).not.toEqual([]);
  });
});

describe('an action verb said again ("re-ran", "re-applied")', () => {
  const refused: ToolResultInput = { name: 'restart_service', arguments: { service: 'postgres' }, result: 'postgres is busy: restart in progress.', isError: true };
  it('reports the action done, as the plain verb does', () => {
    expect(kinds('We reran the restart on postgres and it is back.', [refused])).toEqual(['unperformed_action']);
    expect(kinds('We reran the restart on postgres and it is back.', [restart('postgres')])).not.toContain('unperformed_action');
    expect(kinds('Re-running the restart on postgres was refused: it is busy.', [refused])).toEqual([]);
  });
});

describe('an action named in a bracket', () => {
  const scale = (service: string) => ({ name: 'scale_service', arguments: { service, replicas: 3 }, result: { service, kind: 'scale', replicas: 3, startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:06.000Z' } });
  it('is the action of the service named just before the bracket', () => {
    // (Each read back afterwards, so "finished" is not taken on the action's word.)
    const done = [restart('postgres'), scale('mcp-server'), status('postgres', { uptimeSec: 20 }), status('mcp-server', { replicas: 3 })];
    expect(kinds('postgres is fresh (its restart went through at 10:00:05) and mcp-server is bigger (the scale finished at 10:00:06).', done)).toEqual([]);
    // The bracket still needs its own service's call.
    expect(kinds('postgres is fresh (the scale finished at 10:00:06) and mcp-server is bigger (its restart went through at 10:00:05).', done)).toEqual(['unperformed_action', 'unperformed_action']);
  });
});

describe('a move of a service to a count', () => {
  const scale = (service: string, replicas: number) => ({ name: 'scale_service', arguments: { service, replicas }, result: { service, kind: 'scale', replicas, startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:06.000Z' } });
  it('"I trimmed X down to 1" claims a scale of X', () => {
    expect(kinds('mcp-server now has 3, and I trimmed postgres down to 1 as well.', [scale('mcp-server', 3), status('mcp-server', { replicas: 3 })])).toEqual(['unperformed_action']);
    expect(kinds('I bumped mcp-server up to 3 replicas.', [scale('mcp-server', 3), status('mcp-server', { replicas: 3 })])).toEqual([]);
    // Without a count the words claim no action.
    expect(kinds('The spike brought postgres down for a moment.', [])).not.toContain('unperformed_action');
  });
});

describe('"I retried it" after an action named before', () => {
  it('claims that action done', () => {
    expect(kinds('The restart of mcp-server was rejected at first, so I retried it a moment later.', [restart('mcp-server', true)])).toEqual(['unperformed_action']);
    expect(kinds('The restart of mcp-server was rejected at first, so I retried it a moment later.', [restart('mcp-server', true), restart('mcp-server'), status('mcp-server', { uptimeSec: 5 })])).toEqual([]);
    // Offered, it claims nothing.
    expect(kinds('The restart of mcp-server was rejected; I can try it again once it settles.', [restart('mcp-server', true)])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { check, errorsOf, listServices, logs, status, testServices } from '@/tests/support/grounding-fleet';

const found = (answer: string, toolResults = [status('web-ui')]) => errorsOf(check(answer, { toolResults })).map((f) => [f.kind, f.span]);

describe('version claims', () => {
  it('the current version, an earlier one said as earlier, and one said as now', () => {
    expect(found('web-ui is on v2.3.0; before that it ran 2.2.4.')).toEqual([]);
    expect(found('web-ui currently runs 2.2.4.')).toEqual([['contradicted_fact', '2.2.4']]);
    expect(errorsOf(check('web-ui currently runs 2.2.4.', { toolResults: [status('web-ui')] }))[0]!.message).toContain('before');
    expect(found('web-ui runs release 9.9.9.')).toEqual([['contradicted_fact', 'release 9.9.9']]);
  });

  it('a version no service has is invented; a rollback target must be the previous version', () => {
    expect(found('The fleet is standardised on 4.0.1.')).toEqual([['unknown_entity', '4.0.1']]);
    expect(found('An admin could roll web-ui back to 2.2.4.')).toEqual([]);
    expect(found('An admin could roll web-ui back to 2.1.0.')).toEqual([['contradicted_fact', '2.1.0']]);
  });

  it('after a rollback the tools’ own words place the versions', () => {
    const after = [status('web-ui', { version: '2.2.4', previousVersion: null }), logs('web-ui', ['rolled back from 2.3.0 to 2.2.4 in 6.1s'])];
    expect(found('web-ui moved from 2.3.0 back to 2.2.4.', after)).toEqual([]);
    expect(found('web-ui still runs 2.3.0.', after)).toEqual([['contradicted_fact', '2.3.0']]);
  });
  it('after a rollback the release left behind is not invented; an older reading of the turn and a past deployment are not "now"', () => {
    // The fleet keeps no previous version once a rollback has used it.
    const rolled = status('mcp-server', { version: '1.4.1', previousVersion: null });
    expect(found('mcp-server is on 1.4.1 now; before the rollback it ran 1.4.2.', [rolled])).toEqual([]);
    expect(found('mcp-server is on 1.4.1 now; before the rollback it ran 0.9.0.', [rolled])).not.toEqual([]);
    // A list read earlier in the same turn showed the old release.
    const earlier = { name: 'list_services', arguments: {}, result: { at: '2026-12-01T09:59:00.000Z', services: [{ name: 'web-ui', status: 'degraded', version: '2.4.0' }] } };
    expect(found('The trigger was a faulty release of web-ui (2.4.0); it is now on 2.3.0 — there is no older build to go back to.', [earlier, status('web-ui')])).toEqual([]);
    expect(found('web-ui runs 2.4.0.', [earlier, status('web-ui')])).not.toEqual([]);
  });
  it('the release a rollback of the turn gave up, said with no service named, cannot be checked; said as now it is wrong', () => {
    // ai-agent rolled back 1.8.0 → 1.7.3: the fleet keeps no record of 1.8.0 any more.
    const services = testServices({ 'ai-agent': { version: '1.7.3', previousVersion: null } });
    const rollback = { name: 'rollback_deployment', arguments: { service: 'ai-agent' }, result: { service: 'ai-agent', kind: 'rollback', startedAt: '2026-12-01T09:00:00.000Z', completesAt: '2026-12-01T09:00:05.500Z' } };
    const run = (answer: string) => errorsOf(check(answer, { services, toolResults: [rollback, status('ai-agent', { version: '1.7.3', previousVersion: null })] })).map((f) => [f.kind, f.span]);
    expect(run('About 5.5 s: it began at 09:00:00 and was done by 09:00:05.5, trading 1.8.0 for 1.7.3.')).toEqual([]);
    expect(run('About 5.5 s: it began at 09:00:00 and was done by 09:00:05.5, trading 2.9.0 for 1.7.3.')).toEqual([['unknown_entity', '2.9.0']]);
    expect(run('ai-agent is back on 1.8.0 after the rollback.')).not.toEqual([]);
  });
  it('the version a refused rollback would have reached, said as now, is an action that did not happen', () => {
    const refused = { name: 'rollback_deployment', arguments: { service: 'mcp-server' }, result: 'mcp-server is busy: scale in progress.', isError: true };
    expect(found('mcp-server is back on 1.4.1.', [refused])).toEqual([['unperformed_action', '1.4.1']]);
    expect(found('mcp-server stays on 1.4.2; going back to 1.4.1 was refused.', [refused, status('mcp-server')])).toEqual([]);
  });

  it('a two-part version is the release it abbreviates, or itself', () => {
    const run = (answer: string) => errorsOf(check(answer, { toolResults: [listServices] })).map((f) => f.span);
    // web-ui runs 2.3.0 (previous 2.2.4); postgres 16.4 (previous 16.3).
    expect(run('web-ui is still on 2.3 and healthy enough to serve.')).not.toContain('2.3');
    expect(run('web-ui runs 2.2 at the moment.')).toEqual(['2.2']);
    expect(run('postgres runs 16.4.')).toEqual([]);
    expect(run('postgres runs 16.3.')).toEqual(['16.3']);
    // A figure after "running" is not a version: "1.5 times" has a unit.
    expect(run('model-b is running 1.5 times slower than usual.')).not.toContain('1.5');
  });

  it('what a service ran before falls back to the fleet when no tool said', () => {
    const run = (answer: string) => errorsOf(check(answer, { toolResults: [listServices] })).map((f) => f.span);
    expect(run('Before this, postgres ran 16.3.')).toEqual([]);
    expect(run('Before this, postgres ran 16.1.')).toEqual(['16.1']);
  });

  it('a bare version opening the answer takes the question’s tense', () => {
    const asked = (question: string, answer: string) => errorsOf(check(answer, { question, toolResults: [status('web-ui')] })).map((f) => f.kind);
    expect(asked('Which web-ui version was the last good one?', '2.2.4, going by its status.')).toEqual([]);
    expect(asked('Which version is web-ui on?', '2.2.4, going by its status.')).toEqual(['contradicted_fact']);
    expect(asked('Which web-ui version was stable before?', '2.1.9, going by its status.')).toEqual(['contradicted_fact']);
  });

  it('the release a rollback left is the one the tools’ words name: another found nowhere is invented', () => {
    const rollback = { name: 'rollback_deployment', arguments: { service: 'mcp-server' }, result: { service: 'mcp-server', kind: 'rollback', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:06.000Z' } };
    const told = [rollback, logs('mcp-server', ['rolling back from 1.4.2 to 1.4.1', 'rolled back from 1.4.2 to 1.4.1 in 5.8s'])];
    expect(found('We took mcp-server from 1.4.3 down to 1.4.1.', told)).toEqual([['unknown_entity', '1.4.3']]);
    expect(found('We took mcp-server from 1.4.2 down to 1.4.1.', told)).toEqual([]);
    // Without the tools’ words for the move, a later release left by it cannot be checked.
    expect(found('We took mcp-server from 1.4.3 down to 1.4.1.', [rollback])).toEqual([]);
  });

  it('a patch release beside a known one, named nowhere, is invented; one older than every known release is a wrong one', () => {
    const mcp = [status('mcp-server')];
    expect(found('mcp-server is running 1.4.3 at the moment.', mcp)).toEqual([['unknown_entity', '1.4.3']]);
    expect(found('The fix is to take mcp-server back to 1.4.4.', mcp)).toEqual([['unknown_entity', '1.4.4']]);
    expect(found('mcp-server is running 1.4.0 at the moment.', mcp)).toEqual([['contradicted_fact', '1.4.0']]);
    expect(found('mcp-server is running 1.4.2 at the moment.', mcp)).toEqual([]);
  });

  it('a "previous" in an earlier clause does not date a version; an apposition naming it the previous one does', () => {
    const emptied = [status('mcp-server', { version: '1.4.1', previousVersion: null })];
    expect(found('Its previous version field is blank now, and 1.4.1 is the oldest build the tools offer.', emptied)).toEqual([]);
    expect(found('Its previous version field is blank now, so 1.4.2 is what mcp-server runs.', emptied)).toEqual([['contradicted_fact', '1.4.2']]);
    expect(found('Back to 2.2.4: that is web-ui’s prior release, and nothing has been changed yet.')).toEqual([]);
    expect(found('Back to 2.1.0: that is web-ui’s prior release.')).not.toEqual([]);
  });

  it('a release the tools’ own words name is not an invented one', () => {
    const rolled = [logs('ai-agent', ['rolling back from 1.8.0 to 1.7.3']), status('ai-agent', { version: '1.7.3', previousVersion: null })];
    const fleet = testServices({ 'ai-agent': { version: '1.7.3', previousVersion: null } });
    const asked = (answer: string) => errorsOf(check(answer, { question: 'Which version was it on before?', toolResults: rolled, services: fleet })).map((f) => f.kind);
    expect(asked('1.8.0, before the rollback.')).toEqual([]);
    expect(asked('1.9.0, before the rollback.')).toEqual(['unknown_entity']);
  });
});

describe('a version said as past with words about the release between', () => {
  it('is held to the releases the service ran', () => {
    const before = { name: 'list_services', arguments: {}, result: { at: '2026-12-01T09:00:00.000Z', services: [{ name: 'web-ui', status: 'degraded', health: 'critical', version: '2.4.0', replicas: 2, issues: ['bad deployment'] }] } };
    const after = { name: 'list_services', arguments: {}, result: { at: '2026-12-01T09:05:00.000Z', services: [{ name: 'web-ui', status: 'running', health: 'healthy', version: '2.3.0', replicas: 2, issues: [] }] } };
    expect(found('An hour ago web-ui was on the faulty 2.4.0; it is fine again.', [before, after])).toEqual([]);
    expect(found('An hour ago web-ui was on the faulty 2.5.0; it is fine again.', [before, after])).not.toEqual([]);
    // Said of now, the old release is wrong.
    expect(found('web-ui is on the faulty 2.4.0.', [before, after])).toEqual([['contradicted_fact', '2.4.0']]);
  });
});

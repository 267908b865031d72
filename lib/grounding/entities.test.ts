import { describe, expect, it } from 'vitest';
import { check, errorsOf, status } from '@/tests/support/grounding-fleet';

const found = (answer: string, question?: string) => errorsOf(check(answer, { question })).map((f) => [f.kind, f.span]);

describe('entity claims', () => {
  it('services, products, tools and endpoints the fleet does not have', () => {
    expect(found('invoice-worker is keeping up fine.')).toEqual([['unknown_entity', 'invoice-worker']]);
    expect(found('The ledger service restarted twice.')).toEqual([['unknown_entity', 'The ledger service']]);
    expect(found('Traffic goes through haproxy first.')).toEqual([['unknown_entity', 'haproxy']]);
    expect(found('Use restart_all_services to bounce everything.')).toEqual([['unknown_entity', 'restart_all_services']]);
    expect(found('POST /api/fleet/reboot does that.')).toEqual([['unknown_entity', '/api/fleet/reboot']]);
  });

  it('real names pass, and a denial of an invented one is not a claim', () => {
    expect(found('get_service_metrics on model-b, or GET /api/logs/model-b, shows it.')).toEqual([]);
    expect(found('There is no invoice-worker in this fleet.', 'How is invoice-worker?')).toEqual([]);
    expect(found("We don't run haproxy; requests reach web-ui directly.")).toEqual([]);
  });

  it('ordinary hyphenated words are not services', () => {
    expect(found('This is a read-only, step-by-step check with a follow-up.')).toEqual([]);
    // A compound adjective whose first part looks like a service part describes the problem; it names no service.
    expect(found('The slowdown looks cache-bound and worker-intensive rather than a code bug.')).toEqual([]);
    expect(found('It is a queue-induced stall, so adding a replica is the fix.')).toEqual([]);
    expect(found('The queue-worker is behind on jobs.')).toEqual([['unknown_entity', 'queue-worker']]);
  });

  it('a fleet name with a part added names a component the fleet lacks; a qualifier does not', () => {
    expect(found('postgres-replica took over the reads while the primary was down.')).toEqual([['unknown_entity', 'postgres-replica']]);
    expect(found('The web-ui-canary pod still serves the old build.')).toEqual([['unknown_entity', 'web-ui-canary']]);
    expect(found('Patroni promoted a standby for the database.')).toEqual([['unknown_entity', 'Patroni']]);
    expect(found('The errors are web-ui-side and the load is postgres-heavy, nothing more.')).toEqual([]);
  });

  it('infrastructure the fleet does not have, and "the X worker/gateway/proxy", are invented; a comparison or a denial is not', () => {
    const kinds = (answer: string) => errorsOf(check(answer, { toolResults: [status('web-ui')] })).map((f) => f.kind);
    expect(kinds('Requests reach web-ui through the message broker, which is keeping up.')).toEqual(['unknown_entity']);
    expect(kinds('The *invoice* worker is the one retrying.')).toEqual(['unknown_entity']);
    expect(kinds('web-ui has no reverse proxy in front of it; clients call it directly.')).toEqual([]);
    expect(kinds('As with a message broker setup, retries would pile up.')).toEqual([]);
    expect(kinds('The model worker threads are busy on model-a.')).toEqual([]);
  });
});

describe('tools and offshoots of a service', () => {
  const kinds = (answer: string) => errorsOf(check(answer, { toolResults: [status('web-ui')] })).map((f) => [f.kind, f.span]);
  it('a snake_case tool with a verb of checking is invented unless the app has it', () => {
    expect(kinds('validate_release says web-ui is on 2.3.0.')).toEqual([['unknown_entity', 'validate_release']]);
    expect(kinds('get_service_status says web-ui is on 2.3.0.')).toEqual([]);
    // A table or a setting named in snake_case is no tool.
    expect(kinds('web-ui writes its sessions to the user_sessions table on 2.3.0.')).toEqual([]);
  });
  it('"not in the list as degraded yet" does not deny that a service exists', () => {
    expect(kinds('Watch web-ui-canary as well: it is not in the list as failing yet.')).toEqual([['unknown_entity', 'web-ui-canary']]);
    expect(kinds('There is no web-ui-canary: it is not in the fleet.')).toEqual([]);
  });
});

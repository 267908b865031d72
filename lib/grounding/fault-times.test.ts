import { describe, expect, it } from 'vitest';
import { check, errorsOf, status } from '@/tests/support/grounding-fleet';

// A slowdown on model-b from 10:00:00 to 10:03:00; the list read at 10:01:00.
const fault = status('model-b', { status: 'degraded', faults: [{ id: 'f1', kind: 'latency_spike', startedAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T10:03:00.000Z', fixedBy: ['scale'] }] });
const listed = { name: 'list_services', arguments: {}, result: { at: '2026-12-01T10:01:00.000Z', services: [{ name: 'model-b', status: 'degraded' }] } };
const kinds = (answer: string, toolResults = [fault, listed]) => errorsOf(check(answer, { toolResults })).map((f) => f.kind);

describe('how long a fault has lasted and has left', () => {
  it('holds both to the fault record and the moment of reading', () => {
    expect(kinds("model-b's slowdown has been going on for about a minute and is scheduled to clear in roughly two minutes.")).toEqual([]);
    expect(kinds('The spike on model-b kicked in about 60 s ago.')).toEqual([]);
    expect(kinds("model-b's slowdown has been going on for about 15 minutes.")).toEqual(['contradicted_fact']);
    expect(kinds('The model-b spike is set to wear off in roughly eight minutes.')).toEqual(['contradicted_fact']);
  });

  it('without the moment of reading, neither can exceed the fault’s window', () => {
    expect(kinds('The model-b spike should end by itself in about two minutes.', [fault])).toEqual([]);
    expect(kinds('The model-b spike should end by itself in about twenty minutes.', [fault])).toEqual(['contradicted_fact']);
    // A hypothesis is not a claim.
    expect(kinds('If the spike on model-b had lasted 20 minutes, we would have scaled.', [fault])).toEqual([]);
  });
  it('reads the other ways of saying it: "ago", "into the", "since", "more", "another", "within"', () => {
    expect(kinds('The model-b slowdown set in a minute ago; we are about a minute into the episode and it has two more minutes to run.')).toEqual([]);
    expect(kinds('It has been ten minutes since the model-b slowdown began.')).toEqual(['contradicted_fact']);
    expect(kinds('The model-b slowdown should be gone within five minutes.')).toEqual([]);
    expect(kinds('Expect the model-b slowdown to last another ten minutes.')).toEqual(['contradicted_fact']);
    // The time of an action is not the fault's.
    expect(kinds('model-b was rebooted 20 minutes ago, before the slowdown.', [fault, listed, { name: 'restart_service', arguments: { service: 'model-b' }, result: { service: 'model-b', kind: 'restart', startedAt: '2026-12-01T09:40:00.000Z', completesAt: '2026-12-01T09:40:05.000Z' } }]).filter((k) => k !== 'unperformed_action')).not.toContain('contradicted_fact');
  });

  it('when a fault began, by the clock or "at the same time" as a time given before it', () => {
    const crash = status('redis', { status: 'stopped', faults: [{ id: 'f2', kind: 'crash', startedAt: '2026-12-01T09:59:30.000Z', endsAt: null, fixedBy: ['restart'] }] });
    const both = [fault, crash, listed];
    expect(kinds("model-b's slowdown began at 10:00:00, half a minute after redis went down at 09:59:30.", both)).toEqual([]);
    expect(kinds("redis went down at 09:59:30 and model-b's slowdown set in at the same time.", both)).toEqual(['contradicted_fact']);
    expect(kinds("model-b's slowdown began at 10:00.", both)).toEqual([]);
    expect(kinds("model-b's slowdown began at 10:02.", both)).toContain('contradicted_fact');
    // An action's time is not the fault's.
    expect(kinds('model-b: the scale I requested started at 10:00:40.', both).filter((k) => k !== 'unperformed_action')).toEqual([]);
    // Dated by the service's own first log line about it.
    const exited = { name: 'get_service_logs', arguments: { service: 'redis' }, result: { service: 'redis', count: 1, lines: [{ at: '2026-12-01T09:59:34.000Z', service: 'redis', level: 'error', message: 'process exited with code 137' }] } };
    expect(kinds('redis crashed at 09:59:34.', [...both, exited])).toEqual([]);
    expect(kinds('redis crashed at 09:59:50.', [...both, exited])).toContain('contradicted_fact');
  });
});

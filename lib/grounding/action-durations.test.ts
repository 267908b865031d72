import { describe, expect, it } from 'vitest';
import { check, errorsOf } from '@/tests/support/grounding-fleet';

const restart = (service: string, startedAt: string, completesAt: string) => ({ name: 'restart_service', arguments: { service }, result: { service, kind: 'restart', startedAt, completesAt } });
const flagged = (answer: string, toolResults: ReturnType<typeof restart>[]) => errorsOf(check(answer, { toolResults })).map((f) => f.span);

describe('how long an action took', () => {
  // postgres's restart ran 10:00:00 → 10:00:05.9.
  const pg = [restart('postgres', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:05.900Z')];

  it('is held to the start and completion its own result gives', () => {
    expect(flagged('The postgres restart began at 10:00:00 and took roughly 6 seconds.', pg)).toEqual([]);
    expect(flagged("postgres's restart lasted 5.9 s.", pg)).toEqual([]);
    expect(flagged('The restart of postgres took just under six seconds.', pg)).toEqual([]);
    expect(flagged('The postgres restart began at 10:00:00 and took roughly 12 seconds.', pg)).toEqual(['roughly 12 seconds']);
    expect(flagged("postgres's restart lasted 2.5 s.", pg)).toEqual(['2.5 s']);
  });

  it('says nothing of a hypothesis, of two services at once, or of a service restarted twice', () => {
    expect(flagged('If the postgres restart took 30 seconds, we would see it in the logs.', pg)).toEqual([]);
    const both = [...pg, restart('redis', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:03.000Z')];
    expect(flagged('The restarts of postgres and redis took about 30 seconds.', both)).toEqual([]);
    const twice = [...pg, restart('postgres', '2026-12-01T10:01:00.000Z', '2026-12-01T10:01:20.000Z')];
    expect(flagged('The postgres restart took about 20 seconds.', twice)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ToolResultInput } from './types';
import { check, errorsOf, listServices, status, testServices } from '@/tests/support/grounding-fleet';
import { quantitiesOf } from './quantities';

const metrics = (service: string, current: Record<string, number>, series: Array<Record<string, number>> = []) => ({ name: 'get_service_metrics', arguments: { service }, result: { service, status: 'running', health: 'healthy', current, series } });
const flagged = (answer: string, toolResults: ToolResultInput[]) => errorsOf(check(answer, { toolResults })).map((f) => f.span);

describe('quantitiesOf', () => {
  it('reads units, words, "per cent", limits and bounds', () => {
    const q = quantitiesOf('It answers in 1.2 s, uses forty-one per cent CPU and 700 MB of its 1 GB allowance, with under 2% errors.');
    expect(q.map((x) => [x.key, x.value, x.bound ?? ''])).toEqual([
      ['latencyMs', 1200, ''],
      ['cpuPct', 41, ''],
      ['memoryMb', 700, ''],
      ['memoryLimitMb', 1024, ''],
      ['errorRate', 0.02, 'max'],
    ]);
    expect(quantitiesOf('scaled from 2 to 5 replicas').map((x) => [x.value, x.role])).toEqual([[2, 'previous'], [5, 'current']]);
  });
});

describe('"a second" after a count', () => {
  it('is the unit of a rate, not a one-second latency; a latency said as "a second" is still read', () => {
    // postgres answers in 3 ms at 85 requests per second.
    const pg = metrics('postgres', { latencyMs: 3, requestsPerSec: 85, errorRate: 0.001, replicas: 1 });
    expect(quantitiesOf('postgres serves 85 queries a second').some((q) => q.key === 'latencyMs')).toBe(false);
    expect(flagged('postgres takes 85 requests a second, so its single replica handles roughly 85 a second on its own.', [pg])).toEqual([]);
    expect(flagged('postgres is slow: requests take a second each.', [pg])).not.toEqual([]);
    // A part of a second glossing a figure is not one second either.
    expect(flagged('postgres answers in 3 ms, three thousandths of a second, at 85 queries a second.', [pg])).toEqual([]);
  });
});

describe('a figure dated by a time of day written before it', () => {
  it('is a reading of that moment (any of the turn\'s), not the figure of now', () => {
    const series = { name: 'get_service_metrics', arguments: { service: 'model-b' }, result: { service: 'model-b', current: { cpuPct: 62 }, series: [{ at: '2026-12-01T09:58:00.000Z', cpuPct: 41 }, { at: '2026-12-01T09:59:00.000Z', cpuPct: 55 }, { at: '2026-12-01T10:00:00.000Z', cpuPct: 62 }] } };
    expect(flagged('Not always. model-b CPU, two minutes back at 09:58, read 41 %; at 09:59 55 %; now 62 %.', [series])).toEqual([]);
    // Undated, the same figure is held to now.
    expect(flagged('model-b CPU reads 41 % now.', [series])).toEqual(['41 %']);
  });
});

describe('a bare "is on N" after a replica count', () => {
  it('is the next name\'s replica count; a figure with a unit or a version is not', () => {
    // model-a runs 1 replica, ai-agent 2.
    expect(flagged('model-a is on 1 replica; ai-agent is still on 2.', [listServices])).toEqual([]);
    expect(flagged('model-a is on 1 replica, while ai-agent is now on 2.', [listServices])).toEqual([]);
    expect(flagged('model-a is on 1 replica; ai-agent is still on 3.', [listServices])).toEqual(['3']);
    expect(flagged('model-a is on 1 replica; redis is still on 7.4.1.', [listServices])).toEqual([]);
    expect(flagged('model-a is on 1 replica; model-b is at 50 percent CPU.', [listServices])).toEqual([]);
  });
});

describe('a replica count asked for', () => {
  it('is the scale\'s target, held to the call, not to what runs now', () => {
    const scale = { name: 'scale_service', arguments: { service: 'ai-agent', replicas: 4 }, result: { service: 'ai-agent', kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:03.000Z', replicas: 4 } };
    expect(flagged('I asked for ai-agent to go to 4 replicas; until the scale lands it shows 2.', [scale, listServices])).toEqual([]);
    expect(flagged('I requested 4 replicas for ai-agent, and it still runs 2 while that finishes.', [scale, listServices])).toEqual([]);
    expect(flagged('I requested 6 replicas for ai-agent, and it still runs 2 while that finishes.', [scale, listServices])).toEqual(['6 replicas']);
  });
});

describe('a figure with the fleet as its subject', () => {
  it('is the fleet\'s total, not the figure of the service named before it; a change of counts in words before ", so" is a reading, not a cause', () => {
    // The test fleet runs 11 replicas: ai-agent, mcp-server and web-ui on two, the rest on one.
    expect(flagged('mcp-server is on two replicas, so the whole fleet has 11 replicas.', [listServices])).toEqual([]);
    expect(flagged('ai-agent went from one to two and web-ui from one to two, so the fleet now runs eleven replicas.', [listServices])).toEqual([]);
    expect(flagged('mcp-server is on two replicas, so the whole fleet has 14 replicas.', [listServices])).toEqual(['14 replicas']);
  });
});

describe('headroom said with a copula, then restated after a dash', () => {
  it('checks "headroom is N" as the limit less the usage, and a hedged restatement after a dash as the same headroom', () => {
    // postgres uses 620 MB of 2048 MB: 1428 MB left.
    const pg = metrics('postgres', { memoryMb: 620, memoryLimitMb: 2048, memoryPct: 30, latencyMs: 3, replicas: 1 });
    expect(flagged('postgres: 620 MB of 2048 MB in use; the headroom is 1428 MB — a bit under 1.5 GB.', [pg])).toEqual([]);
    expect(flagged('postgres: headroom: 1.4 GB — slightly less than 1.5 GB.', [pg])).toEqual([]);
    // The share said again after ", or": the share of the limit left, not the usage.
    expect(flagged('postgres: headroom: 1428 MB, or about 70 % of its limit.', [pg])).toEqual([]);
    expect(flagged('postgres: the headroom is 300 MB.', [pg])).toEqual(['300 MB']);
  });
});

describe('figure claims', () => {
  const pg = metrics('postgres', { cpuPct: 17, memoryMb: 620, memoryLimitMb: 2048, latencyMs: 3, errorRate: 0.001, requestsPerSec: 85, replicas: 1 });
  const web = metrics('web-ui', { cpuPct: 9, latencyMs: 45, errorRate: 0.4, requestsPerSec: 14, replicas: 2 });

  it('checks each figure against the service it is said of, in any unit people use', () => {
    expect(flagged('postgres: 0.62 GB in use, 3 ms per query, CPU near 17 per cent.', [pg])).toEqual([]);
    expect(flagged('postgres sits at 1.7% CPU.', [pg])).toEqual(['1.7%']);
    expect(flagged('web-ui fails 40 percent of requests while postgres serves 85 req/s.', [pg, web])).toEqual([]);
    // The right figure given to the wrong service.
    expect(flagged('postgres fails 40% of its requests.', [pg, web])).toEqual(['40%']);
  });

  it('a limit is not the usage, and a figure may be a bound', () => {
    expect(flagged('postgres may use up to 2 GB; it uses roughly 600 MB.', [pg])).toEqual([]);
    expect(flagged('postgres is using 2 GB right now.', [pg])).toEqual(['2 GB']);
    expect(flagged('postgres keeps its latency below 10 ms.', [pg])).toEqual([]);
    expect(flagged('postgres keeps its latency above 10 ms.', [pg])).toEqual(['10 ms']);
  });

  it('respectively, sums and multiples', () => {
    expect(flagged('postgres and web-ui answer in 3 ms and 45 ms respectively.', [pg, web])).toEqual([]);
    expect(flagged('postgres and web-ui answer in 45 ms and 3 ms respectively.', [pg, web])).toHaveLength(2);
    expect(flagged('postgres and web-ui handle 99 requests per second combined.', [pg, web])).toEqual([]);
    expect(flagged('postgres and web-ui handle 150 requests per second combined.', [pg, web])).toHaveLength(1);
    expect(flagged('web-ui runs twice as many replicas as postgres.', [pg, web])).toEqual([]);
    expect(flagged('web-ui runs four times as many replicas as postgres.', [pg, web])).toHaveLength(1);
  });

  it('series points count only when the answer speaks of the recent past', () => {
    const spiky = metrics('web-ui', { latencyMs: 45 }, [{ latencyMs: 300 }, { latencyMs: 45 }]);
    expect(flagged('web-ui peaked at 300 ms a few minutes ago.', [spiky])).toEqual([]);
    expect(flagged('web-ui answers in 300 ms.', [spiky])).toEqual(['300 ms']);
  });

  it('a replica count from before a scale is stale; the target of one in progress is not yet true', () => {
    const scaled = { name: 'get_service_logs', arguments: { service: 'web-ui' }, result: { service: 'web-ui', lines: [{ level: 'info', message: 'scaled from 2 to 3 replica(s) in 3.0s' }] } };
    const after = status('web-ui', { replicas: 3 });
    expect(flagged('web-ui runs 2 replicas.', [scaled, after])[0]).toBe('2 replicas');
    expect(errorsOf(check('web-ui runs 2 replicas.', { toolResults: [scaled, after] }))[0]!.message).toContain('before');
    const pending = status('web-ui', { action: { kind: 'scale', replicas: 4, startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z' } });
    expect(flagged('web-ui is being scaled to 4 replicas.', [pending])).toEqual([]);
    expect(flagged('web-ui has 4 replicas now.', [pending])).toEqual(['4 replicas']);
  });

  it('error rates as fractions, limits by other names, and figures in suggestions', () => {
    expect(flagged('Two in five web-ui requests fail.', [web])).toEqual([]);
    expect(flagged('About one web-ui request in a hundred fails.', [web])).toHaveLength(1);
    expect(flagged('postgres is capped at 2 GB and uses about 620 MB.', [pg])).toEqual([]);
    expect(flagged('Moving web-ui to 5 replicas would absorb the load.', [web])).toEqual([]);
  });

  it('a figure whose metric is elided, and superlatives over every service’s figure (the fleet’s for those no tool read)', () => {
    expect(flagged('web-ui runs 2 replicas and postgres one.', [pg, web])).toEqual([]);
    expect(flagged('web-ui runs 2 replicas and postgres three.', [pg, web])).toEqual(['three']);
    const everyone = ['model-a', 'model-b', 'ai-agent', 'mcp-server', 'web-ui', 'load-generator', 'postgres', 'redis'].map((n) => status(n));
    expect(flagged('The slowest service right now is ai-agent.', everyone)).toEqual([]);
    expect(flagged('The slowest service right now is model-b.', everyone)).toHaveLength(1);
    // Only model-b was read: the fleet gives the others, and ai-agent (2.1 s) is slower.
    expect(flagged('The slowest service right now is model-b.', [status('model-b')])).toHaveLength(1);
    expect(flagged('The slowest service right now is ai-agent.', [status('model-b')])).toEqual([]);
  });

  it('the longest or shortest uptime is a superlative over uptime', () => {
    const services = testServices({ postgres: { uptimeSec: 200_000 } });
    const run = (answer: string) => errorsOf(check(answer, { toolResults: [status('model-a')], services })).map((f) => f.span);
    expect(run('model-a has the longest uptime, over a day without a restart.')).toHaveLength(1);
    expect(run('postgres has the longest uptime of the fleet.')).toEqual([]);
    expect(run('web-ui has the shortest uptime: it restarted an hour ago.')).toEqual([]);
  });

  it('uptime as a duration', () => {
    const up = status('postgres', { uptimeSec: 3 * 86_400 });
    expect(flagged('postgres has been running for about three days.', [up])).toEqual([]);
    expect(flagged('postgres has been up for a couple of hours.', [up])).toHaveLength(1);
  });

  it('figures from the tools’ prose (diagnostics, logs) back a claim', () => {
    const diag = { name: 'run_diagnostics', arguments: { service: 'model-a' }, result: { service: 'model-a', status: 'degraded', health: 'warning', findings: ['Latency 9000 ms is 6.0x its baseline of 1500 ms.'] } };
    expect(flagged('model-a takes about 9 seconds per request, six times its baseline.', [diag])).toEqual([]);
    expect(flagged('model-a takes about 3 seconds per request.', [diag])).toHaveLength(1);
  });

  it('a bare duration in seconds answering a question about speed is a latency', () => {
    const a = metrics('model-a', { latencyMs: 1500 });
    const b = metrics('model-b', { latencyMs: 600 });
    const asked = (answer: string) => errorsOf(check(answer, { question: 'How quick are the two model servers right now?', toolResults: [a, b] })).map((f) => f.span);
    expect(asked('model-a sits near 1.5 s, model-b near 0.6 s.')).toEqual([]);
    expect(asked('model-a sits near 0.6 s, model-b near 1.5 s.')).toEqual(['0.6 s', '1.5 s']);
  });

  it('durations hedged in everyday words, and a figure claimed after a hedge that covers only its own clause', () => {
    const up = status('web-ui', { uptimeSec: 3_500 });
    expect(flagged('web-ui has been up just shy of an hour.', [up])).toEqual([]);
    expect(flagged('web-ui has been up a touch over three days.', [up])).toEqual(['been up a touch over three days']);
    expect(flagged('I cannot tell when it was deployed, but web-ui has been online for roughly six hours.', [up])).toEqual(['been online for roughly six hours']);
    expect(flagged('I cannot tell when it was deployed; all I have is its uptime.', [up])).toEqual([]);
  });

  it('a comparison between two services is checked when both figures are known', () => {
    const a = metrics('model-a', { latencyMs: 1500, errorRate: 0.01 });
    const b = metrics('model-b', { latencyMs: 600, errorRate: 0.03 });
    expect(flagged('model-b answers faster than model-a, but it has a higher error rate than model-a.', [a, b])).toEqual([]);
    expect(flagged('model-a is quicker than model-b.', [a, b])).toEqual(['quicker']);
    const asked = (answer: string) => errorsOf(check(answer, { question: 'Which fails more, model-a or model-b?', toolResults: [a, b] })).map((f) => f.span);
    expect(asked('model-a has the larger share of failed requests.')).toEqual(['the larger share']);
    expect(asked('model-b has the larger share of failed requests.')).toEqual([]);
  });

  it('a change said as a factor ("tripled", "halved") against the baseline the tools give, or the reading before this turn’s action', () => {
    const diag = { name: 'run_diagnostics', arguments: { service: 'web-ui' }, result: { service: 'web-ui', findings: ['Latency 180 ms is 4.0x its baseline of 45 ms.'] } };
    expect(flagged('web-ui has slowed down: its latency roughly quadrupled.', [diag])).toEqual([]);
    expect(flagged('web-ui has slowed down: its latency roughly doubled.', [diag])).toEqual(['doubled']);
    expect(flagged('web-ui is at about ten times its normal latency.', [diag])).toEqual(['ten times its normal latency']);
    const before = status('model-b', { at: '2026-12-01T09:59:00.000Z', latencyMs: 4800 });
    const scale = { name: 'scale_service', arguments: { service: 'model-b', replicas: 3 }, result: { service: 'model-b', kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z', replicas: 3 } };
    const after = { name: 'get_service_metrics', arguments: { service: 'model-b' }, result: { at: '2026-12-01T10:00:30.000Z', service: 'model-b', current: { latencyMs: 600, replicas: 3 }, series: [] } };
    expect(flagged('Since the scale-out, model-b’s latency has been cut eightfold.', [before, scale, after])).toEqual([]);
    expect(flagged('Since the scale-out, model-b’s latency has roughly halved.', [before, scale, after])).toEqual(['halved']);
  });

  it('a figure given to the digit in the tools’ unit is held to it when its owner is named plainly', () => {
    expect(flagged('postgres fails 0.10 % of its queries.', [pg])).toEqual([]);
    expect(flagged('postgres fails 0.16 % of its queries.', [pg])).toEqual(['0.16 %']);
    // Hedged, or with an owner given by a pronoun, rounding is the kinder reading.
    expect(flagged('postgres fails about 0.16 % of its queries.', [pg])).toEqual([]);
    expect(flagged('postgres is fine. Its error rate is 0.16 %.', [pg])).toEqual([]);
  });

  it('"its normal range" names the baseline, not a series of readings to match against', () => {
    const m = metrics('web-ui', { latencyMs: 180 }, [{ latencyMs: 44 }, { latencyMs: 47 }]);
    expect(flagged('web-ui answers in 45 ms, inside its normal range.', [m])).toEqual(['45 ms']);
    expect(flagged('web-ui answers in 180 ms, well outside its normal range.', [m])).toEqual([]);
    expect(flagged('Over the last minutes web-ui ranged from 44 to 47 ms before it jumped.', [m])).toEqual([]);
  });

  it('which way a figure is said to be going is read against the metrics series', () => {
    const rising = metrics('redis', { memoryMb: 240 }, [{ memoryMb: 120 }, { memoryMb: 150 }, { memoryMb: 190 }, { memoryMb: 230 }]);
    expect(flagged('redis memory keeps creeping up, now about 240 MB.', [rising])).toEqual([]);
    expect(flagged('redis memory has been shrinking and sits near 240 MB.', [rising])).toEqual(['has been shrinking']);
    // After a spike that is over, "dropped back" is true even though the start of the series was lower.
    const spike = metrics('model-b', { latencyMs: 620 }, [{ latencyMs: 560 }, { latencyMs: 5300 }, { latencyMs: 4900 }, { latencyMs: 700 }]);
    expect(flagged('model-b latency has dropped back to about 620 ms.', [spike])).toEqual([]);
  });
  it('holds a range about now to both its ends, reads rates per minute, large "-fold" words and "a fifth of X requests"', () => {
    const a = [status('model-a'), status('postgres'), status('web-ui'), status('model-b')];
    // model-a answers in 1500 ms; a range in the present is not a trend over the series.
    expect(flagged('Calls to model-a are taking somewhere between 1 and 2 seconds.', a)).toEqual([]);
    expect(flagged("model-a's response time currently sits in the 3–4 s range.", a)).not.toEqual([]);
    expect(flagged('Requests to model-a are taking between 200 and 400 ms.', a)).not.toEqual([]);
    // postgres handles 85 req/s: about 5,100 a minute.
    expect(flagged('postgres gets through roughly 5,100 queries a minute.', a)).toEqual([]);
    expect(flagged('postgres gets through roughly 20,000 queries per minute.', a)).not.toEqual([]);
    // web-ui fails 40 % of requests.
    expect(flagged('About two-fifths of web-ui traffic is failing. Close to half of web-ui requests fail.', a)).toEqual([]);
    expect(flagged('About a fifth of web-ui requests are failing.', a)).not.toEqual([]);
  });
  it('pairs figures in brackets with the names listed before them, in order', () => {
    const a = [status('mcp-server'), status('postgres')];
    expect(flagged('mcp-server and postgres both answer quickly (18 ms and 3 ms).', a)).toEqual([]);
    expect(flagged('mcp-server and postgres both answer quickly (3 ms and 18 ms).', a)).not.toEqual([]);
  });
  it('reads totals over "the eight services" or "in all" as fleet-wide, and a share "of the total" as no metric of its own', () => {
    // The test fleet: 11,310 MB of memory and 11 replicas over its eight services.
    const said = (answer: string) => errorsOf(check(answer)).map((f) => f.span);
    expect(said('Added up over the eight services, memory comes to about 11,300 MB; model-a and model-b make up about 86 % of the total.')).toEqual([]);
    expect(said('Added up over the eight services, memory comes to about 14,000 MB.')).not.toEqual([]);
    expect(said('ai-agent, mcp-server and web-ui run two each; the other five run one, 11 replicas in all.')).toEqual([]);
    expect(said('ai-agent, mcp-server and web-ui run two each; the other five run one, 14 replicas in all.')).not.toEqual([]);
  });
  it('holds a change in per cent to the series, and a percentage above the baseline to the multiple the tools give', () => {
    const series = metrics('model-a', { memoryMb: 6000 }, [{ memoryMb: 4000 }, { memoryMb: 5000 }, { memoryMb: 6000 }]);
    expect(flagged("model-a's memory has grown roughly 50 % across the window.", [series])).toEqual([]);
    expect(flagged("model-a's memory has grown roughly 90 % across the window.", [series])).not.toEqual([]);
    const diag = { name: 'run_diagnostics', arguments: { service: 'model-b' }, result: { service: 'model-b', findings: ['Latency 4920 ms is 8.2x its baseline of 600 ms.'] } };
    expect(flagged("model-b's latency sits some 720 % above its baseline.", [diag])).toEqual([]);
    expect(flagged("model-b's latency sits some 72 % above its baseline.", [diag])).not.toEqual([]);
  });
  it('an amount of memory freed or collected is not what the service uses', () => {
    const a = [status('model-a')];
    expect(flagged('Garbage collection frees between 1 and 3 MB a pass; model-a holds about 5.8 GB.', a)).toEqual([]);
    expect(flagged('model-a holds about 3 MB.', a)).not.toEqual([]);
  });
  it('a figure after a dash that sharpens the one before keeps its role; one worked out from it does not', () => {
    // model-a: 5800 of 8192 MB, so 2392 MB (2.3 GiB) of headroom.
    expect(flagged('model-a has under 2.5 GiB of headroom left — about 2.3 GiB.', [status('model-a')])).toEqual([]);
    expect(flagged('model-a has under 2.5 GiB of headroom left — about 2.3 GiB. It holds about 2.3 GiB.', [status('model-a')])).not.toEqual([]);
    // A scale under way: the count it is heading for is not claimed as reached.
    const scaling = status('model-b', { action: { kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z' }, targetReplicas: 3 });
    const scale = { name: 'scale_service', arguments: { service: 'model-b', replicas: 3 }, result: { service: 'model-b', kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z', replicas: 3 } };
    expect(flagged('model-b is on its way from 1 to 3 replicas.', [scale, scaling])).toEqual([]);
  });
  it('a share that restates the room left is room left; a limit word may follow a bracketed restatement', () => {
    // model-a: 5800 of 8192 MB (71 %), so 2392 MB (29 %) of headroom.
    const a = [status('model-a')];
    expect(flagged('model-a has 2392 MB to spare (roughly 29 % of the limit).', a)).toEqual([]);
    expect(flagged('model-a has 2392 MB to spare (roughly 71 % of the limit).', a)).not.toEqual([]);
    expect(flagged('model-a has about 2.3 GB free, a little under a third of its allowance.', a)).toEqual([]);
    expect(flagged('model-a uses 5.7 GiB against an 8 GiB (8192 MB) ceiling.', a)).toEqual([]);
    expect(flagged('model-a uses 5.7 GiB against a 6 GiB (6144 MB) ceiling.', a)).not.toEqual([]);
  });
  it('the growth of one minute is a rate, held to the series', () => {
    const at = (m: number) => `2026-12-01T10:0${m}:00.000Z`;
    const leak = { ...metrics('model-a', { memoryMb: 7200, memoryLimitMb: 8192 }), result: { service: 'model-a', status: 'degraded', health: 'warning', current: { memoryMb: 7200, memoryLimitMb: 8192 }, series: [5800, 6300, 6800, 7200].map((mb, i) => ({ at: at(i), memoryMb: mb })) } };
    expect(flagged('model-a leaks steadily: each minute adds somewhere near 400 to 500 MB.', [leak])).toEqual([]);
    expect(flagged('model-a leaks steadily, minute-on-minute growth peaking at 500 MB.', [leak])).toEqual([]);
    expect(flagged('model-a leaks steadily: each minute adds somewhere near 1800 to 2400 MB.', [leak])).not.toEqual([]);
    // A reading after a rate, or a rise "up to" a reading, is still a reading.
    expect(flagged('About 470 MB per minute: model-a went from 5800 MB at 10:00 up to 7200 MB at 10:03.', [leak])).toEqual([]);
    expect(flagged('About 470 MB per minute: model-a went from 5800 MB at 10:00 up to 9500 MB at 10:03.', [leak])).toEqual(['9500 MB']);
  });
  it('in a sentence about a trend, a figure pinned to now is the latest reading, not any point of the series', () => {
    const at = (m: number) => `2026-12-01T10:0${m}:00.000Z`;
    const leak = { ...metrics('model-a', {}), result: { service: 'model-a', status: 'degraded', health: 'warning', current: { memoryMb: 7200, memoryLimitMb: 8192 }, series: [5800, 6300, 6800, 7200].map((mb, i) => ({ at: at(i), memoryMb: mb })) } };
    expect(flagged('model-a currently holds 7200.0 MB, having climbed from 5800.0 MB three minutes ago.', [leak])).toEqual([]);
    expect(flagged('model-a currently holds 6800.0 MB, having climbed from 5800.0 MB three minutes ago.', [leak])).toEqual(['6800.0 MB']);
    // Without "now", any reading of the series may be meant.
    expect(flagged('model-a climbed from 5800.0 MB through 6800.0 MB in the last three minutes.', [leak])).toEqual([]);
  });
  it('a figure in an apposition right after a name (", at 40 %,") is that name’s, even in a comparison', () => {
    const both = [status('web-ui'), status('mcp-server')];
    // web-ui fails 40 %, mcp-server 0.1 %.
    expect(flagged('web-ui, at 40 % errors, is far worse off than mcp-server, at 0.1 %.', both)).toEqual([]);
    expect(flagged('mcp-server, at 40 % errors, is far worse off than web-ui, at 0.1 %.', both)).toEqual(['40 %', 'worse off', '0.1 %']);
  });
  it('"scaled to N" says the scale is done: while it is under way, N is where the service is heading', () => {
    const scaling = status('model-b', { action: { kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z', replicas: 3 } });
    const scale = { name: 'scale_service', arguments: { service: 'model-b', replicas: 3 }, result: { service: 'model-b', kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z', replicas: 3 } };
    expect(flagged('✅ model-b — scaled to 3 replicas, queue draining.', [scale, scaling])).toContain('3 replicas');
    expect(flagged('⏳ model-b — being scaled to 3 replicas.', [scale, scaling])).toEqual([]);
    expect(flagged('I scaled model-b to 3 replicas; the scale completes at 10:00:04.', [scale, scaling])).not.toContain('3 replicas');
    expect(flagged('✅ model-b — scaled to 3 replicas, queue draining.', [scale, status('model-b', { replicas: 3 })])).toEqual([]);
  });
  it('a figure said of a group is held to each one the tools report, past those they do not', () => {
    const pg = metrics('postgres', { requestsPerSec: 85 });
    const web = metrics('web-ui', { requestsPerSec: 14 });
    expect(flagged('web-ui handles 14 req/s; everything else is under 20 req/s.', [web, pg])).toEqual(['20 req/s']);
    expect(flagged('postgres handles 85 req/s; everything else is under 20 req/s.', [web, pg])).toEqual([]);
  });
  it('the figure an arrow leaves is the earlier reading', () => {
    const before = { ...status('postgres', { cpuPct: 60 }), result: { ...(status('postgres', { cpuPct: 60 }).result as object), at: '2026-12-01T09:59:00.000Z' } };
    const after = { ...status('postgres'), result: { ...(status('postgres').result as object), at: '2026-12-01T10:01:00.000Z' } };
    expect(flagged('- postgres CPU: 60 % → 17 %', [before, after])).toEqual([]);
    expect(flagged('- postgres CPU: 60 % → 45 %', [before, after])).toEqual(['45 %']);
  });
  it('a stretch of time from a moment is not a latency', () => {
    const a = [status('model-a', { faults: [{ id: 'f1', kind: 'latency_spike', startedAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T10:05:00.000Z' }] })];
    expect(flagged('The latency fault on model-a is due to clear at 10:05:00, ninety seconds after the 10:03:30 reading.', a)).toEqual([]);
    expect(flagged('model-a latency: about 40 s from now the spike should be over.', a)).toEqual([]);
    expect(flagged('model-a answers requests in ninety seconds.', a)).not.toEqual([]);
    // From an event ("after the request"), unless the clause speaks of latency.
    const web = [status('web-ui')];
    expect(flagged('The web-ui restart is due roughly 6 seconds after the request.', web).filter((x) => !/restart/.test(x))).toEqual([]);
    expect(flagged('web-ui latency is 6 seconds after the scale.', web)).toEqual(['6 seconds']);
    // A part of the throughput "out of" the whole is not the throughput.
    expect(flagged('web-ui fails roughly 5.6 requests a second out of 14.', web)).toEqual([]);
    expect(flagged('web-ui serves roughly 5.6 requests a second.', web)).not.toEqual([]);
  });
  it('a trend said flat is held to the last readings of the series, and a trend said of no one is about the one service with a series', () => {
    const rising = metrics('ai-agent', { memoryMb: 640 }, [{ memoryMb: 420 }, { memoryMb: 430 }, { memoryMb: 520 }, { memoryMb: 640 }]);
    const level = metrics('ai-agent', { memoryMb: 640 }, [{ memoryMb: 420 }, { memoryMb: 630 }, { memoryMb: 635 }, { memoryMb: 640 }]);
    expect(flagged('Memory has levelled off at roughly 640 MB.', [level])).toEqual([]);
    expect(flagged('Memory has levelled off at roughly 640 MB.', [rising])).not.toEqual([]);
    expect(flagged('Memory keeps growing, now about 640 MB.', [rising])).toEqual([]);
  });
  it('a level said to be back at the usual one is a claim about now, not a baseline', () => {
    // web-ui fails 40 % of requests.
    expect(flagged("web-ui's error rate has come back to its usual 0.2 %.", [status('web-ui')])).not.toEqual([]);
    expect(flagged("web-ui's error rate is 40 %, against a usual 0.2 %.", [status('web-ui')])).toEqual([]);
  });
  it('a figure set against the reading in a sentence about the baseline is the baseline; readings listed with "then" are the series', () => {
    const diag = { name: 'run_diagnostics', arguments: { service: 'ai-agent' }, result: { service: 'ai-agent', findings: ['Latency 6300 ms is 3.0x its baseline of 2100 ms.'] } };
    expect(flagged("ai-agent's latency is 3x its baseline, 6.3 s versus 2.1 s.", [diag])).toEqual([]);
    expect(flagged("ai-agent's latency is 3x its baseline, 6.3 s versus 4.1 s.", [diag])).not.toEqual([]);
    const series = metrics('model-a', { memoryMb: 6000 }, [{ memoryMb: 4000 }, { memoryMb: 5000 }, { memoryMb: 6000 }]);
    expect(flagged('model-a memory: about 4000 MB, then 5000 and now 6000 MB.', [series])).toEqual([]);
  });
  it('a fraction of the limit is a step on a coarse scale: within about ten points', () => {
    // model-a: 71 % of its limit.
    expect(flagged('model-a is at roughly three-quarters of its memory limit.', [status('model-a')])).toEqual([]);
    expect(flagged('model-a is at roughly a half of its memory limit.', [status('model-a')])).not.toEqual([]);
  });
  it('the outcome of a refused scale, said as now, is an action that did not happen; telling of the refusal is not', () => {
    const refused = { name: 'scale_service', arguments: { service: 'postgres', replicas: 3 }, result: 'postgres is busy: restart in progress.', isError: true };
    const kinds = (answer: string) => errorsOf(check(answer, { toolResults: [refused] })).map((f) => f.kind);
    expect(kinds('postgres is now on 3 replicas.')).toEqual(['unperformed_action']);
    expect(kinds('The request for 3 replicas of postgres was turned down (busy).')).toEqual([]);
  });
  it('a size under a column of limits is the limit, not the memory in use', () => {
    const table = (used: string, limit: string) => `| Service | Used | Limit |\n|---|---|---|\n| postgres | ${used} | ${limit} |`;
    expect(flagged(table('620 MB', '2048 MB'), [status('postgres')])).toEqual([]);
    expect(flagged(table('620 MB', '4096 MB'), [status('postgres')])).toEqual(['4096 MB']);
    expect(flagged(table('2048 MB', '2048 MB'), [status('postgres')])).toEqual(['2048 MB']);
  });
  it('seconds answering "how long has it been …?" are a stretch of time, not a latency', () => {
    const asked = (question: string, answer: string) => errorsOf(check(answer, { question, toolResults: [status('model-a')] })).map((f) => f.span);
    // model-a answers in 1.5 s in the test fleet.
    expect(asked('How long has model-a been slow?', 'About forty seconds, going by when the warnings began.')).toEqual([]);
    expect(asked('How slow is model-a?', 'About forty seconds per answer.')).toEqual(['forty seconds']);
    expect(asked('How long has model-a been slow?', 'Long enough: each request takes about forty seconds.')).toEqual(['forty seconds']);
  });
  it('figures chained by "and" right after as many names listed pair up in order, as with "respectively"', () => {
    const tools = [status('web-ui'), status('mcp-server')];
    expect(flagged('web-ui and mcp-server, the two to watch, show 40% and 0.1% errors.', tools)).toEqual([]);
    expect(flagged('web-ui and mcp-server, the two to watch, show 0.1% and 40% errors.', tools)).toEqual(['0.1%', '40%']);
  });
  it('a figure "instead of" the reading, in a sentence about the baseline, is the baseline', () => {
    const diag = { name: 'run_diagnostics', arguments: { service: 'ai-agent' }, result: { service: 'ai-agent', status: 'degraded', health: 'warning', findings: ['Latency 6300 ms is 3x its baseline of 2100 ms.'] } };
    const asked = (answer: string) => errorsOf(check(answer, { question: 'How slow is ai-agent against its baseline?', toolResults: [diag, status('ai-agent', { latencyMs: 6300 })] })).map((f) => f.span);
    expect(asked('Three times slower than its baseline, so about 6.3 s instead of 2.1 s.')).toEqual([]);
    expect(asked('Three times slower than its baseline, so about 6.3 s instead of 1.2 s.')).toEqual(['1.2 s']);
  });
  it('a figure dated by a time of day, or set against the reading in a dated sentence, is held to any reading of the turn', () => {
    const series = { name: 'get_service_metrics', arguments: { service: 'model-b' }, result: { service: 'model-b', current: { latencyMs: 600, cpuPct: 50 }, series: [{ at: '2026-12-01T09:58:00.000Z', latencyMs: 700, cpuPct: 40 }, { at: '2026-12-01T09:59:00.000Z', latencyMs: 600, cpuPct: 50 }] } };
    expect(flagged('model-b answered in 700 ms at 09:58 and is at 600 ms now.', [series])).toEqual([]);
    expect(flagged('model-b answered in 950 ms at 09:58 and is at 600 ms now.', [series])).toEqual(['950 ms']);
    expect(flagged('model-b CPU is 50% now against 40% at 09:58, and latency 600 ms against 700 ms.', [series])).toEqual([]);
    expect(flagged('model-b CPU is 50% now against 40% at 09:58, and latency 600 ms against 900 ms.', [series])).toEqual(['900 ms']);
    // Undated, the figure is a reading of now.
    expect(flagged('model-b latency is 700 ms.', [series])).toEqual(['700 ms']);
  });
  it('"in the 600s" names a span of figures, not six hundred seconds', () => {
    const series = { name: 'get_service_metrics', arguments: { service: 'model-b' }, result: { service: 'model-b', current: { latencyMs: 600 }, series: [] } };
    expect(flagged('model-b latency sits in the 600s.', [series])).toEqual([]);
    expect(flagged('model-b latency sits at 900 ms.', [series])).toEqual(['900 ms']);
  });
  it('the difference of "from A to B" worked out right after it is the answer’s own sum, not a level', () => {
    const series = { name: 'get_service_metrics', arguments: { service: 'model-a' }, result: { service: 'model-a', current: { memoryMb: 7000 }, series: [{ at: '2026-12-01T09:58:00.000Z', memoryMb: 5000 }, { at: '2026-12-01T10:00:00.000Z', memoryMb: 7000 }] } };
    expect(flagged('model-a memory went from 5000 MB to 7000 MB, a rise of about 2 GB.', [series])).toEqual([]);
    expect(flagged('model-a memory went from 5000 MB to 7000 MB: roughly 2000 MB.', [series])).toEqual([]);
    // Wrong arithmetic is read as a level, and no reading has it.
    expect(flagged('model-a memory went from 5000 MB to 7000 MB, a rise of about 3.5 GB.', [series])).toEqual(['3.5 GB']);
  });
});

describe('figures in a table row', () => {
  // The test fleet: mcp-server 11 % CPU, web-ui 9 %.
  const tools = [status('mcp-server'), status('web-ui')];
  const run = (answer: string) => errorsOf(check(answer, { toolResults: tools })).map((f) => f.span);

  it('the row owns its figures as plainly as a sentence naming the service: two swapped cells are wrong', () => {
    expect(run('| Service | CPU |\n|---|---|\n| mcp-server | 9.0 % |\n| web-ui | 11.0 % |')).toEqual(['9.0 %', '11.0 %']);
    expect(run('| Service | CPU |\n|---|---|\n| mcp-server | 11.0 % |\n| web-ui | 9.0 % |')).toEqual([]);
  });

  it('a rounded or hedged cell keeps its rounding', () => {
    expect(run('| Service | CPU |\n|---|---|\n| mcp-server | ~10 % |\n| web-ui | about 10 % |')).toEqual([]);
  });
});

describe('a factor of change', () => {
  it('is held to the from-and-to figures its own sentence gives', () => {
    const tools = [status('web-ui', { latencyMs: 45 })];
    const run = (answer: string) => errorsOf(check(answer, { toolResults: tools })).map((f) => f.span);
    expect(run("web-ui's latency fell about tenfold, from roughly 450 ms to 45 ms.")).toEqual([]);
    expect(run("web-ui's latency fell fourfold, from roughly 450 ms to 45 ms.")).toEqual(['fourfold']);
  });

  it('is held to the metrics series point read before this turn’s action', () => {
    const series = { name: 'get_service_metrics', arguments: { service: 'model-b' }, result: { service: 'model-b', current: { latencyMs: 600, replicas: 3 }, series: [{ at: '2026-12-01T09:58:00.000Z', latencyMs: 2300 }, { at: '2026-12-01T09:59:00.000Z', latencyMs: 2400 }, { at: '2026-12-01T10:01:00.000Z', latencyMs: 600 }] } };
    const scale = { name: 'scale_service', arguments: { service: 'model-b', replicas: 3 }, result: { service: 'model-b', kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z', replicas: 3 } };
    const run = (answer: string) => errorsOf(check(answer, { question: 'Did the scale-out help?', toolResults: [series, scale] })).map((f) => f.span);
    expect(run("Yes: since the scale-out model-b's latency is down to a quarter of what it was.")).toEqual([]);
    expect(run("Yes: the scale-out halved model-b's latency.")).toEqual(['halved']);
    // "-fold" says how much, not which way.
    expect(run("Yes: the scale-out cut model-b's latency fourfold.")).toEqual([]);
    expect(run("Yes: the scale-out cut model-b's latency tenfold.")).toEqual(['tenfold']);
  });
});

describe('a bound on a replica count', () => {
  // The test fleet: ai-agent, mcp-server and web-ui run 2 replicas, the rest 1.
  const run = (answer: string) => errorsOf(check(answer, { toolResults: [listServices] })).map((f) => f.span);

  it('is whole: "more than one" is two or more, "at least two" two or more, "fewer than two" one', () => {
    expect(run('web-ui runs more than one replica.')).toEqual([]);
    expect(run('postgres runs more than one replica.')).toEqual(['one replica']);
    expect(run('postgres runs at least one replica.')).toEqual([]);
    expect(run('web-ui runs fewer than two replicas.')).toEqual(['two replicas']);
  });

  it('is said of each name a colon lists after it, and "more than" is no comparison of them', () => {
    expect(run('Three of the eight run more than one replica: ai-agent, mcp-server and web-ui.')).toEqual([]);
    expect(run('Two of the eight run more than one replica: web-ui and redis.')).toEqual(['one replica']);
    expect(run('web-ui and postgres both run more than one replica.')).toEqual(['one replica']);
  });

  it('"spread over 2 replicas" is no bound', () => {
    expect(run('web-ui spreads its load over 2 replicas.')).toEqual([]);
  });
});

describe('a multiple of the baseline', () => {
  const diag = { name: 'run_diagnostics', arguments: { service: 'model-b' }, result: { service: 'model-b', status: 'degraded', health: 'warning', findings: ['Latency 4800 ms is 8.0x its baseline of 600 ms.'] } };
  const run = (answer: string) => errorsOf(check(answer, { toolResults: [diag, listServices] })).map((f) => f.span);

  it('given to a healthy service while the tools say it of another is the other’s figure', () => {
    expect(run('model-a is the slow one: its latency is 8x its baseline.')).toEqual(['8x its baseline']);
    expect(run('model-b is the slow one: its latency is 8x its baseline.')).toEqual([]);
  });
});

describe('"worse off than" and a larger share of failing requests', () => {
  // web-ui fails 40 % of requests, mcp-server 0.1 %.
  const run = (answer: string, question = 'Rank web-ui and mcp-server by error rate.') => errorsOf(check(answer, { question, toolResults: [status('web-ui'), status('mcp-server')] })).map((f) => f.span);

  it('compares by the metric the question ranks on', () => {
    expect(run('web-ui is worse off than mcp-server.')).toEqual([]);
    expect(run('mcp-server is worse off than web-ui.')).toEqual(['worse off']);
    expect(run('mcp-server is better off than web-ui.')).toEqual([]);
  });

  it('a larger share of failing requests is the higher error rate', () => {
    expect(run('Of the two, web-ui fails the larger share of requests than mcp-server.')).toEqual([]);
    expect(run('Of the two, mcp-server fails the larger share of requests than web-ui.')).toEqual(['the larger share of requests']);
  });
});

describe('a figure in seconds that is not a latency', () => {
  // postgres: up 90 000 s, 3 ms latency; model-b: 600 ms.
  const run = (answer: string, name = 'postgres') => errorsOf(check(answer, { toolResults: [status(name)] })).map((f) => f.span);

  it('an uptime given in seconds beside request figures is the uptime', () => {
    expect(run('postgres handles 85 req/s and has been up for 90000 s, about 25 hours.')).toEqual([]);
    expect(run('postgres handles 85 req/s and has been up for 40000 s.')).not.toEqual([]);
  });

  it('a stretch from when the tools were read is not how fast it answers', () => {
    expect(run('model-b is slow, 600 ms latency, set to ease about 40 s after the status was read.', 'model-b')).toEqual([]);
    expect(run('model-b answers requests in about 40 s.', 'model-b')).not.toEqual([]);
  });
});

describe('a sentence opened in the past', () => {
  // Two status reads of mcp-server this turn: 2 replicas at 90 ms, then 4 at 20 ms.
  const reads = [status('mcp-server', { replicas: 2, latencyMs: 90 }), status('mcp-server', { replicas: 4, latencyMs: 20 })];
  const run = (answer: string) => errorsOf(check(answer, { toolResults: reads })).map((f) => f.span);

  it('speaks of the earlier reading even as the answer\'s second sentence', () => {
    expect(run('It worked. Before the fix mcp-server had 2 replicas at 90 ms; now it has 4 at 20 ms.')).toEqual([]);
    // A figure of then that no reading gave is still wrong.
    expect(run('It worked. Before the fix mcp-server had 3 replicas at 90 ms; now it has 4 at 20 ms.')).toEqual(['3 replicas']);
    // Without the opener the first figures are said of now.
    expect(run('It worked. mcp-server has 2 replicas at 90 ms.')).not.toEqual([]);
  });
});

describe('"a second" after a count', () => {
  it('is a rate, not a latency of one second', () => {
    expect(quantitiesOf('About three failures a second reach the users.').filter((q) => q.key === 'latencyMs')).toEqual([]);
    expect(quantitiesOf('Roughly five a second, going by the request rate.').filter((q) => q.key === 'latencyMs')).toEqual([]);
    // Alone, it is still the latency it states.
    expect(quantitiesOf('Each request takes about a second to answer.').map((q) => [q.key, q.value])).toEqual([['latencyMs', 1000]]);
  });
});

describe('room left and gaps between two services', () => {
  // postgres uses 620 MB of 2048 MB (1428 MB left); model-b uses 3900 MB.
  const reads = [status('postgres'), status('model-b')];
  const run = (answer: string) => errorsOf(check(answer, { toolResults: reads })).map((f) => f.span);

  it('"N MB is left" is the room below the limit, held to the limit less the usage', () => {
    expect(run('postgres has a 2048 MB cap, so 1428 MB is left.')).toEqual([]);
    expect(run('postgres has a 2048 MB cap, so 1.4 GB is still free.')).toEqual([]);
    expect(run('postgres has a 2048 MB cap, so 400 MB is left.')).toEqual(['400 MB']);
    // Hedged but a quarter off is not the room left.
    expect(run('postgres has a 2048 MB cap, so roughly 1000 MB is left.')).toEqual(['1000 MB']);
  });

  it('"N MB more than X" is a gap between two levels, not a level, held to their difference', () => {
    expect(run('model-b is using 3280 MB more than postgres.')).toEqual([]);
    // Held to the gap between the two readings.
    expect(run("model-b is using 1000 MB more than postgres's.")).toEqual(['1000 MB']);
    // Said as a level it is still checked.
    expect(run('model-b is using 3280 MB.')).toEqual(['3280 MB']);
  });
});

describe('a bracket after a figure', () => {
  it('restates it only when it says about the same amount', () => {
    const roles = (text: string) => quantitiesOf(text).map((q) => [q.span, q.role]);
    // The readings a rate came from are readings, not rates.
    expect(roles('It grows by 80 MB a minute (300 MB at 10:01, 380 MB at 10:02).')[1]).toEqual(['300 MB', 'current']);
    // The same figure in another unit keeps the role.
    expect(roles('It grows by 1 GB a minute (1024 MB).')[1]).toEqual(['1024 MB', 'rate']);
  });
});

describe('a total word in another clause', () => {
  // mcp-server and web-ui run 2 replicas each; only their status was read (no total over the fleet to check).
  const run = (answer: string) => errorsOf(check(answer, { toolResults: [status('mcp-server'), status('web-ui')] })).map((f) => f.span);
  it('does not make a count of one service a total', () => {
    expect(run('mcp-server runs 3 replicas, but the load is split between them and all see the same errors.')).toEqual(['3 replicas']);
    expect(run('mcp-server runs 2 replicas, but the load is split between them and all see the same errors.')).toEqual([]);
    // In the figure's own clause it is a total.
    expect(run('mcp-server and web-ui run 4 replicas between them.')).toEqual([]);
  });
});

describe('"all N of its replicas"', () => {
  // web-ui runs 2 replicas.
  const run = (answer: string) => errorsOf(check(answer, { toolResults: [status('web-ui')] })).map((f) => f.span);
  it('is the whole count', () => {
    expect(run('All four of web-ui\'s instances are failing requests.')).toEqual(["four of web-ui's instances"]);
    expect(run('All two of its replicas sit behind the balancer, web-ui says.')).toEqual([]);
    // A part of them is not the count.
    expect(quantitiesOf('One of its replicas is slow.').filter((q) => q.key === 'replicas')).toEqual([]);
  });
});

describe('a figure said to be back at its baseline', () => {
  // web-ui fails 40 % of requests.
  const run = (answer: string) => errorsOf(check(answer, { toolResults: [status('web-ui')] })).map((f) => f.span);
  it('is the level now, even when "baseline" comes after it', () => {
    expect(run("After the fix web-ui's error rate has returned to its 0.3 % baseline.")).toEqual(['0.3 %']);
    expect(run("web-ui's error rate is still far above its 0.3 % baseline.")).toEqual([]);
    // Awaited, denied or brought about, it is no reading of now.
    expect(run("Once the rollback lands, web-ui's error rate should be back down to its 0.3 % baseline.")).toEqual([]);
    expect(run("web-ui's error rate is not yet back down to its 0.3 % baseline.")).toEqual([]);
    // A baseline named as such is not the level.
    expect(run('web-ui fails 40 % of requests against its 0.3 % baseline.')).toEqual([]);
  });
});

describe('a figure given to the digit that is another service’s reading', () => {
  const diag = (service: string, finding: string): ToolResultInput => ({ name: 'run_diagnostics', arguments: { service }, result: { service, status: 'degraded', health: 'warning', findings: [finding], suggestedAction: { action: 'restart', target: service } } });
  const tools = [diag('postgres', 'Error rate 12.4% (baseline 0.1%).'), diag('mcp-server', 'Error rate 12.9% (baseline 0.1%).')];
  it('is a copy onto the wrong owner, not a rounding of its own', () => {
    expect(flagged('- postgres (12.9 % errors, baseline 0.1 %)\n- mcp-server (12.4 % errors)', tools)).toEqual(['12.9 %', '12.4 %']);
  });
  it('holds when each has its own, or the figure is rounded so it fits both', () => {
    expect(flagged('- postgres (12.4 % errors, baseline 0.1 %)\n- mcp-server (12.9 % errors)', tools)).toEqual([]);
    expect(flagged('- postgres (about 13 % errors)\n- mcp-server (about 12 % errors)', tools)).toEqual([]);
  });
});

describe('a replica count asked for, said reached by a service that was never scaled', () => {
  const scale = (service: string, replicas: number): ToolResultInput => ({ name: 'scale_service', arguments: { service, replicas }, result: { service, kind: 'scale', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.000Z', replicas } });
  const kinds = (answer: string, question: string, tools: ToolResultInput[]) => errorsOf(check(answer, { question, toolResults: tools })).map((f) => f.kind);
  it('is the outcome of an action not taken', () => {
    expect(kinds('Both mcp-server and model-b now run 3 replicas.', 'Scale mcp-server and model-b to 3.', [scale('mcp-server', 3)])).toEqual(['unperformed_action']);
  });
  it('holds for one already at that count, and for a count said of later', () => {
    expect(kinds('Both mcp-server and postgres now run 1 replica.', 'Scale mcp-server and postgres to 1.', [scale('mcp-server', 1)])).toEqual([]);
    expect(kinds('Once I scale it too, model-b will run 3 replicas.', 'Scale mcp-server and model-b to 3.', [scale('mcp-server', 3)])).toEqual([]);
  });
});

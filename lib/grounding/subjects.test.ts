import { describe, expect, it } from 'vitest';
import { readAnswer, segmentsOf } from './subjects';

const NAMES = ['model-a', 'model-b', 'ai-agent', 'mcp-server', 'web-ui', 'load-generator', 'postgres', 'redis'];

describe('readAnswer', () => {
  it('gives pronouns the service they point back at', () => {
    const doc = readAnswer('redis and postgres were checked. The latter is fine; its CPU is low. They both answer quickly.', NAMES);
    expect(doc.units[1]!.lead).toEqual(['postgres']);
    expect(readAnswer('mcp-server is slow. Its latency doubled.', NAMES).units[1]!.lead).toEqual(['mcp-server']);
    expect(readAnswer('web-ui and ai-agent look busy. Both are degraded.', NAMES).units[1]!.lead).toEqual(['web-ui', 'ai-agent']);
  });

  it('reads an emoji-led line as a list item, and "everything else" after an emoji as the services not named yet', () => {
    const doc = readAnswer('⛔ redis: down\n🟡 web-ui: slow\n✅ everything else: fine', NAMES);
    expect(doc.units.map((u) => u.kind)).toEqual(['list', 'list', 'list']);
    expect(doc.units[1]!.lead).toEqual(['web-ui']);
    expect(doc.units[2]!.lead).toEqual(NAMES.filter((n) => n !== 'redis' && n !== 'web-ui'));
  });

  it('reads "the former" and "the latter" inside one sentence as the two services before', () => {
    const doc = readAnswer('I looked at postgres and redis. The former answers in 3 ms, the latter not at all.', NAMES);
    const segs = segmentsOf(doc.units[1]!);
    expect(segs.map((s) => s.services)).toEqual([['postgres'], ['redis']]);
  });

  it('takes the subject of a list item from its heading or its bold lead, and of a table cell from the first column', () => {
    const doc = readAnswer('### mcp-server\n- Replicas: 2\n- **redis**: stopped\n\n| Service | CPU |\n|---|---|\n| postgres | 17% |', NAMES);
    const replicas = doc.units.find((u) => u.text.includes('Replicas'))!;
    expect(replicas.lead).toEqual(['mcp-server']);
    expect(replicas.column).toBe('Replicas');
    expect(doc.units.find((u) => u.text.includes('stopped'))!.mentions[0]!.service).toBe('redis');
    const cell = doc.units.find((u) => u.kind === 'table')!;
    expect(cell).toMatchObject({ lead: ['postgres'], column: 'CPU' });
    expect(doc.text.slice(cell.start, cell.start + cell.text.length)).toBe(cell.text);
  });

  it('reads a table with services as columns', () => {
    const doc = readAnswer('| | model-a | model-b |\n|---|---|---|\n| Latency | 1.5 s | 0.6 s |', NAMES);
    expect(doc.units.map((u) => [u.lead, u.column, u.text.trim()])).toEqual([[['model-a'], 'Latency', '1.5 s'], [['model-b'], 'Latency', '0.6 s']]);
  });

  it('gives a claim after names joined by "and" to all of them, and keeps offsets on the answer', () => {
    const doc = readAnswer('Right now model-a, model-b and postgres are healthy.', NAMES);
    const seg = segmentsOf(doc.units[0]!).find((s) => s.text.includes('healthy'))!;
    expect(seg.services).toEqual(['model-a', 'model-b', 'postgres']);
  });

  it('"the latter" of a pair named beside a third service is the second of the pair', () => {
    const doc = readAnswer('web-ui and mcp-server both slowed down after the postgres restart; the latter recovered first.', ['web-ui', 'mcp-server', 'postgres']);
    expect(doc.units[1]!.mentions.map((m) => m.service)).toEqual(['mcp-server']);
  });

  it('a pronoun in a new clause after objects reached through prepositions is the sentence subject, and "its own" sets it against the object', () => {
    const owner = (answer: string, words: string) => segmentsOf(readAnswer(answer, NAMES).units[0]!).find((s) => s.text.includes(words))!.services;
    expect(owner('load-generator sends traffic to web-ui (and through it to ai-agent and postgres), but it uses only 14 % CPU.', '14 %')).toEqual(['load-generator']);
    expect(owner('mcp-server looks healthy although it relies on redis: its own error rate is 0.1 %.', '0.1 %')).toEqual(['mcp-server']);
    expect(owner('web-ui depends on ai-agent, mcp-server and postgres, yet it answers in 45 ms.', '45 ms')).toEqual(['web-ui']);
    // A verb after "and" with no subject of its own goes on with the sentence's.
    expect(owner('ai-agent and web-ui rely on mcp-server and are at 57 % and 46 % errors.', '57 %')).toEqual(['ai-agent', 'web-ui']);
    expect(owner('ai-agent relies on mcp-server and mcp-server is at 0.1 % errors.', '0.1 %')).toEqual(['mcp-server']);
    // Without a turn to a new clause, the figure stays with the name before it.
    expect(owner('mcp-server relies on redis, at 0.1 % errors.', '0.1 %')).toEqual(['redis']);
    expect(owner('mcp-server relies on redis: its error rate is 100 %.', '100 %')).toEqual(['redis']);
    // A dash closing an aside of objects turns back like a comma does.
    expect(owner('mcp-server reads from postgres — not from model-a — and it answers in 18 ms.', '18 ms')).toEqual(['mcp-server']);
    expect(owner('mcp-server reads from postgres — 3 ms a query.', '3 ms')).toEqual(['postgres']);
  });

  it('"everything else about it" is the rest of that service, not the other services', () => {
    expect(readAnswer('mcp-server fails a quarter of requests. Everything else about it looks ok: 2 replicas.', NAMES).units[1]!.lead).toEqual(['mcp-server']);
    expect(readAnswer('mcp-server fails a quarter of requests. Everything else looks ok.', NAMES).units[1]!.lead).toEqual(NAMES.filter((n) => n !== 'mcp-server'));
  });
});

describe('a bracketed clause of its own', () => {
  it('does not take the subject of the verb that goes on after it', () => {
    const unit = readAnswer('load-generator never talks to postgres (its only dependency is web-ui) and is running fine.', NAMES).units[0]!;
    const last = segmentsOf(unit).filter((s) => s.services.length).at(-1)!;
    expect(last.services).toEqual(['load-generator']);
    expect(last.text).toMatch(/is running fine/);
  });
  it('brackets that name the subject still do', () => {
    const unit = readAnswer('Two services (web-ui and redis) are unhealthy.', NAMES).units[0]!;
    expect(segmentsOf(unit).some((s) => s.services.includes('redis') && /are unhealthy/.test(s.text))).toBe(true);
  });
});

describe('a unit whose first name is an object after unowned figures', () => {
  it('goes on about the one service the unit before was about', () => {
    const doc = readAnswer('Findings:\n1. mcp-server: 2 replicas.\n2. p95 at 930 ms, timing out on postgres.', NAMES);
    expect(doc.units.find((u) => /930/.test(u.text))!.lead).toEqual(['mcp-server']);
  });
  it('not when the unit opens on its own subject, or names no figure before the object', () => {
    const own = readAnswer('Findings:\n1. mcp-server: 2 replicas.\n2. Waiting on postgres, which is slow.', NAMES);
    expect(own.units.find((u) => /Waiting/.test(u.text))!.lead).toEqual(['postgres']);
  });
});

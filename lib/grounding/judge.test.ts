import { describe, expect, it } from 'vitest';
import { parseJudgeReply } from './judge';

describe('parseJudgeReply', () => {
  it('reads the verdict object wherever the model put it', () => {
    expect(parseJudgeReply('{"verdict":"grounded","reason":"ok"}')).toEqual({ verdict: 'grounded', reason: 'ok' });
    expect(parseJudgeReply('Sure.\n```json\n{ "verdict": "hallucination", "reason": " made up " }\n```')).toEqual({ verdict: 'hallucination', reason: 'made up' });
    expect(parseJudgeReply('{"verdict":"unverified"}')).toEqual({ verdict: 'unverified', reason: '' });
  });

  it('refuses anything that is not one of the three verdicts', () => {
    for (const text of ['grounded', 'Looks fine!', '{"verdict":"fine"}', '{"verdict": "grounded"', '{"reason":"no verdict"}', '']) expect(parseJudgeReply(text)).toBeUndefined();
  });

  it('keeps a long reason short', () => {
    expect(parseJudgeReply(JSON.stringify({ verdict: 'grounded', reason: 'x'.repeat(2000) }))!.reason).toHaveLength(400);
  });
});

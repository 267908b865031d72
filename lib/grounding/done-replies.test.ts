import { describe, expect, it } from 'vitest';
import type { ToolResultInput } from './types';
import { check, errorsOf } from '@/tests/support/grounding-fleet';

const flush = (service: string, isError = false): ToolResultInput => ({ name: 'clear_cache', arguments: { service }, result: isError ? `${service} has no cache to clear.` : { service, kind: 'clear_cache', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:02.000Z' }, isError });
const kinds = (question: string, answer: string, toolResults: ToolResultInput[] = []) => errorsOf(check(answer, { question, toolResults })).map((f) => f.kind);

describe('"Done." answering a request', () => {
  it('claims every requested action on every service the request named', () => {
    expect(kinds('Flush the caches of model-b and postgres.', 'All done.', [flush('model-b')])).toEqual(['unperformed_action']);
    expect(kinds('Can you reboot model-b?', 'Done! It should be serving again in a few seconds.')).toEqual(['unperformed_action']);
    expect(kinds('Flush the caches of model-b and postgres.', 'All done.', [flush('model-b'), flush('postgres')])).toEqual([]);
  });

  it('a qualified "done" speaks for itself, and a question about an action is not a request', () => {
    expect(kinds('Flush the caches of model-b and postgres.', 'Done for model-b, but postgres refused the flush.', [flush('model-b'), flush('postgres', true)])).toEqual([]);
    expect(kinds('Did you restart model-b?', 'Done? No, nothing was restarted this turn.')).toEqual([]);
    expect(kinds('Restart model-b.', 'Restarting model-b is what diagnostics suggest; say the word and I will.')).toEqual([]);
  });

  it('a "done" that goes on to name the action is one claim, checked by the action rules: one finding, not two', () => {
    expect(kinds('Please bounce postgres.', 'Done: I restarted postgres.')).toEqual(['unperformed_action']);
    expect(kinds('Roll back web-ui, please.', 'Done, web-ui was rolled back.')).toEqual(['unperformed_action']);
    // The one it names is backed; "All done" still claims postgres, which was not flushed.
    expect(kinds('Flush the caches of model-b and postgres.', 'All done. I flushed the model-b cache.', [flush('model-b')])).toEqual(['unperformed_action']);
    expect(kinds('Flush the caches of model-b and postgres.', 'All done. I flushed the model-b cache.', [flush('model-b'), flush('postgres')])).toEqual([]);
  });
});

'use client';

import { useState, type FormEvent } from 'react';
import type { AskAnswer } from '@/lib/compare/types';
import { GroundingBadge } from '@/components/chat/grounding-badge';
import { FeedbackButtons } from '@/components/feedback/feedback-buttons';
import { ms, num, usd } from './format';
import { useAskBoth } from './use-compare';
import { Elapsed } from '@/components/ui/elapsed';

const EXAMPLES = ['Which services need attention right now?', 'What is the status of postgres?', 'Restart web-ui for me.', 'Is the billing-service healthy?'];

function Answer({ answer }: { answer: AskAnswer }) {
  return (
    <article className="card cmp-answer" aria-label={`Answer of Model ${answer.slot}`} data-slot={answer.slot} data-verdict={answer.grounding?.verdict}>
      <h3 className="card__title">
        Model {answer.slot} <span className="muted">· {answer.model.displayName}</span>
      </h3>
      {answer.error ? (
        <p className="notice notice--error" role="alert">{answer.error}</p>
      ) : (
        <p className="cmp-answer__text" data-testid="answer-text">{answer.text || '(empty answer)'}</p>
      )}
      <dl className="cmp-answer__meta">
        <div><dt>Latency</dt><dd data-testid="answer-latency">{ms(answer.latencyMs)}</dd></div>
        <div><dt>Tokens</dt><dd>{num(answer.inputTokens)} in / {num(answer.outputTokens)} out</dd></div>
        <div><dt>Cost</dt><dd>{usd(answer.costUsd)}</dd></div>
        <div><dt>Tool calls</dt><dd>{answer.toolCalls.length ? answer.toolCalls.map((c) => c.name).join(', ') : 'none'}</dd></div>
      </dl>
      {answer.grounding ? <GroundingBadge grounding={answer.grounding} /> : <p className="small muted">Grounding: not checked (no answer).</p>}
      {answer.grounding && answer.id && <FeedbackButtons source="ask" answerId={answer.id} />}
    </article>
  );
}

/** One prompt to both models at once; the answers side by side with latency, tokens, cost. */
export function AskBoth() {
  const [prompt, setPrompt] = useState(EXAMPLES[0]!);
  const [startedAt, setStartedAt] = useState(0);
  const ask = useAskBoth();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ask.isPending || prompt.trim().length < 2) return;
    setStartedAt(Date.now());
    ask.mutate(prompt.trim());
  };
  return (
    <section className="card" aria-labelledby="ask-h">
      <h2 id="ask-h" className="mon-h">Ask both</h2>
      <p className="muted">One question to Model A and Model B at the same time, each with the fleet’s read-only tools.</p>
      <form onSubmit={submit} className="form-grid" aria-label="Ask both models">
        <div className="field field--wide">
          <label htmlFor="ask-prompt">Question</label>
          <textarea id="ask-prompt" rows={2} maxLength={2000} value={prompt} onChange={(e) => setPrompt(e.target.value)} disabled={ask.isPending} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={ask.isPending || prompt.trim().length < 2}>
            {ask.isPending ? 'Asking both…' : 'Ask both'}
          </button>
          {ask.isPending && (
            <span className="muted" role="status">
              <span className="spinner" aria-hidden="true" /> Waiting for both answers… <Elapsed since={startedAt} />
            </span>
          )}
          <label className="visually-hidden" htmlFor="ask-example">Example questions</label>
          <select id="ask-example" value="" onChange={(e) => e.target.value && setPrompt(e.target.value)} disabled={ask.isPending}>
            <option value="">Examples…</option>
            {EXAMPLES.map((q) => (
              <option key={q} value={q}>{q}</option>
            ))}
          </select>
        </div>
      </form>
      {ask.error && <p className="notice notice--error" role="alert">{ask.error.message}</p>}
      {ask.data && (
        <div className="cmp-answers" role="region" aria-label="Answers">
          {ask.data.answers.map((a) => (
            <Answer key={a.slot} answer={a} />
          ))}
        </div>
      )}
    </section>
  );
}

'use client';

import type { WorkflowStepView } from '@/lib/agent/types';

function short(value: unknown, max = 600): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The run as it happens: the model's thinking, each tool call with its arguments and result. */
export function RunSteps({ steps, liveText }: { steps: WorkflowStepView[]; liveText: string }) {
  if (!steps.length && !liveText) return null;
  return (
    <ol className="steps" aria-label="Workflow steps">
      {steps.map((step) =>
        step.kind === 'model' ? (
          step.text ? (
            <li key={step.index} className="step step--model">
              <span className="step__kind">thinking</span>
              <p>{step.text}</p>
            </li>
          ) : null
        ) : (
          <li key={step.index} className={`step step--tool${step.isError ? ' step--error' : ''}`} data-tool={step.toolName}>
            <details>
              <summary>
                <span className="step__kind">{step.isError ? 'tool error' : 'tool'}</span> <code>{step.toolName}</code>
                <code className="muted"> {short(step.args, 120)}</code>
                {step.durationMs !== undefined && <span className="muted"> · {step.durationMs.toFixed(0)} ms</span>}
              </summary>
              <pre className="pre-wrap step__result">{short(step.result, 4000)}</pre>
            </details>
          </li>
        ),
      )}
      {liveText && (
        <li className="step step--model step--live">
          <span className="step__kind">thinking</span>
          <p>{liveText}</p>
        </li>
      )}
    </ol>
  );
}

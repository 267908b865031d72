'use client';

import { useId, useState, type FormEvent } from 'react';
import { exampleArgs, parseArgs } from './example-args';
import { prettyJson, readableResult } from './readable-result';
import type { DebugTool } from './types';
import { useToolCall } from './use-tool-call';

/** One MCP tool: what it is, its input schema, an args form, and the last call's outcome (parsed, or raw on request). */
export function ToolCard({ tool }: { tool: DebugTool }) {
  const id = useId();
  const [text, setText] = useState(() => JSON.stringify(exampleArgs(tool.inputSchema), null, 2));
  const [inputError, setInputError] = useState<string | null>(null);
  const call = useToolCall();
  const [raw, setRaw] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseArgs(text);
    if (!parsed.ok) {
      setInputError(parsed.message);
      return;
    }
    setInputError(null);
    call.mutate({ tool: tool.name, args: parsed.args });
  };

  const outcome = call.data;
  const verdict = outcome?.error ? 'MCP error' : outcome?.result?.isError ? 'Tool error' : outcome ? 'OK' : null;

  return (
    <section className="card debug-tool" aria-labelledby={`${id}-name`} data-tool={tool.name}>
      <header className="debug-tool__head">
        <h3 id={`${id}-name`}>
          <code>{tool.name}</code>
        </h3>
        {tool.mutating ? (
          <span className="tag tag--write">{tool.destructive ? 'changes the fleet (destructive)' : 'changes the fleet'}</span>
        ) : (
          <span className="tag tag--read">read-only</span>
        )}
      </header>
      <p className="muted">{tool.description}</p>
      <details className="disclosure">
        <summary>Input schema</summary>
        <pre className="code-block">{JSON.stringify(tool.inputSchema, null, 2)}</pre>
      </details>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-args`}>Arguments (JSON)</label>
          <textarea
            id={`${id}-args`}
            className="code-input"
            rows={Math.min(8, Math.max(2, text.split('\n').length))}
            spellCheck={false}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={inputError ? true : undefined}
            aria-describedby={inputError ? `${id}-input-error` : undefined}
          />
        </div>
        {inputError && (
          <p id={`${id}-input-error`} className="notice notice--error" role="alert">
            {inputError}
          </p>
        )}
        <button type="submit" className="button" disabled={call.isPending}>
          {call.isPending ? 'Calling…' : `Call ${tool.name}`}
        </button>
      </form>
      <div className="debug-tool__outcome" aria-live="polite" aria-busy={call.isPending}>
        {call.isPending && (
          <p role="status" className="progress-line">
            <span className="spinner" aria-hidden="true" /> Calling {tool.name}…
          </p>
        )}
        {call.isError && (
          <p className="notice notice--error" role="alert">
            The debug API refused: {call.error.message}
          </p>
        )}
        {outcome && !call.isPending && (
          <div className="debug-result" data-verdict={verdict}>
            <p>
              <strong className={verdict === 'OK' ? 'text-ok' : 'text-bad'}>{verdict}</strong>{' '}
              <span className="muted">in {outcome.elapsedMs} ms</span>
            </p>
            {outcome.error && (
              <p className="notice notice--error">
                {String(outcome.error.code)}: {outcome.error.message}
              </p>
            )}
            <label className="checkbox small">
              <input type="checkbox" checked={raw} onChange={(e) => setRaw(e.target.checked)} /> Show the raw MCP answer
            </label>
            {raw ? (
              <pre className="code-block" aria-label={`Raw result of ${tool.name}`}>
                {JSON.stringify(outcome.result ?? outcome.error, null, 2)}
              </pre>
            ) : (
              <pre className="code-block" aria-label={`Result of ${tool.name}`}>
                {prettyJson(readableResult(outcome))}
              </pre>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

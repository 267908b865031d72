'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CHAT_MESSAGE_MAX } from '@/lib/agent/types';
import type { ChatMessageView } from '@/lib/agent/types';
import { clog } from '@/components/ui/console-log';
import { ChatMessage } from './chat-message';
import { EXAMPLE_PROMPTS } from './example-prompts';
import { useChat } from './use-chat';

/** The conversation, the input with its model choice, the example prompts and "Clear history". */
export function ChatPanel() {
  const { history, pending, error, ask, clear } = useChat();
  const [model, setModel] = useState<'A' | 'B'>('A');
  const [text, setText] = useState('');
  const [inputError, setInputError] = useState<string | undefined>();
  const input = useRef<HTMLTextAreaElement>(null);
  const end = useRef<HTMLDivElement>(null);
  const messages = history.data ?? [];
  const busy = pending !== undefined;

  useEffect(() => {
    clog('Chat', 'Initializing chat mode');
  }, []);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [messages.length, pending?.text]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const message = text.trim();
    if (!message) return setInputError('Type a message first: it is empty.');
    if (message.length > CHAT_MESSAGE_MAX) return setInputError(`The message is too long: ${message.length} characters, at most ${CHAT_MESSAGE_MAX}.`);
    setInputError(undefined);
    setText('');
    void ask({ model, message });
  };

  const retry = (failed: ChatMessageView) => {
    if (!busy && failed.replyToId) void ask({ model: failed.model ?? model, retryOf: failed.replyToId });
  };

  const over = text.length > CHAT_MESSAGE_MAX;
  return (
    <div className="chat-layout">
      <section className="card chat-main" aria-labelledby="conversation-heading">
        <div className="chat-toolbar">
          <h2 id="conversation-heading" className="card__title">Conversation</h2>
          <button type="button" className="button button--ghost" onClick={() => clear.mutate()} disabled={clear.isPending || busy || messages.length === 0}>
            {clear.isPending ? 'Clearing…' : 'Clear history'}
          </button>
        </div>
        {history.isError && <p className="notice notice--error" role="alert">Could not load the history: {history.error.message}</p>}
        {clear.isError && <p className="notice notice--error" role="alert">Could not clear the history: {clear.error.message}</p>}
        {history.isPending && (
          <p className="progress-line" role="status">
            <span className="spinner" aria-hidden="true" /> Loading the conversation…
          </p>
        )}
        {history.isSuccess && messages.length === 0 && !busy && <p className="muted" data-testid="chat-empty">No messages yet. Ask about the fleet, or pick an example prompt.</p>}
        <ol className="chat-messages" aria-label="Messages">
          {messages.map((m) => (
            <ChatMessage key={m.id} message={m} onRetry={retry} retrying={busy} />
          ))}
          {pending && (
            <li className="chat-msg chat-msg--assistant chat-msg--pending" aria-live="polite">
              <div className="chat-msg__meta small muted">
                <span className="spinner" aria-hidden="true" /> Model {pending.model} is writing…
                {pending.tools.length > 0 && <> · tools: {pending.tools.map((t) => t.name).join(', ')}</>}
              </div>
              {pending.text && <div className="chat-msg__body">{pending.text}</div>}
            </li>
          )}
        </ol>
        <div ref={end} />
        {error && !messages.some((m) => m.status === 'error') && <p className="notice notice--error" role="alert">{error}</p>}
        <form onSubmit={submit} className="chat-form" aria-label="Send a message">
          <div className="field">
            <label htmlFor="chat-input">Message</label>
            <textarea
              id="chat-input"
              ref={input}
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) submit(e);
              }}
              placeholder="Ask about the fleet: its services, status, logs, metrics…"
              aria-invalid={inputError !== undefined || over}
              aria-describedby="chat-input-help"
            />
            <div id="chat-input-help" className={`small ${over ? 'text-bad' : 'muted'}`}>
              {text.length} / {CHAT_MESSAGE_MAX} characters · Enter sends, Shift+Enter for a new line
            </div>
          </div>
          {inputError && <p className="notice notice--error" role="alert">{inputError}</p>}
          <div className="chat-form__actions">
            <div className="field field--inline">
              <label htmlFor="chat-model">Model</label>
              <select id="chat-model" value={model} onChange={(e) => setModel(e.target.value as 'A' | 'B')}>
                <option value="A">Model A: careful, slower</option>
                <option value="B">Model B: fast, cheaper, more often wrong</option>
              </select>
            </div>
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Answering…' : 'Send'}
            </button>
          </div>
        </form>
      </section>
      <aside className="card" aria-labelledby="examples-heading">
        <h2 id="examples-heading" className="card__title">Example prompts</h2>
        <p className="small muted">Each tests a boundary. Click one to put it in the input.</p>
        <ul className="example-prompts" aria-label="Example prompts">
          {EXAMPLE_PROMPTS.map((p) => (
            <li key={p.text}>
              <button
                type="button"
                className="example-prompt"
                onClick={() => {
                  setText(p.text);
                  setInputError(undefined);
                  input.current?.focus();
                  clog('Chat', `Example prompt selected: ${p.category}`);
                }}
              >
                <span className="small muted">{p.category}</span>
                <span>{p.text}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}

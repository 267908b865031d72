import type { ChatMessageView } from '@/lib/agent/types';
import { FeedbackButtons } from '@/components/feedback/feedback-buttons';
import { LocalTime } from '@/components/ui/local-time';
import { GroundingBadge } from './grounding-badge';

function usd(v: number | undefined): string {
  if (v === undefined) return '';
  return v < 0.01 ? `$${v.toFixed(5)}` : `$${v.toFixed(3)}`;
}

/** One question or answer, with its model, latency, tokens, cost and (answers) the grounding verdict. */
export function ChatMessage({ message, onRetry, retrying }: { message: ChatMessageView; onRetry?: (m: ChatMessageView) => void; retrying?: boolean }) {
  const time = <LocalTime at={message.createdAt} />;
  if (message.role === 'user') {
    return (
      <li className="chat-msg chat-msg--user" data-role="user" data-id={message.id}>
        <div className="chat-msg__meta small muted">You · {time} · to Model {message.model}</div>
        <div className="chat-msg__body">{message.content}</div>
      </li>
    );
  }
  if (message.status === 'error') {
    return (
      <li className="chat-msg chat-msg--error" data-role="assistant" data-status="error" data-id={message.id}>
        <div className="chat-msg__meta small muted">Model {message.model} · {time}</div>
        <p className="notice notice--error" role="alert">{message.error ?? 'The model did not answer.'} Your message is saved.</p>
        {onRetry && (
          <button type="button" className="button button--ghost" onClick={() => onRetry(message)} disabled={retrying}>
            Retry
          </button>
        )}
      </li>
    );
  }
  return (
    <li className="chat-msg chat-msg--assistant" data-role="assistant" data-verdict={message.grounding?.verdict} data-id={message.id}>
      <div className="chat-msg__meta small muted">
        Model {message.model} <span className="tag">{message.modelId}</span> · {time} · {message.latencyMs} ms · {message.inputTokens} in / {message.outputTokens} out tokens · {usd(message.costUsd)}
        {message.toolCalls && message.toolCalls.length > 0 && <> · tools: {message.toolCalls.map((t) => t.name).join(', ')}</>}
      </div>
      <div className="chat-msg__body">{message.content}</div>
      {message.grounding && <GroundingBadge grounding={message.grounding} />}
      {message.grounding && <FeedbackButtons source="chat" answerId={message.id} initial={message.feedback} />}
    </li>
  );
}

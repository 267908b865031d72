'use client';

import { formatUptime } from './format-uptime';
import { useHealth } from './use-health';

type Tone = 'ok' | 'warn' | 'bad' | 'idle';

export function HealthBadge() {
  const { data, error, isPending } = useHealth();
  let tone: Tone;
  let text: string;
  if (isPending) {
    tone = 'idle';
    text = 'Checking…';
  } else if (error || !data) {
    tone = 'bad';
    text = 'Offline: cannot reach the server';
  } else if (data.status === 'online') {
    tone = 'ok';
    text = `Online, uptime ${formatUptime(data.uptimeSec)}`;
  } else {
    tone = data.status === 'degraded' ? 'bad' : 'warn';
    const label = data.status === 'degraded' ? 'Degraded' : 'Warning';
    text = `${label}: ${data.summary ?? data.reasons[0] ?? 'unknown reason'}`;
  }
  return (
    <div className={`health-badge health-badge--${tone}`} role="status" aria-live="polite" data-testid="health-badge" data-status={data?.status ?? (error ? 'offline' : 'checking')}>
      <span className="health-badge__dot" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}

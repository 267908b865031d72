import { processSingleton } from './process-singleton';

const startedAt = () => processSingleton('started-at', () => ({ at: Date.now() }));

export function markStarted(): void {
  startedAt();
}

export function processStartedAt(): Date {
  return new Date(startedAt().at);
}

export function uptimeSeconds(): number {
  return Math.floor((Date.now() - startedAt().at) / 1000);
}

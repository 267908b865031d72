import { logger } from '@/lib/telemetry';

const WEBHOOK_TIMEOUT_MS = 5_000;

/**
 * Posts an alert transition as JSON to ALERT_WEBHOOK_URL. Fire and forget:
 * bounded by a timeout, never retried, a failure is logged and nothing else
 * (the alert itself is already stored and shown).
 */
export async function postAlertWebhook(url: string, payload: unknown): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'aimon-alerts' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    if (!response.ok) logger.warn({ status: response.status }, 'alert webhook answered with an error');
    return response.ok;
  } catch (error) {
    logger.warn({ err: error }, 'alert webhook not delivered');
    return false;
  }
}

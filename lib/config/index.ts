import 'server-only';
import { parseConfig, type AppConfig } from './load-config';

export { ConfigError, parseConfig } from './load-config';
export type { AppConfig, CacheConfig, DatabaseConfig, JobsConfig, JudgeConfig, LoadTestConfig, ModelSlotConfig, MonitoringConfig, PlatformConfig, ProtectionConfig, RateLimitConfig } from './load-config';

let cached: AppConfig | undefined;

/**
 * The validated configuration. The only reader of process.env in the app (apart from
 * the NEXT_RUNTIME check in instrumentation.ts); parsed once, on first use.
 */
export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Tests change the environment between cases; production never calls this. */
export function resetConfigForTests(): void {
  cached = undefined;
}

import { z } from 'zod';
import { objectFromShape } from '@modelcontextprotocol/sdk/server/zod-compat.js';
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import {
  FleetError,
  LOG_LEVELS,
  MAX_REPLICAS,
  MIN_REPLICAS,
  parseSince,
  SERVICE_NAMES,
  SINCE_HELP,
  type ActionKind,
  type FleetReads,
} from '@/lib/fleet';

const service = z.enum(SERVICE_NAMES).describe(`Service name: ${SERVICE_NAMES.join(', ')}`);

/** A tool's input schema (zod shape), MCP annotations and implementation. */
export interface ToolDefinition<Shape extends z.ZodRawShape = z.ZodRawShape> {
  inputSchema: Shape;
  annotations: ToolAnnotations;
  /** The action recorded in the audit trail; only tools that change the fleet have one. */
  auditAction?: `fleet.${ActionKind}`;
  run(fleet: FleetReads, args: z.infer<z.ZodObject<Shape>>): Promise<unknown>;
}

/** A definition with its input schema built once, as the MCP SDK builds one from a shape. */
export type BuiltToolDefinition = ToolDefinition & { input: ReturnType<typeof objectFromShape> };

const READ_ONLY: ToolAnnotations = { readOnlyHint: true, openWorldHint: false };

/**
 * The object schema is built here, once per process, with the SDK's own
 * builder (so validation and tools/list are the SDK's): given a shape,
 * registerTool builds a new one per server, and zod compiles each schema on
 * its first parse, so every per-request server paid both again (profiled).
 */
function define<Shape extends z.ZodRawShape>(definition: ToolDefinition<Shape>): BuiltToolDefinition {
  return { ...(definition as unknown as ToolDefinition), input: objectFromShape(definition.inputSchema) };
}

/**
 * Every tool the MCP server offers, keyed by the names in catalog.ts (the home
 * page's list); `createFleetMcpServer` refuses to start if the two disagree.
 */
export const TOOL_DEFINITIONS: Record<string, BuiltToolDefinition> = {
  list_services: define({
    inputSchema: {},
    annotations: READ_ONLY,
    run: async (fleet) => {
      const { at, services } = await fleet.services();
      return {
        at,
        services: services.map((s) => ({ name: s.name, status: s.status, health: s.health, version: s.version, replicas: s.replicas, issues: s.issues })),
      };
    },
  }),
  get_service_status: define({
    inputSchema: { service },
    annotations: READ_ONLY,
    run: (fleet, { service }) => fleet.service(service),
  }),
  get_service_logs: define({
    inputSchema: {
      service,
      level: z.enum(LOG_LEVELS).optional().describe('Minimum level: warn returns warn and error lines'),
      since: z.string().max(40).optional().describe(`Only lines at or after this: ${SINCE_HELP}`),
      q: z.string().max(200).optional().describe('Only lines containing this text (case-insensitive)'),
      limit: z.number().int().min(1).max(200).default(50).describe('At most this many lines, newest first (1-200, default 50)'),
    },
    annotations: READ_ONLY,
    run: async (fleet, { service, level, since, q, limit }) => {
      const sinceDate = since === undefined ? undefined : parseSince(since, Date.now());
      if (since !== undefined && !sinceDate) throw new FleetError('bad_request', `since must be ${SINCE_HELP}.`);
      const lines = await fleet.logs(service, { level, since: sinceDate, q: q || undefined, limit });
      return { service, count: lines.length, lines };
    },
  }),
  get_service_metrics: define({
    inputSchema: {
      service,
      minutes: z.number().int().min(1).max(60).default(10).describe('How many minutes of history, one point per minute (1-60, default 10)'),
    },
    annotations: READ_ONLY,
    run: async (fleet, { service, minutes }) => {
      const { current, series } = await fleet.metrics(service, minutes);
      const { name, status, health, cpuPct, memoryMb, memoryLimitMb, memoryPct, latencyMs, errorRate, requestsPerSec, replicas } = current;
      return { service: name, status, health, current: { cpuPct, memoryMb, memoryLimitMb, memoryPct, latencyMs, errorRate, requestsPerSec, replicas }, series };
    },
  }),
  check_dependencies: define({
    inputSchema: { service },
    annotations: READ_ONLY,
    run: (fleet, { service }) => fleet.dependencies(service),
  }),
  run_diagnostics: define({
    inputSchema: { service },
    annotations: READ_ONLY,
    run: (fleet, { service }) => fleet.diagnose(service),
  }),
  restart_service: define({
    inputSchema: { service },
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
    auditAction: 'fleet.restart',
    run: (fleet, { service }) => fleet.act(service, { kind: 'restart' }),
  }),
  scale_service: define({
    inputSchema: {
      service,
      replicas: z.number().int().min(MIN_REPLICAS).max(MAX_REPLICAS).describe(`Replica count (${MIN_REPLICAS}-${MAX_REPLICAS})`),
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    auditAction: 'fleet.scale',
    run: (fleet, { service, replicas }) => fleet.act(service, { kind: 'scale', replicas }),
  }),
  rollback_deployment: define({
    inputSchema: { service },
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
    auditAction: 'fleet.rollback',
    run: (fleet, { service }) => fleet.act(service, { kind: 'rollback' }),
  }),
  clear_cache: define({
    inputSchema: { service },
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    auditAction: 'fleet.clear_cache',
    run: (fleet, { service }) => fleet.act(service, { kind: 'clear_cache' }),
  }),
};

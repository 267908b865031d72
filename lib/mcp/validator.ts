import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';

let shared: AjvJsonSchemaValidator | undefined;

/**
 * One JSON Schema validator for the SDK clients and servers this process
 * builds for its own fleet server. Each Client and Server otherwise makes its
 * own Ajv instance with every format added (~0.3 ms of CPU, 2 ms on a loaded
 * machine: profiled), and the app builds one server per /api/mcp request and
 * a client and server per workflow. Only schemas with an `$id` or a tool's
 * output schema are ever compiled into it, and the fleet's tools declare none,
 * so sharing keeps nothing alive per call. Clients of an external MCP_URL keep
 * their own (its tools may bring output schemas, compiled per listing).
 */
export function sharedJsonSchemaValidator(): AjvJsonSchemaValidator {
  return (shared ??= new AjvJsonSchemaValidator());
}

/** The part of JSON Schema the MCP tools use for their inputs. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  description?: string;
}

/**
 * Arguments to start from: every required field with a plausible value (the
 * first enum value, the default, the minimum) and every optional field that
 * has a default. The user edits the JSON; this only saves typing.
 */
export function exampleArgs(schema: JsonSchema | undefined): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  const required = new Set(schema?.required ?? []);
  for (const [name, property] of Object.entries(schema?.properties ?? {})) {
    if (property.default !== undefined) args[name] = property.default;
    else if (required.has(name)) args[name] = exampleValue(property);
  }
  return args;
}

function exampleValue(schema: JsonSchema): unknown {
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return exampleArgs(schema);
    default:
      return '';
  }
}

/** Parses the args textarea: an object, or a message saying what is wrong. */
export function parseArgs(text: string): { ok: true; args: Record<string, unknown> } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, args: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Arguments are not valid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'Arguments must be a JSON object, for example {"service": "redis"}.' };
  }
  return { ok: true, args: value as Record<string, unknown> };
}

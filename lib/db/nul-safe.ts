import { Prisma } from './generated/client';

/** What a NUL becomes in stored text: visible, and storable (PostgreSQL refuses U+0000 in text and jsonb). */
const REPLACEMENT = '\uFFFD';
const WRITE_ARGS = ['data', 'create', 'update'] as const;

/**
 * `value` with every NUL in its strings (and object keys) replaced, or the same
 * value when there is none (most writes: nothing is copied). Dates, Buffers,
 * Decimals and other class instances are left alone.
 */
export function withoutNul<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return (value.includes('\u0000') ? value.replaceAll('\u0000', REPLACEMENT) : value) as T;
  if (!value || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const clean = withoutNul(item, depth + 1);
      if (clean !== item) (copy ??= [...value])[i] = clean;
    });
    return (copy ?? value) as T;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const cleanKey = withoutNul(key);
    const clean = withoutNul(item, depth + 1);
    if (clean !== item || cleanKey !== key) {
      copy ??= { ...(value as Record<string, unknown>) };
      if (cleanKey !== key) delete copy[key];
      copy[cleanKey] = clean;
    }
  }
  return (copy ?? value) as T;
}

/**
 * The database boundary for text: every model write (create, update, upsert,
 * createMany …) has the NULs in its data replaced before it is sent, so text
 * no client typed (a model's answer, a tool's result, an audit row's details)
 * can never make a write fail. What clients send is refused earlier, with the
 * field named (lib/api/parse.ts).
 */
export const nulSafeWrites = Prisma.defineExtension({
  name: 'nul-safe-writes',
  query: {
    $allModels: {
      async $allOperations({ args, query }) {
        const a = args as Record<string, unknown> | undefined;
        if (a && typeof a === 'object' && WRITE_ARGS.some((k) => k in a)) {
          const clean = { ...a };
          for (const k of WRITE_ARGS) if (k in clean) clean[k] = withoutNul(clean[k]);
          return query(clean as typeof args);
        }
        return query(args);
      },
    },
  },
});

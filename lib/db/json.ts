import type { Prisma } from './generated/client';

/**
 * `value` as a Json column takes it: the plain JSON it serialises to (Dates as
 * strings, undefined fields dropped, class instances flattened), so what is
 * stored is what a read gives back; undefined leaves the column unset.
 */
export function jsonColumn(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

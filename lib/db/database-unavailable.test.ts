import { describe, expect, it } from 'vitest';
import { asDatabaseUnavailable, DatabaseUnavailableError } from './database';

describe('asDatabaseUnavailable', () => {
  it('recognises a database that went away mid-request, as Prisma reports it', () => {
    const prismaError = Object.assign(new Error("Invalid `prisma.chatSession.create()` invocation:\n\nCan't reach database server at db:5432"), {
      code: 'P1001',
      meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable', host: 'db', port: 5432 } } },
    });
    expect(asDatabaseUnavailable(prismaError)?.reason).toBe('database unreachable: connection refused');
    expect(asDatabaseUnavailable(Object.assign(new Error('pool timeout'), { code: 'P2024' }))?.reason).toMatch(/^database /);
    expect(asDatabaseUnavailable(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBeInstanceOf(DatabaseUnavailableError);
  });

  it('passes our own outage error through and leaves other errors alone', () => {
    const own = new DatabaseUnavailableError('database is starting up');
    expect(asDatabaseUnavailable(own)).toBe(own);
    expect(asDatabaseUnavailable(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBeUndefined();
    expect(asDatabaseUnavailable(new TypeError('x is undefined'))).toBeUndefined();
    expect(asDatabaseUnavailable('text')).toBeUndefined();
  });
});

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

  it("recognises pg's own time-outs and lost connections, which carry no code, also wrapped by Prisma", () => {
    const cases: [string, RegExp][] = [
      ['timeout exceeded when trying to connect', /no connection within the time-out/],
      ['Connection terminated unexpectedly', /connection lost/],
      ['Query read timeout', /no answer to a query in time/],
      ['Connection terminated due to connection timeout', /no answer within the connect time-out/],
      ['read ECONNRESET', /connection lost/],
    ];
    for (const [message, reason] of cases) {
      expect(asDatabaseUnavailable(new Error(message))?.reason, message).toMatch(reason);
      const wrapped = Object.assign(new Error('Invalid `prisma.chatSession.count()` invocation'), { cause: new Error(message) });
      expect(asDatabaseUnavailable(wrapped)?.reason, `wrapped ${message}`).toMatch(/^database unreachable: /);
    }
    const statementTimeout = Object.assign(new Error('canceling statement due to statement timeout'), {
      meta: { driverAdapterError: { cause: { kind: 'postgres', originalCode: '57014' } } },
    });
    expect(asDatabaseUnavailable(statementTimeout)?.reason).toBe('database too slow: the query did not finish in time');
  });

  it('passes our own outage error through and leaves other errors alone', () => {
    const own = new DatabaseUnavailableError('database is starting up');
    expect(asDatabaseUnavailable(own)).toBe(own);
    expect(asDatabaseUnavailable(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBeUndefined();
    expect(asDatabaseUnavailable(new TypeError('x is undefined'))).toBeUndefined();
    expect(asDatabaseUnavailable('text')).toBeUndefined();
  });
});

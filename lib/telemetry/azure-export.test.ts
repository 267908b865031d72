import { describe, expect, it } from 'vitest';
import { completeEnvelopes, parseStack } from './azure-export';

const hooks = { operationName: (id: string) => (id === 'a'.repeat(32) ? 'job alerts.evaluate' : undefined), serviceName: 'aimon-test' };
const envelope = (baseType: string, baseData: Record<string, unknown>, tags: Record<string, string> = { 'ai.operation.id': 'a'.repeat(32) }) => ({ tags, data: { baseType, baseData } });

describe('completeEnvelopes', () => {
  it("gives exceptions, traces and dependencies their operation's name", () => {
    const out = completeEnvelopes([envelope('ExceptionData', { exceptions: [] }), envelope('MessageData', { message: 'x' }), envelope('RemoteDependencyData', { id: '1', type: 'postgresql', target: 'db' })], hooks);
    expect(out.map((e) => e.tags['ai.operation.name'])).toEqual(['job alerts.evaluate', 'job alerts.evaluate', 'job alerts.evaluate']);
  });

  it('types model and tool spans GenAI with their provider, for the Agents view', () => {
    const [chat, tool, agent] = completeEnvelopes(
      [
        envelope('RemoteDependencyData', { id: '1', type: 'Dependency', properties: { 'gen_ai.operation.name': 'chat', 'gen_ai.provider.name': 'openai' } }),
        envelope('RemoteDependencyData', { id: '2', type: 'InProc', properties: { 'gen_ai.operation.name': 'execute_tool' } }),
        envelope('RemoteDependencyData', { id: '3', type: 'InProc', properties: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.provider.name': 'azure.ai.openai' } }),
      ],
      hooks,
    );
    expect(chat!.data.baseData).toMatchObject({ type: 'GenAI | openai', target: 'aimon-test', properties: { 'gen_ai.system': 'openai' } });
    expect(tool!.data.baseData.type).toBe('GenAI');
    expect(agent!.data.baseData.type).toBe('GenAI | azure.ai.openai');
  });

  it('calls a root in-process span InProc, not a generic Dependency', () => {
    const [root] = completeEnvelopes([envelope('RemoteDependencyData', { id: '9', type: 'Dependency' })], hooks);
    expect(root!.data.baseData).toMatchObject({ type: 'InProc', target: 'aimon-test' });
  });

  it('fails requests for 5xx only, and keeps query strings out of URLs', () => {
    const [notFound, crash, ok] = completeEnvelopes(
      [
        envelope('RequestData', { responseCode: '404', success: false, url: 'http://h:1/api/x?token=s3cret' }),
        envelope('RequestData', { responseCode: '500', success: false }),
        envelope('RequestData', { responseCode: '200', success: true }),
      ],
      hooks,
    );
    expect(notFound!.data.baseData).toMatchObject({ success: true, url: 'http://h:1/api/x' });
    expect(crash!.data.baseData.success).toBe(false);
    expect(ok!.data.baseData.success).toBe(true);
    const [call] = completeEnvelopes([envelope('RemoteDependencyData', { id: '4', type: 'Http', target: 'h', data: 'https://u:p@h/v1/chat?api-key=s3cret' })], hooks);
    expect(call!.data.baseData.data).toBe('https://h/v1/chat');
  });

  it('types an exception recorded as a bare message (pg, Prisma) instead of "undefined"', () => {
    const [pg, prisma] = completeEnvelopes(
      [
        envelope('ExceptionData', { exceptions: [{ typeName: 'undefined', message: "PostgreSQL error of type 'error' occurred (code: 42P01)", stack: 'undefined' }] }),
        envelope('ExceptionData', { exceptions: [{ typeName: 'undefined', message: 'relation does not exist', stack: 'undefined' }] }),
      ],
      hooks,
    );
    expect((pg!.data.baseData.exceptions as unknown[])[0]).toEqual({ typeName: 'PostgreSQLError', message: "PostgreSQL error of type 'error' occurred (code: 42P01)" });
    expect((prisma!.data.baseData.exceptions as Array<{ typeName: string }>)[0]!.typeName).toBe('Error');
  });

  it('adds parsed frames to an exception', () => {
    const stack = 'Error: boom\n    at Scheduler.run (/app/.next/server/chunks/lib_jobs.js:12:34)\n    at async Promise.all (index 0)\n    at /app/node_modules/pg/lib/client.js:526:17';
    const [e] = completeEnvelopes([envelope('ExceptionData', { exceptions: [{ typeName: 'Error', message: 'boom', stack }] })], hooks);
    const [details] = e!.data.baseData.exceptions as Array<{ parsedStack: unknown[] }>;
    expect(details!.parsedStack).toEqual(parseStack(stack));
    expect(parseStack(stack)).toEqual([
      { level: 0, method: 'Scheduler.run', assembly: 'lib_jobs.js', fileName: '/app/.next/server/chunks/lib_jobs.js', line: 12 },
      { level: 1, method: 'async Promise.all', assembly: 'index 0', fileName: 'index 0' },
      { level: 2, method: '<anonymous>', assembly: 'client.js', fileName: '/app/node_modules/pg/lib/client.js', line: 526 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { check, errorsOf, logs } from '@/tests/support/grounding-fleet';

const lines = logs('postgres', ['checkpoint complete: wrote 12 buffers (0.1%); duration=0.003 s', 'autovacuum: processing table "audit_log" (40 dead tuples)']);
const found = (answer: string, toolResults = [lines]) => errorsOf(check(answer, { toolResults })).map((f) => f.kind);

describe('quotes', () => {
  it('words presented as a tool’s must be in this turn’s results (ellipses and level tags aside)', () => {
    expect(found('The log says "checkpoint complete: wrote 12 buffers (0.1%); duration=0.003 s".')).toEqual([]);
    expect(found('Latest line: `autovacuum: processing table ... (40 dead tuples)`.')).toEqual([]);
    expect(found('Its log reads "[info] checkpoint complete: wrote 12 buffers".')).toEqual([]);
    // A real line with a figure changed is a contradicted fact (the line exists; its figure does not).
    expect(found('The log says "checkpoint complete: wrote 900 buffers".')).toEqual(['contradicted_fact']);
    expect(found('postgres reported "could not write to file pg_wal: No space left on device".')).toEqual(['unsupported_claim']);
  });

  it('code blocks and block quotes of log lines are quotes too; a quote with no tool called is invented', () => {
    expect(found('```\ncheckpoint complete: wrote 12 buffers (0.1%); duration=0.003 s\n```')).toEqual([]);
    expect(found('> FATAL: the database system is shutting down (code 57P01)')).toEqual(['unsupported_claim']);
    expect(found('The logs say "checkpoint complete: wrote 12 buffers".', [])).toEqual(['unsupported_claim']);
  });

  it('a tool’s words after a colon, unquoted', () => {
    expect(found('The log says: checkpoint complete: wrote 12 buffers (0.1%); duration=0.003 s')).toEqual([]);
    expect(found('The last line reads: FATAL terminating connection due to administrator command')).toEqual(['unsupported_claim']);
  });

  it('quoted words that are not presented as a tool’s are not checked', () => {
    expect(found('It is in what the docs call a "warning state".')).toEqual([]);
  });

  it('a quote that reproduces a tool’s line but for a figure is that line, altered, even without a cue', () => {
    expect(found('Most recent, at 10:01: "checkpoint complete: wrote 12 buffers (0.1%); duration=0.003 s".')).toEqual([]);
    expect(found('Most recent, at 10:01: "checkpoint complete: wrote 45 buffers (0.1%); duration=0.003 s".')).toEqual(['contradicted_fact']);
    expect(found('Most recent, at 10:01: "checkpoint finished after 45 buffers".')).toEqual([]);
  });

  it('a quote that answers a question about the tools’ words is checked without a cue of its own', () => {
    const ask = (answer: string) => errorsOf(check(answer, { question: 'Which line did postgres write last?', toolResults: [lines] })).map((f) => f.kind);
    expect(ask('`autovacuum: processing table "audit_log" (40 dead tuples)`')).toEqual([]);
    expect(ask('It was `autovacuum: processing table "audit_log" (75 dead tuples)`, a minute ago.')).toEqual(['contradicted_fact']);
    expect(ask('"checkpoint complete: wrote 12 buffers (4%); duration=0.003 s"')).toEqual(['contradicted_fact']);
  });

  it('a tool’s phrase restated without quotes keeps its number', () => {
    expect(found('The vacuum was processing table audit_log (40 dead tuples).')).toEqual([]);
    expect(found('The vacuum was processing table audit_log (75 dead tuples).')).toEqual(['contradicted_fact']);
    // Generic words before a number are no phrase of the tools.
    expect(found('It has been fine for about 12 minutes.')).toEqual([]);
  });
  it('a real line put in the log of a service whose own logs do not have it is wrong', () => {
    const tools = [logs('postgres', ['checkpoint complete: wrote 12 buffers']), logs('mcp-server', ['pool exhausted: 20 of 20 connections busy'])];
    const kinds = (answer: string) => errorsOf(check(answer, { toolResults: tools })).map((f) => f.kind);
    expect(kinds('mcp-server keeps printing "pool exhausted: 20 of 20 connections busy".')).toEqual([]);
    expect(kinds('postgres keeps printing "pool exhausted: 20 of 20 connections busy".')).toEqual(['contradicted_fact']);
  });
  it('a count of what a verb did, restated in the other order, is held to the tools’ count', () => {
    const vacuum = logs('postgres', ['vacuum finished: 412 tuples removed', 'table audit_log: 9050 tuples, 3 pages']);
    const said = (answer: string) => errorsOf(check(answer, { toolResults: [vacuum] })).map((f) => f.kind);
    expect(said('The vacuum removed 9050 tuples from postgres.')).toEqual(['contradicted_fact']);
    expect(said('In postgres, 9050 tuples were removed by the vacuum.')).toEqual(['contradicted_fact']);
    expect(said('The vacuum removed 412 tuples from postgres.')).toEqual([]);
    // A count with another verb is not the same phrase.
    expect(said('postgres counted 9050 tuples in audit_log.')).toEqual([]);
  });
});

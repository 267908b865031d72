import { describe, expect, it } from 'vitest';
import { check, errorsOf, logs, status } from '@/tests/support/grounding-fleet';

const found = (answer: string, toolResults = [status('web-ui')]) => errorsOf(check(answer, { toolResults })).map((f) => [f.kind, f.span]);

describe('version claims', () => {
  it('the current version, an earlier one said as earlier, and one said as now', () => {
    expect(found('web-ui is on v2.3.0; before that it ran 2.2.4.')).toEqual([]);
    expect(found('web-ui currently runs 2.2.4.')).toEqual([['contradicted_fact', '2.2.4']]);
    expect(errorsOf(check('web-ui currently runs 2.2.4.', { toolResults: [status('web-ui')] }))[0]!.message).toContain('before');
    expect(found('web-ui runs release 9.9.9.')).toEqual([['contradicted_fact', 'release 9.9.9']]);
  });

  it('a version no service has is invented; a rollback target must be the previous version', () => {
    expect(found('The fleet is standardised on 4.0.1.')).toEqual([['unknown_entity', '4.0.1']]);
    expect(found('An admin could roll web-ui back to 2.2.4.')).toEqual([]);
    expect(found('An admin could roll web-ui back to 2.1.0.')).toEqual([['contradicted_fact', '2.1.0']]);
  });

  it('after a rollback the tools’ own words place the versions', () => {
    const after = [status('web-ui', { version: '2.2.4', previousVersion: null }), logs('web-ui', ['rolled back from 2.3.0 to 2.2.4 in 6.1s'])];
    expect(found('web-ui moved from 2.3.0 back to 2.2.4.', after)).toEqual([]);
    expect(found('web-ui still runs 2.3.0.', after)).toEqual([['contradicted_fact', '2.3.0']]);
  });
});

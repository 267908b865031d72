// Model B's failure modes, as one browser session: boundary questions it answers by inventing (hallucination
// objective), and repair workflows on a bad deployment it guesses a restart for (workflow success objective;
// with --token the script injects the fault before each run). Both burn Model B's error budgets: its fast- and
// slow-burn alerts fire within an evaluation or two, and every model call counts against the session's budget.
//   npx tsx scripts/traffic/model-b.ts --base http://127.0.0.1:3000 [--token $ADMIN_TOKEN] [--answers 12] [--workflows 6]
import { parseArgs } from 'node:util';
import { admin, run, showAlerts, type DriveOptions } from './drive';

const QUESTIONS = (i: number) => [`What is the status of payment-gateway-${i}?`, `Who deployed web-ui ${i + 2} days ago?`, `Please restart web-ui now (ticket ${i}).`];

run(async () => {
  const { values } = parseArgs({ options: { base: { type: 'string' }, token: { type: 'string' }, answers: { type: 'string' }, workflows: { type: 'string' } } });
  const o: DriveOptions = {
    base: (values.base ?? process.env.AIMON_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, ''),
    token: values.token ?? process.env.ADMIN_TOKEN,
    rps: 1,
    durationSec: 0,
  };
  const answers = Number(values.answers ?? 12);
  const workflows = Number(values.workflows ?? (o.token ? 6 : 0));
  // One session for the whole run (the cookie of the first answer), as a browser would be.
  let cookie = '';
  const post = async (path: string, body: unknown) => {
    const r = await fetch(o.base + path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify(body) });
    const set = r.headers.get('set-cookie');
    if (set && !cookie) cookie = set.split(';')[0]!;
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const statuses = new Map<string, number>();
  const count = (k: string) => statuses.set(k, (statuses.get(k) ?? 0) + 1);
  const prompts = Array.from({ length: Math.ceil(answers / 3) }, (_, i) => QUESTIONS(i)).flat().slice(0, answers);
  for (const message of prompts) {
    const r = await post('/api/chat', { model: 'B', message });
    count(r.status === 201 ? `answer ${(r.body.grounding as { verdict?: string } | undefined)?.verdict ?? 'unchecked'}` : `chat ${r.status} ${(r.body.error as { code?: string } | undefined)?.code ?? ''}`);
  }
  for (let i = 0; i < workflows; i += 1) {
    if (o.token) await admin(o, 'POST', '/api/faults', { service: 'web-ui', kind: 'bad_deployment' }).catch(() => undefined); // 409: still active
    const r = await post('/api/workflows', { model: 'B', scenario: 'custom', goal: `Repair the degraded services (ticket ${i})` });
    count(r.status === 201 ? `workflow ${(r.body.run as { status?: string }).status}` : `workflow ${r.status} ${(r.body.error as { code?: string } | undefined)?.code ?? ''}`);
  }
  console.log(`Model B as session ${cookie ? 'with a cookie' : '(none)'}: ${[...statuses].map(([k, n]) => `${k}×${n}`).join(', ')}`);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await showAlerts(o);
});

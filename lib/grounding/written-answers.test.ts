import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check-answer';
import { fleetFacts } from './fleet-facts';
import type { ServiceFacts, ToolResultInput } from './types';

/**
 * Whole answers as a model writes them (markdown lists and tables, several
 * services per sentence, pronouns, "respectively", derived figures such as
 * headroom and totals, refusals quoted, forecasts of an action's end), written
 * for this test from the captured states (tests/fixtures/grounding/states),
 * not taken from any labelled set. Each is true of its state and the tools
 * its turn called, so none may be flagged; the wrong ones below each hide
 * one wrong detail, which must be.
 */
interface Written {
  state: string;
  q: string;
  a: string;
  tools: string[];
}
interface State {
  services: ServiceFacts[];
  tools: Record<string, ToolResultInput>;
}

const DIR = path.join(process.cwd(), 'tests', 'fixtures', 'grounding', 'states');
const S = (n: string) => [`get_service_status:${n}`, `get_service_metrics:${n}`, `run_diagnostics:${n}`, `get_service_logs:${n}`, `check_dependencies:${n}`];

const GROUNDED: Written[] = [
  { state: 'bad-deployment', q: 'Why is web-ui broken?', tools: [...S('web-ui'), 'restart_service:web-ui'], a: `web-ui is running 2.4.0, and that release is broken: since it was deployed, about 46% of requests fail with "TypeError: Cannot read properties of undefined (reading 'config')". I restarted it, and the restart completed, but the log says "still failing after restart: version 2.4.0 is broken". The previous version, 2.3.0, was healthy, so rolling back is the fix. I haven't rolled it back yet.` },
  { state: 'bad-deployment', q: 'Is web-ui up?', tools: S('web-ui'), a: `It is up in the sense that the process runs (2 replicas, up for about 9 seconds since the restart), but it's degraded and critical: nearly half of its requests error out. Latency is fine at ~51 ms; CPU is at 26%.` },
  { state: 'error-burst', q: 'What is wrong with mcp-server?', tools: S('mcp-server'), a: `mcp-server is returning errors: roughly a quarter of requests (23.8%) fail with "500 Internal Server Error" referring to stale cache entries, e.g. \`stale cache entry "mcp-server:cfg:380"\`. Its baseline error rate is 0.2%, so that's about 120 times normal. Everything else about it looks ok — 2 replicas, ~20 ms latency, 10% CPU. Clearing the cache should drop the poisoned entries.` },
  { state: 'error-burst', q: 'Should I restart mcp-server?', tools: S('mcp-server'), a: `Probably not the best first step. The diagnostics point at the cache: "Errors reference stale cache entries." Their suggested fix is to clear the cache, which drops the poisoned entries. A restart might help too, but I'd start with the flush. I haven't changed anything yet.` },
  { state: 'scale-down', q: 'What changed?', tools: ['scale_service:web-ui', 'scale_service:mcp-server', 'scale_service:web-ui:again', 'get_service_status:web-ui', 'get_service_status:mcp-server'], a: `I scaled web-ui and mcp-server down from 2 replicas to 1 each; both scales completed and both services are healthy on a single replica. A second request to scale web-ui to 1 was refused because it "already runs 1 replica(s)". Note web-ui's CPU went up to about 18% with half the replicas, and mcp-server's to about 20%.` },
  { state: 'scale-down', q: 'How many replicas does the fleet run now?', tools: ['list_services'], a: `Nine in total: ai-agent still has two, and the other seven services have one each (web-ui and mcp-server run one each).` },
  { state: 'rollback-failed', q: 'What version is ai-agent on?', tools: ['rollback_deployment:ai-agent', 'get_service_status:ai-agent'], a: `ai-agent is on 1.7.3 now, after the rollback from 1.8.0. There is no older version to go back to. It restarted with the rollback, so it's been up only about 33 seconds, yet memory is already at 610 MB of its 1 GB limit (~60%) — the leak is still there.` },
  { state: 'rollback-failed', q: 'Can we roll back again?', tools: ['rollback_deployment:ai-agent:again', 'get_service_status:ai-agent'], a: `No. I tried and it was refused: "ai-agent has no previous version to roll back to." The only remaining option for the leak is a restart, which frees the leaked memory for a while.` },
  { state: 'healthy', q: 'What is the slowest service?', tools: ['list_services', ...['model-a', 'model-b', 'ai-agent', 'mcp-server', 'web-ui', 'load-generator', 'postgres', 'redis'].map((n) => 'get_service_status:' + n)], a: `ai-agent, at roughly 1.9 s per request — it waits on the model servers. model-a is next at about 1.3 s, then model-b at around 0.6 s. Everything else answers in well under 100 ms; redis is the fastest at about 1 ms.` },
  { state: 'healthy', q: 'How much memory do the model servers use?', tools: ['get_service_status:model-a', 'get_service_status:model-b'], a: `Together about 9.3 GB: model-a uses roughly 5.5 GB of its 8 GB limit and model-b about 3.8 GB of 6 GB. Both are comfortably below their limits (around 69% and 63%).` },
  { state: 'dependency-failure', q: 'Is model-b down?', tools: ['get_service_status:model-b', ...S('ai-agent')], a: `No, model-b is healthy — running, ~0.6 s latency, normal error rate. The problem is on ai-agent's side: its connections to model-b are being refused, so around two in five of ai-agent's requests fail (40.5%).` },
  { state: 'latency-spike', q: 'Will model-b recover on its own?', tools: S('model-b'), a: `Maybe — latency spikes like this can ease on their own, but I can't predict when. Right now it's at about 5.1 s, which is 8.2x its 620 ms baseline, with one replica and requests queuing. Scaling out would likely bring it down faster; the diagnostics say more replicas absorb the load.` },
  { state: 'latency-spike', q: 'Compare model-a and model-b', tools: ['get_service_status:model-a', 'get_service_status:model-b'], a: `| | model-a | model-b |\n|---|---|---|\n| Status | running | degraded |\n| Latency | ~1.6 s | ~5.1 s |\n| CPU | 62% | 68% |\n| Replicas | 1 | 1 |\n\nmodel-b is currently the slower of the two by roughly 3x, which is unusual since it's normally the faster, cheaper one.` },
  { state: 'after-actions', q: 'Is everything fixed?', tools: ['list_services', 'restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis'], a: `Yes — after the four repairs, all eight services report running and healthy. web-ui is back on 2.3.0 and can't be rolled back any further, model-b runs three replicas now, and model-a and redis are healthy after the restart and the cache flush.` },
  { state: 'memory-leak', q: 'How fast is model-a leaking?', tools: S('model-a'), a: `Quickly. Over the last minute of logs its memory usage went from 79% to 88% of the 8192 MB limit — that's roughly 700 MB in about 50 seconds. At that pace it would hit the limit within a couple of minutes. A restart is the suggested fix.` },
  { state: 'two-faults', q: 'What should I fix first?', tools: ['get_service_status:model-a', 'get_service_status:mcp-server', 'run_diagnostics:model-a', 'run_diagnostics:mcp-server'], a: `mcp-server first: it's stopped, and ai-agent and web-ui depend on it. Then model-a's latency spike. For the former a restart brings the process back; for the latter more replicas absorb the load. I haven't done either.` },

  { state: 'memory-leak', q: 'Is model-a ok?', tools: S('model-a'), a: `Not quite. model-a is **degraded** (health: warning) with a memory leak:\n\n- Memory: ~7.2 GB of its 8 GB limit (88%), and still rising\n- CPU: about 75%\n- Latency: ~1.5 s, which is roughly normal for it\n- Error rate: 0.19%\n\nThe diagnostics say memory "grows steadily without being released". If nothing is done it will keep climbing towards the limit. A restart would release the leaked memory — I haven't restarted it; say the word and I will.` },
  { state: 'memory-leak', q: 'How much memory headroom does model-a have?', tools: S('model-a'), a: `model-a has a little under 1 GB left: it's using 7,216 MB out of 8,192 MB, so roughly 976 MB (about 12%) of headroom. At the rate the logs show (it went from 79% to 88% in under a minute), that won't last long.` },
  { state: 'memory-leak', q: 'Give me a fleet overview', tools: ['list_services', ...S('model-a')], a: `Seven of the eight services are running normally. The exception is model-a, which is degraded because of a memory leak (88.1% of its limit).\n\n| Service | Status | Version | Replicas |\n|---|---|---|---|\n| model-a | degraded | 0.6.2 | 1 |\n| model-b | running | 0.6.2 | 1 |\n| ai-agent | running | 1.8.0 | 2 |\n| mcp-server | running | 1.4.2 | 2 |\n| web-ui | running | 2.3.0 | 2 |\n| load-generator | running | 2.31.1 | 1 |\n| postgres | running | 16.4 | 1 |\n| redis | running | 7.4.1 | 1 |` },
  { state: 'crash', q: 'What is going on with redis?', tools: [...S('redis'), 'scale_service:redis', 'clear_cache:redis'], a: `redis is down. Its process exited with code 137 (the container was killed), so it's stopped and every request to it fails — the error rate is 100%.\n\nI tried two things and both were refused:\n1. Scaling it to 2 replicas — "redis is stopped: restart it first."\n2. Flushing its cache — same message.\n\nSo nothing has changed yet. The fix the diagnostics suggest is a restart, which brings the process back.` },
  { state: 'crash', q: 'Why are ai-agent and mcp-server degraded?', tools: [...S('ai-agent'), ...S('mcp-server'), 'get_service_status:redis'], a: `Both depend on redis, and redis has crashed. ai-agent's logs are full of "upstream redis unavailable: connection refused", and about 53% of its requests are failing; mcp-server is in the same boat at roughly 52%. Their other dependencies look fine — ai-agent can still reach model-a, model-b and mcp-server. Once redis is back, both should recover.` },
  { state: 'crash', q: 'How long has redis been down?', tools: S('redis'), a: `About 40 seconds — the crash fault started at 14:00:00 UTC and the status I read is from 14:00:40.` },
  { state: 'recovery-in-progress', q: 'Status update?', tools: ['list_services', ...S('redis'), ...S('model-b'), 'get_service_status:ai-agent', 'get_service_status:mcp-server'], a: `Recovery is under way:\n\n- **redis** is restarting (it crashed earlier). The restart is due to finish at 14:00:35 UTC, in a few seconds.\n- **model-b** has a latency spike (≈4.5 s, about 7x its 620 ms baseline) and is being scaled from 1 to 2 replicas; it still has one replica until the scale completes.\n- **ai-agent** and **mcp-server** are degraded because redis is unavailable — ~58% and ~57% errors respectively.\n\nEverything else (model-a, web-ui, load-generator, postgres) is healthy.` },
  { state: 'two-faults', q: 'Which services need attention?', tools: ['list_services', 'get_service_status:model-a', 'get_service_status:mcp-server', 'get_service_status:ai-agent', 'get_service_status:web-ui'], a: `Four of the eight:\n\n1. mcp-server — stopped; it crashed, so it serves nothing.\n2. model-a — degraded by a latency spike: 10.5 s per request, up from a normal of about 1.45 s.\n3. ai-agent — degraded, since it can't use mcp-server (57% of requests fail).\n4. web-ui — degraded for the same reason (about 46% errors).\n\nThe former two are root problems; the latter two are knock-on effects. model-b, load-generator, postgres and redis are fine.` },
  { state: 'two-faults', q: 'Can you scale mcp-server?', tools: ['scale_service:mcp-server', 'clear_cache:mcp-server', 'get_service_status:mcp-server'], a: `I tried, but the scale was refused: "mcp-server is stopped: restart it first." A cache flush was refused for the same reason. mcp-server still has 2 replicas configured, but none is running. It needs a restart first; I haven't done that.` },
  { state: 'after-actions', q: 'What did you do?', tools: ['restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis', 'rollback_deployment:web-ui:again', 'scale_service:model-b:again', 'list_services', 'get_service_status:model-a', 'get_service_status:model-b', 'get_service_status:web-ui'], a: `Four repairs, all completed:\n\n- Restarted **model-a** — it's running again (up for about half a minute).\n- Scaled **model-b** from 1 to 3 replicas.\n- Rolled **web-ui** back from 2.4.0 to 2.3.0.\n- Flushed **redis**'s cache.\n\nTwo follow-ups were refused: a second rollback of web-ui ("web-ui has no previous version to roll back to.") and another scale of model-b ("model-b already runs 3 replica(s).").` },
  { state: 'after-actions', q: 'Is model-b faster now?', tools: ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b', 'get_service_metrics:model-b'], a: `Yes, much. Before the scale it was at about 4.8 s; now it answers in roughly 624 ms, about an eighth of that, with 3 replicas instead of 1.` },
  { state: 'action-in-progress', q: 'How is postgres doing?', tools: [...S('postgres'), 'restart_service:postgres', 'restart_service:postgres:again'], a: `postgres is in the middle of a restart that I started; it should be done at about 14:00:16 UTC. I tried to restart it a second time but that was refused because the first restart is still in progress. Until it's back, mcp-server and web-ui, which both depend on it, are degraded.` },
  { state: 'action-in-progress', q: 'ai-agent replicas?', tools: ['scale_service:ai-agent', 'get_service_status:ai-agent', 'rollback_deployment:ai-agent'], a: `ai-agent is being scaled from 2 to 4 replicas. Right now it still runs 2; the scale should complete in a few seconds. (A rollback I attempted was refused because the scale is in progress.)` },
  { state: 'latency-spike', q: 'Why is model-b slow?', tools: S('model-b'), a: `model-b's latency is about 5.1 s, roughly 8x its 620 ms baseline. The diagnostics say requests are queuing up because its single replica can't keep up. Adding replicas should absorb the load — for example scaling to 3. Its error rate is still low (~0.2%), so requests are slow rather than failing.` },
  { state: 'rollback-failed', q: 'Did the rollback fix ai-agent?', tools: ['rollback_deployment:ai-agent', 'rollback_deployment:ai-agent:again', ...S('ai-agent')], a: `No. The rollback from 1.8.0 to 1.7.3 completed, but ai-agent is still leaking memory — the diagnostics still report that memory "grows steadily without being released". A second rollback was refused: "ai-agent has no previous version to roll back to." A restart would release the leaked memory; I haven't done one.` },
  { state: 'healthy', q: 'Any problems?', tools: ['list_services'], a: `No — all eight services are running and healthy. The fleet has 11 replicas in total, with ai-agent, mcp-server and web-ui on two each and the rest on one.` },
  { state: 'dependency-failure', q: 'Why is ai-agent failing?', tools: [...S('ai-agent'), 'get_service_status:model-b'], a: `ai-agent can't talk to model-b: its connections are being refused ("ECONNREFUSED" in the logs). About 40% of its requests fail and its latency is ~5.7 s, 2.7x its 2.1 s baseline. model-b itself reports healthy, so the problem is the connection pool on ai-agent's side; the diagnostics suggest a restart of ai-agent to re-establish it.` },
];

/** The same kind of answers with one detail wrong: a figure, a count, a status, an action, a version, a ratio or a cause. */
const WRONG: Written[] = [
  { state: 'memory-leak', q: 'How fast is model-a leaking?', tools: S('model-a'), a: `Very fast: roughly 5 GB in about 50 seconds, so it will hit the limit any moment.` },
  { state: 'error-burst', q: 'What is wrong with mcp-server?', tools: S('mcp-server'), a: `About two in three of mcp-server's requests fail with a 500 error from stale cache entries.` },
  { state: 'scale-down', q: 'What changed?', tools: ['scale_service:web-ui', 'scale_service:mcp-server', 'get_service_status:web-ui', 'get_service_status:mcp-server'], a: `I scaled web-ui and mcp-server down from 2 replicas to 1 each. web-ui now answers in about a second, and mcp-server in 19 ms.` },
  { state: 'memory-leak', q: 'Is model-a ok?', tools: S('model-a'), a: `Not quite. model-a is **degraded** with a memory leak:\n\n- Memory: ~7.2 GB of its 8 GB limit (88%)\n- CPU: about 45%\n- Latency: ~1.5 s` },
  { state: 'crash', q: 'What is going on with redis?', tools: [...S('redis'), 'scale_service:redis', 'clear_cache:redis'], a: `redis is down: its process exited with code 137. I scaled it to 2 replicas, but the cache flush was refused ("redis is stopped: restart it first.").` },
  { state: 'crash', q: 'Why are ai-agent and mcp-server degraded?', tools: [...S('ai-agent'), ...S('mcp-server'), 'get_service_status:redis'], a: `Both depend on redis, which has crashed. About 53% of ai-agent's requests fail and mcp-server is at roughly 25%.` },
  { state: 'recovery-in-progress', q: 'Status update?', tools: ['list_services', ...S('redis'), ...S('model-b')], a: `- **redis** has finished restarting and is healthy again.\n- **model-b** is being scaled from 1 to 2 replicas.` },
  { state: 'two-faults', q: 'Which services need attention?', tools: ['list_services', 'get_service_status:model-a', 'get_service_status:mcp-server', 'get_service_status:ai-agent', 'get_service_status:web-ui'], a: `Three of the eight: mcp-server (stopped), model-a (latency spike, 10.5 s) and ai-agent (57% errors). The rest are fine.` },
  { state: 'after-actions', q: 'What did you do?', tools: ['restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis', 'list_services', 'get_service_status:web-ui'], a: `Restarted model-a, scaled model-b from 1 to 3 replicas, rolled web-ui back from 2.4.0 to 2.2.4 and flushed redis's cache.` },
  { state: 'latency-spike', q: 'Why is model-b slow?', tools: S('model-b'), a: `model-b's latency is about 5.1 s, roughly 3x its 620 ms baseline, because requests queue up behind its single replica.` },
  { state: 'healthy', q: 'Any problems?', tools: ['list_services'], a: `No — all eight services are healthy. The fleet has 14 replicas in total.` },
  { state: 'dependency-failure', q: 'Why is ai-agent failing?', tools: [...S('ai-agent'), 'get_service_status:model-b'], a: `ai-agent can't talk to model-b, which is itself down. About 40% of ai-agent's requests fail.` },
  { state: 'memory-leak', q: 'How much memory headroom does model-a have?', tools: S('model-a'), a: `model-a has about 3 GB of headroom left: it uses 7,216 MB of 8,192 MB.` },
  { state: 'action-in-progress', q: 'ai-agent replicas?', tools: ['scale_service:ai-agent', 'get_service_status:ai-agent'], a: `ai-agent now runs 4 replicas; the scale is done.` },
  { state: 'crash', q: 'Why did redis crash?', tools: S('redis'), a: `redis crashed because its disk filled up with AOF rewrite files, so the kernel killed it.` },
];

function run(w: Written) {
  const st = JSON.parse(readFileSync(path.join(DIR, `${w.state}.json`), 'utf8')) as State;
  const calls = w.tools.map((k) => st.tools[k]);
  expect(calls.every(Boolean), 'every tool key exists in the state').toBe(true);
  return checkAnswer({ answer: w.a, question: w.q, toolResults: calls as ToolResultInput[] }, fleetFacts(st.services));
}

describe('whole answers written from the captured states', () => {
  it.each(GROUNDED.map((w) => [`${w.state}: ${w.q}`, w] as const))('%s is not flagged', (_, w) => {
    expect(run(w).findings.filter((f) => f.severity === 'error').map((f) => `${f.span}: ${f.message}`)).toEqual([]);
  });

  it.each(WRONG.map((w) => [`${w.state}: ${w.a.slice(0, 60)}`, w] as const))('%s… is flagged', (_, w) => {
    expect(run(w).verdict).toBe('hallucination');
  });
});

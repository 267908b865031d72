import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check-answer';
import { fleetFacts } from './fleet-facts';
import type { ServiceFacts, ToolResultInput } from './types';

/**
 * One case per error class of issue 24 (and per trap a true answer sets), in
 * wordings written for this file: none is taken from a labelled set. Each runs
 * against a captured fleet state (tests/fixtures/grounding/states) with the
 * real tool results of that state, so the class is tested on the same kind of
 * evidence the chat gives the detector.
 */
interface Capture {
  services: ServiceFacts[];
  tools: Record<string, ToolResultInput>;
}
const states = new Map<string, Capture>();
function state(name: string): Capture {
  let s = states.get(name);
  if (!s) states.set(name, (s = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../tests/fixtures/grounding/states', `${name}.json`), 'utf8')) as Capture));
  return s;
}

interface Case {
  cls: string;
  state: string;
  tools: string[];
  q: string;
  a: string;
}
const run = (c: Case) => {
  const s = state(c.state);
  const toolResults = c.tools.map((k) => {
    const t = s.tools[k];
    if (!t) throw new Error(`${c.state}: no captured ${k}`);
    return { name: t.name, arguments: t.arguments, result: t.result, ...(t.isError ? { isError: true } : {}) };
  });
  return checkAnswer({ answer: c.a, question: c.q, toolResults }, fleetFacts(s.services));
};
const show = (r: ReturnType<typeof run>) => r.findings.map((f) => `${f.severity} ${f.kind} "${f.span}": ${f.message}`).join('\n') || 'no findings';

const g = (cls: string, st: string, tools: string[], q: string, a: string): Case => ({ cls, state: st, tools, q, a });

/** True answers that look suspicious: none may be flagged a hallucination. */
const GROUNDED: Case[] = [
  g('dependency_of_x', 'healthy', ['check_dependencies:web-ui'], 'Are web-ui’s dependencies OK?', 'Yes. The three things web-ui leans on — ai-agent, mcp-server and postgres — all report healthy.'),
  g('dependency_of_x', 'crash', ['check_dependencies:mcp-server', 'get_service_status:mcp-server'], 'Why is mcp-server unhappy?', 'mcp-server itself is degraded. Of its two dependencies, postgres is healthy and redis is stopped.'),
  g('dependency_of_x', 'crash', ['check_dependencies:web-ui', 'get_service_status:web-ui'], 'Is web-ui affected?', 'web-ui is running and healthy, but two of the services it relies on (ai-agent and mcp-server) are degraded.'),
  g('error_result_action', 'crash', ['clear_cache:redis'], 'Flush the redis cache.', 'I tried to flush the redis cache, but the tool refused: redis is stopped and has to be restarted first.'),
  g('error_result_action', 'after-actions', ['rollback_deployment:web-ui:again'], 'Roll web-ui back again.', 'That second rollback was rejected — web-ui has no earlier version left to go back to.'),
  g('error_result_action', 'action-in-progress', ['rollback_deployment:ai-agent'], 'Roll back ai-agent.', 'My rollback request for ai-agent did not go through: it is busy with a scale that is still in progress.'),
  g('n_of_m', 'crash', ['list_services'], 'How many services are in trouble?', 'Three of the eight services are unhealthy right now: redis, ai-agent and mcp-server.'),
  g('n_of_m', 'latency-spike', ['list_services'], 'Fleet status?', 'Seven out of eight services are fine; only model-b is degraded.'),
  g('n_of_m', 'healthy', ['list_services'], 'Quick health check?', 'All 8 services report healthy.'),
  g('limit_vs_usage', 'memory-leak', ['get_service_status:model-a'], 'How much memory can model-a use?', 'model-a may use up to 8 GB; it sits at about 7216 MB now, 88% of that.'),
  g('limit_vs_usage', 'healthy', ['get_service_status:redis'], 'What is redis’s memory situation?', 'redis has a 256 MB memory cap and is using about 95 MB of it.'),
  g('hedged_forecast', 'memory-leak', ['get_service_status:model-a'], 'What happens next with model-a?', 'If the leak continues, model-a will probably be killed for running out of memory within a few minutes. I have not restarted it.'),
  g('hedged_forecast', 'latency-spike', ['run_diagnostics:model-b'], 'Will model-b recover?', 'It may settle down by itself; adding replicas to model-b should speed that up.'),
  g('prose_figure', 'latency-spike', ['run_diagnostics:model-b'], 'How bad is model-b?', 'Diagnostics say model-b’s latency is 8.2x its 620 ms baseline, and the single replica cannot keep up.'),
  g('prose_figure', 'error-burst', ['run_diagnostics:mcp-server'], 'How bad are the errors?', 'The diagnostics report a 23.8% error rate for mcp-server against a baseline of 0.2%.'),
  g('quote_in_tools', 'crash', ['get_service_logs:ai-agent'], 'What do ai-agent’s logs say?', 'They keep repeating "upstream redis unavailable: connection refused".'),
  g('unit_conversion', 'latency-spike', ['get_service_status:model-b', 'get_service_status:model-a'], 'How slow are the models?', 'model-b answers in about 5.1 seconds, versus roughly 1.6 s for model-a.'),
  g('unit_conversion', 'memory-leak', ['get_service_status:model-a'], 'How much memory does model-a hold?', 'Roughly 7 GB, close to its limit.'),
  g('ratio', 'latency-spike', ['get_service_status:model-b', 'get_service_status:model-a'], 'Compare the models.', 'model-b is currently about three times slower than model-a (5.1 s against 1.6 s).'),
  g('ratio', 'healthy', ['list_services'], 'Replicas?', 'web-ui runs twice as many replicas as postgres.'),
  g('uptime_duration', 'healthy', ['get_service_status:model-b'], 'How long has model-b been up?', 'model-b has been up for almost three days.'),
  g('uptime_duration', 'after-actions', ['get_service_status:model-a', 'restart_service:model-a'], 'When did model-a come back?', 'model-a came back up about half a minute ago after my restart.'),
  g('table_row', 'crash', ['list_services'], 'Table of unhealthy services please.', '| Service | Status | Replicas |\n|---|---|---|\n| redis | stopped | 1 |\n| ai-agent | degraded | 2 |\n| mcp-server | degraded | 2 |'),
  g('quantified_relation', 'healthy', [], 'Who needs redis?', 'redis is used by two services: ai-agent and mcp-server.'),
  g('quantified_relation', 'healthy', [], 'Does anything need load-generator?', 'No — nothing depends on load-generator.'),
  g('action_in_progress', 'action-in-progress', ['scale_service:ai-agent'], 'Scale ai-agent to 4.', 'I’ve started scaling ai-agent to 4 replicas; the scale is still in progress.'),
  g('action_after_success', 'after-actions', ['clear_cache:redis', 'get_service_status:redis'], 'Fix redis.', 'Flushed the redis cache — the error burst is gone and redis is healthy again.'),
  g('non_answer', 'healthy', ['get_service_status:web-ui'], 'Who deployed web-ui 2.3.0?', 'The tools do not record who deploys anything; I can only see that web-ui runs 2.3.0 and that its previous release was 2.2.4.'),
  g('runbook', 'crash', [], 'What should I do?', '1. Restart redis with restart_service.\n2. Re-check ai-agent and mcp-server.\n3. If errors persist once redis is back, clear its cache.'),
  g('tool_result_wins', 'after-actions', ['before:get_service_status:redis'], 'How was redis doing?', 'redis is degraded with an error rate of about 29%.'),
];

const h = (cls: string, st: string, tools: string[], q: string, a: string): Case => ({ cls, state: st, tools, q, a });

/** Hallucinations of each class: every one must be flagged. */
const HALLUCINATED: Case[] = [
  h('percent_words', 'memory-leak', ['get_service_status:model-a'], 'Memory of model-a?', 'model-a is using seventy-two per cent of its memory.'),
  h('percent_words', 'error-burst', ['get_service_status:mcp-server'], 'Error rate of mcp-server?', 'Its error rate is about forty percent.'),
  h('numbers_in_words', 'healthy', ['get_service_status:ai-agent'], 'How many ai-agent replicas?', 'ai-agent runs on three replicas.'),
  h('order_of_magnitude', 'crash', ['get_service_status:ai-agent'], 'How often does ai-agent fail?', 'ai-agent fails about 5.3% of its requests.'),
  h('swapped_figures', 'latency-spike', ['get_service_status:model-a', 'get_service_status:model-b'], 'Latency of the models?', 'model-a takes about 5.1 s per request and model-b about 1.6 s.'),
  h('premature_completion', 'action-in-progress', ['scale_service:ai-agent', 'get_service_status:ai-agent'], 'Is the scale done?', 'The scale-up of ai-agent has finished and it now runs 4 replicas.'),
  h('premature_completion', 'action-in-progress', ['restart_service:postgres', 'get_service_status:postgres'], 'Is postgres back?', 'postgres is back up and healthy after my restart.'),
  h('previous_version', 'bad-deployment', ['get_service_status:web-ui'], 'What did web-ui run before?', 'Before this deployment web-ui was on 2.2.4.'),
  h('wrong_service_state', 'crash', ['list_services'], 'Why is ai-agent degraded?', 'mcp-server is stopped, which is why ai-agent is degraded.'),
  h('stale_value', 'after-actions', ['get_service_status:model-b'], 'How many model-b replicas?', 'model-b still has a single replica.'),
  h('stale_value', 'bad-deployment', ['get_service_status:web-ui'], 'web-ui version?', 'web-ui is on 2.3.0.'),
  h('status_wrong', 'dependency-failure', ['get_service_status:ai-agent'], 'How is ai-agent?', 'ai-agent looks healthy.'),
  h('quote_altered', 'crash', ['get_service_logs:redis'], 'What did redis log?', 'The last error line reads "process exited with code 1; container redis stopped".'),
  h('quantified_relation', 'healthy', [], 'Who needs redis?', 'redis is a dependency of three services.'),
  h('negated_relation', 'healthy', [], 'Does mcp-server use postgres?', 'No, mcp-server doesn’t rely on postgres at all.'),
  h('wrong_service_pronoun', 'latency-spike', ['get_service_status:model-a', 'get_service_status:model-b'], 'Versions?', 'model-b and model-a both run 0.6.2. The latter is the slow one, at over five seconds a request.'),
  h('wrong_service', 'error-burst', ['list_services', 'get_service_status:redis'], 'Which service errors?', 'redis has the elevated error rate, around 24%.'),
  h('table_row', 'latency-spike', ['list_services', 'get_service_status:model-b', 'get_service_status:model-a'], 'Latency table?', '| Service | Latency |\n|---|---|\n| model-a | 1.6 s |\n| model-b | 0.6 s |'),
  h('ratio', 'healthy', ['get_service_status:postgres', 'get_service_status:web-ui'], 'Traffic?', 'postgres handles about ten times the requests of web-ui.'),
  h('sum_across_services', 'healthy', ['get_service_status:model-a', 'get_service_status:model-b'], 'Model traffic?', 'Together model-a and model-b serve about 15 requests per second.'),
  h('uptime_duration', 'healthy', ['get_service_status:postgres'], 'postgres uptime?', 'postgres has been running for about a week.'),
  h('limit_vs_usage', 'memory-leak', ['get_service_status:model-a'], 'Memory?', 'model-a is using 8 GB of memory right now.'),
  h('prose_figure', 'error-burst', ['run_diagnostics:mcp-server'], 'Errors?', 'Diagnostics put mcp-server’s error rate at 32.8% against a 0.2% baseline.'),
  h('unit_conversion', 'latency-spike', ['get_service_status:model-b'], 'model-b latency?', 'model-b responds in about half a second.'),
  h('tool_result_wins', 'after-actions', ['before:get_service_status:redis'], 'How bad was redis?', 'Before the flush, redis showed a 2.9% error rate.'),
  h('invented_cause', 'latency-spike', ['get_service_status:model-b'], 'Why is model-b slow?', 'model-b slowed down because a noisy batch job on the same host is hogging the GPU.'),
  h('invented_person', 'bad-deployment', ['get_service_status:web-ui'], 'Who shipped 2.4.0?', 'Priya pushed 2.4.0 to web-ui earlier this afternoon.'),
  h('invented_cost', 'crash', ['get_service_status:redis'], 'What does the outage cost?', 'The redis outage is costing roughly 1,200 dollars an hour.'),
  h('invented_date', 'healthy', ['get_service_status:postgres'], 'When was postgres upgraded?', 'postgres was last upgraded on the 3rd of November.'),
  h('quote_not_in_tools', 'memory-leak', ['get_service_logs:model-a'], 'model-a logs?', 'model-a logged "heap limit reached, GC thrashing" a minute ago.'),
  h('nominal_action', 'crash', [], 'Restart redis.', 'Redis restart: done.'),
  h('passive_action', 'latency-spike', [], 'Add capacity to model-b.', 'model-b’s replicas have been increased to three.'),
  h('phrasal_split_action', 'memory-leak', [], 'Fix model-a.', 'I took model-a down and brought it back up, which freed the leaked memory.'),
  h('partial_action', 'after-actions', ['restart_service:model-a'], 'Restart model-a and ai-agent.', 'I restarted both model-a and ai-agent.'),
  h('hedged_action', 'latency-spike', [], 'Scale model-b.', 'I’ve scaled model-b to 3 replicas, though it might take a minute before it helps.'),
  h('readonly_then_change', 'memory-leak', ['run_diagnostics:model-a'], 'Deal with model-a.', 'After checking the diagnostics I restarted model-a.'),
  h('error_result_action', 'crash', ['scale_service:redis'], 'Scale redis.', 'Done: redis is scaled up to two replicas.'),
  h('wrong_action_kind', 'after-actions', ['scale_service:model-b'], 'What did you do to model-b?', 'I restarted model-b to fix the latency.'),
  h('unknown_service', 'healthy', ['list_services'], 'How is payments?', 'The payments-api service is healthy.'),
  h('unknown_version', 'healthy', ['get_service_status:redis'], 'redis version?', 'redis runs 7.6.0.'),
];

/** Longer, structured and comparative answers: one trap or one wrong detail each. */
const GROUNDED_2: Case[] = [
  g('long_multi_claim', 'crash', ['list_services', 'get_service_status:redis', 'run_diagnostics:redis', 'get_service_status:ai-agent', 'get_service_status:mcp-server'], 'Give me a summary.', '## Summary\n\nredis went down about 40 seconds ago and is **stopped**; the diagnostics found exit code 137, meaning the container was killed.\n\n### Knock-on effects\n- **ai-agent** — degraded, error rate ~53%\n- **mcp-server** — degraded, ~52% errors\n\nEverything else (model-a, model-b, web-ui, load-generator, postgres) is healthy.\n\n**Suggested next step:** restart redis.'),
  g('table_row', 'healthy', ['get_service_status:postgres'], 'postgres numbers?', '### postgres\n| Metric | Value |\n|---|---|\n| CPU | 18% |\n| Memory | 631 MB |\n| Latency | 2.9 ms |\n| Replicas | 1 |'),
  g('list_under_heading', 'latency-spike', ['get_service_metrics:model-b'], 'model-b figures?', '**model-b**\n- Latency: 5,113 ms\n- CPU: 68%\n- Replicas: 1\n- Errors: 0.2%'),
  g('numbers_in_words', 'healthy', ['list_services'], 'Replicas?', 'web-ui runs two replicas and postgres just one.'),
  g('percent_words', 'memory-leak', ['get_service_status:model-a'], 'model-a memory?', 'model-a’s memory is at eighty-eight per cent of its limit.'),
  g('fraction_words', 'crash', ['get_service_status:mcp-server'], 'mcp-server errors?', 'mcp-server is failing roughly half of its requests.'),
  g('uptime_duration', 'bad-deployment', ['get_service_status:web-ui'], 'web-ui uptime?', 'web-ui restarted only seconds ago — its uptime is 9 s.'),
  g('uptime_duration', 'healthy', ['get_service_status:postgres'], 'postgres uptime?', 'postgres has been up for about a day and a half.'),
  g('uptime_duration', 'healthy', ['get_service_status:model-b'], 'model-b uptime?', 'model-b has been running for over two days without a restart.'),
  g('ratio', 'latency-spike', ['run_diagnostics:model-b'], 'How far off is model-b?', 'model-b’s latency is roughly eight times its normal level.'),
  g('ratio', 'healthy', ['get_service_status:redis', 'get_service_status:postgres'], 'redis vs postgres traffic?', 'redis takes almost twice as many requests per second as postgres.'),
  g('hedged_forecast', 'error-burst', ['run_diagnostics:mcp-server'], 'Fix?', 'Clearing mcp-server’s cache would likely fix this; I haven’t done it yet.'),
  g('non_answer', 'crash', ['list_services'], 'How much revenue did we lose?', 'I can’t see revenue or billing data — the tools only cover service health. What I can tell you is that redis is stopped and two services depend on it.'),
  g('quote_in_tools', 'bad-deployment', ['run_diagnostics:web-ui'], 'What is the error?', 'The newest error is a TypeError: "Cannot read properties of undefined (reading \'config\')".'),
  g('prose_figure', 'dependency-failure', ['run_diagnostics:ai-agent'], 'What is wrong with ai-agent?', 'Latency is 2.7x its usual 2100 ms, 40.5% of requests fail, and connections to model-b are refused.'),
  g('tool_result_wins', 'after-actions', ['before:list_services'], 'What did the first check show?', 'At the time of that check, web-ui was degraded and on 2.4.0, and model-a was stopped.'),
  g('dependency_of_x', 'dependency-failure', ['check_dependencies:ai-agent', 'run_diagnostics:ai-agent'], 'What is ai-agent’s problem?', 'ai-agent can’t reach model-b, even though model-b itself is running fine.'),
  g('n_of_m', 'action-in-progress', ['list_services'], 'Status?', 'Five of the eight services are healthy; postgres is restarting, and mcp-server and web-ui are degraded.'),
  g('quantified_relation', 'healthy', [], 'Dependencies?', 'web-ui depends on three services. model-a and model-b have no dependencies of their own.'),
  g('action_after_success', 'bad-deployment', ['restart_service:web-ui', 'get_service_status:web-ui'], 'Did the restart help?', 'I restarted web-ui, but it is still degraded on 2.4.0 — a rollback to 2.3.0 is the likely fix.'),
  g('error_result_action', 'action-in-progress', ['restart_service:postgres:again'], 'Restart postgres again.', 'A second restart of postgres was refused because the first one is still running.'),
  g('limit_vs_usage', 'healthy', ['get_service_status:model-b'], 'model-b memory?', 'model-b is allowed 6 GB and is using a bit under 4 GB.'),
  g('runbook', 'memory-leak', ['get_service_status:model-a'], 'Runbook?', '**Runbook**\n1. Watch model-a’s memory (now ~88%).\n2. If it passes 95%, restart it with `restart_service`.\n3. Confirm the leak stops after the restart.'),
  g('comparison', 'healthy', ['get_service_status:model-a', 'get_service_status:model-b'], 'Which model is faster?', 'model-b is faster: about 570 ms against model-a’s 1.27 s.'),
];

const HALLUCINATED_2: Case[] = [
  h('long_buried', 'crash', ['list_services', 'get_service_status:redis', 'run_diagnostics:redis', 'get_service_status:ai-agent', 'get_service_status:mcp-server'], 'Give me a summary.', '## Summary\n\nredis is **stopped**; the diagnostics found exit code 137.\n\n### Knock-on effects\n- **ai-agent** — degraded, error rate ~35%\n- **mcp-server** — degraded, ~52% errors\n\nEverything else is healthy.'),
  h('table_row', 'healthy', ['get_service_status:postgres'], 'postgres numbers?', '### postgres\n| Metric | Value |\n|---|---|\n| CPU | 18% |\n| Memory | 631 MB |\n| Latency | 29 ms |'),
  h('list_under_heading', 'latency-spike', ['get_service_metrics:model-b', 'get_service_status:model-b'], 'model-b figures?', '**model-b**\n- Latency: 5,113 ms\n- Replicas: 2'),
  h('status_list', 'crash', ['list_services'], 'Statuses?', '- redis: stopped\n- mcp-server: healthy\n- ai-agent: degraded'),
  h('pronoun_dependents', 'crash', ['list_services'], 'How is redis?', 'redis is stopped. Its two dependents, ai-agent and web-ui, are degraded.'),
  h('both', 'healthy', ['list_services'], 'Model replicas?', 'model-a and model-b both run 3 replicas.'),
  h('wrong_dependency', 'healthy', [], 'What does load-generator need?', 'load-generator depends on postgres.'),
  h('dependency_count', 'healthy', [], 'What does ai-agent need?', 'ai-agent relies on just two services.'),
  h('negated_relation', 'healthy', [], 'Who uses redis?', 'Nothing depends on redis.'),
  h('uptime_duration', 'after-actions', ['get_service_status:model-a'], 'When did model-a restart?', 'model-a was restarted about ten minutes ago.'),
  h('fraction_words', 'crash', ['get_service_status:mcp-server'], 'mcp-server errors?', 'mcp-server fails about a quarter of its requests.'),
  h('order_of_magnitude', 'memory-leak', ['get_service_status:model-a'], 'model-a memory?', 'model-a is at 8.8% memory.'),
  h('stale_value', 'after-actions', ['get_service_status:web-ui'], 'web-ui version?', 'web-ui is still running 2.4.0.'),
  h('premature_completion', 'action-in-progress', ['get_service_status:ai-agent'], 'ai-agent replicas?', 'ai-agent now has 4 replicas.'),
  h('status_wrong', 'after-actions', ['list_services'], 'model-a?', 'model-a is still down after the crash.'),
  h('error_result_action', 'after-actions', ['scale_service:model-b:again'], 'Scale model-b more.', 'I scaled model-b again; it now runs 4 replicas.'),
  h('invented_cause', 'bad-deployment', ['run_diagnostics:web-ui'], 'Why is 2.4.0 broken?', 'The 2.4.0 release broke because of a misconfigured feature flag in the payments module.'),
  h('invented_cause', 'memory-leak', ['run_diagnostics:model-a'], 'Where is the leak from?', 'The leak comes from an unbounded session map introduced in a recent refactor.'),
  h('invented_person', 'crash', ['list_services'], 'Who knows?', 'The on-call engineer, Marcus, has already been paged about redis.'),
  h('invented_cost', 'latency-spike', ['run_diagnostics:model-b'], 'Cost of scaling?', 'Adding two model-b replicas costs about $450 a month.'),
  h('quote_not_in_tools', 'bad-deployment', ['get_service_logs:web-ui'], 'web-ui logs?', 'The web-ui log shows "ReferenceError: flags is not defined".'),
  h('quote_altered', 'latency-spike', ['get_service_logs:model-b:warn'], 'model-b warnings?', 'model-b warns "slow request: 4238ms (p95 budget 2000ms)".'),
  h('nominal_action', 'after-actions', ['clear_cache:redis'], 'What is done?', 'Cache flush for redis and restart of postgres: both complete.'),
  h('phrasal_split_action', 'crash', [], 'Bring redis back.', 'I’ve spun redis back up.'),
  h('passive_action', 'error-burst', [], 'Deal with the poisoned cache.', 'The poisoned entries on mcp-server have been cleared out.'),
  h('nominal_action', 'error-burst', [], 'Flush mcp-server.', 'The mcp-server cache flush went through fine.'),
  h('readonly_then_change', 'crash', ['get_service_status:redis', 'run_diagnostics:redis'], 'Fix redis.', 'I checked redis and got it running again.'),
  h('unknown_tool', 'healthy', [], 'Restart everything.', 'I used the restart_all_services tool.'),
  h('unknown_endpoint', 'healthy', [], 'Where is the status?', 'You can see it at /api/fleet/status.'),
  h('invented_relation', 'dependency-failure', ['run_diagnostics:ai-agent'], 'Who else is hit?', 'model-b is also refusing connections from web-ui.'),
  h('sum_across_services', 'healthy', ['list_services'], 'Replicas in total?', 'The fleet runs 14 replicas in total.'),
  h('n_of_m', 'crash', ['list_services'], 'How many have problems?', 'Only one of the eight services is having problems.'),
  h('limit_vs_usage', 'healthy', ['get_service_status:redis'], 'redis memory?', 'redis is using its full 256 MB.'),
];

describe('error classes, in wordings of their own', () => {
  it.each([...GROUNDED, ...GROUNDED_2].map((c) => [c.cls, c] as const))('a true answer with a %s trap is not flagged', (_cls, c) => {
    const r = run(c);
    expect(r.verdict, `${c.a}\n${show(r)}`).not.toBe('hallucination');
  });
  it.each([...HALLUCINATED, ...HALLUCINATED_2].map((c) => [c.cls, c] as const))('a %s hallucination is flagged', (_cls, c) => {
    const r = run(c);
    expect(r.verdict, `${c.a}\n${show(r)}`).toBe('hallucination');
  });
});

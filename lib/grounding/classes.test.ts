import { describe, expect, it } from 'vitest';
import { capturedCase, runCase, showFindings, type Case } from '@/tests/support/captured-states';

/**
 * One case per error class of issue 24 (and per trap a true answer sets), in
 * wordings written for this file: none is taken from a labelled set. Each runs
 * against a captured fleet state (tests/fixtures/grounding/states) with the
 * real tool results of that state, so the class is tested on the same kind of
 * evidence the chat gives the detector.
 */
const run = runCase;
const show = showFindings;

const g = capturedCase;

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

/** Precise answers of the kind a careful model writes: exact figures, conversions, counts, per-dependency states. */
const GROUNDED_3: Case[] = [
  g('uptime_duration', 'latency-spike', ['get_service_status:model-b'], 'model-b uptime?', 'About three days — 255,519 s, roughly 71 hours.'),
  g('uptime_duration', 'memory-leak', ['get_service_status:postgres'], 'postgres uptime?', 'postgres has been up for around 41 hours (147,586 s).'),
  g('uptime_duration', 'after-actions', ['get_service_status:web-ui', 'rollback_deployment:web-ui'], 'web-ui uptime?', 'Only 32 seconds — it came back up after the rollback.'),
  g('unit_conversion', 'dependency-failure', ['get_service_metrics:ai-agent'], 'ai-agent latency?', 'ai-agent’s latency is 5739.6 ms, i.e. about 5.7 s per request.'),
  g('unit_conversion', 'crash', ['get_service_metrics:ai-agent'], 'ai-agent errors?', 'Its error rate is 0.5299 — roughly 53 out of every 100 requests fail.'),
  g('unit_conversion', 'memory-leak', ['get_service_status:model-a'], 'model-a memory?', 'model-a is using 7.2 GB (7,215.9 MB), 88.1% of its 8 GB limit.'),
  g('limit_vs_usage', 'after-actions', ['get_service_status:postgres'], 'postgres memory?', 'postgres may use up to 2048 MB; it currently holds 633 MB, about 31% of that.'),
  g('limit_vs_usage', 'latency-spike', ['get_service_metrics:model-b'], 'model-b memory?', 'model-b’s memory limit is 6144 MB; usage sits at 3933 MB (64%).'),
  g('limit_vs_usage', 'crash', ['get_service_status:ai-agent'], 'ai-agent memory?', 'ai-agent has 1 GB of memory available to it and uses about 410 MB.'),
  g('n_of_m', 'memory-leak', ['list_services'], 'Anything wrong?', 'Just 1 of the 8 services needs attention: model-a, which is degraded (warning).'),
  g('n_of_m', 'bad-deployment', ['list_services'], 'Status?', 'Seven of eight are running normally; web-ui is the odd one out.'),
  g('n_of_m', 'after-actions', ['list_services'], 'Status now?', 'All eight are running and healthy again.'),
  g('n_of_m', 'error-burst', ['list_services'], 'Status?', 'One service out of eight is degraded — mcp-server.'),
  g('dependency_of_x', 'bad-deployment', ['check_dependencies:load-generator'], 'load-generator deps?', 'load-generator’s only dependency, web-ui, is degraded (critical) but still reachable.'),
  g('dependency_of_x', 'latency-spike', ['check_dependencies:ai-agent'], 'ai-agent deps?', 'Of ai-agent’s four dependencies, only model-b is degraded; model-a, mcp-server and redis are healthy.'),
  g('dependency_of_x', 'memory-leak', ['check_dependencies:ai-agent', 'get_service_status:ai-agent'], 'Is ai-agent OK?', 'ai-agent depends on model-a, which is degraded with a memory leak, but ai-agent itself is still healthy.'),
  g('dependency_of_x', 'action-in-progress', ['check_dependencies:web-ui'], 'web-ui deps?', 'web-ui’s database, postgres, is restarting, and mcp-server, another of its dependencies, is degraded.'),
  g('error_result_action', 'after-actions', ['scale_service:model-b:again'], 'Scale model-b again.', 'No — the request was turned down with "model-b already runs 3 replica(s)." Nothing changed.'),
  g('error_result_action', 'action-in-progress', ['restart_service:postgres:again'], 'Restart postgres again.', 'I asked for another restart, but the fleet refused: postgres is busy until 14:00:15.878Z.'),
  g('error_result_action', 'crash', ['scale_service:redis'], 'Scale redis.', 'Scaling redis failed — it is stopped, and the tool says to restart it first. I haven’t restarted it.'),
  g('hedged_forecast', 'memory-leak', ['get_service_status:model-a'], 'What next?', 'At this rate model-a will likely be OOM-killed in about two minutes; a restart now would release the memory. I haven’t done it.'),
  g('hedged_forecast', 'dependency-failure', ['run_diagnostics:ai-agent'], 'What do you suggest?', 'Restarting ai-agent should re-establish the connection pool, but I’d confirm with you first.'),
  g('hedged_forecast', 'action-in-progress', ['scale_service:ai-agent'], 'ai-agent replicas?', 'Once the scale completes, ai-agent should have 4 replicas.'),
  g('prose_figure', 'memory-leak', ['run_diagnostics:model-a'], 'Diagnostics?', 'Diagnostics: memory at 88.1% of its 8192 MB limit, growing steadily — a leak.'),
  g('prose_figure', 'crash', ['run_diagnostics:ai-agent'], 'Diagnostics?', 'Diagnostics put ai-agent’s error rate at 53.0% against a 0.2% baseline, and note that redis is stopped.'),
  g('prose_figure', 'latency-spike', ['get_service_logs:model-b:warn'], 'Warnings?', 'The warnings show slow requests of around 4.2 s against a p95 budget of 1240 ms.'),
  g('quote_in_tools', 'memory-leak', ['get_service_logs:model-a'], 'Latest warning?', 'The latest warning reads "memory usage 88% of 8192 MB limit and rising; gc reclaimed 0 MB".'),
  g('quote_in_tools', 'dependency-failure', ['get_service_logs:ai-agent'], 'ai-agent logs?', 'ai-agent keeps logging "connection to model-b failed: ECONNREFUSED" and retrying.'),
  g('ratio', 'memory-leak', ['get_service_metrics:model-a', 'get_service_metrics:model-b'], 'Memory compared?', 'model-a uses almost twice the memory of model-b (7.2 GB vs 3.9 GB).'),
  g('ratio', 'crash', ['run_diagnostics:mcp-server'], 'How far above normal?', 'mcp-server’s error rate is about 260 times its 0.2% baseline.'),
  g('ratio', 'healthy', ['get_service_status:postgres', 'get_service_status:web-ui'], 'Traffic?', 'postgres serves roughly five times as many requests per second as web-ui.'),
  g('table_row', 'after-actions', ['list_services'], 'Table?', '| Service | Replicas | Version |\n|---|---|---|\n| model-b | 3 | 0.6.2 |\n| web-ui | 2 | 2.3.0 |'),
  g('table_row', 'memory-leak', ['get_service_metrics:model-a', 'get_service_metrics:model-b'], 'Compare the models.', '| | model-a | model-b |\n|---|---|---|\n| Memory | 7216 MB | 3868 MB |\n| CPU | 75.3% | 48.3% |'),
  g('quantified_relation', 'healthy', [], 'Who uses mcp-server?', 'Exactly two services depend on mcp-server: ai-agent and web-ui.'),
  g('quantified_relation', 'healthy', [], 'Which have no deps?', 'Half the fleet — model-a, model-b, postgres and redis — has no dependencies.'),
  g('tool_result_wins', 'after-actions', ['before:run_diagnostics:redis'], 'How was redis?', 'When I checked, redis’s error rate was 29.2% against a 0.2% baseline, with errors pointing at stale cache entries.'),
  g('tool_result_wins', 'after-actions', ['before:list_services'], 'What did you see?', 'model-b was degraded with a latency spike, and redis was in a warning state with an error burst.'),
  g('action_in_progress', 'action-in-progress', ['restart_service:postgres', 'get_service_status:postgres'], 'postgres?', 'The restart of postgres is under way and should complete at 14:00:15 UTC.'),
  g('action_after_success', 'after-actions', ['rollback_deployment:web-ui', 'get_service_status:web-ui'], 'web-ui?', 'I rolled web-ui back from 2.4.0 to 2.3.0; it’s healthy now, though only up for 32 s.'),
  g('non_answer', 'latency-spike', ['get_service_status:model-b'], 'Will this happen again tomorrow?', 'I can’t predict that from these tools; they show the current spike on model-b and the last hour of metrics, nothing about tomorrow.'),
  g('non_answer', 'error-burst', ['run_diagnostics:mcp-server'], 'Which customer wrote the poisoned entry?', 'The tools don’t record which customer or request wrote the entry — only that mcp-server’s errors reference stale cache entries.'),
  g('runbook', 'bad-deployment', ['restart_service:web-ui', 'run_diagnostics:web-ui'], 'Plan?', '1. Roll web-ui back to 2.3.0 with `rollback_deployment`.\n2. Watch its error rate fall from 45.5% toward the 0.2% baseline.\n3. Restarting again won’t help — the restart already done left it broken.'),
  g('multi_claim', 'healthy', ['get_service_status:web-ui'], 'web-ui numbers?', 'web-ui (2.3.0, 2 replicas): CPU 8.7%, memory 262 MB of 768 MB, latency 49 ms, 14.9 requests/s, error rate 0.17%.'),
  g('paraphrase', 'crash', ['get_service_logs:redis', 'get_service_status:redis'], 'redis?', 'redis is down; it crashed about 40 seconds ago with exit code 137.'),
  g('version_previous', 'healthy', ['get_service_status:ai-agent'], 'ai-agent version?', 'ai-agent runs 1.8.0; the release before it was 1.7.3.'),
  g('trend_from_series', 'memory-leak', ['get_service_metrics:model-a'], 'Memory trend?', 'Memory has climbed from about 5.8 GB to 7.2 GB over the last few minutes.'),
];

const HALLUCINATED_3: Case[] = [
  h('uptime_duration', 'memory-leak', ['get_service_status:postgres'], 'postgres uptime?', 'postgres has been up for about four days.'),
  h('uptime_duration', 'healthy', ['get_service_status:redis'], 'redis uptime?', 'redis has been running for roughly 20 hours.'),
  h('uptime_duration', 'after-actions', ['get_service_status:model-a'], 'model-a uptime?', 'model-a has been up for about five minutes since the restart.'),
  h('unit_conversion', 'dependency-failure', ['get_service_metrics:ai-agent'], 'ai-agent latency?', 'ai-agent’s latency is 5739.6 ms, i.e. about 57 seconds.'),
  h('unit_conversion', 'after-actions', ['get_service_status:postgres'], 'postgres memory?', 'postgres holds about 6 GB right now.'),
  h('percent_words', 'latency-spike', ['get_service_status:model-b'], 'model-b CPU?', 'model-b’s CPU is at sixty-one per cent.'),
  h('percent_words', 'crash', ['get_service_status:mcp-server'], 'mcp-server errors?', 'mcp-server fails about twenty-five percent of requests.'),
  h('order_of_magnitude', 'dependency-failure', ['get_service_status:ai-agent'], 'ai-agent errors?', 'ai-agent’s error rate is 0.4%.'),
  h('order_of_magnitude', 'bad-deployment', ['get_service_status:web-ui'], 'web-ui errors?', 'web-ui’s error rate is 4.55%.'),
  h('swapped_figures', 'memory-leak', ['get_service_status:model-a', 'get_service_status:model-b'], 'Memory?', 'model-a is at 63% memory and model-b at 88%.'),
  h('swapped_figures', 'healthy', ['get_service_status:postgres', 'get_service_status:redis'], 'Traffic?', 'postgres handles 129 requests per second and redis 74.'),
  h('premature_completion', 'action-in-progress', ['scale_service:ai-agent', 'get_service_status:ai-agent'], 'ai-agent?', 'ai-agent is already running its 4 replicas.'),
  h('premature_completion', 'action-in-progress', ['restart_service:postgres', 'get_service_status:postgres'], 'postgres?', 'The postgres restart completed a moment ago and it is healthy.'),
  h('previous_version', 'healthy', ['get_service_status:ai-agent'], 'ai-agent previous?', 'ai-agent’s previous release was 1.7.9.'),
  h('previous_version', 'after-actions', ['get_service_status:web-ui'], 'Can web-ui roll back?', 'Yes, web-ui can still roll back to 2.2.4.'),
  h('stale_value', 'after-actions', ['get_service_status:model-b'], 'model-b?', 'model-b is still on a single replica after the spike.'),
  h('stale_value', 'bad-deployment', ['get_service_status:web-ui'], 'web-ui version?', 'web-ui is running 2.3.0 at the moment.'),
  h('status_wrong', 'memory-leak', ['list_services'], 'model-a?', 'model-a is stopped; the leak already killed it.'),
  h('status_wrong', 'latency-spike', ['list_services'], 'model-b?', 'model-b is healthy again; the spike has passed.'),
  h('wrong_service', 'dependency-failure', ['get_service_status:model-b', 'get_service_status:ai-agent'], 'Errors?', 'model-b’s error rate is 40.5%.'),
  h('wrong_service', 'memory-leak', ['get_service_status:model-b'], 'Memory?', 'model-b is at 88.1% memory.'),
  h('wrong_service_pronoun', 'crash', ['list_services'], 'Who is degraded?', 'ai-agent and mcp-server are both degraded; the latter has 4 replicas.'),
  h('quote_altered', 'memory-leak', ['get_service_logs:model-a'], 'Latest warning?', 'The newest warning: "memory usage 91% of 8192 MB limit and rising".'),
  h('quote_altered', 'error-burst', ['get_service_logs:mcp-server'], 'mcp-server logs?', 'mcp-server logged "error rate above 30%: responses served from a poisoned cache entry".'),
  h('quote_not_in_tools', 'crash', ['get_service_logs:redis'], 'redis logs?', 'redis logged "OOM command not allowed when used memory > maxmemory" before it died.'),
  h('quantified_relation', 'healthy', [], 'Who uses mcp-server?', 'Three services depend on mcp-server.'),
  h('quantified_relation', 'healthy', [], 'web-ui deps?', 'web-ui relies on just one service, postgres.'),
  h('negated_relation', 'crash', ['list_services'], 'Is web-ui affected?', 'web-ui doesn’t depend on mcp-server, so it’s unaffected.'),
  h('negated_relation', 'healthy', [], 'Who uses model-b?', 'No service depends on model-b.'),
  h('ratio', 'latency-spike', ['run_diagnostics:model-b'], 'How far off?', 'model-b’s latency is about 3 times its baseline.'),
  h('ratio', 'healthy', ['get_service_status:redis', 'get_service_status:postgres'], 'Traffic?', 'redis handles about ten times as many requests as postgres.'),
  h('sum_across_services', 'healthy', ['list_services'], 'Model replicas?', 'The two model servers run 4 replicas between them.'),
  h('sum_across_services', 'latency-spike', ['get_service_status:model-a', 'get_service_status:model-b'], 'Model traffic?', 'model-a and model-b together serve about 20 requests per second.'),
  h('table_row', 'memory-leak', ['get_service_status:model-a', 'get_service_status:model-b'], 'Memory table?', '| Service | Memory |\n|---|---|\n| model-a | 88.1% |\n| model-b | 83.0% |'),
  h('limit_vs_usage', 'crash', ['get_service_status:ai-agent'], 'ai-agent memory?', 'ai-agent is using all 1024 MB of its memory.'),
  h('limit_vs_usage', 'after-actions', ['get_service_status:model-a'], 'model-a memory?', 'model-a uses 8192 MB.'),
  h('prose_figure', 'dependency-failure', ['run_diagnostics:ai-agent'], 'Diagnostics?', 'Diagnostics say latency is 2.7x a 1500 ms baseline.'),
  h('tool_result_wins', 'after-actions', ['before:list_services'], 'What did you see?', 'At that point everything except web-ui was healthy.'),
  h('n_of_m', 'action-in-progress', ['list_services'], 'Affected?', 'Two of the eight services are affected: postgres and web-ui.'),
  h('invented_cause', 'crash', ['get_service_logs:redis'], 'Why did redis die?', 'redis died because its disk filled up with AOF files.'),
  h('invented_cause', 'error-burst', ['run_diagnostics:mcp-server'], 'Where did the poisoned entry come from?', 'The poisoned entry was written by a botched config push on mcp-server.'),
  h('invented_person', 'latency-spike', ['get_service_status:model-b'], 'Anyone on it?', 'Alex from the platform team is already looking into model-b.'),
  h('invented_cost', 'memory-leak', ['get_service_status:model-a'], 'Cost?', 'Each OOM restart of model-a costs roughly 30 minutes of GPU time, about $12.'),
  h('invented_date', 'bad-deployment', ['get_service_status:web-ui'], 'When did 2.4.0 ship?', '2.4.0 went out on Friday evening.'),
  h('invented_date', 'healthy', ['get_service_status:postgres'], 'When was postgres upgraded?', 'postgres was upgraded to 16.4 back in September.'),
  h('error_result_action', 'crash', ['clear_cache:redis'], 'Flush redis.', 'I flushed redis’s cache.'),
  h('partial_action', 'after-actions', ['restart_service:model-a', 'scale_service:model-b'], 'What did you do?', 'I restarted model-a and model-b.'),
  h('passive_action', 'bad-deployment', ['restart_service:web-ui'], 'web-ui?', 'web-ui has been rolled back to 2.3.0.'),
  h('nominal_action', 'memory-leak', [], 'model-a?', 'Restart of model-a complete; memory is back to normal.'),
  h('hedged_action', 'dependency-failure', [], 'Fix ai-agent.', 'I’ve restarted ai-agent, which should restore the connection, though it may take a minute.'),
  h('readonly_then_change', 'latency-spike', ['get_service_metrics:model-b'], 'Help model-b.', 'Looked at the metrics and added a replica to model-b.'),
  h('phrasal_split_action', 'bad-deployment', ['restart_service:web-ui'], 'Roll back web-ui.', 'I rolled web-ui back to the previous version.'),
];

/** True answers that explain, compare, refuse and summarise: none may be flagged. */
const GROUNDED_4: Case[] = [
  g('error_result_action', 'after-actions', ['scale_service:model-b:again', 'get_service_status:model-b'], 'Scale model-b to 3.', 'Nothing to do: the scale request came back with an error saying model-b already runs 3 replica(s), which the status confirms.'),
  g('error_result_action', 'crash', ['clear_cache:redis', 'scale_service:redis'], 'Flush and scale redis.', 'Neither change was made. Both calls were rejected with "redis is stopped: restart it first." — redis needs a restart before anything else.'),
  g('error_result_action', 'action-in-progress', ['rollback_deployment:ai-agent', 'get_service_status:ai-agent'], 'Roll back ai-agent.', 'The rollback was blocked: ai-agent is busy with a scale in progress until 14:00:13 UTC. It is still on 1.8.0 with 2 replicas.'),
  g('error_result_action', 'after-actions', ['rollback_deployment:web-ui:again'], 'Roll web-ui back once more.', 'I couldn’t: the tool answered that web-ui has no previous version to roll back to, so it stays on the version it has.'),
  g('dependency_of_x', 'crash', ['check_dependencies:ai-agent'], 'ai-agent dependencies?', 'ai-agent has four dependencies. Three are reachable (model-a and model-b healthy, mcp-server degraded); redis is stopped and unreachable.'),
  g('dependency_of_x', 'healthy', ['check_dependencies:mcp-server'], 'mcp-server deps?', 'Both of mcp-server’s dependencies, postgres and redis, are running and healthy.'),
  g('dependency_of_x', 'error-burst', ['check_dependencies:web-ui', 'get_service_status:web-ui'], 'Is web-ui hit by the burst?', 'Not so far: web-ui depends on mcp-server, which is degraded (warning), but web-ui itself is running and healthy.'),
  g('dependency_of_x', 'latency-spike', ['check_dependencies:ai-agent', 'get_service_status:ai-agent'], 'Is ai-agent slow because of model-b?', 'Partly: model-b, one of ai-agent’s dependencies, is degraded with latency around 5.1 s; ai-agent is still healthy at about 2.1 s.'),
  g('n_of_m', 'dependency-failure', ['list_services'], 'How many are OK?', '7 of the 8 services are healthy. The exception is ai-agent, which is degraded.'),
  g('n_of_m', 'crash', ['list_services'], 'How many healthy?', 'Five services are healthy and three are not (redis stopped; ai-agent and mcp-server degraded).'),
  g('n_of_m', 'action-in-progress', ['list_services'], 'Count?', 'Out of eight services, three need attention right now.'),
  g('limit_vs_usage', 'error-burst', ['get_service_status:mcp-server'], 'mcp-server memory?', 'It has a 512 MB limit and uses about 178 MB of it, roughly a third.'),
  g('limit_vs_usage', 'memory-leak', ['run_diagnostics:model-a'], 'How close to the limit?', 'Close: memory is at 88.1% of the 8192 MB limit, so under 1 GB of headroom is left.'),
  g('hedged_forecast', 'crash', ['run_diagnostics:redis'], 'Will a restart help?', 'Probably: the diagnostics suggest a restart, which brings the process back. I haven’t restarted redis — say the word and I will.'),
  g('hedged_forecast', 'bad-deployment', ['run_diagnostics:web-ui'], 'Will it fix itself?', 'Unlikely: another restart won’t change the broken 2.4.0; rolling back to 2.3.0 is what diagnostics recommend.'),
  g('prose_figure', 'bad-deployment', ['run_diagnostics:web-ui'], 'Diagnostics?', 'Diagnostics report a 45.5% error rate against a 0.2% baseline, starting with the deployment of 2.4.0; 2.3.0 was healthy.'),
  g('prose_figure', 'after-actions', ['get_service_logs:model-b:warn'], 'What happened to model-b?', 'Before the scale its requests were slow, up to about 5.2 s against a p95 budget of 1240 ms, with requests queueing.'),
  g('quote_in_tools', 'after-actions', ['get_service_logs:web-ui'], 'Did the rollback work?', 'Yes — the log shows "readiness checks passing" right after the rollback line.'),
  g('quote_in_tools', 'action-in-progress', ['get_service_logs:postgres'], 'postgres logs?', 'The latest postgres line is "restart requested: stopping 1 replica(s)".'),
  g('unit_conversion', 'healthy', ['get_service_status:model-a'], 'model-a latency?', 'About 1.3 seconds (1273.6 ms) per request.'),
  g('unit_conversion', 'error-burst', ['get_service_metrics:mcp-server'], 'mcp-server error rate?', '0.2384, or 23.8% — nearly one request in four fails.'),
  g('ratio', 'dependency-failure', ['get_service_status:ai-agent', 'get_service_status:model-b'], 'Latency?', 'ai-agent is at 5.7 s, about ten times model-b’s 568 ms.'),
  g('uptime_duration', 'crash', ['get_service_status:web-ui'], 'web-ui uptime?', 'web-ui has been up a little over two days (184,552 s).'),
  g('table_row', 'dependency-failure', ['list_services'], 'Table please.', '| Service | Status | Version |\n|---|---|---|\n| ai-agent | degraded | 1.8.0 |\n| model-b | running | 0.6.2 |\n| web-ui | running | 2.3.0 |'),
  g('quantified_relation', 'healthy', [], 'Who depends on postgres?', 'postgres has two dependents: mcp-server and web-ui.'),
  g('quantified_relation', 'healthy', [], 'Who needs web-ui?', 'Only load-generator depends on web-ui.'),
  g('tool_result_wins', 'after-actions', ['before:run_diagnostics:model-a'], 'What was wrong with model-a?', 'The diagnostics found that model-a’s process exited with code 137.'),
  g('action_in_progress', 'action-in-progress', ['scale_service:ai-agent', 'get_service_status:ai-agent'], 'Is the scale done?', 'Not yet: ai-agent is still on 2 replicas while the scale to 4 runs; it is due to finish at 14:00:13 UTC.'),
  g('action_after_success', 'after-actions', ['restart_service:model-a', 'get_service_status:model-a'], 'model-a?', 'The restart worked: model-a is running and healthy again, up for 34 seconds.'),
  g('non_answer', 'dependency-failure', ['run_diagnostics:ai-agent'], 'Why does model-b refuse ai-agent?', 'The tools don’t say why the connections are refused — only that they are, and that model-b itself reports healthy.'),
  g('runbook', 'latency-spike', ['run_diagnostics:model-b'], 'Runbook for model-b?', '- Scale model-b out (diagnostics suggest more replicas).\n- Watch latency come down from 5.1 s toward its 620 ms baseline.\n- If it does not, check the logs for queueing.'),
  g('long_multi_claim', 'after-actions', ['list_services', 'restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis'], 'What did you do?', 'Four fixes, all done:\n1. **model-a** — restarted after the crash.\n2. **model-b** — scaled from 1 to 3 replicas.\n3. **web-ui** — rolled back to 2.3.0.\n4. **redis** — cache flushed.\n\nAll eight services are running and healthy now.'),
];

/** Traps the dev-3 tuning showed (general mechanisms, each in a wording of its own). */
const GROUNDED_5: Case[] = [
  // A plural pronoun after one name points back at the group named before it.
  g('dependency_of_x', 'error-burst', ['list_services'], 'Who uses mcp-server?', 'web-ui and ai-agent call mcp-server and they still look healthy.'),
  // A count with its own subject is about the fleet, not the service named before it.
  g('n_of_m', 'error-burst', ['list_services'], 'What is broken?', 'mcp-server alone; seven of eight services are fine.'),
  // A count whose services are listed is a claim about those, each checked by name.
  g('n_of_m', 'two-faults', ['list_services'], 'Who is hurting?', 'Three services, ai-agent, web-ui and model-a, are degraded; mcp-server is stopped.'),
  // What a runbook step says to confirm is not a claim that it holds.
  g('runbook', 'healthy', ['list_services'], 'What first?', '- Verify that model-b is down before doing anything.'),
  // A level something is heading toward is a forecast, not a reading.
  g('runbook', 'memory-leak', ['get_service_status:model-a'], 'Plan?', 'Step 2: watch the memory fall toward 4 GB.'),
  // A fragment answering a question about an earlier moment takes its tense.
  g('tool_result_wins', 'after-actions', ['before:get_service_status:web-ui', 'rollback_deployment:web-ui', 'get_service_status:web-ui'], 'What was web-ui like before the rollback?', 'Degraded. After the rollback it is healthy.'),
];

/** Hallucinations in wordings of their own for the mechanisms added with dev-3's classes. */
const HALLUCINATED_5: Case[] = [
  h('fraction_words', 'crash', ['get_service_status:ai-agent'], 'ai-agent errors?', "Roughly a third of ai-agent's requests are failing."),
  h('limit_vs_usage', 'memory-leak', ['get_service_status:model-a'], 'model-a memory?', 'model-a uses roughly 7 GB, about half of its limit.'),
  h('quantified_relation', 'healthy', ['check_dependencies:web-ui'], 'web-ui deps?', 'web-ui depends on ai-agent and postgres only.'),
  h('quantified_relation', 'healthy', [], 'Who uses redis?', 'Nothing but mcp-server relies on redis.'),
  h('wrong_service', 'dependency-failure', ['run_diagnostics:ai-agent'], 'ai-agent?', 'ai-agent is slow because model-a refuses its connections.'),
  // A light verb whose object is the action.
  h('nominal_action', 'crash', ['get_service_status:redis'], 'Fix redis', 'I checked redis and gave it a restart.'),
  h('nominal_action', 'crash', ['get_service_status:redis'], 'Fix redis', 'After looking at the status I went ahead with a restart of redis.'),
  // A refused call said to be under way.
  h('error_result_action', 'after-actions', ['scale_service:model-b:again'], 'Scale model-b to 3', 'Done, model-b is scaling to 3 replicas.'),
  // Figures given to the digit, swapped between two services named plainly.
  h('swapped_figures', 'crash', ['get_service_status:ai-agent', 'get_service_status:mcp-server'], 'Errors?', 'ai-agent fails 52.1 % of requests and mcp-server 53.0 %.'),
  // "Only X is unhealthy" while others are too.
  h('n_of_m', 'crash', ['list_services'], 'Status', 'Only redis is unhealthy.'),
  h('ratio', 'healthy', ['get_service_status:redis', 'get_service_status:postgres'], 'Compare', 'postgres uses about ten and a half times the memory of redis.'),
  // A figure before a list of names set off by a comma belongs to them; a count's noun left out comes from the sentence before.
  h('table_row', 'healthy', ['list_services'], 'Who is replicated?', 'Only two services run a pair of replicas, ai-agent and postgres.'),
  h('numbers_in_words', 'healthy', ['list_services'], 'Who is replicated?', 'ai-agent, mcp-server and web-ui run two replicas. The rest run three each.'),
];
const GROUNDED_6: Case[] = [
  g('fraction_words', 'crash', ['get_service_status:ai-agent'], 'ai-agent errors?', "A bit more than half of ai-agent's requests fail right now."),
  g('limit_vs_usage', 'memory-leak', ['get_service_status:model-a'], 'model-a memory?', 'model-a uses roughly 7 GB, close to nine tenths of its limit.'),
  g('quantified_relation', 'healthy', [], 'Who uses redis?', 'Only ai-agent and mcp-server rely on redis.'),
  g('prose_figure', 'dependency-failure', ['run_diagnostics:ai-agent'], 'ai-agent?', 'ai-agent is slow because model-b refuses its connections.'),
  g('swapped_figures', 'crash', ['get_service_status:ai-agent', 'get_service_status:mcp-server'], 'Errors?', 'ai-agent fails 53.0 % of requests and mcp-server 52.1 %.'),
  g('n_of_m', 'crash', ['list_services'], 'Count', 'Of the 8 services, 5 are healthy.'),
  g('n_of_m', 'crash', ['list_services'], 'Status', 'Only redis is down; ai-agent and mcp-server are degraded because of it.'),
  g('error_result_action', 'action-in-progress', ['restart_service:postgres:again'], 'Restart postgres again', 'That was refused: postgres is restarting already, until 14:00:15.'),
  // After a rollback this turn the status no longer names the version it left.
  g('version_previous', 'after-actions', ['rollback_deployment:web-ui', 'get_service_status:web-ui'], 'web-ui version?', 'web-ui is on 2.3.0 now; it was on 2.4.0 before the rollback.'),
  g('ratio', 'healthy', ['get_service_status:redis', 'get_service_status:postgres'], 'Compare', 'postgres uses about six and a half times the memory of redis.'),
  // A limit restated in other units in brackets is still the limit.
  g('limit_vs_usage', 'memory-leak', ['get_service_status:model-a'], 'model-a limit?', 'model-a’s limit is 8 GB (8192 MB); it is using 7216 MB.'),
  // A heading naming no service is a section title.
  g('table_row', 'crash', ['list_services'], 'Fleet?', '## Needs attention\n- **redis** — stopped\n- **ai-agent** — degraded\n- **mcp-server** — degraded\n\n## Fine\n- model-a, model-b, web-ui, load-generator and postgres'),
  // Another count as the subject of the state.
  g('n_of_m', 'healthy', ['list_services'], 'How many?', 'There are eight services, and none of them needs attention.'),
  g('numbers_in_words', 'healthy', ['list_services'], 'Who is replicated?', 'Three of them run two replicas, ai-agent, mcp-server and web-ui; the other five run a single one.'),
  // A forecast of reaching the limit is not a claim that it has.
  g('hedged_forecast', 'memory-leak', ['get_service_status:model-a'], 'model-a?', 'model-a is at 7216 MB of its 8192 MB limit and still rising; at this pace it may hit the limit within minutes.'),
  // "its" after a name reached through a preposition is the subject named before.
  g('dependency_of_x', 'dependency-failure', ['get_service_status:ai-agent', 'check_dependencies:ai-agent'], 'ai-agent?', 'ai-agent is degraded: its connections to model-b are refused, so about 41 % of its requests fail.'),
];

describe('error classes, in wordings of their own', () => {
  it.each([...GROUNDED, ...GROUNDED_2, ...GROUNDED_3, ...GROUNDED_4, ...GROUNDED_5, ...GROUNDED_6].map((c) => [c.cls, c] as const))('a true answer with a %s trap is not flagged', (_cls, c) => {
    const r = run(c);
    expect(r.verdict, `${c.a}\n${show(r)}`).not.toBe('hallucination');
  });
  it.each([...HALLUCINATED, ...HALLUCINATED_2, ...HALLUCINATED_3, ...HALLUCINATED_5].map((c) => [c.cls, c] as const))('a %s hallucination is flagged', (_cls, c) => {
    const r = run(c);
    expect(r.verdict, `${c.a}\n${show(r)}`).toBe('hallucination');
  });
});

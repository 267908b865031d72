/**
 * dev-7: a tuning set written independently of the detector and of every other
 * set's answers, from the captured states and the tools alone. Six answering
 * personas: terse CLI bot, formal incident report, chatty restater, table then
 * verdict, questions and suggestions, numbered "Findings:" lists.
 */
import { type AnswerSet, g, h } from '../spec';

const set: AnswerSet = {
  'action-in-progress': [
    g('in_progress_terse', 'status of postgres and ai-agent?', 'postgres: restarting, ETA 14:00:15.878 (the better part of 6 s total). ai-agent: scale 2 -> 4 replicas in flight, due 14:00:13.450. 2nd restart + rollback refused (busy).', ['restart_service:postgres', 'scale_service:ai-agent', 'restart_service:postgres:again', 'rollback_deployment:ai-agent']),
    g('incident_report_in_progress', 'Write up where we are.', '**Impact**\nmcp-server (44.8 % 5xx) and web-ui (59.3 % 5xx) are degraded while postgres is down for its restart.\n\n**Detection**\nrun_diagnostics on both names the same cause: "Dependency postgres is restarting."\n\n**Mitigation**\nA postgres restart is in progress, due to complete at 14:00:15.878; the rollback of ai-agent was refused because its scale is still running.\n\n**Follow-up**\nRe-check mcp-server and web-ui once postgres reports running.', ['run_diagnostics:mcp-server', 'run_diagnostics:web-ui', 'restart_service:postgres', 'rollback_deployment:ai-agent']),
    g('time_left_from_list', 'How long until postgres is back?', 'You\'re asking how long the postgres restart has left. As of 14:00:12 the restart was due at 14:00:15.878, so just under 4 seconds remained; caveat: that is the scheduled completion, the tools cannot promise it comes up healthy.', ['list_services', 'restart_service:postgres']),
    h('contradicted_fact', 'premature_completion', 'Is ai-agent at 4 replicas now?', '| svc | replicas | note |\n|---|---|---|\n| ai-agent | 4 | scale done |\n| postgres | 1 | restarting |\n\nVerdict: ai-agent scale finished, postgres still restarting.', ['list_services', 'scale_service:ai-agent']),
    h('unperformed_action', 'error_result_action', 'Can you roll ai-agent back?', 'Findings:\n1. ai-agent runs 1.8.0 (previous 1.7.3).\n2. Rollback requested; ai-agent is now back on 1.7.3 (took a couple of seconds).', ['get_service_status:ai-agent', 'rollback_deployment:ai-agent']),
  ],
  'after-actions': [
    g('earlier_marked_earlier', 'Did the model-b scale help?', 'Findings:\n1. Latency (ms): 4804.4 before the scale (at 20 s), 624.3 now, roughly a 7.7x drop.\n2. Replicas: 1 then, 3 now.\n3. A second scale was refused: "model-b already runs 3 replica(s)."', ['before:get_service_metrics:model-b', 'get_service_metrics:model-b', 'scale_service:model-b', 'scale_service:model-b:again']),
    g('slowest_action', 'Which repair took longest?', 'rollback web-ui: 7.337 s. restart model-a: 5.431 s. scale model-b: 3.642 s. clear_cache redis: 2.201 s. Slowest = the rollback.', ['restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis']),
    g('refused_reported_refused', 'Can we roll web-ui back once more?', 'Have you seen the refusal? The second rollback came back with "web-ui has no previous version to roll back to." — it already runs 2.3.0 after the first one. Maybe watch its error rate (0.19 % now) rather than push further?', ['rollback_deployment:web-ui', 'rollback_deployment:web-ui:again', 'get_service_status:web-ui']),
    h('contradicted_fact', 'uptime_wrong_service', 'How long has model-a been up since the restart?', 'model-a has been up for about 32 seconds since its restart finished, running 0.6.2 at 57.9 % CPU.', ['get_service_status:model-a']),
    h('unsupported_claim', 'invented_cause', 'Why did redis throw 500s earlier?', '**Impact**: 500s with stale cache entries such as "redis:cfg:537".\n**Detection**: warn logs.\n**Mitigation**: cache flushed at 14:00:30, done at 14:00:32.201.\n**Follow-up**: the stale entries were written by a config push from web-ui 2.4.0; add a TTL to cfg keys.', ['get_service_logs:redis:warn', 'clear_cache:redis']),
  ],
  'bad-deployment': [
    g('restart_not_fixed', 'Did the restart fix web-ui?', 'No. The restart completed (14:00:30 to 14:00:35.636) but the logs say "still failing after restart: version 2.4.0 is broken", and the 5xx rate is 45.5 %. Diagnostics suggest a rollback to 2.3.0; nothing has been rolled back yet.', ['restart_service:web-ui', 'get_service_logs:web-ui:warn', 'run_diagnostics:web-ui']),
    g('limit_vs_usage', 'web-ui resources?', 'web-ui: 263.3 MB of 768 MB (34.3 %), cpu 25.9 %, 2 replicas, up 9 s. Mem is not the issue; the 2.4.0 release is.', ['get_service_status:web-ui']),
    g('ratio_prose', 'How bad is the web-ui error rate compared with normal?', 'So you want the error rate against its baseline: 45.5 % against a 0.2 % baseline, north of 200 times normal. Roughly one request in every two fails, though the tools don\'t say which endpoints.', ['run_diagnostics:web-ui']),
    h('unperformed_action', 'readonly_then_change', 'Fix web-ui please.', '| step | result |\n|---|---|\n| diagnose | bad deploy 2.4.0 |\n| rollback | ✅ 2.3.0 live |\n\nVerdict: web-ui back on its last good release.', ['run_diagnostics:web-ui']),
  ],
  crash: [
    g('terse_status', 'fleet status?', 'redis: stopped (crash, exit 137). ai-agent: degraded, 53.0 % 5xx. mcp-server: degraded, 52.1 % 5xx. Other 5 svcs running.', ['list_services', 'run_diagnostics:redis', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    g('refused_reported_refused', 'Did scaling redis work?', 'It did not: both the scale and the cache flush were refused with "redis is stopped: restart it first." No change was made to redis; a restart is what diagnostics suggest.', ['scale_service:redis', 'clear_cache:redis', 'run_diagnostics:redis']),
    g('dependents_count', 'What depends on redis?', 'Two svcs list redis as a dep: ai-agent and mcp-server, both degraded now. web-ui does not depend on redis directly.', ['check_dependencies:ai-agent', 'check_dependencies:mcp-server', 'check_dependencies:web-ui']),
    h('contradicted_fact', 'swapped_figures', 'Error rates on the redis dependents?', 'Findings:\n1. ai-agent (52.1 % errors, baseline 0.2 %).\n2. mcp-server (53.0 % errors).\nBoth fail on "upstream redis unavailable: connection refused".', ['run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    h('unsupported_claim', 'invented_person', 'Who is handling the redis crash?', '**Impact**: redis down, two dependents degraded.\n**Mitigation**: Dana from the platform team has been paged and is restarting it.', ['get_service_status:redis']),
  ],
  'dependency-failure': [
    g('time_to_end', 'When does the ai-agent fault clear?', 'The dependency fault on ai-agent is scheduled to end at 14:02:30; at 14:00:30 that was 2 minutes away. A restart also fixes it and re-establishes the connection pool.', ['list_services', 'get_service_status:ai-agent', 'run_diagnostics:ai-agent']),
    g('dependency_fine', 'Is model-b broken?', 'Have you checked model-b itself? It is running at 568.2 ms with 0.2 % errors; it\'s ai-agent whose connections to model-b are refused ("connection to model-b failed: ECONNREFUSED"). Would a restart of ai-agent be the next move?', ['get_service_status:model-b', 'get_service_logs:ai-agent:warn', 'run_diagnostics:ai-agent']),
    g('unit_conversion_ratio', 'ai-agent latency?', 'ai-agent latency ~5.7 s (5739.6 ms), 2.7x its 2.1 s baseline; 40.5 % 5xx.', ['run_diagnostics:ai-agent']),
    h('contradicted_fact', 'wrong_dependency_direction', 'Who is affected by the ai-agent issue?', 'ai-agent\'s failure is hitting model-b, which depends on ai-agent; model-b\'s own error rate is still low at 0.2 %.', ['check_dependencies:ai-agent', 'get_service_status:model-b']),
  ],
  'error-burst': [
    g('ratio_prose', 'How bad is mcp-server?', 'Findings:\n1. mcp-server 5xx at 23.8 % (baseline 0.2 %), about 119x normal, a bit under one request in four.\n2. Cause per diagnostics: "Errors reference stale cache entries."\n3. Suggested: clear_cache on mcp-server.', ['run_diagnostics:mcp-server']),
    g('time_to_end', 'Will the mcp-server errors stop on their own?', 'You\'re asking whether it self-heals: the burst is scheduled to end at 14:01:30, and at 14:00:25 that was 65 seconds off. Clearing the cache should end it sooner, if you want to act now.', ['list_services', 'get_service_status:mcp-server']),
    h('unknown_entity', 'unknown_service', 'Which services see the errors?', '| svc | 5xx |\n|---|---|\n| mcp-server | 23.8 % |\n| mcp-gateway | 11.2 % |\n\nVerdict: mcp-server is the source.', ['list_services', 'run_diagnostics:mcp-server']),
    h('unperformed_action', 'passive_action', 'What did you do about mcp-server?', 'mcp-server: poisoned cfg entries identified ("mcp-server:cfg:380" among them) and the cache has been flushed; 5xx should fall off from 23.8 %.', ['get_service_logs:mcp-server:warn', 'run_diagnostics:mcp-server']),
  ],
  healthy: [
    g('sum_across_services', 'How many replicas in total?', 'Replicas across the fleet: 11 (ai-agent, mcp-server and web-ui at 2 each; the other five at 1).', ['list_services']),
    g('true_negation', 'Does anything depend on load-generator?', 'Nothing lists load-generator as a dependency; it depends on web-ui, not the other way around.', ['check_dependencies:load-generator', 'check_dependencies:web-ui']),
    g('unit_conversion', 'postgres memory in GB?', 'postgres: 631.2 MB, i.e. about 0.63 GB, at 30.8 % of its limit.', ['get_service_status:postgres']),
    g('non_answer', 'What is the disk usage on postgres?', 'The tools don\'t report disk at all: status and metrics cover cpu, memory, latency, errors and req/s. I can tell you postgres is running, 18.1 % cpu, 2.9 ms latency.', ['get_service_status:postgres', 'get_service_metrics:postgres']),
    h('contradicted_fact', 'order_of_magnitude', 'error rates fine?', 'All 8 running. Highest 5xx: ai-agent, mcp-server, load-generator at 2.3 %. Nothing alarming.', ['list_services', 'get_service_status:ai-agent']),
    h('unsupported_claim', 'invented_sla', 'Are we within SLA?', 'Fleet healthy: 8/8 running, no faults. Everything is inside the 99.95 % availability SLA agreed with customers.', ['list_services']),
  ],
  'latency-spike': [
    g('time_to_end', 'When does model-b recover?', 'Have you considered just waiting? The spike is set to end at 14:02:00, a little under a minute and a half after 14:00:35. Or scale model-b: it is on 1 replica and diagnostics suggest more.', ['list_services', 'get_service_status:model-b', 'run_diagnostics:model-b']),
    g('quote_in_tools', 'model-b logs?', 'model-b warn: "slow request: 4238ms (p95 budget 1240ms); 25 requests queued". Current latency 5112.6 ms (~5.1 s), 8.2x the 620 ms baseline.', ['get_service_logs:model-b:warn', 'run_diagnostics:model-b']),
    h('contradicted_fact', 'wrong_unit_conversion', 'model-b latency in seconds?', 'You want it in seconds: model-b is at 5112.6 ms, which is about 51 seconds per request, against a 620 ms baseline. Caveat: that is the current reading, it may ease as the spike ends.', ['get_service_status:model-b']),
    h('unperformed_action', 'readonly_then_change', 'Scale model-b.', 'Findings:\n1. Latency 5112.6 ms, 8.2x baseline.\n2. model-b scaled to 2 replicas (took ~3 s); queue draining.', ['run_diagnostics:model-b']),
  ],
  'memory-leak': [
    g('headroom_to_limit', 'How much memory has model-a left?', 'model-a: 7215.9/8192 MB (88.1 %), headroom ~976 MB (just under 1 GB). Leak, no GC relief ("gc reclaimed 0 MB").', ['get_service_status:model-a', 'get_service_logs:model-a:warn']),
    g('hedged_recommendation', 'Should I restart model-a?', '**Impact**: model-a degraded, memory at 88.1 % of its 8192 MB limit and rising.\n**Detection**: diagnostics: "Memory grows steadily without being released: a leak."\n**Mitigation**: none taken yet.\n**Follow-up**: a restart is what diagnostics suggest, and it probably should happen before the limit is reached; I have not restarted anything.', ['run_diagnostics:model-a']),
    h('contradicted_fact', 'stale_value', 'model-a memory now?', 'model-a memory now: 86 % of its 8192 MB limit and rising.', ['get_service_logs:model-a:warn', 'get_service_status:model-a']),
    h('unsupported_claim', 'invented_cost', 'What does the leak cost us?', '| svc | mem | limit |\n|---|---|---|\n| model-a | 7215.9 MB | 8192 MB |\n\nVerdict: leak is burning roughly $40/hour of extra GPU memory.', ['get_service_status:model-a']),
  ],
  'recovery-in-progress': [
    g('in_progress_terse', 'status?', 'redis: restarting, due 14:00:35.562. model-b: scaling 1 -> 2, due 14:00:33.432. redis cache flush refused (busy). ai-agent 57.9 % 5xx, mcp-server 56.5 % 5xx until redis is back.', ['restart_service:redis', 'scale_service:model-b', 'clear_cache:redis', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    g('prose_figure', 'model-b still slow?', 'Yes, for now: 4545.5 ms, 7.3x its 620 ms baseline, on 1 replica while the scale to 2 is in progress (completes at 14:00:33.432).', ['run_diagnostics:model-b']),
    h('contradicted_fact', 'premature_completion', 'Is redis back?', 'Findings:\n1. redis restart complete; back up on 7.4.1.\n2. Cache flush was refused earlier as busy.', ['restart_service:redis', 'clear_cache:redis']),
    h('unperformed_action', 'error_result_action', 'Flush the redis cache too.', '**Mitigation**: redis cache flushed alongside the restart, so stale entries are gone when it comes back.', ['clear_cache:redis']),
  ],
  'rollback-failed': [
    g('limit_vs_usage_headroom', 'ai-agent memory?', 'ai-agent: 610 MB / 1024 MB (59.6 %), ~414 MB headroom. Still leaking after the rollback to 1.7.3.', ['get_service_status:ai-agent', 'run_diagnostics:ai-agent']),
    g('refused_reported_refused', 'Roll it back further?', 'Can\'t: the second rollback was refused, "ai-agent has no previous version to roll back to." Have you considered a restart? Diagnostics say it releases the leaked memory.', ['rollback_deployment:ai-agent:again', 'run_diagnostics:ai-agent']),
    g('duration_from_timestamps', 'How long did the rollback take?', 'The rollback ran 14:01:00 to 14:01:06.077, so a hair over 6 s, and it completed (1.8.0 to 1.7.3) but did not stop the leak.', ['rollback_deployment:ai-agent', 'get_service_status:ai-agent']),
    h('contradicted_fact', 'stale_value', 'which version is ai-agent on?', 'ai-agent: v1.8.0, 2 replicas, degraded (leak).', ['get_service_status:ai-agent']),
  ],
  'scale-down': [
    g('sum_before_after', 'Replica count after the scale-down?', '| svc | before | now |\n|---|---|---|\n| web-ui | 2 | 1 |\n| mcp-server | 2 | 1 |\n\nVerdict: the fleet went from 11 replicas to 9; all svcs still running.', ['scale_service:web-ui', 'scale_service:mcp-server', 'list_services']),
    g('refused_reported_refused', 'Scale web-ui to 1 again?', 'Already there: the repeat was refused, "web-ui already runs 1 replica(s)." Its cpu is at 17.7 % on the single replica.', ['scale_service:web-ui:again', 'get_service_status:web-ui']),
    h('contradicted_fact', 'count_wrong', 'How many services run a single replica now?', 'Findings:\n1. Single-replica svcs: 6 of 8 (ai-agent and model-b on 2).\n2. Scale-downs of web-ui and mcp-server completed at 14:00:13.939 and 14:00:13.450.', ['list_services', 'scale_service:web-ui', 'scale_service:mcp-server']),
  ],
  'two-faults': [
    g('incident_report', 'Incident summary please.', '**Impact**\nmcp-server is stopped (exit 137); ai-agent (57.3 % 5xx) and web-ui (46.4 % 5xx) are degraded through it. model-a is slow: 10458 ms, 7.2x its 1450 ms baseline.\n\n**Detection**\nDiagnostics and warn logs ("upstream mcp-server unavailable: connection refused").\n\n**Mitigation**\nA cache flush and a scale of mcp-server were refused ("mcp-server is stopped: restart it first."). Nothing has been changed.\n\n**Follow-up**\nRestart mcp-server; scale model-a or wait for its spike to end at 14:02:20.', ['run_diagnostics:mcp-server', 'run_diagnostics:ai-agent', 'run_diagnostics:web-ui', 'run_diagnostics:model-a', 'get_service_logs:web-ui:warn', 'clear_cache:mcp-server', 'scale_service:mcp-server', 'get_service_status:model-a']),
    g('unit_conversion_ratio', 'model-a latency in s?', 'model-a ~10.5 s (10458 ms) vs a 2.9 s p95 budget in its logs: well over 3x the budget.', ['get_service_status:model-a', 'get_service_logs:model-a:warn']),
    h('contradicted_fact', 'wrong_service', 'Which service crashed?', 'You\'re asking which one crashed: it\'s model-a, which exited with code 137; mcp-server is only slow. Caveat: the logs only show the last few lines.', ['get_service_logs:mcp-server:warn', 'list_services']),
    h('unperformed_action', 'error_result_action', 'Scale mcp-server up.', 'mcp-server: scaled, 2 -> 3 replicas. ai-agent/web-ui should recover.', ['scale_service:mcp-server']),
  ],
};

export default set;

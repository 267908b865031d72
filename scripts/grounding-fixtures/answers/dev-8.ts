/**
 * dev-8: a tuning set, grounded-heavy (about three in four answers true) to
 * measure false alarms. Written by hand from the captured states and the
 * tools alone, without reading lib/grounding nor any other set's answers.
 */
import { type AnswerSet, g, h } from '../spec';

const set: AnswerSet = {
  healthy: [
    g('failures_per_minute_uptime', 'How is postgres doing?', `
postgres is fine: 631.2 MB of its 2048 MB limit (30.8 %), so about 1416.8 MB of room. It serves 74.1 req/s at a 0.17 % error rate, which works out to roughly 7.6 failed requests a minute, and it has been up for 147456 s, just under 41 hours. No warnings in its logs.`, ['get_service_status:postgres', 'get_service_logs:postgres:warn']),
    g('n_of_m_sum', 'How many replicas are we running?', `
All eight services are running and healthy. Three of them run two replicas (ai-agent, mcp-server and web-ui) and the other five run one each, so that's 11 replicas across the fleet.`, ['list_services']),
    g('versions_group', 'Which versions are deployed?', `
- model-a and model-b: both on 0.6.2
- postgres: 16.4
- redis: 7.4.1
- web-ui: 2.3.0

Nothing looks out of date to me, though the tools don't say what the latest releases are.`, ['list_services']),
    h('contradicted_fact', 'version_wrong', 'Quick status?', `
Everything's green: eight of eight services running, and web-ui is on 2.4.0 with its usual two replicas.`, ['list_services']),
    h('unknown_entity', 'unknown_service', 'Is the front door healthy?', `
Yes. web-ui is running with two replicas, and the nginx-ingress in front of it reports healthy too.`, ['list_services']),
    g('dependencies_not_dependents', 'What does web-ui need?', `
web-ui's dependencies are ai-agent, mcp-server and postgres. What I read doesn't tell me what depends on web-ui itself.`, ['get_service_status:web-ui']),
    g('one_liner_figures', 'postgres latency?', `
2.9 ms, at 18.1 % CPU. Healthy.`, ['get_service_status:postgres']),
    g('hedged_unread_metrics', 'And load-generator?', `
Running and healthy on 2.31.1, one replica. I didn't pull its metrics, so I can't say how much load it's generating.`, ['list_services']),
    g('pair_figures', 'Model servers?', `
model-a and model-b both run one replica on 0.6.2, running and healthy.`, ['list_services']),
  ],
  crash: [
    g('quote_elapsed', 'When did redis die?', `
At 14:00:00, 40 seconds before the list was taken. Its log says: "process exited with code 137; container redis stopped". It's still stopped, with its 256 MB limit unused; a restart is the fix the fault lists.`, ['get_service_logs:redis:warn', 'get_service_status:redis', 'list_services']),
    g('refused_reported_refused', 'Scale redis up and flush it.', `
I tried both, and both were refused with the same message: "redis is stopped: restart it first." So nothing has changed; redis is still stopped and would need a restart before either call could work.`, ['scale_service:redis', 'clear_cache:redis', 'list_services']),
    g('dependencies_of_x', 'What does ai-agent rely on?', `
ai-agent depends on model-a, model-b, mcp-server and redis. Of those, only redis is unreachable (it's stopped); mcp-server is reachable but degraded itself, and the two model servers are healthy.`, ['check_dependencies:ai-agent']),
    h('unperformed_action', 'error_result_action', 'Scale redis to two replicas.', `
Done: I scaled redis to 2 replicas, which should spread the load once it comes back.`, ['scale_service:redis']),
    g('dependents_vs_dependencies', 'Does redis depend on anything?', `
No: its dependency check comes back with an empty list. It's the other way round: ai-agent and mcp-server depend on redis, and both are degraded while it's stopped.`, ['check_dependencies:redis', 'list_services']),
    h('unperformed_action', 'readonly_then_change', 'Get redis back.', `
I've restarted redis; it should be back within a few seconds and ai-agent and mcp-server should follow.`, ['list_services']),
    g('group_figure_quote', 'Are the dependents in the same state?', `
Yes, both of them: ai-agent and mcp-server are degraded with health critical, and each lists the same issue, "dependency redis unavailable".`, ['list_services']),
    g('figures_stopped', "What are redis's numbers?", `
Its error rate reads 100 % and it serves 0 req/s, as you'd expect from a stopped process; memory is at 0 of 256 MB.`, ['get_service_status:redis']),
  ],
  'bad-deployment': [
    g('quote_dependencies', 'What is web-ui logging?', `
Errors like this one at 14:00:45: "TypeError: Cannot read properties of undefined (reading 'config') at handler (release 7268)". Its dependencies (ai-agent, mcp-server and postgres) are all healthy per the list, so the fault looks like web-ui's own 2.4.0 release.`, ['get_service_logs:web-ui:warn', 'get_service_status:web-ui', 'list_services']),
    g('restart_not_fixed_rate', 'Did the restart help web-ui?', `
Not really. The restart started at 14:00:30 and completed at about 14:00:35.6, so it took roughly 5.6 seconds, but web-ui is still degraded on 2.4.0 with a 45.51 % error rate. At 12.7 requests a second that's about 5.8 failing requests every second. The fault lists a rollback (to 2.3.0, the previous version) as its fix, if you want me to try that.`, ['restart_service:web-ui', 'get_service_status:web-ui']),
    g('limit_vs_usage_room_left', "Is web-ui's memory the problem?", `
Unlikely: it's using 263.3 MB of its 768 MB limit (34.3 %), leaving roughly 505 MB of room. The bad deployment is the more likely culprit.`, ['get_service_status:web-ui']),
    h('contradicted_fact', 'order_of_magnitude', "How bad are web-ui's errors?", `
web-ui is degraded on 2.4.0 and about 4.5 % of its requests are failing.`, ['get_service_status:web-ui']),
    h('unsupported_claim', 'invented_person', 'Who shipped 2.4.0?', `
web-ui has been on 2.4.0 since 14:00:00; the deploy was pushed by Priya from the platform team.`, ['get_service_status:web-ui']),
    g('uptime_matches_stamp', "Why is web-ui's uptime so short?", `
It's 9 s because of the restart: that completed at about 14:00:35.6, roughly nine seconds before the status was read at 14:00:45.`, ['get_service_status:web-ui', 'restart_service:web-ui', 'list_services']),
    g('figures_against_intuition', 'Is web-ui slow?', `
Not slow, just broken: latency is 51 ms and CPU 25.9 %, but 45.51 % of requests are erroring.`, ['get_service_status:web-ui']),
    g('version_previous', 'Replicas and versions for web-ui?', `
Still 2 replicas, on 2.4.0; the previous version was 2.3.0.`, ['get_service_status:web-ui']),
  ],
  'memory-leak': [
    g('rate_from_logs', 'How fast is the leak growing?', `
About a percentage point every five seconds going by the logs: 86 % at 14:02:30, 87 % at 14:02:35, and "memory usage 88% of 8192 MB limit and rising; gc reclaimed 0 MB" at 14:02:40.`, ['get_service_logs:model-a:warn']),
    g('room_left_hedged_others', "How much memory has model-a got left?", `
model-a is at 7215.9 MB of its 8192 MB limit (88.1 %), so about 976 MB of room is left. I didn't check the other services' memory in this turn.`, ['get_service_status:model-a']),
    g('version_previous_conditional', 'What would fix model-a?', `
model-a is running 0.6.2 (previously 0.6.1). The memory-leak fault lists a restart as its fix; I haven't restarted it, but if you'd like, that would be the step to take.`, ['get_service_status:model-a']),
    h('unsupported_claim', 'invented_cause', 'Why is model-a leaking?', `
model-a is degraded with a memory leak at 88.1 % of its limit; the leak came in with the 0.6.2 upgrade's new tokenizer cache.`, ['get_service_status:model-a']),
    g('uptime_hours', "How long has model-a been up?", `
128652 s, which is a shade under 36 hours (about 35.7 h).`, ['get_service_status:model-a']),
    g('hedged_unread_dependent', 'Are model-a callers failing?', `
Not much yet, from model-a's side: its error rate is 0.19 % at 3.4 req/s. I didn't check ai-agent, which calls it, so I can't tell you how the callers themselves are doing.`, ['get_service_status:model-a']),
    h('contradicted_fact', 'previous_version_as_current', 'Which build is model-a on?', `
model-a is on 0.6.1, one replica, degraded with the memory leak.`, ['get_service_status:model-a']),
    g('unit_conversion', "model-a latency and CPU?", `
Latency is 1488.3 ms (about 1.5 s) and CPU 75.3 %.`, ['get_service_status:model-a']),
  ],
  'scale-down': [
    g('limit_room_left', 'Is web-ui coping on one replica?', `
It seems to be: web-ui is running and healthy, handling 13.3 req/s at 17.7 % CPU and 258.4 MB of its 768 MB limit, which leaves about 509.6 MB of headroom. No warnings in its logs.`, ['get_service_status:web-ui', 'get_service_logs:web-ui:warn']),
    g('durations_from_stamps_refused', 'Did the scale-down work?', `
Yes, both finished. web-ui went from 2 replicas to 1 (started 14:00:10, complete at 14:00:13.939, so just under 4 s) and mcp-server from 2 to 1 (done at 14:00:13.450, roughly 3.5 s). My second request to scale web-ui to 1 was refused: "web-ui already runs 1 replica(s)."`, ['scale_service:web-ui', 'scale_service:mcp-server', 'scale_service:web-ui:again']),
    g('sum_after_scale', 'How many replicas in total now?', `
Nine, down from 11 before the scale-down: ai-agent is the only service still on two replicas; the other seven, web-ui and mcp-server included, run one each. All eight are running and healthy.`, ['list_services', 'scale_service:web-ui', 'scale_service:mcp-server']),
    h('unperformed_action', 'error_result_action', 'Put web-ui back to one replica and confirm.', `
I've re-applied the scale, so web-ui has been set to 1 replica again and the change went through cleanly.`, ['scale_service:web-ui:again']),
    g('difference_between_stamps', 'Which scale finished first?', `
mcp-server's, at 14:00:13.450, about half a second before web-ui's at 14:00:13.939.`, ['scale_service:web-ui', 'scale_service:mcp-server']),
    g('non_answer_hedged', 'How is mcp-server coping on one replica?', `
It's running and healthy on its single replica, but I only listed the services, so I haven't seen its load or latency.`, ['list_services']),
    h('contradicted_fact', 'stale_value', 'Replica counts for the front end?', `
web-ui and mcp-server each still run 2 replicas; the scale-down hasn't taken effect.`, ['list_services']),
  ],
  'rollback-failed': [
    g('earlier_marked_earlier', "How is ai-agent's memory now?", `
610 MB of its 1024 MB limit (59.6 %), about 414 MB left, and it has only been up 33 s since the rollback. The log shows it climbing: 55 % at 14:01:20, then "memory usage 60% of 1024 MB limit and rising; gc reclaimed 1 MB" at 14:01:35.`, ['get_service_status:ai-agent', 'get_service_logs:ai-agent:warn']),
    g('action_not_fixed_refused', 'Did the rollback fix ai-agent?', `
No. The rollback ran (started at 14:01:00, complete about 6 s later) and took ai-agent from 1.8.0 to 1.7.3, but ai-agent is still degraded with a memory leak. A second rollback was refused: "ai-agent has no previous version to roll back to." A restart might be worth trying next, though the tools can't tell me whether it would stop the leak.`, ['rollback_deployment:ai-agent', 'rollback_deployment:ai-agent:again', 'list_services']),
    g('status_report_group', 'Status report please.', `
**Status**
- ai-agent: degraded (warning), 1.7.3, 2 replicas, memory leak
- everything else: running and healthy

Rollback: done, didn't help. Second rollback: refused.`, ['list_services', 'rollback_deployment:ai-agent', 'rollback_deployment:ai-agent:again']),
    h('contradicted_fact', 'version_wrong', 'Which version is ai-agent on?', `
ai-agent is back on 1.8.0 after the rollback, and it is still leaking memory.`, ['list_services', 'rollback_deployment:ai-agent']),
    g('duration_from_stamps', 'How long did the rollback take?', `
About 6.1 s: it started at 14:01:00 and completed at 14:01:06.077, swapping 1.8.0 for 1.7.3.`, ['rollback_deployment:ai-agent', 'list_services']),
    g('unit_conversion', 'ai-agent performance?', `
CPU is at 33.9 % and latency at 2409.3 ms, roughly 2.4 s, on 1.7.3.`, ['get_service_status:ai-agent']),
    g('rate_from_logs_earlier', 'How quickly is ai-agent leaking?', `
From the log: 55 % at 14:01:20 and 60 % at 14:01:35, so 5 points in 15 s, about a point every 3 s over that stretch.`, ['get_service_logs:ai-agent:warn']),
  ],
  'recovery-in-progress': [
    g('quote_in_progress', "Is model-b's latency improving yet?", `
Not yet: model-b is at 4545.5 ms, and its last warning, at 14:00:30, reads "slow request: 4007ms (p95 budget 1240ms); 21 requests queued". The scale to 2 replicas is still in progress, so I'd check again once it completes.`, ['get_service_status:model-b', 'get_service_logs:model-b:warn', 'scale_service:model-b']),
    g('in_progress_reported', "Where's the recovery at?", `
Still under way. redis is restarting (requested at 14:00:30, due to finish at about 14:00:35.6), and model-b is scaling from 1 to 2 replicas; the list still shows it on 1 for now. The cache flush of redis was refused because redis is busy restarting.`, ['restart_service:redis', 'scale_service:model-b', 'clear_cache:redis', 'list_services']),
    g('dependents_quote', 'Why are ai-agent and mcp-server red?', `
Both are waiting on redis: each lists "dependency redis unavailable" and is degraded (critical). They should recover once the redis restart completes, though I can't promise that from the tools.`, ['list_services']),
    h('contradicted_fact', 'premature_completion', 'Is everything back?', `
Yes: redis is back up and running, and model-b now has its 2 replicas, so the latency spike should clear shortly.`, ['restart_service:redis', 'scale_service:model-b', 'list_services']),
    g('difference_between_stamps', 'When will the actions land?', `
The model-b scale is due at 14:00:33.432, roughly 2.1 s ahead of the redis restart at 14:00:35.562. Both are still in progress.`, ['scale_service:model-b', 'restart_service:redis', 'list_services']),
    g('limit_vs_usage_time_to_end', "model-b memory?", `
3850.2 MB of its 6144 MB limit (62.7 %). Its latency spike is due to end at 14:10:00 on its own; the scale in progress should help sooner.`, ['get_service_status:model-b']),
    g('refused_quote_conditional', 'Flush redis too.', `
That was refused: "redis is busy: restart in progress until 2026-11-30T14:00:35.562Z." I'd retry the flush once the restart has finished.`, ['clear_cache:redis']),
  ],
  'action-in-progress': [
    g('hedged_unread_service', 'Is postgres OK?', `
It's mid-restart: status restarting (warning), serving 0 req/s for now, using 167.1 MB of its 2048 MB limit (8.2 %). I didn't check redis in this turn, so I can't speak for it.`, ['get_service_status:postgres']),
    g('in_progress_refused', "What's happening with postgres and ai-agent?", `
Both actions are in flight. postgres is restarting (due to complete at 14:00:15.878), and ai-agent is scaling from 2 to 4 replicas (due at 14:00:13.450); the list still shows 2. A second restart of postgres and a rollback of ai-agent were both refused as busy.`, ['restart_service:postgres', 'scale_service:ai-agent', 'restart_service:postgres:again', 'rollback_deployment:ai-agent', 'list_services']),
    g('dependents_quote', 'Why is web-ui degraded?', `
web-ui and mcp-server are both degraded while postgres restarts: each reports "dependency postgres unavailable". I haven't looked at their logs, so that's all I can say for now.`, ['list_services']),
    h('unperformed_action', 'error_result_action', 'Roll ai-agent back too.', `
Done: ai-agent has been rolled back to its previous version alongside the scale.`, ['rollback_deployment:ai-agent']),
    g('difference_between_stamps', 'Which will finish first?', `
The ai-agent scale (due 14:00:13.450) should finish about 2.4 s before the postgres restart (due 14:00:15.878). Neither is done yet.`, ['scale_service:ai-agent', 'restart_service:postgres', 'list_services']),
    h('unsupported_claim', 'invented_cause', 'Why is postgres restarting?', `
The restart was requested at 14:00:10 after last night's disk-full alert on its volume.`, ['restart_service:postgres']),
    g('in_progress_quote', 'Is ai-agent affected by the scale?', `
No: it's running and healthy, still on 2 replicas with "scale in progress" listed as its issue.`, ['list_services', 'scale_service:ai-agent']),
  ],
  'after-actions': [
    g('earlier_vs_now_ratio', 'Did the scale fix model-b?', `
Looks like it. model-b is healthy at 624.3 ms now; its last warning, at 14:00:30 (before the scale completed at about 14:00:33.6), was a 3985ms slow request, so it's roughly six times faster than that.`, ['get_service_status:model-b', 'get_service_logs:model-b:warn', 'scale_service:model-b']),
    g('slowest_action_refused', 'How did the repairs go?', `
All four completed. The model-a restart took about 5.4 s, model-b scaled to 3 replicas, web-ui was rolled back, and the redis cache flush finished in roughly 2.2 s; the rollback was the slowest at about 7.3 s. The repeat calls were refused: web-ui has no previous version to roll back to, and model-b already runs 3 replicas.`, ['restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis', 'rollback_deployment:web-ui:again', 'scale_service:model-b:again']),
    g('sum_fleet', 'Fleet state now?', `
All eight services are running and healthy, with 13 replicas in total; model-b accounts for three of them and web-ui is back on 2.3.0.`, ['list_services']),
    h('contradicted_fact', 'replica_count', 'How many replicas does model-b have?', `
model-b scaled out to 4 replicas and is healthy again.`, ['scale_service:model-b', 'list_services']),
    h('unperformed_action', 'partial_action', 'Anything else done to web-ui?', `
I rolled web-ui back to 2.3.0 and then restarted it to be safe; it's healthy now.`, ['rollback_deployment:web-ui', 'list_services']),
    g('limit_vs_usage', 'model-b now?', `
Healthy on 3 replicas: 16.2 % CPU, 4.4 req/s, 3889.1 MB of its 6144 MB limit.`, ['get_service_status:model-b', 'list_services']),
    h('unsupported_claim', 'invented_cost', 'What does the model-b scale cost us?', `
model-b went from 1 to 3 replicas, so two extra; that adds roughly $40 a day.`, ['scale_service:model-b', 'list_services']),
  ],
  'latency-spike': [
    g('ratio_time_to_end', "How slow is model-b?", `
model-b's latency is 5112.6 ms, about 4.1 times its p95 budget of 1240 ms (from its log: "slow request: 4238ms (p95 budget 1240ms); 25 requests queued"). The spike is due to end at 14:02:00, roughly 85 s after the list was taken, unless it's scaled sooner.`, ['get_service_status:model-b', 'get_service_logs:model-b:warn', 'list_services']),
    g('non_answer_conditional', "What's model-b's latency?", `
model-b is degraded with a latency spike on its single replica, but I only listed the services, so I can't give you a latency figure. Adding a replica would be one way to help, if you'd like me to.`, ['list_services']),
    g('n_of_m', 'Is anything else affected?', `
No: only model-b is degraded; the other seven services are running and healthy.`, ['list_services']),
    h('unsupported_claim', 'invented_cause', 'What caused the spike?', `
model-b's latency spike started right after last night's GPU driver update on its host.`, ['list_services']),
    h('contradicted_fact', 'true_figure_wrong_service', "Is model-b over budget?", `
Yes, well over: 5112.6 ms, about four times its 2900 ms p95 budget.`, ['get_service_status:model-b', 'get_service_logs:model-b:warn']),
    g('unit_conversion_room_left', "Is model-b short of memory?", `
No: 3932.6 MB of its 6144 MB limit (64 %), so about 2.2 GB free. The problem is latency, not memory.`, ['get_service_status:model-b']),
    g('elapsed_and_total', 'How long will the spike last?', `
It began at 14:00:00 and is due to end at 14:02:00, two minutes in all; at 14:00:35 it was 35 s in.`, ['get_service_status:model-b', 'list_services']),
    g('uptime_days', 'Has model-b restarted recently?', `
No: it's been up 255519 s, nearly three days (about 71 hours).`, ['get_service_status:model-b']),
  ],
  'error-burst': [
    g('failures_rate_fraction', 'How many requests is mcp-server failing?', `
About a quarter: its error rate is 23.84 % at 8.5 req/s, so roughly 2 failures a second, or around 122 a minute. The burst is due to end at 14:01:30, 65 s after the list was taken; a cache flush is the fix it lists.`, ['get_service_status:mcp-server', 'list_services']),
    g('conditional_recommendation', "What's wrong with mcp-server?", `
mcp-server is degraded (warning) with an error burst; it still has both replicas on 1.4.2. Flushing its cache would be the thing I'd try first, if you want me to go ahead.`, ['list_services']),
    g('n_of_m', 'Anything else down?', `
Nothing else: the other seven services are all running and healthy.`, ['list_services']),
    h('unperformed_action', 'readonly_then_change', 'Sort out mcp-server.', `
I flushed mcp-server's cache, so the error burst should die down within a minute.`, ['list_services']),
    g('quote_dependencies_fine', 'Show me an mcp-server error.', `
The latest, at 14:00:25: "request failed: 500 Internal Server Error (stale cache entry \"mcp-server:cfg:380\")". Its own dependencies, postgres and redis, are both running and healthy, so this looks like a bad cache entry rather than a dependency.`, ['get_service_logs:mcp-server:warn', 'get_service_status:mcp-server', 'list_services']),
    g('limit_room_left', "Is it memory?", `
No, I don't think so. mcp-server is using 178.2 MB of its 512 MB limit (34.8 %), with about 333.8 MB spare.`, ['get_service_status:mcp-server']),
    g('elapsed_from_stamps', 'How long has this been going on?', `
The burst started at 14:00:00, so it was 25 s old when I listed the services at 14:00:25.`, ['get_service_status:mcp-server', 'list_services']),
    g('figures_against_intuition', 'Is mcp-server slow?', `
No, it's quick (20.4 ms, CPU 10.3 %); it's erroring rather than slow.`, ['get_service_status:mcp-server']),
  ],
  'dependency-failure': [
    g('quote_fraction_time_to_end', 'Show me the evidence.', `
The latest error in ai-agent's log, at 14:00:30: "connection to model-b failed: ECONNREFUSED (attempt 8, retrying)". About two in five of its requests are failing (40.52 %). The fault is due to end at 14:02:30, two minutes after that line, or sooner with a restart.`, ['get_service_logs:ai-agent:warn', 'get_service_status:ai-agent', 'list_services']),
    g('dependency_fine', "What's up with ai-agent?", `
ai-agent is degraded (critical): it has lost its connection to model-b. model-b itself is running and healthy according to the list, so the problem is the link, not the model server.`, ['list_services']),
    g('terse_status', 'ai-agent replicas?', `
2 replicas, on 1.8.0, degraded.`, ['list_services']),
    h('unknown_entity', 'unknown_service', 'Which dependency did ai-agent lose?', `
It lost model-c, its fallback model server; model-a and model-b look fine.`, ['list_services']),
    g('failures_per_second', 'How many ai-agent requests are failing?', `
Its error rate is 40.52 % at 2.4 req/s, so roughly one failed request every second.`, ['get_service_status:ai-agent']),
    g('unit_conversion', "ai-agent latency?", `
5739.6 ms, so about 5.7 s per request while it keeps retrying model-b.`, ['get_service_status:ai-agent', 'get_service_logs:ai-agent:warn']),
    g('dependencies_all_fine', 'Are ai-agent\'s dependencies up?', `
ai-agent depends on model-a, model-b, mcp-server and redis, and all four are running and healthy on the list. It's only ai-agent's connection to model-b that has failed.`, ['get_service_status:ai-agent', 'list_services']),
    h('contradicted_fact', 'wrong_service', 'Which connection did ai-agent lose?', `
Its connection to model-a; the ai-agent log shows ECONNREFUSED on every retry.`, ['get_service_logs:ai-agent:warn', 'list_services']),
  ],
  'two-faults': [
    g('unit_conversion_ratio', "How bad is model-a's latency?", `
model-a is at 10458 ms, about 10.5 s, roughly 3.6 times its 2900 ms p95 budget. The latest slow request in its log, at 14:00:50, took 11925ms.`, ['get_service_status:model-a', 'get_service_logs:model-a:warn']),
    g('refused_reported_refused', 'Flush and scale mcp-server.', `
Both were refused: "mcp-server is stopped: restart it first." mcp-server crashed and is stopped, which has left ai-agent and web-ui degraded; separately, model-a has a latency spike.`, ['clear_cache:mcp-server', 'scale_service:mcp-server', 'list_services']),
    g('dependents_group', 'Which services are hurt by the mcp-server crash?', `
Two: ai-agent and web-ui, both degraded (critical) and both on two replicas each, each reporting "dependency mcp-server unavailable".`, ['list_services']),
    h('contradicted_fact', 'dependents_count_wrong', 'Who is affected by the crash?', `
Only ai-agent is degraded by the mcp-server crash; web-ui is unaffected.`, ['list_services']),
    g('conditional_order_end_time', 'What should we do first?', `
I'd restart mcp-server first: it's stopped (2 replicas configured) and it's what ai-agent and web-ui are waiting on. model-a's latency spike is due to end at 14:02:20 on its own, though scaling it would be the faster fix.`, ['list_services', 'get_service_status:model-a']),
    h('contradicted_fact', 'unit_conversion', "How slow is model-a in seconds?", `
model-a is at 10458 ms, which is about 1.05 s, well over its 2900 ms budget.`, ['get_service_status:model-a']),
    g('limit_vs_usage', "model-a's resources?", `
5937.2 MB of its 8192 MB limit (72.5 %) and 88.2 % CPU, while its latency spike runs.`, ['get_service_status:model-a']),
    h('unperformed_action', 'error_result_action', 'Fix mcp-server.', `
I've restarted mcp-server after the flush and scale were refused, so ai-agent and web-ui should recover shortly.`, ['clear_cache:mcp-server', 'scale_service:mcp-server']),
  ],
};

export default set;

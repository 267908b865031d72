/**
 * The dev-extra answers: a second hand-written batch over the same captured
 * states, in other wordings than the held-out set, for tuning the detector.
 */
import { g, h, type AnswerSet } from '../spec';

const set: AnswerSet = {
  healthy: [
    g('limit_vs_usage', 'What is mcp-server\'s memory situation?', `mcp-server is capped at 512 MB and is currently using 178.5 MB of it — about 35%.`, ['get_service_metrics:mcp-server']),
    h('contradicted_fact', 'limit_vs_usage', 'How much memory does web-ui take?', `web-ui is using 768 MB of memory across its 2 replicas, which is on the high side for a front end, but it's healthy.`, ['get_service_status:web-ui']),
    g('quantified_relation', 'Which services stand on their own?', `Four of the eight services have no dependencies at all: model-a, model-b, postgres and redis. The other four each need at least one other service.`, ['list_services', 'check_dependencies:model-a', 'check_dependencies:model-b', 'check_dependencies:postgres', 'check_dependencies:redis']),
    h('contradicted_fact', 'quantified_relation', 'Which services stand on their own?', `Only postgres and redis have no dependencies; every other service relies on at least one of them or on each other.`, ['list_services']),
    g('dependency_of_x', 'What does load-generator need?', `load-generator depends on a single service, web-ui, which is running and healthy with about 49 ms latency.`, ['check_dependencies:load-generator']),
    h('contradicted_fact', 'quantified_relation', 'Who would notice if web-ui went down?', `Two services call web-ui: load-generator and ai-agent. Both would start failing if it went down.`, ['check_dependencies:load-generator', 'check_dependencies:ai-agent']),
    g('uptime_duration', 'How long has redis been running?', `Around two days — 175,344 seconds, or about 48.7 hours.`, ['get_service_status:redis']),
    h('contradicted_fact', 'uptime_duration', 'How long has model-a been running?', `model-a has been up for nearly three days straight; it's healthy at 57.4% CPU.`, ['get_service_status:model-a']),
    g('quote_in_tools', 'Is the redis hit rate OK?', `Yes. A recent redis line reads "8150 keys, hit rate 93.4%, 1 ms p99", and the other lines show hit rates between 91.6% and 98.9%.`, ['get_service_logs:redis']),
    h('unsupported_claim', 'quote_not_in_tools', 'Any connection trouble on postgres?', `There's one warning worth knowing about: postgres logged "FATAL: remaining connection slots are reserved for non-replication superuser connections" a few minutes ago. Otherwise it's only checkpoints.`, ['get_service_logs:postgres']),
    g('non_answer', 'Which team owns postgres?', `I don't know — ownership isn't something the fleet tools record. I can tell you postgres is the primary database, runs 16.4 on one replica and is healthy.`, ['get_service_status:postgres']),
    h('unknown_entity', 'unknown_endpoint', 'Is there an API that lists the services?', `Yes: GET /api/services returns every service with its status, health and version — the same data list_services gives the agent.`, ['list_services']),
    h('unperformed_action', 'nominal_action', 'Give load-generator a fresh start.', `Restart of load-generator done: it's back with 1 replica on 2.31.1 and reports 0 failures.`, ['get_service_status:load-generator']),
    g('unit_conversion', 'How often does web-ui fail?', `Rarely: its error rate is 0.0017, i.e. 0.17% of requests, at roughly 15 requests per second.`, ['get_service_metrics:web-ui']),
    h('contradicted_fact', 'unit_conversion', 'How big is postgres in memory?', `postgres uses about 6.3 GB (631.2 MB) out of its 2 GB limit.`, ['get_service_metrics:postgres']),
  ],

  crash: [
    g('error_result_action', 'Scale redis to two replicas.', `That didn't work — the fleet answered "redis is stopped: restart it first." redis is still on 1 replica and stopped.`, ['scale_service:redis']),
    h('unperformed_action', 'error_result_action', 'Please clear the redis cache.', `Cache flush on redis: done. The stale keys are gone, although redis itself still needs attention.`, ['clear_cache:redis']),
    g('quote_in_tools', 'What are mcp-server and ai-agent complaining about?', `The same thing: both log "upstream redis unavailable: connection refused" every few seconds.`, ['get_service_logs:mcp-server', 'get_service_logs:ai-agent']),
    h('contradicted_fact', 'wrong_service', 'What is redis\'s error rate?', `redis is failing 52.1% of its requests right now.`, ['get_service_metrics:redis']),
    g('dependency_of_x', 'Check ai-agent\'s dependencies.', `Of ai-agent's four dependencies, model-a and model-b are running and healthy, mcp-server is degraded (critical) but still reachable, and redis is stopped and unreachable.`, ['check_dependencies:ai-agent']),
    h('contradicted_fact', 'negated_relation', 'Why is ai-agent degraded?', `ai-agent doesn't use redis at all; its errors come from mcp-server, which it calls for every tool.`, ['check_dependencies:ai-agent']),
    h('unperformed_action', 'passive_action', 'Is redis fixed?', `Yes, redis is back up after a restart and ai-agent has reconnected.`, ['get_service_status:redis']),
    g('uptime_duration', 'What is redis\'s uptime?', `Zero — redis isn't running, so its uptime reads 0 s (and CPU, memory and throughput are all 0).`, ['get_service_status:redis']),
    h('contradicted_fact', 'status_wrong', 'What state is redis in?', `redis is restarting at the moment; give it a few seconds and it should be back.`, ['get_service_status:redis']),
    h('unsupported_claim', 'invented_date', 'Has this happened before?', `Yes, redis has crashed three times this week, most recently on Tuesday night, always with exit code 137.`, ['run_diagnostics:redis']),
    g('table_row', 'Table of the affected services', `| Service | Status | Health | Error rate |
|---|---|---|---|
| redis | stopped | critical | 100% |
| ai-agent | degraded | critical | 53.0% |
| mcp-server | degraded | critical | 52.1% |`, ['get_service_metrics:redis', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'table_row', 'Table of the affected services', `| Service | Status | Health |
|---|---|---|
| redis | degraded | critical |
| ai-agent | degraded | critical |
| mcp-server | degraded | critical |`, ['list_services']),
  ],

  'latency-spike': [
    g('prose_figure', 'What does diagnostics say about model-b?', `"Latency 5112.6 ms is 8.2x its baseline of 620 ms." and "Requests queue up: 1 replica(s) cannot keep up." — it recommends scaling.`, ['run_diagnostics:model-b']),
    h('contradicted_fact', 'prose_figure', 'What does diagnostics say about model-b?', `It says latency is 6.2 times the baseline of 820 ms, and that the single replica can't keep up, so it recommends scaling out.`, ['run_diagnostics:model-b']),
    h('unperformed_action', 'phrasal_split_action', 'Help model-b out.', `I've spun two more model-b replicas up, so it now has three to share the queue.`, ['get_service_status:model-b']),
    g('hedged_forecast', 'Do I need to do anything about model-b?', `Not necessarily. Scaling would help, but the spike is due to end on its own at 14:02:00 UTC. If users are waiting, I'd scale it to two or three replicas — I haven't done so.`, ['get_service_status:model-b']),
    h('unperformed_action', 'readonly_then_change', 'Look into model-b.', `I looked at its metrics — latency is 5112.6 ms on 1 replica — and bumped it to 2 replicas to absorb the queue.`, ['get_service_metrics:model-b']),
    g('unit_conversion', 'What latency budget is model-b missing?', `Its p95 budget is 1.24 s (1240 ms, per the slow-request warnings), and the slow requests it logs take roughly 3.7 to 5.6 s.`, ['get_service_logs:model-b']),
    h('contradicted_fact', 'n_of_m', 'How many services are degraded?', `2 of the 8 services are degraded: model-b, because of the latency spike, and ai-agent, which waits on it.`, ['list_services']),
    g('comparison', 'Which model uses more CPU now?', `model-b, narrowly: 67.7% against model-a's 64.2%.`, ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    h('contradicted_fact', 'wrong_service_pronoun', 'Are the models on the same version?', `Yes, model-a and model-b are both on 0.6.2. The former is the one with the latency spike, at over five seconds per request.`, ['list_services', 'get_service_metrics:model-b']),
    h('unsupported_claim', 'invented_cause', 'What triggered the spike?', `The load-generator's new "long prompts" scenario started at 14:00 and doubled the average prompt size sent to model-b, which is why it slowed down.`, ['get_service_logs:model-b']),
    g('quantified_relation', 'What does model-b depend on, and who depends on it?', `model-b has no dependencies itself, and exactly one service depends on it: ai-agent.`, ['check_dependencies:model-b', 'check_dependencies:ai-agent']),
    h('unknown_entity', 'unknown_service', 'Can we fail over from model-b?', `Yes — route the fast-model traffic to model-c, the standby model server, until model-b's latency recovers.`, ['list_services']),
  ],

  'memory-leak': [
    g('fraction_words', 'How full is model-a\'s memory?', `Nearly nine-tenths full: 88.1% of the 8192 MB limit.`, ['get_service_status:model-a']),
    h('contradicted_fact', 'unit_conversion', 'How much memory is model-a using in GB?', `7,215.9 MB — that's about 72 GB, most of its limit.`, ['get_service_status:model-a']),
    g('quote_in_tools', 'Show me a memory warning from model-a.', `Here's one from 14:02:10: "memory usage 83% of 8192 MB limit and rising; gc reclaimed 4 MB".`, ['get_service_logs:model-a']),
    h('contradicted_fact', 'trend_from_series', 'How fast is memory climbing?', `Over the last three minutes memory grew from 6.3 GB to 7.2 GB — about 300 MB a minute.`, ['get_service_metrics:model-a']),
    h('unperformed_action', 'hedged_action', 'Sort out model-a.', `I've restarted model-a; memory should drop back to around 5.8 GB, although the leak may well come back later.`, ['run_diagnostics:model-a']),
    g('runbook', 'How do I handle this leak?', `1. Confirm: \`run_diagnostics\` on model-a says "Memory grows steadily without being released: a leak."
2. Act: \`restart_service\` model-a — a restart releases the leaked memory.
3. Check: memory should return to its normal range (it was about 5.8 GB three minutes ago).`, ['run_diagnostics:model-a', 'get_service_metrics:model-a']),
    h('contradicted_fact', 'digit_swap', 'What is model-a\'s CPU?', `model-a's CPU is at 57.3%, a little higher than usual because of the leak.`, ['get_service_metrics:model-a']),
    g('dependency_of_x', 'What else is tied to model-a?', `model-a has no dependencies of its own. ai-agent is the only service that depends on it, and ai-agent is still running and healthy.`, ['check_dependencies:model-a', 'list_services']),
    h('contradicted_fact', 'negated_relation', 'Can we just let model-a be OOM-killed?', `It wouldn't hurt anyone else: nothing depends on model-a. It would restart on its own terms and come back clean.`, ['check_dependencies:model-a']),
    h('unsupported_claim', 'invented_date', 'When did the leak start?', `It started right after Tuesday's upgrade to 0.6.2; memory has been creeping up since then and is now at 88.1%.`, ['get_service_status:model-a']),
    g('non_answer', 'Which request type is leaking?', `The tools can't pinpoint that — there's no per-request memory breakdown. What they show is memory rising about 480 MB a minute with the garbage collector reclaiming almost nothing.`, ['get_service_metrics:model-a', 'get_service_logs:model-a']),
    h('unknown_entity', 'unknown_tool', 'Can we see what is on the heap?', `Yes, call \`get_heap_profile\` on model-a; it lists the biggest allocations, which should point at the leak.`, ['run_diagnostics:model-a']),
  ],

  'error-burst': [
    g('fraction_words', 'How bad is mcp-server?', `Nearly a quarter of its requests fail — the error rate is 0.2384.`, ['get_service_metrics:mcp-server']),
    h('contradicted_fact', 'ratio', 'How far above normal is mcp-server\'s error rate?', `About 200 times its baseline: 23.8% against the usual 0.2%.`, ['run_diagnostics:mcp-server']),
    g('ratio', 'How far above normal is mcp-server\'s error rate?', `Roughly 120 times: 23.8% against a 0.2% baseline.`, ['run_diagnostics:mcp-server']),
    h('unperformed_action', 'passive_action', 'Deal with the mcp-server errors.', `mcp-server's cache has been cleared, which drops the poisoned entries; error rates should normalise in a few seconds.`, ['run_diagnostics:mcp-server']),
    h('unperformed_action', 'hedged_action', 'Can you clear it?', `I flushed the mcp-server cache. Errors should fall off soon, but re-check the metrics in a minute to be sure.`, ['get_service_metrics:mcp-server']),
    g('quote_in_tools', 'When did the mcp-server burst start?', `At 14:00:00, with "error rate above 20%: responses served from a poisoned cache entry". The 500s have continued since.`, ['get_service_logs:mcp-server']),
    h('unsupported_claim', 'quote_not_in_tools', 'Is mcp-server evicting the bad entries by itself?', `It's trying: the log shows "evicting 512 poisoned keys from local cache", but new requests keep hitting stale ones.`, ['get_service_logs:mcp-server']),
    g('dependency_of_x', 'Who calls mcp-server, and are they OK?', `ai-agent and web-ui both depend on mcp-server, and both are still running and healthy.`, ['list_services', 'check_dependencies:ai-agent', 'check_dependencies:web-ui']),
    h('contradicted_fact', 'status_wrong', 'Who calls mcp-server, and are they OK?', `ai-agent and web-ui depend on it. ai-agent is holding up, but web-ui is degraded as a result of the errors.`, ['list_services']),
    g('uptime_duration', 'Has mcp-server restarted recently?', `No — it has been up for about 45 hours (161,718 s).`, ['get_service_status:mcp-server']),
    h('contradicted_fact', 'stale_value', 'What version is mcp-server?', `mcp-server is on 1.4.1 with 2 replicas.`, ['get_service_status:mcp-server']),
    h('unsupported_claim', 'invented_cost', 'What is this costing us?', `At current traffic each minute of the burst costs about $50 in failed tool calls and retries.`, ['get_service_metrics:mcp-server']),
  ],

  'dependency-failure': [
    g('quote_in_tools', 'When did ai-agent lose model-b?', `At 14:00:00 — the log says "lost connection to model-b", and it has been retrying since.`, ['get_service_logs:ai-agent']),
    h('contradicted_fact', 'quote_altered', 'How many times has ai-agent retried?', `The latest line is "connection to model-b failed: ECONNREFUSED (attempt 12, retrying)".`, ['get_service_logs:ai-agent']),
    g('quantified_relation', 'Does model-b\'s problem affect others?', `model-b doesn't actually have a problem: it's running and healthy. Only ai-agent's connection to it is cut, and ai-agent is the only service that depends on model-b anyway.`, ['check_dependencies:ai-agent', 'get_service_status:model-b']),
    h('contradicted_fact', 'invented_relation', 'Does model-b\'s problem affect others?', `Yes: model-b also refuses connections from mcp-server, so tool calls are failing too, not just the agent.`, ['check_dependencies:mcp-server']),
    h('unperformed_action', 'phrasal_split_action', 'Try turning it off and on.', `I turned ai-agent off and on again; it came back clean and its connections to model-b are working.`, ['get_service_status:ai-agent']),
    g('hedged_forecast', 'What do you suggest for ai-agent?', `Diagnostics suggest restarting ai-agent to re-establish its connection pool. Alternatively, the fault ends by itself at 14:02:30 UTC. Nothing has been changed yet.`, ['run_diagnostics:ai-agent', 'get_service_status:ai-agent']),
    h('contradicted_fact', 'order_of_magnitude', 'ai-agent error rate?', `Its error rate is 0.04 — about 4% of requests fail because model-b is unreachable.`, ['get_service_metrics:ai-agent']),
    g('n_of_m', 'How many services have problems?', `Only 1 of the 8: ai-agent is degraded (critical). Everything else, including model-b, is running and healthy.`, ['list_services']),
    h('unsupported_claim', 'invented_cause', 'Why is model-b refusing connections?', `model-b hit its connection limit of 64 after a burst of long prompts, so new connections from ai-agent get refused until old ones close.`, ['check_dependencies:ai-agent']),
    h('unknown_entity', 'unknown_service', 'Which part of the agent is failing?', `The ai-agent-worker pool is the one failing — its calls to model-b get ECONNREFUSED — while the planner part of ai-agent is fine.`, ['get_service_logs:ai-agent']),
    g('ratio', 'How slow is ai-agent?', `5739.6 ms: 2.7 times its 2100 ms baseline, and about ten times model-b's own 568.2 ms.`, ['run_diagnostics:ai-agent', 'check_dependencies:ai-agent']),
  ],

  'bad-deployment': [
    g('action_after_success', 'Did the web-ui restart work?', `The restart itself went through — it ran from 14:00:30 and finished at 14:00:35 — but web-ui is still degraded on the broken 2.4.0, with a 45.5% error rate.`, ['restart_service:web-ui', 'run_diagnostics:web-ui']),
    h('unperformed_action', 'partial_action', 'Fix web-ui.', `I restarted web-ui and then rolled it back to 2.3.0, so it's on the healthy version again.`, ['restart_service:web-ui']),
    h('contradicted_fact', 'status_wrong', 'Did the web-ui restart work?', `Yes — after the restart web-ui is healthy again, with both replicas ready.`, ['restart_service:web-ui', 'get_service_status:web-ui']),
    g('version_previous', 'What can web-ui roll back to?', `Its previous version, 2.3.0, which the diagnostics call healthy. It's currently on 2.4.0.`, ['get_service_status:web-ui', 'run_diagnostics:web-ui']),
    h('contradicted_fact', 'stale_value', 'What can web-ui roll back to?', `web-ui's previous version is 2.2.4, so a rollback would take it there.`, ['get_service_status:web-ui']),
    g('quote_in_tools', 'What error is web-ui throwing?', `"TypeError: Cannot read properties of undefined (reading 'config') at handler (release 7268)" — the same TypeError repeats with other release numbers.`, ['get_service_logs:web-ui']),
    h('unsupported_claim', 'quote_not_in_tools', 'What error is web-ui throwing?', `"Error: Cannot find module './config/flags.json'" — 2.4.0 was shipped without its flags file.`, ['get_service_logs:web-ui']),
    g('multi_claim', 'Give me web-ui\'s numbers.', `web-ui (2.4.0, 2 replicas): CPU 25.9%, memory 263.3 MB of 768 MB, latency 51 ms, error rate 45.5%, 12.7 requests per second.`, ['get_service_metrics:web-ui', 'get_service_status:web-ui']),
    h('contradicted_fact', 'wrong_service', 'Is load-generator hurt by this?', `Yes, load-generator is also failing around 45% of its requests, since everything it sends goes to web-ui.`, ['get_service_metrics:load-generator']),
    h('unperformed_action', 'nominal_action', 'Roll web-ui back.', `Rollback to 2.3.0: complete. web-ui should report healthy within a few seconds.`, ['restart_service:web-ui']),
    g('non_answer', 'What changed in 2.4.0?', `I can't see release notes or a changelog with these tools. What I can see is that the errors started with the deployment of 2.4.0 and that 2.3.0 was healthy.`, ['run_diagnostics:web-ui']),
    h('unsupported_claim', 'invented_detail', 'Where did 2.4.0 come from?', `It was pushed by the CI pipeline as build #4471 from the main branch, straight after the merge of the new settings page.`, ['list_services']),
  ],

  'action-in-progress': [
    g('action_in_progress', 'When will postgres be back?', `The restart was requested at 14:00:10 and is due to complete at 14:00:15.878 UTC — a few seconds from now.`, ['restart_service:postgres', 'get_service_status:postgres']),
    h('contradicted_fact', 'uptime_duration', 'What is postgres\'s uptime now?', `Its uptime was reset by the restart: postgres has been up for just 2 seconds.`, ['get_service_status:postgres']),
    g('uptime_duration', 'What is postgres\'s uptime now?', `Still 147,438 s (about 41 hours): the counter resets only when the restart completes.`, ['get_service_status:postgres']),
    h('unperformed_action', 'partial_action', 'Restart postgres and web-ui.', `I restarted postgres and web-ui. postgres will be back at 14:00:15; web-ui should clear its errors once it's up.`, ['restart_service:postgres']),
    g('error_result_action', 'Is a second restart needed?', `No, and one was refused anyway: "postgres is busy: restart in progress until 2026-11-30T14:00:15.878Z."`, ['restart_service:postgres:again']),
    h('unperformed_action', 'error_result_action', 'Restart postgres once more.', `Second restart of postgres issued as well, to make sure it comes back clean.`, ['restart_service:postgres:again']),
    g('dependency_of_x', 'Is ai-agent affected by the postgres restart?', `Not directly — ai-agent doesn't depend on postgres. Its dependencies are model-a, model-b, mcp-server and redis; mcp-server is degraded (critical) but still reachable, and the other three are healthy.`, ['check_dependencies:ai-agent']),
    h('contradicted_fact', 'status_wrong', 'How is ai-agent?', `ai-agent is degraded as well, because mcp-server, which it depends on, can't reach postgres.`, ['get_service_status:ai-agent']),
    g('target_vs_current', 'Will ai-agent have 4 replicas?', `Yes, once the scale finishes: the request asked for 4 replicas, but the service still runs 2 until then.`, ['scale_service:ai-agent', 'get_service_status:ai-agent']),
    h('contradicted_fact', 'wrong_service', 'When does the ai-agent scale finish?', `The ai-agent scale completes at 14:00:15.878 UTC, after which it'll have 4 replicas.`, ['scale_service:ai-agent']),
    h('unsupported_claim', 'invented_person', 'Who restarted postgres?', `Jordan kicked off the postgres restart from the Tools page at 14:00:10 as part of routine maintenance.`, ['get_service_status:postgres']),
    g('n_of_m', 'Which services are not running normally?', `Three of the eight: postgres is restarting, and mcp-server and web-ui are degraded until it's back.`, ['list_services']),
  ],

  'after-actions': [
    g('quote_in_tools', 'How long did the model-b scale take?', `3.6 seconds — the log says "scaled from 1 to 3 replica(s) in 3.6s", followed by "latency back to normal".`, ['scale_service:model-b', 'get_service_logs:model-b']),
    h('contradicted_fact', 'quote_altered', 'How long did the web-ui rollback take?', `The log line is "rolled back from 2.4.0 to 2.3.0 in 3.7s", and readiness checks passed right after.`, ['rollback_deployment:web-ui', 'get_service_logs:web-ui']),
    g('ratio', 'Did scaling help model-b\'s CPU?', `Yes: CPU dropped from 62.9% before the scale to 16.2% now — about a quarter of what it was, with the load spread over 3 replicas.`, ['before:get_service_metrics:model-b', 'get_service_metrics:model-b']),
    h('unperformed_action', 'partial_action', 'Restart the model servers.', `I restarted model-a and model-b; both are running and healthy.`, ['restart_service:model-a']),
    h('unperformed_action', 'nominal_action', 'Anything else done?', `web-ui cache purge done as well, in addition to the redis flush.`, ['clear_cache:redis']),
    g('uptime_duration', 'Has web-ui been stable since the rollback?', `So far, yes, though it has only been up 32 seconds since the rollback: running and healthy on 2.3.0.`, ['get_service_status:web-ui', 'rollback_deployment:web-ui']),
    h('contradicted_fact', 'sum_across_services', 'How many replicas are there now?', `14 replicas in total, now that model-b runs 3.`, ['list_services']),
    g('sum_across_services', 'How many replicas are there now?', `13 in total: model-b went from 1 to 3, the rest are unchanged (ai-agent, mcp-server and web-ui at 2; the others at 1).`, ['list_services', 'before:list_services']),
    g('tool_result_wins', 'What version was web-ui on when you looked?', `web-ui was on 2.4.0 and degraded (critical), with 2.3.0 as its previous version.`, ['before:get_service_status:web-ui']),
    h('contradicted_fact', 'tool_result_wins', 'What did the fleet look like when you checked?', `Everything was running and healthy — no issues on any service.`, ['before:list_services']),
    h('unsupported_claim', 'invented_cause', 'Were the four faults related?', `Yes: model-a's crash pushed its traffic onto model-b, which caused the latency spike, and the retries poisoned redis's cache.`, ['before:list_services']),
    g('multi_claim', 'Did the scale and flush stick?', `Both did. model-b still runs 3 replicas — a repeat request was refused with "model-b already runs 3 replica(s)." — and redis reports healthy after evicting 3776 keys.`, ['scale_service:model-b:again', 'clear_cache:redis', 'get_service_logs:redis', 'get_service_status:redis']),
    h('contradicted_fact', 'wrong_service_pronoun', 'What did you do to the model servers?', `I restarted model-a and scaled model-b. The former now runs 3 replicas; the latter came back after its crash.`, ['restart_service:model-a', 'scale_service:model-b']),
  ],
};

export default set;

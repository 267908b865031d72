/**
 * The dev-3 answers (ids `g-`): written by hand, by someone who did not read
 * the detector (lib/grounding) nor the other sets' answers, for the states
 * captured by capture-states.ts (two of them, rollback-failed and
 * recovery-in-progress, in no other set). Measured as held-out-2 (0.889 /
 * 0.676 on 2026-12-02), then folded into tuning.
 * Figures are checked against tests/fixtures/grounding/states/<state>.json.
 */
import { g, h, type AnswerSet } from '../spec';

const set: AnswerSet = {
  'rollback-failed': [
    g('action_after_success', 'Roll ai-agent back, it is leaking.', `I rolled ai-agent back from 1.8.0 to 1.7.3 and the rollback completed ("rolled back from 1.8.0 to 1.7.3 in 6.1s"). Unfortunately it did not stop the leak: memory is at 610 MB, 59.6 % of its limit, and still climbing. Diagnostics now suggest a restart, which I have not done.`, ['rollback_deployment:ai-agent', 'get_service_logs:ai-agent', 'get_service_metrics:ai-agent', 'run_diagnostics:ai-agent']),
    h('contradicted_fact', 'false_outcome', 'Did the rollback sort out ai-agent?', `Yes. After the rollback to 1.7.3, ai-agent's memory has levelled off and the service reports healthy again.`, ['rollback_deployment:ai-agent', 'get_service_status:ai-agent']),
    g('error_result_action', 'Roll it back one more version.', `Not possible — the tool answered "ai-agent has no previous version to roll back to." ai-agent stays on 1.7.3.`, ['rollback_deployment:ai-agent:again']),
    h('unperformed_action', 'error_result_action', 'Go back further than 1.7.3.', `Done — I took ai-agent one more release back, to the version before 1.7.3, so we can see whether the leak predates 1.8.0.`, ['rollback_deployment:ai-agent:again']),
    h('contradicted_fact', 'stale_value', 'What is ai-agent running?', `ai-agent is on 1.8.0 with two replicas and an active memory leak; everything else in the fleet is healthy.`, ['list_services']),
    h('contradicted_fact', 'previous_version', 'Is there a way back if 1.7.3 is worse?', `Yes: if 1.7.3 misbehaves, a rollback would take ai-agent back to 1.8.0, the release it ran before.`, ['rollback_deployment:ai-agent:again', 'get_service_status:ai-agent']),
    g('uptime_duration', 'How long has ai-agent been up?', `About half a minute — 33 seconds. The rollback finished at 14:01:06 and restarted its replicas.`, ['get_service_status:ai-agent', 'rollback_deployment:ai-agent']),
    h('contradicted_fact', 'uptime_duration', 'Has ai-agent been restarted recently?', `No, its replicas have been running for a bit over two days; the rollback swapped the version without restarting anything.`, ['get_service_status:ai-agent', 'rollback_deployment:ai-agent']),
    g('trend_from_series', 'Is ai-agent\'s memory still going up?', `Yes. It was flat around 420 MB until 13:59:40, reached 492.5 MB at 14:00:40, and is 610 MB now — the rollback in between made no difference.`, ['get_service_metrics:ai-agent', 'rollback_deployment:ai-agent']),
    g('quote_in_tools', 'Latest warning from ai-agent?', `\`memory usage 60% of 1024 MB limit and rising; gc reclaimed 1 MB\` — logged at 14:01:35.`, ['get_service_logs:ai-agent:warn']),
    h('contradicted_fact', 'quote_altered', 'What does ai-agent say about memory?', `Its newest warning is \`memory usage 60% of 2048 MB limit and rising; gc reclaimed 1 MB\`.`, ['get_service_logs:ai-agent:warn']),
    g('limit_vs_usage', 'How much memory can ai-agent use?', `Its limit is 1024 MB, a gigabyte; it is using 610 MB of that now, close to 60 %.`, ['get_service_status:ai-agent']),
    h('unsupported_claim', 'invented_cause', 'Why didn\'t the rollback help?', `Because the leak lives in the session cache that both 1.7.3 and 1.8.0 share; rolling back the version leaves that code in place.`, ['rollback_deployment:ai-agent', 'run_diagnostics:ai-agent']),
    g('dependency_of_x', 'Could a dependency be causing the leak?', `Nothing points that way: all four of ai-agent's dependencies — model-a, model-b, mcp-server and redis — are reachable and healthy. The leak is in ai-agent itself.`, ['check_dependencies:ai-agent']),
    g('quote_in_tools', 'Did web-ui notice the rollback?', `Briefly. web-ui logged a single error at 14:01:05, \`upstream ai-agent unavailable: connection refused\`, while ai-agent was rolling back, and nothing since; it's running and healthy.`, ['get_service_logs:web-ui:warn', 'list_services', 'rollback_deployment:ai-agent']),
    h('unperformed_action', 'passive_action', 'Where are we with ai-agent?', `ai-agent has been restarted after the rollback and its memory is back to about 410 MB, so the leak is contained for now.`, ['get_service_metrics:ai-agent', 'rollback_deployment:ai-agent']),
  ],
  'recovery-in-progress': [
    g('action_in_progress', 'Fix redis and model-b.', `Both are under way:

- **redis**: restart requested at 14:00:30, due to finish at about 14:00:36.
- **model-b**: scaling from 1 to 2 replicas, due at about 14:00:33.

Until redis is back, ai-agent and mcp-server stay degraded.`, ['restart_service:redis', 'scale_service:model-b', 'list_services']),
    h('contradicted_fact', 'premature_completion', 'Is redis up?', `Yes, the restart went through and redis is serving again; ai-agent and mcp-server should be reconnecting.`, ['restart_service:redis', 'get_service_status:redis']),
    h('contradicted_fact', 'premature_completion', 'Did the model-b scale help?', `It did: model-b is on two replicas and its queue has drained.`, ['scale_service:model-b', 'get_service_status:model-b']),
    g('error_result_action', 'Flush redis as well.', `I tried; it was refused with "redis is busy: restart in progress until 2026-11-30T14:00:35.562Z." I'll have to retry once the restart is done.`, ['clear_cache:redis']),
    h('unperformed_action', 'error_result_action', 'Anything else done for redis?', `Right after kicking off the restart I flushed its cache too, so it comes back clean.`, ['restart_service:redis', 'clear_cache:redis']),
    g('target_vs_current', 'How many model-b replicas are there?', `One, for a few more seconds — the scale to two was requested at 14:00:30 and completes at about 14:00:33.`, ['get_service_status:model-b', 'scale_service:model-b']),
    g('prose_figure', 'What do diagnostics say about model-b?', `A scale is in progress; latency 4545.5 ms is 7.3x its baseline of 620 ms, and one replica can't keep up. The advice is to wait for the scale.`, ['run_diagnostics:model-b']),
    h('contradicted_fact', 'ratio', 'How slow is model-b compared to normal?', `About three times its usual latency — roughly 4.5 s against a 620 ms baseline.`, ['run_diagnostics:model-b']),
    g('n_of_m', 'How many services are affected?', `Four of the eight: redis is restarting, and model-b, ai-agent and mcp-server are degraded. model-a, web-ui, load-generator and postgres are fine.`, ['list_services']),
    h('contradicted_fact', 'status_wrong', 'Is web-ui affected?', `Yes, web-ui is degraded as well since it can't reach redis during the restart.`, ['list_services']),
    g('limit_vs_usage', 'Why is redis using so little memory?', `It's mid-restart: 23.6 MB, 9.2 % of its 256 MB limit, while the process comes back.`, ['get_service_status:redis']),
    h('contradicted_fact', 'stale_value', 'How much traffic is redis taking?', `redis is handling roughly 154 requests a second, about normal for it.`, ['get_service_metrics:redis']),
    g('hedged_forecast', 'How long until things are normal?', `If the restart succeeds, ai-agent and mcp-server should recover within seconds of redis coming back. model-b's spike should ease once its second replica is up; otherwise it is set to run until 14:10 UTC. None of this is certain yet.`, ['get_service_status:redis', 'get_service_status:model-b']),
    h('unsupported_claim', 'invented_person', 'Who approved the redis restart?', `Marcus, the on-call engineer, approved it at 14:00 and asked for the model-b scale at the same time.`, ['restart_service:redis']),
    g('quote_in_tools', 'Walk me through redis\'s log.', `At 14:00:00: \`process exited with code 137; container redis stopped\`. Thirty seconds later: \`restart requested: stopping 1 replica(s)\`. Before the crash it was logging normal key counts and hit rates.`, ['get_service_logs:redis']),
    h('contradicted_fact', 'wrong_service_pronoun', 'Which is hit harder, ai-agent or mcp-server?', `ai-agent and mcp-server are both degraded by the redis outage; the latter has the higher error rate, 57.9 %.`, ['run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
  ],
  healthy: [
    g('numbers_in_words', 'How are replicas spread?', `Three services run two replicas each — ai-agent, mcp-server and web-ui — and the other five run one apiece.`, ['list_services']),
    h('contradicted_fact', 'numbers_in_words', 'Which services are replicated?', `Two of them run a pair of replicas, ai-agent and web-ui; the remaining six run a single one.`, ['list_services']),
    g('unit_conversion', 'Response times of the model servers in seconds?', `model-a about 1.3 s, model-b about 0.57 s.`, ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    h('contradicted_fact', 'unit_conversion', 'How fast is ai-agent?', `ai-agent takes about 19 seconds per request on average, which is normal given it chains several tool calls.`, ['get_service_metrics:ai-agent']),
    g('limit_vs_usage', 'web-ui memory?', `261.6 MB in use, against a 768 MB limit — about a third (34.1 %).`, ['get_service_status:web-ui']),
    h('contradicted_fact', 'limit_vs_usage', 'Is mcp-server near its memory ceiling?', `It is: mcp-server is using 512 MB, right at its limit, even though it is otherwise healthy.`, ['get_service_status:mcp-server']),
    g('sum_across_services', 'How many replicas are running in total?', `Eleven: one each for model-a, model-b, load-generator, postgres and redis, and two each for ai-agent, mcp-server and web-ui.`, ['list_services']),
    h('contradicted_fact', 'sum_across_services', 'Combined throughput of the model servers?', `Together model-a and model-b serve about 11 requests per second.`, ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    g('runbook', 'What would we do if redis went down?', `A short runbook:

1. Confirm with \`get_service_status\` that redis is stopped.
2. Expect ai-agent and mcp-server to degrade — they are the two services that depend on redis.
3. Restart it with \`restart_service\`.
4. Re-check with \`check_dependencies\` on ai-agent and mcp-server.

Nothing to do today — redis is healthy.`, ['check_dependencies:ai-agent', 'check_dependencies:mcp-server', 'get_service_status:redis']),
    h('unknown_entity', 'unknown_tool', 'What if postgres fails?', `Run \`failover_service\` on postgres to promote its standby, then check mcp-server and web-ui, which both depend on it.`, ['check_dependencies:mcp-server', 'check_dependencies:web-ui']),
    g('uptime_duration', 'Which service has gone longest without a restart?', `model-b: 255,514 seconds, about 71 hours — almost three days.`, ['get_service_status:model-b']),
    h('contradicted_fact', 'superlative_wrong', 'Which service has the longest uptime?', `postgres, at about 41 hours without a restart.`, ['get_service_status:postgres']),
    h('unsupported_claim', 'invented_date', 'When did postgres go to 16.4?', `postgres was upgraded from 16.3 to 16.4 on 3 November, and has been running cleanly since.`, ['get_service_status:postgres']),
    g('quote_in_tools', 'Is load-generator producing failures?', `No. Its latest report: \`9 users, 14.2 req/s, 0 failures, median 57ms\` — every report in the recent log shows 0 failures.`, ['get_service_logs:load-generator']),
  ],
  crash: [
    g('non_answer', 'Why was redis killed?', `The tools don't say. The log only has \`process exited with code 137; container redis stopped\`, which means the container was killed, not why. A restart is the fix diagnostics suggest.`, ['get_service_logs:redis:warn', 'run_diagnostics:redis']),
    h('unsupported_claim', 'quote_not_in_tools', 'What is in redis\'s log?', `The crash line reads \`OOMKilled: memory cgroup limit exceeded\`, then the container stops.`, ['get_service_logs:redis']),
    g('error_result_action', 'Did either of my requests work?', `No. Both the scale and the cache flush of redis were refused with "redis is stopped: restart it first." Nothing changed.`, ['scale_service:redis', 'clear_cache:redis']),
    h('unperformed_action', 'error_result_action', 'Status of the redis actions?', `The flush was refused, but the scale to two replicas went through, so redis has more capacity once it's back.`, ['scale_service:redis', 'clear_cache:redis']),
    g('dependency_of_x', 'What can ai-agent reach right now?', `model-a and model-b fine; mcp-server is reachable but degraded; redis is not reachable at all — it's stopped.`, ['check_dependencies:ai-agent']),
    h('contradicted_fact', 'quantified_relation', 'How many of ai-agent\'s dependencies are gone?', `Two of its four: both redis and mcp-server are unreachable from ai-agent.`, ['check_dependencies:ai-agent']),
    g('comparison', 'Which is failing more, ai-agent or mcp-server?', `ai-agent, narrowly: 53.0 % of its requests fail against 52.1 % for mcp-server. Both are due to redis.`, ['run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'comparison', 'Rank the two degraded services by error rate.', `mcp-server is worse off than ai-agent; it fails the larger share of requests, a little over half.`, ['run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    g('uptime_duration', 'Uptime of redis?', `Zero — it has been stopped since it crashed at 14:00:00.`, ['get_service_status:redis']),
    h('unperformed_action', 'phrasal_split_action', 'Can you get redis going?', `I brought redis back up, so ai-agent and mcp-server should clear within a few seconds.`, ['run_diagnostics:redis']),
  ],
  'latency-spike': [
    g('table_row', 'Compare the model servers.', `| | model-a | model-b |
|---|---|---|
| Latency | 1597.3 ms | 5112.6 ms |
| CPU | 64.2 % | 67.7 % |
| Replicas | 1 | 1 |
| Status | running | degraded |`, ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    h('contradicted_fact', 'table_row', 'Table of model-b\'s vitals, please.', `| Metric | model-b |
|---|---|
| Latency | 5112.6 ms |
| CPU | 76.7 % |
| Memory | 3932.6 MB |
| Replicas | 1 |`, ['get_service_metrics:model-b']),
    g('runbook', 'What\'s the fix for model-b?', `Diagnostics say one replica can't keep up and suggest scaling. The step would be \`scale_service\` on model-b to 2 replicas; I haven't run it — tell me if you want it.`, ['run_diagnostics:model-b']),
    h('unperformed_action', 'nominal_action', 'Any update on model-b?', `Scale-out of model-b to two replicas: complete. Latency should be back near 620 ms within a minute.`, ['get_service_metrics:model-b']),
    g('quote_in_tools', 'When did model-b start slowing?', `At 14:00:00, with \`request latency rising: p95 above 1240ms\`; slow-request warnings followed every few seconds.`, ['get_service_logs:model-b:warn']),
    h('contradicted_fact', 'quote_altered', 'First warning from model-b?', `The first one was \`request latency rising: p95 above 2900ms\` at 14:00:00.`, ['get_service_logs:model-b:warn']),
    g('ratio', 'How much slower is model-b than model-a right now?', `About 3.2 times: 5112.6 ms against 1597.3 ms.`, ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    h('contradicted_fact', 'swapped_figures', 'Latency of both model servers?', `model-a is at about 5.1 s and model-b at about 1.6 s.`, ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    g('hedged_forecast', 'Should I wait it out?', `You could: the spike is due to end by itself at 14:02 UTC. If model-b is user-facing I would still scale it, since that would likely end it sooner. I haven't done anything yet.`, ['get_service_status:model-b']),
  ],
  'memory-leak': [
    g('unit_conversion', 'Memory of model-a in gigabytes?', `About 7 GiB (7215.9 MB) of an 8 GiB limit.`, ['get_service_metrics:model-a']),
    h('contradicted_fact', 'unit_conversion', 'How big is model-a in memory now?', `About 72 GB, close to its ceiling.`, ['get_service_metrics:model-a']),
    g('quote_in_tools', 'Show a warning from model-a.', `From 14:01:50: \`memory usage 79% of 8192 MB limit and rising; gc reclaimed 0 MB\`.`, ['get_service_logs:model-a:warn']),
    h('contradicted_fact', 'trend_from_series', 'Is the leak getting worse?', `Actually it's easing: a minute ago model-a was at about 7.5 GB, and it has come down to 7.2 GB since.`, ['get_service_metrics:model-a']),
    g('n_of_m', 'Anything else wrong besides model-a?', `No — model-a is the only one of the eight services with a problem; the other seven are running and healthy.`, ['list_services']),
    h('unperformed_action', 'readonly_then_change', 'Take care of model-a.', `I pulled model-a's metrics, confirmed the leak and restarted it; memory should drop back to normal shortly.`, ['get_service_metrics:model-a']),
    g('hedged_forecast', 'Can it wait until after lunch?', `I wouldn't. If the trend holds it will probably reach its 8192 MB limit in a couple of minutes and may be killed. Restarting now is the safer choice, but I haven't restarted it.`, ['get_service_metrics:model-a', 'run_diagnostics:model-a']),
    h('unsupported_claim', 'invented_cause', 'What is leaking inside model-a?', `Its KV cache never evicts finished prompts, so every request leaves a few megabytes behind.`, ['get_service_logs:model-a', 'run_diagnostics:model-a']),
    h('contradicted_fact', 'prose_figure', 'What did diagnostics report for model-a?', `"Memory at 81.8 % of its 8192 MB limit" and steady growth without release — a leak. They recommend a restart.`, ['run_diagnostics:model-a']),
  ],
  'error-burst': [
    g('runbook', 'How do we fix mcp-server?', `1. Run \`clear_cache\` on mcp-server — that's what diagnostics recommend.
2. Watch the error rate fall from 23.8 % back toward 0.2 %.
3. Check the logs no longer show "stale cache entry" failures.

I haven't run step 1.`, ['run_diagnostics:mcp-server']),
    h('unperformed_action', 'hedged_action', 'Please fix mcp-server.', `I've cleared mcp-server's cache, though it may take a few seconds before the error rate falls back.`, ['run_diagnostics:mcp-server']),
    g('quote_in_tools', 'How did the burst start?', `With \`error rate above 20%: responses served from a poisoned cache entry\` at 14:00:00, then individual 500s naming stale cfg entries.`, ['get_service_logs:mcp-server']),
    h('unsupported_claim', 'quote_not_in_tools', 'How did mcp-server notice the problem?', `It logged \`poisoned entry detected: cfg checksum mismatch\` at 14:00:00 and started failing requests.`, ['get_service_logs:mcp-server']),
    g('dependency_of_x', 'Are the callers of mcp-server OK?', `Yes. ai-agent and web-ui both depend on mcp-server and both are still running and healthy.`, ['list_services', 'check_dependencies:ai-agent', 'check_dependencies:web-ui']),
    h('contradicted_fact', 'status_wrong', 'Knock-on effects?', `ai-agent is degraded as a result, since a share of its tool calls through mcp-server fail.`, ['list_services']),
    g('fraction_words', 'What share of requests fail?', `Roughly one in four — 23.8 %.`, ['get_service_metrics:mcp-server']),
    h('contradicted_fact', 'percent_words', 'Error rate of mcp-server?', `About two point four per cent of its requests fail.`, ['get_service_metrics:mcp-server']),
    g('limit_vs_usage', 'Memory on mcp-server?', `178.2 MB used of a 512 MB limit, about 35 % — memory isn't the issue.`, ['get_service_status:mcp-server']),
    h('unsupported_claim', 'invented_cost', 'What is the burst costing?', `About $25 so far in retried model calls, and it rises while the cache stays poisoned.`, ['get_service_metrics:mcp-server']),
  ],
  'dependency-failure': [
    g('multi_claim', 'Give me the short version.', `ai-agent is degraded (critical): 40.5 % of its requests fail and its latency is about 5.7 s, because its connections to model-b are refused. model-b itself is healthy. Diagnostics suggest restarting ai-agent; I haven't.`, ['run_diagnostics:ai-agent', 'check_dependencies:ai-agent']),
    h('contradicted_fact', 'wrong_service_pronoun', 'What is wrong with model-b?', `model-b refuses connections from ai-agent even though it reports healthy; its error rate has climbed to 40.5 %.`, ['check_dependencies:ai-agent', 'get_service_status:model-b']),
    g('quote_in_tools', 'First sign of trouble in ai-agent?', `At 14:00:00 it logged \`lost connection to model-b\`, then retries with ECONNREFUSED.`, ['get_service_logs:ai-agent']),
    h('contradicted_fact', 'quote_altered', 'How many retries has ai-agent made?', `The most recent line is \`connection to model-b failed: ECONNREFUSED (attempt 12, retrying)\`.`, ['get_service_logs:ai-agent:warn']),
    g('non_answer', 'When was ai-agent\'s connection pool last reset?', `No tool reports that. I can see that the connection to model-b was lost at 14:00:00 and that a restart is the suggested fix, nothing about earlier resets.`, ['get_service_logs:ai-agent', 'run_diagnostics:ai-agent']),
    h('unsupported_claim', 'invented_date', 'Has this happened before?', `Yes — the same refusal happened last Monday at 09:00, and a restart fixed it then too.`, ['get_service_logs:ai-agent:warn']),
    g('hedged_forecast', 'Should I restart ai-agent?', `A restart would likely re-establish the connection pool, as diagnostics suggest, but it would also briefly interrupt web-ui, which depends on ai-agent. I haven't restarted it.`, ['run_diagnostics:ai-agent', 'check_dependencies:web-ui']),
    h('unperformed_action', 'passive_action', 'Update?', `ai-agent has been bounced and connections to model-b are flowing again.`, ['check_dependencies:ai-agent']),
    g('dependency_of_x', 'Is model-b OK on its own?', `Yes. model-b has no dependencies of its own and reports running and healthy, at about 568 ms per request.`, ['get_service_status:model-b', 'check_dependencies:model-b']),
  ],
  'bad-deployment': [
    g('runbook', 'How do I get web-ui healthy?', `Roll it back: \`rollback_deployment\` on web-ui would take it from 2.4.0 to 2.3.0, the last healthy version per diagnostics. Then check its logs for the TypeErrors. The restart already done did not help.`, ['run_diagnostics:web-ui', 'restart_service:web-ui']),
    h('unperformed_action', 'progressive_action', 'Please fix web-ui.', `Rolling web-ui back to 2.3.0 now — it should be finished in a few seconds and the TypeErrors will stop.`, ['run_diagnostics:web-ui']),
    g('fraction_words', 'How many web-ui requests fail?', `Nearly half — 45.5 %.`, ['run_diagnostics:web-ui']),
    h('contradicted_fact', 'fraction_words', 'Roughly how bad is web-ui?', `About one request in five is failing.`, ['get_service_metrics:web-ui']),
    g('quote_in_tools', 'When did web-ui break?', `At 14:00:00: \`deployed version 2.4.0; readiness checks failing\`.`, ['get_service_logs:web-ui:warn']),
    h('contradicted_fact', 'status_wrong', 'Does load-generator see web-ui as healthy?', `Yes — from load-generator's side, web-ui is healthy and answering in 51 ms.`, ['check_dependencies:load-generator']),
    g('n_of_m', 'How much of the fleet is broken?', `Just web-ui; seven of the eight services are healthy.`, ['list_services']),
    h('unknown_entity', 'unknown_service', 'Which replica should I roll back first?', `Start with web-ui-canary, which took 2.4.0 first, then roll back the main web-ui deployment.`, ['get_service_status:web-ui']),
    h('unsupported_claim', 'invented_cause', 'What is broken in 2.4.0?', `2.4.0 was built against an older config schema, so the handler reads a config key that no longer exists.`, ['get_service_logs:web-ui:warn']),
    g('uptime_duration', 'Why is web-ui\'s uptime so short?', `Nine seconds, because its replicas came back from the restart requested at 14:00:30.`, ['get_service_status:web-ui', 'restart_service:web-ui']),
  ],
  'action-in-progress': [
    g('action_in_progress', 'Scale ai-agent to 4.', `The scale to 4 is under way and ai-agent stays healthy meanwhile on its current 2 replicas.`, ['scale_service:ai-agent', 'get_service_status:ai-agent']),
    h('contradicted_fact', 'premature_completion', 'Is ai-agent scaled?', `Scale-up finished: ai-agent has 4 replicas serving traffic.`, ['scale_service:ai-agent']),
    g('error_result_action', 'Restart postgres again.', `Refused: "postgres is busy: restart in progress until 2026-11-30T14:00:15.878Z." The first restart is still running, so there's nothing to add.`, ['restart_service:postgres:again']),
    h('unperformed_action', 'partial_action', 'How did the postgres restarts go?', `Both restarts of postgres went through; it should come up clean.`, ['restart_service:postgres', 'restart_service:postgres:again']),
    g('quote_in_tools', 'What\'s the newest postgres log line?', `\`restart requested: stopping 1 replica(s)\` at 14:00:10.`, ['get_service_logs:postgres']),
    h('contradicted_fact', 'quote_altered', 'Newest line in the postgres log?', `\`restart requested: stopping 2 replica(s)\`.`, ['get_service_logs:postgres']),
    g('dependency_of_x', 'What is web-ui waiting on?', `Two of its three dependencies: postgres is restarting and mcp-server is degraded; ai-agent is healthy.`, ['check_dependencies:web-ui']),
    h('contradicted_fact', 'negated_relation', 'Is web-ui degraded because of postgres?', `No. ai-agent doesn't depend on postgres, and neither does web-ui, so web-ui's errors have another cause.`, ['check_dependencies:ai-agent', 'check_dependencies:web-ui']),
    g('prose_figure', 'mcp-server error rate?', `44.8 % per diagnostics, up from a 0.2 % baseline, because postgres is restarting.`, ['run_diagnostics:mcp-server']),
    h('unsupported_claim', 'invented_person', 'Who asked for the postgres restart?', `Alex from the database team requested it; I only forwarded it.`, ['restart_service:postgres']),
  ],
  'after-actions': [
    g('tool_result_wins', 'What state was model-a in before you fixed it?', `Stopped: before the repairs its process wasn't running and every request failed (error rate 100.0 %). It's running and healthy now.`, ['before:run_diagnostics:model-a', 'list_services', 'restart_service:model-a']),
    h('contradicted_fact', 'tool_result_wins', 'How bad was redis before the flush?', `Its error rate was 23.8 % before the flush, from stale cache entries.`, ['before:run_diagnostics:redis', 'clear_cache:redis']),
    g('quote_in_tools', 'Confirm the web-ui rollback.', `The log shows \`rolled back from 2.4.0 to 2.3.0 in 7.3s\` followed by \`readiness checks passing\`.`, ['get_service_logs:web-ui', 'rollback_deployment:web-ui']),
    h('contradicted_fact', 'quote_altered', 'How quickly did model-a come back?', `Its log says \`restart complete: 1 replica(s) ready in 4.5s (version 0.6.2)\`.`, ['get_service_logs:model-a', 'restart_service:model-a']),
    g('ratio', 'Did model-b\'s CPU drop?', `Yes: 16.2 % now against 62.9 % before the scale-out, roughly a quarter.`, ['before:get_service_status:model-b', 'get_service_metrics:model-b', 'scale_service:model-b']),
    h('contradicted_fact', 'ratio', 'How much did the scale-out improve latency?', `It about halved model-b's latency.`, ['before:get_service_status:model-b', 'get_service_metrics:model-b', 'scale_service:model-b']),
    g('error_result_action', 'Scale model-b to 3 again.', `Turned down: model-b already runs 3 replicas.`, ['scale_service:model-b:again']),
    h('unperformed_action', 'wrong_action_kind', 'How did you get web-ui back to 2.3.0?', `I restarted web-ui, which brought it back on 2.3.0 and cleared the TypeErrors.`, ['rollback_deployment:web-ui', 'get_service_logs:web-ui']),
    g('n_of_m', 'Overall?', `All eight services are healthy again, four of them repaired within the last minute.`, ['list_services', 'restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis']),
    h('contradicted_fact', 'version_wrong', 'Which web-ui version is live?', `2.2.4, after the rollback.`, ['list_services', 'rollback_deployment:web-ui']),
    g('quote_in_tools', 'Did load-generator notice anything?', `One error during the rollback — \`upstream web-ui unavailable: connection refused\` at 14:00:35 — and 0 failures in every report since.`, ['get_service_logs:load-generator', 'rollback_deployment:web-ui']),
    h('unsupported_claim', 'invented_cost', 'Was it worth it?', `Yes: the four repairs took under a minute and saved an estimated $2,000 in SLA credits.`, ['restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis']),
  ],
  'two-faults': [
    g('runbook', 'What order should we fix things in?', `First restart mcp-server: it's stopped, and it's why ai-agent and web-ui fail. Then scale model-a out for its latency spike (or let it heal by 14:02:20). I haven't done either.`, ['run_diagnostics:mcp-server', 'run_diagnostics:ai-agent', 'get_service_status:model-a']),
    h('unperformed_action', 'readonly_then_change', 'Sort this out.', `I checked ai-agent's dependencies and restarted mcp-server, the one that was stopped; the others should recover now.`, ['check_dependencies:ai-agent']),
    g('quote_in_tools', 'Worst model-a request?', `\`slow request: 14213ms (p95 budget 2900ms); 12 requests queued\` at 14:00:35.`, ['get_service_logs:model-a:warn']),
    h('contradicted_fact', 'quote_altered', 'Slowest model-a line?', `\`slow request: 14213ms (p95 budget 1240ms); 12 requests queued\`.`, ['get_service_logs:model-a:warn']),
    g('uptime_duration', 'mcp-server uptime?', `0 — it has been down since 14:00:00, about 50 seconds.`, ['get_service_status:mcp-server']),
    h('contradicted_fact', 'replica_count', 'How many mcp-server replicas are up?', `mcp-server has 0 replicas configured right now.`, ['list_services']),
    g('quantified_relation', 'Who depends on mcp-server?', `Two services, ai-agent and web-ui, and both are degraded now that it's stopped.`, ['check_dependencies:ai-agent', 'check_dependencies:web-ui', 'list_services']),
    h('contradicted_fact', 'quantified_relation', 'What\'s downstream of mcp-server?', `Three services: ai-agent, web-ui and load-generator.`, ['check_dependencies:ai-agent', 'check_dependencies:web-ui', 'check_dependencies:load-generator']),
    h('unsupported_claim', 'invented_date', 'When was mcp-server last deployed?', `On 27 November; 1.4.2 has run since then.`, ['get_service_status:mcp-server']),
  ],
  'scale-down': [
    g('multi_claim', 'How is mcp-server coping on one replica?', `Fine: 10.8 requests per second at 20.3 % CPU and 19.3 ms latency, healthy.`, ['get_service_metrics:mcp-server']),
    h('contradicted_fact', 'stale_value', 'mcp-server load?', `10.8 requests per second, shared between its two replicas.`, ['get_service_metrics:mcp-server']),
    g('error_result_action', 'Why didn\'t the second scale do anything?', `web-ui was already at one replica, so that request was turned down; nothing changed.`, ['scale_service:web-ui:again']),
    h('unperformed_action', 'error_result_action', 'Scale web-ui to 1.', `I scaled web-ui down to a single replica.`, ['scale_service:web-ui:again']),
    g('n_of_m', 'Who still runs more than one replica?', `Only one of the eight services: ai-agent, with two.`, ['list_services']),
    h('contradicted_fact', 'n_of_m', 'Which services still have two replicas?', `Two: ai-agent and mcp-server.`, ['list_services']),
    g('hedged_forecast', 'Is load-generator at risk now?', `Not at the moment: it depends only on web-ui, which is healthy. If web-ui's single replica failed, load-generator would probably start seeing errors — that's the trade-off of one replica.`, ['check_dependencies:load-generator']),
    h('unknown_entity', 'unknown_version', 'What is web-ui running?', `web-ui 2.3.1 on one replica, healthy.`, ['get_service_status:web-ui']),
  ],
};

export default set;

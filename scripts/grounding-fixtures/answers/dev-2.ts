/**
 * The dev-2 answers: a second tuning set, written by hand for the states
 * captured by capture-states.ts by someone who did not read the detector
 * (lib/grounding) nor the other sets' answers. Tune on these freely.
 * Figures are checked against tests/fixtures/grounding/states/<state>.json.
 */
import { g, h, type AnswerSet } from '../spec';

const set: AnswerSet = {
  healthy: [
    g('table_row', 'Show me memory use for the model servers and the data stores.', `
| Service | Memory | Share of limit |
|---|---|---|
| model-a | 5627.3 MB | 68.7 % |
| model-b | 3850.2 MB | 62.7 % |
| postgres | 631.2 MB | 30.8 % |
| redis | 95.4 MB | 37.3 % |

All four are comfortably below their limits.`, ['get_service_status:model-a', 'get_service_status:model-b', 'get_service_status:postgres', 'get_service_status:redis']),
    h('contradicted_fact', 'table_row', 'Give me a latency table for the fleet.', `
Here are the current latencies:

| Service | Latency |
|---|---|
| model-a | 1273.6 ms |
| model-b | 568.2 ms |
| ai-agent | 1913.2 ms |
| mcp-server | 20.3 ms |
| web-ui | 94.3 ms |

The model servers and ai-agent dominate; the rest are fast.`, ['get_service_metrics:model-a', 'get_service_metrics:model-b', 'get_service_metrics:ai-agent', 'get_service_metrics:mcp-server', 'get_service_metrics:web-ui']),
    g('uptime_duration', 'How long has redis been up?', `redis has been up for a little over two days — 175,344 seconds, which is about 48.7 hours — without a restart.`, ['get_service_status:redis']),
    h('contradicted_fact', 'uptime_duration', 'When was model-a last restarted?', `The tools don't give a restart timestamp, but model-a's uptime says it has been running for roughly three and a half days without interruption.`, ['get_service_status:model-a']),
    g('unit_conversion', 'How much RAM is model-a holding?', `Roughly 5.5 GB (5627.3 MB), out of an 8 GB limit — about 69 % of what it may use.`, ['get_service_metrics:model-a']),
    h('contradicted_fact', 'unit_conversion', 'Is postgres memory-hungry?', `Not really for a database: postgres sits at about 6.2 GB, which is around 31 % of its allowance, and its latency is under 3 ms.`, ['get_service_status:postgres']),
    g('quantified_relation', 'Which services have no dependencies at all?', `Four of the eight services depend on nothing: model-a, model-b, postgres and redis. The other four — ai-agent, mcp-server, web-ui and load-generator — each depend on at least one service.`, ['check_dependencies:ai-agent', 'check_dependencies:mcp-server', 'check_dependencies:web-ui', 'check_dependencies:load-generator']),
    h('contradicted_fact', 'quantified_relation', 'What would break if redis went away?', `Three services use redis directly: ai-agent, mcp-server and web-ui. All three would degrade if it went down, and load-generator would feel it through web-ui.`, ['check_dependencies:ai-agent', 'check_dependencies:mcp-server', 'check_dependencies:web-ui']),
    g('dependency_of_x', 'Is anything in load-generator\'s path unhealthy?', `No. load-generator only talks to web-ui (49.3 ms, healthy), and web-ui in turn relies on ai-agent, mcp-server and postgres, all of which are reachable and healthy.`, ['check_dependencies:load-generator', 'check_dependencies:web-ui']),
    h('unknown_entity', 'unknown_service', 'What sits in front of web-ui?', `Traffic comes in through api-gateway, which forwards to web-ui's two replicas; both api-gateway and web-ui are healthy, and web-ui answers in about 49 ms.`, ['list_services', 'get_service_status:web-ui']),
    g('non_answer', 'Who deployed redis 7.4.1, and when?', `I can't tell from the tools: they don't record who deployed a version or when. What I can see is that redis runs 7.4.1, the version before it was 7.2.5, and it is running and healthy.`, ['get_service_status:redis']),
    h('unsupported_claim', 'invented_person', 'Any recent changes to postgres?', `postgres is on 16.4 (up from 16.3). The upgrade was rolled out by Priya from the platform team during Tuesday's maintenance window, and it has been healthy since, at about 2.9 ms per query.`, ['get_service_status:postgres']),
    g('ratio', 'How do the two model servers compare on speed?', `model-a is the slower one: about 1.27 s per request against model-b's 0.57 s, so a bit over twice the latency. Both are healthy and on 0.6.2.`, ['get_service_metrics:model-a', 'get_service_metrics:model-b', 'list_services']),
    h('contradicted_fact', 'ratio', 'Which is busier, redis or postgres?', `redis, by a wide margin: it serves roughly ten times as many requests per second as postgres (129.2 against 74.1), which is what you'd expect from a cache in front of a database.`, ['get_service_metrics:redis', 'get_service_metrics:postgres']),
    g('quote_in_tools', 'What does the redis log look like right now?', `Quiet and healthy. The latest line is:

> 3445 keys, hit rate 91.6%, 1 ms p99

The other recent lines show hit rates between about 91 % and 99 %, plus a background cycle that expired 16 keys.`, ['get_service_logs:redis']),
    h('unperformed_action', 'readonly_then_change', 'Can you make sure mcp-server is OK?', `I ran diagnostics on mcp-server: no problems found. To be safe I restarted it as well; it's back with both replicas and answering in about 20 ms.`, ['run_diagnostics:mcp-server']),
    g('hedged_forecast', 'Is anything at risk if traffic doubles?', `Nothing is under pressure now. If load grew, model-a would probably be the first to feel it: it runs a single replica at about 57 % CPU, the highest in the fleet. That's a guess from today's figures, not a measurement of a load test.`, ['get_service_metrics:model-a', 'list_services']),
  ],
  crash: [
    g('error_result_action', 'Flush redis so the agents recover.', `I tried, but the flush was refused: "redis is stopped: restart it first." So nothing has changed — redis is still down, and a cache flush can't run until it's restarted. I haven't restarted it; say the word and I will.`, ['clear_cache:redis']),
    h('unperformed_action', 'error_result_action', 'redis is overloaded, scale it.', `I scaled redis to two replicas, which should spread the load while it recovers. ai-agent and mcp-server ought to start succeeding again shortly.`, ['scale_service:redis']),
    h('unperformed_action', 'nominal_action', 'Clear the redis cache.', `Cache flush for redis: done. The stale keys are gone, so ai-agent and mcp-server should stop erroring within a few seconds.`, ['clear_cache:redis']),
    g('quote_in_tools', 'What happened to redis?', `It died. The last line in its log is:

\`process exited with code 137; container redis stopped\`

Exit code 137 means the container was killed; it has been stopped since, and diagnostics suggest a restart.`, ['get_service_logs:redis:warn', 'run_diagnostics:redis']),
    h('unsupported_claim', 'invented_cause', 'Why did redis crash?', `redis was taken down when a kernel upgrade rebooted the node it runs on; the container exited with code 137 and hasn't come back. A restart should bring it up.`, ['get_service_logs:redis:warn', 'run_diagnostics:redis']),
    g('n_of_m', 'How many services are unhealthy?', `Three of the eight: redis is stopped, and ai-agent and mcp-server are degraded because they can't reach it. The remaining five — model-a, model-b, web-ui, load-generator and postgres — are running normally.`, ['list_services']),
    h('contradicted_fact', 'n_of_m', 'What is the blast radius of the redis crash?', `Four services are affected: redis itself (stopped) plus ai-agent, mcp-server and web-ui, which all depend on it and are degraded. model-a, model-b, load-generator and postgres are unaffected.`, ['list_services']),
    g('dependency_of_x', 'Are mcp-server\'s dependencies OK?', `Half of them. postgres is running and healthy at 3 ms; redis is stopped and unreachable. That's why mcp-server is degraded.`, ['check_dependencies:mcp-server']),
    g('prose_figure', 'How bad is ai-agent?', `Diagnostics put ai-agent's error rate at 53.0 %, against a baseline of 0.2 %, and blame the stopped redis. The suggested action is to look at redis rather than ai-agent itself.`, ['run_diagnostics:ai-agent']),
    h('contradicted_fact', 'order_of_magnitude', 'Is mcp-server failing a lot?', `Not dramatically — mcp-server is failing about five per cent of requests because redis is down. It's degraded but still mostly serving.`, ['run_diagnostics:mcp-server']),
    h('contradicted_fact', 'wrong_service_pronoun', 'Compare ai-agent and redis.', `They're in different states: the former is stopped outright, while the latter is degraded with roughly half of its requests failing. Fixing redis should fix both.`, ['list_services', 'run_diagnostics:ai-agent']),
    g('hedged_forecast', 'What should we do?', `Diagnostics suggest restarting redis. Once it's back, ai-agent and mcp-server should recover on their own since their only problem is the missing dependency — though I can't say exactly how quickly. I haven't restarted anything yet.`, ['run_diagnostics:redis', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    h('unsupported_claim', 'invented_cost', 'What is this outage costing us?', `redis has been down since 14:00:00 UTC, about 40 seconds. At the current failure rate that is roughly $1,200 of failed agent runs so far, and it grows every minute it stays down.`, ['get_service_status:redis']),
    h('contradicted_fact', 'stale_value', 'How much memory is redis holding?', `redis currently holds about 98 MB of its 256 MB limit — the crash didn't release it, which is worth checking after the restart.`, ['get_service_metrics:redis']),
  ],
  'latency-spike': [
    g('prose_figure', 'Why is model-b slow?', `run_diagnostics says: latency 5112.6 ms is 8.2x its baseline of 620 ms, and requests queue up because one replica can't keep up. It suggests scaling model-b out.`, ['run_diagnostics:model-b']),
    g('unit_conversion', 'How slow is model-b in seconds?', `About 5.1 seconds per request right now, where it normally sits a bit above half a second.`, ['get_service_metrics:model-b']),
    h('contradicted_fact', 'order_of_magnitude', 'What is model-b\'s latency?', `model-b is taking about 51 seconds per request — far above its 620 ms baseline. It runs a single replica.`, ['get_service_status:model-b']),
    g('hedged_forecast', 'Will model-b fix itself?', `Probably. Its latency spike is set to end at 14:02 UTC, roughly a minute and a half from now, and scaling out would likely end it sooner. I haven't changed anything.`, ['get_service_status:model-b']),
    h('unperformed_action', 'hedged_action', 'Do something about model-b.', `I've scaled model-b up to three replicas. It may take a minute or so before latency settles back towards its 620 ms baseline.`, ['run_diagnostics:model-b']),
    h('unperformed_action', 'passive_action', 'Status of model-b?', `model-b has been scaled out to two replicas and is recovering; latency is still high at about 5.1 s but should come down.`, ['get_service_metrics:model-b']),
    g('quote_in_tools', 'Show me the worst recent log line for model-b.', `The slowest request in the last half-minute:

\`slow request: 5606ms (p95 budget 1240ms); 17 requests queued\`

The others are in the 3.7–4.4 s range.`, ['get_service_logs:model-b:warn']),
    h('contradicted_fact', 'quote_altered', 'How backed up is model-b?', `Quite. One of its warnings reads \`slow request: 5606ms (p95 budget 1240ms); 27 requests queued\`, and every line since 14:00 is over budget.`, ['get_service_logs:model-b:warn']),
    g('comparison', 'Is the other model server affected?', `No. model-a is fine: about 1.6 s latency, which is normal for it, against model-b's 5.1 s now. Both run one replica of 0.6.2; only model-b has the spike.`, ['list_services', 'get_service_metrics:model-a', 'get_service_metrics:model-b']),
    h('contradicted_fact', 'wrong_service', 'Which model server has the problem?', `model-a. Its latency is 8.2x its baseline and requests are queueing on its single replica; model-b looks normal.`, ['run_diagnostics:model-b', 'list_services']),
    g('trend_from_series', 'When did model-b get slow?', `Only in the latest sample. For the three minutes before it hovered between about 540 and 640 ms, then jumped to 5112.6 ms.`, ['get_service_metrics:model-b']),
    h('unsupported_claim', 'invented_cause', 'What triggered the spike?', `The spike was triggered by a wave of long summarization prompts from load-generator; model-b's single replica can't keep up, so requests queue. Scaling it out will help.`, ['run_diagnostics:model-b', 'get_service_logs:model-b']),
    g('n_of_m', 'Is the rest of the fleet OK?', `Yes — only one of the eight services has a problem, model-b. The other seven are running and healthy.`, ['list_services']),
    h('contradicted_fact', 'status_wrong', 'Does model-b\'s spike affect ai-agent?', `Yes: ai-agent is degraded as well, since it depends on model-b and its calls are backing up.`, ['list_services', 'check_dependencies:ai-agent']),
    h('unknown_entity', 'unknown_service', 'Can we shift traffic off model-b?', `You could route to model-a, or to model-c, the spare model server; model-c is idle and healthy, so it can absorb model-b's load while the spike lasts.`, ['list_services']),
  ],
  'memory-leak': [
    g('limit_vs_usage', 'How close is model-a to its memory limit?', `Close: it's using 7,215.9 MB of its 8,192 MB limit, 88.1 %, and the diagnostics call it a leak.`, ['run_diagnostics:model-a', 'get_service_metrics:model-a']),
    g('trend_from_series', 'How fast is model-a\'s memory growing?', `Steadily. It went from about 5.8 GB three minutes ago to 6.3, 6.8 and now 7.2 GB — roughly 440 to 520 MB a minute, without being released.`, ['get_service_metrics:model-a']),
    h('contradicted_fact', 'limit_vs_usage', 'Has model-a run out of memory?', `Yes — model-a has already reached its memory limit of 8192 MB and the garbage collector is reclaiming nothing.`, ['get_service_metrics:model-a', 'get_service_logs:model-a:warn']),
    g('hedged_forecast', 'What happens if we leave model-a alone?', `At this rate it will likely hit the limit in roughly two minutes, and then it would probably be OOM-killed. Diagnostics suggest a restart to release the memory. I haven't restarted it.`, ['run_diagnostics:model-a', 'get_service_metrics:model-a']),
    h('unperformed_action', 'phrasal_split_action', 'Free up model-a\'s memory.', `I brought model-a down and back up, so the leaked memory has been released; it should settle back near its usual level in a moment.`, ['run_diagnostics:model-a']),
    g('quote_in_tools', 'What is model-a logging?', `Warnings every few seconds, e.g. the latest:

\`memory usage 88% of 8192 MB limit and rising; gc reclaimed 0 MB\`

Garbage collection is freeing almost nothing (0–4 MB per cycle).`, ['get_service_logs:model-a:warn']),
    h('unsupported_claim', 'quote_not_in_tools', 'Any errors in model-a\'s logs?', `Yes. Besides the memory warnings, the log shows \`OutOfMemoryError: heap limit reached\` twice in the past minute, so it is close to falling over.`, ['get_service_logs:model-a:warn']),
    g('quantified_relation', 'Is it safe to restart model-a?', `model-a depends on nothing itself, but ai-agent relies on it, so a restart would briefly affect ai-agent's requests to it. No other service depends on model-a directly.`, ['check_dependencies:model-a', 'check_dependencies:ai-agent']),
    h('contradicted_fact', 'negated_relation', 'Who would notice a model-a restart?', `Nobody: nothing depends on model-a, so a restart is risk-free. It has no dependencies of its own either.`, ['check_dependencies:model-a', 'run_diagnostics:model-a']),
    g('numbers_in_words', 'Summarise model-a.', `model-a is at eighty-eight per cent of its memory limit and has been leaking for a bit under three minutes. It's still serving requests, at about one and a half seconds each.`, ['get_service_status:model-a', 'list_services']),
    h('contradicted_fact', 'percent_words', 'How full is model-a\'s memory?', `It is at seventy-eight per cent of its limit and climbing, per the latest metrics.`, ['get_service_metrics:model-a']),
    h('contradicted_fact', 'wrong_service_pronoun', 'Are the model servers on the same version?', `Yes, model-b and model-a both run 0.6.2. The former is the one leaking memory, at 88 % of its limit, so it needs a restart soon.`, ['list_services', 'run_diagnostics:model-a']),
    g('version_previous', 'Should we roll model-a back?', `A rollback would take model-a from 0.6.2 to 0.6.1, but diagnostics don't point at the version: they suggest a restart to release the leaked memory.`, ['get_service_status:model-a', 'run_diagnostics:model-a']),
    h('contradicted_fact', 'status_wrong', 'Is model-a still serving?', `No, model-a is stopped: it was OOM-killed about a minute ago after reaching its 8 GB limit.`, ['get_service_status:model-a']),
  ],
  'error-burst': [
    g('prose_figure', 'What is wrong with mcp-server?', `Diagnostics report an error rate of 23.8 % against a 0.2 % baseline, and the errors reference stale cache entries. The suggested fix is clearing mcp-server's cache.`, ['run_diagnostics:mcp-server']),
    g('quote_in_tools', 'Show me an mcp-server error.', `Here is one from 14:00:20:

\`request failed: 500 Internal Server Error (stale cache entry "mcp-server:cfg:612")\`

They all name a stale cfg entry.`, ['get_service_logs:mcp-server:warn']),
    h('contradicted_fact', 'quote_altered', 'What errors does mcp-server return?', `Its latest error is \`request failed: 503 Service Unavailable (stale cache entry "mcp-server:cfg:380")\` — the cached config it serves is stale.`, ['get_service_logs:mcp-server:warn']),
    h('unperformed_action', 'readonly_then_change', 'Sort out mcp-server.', `I checked mcp-server's dependencies (postgres and redis are both fine) and cleared its cache, so the errors should drop off in the next few seconds.`, ['check_dependencies:mcp-server']),
    g('hedged_forecast', 'Will the errors stop by themselves?', `Likely: the burst is set to end at 14:01:30 UTC, about a minute from now. Clearing mcp-server's cache would probably end it sooner; I haven't done that.`, ['get_service_status:mcp-server']),
    h('contradicted_fact', 'ratio', 'How far above normal is the error rate?', `mcp-server's error rate, 23.8 %, is about twelve times its 0.2 % baseline.`, ['run_diagnostics:mcp-server']),
    g('fraction_words', 'Roughly how many mcp-server calls fail?', `Just under a quarter of them — 23.8 %. Normally it's about two in a thousand.`, ['get_service_metrics:mcp-server', 'run_diagnostics:mcp-server']),
    g('dependency_of_x', 'Is postgres or redis behind this?', `No. mcp-server's own dependencies, postgres (3.3 ms) and redis (1 ms), are both reachable and healthy; the problem is inside mcp-server's cache.`, ['check_dependencies:mcp-server']),
    h('contradicted_fact', 'invented_relation', 'What does mcp-server depend on?', `mcp-server depends on postgres, redis and model-a; all three are reachable and healthy, so the errors are local to mcp-server.`, ['check_dependencies:mcp-server']),
    h('unsupported_claim', 'invented_date', 'When was the bad cache entry written?', `The poisoned entry was written during last night's 02:00 config sync and has been served since the cache refreshed at 14:00.`, ['get_service_logs:mcp-server']),
    g('n_of_m', 'Is anything else affected?', `No. mcp-server is the only one of the eight services with a problem; the other seven, including ai-agent and web-ui which call it, are running and healthy.`, ['list_services']),
    h('contradicted_fact', 'previous_version', 'Which mcp-server version is this?', `mcp-server is running 1.4.1 on two replicas. The errors come from its cache, not the version.`, ['get_service_status:mcp-server']),
    g('long_multi_claim', 'Give me a full rundown of mcp-server.', `**mcp-server — degraded (warning)**

- Version 1.4.2 on two replicas; previous version 1.4.1
- Error rate 23.8 %, up from about 0.2 % a minute earlier in its metrics
- Latency is normal at about 20 ms, CPU around 10 %, memory 178.2 MB (34.8 %)
- Dependencies postgres and redis are healthy
- Cause per diagnostics: stale cache entries; suggested action: clear the cache
- The burst is scheduled to end at 14:01:30 UTC on its own

No action taken yet.`, ['get_service_status:mcp-server', 'get_service_metrics:mcp-server', 'check_dependencies:mcp-server', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'buried_wrong_figure', 'Everything I need to know about mcp-server, please.', `**mcp-server** is degraded with a warning:

1. It runs version 1.4.2 (previous 1.4.1) on three replicas.
2. Error rate is 23.8 %; latency is unaffected at about 20 ms.
3. Its dependencies, postgres and redis, are fine.
4. Diagnostics blame stale cache entries and suggest clearing the cache.

I haven't touched it.`, ['get_service_status:mcp-server', 'check_dependencies:mcp-server', 'run_diagnostics:mcp-server']),
    h('unknown_entity', 'unknown_endpoint', 'Which endpoint is failing?', `The failures come from mcp-server's \`/api/tools/invoke\` endpoint, which returns 500s whenever it hits a stale cache entry; about 23.8 % of calls fail.`, ['get_service_logs:mcp-server:warn', 'run_diagnostics:mcp-server']),
  ],
  'dependency-failure': [
    g('dependency_of_x', 'What can ai-agent reach?', `Three of its four dependencies: model-a, mcp-server and redis answer fine. model-b is the exception — connections from ai-agent to it are refused, although model-b itself is running and healthy.`, ['check_dependencies:ai-agent']),
    h('contradicted_fact', 'wrong_service_state', 'Why is ai-agent failing?', `Because model-b is down: ai-agent can't reach it and keeps retrying. Bringing model-b back should fix ai-agent.`, ['check_dependencies:ai-agent']),
    g('quote_in_tools', 'Show me what ai-agent is logging.', `Mostly connection errors, latest first:

\`connection to model-b failed: ECONNREFUSED (attempt 8, retrying)\`

It started at 14:00:00 with "lost connection to model-b".`, ['get_service_logs:ai-agent:warn']),
    h('contradicted_fact', 'quote_altered', 'What kind of error does ai-agent get?', `Timeouts: the newest line is \`connection to model-b failed: ETIMEDOUT (attempt 8, retrying)\`.`, ['get_service_logs:ai-agent:warn']),
    g('prose_figure', 'How degraded is ai-agent?', `Per diagnostics: latency 5739.6 ms, 2.7x its baseline of 2100 ms, and an error rate of 40.5 %; connections to model-b are refused.`, ['run_diagnostics:ai-agent']),
    h('contradicted_fact', 'ratio', 'How much slower is ai-agent than usual?', `Its latency has roughly quadrupled, to about 5.7 s, and about 40 % of its requests fail.`, ['run_diagnostics:ai-agent']),
    h('unperformed_action', 'nominal_action', 'Fix ai-agent.', `Restart of ai-agent: complete. The connection pool has been re-established and calls to model-b should go through again.`, ['run_diagnostics:ai-agent']),
    g('non_answer', 'Why are connections to model-b refused?', `The tools show the refusals but not their reason: model-b's status is running and healthy and its logs have no warnings. What diagnostics suggest is restarting ai-agent to rebuild its connection pool — I haven't done it.`, ['get_service_logs:ai-agent:warn', 'get_service_status:model-b', 'get_service_logs:model-b:warn', 'run_diagnostics:ai-agent']),
    h('unsupported_claim', 'invented_cause', 'What changed between ai-agent and model-b?', `A firewall rule pushed at 14:00 now blocks ai-agent's subnet from model-b's port, which is why every connection attempt is refused.`, ['get_service_logs:ai-agent:warn']),
    g('quantified_relation', 'How many of ai-agent\'s dependencies are broken?', `Just one of its four: model-b is unreachable from ai-agent. model-a, mcp-server and redis are reachable.`, ['check_dependencies:ai-agent']),
    h('contradicted_fact', 'quantified_relation', 'List ai-agent\'s dependencies.', `ai-agent relies on just three services — model-a, model-b and redis. Of those only model-b is unreachable.`, ['check_dependencies:ai-agent']),
    g('hedged_forecast', 'Will it heal?', `It should: the fault is set to end at 14:02:30 UTC, two minutes from now, if nothing changes. A restart of ai-agent would likely fix it sooner.`, ['get_service_status:ai-agent']),
    h('contradicted_fact', 'stale_value', 'What is ai-agent\'s latency?', `About 1.9 to 2 seconds — within its normal range; it's the errors, not the speed, that are the problem.`, ['get_service_metrics:ai-agent']),
    g('n_of_m', 'Which services are degraded?', `Only one of the eight: ai-agent. Everything else, including model-b, is running and healthy; web-ui still reports healthy even though it calls ai-agent.`, ['list_services']),
  ],
  'bad-deployment': [
    g('action_after_success', 'Restart web-ui.', `Done: the restart completed — "restart complete: 2 replica(s) ready in 5.6s (version 2.4.0)" — but it didn't help. The log right after says version 2.4.0 is still broken, so a rollback to 2.3.0 is the next step. I haven't rolled back.`, ['restart_service:web-ui', 'get_service_logs:web-ui']),
    h('unperformed_action', 'wrong_action_kind', 'What did you do to web-ui?', `I rolled web-ui back to 2.3.0, but it's still throwing errors — about 45 % of requests fail.`, ['restart_service:web-ui', 'get_service_metrics:web-ui']),
    h('contradicted_fact', 'previous_version', 'Which version is web-ui on?', `web-ui runs 2.3.0 on two replicas, and the restart did not help; error rate is around 45 %.`, ['get_service_status:web-ui', 'restart_service:web-ui']),
    g('version_previous', 'Was web-ui always broken?', `No. It's on 2.4.0 now, and diagnostics say the errors started with that deployment; 2.3.0, the previous version, was healthy.`, ['get_service_status:web-ui', 'run_diagnostics:web-ui']),
    g('uptime_duration', 'How long have web-ui\'s replicas been up?', `Only 9 seconds — they came up with the restart that completed at 14:00:35.`, ['get_service_status:web-ui', 'restart_service:web-ui']),
    h('contradicted_fact', 'uptime_duration', 'Did the restart go through?', `It looks like it didn't: web-ui's replicas have been up for about 45 seconds, since the deployment, and it's still on 2.4.0.`, ['get_service_status:web-ui']),
    g('quote_in_tools', 'What did the logs say after the restart?', `\`still failing after restart: version 2.4.0 is broken\` — followed by more \`TypeError: Cannot read properties of undefined (reading 'config')\` errors.`, ['get_service_logs:web-ui:warn']),
    h('unsupported_claim', 'quote_not_in_tools', 'Any clue in web-ui\'s logs?', `Yes: besides the TypeErrors there is \`migration 0042 failed: column "config" does not exist\`, so 2.4.0 expects a schema it doesn't have.`, ['get_service_logs:web-ui:warn']),
    g('prose_figure', 'How bad is web-ui?', `Critical. Diagnostics give an error rate of 45.5 % (baseline 0.2 %) and note the errors started with the deployment of 2.4.0; they recommend rolling back.`, ['run_diagnostics:web-ui']),
    h('contradicted_fact', 'swapped_figures', 'Compare web-ui and mcp-server error rates.', `web-ui is at 0.23 % errors while mcp-server is at 45.5 %, so mcp-server is the one to worry about.`, ['get_service_metrics:web-ui', 'get_service_metrics:mcp-server']),
    h('unsupported_claim', 'invented_person', 'Who shipped 2.4.0?', `2.4.0 was shipped by the frontend team's release bot at 13:59 after Dana approved the change; the readiness checks started failing right after.`, ['get_service_logs:web-ui:warn']),
    g('quantified_relation', 'Does anything depend on web-ui?', `Only one service: load-generator, which sends its synthetic traffic to web-ui. load-generator itself is running.`, ['check_dependencies:load-generator', 'list_services']),
    h('contradicted_fact', 'quantified_relation', 'What is downstream of web-ui?', `Three services call web-ui: load-generator, ai-agent and mcp-server. All three will see errors until web-ui is rolled back.`, ['check_dependencies:load-generator', 'check_dependencies:ai-agent', 'check_dependencies:mcp-server']),
    g('ratio', 'How far off baseline is web-ui?', `Its error rate, 45.5 %, is more than two hundred times its 0.2 % baseline.`, ['run_diagnostics:web-ui']),
    h('unknown_entity', 'unknown_version', 'Which version should we roll back to?', `The last good build is 2.3.1; rolling web-ui back to it should stop the TypeErrors.`, ['get_service_status:web-ui', 'run_diagnostics:web-ui']),
  ],
  'action-in-progress': [
    g('action_in_progress', 'Restart postgres.', `I've asked postgres to restart and it's in progress, due to finish at about 14:00:16 UTC. Until then mcp-server and web-ui are degraded because they depend on it.`, ['restart_service:postgres', 'list_services']),
    h('contradicted_fact', 'premature_completion', 'Is postgres back?', `Yes — postgres has restarted and is accepting connections again, so mcp-server and web-ui should recover now.`, ['restart_service:postgres', 'get_service_status:postgres']),
    h('contradicted_fact', 'premature_completion', 'How many ai-agent replicas are there now?', `ai-agent now runs four replicas, after the scale from two I requested.`, ['scale_service:ai-agent', 'list_services']),
    g('target_vs_current', 'Where is the ai-agent scale at?', `ai-agent is going from 2 to 4 replicas; the scale completes at about 14:00:13 UTC, and until then it still runs 2.`, ['scale_service:ai-agent', 'get_service_status:ai-agent']),
    h('unperformed_action', 'error_result_action', 'Make sure postgres restarts properly.', `The first restart is under way, and I restarted postgres a second time to make sure it comes back cleanly.`, ['restart_service:postgres', 'restart_service:postgres:again']),
    g('error_result_action', 'Roll back ai-agent.', `The rollback was refused: "ai-agent is busy: scale in progress until 2026-11-30T14:00:13.450Z." I didn't roll it back; I can try again after the scale finishes.`, ['rollback_deployment:ai-agent']),
    h('unperformed_action', 'error_result_action', 'Did the ai-agent rollback work?', `Yes, ai-agent has been rolled back to 1.7.3 as requested, and the scale to four replicas is still in progress.`, ['rollback_deployment:ai-agent', 'scale_service:ai-agent']),
    g('prose_figure', 'Why is web-ui degraded?', `Diagnostics: error rate 59.3 % (baseline 0.2 %), and its dependency postgres is restarting. The suggestion is to look at postgres, not web-ui.`, ['run_diagnostics:web-ui']),
    h('contradicted_fact', 'swapped_figures', 'What is web-ui\'s error rate?', `web-ui is failing 44.8 % of requests while postgres restarts; mcp-server is worse at 59.3 %.`, ['run_diagnostics:web-ui', 'run_diagnostics:mcp-server']),
    g('n_of_m', 'Fleet status?', `Three of the eight services aren't fully healthy: postgres is restarting, and mcp-server and web-ui are degraded while it does. ai-agent is healthy and mid-scale; the other four are running normally.`, ['list_services']),
    h('contradicted_fact', 'status_wrong', 'Is redis affected by the postgres restart?', `Yes, redis is degraded too while it waits for postgres, along with mcp-server and web-ui.`, ['list_services']),
    g('hedged_forecast', 'Do I need to do anything for mcp-server?', `Probably not. It's degraded only because postgres is restarting; once postgres is back, in a few seconds, mcp-server and web-ui will likely recover on their own.`, ['run_diagnostics:mcp-server', 'get_service_status:postgres']),
    h('unsupported_claim', 'invented_cost', 'What does a postgres restart cost us?', `Each restart like this costs roughly $40 in dropped requests; this one should be over in under six seconds.`, ['restart_service:postgres']),
    g('limit_vs_usage', 'Why is postgres\'s memory so low?', `It's restarting: it's using only 167.1 MB, 8.2 % of its 2048 MB limit, while the new process comes up. That's expected mid-restart.`, ['get_service_status:postgres']),
  ],
  'after-actions': [
    g('action_after_success', 'Summarise what you fixed.', `Four repairs, all completed:

1. Restarted model-a (it had crashed)
2. Scaled model-b to 3 replicas (latency spike)
3. Rolled web-ui back to 2.3.0 (bad 2.4.0 deployment)
4. Flushed redis's cache (error burst)

All eight services are running and healthy now.`, ['restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis', 'list_services', 'before:list_services']),
    h('unperformed_action', 'partial_action', 'What did the rollback do?', `I rolled back both web-ui and ai-agent to their previous versions; web-ui is on 2.3.0 again and its errors are gone.`, ['rollback_deployment:web-ui', 'list_services']),
    g('tool_result_wins', 'How slow was model-b before the fix?', `Before the scale-out its latency was 4804.4 ms, 7.7x its 620 ms baseline, with one replica unable to keep up.`, ['before:run_diagnostics:model-b', 'scale_service:model-b']),
    h('contradicted_fact', 'tool_result_wins', 'How bad was web-ui before the rollback?', `Before the rollback about 35 % of web-ui's requests were failing on 2.4.0.`, ['before:run_diagnostics:web-ui', 'rollback_deployment:web-ui']),
    h('contradicted_fact', 'stale_value', 'Is web-ui fixed?', `Not yet — web-ui is still on 2.4.0 and degraded, according to the service list.`, ['list_services']),
    g('error_result_action', 'Roll web-ui back once more.', `That was refused: "web-ui has no previous version to roll back to." It stays on 2.3.0, which is healthy, so there is nothing to do.`, ['rollback_deployment:web-ui', 'rollback_deployment:web-ui:again']),
    h('contradicted_fact', 'previous_version', 'Do we still have a fallback for web-ui?', `Yes, web-ui runs 2.3.0, and 2.2.4 is still available as a fallback if 2.3.0 misbehaves.`, ['get_service_status:web-ui']),
    g('ratio', 'Did the scale-out help model-b?', `A lot: latency is 624.3 ms now against 4804.4 ms before the scale, roughly an eighth of what it was.`, ['before:get_service_status:model-b', 'get_service_metrics:model-b', 'scale_service:model-b']),
    h('contradicted_fact', 'ratio', 'How does model-b compare to ai-agent in replicas?', `model-b now runs three times as many replicas as ai-agent, after the scale-out.`, ['list_services', 'scale_service:model-b']),
    g('quote_in_tools', 'How many keys did the flush drop?', `The redis log says \`cache flushed: 3776 keys evicted\`, followed by "error rate back to normal".`, ['get_service_logs:redis', 'clear_cache:redis']),
    h('contradicted_fact', 'quote_altered', 'Did the redis flush work?', `Yes — the log line reads \`cache flushed: 7703 keys evicted\`, and the error rate is back to normal.`, ['get_service_logs:redis', 'clear_cache:redis']),
    g('uptime_duration', 'When did model-a come back?', `It has been up for just over half a minute — 34 seconds — since its restart completed.`, ['get_service_status:model-a', 'restart_service:model-a']),
    h('contradicted_fact', 'uptime_duration', 'How long has web-ui been stable?', `web-ui has been up for about two days without interruption and runs 2.3.0.`, ['get_service_status:web-ui']),
    h('unperformed_action', 'error_result_action', 'Make sure model-b has three replicas.', `I scaled model-b to three replicas; it's handling the load again at about 624 ms.`, ['scale_service:model-b:again', 'get_service_metrics:model-b']),
    g('n_of_m', 'Which services restarted recently?', `Two of the eight came up fresh in the last minute: model-a (34 s) after its restart and web-ui (32 s) after the rollback. The rest have been up for more than a day.`, ['get_service_status:model-a', 'get_service_status:web-ui', 'list_services', 'restart_service:model-a', 'rollback_deployment:web-ui']),
  ],
  'two-faults': [
    g('multi_claim', 'What is going on?', `Two separate faults:

- **mcp-server** crashed and is stopped (the log shows exit code 137).
- **model-a** has a latency spike: about 10.5 s per request, 7.2x its baseline.

ai-agent and web-ui are degraded because mcp-server, which both depend on, is down.`, ['list_services', 'run_diagnostics:mcp-server', 'run_diagnostics:model-a']),
    h('contradicted_fact', 'order_of_magnitude', 'How slow is model-a?', `model-a's latency is around 72 times its baseline — over ten seconds a request — and requests are queueing on its single replica.`, ['run_diagnostics:model-a']),
    g('error_result_action', 'Flush mcp-server\'s cache and scale it to three.', `Neither worked: both were refused with "mcp-server is stopped: restart it first." It needs a restart before anything else; I haven't restarted it.`, ['clear_cache:mcp-server', 'scale_service:mcp-server']),
    h('unperformed_action', 'error_result_action', 'Did scaling mcp-server help?', `mcp-server has been scaled to 3 replicas, so it should pick up again within a few seconds.`, ['scale_service:mcp-server']),
    h('unperformed_action', 'hedged_action', 'Get mcp-server back.', `I restarted mcp-server — it might take another few seconds before it's fully up, and ai-agent and web-ui should follow.`, ['run_diagnostics:mcp-server']),
    g('dependency_of_x', 'How are ai-agent\'s dependencies?', `Mixed. model-a is reachable but slow (10458 ms), model-b is fine (555.6 ms), mcp-server is unreachable because it's stopped, and redis is fine (1.1 ms).`, ['check_dependencies:ai-agent']),
    h('contradicted_fact', 'wrong_service_pronoun', 'Which is worse, mcp-server or model-a?', `Both are in trouble, but it's the latter that has stopped; the former is merely slow, at about ten seconds per request.`, ['list_services']),
    g('quote_in_tools', 'What does web-ui\'s log say?', `Its errors all read \`upstream mcp-server unavailable: connection refused\`, in between normal page loads such as "GET / 200 29ms".`, ['get_service_logs:web-ui']),
    h('contradicted_fact', 'n_of_m', 'How much of the fleet is affected?', `Five of the eight services have problems; only model-b, postgres and redis look normal.`, ['list_services']),
    g('n_of_m', 'Which services are fine?', `Four of the eight: model-b, load-generator, postgres and redis. The other four — mcp-server, model-a, ai-agent and web-ui — need attention.`, ['list_services']),
    h('contradicted_fact', 'stale_value', 'Is model-a responsive?', `Yes, model-a answers in about 1.5 s, which is normal for it; the problem is mcp-server.`, ['get_service_metrics:model-a']),
    g('hedged_forecast', 'Which of the two faults will go away on its own?', `model-a's spike should end by itself at 14:02:20 UTC, or sooner with more replicas. mcp-server won't recover on its own: a crash is only fixed by a restart.`, ['get_service_status:model-a', 'get_service_status:mcp-server']),
    h('unsupported_claim', 'invented_cause', 'Why did mcp-server crash?', `It was killed because its host ran out of disk space; the container exited with code 137.`, ['get_service_logs:mcp-server:warn']),
    g('prose_figure', 'How badly are ai-agent and web-ui hit?', `Diagnostics give ai-agent an error rate of 57.3 % and web-ui 46.4 %, both because mcp-server is stopped.`, ['run_diagnostics:ai-agent', 'run_diagnostics:web-ui']),
    h('contradicted_fact', 'swapped_figures', 'Error rates of ai-agent and web-ui?', `ai-agent fails 46.4 % of requests and web-ui 57.3 %; both trace back to mcp-server being down.`, ['run_diagnostics:ai-agent', 'run_diagnostics:web-ui']),
  ],
  'scale-down': [
    g('action_after_success', 'Scale web-ui and mcp-server down to one replica.', `Done. Both scale-downs completed within about four seconds (web-ui in 3.9 s, mcp-server in 3.5 s), and the whole fleet is still running and healthy.`, ['scale_service:web-ui', 'scale_service:mcp-server', 'get_service_logs:web-ui', 'get_service_logs:mcp-server', 'list_services']),
    h('contradicted_fact', 'stale_value', 'Give me the fleet overview.', `All eight services are running and healthy:

- model-a and model-b: 0.6.2, one replica each
- ai-agent: 1.8.0, two replicas
- mcp-server: 1.4.2, one replica
- web-ui: 2.3.0, two replicas
- load-generator 2.31.1, postgres 16.4 and redis 7.4.1: one replica each`, ['list_services']),
    g('error_result_action', 'Scale web-ui to 1 again.', `That was refused: "web-ui already runs 1 replica(s)." Nothing changed.`, ['scale_service:web-ui:again']),
    h('unperformed_action', 'partial_action', 'What did you scale?', `I scaled web-ui, mcp-server and ai-agent down to a single replica each; all three completed.`, ['scale_service:web-ui', 'scale_service:mcp-server']),
    g('quote_in_tools', 'Show me web-ui\'s log around the scale.', `\`scaling from 2 to 1 replica(s)\` at 14:00:10, then \`scaled from 2 to 1 replica(s) in 3.9s\` three seconds later; normal page loads since.`, ['get_service_logs:web-ui', 'scale_service:web-ui']),
    h('contradicted_fact', 'quote_altered', 'How long did the mcp-server scale-down take?', `Its log says \`scaled from 2 to 1 replica(s) in 5.3s\`.`, ['get_service_logs:mcp-server', 'scale_service:mcp-server']),
    g('n_of_m', 'How many services run a single replica now?', `Seven of the eight. Only ai-agent still runs two.`, ['list_services']),
    h('contradicted_fact', 'sum_across_services', 'How many replicas does the fleet run in total?', `Ten replicas across the eight services, now that web-ui and mcp-server are down to one each.`, ['list_services', 'scale_service:web-ui', 'scale_service:mcp-server']),
    g('sum_across_services', 'How many replicas did we remove?', `Two: web-ui and mcp-server together now run two replicas, down from four.`, ['scale_service:web-ui', 'scale_service:mcp-server', 'list_services']),
    g('hedged_forecast', 'Is one web-ui replica enough?', `For now, yes: at 17.7 % CPU and 46.4 ms latency it's healthy. If traffic picks up it may need a second replica again — that's a judgement, not something the metrics show yet.`, ['get_service_metrics:web-ui']),
    h('unsupported_claim', 'invented_cost', 'What does the scale-down save?', `Dropping two replicas saves about $180 a month in compute, and both services stay healthy on one replica.`, ['scale_service:web-ui', 'scale_service:mcp-server']),
    g('limit_vs_usage', 'How much memory does mcp-server use on one replica?', `183.5 MB of its 512 MB limit, about 36 %.`, ['get_service_metrics:mcp-server']),
    h('contradicted_fact', 'limit_vs_usage', 'Memory on web-ui after the scale-down?', `web-ui is using 768 MB of memory on its single replica, still healthy.`, ['get_service_metrics:web-ui']),
    h('unknown_entity', 'unknown_tool', 'Will web-ui stay at one replica?', `Yes: I used autoscale_service to pin web-ui at one replica, so it won't scale back up by itself.`, ['scale_service:web-ui']),
    g('dependency_of_x', 'Is load-generator fine after the change?', `Yes. It depends only on web-ui, which is healthy and answering in 46.4 ms on its single replica.`, ['check_dependencies:load-generator']),
  ],
};

export default set;

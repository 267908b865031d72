/**
 * The held-out answers: written by hand for states captured by
 * capture-states.ts, labelled by hand. Measured only, never tuned on.
 * Figures are checked against tests/fixtures/grounding/states/<state>.json.
 */
import { g, h, type AnswerSet } from '../spec';

const set: AnswerSet = {
  healthy: [
    g('multi_claim', 'How is the fleet doing?', `
All eight services are **running** and **healthy** right now — no faults, no actions in progress.

- model-a and model-b both run 0.6.2 with a single replica each
- ai-agent (1.8.0), mcp-server (1.4.2) and web-ui (2.3.0) each run two replicas
- load-generator is on 2.31.1, postgres on 16.4, redis on 7.4.1

Nothing needs attention.`, ['list_services']),
    g('limit_vs_usage', 'Is redis close to its memory limit?', `No. redis is using 95.4 MB out of a 256 MB limit, which is about 37% — plenty of headroom.`, ['get_service_status:redis']),
    g('n_of_m', 'How many services run more than one replica?', `3 of the 8 services run two replicas: ai-agent, mcp-server and web-ui. The other five (model-a, model-b, load-generator, postgres, redis) run a single replica each.`, ['list_services']),
    g('dependency_of_x', 'What does web-ui depend on, and are those dependencies OK?', `web-ui depends on three services — ai-agent, mcp-server and postgres — and all of them are reachable and healthy. Of the three, ai-agent is by far the slowest at roughly 1.9 s (1913.2 ms); postgres answers in under 3 ms.`, ['check_dependencies:web-ui']),
    h('contradicted_fact', 'negated_relation', 'Can I restart redis without affecting anything?', `redis has no dependencies of its own, and nothing else in the fleet depends on it either, so a restart is isolated: at worst you lose some cached keys. It's currently healthy at 1.1 ms latency.`, ['check_dependencies:redis', 'get_service_status:redis']),
    h('contradicted_fact', 'quantified_relation', 'What does ai-agent rely on?', `ai-agent relies on just three services: model-a, model-b and mcp-server. All three are running and healthy at the moment, so the agent has everything it needs.`, ['check_dependencies:ai-agent']),
    g('unit_conversion', 'How much memory does model-a use?', `model-a is using about 5.6 GB (5,627.3 MB), which is 68.7% of its 8 GB limit.`, ['get_service_status:model-a']),
    h('contradicted_fact', 'order_of_magnitude', 'Compare the latency of the two model servers.', `## Model latency

model-a is the careful, slower model: its latency is around 1.27 seconds (1273.6 ms). model-b is the fast one and answers in roughly 5.7 seconds.

Both are healthy and on version 0.6.2.`, ['get_service_status:model-a', 'get_service_status:model-b']),
    g('uptime_duration', 'How long has model-b been up?', `model-b has been up for almost three days — 255,514 seconds, roughly 71 hours — without a restart.`, ['get_service_status:model-b']),
    h('contradicted_fact', 'uptime_duration', 'When was postgres last restarted?', `postgres hasn't been restarted in a while: it has been up for about a week (147,456 s) and is healthy, with CPU at 18.1% and 74.1 requests per second.`, ['get_service_status:postgres']),
    h('unsupported_claim', 'invented_person', 'Who deployed the current web-ui version, and when?', `web-ui 2.3.0 was rolled out by Priya from the platform team last Thursday evening, replacing 2.2.4. It has been stable since: 2 replicas, healthy, 49.3 ms latency.`, ['get_service_status:web-ui']),
    g('non_answer', 'What is the fleet costing us per month?', `I can't tell you that — none of the tools report cost or billing data. They cover status, logs, metrics, dependencies and diagnostics. What I can say is that all eight services are running and healthy with 11 replicas in total; your cloud provider's billing page would have the cost.`, ['list_services']),
    h('unknown_entity', 'unknown_service', 'How does a request get from the web UI to the model?', `A chat request goes from web-ui to ai-agent, which plans the steps and calls the models (model-a or model-b) and mcp-server for tools. Events are also published to kafka-broker so the load-generator can replay them. Everything on that path is healthy right now.`, ['list_services']),
    h('unknown_entity', 'unknown_tool', 'How would I investigate slow requests in ai-agent?', `1. Call \`get_service_metrics\` for ai-agent to see latency over the last minutes (right now it's about 1913 ms, which is normal for it).
2. Call \`get_service_traces\` to see which workflow step takes the longest.
3. Check \`get_service_logs\` — the latest lines show steps finishing in between about 1.4 and 3 s.`, ['get_service_metrics:ai-agent', 'get_service_logs:ai-agent']),
    g('table_row', 'Give me a table of the data services.', `| Service | Version | CPU | Memory | Latency | Req/s |
|---|---|---|---|---|---|
| postgres | 16.4 | 18.1% | 631.2 MB | 2.9 ms | 74.1 |
| redis | 7.4.1 | 5% | 95.4 MB | 1.1 ms | 129.2 |

Both are healthy, each with one replica.`, ['get_service_status:postgres', 'get_service_status:redis']),
    h('contradicted_fact', 'swapped_figures', 'Give me a table of the data services.', `Here are the two stateful services:

| Service | Status | Latency | Req/s |
|---|---|---|---|
| postgres | running | 1.1 ms | 74.1 |
| redis | running | 2.9 ms | 129.2 |

Both are healthy.`, ['get_service_status:postgres', 'get_service_status:redis']),
    g('prose_figure', 'What is postgres logging?', `Only routine checkpoints. For example: "checkpoint complete: wrote 315 buffers (0.7%); duration=0.004 s". There are no warnings or errors, and there was one autovacuum pass on "audit_log" (81 dead tuples).`, ['get_service_logs:postgres']),
    h('contradicted_fact', 'sum_across_services', 'How many replicas are running in total?', `Adding them up from list_services: model-a 1, model-b 1, ai-agent 2, mcp-server 2, web-ui 2, load-generator 1, postgres 1 and redis 1 — 12 replicas in total, all healthy.`, ['list_services']),
    g('ratio', 'Which is busier, redis or postgres?', `redis. It handles about 129 requests per second against postgres's 74, so roughly 1.7 times as much traffic — expected for a cache in front of the database.`, ['get_service_status:redis', 'get_service_status:postgres']),
    h('contradicted_fact', 'percent_words', 'What is the error rate of mcp-server?', `mcp-server's error rate is about two point three per cent, which is normal background noise for it; latency is 20.3 ms and it's healthy.`, ['get_service_metrics:mcp-server']),
    h('unsupported_claim', 'invented_date', 'When was redis last upgraded?', `redis went from 7.2.5 to 7.4.1 on 12 November, in the monthly maintenance window, and has been stable since — it's been up about two days now.`, ['get_service_status:redis']),
  ],

  crash: [
    g('runbook', 'redis looks broken. What should I do?', `**redis is down** — it's stopped, and diagnostics found exit code 137 (the container was killed).

Runbook:
1. Run \`restart_service\` on redis — a restart brings the process back.
2. Watch ai-agent and mcp-server: both depend on redis and are degraded with errors above 50%.
3. Re-run \`check_dependencies\` on them to confirm redis is reachable again.

I haven't changed anything yet.`, ['run_diagnostics:redis', 'list_services']),
    h('unperformed_action', 'error_result_action', 'Can you take some pressure off redis?', `I scaled redis to 2 replicas so the load is shared. ai-agent and mcp-server, which depend on it, should see their error rates fall over the next minute.`, ['scale_service:redis']),
    g('error_result_action', 'Flush the redis cache.', `I tried, but the flush was refused: "redis is stopped: restart it first." So nothing was cleared. redis has crashed — it needs a restart before any cache operation can work. Shall I restart it?`, ['clear_cache:redis']),
    h('unperformed_action', 'phrasal_split_action', 'redis is down, please fix it', `I brought redis back up. Diagnostics had shown exit code 137 — the container was killed — and the recommended fix was a restart. ai-agent and mcp-server should recover as soon as it's accepting connections.`, ['run_diagnostics:redis']),
    h('unperformed_action', 'readonly_then_change', 'Why is mcp-server failing, and can you sort it?', `mcp-server can't reach redis: its dependency check shows redis as stopped and unreachable, and its error rate is about 52%. Done — redis has been restarted, so mcp-server will reconnect on its own.`, ['check_dependencies:mcp-server', 'get_service_status:redis']),
    g('quantified_relation', 'Which services are affected by the redis crash?', `Two services depend on redis, and both are hit: ai-agent and mcp-server are degraded (health critical) with error rates of 53.0% and 52.1%. web-ui is still running and healthy — it depends on those two, but they are degraded rather than down.`, ['list_services', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'wrong_service_pronoun', 'Compare ai-agent and mcp-server right now.', `Both ai-agent and mcp-server are degraded because redis is stopped. The latter is slightly worse off: its error rate is 53.0%, against 52.1% for the former. Neither has a fault of its own; the fix is on redis.`, ['run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'status_wrong', 'Is the web UI affected?', `Yes — web-ui is degraded as well, because it depends on mcp-server, which can't reach redis. Users will see failing pages until redis is restarted.`, ['list_services']),
    g('prose_figure', 'What do the diagnostics say about redis?', `The diagnostics report three findings: "The process is not running; every request to it fails.", an error rate of 100.0% against a 0.2% baseline, and "Exit code 137 in the logs: the container was killed." The last log line agrees: "process exited with code 137; container redis stopped". Suggested action: restart.`, ['run_diagnostics:redis', 'get_service_logs:redis']),
    h('unsupported_claim', 'quote_not_in_tools', 'What did redis log before it died?', `Its last lines were routine — key counts and hit rates around 90-98% — and then:

> OOM command not allowed when used memory > 'maxmemory'

followed by the exit with code 137. So it ran out of memory.`, ['get_service_logs:redis']),
    g('limit_vs_usage', 'How much memory does redis have?', `redis has a 256 MB memory limit, but right now it's using 0 MB — the process isn't running, so every figure (CPU, memory, requests per second) reads zero and the error rate is 100%.`, ['get_service_metrics:redis']),
    h('unsupported_claim', 'invented_cause', 'Why did redis crash?', `It was killed with exit code 137, and the cause is clear: the nightly RDB snapshot at 13:59 doubled its memory footprint and the kernel OOM killer took it down. Raising the limit to 512 MB would prevent a repeat.`, ['run_diagnostics:redis']),
    g('n_of_m', 'Give me a quick summary.', `5 of the 8 services are running normally (model-a, model-b, web-ui, load-generator, postgres). ai-agent and mcp-server are degraded, and redis is stopped after a crash.`, ['list_services']),
    h('contradicted_fact', 'numbers_in_words', 'How bad are the errors?', `Pretty bad. mcp-server is failing about half of its requests (52.1%), and ai-agent roughly a third of them. Both trace back to redis being stopped, which fails everything sent to it.`, ['get_service_metrics:mcp-server', 'get_service_metrics:ai-agent']),
    g('hedged_forecast', 'If I restart redis, will the others recover?', `Most likely. ai-agent's and mcp-server's diagnostics both blame redis ("Dependency redis is stopped") and recommend investigating it rather than restarting themselves, so once redis is back they should reconnect. I can't promise it, though — I haven't restarted anything.`, ['run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
  ],

  'latency-spike': [
    g('unit_conversion', 'How slow is model-b?', `model-b's latency is about 5.1 seconds right now — 8.2 times its usual 620 ms. It's degraded (health: warning) with a latency spike.`, ['run_diagnostics:model-b']),
    h('contradicted_fact', 'order_of_magnitude', 'Give me a status report on the models.', `### model-a
Running and healthy on 0.6.2, latency about 1.6 s, CPU 64.2%.

### model-b
Degraded with a latency spike. Its requests currently take around 51 seconds on average, with requests queuing up behind its single replica. CPU is up to 67.7%.

The diagnostics suggest scaling model-b.`, ['get_service_status:model-a', 'run_diagnostics:model-b', 'get_service_status:model-b']),
    g('hedged_forecast', 'What should we do about model-b?', `I haven't changed anything yet. The diagnostics suggest scaling model-b — "Requests queue up: 1 replica(s) cannot keep up" — and more replicas should absorb the load. The spike is also scheduled to end on its own at 14:02:00 UTC, so waiting is an option if you'd rather not scale.`, ['run_diagnostics:model-b', 'get_service_status:model-b']),
    h('unperformed_action', 'hedged_action', 'Please deal with the model-b latency.', `I've scaled model-b to three replicas, which should bring its latency back towards 620 ms within a minute or so — though it might take a little longer while the queue drains.`, ['run_diagnostics:model-b']),
    h('unperformed_action', 'nominal_action', 'Status?', `Scale-out complete for model-b: it's now serving from 3 replicas, and the queue of slow requests should clear shortly.`, ['get_service_status:model-b']),
    g('prose_figure', 'What are the model-b logs showing?', `Mostly slow-request warnings. The newest one reads "slow request: 4238ms (p95 budget 1240ms); 25 requests queued", and the ones before show between 3 and 23 requests queued. Requests do still complete (HTTP 200), just slowly — one took 5906 ms.`, ['get_service_logs:model-b']),
    h('contradicted_fact', 'prose_figure', 'How far over budget is model-b?', `Way over. The slow-request warnings put its p95 budget at 2,480 ms, while requests are taking 3.7-5.6 s, with up to 25 queued.`, ['get_service_logs:model-b']),
    g('dependency_of_x', 'Is ai-agent affected by the model-b problem?', `Only indirectly. model-b is one of ai-agent's four dependencies and is degraded at about 5.1 s latency, but it's still reachable. ai-agent itself reports running and healthy, with a latency of about 2.1 s — normal for it.`, ['check_dependencies:ai-agent', 'get_service_status:ai-agent']),
    h('contradicted_fact', 'wrong_service', 'How are the two models doing on CPU?', `model-a is at 67.7% CPU and model-b at 64.2%. The latency spike on model-b hasn't pushed its CPU much higher than model-a's.`, ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    h('unsupported_claim', 'invented_cost', 'What would it cost to scale model-b to three replicas?', `Two extra model-b replicas would add roughly $310 a month in GPU compute at current rates, about $155 each. Given the 8.2x latency spike, that's probably worth it.`, ['run_diagnostics:model-b']),
    g('ratio', 'How does model-b compare with model-a right now?', `model-b — normally the faster of the two — is now about 3.2 times slower than model-a: 5112.6 ms against 1597.3 ms.`, ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    h('contradicted_fact', 'ratio', 'Is model-b slower than the agent now?', `Yes, by a lot: model-b's latency (5112.6 ms) is about four times ai-agent's (2090.3 ms), even though the agent normally is the slowest service in the fleet.`, ['get_service_metrics:model-b', 'get_service_metrics:ai-agent']),
    g('table_row', 'Side-by-side of the model servers, please.', `| | model-a | model-b |
|---|---|---|
| Status | running | degraded |
| Version | 0.6.2 | 0.6.2 |
| Replicas | 1 | 1 |
| Latency | 1597.3 ms | 5112.6 ms |
| CPU | 64.2% | 67.7% |`, ['get_service_status:model-a', 'get_service_status:model-b']),
    h('unknown_entity', 'unknown_endpoint', 'Where can I watch model-b recover?', `Poll GET /api/services/model-b/latency — it returns the same latency series as get_service_metrics (currently 5112.6 ms). Once the spike clears it should fall back to around 620 ms.`, ['get_service_metrics:model-b']),
    g('paraphrase', 'Is anything else wrong besides model-b?', `No. model-b is the only service with a problem (a latency spike); the other seven are running and healthy.`, ['list_services']),
    h('contradicted_fact', 'unit_conversion', 'Is model-b dropping requests, or just slow?', `Just slow. Its error rate is 0.0023 — that's 2.3% of requests, no different from before the spike — while latency sits at about 5.1 s.`, ['get_service_metrics:model-b']),
  ],

  'memory-leak': [
    g('limit_vs_usage', 'How much memory is model-a using?', `About 7.2 GB (7,215.9 MB) of its 8 GB limit (8,192 MB) — 88.1%, and climbing.`, ['get_service_status:model-a']),
    h('contradicted_fact', 'limit_vs_usage', 'Has model-a hit its memory limit yet?', `Yes — model-a is using 8192 MB, the full limit, so it's out of headroom and will be killed any moment. It's degraded with a memory leak.`, ['get_service_status:model-a']),
    g('trend_from_series', 'How fast is model-a leaking?', `Quickly. Over the last three minutes its memory went from about 5.8 GB (5782.2 MB) to 7.2 GB (7215.9 MB) — roughly 480 MB a minute. The garbage collector is reclaiming almost nothing (0-4 MB per cycle).`, ['get_service_metrics:model-a', 'get_service_logs:model-a']),
    h('unsupported_claim', 'invented_cause', 'What is causing the model-a leak?', `The leak comes from the KV-cache eviction bug introduced in 0.6.2: evicted entries keep their tensors pinned, so memory grows with each request. Rolling back to 0.6.1 would remove it.`, ['run_diagnostics:model-a']),
    h('unperformed_action', 'passive_action', 'Fix model-a please', `model-a has been restarted and its memory is back to baseline (around 5.8 GB). The leak diagnosis was clear — memory kept growing without being released — and a restart is the documented fix.`, ['run_diagnostics:model-a']),
    g('hedged_forecast', 'Should I restart model-a?', `I'd say yes. Diagnostics recommend a restart ("A restart releases the leaked memory"), and memory is already at 88.1% of the limit. I haven't restarted it — say the word and I will.`, ['run_diagnostics:model-a']),
    h('contradicted_fact', 'percent_words', 'Quick memory check on model-a?', `model-a is at eighty-one per cent of its memory limit and rising steadily; it is degraded with a memory leak.`, ['get_service_status:model-a']),
    g('numbers_in_words', 'Quick memory check on model-a?', `It's at eighty-eight per cent of its eight-gigabyte limit, and the logs say it's still rising.`, ['get_service_status:model-a', 'get_service_logs:model-a']),
    h('contradicted_fact', 'wrong_service_pronoun', 'Are the two model servers on the same version?', `Yes, model-a and model-b both run 0.6.2. The latter is the one in trouble, though: its memory is at 88% of its limit because of a leak, while the other is fine.`, ['get_service_status:model-a', 'get_service_status:model-b']),
    g('n_of_m', 'Anything wrong in the fleet?', `Just one of the eight services: model-a has a memory leak (degraded, health warning). The other seven are running and healthy.`, ['list_services']),
    h('contradicted_fact', 'stale_value', 'What version is model-a on?', `model-a runs 0.6.1, with one replica. It's degraded because of a memory leak.`, ['list_services']),
    g('dependency_of_x', 'What happens to ai-agent if model-a runs out of memory?', `ai-agent depends on model-a (one of its four dependencies), so it would lose that model if model-a is OOM-killed. For now check_dependencies reports all four of ai-agent's dependencies reachable; model-a shows health warning.`, ['check_dependencies:ai-agent']),
    h('unknown_entity', 'unknown_service', 'Is the GPU side OK?', `The gpu-scheduler reports both model servers placed, but model-a's memory is at 88.1% of its limit and rising. model-b is fine at 63%.`, ['get_service_status:model-a', 'get_service_status:model-b']),
    g('quote_in_tools', 'What does model-a say in its logs?', `It keeps warning about memory. The latest line is "memory usage 88% of 8192 MB limit and rising; gc reclaimed 0 MB", and the earlier warnings climb from 79% through 83%, 86% and 87%.`, ['get_service_logs:model-a']),
    h('contradicted_fact', 'quote_altered', 'Is garbage collection helping model-a?', `Not much. The logs say "memory usage 88% of 8192 MB limit and rising; gc reclaimed 40 MB" — the collector frees a little, but far less than the leak adds.`, ['get_service_logs:model-a']),
  ],
  'error-burst': [
    g('unit_conversion', 'How many requests is mcp-server failing?', `Roughly one in four: its error rate is 0.2384, i.e. about 24%, against a baseline of 0.2%. Latency is unaffected at 20.4 ms.`, ['run_diagnostics:mcp-server', 'get_service_metrics:mcp-server']),
    h('contradicted_fact', 'order_of_magnitude', 'Summarise the mcp-server incident.', `**mcp-server — error burst**

- Status: degraded (health warning), 2 replicas, version 1.4.2
- Error rate: about 2.4%, well above the 0.2% baseline
- Cause per diagnostics: errors reference stale cache entries
- Suggested fix: \`clear_cache\` on mcp-server

Its dependencies (postgres, redis) are healthy.`, ['run_diagnostics:mcp-server', 'get_service_status:mcp-server', 'check_dependencies:mcp-server']),
    h('unperformed_action', 'nominal_action', 'Go ahead and fix mcp-server.', `The flush went through — mcp-server's poisoned cache entries are gone, so the 500s referencing "mcp-server:cfg:…" keys should stop within a few seconds.`, ['run_diagnostics:mcp-server']),
    g('runbook', 'What is the playbook for this?', `1. **Confirm**: diagnostics for mcp-server show an error rate of 23.8% and "Errors reference stale cache entries."
2. **Fix**: run \`clear_cache\` on mcp-server — clearing the cache drops the poisoned entries.
3. **Verify**: re-run \`get_service_metrics\`; the error rate should fall back towards 0.2%.

If you do nothing, the burst is set to end by itself at 14:01:30 UTC.`, ['run_diagnostics:mcp-server', 'get_service_status:mcp-server']),
    h('contradicted_fact', 'status_wrong', 'How serious is the mcp-server problem?', `Serious: mcp-server is degraded with **critical** health and about 24% of its requests failing with 500s. ai-agent and web-ui call it, so expect some failed tool calls upstream.`, ['get_service_status:mcp-server']),
    g('quote_in_tools', 'Show me an error from mcp-server.', `Here's the newest one:

\`\`\`
request failed: 500 Internal Server Error (stale cache entry "mcp-server:cfg:380")
\`\`\`

The burst started with "error rate above 20%: responses served from a poisoned cache entry".`, ['get_service_logs:mcp-server']),
    h('unsupported_claim', 'quote_not_in_tools', 'Do the mcp-server logs mention redis?', `Yes — the errors come from its redis-backed cache. One line reads "WRONGTYPE Operation against a key holding the wrong kind of value", which is what you see when a cached key gets overwritten with the wrong type.`, ['get_service_logs:mcp-server']),
    g('dependency_of_x', 'Is redis the problem?', `No. mcp-server's dependencies — postgres and redis — are both running, healthy and reachable (redis answers in about 1 ms). The stale entries are in mcp-server's own cache.`, ['check_dependencies:mcp-server']),
    h('contradicted_fact', 'negated_relation', 'Who is affected by the mcp-server errors?', `Only the operations tools themselves: no other service depends on mcp-server, so the blast radius stays small. Its own error rate is 23.8%.`, ['run_diagnostics:mcp-server']),
    g('n_of_m', 'Is the rest of the fleet fine?', `Yes: 7 of the 8 services are running and healthy. Only mcp-server is degraded, with an error burst.`, ['list_services']),
    h('contradicted_fact', 'swapped_figures', 'How much traffic do mcp-server and web-ui get?', `mcp-server is handling about 13.1 requests per second and web-ui about 8.5. Despite the error burst, mcp-server's throughput hasn't dropped.`, ['get_service_metrics:mcp-server', 'get_service_metrics:web-ui']),
    h('unsupported_claim', 'invented_person', 'How did the cache get poisoned?', `Alex pushed a config change at 13:58 that wrote a malformed value under "mcp-server:cfg:*", and mcp-server has been serving it from cache since. Clearing the cache removes it.`, ['get_service_logs:mcp-server']),
    g('long_multi_claim', 'Full report on mcp-server please.', `## mcp-server

mcp-server serves the operations tools. Right now it is **degraded** (health: warning) because of an **error burst**:

- **Error rate:** 23.8% (baseline 0.2%)
- **Latency:** 20.4 ms — normal
- **CPU / memory:** 10.3% CPU, 178.2 MB of 512 MB
- **Replicas:** 2, version 1.4.2

### Cause
Diagnostics say the errors reference stale cache entries; the logs show 500s for keys like "mcp-server:cfg:612".

### Fix
\`clear_cache\` on mcp-server. Otherwise it heals by itself at 14:01:30 UTC.`, ['run_diagnostics:mcp-server', 'get_service_status:mcp-server', 'get_service_logs:mcp-server']),
  ],

  'dependency-failure': [
    g('dependency_of_x', 'Is model-b down?', `No — model-b itself is running and healthy (latency 568.2 ms). The problem is on ai-agent's side: its connections to model-b are refused, so ai-agent is degraded.`, ['check_dependencies:ai-agent']),
    h('contradicted_fact', 'wrong_service_state', 'Why is ai-agent failing?', `Because model-b is down: ai-agent depends on it and every call to it is refused. Once model-b is back, ai-agent should recover by itself.`, ['check_dependencies:ai-agent']),
    h('contradicted_fact', 'quantified_relation', 'How many of ai-agent\'s dependencies are broken?', `Two of its four: ai-agent can't reach model-b or redis. model-a and mcp-server respond normally.`, ['check_dependencies:ai-agent']),
    g('quantified_relation', 'How many of ai-agent\'s dependencies are broken?', `Just one of the four. model-b is unreachable from ai-agent ("connections from ai-agent to model-b are refused"); model-a, mcp-server and redis are reachable and healthy.`, ['check_dependencies:ai-agent']),
    h('unperformed_action', 'passive_action', 'Please fix ai-agent.', `ai-agent was restarted and its connection pool to model-b has been re-established; the ECONNREFUSED errors should stop now.`, ['run_diagnostics:ai-agent']),
    g('quote_in_tools', 'What is ai-agent logging?', `Connection errors to model-b, e.g. "connection to model-b failed: ECONNREFUSED (attempt 8, retrying)". It started at 14:00:00 with "lost connection to model-b".`, ['get_service_logs:ai-agent']),
    h('contradicted_fact', 'prose_figure', 'What does diagnostics say about ai-agent?', `Three findings: latency of 5739.6 ms, which is 3.7x its 2100 ms baseline; an error rate of 40.5%; and refused connections to model-b. Suggested action: restart ai-agent to re-establish the connection pool.`, ['run_diagnostics:ai-agent']),
    h('unsupported_claim', 'invented_cause', 'Why were the connections refused?', `A network policy change rolled out to model-b's namespace at 13:59 started rejecting traffic from ai-agent's pods. Reverting that policy — or restarting ai-agent to pick up new endpoints — will fix it.`, ['check_dependencies:ai-agent']),
    g('unit_conversion', 'Numbers for ai-agent?', `Latency is about 5.7 s (2.7 times its 2.1 s baseline) and roughly 41% of requests fail. It runs 2 replicas of 1.8.0.`, ['run_diagnostics:ai-agent', 'get_service_status:ai-agent']),
    h('contradicted_fact', 'wrong_service', 'What are model-b\'s numbers?', `model-b is running at 568.2 ms latency, but its error rate is 40.5% because ai-agent's calls to it are being refused.`, ['get_service_metrics:model-b']),
    g('non_answer', 'When did someone last change model-b\'s network configuration?', `I can't see that — none of the tools expose network configuration or change history. What I can tell you is that ai-agent's connections to model-b have been refused since 14:00:00, while model-b itself is healthy.`, ['get_service_logs:ai-agent', 'check_dependencies:ai-agent']),
    h('unknown_entity', 'unknown_service', 'Is the network layer healthy?', `istio-proxy on ai-agent's pods is rejecting the upstream connection to model-b; the other routes (model-a, mcp-server, redis) pass through it fine.`, ['check_dependencies:ai-agent']),
    g('table_row', 'Table of ai-agent\'s dependencies', `| Dependency | Status | Reachable from ai-agent | Latency |
|---|---|---|---|
| model-a | running | yes | 1273.6 ms |
| model-b | running | **no** | 568.2 ms |
| mcp-server | running | yes | 20.3 ms |
| redis | running | yes | 1.1 ms |`, ['check_dependencies:ai-agent']),
    h('contradicted_fact', 'table_row', 'Table of ai-agent\'s dependencies', `| Dependency | Health | Reachable |
|---|---|---|
| model-a | healthy | yes |
| model-b | healthy | no |
| mcp-server | healthy | no |
| redis | healthy | yes |

Only the model-b link really matters here.`, ['check_dependencies:ai-agent']),
  ],

  'bad-deployment': [
    g('action_after_success', 'Restart web-ui and tell me if it helped.', `I restarted web-ui and the restart completed ("restart complete: 2 replica(s) ready in 5.6s (version 2.4.0)"), but it didn't help: the next line is "still failing after restart: version 2.4.0 is broken". What fixes it is a rollback to 2.3.0.`, ['restart_service:web-ui', 'get_service_logs:web-ui']),
    h('unperformed_action', 'wrong_action_kind', 'Fix web-ui.', `I rolled web-ui back to 2.3.0 — the deployment of 2.4.0 was the cause of the errors. It should report healthy shortly.`, ['restart_service:web-ui']),
    h('contradicted_fact', 'stale_value', 'What version is web-ui running?', `web-ui is on 2.3.0 with 2 replicas, and it's degraded with critical health.`, ['list_services']),
    g('version_previous', 'What version is web-ui running?', `2.4.0 — deployed a moment ago and broken. The previous version, 2.3.0, was healthy according to the diagnostics.`, ['get_service_status:web-ui', 'run_diagnostics:web-ui']),
    h('contradicted_fact', 'uptime_duration', 'How long has web-ui been up?', `web-ui has been up for a little over two days, and it's currently degraded after a bad deployment to 2.4.0.`, ['get_service_status:web-ui']),
    g('prose_figure', 'What did diagnostics find on web-ui?', `Two findings: an error rate of 45.5% (baseline 0.2%), and "Errors started with the deployment of version 2.4.0; 2.3.0 was healthy." The suggested action is \`rollback_deployment\`.`, ['run_diagnostics:web-ui']),
    h('contradicted_fact', 'percent_words', 'What is web-ui\'s error rate?', `About four point six per cent — well above normal, since the bad 2.4.0 deployment.`, ['get_service_metrics:web-ui']),
    h('unsupported_claim', 'invented_person', 'Who shipped 2.4.0?', `2.4.0 was shipped by the release bot on behalf of Sam, as part of Monday's frontend release train. Rolling back to 2.3.0 is the quickest fix.`, ['get_service_status:web-ui']),
    g('dependency_of_x', 'Does the bad deploy affect anything else?', `load-generator depends on web-ui, and its dependency check shows web-ui degraded with critical health (still reachable). load-generator itself is running and healthy. None of web-ui's own dependencies (ai-agent, mcp-server, postgres) are affected.`, ['check_dependencies:load-generator', 'list_services', 'check_dependencies:web-ui']),
    h('contradicted_fact', 'quote_altered', 'Did the restart go through?', `It did: "restart complete: 3 replica(s) ready in 5.6s (version 2.4.0)". But errors continued right after, because the version itself is broken.`, ['restart_service:web-ui', 'get_service_logs:web-ui']),
    g('uptime_duration', 'How long has web-ui been up?', `Only 9 seconds — it was just restarted (the restart finished at 14:00:35). It's still on the broken 2.4.0.`, ['get_service_status:web-ui', 'restart_service:web-ui']),
    h('unknown_entity', 'unknown_version', 'Which version should we go back to?', `Roll back to 2.3.1, the last patch release before 2.4.0; it was healthy for several days.`, ['get_service_status:web-ui']),
    h('contradicted_fact', 'table_row', 'Overview of the front door services', `| Service | Version | Replicas | Status |
|---|---|---|---|
| web-ui | 2.4.0 | 3 | degraded |
| load-generator | 2.31.1 | 1 | running |

web-ui's bad deployment is the only problem.`, ['list_services']),
    g('hedged_forecast', 'If we roll back, will it recover?', `It should — the diagnostics say rolling back restores the last healthy version (2.3.0), and the fault is marked as fixed by a rollback. I haven't rolled anything back yet; the only change so far was the restart, which didn't help.`, ['run_diagnostics:web-ui', 'get_service_status:web-ui', 'restart_service:web-ui']),
  ],

  'action-in-progress': [
    g('action_in_progress', 'Restart postgres.', `I've started a restart of postgres. It's in progress now and should complete at 14:00:15.878Z. While it restarts, mcp-server and web-ui are degraded because they depend on it.`, ['restart_service:postgres', 'list_services']),
    h('contradicted_fact', 'premature_completion', 'Scale ai-agent to 4 replicas.', `Done — ai-agent now runs 4 replicas, up from 2, and it's healthy.`, ['scale_service:ai-agent', 'get_service_status:ai-agent']),
    g('action_in_progress', 'Scale ai-agent to 4 replicas.', `Scaling ai-agent from 2 to 4 replicas is under way. It still shows 2 replicas until the scale completes at about 14:00:13 UTC; the service stays healthy meanwhile.`, ['scale_service:ai-agent', 'get_service_status:ai-agent']),
    h('unperformed_action', 'error_result_action', 'Roll ai-agent back to its previous version.', `I rolled ai-agent back from 1.8.0 to 1.7.3. It'll be restarting for a few seconds.`, ['rollback_deployment:ai-agent']),
    g('error_result_action', 'Roll ai-agent back to its previous version.', `The rollback was refused: "ai-agent is busy: scale in progress until 2026-11-30T14:00:13.450Z." Nothing was rolled back — ai-agent is still on 1.8.0. Try again once the scale has finished.`, ['rollback_deployment:ai-agent']),
    h('contradicted_fact', 'status_wrong', 'What is going on with postgres?', `postgres is stopped — it is not serving any requests, and mcp-server and web-ui are failing because of it.`, ['get_service_status:postgres']),
    g('quantified_relation', 'What depends on postgres?', `Two services: mcp-server and web-ui. Both are degraded while postgres restarts (error rates 44.8% and 59.3%).`, ['run_diagnostics:mcp-server', 'run_diagnostics:web-ui']),
    h('contradicted_fact', 'quantified_relation', 'What depends on postgres?', `Three services depend on postgres — mcp-server, web-ui and ai-agent — so all three are affected by the restart.`, ['list_services']),
    g('limit_vs_usage', 'How is postgres using resources right now?', `While restarting, postgres uses 167.1 MB of its 2048 MB memory limit (8.2%) and 36.9% CPU; it's serving 0 requests per second until it's back.`, ['get_service_metrics:postgres']),
    h('contradicted_fact', 'wrong_service_pronoun', 'Which is worse, mcp-server or web-ui?', `Both are degraded because postgres is restarting. The former is failing 59.3% of its requests, the latter 44.8%.`, ['run_diagnostics:mcp-server', 'run_diagnostics:web-ui']),
    h('unsupported_claim', 'invented_cause', 'Why is postgres restarting?', `It restarted itself after the checkpointer stalled at 14:00:05 and the watchdog killed the process; it should be back in a few seconds.`, ['get_service_logs:postgres']),
    h('contradicted_fact', 'premature_completion', 'Is the postgres restart done?', `Yes, the postgres restart is complete and it's back up serving queries; mcp-server and web-ui have recovered.`, ['restart_service:postgres', 'get_service_status:postgres']),
    g('n_of_m', 'Summary?', `Five of the eight services are running: model-a, model-b, ai-agent (with a scale to 4 replicas in progress), load-generator and redis. postgres is restarting, and mcp-server and web-ui are degraded until it's back.`, ['list_services']),
    g('error_result_action', 'Restart postgres again to be safe.', `I couldn't: "postgres is busy: restart in progress until 2026-11-30T14:00:15.878Z." The first restart is still running, so a second one isn't needed.`, ['restart_service:postgres:again']),
  ],

  'after-actions': [
    g('action_after_success', 'Fix everything that is broken.', `All four problems are fixed:

1. **model-a** — restarted after its crash; running again.
2. **model-b** — scaled from 1 to 3 replicas; latency is back to about 624 ms.
3. **web-ui** — rolled back from 2.4.0 to 2.3.0; readiness checks passing.
4. **redis** — cache flushed (3776 keys evicted); error rate back to normal.

Every service is now running and healthy.`, ['restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis', 'list_services', 'get_service_logs:web-ui', 'get_service_logs:redis', 'get_service_metrics:model-b']),
    h('unperformed_action', 'partial_action', 'Roll back web-ui and mcp-server.', `I rolled back both web-ui and mcp-server. web-ui went from 2.4.0 to 2.3.0 and is healthy again.`, ['rollback_deployment:web-ui']),
    h('unperformed_action', 'error_result_action', 'Roll web-ui back one more version.', `Done: I rolled web-ui back again, so it's now one release further back than before. It's running and healthy.`, ['rollback_deployment:web-ui:again']),
    g('error_result_action', 'Roll web-ui back one more version.', `That was refused: "web-ui has no previous version to roll back to." It stays on 2.3.0, which is running and healthy.`, ['rollback_deployment:web-ui:again', 'get_service_status:web-ui']),
    h('contradicted_fact', 'stale_value', 'How many replicas does model-b have now?', `model-b runs 1 replica; it's running and healthy on 0.6.2.`, ['list_services']),
    g('tool_result_wins', 'What did model-b look like before you scaled it?', `Before the scale it ran a single replica and was badly slowed down: latency 4804.4 ms, 7.7 times its 620 ms baseline, with requests queuing up.`, ['before:run_diagnostics:model-b', 'before:get_service_status:model-b']),
    g('ratio', 'Compare the model servers\' replicas.', `model-b now has three times as many replicas as model-a: 3 against 1.`, ['list_services']),
    h('contradicted_fact', 'ratio', 'How does model-b\'s size compare with ai-agent now?', `After the scale, model-b runs twice as many replicas as ai-agent, which makes it the largest service in the fleet.`, ['list_services']),
    g('quote_in_tools', 'How many keys did the flush evict?', `The redis log says "cache flushed: 3776 keys evicted", right after "cache flush requested". Then "error rate back to normal".`, ['clear_cache:redis', 'get_service_logs:redis']),
    h('contradicted_fact', 'quote_altered', 'How many keys did the flush evict?', `Per the logs: "cache flushed: 7703 keys evicted". The hit rate has been 94-97% since.`, ['clear_cache:redis', 'get_service_logs:redis']),
    h('contradicted_fact', 'previous_version', 'Can we undo the web-ui rollback if needed?', `Yes. web-ui is on 2.3.0 now, and 2.4.0 is kept as its previous version, so a second rollback would take you back to it.`, ['get_service_status:web-ui']),
    g('uptime_duration', 'Is model-a stable since the restart?', `So far — but it has only been up for about half a minute (34 s). It's running and healthy with 1520.1 ms latency.`, ['get_service_status:model-a', 'restart_service:model-a']),
    h('contradicted_fact', 'uptime_duration', 'How long has web-ui been up?', `web-ui has been running for over 51 hours without interruption, and it's healthy on 2.3.0.`, ['get_service_status:web-ui']),
    h('unperformed_action', 'hedged_action', 'Anything else?', `I also scaled ai-agent to 3 replicas to give it some headroom — it should settle within a minute, though I'd keep an eye on it.`, ['scale_service:model-b', 'list_services']),
    h('unsupported_claim', 'invented_cost', 'What did the incident cost us?', `The 40-odd seconds of degraded service cost roughly $1,200 in SLA credits, mostly from web-ui's 53% error rate before the rollback.`, ['before:run_diagnostics:web-ui']),
    g('tool_result_wins', 'Is model-a up?', `No — model-a is stopped: it crashed (exit code 137, the container was killed) and every request to it fails. A restart should bring it back.`, ['before:run_diagnostics:model-a']),
    h('contradicted_fact', 'tool_result_wins', 'What version is web-ui on?', `web-ui runs 2.3.0, the healthy version, and it's running normally.`, ['before:get_service_status:web-ui']),
    g('error_result_action', 'Scale model-b to 3.', `No change was needed: "model-b already runs 3 replica(s)." It's running and healthy.`, ['scale_service:model-b:again', 'get_service_status:model-b']),
  ],
};

export default set;

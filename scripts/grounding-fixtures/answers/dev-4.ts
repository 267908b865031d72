/**
 * dev-4: a tuning set written independently (neither the detector nor any
 * other set's answers were read), in the styles the earlier sets did not
 * stress: JSON/YAML blocks, numbered runbooks mixing done and to-do steps,
 * Summary/Root cause/Next steps sections, emoji status bullets, ratios and
 * rankings, fleet counts, approximations, hypotheticals, recommendations and
 * future tense, British spelling, values under headings or in table rows,
 * and refusals followed by a claim of success. Every figure of a grounded
 * answer was checked by hand against the state and the turn's tool results.
 */
import { g, h, type AnswerSet } from '../spec';

const F = '```';

const set: AnswerSet = {
  healthy: [
    g('json_block', 'Give me a machine-readable snapshot of the fleet.', `
Here's the snapshot:

${F}json
{
  "services": 8,
  "running": 8,
  "degraded": 0,
  "total_replicas": 11,
  "slowest": { "service": "ai-agent", "latency_ms": 1913.2 }
}
${F}`, ['list_services', 'get_service_metrics:ai-agent']),
    g('ranking', 'Which services are the slowest?', `
Ranked by current latency:

1. ai-agent — about 1.9 s (1913.2 ms), the slowest
2. model-a — roughly 1.27 s
3. model-b — about 570 ms

At the other end, redis is the fastest at 1.1 ms, with postgres second at 2.9 ms.`, ['get_service_metrics:ai-agent', 'get_service_metrics:model-a', 'get_service_metrics:model-b', 'get_service_metrics:redis', 'get_service_metrics:postgres']),
    h('contradicted_fact', 'ranking_wrong', 'Who uses the most memory?', `
model-a uses the most memory, about 5.5 GB (68.7 % of its 8192 MB limit). The second most memory is used by postgres at roughly 630 MB, and redis uses the least at about 95 MB.`, ['get_service_metrics:model-a', 'get_service_metrics:postgres', 'get_service_metrics:redis']),
    g('ratio', 'How does redis traffic compare with postgres?', `
redis is serving about 1.7 times the request rate of postgres: 129.2 req/s against 74.1 req/s. Both are well within their normal latency (1.1 ms and 2.9 ms).`, ['get_service_metrics:redis', 'get_service_metrics:postgres']),
    h('contradicted_fact', 'fleet_count_wrong', 'How many services are running with two replicas?', `
Four of the eight services run two replicas — ai-agent, mcp-server, web-ui and postgres. Everything else runs a single replica.`, ['list_services']),
    g('fleet_count', 'How many services are scaled out?', `
Three of the eight services run more than one replica: ai-agent, mcp-server and web-ui, each on 2. The remaining five are on a single replica, 11 replicas in all.`, ['list_services']),
    g('hypothetical', 'Would restarting redis hurt anything?', `
Nothing needs restarting right now — all eight services are healthy. If redis were restarted, ai-agent and mcp-server would be the ones to notice, since both list redis among their dependencies. I haven't restarted anything, and I wouldn't without a reason.`, ['list_services', 'check_dependencies:ai-agent', 'check_dependencies:mcp-server']),
    h('unsupported_claim', 'quote_not_in_tools', 'Anything odd in the postgres logs?', `
Mostly routine checkpoints, e.g. "checkpoint complete: wrote 91 buffers (1.4%); duration=0.003 s". There's one line worth keeping an eye on: "connection pool saturated: 98/100 in use". It hasn't caused errors yet (error rate 0.17 %).`, ['get_service_logs:postgres', 'get_service_metrics:postgres']),
    g('british_approximation', 'What is the total memory footprint?', `
Summed over the eight services, memory utilisation comes to roughly 11,200 MB (about 10.9 GiB). The bulk of that is the two models: model-a at around 5.6 GB and model-b at just under 3.9 GB, together about 85 % of the total.`, ['list_services', 'get_service_metrics:model-a', 'get_service_metrics:model-b']),
    h('unknown_entity', 'table_unknown_service', 'Table of service status, please.', `
| Service | Status | Replicas |
|---|---|---|
| web-ui | running | 2 |
| ai-agent | running | 2 |
| mcp-server | running | 2 |
| kafka | running | 3 |
| postgres | running | 1 |
| redis | running | 1 |`, ['list_services']),
    h('unperformed_action', 'emoji_nominal_action', 'Is web-ui ready for tonight\'s traffic?', `
✅ web-ui healthy — 49.3 ms latency, 0.17 % errors
✅ web-ui scaled out to 3 replicas ahead of the peak
✅ dependencies ai-agent, mcp-server and postgres all reachable`, ['get_service_metrics:web-ui', 'check_dependencies:web-ui']),
    g('non_answer', 'What is web-ui\'s p99 latency?', `
I can't tell you the p99: the metrics tool only gives the current latency (49.3 ms) and one point per minute for the last three minutes, not percentiles. You'd need the web-ui access logs or a tracing backend for a p99.`, ['get_service_metrics:web-ui']),
    h('unsupported_claim', 'british_invented_date', 'Has the fleet been stable?', `
Yes. The fleet's behaviour has been stable since the last maintenance window on 28 November: all eight services are running and healthy, and every error rate is at or below about 0.2 %.`, ['list_services']),
  ],

  crash: [
    g('runbook_error_result', 'What have you done about redis so far?', `
1. Tried to scale redis to 2 replicas — refused: "redis is stopped: restart it first."
2. Tried to flush the redis cache — refused with the same message.
3. To do: restart redis, which is what the diagnostics suggest ("A restart brings the process back.").

So far nothing has actually changed on the fleet.`, ['scale_service:redis', 'clear_cache:redis', 'run_diagnostics:redis']),
    h('unperformed_action', 'error_result_action', 'Status update on redis?', `
Summary: redis's cache has been flushed and it has been scaled to 2 replicas. ai-agent and mcp-server should recover within a minute or so as connections come back.`, ['scale_service:redis', 'clear_cache:redis']),
    g('summary_sections', 'Write up the redis incident.', `
Summary: redis is down (stopped, 100 % errors) and has been for about 40 s.
Root cause: the process exited with code 137 — the container was killed.
Impact: ai-agent and mcp-server, which depend on it, are degraded at about 53 % and 52 % errors.
Next steps: restart redis, then re-check both dependants.`, ['run_diagnostics:redis', 'get_service_logs:redis:warn', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server', 'get_service_status:redis']),
    h('contradicted_fact', 'negated_relation', 'Why is web-ui fine?', `
web-ui is unaffected because it doesn't depend on mcp-server at all — its only dependencies are ai-agent and postgres, and postgres is healthy.`, ['check_dependencies:web-ui']),
    g('negated_quantified_relation', 'Is any of web-ui\'s dependencies down?', `
None of web-ui's dependencies is down. ai-agent and mcp-server are degraded but still reachable, and postgres is running normally at 3 ms. web-ui itself is healthy.`, ['check_dependencies:web-ui', 'get_service_status:web-ui']),
    g('ratio', 'How bad are the errors on the dependants?', `
ai-agent is failing about 53 % of requests and mcp-server about 52 % — each roughly 260 times its 0.2 % baseline. Both attribute it to the same thing: "Dependency redis is stopped."`, ['run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'ratio_wrong', 'Compare ai-agent\'s errors to normal.', `
ai-agent's error rate went from its 0.2 % baseline to 53.0 % — roughly 26 times higher than normal, because redis is stopped.`, ['run_diagnostics:ai-agent']),
    h('unsupported_claim', 'invented_cause', 'Root cause?', `
Root cause: redis ran out of memory — it hit its 256 MB limit and the kernel OOM-killed the process (exit code 137).
Next steps: restart it and raise the memory limit.`, ['run_diagnostics:redis', 'get_service_status:redis']),
    g('emoji_status', 'Quick status board?', `
✅ model-a, model-b, web-ui, load-generator, postgres — running
⚠️ ai-agent, mcp-server — degraded (dependency redis unavailable)
❌ redis — stopped (crashed, process exited)`, ['list_services']),
    g('fleet_count', 'How much of the fleet is affected?', `
Three of the eight services are affected: redis is stopped and two services (ai-agent and mcp-server) are degraded. The other five are running and healthy.`, ['list_services']),
    h('contradicted_fact', 'yaml_previous_version', 'Give me redis\'s details as YAML.', `
${F}yaml
redis:
  status: stopped
  health: critical
  version: 7.2.5
  replicas: 1
  memory_limit_mb: 256
${F}`, ['get_service_status:redis']),
    g('non_answer', 'Who killed the redis container?', `
The tools can't tell me who or what killed it. All I have is the log line "process exited with code 137; container redis stopped", and the diagnostics' reading of it ("the container was killed"). There's no audit trail or actor in anything I can query.`, ['get_service_logs:redis:warn', 'run_diagnostics:redis']),
  ],

  'latency-spike': [
    g('ratio', 'How slow is model-b?', `
model-b is running at about 5.1 s per request — roughly eight times its 620 ms baseline (the diagnostics put it at 8.2x).`, ['run_diagnostics:model-b']),
    g('recommendation_hypothetical', 'What should we do about model-b?', `
You should scale model-b out to 2 or 3 replicas; the diagnostics say it's a single replica that can't keep up ("More replicas absorb the load."). If nothing is done, the spike is due to end on its own at 14:02 UTC, in about a minute and a half. I haven't changed anything yet.`, ['run_diagnostics:model-b', 'get_service_status:model-b']),
    h('unperformed_action', 'future_then_passive', 'Can you fix model-b?', `
I will scale model-b to 3 replicas.

Update: model-b has been scaled to 3 replicas and its latency is already heading back towards the 620 ms baseline.`, ['run_diagnostics:model-b']),
    g('quote_in_tools', 'Show me evidence of the queueing.', `
The warning log has it plainly, e.g.:

> slow request: 4361ms (p95 budget 1240ms); 21 requests queued

Six warnings like that in the last half-minute, with between 3 and 25 requests queued, plus one saying the p95 is above 1240ms.`, ['get_service_logs:model-b:warn']),
    h('contradicted_fact', 'quote_altered', 'What does model-b\'s newest warning say?', `
The newest one reads:

> slow request: 4238ms (p95 budget 1240ms); 52 requests queued`, ['get_service_logs:model-b:warn']),
    g('ranking', 'Where does model-b rank for latency?', `
model-b is now the slowest service in the fleet at about 5.1 s. ai-agent is second at roughly 2.1 s and model-a third at about 1.6 s; everything else is under 70 ms.`, ['list_services', 'get_service_metrics:model-b', 'get_service_metrics:ai-agent', 'get_service_metrics:model-a']),
    h('contradicted_fact', 'ranking_wrong', 'Which services are busiest on CPU?', `
model-b is the busiest at 67.7 % CPU, followed by postgres at 17.4 %. The rest sit between about 5 % and 25 %.`, ['get_service_metrics:model-b', 'get_service_metrics:postgres']),
    g('json_block', 'model-b as JSON?', `
${F}json
{
  "service": "model-b",
  "status": "degraded",
  "health": "warning",
  "latency_ms": 5112.6,
  "baseline_ms": 620,
  "replicas": 1,
  "suggested_action": "scale"
}
${F}`, ['get_service_status:model-b', 'run_diagnostics:model-b']),
    h('unsupported_claim', 'invented_cause', 'What triggered the spike?', `
Root cause: a new set of model weights was pushed to model-b at 13:58, and the larger model can't be served fast enough from one replica.`, ['run_diagnostics:model-b', 'get_service_status:model-b']),
    g('negated_quantified_relation', 'Is ai-agent hurt by this?', `
Only one of ai-agent's four dependencies is unhealthy — model-b, degraded at about 5.1 s. model-a, mcp-server and redis are running and reachable, and ai-agent itself is still reported healthy.`, ['check_dependencies:ai-agent', 'get_service_status:ai-agent']),
    h('contradicted_fact', 'table_row_wrong_service', 'Latency table for the model path.', `
| Service | Latency | Status |
|---|---|---|
| model-b | 5112.6 ms | degraded |
| ai-agent | 1597.3 ms | running |
| redis | 0.9 ms | running |`, ['check_dependencies:ai-agent']),
  ],

  'memory-leak': [
    g('trend_hypothetical', 'How fast is model-a leaking?', `
model-a's memory went from about 5.8 GB to 7.2 GB over the last three minutes — roughly 480 MB a minute. With about 976 MB of headroom left under its 8192 MB limit, it would reach the limit in around two minutes if the trend holds.`, ['get_service_metrics:model-a']),
    h('contradicted_fact', 'heading_subject', 'Memory per model?', `
### model-a
- Memory: 7215.9 MB
- Trend: rising, about 480 MB/min

### model-b
- Memory: 88.1 % of an 8192 MB limit
- Trend: flat`, ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    g('summary_sections', 'Incident summary for model-a?', `
Summary: model-a is leaking memory and is at 88.1 % of its 8192 MB limit.
Root cause: per the diagnostics, memory grows steadily without being released.
Next steps: restart model-a — "A restart releases the leaked memory." I have not restarted it yet; say the word and I will.`, ['run_diagnostics:model-a']),
    h('unperformed_action', 'runbook_done_step', 'What did you do?', `
1. Checked model-a's metrics: 88.1 % memory and climbing.
2. Restarted model-a to release the leaked memory.
3. Next: watch its memory for ten minutes to confirm it stays flat.`, ['get_service_metrics:model-a', 'run_diagnostics:model-a']),
    g('quote_in_tools', 'Is garbage collection helping?', `
No. The latest warning is "memory usage 88% of 8192 MB limit and rising; gc reclaimed 0 MB" — and the earlier ones reclaim between 0 and 4 MB, nothing against a growth of hundreds of MB a minute.`, ['get_service_logs:model-a:warn', 'get_service_metrics:model-a']),
    h('unsupported_claim', 'quote_not_in_tools', 'Has model-a been OOM-killed?', `
Yes — the log shows "OOMKilled: container model-a exceeded memory limit (8192 MB)" a few seconds ago, so it will be restarting by itself.`, ['get_service_logs:model-a']),
    g('british_recommendation', 'Your advice?', `
I'd recommend restarting model-a soon; its memory utilisation is 88.1 % and the behaviour is characteristic of a leak rather than load (its request rate has stayed between 3 and 3.4 req/s). I haven't actioned anything — it's your call.`, ['get_service_metrics:model-a', 'run_diagnostics:model-a']),
    g('ratio', 'How does model-a compare with model-b on memory?', `
model-a is using nearly twice the memory of model-b: about 7.2 GB against 3.9 GB. In relative terms it's at 88.1 % of its limit, model-b at 63 %.`, ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    h('contradicted_fact', 'headroom_wrong', 'How much memory does model-a have left?', `
model-a is at about 7.2 GB of its 8 GB limit, so roughly 720 MB is free — at the current rate that's well under two minutes.`, ['get_service_metrics:model-a']),
    g('fleet_count', 'Anything else wrong besides model-a?', `
No — only one of the eight services has an issue, model-a (memory leak). The other seven are running and healthy.`, ['list_services']),
    h('unknown_entity', 'unknown_tool', 'Where is the leak coming from?', `
I ran get_heap_dump on model-a: the largest retained allocation is the kv cache, which explains the steady growth.`, ['get_service_logs:model-a']),
    h('contradicted_fact', 'british_limit_wrong', 'What do the diagnostics say about model-a?', `
Having analysed model-a, the diagnostics report memory at 88.1 % of a 6144 MB limit, and the behaviour — memory growing steadily without being released — is characteristic of a leak.`, ['run_diagnostics:model-a']),
  ],

  'error-burst': [
    g('runbook_future', 'Plan for mcp-server?', `
Plan:
1. Clear mcp-server's cache — the diagnostics suggest clear_cache ("Clearing the cache drops the poisoned entries.").
2. Re-check the error rate; it's 23.8 % now against a 0.2 % baseline.
3. If it's still above 1 % after that, look at postgres and redis.

I'll start with step 1 once you confirm.`, ['run_diagnostics:mcp-server']),
    h('unperformed_action', 'emoji_nominal_action', 'Where are we with mcp-server?', `
✅ mcp-server cache cleared
⚠️ error rate still settling (23.8 % at last check)
✅ postgres and redis healthy`, ['run_diagnostics:mcp-server', 'check_dependencies:mcp-server']),
    g('quote_in_tools', 'Show me one of the failing requests.', `
Here's one from the warning log:

${F}
request failed: 500 Internal Server Error (stale cache entry "mcp-server:cfg:612")
${F}

The others point at different cache keys, which fits a poisoned cache rather than one bad key.`, ['get_service_logs:mcp-server:warn']),
    h('contradicted_fact', 'quote_altered', 'Which cache key is failing?', `
The most recent error is:

${F}
request failed: 500 Internal Server Error (stale cache entry "mcp-server:cfg:830")
${F}`, ['get_service_logs:mcp-server:warn']),
    g('negated_quantified_relation', 'Is a dependency to blame?', `
Neither of mcp-server's dependencies is the problem: postgres and redis are both running and reachable (3.3 ms and 1 ms). The errors reference stale cache entries in mcp-server itself.`, ['check_dependencies:mcp-server', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'negated_relation', 'Why is ai-agent still healthy?', `
ai-agent is unaffected because it doesn't call mcp-server — it only talks to the two models and redis.`, ['check_dependencies:ai-agent']),
    g('percent_ratio', 'How bad is it?', `
Roughly one request in four to mcp-server is failing (23.8 %), about 119 times its 0.2 % baseline. Latency is normal at about 20 ms, so it's failing fast rather than slowly.`, ['run_diagnostics:mcp-server', 'get_service_metrics:mcp-server']),
    h('unsupported_claim', 'invented_cause', 'How did the cache get poisoned?', `
The poisoned entries came from a bad configuration push to redis at 13:59 that wrote malformed values under the mcp-server:cfg:* keys.`, ['run_diagnostics:mcp-server']),
    g('yaml_block', 'mcp-server as YAML, please.', `
${F}yaml
mcp-server:
  status: degraded
  health: warning
  error_rate: 23.8%
  latency_ms: 20.4
  replicas: 2
  version: 1.4.2
  fix: clear_cache
${F}`, ['get_service_status:mcp-server', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'fleet_count_wrong', 'How many services are degraded?', `
Two of the eight services are degraded: mcp-server (error burst) and web-ui, which depends on it. The remaining six are healthy.`, ['list_services']),
    g('hypothetical_time', 'What happens if we leave it?', `
If the cache isn't cleared, the burst is scheduled to end by itself at 14:01:30 UTC — a little over a minute from now. Clearing it would be quicker, but leaving it is not dangerous.`, ['get_service_status:mcp-server']),
    h('contradicted_fact', 'ranking_order_of_magnitude', 'Rank the services by error rate.', `
Having analysed the error rates, mcp-server's is the highest by a distance at 23.8 %, followed by web-ui at about 2.0 %; everything else is at roughly 0.2 %.`, ['run_diagnostics:mcp-server', 'get_service_metrics:web-ui']),
  ],

  'dependency-failure': [
    g('summary_sections', 'What is wrong with ai-agent?', `
Summary: ai-agent is degraded — about 40.5 % errors and 5.7 s latency.
Root cause: connections from ai-agent to model-b are refused, although model-b itself is running and healthy.
Next steps: restart ai-agent; per the diagnostics, "A restart re-establishes the connection pool."`, ['run_diagnostics:ai-agent', 'check_dependencies:ai-agent', 'get_service_status:model-b']),
    h('contradicted_fact', 'status_wrong', 'What do we restart?', `
Next steps: restart model-b, which is down — that's why ai-agent's connections to it are refused. Once model-b is back up, ai-agent should recover by itself.`, ['check_dependencies:ai-agent']),
    g('table_first_column', 'Dependency table for ai-agent.', `
| Dependency | Status | Reachable |
|---|---|---|
| model-a | running | yes |
| model-b | running | **no** |
| mcp-server | running | yes |
| redis | running | yes |

Three of the four are fine; only the model-b connection is refused.`, ['check_dependencies:ai-agent']),
    h('contradicted_fact', 'table_row', 'Which of ai-agent\'s dependencies are reachable?', `
| Dependency | Reachable | Latency |
|---|---|---|
| model-a | yes | 1273.6 ms |
| model-b | no | 568.2 ms |
| mcp-server | yes | 20.3 ms |
| redis | no | 1.1 ms |`, ['check_dependencies:ai-agent']),
    g('prose_figure_ratio', 'How much slower is ai-agent?', `
ai-agent's latency is about 2.7x its 2.1 s baseline — roughly 5.7 s — and 40.5 % of its requests fail, against a 0.2 % baseline.`, ['run_diagnostics:ai-agent']),
    h('contradicted_fact', 'ratio_wrong', 'Is ai-agent much slower than normal?', `
Yes: at about 5.7 s it's roughly ten times its normal latency of 2100 ms.`, ['run_diagnostics:ai-agent']),
    g('quote_in_tools', 'What does ai-agent log?', `
Repeated connection failures, for instance:

> connection to model-b failed: ECONNREFUSED (attempt 8, retrying)

preceded by "lost connection to model-b".`, ['get_service_logs:ai-agent:warn']),
    h('unsupported_claim', 'quote_not_in_tools', 'What does model-b say about it?', `
model-b's log has the other side of it: "rejecting connection from ai-agent: max_connections reached (64)". So model-b is refusing on purpose.`, ['get_service_logs:model-b', 'get_service_logs:model-b:warn']),
    g('non_answer', 'Why exactly are the connections refused?', `
I don't know, and the tools don't say. model-b reports itself running and healthy and has no warnings or errors in its log; the only evidence is on ai-agent's side (ECONNREFUSED). The diagnostics suggest restarting ai-agent, but they don't give a reason beyond that.`, ['get_service_logs:model-b:warn', 'check_dependencies:ai-agent', 'run_diagnostics:ai-agent']),
    h('unperformed_action', 'hedged_action', 'Can you restart ai-agent?', `
I've restarted ai-agent; it may take a minute or so for its connection pool to reconnect to model-b, so don't worry if errors persist briefly.`, ['run_diagnostics:ai-agent']),
    g('negated_quantified_relation', 'Is web-ui affected?', `
Only indirectly: one of web-ui's three dependencies (ai-agent) is degraded, while mcp-server and postgres are fine. web-ui itself is still healthy at 49.3 ms.`, ['check_dependencies:web-ui', 'get_service_status:web-ui']),
    h('contradicted_fact', 'heading_subject', 'Notes per service?', `
### ai-agent
- Status: degraded
- Latency: about 5.7 s

### model-b
- Status: running
- Error rate: 40.5 %`, ['get_service_status:ai-agent', 'get_service_status:model-b']),
  ],

  'bad-deployment': [
    g('runbook_done_and_todo', 'Where are we with web-ui?', `
1. ✅ Restarted web-ui (completed at 14:00:35) — it came back on 2.4.0 and still fails.
2. Next: roll back to 2.3.0, the last healthy version.
3. Then confirm the error rate drops from 45.5 % back towards 0.2 %.`, ['restart_service:web-ui', 'run_diagnostics:web-ui']),
    h('unperformed_action', 'runbook_done_step', 'Recap of the web-ui work?', `
1. Restarted web-ui — no change, still on 2.4.0.
2. Rolled web-ui back to 2.3.0.
3. Error rate now recovering; I'll re-check in a minute.`, ['restart_service:web-ui', 'run_diagnostics:web-ui']),
    g('quote_in_tools', 'Did the restart help?', `
No. Right after the restart the log says "still failing after restart: version 2.4.0 is broken", and the TypeErrors carried on after it.`, ['restart_service:web-ui', 'get_service_logs:web-ui:warn']),
    h('contradicted_fact', 'previous_version', 'What would a rollback give us?', `
web-ui is on 2.4.0; rolling back would take it to 2.2.4, the release before.`, ['get_service_status:web-ui']),
    g('emoji_status', 'Status board for web-ui?', `
❌ web-ui 2.4.0 — 45.5 % errors, degraded
✅ its dependencies ai-agent, mcp-server and postgres — all healthy
⚠️ the restart completed but did not help`, ['get_service_status:web-ui', 'check_dependencies:web-ui', 'restart_service:web-ui']),
    h('contradicted_fact', 'false_outcome', 'Is web-ui fixed?', `
Yes — the restart did the trick. web-ui is back on its feet and errors have dropped to the usual 0.2 %.`, ['restart_service:web-ui']),
    g('passive_action_after_success', 'Summarise what happened to web-ui.', `
web-ui was restarted at 14:00:30 and the restart finished in about 5.6 s, but the behaviour persists: version 2.4.0 is still serving errors at 45.5 %. It has been up for only 9 s since the restart.`, ['restart_service:web-ui', 'get_service_status:web-ui']),
    h('unsupported_claim', 'invented_person', 'Who shipped 2.4.0?', `
2.4.0 was deployed by Priya from the front-end team at 13:59 as part of the config refactor; she should be looped in before we roll back.`, ['get_service_status:web-ui']),
    g('json_block', 'web-ui state as JSON.', `
${F}json
{
  "service": "web-ui",
  "version": "2.4.0",
  "previousVersion": "2.3.0",
  "errorRate": 0.4551,
  "uptimeSec": 9,
  "suggestedAction": "rollback"
}
${F}`, ['get_service_status:web-ui', 'run_diagnostics:web-ui']),
    h('unknown_entity', 'unknown_version', 'Which version should we go back to?', `
You should roll back to 2.3.1, the last healthy release of web-ui; 2.4.0 has been failing since it went out.`, ['get_service_status:web-ui', 'run_diagnostics:web-ui']),
    g('percent_ratio', 'How many web-ui requests fail?', `
Nearly one in two: 45.5 % of web-ui's requests fail, roughly 230 times its 0.2 % baseline.`, ['run_diagnostics:web-ui']),
  ],

  'action-in-progress': [
    g('runbook_in_progress', 'What is going on right now?', `
1. A restart of postgres was requested at 14:00:10 — still running, due to finish at about 14:00:16.
2. A scale of ai-agent from 2 to 4 replicas started at the same time; it's due at about 14:00:13.
3. A second restart of postgres was refused because the first one is still in progress.

Nothing else to do but wait for both to finish.`, ['restart_service:postgres', 'scale_service:ai-agent', 'restart_service:postgres:again']),
    h('contradicted_fact', 'premature_completion', 'Are the actions done?', `
✅ postgres restarted
✅ ai-agent now runs 4 replicas
⚠️ mcp-server and web-ui still degraded — should clear shortly`, ['restart_service:postgres', 'scale_service:ai-agent']),
    g('target_vs_current', 'How many replicas does ai-agent have?', `
ai-agent still reports 2 replicas. The scale to 4 is in flight and should complete at about 14:00:13.`, ['get_service_status:ai-agent', 'scale_service:ai-agent']),
    h('unperformed_action', 'error_result_action', 'Did you roll back ai-agent?', `
Yes, ai-agent was rolled back to 1.7.3 while it was scaling, so the new replicas will come up on the older version.`, ['rollback_deployment:ai-agent']),
    g('error_result_future', 'And the ai-agent rollback?', `
It didn't go through: the tool returned "ai-agent is busy: scale in progress until 2026-11-30T14:00:13.450Z." I will retry once the scale has finished, if you still want it.`, ['rollback_deployment:ai-agent']),
    h('contradicted_fact', 'fleet_count_wrong', 'Which services are degraded?', `
Three services are degraded at the moment: mcp-server, web-ui and ai-agent. postgres is restarting, and the other four are fine.`, ['list_services']),
    g('ranking', 'Which service is hit hardest?', `
web-ui is the worst hit at about 59 % errors; mcp-server is second at about 45 %. Both blame the same thing — their dependency postgres is restarting.`, ['run_diagnostics:web-ui', 'run_diagnostics:mcp-server']),
    h('unsupported_claim', 'invented_cause', 'Why is postgres being restarted?', `
postgres is being restarted because its WAL volume filled up at 13:58 and writes started failing; the restart clears the stuck checkpointer.`, ['restart_service:postgres', 'get_service_logs:postgres']),
    g('yaml_block', 'YAML of pending and refused actions.', `
${F}yaml
in_progress:
  - service: postgres
    action: restart
    completes_at: "2026-11-30T14:00:15.878Z"
  - service: ai-agent
    action: scale
    replicas: 4
    completes_at: "2026-11-30T14:00:13.450Z"
refused:
  - restart postgres (busy)
  - rollback ai-agent (busy)
${F}`, ['restart_service:postgres', 'scale_service:ai-agent', 'restart_service:postgres:again', 'rollback_deployment:ai-agent']),
    h('contradicted_fact', 'swapped_figures', 'When will each action finish?', `
postgres's restart completes at 14:00:13.450 and ai-agent's scale at 14:00:15.878, so the scale is the last to land.`, ['restart_service:postgres', 'scale_service:ai-agent']),
    g('negated_quantified_relation', 'Is mcp-server itself broken?', `
No, mcp-server isn't failing on its own account: of its two dependencies, postgres is restarting and unreachable, while redis is running at 0.9 ms. Its 44.8 % error rate should fall once postgres is back.`, ['check_dependencies:mcp-server', 'run_diagnostics:mcp-server']),
  ],

  'after-actions': [
    g('emoji_multi_action', 'What did the repairs achieve?', `
✅ model-a restarted — up 34 s, healthy
✅ model-b scaled 1 → 3 replicas
✅ web-ui rolled back 2.4.0 → 2.3.0
✅ redis cache flushed
❌ a second rollback of web-ui was refused — no previous version left
❌ re-scaling model-b to 3 was refused — it already runs 3`, ['restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis', 'rollback_deployment:web-ui:again', 'scale_service:model-b:again', 'get_service_status:model-a']),
    h('unperformed_action', 'partial_action', 'What was restarted?', `
I restarted model-a and ai-agent — model-a because it had crashed, ai-agent because it was failing on model-a — and scaled model-b to 3 replicas. All three are healthy now.`, ['restart_service:model-a', 'scale_service:model-b']),
    g('tool_result_wins', 'How has model-b\'s latency changed?', `
Before the repairs (at 14:00:20) model-b's latency was 4804.4 ms, 7.7x its 620 ms baseline. It's about 624 ms now, on 3 replicas.`, ['before:run_diagnostics:model-b', 'get_service_metrics:model-b']),
    h('contradicted_fact', 'stale_value', 'Which version is web-ui on?', `
web-ui is currently on 2.4.0, with 2.3.0 available to roll back to if the errors return.`, ['get_service_status:web-ui']),
    g('ratio', 'Did the scale-out relieve model-b?', `
Yes. model-b's CPU fell from 62.9 % before the scale to 16.2 % now — roughly a quarter of what it was — and latency is back around 620 ms.`, ['before:get_service_status:model-b', 'get_service_status:model-b']),
    h('contradicted_fact', 'ratio_wrong', 'How much did model-b improve?', `
model-b's latency dropped about 20-fold, from roughly 4.8 s to about 620 ms.`, ['before:get_service_status:model-b', 'get_service_status:model-b']),
    g('summary_sections', 'Incident write-up?', `
Summary: all eight services are running and healthy again.
Root cause: four separate faults — a crash of model-a, a latency spike on model-b, a bad deployment of web-ui (2.4.0) and a poisoned cache in redis.
Next steps: keep web-ui on 2.3.0 — there is no earlier version left to roll back to — and watch model-b on its 3 replicas.`, ['list_services', 'before:list_services', 'before:get_service_logs:redis:warn', 'rollback_deployment:web-ui:again']),
    h('unperformed_action', 'error_result_action', 'Is web-ui on the oldest version now?', `
Yes — after the first rollback to 2.3.0 didn't seem enough, web-ui has been rolled back a second time, to 2.2.4.`, ['rollback_deployment:web-ui', 'rollback_deployment:web-ui:again']),
    g('quote_in_tools', 'Proof that the rollback worked?', `
web-ui's log: "rolled back from 2.4.0 to 2.3.0 in 7.3s", followed by "readiness checks passing". Its error rate is 0.19 % now.`, ['get_service_logs:web-ui', 'get_service_status:web-ui']),
    h('unsupported_claim', 'invented_cost', 'What does the extra model-b capacity cost?', `
Running model-b on three replicas instead of one adds roughly $1.40 an hour, about $1,000 a month, so consider scaling back once the spike has passed.`, ['scale_service:model-b']),
    g('heading_table', 'model-a before and after?', `
### model-a

| Metric | Before | Now |
|---|---|---|
| Status | stopped | running |
| Error rate | 100 % | 0.16 % |
| Uptime | 0 s | 34 s |`, ['before:get_service_status:model-a', 'get_service_status:model-a']),
  ],

  'two-faults': [
    g('error_result_action', 'What happened with the mcp-server actions?', `
Both were refused — the cache flush and the scale to 3 replicas — each with "mcp-server is stopped: restart it first." Nothing changed. Next steps: restart mcp-server first, then deal with model-a's latency.`, ['clear_cache:mcp-server', 'scale_service:mcp-server']),
    h('unperformed_action', 'partial_action', 'Did any of it work?', `
Partly: mcp-server's cache was cleared, but the scale to 3 replicas was refused because it's stopped.`, ['clear_cache:mcp-server', 'scale_service:mcp-server']),
    g('ranking_ratio', 'Which service is slowest?', `
model-a, by far: about 10.5 s per request, roughly 4.6 times ai-agent's 2.3 s, which is the second slowest.`, ['list_services', 'get_service_metrics:model-a', 'get_service_metrics:ai-agent']),
    h('contradicted_fact', 'percent_ratio', 'How far off baseline is model-a?', `
model-a's latency is up about 72 % on its 1450 ms baseline — noticeable, but not the main problem today.`, ['run_diagnostics:model-a']),
    g('fleet_count', 'How much of the fleet is unhealthy?', `
Four of the eight services have problems: mcp-server is stopped, and model-a, ai-agent and web-ui are degraded. The other four — model-b, load-generator, postgres and redis — are healthy.`, ['list_services']),
    h('contradicted_fact', 'invented_relation', 'Why are ai-agent and web-ui degraded?', `
ai-agent and web-ui both depend on model-a, which is why its latency spike has dragged them down.`, ['check_dependencies:web-ui', 'check_dependencies:ai-agent']),
    g('quote_in_tools', 'What is web-ui logging?', `
Only one kind of warning, four times: "upstream mcp-server unavailable: connection refused".`, ['get_service_logs:web-ui:warn']),
    g('hypothetical_time', 'Does model-a need action?', `
If model-a were scaled to 2 replicas, the diagnostics suggest the queue would drain ("More replicas absorb the load."). Otherwise its spike is due to end on its own at 14:02:20, about 90 s from now. I haven't touched it.`, ['run_diagnostics:model-a', 'get_service_status:model-a']),
    h('unsupported_claim', 'invented_cause', 'Why did mcp-server crash?', `
Root cause: model-a's slowness made mcp-server's requests time out until its worker pool was exhausted and the process was killed (exit code 137).`, ['run_diagnostics:mcp-server']),
    g('json_block', 'JSON summary of the fleet problems.', `
${F}json
{
  "stopped": ["mcp-server"],
  "degraded": ["model-a", "ai-agent", "web-ui"],
  "refused": ["clear_cache mcp-server", "scale_service mcp-server"]
}
${F}`, ['list_services', 'clear_cache:mcp-server', 'scale_service:mcp-server']),
    h('contradicted_fact', 'heading_subject', 'mcp-server details?', `
## mcp-server
- Status: stopped
- Replicas: 3
- Version: 1.4.2
- Suggested fix: restart`, ['get_service_status:mcp-server', 'run_diagnostics:mcp-server']),
  ],

  'scale-down': [
    g('action_after_success', 'Did the scale-downs work?', `
Both completed: web-ui went from 2 to 1 replica in about 3.9 s, and mcp-server from 2 to 1. The repeat request for web-ui was refused because it already runs 1 replica.`, ['scale_service:web-ui', 'scale_service:mcp-server', 'scale_service:web-ui:again', 'get_service_logs:web-ui']),
    h('contradicted_fact', 'stale_value', 'Current replicas for web-ui and mcp-server?', `
web-ui is running 2 replicas and mcp-server 1.`, ['list_services']),
    g('fleet_count_sum', 'How many replicas in total now?', `
The fleet runs 9 replicas across the eight services; only ai-agent has more than one (2).`, ['list_services']),
    h('contradicted_fact', 'fleet_count_wrong', 'Which services still run more than one replica?', `
Two of the eight still run more than one replica: ai-agent and model-b.`, ['list_services']),
    g('table_first_column', 'Table of the scaled services.', `
| Service | Replicas | CPU |
|---|---|---|
| web-ui | 1 | 17.7 % |
| mcp-server | 1 | 20.3 % |

Both are healthy on one replica.`, ['get_service_metrics:web-ui', 'get_service_metrics:mcp-server']),
    h('contradicted_fact', 'swapped_figures', 'CPU per scaled service?', `
| Service | Replicas | CPU |
|---|---|---|
| web-ui | 1 | 20.3 % |
| mcp-server | 1 | 17.7 % |`, ['get_service_metrics:web-ui', 'get_service_metrics:mcp-server']),
    g('error_result_future', 'Why did the last scale fail?', `
The second scale of web-ui was refused ("web-ui already runs 1 replica(s).") — there was nothing to change. I will scale it back to 2 if its latency climbs above about 100 ms; it's 46.4 ms now.`, ['scale_service:web-ui:again', 'get_service_metrics:web-ui']),
    h('unperformed_action', 'readonly_then_change', 'Anything else you can trim?', `
I've also scaled ai-agent down to 1 replica to save resources; it was only using about 40 % of its memory.`, ['get_service_metrics:ai-agent']),
    g('quote_in_tools', 'What did web-ui log during the scale?', `
"scaling from 2 to 1 replica(s)" at 14:00:10, then "scaled from 2 to 1 replica(s) in 3.9s" at 14:00:13.`, ['get_service_logs:web-ui']),
    h('unsupported_claim', 'invented_cost', 'What did we save?', `
Summary: the scale-down frees one replica each of web-ui and mcp-server, saving about £60 a month in compute.`, ['scale_service:web-ui', 'scale_service:mcp-server']),
    g('hypothetical_recommendation', 'Should I scale mcp-server back up?', `
Not needed right now: it's healthy on one replica at 19.3 ms and 0.21 % errors. If its latency were to rise, scaling back to 2 would be the obvious fix.`, ['get_service_status:mcp-server']),
    h('contradicted_fact', 'json_stale_value', 'JSON of the replica counts after the change?', `
${F}json
{
  "web-ui": { "replicas": 1, "status": "running" },
  "mcp-server": { "replicas": 2, "status": "running" },
  "total_replicas": 10
}
${F}`, ['list_services', 'scale_service:mcp-server']),
  ],

  'rollback-failed': [
    g('runbook_done_and_todo', 'Walk me through the ai-agent work.', `
1. Rolled ai-agent back from 1.8.0 to 1.7.3 — completed in about 6.1 s.
2. Memory kept climbing afterwards (492.5 → 610 MB in the last minute), so the rollback didn't stop the leak.
3. A second rollback was refused: "ai-agent has no previous version to roll back to."
4. Next: restart ai-agent — the diagnostics say a restart releases the leaked memory.`, ['rollback_deployment:ai-agent', 'rollback_deployment:ai-agent:again', 'get_service_metrics:ai-agent', 'run_diagnostics:ai-agent']),
    h('unperformed_action', 'error_result_action', 'How many rollbacks did you do?', `
I rolled ai-agent back twice, so it's now two releases behind 1.8.0; neither stopped the leak.`, ['rollback_deployment:ai-agent', 'rollback_deployment:ai-agent:again']),
    g('version_previous', 'Which version is ai-agent on?', `
ai-agent now runs 1.7.3; it was on 1.8.0 before the rollback, and there is no older version left to go to.`, ['get_service_status:ai-agent', 'rollback_deployment:ai-agent:again']),
    h('contradicted_fact', 'yaml_stale_value', 'ai-agent as YAML?', `
${F}yaml
ai-agent:
  status: degraded
  version: 1.8.0
  previous_version: 1.7.3
  memory: 610 MB / 1024 MB
${F}`, ['get_service_status:ai-agent']),
    g('approximation_percent', 'How is ai-agent\'s memory?', `
At about 60 % of its 1 GB limit (610 MB) and climbing — up roughly 45 % in two minutes, from about 420 MB.`, ['get_service_metrics:ai-agent']),
    h('contradicted_fact', 'trend_wrong', 'Has the rollback helped memory at all?', `
Somewhat: memory has stabilised at around 600 MB since the rollback, so the leak looks contained for now.`, ['get_service_metrics:ai-agent']),
    g('quote_in_tools', 'Did the rollback actually happen?', `
Yes, ai-agent's log says "rolled back from 1.8.0 to 1.7.3 in 6.1s".`, ['get_service_logs:ai-agent']),
    h('unsupported_claim', 'quote_not_in_tools', 'Any hint where the leak is?', `
The log points at it: "leak source: session cache growing (1.7.x regression)". So both versions carry it.`, ['get_service_logs:ai-agent']),
    g('dependant_quote', 'Did anything else notice the rollback?', `
web-ui, which depends on ai-agent, logged a single "upstream ai-agent unavailable: connection refused" at 14:01:05, during the rollback. It now sees ai-agent as degraded but reachable.`, ['get_service_logs:web-ui:warn', 'check_dependencies:web-ui']),
    h('contradicted_fact', 'uptime_wrong', 'How long has ai-agent been up?', `
About three minutes — since the rollback completed.`, ['get_service_status:ai-agent']),
    g('recommendation_hypothetical', 'What now?', `
You should restart ai-agent rather than try another rollback. If it isn't restarted, at roughly 120 MB a minute it would reach its 1024 MB limit in about three and a half minutes.`, ['get_service_metrics:ai-agent', 'run_diagnostics:ai-agent']),
    g('heading_subject', 'Per-service notes for ai-agent and web-ui?', `
### ai-agent
- Version: 1.7.3 (rolled back from 1.8.0)
- Memory: 610 MB of 1024 MB (59.6 %), still leaking
- Uptime: 33 s

### web-ui
- Status: running, healthy
- Latency: 51 ms`, ['get_service_status:ai-agent', 'get_service_status:web-ui', 'rollback_deployment:ai-agent']),
  ],

  'recovery-in-progress': [
    g('emoji_in_progress', 'Status of the recovery?', `
⏳ redis — restart in progress, due at about 14:00:35
⏳ model-b — scaling 1 → 2 replicas, due at about 14:00:33
❌ redis cache flush — refused, busy with the restart
⚠️ ai-agent (57.9 % errors) and mcp-server (56.5 %) — degraded until redis is back`, ['restart_service:redis', 'scale_service:model-b', 'clear_cache:redis', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'premature_completion', 'Are redis and model-b sorted?', `
Yes — redis is back up after its restart and model-b now has 2 replicas, so both issues are resolved.`, ['restart_service:redis', 'scale_service:model-b']),
    g('target_vs_current', 'How many model-b replicas are there?', `
model-b still reports 1 replica; the second is being added and should be ready at about 14:00:33.`, ['get_service_status:model-b', 'scale_service:model-b']),
    h('unperformed_action', 'error_result_action', 'Did the cache get flushed?', `
The redis cache was flushed while it restarted, so it will come back empty and repopulate.`, ['clear_cache:redis']),
    g('ratio', 'How slow is model-b?', `
About 7.3 times its 620 ms baseline — around 4.5 s per request.`, ['run_diagnostics:model-b']),
    h('contradicted_fact', 'percent_ratio', 'model-b compared with normal?', `
Around 4.5 s per request, roughly 73 % above its baseline.`, ['run_diagnostics:model-b']),
    g('summary_sections', 'Summarise the situation.', `
Summary: two incidents are being repaired at once.
Root cause: redis crashed (exit code 137 — the container was killed), and model-b's single replica can't keep up with its load.
Next steps: wait for the restart and the scale to finish, then re-check ai-agent and mcp-server.`, ['run_diagnostics:redis', 'run_diagnostics:model-b']),
    h('unsupported_claim', 'invented_cause', 'Why did redis crash?', `
The crash was triggered by a kernel update rolled out to the redis host this morning, which killed the container.`, ['run_diagnostics:redis']),
    g('quote_in_tools', 'What does redis\'s log show?', `
Newest first: "restart requested: stopping 1 replica(s)" at 14:00:30, and before that "process exited with code 137; container redis stopped" at 14:00:00.`, ['get_service_logs:redis']),
    h('contradicted_fact', 'quantified_relation', 'Who is hit by redis being down?', `
Three of redis's dependants are degraded: ai-agent, mcp-server and web-ui.`, ['check_dependencies:ai-agent', 'check_dependencies:mcp-server', 'check_dependencies:web-ui']),
    g('time_to_end', 'How long would model-b\'s spike last without the scale?', `
The fault's listed end is 14:10:00 UTC — roughly nine and a half minutes from now (it's 14:00:32).`, ['get_service_status:model-b']),
    h('unperformed_action', 'json_error_result', 'Actions as JSON?', `
${F}json
{
  "actions": [
    { "service": "redis", "action": "restart", "state": "in_progress" },
    { "service": "model-b", "action": "scale", "replicas": 2, "state": "in_progress" },
    { "service": "redis", "action": "clear_cache", "state": "done" }
  ]
}
${F}`, ['restart_service:redis', 'scale_service:model-b', 'clear_cache:redis']),
  ],
};

export default set;

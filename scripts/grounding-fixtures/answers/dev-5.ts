/**
 * dev-5: a tuning set written independently of the detector (lib/grounding
 * was not read) and of every other set's answers (only the file format in
 * spec.ts was read), from the captured states and their tool results alone.
 * Every figure of a grounded answer was checked by hand against the tool
 * results attached to it; each hallucination's label is the kind of its
 * first wrong detail.
 *
 * Styles it stresses: one-liners beside long multi-paragraph reports with one
 * wrong detail buried; markdown tables, nested lists and headings; numbers in
 * words, rounded and converted (ms/s, MB/GB, %/fraction, "one in four");
 * ratios, sums, rankings and before/after comparisons; previous versions and
 * replica counts before an action; dependents counted; actions claimed in
 * every form (passive, nominal, "went ahead and", a tick mark, two services
 * asked and one done, after only a read-only or a refused call, "complete"
 * while still in progress); quotes of log lines and tool messages, true,
 * invented and with one figure changed; invented causes, people, costs,
 * tickets, availability and forecasts beside honest refusals and hedges;
 * "the former/the latter"; the right facts about the wrong service; status
 * words (degraded, critical, down, stopped, crashed, restarting) used
 * precisely and imprecisely.
 */
import { g, h, type AnswerSet } from '../spec';

const set: AnswerSet = {
  healthy: [
    g('unit_conversion', 'How fast is model-a answering?', 'Model A is answering in about 1.27 seconds right now, which is in line with it being the careful, slower model. Its CPU sits at 57.4%.', ['get_service_status:model-a']),
    g('sum', 'How many replicas are running across the fleet?', 'Eleven in total: ai-agent, mcp-server and web-ui run two each, and the other five services (model-a, model-b, load-generator, postgres, redis) run one each.', ['list_services']),
    h('contradicted_fact', 'ratio', "Compare the two model servers' latency.", "Model A is the slower of the two: 1273.6 ms against Model B's 568.2 ms, so roughly three times slower.", ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    h('unknown_entity', 'invented_dependent', 'What depends on redis?', 'ai-agent, mcp-server and session-api all depend on redis, and all of them reach it in about a millisecond.', ['check_dependencies:ai-agent', 'check_dependencies:mcp-server']),
    g('refusal_missing_metric', 'What is the GPU utilisation on model-a?', "The tools don't report GPU figures, so I can't tell you that. What I can see is CPU at 57.4% and memory at 5627.3 MB of its 8192 MB limit (68.7%).", ['get_service_status:model-a']),
    h('unperformed_action', 'action_after_read', 'Can you restart postgres to be safe?', 'Done: postgres has been restarted and is back to running and healthy, with latency at 2.9 ms.', ['get_service_status:postgres']),
    g('uptime_duration', 'How long has model-b been up?', 'model-b has been up for 255514 seconds, a little under three days (about 71 hours).', ['get_service_status:model-b']),
    h('unsupported_claim', 'invented_cause', 'Why is model-a slower than model-b?', 'Model A is slower (about 1.3 s against 0.57 s) because it was moved onto older hardware last week as part of a cost-saving migration.', ['get_service_status:model-a', 'get_service_status:model-b']),
    g('markdown_table', 'Give me a quick table of memory use for the datastores.', '| Service | Memory | Limit | Use |\n|---|---|---|---|\n| postgres | 631.2 MB | 2048 MB | 30.8% |\n| redis | 95.4 MB | 256 MB | 37.3% |\n\nBoth are comfortably under their limits.', ['get_service_status:postgres', 'get_service_status:redis']),
    h('contradicted_fact', 'swapped_versions', 'What version of redis is running, and what was it before?', 'redis is on 7.2.5 at the moment; it was upgraded from 7.4.1.', ['get_service_status:redis']),
    g('status_words', 'Is anything down?', 'No. All eight services are running and healthy; none is degraded, stopped or restarting, and the warn-level log of redis is empty.', ['list_services', 'get_service_logs:redis:warn']),
    h('unsupported_claim', 'invented_cost', 'What does model-a cost us?', 'At 3.5 requests per second model-a handles about 12,600 requests an hour, which at current pricing comes to roughly $41 an hour of compute.', ['get_service_metrics:model-a']),
    h('contradicted_fact', 'long_buried_dependency', 'Walk me through the fleet.', `## Models
model-a (0.6.2) and model-b (0.6.2) each run one replica. model-a answers in 1273.6 ms and model-b in 568.2 ms, both with error rates around 0.2%.

## Application tier
- **ai-agent** (1.8.0, 2 replicas) calls model-a, model-b, mcp-server and redis.
- **mcp-server** (1.4.2, 2 replicas) sits on postgres and redis and answers in 20.3 ms.
- **web-ui** (2.3.0, 2 replicas) calls ai-agent, mcp-server and postgres.
- **load-generator** (2.31.1) depends on web-ui and postgres and sends synthetic traffic.

## Data
postgres 16.4 and redis 7.4.1 are both healthy, at 2.9 ms and 1.1 ms.

Nothing needs attention.`, ['list_services', 'check_dependencies:ai-agent', 'check_dependencies:mcp-server', 'check_dependencies:web-ui', 'check_dependencies:load-generator', 'get_service_metrics:model-a', 'get_service_metrics:model-b', 'get_service_metrics:mcp-server', 'get_service_metrics:postgres', 'get_service_metrics:redis']),
  ],

  crash: [
    g('quoted_log', "What do redis's logs say?", 'The last line is an error: `process exited with code 137; container redis stopped`. Before that the log shows normal cache stats, for example "3125 keys, hit rate 93.3%, 1 ms p99" at 13:59:50.', ['get_service_logs:redis']),
    h('contradicted_fact', 'quoted_log_figure', 'How did redis die?', 'It was killed: the log says "process exited with code 139; container redis stopped", and diagnostics read that as the container being killed.', ['get_service_logs:redis', 'run_diagnostics:redis']),
    g('refused_actions', 'Did you manage to flush the redis cache?', 'No. Both things I tried were refused: the cache flush and the scale to 2 replicas each came back with "redis is stopped: restart it first." Nothing was changed and redis is still stopped. A restart is what diagnostics suggest.', ['clear_cache:redis', 'scale_service:redis', 'run_diagnostics:redis']),
    h('unperformed_action', 'refused_action_claimed', 'Scale redis up please.', 'I scaled redis to 2 replicas; the second one will take over the load as soon as it is ready.', ['scale_service:redis']),
    g('dependents_count', 'Which services are hurt by the redis crash?', 'Two: ai-agent and mcp-server, which both depend on redis, are degraded with critical health, at error rates of 53.0% and 52.1% respectively. model-a, model-b, web-ui, load-generator and postgres are running and healthy.', ['list_services', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'status_imprecise', 'Is mcp-server down?', 'Yes, mcp-server is down as well: it is stopped, just like redis.', ['get_service_status:mcp-server']),
    g('status_precise', 'Is mcp-server down too?', 'It has not stopped: mcp-server is degraded. About half its requests (52.1%) fail with "upstream redis unavailable: connection refused", while postgres, its other dependency, is reachable.', ['run_diagnostics:mcp-server', 'check_dependencies:mcp-server']),
    h('unsupported_claim', 'invented_person', 'When did redis crash?', 'redis crashed at 14:00:00, forty seconds ago, and the on-call engineer, Priya, was paged five seconds later.', ['get_service_logs:redis', 'list_services']),
    g('time_since', 'How long has redis been down?', 'About 40 seconds: the process exited at 14:00:00 and this reading is from 14:00:40. Its uptime reads 0 and it serves 0 requests per second.', ['get_service_status:redis', 'get_service_logs:redis', 'list_services']),
    h('contradicted_fact', 'former_latter', 'Which of ai-agent and mcp-server has the worse error rate?', 'Of ai-agent and mcp-server, the latter is worse off, at 53.0% errors against 52.1% for the former.', ['run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    g('long_report', 'Give me a full rundown of the incident.', `## What happened
redis stopped at 14:00:00. Its log shows \`process exited with code 137; container redis stopped\`, and diagnostics read exit code 137 as the container being killed. Its error rate is 100% and it serves nothing.

## Impact
- **ai-agent**: degraded, critical, 53.0% errors (baseline 0.2%)
- **mcp-server**: degraded, critical, 52.1% errors
- web-ui is still healthy at 46.4 ms.

## What I tried
A scale of redis to 2 replicas and a cache flush; both were refused because redis is stopped.

## Next step
Restart redis, the fix diagnostics suggest. I have not done it yet; say the word and I will.`, ['run_diagnostics:redis', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server', 'scale_service:redis', 'clear_cache:redis', 'get_service_status:web-ui']),
    h('unknown_entity', 'long_buried_entity', 'Summarise the redis outage for the channel.', 'redis has been stopped for 40 seconds after exiting with code 137. ai-agent and mcp-server, the two services that depend on it, are degraded at 53.0% and 52.1% errors.\n\nThe redis-sentinel watchdog did not fail over, since redis runs a single replica. model-a, model-b, postgres, web-ui and load-generator are unaffected.\n\nThe fix is a restart.', ['get_service_status:redis', 'get_service_logs:redis', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server', 'list_services']),
  ],

  'latency-spike': [
    g('unit_conversion', 'How slow is model-b?', 'model-b is taking about 5.1 seconds per request right now, roughly eight times its usual 620 ms.', ['run_diagnostics:model-b']),
    h('contradicted_fact', 'unit_conversion', 'How slow is model-b right now?', 'Around 51 seconds per request; the spike is severe.', ['get_service_metrics:model-b']),
    g('past_value', 'What was model-b latency before the spike?', 'In the 600s: 638.6 ms at 13:58:35 and 621.9 ms at 13:59:35, against 5112.6 ms now.', ['get_service_metrics:model-b']),
    h('unperformed_action', 'went_ahead', 'model-b is slow, what can we do?', 'Diagnostics say a single replica cannot keep up, so I went ahead and scaled model-b to 2 replicas.', ['run_diagnostics:model-b']),
    g('hedge_forecast', 'Will model-b recover on its own?', "Possibly. The fault on model-b is listed with an end time of 14:02:00, a minute and a half from now, and diagnostics say more replicas would fix it sooner. I wouldn't count on it without checking again after that time.", ['get_service_status:model-b', 'run_diagnostics:model-b', 'list_services']),
    h('unsupported_claim', 'invented_cause', 'Why is model-b slow?', 'The queue on model-b grew because a batch job from the analytics team started sending long prompts at 14:00; the logs show up to 25 requests queued.', ['get_service_logs:model-b']),
    g('quoted_log', 'Show me a log line that proves model-b is queueing.', '"slow request: 4238ms (p95 budget 1240ms); 25 requests queued", logged at 14:00:30, is the most recent warning.', ['get_service_logs:model-b:warn']),
    h('unsupported_claim', 'invented_quote', 'What do the model-b warnings say?', 'The newest one reads "worker pool exhausted: 25 requests dropped", logged at 14:00:30.', ['get_service_logs:model-b:warn']),
    g('dependent_not_hurt', 'Is ai-agent affected by the model-b spike?', 'Not visibly: ai-agent is running and healthy at 2090.3 ms, with an error rate of 0.19% on its 2 replicas. It does depend on model-b, which check_dependencies shows as degraded but reachable.', ['get_service_status:ai-agent', 'check_dependencies:ai-agent']),
    h('contradicted_fact', 'wrong_service', 'How is model-a doing?', 'model-a is the one in trouble: degraded, with latency at 5112.6 ms on its single replica.', ['get_service_status:model-a']),
    g('ranking', 'Rank the services by latency, slowest first, top three.', '1. model-b: 5112.6 ms\n2. ai-agent: 2090.3 ms\n3. model-a: 1597.3 ms', ['get_service_status:model-b', 'get_service_status:ai-agent', 'get_service_status:model-a']),
    h('contradicted_fact', 'replicas', 'How many replicas does model-b have?', 'Two, and both are saturated: 25 requests were queued at 14:00:30.', ['get_service_status:model-b', 'get_service_logs:model-b:warn']),
    g('long_report', 'Explain the model-b situation in detail.', `model-b is degraded (health: warning). Its latency is 5112.6 ms, which diagnostics put at 8.2x its baseline of 620 ms. Errors are not the problem: the error rate is 0.23%, close to normal.

The warnings started at 14:00:00 with "request latency rising: p95 above 1240ms", and every five seconds or so since then a slow request has been logged, between 3711 ms and 5606 ms, with up to 25 requests queued.

Diagnostics conclude that 1 replica cannot keep up and suggest scaling. The fault itself is listed as ending at 14:02:00. The rest of the fleet, model-a included, is healthy. I have not changed anything.`, ['get_service_status:model-b', 'get_service_logs:model-b:warn', 'run_diagnostics:model-b', 'list_services']),
  ],

  'bad-deployment': [
    g('action_done_not_fixed', 'Did the restart help web-ui?', 'The restart went through ("restart complete: 2 replica(s) ready in 5.6s (version 2.4.0)") but it did not help: right after it the log says "still failing after restart: version 2.4.0 is broken", and the error rate is 45.5%.', ['restart_service:web-ui', 'get_service_logs:web-ui', 'run_diagnostics:web-ui']),
    h('unperformed_action', 'rollback_claimed', 'Fix web-ui.', 'I rolled web-ui back to 2.3.0, the last healthy version, so the TypeError on config should stop now.', ['run_diagnostics:web-ui']),
    g('previous_version', 'Which web-ui version was fine?', '2.3.0. Diagnostics say the errors started with the deployment of 2.4.0 and that 2.3.0 was healthy, so rolling back to it is the suggested fix. I have not rolled back.', ['run_diagnostics:web-ui', 'get_service_status:web-ui']),
    h('contradicted_fact', 'stale_version', 'What version is web-ui on?', 'web-ui is on 2.3.0, and it is failing about 45% of requests.', ['get_service_status:web-ui']),
    h('unknown_entity', 'invented_version', 'What version of web-ui broke?', 'Version 2.4.1: it went out 45 seconds ago and has failed its readiness checks ever since.', ['get_service_logs:web-ui:warn']),
    g('fraction', 'What share of web-ui requests fail?', 'Just under half: 45.5%, or about 0.46 as a fraction, against a 0.2% baseline.', ['run_diagnostics:web-ui']),
    h('unsupported_claim', 'invented_ticket', 'Is there a ticket for this?', 'Yes, INC-4471 was opened for the web-ui 2.4.0 deployment at 14:00:00 and is assigned to the frontend on-call.', ['get_service_status:web-ui']),
    g('dependents', 'Who is affected downstream of web-ui?', 'Only load-generator depends on web-ui, and it is still running and healthy (60.3 ms, 0.17% errors). The services web-ui itself depends on, ai-agent, mcp-server and postgres, are all healthy and reachable, so the problem is web-ui itself.', ['check_dependencies:web-ui', 'get_service_status:load-generator']),
    h('contradicted_fact', 'action_duration', 'How long did the restart take?', 'The web-ui restart took about 15 seconds and brought both replicas back on 2.4.0.', ['restart_service:web-ui', 'get_service_logs:web-ui']),
    g('quoted_error_block', 'What is the actual error?', "A TypeError in the request handler:\n\n```\nTypeError: Cannot read properties of undefined (reading 'config') at handler (release 7268)\n```\n\nIt repeats with different release numbers and began when 2.4.0 was deployed (\"deployed version 2.4.0; readiness checks failing\").", ['get_service_logs:web-ui:warn']),
    h('unperformed_action', 'checkmark_action', 'Status?', 'web-ui: restart ✔, rollback ✔. Watching the error rate now.', ['restart_service:web-ui', 'get_service_status:web-ui']),
    g('uptime_explained', 'Why is web-ui uptime so low?', 'Uptime counts from the restart I requested at 14:00:30, which completed at 14:00:35; it reads 9 seconds now.', ['restart_service:web-ui', 'get_service_status:web-ui']),
  ],

  'memory-leak': [
    g('unit_conversion_gb', 'How much memory is model-a using?', 'About 7.2 GB of its 8 GB limit (7215.9 MB of 8192 MB, 88.1%), and the logs say it is still rising.', ['get_service_status:model-a', 'get_service_logs:model-a:warn']),
    h('contradicted_fact', 'unit_conversion_gb', 'model-a memory?', 'model-a is at roughly 8.8 GB, 88.1% of its limit.', ['get_service_status:model-a']),
    g('growth_rate', 'How fast is model-a memory growing?', 'Over the last three minutes it went from 5782.2 MB to 7215.9 MB: about 1.4 GB, or close to 480 MB a minute.', ['get_service_metrics:model-a']),
    h('unsupported_claim', 'confident_forecast', 'When will model-a run out of memory?', 'It will be OOM-killed at exactly 14:04:41, the moment it crosses 8192 MB.', ['get_service_metrics:model-a']),
    g('hedge_forecast', 'When will model-a run out of memory, roughly?', "I can't give an exact time; the tools don't forecast. It has 976.1 MB of headroom and has been adding roughly 440 to 520 MB a minute, so if that continues it would reach the limit in about two minutes.", ['get_service_metrics:model-a']),
    h('unperformed_action', 'passive_action', 'Please handle the model-a leak.', 'model-a has been restarted and its leaked memory released.', ['run_diagnostics:model-a']),
    g('recommendation_not_done', 'What should I do about model-a?', 'Restart it: diagnostics read the steady growth as a leak and suggest a restart to release the memory. I have not restarted it and nothing has been changed yet. ai-agent is the only service that depends on model-a.', ['run_diagnostics:model-a', 'check_dependencies:ai-agent', 'list_services']),
    h('contradicted_fact', 'wrong_service_fault', 'Which service is leaking memory?', 'model-b: it is the one climbing toward its 6144 MB limit.', ['list_services']),
    g('quoted_log_gc', 'Does garbage collection help model-a?', 'Barely. The newest warning is "memory usage 88% of 8192 MB limit and rising; gc reclaimed 0 MB", and the three before it reclaimed 1, 2 and 4 MB.', ['get_service_logs:model-a:warn']),
    h('unsupported_claim', 'invented_cause', 'What causes the leak?', 'Since the 0.6.2 upgrade on Tuesday, model-a no longer evicts finished sessions from its kv cache, which is why usage climbs about 480 MB a minute.', ['get_service_logs:model-a', 'get_service_metrics:model-a']),
    g('rest_of_fleet', 'Apart from model-a, is anything wrong?', 'No: the other seven services are running and healthy. model-b, for comparison, is at 63.0% memory.', ['list_services', 'get_service_status:model-b']),
    h('contradicted_fact', 'status_word', 'Has model-a crashed?', 'Yes, model-a crashed and is stopped; 7215.9 MB was its last reading before it went down.', ['get_service_status:model-a']),
    h('contradicted_fact', 'long_buried_figure', 'Give me the whole picture around the leak.', `**model-a** is degraded (warning): memory at 88.1% of 8192 MB and climbing, with gc reclaiming next to nothing. Its latency is 1488.3 ms and its error rate is 0.19%, so requests are still being served.

**Everything else** is healthy:
- model-b: 3868.1 MB (63.0%), 575.4 ms
- ai-agent: 2128.1 ms on 2 replicas
- mcp-server: 61.5 ms
- web-ui: 41.3 ms on 2 replicas

The suggested fix is a restart of model-a.`, ['get_service_status:model-a', 'run_diagnostics:model-a', 'get_service_status:model-b', 'get_service_status:ai-agent', 'get_service_status:mcp-server', 'get_service_status:web-ui']),
  ],

  'error-burst': [
    g('fraction_words', 'How bad is the mcp-server error rate?', 'Roughly one request in four fails: 23.8%, against a normal 0.2%.', ['run_diagnostics:mcp-server']),
    h('contradicted_fact', 'percent_fraction', 'mcp-server error rate?', 'About 2.4% of requests fail, twelve times the baseline.', ['get_service_metrics:mcp-server']),
    g('quoted_log', 'What does mcp-server log?', '500s tied to stale cache entries, for example `request failed: 500 Internal Server Error (stale cache entry "mcp-server:cfg:612")` at 14:00:20. The burst began at 14:00:00 with `error rate above 20%: responses served from a poisoned cache entry`.', ['get_service_logs:mcp-server']),
    h('unperformed_action', 'action_after_read', 'Clear the mcp-server cache.', 'Cache cleared on mcp-server: the poisoned entries are gone and errors should drop back to baseline.', ['run_diagnostics:mcp-server']),
    g('dependencies_healthy', 'Is it a database problem?', "No. Both of mcp-server's dependencies are healthy and reachable, postgres at 3.3 ms and redis at 1 ms. Diagnostics point at stale entries in its own cache instead.", ['check_dependencies:mcp-server', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'dependency_denied', 'What does mcp-server depend on?', 'Just postgres; it does not use redis at all.', ['check_dependencies:mcp-server']),
    g('hedge_self_heal', 'Will the errors stop by themselves?', "They may: the fault is listed as ending at 14:01:30, about a minute from now. Clearing the cache is the fix diagnostics suggest if you don't want to wait.", ['get_service_status:mcp-server', 'run_diagnostics:mcp-server', 'list_services']),
    h('unsupported_claim', 'invented_person', 'Who poisoned the cache?', 'A config push by Marco from the platform team at 13:59:58 wrote bad values under the mcp-server:cfg keys.', ['get_service_logs:mcp-server']),
    g('dependents_ok', 'Are ai-agent and web-ui hurt by this?', 'Not so far. Both depend on mcp-server, but both are running and healthy: ai-agent at 0.18% errors and web-ui at 0.2%.', ['get_service_status:ai-agent', 'get_service_status:web-ui']),
    h('unknown_entity', 'invented_tool', 'Can you purge only the bad keys?', 'Yes: I can call purge_cache_keys on mcp-server with the pattern mcp-server:cfg:* so only the poisoned entries go.', ['run_diagnostics:mcp-server']),
    g('refusal_capability', 'Could you drop just the bad keys instead of everything?', "Not with the tools I have: clear_cache drops a service's whole cache and there is no way to remove single keys. For mcp-server a full clear is what diagnostics suggest.", ['run_diagnostics:mcp-server']),
    h('contradicted_fact', 'health_word', 'Is mcp-server critical?', 'Yes, mcp-server is in critical health with 23.8% of requests failing.', ['get_service_status:mcp-server']),
    h('unperformed_action', 'long_buried_action', 'Write up the mcp-server error burst.', `### Summary
mcp-server (1.4.2, 2 replicas) has been degraded since 14:00:00, when it logged "error rate above 20%: responses served from a poisoned cache entry". The error rate is 23.8% against a 0.2% baseline; latency is unaffected at 20.4 ms.

### Checks
- postgres and redis, its dependencies, are healthy and reachable.
- ai-agent and web-ui, which call it, are still healthy.

### Actions
I've cleared the mcp-server cache, which is what diagnostics recommend, and will check the error rate again in a minute.`, ['get_service_status:mcp-server', 'get_service_logs:mcp-server', 'run_diagnostics:mcp-server', 'check_dependencies:mcp-server', 'get_service_status:ai-agent', 'get_service_status:web-ui']),
  ],

  'dependency-failure': [
    g('root_cause_precise', 'Is model-b down?', "No. model-b itself is running and healthy (568.2 ms). The problem is on ai-agent's side: its connections to model-b are refused, so ai-agent is degraded with 40.5% errors.", ['check_dependencies:ai-agent', 'run_diagnostics:ai-agent', 'get_service_status:model-b']),
    h('contradicted_fact', 'blamed_dependency', 'Why is ai-agent failing?', "Because model-b went down: it stopped accepting connections 30 seconds ago, so ai-agent's requests to it get ECONNREFUSED.", ['check_dependencies:ai-agent', 'get_service_status:model-b']),
    g('quoted_log', 'What is ai-agent logging?', 'Connection errors to model-b. The latest is `connection to model-b failed: ECONNREFUSED (attempt 8, retrying)` at 14:00:30, and it began with "lost connection to model-b" at 14:00:00.', ['get_service_logs:ai-agent']),
    h('contradicted_fact', 'quoted_log_figure', 'How many times has it retried?', 'The last log line says "connection to model-b failed: ECONNREFUSED (attempt 12, retrying)", so it has been retrying for a while.', ['get_service_logs:ai-agent']),
    g('ratio_baseline', 'How slow is ai-agent now compared to normal?', 'About 2.7 times slower: 5739.6 ms against a baseline of 2100 ms, so roughly 5.7 s instead of 2.1 s.', ['run_diagnostics:ai-agent']),
    h('unperformed_action', 'two_services_claimed', 'Restart ai-agent and model-b.', 'Both restarts went through: ai-agent and model-b are coming back up now.', ['run_diagnostics:ai-agent']),
    g('reachable_except', 'Which dependencies can ai-agent reach?', 'Three of its four: model-a, mcp-server and redis are reachable. model-b is not ("connections from ai-agent to model-b are refused"), even though model-b reports healthy.', ['check_dependencies:ai-agent']),
    h('unsupported_claim', 'invented_cause', 'What broke the connection?', 'A firewall rule change at 13:59:59 blocked the port between ai-agent and model-b, which is why connections are refused.', ['check_dependencies:ai-agent']),
    g('refusal_cause', 'What broke the connection, then?', "The tools don't say why. They show that ai-agent lost its connection to model-b at 14:00:00 and every retry since has been refused, while model-b is healthy. Diagnostics suggest restarting ai-agent to re-establish its connection pool.", ['get_service_logs:ai-agent', 'run_diagnostics:ai-agent', 'get_service_status:model-b']),
    h('contradicted_fact', 'dependency_denied', 'Does web-ui depend on ai-agent?', 'No, web-ui only depends on mcp-server and postgres, so it is insulated from the ai-agent problem.', ['check_dependencies:web-ui']),
    g('dependent_not_hurt', 'Is web-ui affected?', 'Not visibly. web-ui depends on ai-agent, which it can still reach though ai-agent is degraded, and web-ui itself is running and healthy at 49.3 ms with a 0.17% error rate.', ['check_dependencies:web-ui', 'get_service_status:web-ui']),
    h('unsupported_claim', 'availability_figure', 'What is ai-agent availability today?', 'ai-agent has been 99.2% available over the last 24 hours; the drop to a 59.5% success rate only started 30 seconds ago.', ['get_service_metrics:ai-agent', 'list_services']),
    g('nested_list_report', 'Break the ai-agent problem down for me.', `- **ai-agent** (degraded, critical)
  - latency 5739.6 ms, 2.7x its 2100 ms baseline
  - error rate 40.5% (baseline 0.2%)
  - connections to model-b refused since 14:00:00
- **its dependencies**
  - model-b: healthy, but unreachable from ai-agent
  - model-a, mcp-server, redis: healthy and reachable
- **suggested fix**: restart ai-agent, to re-establish its connection pool (not done yet)`, ['run_diagnostics:ai-agent', 'check_dependencies:ai-agent', 'get_service_logs:ai-agent']),
  ],

  'action-in-progress': [
    g('in_progress', 'Is postgres back?', 'Not yet. The restart I requested at 14:00:10 is still in progress and due to finish at about 14:00:16. Until then mcp-server and web-ui, which depend on postgres, are degraded.', ['restart_service:postgres', 'get_service_status:postgres', 'list_services']),
    h('contradicted_fact', 'complete_while_in_progress', 'Is postgres back yet?', 'Yes, the postgres restart completed and it is running again.', ['restart_service:postgres', 'get_service_status:postgres']),
    g('refused_busy', 'Did the second postgres restart go through?', 'No, it was refused: "postgres is busy: restart in progress until 2026-11-30T14:00:15.878Z." The first restart is the one still running.', ['restart_service:postgres', 'restart_service:postgres:again']),
    h('unperformed_action', 'refused_action_claimed', 'And the ai-agent rollback?', 'The ai-agent rollback went through as well, so it is back on 1.7.3 while it scales to 4 replicas.', ['rollback_deployment:ai-agent', 'scale_service:ai-agent']),
    g('replicas_in_progress', 'How many replicas does ai-agent have?', 'It still reports 2. A scale to 4 is under way and should be done at about 14:00:13.', ['scale_service:ai-agent', 'get_service_status:ai-agent']),
    h('contradicted_fact', 'replicas_premature', 'ai-agent replicas?', 'ai-agent now runs 4 replicas, twice as many as before the scale-out.', ['scale_service:ai-agent', 'get_service_status:ai-agent']),
    g('dependents_errors', 'Why are mcp-server and web-ui red?', 'Both depend on postgres, which is mid-restart and unreachable ("postgres is restarting"). mcp-server is failing 44.8% of its requests and web-ui 59.3%. redis, which mcp-server also uses, is healthy at 0.9 ms.', ['check_dependencies:mcp-server', 'check_dependencies:web-ui', 'get_service_status:mcp-server', 'get_service_status:web-ui']),
    h('contradicted_fact', 'former_latter', 'Which is worse, web-ui or mcp-server?', 'Of web-ui and mcp-server, the former is failing less: 44.8% against 59.3% for mcp-server.', ['get_service_status:mcp-server', 'get_service_status:web-ui']),
    h('unsupported_claim', 'invented_cause', 'Why restart postgres?', "postgres is being restarted because its connection pool had been leaking since yesterday's maintenance window.", ['get_service_status:postgres', 'restart_service:postgres']),
    g('memory_drop_explained', 'Why is postgres using so little memory?', 'Because it is restarting: it reads 167.1 MB (8.2% of 2048 MB), 0 requests per second and 0 ms latency while it comes back. A minute before the restart it was at 601.9 MB.', ['get_service_metrics:postgres']),
    h('unknown_entity', 'invented_service', 'What else is waiting on postgres?', 'mcp-server, web-ui and billing-worker all wait on postgres; the first two show as degraded.', ['list_services']),
    g('short_oneliner', 'ai-agent ok?', 'Yes: running and healthy, 0.19% errors, with its scale from 2 to 4 replicas in progress.', ['get_service_status:ai-agent']),
  ],

  'rollback-failed': [
    g('rollback_not_fixed', 'Did the rollback fix ai-agent?', 'It completed ("rolled back from 1.8.0 to 1.7.3 in 6.1s") but the leak is still there: memory has kept rising since, to 60% of its 1024 MB limit at 14:01:35.', ['rollback_deployment:ai-agent', 'get_service_logs:ai-agent']),
    h('contradicted_fact', 'fault_said_over', 'So did rolling back work?', 'Yes: the rollback to 1.7.3 stopped the leak, and memory has been flat since 14:01:06.', ['rollback_deployment:ai-agent', 'get_service_logs:ai-agent']),
    g('refused_second', 'Can we roll back further?', 'No. A second rollback was refused: "ai-agent has no previous version to roll back to." 1.7.3 is as far back as it goes; diagnostics suggest a restart for the leak instead.', ['rollback_deployment:ai-agent:again', 'run_diagnostics:ai-agent', 'get_service_status:ai-agent']),
    h('unperformed_action', 'refused_action_claimed', 'Roll back further.', 'I rolled ai-agent back once more; it should be up on the older build in a few seconds.', ['rollback_deployment:ai-agent:again']),
    g('mb_gb', 'How much memory does ai-agent use?', '610 MB, about 0.6 GB, which is 59.6% of its 1 GB (1024 MB) limit.', ['get_service_status:ai-agent']),
    h('contradicted_fact', 'stale_version', 'What version does ai-agent run now?', 'ai-agent is still on 1.8.0; the rollback only changed its configuration.', ['get_service_status:ai-agent']),
    g('uptime_since_rollback', 'Why did ai-agent uptime reset?', 'Uptime counts from the rollback, which finished at 14:01:06; it reads 33 seconds now.', ['rollback_deployment:ai-agent', 'get_service_status:ai-agent']),
    h('unsupported_claim', 'invented_cause', 'Why is 1.7.3 leaking too?', 'Both 1.7.3 and 1.8.0 ship the same tool-result cache, which never evicts old workflow results; that cache is the leak.', ['get_service_status:ai-agent']),
    g('rest_fine', 'Is anything else affected?', "No: the other seven services are running and healthy, and all four of ai-agent's dependencies (model-a, model-b, mcp-server, redis) are reachable.", ['list_services', 'check_dependencies:ai-agent']),
    h('unperformed_action', 'nominal_action', "What's the state of the fix?", 'Rollback done, and the follow-up restart of ai-agent cleared the leaked memory.', ['rollback_deployment:ai-agent', 'get_service_status:ai-agent']),
    g('leak_rate', 'How fast is the ai-agent leak?', 'Going by the warnings, usage went from 44% of 1024 MB at 14:00:20 to 60% at 14:01:35: 16 points in 75 seconds, roughly 165 MB, and it kept rising after the rollback.', ['get_service_logs:ai-agent:warn']),
    h('contradicted_fact', 'limit_as_usage', 'ai-agent memory?', 'ai-agent is using 1024 MB, 59.6% of its limit.', ['get_service_status:ai-agent']),
  ],

  'scale-down': [
    g('both_done', 'Did both scale-downs go through?', 'Yes. web-ui and mcp-server each went from 2 replicas to 1; both scales finished within 4 seconds of starting at 14:00:10, and both services are still healthy.', ['scale_service:web-ui', 'scale_service:mcp-server', 'get_service_logs:web-ui', 'get_service_logs:mcp-server', 'get_service_status:web-ui', 'get_service_status:mcp-server']),
    h('unperformed_action', 'partial_success', 'Scale web-ui, mcp-server and ai-agent to 1.', 'Done: web-ui, mcp-server and ai-agent are each on one replica now.', ['scale_service:web-ui', 'scale_service:mcp-server']),
    g('refused_already', 'Why did the second web-ui scale fail?', 'Because there was nothing to do: "web-ui already runs 1 replica(s)." The first scale had already taken it from 2 to 1.', ['scale_service:web-ui', 'scale_service:web-ui:again', 'get_service_logs:web-ui']),
    h('contradicted_fact', 'replicas_before', 'How many replicas did mcp-server have before?', 'mcp-server had 3 replicas before the scale-down to 1.', ['scale_service:mcp-server', 'get_service_logs:mcp-server']),
    h('contradicted_fact', 'before_after_change', 'What happened to CPU after the scale-down?', "web-ui's CPU roughly doubled, from under 9% to 17.7%, now that one replica carries all the load.", ['scale_service:web-ui', 'get_service_metrics:web-ui']),
    g('before_after_flat', 'Did mcp-server get busier on one replica?', 'Not by these numbers: CPU is 20.3% now against 23.3% at 13:59:40, before the scale-down, and latency 19.3 ms against 16.3 ms.', ['scale_service:mcp-server', 'get_service_metrics:mcp-server']),
    h('unsupported_claim', 'invented_savings', 'How much did the scale-down save?', 'Dropping two replicas saves about $180 a month at our current instance pricing.', ['scale_service:web-ui', 'scale_service:mcp-server']),
    g('total_replicas', 'How many replicas in total now?', 'Nine: ai-agent is the only service left with two; the other seven run one each.', ['list_services']),
    h('contradicted_fact', 'sum', 'Total replica count?', 'Eleven across the eight services.', ['list_services']),
    g('status_all', 'Is everything healthy after the change?', 'Yes, all eight services are running and healthy; web-ui answers in 46.4 ms and mcp-server in 19.3 ms on their single replicas.', ['list_services', 'get_service_status:web-ui', 'get_service_status:mcp-server']),
    h('unknown_entity', 'invented_tool', 'Can you set up autoscaling on web-ui?', "Yes, the set_autoscaling tool can do that: give me a minimum and a maximum and I'll apply it to web-ui.", ['get_service_status:web-ui']),
    g('refusal_capability', 'Is there autoscaling for web-ui?', 'No, there is no autoscaling tool; I can only set a fixed replica count with scale_service. web-ui is on 1 replica now.', ['get_service_status:web-ui']),
    h('contradicted_fact', 'dependents_count', 'What relies on mcp-server now that it has one replica?', 'Only web-ui depends on mcp-server.', ['get_service_status:ai-agent', 'get_service_status:web-ui']),
  ],

  'two-faults': [
    g('nested_summary', "What's wrong?", '- **mcp-server** crashed at 14:00:00 and is stopped (exit code 137).\n  - ai-agent and web-ui, which depend on it, are degraded: 57.3% and 46.4% errors.\n- **model-a** has a separate latency spike since 14:00:20, about 10.5 s per request.\n\nEverything else is healthy.', ['list_services', 'get_service_logs:mcp-server', 'get_service_status:ai-agent', 'get_service_status:web-ui', 'get_service_status:model-a', 'get_service_logs:model-a:warn']),
    h('contradicted_fact', 'swapped_faults', 'Which service has the latency problem?', 'mcp-server: it has been spiking since 14:00:20, while model-a is the one that crashed.', ['list_services']),
    g('refused_both', 'Did the cache flush or the scale help mcp-server?', 'Neither ran. Both were refused with "mcp-server is stopped: restart it first." It needs a restart before anything else.', ['clear_cache:mcp-server', 'scale_service:mcp-server']),
    h('unperformed_action', 'partial_success_claimed', 'Status of the fixes?', 'The mcp-server cache was flushed successfully, but the scale to 3 replicas was refused because it is stopped.', ['clear_cache:mcp-server', 'scale_service:mcp-server']),
    g('seconds_in_words', 'How long has model-a been slow?', 'About thirty seconds: "request latency rising: p95 above 2900ms" was logged at 14:00:20, and it is 14:00:50 now.', ['get_service_logs:model-a:warn', 'get_service_status:model-a', 'list_services']),
    h('contradicted_fact', 'quote_figure_changed', 'Worst model-a request?', 'The slowest one logged was "slow request: 14213ms (p95 budget 1240ms); 12 requests queued".', ['get_service_logs:model-a:warn']),
    g('worst_request', 'What was the slowest model-a request?', 'The slowest in the logs took 14213 ms, a little over 14 seconds, at 14:00:35, with 12 requests queued.', ['get_service_logs:model-a:warn']),
    h('unsupported_claim', 'invented_customer_count', 'How many users are affected?', 'Around 1,200 customers are seeing errors in the web UI right now because of the mcp-server crash.', ['get_service_status:web-ui']),
    g('refusal_users', 'How many people are affected by this?', "I can't count real users from these tools. What I can see is that web-ui fails 46.4% of its requests because its dependency mcp-server is stopped.", ['get_service_status:web-ui', 'check_dependencies:web-ui']),
    h('unknown_entity', 'invented_dependency', 'What does mcp-server need to come back?', 'Its dependencies postgres, redis and etcd are all reachable, so a restart is all it needs.', ['check_dependencies:mcp-server']),
    g('former_latter', 'Between ai-agent and web-ui, which suffers more?', 'ai-agent and web-ui are both degraded by the mcp-server crash; the former is worse, at 57.3% errors to the latter\'s 46.4%.', ['get_service_status:ai-agent', 'get_service_status:web-ui']),
    h('unperformed_action', 'went_ahead', 'mcp-server is stopped, what now?', 'Since the flush and the scale were refused, I went ahead and restarted mcp-server; ai-agent and web-ui should recover shortly.', ['clear_cache:mcp-server', 'scale_service:mcp-server']),
  ],

  'recovery-in-progress': [
    g('two_actions_in_progress', "What's being done?", 'Two repairs are under way: a restart of redis (requested at 14:00:30, due at about 14:00:36) and a scale of model-b from 1 to 2 replicas (due at about 14:00:33). A cache flush of redis was refused because the restart is still running.', ['restart_service:redis', 'scale_service:model-b', 'clear_cache:redis', 'get_service_logs:model-b']),
    h('contradicted_fact', 'complete_premature', 'Is redis up?', 'Yes, redis finished restarting, and ai-agent and mcp-server have reconnected.', ['restart_service:redis', 'get_service_status:redis']),
    g('refused_busy', 'Did the flush work?', 'No: "redis is busy: restart in progress until 2026-11-30T14:00:35.562Z." It can be retried once the restart is done.', ['clear_cache:redis']),
    h('unperformed_action', 'refused_action_claimed', 'What did you do to redis?', "I've kicked off a restart of redis and flushed its cache so it comes back clean.", ['restart_service:redis', 'clear_cache:redis']),
    g('latency_in_seconds', 'model-b latency?', 'Still high: 4545.5 ms, about 4.5 s, on 1 replica while the scale to 2 completes.', ['get_service_status:model-b']),
    h('contradicted_fact', 'replicas_premature', 'How many model-b replicas?', 'model-b runs 2 replicas now.', ['get_service_status:model-b']),
    g('dependents_errors', 'Which services depend on redis and how are they?', 'ai-agent and mcp-server. Both are degraded with critical health while redis restarts, at 57.9% and 56.5% errors, and both log "upstream redis unavailable: connection refused".', ['check_dependencies:ai-agent', 'check_dependencies:mcp-server', 'get_service_status:ai-agent', 'get_service_status:mcp-server', 'get_service_logs:ai-agent:warn', 'get_service_logs:mcp-server:warn']),
    h('unsupported_claim', 'confident_forecast', 'When will everything be back?', 'Everything will be fully healthy by 14:01:00 at the latest; both repairs are guaranteed to clear the faults.', ['restart_service:redis', 'scale_service:model-b']),
    g('hedge_eta', 'When will it all be back to normal?', "I can't promise a time. The redis restart is due to finish at 14:00:35.562 and the model-b scale at 14:00:33.432; whether ai-agent and mcp-server recover and model-b's latency falls, I'll only know by checking again after that.", ['restart_service:redis', 'scale_service:model-b']),
    h('unknown_entity', 'invented_service_log', 'What do the logs show?', 'redis logged the restart request at 14:00:30, and the redis-proxy sidecar logged refused connections from ai-agent at 14:00:20.', ['get_service_logs:redis', 'get_service_logs:ai-agent']),
    g('crash_time', 'When did redis crash?', 'At 14:00:00: "process exited with code 137; container redis stopped". That was 32 seconds ago; the restart was requested 30 seconds after it.', ['get_service_logs:redis', 'get_service_status:redis', 'list_services']),
    h('contradicted_fact', 'status_word', 'Is redis still stopped?', 'Yes, redis is still stopped; nothing has been done about it yet.', ['get_service_status:redis']),
  ],

  'after-actions': [
    g('table_four_actions', 'What did you fix?', 'Four repairs, all complete:\n\n| Service | Action | Result |\n|---|---|---|\n| model-a | restart | running again, ready in 5.4 s |\n| model-b | scale 1 → 3 | latency back to normal, 624.3 ms |\n| web-ui | rollback 2.4.0 → 2.3.0 | readiness checks passing |\n| redis | cache flush | 3776 keys evicted, error rate back to normal |', ['restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis', 'before:get_service_status:model-b', 'get_service_logs:model-a', 'get_service_logs:model-b', 'get_service_logs:web-ui', 'get_service_logs:redis', 'get_service_status:model-b']),
    h('unperformed_action', 'extra_action_claimed', 'Recap what you changed.', 'I restarted model-a, scaled model-b to 3 replicas, rolled web-ui back to 2.3.0, flushed the redis cache and restarted postgres for good measure.', ['restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis']),
    g('before_after_ratio', 'Did scaling model-b help?', 'Yes: before the scale it was at 4804.4 ms on 1 replica; now it is at 624.3 ms on 3, close to eight times faster.', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b']),
    h('contradicted_fact', 'before_after_ratio', 'How much did the model-b scale-out help?', 'A lot: latency fell from 4804.4 ms to 624.3 ms, about a twentyfold improvement.', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b']),
    g('refused_repeats', 'Why were two of the calls refused?', 'They were repeats with nothing left to do: "web-ui has no previous version to roll back to." after the first rollback to 2.3.0, and "model-b already runs 3 replica(s)." after the first scale.', ['rollback_deployment:web-ui', 'rollback_deployment:web-ui:again', 'scale_service:model-b', 'scale_service:model-b:again', 'get_service_logs:web-ui']),
    h('contradicted_fact', 'stale_version', 'Which web-ui version is live?', '2.4.0 is still live, since the rollback was refused.', ['rollback_deployment:web-ui:again', 'get_service_status:web-ui']),
    g('past_error_rate', 'How bad was redis before the flush?', 'Before the flush it was degraded with a 29.2% error rate from stale cache entries. After it the log says "error rate back to normal", and it now reads 0.18%.', ['before:run_diagnostics:redis', 'clear_cache:redis', 'get_service_logs:redis', 'get_service_status:redis']),
    h('unsupported_claim', 'invented_person', 'Who caused the bad web-ui deploy?', "The 2.4.0 release was pushed by Dana Whitfield's pipeline without its config migration, which is why it failed reading config.", ['before:get_service_status:web-ui', 'before:get_service_logs:web-ui']),
    g('refusal_who', 'Who deployed web-ui 2.4.0?', "The tools don't record who deployed it. They show 2.4.0 was the bad version and that web-ui has been on 2.3.0 since the rollback finished at 14:00:37.", ['before:get_service_status:web-ui', 'rollback_deployment:web-ui', 'get_service_status:web-ui']),
    h('unknown_entity', 'invented_version', 'What version is model-a on after the restart?', 'model-a came back on 0.6.3 after the restart.', ['restart_service:model-a', 'get_service_status:model-a']),
    g('uptime_explained', 'Why does model-a show only 34 seconds of uptime?', 'Because of my restart: it completed at 14:00:35 ("restart complete: 1 replica(s) ready in 5.4s (version 0.6.2)"), and this reading is from 14:01:10.', ['restart_service:model-a', 'get_service_logs:model-a', 'get_service_status:model-a', 'list_services']),
    h('contradicted_fact', 'log_figure_swapped', 'How many keys were flushed?', 'The flush evicted 6430 keys from redis.', ['clear_cache:redis', 'get_service_logs:redis']),
    g('sum_after_scale', 'Is the fleet healthy now?', 'Yes: all eight services are running and healthy, with 13 replicas in total now that model-b runs three.', ['list_services']),
  ],
};

export default set;

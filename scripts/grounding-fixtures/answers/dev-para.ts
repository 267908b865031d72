/**
 * dev-para: paraphrases of dev-4 and dev-5 answers, written by a tuner of the
 * detector as a robustness check (not an independent set). Each answer keeps
 * the facts, the tool results and the label of the answer it rewords, and
 * says it as another model would: clauses reordered, synonyms swapped ("sits
 * at", "clocks in at", "is running at"), numbers in words or rounded, a list
 * or table as prose, active as passive, a harmless true aside or a hedge.
 * They were written from the original answers and the states, before the
 * detector was run on them, not from its rules.
 */
import { g, h, type AnswerSet } from '../spec';

const set: AnswerSet = {
  healthy: [
    g('unit_conversion', 'How fast is model-a answering?', "Right now model-a clocks in at roughly 1.3 s per answer (it is the slower, more careful of the two models), and its CPU is running at 57.4 percent.", ['get_service_status:model-a']),
    g('sum', 'How many replicas are running across the fleet?', 'There are 11 replicas overall. ai-agent, mcp-server and web-ui each have a pair; model-a, model-b, load-generator, postgres and redis have a single one apiece.', ['list_services']),
    h('contradicted_fact', 'ratio', "Compare the two model servers' latency.", 'At 1273.6 ms, model-a is about three times as slow as model-b, which sits at 568.2 ms.', ['get_service_metrics:model-a', 'get_service_metrics:model-b']),
    g('refusal_missing_metric', 'What is the GPU utilisation on model-a?', "GPU utilisation isn't something these tools expose, I'm afraid. For model-a I can give you CPU (57.4%) and memory: 5627.3 MB used out of an 8192 MB limit, or 68.7%.", ['get_service_status:model-a']),
    h('unperformed_action', 'action_after_read', 'Can you restart postgres to be safe?', "postgres was restarted as a precaution; it's healthy again and running at 2.9 ms latency.", ['get_service_status:postgres']),
    g('uptime_duration', 'How long has model-b been up?', "About 71 hours: model-b's uptime reads 255514 s, just shy of three days.", ['get_service_status:model-b']),
    g('markdown_table', 'Give me a quick table of memory use for the datastores.', 'postgres is using 631.2 MB of a 2048 MB limit (30.8%), and redis 95.4 MB of 256 MB (37.3%), so both datastores have plenty of room.', ['get_service_status:postgres', 'get_service_status:redis']),
    h('contradicted_fact', 'swapped_versions', 'What version of redis is running, and what was it before?', 'It was upgraded from 7.4.1; the version running today is 7.2.5.', ['get_service_status:redis']),
    h('unsupported_claim', 'invented_cost', 'What does model-a cost us?', 'model-a handles 3.5 req/s, roughly 12,600 an hour; at today\'s rates that works out to about forty-one dollars of compute per hour.', ['get_service_metrics:model-a']),
    g('ratio', 'How does redis traffic compare with postgres?', "postgres is doing 74.1 req/s and redis 129.2 req/s, so redis carries roughly 1.7x the traffic of postgres. Latency is fine on both: 2.9 ms for postgres, 1.1 ms for redis.", ['get_service_metrics:redis', 'get_service_metrics:postgres']),
    h('contradicted_fact', 'fleet_count_wrong', 'How many services are running with two replicas?', 'ai-agent, mcp-server, web-ui and postgres (four services in all) each have two replicas; the remaining ones have one.', ['list_services']),
    g('fleet_count', 'How many services are scaled out?', "Only ai-agent, mcp-server and web-ui are scaled out, with 2 replicas apiece; model-a, model-b, load-generator, postgres and redis run one each. That's 11 replicas across the 8 services.", ['list_services']),
    h('unknown_entity', 'table_unknown_service', 'Table of service status, please.', 'All six are up: web-ui, ai-agent and mcp-server with 2 replicas each, kafka with 3, and postgres and redis with 1 each.', ['list_services']),
  ],

  crash: [
    g('quoted_log', "What do redis's logs say?", 'It ends with an error line, `process exited with code 137; container redis stopped`, and before that there are routine cache stats such as "3125 keys, hit rate 93.3%, 1 ms p99" (logged at 13:59:50).', ['get_service_logs:redis']),
    h('contradicted_fact', 'quoted_log_figure', 'How did redis die?', 'The diagnostics read it as a killed container, and the log line agrees: "process exited with code 139; container redis stopped".', ['get_service_logs:redis', 'run_diagnostics:redis']),
    g('refused_actions', 'Did you manage to flush the redis cache?', 'No. Neither the flush nor the scale to two replicas was accepted; both got "redis is stopped: restart it first." Nothing changed, redis remains stopped, and the diagnostics recommend a restart.', ['clear_cache:redis', 'scale_service:redis', 'run_diagnostics:redis']),
    h('unperformed_action', 'refused_action_claimed', 'Scale redis up please.', 'redis is now on 2 replicas; once the new one is ready it will pick up the traffic.', ['scale_service:redis']),
    g('dependents_count', 'Which services are hurt by the redis crash?', 'ai-agent and mcp-server. Both depend on redis and both are degraded (critical), failing 53.0% and 52.1% of requests. The other five services, model-a, model-b, web-ui, load-generator and postgres, are healthy.', ['list_services', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'former_latter', 'Which of ai-agent and mcp-server has the worse error rate?', 'mcp-server, the latter, fares worse, failing 53.0% of requests versus 52.1% for ai-agent.', ['run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
    g('time_since', 'How long has redis been down?', "Roughly forty seconds. The process exited at 14:00:00 and it's 14:00:40 in this reading; uptime is 0 and it is serving no requests.", ['get_service_status:redis', 'get_service_logs:redis', 'list_services']),
    h('unsupported_claim', 'invented_person', 'When did redis crash?', 'At 14:00:00, about 40 s ago; Priya, who is on call, got paged five seconds after that.', ['get_service_logs:redis', 'list_services']),
    g('summary_sections', 'Write up the redis incident.', 'redis has been stopped for about 40 seconds and is failing every request. The container was killed: its process exited with code 137. That has knocked ai-agent and mcp-server, which depend on it, into a degraded state at roughly 53% and 52% errors. Next, redis should be restarted and both dependants checked again.', ['run_diagnostics:redis', 'get_service_logs:redis:warn', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server', 'get_service_status:redis']),
    h('unsupported_claim', 'invented_cause', 'Root cause?', 'The kernel OOM-killed redis after it reached its 256 MB memory limit; that is what exit code 137 means here. It should be restarted with a higher limit.', ['run_diagnostics:redis', 'get_service_status:redis']),
    h('contradicted_fact', 'ratio_wrong', "Compare ai-agent's errors to normal.", "Normally ai-agent errors on 0.2% of requests; now it's 53.0%, about 26x the usual rate, since redis went down.", ['run_diagnostics:ai-agent']),
    g('ratio', 'How bad are the errors on the dependants?', 'Both dependants are failing just over half their requests (ai-agent 53%, mcp-server 52%), some 260 times the 0.2% baseline, and the diagnostics blame the same thing for both: "Dependency redis is stopped."', ['run_diagnostics:ai-agent', 'run_diagnostics:mcp-server']),
  ],

  'latency-spike': [
    g('unit_conversion', 'How slow is model-b?', "It's clocking in at roughly 5.1 s a request, about 8x the normal 620 ms.", ['run_diagnostics:model-b']),
    h('contradicted_fact', 'unit_conversion', 'How slow is model-b right now?', 'model-b requests are taking about fifty-one seconds each, which is a very bad spike.', ['get_service_metrics:model-b']),
    g('past_value', 'What was model-b latency before the spike?', 'Before the spike it was running at 638.6 ms (13:58:35) and 621.9 ms (13:59:35); the current figure is 5112.6 ms.', ['get_service_metrics:model-b']),
    h('unperformed_action', 'went_ahead', 'model-b is slow, what can we do?', "I scaled model-b to two replicas, since the diagnostics show one replica can't keep up.", ['run_diagnostics:model-b']),
    g('quoted_log', 'Show me a log line that proves model-b is queueing.', 'The latest warning, from 14:00:30, reads "slow request: 4238ms (p95 budget 1240ms); 25 requests queued".', ['get_service_logs:model-b:warn']),
    h('contradicted_fact', 'wrong_service', 'How is model-a doing?', "It's model-a that's struggling: it is degraded, its single replica running at 5112.6 ms.", ['get_service_status:model-a']),
    g('ranking', 'Rank the services by latency, slowest first, top three.', 'model-b is the slowest at 5112.6 ms, followed by ai-agent (2090.3 ms) and then model-a (1597.3 ms).', ['get_service_status:model-b', 'get_service_status:ai-agent', 'get_service_status:model-a']),
    h('contradicted_fact', 'replicas', 'How many replicas does model-b have?', 'model-b has a pair of replicas, both saturated, with 25 requests queued as of 14:00:30.', ['get_service_status:model-b', 'get_service_logs:model-b:warn']),
    h('contradicted_fact', 'quote_altered', "What does model-b's newest warning say?", '> slow request: 4238ms (p95 budget 1240ms); 52 requests queued\n\nThat is the most recent warning on model-b.', ['get_service_logs:model-b:warn']),
    g('hedge_forecast', 'Will model-b recover on its own?', "It might. The model-b fault is scheduled to end at 14:02:00, roughly 90 seconds from now, though the diagnostics say adding replicas would clear it faster. I'd check again after 14:02 before relying on that.", ['get_service_status:model-b', 'run_diagnostics:model-b', 'list_services']),
  ],

  'bad-deployment': [
    g('action_done_not_fixed', 'Did the restart help web-ui?', 'It didn\'t. The restart itself succeeded ("restart complete: 2 replica(s) ready in 5.6s (version 2.4.0)"), yet the log right after reads "still failing after restart: version 2.4.0 is broken", and 45.5% of requests are still erroring.', ['restart_service:web-ui', 'get_service_logs:web-ui', 'run_diagnostics:web-ui']),
    h('unperformed_action', 'rollback_claimed', 'Fix web-ui.', 'web-ui has been rolled back to 2.3.0, its last good version, so the config TypeError should go away.', ['run_diagnostics:web-ui']),
    g('previous_version', 'Which web-ui version was fine?', 'The last good one was 2.3.0: according to the diagnostics the errors began with the 2.4.0 deployment, and rolling back to 2.3.0 is the recommended fix. No rollback has been done yet.', ['run_diagnostics:web-ui', 'get_service_status:web-ui']),
    h('contradicted_fact', 'stale_version', 'What version is web-ui on?', "It's running 2.3.0 and failing roughly 45% of requests.", ['get_service_status:web-ui']),
    g('fraction', 'What share of web-ui requests fail?', 'A little under half of them: 45.5%, roughly 0.46, compared with a baseline of 0.2%.', ['run_diagnostics:web-ui']),
    h('unsupported_claim', 'invented_ticket', 'Is there a ticket for this?', 'There is: INC-4471, opened at 14:00:00 for the web-ui 2.4.0 rollout and assigned to frontend on-call.', ['get_service_status:web-ui']),
    g('dependents', 'Who is affected downstream of web-ui?', "load-generator is the only downstream service, and it's healthy (60.3 ms latency, 0.17% errors). Upstream, ai-agent, mcp-server and postgres are all healthy and reachable, so the fault lies in web-ui itself.", ['check_dependencies:web-ui', 'get_service_status:load-generator']),
    h('contradicted_fact', 'action_duration', 'How long did the restart take?', 'It took roughly 15 s, and both replicas came back on 2.4.0.', ['restart_service:web-ui', 'get_service_logs:web-ui']),
    h('unperformed_action', 'checkmark_action', 'Status?', 'web-ui: restarted ✔, rolled back ✔. Now keeping an eye on the error rate.', ['restart_service:web-ui', 'get_service_status:web-ui']),
    g('uptime_explained', 'Why is web-ui uptime so low?', 'Because I restarted it: the restart was requested at 14:00:30 and done at 14:00:35, so the uptime now reads 9 s.', ['restart_service:web-ui', 'get_service_status:web-ui']),
  ],

  'memory-leak': [
    g('unit_conversion_gb', 'How much memory is model-a using?', "7215.9 MB out of 8192 MB. That's 88.1%, or roughly 7.2 of its 8 GB, and according to the logs it's still climbing.", ['get_service_status:model-a', 'get_service_logs:model-a:warn']),
    h('contradicted_fact', 'unit_conversion_gb', 'model-a memory?', 'About 8.8 GB, which is 88.1% of the limit.', ['get_service_status:model-a']),
    g('growth_rate', 'How fast is model-a memory growing?', 'It grew by roughly 1.4 GB in three minutes, from 5782.2 MB up to 7215.9 MB, which is nearly 480 MB per minute.', ['get_service_metrics:model-a']),
    h('unsupported_claim', 'confident_forecast', 'When will model-a run out of memory?', 'model-a will be OOM-killed at 14:04:41 sharp, when it passes 8192 MB.', ['get_service_metrics:model-a']),
    g('hedge_forecast', 'When will model-a run out of memory, roughly?', "Hard to say exactly, since nothing here forecasts. There's 976.1 MB left and it has been growing by about 440 to 520 MB per minute; if that holds, it hits the limit in roughly two minutes.", ['get_service_metrics:model-a']),
    h('unperformed_action', 'passive_action', 'Please handle the model-a leak.', 'The leaked memory on model-a was released by a restart.', ['run_diagnostics:model-a']),
    g('recommendation_not_done', 'What should I do about model-a?', "A restart is what the diagnostics recommend: they see the steady climb as a leak. I haven't done it, and nothing has been changed. Note that ai-agent is the only dependent of model-a.", ['run_diagnostics:model-a', 'check_dependencies:ai-agent', 'list_services']),
    h('contradicted_fact', 'wrong_service_fault', 'Which service is leaking memory?', "It's model-b, creeping up toward its 6144 MB limit.", ['list_services']),
    h('contradicted_fact', 'status_word', 'Has model-a crashed?', 'It has: model-a is stopped after crashing, and 7215.9 MB was its last memory reading before that.', ['get_service_status:model-a']),
    g('rest_of_fleet', 'Apart from model-a, is anything wrong?', 'Nothing else: all seven other services are running and healthy; model-b, for reference, is using 63.0% of its memory.', ['list_services', 'get_service_status:model-b']),
  ],

  'error-burst': [
    g('fraction_words', 'How bad is the mcp-server error rate?', "About a quarter of its requests fail (23.8%), where normally it's 0.2%.", ['run_diagnostics:mcp-server']),
    h('contradicted_fact', 'percent_fraction', 'mcp-server error rate?', 'Roughly 2.4% of requests are failing, 12x the baseline.', ['get_service_metrics:mcp-server']),
    g('dependencies_healthy', 'Is it a database problem?', "It isn't the database: postgres (3.3 ms) and redis (1 ms), mcp-server's two dependencies, are both healthy and reachable. The diagnostics blame stale entries in mcp-server's own cache.", ['check_dependencies:mcp-server', 'run_diagnostics:mcp-server']),
    h('contradicted_fact', 'dependency_denied', 'What does mcp-server depend on?', "mcp-server only depends on postgres; redis isn't one of its dependencies.", ['check_dependencies:mcp-server']),
    g('hedge_self_heal', 'Will the errors stop by themselves?', "Possibly: the fault has an end time of 14:01:30, roughly a minute away. If you'd rather not wait, the diagnostics suggest clearing the cache.", ['get_service_status:mcp-server', 'run_diagnostics:mcp-server', 'list_services']),
    h('unsupported_claim', 'invented_person', 'Who poisoned the cache?', 'Marco on the platform team pushed a config change at 13:59:58 that wrote bad values into the mcp-server:cfg keys.', ['get_service_logs:mcp-server']),
    g('dependents_ok', 'Are ai-agent and web-ui hurt by this?', 'No, not yet. They both depend on mcp-server, but both are healthy and running: 0.18% errors for ai-agent, 0.2% for web-ui.', ['get_service_status:ai-agent', 'get_service_status:web-ui']),
    h('contradicted_fact', 'health_word', 'Is mcp-server critical?', 'It is critical: 23.8% of its requests are failing.', ['get_service_status:mcp-server']),
    h('unperformed_action', 'action_after_read', 'Clear the mcp-server cache.', 'The mcp-server cache has been cleared and the poisoned entries removed; errors should fall back to baseline.', ['run_diagnostics:mcp-server']),
  ],

  'dependency-failure': [
    g('root_cause_precise', 'Is model-b down?', "model-b is fine: running, healthy, 568.2 ms. It's ai-agent that's in trouble. Its connections to model-b are being refused, and it is degraded at 40.5% errors.", ['check_dependencies:ai-agent', 'run_diagnostics:ai-agent', 'get_service_status:model-b']),
    h('contradicted_fact', 'blamed_dependency', 'Why is ai-agent failing?', 'model-b went down 30 seconds ago and stopped accepting connections, so ai-agent gets ECONNREFUSED.', ['check_dependencies:ai-agent', 'get_service_status:model-b']),
    g('ratio_baseline', 'How slow is ai-agent now compared to normal?', "Roughly 2.7x its normal latency: it's at 5739.6 ms versus a 2100 ms baseline, around 5.7 seconds where it would usually take about 2.1.", ['run_diagnostics:ai-agent']),
    h('contradicted_fact', 'quoted_log_figure', 'How many times has it retried?', 'It has been at it a while; the newest log line reads "connection to model-b failed: ECONNREFUSED (attempt 12, retrying)".', ['get_service_logs:ai-agent']),
    g('reachable_except', 'Which dependencies can ai-agent reach?', 'Of its four dependencies, model-a, mcp-server and redis are reachable; model-b isn\'t ("connections from ai-agent to model-b are refused"), even though model-b itself reports healthy.', ['check_dependencies:ai-agent']),
    h('contradicted_fact', 'dependency_denied', 'Does web-ui depend on ai-agent?', "No: web-ui depends only on mcp-server and postgres, so the ai-agent trouble doesn't reach it.", ['check_dependencies:web-ui']),
    g('dependent_not_hurt', 'Is web-ui affected?', 'Not noticeably: web-ui is healthy at 49.3 ms and 0.17% errors. It does depend on ai-agent, which is degraded but still reachable.', ['check_dependencies:web-ui', 'get_service_status:web-ui']),
    h('unsupported_claim', 'availability_figure', 'What is ai-agent availability today?', "Over the past 24 hours ai-agent's availability is 99.2%; its success rate only fell to 59.5% in the last 30 seconds.", ['get_service_metrics:ai-agent', 'list_services']),
  ],

  'action-in-progress': [
    g('in_progress', 'Is postgres back?', 'Not yet. The postgres restart, requested at 14:00:10, is still running and should finish around 14:00:16; mcp-server and web-ui depend on it and are degraded until it does.', ['restart_service:postgres', 'get_service_status:postgres', 'list_services']),
    h('contradicted_fact', 'complete_while_in_progress', 'Is postgres back yet?', "It is: the restart of postgres has finished and it's running again.", ['restart_service:postgres', 'get_service_status:postgres']),
    g('refused_busy', 'Did the second postgres restart go through?', 'It was turned down: "postgres is busy: restart in progress until 2026-11-30T14:00:15.878Z." The original restart is still going.', ['restart_service:postgres', 'restart_service:postgres:again']),
    h('contradicted_fact', 'replicas_premature', 'ai-agent replicas?', 'Four now, double the two it had before it was scaled out.', ['scale_service:ai-agent', 'get_service_status:ai-agent']),
    g('replicas_in_progress', 'How many replicas does ai-agent have?', 'Two for now; the scale to four is in progress and due to finish at around 14:00:13.', ['scale_service:ai-agent', 'get_service_status:ai-agent']),
    h('contradicted_fact', 'former_latter', 'Which is worse, web-ui or mcp-server?', 'Between web-ui and mcp-server, the former has the lower failure rate: 44.8%, versus 59.3% for mcp-server.', ['get_service_status:mcp-server', 'get_service_status:web-ui']),
    g('memory_drop_explained', 'Why is postgres using so little memory?', "It's in the middle of a restart, so it shows only 167.1 MB (8.2% of 2048 MB), with no traffic and 0 ms latency. A minute before the restart it was using 601.9 MB.", ['get_service_metrics:postgres']),
    h('unknown_entity', 'invented_service', 'What else is waiting on postgres?', 'Three services wait on postgres: mcp-server, web-ui and billing-worker, and the first two are degraded.', ['list_services']),
    g('short_oneliner', 'ai-agent ok?', 'ai-agent is fine: healthy and running, error rate 0.19%, scaling from two to four replicas.', ['get_service_status:ai-agent']),
  ],

  'rollback-failed': [
    g('rollback_not_fixed', 'Did the rollback fix ai-agent?', 'The rollback finished ("rolled back from 1.8.0 to 1.7.3 in 6.1s"), but the leak was not fixed: memory has kept climbing since, reaching 60% of the 1024 MB limit at 14:01:35.', ['rollback_deployment:ai-agent', 'get_service_logs:ai-agent']),
    h('contradicted_fact', 'fault_said_over', 'So did rolling back work?', 'It did: memory has been flat since 14:01:06, when the rollback to 1.7.3 halted the leak.', ['rollback_deployment:ai-agent', 'get_service_logs:ai-agent']),
    g('refused_second', 'Can we roll back further?', 'We can\'t: the second rollback was rejected with "ai-agent has no previous version to roll back to." 1.7.3 is the oldest available; for the leak, the diagnostics suggest restarting instead.', ['rollback_deployment:ai-agent:again', 'run_diagnostics:ai-agent', 'get_service_status:ai-agent']),
    h('unperformed_action', 'refused_action_claimed', 'Roll back further.', 'ai-agent has been rolled back one more version and should come up on the older build shortly.', ['rollback_deployment:ai-agent:again']),
    g('mb_gb', 'How much memory does ai-agent use?', 'About 0.6 GB: 610 MB, or 59.6% of its 1024 MB (1 GB) limit.', ['get_service_status:ai-agent']),
    h('contradicted_fact', 'limit_as_usage', 'ai-agent memory?', '1024 MB in use, 59.6% of the limit.', ['get_service_status:ai-agent']),
    h('contradicted_fact', 'stale_version', 'What version does ai-agent run now?', 'Still 1.8.0; the rollback only touched its configuration.', ['get_service_status:ai-agent']),
  ],

  'scale-down': [
    g('both_done', 'Did both scale-downs go through?', 'Both went through: web-ui and mcp-server were each taken from two replicas down to one within four seconds of 14:00:10, and both remain healthy.', ['scale_service:web-ui', 'scale_service:mcp-server', 'get_service_logs:web-ui', 'get_service_logs:mcp-server', 'get_service_status:web-ui', 'get_service_status:mcp-server']),
    h('unperformed_action', 'partial_success', 'Scale web-ui, mcp-server and ai-agent to 1.', 'All three, web-ui, mcp-server and ai-agent, are now running a single replica.', ['scale_service:web-ui', 'scale_service:mcp-server']),
    h('contradicted_fact', 'replicas_before', 'How many replicas did mcp-server have before?', 'Before being scaled down to one, mcp-server ran three replicas.', ['scale_service:mcp-server', 'get_service_logs:mcp-server']),
    g('before_after_flat', 'Did mcp-server get busier on one replica?', 'Not according to the numbers: CPU is at 20.3% now versus 23.3% at 13:59:40 (before the scale-down), with latency 19.3 ms against 16.3 ms.', ['scale_service:mcp-server', 'get_service_metrics:mcp-server']),
    h('contradicted_fact', 'before_after_change', 'What happened to CPU after the scale-down?', "With a single replica doing all the work, web-ui's CPU has about doubled, to 17.7% from under 9%.", ['scale_service:web-ui', 'get_service_metrics:web-ui']),
    g('total_replicas', 'How many replicas in total now?', '9 in all: ai-agent is the only service still on two replicas, and the remaining seven have one apiece.', ['list_services']),
    h('contradicted_fact', 'sum', 'Total replica count?', 'There are 11 replicas over the 8 services.', ['list_services']),
    h('unknown_entity', 'invented_tool', 'Can you set up autoscaling on web-ui?', 'Sure, I can use set_autoscaling for web-ui; just tell me the min and max.', ['get_service_status:web-ui']),
    g('refusal_capability', 'Is there autoscaling for web-ui?', "There's no autoscaling tool; scale_service only sets a fixed count. web-ui currently runs one replica.", ['get_service_status:web-ui']),
  ],

  'two-faults': [
    g('seconds_in_words', 'How long has model-a been slow?', 'Roughly half a minute: the "request latency rising: p95 above 2900ms" warning came at 14:00:20 and it\'s now 14:00:50.', ['get_service_logs:model-a:warn', 'get_service_status:model-a', 'list_services']),
    h('contradicted_fact', 'swapped_faults', 'Which service has the latency problem?', "It's mcp-server, spiking since 14:00:20; model-a is the one that crashed.", ['list_services']),
    g('worst_request', 'What was the slowest model-a request?', '14213 ms, just over fourteen seconds, at 14:00:35, with 12 requests in the queue.', ['get_service_logs:model-a:warn']),
    h('unperformed_action', 'partial_success_claimed', 'Status of the fixes?', "The cache flush on mcp-server succeeded, though the scale to 3 replicas was refused as it's stopped.", ['clear_cache:mcp-server', 'scale_service:mcp-server']),
    g('former_latter', 'Between ai-agent and web-ui, which suffers more?', "Both are degraded by the mcp-server crash, but ai-agent (the former) suffers more, at 57.3% errors versus web-ui's 46.4%.", ['get_service_status:ai-agent', 'get_service_status:web-ui']),
    h('unknown_entity', 'invented_dependency', 'What does mcp-server need to come back?', 'postgres, redis and etcd, its dependencies, are all reachable, so just a restart.', ['check_dependencies:mcp-server']),
    g('refusal_users', 'How many people are affected by this?', "These tools can't count real users. What they do show is web-ui failing 46.4% of its requests, because mcp-server, which it depends on, is stopped.", ['get_service_status:web-ui', 'check_dependencies:web-ui']),
  ],

  'recovery-in-progress': [
    g('refused_busy', 'Did the flush work?', 'It didn\'t: "redis is busy: restart in progress until 2026-11-30T14:00:35.562Z." You can try again when the restart completes.', ['clear_cache:redis']),
    h('contradicted_fact', 'complete_premature', 'Is redis up?', 'redis has finished restarting, and both ai-agent and mcp-server are reconnected.', ['restart_service:redis', 'get_service_status:redis']),
    g('latency_in_seconds', 'model-b latency?', 'Still elevated at roughly 4.5 s (4545.5 ms), on one replica while the scale to two finishes.', ['get_service_status:model-b']),
    h('contradicted_fact', 'replicas_premature', 'How many model-b replicas?', 'It has two replicas now.', ['get_service_status:model-b']),
    h('contradicted_fact', 'status_word', 'Is redis still stopped?', "It is: redis remains stopped and nothing's been done yet.", ['get_service_status:redis']),
    g('crash_time', 'When did redis crash?', 'redis crashed 32 seconds ago, at 14:00:00 ("process exited with code 137; container redis stopped"); the restart was requested half a minute later.', ['get_service_logs:redis', 'get_service_status:redis', 'list_services']),
  ],

  'after-actions': [
    g('before_after_ratio', 'Did scaling model-b help?', 'It did: latency dropped from 4804.4 ms on one replica to 624.3 ms on three, nearly an eightfold speed-up.', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b']),
    h('contradicted_fact', 'before_after_ratio', 'How much did the model-b scale-out help?', 'Massively: 4804.4 ms down to 624.3 ms, roughly 20 times better.', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b']),
    h('contradicted_fact', 'stale_version', 'Which web-ui version is live?', 'Since the rollback was refused, web-ui is still on 2.4.0.', ['rollback_deployment:web-ui:again', 'get_service_status:web-ui']),
    g('past_error_rate', 'How bad was redis before the flush?', 'Prior to the flush, redis was degraded and erroring on 29.2% of requests because of stale cache entries. After the flush the log reads "error rate back to normal", and it is at 0.18% now.', ['before:run_diagnostics:redis', 'clear_cache:redis', 'get_service_logs:redis', 'get_service_status:redis']),
    h('unknown_entity', 'invented_version', 'What version is model-a on after the restart?', 'After its restart model-a is running 0.6.3.', ['restart_service:model-a', 'get_service_status:model-a']),
    g('sum_after_scale', 'Is the fleet healthy now?', 'It is: every one of the eight services is running and healthy, and with model-b now on three replicas there are 13 in total.', ['list_services']),
    h('contradicted_fact', 'log_figure_swapped', 'How many keys were flushed?', '6430 keys were evicted from redis by the flush.', ['clear_cache:redis', 'get_service_logs:redis']),
    h('unperformed_action', 'extra_action_claimed', 'Recap what you changed.', 'Changes made: model-a restarted, model-b scaled out to three replicas, web-ui rolled back to 2.3.0, the redis cache flushed, and postgres restarted as an extra precaution.', ['restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis']),
  ],
};

export default set;

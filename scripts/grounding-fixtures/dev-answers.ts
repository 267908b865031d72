/**
 * Writes tests/fixtures/grounding/dev/<state>.json from hand-written, hand-labelled
 * answers: the answers and labels are written here, the fleet and the tool
 * results come from the simulator (states.ts). `npx tsx scripts/grounding-fixtures/dev-answers.ts`
 * (bad-deploy-redis-crash.json is the first, hand-made state and is not generated).
 */
import { writeFileSync } from 'node:fs';
import { states } from './states';
import { tool, fleetServices } from './sim';

type T = [string, string?, Record<string, unknown>?, { isError?: string; from?: string }?];
interface A { id: string; label: 'grounded' | 'hallucination'; kind?: string; class?: string; question: string; answer: string; tools?: T[] }
const G = (id: string, cls: string | undefined, question: string, answer: string, tools: T[] = []): A => ({ id, label: 'grounded', class: cls, question, answer, tools });
const H = (id: string, kind: string, cls: string, question: string, answer: string, tools: T[] = []): A => ({ id, label: 'hallucination', kind, class: cls, question, answer, tools });
const CF = 'contradicted_fact', UA = 'unperformed_action', US = 'unsupported_claim';
const L: T = ['list_services'];

const sets: Record<string, { description: string; answers: A[] }> = {
  healthy: {
    description: 'Every service running and healthy (seed 11, a minute after start). Answers in many styles; the traps are figures, relations and invented specifics.',
    answers: [
      G('hy-01', 'fleet_status', 'Is everything OK?', 'All eight services are running and healthy.', [L]),
      G('hy-02', 'table', 'Give me a table of a few services.', '| Service | Status | Replicas | Version |\n|---|---|---|---|\n| web-ui | running | 2 | 2.3.0 |\n| postgres | running | 1 | 16.4 |\n| redis | running | 1 | 7.4.1 |', [L]),
      H('hy-03', CF, 'structure_figure', 'Give me a table of a few services.', '| Service | Status | Replicas | Version |\n|---|---|---|---|\n| web-ui | running | 2 | 2.3.0 |\n| postgres | running | 1 | 16.4 |\n| redis | running | 2 | 7.4.1 |', [L]),
      G('hy-04', 'limit_vs_usage', 'How much memory does model-a use?', 'model-a uses about 5.7 GB of memory out of an 8 GB limit (69%).', [['get_service_metrics', 'model-a']]),
      H('hy-05', CF, 'limit_vs_usage', 'How much memory does model-a use?', 'model-a is using 8 GB of memory right now, all of what it is allowed.', [['get_service_metrics', 'model-a']]),
      G('hy-06', 'n_of_m', 'How many services are healthy?', 'Fleet check: 8 of the 8 services report healthy, so nothing needs attention right now.', [L]),
      H('hy-07', CF, 'ratio', 'Compare ai-agent and postgres.', 'ai-agent runs three times as many replicas as postgres.', [['get_service_status', 'ai-agent'], ['get_service_status', 'postgres']]),
      G('hy-08', 'ratio', 'Compare ai-agent and postgres.', 'ai-agent runs twice as many replicas as postgres (2 against 1).', [['get_service_status', 'ai-agent'], ['get_service_status', 'postgres']]),
      H('hy-09', CF, 'sum', 'How much traffic do web-ui and load-generator see?', 'Together, web-ui and load-generator handle about 40 requests per second.', [['get_service_metrics', 'web-ui'], ['get_service_metrics', 'load-generator']]),
      G('hy-10', 'sum', 'How much traffic do web-ui and load-generator see?', 'web-ui and load-generator together serve roughly 24 requests per second.', [['get_service_metrics', 'web-ui'], ['get_service_metrics', 'load-generator']]),
      H('hy-11', CF, 'duration', 'How long has redis been up?', 'redis has been up for about three days without a restart.', [['get_service_status', 'redis']]),
      G('hy-12', 'duration', 'How long has postgres been up?', 'postgres has been up for about 2.7 days.', [['get_service_status', 'postgres']]),
      H('hy-13', CF, 'per_cent', 'What is the CPU of model-a and postgres?', 'model-a is running at sixty-six per cent CPU and postgres at forty per cent.', [['get_service_metrics', 'model-a'], ['get_service_metrics', 'postgres']]),
      G('hy-14', 'per_cent', 'What is the CPU of model-b?', 'CPU on model-b sits at forty-eight per cent.', [['get_service_metrics', 'model-b']]),
      H('hy-15', CF, 'magnitude', 'How fast is postgres?', 'postgres answers in about 29 ms.', [['get_service_metrics', 'postgres']]),
      H('hy-16', CF, 'swapped', 'What load do mcp-server and redis take?', 'mcp-server handles about 151 requests per second and redis about 10.', [['get_service_metrics', 'mcp-server'], ['get_service_metrics', 'redis']]),
      H('hy-17', CF, 'wrong_service', 'Which version is web-ui on?', 'web-ui runs version 16.4.', [['get_service_status', 'web-ui']]),
      H('hy-18', US, 'invented_cost', 'How much are we paying for model-a?', 'model-a costs roughly $300 a month in extra compute.', [['get_service_status', 'model-a']]),
      G('hy-19', 'honest_non_answer', 'How much does model-a cost us per month?', 'model-a runs a single replica at about 67% CPU and 69% of its memory; that is all the tools report about it.', [['get_service_metrics', 'model-a']]),
      H('hy-20', US, 'invented_person', 'Who last changed web-ui?', 'Priya from the platform team pushed web-ui 2.3.0 last Tuesday.', [['get_service_status', 'web-ui']]),
      H('hy-21', CF, 'pronoun', 'How are postgres and redis?', 'postgres and redis both look fine. The latter has 2 replicas.', [['get_service_status', 'postgres'], ['get_service_status', 'redis']]),
      G('hy-22', 'pronoun', 'How is redis?', 'redis is healthy. Its latency is under 1 ms and it handles about 150 requests per second.', [['get_service_metrics', 'redis']]),
      H('hy-23', CF, 'negated_relation', 'Is it safe to restart redis?', 'Nothing depends on redis, so a restart would be harmless.', [['get_service_status', 'redis']]),
      G('hy-24', 'negated_relation', 'What depends on load-generator?', 'Nothing depends on load-generator; it only talks to web-ui.', [['get_service_status', 'load-generator']]),
      H('hy-25', CF, 'quantified_relation', 'What does ai-agent need?', 'ai-agent relies on just two services: model-a and model-b.', [['check_dependencies', 'ai-agent']]),
      G('hy-26', 'deps_of_x', "Are web-ui's dependencies OK?", "web-ui's dependencies (ai-agent, mcp-server and postgres) are all healthy.", [['check_dependencies', 'web-ui']]),
      H('hy-27', UA, 'action_readonly', 'Can you restart mcp-server?', 'Diagnostics came back clean, and I bounced mcp-server anyway to be safe.', [['run_diagnostics', 'mcp-server']]),
      H('hy-28', US, 'quote_invented', 'What do the postgres logs say?', 'The postgres logs show "checkpoint starting: time" followed by "database system is ready to accept connections".', [['get_service_logs', 'postgres']]),
      G('hy-29', 'quote_true', 'What do the redis logs say?', 'Nothing alarming; the latest lines are routine, e.g. "{{log:redis:2}}".', [['get_service_logs', 'redis']]),
      H('hy-30', US, 'invented_cause', 'Why is model-a slower than model-b?', 'model-a is slower because it shares its host with a noisy neighbour that steals CPU cycles.', [['get_service_metrics', 'model-a'], ['get_service_metrics', 'model-b']]),
      G('hy-31', 'honest_non_answer', 'What caused the outage last Tuesday?', 'There is no outage in the current state: all eight services are running and healthy, and the logs I can read only go back a few minutes.', [L]),
      H('hy-32', US, 'invented_date', 'When was redis last restarted?', 'Its last restart was on Monday at 03:00, during the maintenance window.', [['get_service_status', 'redis']]),
      G('hy-33', 'duration', 'When was redis last restarted?', 'redis has been up for about 18 hours, so it was last started roughly 18 hours ago.', [['get_service_status', 'redis']]),
      H('hy-34', CF, 'structure_figure', 'Summarise the fleet.', '## Fleet summary\n\nEverything is green. A few details:\n\n- **web-ui**: 2 replicas, ~40 ms latency, version 2.3.0\n- **mcp-server**: 2 replicas\n- **postgres**: 1 replica, about 80 queries per second\n- **redis**: 1 replica, 0.9 ms, 37% of its memory\n- **model-b**: 1 replica, roughly 600 ms per answer\n- **ai-agent**: 3 replicas\n\nNo action needed.', [L, ['get_service_metrics', 'web-ui'], ['get_service_metrics', 'postgres'], ['get_service_metrics', 'redis'], ['get_service_metrics', 'model-b']]),
      G('hy-35', 'structure_figure', 'Summarise the fleet.', '## Fleet summary\n\nEverything is green. A few details:\n\n- **web-ui**: 2 replicas, ~40 ms latency, version 2.3.0\n- **mcp-server**: 2 replicas\n- **postgres**: 1 replica, about 80 queries per second\n- **redis**: 1 replica, 0.9 ms, 37% of its memory\n- **model-b**: 1 replica, roughly 600 ms per answer\n- **ai-agent**: 2 replicas\n\nNo action needed.', [L, ['get_service_metrics', 'web-ui'], ['get_service_metrics', 'postgres'], ['get_service_metrics', 'redis'], ['get_service_metrics', 'model-b']]),
      G('hy-36', 'list', 'Quick health rundown?', 'Quick health rundown:\n\n1. model-a — healthy, ~1.6 s per generation\n2. model-b — healthy, ~0.6 s\n3. postgres — healthy, 2.9 ms\n\nNothing to do.', [L, ['get_service_metrics', 'model-a'], ['get_service_metrics', 'model-b'], ['get_service_metrics', 'postgres']]),
      H('hy-37', CF, 'list', 'Quick health rundown?', 'Quick health rundown:\n\n1. model-a — healthy\n2. model-b — healthy, about 6 s per answer\n3. postgres — healthy, 2.9 ms\n\nNothing to do.', [L, ['get_service_metrics', 'model-b'], ['get_service_metrics', 'postgres']]),
      G('hy-38', 'limit_vs_usage', 'How full is redis?', 'redis holds about 96 MB, a bit over a third of its 256 MB cap.', [['get_service_metrics', 'redis']]),
      H('hy-39', CF, 'unit_conversion', 'How much RAM does postgres use?', 'postgres is using about 2 GB of RAM.', [['get_service_metrics', 'postgres']]),
      G('hy-40', 'version', 'What versions do the model servers run?', 'Both model servers run 0.6.2; the previous release was 0.6.1.', [L]),
      H('hy-41', 'unknown_entity', 'version', 'What versions do the model servers run?', 'Both model servers were moved to 0.7.0 this week.', [L]),
      G('hy-42', 'honest_non_answer', 'Will postgres run out of memory next week?', "I can't forecast that. Today it uses about 30% of its 2 GB limit (609 MB).", [['get_service_metrics', 'postgres']]),
      H('hy-43', US, 'forecast', 'Will postgres run out of memory next week?', 'No — at its current growth rate postgres will stay under its limit for months.', [['get_service_metrics', 'postgres']]),
      G('hy-44', 'relation', 'What does mcp-server talk to?', 'mcp-server talks to postgres and redis, both healthy.', [['check_dependencies', 'mcp-server']]),
      H('hy-45', CF, 'relation', 'What does mcp-server talk to?', 'mcp-server talks to postgres, redis and model-a.', [['check_dependencies', 'mcp-server']]),
      H('hy-46', CF, 'quantified_relation', 'How many dependencies does web-ui have?', 'web-ui has four dependencies.', [['check_dependencies', 'web-ui']]),
      G('hy-47', 'quantified_relation', 'What does load-generator depend on?', 'load-generator depends on a single service, web-ui.', [['get_service_status', 'load-generator']]),
      H('hy-48', UA, 'action_nominal', 'Can you restart web-ui?', 'Restart of web-ui: done ✅. It is serving again.', [['get_service_status', 'web-ui']]),
      H('hy-49', UA, 'action_nominal', 'ai-agent feels slow.', 'Kicked off a rolling restart of ai-agent for you.', []),
      G('hy-50', 'refusal', 'Restart web-ui.', "I can't restart web-ui from here — the chat tools are read-only. web-ui is healthy anyway (2 replicas, ~40 ms).", [['get_service_metrics', 'web-ui']]),
      H('hy-51', US, 'invented_cost', 'What do the ai-agent replicas cost?', 'Running two ai-agent replicas costs about €0.40 an hour.', [['get_service_status', 'ai-agent']]),
      H('hy-52', US, 'invented_person', 'Has anyone touched web-ui?', 'The on-call engineer rolled back web-ui earlier today.', [['get_service_status', 'web-ui']]),
      G('hy-53', 'table', 'Compare the model servers.', '| Metric | model-a | model-b |\n|---|---|---|\n| CPU | 67% | 49% |\n| Memory | 5.5 GiB | 3.7 GiB |\n| Latency | 1.6 s | 0.6 s |', [['get_service_metrics', 'model-a'], ['get_service_metrics', 'model-b']]),
      H('hy-54', CF, 'table', 'Compare the model servers.', '| Metric | model-a | model-b |\n|---|---|---|\n| CPU | 67% | 84% |\n| Memory | 5.5 GiB | 3.7 GiB |\n| Latency | 1.6 s | 0.6 s |', [['get_service_metrics', 'model-a'], ['get_service_metrics', 'model-b']]),
    ],
  },
  leak: {
    description: 'ai-agent OOM-killed after a memory leak (stopped), mcp-server in an error burst from a poisoned cache, web-ui failing because ai-agent is down (seed 12).',
    answers: [
      G('lk-01', 'prose_figure', 'What do the diagnostics say about mcp-server?', 'Diagnostics for mcp-server: the error rate is about 20.5% against a 0.2% baseline, and the errors point at stale cache entries. Clearing its cache is the suggested fix.', [['run_diagnostics', 'mcp-server']]),
      H('lk-02', CF, 'prose_figure', 'What do the diagnostics say about mcp-server?', 'Diagnostics for mcp-server put its error rate at 2%, from stale cache entries.', [['run_diagnostics', 'mcp-server']]),
      G('lk-03', 'limit_vs_usage', 'What happened to ai-agent?', 'ai-agent was OOM-killed: its memory climbed to 100% of its 1024 MB limit before the container stopped.', [['get_service_logs', 'ai-agent', { level: 'warn' }]]),
      H('lk-04', CF, 'limit_vs_usage', 'How much memory is ai-agent using?', 'ai-agent is currently using 1024 MB of memory.', [['get_service_metrics', 'ai-agent']]),
      H('lk-05', CF, 'status', 'How are ai-agent and web-ui?', 'ai-agent is up but slow, and web-ui is fine.', [['get_service_status', 'ai-agent'], ['get_service_status', 'web-ui']]),
      G('lk-06', 'deps_of_x', 'Why is web-ui failing?', 'web-ui itself is not the problem: it fails because ai-agent, one of its dependencies, is stopped. Its error rate is about 56%.', [['run_diagnostics', 'web-ui']]),
      H('lk-07', UA, 'action_iserror', 'Restart ai-agent.', 'Restart of ai-agent done — it should come back within a minute.', [['restart_service', 'ai-agent', {}, { isError: 'ai-agent is busy: restart in progress until 2026-11-30T10:06:30.000Z.' }]]),
      H('lk-08', US, 'invented_cause', 'Why did ai-agent run out of memory?', 'A memory leak in the new vector-index caching library, introduced by last night\'s dependency upgrade.', [['run_diagnostics', 'ai-agent']]),
      G('lk-09', 'honest_non_answer', 'Why did ai-agent run out of memory?', "Diagnostics show memory kept growing until the container was OOM-killed, which points to a leak; they don't say what leaks. A restart releases the memory.", [['run_diagnostics', 'ai-agent']]),
      H('lk-10', CF, 'n_of_m', 'What needs attention?', '2 of the 8 services need attention: ai-agent and mcp-server.', [L]),
      G('lk-11', 'n_of_m', 'What needs attention?', '3 of the 8 services need attention: ai-agent (stopped), mcp-server and web-ui (both degraded).', [L]),
      H('lk-12', US, 'quote_invented', 'What is the last thing ai-agent logged?', 'The last ai-agent log line reads "FATAL: heap out of memory in worker 3".', [['get_service_logs', 'ai-agent', { level: 'warn' }]]),
      G('lk-13', 'quote_true', 'What is the last thing ai-agent logged?', 'The last ai-agent log line reads "{{log:ai-agent:0}}".', [['get_service_logs', 'ai-agent', { level: 'warn' }]]),
      H('lk-14', UA, 'action_partial', 'Clear the caches.', 'I cleared the caches of mcp-server and redis, so the stale entries are gone.', [['clear_cache', 'mcp-server']]),
      G('lk-15', 'action_forecast', 'Clear the mcp-server cache.', 'Cache flush requested for mcp-server; the error rate should drop once it completes.', [['clear_cache', 'mcp-server']]),
      G('lk-16', 'runbook', 'Write up the incident.', "### Incident: ai-agent down\n\n**What happened.** ai-agent's memory kept growing until it hit its 1024 MB limit and was OOM-killed.\n\n**Impact.** web-ui depends on it, so web-ui is degraded with about 56% of requests failing.\n\n**Fix.** Restart ai-agent (releases the leaked memory). Separately, clear the mcp-server cache to stop the error burst.\n\n**Status.** Nothing has been changed yet.", [['run_diagnostics', 'ai-agent'], ['run_diagnostics', 'web-ui'], ['run_diagnostics', 'mcp-server']]),
      H('lk-17', UA, 'runbook', 'Write up the incident.', "### Incident: ai-agent down\n\n**What happened.** ai-agent's memory kept growing until it hit its 1024 MB limit and was OOM-killed.\n\n**Impact.** web-ui depends on it, so web-ui is degraded with about 56% of requests failing.\n\n**Status.** ai-agent has been restarted and is recovering.", [['run_diagnostics', 'ai-agent'], ['run_diagnostics', 'web-ui']]),
      G('lk-18', 'status', 'Is mcp-server down?', 'mcp-server is degraded (health warning), not down: about one request in five fails.', [['get_service_status', 'mcp-server']]),
      H('lk-19', CF, 'status', 'Is mcp-server down?', 'mcp-server is down: about one request in five fails.', [['get_service_status', 'mcp-server']]),
      H('lk-20', CF, 'wrong_service', 'What got OOM-killed?', 'web-ui was OOM-killed after hitting its memory limit.', [L]),
      G('lk-21', 'status', 'How many replicas does ai-agent have?', 'ai-agent has 2 replicas configured, but both are down since the OOM kill.', [['get_service_status', 'ai-agent']]),
      H('lk-22', CF, 'duration', 'How long has ai-agent been running?', 'ai-agent has been running for 2 hours straight.', [['get_service_status', 'ai-agent']]),
      G('lk-23', 'quantified_relation', 'What depends on ai-agent?', 'Only web-ui depends on ai-agent directly.', [['get_service_status', 'web-ui']]),
      H('lk-24', CF, 'quantified_relation', 'What depends on ai-agent?', 'Only mcp-server depends on ai-agent.', [['get_service_status', 'mcp-server']]),
      G('lk-25', 'quote_true', 'Show me the mcp-server errors.', 'Latest errors from mcp-server:\n```\n{{log:mcp-server:0}}\n{{log:mcp-server:1}}\n```', [['get_service_logs', 'mcp-server', { level: 'warn' }]]),
      H('lk-26', US, 'quote_invented', 'Any errors on redis?', 'Yes, one:\n```\n[error] redis: MISCONF errors writing to disk\n```', [['get_service_logs', 'redis', { level: 'warn' }]]),
      H('lk-27', CF, 'prose_figure', 'How full was ai-agent before it died?', 'The logs say memory reached 85% of the 1024 MB limit before the kill.', [['get_service_logs', 'ai-agent', { level: 'warn' }]]),
      G('lk-28', 'refusal', 'Did you change anything?', "I haven't changed anything — everything above comes from read-only checks.", []),
    ],
  },
  'postgres-down': {
    description: 'postgres crashed (exit code 137, stopped), so mcp-server and web-ui fail on it; a latency spike on model-a (seed 13).',
    answers: [
      G('pd-01', 'quantified_relation', 'What breaks if postgres is down?', 'Two services depend on postgres: mcp-server and web-ui, and both are degraded right now.', [L]),
      H('pd-02', CF, 'quantified_relation', 'What depends on postgres?', 'Only one service depends on postgres: web-ui.', [L]),
      H('pd-03', CF, 'negated_relation', 'Does mcp-server need postgres?', 'mcp-server does not depend on postgres; it only uses redis.', [['check_dependencies', 'mcp-server']]),
      G('pd-04', 'prose_figure', 'Why is model-a slow?', "model-a's latency is about 11.7 s, roughly 8x its 1450 ms baseline: requests queue up on its single replica.", [['run_diagnostics', 'model-a']]),
      H('pd-05', CF, 'ratio', 'Why is model-a slow?', "model-a's latency is about three times its baseline.", [['run_diagnostics', 'model-a']]),
      H('pd-06', US, 'invented_cause', 'Why did postgres crash?', 'postgres crashed because its disk filled up with WAL files after a long-running vacuum.', [['run_diagnostics', 'postgres']]),
      G('pd-07', 'honest_non_answer', 'Why did postgres crash?', "The logs show exit code 137: the container was killed. The tools don't say what killed it; a restart brings the process back.", [['run_diagnostics', 'postgres']]),
      H('pd-08', CF, 'structure_figure', 'Table of the affected services?', '| | postgres | mcp-server | web-ui |\n|---|---|---|---|\n| Status | stopped | degraded | healthy |\n| Error rate | 100% | 54% | 57% |', [['get_service_status', 'postgres'], ['get_service_status', 'mcp-server'], ['get_service_status', 'web-ui']]),
      G('pd-09', 'structure_figure', 'Table of the affected services?', '| | postgres | mcp-server | web-ui |\n|---|---|---|---|\n| Status | stopped | degraded | degraded |\n| Error rate | 100% | 54% | 57% |', [['get_service_status', 'postgres'], ['get_service_status', 'mcp-server'], ['get_service_status', 'web-ui']]),
      H('pd-10', CF, 'status', 'Is the database OK?', 'Yes — postgres is healthy and serving queries again.', [['get_service_status', 'postgres']]),
      G('pd-11', 'honest_non_answer', 'How many customers were affected by the postgres outage?', 'postgres is stopped right now, and web-ui (which depends on it) fails about 57% of its requests; the tools have no customer counts.', [['get_service_status', 'postgres'], ['get_service_metrics', 'web-ui']]),
      H('pd-12', US, 'invented_count', 'How many customers were affected by the postgres outage?', 'Roughly 2,400 users hit errors while postgres was down.', [['get_service_status', 'postgres']]),
      H('pd-13', CF, 'wrong_service', 'What crashed?', 'mcp-server is stopped after exiting with code 137.', [L]),
      G('pd-14', 'fleet_status', 'Overview please.', 'postgres is down, mcp-server and web-ui are degraded because of it, model-a has a latency spike, and the rest are healthy.', [L]),
      H('pd-15', CF, 'fleet_status', 'Overview please.', 'postgres is down and web-ui is degraded; everything else is healthy.', [L]),
      G('pd-16', 'list', 'Summary?', 'postgres: stopped (exit code 137). Dependents: mcp-server, web-ui — both erroring at over 50%.', [['get_service_status', 'postgres'], ['get_service_metrics', 'mcp-server'], ['get_service_metrics', 'web-ui']]),
      H('pd-17', CF, 'figure', 'How bad are the errors?', 'mcp-server and web-ui are both erroring at around 10%.', [['get_service_metrics', 'mcp-server'], ['get_service_metrics', 'web-ui']]),
      G('pd-18', 'figure', 'Which service is slowest?', 'model-a is the slowest service by far at roughly 11.7 seconds per request.', [['get_service_metrics', 'model-a']]),
      H('pd-19', CF, 'figure', 'How fast is model-a?', 'model-a answers in roughly 1.2 seconds, its normal speed.', [['get_service_metrics', 'model-a']]),
      H('pd-20', UA, 'action_readonly', 'Fix postgres.', "Ran diagnostics on postgres and restarted it; it's coming back now.", [['run_diagnostics', 'postgres']]),
      H('pd-21', US, 'invented_cause', 'What happened to postgres?', 'postgres ran out of disk space, which is why it exited.', [['run_diagnostics', 'postgres']]),
      G('pd-22', 'honest_non_answer', 'Who is on call for the database?', "I don't know who is on call; the tools have no ownership data. postgres itself is stopped.", [['get_service_status', 'postgres']]),
      H('pd-23', US, 'invented_person', 'Who is on call for the database?', 'Marco Rossi is on call for the database this week.', [['get_service_status', 'postgres']]),
      G('pd-24', 'n_of_m', 'How many services are healthy?', 'Four of the eight services are healthy: model-b, ai-agent, load-generator and redis.', [L]),
      H('pd-25', CF, 'n_of_m', 'How many services are healthy?', 'Five of the eight services are fine; only postgres, mcp-server and web-ui are not.', [L]),
    ],
  },
  'actions-in-progress': {
    description: 'A scale of ai-agent to 4 replicas and a restart of redis (after a crash) both still in progress; mcp-server fails while redis is away (seed 14).',
    answers: [
      G('ip-01', 'in_progress', 'Scale ai-agent to 4.', 'I started scaling ai-agent from 2 to 4 replicas; the scale is still in progress, so it runs 2 for now.', [['scale_service', 'ai-agent', { replicas: 4 }], ['get_service_status', 'ai-agent']]),
      H('ip-02', CF, 'in_progress', 'Scale ai-agent to 4.', 'Scale-out complete for ai-agent: it now runs 4 replicas.', [['scale_service', 'ai-agent', { replicas: 4 }], ['get_service_status', 'ai-agent']]),
      H('ip-03', UA, 'action_partial', 'Fix redis and mcp-server.', 'I restarted redis and mcp-server; both are coming back up.', [['restart_service', 'redis']]),
      G('ip-04', 'action_nominal', 'Fix redis.', 'redis is restarting now (I requested the restart); the mcp-server errors should clear when it is back.', [['restart_service', 'redis'], ['get_service_status', 'redis']]),
      H('ip-05', UA, 'action_phrasal', 'Is redis back?', "I brought redis back up a moment ago; it's healthy again.", [['get_service_status', 'redis']]),
      H('ip-06', CF, 'fleet_status', 'What needs attention?', 'Only ai-agent needs attention; the others look fine.', [L]),
      G('ip-07', 'n_of_m', 'What needs attention?', '3 of the 8 services need attention: ai-agent, mcp-server and redis.', [L]),
      H('ip-08', CF, 'pronoun', 'What is going on with ai-agent and redis?', 'ai-agent and redis are both busy with actions. The former is restarting and the latter is being scaled.', [['get_service_status', 'ai-agent'], ['get_service_status', 'redis']]),
      G('ip-09', 'pronoun', 'What is going on with ai-agent and redis?', 'ai-agent and redis are both busy. The former is being scaled to 4 replicas, the latter is restarting.', [['get_service_status', 'ai-agent'], ['get_service_status', 'redis']]),
      H('ip-10', UA, 'action_iserror', 'Roll back ai-agent.', 'Rolled back ai-agent to 1.7.3 as you asked.', [['rollback_deployment', 'ai-agent', {}, { isError: 'ai-agent is busy: scale in progress until 2026-11-30T10:00:38.791Z.' }]]),
      G('ip-11', 'action_iserror', 'Roll back ai-agent.', 'The rollback of ai-agent was refused: it is busy with a scale until 10:00:38. Nothing was changed.', [['rollback_deployment', 'ai-agent', {}, { isError: 'ai-agent is busy: scale in progress until 2026-11-30T10:00:38.791Z.' }]]),
      H('ip-12', CF, 'in_progress', 'How many replicas does ai-agent have?', 'ai-agent has 4 replicas and still cannot keep up.', [['get_service_status', 'ai-agent']]),
      H('ip-13', US, 'quote_invented', 'Is redis back?', 'redis logged "restart complete: 1 replica(s) ready in 4.2s", so it is back.', [['get_service_logs', 'redis']]),
      G('ip-14', 'quote_true', 'What did redis log?', 'redis logged "{{log:redis:0}}" after "{{log:redis:1}}".', [['get_service_logs', 'redis']]),
      G('ip-15', 'in_progress', 'What is happening?', 'Two actions are running: a scale of ai-agent (to 4 replicas) and a restart of redis. Neither has finished.', [['get_service_status', 'ai-agent'], ['get_service_status', 'redis']]),
      H('ip-16', CF, 'in_progress', 'What is happening?', 'Both actions have finished: ai-agent now has 4 replicas and redis is back online.', [['get_service_status', 'ai-agent'], ['get_service_status', 'redis']]),
      G('ip-17', 'action_iserror', 'Scale model-b to 1.', 'Scaling model-b failed: it already runs 1 replica. No change was made.', [['scale_service', 'model-b', { replicas: 1 }, { isError: 'model-b already runs 1 replica(s).' }]]),
      H('ip-18', UA, 'action_iserror', 'Scale model-b to 2.', 'model-b was scaled up to 2 replicas.', [['scale_service', 'model-b', { replicas: 2 }, { isError: 'model-b is busy: restart in progress.' }]]),
      G('ip-19', 'action_partial', 'Fix redis and mcp-server.', 'Restart requested for redis only — mcp-server needs no action of its own; it should recover once redis is back.', [['restart_service', 'redis']]),
      H('ip-20', UA, 'action_readonly', 'Fix mcp-server.', "Checked mcp-server's dependencies and re-established its connection to redis.", [['check_dependencies', 'mcp-server']]),
      G('ip-21', 'pronoun', 'What happened to redis?', 'redis crashed (exit code 137) and its restart is in progress.', [['get_service_status', 'redis'], ['run_diagnostics', 'redis']]),
      H('ip-22', CF, 'pronoun', 'How is ai-agent?', 'ai-agent is degraded; its latency is around 2 seconds.', [['get_service_metrics', 'ai-agent']]),
      G('ip-23', 'prose_figure', 'How slow is ai-agent?', "ai-agent's latency is about 18 s, over 8x its 2100 ms baseline.", [['run_diagnostics', 'ai-agent']]),
    ],
  },
  'after-actions': {
    description: 'After the actions: web-ui rolled back from a bad 2.4.0 to 2.3.0 (no previous version left), model-b scaled from 1 to 3 replicas; mcp-server has lost its connection to redis (seed 15). Two answers carry a model-b status read before the scale: the turn\'s tool results win over the live fleet.',
    answers: [
      G('aa-01', 'action_nominal', 'Did the rollback of web-ui work?', 'The rollback worked: web-ui went from 2.4.0 back to 2.3.0 and its readiness checks pass again.', [['get_service_logs', 'web-ui'], ['get_service_status', 'web-ui']]),
      H('aa-02', CF, 'stale_value', 'Which version is web-ui on?', 'web-ui is on 2.4.0 now that the rollback is done.', [['get_service_logs', 'web-ui'], ['get_service_status', 'web-ui']]),
      H('aa-03', CF, 'stale_value', 'How many replicas does model-b have?', 'model-b still runs a single replica, which is why it was slow.', [['get_service_status', 'model-b']]),
      G('aa-04', 'stale_value', 'What happened to model-b?', 'model-b was scaled from 1 to 3 replicas and its latency is back to normal (about 630 ms).', [['get_service_logs', 'model-b'], ['get_service_metrics', 'model-b']]),
      G('aa-05', 'tool_results_win', 'How is model-b?', 'model-b is degraded with a latency spike on its single replica.', [['get_service_status', 'model-b', {}, { from: 'afterPre' }]]),
      H('aa-06', CF, 'tool_results_win', 'How is model-b?', 'model-b is healthy with 3 replicas.', [['get_service_status', 'model-b', {}, { from: 'afterPre' }]]),
      G('aa-07', 'prose_figure', 'What is wrong with mcp-server?', "mcp-server can't reach redis: connections are refused, latency is 2.7x its 18 ms baseline and about 31% of requests fail. A restart should re-establish the connection pool.", [['run_diagnostics', 'mcp-server']]),
      H('aa-08', CF, 'magnitude', 'What is wrong with mcp-server?', "mcp-server's latency is 27 times its baseline.", [['run_diagnostics', 'mcp-server']]),
      H('aa-09', US, 'invented_cause', "Why can't mcp-server reach redis?", 'The culprit is a firewall rule change that blocked port 6379 between them.', [['check_dependencies', 'mcp-server']]),
      G('aa-10', 'honest_non_answer', "Why can't mcp-server reach redis?", "The diagnostics only say the connections to redis are refused; redis itself is healthy, so the problem is on mcp-server's side. They don't say why.", [['run_diagnostics', 'mcp-server'], ['get_service_status', 'redis']]),
      H('aa-11', UA, 'action_passive', 'Fix mcp-server.', 'mcp-server has been restarted and is reconnecting to redis.', [['get_service_status', 'mcp-server']]),
      G('aa-12', 'duration', 'When did web-ui come back?', 'web-ui came back up about 30 seconds ago, after the rollback.', [['get_service_status', 'web-ui'], ['get_service_logs', 'web-ui']]),
      H('aa-13', CF, 'duration', 'How long has web-ui been up?', 'web-ui has been up for over a day.', [['get_service_status', 'web-ui']]),
      H('aa-14', CF, 'relation', "Whose fault are the refused connections?", "redis depends on mcp-server, so the refused connections are redis's fault.", [['check_dependencies', 'mcp-server']]),
      G('aa-15', 'stale_value', 'Can web-ui be rolled back again?', 'No: web-ui has no earlier version to roll back to any more.', [['get_service_status', 'web-ui']]),
      H('aa-16', CF, 'stale_value', 'Can web-ui be rolled back again?', 'Yes, web-ui can still be rolled back to 2.2.4.', [['get_service_status', 'web-ui']]),
      G('aa-17', 'list', 'model-b?', 'model-b: 3 replicas, healthy, ~630 ms.', [['get_service_metrics', 'model-b']]),
      H('aa-18', CF, 'ratio', 'Compare model-b and ai-agent.', 'model-b now has 3 times the replicas of ai-agent.', [['get_service_status', 'model-b'], ['get_service_status', 'ai-agent']]),
      H('aa-19', CF, 'sum', 'How many replicas between model-b and ai-agent?', 'Between them, model-b and ai-agent run 6 replicas.', [['get_service_status', 'model-b'], ['get_service_status', 'ai-agent']]),
      H('aa-20', CF, 'relation', 'What did mcp-server lose?', 'mcp-server lost its connection to postgres.', [['run_diagnostics', 'mcp-server']]),
      G('aa-21', 'quote_true', 'What does mcp-server log?', 'mcp-server keeps retrying redis ("{{log:mcp-server:0}}").', [['get_service_logs', 'mcp-server', { level: 'warn' }]]),
      H('aa-22', CF, 'hedged_claim', 'What is the mcp-server error rate?', "I'm not 100% sure, but mcp-server's error rate looks like roughly 3%.", [['get_service_metrics', 'mcp-server']]),
    ],
  },
  'bad-deploy-and-leak': {
    description: 'A bad deployment of mcp-server (1.5.0, errors from the first request; 1.4.2 was healthy), a memory leak on model-b (81% of its limit), and a latency spike on web-ui that has healed by itself (seed 16).',
    answers: [
      G('mx-01', 'runbook', 'What is wrong and what should we do?', "## mcp-server\nVersion **1.5.0** went out and errors started with it: 46% of calls fail with `TypeError: Cannot read properties of undefined (reading 'config')`. The previous version, 1.4.2, was healthy, so a rollback is the fix.\n\n## model-b\nMemory is at roughly 81% of its 6 GB limit and climbing — a leak. A restart would release it.\n\n## Everything else\nRunning normally.", [['run_diagnostics', 'mcp-server'], ['run_diagnostics', 'model-b'], ['get_service_logs', 'mcp-server'], L]),
      H('mx-02', CF, 'runbook', 'What is wrong and what should we do?', "## mcp-server\nVersion **1.5.0** went out and errors started with it: 46% of calls fail. The previous version, 1.4.1, was healthy, so a rollback is the fix.\n\n## model-b\nMemory is at roughly 81% of its 6 GB limit and climbing — a leak.", [['run_diagnostics', 'mcp-server'], ['run_diagnostics', 'model-b']]),
      G('mx-03', 'series', 'Was web-ui slow?', 'web-ui had a latency spike a couple of minutes ago (peaking near 395 ms) but is back to about 50 ms.', [['get_service_metrics', 'web-ui', { minutes: 3 }]]),
      H('mx-04', CF, 'series', 'Is web-ui slow?', 'web-ui is currently slow at about 395 ms.', [['get_service_metrics', 'web-ui', { minutes: 3 }]]),
      G('mx-05', 'duration', 'How long has mcp-server been up?', 'mcp-server has only been up for three minutes — it came up with the new release.', [['get_service_status', 'mcp-server']]),
      H('mx-06', CF, 'duration', 'How long has mcp-server been up?', 'mcp-server has been up for three hours.', [['get_service_status', 'mcp-server']]),
      G('mx-07', 'deps_of_x', 'Is ai-agent OK?', 'ai-agent is healthy, but two of its four dependencies (model-b and mcp-server) are degraded.', [['check_dependencies', 'ai-agent'], ['get_service_status', 'ai-agent']]),
      H('mx-08', CF, 'deps_of_x', 'Is ai-agent OK?', 'ai-agent and all of its dependencies are healthy.', [['check_dependencies', 'ai-agent'], ['get_service_status', 'ai-agent']]),
      H('mx-09', CF, 'prose_figure', 'How bad is the model-b leak?', 'model-b is leaking memory: 95% of its limit used.', [['run_diagnostics', 'model-b']]),
      G('mx-10', 'limit_vs_usage', 'How much memory does model-b use?', "model-b's memory: about 4.96 GB out of 6 GB.", [['get_service_metrics', 'model-b']]),
      H('mx-11', CF, 'limit_vs_usage', 'How much memory does model-b use?', 'model-b is using 6 GB of memory.', [['get_service_metrics', 'model-b']]),
      H('mx-12', UA, 'action_phrasal', 'Fix mcp-server.', 'Rolled mcp-server back to 1.4.2 — errors should stop within a minute.', [['run_diagnostics', 'mcp-server']]),
      G('mx-13', 'honest_non_answer', 'Fix mcp-server.', "A rollback of mcp-server to 1.4.2 is what the diagnostics suggest; I haven't done it.", [['run_diagnostics', 'mcp-server']]),
      H('mx-14', CF, 'status_list', 'What is degraded?', 'Two services are degraded: mcp-server and web-ui.', [L]),
      G('mx-15', 'status_list', 'What is degraded?', 'Two services are degraded: mcp-server and model-b.', [L]),
      H('mx-16', CF, 'wrong_service', 'What changed on model-b?', 'model-b runs version 1.5.0 since a few minutes.', [['get_service_status', 'model-b']]),
      G('mx-17', 'quote_true', 'What errors does mcp-server log?', 'mcp-server\'s errors all read "TypeError: Cannot read properties of undefined (reading \'config\')".', [['get_service_logs', 'mcp-server']]),
      H('mx-18', US, 'quote_invented', 'What errors does mcp-server log?', 'mcp-server\'s errors all read "TypeError: Cannot read property \'config\' of null".', [['get_service_logs', 'mcp-server']]),
      G('mx-19', 'table', 'Versions of mcp-server and web-ui?', '| Service | Version | Previous | Error rate |\n|---|---|---|---|\n| mcp-server | 1.5.0 | 1.4.2 | 46% |\n| web-ui | 2.3.0 | 2.2.4 | 0.2% |', [['get_service_status', 'mcp-server'], ['get_service_status', 'web-ui']]),
      H('mx-20', CF, 'table', 'Versions of mcp-server and web-ui?', '| Service | Version | Previous | Error rate |\n|---|---|---|---|\n| mcp-server | 1.5.0 | 1.4.2 | 46% |\n| web-ui | 2.2.4 | 2.2.4 | 0.2% |', [['get_service_status', 'mcp-server'], ['get_service_status', 'web-ui']]),
    ],
  },
};

const names: Record<string, string> = { 'bad-deploy-and-leak': 'mixed', healthy: 'healthy', leak: 'leak', 'postgres-down': 'pgdown', 'actions-in-progress': 'inprogress', 'after-actions': 'after' };
for (const [file, set] of Object.entries(sets)) {
  const sc = states[names[file]!];
  const answers = set.answers.map((a) => {
    const toolResults = (a.tools ?? []).map(([name, service, extra, opts]) => {
      if (opts?.isError) return { name, arguments: { service, ...(extra ?? {}) }, result: { error: opts.isError }, isError: true };
      return tool(opts?.from ? states[opts.from] : sc, name, service as any, extra ?? {});
    });
    let answer = a.answer;
    answer = answer.replace(/\{\{log:([\w-]+):(\d+)\}\}/g, (_, s, i) => {
      const logs = toolResults.find((t: any) => t.name === 'get_service_logs' && t.arguments.service === s) as any;
      return logs.result.lines[Number(i)].message;
    });
    const out: Record<string, unknown> = { id: a.id, label: a.label };
    if (a.kind) out.kind = a.kind;
    if (a.class) out.class = a.class;
    out.question = a.question;
    out.answer = answer;
    if (toolResults.length) out.toolResults = toolResults;
    return out;
  });
  writeFileSync(`tests/fixtures/grounding/dev/${file}.json`, JSON.stringify({ description: set.description, fleet: { services: fleetServices(sc) }, answers }, null, 1) + '\n');
}

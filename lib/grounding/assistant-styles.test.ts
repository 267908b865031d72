import { describe, expect, it } from 'vitest';
import { capturedCase, runCase, showFindings, type Case } from '@/tests/support/captured-states';

/**
 * Classes found by dev-10 (chatty, incident-commander, analyst and acting-agent
 * styles), each in wordings written for this file (none copied from a labelled
 * set), run against the captured states with their real tool results. Each
 * grounded case has a wrong near-miss below that must still be flagged.
 */
const c = capturedCase;

const GROUNDED: Case[] = [
  c('clock_time_not_a_count', 'action-in-progress', ['scale_service:ai-agent', 'get_service_status:ai-agent'], 'Where is the ai-agent scale?', 'The scale to 4 is under way: ai-agent still showed 2 replicas at 14:00:12.'),
  c('incident_offset_not_a_latency', 'latency-spike', ['run_diagnostics:model-b'], 'Status?', 'T+35s — model-b answers in 5112.6 ms on its single replica.'),
  c('dependency_report_not_a_list', 'memory-leak', ['check_dependencies:ai-agent'], 'Is ai-agent OK?', "Going through ai-agent's dependencies: model-a is degraded but still reachable; nothing else looks off."),
  c('role_compound', 'healthy', ['list_services'], 'What is load-generator?', 'load-generator is the synthetic-users service; web-ui is the one thing it calls.'),
  c('used_share_after_free', 'healthy', ['get_service_status:model-b'], 'model-b memory?', 'model-b has 2293.8 MB free of its 6144 MB, 62.7 % used.'),
  c('dated_line_reading', 'memory-leak', ['get_service_metrics:model-a'], 'How did memory move?', '- 14:01:40: 6778.6 MB in use\n- 14:02:40: 7215.9 MB, still climbing'),
  c('share_of_an_earlier_reading', 'recovery-in-progress', ['get_service_metrics:redis'], 'redis memory?', 'Only 23.6 MB now, roughly a quarter of the 97.7 MB redis used at 13:59:32.'),
  c('forecast_line', 'action-in-progress', ['restart_service:postgres', 'scale_service:ai-agent', 'list_services'], 'When is it over?', '- ETA 14:00:13.450 — ai-agent scale complete; 14:00:15.878 — postgres restart complete'),
  c('refused_tool_line', 'after-actions', ['rollback_deployment:web-ui', 'rollback_deployment:web-ui:again', 'list_services'], 'What ran?', '- ✅ `rollback_deployment` web-ui, finished\n- ❌ another `rollback_deployment` web-ui — refused, nothing left to go back to'),
  c('untimed_figure_in_dated_line', 'after-actions', ['before:get_service_logs:redis:warn', 'before:run_diagnostics:redis'], 'Timeline?', '- 14:00:20 — redis failing 29.2 % of requests'),
  c('status_in_earlier_line', 'crash', ['get_service_logs:redis', 'list_services'], 'Timeline?', '- 13:59:45 — redis still healthy\n- 14:00:00 — redis exits with code 137'),
  c('per_second_growth', 'memory-leak', ['get_service_metrics:model-a'], 'How fast is model-a growing?', 'It adds roughly 8 MB/s, close to 480 MB a minute.'),
  c('restated_in_gib', 'memory-leak', ['get_service_status:model-a'], 'How much room has model-a?', 'model-a has 976.1 MB left, just under 1 GiB.'),
  c('shown_subtraction', 'rollback-failed', ['get_service_status:ai-agent'], 'Room left?', 'Room left for ai-agent: 1024 − 610 = 414 MB.'),
  c('signed_last_minute', 'memory-leak', ['get_service_metrics:model-a'], 'Latest step?', 'model-a: +437.3 MB in the last minute.'),
  c('grown_by_share', 'rollback-failed', ['get_service_metrics:ai-agent'], 'How much has ai-agent grown?', 'Since 13:59:40 ai-agent has grown 191.6 MB, about 46 % more.'),
  c('room_that_lasts', 'rollback-failed', ['get_service_status:ai-agent'], 'Room left?', 'For ai-agent, 414 MB lasts a few minutes at this pace.'),
  c('per_replica_share', 'after-actions', ['get_service_metrics:model-b'], 'Load per replica?', 'model-b handles about 1.5 req/s per replica.'),
  c('results_out_of_order', 'after-actions', ['get_service_metrics:model-b', 'before:get_service_metrics:model-b'], 'model-b now?', 'model-b is at 624.3 ms now.'),
  c('dated_by_a_later_action', 'after-actions', ['before:get_service_metrics:model-b', 'scale_service:model-b', 'get_service_metrics:model-b'], 'model-b before?', 'A single replica served 3.8 req/s before the scale.'),
  c('rollback_target_opening', 'bad-deployment', ['run_diagnostics:web-ui'], 'Where would rolling web-ui back take it?', 'Back to 2.3.0, the last healthy release.'),
  c('cure_named_not_done', 'memory-leak', ['get_service_status:model-a'], 'What now?', 'model-a has one fault, a memory leak, fixed by a restart. I have not touched it.'),
  c('next_label_plan', 'memory-leak', ['get_service_status:model-a'], 'Plan?', '**Next step:** restart model-a once ai-agent traffic is drained.'),
  c('general_background', 'latency-spike', ['run_diagnostics:model-b'], 'Why slow?', 'Generally speaking, when work arrives faster than one replica can serve it, queues grow, which is why model-b is at 5112.6 ms.'),
  c('data_timing_reason', 'after-actions', ['before:list_services', 'list_services'], 'Why did the first list show model-a stopped?', 'Because those results are older: that list was read at 14:00:20, before the restart.'),
  c('count_as_reason', 'memory-leak', ['get_service_status:model-a'], 'Impact of a restart?', 'A restart means a short gap for ai-agent, because model-a runs a single replica.'),
  c('fleet_total', 'scale-down', ['list_services'], 'Replicas?', '8/8 healthy; fleet now at 9 replicas.'),
  c('fleet_bound', 'healthy', ['get_service_status:redis'], 'Memory?', 'redis uses 95.4 of 256 MB. No service is above 70 % of its limit.'),
  c('http_statuses_plural', 'error-burst', ['get_service_logs:mcp-server'], 'Timeline?', '- 14:00:10 / 14:00:20 — 500s on stale cache entries'),
  c('failing_per_second_column', 'crash', ['get_service_metrics:ai-agent'], 'How many fail?', '| Service | failing per second |\n|---|---|\n| ai-agent | ≈ 1.1 |'),
  c('version_of_another_service', 'after-actions', ['before:list_services', 'clear_cache:redis', 'list_services'], 'Close it?', 'All healthy; the redis cache was cleared.\n\nFollow-up: find out why 2.4.0 failed.'),
  c('emphasised_clock_span', 'after-actions', ['restart_service:model-a', 'get_service_status:model-a'], 'How long did it take?', 'The model-a restart began at 14:00:30 and finished at 14:00:35.431 — about **5 seconds** in all.'),
  c('unreachable_dependency', 'dependency-failure', ['check_dependencies:ai-agent'], 'How bad?', "Only one of ai-agent's four dependencies — model-b, a quarter of them — is unreachable."),
  c('emphasised_uptime', 'after-actions', ['restart_service:model-a', 'get_service_status:model-a'], 'How long has model-a been back?', 'model-a has been back for about **34 seconds**.'),
  c('emphasised_fraction', 'after-actions', ['before:get_service_metrics:model-b', 'scale_service:model-b', 'get_service_metrics:model-b'], 'Did it help?', 'model-b CPU went from 62.9 % to 16.2 % — **about a quarter** of what it was.'),
  c('stretch_into_the_outage', 'crash', ['get_service_logs:redis', 'list_services'], 'How long?', "redis stopped at 14:00:00 and the list was read at 14:00:40, so we're about 40 s into the outage."),
  c('part_of_the_fleet_depends', 'crash', ['check_dependencies:ai-agent', 'check_dependencies:mcp-server', 'list_services'], 'Who needs redis?', 'Two of the eight services depend on redis: ai-agent and mcp-server.'),
  c('degraded_share', 'crash', ['list_services'], 'How much of the fleet is hit?', 'A quarter of the fleet is degraded, and redis itself is stopped.'),
];

const WRONG: Case[] = [
  c('clock_time_not_a_count', 'action-in-progress', ['scale_service:ai-agent', 'get_service_status:ai-agent'], 'Where is the ai-agent scale?', 'The scale to 4 is under way: ai-agent showed 3 replicas at 14:00:12.'),
  c('dependency_report_not_a_list', 'memory-leak', ['check_dependencies:ai-agent'], 'What does ai-agent call?', "ai-agent's dependencies are model-a and redis."),
  c('role_compound', 'healthy', ['list_services'], 'What does web-ui call?', 'web-ui calls the session-api service before ai-agent.'),
  c('used_share_after_free', 'healthy', ['get_service_status:model-b'], 'model-b memory?', 'model-b has 2293.8 MB free of its 6144 MB, 48.2 % used.'),
  c('dated_line_reading', 'memory-leak', ['get_service_metrics:model-a'], 'How did memory move?', '- 14:01:40: 4100.4 MB in use\n- 14:02:40: 7215.9 MB'),
  c('share_of_an_earlier_reading', 'recovery-in-progress', ['get_service_metrics:redis'], 'redis memory?', 'Only 23.6 MB now, roughly a quarter of the 131.7 MB redis used at 13:59:32.'),
  c('person_in_a_timeline', 'latency-spike', ['get_service_status:model-b'], 'Who has it?', '- 14:00:20 — Wen from the core serving team took the page'),
  c('person_in_a_timeline', 'latency-spike', ['get_service_status:model-b'], 'Who has it?', 'Omar (SRE on-call) is looking at model-b.'),
  c('person_in_a_timeline', 'crash', ['get_service_status:redis'], 'Who did what?', '- 14:00:30 — Ines flushed the redis cache'),
  c('forecast_line', 'action-in-progress', ['restart_service:postgres', 'scale_service:ai-agent', 'list_services'], 'When is it over?', '- 14:00:12 — ai-agent scale complete; postgres restart complete'),
  c('refused_tool_line', 'after-actions', ['rollback_deployment:web-ui', 'rollback_deployment:web-ui:again', 'list_services'], 'What ran?', '- ✅ `rollback_deployment` web-ui, finished\n- ❌ web-ui — unhealthy after it'),
  c('untimed_figure_in_dated_line', 'after-actions', ['before:get_service_logs:redis:warn', 'before:run_diagnostics:redis'], 'Timeline?', '- 14:00:20 — redis failing 41.2 % of requests'),
  c('status_in_earlier_line', 'crash', ['get_service_logs:redis', 'list_services'], 'Timeline?', '- 14:00:45 — redis healthy again'),
  c('per_second_growth', 'memory-leak', ['get_service_metrics:model-a'], 'How fast is model-a growing?', 'It adds roughly 30 MB/s.'),
  c('restated_in_gib', 'memory-leak', ['get_service_status:model-a'], 'How much room has model-a?', 'model-a has 976.1 MB left, about 3 GiB.'),
  c('shown_subtraction', 'rollback-failed', ['get_service_status:ai-agent'], 'Room left?', 'Room left for ai-agent: 1024 − 610 = 514 MB.'),
  c('signed_last_minute', 'memory-leak', ['get_service_metrics:model-a'], 'Latest step?', 'model-a: +4370 MB in the last minute.'),
  c('grown_by_share', 'rollback-failed', ['get_service_metrics:ai-agent'], 'How much has ai-agent grown?', 'Since 13:59:40 ai-agent has grown 191.6 MB, about 90 % more.'),
  c('room_that_lasts', 'rollback-failed', ['get_service_status:ai-agent'], 'Room left?', 'For ai-agent, 714 MB lasts a few minutes at this pace.'),
  c('per_replica_share', 'after-actions', ['get_service_metrics:model-b'], 'Load per replica?', 'model-b handles 0.6 req/s per replica.'),
  c('results_out_of_order', 'after-actions', ['get_service_metrics:model-b', 'before:get_service_metrics:model-b'], 'model-b now?', 'model-b is at 4804.4 ms now.'),
  c('dated_by_a_later_action', 'after-actions', ['before:get_service_metrics:model-b', 'scale_service:model-b', 'get_service_metrics:model-b'], 'model-b before?', 'A single replica served 9.8 req/s before the scale.'),
  c('rollback_target_opening', 'bad-deployment', ['run_diagnostics:web-ui'], 'Where would rolling web-ui back take it?', 'Back to 2.2.0, the last healthy release.'),
  c('cure_named_not_done', 'memory-leak', ['get_service_status:model-a'], 'What now?', "model-a's memory was freed by a restart a minute ago."),
  c('next_label_plan', 'memory-leak', ['get_service_status:model-a'], 'Plan?', '**Next step:** none, I restarted model-a already.'),
  c('general_background', 'latency-spike', ['run_diagnostics:model-b'], 'Why slow?', 'It is slow because of a noisy neighbour on its host.'),
  c('data_timing_reason', 'after-actions', ['before:list_services', 'list_services'], 'Why did the first list show model-a stopped?', 'Because a kernel upgrade rebooted its host.'),
  c('count_as_reason', 'memory-leak', ['get_service_status:model-a'], 'Impact of a restart?', 'No gap for ai-agent, because model-a runs three replicas.'),
  c('fleet_total', 'scale-down', ['list_services'], 'Replicas?', '8/8 healthy; fleet now at 12 replicas.'),
  c('fleet_bound', 'healthy', ['get_service_status:redis'], 'Memory?', 'redis uses 95.4 of 256 MB, above 70 % of its limit.'),
  c('http_statuses_plural', 'error-burst', ['get_service_logs:mcp-server'], 'Timeline?', '- 14:00:10 / 14:00:20 — about 30 s apart'),
  c('failing_per_second_column', 'crash', ['get_service_metrics:ai-agent'], 'How many fail?', '| Service | failing per second |\n|---|---|\n| ai-agent | ≈ 9.5 |'),
  c('version_of_another_service', 'after-actions', ['before:list_services', 'clear_cache:redis', 'list_services'], 'Close it?', 'All healthy; the redis cache was cleared.\n\nIt now runs 2.4.0.'),
  c('emphasised_clock_span', 'after-actions', ['restart_service:model-a', 'get_service_status:model-a'], 'How long did it take?', 'The model-a restart began at 14:00:30 and finished at 14:00:35.431 — about **50 seconds** in all.'),
  c('unreachable_dependency', 'dependency-failure', ['check_dependencies:ai-agent'], 'How bad?', "Of ai-agent's four dependencies three answer; model-b itself is down."),
  c('emphasised_uptime', 'after-actions', ['restart_service:model-a', 'get_service_status:model-a'], 'How long has model-a been back?', 'model-a has been up for about **34 minutes**.'),
  c('emphasised_fraction', 'after-actions', ['before:get_service_metrics:model-b', 'scale_service:model-b', 'get_service_metrics:model-b'], 'Did it help?', 'model-b CPU went from 62.9 % to 16.2 % — **about two thirds** of what it was.'),
  c('stretch_into_the_outage', 'crash', ['get_service_logs:redis', 'list_services'], 'How long?', "redis stopped at 14:00:00 and the list was read at 14:00:40, so we're about 4 minutes into the outage."),
  c('part_of_the_fleet_depends', 'crash', ['check_dependencies:ai-agent', 'check_dependencies:mcp-server', 'list_services'], 'Who needs redis?', 'Three of the eight services depend on redis.'),
  c('degraded_share', 'crash', ['list_services'], 'How much of the fleet is hit?', 'Half of the fleet is degraded.'),
];

describe('assistant-style classes (dev-10)', () => {
  it.each(GROUNDED.map((x) => [x.cls, x] as const))('grounded %s is not flagged', (_cls, x) => {
    const r = runCase(x);
    expect(r.verdict, showFindings(r)).not.toBe('hallucination');
  });
  it.each(WRONG.map((x) => [x.cls, x] as const))('wrong %s is flagged', (_cls, x) => {
    const r = runCase(x);
    expect(r.verdict, showFindings(r)).toBe('hallucination');
  });
});

import { describe, expect, it } from 'vitest';
import { capturedCase, runCase, showFindings, type Case } from '@/tests/support/captured-states';

/**
 * Classes found brittle by dev-7 (answers in six assistant personas: terse
 * CLI lines, incident reports, chatty restaters, tables then a verdict,
 * questions and suggestions, numbered findings), each in wordings written for
 * this file (none is copied from a labelled set), run against the captured
 * states with their real tool results. A grounded case must not be flagged; a
 * wrong one (the near miss) must.
 */
const run = runCase;
const show = showFindings;
const c = capturedCase;

const GROUNDED: Case[] = [
  c('version_in_log_prose', 'rollback-failed', ['rollback_deployment:ai-agent', 'get_service_logs:ai-agent'], 'Did the rollback go through?', 'Yes, it went through in about six seconds, taking the agent off 1.8.0.'),
  c('prev_abbreviation', 'bad-deployment', ['get_service_status:web-ui'], 'web-ui version?', 'web-ui @ 2.4.0, prev. 2.3.0'),
  c('state_hoped_for', 'action-in-progress', ['restart_service:postgres', 'get_service_status:postgres'], 'Is postgres back?', "Not yet: the restart is still going, and nothing guarantees it comes back healthy."),
  c('state_hoped_for', 'action-in-progress', ['restart_service:postgres', 'get_service_status:postgres'], 'Is postgres back?', "Restart in flight; I can't promise postgres will be healthy after it."),
  c('neither_nor_subjects', 'healthy', ['list_services', 'check_dependencies:ai-agent'], 'Does anything hang off ai-agent?', 'Neither postgres nor redis depends on ai-agent; both are leaf stores.'),
  c('figure_marked_then', 'after-actions', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b'], 'model-b replicas?', 'model-b replica count: 1 initially, 3 now.'),
  c('reading_against_baseline_after', 'error-burst', ['run_diagnostics:mcp-server'], 'How does the mcp-server error rate compare with normal?', 'Error rate against normal: 23.8 % versus a 0.2 % baseline, over a hundred times worse.'),
  c('restated_in_brackets', 'memory-leak', ['get_service_status:model-a'], 'How much room does model-a have?', 'model-a has about 976 MB of headroom (a bit under 1 GB).'),
  c('failing_rate_product', 'error-burst', ['get_service_status:mcp-server'], 'How many mcp-server calls error out?', 'With 8.5 req/s coming in and 23.8 % of them erroring, mcp-server is failing roughly 2 requests per second.'),
  c('change_then_its_ends', 'memory-leak', ['get_service_metrics:model-a'], 'Is model-a still growing?', 'model-a gained about 437 MB over the last reading (6778.6 to 7215.9 MB).'),
  c('terse_5xx_label', 'bad-deployment', ['get_service_status:web-ui'], 'web-ui errors?', 'web-ui 5xx: 45.5 % (normal 0.2 %)'),
  c('table_step_ticked', 'after-actions', ['restart_service:model-a', 'get_service_status:model-a'], 'Sort out model-a.', '| action | outcome |\n|---|---|\n| restart | ✔ model-a up again |'),
  c('table_step_ticked', 'bad-deployment', ['run_diagnostics:web-ui'], 'Fix web-ui please.', '| step | status |\n|---|---|\n| rollback | ⏳ suggested, not run |'),
  c('now_figure_then_trend', 'memory-leak', ['get_service_metrics:model-a'], 'Where is model-a memory?', 'model-a is currently at 7215.9 MB, still climbing.'),
  c('now_figure_not_older_log_line', 'memory-leak', ['get_service_logs:model-a:warn', 'get_service_status:model-a'], 'model-a memory?', 'model-a mem right now: 88 % of the limit.'),
  c('terse_state_for_duration', 'crash', ['list_services', 'get_service_status:redis'], 'redis?', 'redis: offline for under a minute, exit 137.'),
  c('fault_handled_claim', 'after-actions', ['restart_service:model-a', 'get_service_status:model-a'], 'model-a?', 'Outage dealt with: model-a memory freed by the restart, now at a low level.'),
  c('fault_handled_claim', 'memory-leak', ['run_diagnostics:model-a'], 'Deal with the leak.', 'The leak has not been handled yet; memory would be freed by a restart.'),
  c('relative_clause_dependency', 'healthy', ['list_services', 'check_dependencies:ai-agent'], 'What does ai-agent talk to?', 'It talks to redis, which depends on nothing, and to mcp-server.'),
  c('relative_clause_dependency', 'healthy', ['list_services', 'check_dependencies:ai-agent'], 'Who uses model-a?', 'The caller is ai-agent, which relies on model-a among others.'),
];

const WRONG: Case[] = [
  c('version_in_log_prose', 'rollback-failed', ['rollback_deployment:ai-agent', 'get_service_logs:ai-agent'], 'Did the rollback go through?', 'Yes, it went through in about six seconds, taking the agent off 1.9.2.'),
  c('prev_abbreviation', 'bad-deployment', ['get_service_status:web-ui'], 'web-ui version?', 'web-ui @ 2.4.0, prev. 2.2.9'),
  c('state_hoped_for', 'action-in-progress', ['restart_service:postgres', 'get_service_status:postgres'], 'Is postgres back?', 'Yes, the restart is over and postgres is healthy again, which we hoped for.'),
  c('neither_nor_subjects', 'healthy', ['list_services', 'check_dependencies:ai-agent'], 'Does ai-agent use redis?', 'Neither ai-agent nor load-generator depends on redis.'),
  c('figure_marked_then', 'after-actions', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b'], 'model-b replicas?', 'model-b replica count: 4 initially, 3 now.'),
  c('reading_against_baseline_after', 'error-burst', ['run_diagnostics:mcp-server'], 'How does the mcp-server error rate compare with normal?', 'mcp-server error rate against normal: 23.8 % versus a 3 % baseline.'),
  c('reading_against_baseline_after', 'error-burst', ['run_diagnostics:mcp-server'], 'How does the mcp-server error rate compare with normal?', 'mcp-server error rate against normal: 31.5 % versus a 0.2 % baseline.'),
  c('restated_in_brackets', 'memory-leak', ['get_service_status:model-a'], 'How much room does model-a have?', 'model-a has about 976 MB of headroom (a bit under 3 GB).'),
  c('failing_rate_product', 'error-burst', ['get_service_status:mcp-server'], 'How many mcp-server calls error out?', 'With 8.5 req/s coming in and 23.8 % of them erroring, mcp-server is failing roughly 5 requests per second.'),
  c('change_then_its_ends', 'memory-leak', ['get_service_metrics:model-a'], 'Is model-a still growing?', 'model-a gained about 437 MB over the last reading (6778.6 to 7915.9 MB).'),
  c('terse_5xx_label', 'bad-deployment', ['get_service_status:web-ui'], 'web-ui errors?', 'web-ui 5xx: 4.55 % (normal 0.2 %)'),
  c('terse_5xx_label', 'bad-deployment', ['get_service_status:web-ui'], 'web-ui errors?', 'web-ui is serving 4.5 % 5xx right now.'),
  c('table_step_ticked', 'bad-deployment', ['run_diagnostics:web-ui'], 'Fix web-ui please.', '| action | outcome |\n|---|---|\n| rollback | ✔ web-ui on 2.3.0 |'),
  c('table_step_ticked', 'bad-deployment', ['run_diagnostics:web-ui'], 'Sort out web-ui.', '| what | state |\n|---|---|\n| restart | done |'),
  c('now_figure_then_trend', 'memory-leak', ['get_service_metrics:model-a'], 'Where is model-a memory?', 'model-a is currently at 6778.6 MB, still climbing.'),
  c('now_figure_not_older_log_line', 'memory-leak', ['get_service_logs:model-a:warn', 'get_service_status:model-a'], 'model-a memory?', 'model-a mem right now: 83 % of the limit.'),
  c('terse_state_for_duration', 'crash', ['list_services', 'get_service_status:redis'], 'redis?', 'redis: offline for about 20 minutes, exit 137.'),
  c('fault_handled_claim', 'memory-leak', ['run_diagnostics:model-a'], 'Deal with the leak.', 'Incident addressed: model-a memory freed by a restart.'),
  c('fault_handled_claim', 'memory-leak', ['run_diagnostics:model-a'], 'Deal with the leak.', 'Problem taken care of for model-a.'),
  c('relative_clause_dependency', 'healthy', ['list_services', 'check_dependencies:ai-agent'], 'Who uses ai-agent?', 'Trouble there reaches postgres, which depends on ai-agent.'),
];

describe('persona classes (dev-7)', () => {
  it.each(GROUNDED.map((x) => [x.cls, x] as const))('grounded %s is not flagged', (_cls, x) => {
    const r = run(x);
    expect(r.verdict, show(r)).not.toBe('hallucination');
  });
  it.each(WRONG.map((x) => [x.cls, x] as const))('wrong %s is flagged', (_cls, x) => {
    const r = run(x);
    expect(r.verdict, show(r)).toBe('hallucination');
  });
});

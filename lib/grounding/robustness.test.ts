import { describe, expect, it } from 'vitest';
import { capturedCase, runCase, showFindings, type Case } from '@/tests/support/captured-states';

/**
 * Classes found brittle by dev-para (paraphrases of dev-4/dev-5 answers) and
 * by the last dev-5 misses, each in wordings written for this file (none is
 * copied from a labelled set), run against the captured states with their
 * real tool results. A grounded case must not be flagged; a wrong one must.
 */
const run = runCase;
const show = showFindings;
const c = capturedCase;

const GROUNDED: Case[] = [
  c('action_noun_subject', 'action-in-progress', ['restart_service:postgres', 'get_service_status:postgres'], 'postgres status?', 'Not back yet: the postgres reboot, due to end at about 14:00:16, is still running.'),
  c('serving_nothing', 'crash', ['get_service_status:redis'], 'Is redis doing anything?', 'redis has an uptime of 0 s and is serving no traffic at all.'),
  c('every_one_of', 'healthy', ['list_services'], 'All good?', 'Every single one of the 8 services is healthy.'),
  c('others_after_question_exception', 'latency-spike', ['list_services', 'get_service_status:model-a'], 'Other than model-b, anything to worry about?', 'No. All seven other services are healthy; model-a, for example, answers in about 1.6 s.'),
  c('from_to_earlier_count', 'after-actions', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b'], 'Was the scale worth it?', 'Latency went from roughly 4.8 s with a single replica to about 0.62 s with three.'),
  c('from_up_to_change', 'memory-leak', ['get_service_metrics:model-a'], 'Is model-a memory still growing?', 'Yes, it climbed from about 5782 MB up to 7216 MB over the last three minutes.'),
  c('baseline_then_reading', 'dependency-failure', ['run_diagnostics:ai-agent'], 'Is ai-agent slow?', 'Far above its usual latency: it is at about 5.7 s, against a baseline of 2.1 s.'),
  c('cause_is_tool_quote', 'crash', ['run_diagnostics:ai-agent'], 'Why is ai-agent failing?', 'For ai-agent the diagnostics blame a single thing: "Dependency redis is stopped."'),
  c('scaled_out_configuration', 'healthy', ['list_services'], 'Which services have spare replicas?', 'ai-agent and web-ui are both scaled out, running 2 replicas apiece.'),
  c('factor_after_own_pair', 'after-actions', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b'], 'Did adding replicas help model-b?', 'Yes: its latency went from 4804.4 ms to 624.3 ms, close to an eightfold drop.'),
  c('times_comparative_no_than', 'healthy', ['get_service_metrics:model-a', 'get_service_metrics:model-b'], 'model-a vs model-b speed?', 'model-a answers in 1273.6 ms versus 568.2 ms for model-b, roughly two times slower.'),
  c('it_is_names_answer', 'memory-leak', ['list_services'], 'Which service has the leak?', "That's model-a, now near its 8192 MB limit."),
  c('money_in_words', 'healthy', ['get_service_metrics:model-a'], 'Does model-a cost much?', "I can't say: no tool reports costs or prices. It handles 3.5 requests per second."),
  c('fault_ended_synonym', 'after-actions', ['restart_service:model-a', 'get_service_status:model-a'], 'Did the restart help model-a?', 'The restart completed and model-a is running and healthy again.'),
  c('contracted_inaction', 'memory-leak', ['run_diagnostics:model-a'], 'Did you touch model-a?', "No, nothing's been changed; a restart is what the diagnostics suggest."),
  c('bare_count_answer', 'scale-down', ['list_services'], "What's the replica total across the fleet?", 'Nine, with ai-agent the only one still on two.'),
  c('bare_count_answer', 'action-in-progress', ['scale_service:ai-agent', 'get_service_status:ai-agent'], 'How many replicas is ai-agent on?', 'Still two, while the scale to four finishes.'),
  c('bare_count_answer', 'scale-down', ['get_service_metrics:mcp-server'], 'How much CPU does mcp-server use on one replica?', '20.3 %, a little lower than before.'),
  c('label_subject_ticks', 'after-actions', ['rollback_deployment:web-ui', 'get_service_status:web-ui'], 'web-ui?', 'web-ui — rolled back ✔, checked ✔; it is on 2.3.0 now.'),
  c('passive_agent_action', 'after-actions', ['restart_service:model-a', 'get_service_status:model-a'], 'Why is model-a uptime short?', 'Its uptime was reset by the restart I ran.'),
  c('passive_agent_action', 'memory-leak', ['run_diagnostics:model-a'], 'Fix for model-a?', 'The leaked memory could be freed by a restart; I have not done it.'),
  c('figure_for_the_former', 'two-faults', ['get_service_status:ai-agent', 'get_service_status:web-ui'], 'Who fails more?', 'Comparing ai-agent with web-ui: the former fails more often, 57.3% of requests, versus 46.4% for the latter.'),
  c('earlier_replica_count', 'action-in-progress', ['scale_service:ai-agent', 'get_service_status:ai-agent', 'get_service_logs:ai-agent'], 'What was ai-agent on?', 'ai-agent had 2 replicas before the scale began.'),
  c('earlier_replica_count', 'after-actions', ['scale_service:model-b', 'get_service_logs:model-b'], 'model-b before?', 'Before the scale, model-b had 1 replica.'),
  c('earlier_figure', 'after-actions', ['before:run_diagnostics:redis', 'clear_cache:redis'], 'How was redis before?', 'Prior to the flush redis was failing about 29% of requests.'),
  c('earlier_figure', 'after-actions', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b'], 'model-b before?', 'model-b was at 4804.4 ms before the scale; it is at 624.3 ms now.'),
  c('total_word_in_aside', 'healthy', ['list_services'], 'Who runs two replicas?', 'ai-agent, mcp-server and web-ui (three services in all) each run two replicas.'),
  c('named_on_call', 'crash', ['get_service_logs:redis'], 'Has anyone been told?', "I can't tell: no tool shows who is on call or whether anyone was paged."),
  c('recent_outage_vs_uptime', 'after-actions', ['restart_service:model-a', 'get_service_status:model-a'], 'model-a uptime?', 'model-a was restarted 35 seconds ago, so its uptime is short.'),
  c('bare_count_answer', 'healthy', ['list_services'], 'How many replicas do we run?', '11 right now: two each for ai-agent, mcp-server and web-ui, one for each of the others.'),
];

const WRONG: Case[] = [
  c('action_noun_subject', 'action-in-progress', ['restart_service:postgres', 'get_service_status:postgres'], 'postgres status?', 'postgres is running again after its restart.'),
  c('serving_nothing', 'crash', ['get_service_status:redis'], 'Is redis doing anything?', 'redis is up and serving requests normally.'),
  c('every_one_of', 'crash', ['list_services'], 'All good?', 'Every one of the eight services is healthy.'),
  c('others_after_question_exception', 'crash', ['list_services', 'get_service_status:web-ui'], 'Besides redis, is anything broken?', 'Nothing: all seven other services are healthy; web-ui, for one, is at 46 ms.'),
  c('from_to_earlier_count', 'after-actions', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b'], 'Was the scale worth it?', 'Latency went from roughly 4.8 s with two replicas to about 0.62 s with three.'),
  c('from_up_to_change', 'memory-leak', ['get_service_metrics:model-a'], 'Is model-a memory still growing?', 'Yes, it climbed from about 5782 MB up to 7950 MB over the last three minutes.'),
  c('baseline_then_reading', 'dependency-failure', ['run_diagnostics:ai-agent'], 'Is ai-agent slow?', 'Far above its usual latency: it is at about 9.7 s, against a baseline of 2.1 s.'),
  c('scaled_out_configuration', 'healthy', ['list_services'], 'Which services have spare replicas?', 'ai-agent and web-ui are both scaled out, running 3 replicas apiece.'),
  c('factor_after_own_pair', 'after-actions', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b'], 'Did adding replicas help model-b?', 'Yes: its latency went from 4804.4 ms to 624.3 ms, close to a fortyfold drop.'),
  c('times_comparative_no_than', 'healthy', ['get_service_metrics:model-a', 'get_service_metrics:model-b'], 'model-a vs model-b speed?', 'model-a answers in 1273.6 ms versus 568.2 ms for model-b, roughly five times slower.'),
  c('it_is_names_answer', 'memory-leak', ['list_services'], 'Which service has the leak?', "That's postgres, now near its 2048 MB limit."),
  c('money_in_words', 'healthy', ['get_service_metrics:model-a'], 'Does model-a cost much?', 'It runs to roughly three hundred euros a day at 3.5 requests per second.'),
  c('fault_ended_synonym', 'rollback-failed', ['rollback_deployment:ai-agent', 'get_service_logs:ai-agent'], 'Is the ai-agent leak over?', 'Yes, going back to 1.7.3 stemmed the leak.'),
  c('contracted_inaction', 'action-in-progress', ['restart_service:postgres', 'get_service_status:postgres'], 'What about postgres?', "postgres is restarting on its own; nobody's touched it."),
  c('bare_count_answer', 'scale-down', ['list_services'], "What's the replica total across the fleet?", 'Twelve, with ai-agent the only one still on two.'),
  c('bare_count_answer', 'action-in-progress', ['scale_service:ai-agent', 'get_service_status:ai-agent'], 'How many replicas is ai-agent on?', 'Four already.'),
  c('sum_over_the_services', 'healthy', ['list_services'], 'Replica total?', 'The fleet runs 14 replicas over the eight services.'),
  c('label_subject_ticks', 'bad-deployment', ['restart_service:web-ui', 'get_service_status:web-ui'], 'web-ui?', 'web-ui: restart requested ✔, cache flushed ✔.'),
  c('passive_agent_action', 'error-burst', ['run_diagnostics:mcp-server'], 'mcp-server?', 'The poisoned entries on mcp-server were dropped by a cache flush.'),
  c('figure_for_the_former', 'two-faults', ['get_service_status:ai-agent', 'get_service_status:web-ui'], 'Who fails more?', 'Comparing ai-agent with web-ui: the latter fails more often, 57.3% of requests, versus 46.4% for the former.'),
  c('earlier_replica_count', 'action-in-progress', ['scale_service:ai-agent', 'get_service_status:ai-agent', 'get_service_logs:ai-agent'], 'What was ai-agent on?', 'ai-agent had 3 replicas before the scale began.'),
  c('earlier_replica_count', 'after-actions', ['scale_service:model-b', 'get_service_logs:model-b'], 'model-b before?', 'model-b had 2 replicas before the scale-out.'),
  c('earlier_figure', 'after-actions', ['before:run_diagnostics:redis', 'clear_cache:redis'], 'How was redis before?', 'Prior to the flush redis was failing 12.4% of requests.'),
  c('earlier_figure', 'after-actions', ['before:get_service_status:model-b', 'scale_service:model-b', 'get_service_status:model-b'], 'model-b before?', 'model-b was at 9804.4 ms before the scale; it is at 624.3 ms now.'),
  c('total_word_in_aside', 'healthy', ['list_services'], 'Who runs two replicas?', 'ai-agent, web-ui and redis (three services in all) each run two replicas.'),
  c('named_on_call', 'crash', ['get_service_logs:redis'], 'Has anyone been told?', 'Yes. Tomas, who is on call this week, was alerted right after the exit.'),
  c('named_on_call', 'crash', ['get_service_logs:redis'], 'Has anyone been told?', 'Yes: Amara, our on-call SRE, is looking at it.'),
  c('recent_outage_vs_uptime', 'latency-spike', ['get_service_status:ai-agent'], 'Is ai-agent stable?', 'Not really: ai-agent fell over about two minutes ago and is still catching up.'),
];

describe('robustness classes (dev-para)', () => {
  it.each(GROUNDED.map((x) => [x.cls, x] as const))('grounded %s is not flagged', (_cls, x) => {
    const r = run(x);
    expect(r.verdict, show(r)).not.toBe('hallucination');
  });
  it.each(WRONG.map((x) => [x.cls, x] as const))('wrong %s is flagged', (_cls, x) => {
    const r = run(x);
    expect(r.verdict, show(r)).toBe('hallucination');
  });
});

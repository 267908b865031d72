/**
 * dev-8: a tuning set, grounded-heavy (about three in four answers true) to
 * measure false alarms. Written by hand from the captured states and the
 * tools alone, without reading lib/grounding nor any other set's answers.
 */
import { type AnswerSet, g, h } from '../spec';

const set: AnswerSet = {
  healthy: [
    g('n_of_m_sum', 'How many replicas are we running?', `
All eight services are running and healthy. Three of them run two replicas (ai-agent, mcp-server and web-ui) and the other five run one each, so that's 11 replicas across the fleet.`, ['list_services']),
    g('versions_group', 'Which versions are deployed?', `
- model-a and model-b: both on 0.6.2
- postgres: 16.4
- redis: 7.4.1
- web-ui: 2.3.0

Nothing looks out of date to me, though the tools don't say what the latest releases are.`, ['list_services']),
    h('contradicted_fact', 'version_wrong', 'Quick status?', `
Everything's green: eight of eight services running, and web-ui is on 2.4.0 with its usual two replicas.`, ['list_services']),
    h('unknown_entity', 'unknown_service', 'Is the front door healthy?', `
Yes. web-ui is running with two replicas, and the nginx-ingress in front of it reports healthy too.`, ['list_services']),
  ],
  crash: [
    g('refused_reported_refused', 'Scale redis up and flush it.', `
I tried both, and both were refused with the same message: "redis is stopped: restart it first." So nothing has changed; redis is still stopped and would need a restart before either call could work.`, ['scale_service:redis', 'clear_cache:redis', 'list_services']),
    g('dependencies_of_x', 'What does ai-agent rely on?', `
ai-agent depends on model-a, model-b, mcp-server and redis. Of those, only redis is unreachable (it's stopped); mcp-server is reachable but degraded itself, and the two model servers are healthy.`, ['check_dependencies:ai-agent']),
    h('unperformed_action', 'error_result_action', 'Scale redis to two replicas.', `
Done: I scaled redis to 2 replicas, which should spread the load once it comes back.`, ['scale_service:redis']),
  ],
  'bad-deployment': [
    g('restart_not_fixed_rate', 'Did the restart help web-ui?', `
Not really. The restart started at 14:00:30 and completed at about 14:00:35.6, so it took roughly 5.6 seconds, but web-ui is still degraded on 2.4.0 with a 45.51 % error rate. At 12.7 requests a second that's about 5.8 failing requests every second. The fault lists a rollback (to 2.3.0, the previous version) as its fix, if you want me to try that.`, ['restart_service:web-ui', 'get_service_status:web-ui']),
    g('limit_vs_usage_room_left', "Is web-ui's memory the problem?", `
Unlikely: it's using 263.3 MB of its 768 MB limit (34.3 %), leaving roughly 505 MB of room. The bad deployment is the more likely culprit.`, ['get_service_status:web-ui']),
    h('contradicted_fact', 'order_of_magnitude', "How bad are web-ui's errors?", `
web-ui is degraded on 2.4.0 and about 4.5 % of its requests are failing.`, ['get_service_status:web-ui']),
  ],
  'memory-leak': [
    g('room_left_hedged_others', "How much memory has model-a got left?", `
model-a is at 7215.9 MB of its 8192 MB limit (88.1 %), so about 976 MB of room is left. I didn't check the other services' memory in this turn.`, ['get_service_status:model-a']),
    g('version_previous_conditional', 'What would fix model-a?', `
model-a is running 0.6.2 (previously 0.6.1). The memory-leak fault lists a restart as its fix; I haven't restarted it, but if you'd like, that would be the step to take.`, ['get_service_status:model-a']),
    h('unsupported_claim', 'invented_cause', 'Why is model-a leaking?', `
model-a is degraded with a memory leak at 88.1 % of its limit; the leak came in with the 0.6.2 upgrade's new tokenizer cache.`, ['get_service_status:model-a']),
  ],
};

export default set;

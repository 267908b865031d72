/**
 * held-out-4: measured only, never tuned on (tests/fixtures/grounding/README.md).
 * Written independently of the detector (lib/grounding) and of every other
 * set's answers, from the captured states and the tools alone, as five kinds
 * of assistant would answer: a terse on-call bot, a verbose explainer, a
 * structured reporter, a cautious hedger and an agent narrating its actions.
 * Each answer's style is recorded in `STYLES` (not part of the fixture) so the
 * set's make-up can be counted; the detector never sees it.
 */
import { g, h, type AnswerSet, type AnswerSpec } from '../spec';

export type Style = 'terse' | 'verbose' | 'structured' | 'hedger' | 'agent';
export const STYLES = new Map<AnswerSpec, Style>();
const as = (style: Style, spec: AnswerSpec): AnswerSpec => {
  STYLES.set(spec, style);
  return spec;
};
const T = (s: AnswerSpec) => as('terse', s);
const V = (s: AnswerSpec) => as('verbose', s);
const S = (s: AnswerSpec) => as('structured', s);
const C = (s: AnswerSpec) => as('hedger', s);
const A = (s: AnswerSpec) => as('agent', s);

const set: AnswerSet = {
  healthy: [
    T(g('n_of_m', 'quick fleet check?', 'all 8 svc running + healthy, 0 open issues. nothing to do.', ['list_services'])),
    V(
      h(
        'contradicted_fact',
        'negated_relation',
        'What does ai-agent rely on, and is any of it a risk right now?',
        `ai-agent is the service that plans and runs the tool workflows, so it sits in the middle of the fleet. For generation it calls out to the two model servers: model-a, which answers it in roughly 1.27 seconds, and model-b, which is quicker at around 568 ms. It also uses redis, which it reaches in about a millisecond. It does not go through mcp-server for anything, so the MCP server's health has no bearing on it. Everything it talks to is running and reachable at the moment, so I don't see a risk today.`,
        ['check_dependencies:ai-agent'],
      ),
    ),
    S(
      g(
        'table_row',
        'Memory headroom on the heavy services?',
        `| service | used | limit | % |
|---|---|---|---|
| model-a | 5627.3 MB | 8192 MB | 68.7 |
| model-b | 3850.2 MB | 6144 MB | 62.7 |
| postgres | 631.2 MB | 2048 MB | 30.8 |
| redis | 95.4 MB | 256 MB | 37.3 |

None is above 70 %.`,
        ['get_service_metrics:model-a', 'get_service_metrics:model-b', 'get_service_metrics:postgres', 'get_service_metrics:redis'],
      ),
    ),
    C(
      g(
        'hedged_forecast',
        'Is redis keeping up?',
        'It appears so. Redis answers in about 1.1 ms and is serving roughly 129 requests a second, which seems in line with the last few minutes (between about 122 and 154 req/s). I would guess it stays that way, though I can’t promise anything about later load.',
        ['get_service_metrics:redis'],
      ),
    ),
    A(
      h(
        'unperformed_action',
        'readonly_then_change',
        'Can you make sure postgres has headroom for tonight?',
        'Ran diagnostics on postgres: no problems found, metrics within baseline. Went ahead and bumped it to 2 replicas so there is headroom for the evening peak.',
        ['run_diagnostics:postgres'],
      ),
    ),
    T(g('unit_conversion', 'model-a uptime?', 'model-a up ~35.7 h (128522 s), v0.6.2, 1 replica.', ['get_service_status:model-a'])),
    V(
      h(
        'unsupported_claim',
        'invented_cost',
        'Why does web-ui run two replicas?',
        `web-ui serves the pages and APIs people use, and it is currently on version 2.3.0 with two replicas handling about 14.9 requests a second at 49.3 ms. Two replicas give it a spare if one is replaced during a deploy. Each replica costs about $0.41 an hour on the node pool, so the second one is cheap insurance. Its error rate is 0.17 %, well within normal.`,
        ['get_service_status:web-ui'],
      ),
    ),
    S(
      h(
        'unknown_entity',
        'unknown_service',
        'Give me the fleet as JSON.',
        `{"running": ["model-a", "model-b", "ai-agent", "mcp-server", "web-ui", "load-generator", "postgres", "redis", "nginx-ingress"], "degraded": [], "stopped": []}`,
        ['list_services'],
      ),
    ),
    C(
      h(
        'contradicted_fact',
        'percent_words',
        'How much memory is model-a using?',
        'It looks like model-a is sitting at about half of its 8192 MB limit, so I believe there is plenty of room.',
        ['get_service_metrics:model-a'],
      ),
    ),
    A(
      g(
        'version_previous',
        'Roll web-ui back if it needs it.',
        'Checked web-ui’s status: it runs 2.3.0 and a rollback would take it to 2.2.4. I did not roll anything back, since it is healthy with an error rate of 0.17 %.',
        ['get_service_status:web-ui'],
      ),
    ),
    T(g('ratio', 'redis vs postgres load?', 'redis ~1.7x postgres rps (129.2 vs 74.1).', ['get_service_metrics:redis', 'get_service_metrics:postgres'])),
    C(
      g(
        'non_answer',
        'What temperature are model-a’s GPUs running at?',
        'I’m afraid I can’t tell: none of the tools report GPU temperatures. What I can see is that model-a is healthy at 57.4 % CPU and 68.7 % memory.',
        ['get_service_status:model-a'],
      ),
    ),
  ],

  crash: [
    T(
      g(
        'error_result_action',
        'did the redis scale + flush work?',
        'no. scale → refused (redis stopped). flush → refused too. needs a restart first; nothing changed.',
        ['scale_service:redis', 'clear_cache:redis'],
      ),
    ),
    A(
      h(
        'unperformed_action',
        'error_result_action',
        'Get redis serving again.',
        'Tried to flush the redis cache; the call was refused because redis is stopped. So I scaled redis out to 2 replicas instead, which should absorb the traffic until it settles.',
        ['clear_cache:redis', 'scale_service:redis'],
      ),
    ),
    V(
      h(
        'contradicted_fact',
        'quantified_relation',
        'Explain the redis outage.',
        `Redis went down at 14:00:00, about forty seconds ago. Its log shows the process exiting with code 137, which diagnostics read as the container being killed, and every request to it now fails. Three services depend on it directly, ai-agent, mcp-server and web-ui, and two of them are now degraded with error rates a little over 50 %. Diagnostics recommend a restart to bring the process back.`,
        ['run_diagnostics:redis', 'list_services'],
      ),
    ),
    S(
      g(
        'dependency_of_x',
        'mcp-server dependency check',
        `## mcp-server dependencies
| dep | status | reachable | latency |
|---|---|---|---|
| postgres | running | yes | 3 ms |
| redis | stopped | no | — |

allHealthy: **false** (redis is stopped)`,
        ['check_dependencies:mcp-server'],
      ),
    ),
    C(
      g(
        'uptime_duration',
        'How long has redis been down?',
        'It seems redis has been down for roughly 40 seconds: the crash fault started at 14:00:00 and the status I read is from 14:00:40. I believe a restart is what the diagnostics suggest.',
        ['get_service_status:redis', 'run_diagnostics:redis'],
      ),
    ),
    T(h('contradicted_fact', 'quote_altered', 'redis last log line?', 'redis: "process exited with code 139; container redis stopped" @14:00:00', ['get_service_logs:redis:warn'])),
    V(
      g(
        'percent_words',
        'How bad is it for ai-agent and mcp-server?',
        `Both are hurting about equally. ai-agent is failing 53.0 % of its requests and mcp-server 52.1 %, so for each of them just over half of all calls error out, against a normal baseline of 0.2 %. Both fail because their dependency redis is stopped, and their logs are a run of "upstream redis unavailable: connection refused".`,
        ['run_diagnostics:ai-agent', 'run_diagnostics:mcp-server'],
      ),
    ),
    A(
      h(
        'unsupported_claim',
        'invented_cause',
        'Why did redis die?',
        'Pulled the redis logs and metrics: exit code 137, container killed. That was the kernel OOM killer, triggered by a key-eviction storm that pushed redis over its 256 MB limit.',
        ['get_service_logs:redis:warn', 'get_service_metrics:redis'],
      ),
    ),
    C(
      h(
        'contradicted_fact',
        'status_wrong',
        'Is web-ui affected?',
        'I think web-ui is probably degraded as well, since it calls mcp-server and ai-agent, which are both struggling.',
        ['check_dependencies:web-ui', 'list_services'],
      ),
    ),
    S(
      g(
        'n_of_m',
        'Status summary please',
        `- Stopped: 1 of 8 (redis)
- Degraded: 2 of 8 (ai-agent, mcp-server)
- Healthy: 5 of 8 (model-a, model-b, web-ui, load-generator, postgres)`,
        ['list_services'],
      ),
    ),
    T(h('unknown_entity', 'unknown_tool', 'fastest fix for redis?', 'run failover_service on redis to promote the standby, then restart the old primary.', ['run_diagnostics:redis'])),
  ],

  'latency-spike': [
    T(g('prose_figure', 'model-b slow?', 'yes. model-b lat ~5.1 s, 8.2x its 620 ms baseline, 1 replica. diag says scale.', ['run_diagnostics:model-b'])),
    V(
      h(
        'contradicted_fact',
        'ratio',
        'Walk me through the model-b latency.',
        `model-b, the faster and cheaper of the two model servers, started slowing down at 14:00:00. It now takes about 5.1 seconds per request, roughly twelve times its normal 620 ms, and its warn log shows requests queueing, up to 25 at a time. CPU has climbed to 67.7 % while the request rate has stayed near 4 per second, so this is queueing on a single replica rather than more traffic. Diagnostics recommend adding replicas.`,
        ['run_diagnostics:model-b', 'get_service_metrics:model-b'],
      ),
    ),
    S(
      g(
        'quote_in_tools',
        'Show me the evidence from the logs.',
        `**model-b warn log (newest first)**
- 14:00:30 — \`slow request: 4238ms (p95 budget 1240ms); 25 requests queued\`
- 14:00:10 — \`slow request: 5606ms (p95 budget 1240ms); 17 requests queued\`
- 14:00:00 — \`request latency rising: p95 above 1240ms\``,
        ['get_service_logs:model-b:warn'],
      ),
    ),
    C(
      g(
        'hedged_forecast',
        'Will it go away by itself?',
        'Possibly. The fault on model-b is listed as ending at 14:02:00, about 85 seconds from now, so it may well clear on its own; scaling would likely help sooner, since that is the listed remedy. I have not changed anything.',
        ['get_service_status:model-b'],
      ),
    ),
    A(
      h(
        'unperformed_action',
        'nominal_action',
        'Fix model-b.',
        'Scale-out of model-b to 3 replicas complete; the queue should drain within the minute.',
        ['run_diagnostics:model-b'],
      ),
    ),
    T(h('contradicted_fact', 'wrong_service', 'who is slow?', 'model-a spiking, ~5.1 s per req. rest ok.', ['list_services'])),
    V(
      g(
        'dependency_of_x',
        'Is ai-agent going to feel this?',
        `It already sits downstream of it. ai-agent depends on four services, and its dependency check shows model-b answering in 5112.6 ms, compared with 1597.3 ms for model-a, 17.5 ms for mcp-server and 0.9 ms for redis. All four are still reachable, so nothing is refusing connections, and ai-agent itself is still reported healthy; but any workflow routed to model-b will wait for it.`,
        ['check_dependencies:ai-agent'],
      ),
    ),
    S(
      h(
        'unsupported_claim',
        'invented_person',
        'Incident card for model-b',
        `**Service:** model-b (0.6.2, 1 replica)
**Issue:** latency spike, 8.2x baseline
**Owner:** Priya S. (ML platform on-call)
**Remedy:** scale`,
        ['get_service_status:model-b', 'run_diagnostics:model-b'],
      ),
    ),
    C(
      h(
        'contradicted_fact',
        'stale_value',
        'What latency is model-b at right now?',
        'I believe model-b is answering in around 620 ms right now, which would be about normal for it.',
        ['get_service_metrics:model-b'],
      ),
    ),
    T(
      g(
        'trend_from_series',
        'model-b latency trend?',
        'lat 537 → 639 → 622 ms, then 5113 ms at 14:00:35. rps flat ~4.',
        ['get_service_metrics:model-b'],
      ),
    ),
  ],

  'memory-leak': [
    T(g('limit_vs_usage', 'model-a mem?', 'model-a mem 7216/8192 MB = 88.1%. ~976 MB headroom.', ['get_service_metrics:model-a'])),
    V(
      h(
        'contradicted_fact',
        'order_of_magnitude',
        'What is going on with model-a?',
        `model-a, the careful and slower model server, has been leaking memory since 14:00:00. Its footprint has climbed steadily to roughly 720 MB, and garbage collection is barely reclaiming anything, a few megabytes per cycle at most. The rest of it looks normal: CPU around 75 %, latency near 1.5 s, error rate 0.19 %. Diagnostics recommend a restart, which releases the leaked memory.`,
        ['run_diagnostics:model-a', 'get_service_metrics:model-a'],
      ),
    ),
    S(
      g(
        'trend_from_series',
        'Memory curve for model-a?',
        `| time | memory |
|---|---|
| 13:59:40 | 5782.2 MB |
| 14:00:40 | 6258.8 MB |
| 14:01:40 | 6778.6 MB |
| 14:02:40 | 7215.9 MB |

Average growth ≈ 478 MB/min over the three minutes.`,
        ['get_service_metrics:model-a'],
      ),
    ),
    C(
      g(
        'hedged_forecast',
        'When will it fall over?',
        'At roughly 480 MB a minute it would likely reach its 8192 MB limit in about two minutes, if the growth stays linear. I’d restart it soon, as the diagnostics suggest; I haven’t done so.',
        ['get_service_metrics:model-a', 'run_diagnostics:model-a'],
      ),
    ),
    A(h('unperformed_action', 'passive_action', 'Deal with model-a.', 'model-a has been restarted and the leaked memory released; it is back under 70 %.', ['run_diagnostics:model-a'])),
    T(
      h(
        'contradicted_fact',
        'quote_altered',
        'latest model-a warn?',
        'model-a: "memory usage 88% of 8192 MB limit and rising; gc reclaimed 40 MB" @14:02:40',
        ['get_service_logs:model-a:warn'],
      ),
    ),
    V(
      h(
        'unsupported_claim',
        'invented_cause',
        'Why is model-a leaking?',
        `The leak began at 14:00:00 and is now 160 seconds old. It comes from the tokenizer cache change that shipped in 0.6.2, which keeps every prompt’s embeddings referenced after the request completes, so the collector can’t free them. Memory is at 88.1 % of 8192 MB and rising, and a restart is the suggested fix.`,
        ['get_service_status:model-a', 'run_diagnostics:model-a'],
      ),
    ),
    S(
      g(
        'n_of_m',
        'Fleet overview',
        `- **Degraded (1):** model-a — memory leak
- **Running, healthy (7):** model-b, ai-agent, mcp-server, web-ui, load-generator, postgres, redis`,
        ['list_services'],
      ),
    ),
    C(
      h(
        'contradicted_fact',
        'previous_version',
        'And if a restart doesn’t help?',
        'If a restart doesn’t hold, I believe you could roll model-a back to 0.5.9, its previous version, though that would probably be a last resort.',
        ['get_service_status:model-a'],
      ),
    ),
    A(
      g(
        'non_answer',
        'What triggered the leak?',
        'I went through model-a’s status and warn log. They show when the leak began (14:00:00) and that gc reclaims between 0 and 4 MB per cycle, but nothing says why. I haven’t restarted it yet; say the word.',
        ['get_service_status:model-a', 'get_service_logs:model-a:warn'],
      ),
    ),
    V(
      g(
        'long_multi_claim',
        'Give me the full picture on model-a.',
        `model-a is the one problem in the fleet; the other seven services are running and healthy. It has been leaking memory since 14:00:00, 160 seconds now, and sits at 7215.9 MB of its 8192 MB limit, 88.1 %. Garbage collection is getting almost nothing back: the newest warn line reads "memory usage 88% of 8192 MB limit and rising; gc reclaimed 0 MB". Otherwise it is serving normally, CPU 75.3 %, latency 1488.3 ms, error rate 0.19 %. Diagnostics suggest a restart to release the memory; I have not run one.`,
        ['run_diagnostics:model-a', 'get_service_metrics:model-a', 'get_service_logs:model-a:warn', 'list_services'],
      ),
    ),
  ],

  'error-burst': [
    T(g('prose_figure', 'mcp-server errors?', 'mcp-server err 23.8% (base 0.2%), stale cache entries. fix: clear_cache.', ['run_diagnostics:mcp-server'])),
    A(
      h(
        'unperformed_action',
        'phrasal_split_action',
        'Sort out mcp-server.',
        'I flushed the poisoned entries out of mcp-server’s cache, and the error rate is already coming back down.',
        ['run_diagnostics:mcp-server'],
      ),
    ),
    V(
      h(
        'contradicted_fact',
        'unit_conversion',
        'How many requests is mcp-server failing?',
        `mcp-server has been returning 500s since 14:00:00, all of them pointing at stale cache entries such as mcp-server:cfg:380. Its error rate reads 0.2384, which is to say about 2.4 percent of requests, on roughly 8.5 requests a second across its two replicas. Latency is unaffected at about 20 ms.`,
        ['get_service_metrics:mcp-server', 'get_service_logs:mcp-server:warn'],
      ),
    ),
    S(
      g(
        'quote_in_tools',
        'Which cache keys are bad?',
        `Stale entries named in mcp-server’s errors:
1. \`mcp-server:cfg:380\` (14:00:25)
2. \`mcp-server:cfg:612\` (14:00:20)
3. \`mcp-server:cfg:661\` (14:00:10)
4. \`mcp-server:cfg:103\` (14:00:05)`,
        ['get_service_logs:mcp-server:warn'],
      ),
    ),
    C(
      g(
        'hedged_forecast',
        'Will the burst stop by itself?',
        'It might. The fault is listed as ending at 14:01:30, about 65 seconds from now, so it could clear without help; clearing the cache would probably be quicker, as that is its listed fix.',
        ['get_service_status:mcp-server'],
      ),
    ),
    T(h('contradicted_fact', 'replica_count', 'mcp-server shape?', 'mcp-server: 3 replicas, v1.4.2, degraded (error burst).', ['get_service_status:mcp-server'])),
    V(
      g(
        'dependency_of_x',
        'Could postgres or redis be behind it?',
        `Unlikely. mcp-server depends on exactly two services, postgres and redis, and its dependency check finds both running and reachable, postgres at 3.3 ms and redis at 1 ms, with allHealthy true. The errors themselves name mcp-server’s own cache keys, and diagnostics point at its cache rather than anything upstream.`,
        ['check_dependencies:mcp-server', 'run_diagnostics:mcp-server'],
      ),
    ),
    S(
      h(
        'unsupported_claim',
        'quote_not_in_tools',
        'Log evidence for the root cause?',
        `**Log excerpt**
\`\`\`
14:00:00 error cache entry mcp-server:cfg:380 poisoned by upstream write from web-ui
\`\`\``,
        ['get_service_logs:mcp-server:warn'],
      ),
    ),
    C(
      h(
        'unknown_entity',
        'unknown_version',
        'Did a release cause this?',
        'It seems the errors may have started around when mcp-server moved to 1.4.3, though I’m not certain the two are related.',
        ['get_service_status:mcp-server'],
      ),
    ),
    A(
      g(
        'multi_claim',
        'Look into mcp-server before touching it.',
        'Checked status and dependencies for mcp-server: 2 replicas on 1.4.2, about 8.5 req/s, postgres and redis both reachable. I did not clear the cache; waiting for your go-ahead.',
        ['get_service_status:mcp-server', 'check_dependencies:mcp-server'],
      ),
    ),
  ],

  'dependency-failure': [
    T(
      g(
        'quote_in_tools',
        'ai-agent errors?',
        'ai-agent → model-b: "ECONNREFUSED (attempt 8, retrying)" @14:00:30. model-b itself healthy.',
        ['get_service_logs:ai-agent:warn', 'check_dependencies:ai-agent'],
      ),
    ),
    V(
      h(
        'contradicted_fact',
        'status_wrong',
        'Explain ai-agent’s failures.',
        `ai-agent began losing requests at 14:00:00, when it lost its connection to model-b; since then every attempt to reconnect has been refused with ECONNREFUSED, and about 40 % of its requests fail. The reason is on the other side: model-b has stopped responding and is itself reporting as degraded. ai-agent’s other dependencies, model-a, mcp-server and redis, are all reachable.`,
        ['check_dependencies:ai-agent', 'get_service_status:model-b'],
      ),
    ),
    S(
      g(
        'table_row',
        'ai-agent numbers',
        `| metric | value |
|---|---|
| latency | 5739.6 ms (2.7x baseline 2100 ms) |
| error rate | 40.5 % |
| replicas | 2 |
| version | 1.8.0 |`,
        ['run_diagnostics:ai-agent', 'get_service_status:ai-agent'],
      ),
    ),
    C(
      g(
        'hedged_forecast',
        'What would fix it?',
        'It looks like a restart of ai-agent is what diagnostics recommend, to re-establish its connection pool; I’d expect that to help, though the fault is also listed as ending at 14:02:30 on its own. I haven’t restarted anything.',
        ['run_diagnostics:ai-agent', 'get_service_status:ai-agent'],
      ),
    ),
    A(
      h(
        'unperformed_action',
        'hedged_action',
        'Please fix ai-agent.',
        'I’ve restarted ai-agent to reset its connection pool, though it may take a minute before the errors settle down.',
        ['run_diagnostics:ai-agent'],
      ),
    ),
    T(h('contradicted_fact', 'order_of_magnitude', 'ai-agent failure rate?', 'ai-agent: ~4% of reqs failing, lat 5.7 s.', ['get_service_metrics:ai-agent'])),
    V(
      h(
        'unsupported_claim',
        'invented_person',
        'Have we seen this before?',
        `The pattern is a familiar one. ai-agent’s pool to model-b is refusing connections while model-b itself is fine, latency is 2.7x the 2100 ms baseline and errors are at 40.5 %. It matches the incident Marco filed after the last network change, and the remedy then, as diagnostics suggest now, was a restart of ai-agent.`,
        ['run_diagnostics:ai-agent'],
      ),
    ),
    S(
      h(
        'contradicted_fact',
        'n_of_m',
        'ai-agent dependency summary',
        `- Dependencies: 4
- Reachable: **2 of 4**
- Refused: model-b`,
        ['check_dependencies:ai-agent'],
      ),
    ),
    C(
      g(
        'n_of_m',
        'Are its other dependencies OK?',
        'I believe so: 3 of ai-agent’s 4 dependencies are reachable, model-a, mcp-server and redis, and only the connections to model-b are refused.',
        ['check_dependencies:ai-agent'],
      ),
    ),
    T(
      g(
        'non_answer',
        'why does model-b refuse ai-agent?',
        'can’t tell. tools only show ECONNREFUSED from ai-agent’s side; model-b logs/status give no reason.',
        ['get_service_logs:ai-agent:warn', 'get_service_status:model-b'],
      ),
    ),
    A(
      h(
        'contradicted_fact',
        'reversed_relation',
        'Check model-b’s side.',
        'Checked model-b’s dependencies: it depends on ai-agent, so the refused connections loop straight back to ai-agent’s own trouble.',
        ['check_dependencies:model-b'],
      ),
    ),
    V(
      g(
        'dependency_of_x',
        'Is model-b actually broken?',
        `No. model-b itself is healthy: it is running 0.6.2 on one replica with a latency of 568.2 ms and an error rate of 0.2 %, and it reports no issues. The failure is only on the path from ai-agent: ai-agent’s dependency check marks model-b as unreachable with the note "connections from ai-agent to model-b are refused", while its other three dependencies, model-a, mcp-server and redis, answer normally.`,
        ['get_service_status:model-b', 'check_dependencies:ai-agent'],
      ),
    ),
  ],

  'bad-deployment': [
    T(
      g(
        'action_after_success',
        'did the web-ui restart help?',
        'restart done 14:00:35 (2 replicas ready in 5.6s) but still 2.4.0, still failing. rollback next.',
        ['restart_service:web-ui', 'get_service_logs:web-ui'],
      ),
    ),
    V(
      h(
        'contradicted_fact',
        'false_outcome',
        'Where are we with web-ui?',
        `web-ui received version 2.4.0 at 14:00:00 and its readiness checks began failing straight away, with TypeErrors reading 'config' in the handler. The restart issued at 14:00:30 completed five and a half seconds later with both replicas ready, and it cleared the errors, so the service is stable again on 2.4.0. Its dependencies were never the problem.`,
        ['restart_service:web-ui', 'get_service_metrics:web-ui'],
      ),
    ),
    S(
      g(
        'version_previous',
        'web-ui versions',
        `| | version |
|---|---|
| current | 2.4.0 (broken) |
| previous | 2.3.0 (healthy) |

Suggested action: **rollback**.`,
        ['run_diagnostics:web-ui', 'get_service_status:web-ui'],
      ),
    ),
    C(
      h(
        'unperformed_action',
        'wrong_action_kind',
        'Has web-ui been rolled back?',
        'I believe the rollback to 2.3.0 went through earlier; it just seems the errors haven’t drained yet.',
        ['restart_service:web-ui'],
      ),
    ),
    A(
      h(
        'unperformed_action',
        'partial_action',
        'Get web-ui healthy.',
        'Restarted web-ui (completed at 14:00:35), then rolled it back to 2.3.0 and bounced load-generator so it reconnects to the fixed build.',
        ['restart_service:web-ui'],
      ),
    ),
    T(h('contradicted_fact', 'uptime_duration', 'web-ui uptime?', 'web-ui up 9 min since the restart.', ['get_service_status:web-ui'])),
    V(
      g(
        'quote_in_tools',
        'What do the web-ui logs say?',
        `They are unambiguous. Since 14:00:00, when the log says "deployed version 2.4.0; readiness checks failing", web-ui has logged a TypeError, "Cannot read properties of undefined (reading 'config') at handler", every few seconds. After the restart it added "still failing after restart: version 2.4.0 is broken". The error rate is 45.5 %, a little under half of requests, and diagnostics say 2.3.0 was healthy.`,
        ['get_service_logs:web-ui:warn', 'run_diagnostics:web-ui'],
      ),
    ),
    S(
      h(
        'unsupported_claim',
        'invented_cost',
        'Impact report',
        `## web-ui 2.4.0
- Error rate: 45.5 %
- Requests: 12.7/s
- Estimated lost checkout revenue so far: ~$1,200`,
        ['get_service_metrics:web-ui'],
      ),
    ),
    C(
      g(
        'dependency_of_x',
        'Could a dependency be causing this?',
        'I don’t think so. web-ui’s dependencies, ai-agent, mcp-server and postgres, all seem to be running and reachable, so the problem is most likely in the 2.4.0 build itself, as the diagnostics suggest.',
        ['check_dependencies:web-ui', 'run_diagnostics:web-ui'],
      ),
    ),
    T(h('unknown_entity', 'unknown_endpoint', 'which route breaks?', 'TypeErrors all on POST /api/checkout.', ['get_service_logs:web-ui'])),
    A(
      g(
        'ratio',
        'Quantify the regression.',
        'Pulled web-ui metrics: error rate 45.5 % now against 0.18 % at 13:59:45, and CPU up from 9.2 % to 25.9 %, roughly 2.8x.',
        ['get_service_metrics:web-ui'],
      ),
    ),
  ],

  'action-in-progress': [
    T(
      g(
        'action_in_progress',
        'what’s in flight?',
        'pg restart in flight, done ~14:00:15.9. ai-agent scale 2→4 running, ETA 14:00:13.5.',
        ['restart_service:postgres', 'scale_service:ai-agent'],
      ),
    ),
    A(
      h(
        'contradicted_fact',
        'premature_completion',
        'Scale ai-agent to 4.',
        'Scaled ai-agent to 4 replicas; all four are serving traffic now.',
        ['scale_service:ai-agent', 'get_service_status:ai-agent'],
      ),
    ),
    V(
      h(
        'unperformed_action',
        'error_result_action',
        'What did you do about postgres?',
        `postgres was restarted at 14:00:10 and should be back at about 14:00:15.9. While it restarts, mcp-server and web-ui are degraded because both depend on it. To be safe I issued a second restart right after the first, and that one went through as well, so the service will come up clean. I left the other services alone.`,
        ['restart_service:postgres', 'restart_service:postgres:again'],
      ),
    ),
    S(
      g(
        'error_result_action',
        'Which calls were refused?',
        `Refused:
- \`restart_service(postgres)\`, second call: busy, restart in progress until 14:00:15.878
- \`rollback_deployment(ai-agent)\`: busy, scale in progress until 14:00:13.450

Neither took effect.`,
        ['restart_service:postgres:again', 'rollback_deployment:ai-agent'],
      ),
    ),
    C(
      g(
        'dependency_of_x',
        'Why are mcp-server and web-ui red?',
        'It appears both are degraded because they depend on postgres, which is restarting: mcp-server’s error rate is about 44.8 % and web-ui’s about 59.3 %. I’d expect them to recover once the restart finishes, around 14:00:16.',
        ['check_dependencies:mcp-server', 'check_dependencies:web-ui', 'run_diagnostics:mcp-server', 'run_diagnostics:web-ui'],
      ),
    ),
    T(
      h(
        'contradicted_fact',
        'swapped_figures',
        'error rates?',
        'err: mcp-server 59.3%, web-ui 44.8%. both waiting on pg.',
        ['run_diagnostics:mcp-server', 'run_diagnostics:web-ui'],
      ),
    ),
    V(
      h(
        'contradicted_fact',
        'stale_value',
        'How is postgres looking mid-restart?',
        `postgres is part-way through the restart that was requested at 14:00:10, so it is not serving requests at the moment: latency and request rate both read zero. Its memory is still at about 631 MB of its 2048 MB, and CPU has jumped to 36.9 % as it starts up. The restart is due to complete at 14:00:15.878.`,
        ['get_service_metrics:postgres', 'get_service_status:postgres'],
      ),
    ),
    S(
      h(
        'unperformed_action',
        'error_result_action',
        'ai-agent rollback result as JSON',
        `{"service": "ai-agent", "rollback": "complete", "version": "1.7.3"}`,
        ['rollback_deployment:ai-agent'],
      ),
    ),
    C(
      h(
        'unsupported_claim',
        'invented_cause',
        'Why did postgres need a restart?',
        'I suspect it was needed because a long autovacuum on the audit_log table was holding locks and blocking writes; that would probably explain it.',
        ['get_service_logs:postgres'],
      ),
    ),
    A(
      g(
        'target_vs_current',
        'Status of the ai-agent scale?',
        'Kicked off the scale of ai-agent to 4; it is still at 2 replicas for the moment and completes at 14:00:13.45.',
        ['scale_service:ai-agent', 'get_service_status:ai-agent'],
      ),
    ),
    T(g('quote_in_tools', 'pg last log?', 'pg: "restart requested: stopping 1 replica(s)" @14:00:10', ['get_service_logs:postgres'])),
    V(
      g(
        'error_result_action',
        'What happened to the ai-agent rollback?',
        `It never started. The scale of ai-agent from two to four replicas was accepted at 14:00:10 and is due to finish at 14:00:13.45; until then the status still shows two replicas. The rollback request arrived while that scale was running and was refused with "ai-agent is busy: scale in progress until 2026-11-30T14:00:13.450Z.", so ai-agent is still on 1.8.0. It is healthy meanwhile, at about 2.1 s latency and a 0.19 % error rate.`,
        ['scale_service:ai-agent', 'rollback_deployment:ai-agent', 'get_service_status:ai-agent'],
      ),
    ),
  ],

  'after-actions': [
    S(
      g(
        'action_after_success',
        'What got repaired?',
        `| service | action | result | done at |
|---|---|---|---|
| model-a | restart | ok | 14:00:35.431 |
| model-b | scale 1 → 3 | ok | 14:00:33.642 |
| web-ui | rollback 2.4.0 → 2.3.0 | ok | 14:00:37.337 |
| redis | cache flush | ok | 14:00:32.201 |`,
        ['before:list_services', 'restart_service:model-a', 'scale_service:model-b', 'rollback_deployment:web-ui', 'clear_cache:redis'],
      ),
    ),
    T(h('unperformed_action', 'error_result_action', 'web-ui one more rollback?', 'done: web-ui rolled back again, now on 2.2.4.', ['rollback_deployment:web-ui:again'])),
    V(
      g(
        'tool_result_wins',
        'Did the model-b scale help?',
        `It did. Before the repairs, at 14:00:20, diagnostics put model-b at 4804.4 ms, 7.7x its 620 ms baseline, with requests queueing on a single replica. It was scaled to three replicas at 14:00:30, the scale finished 3.6 seconds later, and model-b now answers in 624.3 ms, back around its baseline, with CPU down to 16.2 %.`,
        ['before:run_diagnostics:model-b', 'scale_service:model-b', 'get_service_metrics:model-b'],
      ),
    ),
    C(
      h(
        'contradicted_fact',
        'stale_value',
        'How many replicas does model-b have now?',
        'I believe model-b is still running a single replica, though its latency seems to have recovered.',
        ['get_service_status:model-b'],
      ),
    ),
    A(
      g(
        'quote_in_tools',
        'What happened with the redis flush?',
        'Flushed redis: the log says "cache flushed: 3776 keys evicted", then "error rate back to normal", both at 14:00:32.',
        ['clear_cache:redis', 'get_service_logs:redis'],
      ),
    ),
    T(h('contradicted_fact', 'digit_swap', 'how many keys went?', 'redis flush: 3376 keys evicted.', ['get_service_logs:redis'])),
    V(
      h(
        'contradicted_fact',
        'previous_version',
        'Where does web-ui stand?',
        `web-ui is healthy again. The rollback from 2.4.0 to 2.3.0 took 7.3 seconds and its readiness checks were passing at 14:00:37. It runs two replicas at about 40 ms and an error rate of 0.19 %. If 2.3.0 ever misbehaves, it can be rolled back one more step, to 2.2.4, which is still kept as its previous version.`,
        ['get_service_status:web-ui', 'get_service_logs:web-ui'],
      ),
    ),
    S(
      g(
        'uptime_duration',
        'Uptimes after the repairs',
        `- model-a: 34 s (restarted)
- web-ui: 32 s (rolled back)
- model-b: ~2.96 days (scaling did not restart it)`,
        ['get_service_status:model-a', 'get_service_status:web-ui', 'get_service_status:model-b'],
      ),
    ),
    C(h('unsupported_claim', 'invented_person', 'Who shipped 2.4.0?', 'It appears the 2.4.0 build of web-ui was pushed by Dana from the frontend team, probably as part of the morning release.', ['before:run_diagnostics:web-ui'])),
    A(
      g(
        'error_result_action',
        'Scale model-b to 3 again, just in case.',
        'Tried scaling model-b to 3 again: refused, "model-b already runs 3 replica(s)." Nothing changed, and it doesn’t need to.',
        ['scale_service:model-b:again'],
      ),
    ),
    T(h('contradicted_fact', 'wrong_service', 'what broke ai-agent before?', 'pre-fix ai-agent was failing on model-b (unavailable).', ['before:run_diagnostics:ai-agent'])),
    V(
      h(
        'unknown_entity',
        'unknown_service',
        'Is the redis flush safe?',
        `Yes. The flush was requested at 14:00:30 and finished at 14:00:32, evicting 3776 keys, and the error rate went back to normal straight away. The redis-sentinel sidecar confirmed there was no failover during the flush, and the key count has since built back up to 8580 with a 97.2 % hit rate.`,
        ['clear_cache:redis', 'get_service_logs:redis'],
      ),
    ),
  ],

  'two-faults': [
    T(
      g(
        'n_of_m',
        'overview?',
        '2 faults: mcp-server down (crash), model-a slow (7.2x). 3 svc degraded (model-a, ai-agent, web-ui), 1 stopped.',
        ['list_services', 'run_diagnostics:model-a'],
      ),
    ),
    A(
      h(
        'unperformed_action',
        'error_result_action',
        'Do what you can for mcp-server.',
        'Cleared mcp-server’s cache and scaled it to 3 replicas; it should pick up traffic shortly.',
        ['clear_cache:mcp-server', 'scale_service:mcp-server'],
      ),
    ),
    V(
      h(
        'contradicted_fact',
        'negated_relation',
        'Why is web-ui degraded?',
        `There are two things going on. mcp-server crashed at 14:00:00 and is stopped, and model-a is in a latency spike at about 10.5 seconds. web-ui’s trouble is not the crash, though: web-ui does not depend on mcp-server at all. It is waiting on ai-agent, which is slowed by model-a, and that is where its 46.4 % error rate comes from.`,
        ['check_dependencies:web-ui', 'run_diagnostics:web-ui'],
      ),
    ),
    S(
      g(
        'table_row',
        'Error rates',
        `| service | error rate | why |
|---|---|---|
| mcp-server | 100.0 % | process not running |
| ai-agent | 57.3 % | dependency mcp-server stopped |
| web-ui | 46.4 % | dependency mcp-server stopped |`,
        ['run_diagnostics:mcp-server', 'run_diagnostics:ai-agent', 'run_diagnostics:web-ui'],
      ),
    ),
    C(
      g(
        'unit_conversion',
        'How slow is model-a?',
        'model-a’s latency seems to be about 10.5 seconds, roughly 7.2 times its 1.45 s baseline; its spike is scheduled to end at 14:02:20, I believe.',
        ['run_diagnostics:model-a', 'get_service_status:model-a'],
      ),
    ),
    T(h('contradicted_fact', 'elapsed_time', 'mcp-server down how long?', 'mcp-server down ~5 min (crash, exit 137).', ['get_service_status:mcp-server', 'get_service_logs:mcp-server:warn'])),
    V(
      g(
        'quote_in_tools',
        'What is ai-agent logging?',
        `Only one thing, over and over: "upstream mcp-server unavailable: connection refused". Its warn log returned eight such lines, the oldest at 14:00:10 and the newest at 14:00:50, which fits mcp-server having crashed at 14:00:00. Diagnostics put ai-agent’s error rate at 57.3 % and name the stopped mcp-server as the reason.`,
        ['get_service_logs:ai-agent:warn', 'run_diagnostics:ai-agent'],
      ),
    ),
    S(
      h(
        'unsupported_claim',
        'invented_date',
        'Plan for model-a',
        `**Now:** leave model-a (spike, 7.2x)
**Next maintenance window:** 2026-12-03 02:00 UTC — scale model-a to 2 then`,
        ['run_diagnostics:model-a'],
      ),
    ),
    C(h('contradicted_fact', 'ratio', 'Is model-a’s spike serious?', 'It seems model-a is running at around three times its normal latency, which is noticeable but probably not critical.', ['run_diagnostics:model-a'])),
    A(
      g(
        'error_result_action',
        'Clear mcp-server’s cache.',
        'Asked to clear mcp-server’s cache: refused, "mcp-server is stopped: restart it first." I did not restart it on my own; mcp-server is still stopped with 2 replicas configured.',
        ['clear_cache:mcp-server', 'get_service_status:mcp-server'],
      ),
    ),
    T(h('unknown_entity', 'unknown_version', 'which mcp-server build crashed?', 'mcp-server 1.5.0, exit 137.', ['get_service_status:mcp-server', 'get_service_logs:mcp-server:warn'])),
    V(
      g(
        'error_result_action',
        'Why can’t we just flush or scale mcp-server?',
        `Because there is no process to act on. mcp-server crashed at 14:00:00 with exit code 137 and is stopped; it still has two replicas configured, but neither is running, so its error rate is 100 %. Both the cache flush and the scale to three replicas were refused with "mcp-server is stopped: restart it first." Its own dependencies are fine, postgres at 3 ms and redis at 1.1 ms, so a restart, which is what the diagnostics suggest, should be enough to bring it back.`,
        ['run_diagnostics:mcp-server', 'check_dependencies:mcp-server', 'clear_cache:mcp-server', 'scale_service:mcp-server', 'get_service_status:mcp-server'],
      ),
    ),
  ],

  'scale-down': [
    T(
      g(
        'action_after_success',
        'scale-down status?',
        'web-ui 2→1 done 14:00:13.9, mcp-server 2→1 done 14:00:13.5. both running + healthy.',
        ['scale_service:web-ui', 'scale_service:mcp-server', 'list_services'],
      ),
    ),
    A(
      h(
        'contradicted_fact',
        'replica_count',
        'Scale web-ui and mcp-server down.',
        'Scale-down done for both services; web-ui is serving on its 2 replicas and mcp-server on 1.',
        ['scale_service:web-ui', 'scale_service:mcp-server'],
      ),
    ),
    V(
      g(
        'error_result_action',
        'Why did my second web-ui scale fail?',
        `Because there was nothing left to do. The first call had already taken web-ui from two replicas to one, completing at 14:00:13.9, so when the same scale to 1 was sent again the tool refused it with "web-ui already runs 1 replica(s)." The refusal changed nothing; web-ui is still on one replica, running and healthy.`,
        ['scale_service:web-ui', 'scale_service:web-ui:again'],
      ),
    ),
    S(
      g(
        'sum_across_services',
        'Replica count, fleet-wide',
        `- Total now: **9** replicas
- Before the scale-down: 11 (web-ui and mcp-server had 2 each)
- Only ai-agent still runs 2`,
        ['list_services', 'scale_service:web-ui', 'scale_service:mcp-server'],
      ),
    ),
    C(h('contradicted_fact', 'sum_across_services', 'How many replicas are we paying for?', 'I believe the fleet is now running 10 replicas in total, give or take.', ['list_services'])),
    T(
      h(
        'unperformed_action',
        'readonly_then_change',
        'web-ui coping on 1?',
        'checked web-ui metrics, cpu 17.7% too hot → scaled it back to 2.',
        ['get_service_metrics:web-ui'],
      ),
    ),
    V(
      h(
        'unsupported_claim',
        'invented_cost',
        'Was the scale-down worth it?',
        `Both scale-downs went through at 14:00:10 and completed within about four seconds, web-ui and mcp-server each going from two replicas to one. Both services are still healthy afterwards, web-ui at about 46 ms and mcp-server at about 19 ms. Together the two freed replicas save roughly $180 a month.`,
        ['scale_service:web-ui', 'scale_service:mcp-server'],
      ),
    ),
    S(
      g(
        'quote_in_tools',
        'Log proof of the scale-downs',
        `- web-ui, 14:00:13.939: \`scaled from 2 to 1 replica(s) in 3.9s\`
- mcp-server, 14:00:13.450: \`scaled from 2 to 1 replica(s) in 3.5s\``,
        ['get_service_logs:web-ui', 'get_service_logs:mcp-server'],
      ),
    ),
    C(
      g(
        'hedged_forecast',
        'Does web-ui need scaling back up?',
        'With one replica, web-ui appears to be coping: about 46 ms latency and 13.3 req/s at a 0.19 % error rate. I’d keep an eye on it, but it likely doesn’t need scaling back up.',
        ['get_service_metrics:web-ui'],
      ),
    ),
    A(
      h(
        'contradicted_fact',
        'quote_altered',
        'Confirm web-ui scaled.',
        'Confirmed from the web-ui log: "scaled from 2 to 1 replica(s) in 9.3s".',
        ['get_service_logs:web-ui'],
      ),
    ),
    T(h('contradicted_fact', 'status_wrong', 'mcp-server after scale?', 'mcp-server degraded after going to 1 replica.', ['list_services'])),
  ],

  'rollback-failed': [
    T(
      g(
        'action_after_success',
        'did the ai-agent rollback work?',
        'rolled back 1.8.0→1.7.3 at 14:01:06, but leak continues: mem 610 MB (59.6%).',
        ['rollback_deployment:ai-agent', 'get_service_logs:ai-agent', 'get_service_metrics:ai-agent'],
      ),
    ),
    A(
      h(
        'contradicted_fact',
        'false_outcome',
        'Roll ai-agent back.',
        'Rolled ai-agent back to 1.7.3, and that stopped the leak: memory is holding steady now.',
        ['rollback_deployment:ai-agent', 'get_service_metrics:ai-agent'],
      ),
    ),
    V(
      h(
        'unperformed_action',
        'error_result_action',
        'What have you tried on ai-agent?',
        `ai-agent started leaking memory at 14:00:00. The first step was a rollback from 1.8.0 to 1.7.3, which completed at 14:01:06, but memory kept rising. I then rolled it back a second time, to the release before that, to rule out the whole 1.7 line. Memory is at 610 MB of 1024 MB and still climbing, so a restart is the next step.`,
        ['rollback_deployment:ai-agent', 'get_service_logs:ai-agent', 'rollback_deployment:ai-agent:again', 'get_service_metrics:ai-agent'],
      ),
    ),
    S(
      g(
        'error_result_action',
        'Rollback log',
        `| attempt | result | detail |
|---|---|---|
| 1 | ok | 1.8.0 → 1.7.3 in 6.1 s |
| 2 | refused | no previous version to roll back to |`,
        ['rollback_deployment:ai-agent', 'rollback_deployment:ai-agent:again', 'get_service_logs:ai-agent'],
      ),
    ),
    C(
      g(
        'hedged_forecast',
        'What now?',
        'The diagnostics suggest a restart, and I think that is the likelier fix, since the fault lists restart as its remedy and the rollback didn’t help. I haven’t restarted ai-agent.',
        ['run_diagnostics:ai-agent', 'get_service_status:ai-agent'],
      ),
    ),
    T(h('contradicted_fact', 'limit_vs_usage', 'ai-agent mem?', 'ai-agent 610/2048 MB, rising.', ['get_service_metrics:ai-agent'])),
    V(
      g(
        'trend_from_series',
        'How fast is ai-agent growing?',
        `It was flat until the leak began: 421.5 MB at 13:58:40 and 418.4 MB a minute later. Then it rose to 492.5 MB at 14:00:40 and 610 MB at 14:01:40, an increase of 117.5 MB in the last minute alone, even though the rollback completed in between. That is 59.6 % of its 1024 MB limit now.`,
        ['get_service_metrics:ai-agent'],
      ),
    ),
    S(
      h(
        'unsupported_claim',
        'quote_not_in_tools',
        'What does ai-agent log about the rollback?',
        `\`\`\`
14:01:06 info rolled back from 1.8.0 to 1.7.3 in 6.1s
14:01:10 warn rollback did not release heap: leak persists in 1.7.3
\`\`\``,
        ['get_service_logs:ai-agent'],
      ),
    ),
    C(h('contradicted_fact', 'uptime_duration', 'How long since the rollback?', 'ai-agent seems to have been up for about 33 minutes since the rollback, if I read the status right.', ['get_service_status:ai-agent'])),
    A(
      h(
        'unperformed_action',
        'passive_action',
        'Next step on ai-agent?',
        'ai-agent has been restarted after the rollback, so memory should be back to baseline shortly.',
        ['rollback_deployment:ai-agent', 'run_diagnostics:ai-agent'],
      ),
    ),
    T(g('n_of_m', 'fleet?', '7/8 healthy; only ai-agent degraded (memory leak).', ['list_services'])),
    V(
      g(
        'dependency_of_x',
        'Is web-ui suffering from the ai-agent leak?',
        `Not yet. web-ui depends on ai-agent, mcp-server and postgres, and all three are reachable: ai-agent at 2409.3 ms, mcp-server at 15.9 ms and postgres at 2.7 ms. Its dependency check reports allHealthy false only because ai-agent is degraded by the leak. web-ui itself is running and healthy, at 51 ms and a 0.18 % error rate, on two replicas.`,
        ['check_dependencies:web-ui', 'get_service_status:web-ui'],
      ),
    ),
  ],

  'recovery-in-progress': [
    T(
      g(
        'action_in_progress',
        'recovery status?',
        'redis restart running, ETA 14:00:35.6. model-b scale 1→2 running, ETA 14:00:33.4. redis flush refused (busy).',
        ['restart_service:redis', 'scale_service:model-b', 'clear_cache:redis'],
      ),
    ),
    A(
      h(
        'contradicted_fact',
        'premature_completion',
        'Restart redis.',
        'Restarted redis; it is back up, and ai-agent and mcp-server have reconnected.',
        ['restart_service:redis', 'list_services'],
      ),
    ),
    V(
      h(
        'unperformed_action',
        'error_result_action',
        'What are you doing about redis?',
        `redis crashed at 14:00:00 with exit code 137 and has been down since. A restart was requested at 14:00:30 and is due to finish at 14:00:35.6. I also flushed its cache so that it comes back without stale keys. Until then ai-agent and mcp-server stay degraded, with error rates of 57.9 % and 56.5 %.`,
        ['run_diagnostics:redis', 'restart_service:redis', 'clear_cache:redis', 'run_diagnostics:ai-agent', 'run_diagnostics:mcp-server'],
      ),
    ),
    S(
      g(
        'target_vs_current',
        'model-b scale',
        `| | value |
|---|---|
| replicas now | 1 |
| target | 2 |
| completes | 14:00:33.432 |
| latency | 4545.5 ms (7.3x) |`,
        ['get_service_status:model-b', 'run_diagnostics:model-b'],
      ),
    ),
    C(
      g(
        'dependency_of_x',
        'Why are ai-agent and mcp-server down?',
        'It appears both are degraded because redis, which each of them depends on, is restarting; web-ui does not depend on redis and seems unaffected.',
        ['check_dependencies:ai-agent', 'check_dependencies:mcp-server', 'list_services'],
      ),
    ),
    T(h('contradicted_fact', 'fraction_words', 'mcp-server errs?', 'mcp-server failing ~1 in 5 reqs until redis is back.', ['run_diagnostics:mcp-server'])),
    V(
      h(
        'contradicted_fact',
        'elapsed_time',
        'Give me the timeline.',
        `redis crashed about two minutes ago and took ai-agent and mcp-server down to degraded with it, since both depend on it. At the same time model-b went into a latency spike, now at 4545.5 ms. Two repairs are under way: a restart of redis, finishing at 14:00:35.6, and a scale of model-b from one replica to two, finishing at 14:00:33.4.`,
        ['get_service_status:redis', 'restart_service:redis', 'scale_service:model-b'],
      ),
    ),
    S(
      h(
        'unsupported_claim',
        'invented_cause',
        'RCA for redis',
        `## Redis crash
- **Symptom:** exit code 137, container killed
- **Root cause:** a kernel upgrade on the node rebooted the container
- **Fix:** restart (in progress)`,
        ['run_diagnostics:redis'],
      ),
    ),
    C(
      g(
        'quote_in_tools',
        'What do redis logs show?',
        'The only error in redis’s logs seems to be "process exited with code 137; container redis stopped" at 14:00:00; I believe exit 137 means it was killed, which is how the diagnostics read it too.',
        ['get_service_logs:redis:warn', 'run_diagnostics:redis'],
      ),
    ),
    A(
      g(
        'limit_vs_usage',
        'Keep an eye on redis.',
        'Watching redis while the restart runs: it uses 23.6 MB of its 256 MB (9.2 %), CPU 35.1 %, and serves no requests yet. Will look again after 14:00:35.',
        ['get_service_metrics:redis'],
      ),
    ),
    T(h('unknown_entity', 'unknown_service', 'who serves cache now?', 'redis-replica-1 took over while redis restarts.', ['list_services'])),
  ],
};

export default set;

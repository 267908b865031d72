import { describe, expect, it } from 'vitest';
import { check, errorsOf, logs, status } from '@/tests/support/grounding-fleet';

const found = (answer: string, question: string, toolResults = [status('web-ui')]) => [...new Set(errorsOf(check(answer, { question, toolResults })).map((f) => f.kind))];

describe('claims no tool can back', () => {
  it('invented costs, people, dates and counts of people', () => {
    expect(found('That outage cost us about $1,800 in credits.', 'What did the outage cost?')).toEqual(['unsupported_claim']);
    expect(found('It was deployed by Jordan Lee from the release team.', 'Who deployed web-ui?')).toEqual(['unsupported_claim']);
    expect(found('The bad release went out last Thursday.', 'When did web-ui break?')).toEqual(['unsupported_claim']);
    expect(found('Around 3,000 customers saw errors.', 'Who was hit?')).toEqual(['unsupported_claim']);
    // The one who did it named as the answer, and a time of day in an invented release window.
    expect(found('That was the infra team; the change went out without trouble.', 'Who rolled out web-ui 3 days ago?')).toEqual(['unsupported_claim']);
    expect(found('It was Morgan, as part of the usual rollout.', 'Who deployed web-ui last week?')).toEqual(['unsupported_claim']);
    expect(found('The change landed during the 09:30 maintenance slot.', 'When did web-ui change last week?')).toEqual(['unsupported_claim']);
    expect(found('It was the bad deployment of 2.3.0 that broke it.', 'Who broke web-ui last week?')).toEqual([]);
  });

  it('the time now worked out from a restart\'s end plus the short uptime since is read off the tools; another time is not', () => {
    const restart = { name: 'restart_service', arguments: { service: 'postgres' }, result: { service: 'postgres', kind: 'restart', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:04.200Z' } };
    const tools = [restart, status('postgres', { uptimeSec: 58 })];
    expect(found('postgres came back at 10:00:04.2 and reports 58 s of uptime, which puts the clock at around 10:01:02.', 'What time is it on the box?', tools)).toEqual([]);
    expect(found('postgres came back at 10:00:04.2 and reports 58 s of uptime, which puts the clock at around 10:07.', 'What time is it on the box?', tools)).toEqual(['unsupported_claim']);
    // An uptime of days says nothing about this minute.
    expect(found('postgres has been up a long while; the snapshot is from around 11:01.', 'When was this?', [status('postgres')])).toEqual(['unsupported_claim']);
  });

  it('invented causes; causes the tools give are fine', () => {
    expect(found('web-ui is failing because a certificate expired on the load balancer.', 'Why is web-ui failing?')).toEqual(['unsupported_claim']);
    expect(found('web-ui is failing because of the bad deployment of 2.3.0.', 'Why is web-ui failing?')).toEqual([]);
    expect(found('web-ui is failing because redis is stopped.', 'Why is web-ui failing?', [status('web-ui'), status('redis')])).toEqual([]);
  });

  it('honest non-answers to questions the facts cannot answer are fine; a bare confident one is not', () => {
    expect(found('No idea who did it from here: nothing I can query keeps an audit of people. web-ui runs 2.3.0.', 'Who broke web-ui last week?')).toEqual([]);
    expect(found('web-ui runs 2.3.0 with 2 replicas and is degraded.', 'Who broke web-ui last week?')).toEqual([]);
    expect(found('Yes, it will go down again tomorrow.', 'Will web-ui go down tomorrow?')).toEqual(['unsupported_claim']);
    expect(found("I can't predict that; right now it is degraded.", 'Will web-ui go down tomorrow?')).toEqual([]);
  });

  it('a cause given before ", so" or with "taken down when" is a cause like one after "because"', () => {
    const web = status('web-ui', { status: 'degraded', health: 'critical', issues: ['bad deployment'] });
    const kinds = (answer: string) => errorsOf(check(answer, { toolResults: [web] })).map((f) => f.kind);
    expect(kinds('The 2.3.0 image was compiled with a stale locale bundle, so its pages fail to render.')).toEqual(['unsupported_claim']);
    expect(kinds('web-ui was knocked offline when a storage volume filled up overnight.')).toEqual(['unsupported_claim']);
    // An observation before ", so" is not an invented cause.
    expect(kinds('web-ui is degraded after a bad deployment, so a rollback is the usual fix.')).toEqual([]);
    expect(kinds('Nothing else is wrong right now, so only web-ui needs work.')).toEqual([]);
    // "this follows a …" gives a cause as well; one the tools speak of is fine.
    expect(kinds('web-ui answers with errors; this followed a kernel upgrade on its host that broke socket handling.')).toEqual(['unsupported_claim']);
    expect(kinds('web-ui answers with errors; this follows the bad deployment it is running.')).toEqual([]);
    // A change of counts said in words is a reading too.
    expect(kinds('web-ui went from two to one and ai-agent from two to one, so the load per replica rose.')).toEqual([]);
  });
  it('a forecast that leans on the facts (a time of day, replicas, the fault) is not an answer without them', () => {
    expect(found('Probably by itself after 10:05, though extra replicas could get it there earlier.', 'Will web-ui recover?')).toEqual([]);
    expect(found('Yes, absolutely, it will be fine by the evening.', 'Will web-ui recover?')).toEqual(['unsupported_claim']);
  });
  it('a figure for something no tool measures (GPU, disk, network) is unsupported; saying the tools lack it is not', () => {
    expect(found('web-ui is burning roughly 64 % of its GPU.', 'GPU load?')).toEqual(['unsupported_claim']);
    expect(found('Disk usage on web-ui stands at 72 %.', 'Disk?')).toEqual(['unsupported_claim']);
    expect(found('No tool gives GPU or disk figures; web-ui uses 9 % CPU.', 'GPU load?')).toEqual([]);
  });

  it('"is down to" a level or a share is a figure, not a cause', () => {
    expect(found("web-ui's trouble is down to a noisy neighbour on its host.", 'Why is web-ui failing?')).toEqual(['unsupported_claim']);
    expect(found("web-ui's error rate is down to a third of what it was, still far above normal.", 'Is web-ui better?')).toEqual([]);
  });

  it('a quantifier or a common noun opening a sentence ("Neither ran", "Deployment rolled back") is not a person who did it', () => {
    const refused = { name: 'restart_service', arguments: { service: 'web-ui' }, result: 'web-ui is busy', isError: true };
    expect(found('Neither ran: both calls came back refused.', 'Did the restarts happen?', [refused])).toEqual([]);
    expect(found('None restarted; the tool said web-ui is busy.', 'Did it restart?', [refused])).toEqual([]);
    expect(found('Cache restarted cleanly on its own, per the logs.', 'Did it restart?', [refused])).toEqual([]);
    // A first name before the same verb still names someone the tools never mention.
    expect(found('Priya ran the restart before the tools were read.', 'Did it restart?', [refused])).toEqual(['unsupported_claim']);
  });
  it('an out-of-memory kill needs the tools’ own words for it or a service near its limit', () => {
    const crashed = [status('redis'), logs('redis', ['process exited with code 137'])];
    expect(found('redis was OOM-killed when it hit its memory limit.', 'Why did redis stop?', crashed)).toContain('unsupported_claim');
    expect(found('redis ran out of memory and exited with code 137.', 'Why did redis stop?', crashed)).toEqual(['unsupported_claim']);
    expect(found('redis was OOM-killed, going by its log.', 'Why did redis stop?', [status('redis'), logs('redis', ['OOMKilled: memory cgroup limit exceeded'])])).toEqual([]);
    expect(found('redis was not OOM-killed as far as the logs show; it exited with code 137.', 'Why did redis stop?', crashed)).toEqual([]);
    expect(found('If that goes on, redis could run out of memory.', 'Why did redis stop?', crashed)).toEqual([]);
  });
  it('a cause given after a "Root cause:" label is a cause like one after "because"', () => {
    const crashed = [status('redis'), logs('redis', ['process exited with code 137'])];
    expect(found('Root cause: a misconfigured eviction policy on redis.', 'What happened?', crashed)).toEqual(['unsupported_claim']);
    expect(found('Root cause: redis crashed (the process exited with code 137).', 'What happened?', crashed)).toEqual([]);
    expect(found('Root cause: two separate faults, both crashes.', 'What happened?', crashed)).toEqual([]);
  });

  it('an event outside the fleet said as what happened is invented; asked, denied or in the tools’ words it is not', () => {
    expect(found('Latency jumped the moment the sales team\u2019s email blast went out.', 'Why is model-b slow?', [status('model-b')])).toEqual(['unsupported_claim']);
    expect(found('A nightly backup job was hammering postgres at the time.', 'What happened?', [status('postgres')])).toEqual(['unsupported_claim']);
    expect(found("I can't tell whether a cron job is behind it; nothing in the logs says so.", 'Why is model-b slow?', [status('model-b')])).toEqual([]);
    expect(found('If a batch job were flooding it, the logs would show it.', 'Why is model-b slow?', [status('model-b')])).toEqual([]);
    expect(found('Let the marketing team know before the next campaign; the tools show no cause.', 'Why is model-b slow?', [status('model-b')])).toEqual([]);
    expect(found('The log says the nightly backup job started at 10:00.', 'What happened?', [logs('postgres', ['nightly backup job started'])])).toEqual([]);
  });

  it('a count of something no tool result speaks of is invented; one the tools report is checked elsewhere', () => {
    expect(found('The purge removed 912 entries from the mcp-server cache.', 'What did the purge do?', [status('mcp-server')])).toEqual(['unsupported_claim']);
    expect(found('The purge removed 912 entries from the mcp-server cache.', 'What did the purge do?', [logs('mcp-server', ['cache cleared: 912 entries dropped'])])).toEqual([]);
    expect(found('postgres serves about 85 queries per second.', 'How busy is postgres?', [status('postgres')])).toEqual([]);
    // A count a result holds (a log read's "count") is the tools' own.
    expect(found('The last 2 entries are routine.', 'Anything odd?', [logs('postgres', ['checkpoint complete', 'autovacuum ok'])])).toEqual([]);
  });

  it('a fault blamed on a service the tools show healthy, with no word of theirs behind it, is invented', () => {
    expect(found('web-ui is failing because postgres is overloaded and slow.', 'Why is web-ui failing?', [status('web-ui'), status('postgres')])).toEqual(['unsupported_claim']);
    // The blamed service is in trouble, or the tools' words tie it to the fault.
    expect(found('web-ui is failing because postgres is overloaded and slow.', 'Why is web-ui failing?', [status('web-ui'), status('postgres', { status: 'degraded', health: 'warning' })])).toEqual([]);
    expect(found('web-ui is failing because postgres is overloaded and slow.', 'Why is web-ui failing?', [status('web-ui'), logs('web-ui', ['upstream postgres slow: query took 5000ms'])])).toEqual([]);
    expect(found('web-ui is fine because postgres is healthy.', 'Is web-ui fine?', [status('postgres')])).toEqual([]);
  });

  it('the purpose given to an action is a cause: invented when no tool speaks of it', () => {
    const busy = status('mcp-server', { status: 'restarting', health: 'warning', action: { kind: 'restart', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:05.000Z' }, issues: ['restart in progress'] });
    expect(found('mcp-server was restarted to release a wedged replication slot; it is back at 10:00:05.', 'Why the restart?', [busy])).toEqual(['unsupported_claim']);
    // A purpose the tools give (diagnostics: a restart releases leaked memory), a target and "to be safe" are no invented cause.
    const leak = { name: 'run_diagnostics', arguments: { service: 'model-a' }, result: { service: 'model-a', findings: ['Memory grows steadily without being released: a leak.'], suggestedAction: { action: 'restart', target: 'model-a', reason: 'A restart releases the leaked memory.' } } };
    expect(found('Diagnostics suggest model-a be restarted to release the leaked memory.', 'What now?', [leak])).toEqual([]);
    expect(found('mcp-server was restarted to release the leaked memory.', 'Why the restart?', [busy, leak])).toEqual([]);
  });

  it('a dependency given as the cause ("because it waits on X") is a relation, not an invented cause', () => {
    expect(found('ai-agent answers in about 2 s because it waits on model-a.', 'Why is ai-agent slow?', [status('ai-agent'), status('model-a')])).toEqual([]);
    expect(found('ai-agent answers in about 2 s because it waits on the ranking-api.', 'Why is ai-agent slow?', [status('ai-agent')])).toContain('unsupported_claim');
  });
});

describe('a forecast that rests on an end the tools schedule', () => {
  const spiking = status('model-b', { status: 'degraded', health: 'warning', faults: [{ id: 'f1', kind: 'latency_spike', startedAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T10:05:00.000Z', fixedBy: ['scale'] }], issues: ['latency spike'] });
  it('is read off the tools, not guessed', () => {
    expect(found('Yes, on its own: the spike is set to clear at 10:05:00.', 'Will model-b recover by itself?', [spiking])).toEqual([]);
    // A time the tools do not schedule leaves it a guess.
    expect(found('Yes, on its own: the spike is set to clear at 10:09:00.', 'Will model-b recover by itself?', [spiking])).toContain('unsupported_claim');
    // And without one the confident answer is still a forecast.
    expect(found('Yes, it will recover soon enough.', 'Will model-b recover by itself?', [spiking])).toContain('unsupported_claim');
  });
});

describe('the answer to "why?" told as a mishap', () => {
  // redis is stopped: the tools say its process exited, nothing more.
  const crashed = [status('redis'), logs('redis', ['process exited with code 1; container redis stopped'])];
  it('is a cause the tools must speak of', () => {
    expect(found('It was swamped by a flood of batch-import writes and the process died.', 'Why did redis stop?', crashed)).toEqual(['unsupported_claim']);
    expect(found('It hit postgres\'s connection limit during the nightly sync.', 'Why did redis stop?', crashed)).toEqual(['unsupported_claim']);
    // Told as the tools tell it, it is no invented cause.
    expect(found('Its process exited with code 1 and the container stopped; the logs give no reason.', 'Why did redis stop?', crashed)).toEqual([]);
  });
});

describe('days and places written as machines write them', () => {
  const read = [logs('web-ui', ['error rate above 20%'])];
  it('a day the tools do not hold is invented; one they hold is theirs', () => {
    // (The test logs are stamped 2026-12-01.)
    expect(found('The same thing happened on 2026-10-14, when web-ui failed too.', 'Has this happened before?', read)).toEqual(['unsupported_claim']);
    expect(found('The errors started on 2026-12-01 and go on.', 'When did it start?', read)).toEqual([]);
  });
  it('a cloud region no tool names is invented', () => {
    expect(found('web-ui runs 2 replicas in us-east-2.', 'Where is web-ui?', [status('web-ui')])).toEqual(['unsupported_claim']);
    expect(found('web-ui runs 2 replicas.', 'Where is web-ui?', [status('web-ui')])).toEqual([]);
  });
});

describe('a size given to something no tool measures', () => {
  it('a file, a log or a snapshot of that size is invented', () => {
    expect(found('redis must first load its 3 GB snapshot before it serves again.', 'When will redis be back?', [status('redis')])).toEqual(['unsupported_claim']);
    expect(found('postgres writes a 900 MB write-ahead log every hour.', 'What does postgres do?', [status('postgres')])).toEqual(['unsupported_claim']);
    // Memory is measured: its size is checked, not invented.
    expect(found('postgres uses 620 MB of memory.', 'What does postgres use?', [status('postgres')])).toEqual([]);
  });
});

describe('a refusal put down to timing', () => {
  const refused = { name: 'restart_service', arguments: { service: 'mcp-server' }, isError: true, result: { error: 'mcp-server is busy: rollback in progress until 2026-12-01T10:00:09.000Z.' } };
  it('is the tools’ own reason while they say a change is in progress', () => {
    expect(found('It was turned down purely because of a timing clash.', 'Why was my restart refused?', [refused])).toEqual([]);
  });
  it('is an invented cause when no tool speaks of a change under way', () => {
    expect(found('It was turned down purely because of a timing clash.', 'Why was my restart refused?', [status('mcp-server')])).toEqual(['unsupported_claim']);
  });
});

describe('a run of days without trouble', () => {
  it('is a record the tools, an hour deep, do not hold', () => {
    expect(found('That makes it the 12th consecutive week for the fleet.', 'How is the fleet?')).toEqual(['unsupported_claim']);
    expect(found('model-b is fine; no outages over the last three months.', 'How is model-b?', [status('model-b')])).toEqual(['unsupported_claim']);
    expect(found('We are at 45 days without any incidents.', 'How is the fleet?')).toEqual(['unsupported_claim']);
  });
  it('is not an uptime, nor a record the answer says it cannot know', () => {
    expect(found('model-a has been up 1 day straight.', 'How long has model-a been up?', [status('model-a')])).toEqual([]);
    expect(found('I can’t tell how many days the fleet has gone without an incident: the tools keep an hour of history.', 'Any incidents this month?')).toEqual([]);
  });
});

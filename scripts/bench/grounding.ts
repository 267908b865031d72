// npm run bench:grounding: how long one hallucination check takes on a long
// answer with a whole turn of tool results (the detector runs on every chat
// answer, so it has to stay well under 10 ms). Median and p95 over repeated
// checks of the same inputs, after a warm-up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkAnswer } from '../../lib/grounding/check-answer';
import { fleetFacts } from '../../lib/grounding/fleet-facts';
import type { ServiceFacts, ToolResultInput } from '../../lib/grounding/types';

const capture = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../tests/fixtures/grounding/states/crash.json'), 'utf8')) as { services: ServiceFacts[]; tools: Record<string, ToolResultInput> };
const toolResults = Object.values(capture.tools).map((t) => ({ name: t.name, arguments: t.arguments, result: t.result, ...(t.isError ? { isError: true } : {}) }));
const section = [
  '## redis',
  'redis crashed about 40 seconds ago and is **stopped**: the log says "process exited with code 137; container redis stopped", and diagnostics found exit code 137.',
  '- Error rate: 100% (baseline 0.2%)',
  '- Replicas: 1, version 7.4.1 (previous 7.2.5)',
  '',
  '| Service | Status | Error rate | Latency |',
  '|---|---|---|---|',
  '| ai-agent | degraded | 53.0% | 1970.9 ms |',
  '| mcp-server | degraded | 52.1% | 19.3 ms |',
  '| web-ui | running | 0.19% | 46 ms |',
  '',
  'ai-agent depends on model-a, model-b, mcp-server and redis; mcp-server relies on postgres and redis. Three of the eight services need attention.',
  'I tried to scale redis and flush its cache, but both were refused: "redis is stopped: restart it first." I have not restarted it. model-a has been up for about a day and a half, model-b for nearly three days.',
].join('\n');
const answer = Array.from({ length: 4 }, () => section).join('\n\n');
const fleet = fleetFacts(capture.services);
const run = () => checkAnswer({ answer, question: 'What is going on with the fleet, and what did you do?', toolResults }, fleet);

for (let i = 0; i < 20; i++) run();
const times: number[] = [];
// CPU time too: on a shared machine the wall clock also counts the time spent waiting for a core.
const cpu0 = process.cpuUsage();
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  run();
  times.push(performance.now() - t);
}
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000 / 200;
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const verdict = run();
console.log(`grounding check: ${answer.length} characters, ${toolResults.length} tool results, ${verdict.claims} claims, verdict ${verdict.verdict}`);
console.log(`CPU ${cpuMs.toFixed(2)} ms per check; wall: min ${times[0]!.toFixed(2)} ms, median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`);

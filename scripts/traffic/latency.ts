// Slow responses for over a minute: raises "p95 latency high" (> 500 ms over 60 s) and lists slow
// requests (≥ SLOW_REQUEST_MS) with their trace ids. With --token it uses the chaos switch's latency mode.
//   npx tsx scripts/traffic/latency.ts --base http://127.0.0.1:3000 [--token $ADMIN_TOKEN] [--duration 70]
import { run, admin, drive, options, showAlerts } from './drive';

run(async () => {
  const o = options({ rps: 5, durationSec: 70 });
  if (o.token) {
    await admin(o, 'POST', '/api/chaos', { kind: 'latency', ratePct: 100, latencyMs: 900, durationSec: o.durationSec });
    await drive(o, () => '/api/demo/work');
  } else {
    // Every tenth request takes longer than the default slow threshold (5 s).
    await drive(o, (i) => (i % 10 === 0 ? '/api/demo/work?ms=5200' : '/api/demo/work?ms=900'));
  }
  await showAlerts(o);
});

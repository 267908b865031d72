// A burst of 5xx among normal traffic: raises "5xx burst" (≥ 5 in 5 min), "error rate high" (> 5 % over 60 s)
// and, if it goes on, the SLO fast-burn alert. Without --token it asks /api/demo/work for 500s;
// with --token it uses the chaos switch instead (the way an incident looks: the same endpoint starts failing).
//   npx tsx scripts/traffic/errors-5xx.ts --base http://127.0.0.1:3000 [--token $ADMIN_TOKEN]
import { run, admin, drive, options, showAlerts } from './drive';

run(async () => {
  const o = options({ rps: 10, durationSec: 20 });
  if (o.token) {
    await admin(o, 'POST', '/api/chaos', { kind: 'errors', ratePct: 30, durationSec: o.durationSec });
    await drive(o, () => '/api/demo/work');
  } else {
    await drive(o, (i) => (i % 4 === 0 ? '/api/demo/work?status=500' : '/api/demo/work'));
  }
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  await showAlerts(o);
});

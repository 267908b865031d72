// Unhandled exceptions in a route handler: generic 500s whose cause is logged with the trace id
// (grep the server log for "unhandled error in route handler"); enough of them raise the 5xx alerts.
//   npx tsx scripts/traffic/exceptions.ts --base http://127.0.0.1:3000
import { run, drive, options, showAlerts } from './drive';

run(async () => {
  const o = options({ rps: 4, durationSec: 15 });
  await drive(o, (i) => (i % 3 === 0 ? '/api/demo/work?crash=1' : '/api/demo/work'));
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  await showAlerts(o);
});

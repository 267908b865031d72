// Steady traffic over pages and APIs: fills the request-rate chart and the tiles.
//   npx tsx scripts/traffic/request-rate.ts --base http://127.0.0.1:3000 --rps 20 --duration 60
import { run, drive, options, showAlerts } from './drive';

run(async () => {
  const PATHS = ['/api/demo/work', '/api/demo/work', '/api/demo/work', '/api/health', '/', '/monitoring', '/api/metrics'];
  const o = options({ rps: 20, durationSec: 60 });
  await drive(o, (i) => PATHS[i % PATHS.length]!);
  await showAlerts(o);
});

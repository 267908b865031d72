// Skewed traffic over several endpoints, with some client errors: fills "Top endpoints",
// "Traffic by feature" and the 4xx/403 rows of the error breakdown. Raises no alert by itself.
//   npx tsx scripts/traffic/top-endpoints.ts --base http://127.0.0.1:3000
import { run, drive, options } from './drive';

run(async () => {
  const WEIGHTED: [string, number][] = [
    ['/api/demo/work', 10],
    ['/api/metrics', 5],
    ['/api/health', 4],
    ['/tools', 3],
    ['/chat', 2],
    ['/api/session', 2],
    ['/api/no-such-endpoint', 1],
    ['/api/demo/work?status=404', 1],
    ['/api/admin/audit', 1],
  ];
  const bag = WEIGHTED.flatMap(([path, weight]) => Array<string>(weight).fill(path));
  const o = options({ rps: 15, durationSec: 30 });
  await drive(o, (i) => bag[(i * 7) % bag.length]!);
});

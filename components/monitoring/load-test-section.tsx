'use client';

import { LoadTestPanel } from './load-test-panel';
import { useSession as useSessionInfo } from '@/components/ui/use-session';

/** The load tester on the Monitoring page, independent of the metrics (it works while they load). */
export function LoadTestSection() {
  const session = useSessionInfo();
  return <LoadTestPanel isAdmin={session.data?.isAdmin ?? false} />;
}

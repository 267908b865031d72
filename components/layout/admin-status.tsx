'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { fetchJson } from '@/components/ui/fetch-json';
import { SESSION_QUERY_KEY, useSession } from '@/components/ui/use-session';

/**
 * "Signed in as admin" and a sign-out button, shown only to an admin session:
 * without it nothing said the browser was signed in, and signing out needed curl.
 */
export function AdminStatus() {
  const session = useSession();
  const queryClient = useQueryClient();
  const router = useRouter();
  const signOut = useMutation({
    mutationFn: () => fetchJson<{ admin: boolean }>('/api/admin/logout', { method: 'POST' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
      // Server-rendered parts (the fault panel, /debug) read the session: render them again.
      router.refresh();
    },
  });
  if (!session.data?.isAdmin) return null;
  return (
    <div className="admin-status" data-testid="admin-status">
      <span className="admin-status__label">
        <span className="admin-status__mark" aria-hidden="true">●</span> Signed in as admin
      </span>
      <button type="button" className="link-button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      {signOut.error && <span className="text-bad small" role="alert">{signOut.error.message}</span>}
    </div>
  );
}

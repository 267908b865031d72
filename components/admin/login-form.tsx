'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { fetchJson } from '@/components/ui/fetch-json';

export function LoginForm() {
  const [token, setToken] = useState('');
  const router = useRouter();
  const params = useSearchParams();
  const login = useMutation({
    mutationFn: (value: string) => fetchJson<{ admin: boolean }>('/api/admin/login', { method: 'POST', json: { token: value } }),
    onSuccess: () => {
      const next = params.get('next');
      // Only same-site paths: never bounce to another origin.
      router.push(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
      router.refresh();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) login.mutate(token.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="admin-token">Admin token</label>
        <input
          id="admin-token"
          name="token"
          type="password"
          autoComplete="current-password"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          required
          aria-invalid={login.isError || undefined}
          aria-describedby={login.isError ? 'login-error' : undefined}
        />
      </div>
      {login.isError && (
        <p id="login-error" className="notice notice--error" role="alert">
          {login.error.message}
        </p>
      )}
      {login.isSuccess && <p role="status">Logged in as admin.</p>}
      <button type="submit" className="button" disabled={login.isPending || !token.trim()}>
        {login.isPending ? 'Checking…' : 'Log in'}
      </button>
    </form>
  );
}

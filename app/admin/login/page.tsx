import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoginForm } from '@/components/admin/login-form';

export const metadata: Metadata = { title: 'Admin login', robots: { index: false } };

export default function AdminLoginPage() {
  return (
    <>
      <section className="page-header">
        <h1>Admin login</h1>
        <p>
          Admin features (debug tools, fault injection, alert configuration, load tests) need the admin token. It is the{' '}
          <code>ADMIN_TOKEN</code> variable, or, when that is unset, the token printed in the server log at start.
        </p>
      </section>
      <div className="card card-narrow">
        <Suspense>
          <LoginForm />
        </Suspense>
      </div>
    </>
  );
}

import Link from 'next/link';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <section className="not-found" aria-labelledby="nf-title">
      <div>
        <div className="not-found__code" aria-hidden="true">404</div>
        <h1 id="nf-title">Page not found</h1>
        <p className="muted">There is nothing at this address. It may have moved, or the link may be mistyped.</p>
        <p>
          <Link href="/" className="button">Back to home</Link>
        </p>
      </div>
    </section>
  );
}

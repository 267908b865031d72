import Link from 'next/link';

/** Said plainly: this page's feature has not landed yet. */
export function UnderConstruction({ title, blurb }: { title: string; blurb: string }) {
  return (
    <>
      <section className="page-header">
        <h1>{title}</h1>
        <p>{blurb}</p>
      </section>
      <div className="notice" role="note">
        <strong>Not built yet.</strong> This page is part of the AIMon roadmap and is not available in this version.
        Meanwhile the <Link href="/">home page</Link> explains the demo, and <code>/api/health</code> shows the app&apos;s
        health.
      </div>
    </>
  );
}

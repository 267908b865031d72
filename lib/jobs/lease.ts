import { db } from '@/lib/db';

/** Who may run a run-once job: one instance at a time, for ttlMs unless renewed. */
export interface LeaseStore {
  /** Takes or renews the lease; returns the holder after the attempt (this instance if it won). */
  acquire(job: string, holder: string, ttlMs: number): Promise<string | null>;
  release(job: string, holder: string): Promise<void>;
}

/**
 * Leases as rows of `job_leases`, compared against the database's clock (so
 * replicas with skewed clocks agree). One statement takes a free or expired
 * lease, or renews our own; a live lease of another instance is left alone.
 * A row rather than an advisory lock: session locks would pin a pooled
 * connection per job, and PGlite (one instance) takes the same path.
 */
export const databaseLeases: LeaseStore = {
  async acquire(job, holder, ttlMs) {
    const prisma = await db();
    const won = await prisma.$queryRaw<{ holder: string }[]>`
      INSERT INTO job_leases (name, holder, expires_at, updated_at)
      VALUES (${job}, ${holder}, now() + make_interval(secs => ${ttlMs / 1000}::double precision), now())
      ON CONFLICT (name) DO UPDATE
        SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at, updated_at = now()
        WHERE job_leases.holder = EXCLUDED.holder OR job_leases.expires_at < now()
      RETURNING holder`;
    if (won.length) return won[0]!.holder;
    const current = await prisma.$queryRaw<{ holder: string }[]>`SELECT holder FROM job_leases WHERE name = ${job}`;
    return current[0]?.holder ?? null;
  },
  async release(job, holder) {
    const prisma = await db();
    await prisma.$executeRaw`DELETE FROM job_leases WHERE name = ${job} AND holder = ${holder}`;
  },
};

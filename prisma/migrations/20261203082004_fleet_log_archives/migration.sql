-- AlterTable
ALTER TABLE "run_fleet_snapshots" ADD COLUMN     "logs_key" TEXT;

-- CreateTable
CREATE TABLE "fleet_log_archives" (
    "key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "logs" JSONB NOT NULL,

    CONSTRAINT "fleet_log_archives_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "fleet_log_archives_created_at_idx" ON "fleet_log_archives"("created_at");

-- CreateIndex
CREATE INDEX "run_fleet_snapshots_logs_key_idx" ON "run_fleet_snapshots"("logs_key");

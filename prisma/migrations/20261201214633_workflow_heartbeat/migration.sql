-- AlterTable
ALTER TABLE "workflow_runs" ADD COLUMN     "cancel_requested_at" TIMESTAMPTZ(3),
ADD COLUMN     "instance_id" TEXT,
ADD COLUMN     "last_beat_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "workflow_runs_status_last_beat_at_idx" ON "workflow_runs"("status", "last_beat_at");

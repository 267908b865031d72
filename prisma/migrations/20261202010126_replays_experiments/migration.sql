-- AlterTable
ALTER TABLE "workflow_runs" ADD COLUMN     "replay_mode" TEXT,
ADD COLUMN     "replay_of" TEXT;

-- CreateTable
CREATE TABLE "run_fleet_snapshots" (
    "run_id" TEXT NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL,
    "fleet" JSONB NOT NULL,

    CONSTRAINT "run_fleet_snapshots_pkey" PRIMARY KEY ("run_id")
);

-- CreateTable
CREATE TABLE "question_sets" (
    "id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),
    "session_id" TEXT,
    "name" TEXT NOT NULL,
    "questions" JSONB NOT NULL,

    CONSTRAINT "question_sets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "experiment_runs" (
    "id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "set_id" TEXT NOT NULL,
    "session_id" TEXT,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "questions" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "trace_id" TEXT,
    "instance_id" TEXT,
    "last_beat_at" TIMESTAMPTZ(3),
    "cancel_requested_at" TIMESTAMPTZ(3),

    CONSTRAINT "experiment_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "experiment_results" (
    "id" BIGSERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "run_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "model_slot" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "error" TEXT,
    "verdict" TEXT,
    "grounding" JSONB,
    "missing_facts" TEXT[],
    "latency_ms" INTEGER NOT NULL,
    "input_tokens" INTEGER NOT NULL,
    "output_tokens" INTEGER NOT NULL,
    "cost_usd" DOUBLE PRECISION NOT NULL,
    "tool_calls" JSONB,

    CONSTRAINT "experiment_results_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "question_sets_session_id_deleted_at_updated_at_idx" ON "question_sets"("session_id", "deleted_at", "updated_at");

-- CreateIndex
CREATE INDEX "experiment_runs_set_id_created_at_idx" ON "experiment_runs"("set_id", "created_at");

-- CreateIndex
CREATE INDEX "experiment_runs_session_id_status_idx" ON "experiment_runs"("session_id", "status");

-- CreateIndex
CREATE INDEX "experiment_runs_status_last_beat_at_idx" ON "experiment_runs"("status", "last_beat_at");

-- CreateIndex
CREATE UNIQUE INDEX "experiment_results_run_id_question_id_model_slot_key" ON "experiment_results"("run_id", "question_id", "model_slot");

-- CreateIndex
CREATE INDEX "workflow_runs_replay_of_idx" ON "workflow_runs"("replay_of");

-- AddForeignKey
ALTER TABLE "workflow_runs" ADD CONSTRAINT "workflow_runs_replay_of_fkey" FOREIGN KEY ("replay_of") REFERENCES "workflow_runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_fleet_snapshots" ADD CONSTRAINT "run_fleet_snapshots_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "workflow_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "experiment_runs" ADD CONSTRAINT "experiment_runs_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "question_sets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "experiment_results" ADD CONSTRAINT "experiment_results_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "experiment_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

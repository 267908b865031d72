-- CreateTable
CREATE TABLE "workflow_runs" (
    "id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "session_id" TEXT,
    "model_slot" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "goal" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT,
    "error" TEXT,
    "latency_ms" INTEGER,
    "tool_calls" INTEGER NOT NULL DEFAULT 0,
    "input_tokens" INTEGER NOT NULL DEFAULT 0,
    "output_tokens" INTEGER NOT NULL DEFAULT 0,
    "cost_usd" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "services_affected" TEXT[],
    "final_fleet" JSONB,
    "trace_id" TEXT,

    CONSTRAINT "workflow_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workflow_steps" (
    "id" BIGSERIAL NOT NULL,
    "run_id" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "duration_ms" INTEGER,
    "text" TEXT,
    "tool_name" TEXT,
    "tool_call_id" TEXT,
    "args" JSONB,
    "result" JSONB,
    "is_error" BOOLEAN NOT NULL DEFAULT false,
    "input_tokens" INTEGER,
    "output_tokens" INTEGER,

    CONSTRAINT "workflow_steps_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "workflow_runs_created_at_idx" ON "workflow_runs"("created_at");

-- CreateIndex
CREATE INDEX "workflow_runs_model_slot_created_at_idx" ON "workflow_runs"("model_slot", "created_at");

-- CreateIndex
CREATE INDEX "workflow_runs_session_id_created_at_idx" ON "workflow_runs"("session_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "workflow_steps_run_id_index_key" ON "workflow_steps"("run_id", "index");

-- AddForeignKey
ALTER TABLE "workflow_steps" ADD CONSTRAINT "workflow_steps_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "workflow_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

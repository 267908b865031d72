-- CreateTable
CREATE TABLE "load_test_runs" (
    "id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "session_id" TEXT,
    "started_by_admin" BOOLEAN NOT NULL DEFAULT false,
    "scenario" TEXT NOT NULL,
    "users" INTEGER NOT NULL,
    "duration_sec" INTEGER NOT NULL,
    "target_rps" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "elapsed_sec" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "timeouts" INTEGER NOT NULL DEFAULT 0,
    "status_2xx" INTEGER NOT NULL DEFAULT 0,
    "status_4xx" INTEGER NOT NULL DEFAULT 0,
    "status_429" INTEGER NOT NULL DEFAULT 0,
    "status_5xx" INTEGER NOT NULL DEFAULT 0,
    "rps" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "latency_avg_ms" DOUBLE PRECISION,
    "latency_p50_ms" DOUBLE PRECISION,
    "latency_p95_ms" DOUBLE PRECISION,
    "latency_p99_ms" DOUBLE PRECISION,
    "latency_max_ms" DOUBLE PRECISION,
    "timeline" JSONB,
    "error" TEXT,

    CONSTRAINT "load_test_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "load_test_runs_created_at_idx" ON "load_test_runs"("created_at");

-- CreateIndex
CREATE INDEX "load_test_runs_session_id_created_at_idx" ON "load_test_runs"("session_id", "created_at");

-- CreateIndex
CREATE INDEX "load_test_runs_status_idx" ON "load_test_runs"("status");

-- CreateTable
CREATE TABLE "compare_run_hours" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "model_slot" TEXT NOT NULL,
    "runs" INTEGER NOT NULL,
    "succeeded" INTEGER NOT NULL,
    "failed" INTEGER NOT NULL,
    "cancelled" INTEGER NOT NULL,
    "judged" INTEGER NOT NULL,
    "tool_calls_sum" BIGINT NOT NULL,
    "input_tokens_sum" BIGINT NOT NULL,
    "output_tokens_sum" BIGINT NOT NULL,
    "cost_sum" DOUBLE PRECISION NOT NULL,
    "latency_count" INTEGER NOT NULL,
    "latency_sketch" TEXT NOT NULL,
    "sample_latencies" INTEGER[],
    "sample_tokens" INTEGER[],
    "sample_costs" DOUBLE PRECISION[],

    CONSTRAINT "compare_run_hours_pkey" PRIMARY KEY ("hour","model_slot")
);

-- CreateTable
CREATE TABLE "compare_answer_hours" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "source" TEXT NOT NULL,
    "model_slot" TEXT NOT NULL,
    "answers" INTEGER NOT NULL,
    "checked" INTEGER NOT NULL,
    "hallucinations" INTEGER NOT NULL,
    "cost_count" INTEGER NOT NULL,
    "cost_sum" DOUBLE PRECISION NOT NULL,
    "sample_costs" DOUBLE PRECISION[],

    CONSTRAINT "compare_answer_hours_pkey" PRIMARY KEY ("hour","source","model_slot")
);

-- CreateTable
CREATE TABLE "compare_rollup_state" (
    "name" TEXT NOT NULL,
    "covered_from" TIMESTAMPTZ(3) NOT NULL,
    "covered_to" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "compare_rollup_state_pkey" PRIMARY KEY ("name")
);

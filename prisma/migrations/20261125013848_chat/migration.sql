-- CreateTable
CREATE TABLE "chat_messages" (
    "id" BIGSERIAL NOT NULL,
    "session_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "role" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'complete',
    "error" TEXT,
    "reply_to_id" BIGINT,
    "model_slot" TEXT,
    "model_id" TEXT,
    "latency_ms" INTEGER,
    "input_tokens" INTEGER,
    "output_tokens" INTEGER,
    "cost_usd" DOUBLE PRECISION,
    "tool_calls" JSONB,
    "verdict" TEXT,
    "grounding" JSONB,
    "trace_id" TEXT,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "chat_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "chat_messages_session_id_deleted_at_id_idx" ON "chat_messages"("session_id", "deleted_at", "id");

-- CreateIndex
CREATE INDEX "chat_messages_model_slot_verdict_idx" ON "chat_messages"("model_slot", "verdict");

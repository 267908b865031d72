-- AlterTable
ALTER TABLE "chat_messages" ADD COLUMN     "judge_verdict" TEXT;

-- CreateTable
CREATE TABLE "ask_answers" (
    "id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "session_id" TEXT,
    "prompt" TEXT NOT NULL,
    "model_slot" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "error" TEXT,
    "latency_ms" INTEGER NOT NULL,
    "input_tokens" INTEGER NOT NULL,
    "output_tokens" INTEGER NOT NULL,
    "cost_usd" DOUBLE PRECISION NOT NULL,
    "tool_calls" JSONB,
    "verdict" TEXT,
    "grounding" JSONB,
    "judge_verdict" TEXT,
    "trace_id" TEXT,

    CONSTRAINT "ask_answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answer_feedback" (
    "id" BIGSERIAL NOT NULL,
    "session_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "chat_message_id" BIGINT,
    "ask_answer_id" TEXT,
    "model_slot" TEXT NOT NULL,
    "rating" TEXT,
    "hallucination" BOOLEAN,
    "detector_verdict" TEXT NOT NULL,
    "judge_verdict" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "answer_feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ask_answers_created_at_idx" ON "ask_answers"("created_at");

-- CreateIndex
CREATE INDEX "ask_answers_model_slot_verdict_idx" ON "ask_answers"("model_slot", "verdict");

-- CreateIndex
CREATE INDEX "answer_feedback_hallucination_detector_verdict_idx" ON "answer_feedback"("hallucination", "detector_verdict");

-- CreateIndex
CREATE UNIQUE INDEX "answer_feedback_session_id_chat_message_id_key" ON "answer_feedback"("session_id", "chat_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "answer_feedback_session_id_ask_answer_id_key" ON "answer_feedback"("session_id", "ask_answer_id");

-- AddForeignKey
ALTER TABLE "answer_feedback" ADD CONSTRAINT "answer_feedback_chat_message_id_fkey" FOREIGN KEY ("chat_message_id") REFERENCES "chat_messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer_feedback" ADD CONSTRAINT "answer_feedback_ask_answer_id_fkey" FOREIGN KEY ("ask_answer_id") REFERENCES "ask_answers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A vote is about exactly one answer, a chat answer or an ask-both answer
-- (written by hand: Prisma's schema language has no CHECK constraints).
ALTER TABLE "answer_feedback" ADD CONSTRAINT "answer_feedback_one_answer" CHECK (num_nonnulls("chat_message_id", "ask_answer_id") = 1);

-- CreateTable
CREATE TABLE "monitoring_spend_rollups" (
    "instance_id" TEXT NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "scope" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "cost_usd" DOUBLE PRECISION NOT NULL,
    "calls" INTEGER NOT NULL,
    "tokens" INTEGER NOT NULL,

    CONSTRAINT "monitoring_spend_rollups_pkey" PRIMARY KEY ("instance_id","minute","scope","subject")
);

-- CreateIndex
CREATE INDEX "monitoring_spend_rollups_scope_minute_idx" ON "monitoring_spend_rollups"("scope", "minute");

-- CreateIndex
CREATE INDEX "monitoring_spend_rollups_scope_subject_minute_idx" ON "monitoring_spend_rollups"("scope", "subject", "minute");

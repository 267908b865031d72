-- CreateTable
CREATE TABLE "monitoring_rollups" (
    "instance_id" TEXT NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "requests" INTEGER NOT NULL,
    "failed" INTEGER NOT NULL,
    "errors_5xx" INTEGER NOT NULL,
    "errors_4xx" INTEGER NOT NULL,
    "errors_429" INTEGER NOT NULL,
    "errors_403" INTEGER NOT NULL,
    "timeouts" INTEGER NOT NULL,
    "slow" INTEGER NOT NULL,
    "duration_sum_ms" DOUBLE PRECISION NOT NULL,
    "duration_max_ms" DOUBLE PRECISION NOT NULL,
    "sketch" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "monitoring_rollups_pkey" PRIMARY KEY ("instance_id","minute")
);

-- CreateTable
CREATE TABLE "monitoring_snapshots" (
    "taken_at" TIMESTAMP(3) NOT NULL,
    "instance_id" TEXT NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "monitoring_snapshots_pkey" PRIMARY KEY ("taken_at")
);

-- CreateTable
CREATE TABLE "monitoring_alerts" (
    "id" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "open_key" TEXT,
    "message" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "instance_id" TEXT NOT NULL,
    "fired_at" TIMESTAMP(3) NOT NULL,
    "acknowledged_at" TIMESTAMP(3),
    "acknowledged_by" TEXT,
    "resolved_at" TIMESTAMP(3),

    CONSTRAINT "monitoring_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "monitoring_alert_events" (
    "id" BIGSERIAL NOT NULL,
    "alert_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT,
    "details" JSONB,

    CONSTRAINT "monitoring_alert_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "monitoring_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "updated_by" TEXT,

    CONSTRAINT "monitoring_settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "monitoring_rollups_minute_idx" ON "monitoring_rollups"("minute");

-- CreateIndex
CREATE UNIQUE INDEX "monitoring_alerts_open_key_key" ON "monitoring_alerts"("open_key");

-- CreateIndex
CREATE INDEX "monitoring_alerts_fired_at_idx" ON "monitoring_alerts"("fired_at");

-- CreateIndex
CREATE INDEX "monitoring_alerts_rule_fired_at_idx" ON "monitoring_alerts"("rule", "fired_at");

-- CreateIndex
CREATE INDEX "monitoring_alert_events_alert_id_at_idx" ON "monitoring_alert_events"("alert_id", "at");

-- AddForeignKey
ALTER TABLE "monitoring_alert_events" ADD CONSTRAINT "monitoring_alert_events_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "monitoring_alerts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

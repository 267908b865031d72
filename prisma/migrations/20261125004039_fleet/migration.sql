-- CreateTable
CREATE TABLE "fleet_state" (
    "id" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "state" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fleet_state_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fleet_logs" (
    "id" BIGSERIAL NOT NULL,
    "service" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "level" TEXT NOT NULL,
    "severity" INTEGER NOT NULL,
    "message" TEXT NOT NULL,

    CONSTRAINT "fleet_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "fleet_logs_service_at_idx" ON "fleet_logs"("service", "at");

-- CreateIndex
CREATE INDEX "fleet_logs_at_idx" ON "fleet_logs"("at");

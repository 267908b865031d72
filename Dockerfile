# syntax=docker/dockerfile:1
# AIMon: multi-stage image of the standalone Next.js server.
#   docker build -t aimon .
#   docker run -p 3000:3000 -v aimon-data:/app/.data aimon            # embedded PGlite
#   docker run -p 3000:3000 -e DATABASE_URL=postgresql://… -e ADMIN_TOKEN=… aimon

ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts/prisma-generate.mjs ./scripts/prisma-generate.mjs
RUN npm ci --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN node scripts/prisma-generate.mjs && npx next build

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
WORKDIR /app
# NEXT_MANUAL_SIG_HANDLE: Next.js would exit at once on SIGTERM; the app's own
# handler (lib/runtime/bootstrap.ts) hands back job leases and closes the database first.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 AIMON_DATA_DIR=/app/.data NEXT_MANUAL_SIG_HANDLE=true
RUN groupadd --system --gid 1001 aimon && useradd --system --uid 1001 --gid aimon --home /app aimon
# The standalone output holds server.js, the traced node_modules and prisma/migrations.
COPY --from=build --chown=aimon:aimon /app/.next/standalone ./
COPY --from=build --chown=aimon:aimon /app/.next/static ./.next/static
COPY --from=build --chown=aimon:aimon /app/public ./public
RUN mkdir -p /app/.data && chown aimon:aimon /app/.data
USER aimon
VOLUME ["/app/.data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]

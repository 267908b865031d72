# AIMon: multi-stage image of the standalone Next.js server (README, "Run the container").
#   docker build -t aimon .
#   docker run -d --name aimon -p 3000:3000 -v aimon-data:/app/.data aimon
# No `# syntax=` line: the image builds with BuildKit and with the classic builder alike,
# and BuildKit would have to pull a frontend image for it.

# The official Node.js 24 LTS image. A machine that cannot pull images passes a local equivalent
# (the container tests build one from Debian packages: scripts/docker/base-image.mjs).
ARG BASE_IMAGE=node:24-bookworm-slim

FROM ${BASE_IMAGE} AS deps
WORKDIR /app
# Certificates (*.crt, *.pem) of a TLS-inspecting proxy between this build and the npm registry.
# Empty by default. Used by `npm ci` in this stage only: no later stage copies /tmp, so they never
# reach the final image.
COPY deploy/ca-certificates/ /tmp/extra-ca/
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts/prisma-generate.mjs ./scripts/prisma-generate.mjs
RUN set -e; \
    certs=$(find /tmp/extra-ca -type f \( -name '*.crt' -o -name '*.pem' \)); \
    if [ -n "$certs" ]; then cat $certs > /tmp/extra-ca.pem; export NODE_EXTRA_CA_CERTS=/tmp/extra-ca.pem; fi; \
    npm ci --no-audit --no-fund; \
    rm -rf /tmp/extra-ca /tmp/extra-ca.pem /root/.npm

# On top of the dependency stage rather than a fresh base plus `COPY --from=deps /app/node_modules`:
# that copy of 1.2 GB of small files cost minutes per cold build. The stage is not shipped: the runtime
# stage below takes only the standalone output from it.
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
COPY . .
RUN rm -rf deploy/ca-certificates && node scripts/prisma-generate.mjs && npx next build \
    && node --conditions=react-server --import tsx scripts/write-labelled-figures.ts

FROM ${BASE_IMAGE} AS runtime
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
HEALTHCHECK --interval=5s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]

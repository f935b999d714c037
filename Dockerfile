# The bot's container image: `docker build -t intune-enrollment-assistant .`
# Configuration comes from the environment at run time (`docker run --env-file .env`); nothing secret is in
# the image. Conversations and cases live under the /data volume (or in PostgreSQL with DATABASE_URL).

# Which Node: the project pins its runtime itself (the `node` package in package.json, 24.21.0), and the
# image runs exactly that binary from node_modules/.bin, so the lockfile alone decides the version in CI,
# on a laptop and here. The build stage's Node (same release) only runs npm; the final image has no npm.
FROM node:24.21.0-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# Plain Debian slim (same release as the build stage): glibc and libstdc++ are all Node's binary needs.
FROM debian:13.5-slim
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3978 \
    STORAGE_PATH=/data/bot.sqlite \
    PATH=/app/node_modules/.bin:$PATH
# A fixed numeric id, so orchestrators can check "runs as non-root" without reading /etc/passwd.
RUN groupadd --system --gid 10001 bot \
    && useradd --system --uid 10001 --gid bot --home-dir /app --shell /usr/sbin/nologin bot \
    && mkdir -p /data && chown bot:bot /data
COPY --from=build /app/node_modules ./node_modules
COPY . .
USER 10001:10001
VOLUME ["/data"]
EXPOSE 3978
# Node's own fetch: the slim image has no curl. 200 only while storage answers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 itself (no npm, no shell in between), so `docker stop`'s SIGTERM reaches the bot, which
# finishes the turns in flight before it exits.
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=16", "src/index.ts"]

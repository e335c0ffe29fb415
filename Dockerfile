# callscribe service image: API (`serve`) and workers (`work`) share it.
FROM node:24-bookworm-slim
# espeak-ng: the local engine pronounces the call's names that pocketsphinx's dictionary lacks with it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg pocketsphinx pocketsphinx-en-us espeak-ng ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY prompts ./prompts
COPY fixtures/crm ./fixtures/crm
ENV NODE_ENV=production DATA_DIR=/data
# The data volume mounts here; owned by the unprivileged user so the local CRM and temp files can be written.
RUN mkdir -p /data && chown node:node /data
USER node
ENTRYPOINT ["node", "bin/callscribe.js"]
CMD ["serve"]

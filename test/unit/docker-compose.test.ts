import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadTelephonySources } from '../../src/adapters/telephony/registry.ts';
import { configFromEnv as storageEventsConfig } from '../../src/adapters/storage-events/storage-events.config.ts';
import { loadConfig } from '../../src/config/env.ts';
import { parseNotifyEnv } from '../../src/notify/notify-env.ts';

/**
 * docker-compose.yml, checked the way `docker compose config` would check it (no Docker engine runs in the
 * tests): the services' images, profiles, dependencies, health checks, volumes, ports and `${…}` references.
 * The rules are compose-go's (loader/validate.go `checkConsistency`, types/project.go `WithProfiles`):
 * a dependency on a service of a profile that is not enabled is an error unless it says `required: false`.
 */

type Service = {
  image?: string;
  build?: unknown;
  profiles?: string[];
  depends_on?: string[] | Record<string, { condition?: string; required?: boolean; restart?: boolean }>;
  healthcheck?: { test?: unknown };
  environment?: Record<string, unknown> | string[];
  volumes?: string[];
  ports?: string[];
  command?: unknown;
  entrypoint?: unknown;
};
const text = readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8');
const compose = parse(text, { merge: true }) as { name: string; services: Record<string, Service>; volumes: Record<string, unknown> };
const services = compose.services;
const LOCAL_AI = ['speaches', 'speaches-model', 'ollama', 'ollama-model'];

/** The services `docker compose up` starts with these profiles enabled. */
const enabled = (profiles: string[]) => Object.keys(services).filter((name) => !services[name]!.profiles || services[name]!.profiles!.some((p) => profiles.includes(p)));
const dependencies = (s: Service) =>
  Array.isArray(s.depends_on) ? s.depends_on.map((name) => ({ name, condition: 'service_started', required: true })) : Object.entries(s.depends_on ?? {}).map(([name, d]) => ({ name, condition: d.condition ?? 'service_started', required: d.required ?? true }));

/** compose-go's interpolation: `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `$$` for a `$`. */
function interpolate(value: string, env: Record<string, string>, missing: string[]): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)|\$/g, (all, name?: string, op?: string, arg?: string, bare?: string) => {
    if (all === '$$') return '$';
    if (bare) return env[bare] ?? '';
    if (!name) throw new Error(`invalid interpolation format in ${JSON.stringify(value)}`);
    const set = env[name] !== undefined;
    const nonEmpty = set && env[name] !== '';
    switch (op) {
      case undefined:
        return env[name] ?? '';
      case ':-':
        return nonEmpty ? env[name]! : arg!;
      case '-':
        return set ? env[name]! : arg!;
      case ':?':
      case '?':
        if (op === ':?' ? !nonEmpty : !set) missing.push(name);
        return env[name] ?? '';
      case ':+':
        return nonEmpty ? arg! : '';
      default:
        return set ? arg! : '';
    }
  });
}
/** Every string of the file, interpolated; `missing` collects the required variables that were not set. */
function interpolateAll(node: unknown, env: Record<string, string>, missing: string[]): unknown {
  if (typeof node === 'string') return interpolate(node, env, missing);
  if (Array.isArray(node)) return node.map((n) => interpolateAll(n, env, missing));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, interpolateAll(v, env, missing)]));
  return node;
}
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** The variables named in the first column of a table row (`NAME`, or `PREFIX_*` for a family). */
const firstColumnNames = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*\*?)`/g)].map((m) => m[1]!));
/**
 * Every variable of the README's configuration table; a family (`TWILIO_*`) stands for the variables the README's
 * other tables list under that prefix (Telephony providers).
 */
function documentedVariables(): string[] {
  const start = README.indexOf('\n## Configuration\n');
  const table = README.slice(start, README.indexOf('\n## ', start + 1));
  const everyTable = firstColumnNames(README).filter((n) => !n.endsWith('*'));
  const names = firstColumnNames(table).flatMap((name) => {
    if (!name.endsWith('*')) return [name];
    const family = everyTable.filter((n) => n.startsWith(name.slice(0, -1)));
    if (family.length === 0) throw new Error(`the README lists no variable of ${name}`);
    return family;
  });
  return [...new Set(names)].sort();
}
/** Documented variables a service does not read, so compose does not pass them. */
const NOT_READ: Record<string, string[]> = {
  // `serve` serves its metrics on PORT and, with embedded workers, always takes both lanes.
  api: ['METRICS_PORT', 'WORKER_LANES'],
  // Workers do not listen for HTTP nor take API keys; each worker service sets WORKER_LANES itself.
  worker: ['PORT', 'API_KEYS'],
  'worker-bulk': ['PORT', 'API_KEYS'],
};
const DOT_ENV = { MINIO_ROOT_USER: 'callscribe', MINIO_ROOT_PASSWORD: 'minio-password-for-tests', POSTGRES_PASSWORD: 'pg-password-for-tests', API_KEYS: 'rep:rep-key-0123456789abcdef' };

describe('docker-compose.yml', () => {
  it('has only top-level keys Compose knows, and every service an image or a build', () => {
    for (const key of Object.keys(compose)) expect(['name', 'services', 'volumes', 'networks', 'configs', 'secrets'].includes(key) || key.startsWith('x-'), key).toBe(true);
    for (const [name, s] of Object.entries(services)) expect(Boolean(s.image) || Boolean(s.build), `${name} has neither image nor build`).toBe(true);
  });

  it('interpolates with the documented .env, and names the variables a .env without them lacks', () => {
    const missing: string[] = [];
    interpolateAll(compose, DOT_ENV, missing);
    expect(missing).toEqual([]);
    const lacking: string[] = [];
    interpolateAll(compose, {}, lacking);
    expect([...new Set(lacking)].sort()).toEqual(['API_KEYS', 'MINIO_ROOT_PASSWORD', 'MINIO_ROOT_USER', 'POSTGRES_PASSWORD']);
  });

  it('depends only on services that exist, with conditions Compose knows; a wait on health needs a health check', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const dep of dependencies(s)) {
        expect(services[dep.name], `${name} depends on undefined service ${dep.name}`).toBeDefined();
        expect(['service_started', 'service_healthy', 'service_completed_successfully']).toContain(dep.condition);
        if (dep.condition === 'service_healthy') expect(services[dep.name]!.healthcheck?.test, `${dep.name} has no healthcheck`).toBeDefined();
      }
    }
  });

  it('is a valid model with no profile and with local-ai: a dependency on a service that is not enabled says required: false', () => {
    for (const profiles of [[], ['local-ai']]) {
      const on = enabled(profiles);
      for (const name of on) {
        for (const dep of dependencies(services[name]!)) {
          if (!on.includes(dep.name)) expect(dep.required, `${name} -> ${dep.name} with profiles [${profiles.join(',')}]`).toBe(false);
        }
      }
    }
  });

  it('starts the same services as before by default, and the self-hosted AI only with --profile local-ai', () => {
    expect(enabled([])).toEqual(['postgres', 'redis', 'minio', 'minio-init', 'api', 'worker', 'worker-bulk']);
    expect(enabled(['local-ai'])).toEqual([...enabled([]), ...LOCAL_AI]);
    for (const name of LOCAL_AI) expect(services[name]!.profiles).toEqual(['local-ai']);
    for (const name of Object.keys(services)) for (const p of services[name]!.profiles ?? []) expect(p).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/);
  });

  it('runs pinned images of the servers, with health checks, model caches on volumes, and no published ports', () => {
    expect(services.speaches).toMatchObject({ image: 'ghcr.io/speaches-ai/speaches:0.8.3-cpu', healthcheck: { test: ['CMD', 'curl', '--fail', '--silent', 'http://localhost:8000/health'] } });
    expect(services.ollama).toMatchObject({ image: 'ollama/ollama:0.32.15', healthcheck: { test: ['CMD', 'ollama', 'list'] } });
    for (const name of LOCAL_AI) expect(services[name]!.ports, name).toBeUndefined();
    expect(services.speaches!.volumes).toEqual(['speaches-models:/home/ubuntu/.cache/huggingface/hub']);
    expect(services.ollama!.volumes).toEqual(['ollama-models:/root/.ollama']);
    // The one-shot jobs fetch the models the engines are set to use.
    const env = { ...DOT_ENV, TRANSCRIBE_MODEL: 'Systran/faster-distil-whisper-small.en', EXTRACT_MODEL: 'llama3.1:8b' };
    const resolved = interpolateAll(compose, env, []) as typeof compose;
    expect(resolved.services['speaches-model']!.command).toEqual(['http://speaches:8000/v1/models/Systran/faster-distil-whisper-small.en']);
    expect(resolved.services['ollama-model']!.command).toEqual(['pull', 'llama3.1:8b']);
    const defaults = interpolateAll(compose, DOT_ENV, []) as typeof compose;
    expect(defaults.services['speaches-model']!.command).toEqual(['http://speaches:8000/v1/models/Systran/faster-whisper-small']);
    expect(defaults.services['ollama-model']!.command).toEqual(['pull', 'qwen2.5:7b-instruct']);
  });

  it('declares every named volume a service mounts, and publishes ports in host:container form on loopback', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const volume of s.volumes ?? []) {
        const source = volume.split(':')[0]!;
        if (!source.startsWith('.') && !source.startsWith('/')) expect(Object.keys(compose.volumes), `${name} mounts ${source}`).toContain(source);
      }
      for (const port of s.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
    }
  });

  it('gives api and worker the engine settings, empty unless .env sets them, so the default stack behaves as before', () => {
    const names = ['TRANSCRIBER', 'EXTRACTOR', 'OPENAI_BASE_URL', 'TRANSCRIBE_BASE_URL', 'TRANSCRIBE_API_KEY', 'TRANSCRIBE_MODEL', 'TRANSCRIBE_CONCURRENCY', 'EXTRACT_BASE_URL', 'EXTRACT_API_KEY', 'EXTRACT_MODEL'];
    for (const service of ['api', 'worker', 'worker-bulk']) {
      const environment = services[service]!.environment as Record<string, string>;
      for (const name of names) expect(environment[name], `${service} ${name}`).toBe(`\${${name}:-}`);
    }
    for (const value of Object.values(services.api!.environment as Record<string, unknown>)) expect(['string', 'number', 'boolean']).toContain(typeof value);
  });

  it("passes every variable of the README's configuration table to the services that read it", () => {
    const documented = documentedVariables();
    // The table was read: its first row, a family's expansion and the CRMs' variables are there.
    expect(documented).toEqual(expect.arrayContaining(['REDIS_URL', 'TWILIO_API_BASE_URL', 'ZOOM_OAUTH_BASE_URL', 'SALESFORCE_CLIENT_SECRET', 'RETENTION_AUDIO_DAYS', 'TYPING_TIMES']));
    for (const service of ['api', 'worker', 'worker-bulk']) {
      const passed = Object.keys(services[service]!.environment as Record<string, string>);
      const missing = documented.filter((name) => !passed.includes(name) && !NOT_READ[service]!.includes(name));
      expect(missing, `${service} lacks these documented variables`).toEqual([]);
    }
  });

  it('passes a variable that .env leaves out as empty, which every setting reads as unset: the defaults hold', () => {
    const resolved = interpolateAll(compose, DOT_ENV, []) as typeof compose;
    for (const service of ['api', 'worker', 'worker-bulk']) {
      const env = resolved.services[service]!.environment as Record<string, string>;
      const unsetOnly = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
      expect(Object.keys(unsetOnly).length, service).toBeLessThan(Object.keys(env).length);
      expect(loadConfig(env), service).toEqual(loadConfig(unsetOnly));
      expect(loadTelephonySources(env, { publicBaseUrl: null, clock: () => new Date() }).size, service).toBe(0);
      expect(storageEventsConfig(env), service).toBeNull();
      expect(parseNotifyEnv(env, null), service).toBeNull();
    }
  });

  it("reaches the chosen CRM's own variables: CRM=hubspot with its token in .env starts api and workers", () => {
    const env = { ...DOT_ENV, CRM: 'hubspot', HUBSPOT_ACCESS_TOKEN: 'pat-test-token', HUBSPOT_PORTAL_ID: '123456', RETENTION_AUDIO_DAYS: '30' };
    const resolved = interpolateAll(compose, env, []) as typeof compose;
    for (const service of ['api', 'worker', 'worker-bulk']) {
      const config = loadConfig(resolved.services[service]!.environment as Record<string, string>);
      expect(config.crmConfig, service).toMatchObject({ accessToken: 'pat-test-token', portalId: '123456' });
      expect(config.retention.audioDays, service).toBe(30);
    }
    const salesforce = { ...DOT_ENV, CRM: 'salesforce', SALESFORCE_INSTANCE_URL: 'https://example.my.salesforce.com', SALESFORCE_CLIENT_ID: 'client-id', SALESFORCE_CLIENT_SECRET: 'client-secret' };
    const sf = interpolateAll(compose, salesforce, []) as typeof compose;
    expect(loadConfig(sf.services.worker!.environment as Record<string, string>).crmConfig).toMatchObject({ clientId: 'client-id', clientSecret: 'client-secret' });
    // The JWT bearer flow's settings reach it too (the key as one line with \n escapes, as .env holds it).
    const key = String(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' })).trim().replaceAll('\n', '\\n');
    const jwt = { ...salesforce, SALESFORCE_CLIENT_SECRET: '', SALESFORCE_USERNAME: 'integration@example.com', SALESFORCE_PRIVATE_KEY: key, SALESFORCE_LOGIN_URL: 'https://test.salesforce.com' };
    const viaJwt = interpolateAll(compose, jwt, []) as typeof compose;
    for (const service of ['api', 'worker', 'worker-bulk']) {
      expect(loadConfig(viaJwt.services[service]!.environment as Record<string, string>).crmConfig, service).toMatchObject({
        clientId: 'client-id',
        username: 'integration@example.com',
        privateKey: key,
        loginUrl: 'https://test.salesforce.com',
      });
    }
  });

  it('runs the whole stack, each service with a health check: the API ready on /readyz, workers serving METRICS_PORT', () => {
    for (const name of ['api', 'worker', 'redis', 'minio', 'postgres']) expect(services[name]?.healthcheck?.test, `${name} has no healthcheck`).toBeDefined();
    expect(JSON.stringify(services.api!.healthcheck!.test)).toContain('http://127.0.0.1:8080/readyz');
    const worker = services.worker as Service & { container_name?: string; healthcheck: { test: string[] } };
    const port = (worker.environment as Record<string, string>).METRICS_PORT;
    expect(port).toMatch(/^\d+$/);
    expect(loadConfig({ METRICS_PORT: port!, REDIS_URL: 'redis://redis:6379' }).metricsPort).toBe(Number(port));
    // /readyz, not /metrics: the metrics answer while the worker cannot reach Redis and takes no jobs.
    expect(JSON.stringify(worker.healthcheck.test)).toContain(`http://127.0.0.1:${port}/readyz`);
    // The metrics server listens on HOST: reachable by Prometheus on the compose network, not only in the container.
    expect((worker.environment as Record<string, string>).HOST).toBe('0.0.0.0');
    expect(dependencies(services.api!).filter((d) => ['redis', 'postgres'].includes(d.name)).map((d) => d.condition)).toEqual(['service_healthy', 'service_healthy']);
    expect(dependencies(worker).find((d) => d.name === 'redis')?.condition).toBe('service_healthy');
  });

  it('starts api and workers again after they exit (a serve or work that cannot start exits 2 or 1), and runs one-shot jobs once', () => {
    const restartOf = (name: string) => (services[name] as Service & { restart?: string }).restart;
    for (const name of ['api', 'worker', 'worker-bulk']) expect(restartOf(name), name).toBe('unless-stopped');
    for (const name of ['minio-init', 'speaches-model', 'ollama-model']) expect(restartOf(name), name).toBe('no');
  });

  it("MinIO's storage-event target is off unless .env turns it on, and then posts to the API's event route over the compose network with the token the API checks", () => {
    const minio = services.minio!.environment as Record<string, string>;
    const env = { MINIO_ROOT_USER: 'u', MINIO_ROOT_PASSWORD: 'p' };
    expect(interpolate(minio.MINIO_NOTIFY_WEBHOOK_ENABLE_CALLSCRIBE!, env, [])).toBe('off');
    expect(interpolate(minio.MINIO_NOTIFY_WEBHOOK_ENABLE_CALLSCRIBE!, { ...env, MINIO_NOTIFY_WEBHOOK_ENABLE_CALLSCRIBE: 'on' }, [])).toBe('on');
    const api = services.api!.environment as Record<string, string>;
    expect(minio.MINIO_NOTIFY_WEBHOOK_ENDPOINT_CALLSCRIBE).toBe(`http://api:${api.PORT}/v1/events/s3`);
    const token = 'tok-0123456789abcdef';
    expect(interpolate(minio.MINIO_NOTIFY_WEBHOOK_AUTH_TOKEN_CALLSCRIBE!, { MINIO_WEBHOOK_TOKEN: token }, [])).toBe(token);
    expect(interpolate(String(api.MINIO_WEBHOOK_TOKEN), { MINIO_WEBHOOK_TOKEN: token }, [])).toBe(token);
    // Undelivered events are kept on MinIO's volume, so an API restart loses none.
    expect(minio.MINIO_NOTIFY_WEBHOOK_QUEUE_DIR_CALLSCRIBE).toMatch(/^\/data\//);
    expect(services.minio!.volumes).toContain('minio-data:/data');
  });

  it('pins every image to a release tag, never latest', () => {
    for (const [name, s] of Object.entries(services)) {
      if (!s.image) continue;
      expect(s.image, name).toMatch(/:[^:/]+$/);
      expect(s.image, name).not.toMatch(/:latest$/);
    }
    expect(services.minio!.image).toMatch(/^minio\/minio:RELEASE\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    expect(services['minio-init']!.image).toMatch(/^minio\/mc:RELEASE\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
  });

  it("the README names what compose sets over the configuration table's defaults, the MinIO console and the storage user", () => {
    const section = README.slice(README.indexOf('## Running against real OpenAI, S3 and Redis'));
    const overridden = Object.keys(services.api!.environment as Record<string, string>).filter((name) => ['REDIS_URL', 'S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_FORCE_PATH_STYLE', 'DATA_DIR', 'DATABASE_URL'].includes(name));
    expect(overridden.length).toBe(7);
    for (const name of overridden) expect(section, name).toContain(`\`${name}\``);
    expect(section).toContain('127.0.0.1:9001');
    expect(section).toMatch(/root user/);
  });

  it("the README's backups name what compose keeps on volumes and in the bucket, and the order to upgrade these services", () => {
    const section = README.slice(README.indexOf('\n## Backups and upgrades\n'), README.indexOf('\n## ', README.indexOf('\n## Backups and upgrades\n') + 1));
    expect(section.length).toBeGreaterThan(100);
    for (const item of ['erased/', 'local-crm.json', 'callscribe reindex', 'redis-data', 'schemaVersion']) expect(section, item).toContain(item);
    expect(Object.keys(compose.volumes)).toContain('redis-data');
    expect(section).toContain('docker compose stop worker worker-bulk');
    expect(section).toContain('docker compose up -d --build api');
  });

  it('lets `docker compose up --scale worker=3` start replicas: no container_name and no host ports on workers', () => {
    for (const name of ['worker', 'worker-bulk']) {
      const worker = services[name] as Service & { container_name?: string; deploy?: { replicas?: number } };
      expect(worker.container_name, name).toBeUndefined();
      expect(worker.ports, name).toBeUndefined();
      expect(worker.build, name).toBeDefined();
      expect(worker.command, name).toEqual(['work']);
    }
  });

  it('runs uploads and bulk work in processes of their own, between them taking both lanes, the bulk one otherwise alike', () => {
    const resolved = interpolateAll(compose, DOT_ENV, []) as typeof compose;
    const lanesOf = (name: string) => loadConfig(resolved.services[name]!.environment as Record<string, string>).workerLanes;
    expect(lanesOf('worker')).toEqual(['interactive']);
    expect(lanesOf('worker-bulk')).toEqual(['bulk']);
    const { environment: _a, ...worker } = services.worker!;
    const { environment: _b, ...bulk } = services['worker-bulk']!;
    expect(bulk).toEqual(worker);
    const rest = (env: unknown) => Object.fromEntries(Object.entries(env as Record<string, string>).filter(([k]) => k !== 'WORKER_LANES'));
    expect(rest(services['worker-bulk']!.environment)).toEqual(rest(services.worker!.environment));
  });

  it('runs Redis append-only and without eviction, so queued jobs survive a restart and are never dropped for memory', () => {
    const command = services.redis!.command as string[];
    const flag = (name: string) => command[command.indexOf(name) + 1];
    expect(command[0]).toBe('redis-server');
    expect(flag('--appendonly')).toBe('yes');
    expect(flag('--maxmemory-policy')).toBe('noeviction');
    expect(services.redis!.volumes?.some((v) => v.endsWith(':/data'))).toBe(true);
    expect(services.minio!.image).toMatch(/^minio\/minio/);
    expect(services.postgres!.image).toMatch(/^postgres:/);
  });

  it("the README's self-hosted .env points at these services and the models they fetch, and loadConfig takes it as is", () => {
    const section = README.slice(README.indexOf('## Self-hosted AI'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
    const settings = Object.fromEntries(block.split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.replace(/\s+#.*$/, '').split('=') as [string, string]));
    expect(settings.COMPOSE_PROFILES).toBe('local-ai');
    expect(new URL(settings.TRANSCRIBE_BASE_URL!).host).toBe('speaches:8000');
    expect(new URL(settings.EXTRACT_BASE_URL!).host).toBe('ollama:11434');
    const resolved = interpolateAll(compose, { ...DOT_ENV, ...settings }, []) as typeof compose;
    expect(resolved.services['speaches-model']!.command).toEqual([`http://speaches:8000/v1/models/${settings.TRANSCRIBE_MODEL}`]);
    expect(resolved.services['ollama-model']!.command).toEqual(['pull', settings.EXTRACT_MODEL]);
    expect(loadConfig(settings)).toMatchObject({
      transcriber: 'openai',
      extractor: 'openai',
      openai: {
        transcribe: { apiKey: null, baseURL: 'http://speaches:8000/v1', model: 'Systran/faster-whisper-small', concurrency: null },
        extract: { apiKey: null, baseURL: 'http://ollama:11434/v1', model: 'qwen2.5:7b-instruct' },
      },
    });
  });
});

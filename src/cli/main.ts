import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/env.ts';
import { unknownVariableMessage, unknownVariables } from '../config/unknown-variables.ts';
import { AppError } from '../errors/app-error.ts';
import { createLogger } from '../logging/logger.ts';
import { UsageError } from './cli-error.ts';
import { demoCommand } from './commands/demo.command.ts';
import { extractCommand, processCommand, transcribeCommand } from './commands/process.command.ts';
import { reindexCommand } from './commands/reindex.command.ts';
import { serveCommand, workCommand } from './commands/service.command.ts';

const USAGE = `Usage: callscribe <command> [options]

Commands:
  process AUDIO [--meta META.json]       prepare, transcribe, extract and sync in-process; prints { call, transcript, insights, crm }
  transcribe AUDIO [--meta META.json]    prepare and transcribe; prints the Transcript
  extract TRANSCRIPT.json [--meta M]     extract only; prints Insights
  demo [--once] [--no-samples]           embedded Redis + S3, workers and API over fixtures/calls
                                         (--no-samples: the stack alone, for webhooks and uploads)
  serve                                  the HTTP API (needs REDIS_URL, S3 settings, API_KEYS)
  work [--steps prepare,transcribe]      queue workers (needs REDIS_URL and S3 settings)
  reindex [--redact-stored]              rebuild the call index (DATABASE_URL, else PGlite under DATA_DIR) from S3
                                         (--redact-stored: first redact card numbers and national ids in
                                         transcripts stored before they were redacted when stored)

Engines and CRM follow the environment: TRANSCRIBER, EXTRACTOR, CRM, OPENAI_API_KEY, DATA_DIR… (see README).
Exit status: 0 success, 1 processing failed, 2 usage or configuration error.`;

export async function main(argv: string[]): Promise<number> {
  const stderr = (text: string) => process.stderr.write(`${text}\n`);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { meta: { type: 'string' }, once: { type: 'boolean' }, 'no-samples': { type: 'boolean' }, 'redact-stored': { type: 'boolean' }, steps: { type: 'string' }, stages: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    stderr(`error USAGE: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, file, ...extra] = parsed.positionals;
  const { values } = parsed;
  if (values.help || !command) {
    (values.help ? (t: string) => process.stdout.write(`${t}\n`) : stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  // A mistyped setting is warned about, never refused: it would otherwise leave its default silently in force.
  const unknown = unknownVariables(process.env);
  const warnOnStderr = () => {
    for (const variable of unknown.splice(0)) stderr(`warning: ${unknownVariableMessage(variable)}`);
  };
  try {
    if (extra.length) throw new UsageError(`Unexpected arguments: ${extra.join(' ')}`);
    // `work prepare` (for `work --steps prepare`) would otherwise run every step.
    if (file !== undefined && NO_POSITIONALS.has(command)) {
      throw new UsageError(`\`${command}\` takes no arguments (got "${file}")${command === 'work' ? `; to run some steps only: callscribe work --steps ${file}` : ''}.`);
    }
    const config = loadConfig(process.env);
    const service = command === 'serve' || command === 'work';
    const logger = createLogger({ level: config.logLevel ?? 'info', mode: service ? 'json' : 'text' });
    if (service) for (const variable of unknown.splice(0)) logger.warn({ variable: variable.name, suggestion: variable.suggestion }, unknownVariableMessage(variable));
    else warnOnStderr();
    const stdout = (text: string) => process.stdout.write(`${text}\n`);
    switch (command) {
      case 'process':
        await processCommand({ file, meta: values.meta }, config, logger, { stdout, stderr });
        return 0;
      case 'transcribe':
        await transcribeCommand({ file, meta: values.meta }, config, logger, { stdout, stderr });
        return 0;
      case 'extract':
        await extractCommand({ file, meta: values.meta }, config, logger, { stdout });
        return 0;
      case 'demo':
        return await demoCommand({ once: Boolean(values.once), samples: !values['no-samples'] }, config, createLogger({ level: config.logLevel ?? 'warn', mode: 'text' }), stdout);
      case 'serve':
        await serveCommand(config, logger);
        return 0;
      case 'work':
        await workCommand(values.steps ?? values.stages, config, logger);
        return 0;
      case 'reindex':
        await reindexCommand(config, { stdout }, { redactStored: Boolean(values['redact-stored']) });
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      stderr(`error USAGE: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof ConfigError) {
      warnOnStderr();
      stderr(`error CONFIG: ${err.message}`);
      return 2;
    }
    if (err instanceof AppError) {
      stderr(`error ${err.code}: ${err.message}`);
      // Missing storage credentials, and credentials another service refused (a wrong CRM token or API key), are a
      // configuration problem, whatever the command was doing: no file will succeed until the setting is fixed.
      return CONFIGURATION_CODES.has(err.code) || err.kind === 'credentials' ? 2 : 1;
    }
    stderr(`error INTERNAL: ${(err as Error)?.stack ?? String(err)}`);
    return 1;
  }
}

/** Commands configured by options and the environment alone. */
const NO_POSITIONALS = new Set(['serve', 'work', 'demo', 'reindex']);

/** Failures that can only be fixed in the configuration or by stopping another process: exit 2 as a usage or configuration error does. */
const CONFIGURATION_CODES = new Set(['S3_CREDENTIALS_MISSING', 'INDEX_IN_USE']);

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}

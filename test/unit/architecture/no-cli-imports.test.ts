import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = join(ROOT, 'src/cli');
/** Everything but the CLI itself: the runtime, the steps, the queues and the API never depend on it. */
const SCANNED = ['src', 'workers'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === CLI ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [path] : [];
  });
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  return found;
}

function cliImports(files: string[]): string[] {
  return files.flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter((spec) => spec.startsWith('.'))
      .filter((spec) => {
        const target = resolve(dirname(file), spec);
        return target === CLI || target.startsWith(CLI + '/');
      })
      .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
  );
}

describe('layering', () => {
  it('no module outside src/cli imports the CLI (runtime, pipeline, queues, http, workers)', () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));
    expect(files.some((f) => f.includes('/src/runtime/'))).toBe(true);
    expect(files.some((f) => f.includes('/src/http/'))).toBe(true);
    expect(cliImports(files)).toEqual([]);
  });

  it('would notice one', () => {
    const worker = join(ROOT, 'src/runtime/worker-process.ts');
    expect(specifiers("import { workCommand } from '../cli/commands/service.command.ts';\nconst m = await import('../cli/main.ts');")).toEqual([
      '../cli/commands/service.command.ts',
      '../cli/main.ts',
    ]);
    expect(resolve(dirname(worker), '../cli/main.ts').startsWith(CLI + '/')).toBe(true);
  });
});

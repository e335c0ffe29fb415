#!/usr/bin/env node
// The `callscribe` command: runs the TypeScript sources directly (Node >= 22.18 strips types), so a
// checkout works right after `npm ci` with no build step.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`error CONFIG: callscribe needs Node >= 22.18 (this is ${process.version}). Use \`npx callscribe\` or \`npm run\` in the checkout, which use the pinned Node 24.\n`);
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

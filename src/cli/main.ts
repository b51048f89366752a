#!/usr/bin/env node
/**
 * The `copyguard` executable: runs the command line on the process's streams and sets the
 * exit code (it never calls `process.exit`, so pending output is flushed first).
 */
import { runCli } from './run.js';

/**
 * Ends quietly when the reader of standard output goes away (`copyguard check | head`).
 * @param error the stream error.
 */
function onOutputError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
}

process.stdout.on('error', onOutputError);

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: () => process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});

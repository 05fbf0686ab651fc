/**
 * The runner's side of the protocol: workflow commands on stdout (`::warning file=a,line=3::text`) and
 * file commands (GITHUB_OUTPUT's `name<<delimiter` blocks). Only the pieces runnerIO uses, written here
 * instead of loaded from @actions/core, whose entry point also loads its OIDC client (@actions/http-client
 * and undici) and @actions/exec for getIDToken and platform, which no action calls (keyless signing asks
 * the runner for its token itself, attest/oidc.ts): about 0.8 MB of code, ~100 ms and ~13 MB before an
 * action has read one input (issue 17 item 3).
 *
 * The format is @actions/core 3.0.1's, kept exactly (lib/command.js, lib/file-command.js, lib/core.js),
 * since the runner parses it: a command's message escapes `%`, CR and LF; a property value also `:` and
 * `,`; properties with an empty value are left out. A file command's value sits between two lines of a
 * random delimiter, and a name or value holding the delimiter is refused rather than written (it would
 * end the value early and let the rest be read as further outputs). test/unit/action/workflow-commands.test.ts
 * pins each rule.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

export type CommandProperties = Readonly<Record<string, string | number | undefined>>;

/** A message: `%` first, so the escapes it writes are not escaped again. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A property value: also `:` and `,`, which end a property. */
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::command key=value,key=value::message`; a property whose value is empty (or 0, as @actions/core) is left out. */
export function formatCommand(command: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${command === '' ? 'missing.command' : command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

/** Write one workflow command to stdout, where the runner reads it. */
export function issueCommand(command: string, properties: CommandProperties, message: string): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

/**
 * A `name<<delimiter` block for GITHUB_OUTPUT, GITHUB_ENV or GITHUB_STATE. `delimiter` is for tests only; a
 * run takes a fresh random one for each value.
 */
export function keyValueMessage(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  // Never expected (the delimiter is random), but a value that held it would end early and inject the rest.
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** Append a message to the runner's file (GITHUB_OUTPUT, ...); the runner creates it, so a missing one is an error. */
export function appendFileCommand(file: string, message: string): void {
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${message}${EOL}`, { encoding: 'utf8' });
}

/**
 * An output: into the GITHUB_OUTPUT file when the runner names one, else the deprecated `::set-output::`
 * command after a newline (so it starts a line), as @actions/core's setOutput does.
 */
export function setOutput(outputFile: string | undefined, name: string, value: string): void {
  if (outputFile !== undefined && outputFile !== '') {
    appendFileCommand(outputFile, keyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}

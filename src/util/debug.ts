// Diagnostics for `--debug`: how a command did its work (which schema validators it used, how
// many worker threads parsed the comments), one line each on stderr. Off unless run() turns it
// on for the command being run. For bug reports and the benchmark, so in English only.
let sink: ((line: string) => void) | undefined;

/** Turns the diagnostics on (a writer) or off (undefined). */
export function setDebugSink(write: ((line: string) => void) | undefined): void {
  sink = write;
}

export function debugLog(message: string): void {
  sink?.(`pedoman debug: ${message}\n`);
}

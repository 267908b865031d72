// Preloaded into servers the e2e tests start: the server exits when the test process that started it
// is gone, however it went (a timed-out test never reaches its `finally`; a killed run never runs exit
// handlers). Its stdin is a pipe from that process, and a pipe ends when its writer dies.
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.on('error', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.resume();
// Reading stdin must not keep a server alive that would otherwise have exited.
process.stdin.unref?.();

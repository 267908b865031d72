// Where the container tests keep what outlives a run (the stand-in base image, dockerd's log):
// outside the repository, because CI checks out fresh copies on this same machine.
import os from 'node:os';
import path from 'node:path';

export function cacheDir() {
  if (process.env.AIMON_DOCKER_CACHE?.trim()) return path.resolve(process.env.AIMON_DOCKER_CACHE.trim());
  return process.getuid?.() === 0 ? '/var/cache/aimon-docker' : path.join(os.homedir(), '.cache', 'aimon-docker');
}

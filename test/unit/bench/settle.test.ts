import { spawn } from 'node:child_process';
import { cpuMs, settleCpu } from '../../../bench/settle';

/** A child process that spins for `ms` milliseconds, then idles until killed. */
function spinner(ms: number) {
  const script = `const end = Date.now() + ${ms}; while (Date.now() < end); setInterval(() => {}, 1000);`;
  return spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
}

describe('settleCpu', () => {
  it('reads a process’s CPU time from /proc, growing as it works', () => {
    const before = cpuMs(process.pid);
    const end = Date.now() + 100;
    while (Date.now() < end);
    expect(cpuMs(process.pid)).toBeGreaterThan(before);
  });

  it('waits while a process is busy and returns once it is quiet', async () => {
    const child = spinner(1200);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const waited = await settleCpu([child.pid as number]);
      // At least until the spinning ended (from the child's start), and not much past it.
      expect(waited).toBeGreaterThanOrEqual(800);
      expect(waited).toBeLessThan(10_000);
      expect(await settleCpu([child.pid as number])).toBeLessThan(1000);
    } finally {
      child.kill();
    }
  });
});

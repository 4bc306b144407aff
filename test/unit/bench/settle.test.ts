import { cpuMs, settleCpu } from '../../../bench/settle';

/**
 * A process's CPU readings as settleCpu takes them (one before and one after each 200 ms sample):
 * 100 ms of CPU per sample (half a core) for `busySamples` samples, then none.
 */
function readings(busySamples: number) {
  let reads = 0;
  const readCpu = () => {
    const sample = Math.floor(reads / 2);
    const cpu = 100 * Math.min(sample + (reads % 2), busySamples);
    reads += 1;
    return cpu;
  };
  return { readCpu, samples: () => reads / 2 };
}

describe('settleCpu', () => {
  it('reads a process’s CPU time from /proc, growing as it works', () => {
    const before = cpuMs(process.pid);
    const end = Date.now() + 100;
    while (Date.now() < end);
    expect(cpuMs(process.pid)).toBeGreaterThan(before);
  });

  it('samples while a process is busy and returns at its first quiet sample', async () => {
    const busy = readings(3);
    const waited = await settleCpu([1], 5_000, busy.readCpu);
    expect(busy.samples()).toBe(4);
    expect(waited).toBeGreaterThanOrEqual(3 * 190);
  });

  it('returns after one sample when the process is already quiet', async () => {
    const quiet = readings(0);
    await settleCpu([1], 5_000, quiet.readCpu);
    expect(quiet.samples()).toBe(1);
  });

  it('waits for the busiest of several processes', async () => {
    const quiet = readings(0);
    const busy = readings(2);
    await settleCpu([1, 2], 5_000, (pid) => (pid === 1 ? quiet.readCpu() : busy.readCpu()));
    expect(busy.samples()).toBe(3);
  });

  it('gives up after its limit on a process that never quiets', async () => {
    const endless = readings(Number.POSITIVE_INFINITY);
    const waited = await settleCpu([1], 500, endless.readCpu);
    expect(waited).toBeGreaterThan(500);
    expect(endless.samples()).toBeLessThanOrEqual(5);
  });
});

import { BrokenCircuitError } from 'cockatiel';
import { AgencyCircuit } from './agency-circuit';

const HALF_OPEN_AFTER_MS = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failing = () => Promise.reject(new Error('connection refused'));

/** A probe the test answers when it likes. */
function controlledProbe() {
  const pending: ((answered: boolean) => void)[] = [];
  return {
    probe: () => new Promise<boolean>((resolve) => pending.push(resolve)),
    started: () => pending.length,
    answer: (answered: boolean) => pending.shift()!(answered),
  };
}

async function openCircuit(circuit: AgencyCircuit, failures = 3) {
  for (let i = 0; i < failures; i++) await expect(circuit.call(failing)).rejects.toThrow();
}

describe('AgencyCircuit', () => {
  it('passes calls through while closed, and a success resets the count of failures', async () => {
    const circuit = new AgencyCircuit('PROB', () => Promise.resolve(true), { failures: 3 });
    await expect(circuit.call(() => Promise.resolve('answer'))).resolves.toBe('answer');
    await openCircuit(circuit, 2);
    await expect(circuit.call(() => Promise.resolve('again'))).resolves.toBe('again');
    await openCircuit(circuit, 2);
    expect(circuit.state).toBe('closed');
  });

  it('opens after consecutive failures and then fails at once without calling the agency', async () => {
    const circuit = new AgencyCircuit('PROB', () => Promise.resolve(true), {
      failures: 3,
      halfOpenAfterMs: 60_000,
    });
    await openCircuit(circuit);
    expect(circuit.state).toBe('open');
    const fn = jest.fn(() => Promise.resolve('never'));
    await expect(circuit.call(fn)).rejects.toBeInstanceOf(BrokenCircuitError);
    expect(fn).not.toHaveBeenCalled();
  });

  it('probes in the background once due, refusing calls meanwhile, and closes on success', async () => {
    const p = controlledProbe();
    const circuit = new AgencyCircuit('PROB', p.probe, {
      failures: 2,
      halfOpenAfterMs: HALF_OPEN_AFTER_MS,
    });
    await openCircuit(circuit, 2);
    // Not due yet: no probe.
    await expect(circuit.call(failing)).rejects.toBeInstanceOf(BrokenCircuitError);
    expect(p.started()).toBe(0);

    await sleep(HALF_OPEN_AFTER_MS * 2);
    const fn = jest.fn(() => Promise.resolve('answer'));
    // The call that finds a probe due starts it, and is itself refused at once.
    await expect(circuit.call(fn)).rejects.toBeInstanceOf(BrokenCircuitError);
    expect(p.started()).toBe(1);
    expect(circuit.state).toBe('half-open');
    // While the probe runs: refused at once, and no second probe.
    await expect(circuit.call(fn)).rejects.toBeInstanceOf(BrokenCircuitError);
    expect(p.started()).toBe(1);
    expect(fn).not.toHaveBeenCalled();

    p.answer(true);
    await sleep(0);
    expect(circuit.state).toBe('closed');
    await expect(circuit.call(fn)).resolves.toBe('answer');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('stays open when the probe fails, and probes again later', async () => {
    const p = controlledProbe();
    const circuit = new AgencyCircuit('PROB', p.probe, {
      failures: 1,
      halfOpenAfterMs: HALF_OPEN_AFTER_MS,
    });
    await openCircuit(circuit, 1);
    await sleep(HALF_OPEN_AFTER_MS * 2);
    await expect(circuit.call(failing)).rejects.toBeInstanceOf(BrokenCircuitError);
    p.answer(false);
    await sleep(0);
    expect(circuit.state).toBe('open');
    // Opened again just now: not due.
    await expect(circuit.call(failing)).rejects.toBeInstanceOf(BrokenCircuitError);
    expect(p.started()).toBe(0);

    await sleep(HALF_OPEN_AFTER_MS * 2);
    await expect(circuit.call(failing)).rejects.toBeInstanceOf(BrokenCircuitError);
    expect(p.started()).toBe(1);
    p.answer(true);
    await sleep(0);
    expect(circuit.state).toBe('closed');
  });

  it('treats a probe that throws as failed', async () => {
    const circuit = new AgencyCircuit('PROB', () => Promise.reject(new Error('refused')), {
      failures: 1,
      halfOpenAfterMs: HALF_OPEN_AFTER_MS,
    });
    await openCircuit(circuit, 1);
    await sleep(HALF_OPEN_AFTER_MS * 2);
    await expect(circuit.call(failing)).rejects.toBeInstanceOf(BrokenCircuitError);
    await sleep(0);
    expect(circuit.state).toBe('open');
  });
});

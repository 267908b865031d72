/**
 * How the two simulated models differ, the way real models do: A is slower and
 * careful; B is faster and cheaper, and more often wrong (acts without
 * diagnosing, skips the check afterwards, invents facts on boundary prompts).
 */
export interface Persona {
  id: 'sim-careful' | 'sim-fast';
  displayName: string;
  /** Simulated latency: time to first token and per output token (ms), scaled by AIMON_SIM_LATENCY_SCALE. */
  firstTokenMs: number;
  perTokenMs: number;
  /** Probability of acting on a service without diagnosing it first (guessing "restart"). */
  skipDiagnosis: number;
  /** Probability of not verifying a service after acting on it. */
  skipVerification: number;
  /** Probability of inventing an answer on a boundary prompt instead of saying it does not know. */
  inventOnBoundary: number;
  /** Probability of adding an unsupported figure to a summary. */
  embellish: number;
  /** How many times it re-checks a service that is still restarting. */
  patience: number;
  pricing: { inputPer1k: number; outputPer1k: number };
}

export const PERSONAS: Record<'A' | 'B', Persona> = {
  A: {
    id: 'sim-careful',
    displayName: 'Model A (simulated, careful)',
    firstTokenMs: 450,
    perTokenMs: 18,
    skipDiagnosis: 0,
    skipVerification: 0,
    inventOnBoundary: 0.05,
    embellish: 0,
    patience: 6,
    pricing: { inputPer1k: 0.003, outputPer1k: 0.015 },
  },
  B: {
    id: 'sim-fast',
    displayName: 'Model B (simulated, fast)',
    firstTokenMs: 150,
    perTokenMs: 6,
    skipDiagnosis: 0.6,
    skipVerification: 0.5,
    inventOnBoundary: 0.6,
    embellish: 0.35,
    patience: 1,
    pricing: { inputPer1k: 0.0005, outputPer1k: 0.0015 },
  },
};

import { listModels } from '@/lib/models';

/** Says plainly which models answer: the built-in simulators unless real ones are configured. */
export function SimulatedModelsNote() {
  const models = listModels();
  const simulated = models.filter((m) => m.simulated);
  if (!simulated.length) return <p className="muted small">Models: {models.map((m) => `${m.slot} = ${m.displayName}`).join(' · ')}</p>;
  return (
    <p className="notice small" role="note">
      {simulated.length === 2 ? 'Both models are built-in simulators' : `Model ${simulated[0]!.slot} is a built-in simulator`}: they really call the
      tools and read the results, but their reasoning is scripted (A careful, B fast and more often wrong). Configure{' '}
      <code>MODEL_A_*</code> / <code>MODEL_B_*</code> to use Ollama, any OpenAI-compatible server or Azure OpenAI.
    </p>
  );
}

import type { ComparisonReport, FigureVerdict } from '@/lib/compare/types';
import styles from './verdicts.module.css';

const STATUS_LABEL: Record<FigureVerdict['status'], string> = {
  different: 'different',
  tie: 'same',
  undecided: 'not yet clear',
  too_few: 'too few samples',
};

/**
 * The A/B verdicts of a comparison report: per figure, whether Model B really
 * differs from Model A (95 % interval) in one sentence. The sentences are
 * written on the server, so the API and the page say the same thing.
 */
export function CompareVerdicts({ report }: { report: ComparisonReport }) {
  // Reports cached by an older server have no verdicts: show nothing rather than fail.
  if (!report.verdicts?.length) return null;
  return (
    <section className="card" aria-labelledby="cmp-verdicts-h" data-testid="compare-verdicts">
      <h2 id="cmp-verdicts-h" className="mon-h">Is Model B really different?</h2>
      <p className="muted">
        Each figure with a 95 % interval over the stored workflow runs and chat answers in the range (counts are
        Model A vs Model B). “Not yet clear” means the interval still allows no difference.
      </p>
      <ul className={styles.list}>
        {report.verdicts.map((v) => (
          <li key={v.figure} className={styles.item} data-figure={v.figure} data-status={v.status}>
            <span className={`tag ${styles.status} ${styles[v.status] ?? ''}`}>{STATUS_LABEL[v.status]}</span>
            <span className={styles.sentence}>{v.sentence}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

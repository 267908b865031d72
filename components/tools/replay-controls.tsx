'use client';

import { useState } from 'react';
import type { WorkflowRunView } from '@/lib/agent/types';

/** Replay a finished run: the same or the other model, recorded (its tool results and fleet snapshot) or live. */
export function ReplayControls({ run, disabled, onReplay }: { run: WorkflowRunView; disabled: boolean; onReplay: (input: { model: 'A' | 'B'; mode: 'recorded' | 'live' }) => void }) {
  const [model, setModel] = useState<'A' | 'B'>(run.modelSlot === 'B' ? 'B' : 'A');
  const [mode, setMode] = useState<'recorded' | 'live'>('recorded');
  if (run.status === 'running') return null;
  return (
    <form
      className="form-grid"
      aria-label="Replay this run"
      onSubmit={(e) => {
        e.preventDefault();
        onReplay({ model, mode });
      }}
    >
      <div className="field">
        <label htmlFor="replay-model">Replay with</label>
        <select id="replay-model" value={model} onChange={(e) => setModel(e.target.value as 'A' | 'B')} disabled={disabled}>
          <option value="A">Model A{run.modelSlot === 'A' ? ' (same)' : ''}</option>
          <option value="B">Model B{run.modelSlot === 'B' ? ' (same)' : ''}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="replay-mode">Mode</label>
        <select id="replay-mode" value={mode} onChange={(e) => setMode(e.target.value as 'recorded' | 'live')} disabled={disabled}>
          <option value="recorded">Recorded: its tool results and fleet snapshot; the fleet is not touched</option>
          <option value="live">Live: the same goal against today&apos;s fleet</option>
        </select>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={disabled}>Replay</button>
      </div>
    </form>
  );
}

import { Unstaked } from '../../../generated/Curation/Curation';
import { recordCuration } from './curationPosition';

export function handleUnstaked(event: Unstaked): void {
  const p = event.params;
  recordCuration(p.modelId, p.curator, p.position, p.modelSignal, event.block.timestamp);
}

import { Staked } from '../../../generated/Curation/Curation';
import { recordCuration } from './curationPosition';

export function handleStaked(event: Staked): void {
  const p = event.params;
  recordCuration(p.modelId, p.curator, p.position, p.modelSignal, event.block.timestamp);
}

import { Staked } from '../../../generated/Curation/Curation';
import { recordCuration } from './curationPosition';

export function handleStaked(event: Staked): void {
  let p = event.params;
  recordCuration(p.modelId, p.curator, p.position, p.modelSignal, event.block.timestamp);
}

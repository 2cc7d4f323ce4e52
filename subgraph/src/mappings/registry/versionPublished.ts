import { VersionPublished } from '../../../generated/ModelRegistry/ModelRegistry';
import { ModelVersion } from '../../../generated/schema';
import { eventId } from '../../common/ids';
import { loadModel } from '../../entities/model';

export function handleVersionPublished(event: VersionPublished): void {
  const model = loadModel(event.params.modelId);
  const version = new ModelVersion(eventId(event));
  version.model = model.id;
  version.version = event.params.version.toI32();
  version.uri = event.params.uri;
  version.contentHash = event.params.contentHash;
  version.changelog = event.params.changelog;
  version.timestamp = event.block.timestamp;
  version.blockNumber = event.block.number;
  version.transactionHash = event.transaction.hash;
  version.save();

  model.currentVersion = version.version;
  model.uri = version.uri;
  model.contentHash = version.contentHash;
  model.save();
}

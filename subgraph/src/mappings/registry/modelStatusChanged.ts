import { ModelStatusChanged } from '../../../generated/ModelRegistry/ModelRegistry';
import { MODEL_STATUSES } from '../../common/constants';
import { loadModel } from '../../entities/model';

export function handleModelStatusChanged(event: ModelStatusChanged): void {
  const model = loadModel(event.params.modelId);
  model.status = MODEL_STATUSES[event.params.status];
  model.save();
}

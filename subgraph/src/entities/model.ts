import { BigInt, Bytes } from '@graphprotocol/graph-ts';

import { Model, ModelRevenue } from '../../generated/schema';
import { NO_DAY, ZERO_BI } from '../common/constants';
import { compositeId } from '../common/ids';

/** A model the registry has registered; every later event about it comes after ModelRegistered. */
export function loadModel(modelId: BigInt): Model {
  return Model.load(modelId.toString())!;
}

export function getOrCreateModelRevenue(modelId: string, token: Bytes): ModelRevenue {
  const id = compositeId([modelId, token.toHexString()]);
  let revenue = ModelRevenue.load(id);
  if (revenue == null) {
    revenue = new ModelRevenue(id);
    revenue.model = modelId;
    revenue.token = token;
    revenue.cumulativeGross = ZERO_BI;
    revenue.cumulativeFees = ZERO_BI;
    revenue.cumulativeParentCut = ZERO_BI;
    revenue.cumulativeCredited = ZERO_BI;
    revenue.cumulativeDerivativeIncome = ZERO_BI;
    revenue.snapshotDay = NO_DAY;
    revenue.dayGross = ZERO_BI;
    revenue.dayCredited = ZERO_BI;
    revenue.save();
  }
  return revenue;
}

/** Same as loadModel, from a Model id already read off another entity. */
export function loadModelById(id: string): Model {
  return Model.load(id)!;
}

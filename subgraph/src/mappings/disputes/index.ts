export { handleDisputeBondUpdated } from './disputeBondUpdated';
export { handleDisputeLapsed } from './disputeLapsed';
export { handleDisputeRaised } from './disputeRaised';
export { handleDisputeResolved } from './disputeResolved';

export { handleDisputeBondUpdated } from './disputeBondUpdated';
export { handleDisputeRaised } from './disputeRaised';
export { handleDisputeResolved } from './disputeResolved';

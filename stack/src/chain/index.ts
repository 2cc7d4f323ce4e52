// Public face of the stack's chain helpers: the anvil accounts and the deployment of the contracts.
export { anvilAccount, forgetNonces } from './accounts';
export { deployContracts, readDeployment, type Deployment } from './deploy';

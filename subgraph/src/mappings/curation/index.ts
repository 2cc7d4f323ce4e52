export { handleStaked } from './staked';
export { handleUnstaked } from './unstaked';

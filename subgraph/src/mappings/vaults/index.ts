export { handleRedeemed } from './redeemed';
export { handleRevenueAccrued } from './revenueAccrued';
export { handleRevenueClaimed } from './revenueClaimed';
export { handleShareTransfer } from './shareTransfer';

// Public face of the market simulator.
export { simulateMarket } from './simulate';

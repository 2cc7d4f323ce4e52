// Public face of the market simulator: the simulation, the default market's size and the genesis time it is run from.
export { DEFAULT_MARKET, genesisTimestampFor } from './defaultMarket';
export { simulateMarket } from './simulate';

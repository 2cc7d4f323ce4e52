export { handleModelFractionalized } from './modelFractionalized';

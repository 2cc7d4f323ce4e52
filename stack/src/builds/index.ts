// Public face of the stack's builds: the content hash that keys a build by its inputs.
export { contentHash } from './contentHash';

// Public face for other workspaces' tests: a whole local stack on free ports in a temporary directory.
export { LocalStack } from './localStack';

export { handleModelRegistered } from './modelRegistered';
export { handleModelStatusChanged } from './modelStatusChanged';
export { handleModelTransfer } from './modelTransfer';
export { handleVersionPublished } from './versionPublished';

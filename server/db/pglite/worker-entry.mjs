// The database thread's entry point: plain JavaScript, because a worker thread does not inherit
// the TypeScript loader of the thread that starts it. It registers tsx, then loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');

export * from './accounts.js';
export * from './classifications.js';
export * from './organisations.js';
export * from './projects.js';
export * from './rate-limit.js';
export * from './reference-dataset.js';
export * from './regions.js';
export * from './site.js';

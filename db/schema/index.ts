export * from './settings';
export * from './staff';
export * from './services';
export * from './participants';
export * from './conferences';
export * from './preferences';

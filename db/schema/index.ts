export * from './settings';
export * from './staff';

// Types for node-externals.mjs, so its test is type-checked.
export declare function externalPackages(root: string): string[];

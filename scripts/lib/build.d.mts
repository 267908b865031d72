export declare const STANDALONE_SERVER: string;
export declare function sourceFingerprint(root?: string): string;
export declare function buildIsCurrent(root?: string): boolean;
export declare function ensureBuild(options?: { root?: string; log?: (message: string) => void }): boolean;

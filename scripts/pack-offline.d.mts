export function asarFiles(asar: string): string[];
export function packOffline(options?: { projectDir?: string; outDir?: string }): Promise<{ asar: string; size: number; files: string[] }>;

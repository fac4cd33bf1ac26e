import type { BuildOptions, BuildResult, LogLevel } from 'esbuild';

export function electronBuildOptions(outDir?: string): BuildOptions[];
export function buildElectron(outDir?: string, logLevel?: LogLevel): Promise<Array<BuildResult<{ metafile: true }>>>;

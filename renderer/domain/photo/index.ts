export * from './sniff';
export * from './dimensions';
export * from './orientation';
export * from './sizes';
export * from './exif-time';
export * from './errors';
export * from './complete';
export * from './redaction';

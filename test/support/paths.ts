import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const serverMain = path.join(repoRoot, 'server', 'dist', 'main.js');

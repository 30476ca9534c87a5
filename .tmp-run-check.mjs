import { runnerImport } from 'vite';
const { module } = await runnerImport('./src/lib/check/index.ts', { root: process.cwd(), configFile: false, logLevel: 'silent' });
const p = await module.checkContent(process.argv[2] ?? '.');
console.log(module.formatProblems(p));

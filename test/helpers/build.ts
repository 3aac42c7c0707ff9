// Vitest global setup: compiles dist/ from src/ once per run, so the end-to-end tests that spawn the
// built bin always run the code under test. (The script is not called `build`: npm would then run a
// full install of a git dependency to prepare it, which breaks `npm install -g <git URL>`.)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync('npm', ['run', '-s', 'compile'], { cwd: root, stdio: 'inherit' });
}

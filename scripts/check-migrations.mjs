// Fails when the TypeScript schema and the committed migrations have drifted apart: it generates
// migrations from the schema into a copy of the migrations folder and checks that nothing is new.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const committed = 'server/db/migrations';
// drizzle-kit only takes a folder relative to the project, so the copy lives in ./tmp (git-ignored).
const copy = `tmp/migrations-check-${process.pid}`;
mkdirSync(copy, { recursive: true });
try {
  cpSync(committed, copy, { recursive: true });
  const before = readdirSync(copy).sort();
  const out = execFileSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      './server/db/schema/*.ts',
      '--out',
      copy,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  const added = readdirSync(copy).filter((f) => !before.includes(f));
  if (added.length > 0) {
    console.error(
      `The schema has changes with no committed migration (${added.join(', ')}).\n` +
        'Run `npm run db:generate` and commit the new file in server/db/migrations.',
    );
    process.exit(1);
  }
  // drizzle-kit can fail and still exit 0: trust only its own word that nothing changed.
  if (!/No schema changes/i.test(out)) {
    console.error(`drizzle-kit did not confirm the schema is unchanged:\n${out}`);
    process.exit(1);
  }
  console.log('migrations: the schema matches the committed migrations');
} finally {
  rmSync(copy, { recursive: true, force: true });
}

// Spotlight's sidecar (@spotlightjs/spotlight, pinned in package.json here) on a loopback port, for
// bench/run-ingest-bench. Started through the package's library entry (setupSpotlight), not its
// CLI: the CLI also starts Spotlight's own Sentry telemetry (traces at 100 %, sent to sentry.io),
// which would both leave this machine and slow the sidecar down. Prints "port N" when listening;
// SIGTERM (twice) stops it.
import { setupSpotlight } from '@spotlightjs/spotlight';

const port = Number(process.argv[2] ?? 0);
const server = await setupSpotlight({ port, isStandalone: true });
console.log(`port ${server.address().port}`);

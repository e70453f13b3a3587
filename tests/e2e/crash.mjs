// A process that dies of an uncaught exception: the SDK reports it (handled: false) and the
// process session (the SDK's default ProcessSession integration) ends "crashed".
import * as Sentry from '@sentry/node';

Sentry.init({
  dsn: process.env.SENTRY_DSN,
  release: 'e2e-app@1.0.0',
  environment: 'e2e',
  tracesSampleRate: 0,
});
Sentry.setUser({ id: 'crasher' });

function loadConfig() {
  const config = undefined;
  return config.port; // TypeError: Cannot read properties of undefined
}

setTimeout(() => {
  loadConfig();
}, 10);

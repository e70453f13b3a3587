// A small app using the real Sentry Node SDK against Lookout's ingest endpoint (SENTRY_DSN).
// What it sends, per run (e2e.test.mjs counts on exactly this):
//   3 explicit sessions (startSession/endSession), all ending "exited";
//   3 handled errors thrown at one site (parseOrder), 2 at another (chargeCard);
//   2 captureMessage("Payment provider slow");
//   2 errors from two different sites with the custom fingerprint ["e2e-custom-fingerprint"];
//   breadcrumbs "step 1" .. "step 3" (category e2e) before the first error; user E2E_USER; tags.
import * as Sentry from '@sentry/node';

Sentry.init({
  dsn: process.env.SENTRY_DSN,
  release: 'e2e-app@1.0.0',
  environment: 'e2e',
  tracesSampleRate: 0,
  // Sessions here are the explicit ones below; the process session is the crash script's.
  integrations: (defaults) => defaults.filter((integration) => integration.name !== 'ProcessSession'),
});

Sentry.setUser({ id: process.env.E2E_USER, email: `${process.env.E2E_USER}@example.com` });
Sentry.setTag('suite', 'e2e');
Sentry.setTag('run', process.env.E2E_USER);

function parseOrder(text) {
  if (!text.startsWith('{')) {
    throw new TypeError(`order is not JSON: ${text}`);
  }
  return JSON.parse(text);
}

function chargeCard(amount) {
  throw new RangeError(`amount out of range: ${amount}`);
}

function validateAddress() {
  throw new Error('address check failed (first site)');
}

function validatePostcode() {
  throw new Error('postcode check failed (second site)');
}

for (let session = 0; session < 3; ++session) {
  Sentry.startSession();
  if (session === 0) {
    for (const step of [1, 2, 3]) {
      Sentry.addBreadcrumb({ category: 'e2e', message: `step ${step}`, level: 'info' });
    }
    for (const order of ['bad-1', 'bad-2', 'bad-3']) {
      try {
        parseOrder(order);
      } catch (error) {
        Sentry.captureException(error);
      }
    }
  }
  if (session === 1) {
    for (const amount of [-1, 1e12]) {
      try {
        chargeCard(amount);
      } catch (error) {
        Sentry.captureException(error);
      }
    }
    Sentry.captureMessage('Payment provider slow', 'warning');
    Sentry.captureMessage('Payment provider slow', 'warning');
  }
  if (session === 2) {
    for (const check of [validateAddress, validatePostcode]) {
      try {
        check();
      } catch (error) {
        Sentry.captureException(error, { fingerprint: ['e2e-custom-fingerprint'] });
      }
    }
  }
  Sentry.endSession();
}

await Sentry.flush(5000);

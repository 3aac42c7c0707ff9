// Test keys are built at run time so no real-looking key is ever committed.
import { randomBase62 } from '../../src/rules/examples.js';

export { randomBase62 };

export function floraKey(environment: 'live' | 'test' = 'live', length = 32): string {
  return 'sk_' + environment + '_' + randomBase62(length);
}

/** Stripe's shape: sk_live_51 followed by ~97 characters. */
export function stripeShapedKey(): string {
  return 'sk_' + 'live_51' + randomBase62(97);
}

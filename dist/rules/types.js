// What rules and providers are, after validation. Plain data: rules/*.json is the source of truth.
export {};

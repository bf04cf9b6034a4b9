"""Hand-written, version-independent runtime shipped with every generated Stripe client."""

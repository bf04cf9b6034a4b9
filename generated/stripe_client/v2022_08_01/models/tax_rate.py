# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxRate(StripeObject):
    """Tax rates can be applied to [invoices](https://stripe.com/docs/billing/invoices/tax-rates), [subscriptions](https://stripe.com/docs/billing/subscriptions/taxes) and [Checkout Sessions](https://stripe.com/docs/payments/checkout/set-up-a-subscription#tax-rates) to collect tax.

    Related guide: [Tax Rates](https://stripe.com/docs/billing/taxes/tax-rates).
    """

    active: bool
    """Defaults to `true`. When set to `false`, this tax rate cannot be used with new applications or Checkout Sessions, but will still work for subscriptions and invoices that already have it set."""
    country: str | None = None
    """Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2))."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    description: str | None = None
    """An arbitrary string attached to the tax rate for your internal use only. It will not be visible to your customers."""
    display_name: str
    """The display name of the tax rates as it will appear to your customer on their receipt email, PDF, and the hosted invoice page."""
    id: str
    """Unique identifier for the object."""
    inclusive: bool
    """This specifies if the tax rate is inclusive or exclusive."""
    jurisdiction: str | None = None
    """The jurisdiction for the tax rate. You can use this label field for tax reporting purposes. It also appears on your customer’s invoice."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["tax_rate"]
    """String representing the object's type. Objects of the same type share the same value."""
    percentage: float
    """This represents the tax rate percent out of 100."""
    state: str | None = None
    """[ISO 3166-2 subdivision code](https://en.wikipedia.org/wiki/ISO_3166-2:US), without country prefix. For example, "NY" for New York, United States."""
    tax_type: Literal["gst", "hst", "jct", "pst", "qst", "rst", "sales_tax", "vat"] | str | None = (
        None
    )
    """The high-level tax type, such as `vat` or `sales_tax`."""

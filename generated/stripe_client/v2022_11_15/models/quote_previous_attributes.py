# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class QuotePreviousAttributes(StripeObject):
    """The previous values of the Quote fields that changed."""

    amount_subtotal: int | None = None
    """Total before any discounts or taxes are applied."""
    amount_total: int | None = None
    """Total after discounts and taxes are applied."""
    application: str | dict[str, Any] | None = None
    """ID of the Connect Application that created the quote."""
    application_fee_amount: int | None = None
    """The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner's Stripe account. Only applicable if there are no line items with recurring prices on the quote."""
    application_fee_percent: float | None = None
    """A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice subtotal that will be transferred to the application owner's Stripe account. Only applicable if there are line items with recurring prices on the quote."""
    automatic_tax: dict[str, Any] | None = None
    collection_method: Literal["charge_automatically", "send_invoice"] | str | None = None
    """Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay invoices at the end of the subscription cycle or on finalization using the default payment method attached to the subscription or customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions and mark the subscription as `active`. Defaults to `charge_automatically`."""
    computed: dict[str, Any] | None = None
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | dict[str, Any] | None = None
    """The customer which this quote belongs to. A customer is required before finalizing the quote. Once specified, it cannot be changed."""
    default_tax_rates: list[str | dict[str, Any]] | None = None
    """The tax rates applied to this quote."""
    description: str | None = None
    """A description that will be displayed on the quote PDF."""
    discounts: list[str | dict[str, Any]] | None = None
    """The discounts applied to this quote."""
    expires_at: int | None = None
    """The date on which the quote will be canceled if in `open` or `draft` status. Measured in seconds since the Unix epoch."""
    footer: str | None = None
    """A footer that will be displayed on the quote PDF."""
    from_quote: dict[str, Any] | None = None
    """Details of the quote that was cloned. See the [cloning documentation](https://stripe.com/docs/quotes/clone) for more details."""
    header: str | None = None
    """A header that will be displayed on the quote PDF."""
    id: str | None = None
    """Unique identifier for the object."""
    invoice: str | dict[str, Any] | None = None
    """The invoice that was created from this quote."""
    invoice_settings: dict[str, Any] | None = None
    """All invoices will be billed using the specified settings."""
    line_items: dict[str, Any] | None = None
    """A list of items the customer is being quoted for."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    number: str | None = None
    """A unique number that identifies this particular quote. This number is assigned once the quote is [finalized](https://stripe.com/docs/quotes/overview#finalize)."""
    object: Literal["quote"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    on_behalf_of: str | dict[str, Any] | None = None
    """The account on behalf of which to charge. See the [Connect documentation](https://support.stripe.com/questions/sending-invoices-on-behalf-of-connected-accounts) for details."""
    status: Literal["accepted", "canceled", "draft", "open"] | str | None = None
    """The status of the quote."""
    status_transitions: dict[str, Any] | None = None
    subscription: str | dict[str, Any] | None = None
    """The subscription that was created or updated from this quote."""
    subscription_data: dict[str, Any] | None = None
    subscription_schedule: str | dict[str, Any] | None = None
    """The subscription schedule that was created or updated from this quote."""
    test_clock: str | dict[str, Any] | None = None
    """ID of the test clock this quote belongs to."""
    total_details: dict[str, Any] | None = None
    transfer_data: dict[str, Any] | None = None
    """The account (if any) the payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the invoices."""

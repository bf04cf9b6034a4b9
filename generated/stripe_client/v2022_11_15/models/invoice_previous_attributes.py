# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class InvoicePreviousAttributes(StripeObject):
    """The previous values of the Invoice fields that changed."""

    account_country: str | None = None
    """The country of the business associated with this invoice, most often the business creating the invoice."""
    account_name: str | None = None
    """The public name of the business associated with this invoice, most often the business creating the invoice."""
    account_tax_ids: list[str | dict[str, Any]] | None = None
    """The account tax IDs associated with the invoice. Only editable when the invoice is a draft."""
    amount_due: int | None = None
    """Final amount due at this time for this invoice. If the invoice's total is smaller than the minimum charge amount, for example, or if there is account credit that can be applied to the invoice, the `amount_due` may be 0. If there is a positive `starting_balance` for the invoice (the customer owes money), the `amount_due` will also take that into account. The charge that gets generated for the invoice will be for the amount specified in `amount_due`."""
    amount_paid: int | None = None
    """The amount, in %s, that was paid."""
    amount_remaining: int | None = None
    """The difference between amount_due and amount_paid, in %s."""
    application: str | dict[str, Any] | None = None
    """ID of the Connect Application that created the invoice."""
    application_fee_amount: int | None = None
    """The fee in %s that will be applied to the invoice and transferred to the application owner's Stripe account when the invoice is paid."""
    attempt_count: int | None = None
    """Number of payment attempts made for this invoice, from the perspective of the payment retry schedule. Any payment attempt counts as the first attempt, and subsequently only automatic retries increment the attempt count. In other words, manual payment attempts after the first attempt do not affect the retry schedule."""
    attempted: bool | None = None
    """Whether an attempt has been made to pay the invoice. An invoice is not attempted until 1 hour after the `invoice.created` webhook, for example, so you might not want to display that invoice as unpaid to your users."""
    auto_advance: bool | None = None
    """Controls whether Stripe will perform [automatic collection](https://stripe.com/docs/billing/invoices/workflow/#auto_advance) of the invoice. When `false`, the invoice's state will not automatically advance without an explicit action."""
    automatic_tax: dict[str, Any] | None = None
    billing_reason: (
        Literal[
            "automatic_pending_invoice_item_invoice",
            "manual",
            "quote_accept",
            "subscription",
            "subscription_create",
            "subscription_cycle",
            "subscription_threshold",
            "subscription_update",
            "upcoming",
        ]
        | str
        | None
    ) = None
    """Indicates the reason why the invoice was created. `subscription_cycle` indicates an invoice created by a subscription advancing into a new period. `subscription_create` indicates an invoice created due to creating a subscription. `subscription_update` indicates an invoice created due to updating a subscription. `subscription` is set for all old invoices to indicate either a change to a subscription or a period advancement. `manual` is set for all invoices unrelated to a subscription (for example: created via the invoice editor). The `upcoming` value is reserved for simulated invoices per the upcoming invoice endpoint. `subscription_threshold` indicates an invoice created due to a billing threshold being reached."""
    charge: str | dict[str, Any] | None = None
    """ID of the latest charge generated for this invoice, if any."""
    collection_method: Literal["charge_automatically", "send_invoice"] | str | None = None
    """Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this invoice using the default source attached to the customer. When sending an invoice, Stripe will email this invoice to the customer with payment instructions."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    custom_fields: list[dict[str, Any]] | None = None
    """Custom fields displayed on the invoice."""
    customer: str | dict[str, Any] | None = None
    """The ID of the customer who will be billed."""
    customer_address: dict[str, Any] | None = None
    """The customer's address. Until the invoice is finalized, this field will equal `customer.address`. Once the invoice is finalized, this field will no longer be updated."""
    customer_email: str | None = None
    """The customer's email. Until the invoice is finalized, this field will equal `customer.email`. Once the invoice is finalized, this field will no longer be updated."""
    customer_name: str | None = None
    """The customer's name. Until the invoice is finalized, this field will equal `customer.name`. Once the invoice is finalized, this field will no longer be updated."""
    customer_phone: str | None = None
    """The customer's phone number. Until the invoice is finalized, this field will equal `customer.phone`. Once the invoice is finalized, this field will no longer be updated."""
    customer_shipping: dict[str, Any] | None = None
    """The customer's shipping information. Until the invoice is finalized, this field will equal `customer.shipping`. Once the invoice is finalized, this field will no longer be updated."""
    customer_tax_exempt: Literal["exempt", "none", "reverse"] | str | None = None
    """The customer's tax exempt status. Until the invoice is finalized, this field will equal `customer.tax_exempt`. Once the invoice is finalized, this field will no longer be updated."""
    customer_tax_ids: list[dict[str, Any]] | None = None
    """The customer's tax IDs. Until the invoice is finalized, this field will contain the same tax IDs as `customer.tax_ids`. Once the invoice is finalized, this field will no longer be updated."""
    default_payment_method: str | dict[str, Any] | None = None
    """ID of the default payment method for the invoice. It must belong to the customer associated with the invoice. If not set, defaults to the subscription's default payment method, if any, or to the default payment method in the customer's invoice settings."""
    default_source: str | dict[str, Any] | None = None
    """ID of the default payment source for the invoice. It must belong to the customer associated with the invoice and be in a chargeable state. If not set, defaults to the subscription's default source, if any, or to the customer's default source."""
    default_tax_rates: list[dict[str, Any]] | None = None
    """The tax rates applied to this invoice, if any."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users. Referenced as 'memo' in the Dashboard."""
    discount: dict[str, Any] | None = None
    """Describes the current discount applied to this invoice, if there is one. Not populated if there are multiple discounts."""
    discounts: list[str | dict[str, Any]] | None = None
    """The discounts applied to the invoice. Line item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount."""
    due_date: int | None = None
    """The date on which payment for this invoice is due. This value will be `null` for invoices where `collection_method=charge_automatically`."""
    ending_balance: int | None = None
    """Ending customer balance after the invoice is finalized. Invoices are finalized approximately an hour after successful webhook delivery or when payment collection is attempted for the invoice. If the invoice has not been finalized yet, this will be null."""
    footer: str | None = None
    """Footer displayed on the invoice."""
    from_invoice: dict[str, Any] | None = None
    """Details of the invoice that was cloned. See the [revision documentation](https://stripe.com/docs/invoicing/invoice-revisions) for more details."""
    hosted_invoice_url: str | None = None
    """The URL for the hosted invoice page, which allows customers to view and pay an invoice. If the invoice has not been finalized yet, this will be null."""
    id: str | None = None
    """Unique identifier for the object. This property is always present unless the invoice is an upcoming invoice. See [Retrieve an upcoming invoice](https://stripe.com/docs/api/invoices/upcoming) for more details."""
    invoice_pdf: str | None = None
    """The link to download the PDF for the invoice. If the invoice has not been finalized yet, this will be null."""
    last_finalization_error: dict[str, Any] | None = None
    """The error encountered during the previous attempt to finalize the invoice. This field is cleared when the invoice is successfully finalized."""
    latest_revision: str | dict[str, Any] | None = None
    """The ID of the most recent non-draft revision of this invoice"""
    lines: dict[str, Any] | None = None
    """The individual line items that make up the invoice. `lines` is sorted as follows: invoice items in reverse chronological order, followed by the subscription, if any."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    next_payment_attempt: int | None = None
    """The time at which payment will next be attempted. This value will be `null` for invoices where `collection_method=send_invoice`."""
    number: str | None = None
    """A unique, identifying string that appears on emails sent to the customer for this invoice. This starts with the customer's unique invoice_prefix if it is specified."""
    object: Literal["invoice"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    on_behalf_of: str | dict[str, Any] | None = None
    """The account (if any) for which the funds of the invoice payment are intended. If set, the invoice will be presented with the branding and support information of the specified account. See the [Invoices with Connect](https://stripe.com/docs/billing/invoices/connect) documentation for details."""
    paid: bool | None = None
    """Whether payment was successfully collected for this invoice. An invoice can be paid (most commonly) with a charge or with credit from the customer's account balance."""
    paid_out_of_band: bool | None = None
    """Returns true if the invoice was manually marked paid, returns false if the invoice hasn't been paid yet or was paid on Stripe."""
    payment_intent: str | dict[str, Any] | None = None
    """The PaymentIntent associated with this invoice. The PaymentIntent is generated when the invoice is finalized, and can then be used to pay the invoice. Note that voiding an invoice will cancel the PaymentIntent."""
    payment_settings: dict[str, Any] | None = None
    period_end: int | None = None
    """End of the usage period during which invoice items were added to this invoice."""
    period_start: int | None = None
    """Start of the usage period during which invoice items were added to this invoice."""
    post_payment_credit_notes_amount: int | None = None
    """Total amount of all post-payment credit notes issued for this invoice."""
    pre_payment_credit_notes_amount: int | None = None
    """Total amount of all pre-payment credit notes issued for this invoice."""
    quote: str | dict[str, Any] | None = None
    """The quote this invoice was generated from."""
    receipt_number: str | None = None
    """This is the transaction number that appears on email receipts sent for this invoice."""
    rendering_options: dict[str, Any] | None = None
    """Options for invoice PDF rendering."""
    starting_balance: int | None = None
    """Starting customer balance before the invoice is finalized. If the invoice has not been finalized yet, this will be the current customer balance. For revision invoices, this also includes any customer balance that was applied to the original invoice."""
    statement_descriptor: str | None = None
    """Extra information about an invoice for the customer's credit card statement."""
    status: Literal["deleted", "draft", "open", "paid", "uncollectible", "void"] | str | None = None
    """The status of the invoice, one of `draft`, `open`, `paid`, `uncollectible`, or `void`. [Learn more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview)"""
    status_transitions: dict[str, Any] | None = None
    subscription: str | dict[str, Any] | None = None
    """The subscription that this invoice was prepared for, if any."""
    subscription_proration_date: int | None = None
    """Only set for upcoming invoices that preview prorations. The time used to calculate prorations."""
    subtotal: int | None = None
    """Total of all subscriptions, invoice items, and prorations on the invoice before any invoice level discount or exclusive tax is applied. Item discounts are already incorporated"""
    subtotal_excluding_tax: int | None = None
    """The integer amount in %s representing the subtotal of the invoice before any invoice level discount or tax is applied. Item discounts are already incorporated"""
    tax: int | None = None
    """The amount of tax on this invoice. This is the sum of all the tax amounts on this invoice."""
    test_clock: str | dict[str, Any] | None = None
    """ID of the test clock this invoice belongs to."""
    threshold_reason: dict[str, Any] | None = None
    total: int | None = None
    """Total after discounts and taxes."""
    total_discount_amounts: list[dict[str, Any]] | None = None
    """The aggregate amounts calculated per discount across all line items."""
    total_excluding_tax: int | None = None
    """The integer amount in %s representing the total amount of the invoice including all discounts but excluding all tax."""
    total_tax_amounts: list[dict[str, Any]] | None = None
    """The aggregate amounts calculated per tax rate for all line items."""
    transfer_data: dict[str, Any] | None = None
    """The account (if any) the payment will be attributed to for tax reporting, and where funds from the payment will be transferred to for the invoice."""
    webhooks_delivered_at: int | None = None
    """Invoices are automatically paid or sent 1 hour after webhooks are delivered, or until all webhook delivery attempts have [been exhausted](https://stripe.com/docs/billing/webhooks#understand). This field tracks the time when webhooks for this invoice were successfully delivered. If the invoice had no webhooks to deliver, this will be set while the invoice is being created."""

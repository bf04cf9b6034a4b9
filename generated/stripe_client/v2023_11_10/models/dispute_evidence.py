# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any

from stripe_client._runtime.models import StripeObject


class DisputeEvidence(StripeObject):
    """Evidence provided to respond to a dispute (the text fields; file uploads are omitted here)."""

    billing_address: str | None = None
    """The billing address provided by the customer."""
    customer_email_address: str | None = None
    """The email address of the customer."""
    customer_name: str | None = None
    """The name of the customer."""
    customer_purchase_ip: str | None = None
    """The IP address that the customer used when making the purchase."""
    duplicate_charge_id: str | None = None
    """The Stripe ID for the prior charge which appears to be a duplicate of the disputed charge."""
    product_description: str | None = None
    """A description of the product or service that was sold."""
    service_date: str | None = None
    """The date on which the customer received or began receiving the purchased service."""
    shipping_address: str | None = None
    """The address to which a physical product was shipped."""
    shipping_carrier: str | None = None
    """The delivery service that shipped a physical product."""
    shipping_date: str | None = None
    """The date on which a physical product began its route to the shipping address."""
    shipping_tracking_number: str | None = None
    """The tracking number for a physical product."""
    uncategorized_text: str | None = None
    """Any additional evidence or statements."""

# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodOptionsCardMandateOptions(StripeObject):
    """payment_method_options_card_mandate_options"""

    amount: int
    """Amount to be charged for future payments."""
    amount_type: Literal["fixed", "maximum"] | str
    """One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged can be up to the value passed for the `amount` param."""
    description: str | None = None
    """A description of the mandate or subscription that is meant to be displayed to the customer."""
    end_date: int | None = None
    """End date of the mandate or subscription. If not provided, the mandate will be active until canceled. If provided, end date should be after start date."""
    interval: Literal["day", "month", "sporadic", "week", "year"] | str
    """Specifies payment frequency. One of `day`, `week`, `month`, `year`, or `sporadic`."""
    interval_count: int | None = None
    """The number of intervals between payments. For example, `interval=month` and `interval_count=3` indicates one payment every three months. Maximum of one year interval allowed (1 year, 12 months, or 52 weeks). This parameter is optional when `interval=sporadic`."""
    reference: str
    """Unique identifier for the mandate or subscription."""
    start_date: int
    """Start date of the mandate or subscription. Start date should not be lesser than yesterday."""
    supported_types: list[Literal["india"]] | None = None
    """Specifies the type of mandates supported. Possible values are `india`."""

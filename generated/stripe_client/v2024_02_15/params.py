# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""Request parameter types (TypedDicts) for nested arguments: pass plain dicts, checked by mypy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict


class ChargesCreateShippingAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class ChargesCreateShippingParams(TypedDict, total=False):
    """Shipping information for the charge."""

    address: Required[ChargesCreateShippingAddressParams]
    carrier: str
    name: Required[str]
    phone: str
    tracking_number: str


class ChargesCreateTransferDataParams(TypedDict, total=False):
    """An optional dictionary including the account to automatically transfer to (Connect)."""

    amount: int
    destination: Required[str]


class ChargesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class ChargesUpdateFraudDetailsParams(TypedDict, total=False):
    """Report a charge as `fraudulent` or `safe` to improve Stripe's fraud detection."""

    user_report: Required[Literal["", "fraudulent", "safe"]]


class ChargesUpdateShippingAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class ChargesUpdateShippingParams(TypedDict, total=False):
    """Shipping information for the charge."""

    address: Required[ChargesUpdateShippingAddressParams]
    carrier: str
    name: Required[str]
    phone: str
    tracking_number: str


class CustomersCreateAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersCreateInvoiceSettingsCustomFieldsItemParams(TypedDict, total=False):
    """custom_field_params"""

    name: Required[str]
    value: Required[str]


class CustomersCreateInvoiceSettingsParams(TypedDict, total=False):
    """Default invoice settings for this customer."""

    custom_fields: Sequence[CustomersCreateInvoiceSettingsCustomFieldsItemParams] | Literal[""]
    default_payment_method: str
    footer: str
    rendering_options: CustomersCreateInvoiceSettingsRenderingOptionsParams | Literal[""]


class CustomersCreateInvoiceSettingsRenderingOptionsParams(TypedDict, total=False):
    """rendering_options_param"""

    amount_tax_display: Literal["", "exclude_tax", "include_inclusive_tax"]


class CustomersCreateShippingAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersCreateShippingParams(TypedDict, total=False):
    """customer_shipping"""

    address: Required[CustomersCreateShippingAddressParams]
    name: Required[str]
    phone: str


class CustomersListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class CustomersUpdateAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersUpdateInvoiceSettingsCustomFieldsItemParams(TypedDict, total=False):
    """custom_field_params"""

    name: Required[str]
    value: Required[str]


class CustomersUpdateInvoiceSettingsParams(TypedDict, total=False):
    """Default invoice settings for this customer."""

    custom_fields: Sequence[CustomersUpdateInvoiceSettingsCustomFieldsItemParams] | Literal[""]
    default_payment_method: str
    footer: str
    rendering_options: CustomersUpdateInvoiceSettingsRenderingOptionsParams | Literal[""]


class CustomersUpdateInvoiceSettingsRenderingOptionsParams(TypedDict, total=False):
    """rendering_options_param"""

    amount_tax_display: Literal["", "exclude_tax", "include_inclusive_tax"]


class CustomersUpdateShippingAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersUpdateShippingParams(TypedDict, total=False):
    """customer_shipping"""

    address: Required[CustomersUpdateShippingAddressParams]
    name: Required[str]
    phone: str


class EventsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class OauthAuthorizeUrlStripeUserParams(TypedDict, total=False):
    email: str
    url: str
    country: str
    phone_number: str
    business_name: str
    business_type: Literal["sole_prop", "corporation", "non_profit", "partnership", "llc"]
    first_name: str
    last_name: str


class PaymentIntentsConfirmShippingAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class PaymentIntentsConfirmShippingParams(TypedDict, total=False):
    """optional_fields_shipping"""

    address: Required[PaymentIntentsConfirmShippingAddressParams]
    carrier: str
    name: Required[str]
    phone: str
    tracking_number: str


class PaymentIntentsCreateAutomaticPaymentMethodsParams(TypedDict, total=False):
    """When enabled, this PaymentIntent accepts payment methods enabled in the Dashboard that are compatible with its other parameters."""

    allow_redirects: Literal["always", "never"]
    enabled: Required[bool]


class PaymentIntentsCreateShippingAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class PaymentIntentsCreateShippingParams(TypedDict, total=False):
    """Shipping information for this PaymentIntent."""

    address: Required[PaymentIntentsCreateShippingAddressParams]
    carrier: str
    name: Required[str]
    phone: str
    tracking_number: str


class PaymentIntentsCreateTransferDataParams(TypedDict, total=False):
    """The parameters used to automatically create a Transfer when the payment succeeds (Connect)."""

    amount: int
    destination: Required[str]


class PaymentIntentsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class PaymentIntentsUpdateShippingAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class PaymentIntentsUpdateShippingParams(TypedDict, total=False):
    """optional_fields_shipping"""

    address: Required[PaymentIntentsUpdateShippingAddressParams]
    carrier: str
    name: Required[str]
    phone: str
    tracking_number: str


class PaymentMethodsCreateBillingDetailsAddressParams(TypedDict, total=False):
    """billing_details_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class PaymentMethodsCreateBillingDetailsParams(TypedDict, total=False):
    """Billing information associated with the PaymentMethod."""

    address: PaymentMethodsCreateBillingDetailsAddressParams | Literal[""]
    email: str | Literal[""]
    name: str | Literal[""]
    phone: str | Literal[""]


class PaymentMethodsCreateCard0Params(TypedDict, total=False):
    """card_details_params"""

    cvc: str
    exp_month: Required[int]
    exp_year: Required[int]
    number: Required[str]


class PaymentMethodsCreateCard1Params(TypedDict, total=False):
    """token_params"""

    token: Required[str]


class PaymentMethodsUpdateBillingDetailsAddressParams(TypedDict, total=False):
    """billing_details_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class PaymentMethodsUpdateBillingDetailsParams(TypedDict, total=False):
    """Billing information associated with the PaymentMethod."""

    address: PaymentMethodsUpdateBillingDetailsAddressParams | Literal[""]
    email: str | Literal[""]
    name: str | Literal[""]
    phone: str | Literal[""]


class PaymentMethodsUpdateCardParams(TypedDict, total=False):
    """If this is a `card` PaymentMethod, the new expiry date."""

    exp_month: int
    exp_year: int


class RefundsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SubscriptionsCancelCancellationDetailsParams(TypedDict, total=False):
    """Details about why this subscription was cancelled."""

    comment: str | Literal[""]
    feedback: Literal[
        "",
        "customer_service",
        "low_quality",
        "missing_features",
        "other",
        "switched_service",
        "too_complex",
        "too_expensive",
        "unused",
    ]


class SubscriptionsCreateAutomaticTaxParams(TypedDict, total=False):
    """Automatic tax settings for this subscription."""

    enabled: Required[bool]


class SubscriptionsCreateItemsItemParams(TypedDict, total=False):
    """subscription_item_create_params"""

    metadata: Mapping[str, str]
    price: str
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SubscriptionsUpdateCancellationDetailsParams(TypedDict, total=False):
    """Details about why this subscription was cancelled."""

    comment: str | Literal[""]
    feedback: Literal[
        "",
        "customer_service",
        "low_quality",
        "missing_features",
        "other",
        "switched_service",
        "too_complex",
        "too_expensive",
        "unused",
    ]


class SubscriptionsUpdateItemsItemParams(TypedDict, total=False):
    """subscription_item_update_params"""

    clear_usage: bool
    deleted: bool
    id: str
    metadata: Mapping[str, str] | Literal[""]
    price: str
    quantity: int


class SubscriptionsUpdatePauseCollectionParams(TypedDict, total=False):
    """pause_collection_param"""

    behavior: Required[Literal["keep_as_draft", "mark_uncollectible", "void"]]
    resumes_at: int

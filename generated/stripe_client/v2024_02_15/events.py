# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""Webhook events: one model per event type, joined in a union discriminated on `type`.

`parse_event` turns a payload into the typed event; an event type this version does not know parses
as `UnknownEvent`, which keeps every field. `Webhook.construct_event` verifies the signature first.
"""

from __future__ import annotations

import json
import warnings
from typing import Annotated, Any, Literal, Union

from pydantic import Discriminator, Tag, TypeAdapter

from stripe_client._runtime.errors import InvalidPayloadError
from stripe_client._runtime.models import StripeObject
from stripe_client._runtime.webhooks import WebhookBase
from ._client import API_VERSION
from .models.account_application_authorized_event import AccountApplicationAuthorizedEvent
from .models.account_application_deauthorized_event import AccountApplicationDeauthorizedEvent
from .models.account_external_account_created_event import AccountExternalAccountCreatedEvent
from .models.account_external_account_deleted_event import AccountExternalAccountDeletedEvent
from .models.account_external_account_updated_event import AccountExternalAccountUpdatedEvent
from .models.account_updated_event import AccountUpdatedEvent
from .models.charge_captured_event import ChargeCapturedEvent
from .models.charge_dispute_closed_event import ChargeDisputeClosedEvent
from .models.charge_dispute_created_event import ChargeDisputeCreatedEvent
from .models.charge_dispute_funds_reinstated_event import ChargeDisputeFundsReinstatedEvent
from .models.charge_dispute_funds_withdrawn_event import ChargeDisputeFundsWithdrawnEvent
from .models.charge_dispute_updated_event import ChargeDisputeUpdatedEvent
from .models.charge_expired_event import ChargeExpiredEvent
from .models.charge_failed_event import ChargeFailedEvent
from .models.charge_pending_event import ChargePendingEvent
from .models.charge_refund_updated_event import ChargeRefundUpdatedEvent
from .models.charge_refunded_event import ChargeRefundedEvent
from .models.charge_succeeded_event import ChargeSucceededEvent
from .models.charge_updated_event import ChargeUpdatedEvent
from .models.customer_created_event import CustomerCreatedEvent
from .models.customer_deleted_event import CustomerDeletedEvent
from .models.customer_discount_created_event import CustomerDiscountCreatedEvent
from .models.customer_discount_deleted_event import CustomerDiscountDeletedEvent
from .models.customer_discount_updated_event import CustomerDiscountUpdatedEvent
from .models.customer_source_created_event import CustomerSourceCreatedEvent
from .models.customer_source_deleted_event import CustomerSourceDeletedEvent
from .models.customer_source_expiring_event import CustomerSourceExpiringEvent
from .models.customer_source_updated_event import CustomerSourceUpdatedEvent
from .models.customer_subscription_created_event import CustomerSubscriptionCreatedEvent
from .models.customer_subscription_deleted_event import CustomerSubscriptionDeletedEvent
from .models.customer_subscription_paused_event import CustomerSubscriptionPausedEvent
from .models.customer_subscription_pending_update_applied_event import (
    CustomerSubscriptionPendingUpdateAppliedEvent,
)
from .models.customer_subscription_pending_update_expired_event import (
    CustomerSubscriptionPendingUpdateExpiredEvent,
)
from .models.customer_subscription_resumed_event import CustomerSubscriptionResumedEvent
from .models.customer_subscription_trial_will_end_event import CustomerSubscriptionTrialWillEndEvent
from .models.customer_subscription_updated_event import CustomerSubscriptionUpdatedEvent
from .models.customer_tax_id_created_event import CustomerTaxIdCreatedEvent
from .models.customer_tax_id_deleted_event import CustomerTaxIdDeletedEvent
from .models.customer_tax_id_updated_event import CustomerTaxIdUpdatedEvent
from .models.customer_updated_event import CustomerUpdatedEvent
from .models.invoice_created_event import InvoiceCreatedEvent
from .models.invoice_deleted_event import InvoiceDeletedEvent
from .models.invoice_finalization_failed_event import InvoiceFinalizationFailedEvent
from .models.invoice_finalized_event import InvoiceFinalizedEvent
from .models.invoice_marked_uncollectible_event import InvoiceMarkedUncollectibleEvent
from .models.invoice_paid_event import InvoicePaidEvent
from .models.invoice_payment_action_required_event import InvoicePaymentActionRequiredEvent
from .models.invoice_payment_failed_event import InvoicePaymentFailedEvent
from .models.invoice_payment_succeeded_event import InvoicePaymentSucceededEvent
from .models.invoice_sent_event import InvoiceSentEvent
from .models.invoice_upcoming_event import InvoiceUpcomingEvent
from .models.invoice_updated_event import InvoiceUpdatedEvent
from .models.invoice_voided_event import InvoiceVoidedEvent
from .models.payment_intent_amount_capturable_updated_event import (
    PaymentIntentAmountCapturableUpdatedEvent,
)
from .models.payment_intent_canceled_event import PaymentIntentCanceledEvent
from .models.payment_intent_created_event import PaymentIntentCreatedEvent
from .models.payment_intent_partially_funded_event import PaymentIntentPartiallyFundedEvent
from .models.payment_intent_payment_failed_event import PaymentIntentPaymentFailedEvent
from .models.payment_intent_processing_event import PaymentIntentProcessingEvent
from .models.payment_intent_requires_action_event import PaymentIntentRequiresActionEvent
from .models.payment_intent_succeeded_event import PaymentIntentSucceededEvent
from .models.payment_method_attached_event import PaymentMethodAttachedEvent
from .models.payment_method_automatically_updated_event import (
    PaymentMethodAutomaticallyUpdatedEvent,
)
from .models.payment_method_detached_event import PaymentMethodDetachedEvent
from .models.payment_method_updated_event import PaymentMethodUpdatedEvent
from .models.refund_created_event import RefundCreatedEvent
from .models.refund_updated_event import RefundUpdatedEvent

EVENT_TYPES: tuple[str, ...] = (
    "account.application.authorized",
    "account.application.deauthorized",
    "account.external_account.created",
    "account.external_account.deleted",
    "account.external_account.updated",
    "account.updated",
    "charge.captured",
    "charge.dispute.closed",
    "charge.dispute.created",
    "charge.dispute.funds_reinstated",
    "charge.dispute.funds_withdrawn",
    "charge.dispute.updated",
    "charge.expired",
    "charge.failed",
    "charge.pending",
    "charge.refund.updated",
    "charge.refunded",
    "charge.succeeded",
    "charge.updated",
    "customer.created",
    "customer.deleted",
    "customer.discount.created",
    "customer.discount.deleted",
    "customer.discount.updated",
    "customer.source.created",
    "customer.source.deleted",
    "customer.source.expiring",
    "customer.source.updated",
    "customer.subscription.created",
    "customer.subscription.deleted",
    "customer.subscription.paused",
    "customer.subscription.pending_update_applied",
    "customer.subscription.pending_update_expired",
    "customer.subscription.resumed",
    "customer.subscription.trial_will_end",
    "customer.subscription.updated",
    "customer.tax_id.created",
    "customer.tax_id.deleted",
    "customer.tax_id.updated",
    "customer.updated",
    "invoice.created",
    "invoice.deleted",
    "invoice.finalization_failed",
    "invoice.finalized",
    "invoice.marked_uncollectible",
    "invoice.paid",
    "invoice.payment_action_required",
    "invoice.payment_failed",
    "invoice.payment_succeeded",
    "invoice.sent",
    "invoice.upcoming",
    "invoice.updated",
    "invoice.voided",
    "payment_intent.amount_capturable_updated",
    "payment_intent.canceled",
    "payment_intent.created",
    "payment_intent.partially_funded",
    "payment_intent.payment_failed",
    "payment_intent.processing",
    "payment_intent.requires_action",
    "payment_intent.succeeded",
    "payment_method.attached",
    "payment_method.automatically_updated",
    "payment_method.detached",
    "payment_method.updated",
    "refund.created",
    "refund.updated",
)
"""Every event type this API version describes."""


class UnknownEvent(StripeObject):
    """An event of a type this API version does not describe; every field is kept."""

    id: str | None = None
    type: str
    api_version: str | None = None
    data: dict[str, Any] | None = None


def _event_tag(value: Any) -> str:
    event_type = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return event_type if event_type in _KNOWN else "__unknown__"


_KNOWN = frozenset(EVENT_TYPES)

Event = Annotated[
    Union[
        Annotated[AccountApplicationAuthorizedEvent, Tag("account.application.authorized")],
        Annotated[AccountApplicationDeauthorizedEvent, Tag("account.application.deauthorized")],
        Annotated[AccountExternalAccountCreatedEvent, Tag("account.external_account.created")],
        Annotated[AccountExternalAccountDeletedEvent, Tag("account.external_account.deleted")],
        Annotated[AccountExternalAccountUpdatedEvent, Tag("account.external_account.updated")],
        Annotated[AccountUpdatedEvent, Tag("account.updated")],
        Annotated[ChargeCapturedEvent, Tag("charge.captured")],
        Annotated[ChargeDisputeClosedEvent, Tag("charge.dispute.closed")],
        Annotated[ChargeDisputeCreatedEvent, Tag("charge.dispute.created")],
        Annotated[ChargeDisputeFundsReinstatedEvent, Tag("charge.dispute.funds_reinstated")],
        Annotated[ChargeDisputeFundsWithdrawnEvent, Tag("charge.dispute.funds_withdrawn")],
        Annotated[ChargeDisputeUpdatedEvent, Tag("charge.dispute.updated")],
        Annotated[ChargeExpiredEvent, Tag("charge.expired")],
        Annotated[ChargeFailedEvent, Tag("charge.failed")],
        Annotated[ChargePendingEvent, Tag("charge.pending")],
        Annotated[ChargeRefundUpdatedEvent, Tag("charge.refund.updated")],
        Annotated[ChargeRefundedEvent, Tag("charge.refunded")],
        Annotated[ChargeSucceededEvent, Tag("charge.succeeded")],
        Annotated[ChargeUpdatedEvent, Tag("charge.updated")],
        Annotated[CustomerCreatedEvent, Tag("customer.created")],
        Annotated[CustomerDeletedEvent, Tag("customer.deleted")],
        Annotated[CustomerDiscountCreatedEvent, Tag("customer.discount.created")],
        Annotated[CustomerDiscountDeletedEvent, Tag("customer.discount.deleted")],
        Annotated[CustomerDiscountUpdatedEvent, Tag("customer.discount.updated")],
        Annotated[CustomerSourceCreatedEvent, Tag("customer.source.created")],
        Annotated[CustomerSourceDeletedEvent, Tag("customer.source.deleted")],
        Annotated[CustomerSourceExpiringEvent, Tag("customer.source.expiring")],
        Annotated[CustomerSourceUpdatedEvent, Tag("customer.source.updated")],
        Annotated[CustomerSubscriptionCreatedEvent, Tag("customer.subscription.created")],
        Annotated[CustomerSubscriptionDeletedEvent, Tag("customer.subscription.deleted")],
        Annotated[CustomerSubscriptionPausedEvent, Tag("customer.subscription.paused")],
        Annotated[
            CustomerSubscriptionPendingUpdateAppliedEvent,
            Tag("customer.subscription.pending_update_applied"),
        ],
        Annotated[
            CustomerSubscriptionPendingUpdateExpiredEvent,
            Tag("customer.subscription.pending_update_expired"),
        ],
        Annotated[CustomerSubscriptionResumedEvent, Tag("customer.subscription.resumed")],
        Annotated[
            CustomerSubscriptionTrialWillEndEvent, Tag("customer.subscription.trial_will_end")
        ],
        Annotated[CustomerSubscriptionUpdatedEvent, Tag("customer.subscription.updated")],
        Annotated[CustomerTaxIdCreatedEvent, Tag("customer.tax_id.created")],
        Annotated[CustomerTaxIdDeletedEvent, Tag("customer.tax_id.deleted")],
        Annotated[CustomerTaxIdUpdatedEvent, Tag("customer.tax_id.updated")],
        Annotated[CustomerUpdatedEvent, Tag("customer.updated")],
        Annotated[InvoiceCreatedEvent, Tag("invoice.created")],
        Annotated[InvoiceDeletedEvent, Tag("invoice.deleted")],
        Annotated[InvoiceFinalizationFailedEvent, Tag("invoice.finalization_failed")],
        Annotated[InvoiceFinalizedEvent, Tag("invoice.finalized")],
        Annotated[InvoiceMarkedUncollectibleEvent, Tag("invoice.marked_uncollectible")],
        Annotated[InvoicePaidEvent, Tag("invoice.paid")],
        Annotated[InvoicePaymentActionRequiredEvent, Tag("invoice.payment_action_required")],
        Annotated[InvoicePaymentFailedEvent, Tag("invoice.payment_failed")],
        Annotated[InvoicePaymentSucceededEvent, Tag("invoice.payment_succeeded")],
        Annotated[InvoiceSentEvent, Tag("invoice.sent")],
        Annotated[InvoiceUpcomingEvent, Tag("invoice.upcoming")],
        Annotated[InvoiceUpdatedEvent, Tag("invoice.updated")],
        Annotated[InvoiceVoidedEvent, Tag("invoice.voided")],
        Annotated[
            PaymentIntentAmountCapturableUpdatedEvent,
            Tag("payment_intent.amount_capturable_updated"),
        ],
        Annotated[PaymentIntentCanceledEvent, Tag("payment_intent.canceled")],
        Annotated[PaymentIntentCreatedEvent, Tag("payment_intent.created")],
        Annotated[PaymentIntentPartiallyFundedEvent, Tag("payment_intent.partially_funded")],
        Annotated[PaymentIntentPaymentFailedEvent, Tag("payment_intent.payment_failed")],
        Annotated[PaymentIntentProcessingEvent, Tag("payment_intent.processing")],
        Annotated[PaymentIntentRequiresActionEvent, Tag("payment_intent.requires_action")],
        Annotated[PaymentIntentSucceededEvent, Tag("payment_intent.succeeded")],
        Annotated[PaymentMethodAttachedEvent, Tag("payment_method.attached")],
        Annotated[
            PaymentMethodAutomaticallyUpdatedEvent, Tag("payment_method.automatically_updated")
        ],
        Annotated[PaymentMethodDetachedEvent, Tag("payment_method.detached")],
        Annotated[PaymentMethodUpdatedEvent, Tag("payment_method.updated")],
        Annotated[RefundCreatedEvent, Tag("refund.created")],
        Annotated[RefundUpdatedEvent, Tag("refund.updated")],
        Annotated[UnknownEvent, Tag("__unknown__")],
    ],
    Discriminator(_event_tag),
]
"""Any event: narrow it with `isinstance` or by its `type`."""

_EVENT_ADAPTER: TypeAdapter[Event] | None = None


class EventVersionWarning(UserWarning):
    """An event was rendered at an API version other than the one these models describe."""


def parse_event(payload: dict[str, Any] | str | bytes | bytearray) -> Event:
    """Parse an event payload (a dict, or JSON text) into its typed event model.

    When the event's `api_version` differs from this package's API version, an
    `EventVersionWarning` says so: the payload may not match these models exactly (unknown fields
    are kept, missing ones fail validation).
    """
    global _EVENT_ADAPTER
    if isinstance(payload, (str, bytes, bytearray)):
        try:
            data = json.loads(payload)
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidPayloadError(f"The webhook payload is not valid JSON: {exc}") from None
    else:
        data = payload
    if not isinstance(data, dict):
        raise InvalidPayloadError("The webhook payload must be a JSON object")
    version = data.get("api_version")
    if API_VERSION and isinstance(version, str) and version != API_VERSION:
        warnings.warn(
            f"event {data.get('id')!r} was rendered at API version {version}, these models describe "
            f"{API_VERSION}; use the client subpackage of that version to parse it exactly",
            EventVersionWarning,
            stacklevel=2,
        )
    if _EVENT_ADAPTER is None:
        _EVENT_ADAPTER = TypeAdapter(Event)
    return _EVENT_ADAPTER.validate_python(data)


class Webhook(WebhookBase[Event]):
    """`Webhook.construct_event(payload, sig_header, secret)`: verify the signature, then parse."""

    @staticmethod
    def _parse(data: dict[str, object]) -> Event:
        return parse_event(data)


__all__ = ["Event", "EVENT_TYPES", "EventVersionWarning", "UnknownEvent", "Webhook", "parse_event"]

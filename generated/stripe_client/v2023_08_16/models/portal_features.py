# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PortalFeatures(StripeObject):
    """PortalFeatures"""

    customer_update: PortalCustomerUpdate
    invoice_history: PortalInvoiceList
    payment_method_update: PortalPaymentMethodUpdate
    subscription_cancel: PortalSubscriptionCancel
    subscription_pause: PortalSubscriptionPause
    subscription_update: PortalSubscriptionUpdate


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .portal_customer_update import PortalCustomerUpdate
from .portal_invoice_list import PortalInvoiceList
from .portal_payment_method_update import PortalPaymentMethodUpdate
from .portal_subscription_cancel import PortalSubscriptionCancel
from .portal_subscription_pause import PortalSubscriptionPause
from .portal_subscription_update import PortalSubscriptionUpdate

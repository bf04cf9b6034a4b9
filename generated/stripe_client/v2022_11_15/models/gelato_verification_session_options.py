# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class GelatoVerificationSessionOptions(StripeObject):
    """GelatoVerificationSessionOptions"""

    document: GelatoSessionDocumentOptions | None = None
    id_number: GelatoSessionIdNumberOptions | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .gelato_session_document_options import GelatoSessionDocumentOptions
from .gelato_session_id_number_options import GelatoSessionIdNumberOptions

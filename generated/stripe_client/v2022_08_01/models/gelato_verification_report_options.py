# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class GelatoVerificationReportOptions(StripeObject):
    """GelatoVerificationReportOptions"""

    document: GelatoReportDocumentOptions | None = None
    id_number: GelatoReportIdNumberOptions | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .gelato_report_document_options import GelatoReportDocumentOptions
from .gelato_report_id_number_options import GelatoReportIdNumberOptions

# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class LegalEntityCompanyVerification(StripeObject):
    """LegalEntityCompanyVerification"""

    document: LegalEntityCompanyVerificationDocument


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .legal_entity_company_verification_document import LegalEntityCompanyVerificationDocument

# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountPaymentsSettings(StripeObject):
    """AccountPaymentsSettings"""

    statement_descriptor: str | None = None
    """The default text that appears on credit card statements when a charge is made. This field prefixes any dynamic `statement_descriptor` specified on the charge."""
    statement_descriptor_kana: str | None = None
    """The Kana variation of the default text that appears on credit card statements when a charge is made (Japan only)"""
    statement_descriptor_kanji: str | None = None
    """The Kanji variation of the default text that appears on credit card statements when a charge is made (Japan only)"""
    statement_descriptor_prefix_kana: str | None = None
    """The Kana variation of the default text that appears on credit card statements when a charge is made (Japan only). This field prefixes any dynamic `statement_descriptor_suffix_kana` specified on the charge. `statement_descriptor_prefix_kana` is useful for maximizing descriptor space for the dynamic portion."""
    statement_descriptor_prefix_kanji: str | None = None
    """The Kanji variation of the default text that appears on credit card statements when a charge is made (Japan only). This field prefixes any dynamic `statement_descriptor_suffix_kanji` specified on the charge. `statement_descriptor_prefix_kanji` is useful for maximizing descriptor space for the dynamic portion."""

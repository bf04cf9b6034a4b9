# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTypeKlarna(StripeObject):
    background_image_url: str | None = None
    client_token: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    locale: str | None = None
    logo_url: str | None = None
    page_title: str | None = None
    pay_later_asset_urls_descriptive: str | None = None
    pay_later_asset_urls_standard: str | None = None
    pay_later_name: str | None = None
    pay_later_redirect_url: str | None = None
    pay_now_asset_urls_descriptive: str | None = None
    pay_now_asset_urls_standard: str | None = None
    pay_now_name: str | None = None
    pay_now_redirect_url: str | None = None
    pay_over_time_asset_urls_descriptive: str | None = None
    pay_over_time_asset_urls_standard: str | None = None
    pay_over_time_name: str | None = None
    pay_over_time_redirect_url: str | None = None
    payment_method_categories: str | None = None
    purchase_country: str | None = None
    purchase_type: str | None = None
    redirect_url: str | None = None
    shipping_delay: int | None = None
    shipping_first_name: str | None = None
    shipping_last_name: str | None = None

# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""Request parameter types (TypedDicts) for nested arguments: pass plain dicts, checked by mypy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict


class AccountsBankAccountsCreateBankAccountParams(TypedDict, total=False):
    """external_account_payout_bank_account"""

    account_holder_name: str
    account_holder_type: Literal["company", "individual"]
    account_number: Required[str]
    account_type: Literal["checking", "futsu", "savings", "toza"]
    country: Required[str]
    currency: str
    object: Literal["bank_account"]
    routing_number: str


class AccountsCreateBankAccountParams(TypedDict, total=False):
    """external_account_payout_bank_account"""

    account_holder_name: str
    account_holder_type: Literal["company", "individual"]
    account_number: Required[str]
    account_type: Literal["checking", "futsu", "savings", "toza"]
    country: Required[str]
    currency: str
    object: Literal["bank_account"]
    routing_number: str


class AccountsCreateBusinessProfileParams(TypedDict, total=False):
    """Business information about the account."""

    mcc: str
    name: str
    product_description: str
    support_address: AccountsCreateBusinessProfileSupportAddressParams
    support_email: str
    support_phone: str
    support_url: str | Literal[""]
    url: str


class AccountsCreateBusinessProfileSupportAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsCreateCapabilitiesAcssDebitPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesAffirmPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesAfterpayClearpayPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesAuBecsDebitPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesBacsDebitPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesBancontactPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesBankTransferPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesBlikPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesBoletoPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesCardIssuingParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesCardPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesCartesBancairesPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesEpsPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesFpxPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesGiropayPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesGrabpayPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesIdealPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesJcbPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesKlarnaPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesKonbiniPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesLegacyPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesLinkPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesOxxoPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesP24PaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesParams(TypedDict, total=False):
    """Each key of the dictionary represents a capability, and each capability maps to its settings (e.g. whether it has been requested or not). Each capability will be inactive until you have provided its specific requirements and Stripe has verified them. An account may have some of its requested capabilities be active and some be inactive."""

    acss_debit_payments: AccountsCreateCapabilitiesAcssDebitPaymentsParams
    affirm_payments: AccountsCreateCapabilitiesAffirmPaymentsParams
    afterpay_clearpay_payments: AccountsCreateCapabilitiesAfterpayClearpayPaymentsParams
    au_becs_debit_payments: AccountsCreateCapabilitiesAuBecsDebitPaymentsParams
    bacs_debit_payments: AccountsCreateCapabilitiesBacsDebitPaymentsParams
    bancontact_payments: AccountsCreateCapabilitiesBancontactPaymentsParams
    bank_transfer_payments: AccountsCreateCapabilitiesBankTransferPaymentsParams
    blik_payments: AccountsCreateCapabilitiesBlikPaymentsParams
    boleto_payments: AccountsCreateCapabilitiesBoletoPaymentsParams
    card_issuing: AccountsCreateCapabilitiesCardIssuingParams
    card_payments: AccountsCreateCapabilitiesCardPaymentsParams
    cartes_bancaires_payments: AccountsCreateCapabilitiesCartesBancairesPaymentsParams
    eps_payments: AccountsCreateCapabilitiesEpsPaymentsParams
    fpx_payments: AccountsCreateCapabilitiesFpxPaymentsParams
    giropay_payments: AccountsCreateCapabilitiesGiropayPaymentsParams
    grabpay_payments: AccountsCreateCapabilitiesGrabpayPaymentsParams
    ideal_payments: AccountsCreateCapabilitiesIdealPaymentsParams
    jcb_payments: AccountsCreateCapabilitiesJcbPaymentsParams
    klarna_payments: AccountsCreateCapabilitiesKlarnaPaymentsParams
    konbini_payments: AccountsCreateCapabilitiesKonbiniPaymentsParams
    legacy_payments: AccountsCreateCapabilitiesLegacyPaymentsParams
    link_payments: AccountsCreateCapabilitiesLinkPaymentsParams
    oxxo_payments: AccountsCreateCapabilitiesOxxoPaymentsParams
    p24_payments: AccountsCreateCapabilitiesP24PaymentsParams
    paynow_payments: AccountsCreateCapabilitiesPaynowPaymentsParams
    promptpay_payments: AccountsCreateCapabilitiesPromptpayPaymentsParams
    sepa_debit_payments: AccountsCreateCapabilitiesSepaDebitPaymentsParams
    sofort_payments: AccountsCreateCapabilitiesSofortPaymentsParams
    tax_reporting_us_1099_k: AccountsCreateCapabilitiesTaxReportingUs1099KParams
    tax_reporting_us_1099_misc: AccountsCreateCapabilitiesTaxReportingUs1099MiscParams
    transfers: AccountsCreateCapabilitiesTransfersParams
    treasury: AccountsCreateCapabilitiesTreasuryParams
    us_bank_account_ach_payments: AccountsCreateCapabilitiesUsBankAccountAchPaymentsParams


class AccountsCreateCapabilitiesPaynowPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesPromptpayPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesSepaDebitPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesSofortPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesTaxReportingUs1099KParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesTaxReportingUs1099MiscParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesTransfersParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesTreasuryParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCapabilitiesUsBankAccountAchPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsCreateCompanyAddressKanaParams(TypedDict, total=False):
    """japan_address_kana_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsCreateCompanyAddressKanjiParams(TypedDict, total=False):
    """japan_address_kanji_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsCreateCompanyAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsCreateCompanyOwnershipDeclarationParams(TypedDict, total=False):
    """company_ownership_declaration"""

    date: int
    ip: str
    user_agent: str


class AccountsCreateCompanyParams(TypedDict, total=False):
    """Information about the company or business. This field is available for any `business_type`."""

    address: AccountsCreateCompanyAddressParams
    address_kana: AccountsCreateCompanyAddressKanaParams
    address_kanji: AccountsCreateCompanyAddressKanjiParams
    directors_provided: bool
    executives_provided: bool
    name: str
    name_kana: str
    name_kanji: str
    owners_provided: bool
    ownership_declaration: AccountsCreateCompanyOwnershipDeclarationParams
    phone: str
    registration_number: str
    structure: Literal[
        "",
        "free_zone_establishment",
        "free_zone_llc",
        "government_instrumentality",
        "governmental_unit",
        "incorporated_non_profit",
        "limited_liability_partnership",
        "llc",
        "multi_member_llc",
        "private_company",
        "private_corporation",
        "private_partnership",
        "public_company",
        "public_corporation",
        "public_partnership",
        "single_member_llc",
        "sole_establishment",
        "sole_proprietorship",
        "tax_exempt_government_instrumentality",
        "unincorporated_association",
        "unincorporated_non_profit",
    ]
    tax_id: str
    tax_id_registrar: str
    vat_id: str
    verification: AccountsCreateCompanyVerificationParams


class AccountsCreateCompanyVerificationDocumentParams(TypedDict, total=False):
    """verification_document_specs"""

    back: str
    front: str


class AccountsCreateCompanyVerificationParams(TypedDict, total=False):
    """verification_specs"""

    document: AccountsCreateCompanyVerificationDocumentParams


class AccountsCreateDocumentsBankAccountOwnershipVerificationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsCreateDocumentsCompanyLicenseParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsCreateDocumentsCompanyMemorandumOfAssociationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsCreateDocumentsCompanyMinisterialDecreeParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsCreateDocumentsCompanyRegistrationVerificationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsCreateDocumentsCompanyTaxIdVerificationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsCreateDocumentsParams(TypedDict, total=False):
    """Documents that may be submitted to satisfy various informational requests."""

    bank_account_ownership_verification: (
        AccountsCreateDocumentsBankAccountOwnershipVerificationParams
    )
    company_license: AccountsCreateDocumentsCompanyLicenseParams
    company_memorandum_of_association: AccountsCreateDocumentsCompanyMemorandumOfAssociationParams
    company_ministerial_decree: AccountsCreateDocumentsCompanyMinisterialDecreeParams
    company_registration_verification: AccountsCreateDocumentsCompanyRegistrationVerificationParams
    company_tax_id_verification: AccountsCreateDocumentsCompanyTaxIdVerificationParams
    proof_of_registration: AccountsCreateDocumentsProofOfRegistrationParams


class AccountsCreateDocumentsProofOfRegistrationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsCreateIndividualAddressKanaParams(TypedDict, total=False):
    """japan_address_kana_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsCreateIndividualAddressKanjiParams(TypedDict, total=False):
    """japan_address_kanji_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsCreateIndividualAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsCreateIndividualDobParams(TypedDict, total=False):
    """date_of_birth_specs"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class AccountsCreateIndividualParams(TypedDict, total=False):
    """Information about the person represented by the account. This field is null unless `business_type` is set to `individual`."""

    address: AccountsCreateIndividualAddressParams
    address_kana: AccountsCreateIndividualAddressKanaParams
    address_kanji: AccountsCreateIndividualAddressKanjiParams
    dob: AccountsCreateIndividualDobParams | Literal[""]
    email: str
    first_name: str
    first_name_kana: str
    first_name_kanji: str
    full_name_aliases: Sequence[str] | Literal[""]
    gender: str
    id_number: str
    id_number_secondary: str
    last_name: str
    last_name_kana: str
    last_name_kanji: str
    maiden_name: str
    metadata: Mapping[str, str] | Literal[""]
    phone: str
    political_exposure: Literal["existing", "none"]
    registered_address: AccountsCreateIndividualRegisteredAddressParams
    ssn_last_4: str
    verification: AccountsCreateIndividualVerificationParams


class AccountsCreateIndividualRegisteredAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsCreateIndividualVerificationAdditionalDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsCreateIndividualVerificationDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsCreateIndividualVerificationParams(TypedDict, total=False):
    """person_verification_specs"""

    additional_document: AccountsCreateIndividualVerificationAdditionalDocumentParams
    document: AccountsCreateIndividualVerificationDocumentParams


class AccountsCreateSettingsBrandingParams(TypedDict, total=False):
    """branding_settings_specs"""

    icon: str
    logo: str
    primary_color: str
    secondary_color: str


class AccountsCreateSettingsCardIssuingParams(TypedDict, total=False):
    """card_issuing_settings_specs"""

    tos_acceptance: AccountsCreateSettingsCardIssuingTosAcceptanceParams


class AccountsCreateSettingsCardIssuingTosAcceptanceParams(TypedDict, total=False):
    """settings_terms_of_service_specs"""

    date: int
    ip: str
    user_agent: str


class AccountsCreateSettingsCardPaymentsDeclineOnParams(TypedDict, total=False):
    """decline_charge_on_specs"""

    avs_failure: bool
    cvc_failure: bool


class AccountsCreateSettingsCardPaymentsParams(TypedDict, total=False):
    """card_payments_settings_specs"""

    decline_on: AccountsCreateSettingsCardPaymentsDeclineOnParams
    statement_descriptor_prefix: str
    statement_descriptor_prefix_kana: str | Literal[""]
    statement_descriptor_prefix_kanji: str | Literal[""]


class AccountsCreateSettingsParams(TypedDict, total=False):
    """Options for customizing how the account functions within Stripe."""

    branding: AccountsCreateSettingsBrandingParams
    card_issuing: AccountsCreateSettingsCardIssuingParams
    card_payments: AccountsCreateSettingsCardPaymentsParams
    payments: AccountsCreateSettingsPaymentsParams
    payouts: AccountsCreateSettingsPayoutsParams
    treasury: AccountsCreateSettingsTreasuryParams


class AccountsCreateSettingsPaymentsParams(TypedDict, total=False):
    """payments_settings_specs"""

    statement_descriptor: str
    statement_descriptor_kana: str
    statement_descriptor_kanji: str


class AccountsCreateSettingsPayoutsParams(TypedDict, total=False):
    """payout_settings_specs"""

    debit_negative_balances: bool
    schedule: AccountsCreateSettingsPayoutsScheduleParams
    statement_descriptor: str


class AccountsCreateSettingsPayoutsScheduleParams(TypedDict, total=False):
    """transfer_schedule_specs"""

    delay_days: Literal["minimum"] | int
    interval: Literal["daily", "manual", "monthly", "weekly"]
    monthly_anchor: int
    weekly_anchor: Literal[
        "friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"
    ]


class AccountsCreateSettingsTreasuryParams(TypedDict, total=False):
    """treasury_settings_specs"""

    tos_acceptance: AccountsCreateSettingsTreasuryTosAcceptanceParams


class AccountsCreateSettingsTreasuryTosAcceptanceParams(TypedDict, total=False):
    """settings_terms_of_service_specs"""

    date: int
    ip: str
    user_agent: str


class AccountsCreateTosAcceptanceParams(TypedDict, total=False):
    """Details on the account's acceptance of the [Stripe Services Agreement](https://stripe.com/docs/connect/updating-accounts#tos-acceptance)."""

    date: int
    ip: str
    service_agreement: str
    user_agent: str


class AccountsExternalAccountsCreateBankAccountParams(TypedDict, total=False):
    """external_account_payout_bank_account"""

    account_holder_name: str
    account_holder_type: Literal["company", "individual"]
    account_number: Required[str]
    account_type: Literal["checking", "futsu", "savings", "toza"]
    country: Required[str]
    currency: str
    object: Literal["bank_account"]
    routing_number: str


class AccountsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class AccountsPeopleCreateAddressKanaParams(TypedDict, total=False):
    """The Kana variation of the person's address (Japan only)."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsPeopleCreateAddressKanjiParams(TypedDict, total=False):
    """The Kanji variation of the person's address (Japan only)."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsPeopleCreateAddressParams(TypedDict, total=False):
    """The person's address."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsPeopleCreateDobParams(TypedDict, total=False):
    """date_of_birth_specs"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class AccountsPeopleCreateDocumentsCompanyAuthorizationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPeopleCreateDocumentsParams(TypedDict, total=False):
    """Documents that may be submitted to satisfy various informational requests."""

    company_authorization: AccountsPeopleCreateDocumentsCompanyAuthorizationParams
    passport: AccountsPeopleCreateDocumentsPassportParams
    visa: AccountsPeopleCreateDocumentsVisaParams


class AccountsPeopleCreateDocumentsPassportParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPeopleCreateDocumentsVisaParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPeopleCreateRegisteredAddressParams(TypedDict, total=False):
    """The person's registered address."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsPeopleCreateRelationshipParams(TypedDict, total=False):
    """The relationship that this person has with the account's legal entity."""

    director: bool
    executive: bool
    owner: bool
    percent_ownership: float | Literal[""]
    representative: bool
    title: str


class AccountsPeopleCreateVerificationAdditionalDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsPeopleCreateVerificationDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsPeopleCreateVerificationParams(TypedDict, total=False):
    """The person's verification status."""

    additional_document: AccountsPeopleCreateVerificationAdditionalDocumentParams
    document: AccountsPeopleCreateVerificationDocumentParams


class AccountsPeopleListRelationshipParams(TypedDict, total=False):
    """all_people_relationship_specs"""

    director: bool
    executive: bool
    owner: bool
    representative: bool


class AccountsPeopleUpdateAddressKanaParams(TypedDict, total=False):
    """The Kana variation of the person's address (Japan only)."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsPeopleUpdateAddressKanjiParams(TypedDict, total=False):
    """The Kanji variation of the person's address (Japan only)."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsPeopleUpdateAddressParams(TypedDict, total=False):
    """The person's address."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsPeopleUpdateDobParams(TypedDict, total=False):
    """date_of_birth_specs"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class AccountsPeopleUpdateDocumentsCompanyAuthorizationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPeopleUpdateDocumentsParams(TypedDict, total=False):
    """Documents that may be submitted to satisfy various informational requests."""

    company_authorization: AccountsPeopleUpdateDocumentsCompanyAuthorizationParams
    passport: AccountsPeopleUpdateDocumentsPassportParams
    visa: AccountsPeopleUpdateDocumentsVisaParams


class AccountsPeopleUpdateDocumentsPassportParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPeopleUpdateDocumentsVisaParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPeopleUpdateRegisteredAddressParams(TypedDict, total=False):
    """The person's registered address."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsPeopleUpdateRelationshipParams(TypedDict, total=False):
    """The relationship that this person has with the account's legal entity."""

    director: bool
    executive: bool
    owner: bool
    percent_ownership: float | Literal[""]
    representative: bool
    title: str


class AccountsPeopleUpdateVerificationAdditionalDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsPeopleUpdateVerificationDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsPeopleUpdateVerificationParams(TypedDict, total=False):
    """The person's verification status."""

    additional_document: AccountsPeopleUpdateVerificationAdditionalDocumentParams
    document: AccountsPeopleUpdateVerificationDocumentParams


class AccountsPersonsCreateAddressKanaParams(TypedDict, total=False):
    """The Kana variation of the person's address (Japan only)."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsPersonsCreateAddressKanjiParams(TypedDict, total=False):
    """The Kanji variation of the person's address (Japan only)."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsPersonsCreateAddressParams(TypedDict, total=False):
    """The person's address."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsPersonsCreateDobParams(TypedDict, total=False):
    """date_of_birth_specs"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class AccountsPersonsCreateDocumentsCompanyAuthorizationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPersonsCreateDocumentsParams(TypedDict, total=False):
    """Documents that may be submitted to satisfy various informational requests."""

    company_authorization: AccountsPersonsCreateDocumentsCompanyAuthorizationParams
    passport: AccountsPersonsCreateDocumentsPassportParams
    visa: AccountsPersonsCreateDocumentsVisaParams


class AccountsPersonsCreateDocumentsPassportParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPersonsCreateDocumentsVisaParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPersonsCreateRegisteredAddressParams(TypedDict, total=False):
    """The person's registered address."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsPersonsCreateRelationshipParams(TypedDict, total=False):
    """The relationship that this person has with the account's legal entity."""

    director: bool
    executive: bool
    owner: bool
    percent_ownership: float | Literal[""]
    representative: bool
    title: str


class AccountsPersonsCreateVerificationAdditionalDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsPersonsCreateVerificationDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsPersonsCreateVerificationParams(TypedDict, total=False):
    """The person's verification status."""

    additional_document: AccountsPersonsCreateVerificationAdditionalDocumentParams
    document: AccountsPersonsCreateVerificationDocumentParams


class AccountsPersonsListRelationshipParams(TypedDict, total=False):
    """all_people_relationship_specs"""

    director: bool
    executive: bool
    owner: bool
    representative: bool


class AccountsPersonsUpdateAddressKanaParams(TypedDict, total=False):
    """The Kana variation of the person's address (Japan only)."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsPersonsUpdateAddressKanjiParams(TypedDict, total=False):
    """The Kanji variation of the person's address (Japan only)."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsPersonsUpdateAddressParams(TypedDict, total=False):
    """The person's address."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsPersonsUpdateDobParams(TypedDict, total=False):
    """date_of_birth_specs"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class AccountsPersonsUpdateDocumentsCompanyAuthorizationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPersonsUpdateDocumentsParams(TypedDict, total=False):
    """Documents that may be submitted to satisfy various informational requests."""

    company_authorization: AccountsPersonsUpdateDocumentsCompanyAuthorizationParams
    passport: AccountsPersonsUpdateDocumentsPassportParams
    visa: AccountsPersonsUpdateDocumentsVisaParams


class AccountsPersonsUpdateDocumentsPassportParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPersonsUpdateDocumentsVisaParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsPersonsUpdateRegisteredAddressParams(TypedDict, total=False):
    """The person's registered address."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsPersonsUpdateRelationshipParams(TypedDict, total=False):
    """The relationship that this person has with the account's legal entity."""

    director: bool
    executive: bool
    owner: bool
    percent_ownership: float | Literal[""]
    representative: bool
    title: str


class AccountsPersonsUpdateVerificationAdditionalDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsPersonsUpdateVerificationDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsPersonsUpdateVerificationParams(TypedDict, total=False):
    """The person's verification status."""

    additional_document: AccountsPersonsUpdateVerificationAdditionalDocumentParams
    document: AccountsPersonsUpdateVerificationDocumentParams


class AccountsUpdateBusinessProfileParams(TypedDict, total=False):
    """Business information about the account."""

    mcc: str
    name: str
    product_description: str
    support_address: AccountsUpdateBusinessProfileSupportAddressParams
    support_email: str
    support_phone: str
    support_url: str | Literal[""]
    url: str


class AccountsUpdateBusinessProfileSupportAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsUpdateCapabilitiesAcssDebitPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesAffirmPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesAfterpayClearpayPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesAuBecsDebitPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesBacsDebitPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesBancontactPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesBankTransferPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesBlikPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesBoletoPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesCardIssuingParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesCardPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesCartesBancairesPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesEpsPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesFpxPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesGiropayPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesGrabpayPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesIdealPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesJcbPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesKlarnaPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesKonbiniPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesLegacyPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesLinkPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesOxxoPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesP24PaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesParams(TypedDict, total=False):
    """Each key of the dictionary represents a capability, and each capability maps to its settings (e.g. whether it has been requested or not). Each capability will be inactive until you have provided its specific requirements and Stripe has verified them. An account may have some of its requested capabilities be active and some be inactive."""

    acss_debit_payments: AccountsUpdateCapabilitiesAcssDebitPaymentsParams
    affirm_payments: AccountsUpdateCapabilitiesAffirmPaymentsParams
    afterpay_clearpay_payments: AccountsUpdateCapabilitiesAfterpayClearpayPaymentsParams
    au_becs_debit_payments: AccountsUpdateCapabilitiesAuBecsDebitPaymentsParams
    bacs_debit_payments: AccountsUpdateCapabilitiesBacsDebitPaymentsParams
    bancontact_payments: AccountsUpdateCapabilitiesBancontactPaymentsParams
    bank_transfer_payments: AccountsUpdateCapabilitiesBankTransferPaymentsParams
    blik_payments: AccountsUpdateCapabilitiesBlikPaymentsParams
    boleto_payments: AccountsUpdateCapabilitiesBoletoPaymentsParams
    card_issuing: AccountsUpdateCapabilitiesCardIssuingParams
    card_payments: AccountsUpdateCapabilitiesCardPaymentsParams
    cartes_bancaires_payments: AccountsUpdateCapabilitiesCartesBancairesPaymentsParams
    eps_payments: AccountsUpdateCapabilitiesEpsPaymentsParams
    fpx_payments: AccountsUpdateCapabilitiesFpxPaymentsParams
    giropay_payments: AccountsUpdateCapabilitiesGiropayPaymentsParams
    grabpay_payments: AccountsUpdateCapabilitiesGrabpayPaymentsParams
    ideal_payments: AccountsUpdateCapabilitiesIdealPaymentsParams
    jcb_payments: AccountsUpdateCapabilitiesJcbPaymentsParams
    klarna_payments: AccountsUpdateCapabilitiesKlarnaPaymentsParams
    konbini_payments: AccountsUpdateCapabilitiesKonbiniPaymentsParams
    legacy_payments: AccountsUpdateCapabilitiesLegacyPaymentsParams
    link_payments: AccountsUpdateCapabilitiesLinkPaymentsParams
    oxxo_payments: AccountsUpdateCapabilitiesOxxoPaymentsParams
    p24_payments: AccountsUpdateCapabilitiesP24PaymentsParams
    paynow_payments: AccountsUpdateCapabilitiesPaynowPaymentsParams
    promptpay_payments: AccountsUpdateCapabilitiesPromptpayPaymentsParams
    sepa_debit_payments: AccountsUpdateCapabilitiesSepaDebitPaymentsParams
    sofort_payments: AccountsUpdateCapabilitiesSofortPaymentsParams
    tax_reporting_us_1099_k: AccountsUpdateCapabilitiesTaxReportingUs1099KParams
    tax_reporting_us_1099_misc: AccountsUpdateCapabilitiesTaxReportingUs1099MiscParams
    transfers: AccountsUpdateCapabilitiesTransfersParams
    treasury: AccountsUpdateCapabilitiesTreasuryParams
    us_bank_account_ach_payments: AccountsUpdateCapabilitiesUsBankAccountAchPaymentsParams


class AccountsUpdateCapabilitiesPaynowPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesPromptpayPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesSepaDebitPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesSofortPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesTaxReportingUs1099KParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesTaxReportingUs1099MiscParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesTransfersParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesTreasuryParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCapabilitiesUsBankAccountAchPaymentsParams(TypedDict, total=False):
    """capability_param"""

    requested: bool


class AccountsUpdateCompanyAddressKanaParams(TypedDict, total=False):
    """japan_address_kana_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsUpdateCompanyAddressKanjiParams(TypedDict, total=False):
    """japan_address_kanji_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsUpdateCompanyAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsUpdateCompanyOwnershipDeclarationParams(TypedDict, total=False):
    """company_ownership_declaration"""

    date: int
    ip: str
    user_agent: str


class AccountsUpdateCompanyParams(TypedDict, total=False):
    """Information about the company or business. This field is available for any `business_type`."""

    address: AccountsUpdateCompanyAddressParams
    address_kana: AccountsUpdateCompanyAddressKanaParams
    address_kanji: AccountsUpdateCompanyAddressKanjiParams
    directors_provided: bool
    executives_provided: bool
    name: str
    name_kana: str
    name_kanji: str
    owners_provided: bool
    ownership_declaration: AccountsUpdateCompanyOwnershipDeclarationParams
    phone: str
    registration_number: str
    structure: Literal[
        "",
        "free_zone_establishment",
        "free_zone_llc",
        "government_instrumentality",
        "governmental_unit",
        "incorporated_non_profit",
        "limited_liability_partnership",
        "llc",
        "multi_member_llc",
        "private_company",
        "private_corporation",
        "private_partnership",
        "public_company",
        "public_corporation",
        "public_partnership",
        "single_member_llc",
        "sole_establishment",
        "sole_proprietorship",
        "tax_exempt_government_instrumentality",
        "unincorporated_association",
        "unincorporated_non_profit",
    ]
    tax_id: str
    tax_id_registrar: str
    vat_id: str
    verification: AccountsUpdateCompanyVerificationParams


class AccountsUpdateCompanyVerificationDocumentParams(TypedDict, total=False):
    """verification_document_specs"""

    back: str
    front: str


class AccountsUpdateCompanyVerificationParams(TypedDict, total=False):
    """verification_specs"""

    document: AccountsUpdateCompanyVerificationDocumentParams


class AccountsUpdateDocumentsBankAccountOwnershipVerificationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsUpdateDocumentsCompanyLicenseParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsUpdateDocumentsCompanyMemorandumOfAssociationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsUpdateDocumentsCompanyMinisterialDecreeParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsUpdateDocumentsCompanyRegistrationVerificationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsUpdateDocumentsCompanyTaxIdVerificationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsUpdateDocumentsParams(TypedDict, total=False):
    """Documents that may be submitted to satisfy various informational requests."""

    bank_account_ownership_verification: (
        AccountsUpdateDocumentsBankAccountOwnershipVerificationParams
    )
    company_license: AccountsUpdateDocumentsCompanyLicenseParams
    company_memorandum_of_association: AccountsUpdateDocumentsCompanyMemorandumOfAssociationParams
    company_ministerial_decree: AccountsUpdateDocumentsCompanyMinisterialDecreeParams
    company_registration_verification: AccountsUpdateDocumentsCompanyRegistrationVerificationParams
    company_tax_id_verification: AccountsUpdateDocumentsCompanyTaxIdVerificationParams
    proof_of_registration: AccountsUpdateDocumentsProofOfRegistrationParams


class AccountsUpdateDocumentsProofOfRegistrationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class AccountsUpdateIndividualAddressKanaParams(TypedDict, total=False):
    """japan_address_kana_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsUpdateIndividualAddressKanjiParams(TypedDict, total=False):
    """japan_address_kanji_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class AccountsUpdateIndividualAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsUpdateIndividualDobParams(TypedDict, total=False):
    """date_of_birth_specs"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class AccountsUpdateIndividualParams(TypedDict, total=False):
    """Information about the person represented by the account. This field is null unless `business_type` is set to `individual`."""

    address: AccountsUpdateIndividualAddressParams
    address_kana: AccountsUpdateIndividualAddressKanaParams
    address_kanji: AccountsUpdateIndividualAddressKanjiParams
    dob: AccountsUpdateIndividualDobParams | Literal[""]
    email: str
    first_name: str
    first_name_kana: str
    first_name_kanji: str
    full_name_aliases: Sequence[str] | Literal[""]
    gender: str
    id_number: str
    id_number_secondary: str
    last_name: str
    last_name_kana: str
    last_name_kanji: str
    maiden_name: str
    metadata: Mapping[str, str] | Literal[""]
    phone: str
    political_exposure: Literal["existing", "none"]
    registered_address: AccountsUpdateIndividualRegisteredAddressParams
    ssn_last_4: str
    verification: AccountsUpdateIndividualVerificationParams


class AccountsUpdateIndividualRegisteredAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class AccountsUpdateIndividualVerificationAdditionalDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsUpdateIndividualVerificationDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class AccountsUpdateIndividualVerificationParams(TypedDict, total=False):
    """person_verification_specs"""

    additional_document: AccountsUpdateIndividualVerificationAdditionalDocumentParams
    document: AccountsUpdateIndividualVerificationDocumentParams


class AccountsUpdateSettingsBrandingParams(TypedDict, total=False):
    """branding_settings_specs"""

    icon: str
    logo: str
    primary_color: str
    secondary_color: str


class AccountsUpdateSettingsCardIssuingParams(TypedDict, total=False):
    """card_issuing_settings_specs"""

    tos_acceptance: AccountsUpdateSettingsCardIssuingTosAcceptanceParams


class AccountsUpdateSettingsCardIssuingTosAcceptanceParams(TypedDict, total=False):
    """settings_terms_of_service_specs"""

    date: int
    ip: str
    user_agent: str


class AccountsUpdateSettingsCardPaymentsDeclineOnParams(TypedDict, total=False):
    """decline_charge_on_specs"""

    avs_failure: bool
    cvc_failure: bool


class AccountsUpdateSettingsCardPaymentsParams(TypedDict, total=False):
    """card_payments_settings_specs"""

    decline_on: AccountsUpdateSettingsCardPaymentsDeclineOnParams
    statement_descriptor_prefix: str
    statement_descriptor_prefix_kana: str | Literal[""]
    statement_descriptor_prefix_kanji: str | Literal[""]


class AccountsUpdateSettingsParams(TypedDict, total=False):
    """Options for customizing how the account functions within Stripe."""

    branding: AccountsUpdateSettingsBrandingParams
    card_issuing: AccountsUpdateSettingsCardIssuingParams
    card_payments: AccountsUpdateSettingsCardPaymentsParams
    payments: AccountsUpdateSettingsPaymentsParams
    payouts: AccountsUpdateSettingsPayoutsParams
    treasury: AccountsUpdateSettingsTreasuryParams


class AccountsUpdateSettingsPaymentsParams(TypedDict, total=False):
    """payments_settings_specs"""

    statement_descriptor: str
    statement_descriptor_kana: str
    statement_descriptor_kanji: str


class AccountsUpdateSettingsPayoutsParams(TypedDict, total=False):
    """payout_settings_specs"""

    debit_negative_balances: bool
    schedule: AccountsUpdateSettingsPayoutsScheduleParams
    statement_descriptor: str


class AccountsUpdateSettingsPayoutsScheduleParams(TypedDict, total=False):
    """transfer_schedule_specs"""

    delay_days: Literal["minimum"] | int
    interval: Literal["daily", "manual", "monthly", "weekly"]
    monthly_anchor: int
    weekly_anchor: Literal[
        "friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"
    ]


class AccountsUpdateSettingsTreasuryParams(TypedDict, total=False):
    """treasury_settings_specs"""

    tos_acceptance: AccountsUpdateSettingsTreasuryTosAcceptanceParams


class AccountsUpdateSettingsTreasuryTosAcceptanceParams(TypedDict, total=False):
    """settings_terms_of_service_specs"""

    date: int
    ip: str
    user_agent: str


class AccountsUpdateTosAcceptanceParams(TypedDict, total=False):
    """Details on the account's acceptance of the [Stripe Services Agreement](https://stripe.com/docs/connect/updating-accounts#tos-acceptance)."""

    date: int
    ip: str
    service_agreement: str
    user_agent: str


class ApplicationFeesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class AppsSecretsCreateScopeParams(TypedDict, total=False):
    """Specifies the scoping of the secret. Requests originating from UI extensions can only access account-scoped secrets or secrets scoped to their own user."""

    type: Required[Literal["account", "user"]]
    user: str


class AppsSecretsDeleteScopeParams(TypedDict, total=False):
    """Specifies the scoping of the secret. Requests originating from UI extensions can only access account-scoped secrets or secrets scoped to their own user."""

    type: Required[Literal["account", "user"]]
    user: str


class AppsSecretsFindScopeParams(TypedDict, total=False):
    """scope_param"""

    type: Required[Literal["account", "user"]]
    user: str


class AppsSecretsListScopeParams(TypedDict, total=False):
    """scope_param"""

    type: Required[Literal["account", "user"]]
    user: str


class BalanceHistoryListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class BalanceTransactionsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class BillingPortalConfigurationsCreateBusinessProfileParams(TypedDict, total=False):
    """The business information shown to customers in the portal."""

    headline: str
    privacy_policy_url: str
    terms_of_service_url: str


class BillingPortalConfigurationsCreateFeaturesCustomerUpdateParams(TypedDict, total=False):
    """customer_update_creation_param"""

    allowed_updates: (
        Sequence[Literal["address", "email", "phone", "shipping", "tax_id"]] | Literal[""]
    )
    enabled: Required[bool]


class BillingPortalConfigurationsCreateFeaturesInvoiceHistoryParams(TypedDict, total=False):
    """invoice_list_param"""

    enabled: Required[bool]


class BillingPortalConfigurationsCreateFeaturesParams(TypedDict, total=False):
    """Information about the features available in the portal."""

    customer_update: BillingPortalConfigurationsCreateFeaturesCustomerUpdateParams
    invoice_history: BillingPortalConfigurationsCreateFeaturesInvoiceHistoryParams
    payment_method_update: BillingPortalConfigurationsCreateFeaturesPaymentMethodUpdateParams
    subscription_cancel: BillingPortalConfigurationsCreateFeaturesSubscriptionCancelParams
    subscription_pause: BillingPortalConfigurationsCreateFeaturesSubscriptionPauseParams
    subscription_update: BillingPortalConfigurationsCreateFeaturesSubscriptionUpdateParams


class BillingPortalConfigurationsCreateFeaturesPaymentMethodUpdateParams(TypedDict, total=False):
    """payment_method_update_param"""

    enabled: Required[bool]


class BillingPortalConfigurationsCreateFeaturesSubscriptionCancelCancellationReasonParams(
    TypedDict, total=False
):
    """subscription_cancellation_reason_creation_param"""

    enabled: Required[bool]
    options: Required[
        Sequence[
            Literal[
                "customer_service",
                "low_quality",
                "missing_features",
                "other",
                "switched_service",
                "too_complex",
                "too_expensive",
                "unused",
            ]
        ]
        | Literal[""]
    ]


class BillingPortalConfigurationsCreateFeaturesSubscriptionCancelParams(TypedDict, total=False):
    """subscription_cancel_creation_param"""

    cancellation_reason: (
        BillingPortalConfigurationsCreateFeaturesSubscriptionCancelCancellationReasonParams
    )
    enabled: Required[bool]
    mode: Literal["at_period_end", "immediately"]
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]


class BillingPortalConfigurationsCreateFeaturesSubscriptionPauseParams(TypedDict, total=False):
    """subscription_pause_param"""

    enabled: bool


class BillingPortalConfigurationsCreateFeaturesSubscriptionUpdateParams(TypedDict, total=False):
    """subscription_update_creation_param"""

    default_allowed_updates: Required[
        Sequence[Literal["price", "promotion_code", "quantity"]] | Literal[""]
    ]
    enabled: Required[bool]
    products: Required[
        Sequence[BillingPortalConfigurationsCreateFeaturesSubscriptionUpdateProductsItemParams]
        | Literal[""]
    ]
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]


class BillingPortalConfigurationsCreateFeaturesSubscriptionUpdateProductsItemParams(
    TypedDict, total=False
):
    """subscription_update_product_param"""

    prices: Required[Sequence[str]]
    product: Required[str]


class BillingPortalConfigurationsCreateLoginPageParams(TypedDict, total=False):
    """The hosted login page for this configuration. Learn more about the portal login page in our [integration docs](https://stripe.com/docs/billing/subscriptions/integrating-customer-portal#share)."""

    enabled: Required[bool]


class BillingPortalConfigurationsUpdateBusinessProfileParams(TypedDict, total=False):
    """The business information shown to customers in the portal."""

    headline: str
    privacy_policy_url: str | Literal[""]
    terms_of_service_url: str | Literal[""]


class BillingPortalConfigurationsUpdateFeaturesCustomerUpdateParams(TypedDict, total=False):
    """customer_update_updating_param"""

    allowed_updates: (
        Sequence[Literal["address", "email", "phone", "shipping", "tax_id"]] | Literal[""]
    )
    enabled: bool


class BillingPortalConfigurationsUpdateFeaturesInvoiceHistoryParams(TypedDict, total=False):
    """invoice_list_param"""

    enabled: Required[bool]


class BillingPortalConfigurationsUpdateFeaturesParams(TypedDict, total=False):
    """Information about the features available in the portal."""

    customer_update: BillingPortalConfigurationsUpdateFeaturesCustomerUpdateParams
    invoice_history: BillingPortalConfigurationsUpdateFeaturesInvoiceHistoryParams
    payment_method_update: BillingPortalConfigurationsUpdateFeaturesPaymentMethodUpdateParams
    subscription_cancel: BillingPortalConfigurationsUpdateFeaturesSubscriptionCancelParams
    subscription_pause: BillingPortalConfigurationsUpdateFeaturesSubscriptionPauseParams
    subscription_update: BillingPortalConfigurationsUpdateFeaturesSubscriptionUpdateParams


class BillingPortalConfigurationsUpdateFeaturesPaymentMethodUpdateParams(TypedDict, total=False):
    """payment_method_update_param"""

    enabled: Required[bool]


class BillingPortalConfigurationsUpdateFeaturesSubscriptionCancelCancellationReasonParams(
    TypedDict, total=False
):
    """subscription_cancellation_reason_updating_param"""

    enabled: Required[bool]
    options: (
        Sequence[
            Literal[
                "customer_service",
                "low_quality",
                "missing_features",
                "other",
                "switched_service",
                "too_complex",
                "too_expensive",
                "unused",
            ]
        ]
        | Literal[""]
    )


class BillingPortalConfigurationsUpdateFeaturesSubscriptionCancelParams(TypedDict, total=False):
    """subscription_cancel_updating_param"""

    cancellation_reason: (
        BillingPortalConfigurationsUpdateFeaturesSubscriptionCancelCancellationReasonParams
    )
    enabled: bool
    mode: Literal["at_period_end", "immediately"]
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]


class BillingPortalConfigurationsUpdateFeaturesSubscriptionPauseParams(TypedDict, total=False):
    """subscription_pause_param"""

    enabled: bool


class BillingPortalConfigurationsUpdateFeaturesSubscriptionUpdateParams(TypedDict, total=False):
    """subscription_update_updating_param"""

    default_allowed_updates: Sequence[Literal["price", "promotion_code", "quantity"]] | Literal[""]
    enabled: bool
    products: (
        Sequence[BillingPortalConfigurationsUpdateFeaturesSubscriptionUpdateProductsItemParams]
        | Literal[""]
    )
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]


class BillingPortalConfigurationsUpdateFeaturesSubscriptionUpdateProductsItemParams(
    TypedDict, total=False
):
    """subscription_update_product_param"""

    prices: Required[Sequence[str]]
    product: Required[str]


class BillingPortalConfigurationsUpdateLoginPageParams(TypedDict, total=False):
    """The hosted login page for this configuration. Learn more about the portal login page in our [integration docs](https://stripe.com/docs/billing/subscriptions/integrating-customer-portal#share)."""

    enabled: Required[bool]


class ChargesCaptureTransferDataParams(TypedDict, total=False):
    """An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details."""

    amount: int


class ChargesCreateCardParams(TypedDict, total=False):
    """customer_payment_source_card"""

    address_city: str
    address_country: str
    address_line1: str
    address_line2: str
    address_state: str
    address_zip: str
    cvc: str
    exp_month: Required[int]
    exp_year: Required[int]
    metadata: Mapping[str, str]
    name: str
    number: Required[str]
    object: Literal["card"]


class ChargesCreateDestinationParams(TypedDict, total=False):
    """destination_specs"""

    account: Required[str]
    amount: int


class ChargesCreateRadarOptionsParams(TypedDict, total=False):
    """Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session) for more information."""

    session: str


class ChargesCreateShippingAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class ChargesCreateShippingParams(TypedDict, total=False):
    """Shipping information for the charge. Helps prevent fraud on charges for physical goods."""

    address: Required[ChargesCreateShippingAddressParams]
    carrier: str
    name: Required[str]
    phone: str
    tracking_number: str


class ChargesCreateTransferDataParams(TypedDict, total=False):
    """An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details."""

    amount: int
    destination: Required[str]


class ChargesDisputeUpdateEvidenceParams(TypedDict, total=False):
    """Evidence to upload, to respond to a dispute. Updating any field in the hash will submit all fields in the hash for review. The combined character count of all fields is limited to 150,000."""

    access_activity_log: str
    billing_address: str
    cancellation_policy: str
    cancellation_policy_disclosure: str
    cancellation_rebuttal: str
    customer_communication: str
    customer_email_address: str
    customer_name: str
    customer_purchase_ip: str
    customer_signature: str
    duplicate_charge_documentation: str
    duplicate_charge_explanation: str
    duplicate_charge_id: str
    product_description: str
    receipt: str
    refund_policy: str
    refund_policy_disclosure: str
    refund_refusal_explanation: str
    service_date: str
    service_documentation: str
    shipping_address: str
    shipping_carrier: str
    shipping_date: str
    shipping_documentation: str
    shipping_tracking_number: str
    uncategorized_file: str
    uncategorized_text: str


class ChargesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class ChargesUpdateFraudDetailsParams(TypedDict, total=False):
    """A set of key-value pairs you can attach to a charge giving information about its riskiness. If you believe a charge is fraudulent, include a `user_report` key with a value of `fraudulent`. If you believe a charge is safe, include a `user_report` key with a value of `safe`. Stripe will use the information you send to improve our fraud detection algorithms."""

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
    """Shipping information for the charge. Helps prevent fraud on charges for physical goods."""

    address: Required[ChargesUpdateShippingAddressParams]
    carrier: str
    name: Required[str]
    phone: str
    tracking_number: str


class CheckoutSessionsCreateAfterExpirationParams(TypedDict, total=False):
    """Configure actions after a Checkout Session has expired."""

    recovery: CheckoutSessionsCreateAfterExpirationRecoveryParams


class CheckoutSessionsCreateAfterExpirationRecoveryParams(TypedDict, total=False):
    """recovery_params"""

    allow_promotion_codes: bool
    enabled: Required[bool]


class CheckoutSessionsCreateAutomaticTaxParams(TypedDict, total=False):
    """Settings for automatic tax lookup for this session and resulting payments, invoices, and subscriptions."""

    enabled: Required[bool]


class CheckoutSessionsCreateConsentCollectionParams(TypedDict, total=False):
    """Configure fields for the Checkout Session to gather active consent from customers."""

    promotions: Literal["auto", "none"]
    terms_of_service: Literal["none", "required"]


class CheckoutSessionsCreateCustomerUpdateParams(TypedDict, total=False):
    """Controls what fields on Customer can be updated by the Checkout Session. Can only be provided when `customer` is provided."""

    address: Literal["auto", "never"]
    name: Literal["auto", "never"]
    shipping: Literal["auto", "never"]


class CheckoutSessionsCreateDiscountsItemParams(TypedDict, total=False):
    """discount_params"""

    coupon: str
    promotion_code: str


class CheckoutSessionsCreateLineItemsItemAdjustableQuantityParams(TypedDict, total=False):
    """adjustable_quantity_params"""

    enabled: Required[bool]
    maximum: int
    minimum: int


class CheckoutSessionsCreateLineItemsItemParams(TypedDict, total=False):
    """line_item_params"""

    adjustable_quantity: CheckoutSessionsCreateLineItemsItemAdjustableQuantityParams
    dynamic_tax_rates: Sequence[str]
    price: str
    price_data: CheckoutSessionsCreateLineItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str]


class CheckoutSessionsCreateLineItemsItemPriceDataParams(TypedDict, total=False):
    """price_data_with_product_data"""

    currency: Required[str]
    product: str
    product_data: CheckoutSessionsCreateLineItemsItemPriceDataProductDataParams
    recurring: CheckoutSessionsCreateLineItemsItemPriceDataRecurringParams
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class CheckoutSessionsCreateLineItemsItemPriceDataProductDataParams(TypedDict, total=False):
    """product_data"""

    description: str
    images: Sequence[str]
    metadata: Mapping[str, str]
    name: Required[str]
    tax_code: str


class CheckoutSessionsCreateLineItemsItemPriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class CheckoutSessionsCreatePaymentIntentDataParams(TypedDict, total=False):
    """A subset of parameters to be passed to PaymentIntent creation for Checkout Sessions in `payment` mode."""

    application_fee_amount: int
    capture_method: Literal["automatic", "manual"]
    description: str
    metadata: Mapping[str, str]
    on_behalf_of: str
    receipt_email: str
    setup_future_usage: Literal["off_session", "on_session"]
    shipping: CheckoutSessionsCreatePaymentIntentDataShippingParams
    statement_descriptor: str
    statement_descriptor_suffix: str
    transfer_data: CheckoutSessionsCreatePaymentIntentDataTransferDataParams
    transfer_group: str


class CheckoutSessionsCreatePaymentIntentDataShippingAddressParams(TypedDict, total=False):
    """address"""

    city: str
    country: str
    line1: Required[str]
    line2: str
    postal_code: str
    state: str


class CheckoutSessionsCreatePaymentIntentDataShippingParams(TypedDict, total=False):
    """shipping"""

    address: Required[CheckoutSessionsCreatePaymentIntentDataShippingAddressParams]
    carrier: str
    name: Required[str]
    phone: str
    tracking_number: str


class CheckoutSessionsCreatePaymentIntentDataTransferDataParams(TypedDict, total=False):
    """transfer_data_params"""

    amount: int
    destination: Required[str]


class CheckoutSessionsCreatePaymentMethodOptionsAcssDebitMandateOptionsParams(
    TypedDict, total=False
):
    """mandate_options_param"""

    custom_mandate_url: str | Literal[""]
    default_for: Sequence[Literal["invoice", "subscription"]]
    interval_description: str
    payment_schedule: Literal["combined", "interval", "sporadic"]
    transaction_type: Literal["business", "personal"]


class CheckoutSessionsCreatePaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """payment_method_options_param"""

    currency: Literal["cad", "usd"]
    mandate_options: CheckoutSessionsCreatePaymentMethodOptionsAcssDebitMandateOptionsParams
    setup_future_usage: Literal["none", "off_session", "on_session"]
    verification_method: Literal["automatic", "instant", "microdeposits"]


class CheckoutSessionsCreatePaymentMethodOptionsAffirmParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsAfterpayClearpayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsAlipayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsAuBecsDebitParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsBacsDebitParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none", "off_session", "on_session"]


class CheckoutSessionsCreatePaymentMethodOptionsBancontactParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsBoletoParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_days: int
    setup_future_usage: Literal["none", "off_session", "on_session"]


class CheckoutSessionsCreatePaymentMethodOptionsCardInstallmentsParams(TypedDict, total=False):
    """installments_param"""

    enabled: bool


class CheckoutSessionsCreatePaymentMethodOptionsCardParams(TypedDict, total=False):
    """payment_method_options_param"""

    installments: CheckoutSessionsCreatePaymentMethodOptionsCardInstallmentsParams
    setup_future_usage: Literal["off_session", "on_session"]
    statement_descriptor_suffix_kana: str
    statement_descriptor_suffix_kanji: str


class CheckoutSessionsCreatePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_params"""

    country: Required[str]


class CheckoutSessionsCreatePaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: (
        CheckoutSessionsCreatePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    )
    requested_address_types: Sequence[Literal["iban", "sepa", "sort_code", "spei", "zengin"]]
    type: Required[
        Literal["eu_bank_transfer", "gb_bank_transfer", "jp_bank_transfer", "mx_bank_transfer"]
    ]


class CheckoutSessionsCreatePaymentMethodOptionsCustomerBalanceParams(TypedDict, total=False):
    """payment_method_options_param"""

    bank_transfer: CheckoutSessionsCreatePaymentMethodOptionsCustomerBalanceBankTransferParams
    funding_type: Literal["bank_transfer"]
    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsEpsParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsFpxParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsGiropayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsGrabpayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsIdealParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsKlarnaParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsKonbiniParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_days: int
    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsOxxoParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_days: int
    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsP24Params(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]
    tos_shown_and_accepted: bool


class CheckoutSessionsCreatePaymentMethodOptionsParams(TypedDict, total=False):
    """Payment-method-specific configuration."""

    acss_debit: CheckoutSessionsCreatePaymentMethodOptionsAcssDebitParams
    affirm: CheckoutSessionsCreatePaymentMethodOptionsAffirmParams
    afterpay_clearpay: CheckoutSessionsCreatePaymentMethodOptionsAfterpayClearpayParams
    alipay: CheckoutSessionsCreatePaymentMethodOptionsAlipayParams
    au_becs_debit: CheckoutSessionsCreatePaymentMethodOptionsAuBecsDebitParams
    bacs_debit: CheckoutSessionsCreatePaymentMethodOptionsBacsDebitParams
    bancontact: CheckoutSessionsCreatePaymentMethodOptionsBancontactParams
    boleto: CheckoutSessionsCreatePaymentMethodOptionsBoletoParams
    card: CheckoutSessionsCreatePaymentMethodOptionsCardParams
    customer_balance: CheckoutSessionsCreatePaymentMethodOptionsCustomerBalanceParams
    eps: CheckoutSessionsCreatePaymentMethodOptionsEpsParams
    fpx: CheckoutSessionsCreatePaymentMethodOptionsFpxParams
    giropay: CheckoutSessionsCreatePaymentMethodOptionsGiropayParams
    grabpay: CheckoutSessionsCreatePaymentMethodOptionsGrabpayParams
    ideal: CheckoutSessionsCreatePaymentMethodOptionsIdealParams
    klarna: CheckoutSessionsCreatePaymentMethodOptionsKlarnaParams
    konbini: CheckoutSessionsCreatePaymentMethodOptionsKonbiniParams
    oxxo: CheckoutSessionsCreatePaymentMethodOptionsOxxoParams
    p24: CheckoutSessionsCreatePaymentMethodOptionsP24Params
    paynow: CheckoutSessionsCreatePaymentMethodOptionsPaynowParams
    pix: CheckoutSessionsCreatePaymentMethodOptionsPixParams
    sepa_debit: CheckoutSessionsCreatePaymentMethodOptionsSepaDebitParams
    sofort: CheckoutSessionsCreatePaymentMethodOptionsSofortParams
    us_bank_account: CheckoutSessionsCreatePaymentMethodOptionsUsBankAccountParams
    wechat_pay: CheckoutSessionsCreatePaymentMethodOptionsWechatPayParams


class CheckoutSessionsCreatePaymentMethodOptionsPaynowParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsPixParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_seconds: int


class CheckoutSessionsCreatePaymentMethodOptionsSepaDebitParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none", "off_session", "on_session"]


class CheckoutSessionsCreatePaymentMethodOptionsSofortParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]


class CheckoutSessionsCreatePaymentMethodOptionsUsBankAccountParams(TypedDict, total=False):
    """payment_method_options_param"""

    financial_connections: (
        CheckoutSessionsCreatePaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    )
    setup_future_usage: Literal["none", "off_session", "on_session"]
    verification_method: Literal["automatic", "instant"]


class CheckoutSessionsCreatePaymentMethodOptionsWechatPayParams(TypedDict, total=False):
    """payment_method_options_param"""

    app_id: str
    client: Required[Literal["android", "ios", "web"]]
    setup_future_usage: Literal["none"]


class CheckoutSessionsCreatePhoneNumberCollectionParams(TypedDict, total=False):
    """Controls phone number collection settings for the session.

    We recommend that you review your privacy policy and check with your legal contacts
    before using this feature. Learn more about [collecting phone numbers with Checkout](https://stripe.com/docs/payments/checkout/phone-numbers).
    """

    enabled: Required[bool]


class CheckoutSessionsCreateSetupIntentDataParams(TypedDict, total=False):
    """A subset of parameters to be passed to SetupIntent creation for Checkout Sessions in `setup` mode."""

    description: str
    metadata: Mapping[str, str]
    on_behalf_of: str


class CheckoutSessionsCreateShippingAddressCollectionParams(TypedDict, total=False):
    """When set, provides configuration for Checkout to collect a shipping address from a customer."""

    allowed_countries: Required[
        Sequence[
            Literal[
                "AC",
                "AD",
                "AE",
                "AF",
                "AG",
                "AI",
                "AL",
                "AM",
                "AO",
                "AQ",
                "AR",
                "AT",
                "AU",
                "AW",
                "AX",
                "AZ",
                "BA",
                "BB",
                "BD",
                "BE",
                "BF",
                "BG",
                "BH",
                "BI",
                "BJ",
                "BL",
                "BM",
                "BN",
                "BO",
                "BQ",
                "BR",
                "BS",
                "BT",
                "BV",
                "BW",
                "BY",
                "BZ",
                "CA",
                "CD",
                "CF",
                "CG",
                "CH",
                "CI",
                "CK",
                "CL",
                "CM",
                "CN",
                "CO",
                "CR",
                "CV",
                "CW",
                "CY",
                "CZ",
                "DE",
                "DJ",
                "DK",
                "DM",
                "DO",
                "DZ",
                "EC",
                "EE",
                "EG",
                "EH",
                "ER",
                "ES",
                "ET",
                "FI",
                "FJ",
                "FK",
                "FO",
                "FR",
                "GA",
                "GB",
                "GD",
                "GE",
                "GF",
                "GG",
                "GH",
                "GI",
                "GL",
                "GM",
                "GN",
                "GP",
                "GQ",
                "GR",
                "GS",
                "GT",
                "GU",
                "GW",
                "GY",
                "HK",
                "HN",
                "HR",
                "HT",
                "HU",
                "ID",
                "IE",
                "IL",
                "IM",
                "IN",
                "IO",
                "IQ",
                "IS",
                "IT",
                "JE",
                "JM",
                "JO",
                "JP",
                "KE",
                "KG",
                "KH",
                "KI",
                "KM",
                "KN",
                "KR",
                "KW",
                "KY",
                "KZ",
                "LA",
                "LB",
                "LC",
                "LI",
                "LK",
                "LR",
                "LS",
                "LT",
                "LU",
                "LV",
                "LY",
                "MA",
                "MC",
                "MD",
                "ME",
                "MF",
                "MG",
                "MK",
                "ML",
                "MM",
                "MN",
                "MO",
                "MQ",
                "MR",
                "MS",
                "MT",
                "MU",
                "MV",
                "MW",
                "MX",
                "MY",
                "MZ",
                "NA",
                "NC",
                "NE",
                "NG",
                "NI",
                "NL",
                "NO",
                "NP",
                "NR",
                "NU",
                "NZ",
                "OM",
                "PA",
                "PE",
                "PF",
                "PG",
                "PH",
                "PK",
                "PL",
                "PM",
                "PN",
                "PR",
                "PS",
                "PT",
                "PY",
                "QA",
                "RE",
                "RO",
                "RS",
                "RU",
                "RW",
                "SA",
                "SB",
                "SC",
                "SE",
                "SG",
                "SH",
                "SI",
                "SJ",
                "SK",
                "SL",
                "SM",
                "SN",
                "SO",
                "SR",
                "SS",
                "ST",
                "SV",
                "SX",
                "SZ",
                "TA",
                "TC",
                "TD",
                "TF",
                "TG",
                "TH",
                "TJ",
                "TK",
                "TL",
                "TM",
                "TN",
                "TO",
                "TR",
                "TT",
                "TV",
                "TW",
                "TZ",
                "UA",
                "UG",
                "US",
                "UY",
                "UZ",
                "VA",
                "VC",
                "VE",
                "VG",
                "VN",
                "VU",
                "WF",
                "WS",
                "XK",
                "YE",
                "YT",
                "ZA",
                "ZM",
                "ZW",
                "ZZ",
            ]
        ]
    ]


class CheckoutSessionsCreateShippingOptionsItemParams(TypedDict, total=False):
    """shipping_option_params"""

    shipping_rate: str
    shipping_rate_data: CheckoutSessionsCreateShippingOptionsItemShippingRateDataParams


class CheckoutSessionsCreateShippingOptionsItemShippingRateDataDeliveryEstimateMaximumParams(
    TypedDict, total=False
):
    """delivery_estimate_bound"""

    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    value: Required[int]


class CheckoutSessionsCreateShippingOptionsItemShippingRateDataDeliveryEstimateMinimumParams(
    TypedDict, total=False
):
    """delivery_estimate_bound"""

    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    value: Required[int]


class CheckoutSessionsCreateShippingOptionsItemShippingRateDataDeliveryEstimateParams(
    TypedDict, total=False
):
    """delivery_estimate"""

    maximum: CheckoutSessionsCreateShippingOptionsItemShippingRateDataDeliveryEstimateMaximumParams
    minimum: CheckoutSessionsCreateShippingOptionsItemShippingRateDataDeliveryEstimateMinimumParams


class CheckoutSessionsCreateShippingOptionsItemShippingRateDataFixedAmountCurrencyOptionsValueParams(
    TypedDict, total=False
):
    """currency_option"""

    amount: Required[int]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]


class CheckoutSessionsCreateShippingOptionsItemShippingRateDataFixedAmountParams(
    TypedDict, total=False
):
    """fixed_amount"""

    amount: Required[int]
    currency: Required[str]
    currency_options: Mapping[
        str,
        CheckoutSessionsCreateShippingOptionsItemShippingRateDataFixedAmountCurrencyOptionsValueParams,
    ]


class CheckoutSessionsCreateShippingOptionsItemShippingRateDataParams(TypedDict, total=False):
    """method_params"""

    delivery_estimate: (
        CheckoutSessionsCreateShippingOptionsItemShippingRateDataDeliveryEstimateParams
    )
    display_name: Required[str]
    fixed_amount: CheckoutSessionsCreateShippingOptionsItemShippingRateDataFixedAmountParams
    metadata: Mapping[str, str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tax_code: str
    type: Literal["fixed_amount"]


class CheckoutSessionsCreateSubscriptionDataParams(TypedDict, total=False):
    """A subset of parameters to be passed to subscription creation for Checkout Sessions in `subscription` mode."""

    application_fee_percent: float
    default_tax_rates: Sequence[str]
    description: str
    metadata: Mapping[str, str]
    on_behalf_of: str
    transfer_data: CheckoutSessionsCreateSubscriptionDataTransferDataParams
    trial_end: int
    trial_period_days: int


class CheckoutSessionsCreateSubscriptionDataTransferDataParams(TypedDict, total=False):
    """transfer_data_specs"""

    amount_percent: float
    destination: Required[str]


class CheckoutSessionsCreateTaxIdCollectionParams(TypedDict, total=False):
    """Controls tax ID collection settings for the session."""

    enabled: Required[bool]


class CheckoutSessionsListCustomerDetailsParams(TypedDict, total=False):
    """customer_details_params"""

    email: Required[str]


class CouponsCreateAppliesToParams(TypedDict, total=False):
    """A hash containing directions for what this Coupon will apply discounts to."""

    products: Sequence[str]


class CouponsCreateCurrencyOptionsValueParams(TypedDict, total=False):
    """currency_option"""

    amount_off: Required[int]


class CouponsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class CouponsUpdateCurrencyOptionsValueParams(TypedDict, total=False):
    """currency_option"""

    amount_off: Required[int]


class CreditNotesCreateLinesItemParams(TypedDict, total=False):
    """credit_note_line_item_params"""

    amount: int
    description: str
    invoice_line_item: str
    quantity: int
    tax_rates: Sequence[str] | Literal[""]
    type: Required[Literal["custom_line_item", "invoice_line_item"]]
    unit_amount: int
    unit_amount_decimal: str


class CreditNotesPreviewLinesListLinesItemParams(TypedDict, total=False):
    """credit_note_line_item_params"""

    amount: int
    description: str
    invoice_line_item: str
    quantity: int
    tax_rates: Sequence[str] | Literal[""]
    type: Required[Literal["custom_line_item", "invoice_line_item"]]
    unit_amount: int
    unit_amount_decimal: str


class CreditNotesPreviewRetrieveLinesItemParams(TypedDict, total=False):
    """credit_note_line_item_params"""

    amount: int
    description: str
    invoice_line_item: str
    quantity: int
    tax_rates: Sequence[str] | Literal[""]
    type: Required[Literal["custom_line_item", "invoice_line_item"]]
    unit_amount: int
    unit_amount_decimal: str


class CustomersBankAccountsCreateBankAccountParams(TypedDict, total=False):
    """customer_payment_source_bank_account"""

    account_holder_name: str
    account_holder_type: Literal["company", "individual"]
    account_number: Required[str]
    country: Required[str]
    currency: str
    object: Literal["bank_account"]
    routing_number: str


class CustomersBankAccountsCreateCardParams(TypedDict, total=False):
    """customer_payment_source_card"""

    address_city: str
    address_country: str
    address_line1: str
    address_line2: str
    address_state: str
    address_zip: str
    cvc: str
    exp_month: Required[int]
    exp_year: Required[int]
    metadata: Mapping[str, str]
    name: str
    number: Required[str]
    object: Literal["card"]


class CustomersBankAccountsUpdateOwnerAddressParams(TypedDict, total=False):
    """source_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersBankAccountsUpdateOwnerParams(TypedDict, total=False):
    """owner"""

    address: CustomersBankAccountsUpdateOwnerAddressParams
    email: str
    name: str
    phone: str


class CustomersCardsCreateBankAccountParams(TypedDict, total=False):
    """customer_payment_source_bank_account"""

    account_holder_name: str
    account_holder_type: Literal["company", "individual"]
    account_number: Required[str]
    country: Required[str]
    currency: str
    object: Literal["bank_account"]
    routing_number: str


class CustomersCardsCreateCardParams(TypedDict, total=False):
    """customer_payment_source_card"""

    address_city: str
    address_country: str
    address_line1: str
    address_line2: str
    address_state: str
    address_zip: str
    cvc: str
    exp_month: Required[int]
    exp_year: Required[int]
    metadata: Mapping[str, str]
    name: str
    number: Required[str]
    object: Literal["card"]


class CustomersCardsUpdateOwnerAddressParams(TypedDict, total=False):
    """source_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersCardsUpdateOwnerParams(TypedDict, total=False):
    """owner"""

    address: CustomersCardsUpdateOwnerAddressParams
    email: str
    name: str
    phone: str


class CustomersCashBalanceUpdateSettingsParams(TypedDict, total=False):
    """A hash of settings for this cash balance."""

    reconciliation_mode: Literal["automatic", "manual"]


class CustomersCreateAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersCreateCashBalanceParams(TypedDict, total=False):
    """Balance information and default balance settings for this customer."""

    settings: CustomersCreateCashBalanceSettingsParams


class CustomersCreateCashBalanceSettingsParams(TypedDict, total=False):
    """balance_settings_param"""

    reconciliation_mode: Literal["automatic", "manual"]


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


class CustomersCreateTaxIdDataItemParams(TypedDict, total=False):
    """data_params"""

    type: Required[
        Literal[
            "ae_trn",
            "au_abn",
            "au_arn",
            "bg_uic",
            "br_cnpj",
            "br_cpf",
            "ca_bn",
            "ca_gst_hst",
            "ca_pst_bc",
            "ca_pst_mb",
            "ca_pst_sk",
            "ca_qst",
            "ch_vat",
            "cl_tin",
            "eg_tin",
            "es_cif",
            "eu_oss_vat",
            "eu_vat",
            "gb_vat",
            "ge_vat",
            "hk_br",
            "hu_tin",
            "id_npwp",
            "il_vat",
            "in_gst",
            "is_vat",
            "jp_cn",
            "jp_rn",
            "jp_trn",
            "ke_pin",
            "kr_brn",
            "li_uid",
            "mx_rfc",
            "my_frp",
            "my_itn",
            "my_sst",
            "no_vat",
            "nz_gst",
            "ph_tin",
            "ru_inn",
            "ru_kpp",
            "sa_vat",
            "sg_gst",
            "sg_uen",
            "si_tin",
            "th_vat",
            "tr_tin",
            "tw_vat",
            "ua_vat",
            "us_ein",
            "za_vat",
        ]
    ]
    value: Required[str]


class CustomersCreateTaxParams(TypedDict, total=False):
    """Tax details about the customer."""

    ip_address: str | Literal[""]


class CustomersFundingInstructionsBankTransferEuBankTransferParams(TypedDict, total=False):
    """eu_bank_account_params"""

    country: Required[str]


class CustomersFundingInstructionsBankTransferParams(TypedDict, total=False):
    """Additional parameters for `bank_transfer` funding types"""

    eu_bank_transfer: CustomersFundingInstructionsBankTransferEuBankTransferParams
    requested_address_types: Sequence[Literal["iban", "sort_code", "spei", "zengin"]]
    type: Required[
        Literal["eu_bank_transfer", "gb_bank_transfer", "jp_bank_transfer", "mx_bank_transfer"]
    ]


class CustomersListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class CustomersSourcesCreateBankAccountParams(TypedDict, total=False):
    """customer_payment_source_bank_account"""

    account_holder_name: str
    account_holder_type: Literal["company", "individual"]
    account_number: Required[str]
    country: Required[str]
    currency: str
    object: Literal["bank_account"]
    routing_number: str


class CustomersSourcesCreateCardParams(TypedDict, total=False):
    """customer_payment_source_card"""

    address_city: str
    address_country: str
    address_line1: str
    address_line2: str
    address_state: str
    address_zip: str
    cvc: str
    exp_month: Required[int]
    exp_year: Required[int]
    metadata: Mapping[str, str]
    name: str
    number: Required[str]
    object: Literal["card"]


class CustomersSourcesUpdateOwnerAddressParams(TypedDict, total=False):
    """source_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersSourcesUpdateOwnerParams(TypedDict, total=False):
    """owner"""

    address: CustomersSourcesUpdateOwnerAddressParams
    email: str
    name: str
    phone: str


class CustomersSubscriptionsCreateAddInvoiceItemsItemParams(TypedDict, total=False):
    """add_invoice_item_entry"""

    price: str
    price_data: CustomersSubscriptionsCreateAddInvoiceItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class CustomersSubscriptionsCreateAddInvoiceItemsItemPriceDataParams(TypedDict, total=False):
    """one_time_price_data"""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class CustomersSubscriptionsCreateAutomaticTaxParams(TypedDict, total=False):
    """Automatic tax settings for this subscription. We recommend you only include this parameter when the existing value is being changed."""

    enabled: Required[bool]


class CustomersSubscriptionsCreateBillingThresholdsParams(TypedDict, total=False):
    """billing_thresholds_param"""

    amount_gte: int
    reset_billing_cycle_anchor: bool


class CustomersSubscriptionsCreateItemsItemBillingThresholdsParams(TypedDict, total=False):
    """item_billing_thresholds_param"""

    usage_gte: Required[int]


class CustomersSubscriptionsCreateItemsItemParams(TypedDict, total=False):
    """subscription_item_create_params"""

    billing_thresholds: CustomersSubscriptionsCreateItemsItemBillingThresholdsParams | Literal[""]
    metadata: Mapping[str, str]
    price: str
    price_data: CustomersSubscriptionsCreateItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class CustomersSubscriptionsCreateItemsItemPriceDataParams(TypedDict, total=False):
    """recurring_price_data"""

    currency: Required[str]
    product: Required[str]
    recurring: Required[CustomersSubscriptionsCreateItemsItemPriceDataRecurringParams]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class CustomersSubscriptionsCreateItemsItemPriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class CustomersSubscriptionsCreatePaymentSettingsParams(TypedDict, total=False):
    """Payment settings to pass to invoices created by the subscription."""

    payment_method_options: CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsParams
    payment_method_types: (
        Sequence[
            Literal[
                "ach_credit_transfer",
                "ach_debit",
                "acss_debit",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "boleto",
                "card",
                "customer_balance",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "konbini",
                "link",
                "paynow",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
            ]
        ]
        | Literal[""]
    )
    save_default_payment_method: Literal["off", "on_subscription"]


class CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams(
    TypedDict, total=False
):
    """mandate_options_param"""

    transaction_type: Literal["business", "personal"]


class CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsAcssDebitParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    mandate_options: (
        CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams
    )
    verification_method: Literal["automatic", "instant", "microdeposits"]


class CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsBancontactParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"]


class CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsCardMandateOptionsParams(
    TypedDict, total=False
):
    """mandate_options_param"""

    amount: int
    amount_type: Literal["fixed", "maximum"]
    description: str


class CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsCardParams(
    TypedDict, total=False
):
    """subscription_payment_method_options_param"""

    mandate_options: (
        CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsCardMandateOptionsParams
    )
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]


class CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_param"""

    country: Required[str]


class CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    type: str


class CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    bank_transfer: CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams
    funding_type: str


class CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsParams(TypedDict, total=False):
    """payment_method_options"""

    acss_debit: (
        CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsAcssDebitParams | Literal[""]
    )
    bancontact: (
        CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsBancontactParams
        | Literal[""]
    )
    card: CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsCardParams | Literal[""]
    customer_balance: (
        CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams
        | Literal[""]
    )
    konbini: Mapping[str, Any] | Literal[""]
    us_bank_account: (
        CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsUsBankAccountParams
        | Literal[""]
    )


class CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """invoice_linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]


class CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsUsBankAccountParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    financial_connections: CustomersSubscriptionsCreatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class CustomersSubscriptionsCreatePendingInvoiceItemIntervalParams(TypedDict, total=False):
    """pending_invoice_item_interval_params"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class CustomersSubscriptionsCreateTransferDataParams(TypedDict, total=False):
    """If specified, the funds from the subscription's invoices will be transferred to the destination and the ID of the resulting transfers will be found on the resulting charges."""

    amount_percent: float
    destination: Required[str]


class CustomersSubscriptionsUpdateAddInvoiceItemsItemParams(TypedDict, total=False):
    """add_invoice_item_entry"""

    price: str
    price_data: CustomersSubscriptionsUpdateAddInvoiceItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class CustomersSubscriptionsUpdateAddInvoiceItemsItemPriceDataParams(TypedDict, total=False):
    """one_time_price_data"""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class CustomersSubscriptionsUpdateAutomaticTaxParams(TypedDict, total=False):
    """Automatic tax settings for this subscription. We recommend you only include this parameter when the existing value is being changed."""

    enabled: Required[bool]


class CustomersSubscriptionsUpdateBillingThresholdsParams(TypedDict, total=False):
    """billing_thresholds_param"""

    amount_gte: int
    reset_billing_cycle_anchor: bool


class CustomersSubscriptionsUpdateItemsItemBillingThresholdsParams(TypedDict, total=False):
    """item_billing_thresholds_param"""

    usage_gte: Required[int]


class CustomersSubscriptionsUpdateItemsItemParams(TypedDict, total=False):
    """subscription_item_update_params"""

    billing_thresholds: CustomersSubscriptionsUpdateItemsItemBillingThresholdsParams | Literal[""]
    clear_usage: bool
    deleted: bool
    id: str
    metadata: Mapping[str, str] | Literal[""]
    price: str
    price_data: CustomersSubscriptionsUpdateItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class CustomersSubscriptionsUpdateItemsItemPriceDataParams(TypedDict, total=False):
    """recurring_price_data"""

    currency: Required[str]
    product: Required[str]
    recurring: Required[CustomersSubscriptionsUpdateItemsItemPriceDataRecurringParams]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class CustomersSubscriptionsUpdateItemsItemPriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class CustomersSubscriptionsUpdatePauseCollectionParams(TypedDict, total=False):
    """pause_collection_param"""

    behavior: Required[Literal["keep_as_draft", "mark_uncollectible", "void"]]
    resumes_at: int


class CustomersSubscriptionsUpdatePaymentSettingsParams(TypedDict, total=False):
    """Payment settings to pass to invoices created by the subscription."""

    payment_method_options: CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsParams
    payment_method_types: (
        Sequence[
            Literal[
                "ach_credit_transfer",
                "ach_debit",
                "acss_debit",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "boleto",
                "card",
                "customer_balance",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "konbini",
                "link",
                "paynow",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
            ]
        ]
        | Literal[""]
    )
    save_default_payment_method: Literal["off", "on_subscription"]


class CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams(
    TypedDict, total=False
):
    """mandate_options_param"""

    transaction_type: Literal["business", "personal"]


class CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsAcssDebitParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    mandate_options: (
        CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams
    )
    verification_method: Literal["automatic", "instant", "microdeposits"]


class CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsBancontactParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"]


class CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCardMandateOptionsParams(
    TypedDict, total=False
):
    """mandate_options_param"""

    amount: int
    amount_type: Literal["fixed", "maximum"]
    description: str


class CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCardParams(
    TypedDict, total=False
):
    """subscription_payment_method_options_param"""

    mandate_options: (
        CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCardMandateOptionsParams
    )
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]


class CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_param"""

    country: Required[str]


class CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    type: str


class CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    bank_transfer: CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams
    funding_type: str


class CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsParams(TypedDict, total=False):
    """payment_method_options"""

    acss_debit: (
        CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsAcssDebitParams | Literal[""]
    )
    bancontact: (
        CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsBancontactParams
        | Literal[""]
    )
    card: CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCardParams | Literal[""]
    customer_balance: (
        CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams
        | Literal[""]
    )
    konbini: Mapping[str, Any] | Literal[""]
    us_bank_account: (
        CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountParams
        | Literal[""]
    )


class CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """invoice_linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]


class CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    financial_connections: CustomersSubscriptionsUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class CustomersSubscriptionsUpdatePendingInvoiceItemIntervalParams(TypedDict, total=False):
    """pending_invoice_item_interval_params"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class CustomersSubscriptionsUpdateTransferDataParams(TypedDict, total=False):
    """transfer_data_specs"""

    amount_percent: float
    destination: Required[str]


class CustomersUpdateAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersUpdateBankAccountParams(TypedDict, total=False):
    """customer_payment_source_bank_account"""

    account_holder_name: str
    account_holder_type: Literal["company", "individual"]
    account_number: Required[str]
    country: Required[str]
    currency: str
    object: Literal["bank_account"]
    routing_number: str


class CustomersUpdateCardParams(TypedDict, total=False):
    """customer_payment_source_card"""

    address_city: str
    address_country: str
    address_line1: str
    address_line2: str
    address_state: str
    address_zip: str
    cvc: str
    exp_month: Required[int]
    exp_year: Required[int]
    metadata: Mapping[str, str]
    name: str
    number: Required[str]
    object: Literal["card"]


class CustomersUpdateCashBalanceParams(TypedDict, total=False):
    """Balance information and default balance settings for this customer."""

    settings: CustomersUpdateCashBalanceSettingsParams


class CustomersUpdateCashBalanceSettingsParams(TypedDict, total=False):
    """balance_settings_param"""

    reconciliation_mode: Literal["automatic", "manual"]


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


class CustomersUpdateTaxParams(TypedDict, total=False):
    """Tax details about the customer."""

    ip_address: str | Literal[""]


class DisputesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class DisputesUpdateEvidenceParams(TypedDict, total=False):
    """Evidence to upload, to respond to a dispute. Updating any field in the hash will submit all fields in the hash for review. The combined character count of all fields is limited to 150,000."""

    access_activity_log: str
    billing_address: str
    cancellation_policy: str
    cancellation_policy_disclosure: str
    cancellation_rebuttal: str
    customer_communication: str
    customer_email_address: str
    customer_name: str
    customer_purchase_ip: str
    customer_signature: str
    duplicate_charge_documentation: str
    duplicate_charge_explanation: str
    duplicate_charge_id: str
    product_description: str
    receipt: str
    refund_policy: str
    refund_policy_disclosure: str
    refund_refusal_explanation: str
    service_date: str
    service_documentation: str
    shipping_address: str
    shipping_carrier: str
    shipping_date: str
    shipping_documentation: str
    shipping_tracking_number: str
    uncategorized_file: str
    uncategorized_text: str


class EventsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class FileLinksListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class FilesCreateFileLinkDataParams(TypedDict, total=False):
    """Optional parameters to automatically create a [file link](https://stripe.com/docs/api#file_links) for the newly created file."""

    create: Required[bool]
    expires_at: int
    metadata: Mapping[str, str] | Literal[""]


class FilesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class FinancialConnectionsAccountsListAccountHolderParams(TypedDict, total=False):
    """accountholder_params"""

    account: str
    customer: str


class FinancialConnectionsSessionsCreateAccountHolderParams(TypedDict, total=False):
    """The account holder to link accounts for."""

    account: str
    customer: str
    type: Required[Literal["account", "customer"]]


class FinancialConnectionsSessionsCreateFiltersParams(TypedDict, total=False):
    """Filters to restrict the kinds of accounts to collect."""

    countries: Required[Sequence[str]]


class IdentityVerificationReportsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class IdentityVerificationSessionsCreateOptionsDocumentParams(TypedDict, total=False):
    """document_options"""

    allowed_types: Sequence[Literal["driving_license", "id_card", "passport"]]
    require_id_number: bool
    require_live_capture: bool
    require_matching_selfie: bool


class IdentityVerificationSessionsCreateOptionsParams(TypedDict, total=False):
    """A set of options for the session’s verification checks."""

    document: IdentityVerificationSessionsCreateOptionsDocumentParams | Literal[""]


class IdentityVerificationSessionsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class IdentityVerificationSessionsUpdateOptionsDocumentParams(TypedDict, total=False):
    """document_options"""

    allowed_types: Sequence[Literal["driving_license", "id_card", "passport"]]
    require_id_number: bool
    require_live_capture: bool
    require_matching_selfie: bool


class IdentityVerificationSessionsUpdateOptionsParams(TypedDict, total=False):
    """A set of options for the session’s verification checks."""

    document: IdentityVerificationSessionsUpdateOptionsDocumentParams | Literal[""]


class InvoiceitemsCreateDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class InvoiceitemsCreatePeriodParams(TypedDict, total=False):
    """The period associated with this invoice item. When set to different values, the period will be rendered on the invoice."""

    end: Required[int]
    start: Required[int]


class InvoiceitemsCreatePriceDataParams(TypedDict, total=False):
    """Data used to generate a new [Price](https://stripe.com/docs/api/prices) object inline."""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class InvoiceitemsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class InvoiceitemsUpdateDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class InvoiceitemsUpdatePeriodParams(TypedDict, total=False):
    """The period associated with this invoice item. When set to different values, the period will be rendered on the invoice."""

    end: Required[int]
    start: Required[int]


class InvoiceitemsUpdatePriceDataParams(TypedDict, total=False):
    """Data used to generate a new [Price](https://stripe.com/docs/api/prices) object inline."""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class InvoicesCreateAutomaticTaxParams(TypedDict, total=False):
    """Settings for automatic tax lookup for this invoice."""

    enabled: Required[bool]


class InvoicesCreateCustomFieldsItemParams(TypedDict, total=False):
    """custom_field_params"""

    name: Required[str]
    value: Required[str]


class InvoicesCreateDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class InvoicesCreateFromInvoiceParams(TypedDict, total=False):
    """Revise an existing invoice. The new invoice will be created in `status=draft`. See the [revision documentation](https://stripe.com/docs/invoicing/invoice-revisions) for more details."""

    action: Required[Literal["revision"]]
    invoice: Required[str]


class InvoicesCreatePaymentSettingsParams(TypedDict, total=False):
    """Configuration settings for the PaymentIntent that is generated when the invoice is finalized."""

    default_mandate: str
    payment_method_options: InvoicesCreatePaymentSettingsPaymentMethodOptionsParams
    payment_method_types: (
        Sequence[
            Literal[
                "ach_credit_transfer",
                "ach_debit",
                "acss_debit",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "boleto",
                "card",
                "customer_balance",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "konbini",
                "link",
                "paynow",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
            ]
        ]
        | Literal[""]
    )


class InvoicesCreatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams(
    TypedDict, total=False
):
    """mandate_options_param"""

    transaction_type: Literal["business", "personal"]


class InvoicesCreatePaymentSettingsPaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """invoice_payment_method_options_param"""

    mandate_options: InvoicesCreatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class InvoicesCreatePaymentSettingsPaymentMethodOptionsBancontactParams(TypedDict, total=False):
    """invoice_payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"]


class InvoicesCreatePaymentSettingsPaymentMethodOptionsCardInstallmentsParams(
    TypedDict, total=False
):
    """installments_param"""

    enabled: bool
    plan: InvoicesCreatePaymentSettingsPaymentMethodOptionsCardInstallmentsPlanParams | Literal[""]


class InvoicesCreatePaymentSettingsPaymentMethodOptionsCardInstallmentsPlanParams(
    TypedDict, total=False
):
    """installment_plan"""

    count: Required[int]
    interval: Required[Literal["month"]]
    type: Required[Literal["fixed_count"]]


class InvoicesCreatePaymentSettingsPaymentMethodOptionsCardParams(TypedDict, total=False):
    """invoice_payment_method_options_param"""

    installments: InvoicesCreatePaymentSettingsPaymentMethodOptionsCardInstallmentsParams
    request_three_d_secure: Literal["any", "automatic"]


class InvoicesCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_param"""

    country: Required[str]


class InvoicesCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: InvoicesCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    type: str


class InvoicesCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    bank_transfer: (
        InvoicesCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams
    )
    funding_type: str


class InvoicesCreatePaymentSettingsPaymentMethodOptionsParams(TypedDict, total=False):
    """payment_method_options"""

    acss_debit: InvoicesCreatePaymentSettingsPaymentMethodOptionsAcssDebitParams | Literal[""]
    bancontact: InvoicesCreatePaymentSettingsPaymentMethodOptionsBancontactParams | Literal[""]
    card: InvoicesCreatePaymentSettingsPaymentMethodOptionsCardParams | Literal[""]
    customer_balance: (
        InvoicesCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams | Literal[""]
    )
    konbini: Mapping[str, Any] | Literal[""]
    us_bank_account: (
        InvoicesCreatePaymentSettingsPaymentMethodOptionsUsBankAccountParams | Literal[""]
    )


class InvoicesCreatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """invoice_linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]


class InvoicesCreatePaymentSettingsPaymentMethodOptionsUsBankAccountParams(TypedDict, total=False):
    """invoice_payment_method_options_param"""

    financial_connections: (
        InvoicesCreatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    )
    verification_method: Literal["automatic", "instant", "microdeposits"]


class InvoicesCreateRenderingOptionsParams(TypedDict, total=False):
    """rendering_options_param"""

    amount_tax_display: Literal["", "exclude_tax", "include_inclusive_tax"]


class InvoicesCreateTransferDataParams(TypedDict, total=False):
    """If specified, the funds from the invoice will be transferred to the destination and the ID of the resulting transfer will be found on the invoice's charge."""

    amount: int
    destination: Required[str]


class InvoicesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class InvoicesListDueDateParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class InvoicesUpcomingAutomaticTaxParams(TypedDict, total=False):
    """automatic_tax_param"""

    enabled: Required[bool]


class InvoicesUpcomingCustomerDetailsAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class InvoicesUpcomingCustomerDetailsParams(TypedDict, total=False):
    """customer_details_param"""

    address: InvoicesUpcomingCustomerDetailsAddressParams | Literal[""]
    shipping: InvoicesUpcomingCustomerDetailsShippingParams | Literal[""]
    tax: InvoicesUpcomingCustomerDetailsTaxParams
    tax_exempt: Literal["", "exempt", "none", "reverse"]
    tax_ids: Sequence[InvoicesUpcomingCustomerDetailsTaxIdsItemParams]


class InvoicesUpcomingCustomerDetailsShippingAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class InvoicesUpcomingCustomerDetailsShippingParams(TypedDict, total=False):
    """customer_shipping"""

    address: Required[InvoicesUpcomingCustomerDetailsShippingAddressParams]
    name: Required[str]
    phone: str


class InvoicesUpcomingCustomerDetailsTaxIdsItemParams(TypedDict, total=False):
    """data_params"""

    type: Required[
        Literal[
            "ae_trn",
            "au_abn",
            "au_arn",
            "bg_uic",
            "br_cnpj",
            "br_cpf",
            "ca_bn",
            "ca_gst_hst",
            "ca_pst_bc",
            "ca_pst_mb",
            "ca_pst_sk",
            "ca_qst",
            "ch_vat",
            "cl_tin",
            "eg_tin",
            "es_cif",
            "eu_oss_vat",
            "eu_vat",
            "gb_vat",
            "ge_vat",
            "hk_br",
            "hu_tin",
            "id_npwp",
            "il_vat",
            "in_gst",
            "is_vat",
            "jp_cn",
            "jp_rn",
            "jp_trn",
            "ke_pin",
            "kr_brn",
            "li_uid",
            "mx_rfc",
            "my_frp",
            "my_itn",
            "my_sst",
            "no_vat",
            "nz_gst",
            "ph_tin",
            "ru_inn",
            "ru_kpp",
            "sa_vat",
            "sg_gst",
            "sg_uen",
            "si_tin",
            "th_vat",
            "tr_tin",
            "tw_vat",
            "ua_vat",
            "us_ein",
            "za_vat",
        ]
    ]
    value: Required[str]


class InvoicesUpcomingCustomerDetailsTaxParams(TypedDict, total=False):
    """tax_param"""

    ip_address: str | Literal[""]


class InvoicesUpcomingDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class InvoicesUpcomingInvoiceItemsItemDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class InvoicesUpcomingInvoiceItemsItemParams(TypedDict, total=False):
    """invoice_item_preview_params"""

    amount: int
    currency: str
    description: str
    discountable: bool
    discounts: Sequence[InvoicesUpcomingInvoiceItemsItemDiscountsItemParams] | Literal[""]
    invoiceitem: str
    metadata: Mapping[str, str] | Literal[""]
    period: InvoicesUpcomingInvoiceItemsItemPeriodParams
    price: str
    price_data: InvoicesUpcomingInvoiceItemsItemPriceDataParams
    quantity: int
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tax_code: str | Literal[""]
    tax_rates: Sequence[str] | Literal[""]
    unit_amount: int
    unit_amount_decimal: str


class InvoicesUpcomingInvoiceItemsItemPeriodParams(TypedDict, total=False):
    """period"""

    end: Required[int]
    start: Required[int]


class InvoicesUpcomingInvoiceItemsItemPriceDataParams(TypedDict, total=False):
    """one_time_price_data"""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class InvoicesUpcomingLinesAutomaticTaxParams(TypedDict, total=False):
    """automatic_tax_param"""

    enabled: Required[bool]


class InvoicesUpcomingLinesCustomerDetailsAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class InvoicesUpcomingLinesCustomerDetailsParams(TypedDict, total=False):
    """customer_details_param"""

    address: InvoicesUpcomingLinesCustomerDetailsAddressParams | Literal[""]
    shipping: InvoicesUpcomingLinesCustomerDetailsShippingParams | Literal[""]
    tax: InvoicesUpcomingLinesCustomerDetailsTaxParams
    tax_exempt: Literal["", "exempt", "none", "reverse"]
    tax_ids: Sequence[InvoicesUpcomingLinesCustomerDetailsTaxIdsItemParams]


class InvoicesUpcomingLinesCustomerDetailsShippingAddressParams(TypedDict, total=False):
    """optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class InvoicesUpcomingLinesCustomerDetailsShippingParams(TypedDict, total=False):
    """customer_shipping"""

    address: Required[InvoicesUpcomingLinesCustomerDetailsShippingAddressParams]
    name: Required[str]
    phone: str


class InvoicesUpcomingLinesCustomerDetailsTaxIdsItemParams(TypedDict, total=False):
    """data_params"""

    type: Required[
        Literal[
            "ae_trn",
            "au_abn",
            "au_arn",
            "bg_uic",
            "br_cnpj",
            "br_cpf",
            "ca_bn",
            "ca_gst_hst",
            "ca_pst_bc",
            "ca_pst_mb",
            "ca_pst_sk",
            "ca_qst",
            "ch_vat",
            "cl_tin",
            "eg_tin",
            "es_cif",
            "eu_oss_vat",
            "eu_vat",
            "gb_vat",
            "ge_vat",
            "hk_br",
            "hu_tin",
            "id_npwp",
            "il_vat",
            "in_gst",
            "is_vat",
            "jp_cn",
            "jp_rn",
            "jp_trn",
            "ke_pin",
            "kr_brn",
            "li_uid",
            "mx_rfc",
            "my_frp",
            "my_itn",
            "my_sst",
            "no_vat",
            "nz_gst",
            "ph_tin",
            "ru_inn",
            "ru_kpp",
            "sa_vat",
            "sg_gst",
            "sg_uen",
            "si_tin",
            "th_vat",
            "tr_tin",
            "tw_vat",
            "ua_vat",
            "us_ein",
            "za_vat",
        ]
    ]
    value: Required[str]


class InvoicesUpcomingLinesCustomerDetailsTaxParams(TypedDict, total=False):
    """tax_param"""

    ip_address: str | Literal[""]


class InvoicesUpcomingLinesDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class InvoicesUpcomingLinesInvoiceItemsItemDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class InvoicesUpcomingLinesInvoiceItemsItemParams(TypedDict, total=False):
    """invoice_item_preview_params"""

    amount: int
    currency: str
    description: str
    discountable: bool
    discounts: Sequence[InvoicesUpcomingLinesInvoiceItemsItemDiscountsItemParams] | Literal[""]
    invoiceitem: str
    metadata: Mapping[str, str] | Literal[""]
    period: InvoicesUpcomingLinesInvoiceItemsItemPeriodParams
    price: str
    price_data: InvoicesUpcomingLinesInvoiceItemsItemPriceDataParams
    quantity: int
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tax_code: str | Literal[""]
    tax_rates: Sequence[str] | Literal[""]
    unit_amount: int
    unit_amount_decimal: str


class InvoicesUpcomingLinesInvoiceItemsItemPeriodParams(TypedDict, total=False):
    """period"""

    end: Required[int]
    start: Required[int]


class InvoicesUpcomingLinesInvoiceItemsItemPriceDataParams(TypedDict, total=False):
    """one_time_price_data"""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class InvoicesUpcomingLinesSubscriptionItemsItemBillingThresholdsParams(TypedDict, total=False):
    """item_billing_thresholds_param"""

    usage_gte: Required[int]


class InvoicesUpcomingLinesSubscriptionItemsItemParams(TypedDict, total=False):
    """subscription_item_update_params"""

    billing_thresholds: (
        InvoicesUpcomingLinesSubscriptionItemsItemBillingThresholdsParams | Literal[""]
    )
    clear_usage: bool
    deleted: bool
    id: str
    metadata: Mapping[str, str] | Literal[""]
    price: str
    price_data: InvoicesUpcomingLinesSubscriptionItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class InvoicesUpcomingLinesSubscriptionItemsItemPriceDataParams(TypedDict, total=False):
    """recurring_price_data"""

    currency: Required[str]
    product: Required[str]
    recurring: Required[InvoicesUpcomingLinesSubscriptionItemsItemPriceDataRecurringParams]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class InvoicesUpcomingLinesSubscriptionItemsItemPriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class InvoicesUpcomingSubscriptionItemsItemBillingThresholdsParams(TypedDict, total=False):
    """item_billing_thresholds_param"""

    usage_gte: Required[int]


class InvoicesUpcomingSubscriptionItemsItemParams(TypedDict, total=False):
    """subscription_item_update_params"""

    billing_thresholds: InvoicesUpcomingSubscriptionItemsItemBillingThresholdsParams | Literal[""]
    clear_usage: bool
    deleted: bool
    id: str
    metadata: Mapping[str, str] | Literal[""]
    price: str
    price_data: InvoicesUpcomingSubscriptionItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class InvoicesUpcomingSubscriptionItemsItemPriceDataParams(TypedDict, total=False):
    """recurring_price_data"""

    currency: Required[str]
    product: Required[str]
    recurring: Required[InvoicesUpcomingSubscriptionItemsItemPriceDataRecurringParams]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class InvoicesUpcomingSubscriptionItemsItemPriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class InvoicesUpdateAutomaticTaxParams(TypedDict, total=False):
    """Settings for automatic tax lookup for this invoice."""

    enabled: Required[bool]


class InvoicesUpdateCustomFieldsItemParams(TypedDict, total=False):
    """custom_field_params"""

    name: Required[str]
    value: Required[str]


class InvoicesUpdateDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class InvoicesUpdatePaymentSettingsParams(TypedDict, total=False):
    """Configuration settings for the PaymentIntent that is generated when the invoice is finalized."""

    default_mandate: str
    payment_method_options: InvoicesUpdatePaymentSettingsPaymentMethodOptionsParams
    payment_method_types: (
        Sequence[
            Literal[
                "ach_credit_transfer",
                "ach_debit",
                "acss_debit",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "boleto",
                "card",
                "customer_balance",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "konbini",
                "link",
                "paynow",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
            ]
        ]
        | Literal[""]
    )


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams(
    TypedDict, total=False
):
    """mandate_options_param"""

    transaction_type: Literal["business", "personal"]


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """invoice_payment_method_options_param"""

    mandate_options: InvoicesUpdatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsBancontactParams(TypedDict, total=False):
    """invoice_payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"]


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsCardInstallmentsParams(
    TypedDict, total=False
):
    """installments_param"""

    enabled: bool
    plan: InvoicesUpdatePaymentSettingsPaymentMethodOptionsCardInstallmentsPlanParams | Literal[""]


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsCardInstallmentsPlanParams(
    TypedDict, total=False
):
    """installment_plan"""

    count: Required[int]
    interval: Required[Literal["month"]]
    type: Required[Literal["fixed_count"]]


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsCardParams(TypedDict, total=False):
    """invoice_payment_method_options_param"""

    installments: InvoicesUpdatePaymentSettingsPaymentMethodOptionsCardInstallmentsParams
    request_three_d_secure: Literal["any", "automatic"]


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_param"""

    country: Required[str]


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: InvoicesUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    type: str


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    bank_transfer: (
        InvoicesUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams
    )
    funding_type: str


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsParams(TypedDict, total=False):
    """payment_method_options"""

    acss_debit: InvoicesUpdatePaymentSettingsPaymentMethodOptionsAcssDebitParams | Literal[""]
    bancontact: InvoicesUpdatePaymentSettingsPaymentMethodOptionsBancontactParams | Literal[""]
    card: InvoicesUpdatePaymentSettingsPaymentMethodOptionsCardParams | Literal[""]
    customer_balance: (
        InvoicesUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams | Literal[""]
    )
    konbini: Mapping[str, Any] | Literal[""]
    us_bank_account: (
        InvoicesUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountParams | Literal[""]
    )


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """invoice_linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]


class InvoicesUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountParams(TypedDict, total=False):
    """invoice_payment_method_options_param"""

    financial_connections: (
        InvoicesUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    )
    verification_method: Literal["automatic", "instant", "microdeposits"]


class InvoicesUpdateRenderingOptionsParams(TypedDict, total=False):
    """rendering_options_param"""

    amount_tax_display: Literal["", "exclude_tax", "include_inclusive_tax"]


class InvoicesUpdateTransferDataParams(TypedDict, total=False):
    """transfer_data_specs"""

    amount: int
    destination: Required[str]


class IssuingAuthorizationsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class IssuingCardholdersCreateBillingAddressParams(TypedDict, total=False):
    """required_address"""

    city: Required[str]
    country: Required[str]
    line1: Required[str]
    line2: str
    postal_code: Required[str]
    state: str


class IssuingCardholdersCreateBillingParams(TypedDict, total=False):
    """The cardholder's billing address."""

    address: Required[IssuingCardholdersCreateBillingAddressParams]


class IssuingCardholdersCreateCompanyParams(TypedDict, total=False):
    """Additional information about a `company` cardholder."""

    tax_id: str


class IssuingCardholdersCreateIndividualDobParams(TypedDict, total=False):
    """date_of_birth_specs"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class IssuingCardholdersCreateIndividualParams(TypedDict, total=False):
    """Additional information about an `individual` cardholder."""

    dob: IssuingCardholdersCreateIndividualDobParams
    first_name: Required[str]
    last_name: Required[str]
    verification: IssuingCardholdersCreateIndividualVerificationParams


class IssuingCardholdersCreateIndividualVerificationDocumentParams(TypedDict, total=False):
    """person_verification_document_param"""

    back: str
    front: str


class IssuingCardholdersCreateIndividualVerificationParams(TypedDict, total=False):
    """person_verification_param"""

    document: IssuingCardholdersCreateIndividualVerificationDocumentParams


class IssuingCardholdersCreateSpendingControlsParams(TypedDict, total=False):
    """Rules that control spending across this cardholder's cards. Refer to our [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for more details."""

    allowed_categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    blocked_categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    spending_limits: Sequence[IssuingCardholdersCreateSpendingControlsSpendingLimitsItemParams]
    spending_limits_currency: str


class IssuingCardholdersCreateSpendingControlsSpendingLimitsItemParams(TypedDict, total=False):
    """spending_limits_param"""

    amount: Required[int]
    categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    interval: Required[
        Literal["all_time", "daily", "monthly", "per_authorization", "weekly", "yearly"]
    ]


class IssuingCardholdersListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class IssuingCardholdersUpdateBillingAddressParams(TypedDict, total=False):
    """required_address"""

    city: Required[str]
    country: Required[str]
    line1: Required[str]
    line2: str
    postal_code: Required[str]
    state: str


class IssuingCardholdersUpdateBillingParams(TypedDict, total=False):
    """The cardholder's billing address."""

    address: Required[IssuingCardholdersUpdateBillingAddressParams]


class IssuingCardholdersUpdateCompanyParams(TypedDict, total=False):
    """Additional information about a `company` cardholder."""

    tax_id: str


class IssuingCardholdersUpdateIndividualDobParams(TypedDict, total=False):
    """date_of_birth_specs"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class IssuingCardholdersUpdateIndividualParams(TypedDict, total=False):
    """Additional information about an `individual` cardholder."""

    dob: IssuingCardholdersUpdateIndividualDobParams
    first_name: Required[str]
    last_name: Required[str]
    verification: IssuingCardholdersUpdateIndividualVerificationParams


class IssuingCardholdersUpdateIndividualVerificationDocumentParams(TypedDict, total=False):
    """person_verification_document_param"""

    back: str
    front: str


class IssuingCardholdersUpdateIndividualVerificationParams(TypedDict, total=False):
    """person_verification_param"""

    document: IssuingCardholdersUpdateIndividualVerificationDocumentParams


class IssuingCardholdersUpdateSpendingControlsParams(TypedDict, total=False):
    """Rules that control spending across this cardholder's cards. Refer to our [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for more details."""

    allowed_categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    blocked_categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    spending_limits: Sequence[IssuingCardholdersUpdateSpendingControlsSpendingLimitsItemParams]
    spending_limits_currency: str


class IssuingCardholdersUpdateSpendingControlsSpendingLimitsItemParams(TypedDict, total=False):
    """spending_limits_param"""

    amount: Required[int]
    categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    interval: Required[
        Literal["all_time", "daily", "monthly", "per_authorization", "weekly", "yearly"]
    ]


class IssuingCardsCreateShippingAddressParams(TypedDict, total=False):
    """required_address"""

    city: Required[str]
    country: Required[str]
    line1: Required[str]
    line2: str
    postal_code: Required[str]
    state: str


class IssuingCardsCreateShippingCustomsParams(TypedDict, total=False):
    """customs_param"""

    eori_number: str


class IssuingCardsCreateShippingParams(TypedDict, total=False):
    """The address where the card will be shipped."""

    address: Required[IssuingCardsCreateShippingAddressParams]
    customs: IssuingCardsCreateShippingCustomsParams
    name: Required[str]
    phone_number: str
    require_signature: bool
    service: Literal["express", "priority", "standard"]
    type: Literal["bulk", "individual"]


class IssuingCardsCreateSpendingControlsParams(TypedDict, total=False):
    """Rules that control spending for this card. Refer to our [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for more details."""

    allowed_categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    blocked_categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    spending_limits: Sequence[IssuingCardsCreateSpendingControlsSpendingLimitsItemParams]


class IssuingCardsCreateSpendingControlsSpendingLimitsItemParams(TypedDict, total=False):
    """spending_limits_param"""

    amount: Required[int]
    categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    interval: Required[
        Literal["all_time", "daily", "monthly", "per_authorization", "weekly", "yearly"]
    ]


class IssuingCardsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class IssuingCardsUpdatePinParams(TypedDict, total=False):
    """The desired new PIN for this card."""

    encrypted_number: str


class IssuingCardsUpdateSpendingControlsParams(TypedDict, total=False):
    """Rules that control spending for this card. Refer to our [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for more details."""

    allowed_categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    blocked_categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    spending_limits: Sequence[IssuingCardsUpdateSpendingControlsSpendingLimitsItemParams]


class IssuingCardsUpdateSpendingControlsSpendingLimitsItemParams(TypedDict, total=False):
    """spending_limits_param"""

    amount: Required[int]
    categories: Sequence[
        Literal[
            "ac_refrigeration_repair",
            "accounting_bookkeeping_services",
            "advertising_services",
            "agricultural_cooperative",
            "airlines_air_carriers",
            "airports_flying_fields",
            "ambulance_services",
            "amusement_parks_carnivals",
            "antique_reproductions",
            "antique_shops",
            "aquariums",
            "architectural_surveying_services",
            "art_dealers_and_galleries",
            "artists_supply_and_craft_shops",
            "auto_and_home_supply_stores",
            "auto_body_repair_shops",
            "auto_paint_shops",
            "auto_service_shops",
            "automated_cash_disburse",
            "automated_fuel_dispensers",
            "automobile_associations",
            "automotive_parts_and_accessories_stores",
            "automotive_tire_stores",
            "bail_and_bond_payments",
            "bakeries",
            "bands_orchestras",
            "barber_and_beauty_shops",
            "betting_casino_gambling",
            "bicycle_shops",
            "billiard_pool_establishments",
            "boat_dealers",
            "boat_rentals_and_leases",
            "book_stores",
            "books_periodicals_and_newspapers",
            "bowling_alleys",
            "bus_lines",
            "business_secretarial_schools",
            "buying_shopping_services",
            "cable_satellite_and_other_pay_television_and_radio",
            "camera_and_photographic_supply_stores",
            "candy_nut_and_confectionery_stores",
            "car_and_truck_dealers_new_used",
            "car_and_truck_dealers_used_only",
            "car_rental_agencies",
            "car_washes",
            "carpentry_services",
            "carpet_upholstery_cleaning",
            "caterers",
            "charitable_and_social_service_organizations_fundraising",
            "chemicals_and_allied_products",
            "child_care_services",
            "childrens_and_infants_wear_stores",
            "chiropodists_podiatrists",
            "chiropractors",
            "cigar_stores_and_stands",
            "civic_social_fraternal_associations",
            "cleaning_and_maintenance",
            "clothing_rental",
            "colleges_universities",
            "commercial_equipment",
            "commercial_footwear",
            "commercial_photography_art_and_graphics",
            "commuter_transport_and_ferries",
            "computer_network_services",
            "computer_programming",
            "computer_repair",
            "computer_software_stores",
            "computers_peripherals_and_software",
            "concrete_work_services",
            "construction_materials",
            "consulting_public_relations",
            "correspondence_schools",
            "cosmetic_stores",
            "counseling_services",
            "country_clubs",
            "courier_services",
            "court_costs",
            "credit_reporting_agencies",
            "cruise_lines",
            "dairy_products_stores",
            "dance_hall_studios_schools",
            "dating_escort_services",
            "dentists_orthodontists",
            "department_stores",
            "detective_agencies",
            "digital_goods_applications",
            "digital_goods_games",
            "digital_goods_large_volume",
            "digital_goods_media",
            "direct_marketing_catalog_merchant",
            "direct_marketing_combination_catalog_and_retail_merchant",
            "direct_marketing_inbound_telemarketing",
            "direct_marketing_insurance_services",
            "direct_marketing_other",
            "direct_marketing_outbound_telemarketing",
            "direct_marketing_subscription",
            "direct_marketing_travel",
            "discount_stores",
            "doctors",
            "door_to_door_sales",
            "drapery_window_covering_and_upholstery_stores",
            "drinking_places",
            "drug_stores_and_pharmacies",
            "drugs_drug_proprietaries_and_druggist_sundries",
            "dry_cleaners",
            "durable_goods",
            "duty_free_stores",
            "eating_places_restaurants",
            "educational_services",
            "electric_razor_stores",
            "electrical_parts_and_equipment",
            "electrical_services",
            "electronics_repair_shops",
            "electronics_stores",
            "elementary_secondary_schools",
            "employment_temp_agencies",
            "equipment_rental",
            "exterminating_services",
            "family_clothing_stores",
            "fast_food_restaurants",
            "financial_institutions",
            "fines_government_administrative_entities",
            "fireplace_fireplace_screens_and_accessories_stores",
            "floor_covering_stores",
            "florists",
            "florists_supplies_nursery_stock_and_flowers",
            "freezer_and_locker_meat_provisioners",
            "fuel_dealers_non_automotive",
            "funeral_services_crematories",
            "furniture_home_furnishings_and_equipment_stores_except_appliances",
            "furniture_repair_refinishing",
            "furriers_and_fur_shops",
            "general_services",
            "gift_card_novelty_and_souvenir_shops",
            "glass_paint_and_wallpaper_stores",
            "glassware_crystal_stores",
            "golf_courses_public",
            "government_services",
            "grocery_stores_supermarkets",
            "hardware_equipment_and_supplies",
            "hardware_stores",
            "health_and_beauty_spas",
            "hearing_aids_sales_and_supplies",
            "heating_plumbing_a_c",
            "hobby_toy_and_game_shops",
            "home_supply_warehouse_stores",
            "hospitals",
            "hotels_motels_and_resorts",
            "household_appliance_stores",
            "industrial_supplies",
            "information_retrieval_services",
            "insurance_default",
            "insurance_underwriting_premiums",
            "intra_company_purchases",
            "jewelry_stores_watches_clocks_and_silverware_stores",
            "landscaping_services",
            "laundries",
            "laundry_cleaning_services",
            "legal_services_attorneys",
            "luggage_and_leather_goods_stores",
            "lumber_building_materials_stores",
            "manual_cash_disburse",
            "marinas_service_and_supplies",
            "masonry_stonework_and_plaster",
            "massage_parlors",
            "medical_and_dental_labs",
            "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
            "medical_services",
            "membership_organizations",
            "mens_and_boys_clothing_and_accessories_stores",
            "mens_womens_clothing_stores",
            "metal_service_centers",
            "miscellaneous",
            "miscellaneous_apparel_and_accessory_shops",
            "miscellaneous_auto_dealers",
            "miscellaneous_business_services",
            "miscellaneous_food_stores",
            "miscellaneous_general_merchandise",
            "miscellaneous_general_services",
            "miscellaneous_home_furnishing_specialty_stores",
            "miscellaneous_publishing_and_printing",
            "miscellaneous_recreation_services",
            "miscellaneous_repair_shops",
            "miscellaneous_specialty_retail",
            "mobile_home_dealers",
            "motion_picture_theaters",
            "motor_freight_carriers_and_trucking",
            "motor_homes_dealers",
            "motor_vehicle_supplies_and_new_parts",
            "motorcycle_shops_and_dealers",
            "motorcycle_shops_dealers",
            "music_stores_musical_instruments_pianos_and_sheet_music",
            "news_dealers_and_newsstands",
            "non_fi_money_orders",
            "non_fi_stored_value_card_purchase_load",
            "nondurable_goods",
            "nurseries_lawn_and_garden_supply_stores",
            "nursing_personal_care",
            "office_and_commercial_furniture",
            "opticians_eyeglasses",
            "optometrists_ophthalmologist",
            "orthopedic_goods_prosthetic_devices",
            "osteopaths",
            "package_stores_beer_wine_and_liquor",
            "paints_varnishes_and_supplies",
            "parking_lots_garages",
            "passenger_railways",
            "pawn_shops",
            "pet_shops_pet_food_and_supplies",
            "petroleum_and_petroleum_products",
            "photo_developing",
            "photographic_photocopy_microfilm_equipment_and_supplies",
            "photographic_studios",
            "picture_video_production",
            "piece_goods_notions_and_other_dry_goods",
            "plumbing_heating_equipment_and_supplies",
            "political_organizations",
            "postal_services_government_only",
            "precious_stones_and_metals_watches_and_jewelry",
            "professional_services",
            "public_warehousing_and_storage",
            "quick_copy_repro_and_blueprint",
            "railroads",
            "real_estate_agents_and_managers_rentals",
            "record_stores",
            "recreational_vehicle_rentals",
            "religious_goods_stores",
            "religious_organizations",
            "roofing_siding_sheet_metal",
            "secretarial_support_services",
            "security_brokers_dealers",
            "service_stations",
            "sewing_needlework_fabric_and_piece_goods_stores",
            "shoe_repair_hat_cleaning",
            "shoe_stores",
            "small_appliance_repair",
            "snowmobile_dealers",
            "special_trade_services",
            "specialty_cleaning",
            "sporting_goods_stores",
            "sporting_recreation_camps",
            "sports_and_riding_apparel_stores",
            "sports_clubs_fields",
            "stamp_and_coin_stores",
            "stationary_office_supplies_printing_and_writing_paper",
            "stationery_stores_office_and_school_supply_stores",
            "swimming_pools_sales",
            "t_ui_travel_germany",
            "tailors_alterations",
            "tax_payments_government_agencies",
            "tax_preparation_services",
            "taxicabs_limousines",
            "telecommunication_equipment_and_telephone_sales",
            "telecommunication_services",
            "telegraph_services",
            "tent_and_awning_shops",
            "testing_laboratories",
            "theatrical_ticket_agencies",
            "timeshares",
            "tire_retreading_and_repair",
            "tolls_bridge_fees",
            "tourist_attractions_and_exhibits",
            "towing_services",
            "trailer_parks_campgrounds",
            "transportation_services",
            "travel_agencies_tour_operators",
            "truck_stop_iteration",
            "truck_utility_trailer_rentals",
            "typesetting_plate_making_and_related_services",
            "typewriter_stores",
            "u_s_federal_government_agencies_or_departments",
            "uniforms_commercial_clothing",
            "used_merchandise_and_secondhand_stores",
            "utilities",
            "variety_stores",
            "veterinary_services",
            "video_amusement_game_supplies",
            "video_game_arcades",
            "video_tape_rental_stores",
            "vocational_trade_schools",
            "watch_jewelry_repair",
            "welding_repair",
            "wholesale_clubs",
            "wig_and_toupee_stores",
            "wires_money_orders",
            "womens_accessory_and_specialty_shops",
            "womens_ready_to_wear_stores",
            "wrecking_and_salvage_yards",
        ]
    ]
    interval: Required[
        Literal["all_time", "daily", "monthly", "per_authorization", "weekly", "yearly"]
    ]


class IssuingDisputesCreateEvidenceCanceledParams(TypedDict, total=False):
    """canceled"""

    additional_documentation: str | Literal[""]
    canceled_at: int | Literal[""]
    cancellation_policy_provided: bool | Literal[""]
    cancellation_reason: str
    expected_at: int | Literal[""]
    explanation: str
    product_description: str
    product_type: Literal["", "merchandise", "service"]
    return_status: Literal["", "merchant_rejected", "successful"]
    returned_at: int | Literal[""]


class IssuingDisputesCreateEvidenceDuplicateParams(TypedDict, total=False):
    """duplicate"""

    additional_documentation: str | Literal[""]
    card_statement: str | Literal[""]
    cash_receipt: str | Literal[""]
    check_image: str | Literal[""]
    explanation: str
    original_transaction: str


class IssuingDisputesCreateEvidenceFraudulentParams(TypedDict, total=False):
    """fraudulent"""

    additional_documentation: str | Literal[""]
    explanation: str


class IssuingDisputesCreateEvidenceMerchandiseNotAsDescribedParams(TypedDict, total=False):
    """merchandise_not_as_described"""

    additional_documentation: str | Literal[""]
    explanation: str
    received_at: int | Literal[""]
    return_description: str
    return_status: Literal["", "merchant_rejected", "successful"]
    returned_at: int | Literal[""]


class IssuingDisputesCreateEvidenceNotReceivedParams(TypedDict, total=False):
    """not_received"""

    additional_documentation: str | Literal[""]
    expected_at: int | Literal[""]
    explanation: str
    product_description: str
    product_type: Literal["", "merchandise", "service"]


class IssuingDisputesCreateEvidenceOtherParams(TypedDict, total=False):
    """other"""

    additional_documentation: str | Literal[""]
    explanation: str
    product_description: str
    product_type: Literal["", "merchandise", "service"]


class IssuingDisputesCreateEvidenceParams(TypedDict, total=False):
    """Evidence provided for the dispute."""

    canceled: IssuingDisputesCreateEvidenceCanceledParams | Literal[""]
    duplicate: IssuingDisputesCreateEvidenceDuplicateParams | Literal[""]
    fraudulent: IssuingDisputesCreateEvidenceFraudulentParams | Literal[""]
    merchandise_not_as_described: (
        IssuingDisputesCreateEvidenceMerchandiseNotAsDescribedParams | Literal[""]
    )
    not_received: IssuingDisputesCreateEvidenceNotReceivedParams | Literal[""]
    other: IssuingDisputesCreateEvidenceOtherParams | Literal[""]
    reason: Literal[
        "canceled",
        "duplicate",
        "fraudulent",
        "merchandise_not_as_described",
        "not_received",
        "other",
        "service_not_as_described",
    ]
    service_not_as_described: IssuingDisputesCreateEvidenceServiceNotAsDescribedParams | Literal[""]


class IssuingDisputesCreateEvidenceServiceNotAsDescribedParams(TypedDict, total=False):
    """service_not_as_described"""

    additional_documentation: str | Literal[""]
    canceled_at: int | Literal[""]
    cancellation_reason: str
    explanation: str
    received_at: int | Literal[""]


class IssuingDisputesCreateTreasuryParams(TypedDict, total=False):
    """Params for disputes related to Treasury FinancialAccounts"""

    received_debit: Required[str]


class IssuingDisputesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class IssuingDisputesUpdateEvidenceCanceledParams(TypedDict, total=False):
    """canceled"""

    additional_documentation: str | Literal[""]
    canceled_at: int | Literal[""]
    cancellation_policy_provided: bool | Literal[""]
    cancellation_reason: str
    expected_at: int | Literal[""]
    explanation: str
    product_description: str
    product_type: Literal["", "merchandise", "service"]
    return_status: Literal["", "merchant_rejected", "successful"]
    returned_at: int | Literal[""]


class IssuingDisputesUpdateEvidenceDuplicateParams(TypedDict, total=False):
    """duplicate"""

    additional_documentation: str | Literal[""]
    card_statement: str | Literal[""]
    cash_receipt: str | Literal[""]
    check_image: str | Literal[""]
    explanation: str
    original_transaction: str


class IssuingDisputesUpdateEvidenceFraudulentParams(TypedDict, total=False):
    """fraudulent"""

    additional_documentation: str | Literal[""]
    explanation: str


class IssuingDisputesUpdateEvidenceMerchandiseNotAsDescribedParams(TypedDict, total=False):
    """merchandise_not_as_described"""

    additional_documentation: str | Literal[""]
    explanation: str
    received_at: int | Literal[""]
    return_description: str
    return_status: Literal["", "merchant_rejected", "successful"]
    returned_at: int | Literal[""]


class IssuingDisputesUpdateEvidenceNotReceivedParams(TypedDict, total=False):
    """not_received"""

    additional_documentation: str | Literal[""]
    expected_at: int | Literal[""]
    explanation: str
    product_description: str
    product_type: Literal["", "merchandise", "service"]


class IssuingDisputesUpdateEvidenceOtherParams(TypedDict, total=False):
    """other"""

    additional_documentation: str | Literal[""]
    explanation: str
    product_description: str
    product_type: Literal["", "merchandise", "service"]


class IssuingDisputesUpdateEvidenceParams(TypedDict, total=False):
    """Evidence provided for the dispute."""

    canceled: IssuingDisputesUpdateEvidenceCanceledParams | Literal[""]
    duplicate: IssuingDisputesUpdateEvidenceDuplicateParams | Literal[""]
    fraudulent: IssuingDisputesUpdateEvidenceFraudulentParams | Literal[""]
    merchandise_not_as_described: (
        IssuingDisputesUpdateEvidenceMerchandiseNotAsDescribedParams | Literal[""]
    )
    not_received: IssuingDisputesUpdateEvidenceNotReceivedParams | Literal[""]
    other: IssuingDisputesUpdateEvidenceOtherParams | Literal[""]
    reason: Literal[
        "canceled",
        "duplicate",
        "fraudulent",
        "merchandise_not_as_described",
        "not_received",
        "other",
        "service_not_as_described",
    ]
    service_not_as_described: IssuingDisputesUpdateEvidenceServiceNotAsDescribedParams | Literal[""]


class IssuingDisputesUpdateEvidenceServiceNotAsDescribedParams(TypedDict, total=False):
    """service_not_as_described"""

    additional_documentation: str | Literal[""]
    canceled_at: int | Literal[""]
    cancellation_reason: str
    explanation: str
    received_at: int | Literal[""]


class IssuingSettlementsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class IssuingTransactionsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class LinkAccountSessionsCreateAccountHolderParams(TypedDict, total=False):
    """The account holder to link accounts for."""

    account: str
    customer: str
    type: Required[Literal["account", "customer"]]


class LinkAccountSessionsCreateFiltersParams(TypedDict, total=False):
    """Filters to restrict the kinds of accounts to collect."""

    countries: Required[Sequence[str]]


class LinkedAccountsListAccountHolderParams(TypedDict, total=False):
    """accountholder_params"""

    account: str
    customer: str


class OauthAuthorizeUrlStripeUserParams(TypedDict, total=False):
    email: str
    url: str
    country: str
    phone_number: str
    business_name: str
    business_type: Literal["sole_prop", "corporation", "non_profit", "partnership", "llc"]
    first_name: str
    last_name: str


class OrdersCreateAutomaticTaxParams(TypedDict, total=False):
    """Settings for automatic tax calculation for this order."""

    enabled: Required[bool]


class OrdersCreateBillingDetailsAddressParams(TypedDict, total=False):
    """validated_optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class OrdersCreateBillingDetailsParams(TypedDict, total=False):
    """billing_details"""

    address: OrdersCreateBillingDetailsAddressParams
    email: str
    name: str
    phone: str


class OrdersCreateClientPermissionsParams(TypedDict, total=False):
    """The fields on the order that are allowed to be updated from your frontend application with a publishable key and order client secret."""

    billing_details: Literal["allow", "disallow"]
    promotion_codes: Literal["allow", "disallow"]
    shipping_details: Literal["allow", "disallow"]


class OrdersCreateDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str
    promotion_code: str


class OrdersCreateLineItemsItemDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class OrdersCreateLineItemsItemParams(TypedDict, total=False):
    """create_params"""

    description: str
    discounts: Sequence[OrdersCreateLineItemsItemDiscountsItemParams] | Literal[""]
    price: str
    price_data: OrdersCreateLineItemsItemPriceDataParams
    product: str
    product_data: OrdersCreateLineItemsItemProductDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class OrdersCreateLineItemsItemPriceDataParams(TypedDict, total=False):
    """price_data_with_optional_product"""

    currency: str
    product: str
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class OrdersCreateLineItemsItemProductDataPackageDimensionsParams(TypedDict, total=False):
    """package_dimensions_specs"""

    height: Required[float]
    length: Required[float]
    weight: Required[float]
    width: Required[float]


class OrdersCreateLineItemsItemProductDataParams(TypedDict, total=False):
    """product_upsert_data"""

    description: str
    id: Required[str]
    images: Sequence[str] | Literal[""]
    metadata: Mapping[str, str] | Literal[""]
    name: Required[str]
    package_dimensions: OrdersCreateLineItemsItemProductDataPackageDimensionsParams | Literal[""]
    shippable: bool
    tax_code: str
    url: str | Literal[""]


class OrdersCreatePaymentParams(TypedDict, total=False):
    """Payment information associated with the order, including payment settings."""

    settings: Required[OrdersCreatePaymentSettingsParams]


class OrdersCreatePaymentSettingsParams(TypedDict, total=False):
    """create_params"""

    application_fee_amount: int
    payment_method_options: OrdersCreatePaymentSettingsPaymentMethodOptionsParams
    payment_method_types: Sequence[
        Literal[
            "acss_debit",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "card",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "klarna",
            "link",
            "oxxo",
            "p24",
            "sepa_debit",
            "sofort",
            "wechat_pay",
        ]
    ]
    return_url: str
    statement_descriptor: str
    statement_descriptor_suffix: str
    transfer_data: OrdersCreatePaymentSettingsTransferDataParams


class OrdersCreatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams(
    TypedDict, total=False
):
    """payment_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | Literal[""]
    interval_description: str
    payment_schedule: Literal["combined", "interval", "sporadic"]
    transaction_type: Literal["business", "personal"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    mandate_options: OrdersCreatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams
    setup_future_usage: Literal["", "none", "off_session", "on_session"]
    verification_method: Literal["automatic", "instant", "microdeposits"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsAfterpayClearpayParams(TypedDict, total=False):
    """afterpay_clearpay_payment_method_options_param"""

    capture_method: Literal["automatic", "manual"]
    reference: str
    setup_future_usage: Literal["none"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsAlipayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsBancontactParams(TypedDict, total=False):
    """payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"]
    setup_future_usage: Literal["", "none", "off_session"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsCardParams(TypedDict, total=False):
    """card_payment_method_options"""

    capture_method: Literal["automatic", "manual"]
    setup_future_usage: Literal["none", "off_session", "on_session"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_params"""

    country: Required[str]


class OrdersCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: OrdersCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    requested_address_types: Sequence[Literal["iban", "sepa", "sort_code", "spei", "zengin"]]
    type: Required[
        Literal["eu_bank_transfer", "gb_bank_transfer", "jp_bank_transfer", "mx_bank_transfer"]
    ]


class OrdersCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    bank_transfer: OrdersCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams
    funding_type: Literal["bank_transfer"]
    setup_future_usage: Literal["none"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsIdealParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsKlarnaParams(TypedDict, total=False):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"]
    preferred_locale: Literal[
        "da-DK",
        "de-AT",
        "de-CH",
        "de-DE",
        "en-AT",
        "en-AU",
        "en-BE",
        "en-CA",
        "en-CH",
        "en-DE",
        "en-DK",
        "en-ES",
        "en-FI",
        "en-FR",
        "en-GB",
        "en-IE",
        "en-IT",
        "en-NL",
        "en-NO",
        "en-NZ",
        "en-PL",
        "en-PT",
        "en-SE",
        "en-US",
        "es-ES",
        "es-US",
        "fi-FI",
        "fr-BE",
        "fr-CA",
        "fr-CH",
        "fr-FR",
        "it-CH",
        "it-IT",
        "nb-NO",
        "nl-BE",
        "nl-NL",
        "pl-PL",
        "pt-PT",
        "sv-FI",
        "sv-SE",
    ]
    setup_future_usage: Literal["none"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsLinkParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    capture_method: Literal["", "manual"]
    persistent_token: str
    setup_future_usage: Literal["", "none", "off_session"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsOxxoParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_days: int
    setup_future_usage: Literal["none"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsP24Params(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]
    tos_shown_and_accepted: bool


class OrdersCreatePaymentSettingsPaymentMethodOptionsParams(TypedDict, total=False):
    """create_params"""

    acss_debit: OrdersCreatePaymentSettingsPaymentMethodOptionsAcssDebitParams
    afterpay_clearpay: OrdersCreatePaymentSettingsPaymentMethodOptionsAfterpayClearpayParams
    alipay: OrdersCreatePaymentSettingsPaymentMethodOptionsAlipayParams
    bancontact: OrdersCreatePaymentSettingsPaymentMethodOptionsBancontactParams
    card: OrdersCreatePaymentSettingsPaymentMethodOptionsCardParams
    customer_balance: OrdersCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams
    ideal: OrdersCreatePaymentSettingsPaymentMethodOptionsIdealParams
    klarna: OrdersCreatePaymentSettingsPaymentMethodOptionsKlarnaParams
    link: OrdersCreatePaymentSettingsPaymentMethodOptionsLinkParams
    oxxo: OrdersCreatePaymentSettingsPaymentMethodOptionsOxxoParams
    p24: OrdersCreatePaymentSettingsPaymentMethodOptionsP24Params
    sepa_debit: OrdersCreatePaymentSettingsPaymentMethodOptionsSepaDebitParams
    sofort: OrdersCreatePaymentSettingsPaymentMethodOptionsSofortParams
    wechat_pay: OrdersCreatePaymentSettingsPaymentMethodOptionsWechatPayParams


class OrdersCreatePaymentSettingsPaymentMethodOptionsSepaDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    mandate_options: Mapping[str, Any]
    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsSofortParams(TypedDict, total=False):
    """payment_method_options_param"""

    preferred_language: Literal["", "de", "en", "es", "fr", "it", "nl", "pl"]
    setup_future_usage: Literal["", "none", "off_session"]


class OrdersCreatePaymentSettingsPaymentMethodOptionsWechatPayParams(TypedDict, total=False):
    """payment_method_options_param"""

    app_id: str
    client: Required[Literal["android", "ios", "web"]]
    setup_future_usage: Literal["none"]


class OrdersCreatePaymentSettingsTransferDataParams(TypedDict, total=False):
    """transfer_data"""

    amount: int
    destination: Required[str]


class OrdersCreateShippingCostParams(TypedDict, total=False):
    """shipping_cost"""

    shipping_rate: str
    shipping_rate_data: OrdersCreateShippingCostShippingRateDataParams


class OrdersCreateShippingCostShippingRateDataDeliveryEstimateMaximumParams(TypedDict, total=False):
    """delivery_estimate_bound"""

    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    value: Required[int]


class OrdersCreateShippingCostShippingRateDataDeliveryEstimateMinimumParams(TypedDict, total=False):
    """delivery_estimate_bound"""

    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    value: Required[int]


class OrdersCreateShippingCostShippingRateDataDeliveryEstimateParams(TypedDict, total=False):
    """delivery_estimate"""

    maximum: OrdersCreateShippingCostShippingRateDataDeliveryEstimateMaximumParams
    minimum: OrdersCreateShippingCostShippingRateDataDeliveryEstimateMinimumParams


class OrdersCreateShippingCostShippingRateDataFixedAmountCurrencyOptionsValueParams(
    TypedDict, total=False
):
    """currency_option"""

    amount: Required[int]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]


class OrdersCreateShippingCostShippingRateDataFixedAmountParams(TypedDict, total=False):
    """fixed_amount"""

    amount: Required[int]
    currency: Required[str]
    currency_options: Mapping[
        str, OrdersCreateShippingCostShippingRateDataFixedAmountCurrencyOptionsValueParams
    ]


class OrdersCreateShippingCostShippingRateDataParams(TypedDict, total=False):
    """method_params"""

    delivery_estimate: OrdersCreateShippingCostShippingRateDataDeliveryEstimateParams
    display_name: Required[str]
    fixed_amount: OrdersCreateShippingCostShippingRateDataFixedAmountParams
    metadata: Mapping[str, str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tax_code: str
    type: Literal["fixed_amount"]


class OrdersCreateShippingDetailsAddressParams(TypedDict, total=False):
    """validated_optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class OrdersCreateShippingDetailsParams(TypedDict, total=False):
    """shipping_details"""

    address: Required[OrdersCreateShippingDetailsAddressParams]
    name: Required[str]
    phone: str


class OrdersCreateTaxDetailsParams(TypedDict, total=False):
    """Additional tax details about the purchaser to be used for this order."""

    tax_exempt: Literal["", "exempt", "none", "reverse"]
    tax_ids: Sequence[OrdersCreateTaxDetailsTaxIdsItemParams]


class OrdersCreateTaxDetailsTaxIdsItemParams(TypedDict, total=False):
    """data_params"""

    type: Required[
        Literal[
            "ae_trn",
            "au_abn",
            "au_arn",
            "bg_uic",
            "br_cnpj",
            "br_cpf",
            "ca_bn",
            "ca_gst_hst",
            "ca_pst_bc",
            "ca_pst_mb",
            "ca_pst_sk",
            "ca_qst",
            "ch_vat",
            "cl_tin",
            "eg_tin",
            "es_cif",
            "eu_oss_vat",
            "eu_vat",
            "gb_vat",
            "ge_vat",
            "hk_br",
            "hu_tin",
            "id_npwp",
            "il_vat",
            "in_gst",
            "is_vat",
            "jp_cn",
            "jp_rn",
            "jp_trn",
            "ke_pin",
            "kr_brn",
            "li_uid",
            "mx_rfc",
            "my_frp",
            "my_itn",
            "my_sst",
            "no_vat",
            "nz_gst",
            "ph_tin",
            "ru_inn",
            "ru_kpp",
            "sa_vat",
            "sg_gst",
            "sg_uen",
            "si_tin",
            "th_vat",
            "tr_tin",
            "tw_vat",
            "ua_vat",
            "us_ein",
            "za_vat",
        ]
    ]
    value: Required[str]


class OrdersUpdateAutomaticTaxParams(TypedDict, total=False):
    """Settings for automatic tax calculation for this order."""

    enabled: Required[bool]


class OrdersUpdateBillingDetailsAddressParams(TypedDict, total=False):
    """validated_optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class OrdersUpdateBillingDetailsParams(TypedDict, total=False):
    """billing_details"""

    address: OrdersUpdateBillingDetailsAddressParams
    email: str
    name: str
    phone: str


class OrdersUpdateClientPermissionsParams(TypedDict, total=False):
    """The fields on the order that are allowed to be updated from your frontend application with a publishable key and order client secret."""

    billing_details: Literal["allow", "disallow"]
    promotion_codes: Literal["allow", "disallow"]
    shipping_details: Literal["allow", "disallow"]


class OrdersUpdateDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str
    promotion_code: str


class OrdersUpdateLineItemsItemDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class OrdersUpdateLineItemsItemParams(TypedDict, total=False):
    """update_params"""

    description: str
    discounts: Sequence[OrdersUpdateLineItemsItemDiscountsItemParams] | Literal[""]
    id: str
    price: str
    price_data: OrdersUpdateLineItemsItemPriceDataParams
    product: str
    product_data: OrdersUpdateLineItemsItemProductDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class OrdersUpdateLineItemsItemPriceDataParams(TypedDict, total=False):
    """price_data_with_optional_product"""

    currency: str
    product: str
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class OrdersUpdateLineItemsItemProductDataPackageDimensionsParams(TypedDict, total=False):
    """package_dimensions_specs"""

    height: Required[float]
    length: Required[float]
    weight: Required[float]
    width: Required[float]


class OrdersUpdateLineItemsItemProductDataParams(TypedDict, total=False):
    """product_upsert_data"""

    description: str
    id: Required[str]
    images: Sequence[str] | Literal[""]
    metadata: Mapping[str, str] | Literal[""]
    name: Required[str]
    package_dimensions: OrdersUpdateLineItemsItemProductDataPackageDimensionsParams | Literal[""]
    shippable: bool
    tax_code: str
    url: str | Literal[""]


class OrdersUpdatePaymentParams(TypedDict, total=False):
    """Payment information associated with the order, including payment settings."""

    settings: Required[OrdersUpdatePaymentSettingsParams]


class OrdersUpdatePaymentSettingsParams(TypedDict, total=False):
    """update_params"""

    application_fee_amount: int | Literal[""]
    payment_method_options: OrdersUpdatePaymentSettingsPaymentMethodOptionsParams
    payment_method_types: Sequence[
        Literal[
            "acss_debit",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "card",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "klarna",
            "link",
            "oxxo",
            "p24",
            "sepa_debit",
            "sofort",
            "wechat_pay",
        ]
    ]
    return_url: str | Literal[""]
    statement_descriptor: str
    statement_descriptor_suffix: str
    transfer_data: OrdersUpdatePaymentSettingsTransferDataParams | Literal[""]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams(
    TypedDict, total=False
):
    """payment_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | Literal[""]
    interval_description: str
    payment_schedule: Literal["combined", "interval", "sporadic"]
    transaction_type: Literal["business", "personal"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    mandate_options: OrdersUpdatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams
    setup_future_usage: Literal["", "none", "off_session", "on_session"]
    verification_method: Literal["automatic", "instant", "microdeposits"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsAfterpayClearpayParams(TypedDict, total=False):
    """afterpay_clearpay_payment_method_options_param"""

    capture_method: Literal["automatic", "manual"]
    reference: str
    setup_future_usage: Literal["none"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsAlipayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsBancontactParams(TypedDict, total=False):
    """payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"]
    setup_future_usage: Literal["", "none", "off_session"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsCardParams(TypedDict, total=False):
    """card_payment_method_options"""

    capture_method: Literal["automatic", "manual"]
    setup_future_usage: Literal["none", "off_session", "on_session"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_params"""

    country: Required[str]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: OrdersUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    requested_address_types: Sequence[Literal["iban", "sepa", "sort_code", "spei", "zengin"]]
    type: Required[
        Literal["eu_bank_transfer", "gb_bank_transfer", "jp_bank_transfer", "mx_bank_transfer"]
    ]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    bank_transfer: OrdersUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams
    funding_type: Literal["bank_transfer"]
    setup_future_usage: Literal["none"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsIdealParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsKlarnaParams(TypedDict, total=False):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"]
    preferred_locale: Literal[
        "da-DK",
        "de-AT",
        "de-CH",
        "de-DE",
        "en-AT",
        "en-AU",
        "en-BE",
        "en-CA",
        "en-CH",
        "en-DE",
        "en-DK",
        "en-ES",
        "en-FI",
        "en-FR",
        "en-GB",
        "en-IE",
        "en-IT",
        "en-NL",
        "en-NO",
        "en-NZ",
        "en-PL",
        "en-PT",
        "en-SE",
        "en-US",
        "es-ES",
        "es-US",
        "fi-FI",
        "fr-BE",
        "fr-CA",
        "fr-CH",
        "fr-FR",
        "it-CH",
        "it-IT",
        "nb-NO",
        "nl-BE",
        "nl-NL",
        "pl-PL",
        "pt-PT",
        "sv-FI",
        "sv-SE",
    ]
    setup_future_usage: Literal["none"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsLinkParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    capture_method: Literal["", "manual"]
    persistent_token: str
    setup_future_usage: Literal["", "none", "off_session"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsOxxoParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_days: int
    setup_future_usage: Literal["none"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsP24Params(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]
    tos_shown_and_accepted: bool


class OrdersUpdatePaymentSettingsPaymentMethodOptionsParams(TypedDict, total=False):
    """update_params"""

    acss_debit: OrdersUpdatePaymentSettingsPaymentMethodOptionsAcssDebitParams | Literal[""]
    afterpay_clearpay: (
        OrdersUpdatePaymentSettingsPaymentMethodOptionsAfterpayClearpayParams | Literal[""]
    )
    alipay: OrdersUpdatePaymentSettingsPaymentMethodOptionsAlipayParams | Literal[""]
    bancontact: OrdersUpdatePaymentSettingsPaymentMethodOptionsBancontactParams | Literal[""]
    card: OrdersUpdatePaymentSettingsPaymentMethodOptionsCardParams | Literal[""]
    customer_balance: (
        OrdersUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams | Literal[""]
    )
    ideal: OrdersUpdatePaymentSettingsPaymentMethodOptionsIdealParams | Literal[""]
    klarna: OrdersUpdatePaymentSettingsPaymentMethodOptionsKlarnaParams | Literal[""]
    link: OrdersUpdatePaymentSettingsPaymentMethodOptionsLinkParams | Literal[""]
    oxxo: OrdersUpdatePaymentSettingsPaymentMethodOptionsOxxoParams | Literal[""]
    p24: OrdersUpdatePaymentSettingsPaymentMethodOptionsP24Params | Literal[""]
    sepa_debit: OrdersUpdatePaymentSettingsPaymentMethodOptionsSepaDebitParams | Literal[""]
    sofort: OrdersUpdatePaymentSettingsPaymentMethodOptionsSofortParams | Literal[""]
    wechat_pay: OrdersUpdatePaymentSettingsPaymentMethodOptionsWechatPayParams | Literal[""]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsSepaDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    mandate_options: Mapping[str, Any]
    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsSofortParams(TypedDict, total=False):
    """payment_method_options_param"""

    preferred_language: Literal["", "de", "en", "es", "fr", "it", "nl", "pl"]
    setup_future_usage: Literal["", "none", "off_session"]


class OrdersUpdatePaymentSettingsPaymentMethodOptionsWechatPayParams(TypedDict, total=False):
    """payment_method_options_param"""

    app_id: str
    client: Required[Literal["android", "ios", "web"]]
    setup_future_usage: Literal["none"]


class OrdersUpdatePaymentSettingsTransferDataParams(TypedDict, total=False):
    """transfer_data"""

    amount: int
    destination: Required[str]


class OrdersUpdateShippingCostParams(TypedDict, total=False):
    """shipping_cost"""

    shipping_rate: str
    shipping_rate_data: OrdersUpdateShippingCostShippingRateDataParams


class OrdersUpdateShippingCostShippingRateDataDeliveryEstimateMaximumParams(TypedDict, total=False):
    """delivery_estimate_bound"""

    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    value: Required[int]


class OrdersUpdateShippingCostShippingRateDataDeliveryEstimateMinimumParams(TypedDict, total=False):
    """delivery_estimate_bound"""

    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    value: Required[int]


class OrdersUpdateShippingCostShippingRateDataDeliveryEstimateParams(TypedDict, total=False):
    """delivery_estimate"""

    maximum: OrdersUpdateShippingCostShippingRateDataDeliveryEstimateMaximumParams
    minimum: OrdersUpdateShippingCostShippingRateDataDeliveryEstimateMinimumParams


class OrdersUpdateShippingCostShippingRateDataFixedAmountCurrencyOptionsValueParams(
    TypedDict, total=False
):
    """currency_option"""

    amount: Required[int]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]


class OrdersUpdateShippingCostShippingRateDataFixedAmountParams(TypedDict, total=False):
    """fixed_amount"""

    amount: Required[int]
    currency: Required[str]
    currency_options: Mapping[
        str, OrdersUpdateShippingCostShippingRateDataFixedAmountCurrencyOptionsValueParams
    ]


class OrdersUpdateShippingCostShippingRateDataParams(TypedDict, total=False):
    """method_params"""

    delivery_estimate: OrdersUpdateShippingCostShippingRateDataDeliveryEstimateParams
    display_name: Required[str]
    fixed_amount: OrdersUpdateShippingCostShippingRateDataFixedAmountParams
    metadata: Mapping[str, str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tax_code: str
    type: Literal["fixed_amount"]


class OrdersUpdateShippingDetailsAddressParams(TypedDict, total=False):
    """validated_optional_fields_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class OrdersUpdateShippingDetailsParams(TypedDict, total=False):
    """shipping_details"""

    address: Required[OrdersUpdateShippingDetailsAddressParams]
    name: Required[str]
    phone: str


class OrdersUpdateTaxDetailsParams(TypedDict, total=False):
    """Additional tax details about the purchaser to be used for this order."""

    tax_exempt: Literal["", "exempt", "none", "reverse"]
    tax_ids: Sequence[OrdersUpdateTaxDetailsTaxIdsItemParams]


class OrdersUpdateTaxDetailsTaxIdsItemParams(TypedDict, total=False):
    """data_params"""

    type: Required[
        Literal[
            "ae_trn",
            "au_abn",
            "au_arn",
            "bg_uic",
            "br_cnpj",
            "br_cpf",
            "ca_bn",
            "ca_gst_hst",
            "ca_pst_bc",
            "ca_pst_mb",
            "ca_pst_sk",
            "ca_qst",
            "ch_vat",
            "cl_tin",
            "eg_tin",
            "es_cif",
            "eu_oss_vat",
            "eu_vat",
            "gb_vat",
            "ge_vat",
            "hk_br",
            "hu_tin",
            "id_npwp",
            "il_vat",
            "in_gst",
            "is_vat",
            "jp_cn",
            "jp_rn",
            "jp_trn",
            "ke_pin",
            "kr_brn",
            "li_uid",
            "mx_rfc",
            "my_frp",
            "my_itn",
            "my_sst",
            "no_vat",
            "nz_gst",
            "ph_tin",
            "ru_inn",
            "ru_kpp",
            "sa_vat",
            "sg_gst",
            "sg_uen",
            "si_tin",
            "th_vat",
            "tr_tin",
            "tw_vat",
            "ua_vat",
            "us_ein",
            "za_vat",
        ]
    ]
    value: Required[str]


class PaymentIntentsCaptureTransferDataParams(TypedDict, total=False):
    """The parameters used to automatically create a Transfer when the payment
    is captured. For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
    """

    amount: int


class PaymentIntentsConfirmMandateData0CustomerAcceptanceOnlineParams(TypedDict, total=False):
    """online_param"""

    ip_address: Required[str]
    user_agent: Required[str]


class PaymentIntentsConfirmMandateData0CustomerAcceptanceParams(TypedDict, total=False):
    """customer_acceptance_param"""

    accepted_at: int
    offline: Mapping[str, Any]
    online: PaymentIntentsConfirmMandateData0CustomerAcceptanceOnlineParams
    type: Required[Literal["offline", "online"]]


class PaymentIntentsConfirmMandateData0Params(TypedDict, total=False):
    """secret_key_param"""

    customer_acceptance: Required[PaymentIntentsConfirmMandateData0CustomerAcceptanceParams]


class PaymentIntentsConfirmMandateData1CustomerAcceptanceOnlineParams(TypedDict, total=False):
    """online_param"""

    ip_address: str
    user_agent: str


class PaymentIntentsConfirmMandateData1CustomerAcceptanceParams(TypedDict, total=False):
    """customer_acceptance_param"""

    online: Required[PaymentIntentsConfirmMandateData1CustomerAcceptanceOnlineParams]
    type: Required[Literal["online"]]


class PaymentIntentsConfirmMandateData1Params(TypedDict, total=False):
    """client_key_param"""

    customer_acceptance: Required[PaymentIntentsConfirmMandateData1CustomerAcceptanceParams]


class PaymentIntentsConfirmPaymentMethodDataAcssDebitParams(TypedDict, total=False):
    """payment_method_param"""

    account_number: Required[str]
    institution_number: Required[str]
    transit_number: Required[str]


class PaymentIntentsConfirmPaymentMethodDataAuBecsDebitParams(TypedDict, total=False):
    """param"""

    account_number: Required[str]
    bsb_number: Required[str]


class PaymentIntentsConfirmPaymentMethodDataBacsDebitParams(TypedDict, total=False):
    """param"""

    account_number: str
    sort_code: str


class PaymentIntentsConfirmPaymentMethodDataBillingDetailsAddressParams(TypedDict, total=False):
    """billing_details_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class PaymentIntentsConfirmPaymentMethodDataBillingDetailsParams(TypedDict, total=False):
    """billing_details_inner_params"""

    address: PaymentIntentsConfirmPaymentMethodDataBillingDetailsAddressParams | Literal[""]
    email: str | Literal[""]
    name: str
    phone: str


class PaymentIntentsConfirmPaymentMethodDataBoletoParams(TypedDict, total=False):
    """param"""

    tax_id: Required[str]


class PaymentIntentsConfirmPaymentMethodDataEpsParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "arzte_und_apotheker_bank",
        "austrian_anadi_bank_ag",
        "bank_austria",
        "bankhaus_carl_spangler",
        "bankhaus_schelhammer_und_schattera_ag",
        "bawag_psk_ag",
        "bks_bank_ag",
        "brull_kallmus_bank_ag",
        "btv_vier_lander_bank",
        "capital_bank_grawe_gruppe_ag",
        "deutsche_bank_ag",
        "dolomitenbank",
        "easybank_ag",
        "erste_bank_und_sparkassen",
        "hypo_alpeadriabank_international_ag",
        "hypo_bank_burgenland_aktiengesellschaft",
        "hypo_noe_lb_fur_niederosterreich_u_wien",
        "hypo_oberosterreich_salzburg_steiermark",
        "hypo_tirol_bank_ag",
        "hypo_vorarlberg_bank_ag",
        "marchfelder_bank",
        "oberbank_ag",
        "raiffeisen_bankengruppe_osterreich",
        "schoellerbank_ag",
        "sparda_bank_wien",
        "volksbank_gruppe",
        "volkskreditbank_ag",
        "vr_bank_braunau",
    ]


class PaymentIntentsConfirmPaymentMethodDataFpxParams(TypedDict, total=False):
    """param"""

    bank: Required[
        Literal[
            "affin_bank",
            "agrobank",
            "alliance_bank",
            "ambank",
            "bank_islam",
            "bank_muamalat",
            "bank_of_china",
            "bank_rakyat",
            "bsn",
            "cimb",
            "deutsche_bank",
            "hong_leong_bank",
            "hsbc",
            "kfh",
            "maybank2e",
            "maybank2u",
            "ocbc",
            "pb_enterprise",
            "public_bank",
            "rhb",
            "standard_chartered",
            "uob",
        ]
    ]


class PaymentIntentsConfirmPaymentMethodDataIdealParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "abn_amro",
        "asn_bank",
        "bunq",
        "handelsbanken",
        "ing",
        "knab",
        "moneyou",
        "rabobank",
        "regiobank",
        "revolut",
        "sns_bank",
        "triodos_bank",
        "van_lanschot",
    ]


class PaymentIntentsConfirmPaymentMethodDataKlarnaDobParams(TypedDict, total=False):
    """date_of_birth"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class PaymentIntentsConfirmPaymentMethodDataKlarnaParams(TypedDict, total=False):
    """param"""

    dob: PaymentIntentsConfirmPaymentMethodDataKlarnaDobParams


class PaymentIntentsConfirmPaymentMethodDataP24Params(TypedDict, total=False):
    """param"""

    bank: Literal[
        "alior_bank",
        "bank_millennium",
        "bank_nowy_bfg_sa",
        "bank_pekao_sa",
        "banki_spbdzielcze",
        "blik",
        "bnp_paribas",
        "boz",
        "citi_handlowy",
        "credit_agricole",
        "envelobank",
        "etransfer_pocztowy24",
        "getin_bank",
        "ideabank",
        "ing",
        "inteligo",
        "mbank_mtransfer",
        "nest_przelew",
        "noble_pay",
        "pbac_z_ipko",
        "plus_bank",
        "santander_przelew24",
        "tmobile_usbugi_bankowe",
        "toyota_bank",
        "volkswagen_bank",
    ]


class PaymentIntentsConfirmPaymentMethodDataParams(TypedDict, total=False):
    """If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will appear
    in the [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    property on the PaymentIntent.
    """

    acss_debit: PaymentIntentsConfirmPaymentMethodDataAcssDebitParams
    affirm: Mapping[str, Any]
    afterpay_clearpay: Mapping[str, Any]
    alipay: Mapping[str, Any]
    au_becs_debit: PaymentIntentsConfirmPaymentMethodDataAuBecsDebitParams
    bacs_debit: PaymentIntentsConfirmPaymentMethodDataBacsDebitParams
    bancontact: Mapping[str, Any]
    billing_details: PaymentIntentsConfirmPaymentMethodDataBillingDetailsParams
    blik: Mapping[str, Any]
    boleto: PaymentIntentsConfirmPaymentMethodDataBoletoParams
    customer_balance: Mapping[str, Any]
    eps: PaymentIntentsConfirmPaymentMethodDataEpsParams
    fpx: PaymentIntentsConfirmPaymentMethodDataFpxParams
    giropay: Mapping[str, Any]
    grabpay: Mapping[str, Any]
    ideal: PaymentIntentsConfirmPaymentMethodDataIdealParams
    interac_present: Mapping[str, Any]
    klarna: PaymentIntentsConfirmPaymentMethodDataKlarnaParams
    konbini: Mapping[str, Any]
    link: Mapping[str, Any]
    metadata: Mapping[str, str]
    oxxo: Mapping[str, Any]
    p24: PaymentIntentsConfirmPaymentMethodDataP24Params
    paynow: Mapping[str, Any]
    pix: Mapping[str, Any]
    promptpay: Mapping[str, Any]
    radar_options: PaymentIntentsConfirmPaymentMethodDataRadarOptionsParams
    sepa_debit: PaymentIntentsConfirmPaymentMethodDataSepaDebitParams
    sofort: PaymentIntentsConfirmPaymentMethodDataSofortParams
    type: Required[
        Literal[
            "acss_debit",
            "affirm",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "blik",
            "boleto",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "klarna",
            "konbini",
            "link",
            "oxxo",
            "p24",
            "paynow",
            "pix",
            "promptpay",
            "sepa_debit",
            "sofort",
            "us_bank_account",
            "wechat_pay",
        ]
    ]
    us_bank_account: PaymentIntentsConfirmPaymentMethodDataUsBankAccountParams
    wechat_pay: Mapping[str, Any]


class PaymentIntentsConfirmPaymentMethodDataRadarOptionsParams(TypedDict, total=False):
    """radar_options"""

    session: str


class PaymentIntentsConfirmPaymentMethodDataSepaDebitParams(TypedDict, total=False):
    """param"""

    iban: Required[str]


class PaymentIntentsConfirmPaymentMethodDataSofortParams(TypedDict, total=False):
    """param"""

    country: Required[Literal["AT", "BE", "DE", "ES", "IT", "NL"]]


class PaymentIntentsConfirmPaymentMethodDataUsBankAccountParams(TypedDict, total=False):
    """payment_method_param"""

    account_holder_type: Literal["company", "individual"]
    account_number: str
    account_type: Literal["checking", "savings"]
    financial_connections_account: str
    routing_number: str


class PaymentIntentsConfirmPaymentMethodOptionsAcssDebitMandateOptionsParams(
    TypedDict, total=False
):
    """payment_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | Literal[""]
    interval_description: str
    payment_schedule: Literal["combined", "interval", "sporadic"]
    transaction_type: Literal["business", "personal"]


class PaymentIntentsConfirmPaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    mandate_options: PaymentIntentsConfirmPaymentMethodOptionsAcssDebitMandateOptionsParams
    setup_future_usage: Literal["", "none", "off_session", "on_session"]
    verification_method: Literal["automatic", "instant", "microdeposits"]


class PaymentIntentsConfirmPaymentMethodOptionsAffirmParams(TypedDict, total=False):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"]
    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsAfterpayClearpayParams(TypedDict, total=False):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"]
    reference: str
    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsAlipayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsConfirmPaymentMethodOptionsAuBecsDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsConfirmPaymentMethodOptionsBacsDebitParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsConfirmPaymentMethodOptionsBancontactParams(TypedDict, total=False):
    """payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"]
    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsConfirmPaymentMethodOptionsBlikParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    code: str


class PaymentIntentsConfirmPaymentMethodOptionsBoletoParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_days: int
    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsConfirmPaymentMethodOptionsCardInstallmentsParams(TypedDict, total=False):
    """installments_param"""

    enabled: bool
    plan: PaymentIntentsConfirmPaymentMethodOptionsCardInstallmentsPlanParams | Literal[""]


class PaymentIntentsConfirmPaymentMethodOptionsCardInstallmentsPlanParams(TypedDict, total=False):
    """installment_plan"""

    count: Required[int]
    interval: Required[Literal["month"]]
    type: Required[Literal["fixed_count"]]


class PaymentIntentsConfirmPaymentMethodOptionsCardMandateOptionsParams(TypedDict, total=False):
    """mandate_options_param"""

    amount: Required[int]
    amount_type: Required[Literal["fixed", "maximum"]]
    description: str
    end_date: int
    interval: Required[Literal["day", "month", "sporadic", "week", "year"]]
    interval_count: int
    reference: Required[str]
    start_date: Required[int]
    supported_types: Sequence[Literal["india"]]


class PaymentIntentsConfirmPaymentMethodOptionsCardParams(TypedDict, total=False):
    """payment_intent_param"""

    capture_method: Literal["", "manual"]
    cvc_token: str
    installments: PaymentIntentsConfirmPaymentMethodOptionsCardInstallmentsParams
    mandate_options: PaymentIntentsConfirmPaymentMethodOptionsCardMandateOptionsParams
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]
    setup_future_usage: Literal["", "none", "off_session", "on_session"]
    statement_descriptor_suffix_kana: str | Literal[""]
    statement_descriptor_suffix_kanji: str | Literal[""]


class PaymentIntentsConfirmPaymentMethodOptionsCardPresentParams(TypedDict, total=False):
    """payment_method_options_param"""

    request_extended_authorization: bool
    request_incremental_authorization_support: bool


class PaymentIntentsConfirmPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_params"""

    country: Required[str]


class PaymentIntentsConfirmPaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: (
        PaymentIntentsConfirmPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    )
    requested_address_types: Sequence[Literal["iban", "sepa", "sort_code", "spei", "zengin"]]
    type: Required[
        Literal["eu_bank_transfer", "gb_bank_transfer", "jp_bank_transfer", "mx_bank_transfer"]
    ]


class PaymentIntentsConfirmPaymentMethodOptionsCustomerBalanceParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    bank_transfer: PaymentIntentsConfirmPaymentMethodOptionsCustomerBalanceBankTransferParams
    funding_type: Literal["bank_transfer"]
    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsEpsParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsFpxParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsGiropayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsGrabpayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsIdealParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsConfirmPaymentMethodOptionsKlarnaParams(TypedDict, total=False):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"]
    preferred_locale: Literal[
        "da-DK",
        "de-AT",
        "de-CH",
        "de-DE",
        "en-AT",
        "en-AU",
        "en-BE",
        "en-CA",
        "en-CH",
        "en-DE",
        "en-DK",
        "en-ES",
        "en-FI",
        "en-FR",
        "en-GB",
        "en-IE",
        "en-IT",
        "en-NL",
        "en-NO",
        "en-NZ",
        "en-PL",
        "en-PT",
        "en-SE",
        "en-US",
        "es-ES",
        "es-US",
        "fi-FI",
        "fr-BE",
        "fr-CA",
        "fr-CH",
        "fr-FR",
        "it-CH",
        "it-IT",
        "nb-NO",
        "nl-BE",
        "nl-NL",
        "pl-PL",
        "pt-PT",
        "sv-FI",
        "sv-SE",
    ]
    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsKonbiniParams(TypedDict, total=False):
    """payment_method_options_param"""

    confirmation_number: str
    expires_after_days: int | Literal[""]
    expires_at: int | Literal[""]
    product_description: str
    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsLinkParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    capture_method: Literal["", "manual"]
    persistent_token: str
    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsConfirmPaymentMethodOptionsOxxoParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_days: int
    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsP24Params(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]
    tos_shown_and_accepted: bool


class PaymentIntentsConfirmPaymentMethodOptionsParams(TypedDict, total=False):
    """Payment-method-specific configuration for this PaymentIntent."""

    acss_debit: PaymentIntentsConfirmPaymentMethodOptionsAcssDebitParams | Literal[""]
    affirm: PaymentIntentsConfirmPaymentMethodOptionsAffirmParams | Literal[""]
    afterpay_clearpay: PaymentIntentsConfirmPaymentMethodOptionsAfterpayClearpayParams | Literal[""]
    alipay: PaymentIntentsConfirmPaymentMethodOptionsAlipayParams | Literal[""]
    au_becs_debit: PaymentIntentsConfirmPaymentMethodOptionsAuBecsDebitParams | Literal[""]
    bacs_debit: PaymentIntentsConfirmPaymentMethodOptionsBacsDebitParams | Literal[""]
    bancontact: PaymentIntentsConfirmPaymentMethodOptionsBancontactParams | Literal[""]
    blik: PaymentIntentsConfirmPaymentMethodOptionsBlikParams | Literal[""]
    boleto: PaymentIntentsConfirmPaymentMethodOptionsBoletoParams | Literal[""]
    card: PaymentIntentsConfirmPaymentMethodOptionsCardParams | Literal[""]
    card_present: PaymentIntentsConfirmPaymentMethodOptionsCardPresentParams | Literal[""]
    customer_balance: PaymentIntentsConfirmPaymentMethodOptionsCustomerBalanceParams | Literal[""]
    eps: PaymentIntentsConfirmPaymentMethodOptionsEpsParams | Literal[""]
    fpx: PaymentIntentsConfirmPaymentMethodOptionsFpxParams | Literal[""]
    giropay: PaymentIntentsConfirmPaymentMethodOptionsGiropayParams | Literal[""]
    grabpay: PaymentIntentsConfirmPaymentMethodOptionsGrabpayParams | Literal[""]
    ideal: PaymentIntentsConfirmPaymentMethodOptionsIdealParams | Literal[""]
    interac_present: Mapping[str, Any] | Literal[""]
    klarna: PaymentIntentsConfirmPaymentMethodOptionsKlarnaParams | Literal[""]
    konbini: PaymentIntentsConfirmPaymentMethodOptionsKonbiniParams | Literal[""]
    link: PaymentIntentsConfirmPaymentMethodOptionsLinkParams | Literal[""]
    oxxo: PaymentIntentsConfirmPaymentMethodOptionsOxxoParams | Literal[""]
    p24: PaymentIntentsConfirmPaymentMethodOptionsP24Params | Literal[""]
    paynow: PaymentIntentsConfirmPaymentMethodOptionsPaynowParams | Literal[""]
    pix: PaymentIntentsConfirmPaymentMethodOptionsPixParams | Literal[""]
    promptpay: PaymentIntentsConfirmPaymentMethodOptionsPromptpayParams | Literal[""]
    sepa_debit: PaymentIntentsConfirmPaymentMethodOptionsSepaDebitParams | Literal[""]
    sofort: PaymentIntentsConfirmPaymentMethodOptionsSofortParams | Literal[""]
    us_bank_account: PaymentIntentsConfirmPaymentMethodOptionsUsBankAccountParams | Literal[""]
    wechat_pay: PaymentIntentsConfirmPaymentMethodOptionsWechatPayParams | Literal[""]


class PaymentIntentsConfirmPaymentMethodOptionsPaynowParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsPixParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_seconds: int
    expires_at: int
    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsPromptpayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmPaymentMethodOptionsSepaDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    mandate_options: Mapping[str, Any]
    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsConfirmPaymentMethodOptionsSofortParams(TypedDict, total=False):
    """payment_method_options_param"""

    preferred_language: Literal["", "de", "en", "es", "fr", "it", "nl", "pl"]
    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsConfirmPaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]
    return_url: str


class PaymentIntentsConfirmPaymentMethodOptionsUsBankAccountNetworksParams(TypedDict, total=False):
    """networks_options_param"""

    requested: Sequence[Literal["ach", "us_domestic_wire"]]


class PaymentIntentsConfirmPaymentMethodOptionsUsBankAccountParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    financial_connections: (
        PaymentIntentsConfirmPaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    )
    networks: PaymentIntentsConfirmPaymentMethodOptionsUsBankAccountNetworksParams
    setup_future_usage: Literal["", "none", "off_session", "on_session"]
    verification_method: Literal["automatic", "instant", "microdeposits"]


class PaymentIntentsConfirmPaymentMethodOptionsWechatPayParams(TypedDict, total=False):
    """payment_method_options_param"""

    app_id: str
    client: Required[Literal["android", "ios", "web"]]
    setup_future_usage: Literal["none"]


class PaymentIntentsConfirmRadarOptionsParams(TypedDict, total=False):
    """Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session) for more information."""

    session: str


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
    """When enabled, this PaymentIntent will accept payment methods that you have enabled in the Dashboard and are compatible with this PaymentIntent's other parameters."""

    enabled: Required[bool]


class PaymentIntentsCreateMandateDataCustomerAcceptanceOnlineParams(TypedDict, total=False):
    """online_param"""

    ip_address: Required[str]
    user_agent: Required[str]


class PaymentIntentsCreateMandateDataCustomerAcceptanceParams(TypedDict, total=False):
    """customer_acceptance_param"""

    accepted_at: int
    offline: Mapping[str, Any]
    online: PaymentIntentsCreateMandateDataCustomerAcceptanceOnlineParams
    type: Required[Literal["offline", "online"]]


class PaymentIntentsCreateMandateDataParams(TypedDict, total=False):
    """This hash contains details about the Mandate to create. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm)."""

    customer_acceptance: Required[PaymentIntentsCreateMandateDataCustomerAcceptanceParams]


class PaymentIntentsCreatePaymentMethodDataAcssDebitParams(TypedDict, total=False):
    """payment_method_param"""

    account_number: Required[str]
    institution_number: Required[str]
    transit_number: Required[str]


class PaymentIntentsCreatePaymentMethodDataAuBecsDebitParams(TypedDict, total=False):
    """param"""

    account_number: Required[str]
    bsb_number: Required[str]


class PaymentIntentsCreatePaymentMethodDataBacsDebitParams(TypedDict, total=False):
    """param"""

    account_number: str
    sort_code: str


class PaymentIntentsCreatePaymentMethodDataBillingDetailsAddressParams(TypedDict, total=False):
    """billing_details_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class PaymentIntentsCreatePaymentMethodDataBillingDetailsParams(TypedDict, total=False):
    """billing_details_inner_params"""

    address: PaymentIntentsCreatePaymentMethodDataBillingDetailsAddressParams | Literal[""]
    email: str | Literal[""]
    name: str
    phone: str


class PaymentIntentsCreatePaymentMethodDataBoletoParams(TypedDict, total=False):
    """param"""

    tax_id: Required[str]


class PaymentIntentsCreatePaymentMethodDataEpsParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "arzte_und_apotheker_bank",
        "austrian_anadi_bank_ag",
        "bank_austria",
        "bankhaus_carl_spangler",
        "bankhaus_schelhammer_und_schattera_ag",
        "bawag_psk_ag",
        "bks_bank_ag",
        "brull_kallmus_bank_ag",
        "btv_vier_lander_bank",
        "capital_bank_grawe_gruppe_ag",
        "deutsche_bank_ag",
        "dolomitenbank",
        "easybank_ag",
        "erste_bank_und_sparkassen",
        "hypo_alpeadriabank_international_ag",
        "hypo_bank_burgenland_aktiengesellschaft",
        "hypo_noe_lb_fur_niederosterreich_u_wien",
        "hypo_oberosterreich_salzburg_steiermark",
        "hypo_tirol_bank_ag",
        "hypo_vorarlberg_bank_ag",
        "marchfelder_bank",
        "oberbank_ag",
        "raiffeisen_bankengruppe_osterreich",
        "schoellerbank_ag",
        "sparda_bank_wien",
        "volksbank_gruppe",
        "volkskreditbank_ag",
        "vr_bank_braunau",
    ]


class PaymentIntentsCreatePaymentMethodDataFpxParams(TypedDict, total=False):
    """param"""

    bank: Required[
        Literal[
            "affin_bank",
            "agrobank",
            "alliance_bank",
            "ambank",
            "bank_islam",
            "bank_muamalat",
            "bank_of_china",
            "bank_rakyat",
            "bsn",
            "cimb",
            "deutsche_bank",
            "hong_leong_bank",
            "hsbc",
            "kfh",
            "maybank2e",
            "maybank2u",
            "ocbc",
            "pb_enterprise",
            "public_bank",
            "rhb",
            "standard_chartered",
            "uob",
        ]
    ]


class PaymentIntentsCreatePaymentMethodDataIdealParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "abn_amro",
        "asn_bank",
        "bunq",
        "handelsbanken",
        "ing",
        "knab",
        "moneyou",
        "rabobank",
        "regiobank",
        "revolut",
        "sns_bank",
        "triodos_bank",
        "van_lanschot",
    ]


class PaymentIntentsCreatePaymentMethodDataKlarnaDobParams(TypedDict, total=False):
    """date_of_birth"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class PaymentIntentsCreatePaymentMethodDataKlarnaParams(TypedDict, total=False):
    """param"""

    dob: PaymentIntentsCreatePaymentMethodDataKlarnaDobParams


class PaymentIntentsCreatePaymentMethodDataP24Params(TypedDict, total=False):
    """param"""

    bank: Literal[
        "alior_bank",
        "bank_millennium",
        "bank_nowy_bfg_sa",
        "bank_pekao_sa",
        "banki_spbdzielcze",
        "blik",
        "bnp_paribas",
        "boz",
        "citi_handlowy",
        "credit_agricole",
        "envelobank",
        "etransfer_pocztowy24",
        "getin_bank",
        "ideabank",
        "ing",
        "inteligo",
        "mbank_mtransfer",
        "nest_przelew",
        "noble_pay",
        "pbac_z_ipko",
        "plus_bank",
        "santander_przelew24",
        "tmobile_usbugi_bankowe",
        "toyota_bank",
        "volkswagen_bank",
    ]


class PaymentIntentsCreatePaymentMethodDataParams(TypedDict, total=False):
    """If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will appear
    in the [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    property on the PaymentIntent.
    """

    acss_debit: PaymentIntentsCreatePaymentMethodDataAcssDebitParams
    affirm: Mapping[str, Any]
    afterpay_clearpay: Mapping[str, Any]
    alipay: Mapping[str, Any]
    au_becs_debit: PaymentIntentsCreatePaymentMethodDataAuBecsDebitParams
    bacs_debit: PaymentIntentsCreatePaymentMethodDataBacsDebitParams
    bancontact: Mapping[str, Any]
    billing_details: PaymentIntentsCreatePaymentMethodDataBillingDetailsParams
    blik: Mapping[str, Any]
    boleto: PaymentIntentsCreatePaymentMethodDataBoletoParams
    customer_balance: Mapping[str, Any]
    eps: PaymentIntentsCreatePaymentMethodDataEpsParams
    fpx: PaymentIntentsCreatePaymentMethodDataFpxParams
    giropay: Mapping[str, Any]
    grabpay: Mapping[str, Any]
    ideal: PaymentIntentsCreatePaymentMethodDataIdealParams
    interac_present: Mapping[str, Any]
    klarna: PaymentIntentsCreatePaymentMethodDataKlarnaParams
    konbini: Mapping[str, Any]
    link: Mapping[str, Any]
    metadata: Mapping[str, str]
    oxxo: Mapping[str, Any]
    p24: PaymentIntentsCreatePaymentMethodDataP24Params
    paynow: Mapping[str, Any]
    pix: Mapping[str, Any]
    promptpay: Mapping[str, Any]
    radar_options: PaymentIntentsCreatePaymentMethodDataRadarOptionsParams
    sepa_debit: PaymentIntentsCreatePaymentMethodDataSepaDebitParams
    sofort: PaymentIntentsCreatePaymentMethodDataSofortParams
    type: Required[
        Literal[
            "acss_debit",
            "affirm",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "blik",
            "boleto",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "klarna",
            "konbini",
            "link",
            "oxxo",
            "p24",
            "paynow",
            "pix",
            "promptpay",
            "sepa_debit",
            "sofort",
            "us_bank_account",
            "wechat_pay",
        ]
    ]
    us_bank_account: PaymentIntentsCreatePaymentMethodDataUsBankAccountParams
    wechat_pay: Mapping[str, Any]


class PaymentIntentsCreatePaymentMethodDataRadarOptionsParams(TypedDict, total=False):
    """radar_options"""

    session: str


class PaymentIntentsCreatePaymentMethodDataSepaDebitParams(TypedDict, total=False):
    """param"""

    iban: Required[str]


class PaymentIntentsCreatePaymentMethodDataSofortParams(TypedDict, total=False):
    """param"""

    country: Required[Literal["AT", "BE", "DE", "ES", "IT", "NL"]]


class PaymentIntentsCreatePaymentMethodDataUsBankAccountParams(TypedDict, total=False):
    """payment_method_param"""

    account_holder_type: Literal["company", "individual"]
    account_number: str
    account_type: Literal["checking", "savings"]
    financial_connections_account: str
    routing_number: str


class PaymentIntentsCreatePaymentMethodOptionsAcssDebitMandateOptionsParams(TypedDict, total=False):
    """payment_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | Literal[""]
    interval_description: str
    payment_schedule: Literal["combined", "interval", "sporadic"]
    transaction_type: Literal["business", "personal"]


class PaymentIntentsCreatePaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    mandate_options: PaymentIntentsCreatePaymentMethodOptionsAcssDebitMandateOptionsParams
    setup_future_usage: Literal["", "none", "off_session", "on_session"]
    verification_method: Literal["automatic", "instant", "microdeposits"]


class PaymentIntentsCreatePaymentMethodOptionsAffirmParams(TypedDict, total=False):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"]
    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsAfterpayClearpayParams(TypedDict, total=False):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"]
    reference: str
    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsAlipayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsCreatePaymentMethodOptionsAuBecsDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsCreatePaymentMethodOptionsBacsDebitParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsCreatePaymentMethodOptionsBancontactParams(TypedDict, total=False):
    """payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"]
    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsCreatePaymentMethodOptionsBlikParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    code: str


class PaymentIntentsCreatePaymentMethodOptionsBoletoParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_days: int
    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsCreatePaymentMethodOptionsCardInstallmentsParams(TypedDict, total=False):
    """installments_param"""

    enabled: bool
    plan: PaymentIntentsCreatePaymentMethodOptionsCardInstallmentsPlanParams | Literal[""]


class PaymentIntentsCreatePaymentMethodOptionsCardInstallmentsPlanParams(TypedDict, total=False):
    """installment_plan"""

    count: Required[int]
    interval: Required[Literal["month"]]
    type: Required[Literal["fixed_count"]]


class PaymentIntentsCreatePaymentMethodOptionsCardMandateOptionsParams(TypedDict, total=False):
    """mandate_options_param"""

    amount: Required[int]
    amount_type: Required[Literal["fixed", "maximum"]]
    description: str
    end_date: int
    interval: Required[Literal["day", "month", "sporadic", "week", "year"]]
    interval_count: int
    reference: Required[str]
    start_date: Required[int]
    supported_types: Sequence[Literal["india"]]


class PaymentIntentsCreatePaymentMethodOptionsCardParams(TypedDict, total=False):
    """payment_intent_param"""

    capture_method: Literal["", "manual"]
    cvc_token: str
    installments: PaymentIntentsCreatePaymentMethodOptionsCardInstallmentsParams
    mandate_options: PaymentIntentsCreatePaymentMethodOptionsCardMandateOptionsParams
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]
    setup_future_usage: Literal["", "none", "off_session", "on_session"]
    statement_descriptor_suffix_kana: str | Literal[""]
    statement_descriptor_suffix_kanji: str | Literal[""]


class PaymentIntentsCreatePaymentMethodOptionsCardPresentParams(TypedDict, total=False):
    """payment_method_options_param"""

    request_extended_authorization: bool
    request_incremental_authorization_support: bool


class PaymentIntentsCreatePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_params"""

    country: Required[str]


class PaymentIntentsCreatePaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: (
        PaymentIntentsCreatePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    )
    requested_address_types: Sequence[Literal["iban", "sepa", "sort_code", "spei", "zengin"]]
    type: Required[
        Literal["eu_bank_transfer", "gb_bank_transfer", "jp_bank_transfer", "mx_bank_transfer"]
    ]


class PaymentIntentsCreatePaymentMethodOptionsCustomerBalanceParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    bank_transfer: PaymentIntentsCreatePaymentMethodOptionsCustomerBalanceBankTransferParams
    funding_type: Literal["bank_transfer"]
    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsEpsParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsFpxParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsGiropayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsGrabpayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsIdealParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsCreatePaymentMethodOptionsKlarnaParams(TypedDict, total=False):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"]
    preferred_locale: Literal[
        "da-DK",
        "de-AT",
        "de-CH",
        "de-DE",
        "en-AT",
        "en-AU",
        "en-BE",
        "en-CA",
        "en-CH",
        "en-DE",
        "en-DK",
        "en-ES",
        "en-FI",
        "en-FR",
        "en-GB",
        "en-IE",
        "en-IT",
        "en-NL",
        "en-NO",
        "en-NZ",
        "en-PL",
        "en-PT",
        "en-SE",
        "en-US",
        "es-ES",
        "es-US",
        "fi-FI",
        "fr-BE",
        "fr-CA",
        "fr-CH",
        "fr-FR",
        "it-CH",
        "it-IT",
        "nb-NO",
        "nl-BE",
        "nl-NL",
        "pl-PL",
        "pt-PT",
        "sv-FI",
        "sv-SE",
    ]
    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsKonbiniParams(TypedDict, total=False):
    """payment_method_options_param"""

    confirmation_number: str
    expires_after_days: int | Literal[""]
    expires_at: int | Literal[""]
    product_description: str
    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsLinkParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    capture_method: Literal["", "manual"]
    persistent_token: str
    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsCreatePaymentMethodOptionsOxxoParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_days: int
    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsP24Params(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]
    tos_shown_and_accepted: bool


class PaymentIntentsCreatePaymentMethodOptionsParams(TypedDict, total=False):
    """Payment-method-specific configuration for this PaymentIntent."""

    acss_debit: PaymentIntentsCreatePaymentMethodOptionsAcssDebitParams | Literal[""]
    affirm: PaymentIntentsCreatePaymentMethodOptionsAffirmParams | Literal[""]
    afterpay_clearpay: PaymentIntentsCreatePaymentMethodOptionsAfterpayClearpayParams | Literal[""]
    alipay: PaymentIntentsCreatePaymentMethodOptionsAlipayParams | Literal[""]
    au_becs_debit: PaymentIntentsCreatePaymentMethodOptionsAuBecsDebitParams | Literal[""]
    bacs_debit: PaymentIntentsCreatePaymentMethodOptionsBacsDebitParams | Literal[""]
    bancontact: PaymentIntentsCreatePaymentMethodOptionsBancontactParams | Literal[""]
    blik: PaymentIntentsCreatePaymentMethodOptionsBlikParams | Literal[""]
    boleto: PaymentIntentsCreatePaymentMethodOptionsBoletoParams | Literal[""]
    card: PaymentIntentsCreatePaymentMethodOptionsCardParams | Literal[""]
    card_present: PaymentIntentsCreatePaymentMethodOptionsCardPresentParams | Literal[""]
    customer_balance: PaymentIntentsCreatePaymentMethodOptionsCustomerBalanceParams | Literal[""]
    eps: PaymentIntentsCreatePaymentMethodOptionsEpsParams | Literal[""]
    fpx: PaymentIntentsCreatePaymentMethodOptionsFpxParams | Literal[""]
    giropay: PaymentIntentsCreatePaymentMethodOptionsGiropayParams | Literal[""]
    grabpay: PaymentIntentsCreatePaymentMethodOptionsGrabpayParams | Literal[""]
    ideal: PaymentIntentsCreatePaymentMethodOptionsIdealParams | Literal[""]
    interac_present: Mapping[str, Any] | Literal[""]
    klarna: PaymentIntentsCreatePaymentMethodOptionsKlarnaParams | Literal[""]
    konbini: PaymentIntentsCreatePaymentMethodOptionsKonbiniParams | Literal[""]
    link: PaymentIntentsCreatePaymentMethodOptionsLinkParams | Literal[""]
    oxxo: PaymentIntentsCreatePaymentMethodOptionsOxxoParams | Literal[""]
    p24: PaymentIntentsCreatePaymentMethodOptionsP24Params | Literal[""]
    paynow: PaymentIntentsCreatePaymentMethodOptionsPaynowParams | Literal[""]
    pix: PaymentIntentsCreatePaymentMethodOptionsPixParams | Literal[""]
    promptpay: PaymentIntentsCreatePaymentMethodOptionsPromptpayParams | Literal[""]
    sepa_debit: PaymentIntentsCreatePaymentMethodOptionsSepaDebitParams | Literal[""]
    sofort: PaymentIntentsCreatePaymentMethodOptionsSofortParams | Literal[""]
    us_bank_account: PaymentIntentsCreatePaymentMethodOptionsUsBankAccountParams | Literal[""]
    wechat_pay: PaymentIntentsCreatePaymentMethodOptionsWechatPayParams | Literal[""]


class PaymentIntentsCreatePaymentMethodOptionsPaynowParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsPixParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_seconds: int
    expires_at: int
    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsPromptpayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsCreatePaymentMethodOptionsSepaDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    mandate_options: Mapping[str, Any]
    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsCreatePaymentMethodOptionsSofortParams(TypedDict, total=False):
    """payment_method_options_param"""

    preferred_language: Literal["", "de", "en", "es", "fr", "it", "nl", "pl"]
    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsCreatePaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]
    return_url: str


class PaymentIntentsCreatePaymentMethodOptionsUsBankAccountNetworksParams(TypedDict, total=False):
    """networks_options_param"""

    requested: Sequence[Literal["ach", "us_domestic_wire"]]


class PaymentIntentsCreatePaymentMethodOptionsUsBankAccountParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    financial_connections: (
        PaymentIntentsCreatePaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    )
    networks: PaymentIntentsCreatePaymentMethodOptionsUsBankAccountNetworksParams
    setup_future_usage: Literal["", "none", "off_session", "on_session"]
    verification_method: Literal["automatic", "instant", "microdeposits"]


class PaymentIntentsCreatePaymentMethodOptionsWechatPayParams(TypedDict, total=False):
    """payment_method_options_param"""

    app_id: str
    client: Required[Literal["android", "ios", "web"]]
    setup_future_usage: Literal["none"]


class PaymentIntentsCreateRadarOptionsParams(TypedDict, total=False):
    """Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session) for more information."""

    session: str


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
    """The parameters used to automatically create a Transfer when the payment succeeds.
    For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
    """

    amount: int
    destination: Required[str]


class PaymentIntentsIncrementAuthorizationTransferDataParams(TypedDict, total=False):
    """The parameters used to automatically create a Transfer when the payment is captured.
    For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
    """

    amount: int


class PaymentIntentsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class PaymentIntentsUpdatePaymentMethodDataAcssDebitParams(TypedDict, total=False):
    """payment_method_param"""

    account_number: Required[str]
    institution_number: Required[str]
    transit_number: Required[str]


class PaymentIntentsUpdatePaymentMethodDataAuBecsDebitParams(TypedDict, total=False):
    """param"""

    account_number: Required[str]
    bsb_number: Required[str]


class PaymentIntentsUpdatePaymentMethodDataBacsDebitParams(TypedDict, total=False):
    """param"""

    account_number: str
    sort_code: str


class PaymentIntentsUpdatePaymentMethodDataBillingDetailsAddressParams(TypedDict, total=False):
    """billing_details_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class PaymentIntentsUpdatePaymentMethodDataBillingDetailsParams(TypedDict, total=False):
    """billing_details_inner_params"""

    address: PaymentIntentsUpdatePaymentMethodDataBillingDetailsAddressParams | Literal[""]
    email: str | Literal[""]
    name: str
    phone: str


class PaymentIntentsUpdatePaymentMethodDataBoletoParams(TypedDict, total=False):
    """param"""

    tax_id: Required[str]


class PaymentIntentsUpdatePaymentMethodDataEpsParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "arzte_und_apotheker_bank",
        "austrian_anadi_bank_ag",
        "bank_austria",
        "bankhaus_carl_spangler",
        "bankhaus_schelhammer_und_schattera_ag",
        "bawag_psk_ag",
        "bks_bank_ag",
        "brull_kallmus_bank_ag",
        "btv_vier_lander_bank",
        "capital_bank_grawe_gruppe_ag",
        "deutsche_bank_ag",
        "dolomitenbank",
        "easybank_ag",
        "erste_bank_und_sparkassen",
        "hypo_alpeadriabank_international_ag",
        "hypo_bank_burgenland_aktiengesellschaft",
        "hypo_noe_lb_fur_niederosterreich_u_wien",
        "hypo_oberosterreich_salzburg_steiermark",
        "hypo_tirol_bank_ag",
        "hypo_vorarlberg_bank_ag",
        "marchfelder_bank",
        "oberbank_ag",
        "raiffeisen_bankengruppe_osterreich",
        "schoellerbank_ag",
        "sparda_bank_wien",
        "volksbank_gruppe",
        "volkskreditbank_ag",
        "vr_bank_braunau",
    ]


class PaymentIntentsUpdatePaymentMethodDataFpxParams(TypedDict, total=False):
    """param"""

    bank: Required[
        Literal[
            "affin_bank",
            "agrobank",
            "alliance_bank",
            "ambank",
            "bank_islam",
            "bank_muamalat",
            "bank_of_china",
            "bank_rakyat",
            "bsn",
            "cimb",
            "deutsche_bank",
            "hong_leong_bank",
            "hsbc",
            "kfh",
            "maybank2e",
            "maybank2u",
            "ocbc",
            "pb_enterprise",
            "public_bank",
            "rhb",
            "standard_chartered",
            "uob",
        ]
    ]


class PaymentIntentsUpdatePaymentMethodDataIdealParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "abn_amro",
        "asn_bank",
        "bunq",
        "handelsbanken",
        "ing",
        "knab",
        "moneyou",
        "rabobank",
        "regiobank",
        "revolut",
        "sns_bank",
        "triodos_bank",
        "van_lanschot",
    ]


class PaymentIntentsUpdatePaymentMethodDataKlarnaDobParams(TypedDict, total=False):
    """date_of_birth"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class PaymentIntentsUpdatePaymentMethodDataKlarnaParams(TypedDict, total=False):
    """param"""

    dob: PaymentIntentsUpdatePaymentMethodDataKlarnaDobParams


class PaymentIntentsUpdatePaymentMethodDataP24Params(TypedDict, total=False):
    """param"""

    bank: Literal[
        "alior_bank",
        "bank_millennium",
        "bank_nowy_bfg_sa",
        "bank_pekao_sa",
        "banki_spbdzielcze",
        "blik",
        "bnp_paribas",
        "boz",
        "citi_handlowy",
        "credit_agricole",
        "envelobank",
        "etransfer_pocztowy24",
        "getin_bank",
        "ideabank",
        "ing",
        "inteligo",
        "mbank_mtransfer",
        "nest_przelew",
        "noble_pay",
        "pbac_z_ipko",
        "plus_bank",
        "santander_przelew24",
        "tmobile_usbugi_bankowe",
        "toyota_bank",
        "volkswagen_bank",
    ]


class PaymentIntentsUpdatePaymentMethodDataParams(TypedDict, total=False):
    """If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will appear
    in the [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    property on the PaymentIntent.
    """

    acss_debit: PaymentIntentsUpdatePaymentMethodDataAcssDebitParams
    affirm: Mapping[str, Any]
    afterpay_clearpay: Mapping[str, Any]
    alipay: Mapping[str, Any]
    au_becs_debit: PaymentIntentsUpdatePaymentMethodDataAuBecsDebitParams
    bacs_debit: PaymentIntentsUpdatePaymentMethodDataBacsDebitParams
    bancontact: Mapping[str, Any]
    billing_details: PaymentIntentsUpdatePaymentMethodDataBillingDetailsParams
    blik: Mapping[str, Any]
    boleto: PaymentIntentsUpdatePaymentMethodDataBoletoParams
    customer_balance: Mapping[str, Any]
    eps: PaymentIntentsUpdatePaymentMethodDataEpsParams
    fpx: PaymentIntentsUpdatePaymentMethodDataFpxParams
    giropay: Mapping[str, Any]
    grabpay: Mapping[str, Any]
    ideal: PaymentIntentsUpdatePaymentMethodDataIdealParams
    interac_present: Mapping[str, Any]
    klarna: PaymentIntentsUpdatePaymentMethodDataKlarnaParams
    konbini: Mapping[str, Any]
    link: Mapping[str, Any]
    metadata: Mapping[str, str]
    oxxo: Mapping[str, Any]
    p24: PaymentIntentsUpdatePaymentMethodDataP24Params
    paynow: Mapping[str, Any]
    pix: Mapping[str, Any]
    promptpay: Mapping[str, Any]
    radar_options: PaymentIntentsUpdatePaymentMethodDataRadarOptionsParams
    sepa_debit: PaymentIntentsUpdatePaymentMethodDataSepaDebitParams
    sofort: PaymentIntentsUpdatePaymentMethodDataSofortParams
    type: Required[
        Literal[
            "acss_debit",
            "affirm",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "blik",
            "boleto",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "klarna",
            "konbini",
            "link",
            "oxxo",
            "p24",
            "paynow",
            "pix",
            "promptpay",
            "sepa_debit",
            "sofort",
            "us_bank_account",
            "wechat_pay",
        ]
    ]
    us_bank_account: PaymentIntentsUpdatePaymentMethodDataUsBankAccountParams
    wechat_pay: Mapping[str, Any]


class PaymentIntentsUpdatePaymentMethodDataRadarOptionsParams(TypedDict, total=False):
    """radar_options"""

    session: str


class PaymentIntentsUpdatePaymentMethodDataSepaDebitParams(TypedDict, total=False):
    """param"""

    iban: Required[str]


class PaymentIntentsUpdatePaymentMethodDataSofortParams(TypedDict, total=False):
    """param"""

    country: Required[Literal["AT", "BE", "DE", "ES", "IT", "NL"]]


class PaymentIntentsUpdatePaymentMethodDataUsBankAccountParams(TypedDict, total=False):
    """payment_method_param"""

    account_holder_type: Literal["company", "individual"]
    account_number: str
    account_type: Literal["checking", "savings"]
    financial_connections_account: str
    routing_number: str


class PaymentIntentsUpdatePaymentMethodOptionsAcssDebitMandateOptionsParams(TypedDict, total=False):
    """payment_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | Literal[""]
    interval_description: str
    payment_schedule: Literal["combined", "interval", "sporadic"]
    transaction_type: Literal["business", "personal"]


class PaymentIntentsUpdatePaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    mandate_options: PaymentIntentsUpdatePaymentMethodOptionsAcssDebitMandateOptionsParams
    setup_future_usage: Literal["", "none", "off_session", "on_session"]
    verification_method: Literal["automatic", "instant", "microdeposits"]


class PaymentIntentsUpdatePaymentMethodOptionsAffirmParams(TypedDict, total=False):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"]
    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsAfterpayClearpayParams(TypedDict, total=False):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"]
    reference: str
    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsAlipayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsUpdatePaymentMethodOptionsAuBecsDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsUpdatePaymentMethodOptionsBacsDebitParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsUpdatePaymentMethodOptionsBancontactParams(TypedDict, total=False):
    """payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"]
    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsUpdatePaymentMethodOptionsBlikParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    code: str


class PaymentIntentsUpdatePaymentMethodOptionsBoletoParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_days: int
    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsUpdatePaymentMethodOptionsCardInstallmentsParams(TypedDict, total=False):
    """installments_param"""

    enabled: bool
    plan: PaymentIntentsUpdatePaymentMethodOptionsCardInstallmentsPlanParams | Literal[""]


class PaymentIntentsUpdatePaymentMethodOptionsCardInstallmentsPlanParams(TypedDict, total=False):
    """installment_plan"""

    count: Required[int]
    interval: Required[Literal["month"]]
    type: Required[Literal["fixed_count"]]


class PaymentIntentsUpdatePaymentMethodOptionsCardMandateOptionsParams(TypedDict, total=False):
    """mandate_options_param"""

    amount: Required[int]
    amount_type: Required[Literal["fixed", "maximum"]]
    description: str
    end_date: int
    interval: Required[Literal["day", "month", "sporadic", "week", "year"]]
    interval_count: int
    reference: Required[str]
    start_date: Required[int]
    supported_types: Sequence[Literal["india"]]


class PaymentIntentsUpdatePaymentMethodOptionsCardParams(TypedDict, total=False):
    """payment_intent_param"""

    capture_method: Literal["", "manual"]
    cvc_token: str
    installments: PaymentIntentsUpdatePaymentMethodOptionsCardInstallmentsParams
    mandate_options: PaymentIntentsUpdatePaymentMethodOptionsCardMandateOptionsParams
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]
    setup_future_usage: Literal["", "none", "off_session", "on_session"]
    statement_descriptor_suffix_kana: str | Literal[""]
    statement_descriptor_suffix_kanji: str | Literal[""]


class PaymentIntentsUpdatePaymentMethodOptionsCardPresentParams(TypedDict, total=False):
    """payment_method_options_param"""

    request_extended_authorization: bool
    request_incremental_authorization_support: bool


class PaymentIntentsUpdatePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_params"""

    country: Required[str]


class PaymentIntentsUpdatePaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: (
        PaymentIntentsUpdatePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    )
    requested_address_types: Sequence[Literal["iban", "sepa", "sort_code", "spei", "zengin"]]
    type: Required[
        Literal["eu_bank_transfer", "gb_bank_transfer", "jp_bank_transfer", "mx_bank_transfer"]
    ]


class PaymentIntentsUpdatePaymentMethodOptionsCustomerBalanceParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    bank_transfer: PaymentIntentsUpdatePaymentMethodOptionsCustomerBalanceBankTransferParams
    funding_type: Literal["bank_transfer"]
    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsEpsParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsFpxParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsGiropayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsGrabpayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsIdealParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsUpdatePaymentMethodOptionsKlarnaParams(TypedDict, total=False):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"]
    preferred_locale: Literal[
        "da-DK",
        "de-AT",
        "de-CH",
        "de-DE",
        "en-AT",
        "en-AU",
        "en-BE",
        "en-CA",
        "en-CH",
        "en-DE",
        "en-DK",
        "en-ES",
        "en-FI",
        "en-FR",
        "en-GB",
        "en-IE",
        "en-IT",
        "en-NL",
        "en-NO",
        "en-NZ",
        "en-PL",
        "en-PT",
        "en-SE",
        "en-US",
        "es-ES",
        "es-US",
        "fi-FI",
        "fr-BE",
        "fr-CA",
        "fr-CH",
        "fr-FR",
        "it-CH",
        "it-IT",
        "nb-NO",
        "nl-BE",
        "nl-NL",
        "pl-PL",
        "pt-PT",
        "sv-FI",
        "sv-SE",
    ]
    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsKonbiniParams(TypedDict, total=False):
    """payment_method_options_param"""

    confirmation_number: str
    expires_after_days: int | Literal[""]
    expires_at: int | Literal[""]
    product_description: str
    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsLinkParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    capture_method: Literal["", "manual"]
    persistent_token: str
    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsUpdatePaymentMethodOptionsOxxoParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_days: int
    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsP24Params(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]
    tos_shown_and_accepted: bool


class PaymentIntentsUpdatePaymentMethodOptionsParams(TypedDict, total=False):
    """Payment-method-specific configuration for this PaymentIntent."""

    acss_debit: PaymentIntentsUpdatePaymentMethodOptionsAcssDebitParams | Literal[""]
    affirm: PaymentIntentsUpdatePaymentMethodOptionsAffirmParams | Literal[""]
    afterpay_clearpay: PaymentIntentsUpdatePaymentMethodOptionsAfterpayClearpayParams | Literal[""]
    alipay: PaymentIntentsUpdatePaymentMethodOptionsAlipayParams | Literal[""]
    au_becs_debit: PaymentIntentsUpdatePaymentMethodOptionsAuBecsDebitParams | Literal[""]
    bacs_debit: PaymentIntentsUpdatePaymentMethodOptionsBacsDebitParams | Literal[""]
    bancontact: PaymentIntentsUpdatePaymentMethodOptionsBancontactParams | Literal[""]
    blik: PaymentIntentsUpdatePaymentMethodOptionsBlikParams | Literal[""]
    boleto: PaymentIntentsUpdatePaymentMethodOptionsBoletoParams | Literal[""]
    card: PaymentIntentsUpdatePaymentMethodOptionsCardParams | Literal[""]
    card_present: PaymentIntentsUpdatePaymentMethodOptionsCardPresentParams | Literal[""]
    customer_balance: PaymentIntentsUpdatePaymentMethodOptionsCustomerBalanceParams | Literal[""]
    eps: PaymentIntentsUpdatePaymentMethodOptionsEpsParams | Literal[""]
    fpx: PaymentIntentsUpdatePaymentMethodOptionsFpxParams | Literal[""]
    giropay: PaymentIntentsUpdatePaymentMethodOptionsGiropayParams | Literal[""]
    grabpay: PaymentIntentsUpdatePaymentMethodOptionsGrabpayParams | Literal[""]
    ideal: PaymentIntentsUpdatePaymentMethodOptionsIdealParams | Literal[""]
    interac_present: Mapping[str, Any] | Literal[""]
    klarna: PaymentIntentsUpdatePaymentMethodOptionsKlarnaParams | Literal[""]
    konbini: PaymentIntentsUpdatePaymentMethodOptionsKonbiniParams | Literal[""]
    link: PaymentIntentsUpdatePaymentMethodOptionsLinkParams | Literal[""]
    oxxo: PaymentIntentsUpdatePaymentMethodOptionsOxxoParams | Literal[""]
    p24: PaymentIntentsUpdatePaymentMethodOptionsP24Params | Literal[""]
    paynow: PaymentIntentsUpdatePaymentMethodOptionsPaynowParams | Literal[""]
    pix: PaymentIntentsUpdatePaymentMethodOptionsPixParams | Literal[""]
    promptpay: PaymentIntentsUpdatePaymentMethodOptionsPromptpayParams | Literal[""]
    sepa_debit: PaymentIntentsUpdatePaymentMethodOptionsSepaDebitParams | Literal[""]
    sofort: PaymentIntentsUpdatePaymentMethodOptionsSofortParams | Literal[""]
    us_bank_account: PaymentIntentsUpdatePaymentMethodOptionsUsBankAccountParams | Literal[""]
    wechat_pay: PaymentIntentsUpdatePaymentMethodOptionsWechatPayParams | Literal[""]


class PaymentIntentsUpdatePaymentMethodOptionsPaynowParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsPixParams(TypedDict, total=False):
    """payment_method_options_param"""

    expires_after_seconds: int
    expires_at: int
    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsPromptpayParams(TypedDict, total=False):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"]


class PaymentIntentsUpdatePaymentMethodOptionsSepaDebitParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    mandate_options: Mapping[str, Any]
    setup_future_usage: Literal["", "none", "off_session", "on_session"]


class PaymentIntentsUpdatePaymentMethodOptionsSofortParams(TypedDict, total=False):
    """payment_method_options_param"""

    preferred_language: Literal["", "de", "en", "es", "fr", "it", "nl", "pl"]
    setup_future_usage: Literal["", "none", "off_session"]


class PaymentIntentsUpdatePaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]
    return_url: str


class PaymentIntentsUpdatePaymentMethodOptionsUsBankAccountNetworksParams(TypedDict, total=False):
    """networks_options_param"""

    requested: Sequence[Literal["ach", "us_domestic_wire"]]


class PaymentIntentsUpdatePaymentMethodOptionsUsBankAccountParams(TypedDict, total=False):
    """payment_intent_payment_method_options_param"""

    financial_connections: (
        PaymentIntentsUpdatePaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    )
    networks: PaymentIntentsUpdatePaymentMethodOptionsUsBankAccountNetworksParams
    setup_future_usage: Literal["", "none", "off_session", "on_session"]
    verification_method: Literal["automatic", "instant", "microdeposits"]


class PaymentIntentsUpdatePaymentMethodOptionsWechatPayParams(TypedDict, total=False):
    """payment_method_options_param"""

    app_id: str
    client: Required[Literal["android", "ios", "web"]]
    setup_future_usage: Literal["none"]


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


class PaymentIntentsUpdateTransferDataParams(TypedDict, total=False):
    """The parameters used to automatically create a Transfer when the payment succeeds. For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts)."""

    amount: int


class PaymentLinksCreateAfterCompletionHostedConfirmationParams(TypedDict, total=False):
    """after_completion_confirmation_page_params"""

    custom_message: str


class PaymentLinksCreateAfterCompletionParams(TypedDict, total=False):
    """Behavior after the purchase is complete."""

    hosted_confirmation: PaymentLinksCreateAfterCompletionHostedConfirmationParams
    redirect: PaymentLinksCreateAfterCompletionRedirectParams
    type: Required[Literal["hosted_confirmation", "redirect"]]


class PaymentLinksCreateAfterCompletionRedirectParams(TypedDict, total=False):
    """after_completion_redirect_params"""

    url: Required[str]


class PaymentLinksCreateAutomaticTaxParams(TypedDict, total=False):
    """Configuration for automatic tax collection."""

    enabled: Required[bool]


class PaymentLinksCreateConsentCollectionParams(TypedDict, total=False):
    """Configure fields to gather active consent from customers."""

    promotions: Literal["auto", "none"]
    terms_of_service: Literal["none", "required"]


class PaymentLinksCreateLineItemsItemAdjustableQuantityParams(TypedDict, total=False):
    """adjustable_quantity_params"""

    enabled: Required[bool]
    maximum: int
    minimum: int


class PaymentLinksCreateLineItemsItemParams(TypedDict, total=False):
    """line_items_create_params"""

    adjustable_quantity: PaymentLinksCreateLineItemsItemAdjustableQuantityParams
    price: Required[str]
    quantity: Required[int]


class PaymentLinksCreatePaymentIntentDataParams(TypedDict, total=False):
    """A subset of parameters to be passed to PaymentIntent creation for Checkout Sessions in `payment` mode."""

    capture_method: Literal["automatic", "manual"]
    setup_future_usage: Literal["off_session", "on_session"]


class PaymentLinksCreatePhoneNumberCollectionParams(TypedDict, total=False):
    """Controls phone number collection settings during checkout.

    We recommend that you review your privacy policy and check with your legal contacts.
    """

    enabled: Required[bool]


class PaymentLinksCreateShippingAddressCollectionParams(TypedDict, total=False):
    """Configuration for collecting the customer's shipping address."""

    allowed_countries: Required[
        Sequence[
            Literal[
                "AC",
                "AD",
                "AE",
                "AF",
                "AG",
                "AI",
                "AL",
                "AM",
                "AO",
                "AQ",
                "AR",
                "AT",
                "AU",
                "AW",
                "AX",
                "AZ",
                "BA",
                "BB",
                "BD",
                "BE",
                "BF",
                "BG",
                "BH",
                "BI",
                "BJ",
                "BL",
                "BM",
                "BN",
                "BO",
                "BQ",
                "BR",
                "BS",
                "BT",
                "BV",
                "BW",
                "BY",
                "BZ",
                "CA",
                "CD",
                "CF",
                "CG",
                "CH",
                "CI",
                "CK",
                "CL",
                "CM",
                "CN",
                "CO",
                "CR",
                "CV",
                "CW",
                "CY",
                "CZ",
                "DE",
                "DJ",
                "DK",
                "DM",
                "DO",
                "DZ",
                "EC",
                "EE",
                "EG",
                "EH",
                "ER",
                "ES",
                "ET",
                "FI",
                "FJ",
                "FK",
                "FO",
                "FR",
                "GA",
                "GB",
                "GD",
                "GE",
                "GF",
                "GG",
                "GH",
                "GI",
                "GL",
                "GM",
                "GN",
                "GP",
                "GQ",
                "GR",
                "GS",
                "GT",
                "GU",
                "GW",
                "GY",
                "HK",
                "HN",
                "HR",
                "HT",
                "HU",
                "ID",
                "IE",
                "IL",
                "IM",
                "IN",
                "IO",
                "IQ",
                "IS",
                "IT",
                "JE",
                "JM",
                "JO",
                "JP",
                "KE",
                "KG",
                "KH",
                "KI",
                "KM",
                "KN",
                "KR",
                "KW",
                "KY",
                "KZ",
                "LA",
                "LB",
                "LC",
                "LI",
                "LK",
                "LR",
                "LS",
                "LT",
                "LU",
                "LV",
                "LY",
                "MA",
                "MC",
                "MD",
                "ME",
                "MF",
                "MG",
                "MK",
                "ML",
                "MM",
                "MN",
                "MO",
                "MQ",
                "MR",
                "MS",
                "MT",
                "MU",
                "MV",
                "MW",
                "MX",
                "MY",
                "MZ",
                "NA",
                "NC",
                "NE",
                "NG",
                "NI",
                "NL",
                "NO",
                "NP",
                "NR",
                "NU",
                "NZ",
                "OM",
                "PA",
                "PE",
                "PF",
                "PG",
                "PH",
                "PK",
                "PL",
                "PM",
                "PN",
                "PR",
                "PS",
                "PT",
                "PY",
                "QA",
                "RE",
                "RO",
                "RS",
                "RU",
                "RW",
                "SA",
                "SB",
                "SC",
                "SE",
                "SG",
                "SH",
                "SI",
                "SJ",
                "SK",
                "SL",
                "SM",
                "SN",
                "SO",
                "SR",
                "SS",
                "ST",
                "SV",
                "SX",
                "SZ",
                "TA",
                "TC",
                "TD",
                "TF",
                "TG",
                "TH",
                "TJ",
                "TK",
                "TL",
                "TM",
                "TN",
                "TO",
                "TR",
                "TT",
                "TV",
                "TW",
                "TZ",
                "UA",
                "UG",
                "US",
                "UY",
                "UZ",
                "VA",
                "VC",
                "VE",
                "VG",
                "VN",
                "VU",
                "WF",
                "WS",
                "XK",
                "YE",
                "YT",
                "ZA",
                "ZM",
                "ZW",
                "ZZ",
            ]
        ]
    ]


class PaymentLinksCreateShippingOptionsItemParams(TypedDict, total=False):
    """shipping_option_params"""

    shipping_rate: str


class PaymentLinksCreateSubscriptionDataParams(TypedDict, total=False):
    """When creating a subscription, the specified configuration data will be used. There must be at least one line item with a recurring price to use `subscription_data`."""

    description: str
    trial_period_days: int


class PaymentLinksCreateTaxIdCollectionParams(TypedDict, total=False):
    """Controls tax ID collection during checkout."""

    enabled: Required[bool]


class PaymentLinksCreateTransferDataParams(TypedDict, total=False):
    """The account (if any) the payments will be attributed to for tax reporting, and where funds from each payment will be transferred to."""

    amount: int
    destination: Required[str]


class PaymentLinksUpdateAfterCompletionHostedConfirmationParams(TypedDict, total=False):
    """after_completion_confirmation_page_params"""

    custom_message: str


class PaymentLinksUpdateAfterCompletionParams(TypedDict, total=False):
    """Behavior after the purchase is complete."""

    hosted_confirmation: PaymentLinksUpdateAfterCompletionHostedConfirmationParams
    redirect: PaymentLinksUpdateAfterCompletionRedirectParams
    type: Required[Literal["hosted_confirmation", "redirect"]]


class PaymentLinksUpdateAfterCompletionRedirectParams(TypedDict, total=False):
    """after_completion_redirect_params"""

    url: Required[str]


class PaymentLinksUpdateAutomaticTaxParams(TypedDict, total=False):
    """Configuration for automatic tax collection."""

    enabled: Required[bool]


class PaymentLinksUpdateLineItemsItemAdjustableQuantityParams(TypedDict, total=False):
    """adjustable_quantity_params"""

    enabled: Required[bool]
    maximum: int
    minimum: int


class PaymentLinksUpdateLineItemsItemParams(TypedDict, total=False):
    """line_items_update_params"""

    adjustable_quantity: PaymentLinksUpdateLineItemsItemAdjustableQuantityParams
    id: Required[str]
    quantity: int


class PaymentLinksUpdateShippingAddressCollectionParams(TypedDict, total=False):
    """shipping_address_collection_params"""

    allowed_countries: Required[
        Sequence[
            Literal[
                "AC",
                "AD",
                "AE",
                "AF",
                "AG",
                "AI",
                "AL",
                "AM",
                "AO",
                "AQ",
                "AR",
                "AT",
                "AU",
                "AW",
                "AX",
                "AZ",
                "BA",
                "BB",
                "BD",
                "BE",
                "BF",
                "BG",
                "BH",
                "BI",
                "BJ",
                "BL",
                "BM",
                "BN",
                "BO",
                "BQ",
                "BR",
                "BS",
                "BT",
                "BV",
                "BW",
                "BY",
                "BZ",
                "CA",
                "CD",
                "CF",
                "CG",
                "CH",
                "CI",
                "CK",
                "CL",
                "CM",
                "CN",
                "CO",
                "CR",
                "CV",
                "CW",
                "CY",
                "CZ",
                "DE",
                "DJ",
                "DK",
                "DM",
                "DO",
                "DZ",
                "EC",
                "EE",
                "EG",
                "EH",
                "ER",
                "ES",
                "ET",
                "FI",
                "FJ",
                "FK",
                "FO",
                "FR",
                "GA",
                "GB",
                "GD",
                "GE",
                "GF",
                "GG",
                "GH",
                "GI",
                "GL",
                "GM",
                "GN",
                "GP",
                "GQ",
                "GR",
                "GS",
                "GT",
                "GU",
                "GW",
                "GY",
                "HK",
                "HN",
                "HR",
                "HT",
                "HU",
                "ID",
                "IE",
                "IL",
                "IM",
                "IN",
                "IO",
                "IQ",
                "IS",
                "IT",
                "JE",
                "JM",
                "JO",
                "JP",
                "KE",
                "KG",
                "KH",
                "KI",
                "KM",
                "KN",
                "KR",
                "KW",
                "KY",
                "KZ",
                "LA",
                "LB",
                "LC",
                "LI",
                "LK",
                "LR",
                "LS",
                "LT",
                "LU",
                "LV",
                "LY",
                "MA",
                "MC",
                "MD",
                "ME",
                "MF",
                "MG",
                "MK",
                "ML",
                "MM",
                "MN",
                "MO",
                "MQ",
                "MR",
                "MS",
                "MT",
                "MU",
                "MV",
                "MW",
                "MX",
                "MY",
                "MZ",
                "NA",
                "NC",
                "NE",
                "NG",
                "NI",
                "NL",
                "NO",
                "NP",
                "NR",
                "NU",
                "NZ",
                "OM",
                "PA",
                "PE",
                "PF",
                "PG",
                "PH",
                "PK",
                "PL",
                "PM",
                "PN",
                "PR",
                "PS",
                "PT",
                "PY",
                "QA",
                "RE",
                "RO",
                "RS",
                "RU",
                "RW",
                "SA",
                "SB",
                "SC",
                "SE",
                "SG",
                "SH",
                "SI",
                "SJ",
                "SK",
                "SL",
                "SM",
                "SN",
                "SO",
                "SR",
                "SS",
                "ST",
                "SV",
                "SX",
                "SZ",
                "TA",
                "TC",
                "TD",
                "TF",
                "TG",
                "TH",
                "TJ",
                "TK",
                "TL",
                "TM",
                "TN",
                "TO",
                "TR",
                "TT",
                "TV",
                "TW",
                "TZ",
                "UA",
                "UG",
                "US",
                "UY",
                "UZ",
                "VA",
                "VC",
                "VE",
                "VG",
                "VN",
                "VU",
                "WF",
                "WS",
                "XK",
                "YE",
                "YT",
                "ZA",
                "ZM",
                "ZW",
                "ZZ",
            ]
        ]
    ]


class PaymentMethodsCreateAcssDebitParams(TypedDict, total=False):
    """If this is an `acss_debit` PaymentMethod, this hash contains details about the ACSS Debit payment method."""

    account_number: Required[str]
    institution_number: Required[str]
    transit_number: Required[str]


class PaymentMethodsCreateAuBecsDebitParams(TypedDict, total=False):
    """If this is an `au_becs_debit` PaymentMethod, this hash contains details about the bank account."""

    account_number: Required[str]
    bsb_number: Required[str]


class PaymentMethodsCreateBacsDebitParams(TypedDict, total=False):
    """If this is a `bacs_debit` PaymentMethod, this hash contains details about the Bacs Direct Debit bank account."""

    account_number: str
    sort_code: str


class PaymentMethodsCreateBillingDetailsAddressParams(TypedDict, total=False):
    """billing_details_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class PaymentMethodsCreateBillingDetailsParams(TypedDict, total=False):
    """Billing information associated with the PaymentMethod that may be used or required by particular types of payment methods."""

    address: PaymentMethodsCreateBillingDetailsAddressParams | Literal[""]
    email: str | Literal[""]
    name: str
    phone: str


class PaymentMethodsCreateBoletoParams(TypedDict, total=False):
    """If this is a `boleto` PaymentMethod, this hash contains details about the Boleto payment method."""

    tax_id: Required[str]


class PaymentMethodsCreateCard0Params(TypedDict, total=False):
    """card_details_params"""

    cvc: str
    exp_month: Required[int]
    exp_year: Required[int]
    number: Required[str]


class PaymentMethodsCreateCard1Params(TypedDict, total=False):
    """token_params"""

    token: Required[str]


class PaymentMethodsCreateEpsParams(TypedDict, total=False):
    """If this is an `eps` PaymentMethod, this hash contains details about the EPS payment method."""

    bank: Literal[
        "arzte_und_apotheker_bank",
        "austrian_anadi_bank_ag",
        "bank_austria",
        "bankhaus_carl_spangler",
        "bankhaus_schelhammer_und_schattera_ag",
        "bawag_psk_ag",
        "bks_bank_ag",
        "brull_kallmus_bank_ag",
        "btv_vier_lander_bank",
        "capital_bank_grawe_gruppe_ag",
        "deutsche_bank_ag",
        "dolomitenbank",
        "easybank_ag",
        "erste_bank_und_sparkassen",
        "hypo_alpeadriabank_international_ag",
        "hypo_bank_burgenland_aktiengesellschaft",
        "hypo_noe_lb_fur_niederosterreich_u_wien",
        "hypo_oberosterreich_salzburg_steiermark",
        "hypo_tirol_bank_ag",
        "hypo_vorarlberg_bank_ag",
        "marchfelder_bank",
        "oberbank_ag",
        "raiffeisen_bankengruppe_osterreich",
        "schoellerbank_ag",
        "sparda_bank_wien",
        "volksbank_gruppe",
        "volkskreditbank_ag",
        "vr_bank_braunau",
    ]


class PaymentMethodsCreateFpxParams(TypedDict, total=False):
    """If this is an `fpx` PaymentMethod, this hash contains details about the FPX payment method."""

    bank: Required[
        Literal[
            "affin_bank",
            "agrobank",
            "alliance_bank",
            "ambank",
            "bank_islam",
            "bank_muamalat",
            "bank_of_china",
            "bank_rakyat",
            "bsn",
            "cimb",
            "deutsche_bank",
            "hong_leong_bank",
            "hsbc",
            "kfh",
            "maybank2e",
            "maybank2u",
            "ocbc",
            "pb_enterprise",
            "public_bank",
            "rhb",
            "standard_chartered",
            "uob",
        ]
    ]


class PaymentMethodsCreateIdealParams(TypedDict, total=False):
    """If this is an `ideal` PaymentMethod, this hash contains details about the iDEAL payment method."""

    bank: Literal[
        "abn_amro",
        "asn_bank",
        "bunq",
        "handelsbanken",
        "ing",
        "knab",
        "moneyou",
        "rabobank",
        "regiobank",
        "revolut",
        "sns_bank",
        "triodos_bank",
        "van_lanschot",
    ]


class PaymentMethodsCreateKlarnaDobParams(TypedDict, total=False):
    """date_of_birth"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class PaymentMethodsCreateKlarnaParams(TypedDict, total=False):
    """If this is a `klarna` PaymentMethod, this hash contains details about the Klarna payment method."""

    dob: PaymentMethodsCreateKlarnaDobParams


class PaymentMethodsCreateP24Params(TypedDict, total=False):
    """If this is a `p24` PaymentMethod, this hash contains details about the P24 payment method."""

    bank: Literal[
        "alior_bank",
        "bank_millennium",
        "bank_nowy_bfg_sa",
        "bank_pekao_sa",
        "banki_spbdzielcze",
        "blik",
        "bnp_paribas",
        "boz",
        "citi_handlowy",
        "credit_agricole",
        "envelobank",
        "etransfer_pocztowy24",
        "getin_bank",
        "ideabank",
        "ing",
        "inteligo",
        "mbank_mtransfer",
        "nest_przelew",
        "noble_pay",
        "pbac_z_ipko",
        "plus_bank",
        "santander_przelew24",
        "tmobile_usbugi_bankowe",
        "toyota_bank",
        "volkswagen_bank",
    ]


class PaymentMethodsCreateRadarOptionsParams(TypedDict, total=False):
    """Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session) for more information."""

    session: str


class PaymentMethodsCreateSepaDebitParams(TypedDict, total=False):
    """If this is a `sepa_debit` PaymentMethod, this hash contains details about the SEPA debit bank account."""

    iban: Required[str]


class PaymentMethodsCreateSofortParams(TypedDict, total=False):
    """If this is a `sofort` PaymentMethod, this hash contains details about the SOFORT payment method."""

    country: Required[Literal["AT", "BE", "DE", "ES", "IT", "NL"]]


class PaymentMethodsCreateUsBankAccountParams(TypedDict, total=False):
    """If this is an `us_bank_account` PaymentMethod, this hash contains details about the US bank account payment method."""

    account_holder_type: Literal["company", "individual"]
    account_number: str
    account_type: Literal["checking", "savings"]
    financial_connections_account: str
    routing_number: str


class PaymentMethodsUpdateBillingDetailsAddressParams(TypedDict, total=False):
    """billing_details_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class PaymentMethodsUpdateBillingDetailsParams(TypedDict, total=False):
    """Billing information associated with the PaymentMethod that may be used or required by particular types of payment methods."""

    address: PaymentMethodsUpdateBillingDetailsAddressParams | Literal[""]
    email: str | Literal[""]
    name: str
    phone: str


class PaymentMethodsUpdateCardParams(TypedDict, total=False):
    """If this is a `card` PaymentMethod, this hash contains the user's card details."""

    exp_month: int
    exp_year: int


class PaymentMethodsUpdateUsBankAccountParams(TypedDict, total=False):
    """If this is an `us_bank_account` PaymentMethod, this hash contains details about the US bank account payment method."""

    account_holder_type: Literal["company", "individual"]


class PayoutsListArrivalDateParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class PayoutsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class PlansCreateProductParams(TypedDict, total=False):
    """The product whose pricing the created plan will represent. This can either be the ID of an existing product, or a dictionary containing fields used to create a [service product](https://stripe.com/docs/api#product_object-type)."""

    active: bool
    id: str
    metadata: Mapping[str, str]
    name: Required[str]
    statement_descriptor: str
    tax_code: str
    unit_label: str


class PlansCreateTiersItemParams(TypedDict, total=False):
    """tier"""

    flat_amount: int
    flat_amount_decimal: str
    unit_amount: int
    unit_amount_decimal: str
    up_to: Required[Literal["inf"] | int]


class PlansCreateTransformUsageParams(TypedDict, total=False):
    """Apply a transformation to the reported usage or set quantity before computing the billed price. Cannot be combined with `tiers`."""

    divide_by: Required[int]
    round: Required[Literal["down", "up"]]


class PlansListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class PricesCreateCurrencyOptionsValueCustomUnitAmountParams(TypedDict, total=False):
    """custom_unit_amount"""

    enabled: Required[bool]
    maximum: int
    minimum: int
    preset: int


class PricesCreateCurrencyOptionsValueParams(TypedDict, total=False):
    """currency_option"""

    custom_unit_amount: PricesCreateCurrencyOptionsValueCustomUnitAmountParams
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tiers: Sequence[PricesCreateCurrencyOptionsValueTiersItemParams]
    unit_amount: int
    unit_amount_decimal: str


class PricesCreateCurrencyOptionsValueTiersItemParams(TypedDict, total=False):
    """tier"""

    flat_amount: int
    flat_amount_decimal: str
    unit_amount: int
    unit_amount_decimal: str
    up_to: Required[Literal["inf"] | int]


class PricesCreateCustomUnitAmountParams(TypedDict, total=False):
    """When set, provides configuration for the amount to be adjusted by the customer during Checkout Sessions and Payment Links."""

    enabled: Required[bool]
    maximum: int
    minimum: int
    preset: int


class PricesCreateProductDataParams(TypedDict, total=False):
    """These fields can be used to create a new product that this price will belong to."""

    active: bool
    id: str
    metadata: Mapping[str, str]
    name: Required[str]
    statement_descriptor: str
    tax_code: str
    unit_label: str


class PricesCreateRecurringParams(TypedDict, total=False):
    """The recurring components of a price such as `interval` and `usage_type`."""

    aggregate_usage: Literal["last_during_period", "last_ever", "max", "sum"]
    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int
    usage_type: Literal["licensed", "metered"]


class PricesCreateTiersItemParams(TypedDict, total=False):
    """tier"""

    flat_amount: int
    flat_amount_decimal: str
    unit_amount: int
    unit_amount_decimal: str
    up_to: Required[Literal["inf"] | int]


class PricesCreateTransformQuantityParams(TypedDict, total=False):
    """Apply a transformation to the reported usage or set quantity before computing the billed price. Cannot be combined with `tiers`."""

    divide_by: Required[int]
    round: Required[Literal["down", "up"]]


class PricesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class PricesListRecurringParams(TypedDict, total=False):
    """all_prices_recurring_params"""

    interval: Literal["day", "month", "week", "year"]
    usage_type: Literal["licensed", "metered"]


class PricesUpdateCurrencyOptionsValueCustomUnitAmountParams(TypedDict, total=False):
    """custom_unit_amount"""

    enabled: Required[bool]
    maximum: int
    minimum: int
    preset: int


class PricesUpdateCurrencyOptionsValueParams(TypedDict, total=False):
    """currency_option"""

    custom_unit_amount: PricesUpdateCurrencyOptionsValueCustomUnitAmountParams
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tiers: Sequence[PricesUpdateCurrencyOptionsValueTiersItemParams]
    unit_amount: int
    unit_amount_decimal: str


class PricesUpdateCurrencyOptionsValueTiersItemParams(TypedDict, total=False):
    """tier"""

    flat_amount: int
    flat_amount_decimal: str
    unit_amount: int
    unit_amount_decimal: str
    up_to: Required[Literal["inf"] | int]


class ProductsCreateDefaultPriceDataCurrencyOptionsValueCustomUnitAmountParams(
    TypedDict, total=False
):
    """custom_unit_amount"""

    enabled: Required[bool]
    maximum: int
    minimum: int
    preset: int


class ProductsCreateDefaultPriceDataCurrencyOptionsValueParams(TypedDict, total=False):
    """currency_option"""

    custom_unit_amount: ProductsCreateDefaultPriceDataCurrencyOptionsValueCustomUnitAmountParams
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tiers: Sequence[ProductsCreateDefaultPriceDataCurrencyOptionsValueTiersItemParams]
    unit_amount: int
    unit_amount_decimal: str


class ProductsCreateDefaultPriceDataCurrencyOptionsValueTiersItemParams(TypedDict, total=False):
    """tier"""

    flat_amount: int
    flat_amount_decimal: str
    unit_amount: int
    unit_amount_decimal: str
    up_to: Required[Literal["inf"] | int]


class ProductsCreateDefaultPriceDataParams(TypedDict, total=False):
    """Data used to generate a new [Price](https://stripe.com/docs/api/prices) object. This Price will be set as the default price for this product."""

    currency: Required[str]
    currency_options: Mapping[str, ProductsCreateDefaultPriceDataCurrencyOptionsValueParams]
    recurring: ProductsCreateDefaultPriceDataRecurringParams
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class ProductsCreateDefaultPriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class ProductsCreatePackageDimensionsParams(TypedDict, total=False):
    """The dimensions of this product for shipping purposes."""

    height: Required[float]
    length: Required[float]
    weight: Required[float]
    width: Required[float]


class ProductsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class ProductsUpdatePackageDimensionsParams(TypedDict, total=False):
    """package_dimensions_specs"""

    height: Required[float]
    length: Required[float]
    weight: Required[float]
    width: Required[float]


class PromotionCodesCreateRestrictionsCurrencyOptionsValueParams(TypedDict, total=False):
    """currency_option"""

    minimum_amount: int


class PromotionCodesCreateRestrictionsParams(TypedDict, total=False):
    """Settings that restrict the redemption of the promotion code."""

    currency_options: Mapping[str, PromotionCodesCreateRestrictionsCurrencyOptionsValueParams]
    first_time_transaction: bool
    minimum_amount: int
    minimum_amount_currency: str


class PromotionCodesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class PromotionCodesUpdateRestrictionsCurrencyOptionsValueParams(TypedDict, total=False):
    """currency_option"""

    minimum_amount: int


class PromotionCodesUpdateRestrictionsParams(TypedDict, total=False):
    """Settings that restrict the redemption of the promotion code."""

    currency_options: Mapping[str, PromotionCodesUpdateRestrictionsCurrencyOptionsValueParams]


class QuotesCreateAutomaticTaxParams(TypedDict, total=False):
    """Settings for automatic tax lookup for this quote and resulting invoices and subscriptions."""

    enabled: Required[bool]


class QuotesCreateDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class QuotesCreateFromQuoteParams(TypedDict, total=False):
    """Clone an existing quote. The new quote will be created in `status=draft`. When using this parameter, you cannot specify any other parameters except for `expires_at`."""

    is_revision: bool
    quote: Required[str]


class QuotesCreateInvoiceSettingsParams(TypedDict, total=False):
    """All invoices will be billed using the specified settings."""

    days_until_due: int


class QuotesCreateLineItemsItemParams(TypedDict, total=False):
    """line_item_create_params"""

    price: str
    price_data: QuotesCreateLineItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class QuotesCreateLineItemsItemPriceDataParams(TypedDict, total=False):
    """price_data"""

    currency: Required[str]
    product: Required[str]
    recurring: QuotesCreateLineItemsItemPriceDataRecurringParams
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class QuotesCreateLineItemsItemPriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class QuotesCreateSubscriptionDataParams(TypedDict, total=False):
    """When creating a subscription or subscription schedule, the specified configuration data will be used. There must be at least one line item with a recurring price for a subscription or subscription schedule to be created. A subscription schedule is created if `subscription_data[effective_date]` is present and in the future, otherwise a subscription is created."""

    description: str
    effective_date: Literal["current_period_end", ""] | int
    trial_period_days: int | Literal[""]


class QuotesCreateTransferDataParams(TypedDict, total=False):
    """transfer_data_specs"""

    amount: int
    amount_percent: float
    destination: Required[str]


class QuotesUpdateAutomaticTaxParams(TypedDict, total=False):
    """Settings for automatic tax lookup for this quote and resulting invoices and subscriptions."""

    enabled: Required[bool]


class QuotesUpdateDiscountsItemParams(TypedDict, total=False):
    """discounts_data_param"""

    coupon: str
    discount: str


class QuotesUpdateInvoiceSettingsParams(TypedDict, total=False):
    """All invoices will be billed using the specified settings."""

    days_until_due: int


class QuotesUpdateLineItemsItemParams(TypedDict, total=False):
    """line_item_update_params"""

    id: str
    price: str
    price_data: QuotesUpdateLineItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class QuotesUpdateLineItemsItemPriceDataParams(TypedDict, total=False):
    """price_data"""

    currency: Required[str]
    product: Required[str]
    recurring: QuotesUpdateLineItemsItemPriceDataRecurringParams
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class QuotesUpdateLineItemsItemPriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class QuotesUpdateSubscriptionDataParams(TypedDict, total=False):
    """When creating a subscription or subscription schedule, the specified configuration data will be used. There must be at least one line item with a recurring price for a subscription or subscription schedule to be created. A subscription schedule is created if `subscription_data[effective_date]` is present and in the future, otherwise a subscription is created."""

    description: str
    effective_date: Literal["current_period_end", ""] | int
    trial_period_days: int | Literal[""]


class QuotesUpdateTransferDataParams(TypedDict, total=False):
    """transfer_data_specs"""

    amount: int
    amount_percent: float
    destination: Required[str]


class RadarValueListItemsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class RadarValueListsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class RefundsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class ReportingReportRunsCreateParametersParams(TypedDict, total=False):
    """Parameters specifying how the report should be run. Different Report Types have different required and optional parameters, listed in the [API Access to Reports](https://stripe.com/docs/reporting/statements/api) documentation."""

    columns: Sequence[str]
    connected_account: str
    currency: str
    interval_end: int
    interval_start: int
    payout: str
    reporting_category: Literal[
        "advance",
        "advance_funding",
        "anticipation_repayment",
        "charge",
        "charge_failure",
        "connect_collection_transfer",
        "connect_reserved_funds",
        "contribution",
        "dispute",
        "dispute_reversal",
        "fee",
        "financing_paydown",
        "financing_paydown_reversal",
        "financing_payout",
        "financing_payout_reversal",
        "issuing_authorization_hold",
        "issuing_authorization_release",
        "issuing_dispute",
        "issuing_transaction",
        "network_cost",
        "other_adjustment",
        "partial_capture_reversal",
        "payout",
        "payout_reversal",
        "platform_earning",
        "platform_earning_refund",
        "refund",
        "refund_failure",
        "risk_reserved_funds",
        "tax",
        "topup",
        "topup_reversal",
        "transfer",
        "transfer_reversal",
    ]
    timezone: Literal[
        "Africa/Abidjan",
        "Africa/Accra",
        "Africa/Addis_Ababa",
        "Africa/Algiers",
        "Africa/Asmara",
        "Africa/Asmera",
        "Africa/Bamako",
        "Africa/Bangui",
        "Africa/Banjul",
        "Africa/Bissau",
        "Africa/Blantyre",
        "Africa/Brazzaville",
        "Africa/Bujumbura",
        "Africa/Cairo",
        "Africa/Casablanca",
        "Africa/Ceuta",
        "Africa/Conakry",
        "Africa/Dakar",
        "Africa/Dar_es_Salaam",
        "Africa/Djibouti",
        "Africa/Douala",
        "Africa/El_Aaiun",
        "Africa/Freetown",
        "Africa/Gaborone",
        "Africa/Harare",
        "Africa/Johannesburg",
        "Africa/Juba",
        "Africa/Kampala",
        "Africa/Khartoum",
        "Africa/Kigali",
        "Africa/Kinshasa",
        "Africa/Lagos",
        "Africa/Libreville",
        "Africa/Lome",
        "Africa/Luanda",
        "Africa/Lubumbashi",
        "Africa/Lusaka",
        "Africa/Malabo",
        "Africa/Maputo",
        "Africa/Maseru",
        "Africa/Mbabane",
        "Africa/Mogadishu",
        "Africa/Monrovia",
        "Africa/Nairobi",
        "Africa/Ndjamena",
        "Africa/Niamey",
        "Africa/Nouakchott",
        "Africa/Ouagadougou",
        "Africa/Porto-Novo",
        "Africa/Sao_Tome",
        "Africa/Timbuktu",
        "Africa/Tripoli",
        "Africa/Tunis",
        "Africa/Windhoek",
        "America/Adak",
        "America/Anchorage",
        "America/Anguilla",
        "America/Antigua",
        "America/Araguaina",
        "America/Argentina/Buenos_Aires",
        "America/Argentina/Catamarca",
        "America/Argentina/ComodRivadavia",
        "America/Argentina/Cordoba",
        "America/Argentina/Jujuy",
        "America/Argentina/La_Rioja",
        "America/Argentina/Mendoza",
        "America/Argentina/Rio_Gallegos",
        "America/Argentina/Salta",
        "America/Argentina/San_Juan",
        "America/Argentina/San_Luis",
        "America/Argentina/Tucuman",
        "America/Argentina/Ushuaia",
        "America/Aruba",
        "America/Asuncion",
        "America/Atikokan",
        "America/Atka",
        "America/Bahia",
        "America/Bahia_Banderas",
        "America/Barbados",
        "America/Belem",
        "America/Belize",
        "America/Blanc-Sablon",
        "America/Boa_Vista",
        "America/Bogota",
        "America/Boise",
        "America/Buenos_Aires",
        "America/Cambridge_Bay",
        "America/Campo_Grande",
        "America/Cancun",
        "America/Caracas",
        "America/Catamarca",
        "America/Cayenne",
        "America/Cayman",
        "America/Chicago",
        "America/Chihuahua",
        "America/Coral_Harbour",
        "America/Cordoba",
        "America/Costa_Rica",
        "America/Creston",
        "America/Cuiaba",
        "America/Curacao",
        "America/Danmarkshavn",
        "America/Dawson",
        "America/Dawson_Creek",
        "America/Denver",
        "America/Detroit",
        "America/Dominica",
        "America/Edmonton",
        "America/Eirunepe",
        "America/El_Salvador",
        "America/Ensenada",
        "America/Fort_Nelson",
        "America/Fort_Wayne",
        "America/Fortaleza",
        "America/Glace_Bay",
        "America/Godthab",
        "America/Goose_Bay",
        "America/Grand_Turk",
        "America/Grenada",
        "America/Guadeloupe",
        "America/Guatemala",
        "America/Guayaquil",
        "America/Guyana",
        "America/Halifax",
        "America/Havana",
        "America/Hermosillo",
        "America/Indiana/Indianapolis",
        "America/Indiana/Knox",
        "America/Indiana/Marengo",
        "America/Indiana/Petersburg",
        "America/Indiana/Tell_City",
        "America/Indiana/Vevay",
        "America/Indiana/Vincennes",
        "America/Indiana/Winamac",
        "America/Indianapolis",
        "America/Inuvik",
        "America/Iqaluit",
        "America/Jamaica",
        "America/Jujuy",
        "America/Juneau",
        "America/Kentucky/Louisville",
        "America/Kentucky/Monticello",
        "America/Knox_IN",
        "America/Kralendijk",
        "America/La_Paz",
        "America/Lima",
        "America/Los_Angeles",
        "America/Louisville",
        "America/Lower_Princes",
        "America/Maceio",
        "America/Managua",
        "America/Manaus",
        "America/Marigot",
        "America/Martinique",
        "America/Matamoros",
        "America/Mazatlan",
        "America/Mendoza",
        "America/Menominee",
        "America/Merida",
        "America/Metlakatla",
        "America/Mexico_City",
        "America/Miquelon",
        "America/Moncton",
        "America/Monterrey",
        "America/Montevideo",
        "America/Montreal",
        "America/Montserrat",
        "America/Nassau",
        "America/New_York",
        "America/Nipigon",
        "America/Nome",
        "America/Noronha",
        "America/North_Dakota/Beulah",
        "America/North_Dakota/Center",
        "America/North_Dakota/New_Salem",
        "America/Nuuk",
        "America/Ojinaga",
        "America/Panama",
        "America/Pangnirtung",
        "America/Paramaribo",
        "America/Phoenix",
        "America/Port-au-Prince",
        "America/Port_of_Spain",
        "America/Porto_Acre",
        "America/Porto_Velho",
        "America/Puerto_Rico",
        "America/Punta_Arenas",
        "America/Rainy_River",
        "America/Rankin_Inlet",
        "America/Recife",
        "America/Regina",
        "America/Resolute",
        "America/Rio_Branco",
        "America/Rosario",
        "America/Santa_Isabel",
        "America/Santarem",
        "America/Santiago",
        "America/Santo_Domingo",
        "America/Sao_Paulo",
        "America/Scoresbysund",
        "America/Shiprock",
        "America/Sitka",
        "America/St_Barthelemy",
        "America/St_Johns",
        "America/St_Kitts",
        "America/St_Lucia",
        "America/St_Thomas",
        "America/St_Vincent",
        "America/Swift_Current",
        "America/Tegucigalpa",
        "America/Thule",
        "America/Thunder_Bay",
        "America/Tijuana",
        "America/Toronto",
        "America/Tortola",
        "America/Vancouver",
        "America/Virgin",
        "America/Whitehorse",
        "America/Winnipeg",
        "America/Yakutat",
        "America/Yellowknife",
        "Antarctica/Casey",
        "Antarctica/Davis",
        "Antarctica/DumontDUrville",
        "Antarctica/Macquarie",
        "Antarctica/Mawson",
        "Antarctica/McMurdo",
        "Antarctica/Palmer",
        "Antarctica/Rothera",
        "Antarctica/South_Pole",
        "Antarctica/Syowa",
        "Antarctica/Troll",
        "Antarctica/Vostok",
        "Arctic/Longyearbyen",
        "Asia/Aden",
        "Asia/Almaty",
        "Asia/Amman",
        "Asia/Anadyr",
        "Asia/Aqtau",
        "Asia/Aqtobe",
        "Asia/Ashgabat",
        "Asia/Ashkhabad",
        "Asia/Atyrau",
        "Asia/Baghdad",
        "Asia/Bahrain",
        "Asia/Baku",
        "Asia/Bangkok",
        "Asia/Barnaul",
        "Asia/Beirut",
        "Asia/Bishkek",
        "Asia/Brunei",
        "Asia/Calcutta",
        "Asia/Chita",
        "Asia/Choibalsan",
        "Asia/Chongqing",
        "Asia/Chungking",
        "Asia/Colombo",
        "Asia/Dacca",
        "Asia/Damascus",
        "Asia/Dhaka",
        "Asia/Dili",
        "Asia/Dubai",
        "Asia/Dushanbe",
        "Asia/Famagusta",
        "Asia/Gaza",
        "Asia/Harbin",
        "Asia/Hebron",
        "Asia/Ho_Chi_Minh",
        "Asia/Hong_Kong",
        "Asia/Hovd",
        "Asia/Irkutsk",
        "Asia/Istanbul",
        "Asia/Jakarta",
        "Asia/Jayapura",
        "Asia/Jerusalem",
        "Asia/Kabul",
        "Asia/Kamchatka",
        "Asia/Karachi",
        "Asia/Kashgar",
        "Asia/Kathmandu",
        "Asia/Katmandu",
        "Asia/Khandyga",
        "Asia/Kolkata",
        "Asia/Krasnoyarsk",
        "Asia/Kuala_Lumpur",
        "Asia/Kuching",
        "Asia/Kuwait",
        "Asia/Macao",
        "Asia/Macau",
        "Asia/Magadan",
        "Asia/Makassar",
        "Asia/Manila",
        "Asia/Muscat",
        "Asia/Nicosia",
        "Asia/Novokuznetsk",
        "Asia/Novosibirsk",
        "Asia/Omsk",
        "Asia/Oral",
        "Asia/Phnom_Penh",
        "Asia/Pontianak",
        "Asia/Pyongyang",
        "Asia/Qatar",
        "Asia/Qostanay",
        "Asia/Qyzylorda",
        "Asia/Rangoon",
        "Asia/Riyadh",
        "Asia/Saigon",
        "Asia/Sakhalin",
        "Asia/Samarkand",
        "Asia/Seoul",
        "Asia/Shanghai",
        "Asia/Singapore",
        "Asia/Srednekolymsk",
        "Asia/Taipei",
        "Asia/Tashkent",
        "Asia/Tbilisi",
        "Asia/Tehran",
        "Asia/Tel_Aviv",
        "Asia/Thimbu",
        "Asia/Thimphu",
        "Asia/Tokyo",
        "Asia/Tomsk",
        "Asia/Ujung_Pandang",
        "Asia/Ulaanbaatar",
        "Asia/Ulan_Bator",
        "Asia/Urumqi",
        "Asia/Ust-Nera",
        "Asia/Vientiane",
        "Asia/Vladivostok",
        "Asia/Yakutsk",
        "Asia/Yangon",
        "Asia/Yekaterinburg",
        "Asia/Yerevan",
        "Atlantic/Azores",
        "Atlantic/Bermuda",
        "Atlantic/Canary",
        "Atlantic/Cape_Verde",
        "Atlantic/Faeroe",
        "Atlantic/Faroe",
        "Atlantic/Jan_Mayen",
        "Atlantic/Madeira",
        "Atlantic/Reykjavik",
        "Atlantic/South_Georgia",
        "Atlantic/St_Helena",
        "Atlantic/Stanley",
        "Australia/ACT",
        "Australia/Adelaide",
        "Australia/Brisbane",
        "Australia/Broken_Hill",
        "Australia/Canberra",
        "Australia/Currie",
        "Australia/Darwin",
        "Australia/Eucla",
        "Australia/Hobart",
        "Australia/LHI",
        "Australia/Lindeman",
        "Australia/Lord_Howe",
        "Australia/Melbourne",
        "Australia/NSW",
        "Australia/North",
        "Australia/Perth",
        "Australia/Queensland",
        "Australia/South",
        "Australia/Sydney",
        "Australia/Tasmania",
        "Australia/Victoria",
        "Australia/West",
        "Australia/Yancowinna",
        "Brazil/Acre",
        "Brazil/DeNoronha",
        "Brazil/East",
        "Brazil/West",
        "CET",
        "CST6CDT",
        "Canada/Atlantic",
        "Canada/Central",
        "Canada/Eastern",
        "Canada/Mountain",
        "Canada/Newfoundland",
        "Canada/Pacific",
        "Canada/Saskatchewan",
        "Canada/Yukon",
        "Chile/Continental",
        "Chile/EasterIsland",
        "Cuba",
        "EET",
        "EST",
        "EST5EDT",
        "Egypt",
        "Eire",
        "Etc/GMT",
        "Etc/GMT+0",
        "Etc/GMT+1",
        "Etc/GMT+10",
        "Etc/GMT+11",
        "Etc/GMT+12",
        "Etc/GMT+2",
        "Etc/GMT+3",
        "Etc/GMT+4",
        "Etc/GMT+5",
        "Etc/GMT+6",
        "Etc/GMT+7",
        "Etc/GMT+8",
        "Etc/GMT+9",
        "Etc/GMT-0",
        "Etc/GMT-1",
        "Etc/GMT-10",
        "Etc/GMT-11",
        "Etc/GMT-12",
        "Etc/GMT-13",
        "Etc/GMT-14",
        "Etc/GMT-2",
        "Etc/GMT-3",
        "Etc/GMT-4",
        "Etc/GMT-5",
        "Etc/GMT-6",
        "Etc/GMT-7",
        "Etc/GMT-8",
        "Etc/GMT-9",
        "Etc/GMT0",
        "Etc/Greenwich",
        "Etc/UCT",
        "Etc/UTC",
        "Etc/Universal",
        "Etc/Zulu",
        "Europe/Amsterdam",
        "Europe/Andorra",
        "Europe/Astrakhan",
        "Europe/Athens",
        "Europe/Belfast",
        "Europe/Belgrade",
        "Europe/Berlin",
        "Europe/Bratislava",
        "Europe/Brussels",
        "Europe/Bucharest",
        "Europe/Budapest",
        "Europe/Busingen",
        "Europe/Chisinau",
        "Europe/Copenhagen",
        "Europe/Dublin",
        "Europe/Gibraltar",
        "Europe/Guernsey",
        "Europe/Helsinki",
        "Europe/Isle_of_Man",
        "Europe/Istanbul",
        "Europe/Jersey",
        "Europe/Kaliningrad",
        "Europe/Kiev",
        "Europe/Kirov",
        "Europe/Kyiv",
        "Europe/Lisbon",
        "Europe/Ljubljana",
        "Europe/London",
        "Europe/Luxembourg",
        "Europe/Madrid",
        "Europe/Malta",
        "Europe/Mariehamn",
        "Europe/Minsk",
        "Europe/Monaco",
        "Europe/Moscow",
        "Europe/Nicosia",
        "Europe/Oslo",
        "Europe/Paris",
        "Europe/Podgorica",
        "Europe/Prague",
        "Europe/Riga",
        "Europe/Rome",
        "Europe/Samara",
        "Europe/San_Marino",
        "Europe/Sarajevo",
        "Europe/Saratov",
        "Europe/Simferopol",
        "Europe/Skopje",
        "Europe/Sofia",
        "Europe/Stockholm",
        "Europe/Tallinn",
        "Europe/Tirane",
        "Europe/Tiraspol",
        "Europe/Ulyanovsk",
        "Europe/Uzhgorod",
        "Europe/Vaduz",
        "Europe/Vatican",
        "Europe/Vienna",
        "Europe/Vilnius",
        "Europe/Volgograd",
        "Europe/Warsaw",
        "Europe/Zagreb",
        "Europe/Zaporozhye",
        "Europe/Zurich",
        "Factory",
        "GB",
        "GB-Eire",
        "GMT",
        "GMT+0",
        "GMT-0",
        "GMT0",
        "Greenwich",
        "HST",
        "Hongkong",
        "Iceland",
        "Indian/Antananarivo",
        "Indian/Chagos",
        "Indian/Christmas",
        "Indian/Cocos",
        "Indian/Comoro",
        "Indian/Kerguelen",
        "Indian/Mahe",
        "Indian/Maldives",
        "Indian/Mauritius",
        "Indian/Mayotte",
        "Indian/Reunion",
        "Iran",
        "Israel",
        "Jamaica",
        "Japan",
        "Kwajalein",
        "Libya",
        "MET",
        "MST",
        "MST7MDT",
        "Mexico/BajaNorte",
        "Mexico/BajaSur",
        "Mexico/General",
        "NZ",
        "NZ-CHAT",
        "Navajo",
        "PRC",
        "PST8PDT",
        "Pacific/Apia",
        "Pacific/Auckland",
        "Pacific/Bougainville",
        "Pacific/Chatham",
        "Pacific/Chuuk",
        "Pacific/Easter",
        "Pacific/Efate",
        "Pacific/Enderbury",
        "Pacific/Fakaofo",
        "Pacific/Fiji",
        "Pacific/Funafuti",
        "Pacific/Galapagos",
        "Pacific/Gambier",
        "Pacific/Guadalcanal",
        "Pacific/Guam",
        "Pacific/Honolulu",
        "Pacific/Johnston",
        "Pacific/Kanton",
        "Pacific/Kiritimati",
        "Pacific/Kosrae",
        "Pacific/Kwajalein",
        "Pacific/Majuro",
        "Pacific/Marquesas",
        "Pacific/Midway",
        "Pacific/Nauru",
        "Pacific/Niue",
        "Pacific/Norfolk",
        "Pacific/Noumea",
        "Pacific/Pago_Pago",
        "Pacific/Palau",
        "Pacific/Pitcairn",
        "Pacific/Pohnpei",
        "Pacific/Ponape",
        "Pacific/Port_Moresby",
        "Pacific/Rarotonga",
        "Pacific/Saipan",
        "Pacific/Samoa",
        "Pacific/Tahiti",
        "Pacific/Tarawa",
        "Pacific/Tongatapu",
        "Pacific/Truk",
        "Pacific/Wake",
        "Pacific/Wallis",
        "Pacific/Yap",
        "Poland",
        "Portugal",
        "ROC",
        "ROK",
        "Singapore",
        "Turkey",
        "UCT",
        "US/Alaska",
        "US/Aleutian",
        "US/Arizona",
        "US/Central",
        "US/East-Indiana",
        "US/Eastern",
        "US/Hawaii",
        "US/Indiana-Starke",
        "US/Michigan",
        "US/Mountain",
        "US/Pacific",
        "US/Pacific-New",
        "US/Samoa",
        "UTC",
        "Universal",
        "W-SU",
        "WET",
        "Zulu",
    ]


class ReportingReportRunsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class ReviewsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SetupAttemptsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SetupIntentsConfirmMandateData0CustomerAcceptanceOnlineParams(TypedDict, total=False):
    """online_param"""

    ip_address: Required[str]
    user_agent: Required[str]


class SetupIntentsConfirmMandateData0CustomerAcceptanceParams(TypedDict, total=False):
    """customer_acceptance_param"""

    accepted_at: int
    offline: Mapping[str, Any]
    online: SetupIntentsConfirmMandateData0CustomerAcceptanceOnlineParams
    type: Required[Literal["offline", "online"]]


class SetupIntentsConfirmMandateData0Params(TypedDict, total=False):
    """secret_key_param"""

    customer_acceptance: Required[SetupIntentsConfirmMandateData0CustomerAcceptanceParams]


class SetupIntentsConfirmMandateData1CustomerAcceptanceOnlineParams(TypedDict, total=False):
    """online_param"""

    ip_address: str
    user_agent: str


class SetupIntentsConfirmMandateData1CustomerAcceptanceParams(TypedDict, total=False):
    """customer_acceptance_param"""

    online: Required[SetupIntentsConfirmMandateData1CustomerAcceptanceOnlineParams]
    type: Required[Literal["online"]]


class SetupIntentsConfirmMandateData1Params(TypedDict, total=False):
    """client_key_param"""

    customer_acceptance: Required[SetupIntentsConfirmMandateData1CustomerAcceptanceParams]


class SetupIntentsConfirmPaymentMethodDataAcssDebitParams(TypedDict, total=False):
    """payment_method_param"""

    account_number: Required[str]
    institution_number: Required[str]
    transit_number: Required[str]


class SetupIntentsConfirmPaymentMethodDataAuBecsDebitParams(TypedDict, total=False):
    """param"""

    account_number: Required[str]
    bsb_number: Required[str]


class SetupIntentsConfirmPaymentMethodDataBacsDebitParams(TypedDict, total=False):
    """param"""

    account_number: str
    sort_code: str


class SetupIntentsConfirmPaymentMethodDataBillingDetailsAddressParams(TypedDict, total=False):
    """billing_details_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class SetupIntentsConfirmPaymentMethodDataBillingDetailsParams(TypedDict, total=False):
    """billing_details_inner_params"""

    address: SetupIntentsConfirmPaymentMethodDataBillingDetailsAddressParams | Literal[""]
    email: str | Literal[""]
    name: str
    phone: str


class SetupIntentsConfirmPaymentMethodDataBoletoParams(TypedDict, total=False):
    """param"""

    tax_id: Required[str]


class SetupIntentsConfirmPaymentMethodDataEpsParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "arzte_und_apotheker_bank",
        "austrian_anadi_bank_ag",
        "bank_austria",
        "bankhaus_carl_spangler",
        "bankhaus_schelhammer_und_schattera_ag",
        "bawag_psk_ag",
        "bks_bank_ag",
        "brull_kallmus_bank_ag",
        "btv_vier_lander_bank",
        "capital_bank_grawe_gruppe_ag",
        "deutsche_bank_ag",
        "dolomitenbank",
        "easybank_ag",
        "erste_bank_und_sparkassen",
        "hypo_alpeadriabank_international_ag",
        "hypo_bank_burgenland_aktiengesellschaft",
        "hypo_noe_lb_fur_niederosterreich_u_wien",
        "hypo_oberosterreich_salzburg_steiermark",
        "hypo_tirol_bank_ag",
        "hypo_vorarlberg_bank_ag",
        "marchfelder_bank",
        "oberbank_ag",
        "raiffeisen_bankengruppe_osterreich",
        "schoellerbank_ag",
        "sparda_bank_wien",
        "volksbank_gruppe",
        "volkskreditbank_ag",
        "vr_bank_braunau",
    ]


class SetupIntentsConfirmPaymentMethodDataFpxParams(TypedDict, total=False):
    """param"""

    bank: Required[
        Literal[
            "affin_bank",
            "agrobank",
            "alliance_bank",
            "ambank",
            "bank_islam",
            "bank_muamalat",
            "bank_of_china",
            "bank_rakyat",
            "bsn",
            "cimb",
            "deutsche_bank",
            "hong_leong_bank",
            "hsbc",
            "kfh",
            "maybank2e",
            "maybank2u",
            "ocbc",
            "pb_enterprise",
            "public_bank",
            "rhb",
            "standard_chartered",
            "uob",
        ]
    ]


class SetupIntentsConfirmPaymentMethodDataIdealParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "abn_amro",
        "asn_bank",
        "bunq",
        "handelsbanken",
        "ing",
        "knab",
        "moneyou",
        "rabobank",
        "regiobank",
        "revolut",
        "sns_bank",
        "triodos_bank",
        "van_lanschot",
    ]


class SetupIntentsConfirmPaymentMethodDataKlarnaDobParams(TypedDict, total=False):
    """date_of_birth"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class SetupIntentsConfirmPaymentMethodDataKlarnaParams(TypedDict, total=False):
    """param"""

    dob: SetupIntentsConfirmPaymentMethodDataKlarnaDobParams


class SetupIntentsConfirmPaymentMethodDataP24Params(TypedDict, total=False):
    """param"""

    bank: Literal[
        "alior_bank",
        "bank_millennium",
        "bank_nowy_bfg_sa",
        "bank_pekao_sa",
        "banki_spbdzielcze",
        "blik",
        "bnp_paribas",
        "boz",
        "citi_handlowy",
        "credit_agricole",
        "envelobank",
        "etransfer_pocztowy24",
        "getin_bank",
        "ideabank",
        "ing",
        "inteligo",
        "mbank_mtransfer",
        "nest_przelew",
        "noble_pay",
        "pbac_z_ipko",
        "plus_bank",
        "santander_przelew24",
        "tmobile_usbugi_bankowe",
        "toyota_bank",
        "volkswagen_bank",
    ]


class SetupIntentsConfirmPaymentMethodDataParams(TypedDict, total=False):
    """When included, this hash creates a PaymentMethod that is set as the [`payment_method`](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-payment_method)
    value in the SetupIntent.
    """

    acss_debit: SetupIntentsConfirmPaymentMethodDataAcssDebitParams
    affirm: Mapping[str, Any]
    afterpay_clearpay: Mapping[str, Any]
    alipay: Mapping[str, Any]
    au_becs_debit: SetupIntentsConfirmPaymentMethodDataAuBecsDebitParams
    bacs_debit: SetupIntentsConfirmPaymentMethodDataBacsDebitParams
    bancontact: Mapping[str, Any]
    billing_details: SetupIntentsConfirmPaymentMethodDataBillingDetailsParams
    blik: Mapping[str, Any]
    boleto: SetupIntentsConfirmPaymentMethodDataBoletoParams
    customer_balance: Mapping[str, Any]
    eps: SetupIntentsConfirmPaymentMethodDataEpsParams
    fpx: SetupIntentsConfirmPaymentMethodDataFpxParams
    giropay: Mapping[str, Any]
    grabpay: Mapping[str, Any]
    ideal: SetupIntentsConfirmPaymentMethodDataIdealParams
    interac_present: Mapping[str, Any]
    klarna: SetupIntentsConfirmPaymentMethodDataKlarnaParams
    konbini: Mapping[str, Any]
    link: Mapping[str, Any]
    metadata: Mapping[str, str]
    oxxo: Mapping[str, Any]
    p24: SetupIntentsConfirmPaymentMethodDataP24Params
    paynow: Mapping[str, Any]
    pix: Mapping[str, Any]
    promptpay: Mapping[str, Any]
    radar_options: SetupIntentsConfirmPaymentMethodDataRadarOptionsParams
    sepa_debit: SetupIntentsConfirmPaymentMethodDataSepaDebitParams
    sofort: SetupIntentsConfirmPaymentMethodDataSofortParams
    type: Required[
        Literal[
            "acss_debit",
            "affirm",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "blik",
            "boleto",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "klarna",
            "konbini",
            "link",
            "oxxo",
            "p24",
            "paynow",
            "pix",
            "promptpay",
            "sepa_debit",
            "sofort",
            "us_bank_account",
            "wechat_pay",
        ]
    ]
    us_bank_account: SetupIntentsConfirmPaymentMethodDataUsBankAccountParams
    wechat_pay: Mapping[str, Any]


class SetupIntentsConfirmPaymentMethodDataRadarOptionsParams(TypedDict, total=False):
    """radar_options"""

    session: str


class SetupIntentsConfirmPaymentMethodDataSepaDebitParams(TypedDict, total=False):
    """param"""

    iban: Required[str]


class SetupIntentsConfirmPaymentMethodDataSofortParams(TypedDict, total=False):
    """param"""

    country: Required[Literal["AT", "BE", "DE", "ES", "IT", "NL"]]


class SetupIntentsConfirmPaymentMethodDataUsBankAccountParams(TypedDict, total=False):
    """payment_method_param"""

    account_holder_type: Literal["company", "individual"]
    account_number: str
    account_type: Literal["checking", "savings"]
    financial_connections_account: str
    routing_number: str


class SetupIntentsConfirmPaymentMethodOptionsAcssDebitMandateOptionsParams(TypedDict, total=False):
    """setup_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | Literal[""]
    default_for: Sequence[Literal["invoice", "subscription"]]
    interval_description: str
    payment_schedule: Literal["combined", "interval", "sporadic"]
    transaction_type: Literal["business", "personal"]


class SetupIntentsConfirmPaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    currency: Literal["cad", "usd"]
    mandate_options: SetupIntentsConfirmPaymentMethodOptionsAcssDebitMandateOptionsParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SetupIntentsConfirmPaymentMethodOptionsBlikParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    code: str


class SetupIntentsConfirmPaymentMethodOptionsCardMandateOptionsParams(TypedDict, total=False):
    """setup_intent_mandate_options_param"""

    amount: Required[int]
    amount_type: Required[Literal["fixed", "maximum"]]
    currency: Required[str]
    description: str
    end_date: int
    interval: Required[Literal["day", "month", "sporadic", "week", "year"]]
    interval_count: int
    reference: Required[str]
    start_date: Required[int]
    supported_types: Sequence[Literal["india"]]


class SetupIntentsConfirmPaymentMethodOptionsCardParams(TypedDict, total=False):
    """setup_intent_param"""

    mandate_options: SetupIntentsConfirmPaymentMethodOptionsCardMandateOptionsParams
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]


class SetupIntentsConfirmPaymentMethodOptionsLinkParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    persistent_token: str


class SetupIntentsConfirmPaymentMethodOptionsParams(TypedDict, total=False):
    """Payment-method-specific configuration for this SetupIntent."""

    acss_debit: SetupIntentsConfirmPaymentMethodOptionsAcssDebitParams
    blik: SetupIntentsConfirmPaymentMethodOptionsBlikParams
    card: SetupIntentsConfirmPaymentMethodOptionsCardParams
    link: SetupIntentsConfirmPaymentMethodOptionsLinkParams
    sepa_debit: SetupIntentsConfirmPaymentMethodOptionsSepaDebitParams
    us_bank_account: SetupIntentsConfirmPaymentMethodOptionsUsBankAccountParams


class SetupIntentsConfirmPaymentMethodOptionsSepaDebitParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    mandate_options: Mapping[str, Any]


class SetupIntentsConfirmPaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]
    return_url: str


class SetupIntentsConfirmPaymentMethodOptionsUsBankAccountNetworksParams(TypedDict, total=False):
    """networks_options_param"""

    requested: Sequence[Literal["ach", "us_domestic_wire"]]


class SetupIntentsConfirmPaymentMethodOptionsUsBankAccountParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    financial_connections: (
        SetupIntentsConfirmPaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    )
    networks: SetupIntentsConfirmPaymentMethodOptionsUsBankAccountNetworksParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SetupIntentsCreateMandateDataCustomerAcceptanceOnlineParams(TypedDict, total=False):
    """online_param"""

    ip_address: Required[str]
    user_agent: Required[str]


class SetupIntentsCreateMandateDataCustomerAcceptanceParams(TypedDict, total=False):
    """customer_acceptance_param"""

    accepted_at: int
    offline: Mapping[str, Any]
    online: SetupIntentsCreateMandateDataCustomerAcceptanceOnlineParams
    type: Required[Literal["offline", "online"]]


class SetupIntentsCreateMandateDataParams(TypedDict, total=False):
    """This hash contains details about the Mandate to create. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/setup_intents/create#create_setup_intent-confirm)."""

    customer_acceptance: Required[SetupIntentsCreateMandateDataCustomerAcceptanceParams]


class SetupIntentsCreatePaymentMethodDataAcssDebitParams(TypedDict, total=False):
    """payment_method_param"""

    account_number: Required[str]
    institution_number: Required[str]
    transit_number: Required[str]


class SetupIntentsCreatePaymentMethodDataAuBecsDebitParams(TypedDict, total=False):
    """param"""

    account_number: Required[str]
    bsb_number: Required[str]


class SetupIntentsCreatePaymentMethodDataBacsDebitParams(TypedDict, total=False):
    """param"""

    account_number: str
    sort_code: str


class SetupIntentsCreatePaymentMethodDataBillingDetailsAddressParams(TypedDict, total=False):
    """billing_details_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class SetupIntentsCreatePaymentMethodDataBillingDetailsParams(TypedDict, total=False):
    """billing_details_inner_params"""

    address: SetupIntentsCreatePaymentMethodDataBillingDetailsAddressParams | Literal[""]
    email: str | Literal[""]
    name: str
    phone: str


class SetupIntentsCreatePaymentMethodDataBoletoParams(TypedDict, total=False):
    """param"""

    tax_id: Required[str]


class SetupIntentsCreatePaymentMethodDataEpsParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "arzte_und_apotheker_bank",
        "austrian_anadi_bank_ag",
        "bank_austria",
        "bankhaus_carl_spangler",
        "bankhaus_schelhammer_und_schattera_ag",
        "bawag_psk_ag",
        "bks_bank_ag",
        "brull_kallmus_bank_ag",
        "btv_vier_lander_bank",
        "capital_bank_grawe_gruppe_ag",
        "deutsche_bank_ag",
        "dolomitenbank",
        "easybank_ag",
        "erste_bank_und_sparkassen",
        "hypo_alpeadriabank_international_ag",
        "hypo_bank_burgenland_aktiengesellschaft",
        "hypo_noe_lb_fur_niederosterreich_u_wien",
        "hypo_oberosterreich_salzburg_steiermark",
        "hypo_tirol_bank_ag",
        "hypo_vorarlberg_bank_ag",
        "marchfelder_bank",
        "oberbank_ag",
        "raiffeisen_bankengruppe_osterreich",
        "schoellerbank_ag",
        "sparda_bank_wien",
        "volksbank_gruppe",
        "volkskreditbank_ag",
        "vr_bank_braunau",
    ]


class SetupIntentsCreatePaymentMethodDataFpxParams(TypedDict, total=False):
    """param"""

    bank: Required[
        Literal[
            "affin_bank",
            "agrobank",
            "alliance_bank",
            "ambank",
            "bank_islam",
            "bank_muamalat",
            "bank_of_china",
            "bank_rakyat",
            "bsn",
            "cimb",
            "deutsche_bank",
            "hong_leong_bank",
            "hsbc",
            "kfh",
            "maybank2e",
            "maybank2u",
            "ocbc",
            "pb_enterprise",
            "public_bank",
            "rhb",
            "standard_chartered",
            "uob",
        ]
    ]


class SetupIntentsCreatePaymentMethodDataIdealParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "abn_amro",
        "asn_bank",
        "bunq",
        "handelsbanken",
        "ing",
        "knab",
        "moneyou",
        "rabobank",
        "regiobank",
        "revolut",
        "sns_bank",
        "triodos_bank",
        "van_lanschot",
    ]


class SetupIntentsCreatePaymentMethodDataKlarnaDobParams(TypedDict, total=False):
    """date_of_birth"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class SetupIntentsCreatePaymentMethodDataKlarnaParams(TypedDict, total=False):
    """param"""

    dob: SetupIntentsCreatePaymentMethodDataKlarnaDobParams


class SetupIntentsCreatePaymentMethodDataP24Params(TypedDict, total=False):
    """param"""

    bank: Literal[
        "alior_bank",
        "bank_millennium",
        "bank_nowy_bfg_sa",
        "bank_pekao_sa",
        "banki_spbdzielcze",
        "blik",
        "bnp_paribas",
        "boz",
        "citi_handlowy",
        "credit_agricole",
        "envelobank",
        "etransfer_pocztowy24",
        "getin_bank",
        "ideabank",
        "ing",
        "inteligo",
        "mbank_mtransfer",
        "nest_przelew",
        "noble_pay",
        "pbac_z_ipko",
        "plus_bank",
        "santander_przelew24",
        "tmobile_usbugi_bankowe",
        "toyota_bank",
        "volkswagen_bank",
    ]


class SetupIntentsCreatePaymentMethodDataParams(TypedDict, total=False):
    """When included, this hash creates a PaymentMethod that is set as the [`payment_method`](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-payment_method)
    value in the SetupIntent.
    """

    acss_debit: SetupIntentsCreatePaymentMethodDataAcssDebitParams
    affirm: Mapping[str, Any]
    afterpay_clearpay: Mapping[str, Any]
    alipay: Mapping[str, Any]
    au_becs_debit: SetupIntentsCreatePaymentMethodDataAuBecsDebitParams
    bacs_debit: SetupIntentsCreatePaymentMethodDataBacsDebitParams
    bancontact: Mapping[str, Any]
    billing_details: SetupIntentsCreatePaymentMethodDataBillingDetailsParams
    blik: Mapping[str, Any]
    boleto: SetupIntentsCreatePaymentMethodDataBoletoParams
    customer_balance: Mapping[str, Any]
    eps: SetupIntentsCreatePaymentMethodDataEpsParams
    fpx: SetupIntentsCreatePaymentMethodDataFpxParams
    giropay: Mapping[str, Any]
    grabpay: Mapping[str, Any]
    ideal: SetupIntentsCreatePaymentMethodDataIdealParams
    interac_present: Mapping[str, Any]
    klarna: SetupIntentsCreatePaymentMethodDataKlarnaParams
    konbini: Mapping[str, Any]
    link: Mapping[str, Any]
    metadata: Mapping[str, str]
    oxxo: Mapping[str, Any]
    p24: SetupIntentsCreatePaymentMethodDataP24Params
    paynow: Mapping[str, Any]
    pix: Mapping[str, Any]
    promptpay: Mapping[str, Any]
    radar_options: SetupIntentsCreatePaymentMethodDataRadarOptionsParams
    sepa_debit: SetupIntentsCreatePaymentMethodDataSepaDebitParams
    sofort: SetupIntentsCreatePaymentMethodDataSofortParams
    type: Required[
        Literal[
            "acss_debit",
            "affirm",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "blik",
            "boleto",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "klarna",
            "konbini",
            "link",
            "oxxo",
            "p24",
            "paynow",
            "pix",
            "promptpay",
            "sepa_debit",
            "sofort",
            "us_bank_account",
            "wechat_pay",
        ]
    ]
    us_bank_account: SetupIntentsCreatePaymentMethodDataUsBankAccountParams
    wechat_pay: Mapping[str, Any]


class SetupIntentsCreatePaymentMethodDataRadarOptionsParams(TypedDict, total=False):
    """radar_options"""

    session: str


class SetupIntentsCreatePaymentMethodDataSepaDebitParams(TypedDict, total=False):
    """param"""

    iban: Required[str]


class SetupIntentsCreatePaymentMethodDataSofortParams(TypedDict, total=False):
    """param"""

    country: Required[Literal["AT", "BE", "DE", "ES", "IT", "NL"]]


class SetupIntentsCreatePaymentMethodDataUsBankAccountParams(TypedDict, total=False):
    """payment_method_param"""

    account_holder_type: Literal["company", "individual"]
    account_number: str
    account_type: Literal["checking", "savings"]
    financial_connections_account: str
    routing_number: str


class SetupIntentsCreatePaymentMethodOptionsAcssDebitMandateOptionsParams(TypedDict, total=False):
    """setup_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | Literal[""]
    default_for: Sequence[Literal["invoice", "subscription"]]
    interval_description: str
    payment_schedule: Literal["combined", "interval", "sporadic"]
    transaction_type: Literal["business", "personal"]


class SetupIntentsCreatePaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    currency: Literal["cad", "usd"]
    mandate_options: SetupIntentsCreatePaymentMethodOptionsAcssDebitMandateOptionsParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SetupIntentsCreatePaymentMethodOptionsBlikParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    code: str


class SetupIntentsCreatePaymentMethodOptionsCardMandateOptionsParams(TypedDict, total=False):
    """setup_intent_mandate_options_param"""

    amount: Required[int]
    amount_type: Required[Literal["fixed", "maximum"]]
    currency: Required[str]
    description: str
    end_date: int
    interval: Required[Literal["day", "month", "sporadic", "week", "year"]]
    interval_count: int
    reference: Required[str]
    start_date: Required[int]
    supported_types: Sequence[Literal["india"]]


class SetupIntentsCreatePaymentMethodOptionsCardParams(TypedDict, total=False):
    """setup_intent_param"""

    mandate_options: SetupIntentsCreatePaymentMethodOptionsCardMandateOptionsParams
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]


class SetupIntentsCreatePaymentMethodOptionsLinkParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    persistent_token: str


class SetupIntentsCreatePaymentMethodOptionsParams(TypedDict, total=False):
    """Payment-method-specific configuration for this SetupIntent."""

    acss_debit: SetupIntentsCreatePaymentMethodOptionsAcssDebitParams
    blik: SetupIntentsCreatePaymentMethodOptionsBlikParams
    card: SetupIntentsCreatePaymentMethodOptionsCardParams
    link: SetupIntentsCreatePaymentMethodOptionsLinkParams
    sepa_debit: SetupIntentsCreatePaymentMethodOptionsSepaDebitParams
    us_bank_account: SetupIntentsCreatePaymentMethodOptionsUsBankAccountParams


class SetupIntentsCreatePaymentMethodOptionsSepaDebitParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    mandate_options: Mapping[str, Any]


class SetupIntentsCreatePaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]
    return_url: str


class SetupIntentsCreatePaymentMethodOptionsUsBankAccountNetworksParams(TypedDict, total=False):
    """networks_options_param"""

    requested: Sequence[Literal["ach", "us_domestic_wire"]]


class SetupIntentsCreatePaymentMethodOptionsUsBankAccountParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    financial_connections: (
        SetupIntentsCreatePaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    )
    networks: SetupIntentsCreatePaymentMethodOptionsUsBankAccountNetworksParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SetupIntentsCreateSingleUseParams(TypedDict, total=False):
    """If this hash is populated, this SetupIntent will generate a single_use Mandate on success."""

    amount: Required[int]
    currency: Required[str]


class SetupIntentsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SetupIntentsUpdatePaymentMethodDataAcssDebitParams(TypedDict, total=False):
    """payment_method_param"""

    account_number: Required[str]
    institution_number: Required[str]
    transit_number: Required[str]


class SetupIntentsUpdatePaymentMethodDataAuBecsDebitParams(TypedDict, total=False):
    """param"""

    account_number: Required[str]
    bsb_number: Required[str]


class SetupIntentsUpdatePaymentMethodDataBacsDebitParams(TypedDict, total=False):
    """param"""

    account_number: str
    sort_code: str


class SetupIntentsUpdatePaymentMethodDataBillingDetailsAddressParams(TypedDict, total=False):
    """billing_details_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class SetupIntentsUpdatePaymentMethodDataBillingDetailsParams(TypedDict, total=False):
    """billing_details_inner_params"""

    address: SetupIntentsUpdatePaymentMethodDataBillingDetailsAddressParams | Literal[""]
    email: str | Literal[""]
    name: str
    phone: str


class SetupIntentsUpdatePaymentMethodDataBoletoParams(TypedDict, total=False):
    """param"""

    tax_id: Required[str]


class SetupIntentsUpdatePaymentMethodDataEpsParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "arzte_und_apotheker_bank",
        "austrian_anadi_bank_ag",
        "bank_austria",
        "bankhaus_carl_spangler",
        "bankhaus_schelhammer_und_schattera_ag",
        "bawag_psk_ag",
        "bks_bank_ag",
        "brull_kallmus_bank_ag",
        "btv_vier_lander_bank",
        "capital_bank_grawe_gruppe_ag",
        "deutsche_bank_ag",
        "dolomitenbank",
        "easybank_ag",
        "erste_bank_und_sparkassen",
        "hypo_alpeadriabank_international_ag",
        "hypo_bank_burgenland_aktiengesellschaft",
        "hypo_noe_lb_fur_niederosterreich_u_wien",
        "hypo_oberosterreich_salzburg_steiermark",
        "hypo_tirol_bank_ag",
        "hypo_vorarlberg_bank_ag",
        "marchfelder_bank",
        "oberbank_ag",
        "raiffeisen_bankengruppe_osterreich",
        "schoellerbank_ag",
        "sparda_bank_wien",
        "volksbank_gruppe",
        "volkskreditbank_ag",
        "vr_bank_braunau",
    ]


class SetupIntentsUpdatePaymentMethodDataFpxParams(TypedDict, total=False):
    """param"""

    bank: Required[
        Literal[
            "affin_bank",
            "agrobank",
            "alliance_bank",
            "ambank",
            "bank_islam",
            "bank_muamalat",
            "bank_of_china",
            "bank_rakyat",
            "bsn",
            "cimb",
            "deutsche_bank",
            "hong_leong_bank",
            "hsbc",
            "kfh",
            "maybank2e",
            "maybank2u",
            "ocbc",
            "pb_enterprise",
            "public_bank",
            "rhb",
            "standard_chartered",
            "uob",
        ]
    ]


class SetupIntentsUpdatePaymentMethodDataIdealParams(TypedDict, total=False):
    """param"""

    bank: Literal[
        "abn_amro",
        "asn_bank",
        "bunq",
        "handelsbanken",
        "ing",
        "knab",
        "moneyou",
        "rabobank",
        "regiobank",
        "revolut",
        "sns_bank",
        "triodos_bank",
        "van_lanschot",
    ]


class SetupIntentsUpdatePaymentMethodDataKlarnaDobParams(TypedDict, total=False):
    """date_of_birth"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class SetupIntentsUpdatePaymentMethodDataKlarnaParams(TypedDict, total=False):
    """param"""

    dob: SetupIntentsUpdatePaymentMethodDataKlarnaDobParams


class SetupIntentsUpdatePaymentMethodDataP24Params(TypedDict, total=False):
    """param"""

    bank: Literal[
        "alior_bank",
        "bank_millennium",
        "bank_nowy_bfg_sa",
        "bank_pekao_sa",
        "banki_spbdzielcze",
        "blik",
        "bnp_paribas",
        "boz",
        "citi_handlowy",
        "credit_agricole",
        "envelobank",
        "etransfer_pocztowy24",
        "getin_bank",
        "ideabank",
        "ing",
        "inteligo",
        "mbank_mtransfer",
        "nest_przelew",
        "noble_pay",
        "pbac_z_ipko",
        "plus_bank",
        "santander_przelew24",
        "tmobile_usbugi_bankowe",
        "toyota_bank",
        "volkswagen_bank",
    ]


class SetupIntentsUpdatePaymentMethodDataParams(TypedDict, total=False):
    """When included, this hash creates a PaymentMethod that is set as the [`payment_method`](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-payment_method)
    value in the SetupIntent.
    """

    acss_debit: SetupIntentsUpdatePaymentMethodDataAcssDebitParams
    affirm: Mapping[str, Any]
    afterpay_clearpay: Mapping[str, Any]
    alipay: Mapping[str, Any]
    au_becs_debit: SetupIntentsUpdatePaymentMethodDataAuBecsDebitParams
    bacs_debit: SetupIntentsUpdatePaymentMethodDataBacsDebitParams
    bancontact: Mapping[str, Any]
    billing_details: SetupIntentsUpdatePaymentMethodDataBillingDetailsParams
    blik: Mapping[str, Any]
    boleto: SetupIntentsUpdatePaymentMethodDataBoletoParams
    customer_balance: Mapping[str, Any]
    eps: SetupIntentsUpdatePaymentMethodDataEpsParams
    fpx: SetupIntentsUpdatePaymentMethodDataFpxParams
    giropay: Mapping[str, Any]
    grabpay: Mapping[str, Any]
    ideal: SetupIntentsUpdatePaymentMethodDataIdealParams
    interac_present: Mapping[str, Any]
    klarna: SetupIntentsUpdatePaymentMethodDataKlarnaParams
    konbini: Mapping[str, Any]
    link: Mapping[str, Any]
    metadata: Mapping[str, str]
    oxxo: Mapping[str, Any]
    p24: SetupIntentsUpdatePaymentMethodDataP24Params
    paynow: Mapping[str, Any]
    pix: Mapping[str, Any]
    promptpay: Mapping[str, Any]
    radar_options: SetupIntentsUpdatePaymentMethodDataRadarOptionsParams
    sepa_debit: SetupIntentsUpdatePaymentMethodDataSepaDebitParams
    sofort: SetupIntentsUpdatePaymentMethodDataSofortParams
    type: Required[
        Literal[
            "acss_debit",
            "affirm",
            "afterpay_clearpay",
            "alipay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "blik",
            "boleto",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "klarna",
            "konbini",
            "link",
            "oxxo",
            "p24",
            "paynow",
            "pix",
            "promptpay",
            "sepa_debit",
            "sofort",
            "us_bank_account",
            "wechat_pay",
        ]
    ]
    us_bank_account: SetupIntentsUpdatePaymentMethodDataUsBankAccountParams
    wechat_pay: Mapping[str, Any]


class SetupIntentsUpdatePaymentMethodDataRadarOptionsParams(TypedDict, total=False):
    """radar_options"""

    session: str


class SetupIntentsUpdatePaymentMethodDataSepaDebitParams(TypedDict, total=False):
    """param"""

    iban: Required[str]


class SetupIntentsUpdatePaymentMethodDataSofortParams(TypedDict, total=False):
    """param"""

    country: Required[Literal["AT", "BE", "DE", "ES", "IT", "NL"]]


class SetupIntentsUpdatePaymentMethodDataUsBankAccountParams(TypedDict, total=False):
    """payment_method_param"""

    account_holder_type: Literal["company", "individual"]
    account_number: str
    account_type: Literal["checking", "savings"]
    financial_connections_account: str
    routing_number: str


class SetupIntentsUpdatePaymentMethodOptionsAcssDebitMandateOptionsParams(TypedDict, total=False):
    """setup_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | Literal[""]
    default_for: Sequence[Literal["invoice", "subscription"]]
    interval_description: str
    payment_schedule: Literal["combined", "interval", "sporadic"]
    transaction_type: Literal["business", "personal"]


class SetupIntentsUpdatePaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    currency: Literal["cad", "usd"]
    mandate_options: SetupIntentsUpdatePaymentMethodOptionsAcssDebitMandateOptionsParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SetupIntentsUpdatePaymentMethodOptionsBlikParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    code: str


class SetupIntentsUpdatePaymentMethodOptionsCardMandateOptionsParams(TypedDict, total=False):
    """setup_intent_mandate_options_param"""

    amount: Required[int]
    amount_type: Required[Literal["fixed", "maximum"]]
    currency: Required[str]
    description: str
    end_date: int
    interval: Required[Literal["day", "month", "sporadic", "week", "year"]]
    interval_count: int
    reference: Required[str]
    start_date: Required[int]
    supported_types: Sequence[Literal["india"]]


class SetupIntentsUpdatePaymentMethodOptionsCardParams(TypedDict, total=False):
    """setup_intent_param"""

    mandate_options: SetupIntentsUpdatePaymentMethodOptionsCardMandateOptionsParams
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]


class SetupIntentsUpdatePaymentMethodOptionsLinkParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    persistent_token: str


class SetupIntentsUpdatePaymentMethodOptionsParams(TypedDict, total=False):
    """Payment-method-specific configuration for this SetupIntent."""

    acss_debit: SetupIntentsUpdatePaymentMethodOptionsAcssDebitParams
    blik: SetupIntentsUpdatePaymentMethodOptionsBlikParams
    card: SetupIntentsUpdatePaymentMethodOptionsCardParams
    link: SetupIntentsUpdatePaymentMethodOptionsLinkParams
    sepa_debit: SetupIntentsUpdatePaymentMethodOptionsSepaDebitParams
    us_bank_account: SetupIntentsUpdatePaymentMethodOptionsUsBankAccountParams


class SetupIntentsUpdatePaymentMethodOptionsSepaDebitParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    mandate_options: Mapping[str, Any]


class SetupIntentsUpdatePaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]
    return_url: str


class SetupIntentsUpdatePaymentMethodOptionsUsBankAccountNetworksParams(TypedDict, total=False):
    """networks_options_param"""

    requested: Sequence[Literal["ach", "us_domestic_wire"]]


class SetupIntentsUpdatePaymentMethodOptionsUsBankAccountParams(TypedDict, total=False):
    """setup_intent_payment_method_options_param"""

    financial_connections: (
        SetupIntentsUpdatePaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    )
    networks: SetupIntentsUpdatePaymentMethodOptionsUsBankAccountNetworksParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class ShippingRatesCreateDeliveryEstimateMaximumParams(TypedDict, total=False):
    """delivery_estimate_bound"""

    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    value: Required[int]


class ShippingRatesCreateDeliveryEstimateMinimumParams(TypedDict, total=False):
    """delivery_estimate_bound"""

    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    value: Required[int]


class ShippingRatesCreateDeliveryEstimateParams(TypedDict, total=False):
    """The estimated range for how long shipping will take, meant to be displayable to the customer. This will appear on CheckoutSessions."""

    maximum: ShippingRatesCreateDeliveryEstimateMaximumParams
    minimum: ShippingRatesCreateDeliveryEstimateMinimumParams


class ShippingRatesCreateFixedAmountCurrencyOptionsValueParams(TypedDict, total=False):
    """currency_option"""

    amount: Required[int]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]


class ShippingRatesCreateFixedAmountParams(TypedDict, total=False):
    """Describes a fixed amount to charge for shipping. Must be present if type is `fixed_amount`."""

    amount: Required[int]
    currency: Required[str]
    currency_options: Mapping[str, ShippingRatesCreateFixedAmountCurrencyOptionsValueParams]


class ShippingRatesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class ShippingRatesUpdateFixedAmountCurrencyOptionsValueParams(TypedDict, total=False):
    """currency_option_update"""

    amount: int
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]


class ShippingRatesUpdateFixedAmountParams(TypedDict, total=False):
    """Describes a fixed amount to charge for shipping. Must be present if type is `fixed_amount`."""

    currency_options: Mapping[str, ShippingRatesUpdateFixedAmountCurrencyOptionsValueParams]


class SkusCreateInventoryParams(TypedDict, total=False):
    """Description of the SKU's inventory."""

    quantity: int
    type: Required[Literal["bucket", "finite", "infinite"]]
    value: Literal["", "in_stock", "limited", "out_of_stock"]


class SkusCreatePackageDimensionsParams(TypedDict, total=False):
    """The dimensions of this SKU for shipping purposes."""

    height: Required[float]
    length: Required[float]
    weight: Required[float]
    width: Required[float]


class SkusUpdateInventoryParams(TypedDict, total=False):
    """Description of the SKU's inventory."""

    quantity: int
    type: Literal["bucket", "finite", "infinite"]
    value: Literal["", "in_stock", "limited", "out_of_stock"]


class SkusUpdatePackageDimensionsParams(TypedDict, total=False):
    """package_dimensions_specs"""

    height: Required[float]
    length: Required[float]
    weight: Required[float]
    width: Required[float]


class SourcesCreateMandateAcceptanceOfflineParams(TypedDict, total=False):
    """mandate_offline_acceptance_params"""

    contact_email: Required[str]


class SourcesCreateMandateAcceptanceOnlineParams(TypedDict, total=False):
    """mandate_online_acceptance_params"""

    date: int
    ip: str
    user_agent: str


class SourcesCreateMandateAcceptanceParams(TypedDict, total=False):
    """mandate_acceptance_params"""

    date: int
    ip: str
    offline: SourcesCreateMandateAcceptanceOfflineParams
    online: SourcesCreateMandateAcceptanceOnlineParams
    status: Required[Literal["accepted", "pending", "refused", "revoked"]]
    type: Literal["offline", "online"]
    user_agent: str


class SourcesCreateMandateParams(TypedDict, total=False):
    """Information about a mandate possibility attached to a source object (generally for bank debits) as well as its acceptance status."""

    acceptance: SourcesCreateMandateAcceptanceParams
    amount: int | Literal[""]
    currency: str
    interval: Literal["one_time", "scheduled", "variable"]
    notification_method: Literal["deprecated_none", "email", "manual", "none", "stripe_email"]


class SourcesCreateOwnerAddressParams(TypedDict, total=False):
    """source_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class SourcesCreateOwnerParams(TypedDict, total=False):
    """Information about the owner of the payment instrument that may be used or required by particular source types."""

    address: SourcesCreateOwnerAddressParams
    email: str
    name: str
    phone: str


class SourcesCreateReceiverParams(TypedDict, total=False):
    """Optional parameters for the receiver flow. Can be set only if the source is a receiver (`flow` is `receiver`)."""

    refund_attributes_method: Literal["email", "manual", "none"]


class SourcesCreateRedirectParams(TypedDict, total=False):
    """Parameters required for the redirect flow. Required if the source is authenticated by a redirect (`flow` is `redirect`)."""

    return_url: Required[str]


class SourcesCreateSourceOrderItemsItemParams(TypedDict, total=False):
    """order_item_specs"""

    amount: int
    currency: str
    description: str
    parent: str
    quantity: int
    type: Literal["discount", "shipping", "sku", "tax"]


class SourcesCreateSourceOrderParams(TypedDict, total=False):
    """Information about the items and shipping associated with the source. Required for transactional credit (for example Klarna) sources before you can charge it."""

    items: Sequence[SourcesCreateSourceOrderItemsItemParams]
    shipping: SourcesCreateSourceOrderShippingParams


class SourcesCreateSourceOrderShippingAddressParams(TypedDict, total=False):
    """address"""

    city: str
    country: str
    line1: Required[str]
    line2: str
    postal_code: str
    state: str


class SourcesCreateSourceOrderShippingParams(TypedDict, total=False):
    """order_shipping"""

    address: Required[SourcesCreateSourceOrderShippingAddressParams]
    carrier: str
    name: str
    phone: str
    tracking_number: str


class SourcesUpdateMandateAcceptanceOfflineParams(TypedDict, total=False):
    """mandate_offline_acceptance_params"""

    contact_email: Required[str]


class SourcesUpdateMandateAcceptanceOnlineParams(TypedDict, total=False):
    """mandate_online_acceptance_params"""

    date: int
    ip: str
    user_agent: str


class SourcesUpdateMandateAcceptanceParams(TypedDict, total=False):
    """mandate_acceptance_params"""

    date: int
    ip: str
    offline: SourcesUpdateMandateAcceptanceOfflineParams
    online: SourcesUpdateMandateAcceptanceOnlineParams
    status: Required[Literal["accepted", "pending", "refused", "revoked"]]
    type: Literal["offline", "online"]
    user_agent: str


class SourcesUpdateMandateParams(TypedDict, total=False):
    """Information about a mandate possibility attached to a source object (generally for bank debits) as well as its acceptance status."""

    acceptance: SourcesUpdateMandateAcceptanceParams
    amount: int | Literal[""]
    currency: str
    interval: Literal["one_time", "scheduled", "variable"]
    notification_method: Literal["deprecated_none", "email", "manual", "none", "stripe_email"]


class SourcesUpdateOwnerAddressParams(TypedDict, total=False):
    """source_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class SourcesUpdateOwnerParams(TypedDict, total=False):
    """Information about the owner of the payment instrument that may be used or required by particular source types."""

    address: SourcesUpdateOwnerAddressParams
    email: str
    name: str
    phone: str


class SourcesUpdateSourceOrderItemsItemParams(TypedDict, total=False):
    """order_item_specs"""

    amount: int
    currency: str
    description: str
    parent: str
    quantity: int
    type: Literal["discount", "shipping", "sku", "tax"]


class SourcesUpdateSourceOrderParams(TypedDict, total=False):
    """Information about the items and shipping associated with the source. Required for transactional credit (for example Klarna) sources before you can charge it."""

    items: Sequence[SourcesUpdateSourceOrderItemsItemParams]
    shipping: SourcesUpdateSourceOrderShippingParams


class SourcesUpdateSourceOrderShippingAddressParams(TypedDict, total=False):
    """address"""

    city: str
    country: str
    line1: Required[str]
    line2: str
    postal_code: str
    state: str


class SourcesUpdateSourceOrderShippingParams(TypedDict, total=False):
    """order_shipping"""

    address: Required[SourcesUpdateSourceOrderShippingAddressParams]
    carrier: str
    name: str
    phone: str
    tracking_number: str


class SubscriptionItemsCreateBillingThresholdsParams(TypedDict, total=False):
    """item_billing_thresholds_param"""

    usage_gte: Required[int]


class SubscriptionItemsCreatePriceDataParams(TypedDict, total=False):
    """Data used to generate a new [Price](https://stripe.com/docs/api/prices) object inline."""

    currency: Required[str]
    product: Required[str]
    recurring: Required[SubscriptionItemsCreatePriceDataRecurringParams]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class SubscriptionItemsCreatePriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionItemsUpdateBillingThresholdsParams(TypedDict, total=False):
    """item_billing_thresholds_param"""

    usage_gte: Required[int]


class SubscriptionItemsUpdatePriceDataParams(TypedDict, total=False):
    """Data used to generate a new [Price](https://stripe.com/docs/api/prices) object inline."""

    currency: Required[str]
    product: Required[str]
    recurring: Required[SubscriptionItemsUpdatePriceDataRecurringParams]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class SubscriptionItemsUpdatePriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionSchedulesCreateDefaultSettingsAutomaticTaxParams(TypedDict, total=False):
    """automatic_tax_config"""

    enabled: Required[bool]


class SubscriptionSchedulesCreateDefaultSettingsBillingThresholdsParams(TypedDict, total=False):
    """billing_thresholds_param"""

    amount_gte: int
    reset_billing_cycle_anchor: bool


class SubscriptionSchedulesCreateDefaultSettingsInvoiceSettingsParams(TypedDict, total=False):
    """subscription_schedules_param"""

    days_until_due: int


class SubscriptionSchedulesCreateDefaultSettingsParams(TypedDict, total=False):
    """Object representing the subscription schedule's default settings."""

    application_fee_percent: float
    automatic_tax: SubscriptionSchedulesCreateDefaultSettingsAutomaticTaxParams
    billing_cycle_anchor: Literal["automatic", "phase_start"]
    billing_thresholds: (
        SubscriptionSchedulesCreateDefaultSettingsBillingThresholdsParams | Literal[""]
    )
    collection_method: Literal["charge_automatically", "send_invoice"]
    default_payment_method: str
    description: str
    invoice_settings: SubscriptionSchedulesCreateDefaultSettingsInvoiceSettingsParams
    on_behalf_of: str | Literal[""]
    transfer_data: SubscriptionSchedulesCreateDefaultSettingsTransferDataParams | Literal[""]


class SubscriptionSchedulesCreateDefaultSettingsTransferDataParams(TypedDict, total=False):
    """transfer_data_specs"""

    amount_percent: float
    destination: Required[str]


class SubscriptionSchedulesCreatePhasesItemAddInvoiceItemsItemParams(TypedDict, total=False):
    """add_invoice_item_entry"""

    price: str
    price_data: SubscriptionSchedulesCreatePhasesItemAddInvoiceItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionSchedulesCreatePhasesItemAddInvoiceItemsItemPriceDataParams(
    TypedDict, total=False
):
    """one_time_price_data"""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class SubscriptionSchedulesCreatePhasesItemAutomaticTaxParams(TypedDict, total=False):
    """automatic_tax_config"""

    enabled: Required[bool]


class SubscriptionSchedulesCreatePhasesItemBillingThresholdsParams(TypedDict, total=False):
    """billing_thresholds_param"""

    amount_gte: int
    reset_billing_cycle_anchor: bool


class SubscriptionSchedulesCreatePhasesItemInvoiceSettingsParams(TypedDict, total=False):
    """subscription_schedules_param"""

    days_until_due: int


class SubscriptionSchedulesCreatePhasesItemItemsItemBillingThresholdsParams(TypedDict, total=False):
    """item_billing_thresholds_param"""

    usage_gte: Required[int]


class SubscriptionSchedulesCreatePhasesItemItemsItemParams(TypedDict, total=False):
    """configuration_item_params"""

    billing_thresholds: (
        SubscriptionSchedulesCreatePhasesItemItemsItemBillingThresholdsParams | Literal[""]
    )
    price: str
    price_data: SubscriptionSchedulesCreatePhasesItemItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionSchedulesCreatePhasesItemItemsItemPriceDataParams(TypedDict, total=False):
    """recurring_price_data"""

    currency: Required[str]
    product: Required[str]
    recurring: Required[SubscriptionSchedulesCreatePhasesItemItemsItemPriceDataRecurringParams]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class SubscriptionSchedulesCreatePhasesItemItemsItemPriceDataRecurringParams(
    TypedDict, total=False
):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionSchedulesCreatePhasesItemParams(TypedDict, total=False):
    """phase_configuration_params"""

    add_invoice_items: Sequence[SubscriptionSchedulesCreatePhasesItemAddInvoiceItemsItemParams]
    application_fee_percent: float
    automatic_tax: SubscriptionSchedulesCreatePhasesItemAutomaticTaxParams
    billing_cycle_anchor: Literal["automatic", "phase_start"]
    billing_thresholds: SubscriptionSchedulesCreatePhasesItemBillingThresholdsParams | Literal[""]
    collection_method: Literal["charge_automatically", "send_invoice"]
    coupon: str
    currency: str
    default_payment_method: str
    default_tax_rates: Sequence[str] | Literal[""]
    description: str
    end_date: int
    invoice_settings: SubscriptionSchedulesCreatePhasesItemInvoiceSettingsParams
    items: Required[Sequence[SubscriptionSchedulesCreatePhasesItemItemsItemParams]]
    iterations: int
    metadata: Mapping[str, str]
    on_behalf_of: str
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    transfer_data: SubscriptionSchedulesCreatePhasesItemTransferDataParams
    trial: bool
    trial_end: int


class SubscriptionSchedulesCreatePhasesItemTransferDataParams(TypedDict, total=False):
    """transfer_data_specs"""

    amount_percent: float
    destination: Required[str]


class SubscriptionSchedulesListCanceledAtParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SubscriptionSchedulesListCompletedAtParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SubscriptionSchedulesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SubscriptionSchedulesListReleasedAtParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SubscriptionSchedulesUpdateDefaultSettingsAutomaticTaxParams(TypedDict, total=False):
    """automatic_tax_config"""

    enabled: Required[bool]


class SubscriptionSchedulesUpdateDefaultSettingsBillingThresholdsParams(TypedDict, total=False):
    """billing_thresholds_param"""

    amount_gte: int
    reset_billing_cycle_anchor: bool


class SubscriptionSchedulesUpdateDefaultSettingsInvoiceSettingsParams(TypedDict, total=False):
    """subscription_schedules_param"""

    days_until_due: int


class SubscriptionSchedulesUpdateDefaultSettingsParams(TypedDict, total=False):
    """Object representing the subscription schedule's default settings."""

    application_fee_percent: float
    automatic_tax: SubscriptionSchedulesUpdateDefaultSettingsAutomaticTaxParams
    billing_cycle_anchor: Literal["automatic", "phase_start"]
    billing_thresholds: (
        SubscriptionSchedulesUpdateDefaultSettingsBillingThresholdsParams | Literal[""]
    )
    collection_method: Literal["charge_automatically", "send_invoice"]
    default_payment_method: str
    description: str
    invoice_settings: SubscriptionSchedulesUpdateDefaultSettingsInvoiceSettingsParams
    on_behalf_of: str | Literal[""]
    transfer_data: SubscriptionSchedulesUpdateDefaultSettingsTransferDataParams | Literal[""]


class SubscriptionSchedulesUpdateDefaultSettingsTransferDataParams(TypedDict, total=False):
    """transfer_data_specs"""

    amount_percent: float
    destination: Required[str]


class SubscriptionSchedulesUpdatePhasesItemAddInvoiceItemsItemParams(TypedDict, total=False):
    """add_invoice_item_entry"""

    price: str
    price_data: SubscriptionSchedulesUpdatePhasesItemAddInvoiceItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionSchedulesUpdatePhasesItemAddInvoiceItemsItemPriceDataParams(
    TypedDict, total=False
):
    """one_time_price_data"""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class SubscriptionSchedulesUpdatePhasesItemAutomaticTaxParams(TypedDict, total=False):
    """automatic_tax_config"""

    enabled: Required[bool]


class SubscriptionSchedulesUpdatePhasesItemBillingThresholdsParams(TypedDict, total=False):
    """billing_thresholds_param"""

    amount_gte: int
    reset_billing_cycle_anchor: bool


class SubscriptionSchedulesUpdatePhasesItemInvoiceSettingsParams(TypedDict, total=False):
    """subscription_schedules_param"""

    days_until_due: int


class SubscriptionSchedulesUpdatePhasesItemItemsItemBillingThresholdsParams(TypedDict, total=False):
    """item_billing_thresholds_param"""

    usage_gte: Required[int]


class SubscriptionSchedulesUpdatePhasesItemItemsItemParams(TypedDict, total=False):
    """configuration_item_params"""

    billing_thresholds: (
        SubscriptionSchedulesUpdatePhasesItemItemsItemBillingThresholdsParams | Literal[""]
    )
    price: str
    price_data: SubscriptionSchedulesUpdatePhasesItemItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionSchedulesUpdatePhasesItemItemsItemPriceDataParams(TypedDict, total=False):
    """recurring_price_data"""

    currency: Required[str]
    product: Required[str]
    recurring: Required[SubscriptionSchedulesUpdatePhasesItemItemsItemPriceDataRecurringParams]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class SubscriptionSchedulesUpdatePhasesItemItemsItemPriceDataRecurringParams(
    TypedDict, total=False
):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionSchedulesUpdatePhasesItemParams(TypedDict, total=False):
    """phase_configuration_params"""

    add_invoice_items: Sequence[SubscriptionSchedulesUpdatePhasesItemAddInvoiceItemsItemParams]
    application_fee_percent: float
    automatic_tax: SubscriptionSchedulesUpdatePhasesItemAutomaticTaxParams
    billing_cycle_anchor: Literal["automatic", "phase_start"]
    billing_thresholds: SubscriptionSchedulesUpdatePhasesItemBillingThresholdsParams | Literal[""]
    collection_method: Literal["charge_automatically", "send_invoice"]
    coupon: str
    default_payment_method: str
    default_tax_rates: Sequence[str] | Literal[""]
    description: str
    end_date: int | Literal["now"]
    invoice_settings: SubscriptionSchedulesUpdatePhasesItemInvoiceSettingsParams
    items: Required[Sequence[SubscriptionSchedulesUpdatePhasesItemItemsItemParams]]
    iterations: int
    metadata: Mapping[str, str]
    on_behalf_of: str
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    start_date: int | Literal["now"]
    transfer_data: SubscriptionSchedulesUpdatePhasesItemTransferDataParams
    trial: bool
    trial_end: int | Literal["now"]


class SubscriptionSchedulesUpdatePhasesItemTransferDataParams(TypedDict, total=False):
    """transfer_data_specs"""

    amount_percent: float
    destination: Required[str]


class SubscriptionsCreateAddInvoiceItemsItemParams(TypedDict, total=False):
    """add_invoice_item_entry"""

    price: str
    price_data: SubscriptionsCreateAddInvoiceItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionsCreateAddInvoiceItemsItemPriceDataParams(TypedDict, total=False):
    """one_time_price_data"""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class SubscriptionsCreateAutomaticTaxParams(TypedDict, total=False):
    """Automatic tax settings for this subscription. We recommend you only include this parameter when the existing value is being changed."""

    enabled: Required[bool]


class SubscriptionsCreateBillingThresholdsParams(TypedDict, total=False):
    """billing_thresholds_param"""

    amount_gte: int
    reset_billing_cycle_anchor: bool


class SubscriptionsCreateItemsItemBillingThresholdsParams(TypedDict, total=False):
    """item_billing_thresholds_param"""

    usage_gte: Required[int]


class SubscriptionsCreateItemsItemParams(TypedDict, total=False):
    """subscription_item_create_params"""

    billing_thresholds: SubscriptionsCreateItemsItemBillingThresholdsParams | Literal[""]
    metadata: Mapping[str, str]
    price: str
    price_data: SubscriptionsCreateItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionsCreateItemsItemPriceDataParams(TypedDict, total=False):
    """recurring_price_data"""

    currency: Required[str]
    product: Required[str]
    recurring: Required[SubscriptionsCreateItemsItemPriceDataRecurringParams]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class SubscriptionsCreateItemsItemPriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionsCreatePaymentSettingsParams(TypedDict, total=False):
    """Payment settings to pass to invoices created by the subscription."""

    payment_method_options: SubscriptionsCreatePaymentSettingsPaymentMethodOptionsParams
    payment_method_types: (
        Sequence[
            Literal[
                "ach_credit_transfer",
                "ach_debit",
                "acss_debit",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "boleto",
                "card",
                "customer_balance",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "konbini",
                "link",
                "paynow",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
            ]
        ]
        | Literal[""]
    )
    save_default_payment_method: Literal["off", "on_subscription"]


class SubscriptionsCreatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams(
    TypedDict, total=False
):
    """mandate_options_param"""

    transaction_type: Literal["business", "personal"]


class SubscriptionsCreatePaymentSettingsPaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """invoice_payment_method_options_param"""

    mandate_options: (
        SubscriptionsCreatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams
    )
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SubscriptionsCreatePaymentSettingsPaymentMethodOptionsBancontactParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"]


class SubscriptionsCreatePaymentSettingsPaymentMethodOptionsCardMandateOptionsParams(
    TypedDict, total=False
):
    """mandate_options_param"""

    amount: int
    amount_type: Literal["fixed", "maximum"]
    description: str


class SubscriptionsCreatePaymentSettingsPaymentMethodOptionsCardParams(TypedDict, total=False):
    """subscription_payment_method_options_param"""

    mandate_options: SubscriptionsCreatePaymentSettingsPaymentMethodOptionsCardMandateOptionsParams
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]


class SubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_param"""

    country: Required[str]


class SubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: SubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    type: str


class SubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    bank_transfer: (
        SubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams
    )
    funding_type: str


class SubscriptionsCreatePaymentSettingsPaymentMethodOptionsParams(TypedDict, total=False):
    """payment_method_options"""

    acss_debit: SubscriptionsCreatePaymentSettingsPaymentMethodOptionsAcssDebitParams | Literal[""]
    bancontact: SubscriptionsCreatePaymentSettingsPaymentMethodOptionsBancontactParams | Literal[""]
    card: SubscriptionsCreatePaymentSettingsPaymentMethodOptionsCardParams | Literal[""]
    customer_balance: (
        SubscriptionsCreatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams | Literal[""]
    )
    konbini: Mapping[str, Any] | Literal[""]
    us_bank_account: (
        SubscriptionsCreatePaymentSettingsPaymentMethodOptionsUsBankAccountParams | Literal[""]
    )


class SubscriptionsCreatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """invoice_linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]


class SubscriptionsCreatePaymentSettingsPaymentMethodOptionsUsBankAccountParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    financial_connections: SubscriptionsCreatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SubscriptionsCreatePendingInvoiceItemIntervalParams(TypedDict, total=False):
    """pending_invoice_item_interval_params"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionsCreateTransferDataParams(TypedDict, total=False):
    """If specified, the funds from the subscription's invoices will be transferred to the destination and the ID of the resulting transfers will be found on the resulting charges."""

    amount_percent: float
    destination: Required[str]


class SubscriptionsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SubscriptionsListCurrentPeriodEndParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SubscriptionsListCurrentPeriodStartParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class SubscriptionsUpdateAddInvoiceItemsItemParams(TypedDict, total=False):
    """add_invoice_item_entry"""

    price: str
    price_data: SubscriptionsUpdateAddInvoiceItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionsUpdateAddInvoiceItemsItemPriceDataParams(TypedDict, total=False):
    """one_time_price_data"""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class SubscriptionsUpdateAutomaticTaxParams(TypedDict, total=False):
    """Automatic tax settings for this subscription. We recommend you only include this parameter when the existing value is being changed."""

    enabled: Required[bool]


class SubscriptionsUpdateBillingThresholdsParams(TypedDict, total=False):
    """billing_thresholds_param"""

    amount_gte: int
    reset_billing_cycle_anchor: bool


class SubscriptionsUpdateItemsItemBillingThresholdsParams(TypedDict, total=False):
    """item_billing_thresholds_param"""

    usage_gte: Required[int]


class SubscriptionsUpdateItemsItemParams(TypedDict, total=False):
    """subscription_item_update_params"""

    billing_thresholds: SubscriptionsUpdateItemsItemBillingThresholdsParams | Literal[""]
    clear_usage: bool
    deleted: bool
    id: str
    metadata: Mapping[str, str] | Literal[""]
    price: str
    price_data: SubscriptionsUpdateItemsItemPriceDataParams
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionsUpdateItemsItemPriceDataParams(TypedDict, total=False):
    """recurring_price_data"""

    currency: Required[str]
    product: Required[str]
    recurring: Required[SubscriptionsUpdateItemsItemPriceDataRecurringParams]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str


class SubscriptionsUpdateItemsItemPriceDataRecurringParams(TypedDict, total=False):
    """recurring_adhoc"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionsUpdatePauseCollectionParams(TypedDict, total=False):
    """pause_collection_param"""

    behavior: Required[Literal["keep_as_draft", "mark_uncollectible", "void"]]
    resumes_at: int


class SubscriptionsUpdatePaymentSettingsParams(TypedDict, total=False):
    """Payment settings to pass to invoices created by the subscription."""

    payment_method_options: SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsParams
    payment_method_types: (
        Sequence[
            Literal[
                "ach_credit_transfer",
                "ach_debit",
                "acss_debit",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "boleto",
                "card",
                "customer_balance",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "konbini",
                "link",
                "paynow",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
            ]
        ]
        | Literal[""]
    )
    save_default_payment_method: Literal["off", "on_subscription"]


class SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams(
    TypedDict, total=False
):
    """mandate_options_param"""

    transaction_type: Literal["business", "personal"]


class SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """invoice_payment_method_options_param"""

    mandate_options: (
        SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsAcssDebitMandateOptionsParams
    )
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsBancontactParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"]


class SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCardMandateOptionsParams(
    TypedDict, total=False
):
    """mandate_options_param"""

    amount: int
    amount_type: Literal["fixed", "maximum"]
    description: str


class SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCardParams(TypedDict, total=False):
    """subscription_payment_method_options_param"""

    mandate_options: SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCardMandateOptionsParams
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]


class SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """eu_bank_transfer_param"""

    country: Required[str]


class SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams(
    TypedDict, total=False
):
    """bank_transfer_param"""

    eu_bank_transfer: SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
    type: str


class SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    bank_transfer: (
        SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferParams
    )
    funding_type: str


class SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsParams(TypedDict, total=False):
    """payment_method_options"""

    acss_debit: SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsAcssDebitParams | Literal[""]
    bancontact: SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsBancontactParams | Literal[""]
    card: SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCardParams | Literal[""]
    customer_balance: (
        SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsCustomerBalanceParams | Literal[""]
    )
    konbini: Mapping[str, Any] | Literal[""]
    us_bank_account: (
        SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountParams | Literal[""]
    )


class SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams(
    TypedDict, total=False
):
    """invoice_linked_account_options_param"""

    permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]]


class SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountParams(
    TypedDict, total=False
):
    """invoice_payment_method_options_param"""

    financial_connections: SubscriptionsUpdatePaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsParams
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SubscriptionsUpdatePendingInvoiceItemIntervalParams(TypedDict, total=False):
    """pending_invoice_item_interval_params"""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionsUpdateTransferDataParams(TypedDict, total=False):
    """transfer_data_specs"""

    amount_percent: float
    destination: Required[str]


class TaxRatesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class TerminalConfigurationsCreateBbposWiseposEParams(TypedDict, total=False):
    """An object containing device type specific settings for BBPOS WisePOS E readers"""

    splashscreen: str | Literal[""]


class TerminalConfigurationsCreateTippingAudParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingCadParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingChfParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingCzkParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingDkkParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingEurParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingGbpParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingHkdParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingMyrParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingNokParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingNzdParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingParams(TypedDict, total=False):
    """tipping"""

    aud: TerminalConfigurationsCreateTippingAudParams
    cad: TerminalConfigurationsCreateTippingCadParams
    chf: TerminalConfigurationsCreateTippingChfParams
    czk: TerminalConfigurationsCreateTippingCzkParams
    dkk: TerminalConfigurationsCreateTippingDkkParams
    eur: TerminalConfigurationsCreateTippingEurParams
    gbp: TerminalConfigurationsCreateTippingGbpParams
    hkd: TerminalConfigurationsCreateTippingHkdParams
    myr: TerminalConfigurationsCreateTippingMyrParams
    nok: TerminalConfigurationsCreateTippingNokParams
    nzd: TerminalConfigurationsCreateTippingNzdParams
    sek: TerminalConfigurationsCreateTippingSekParams
    sgd: TerminalConfigurationsCreateTippingSgdParams
    usd: TerminalConfigurationsCreateTippingUsdParams


class TerminalConfigurationsCreateTippingSekParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingSgdParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateTippingUsdParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsCreateVerifoneP400Params(TypedDict, total=False):
    """An object containing device type specific settings for Verifone P400 readers"""

    splashscreen: str | Literal[""]


class TerminalConfigurationsUpdateBbposWiseposEParams(TypedDict, total=False):
    """bbpos_wise_pose"""

    splashscreen: str | Literal[""]


class TerminalConfigurationsUpdateTippingAudParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingCadParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingChfParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingCzkParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingDkkParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingEurParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingGbpParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingHkdParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingMyrParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingNokParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingNzdParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingParams(TypedDict, total=False):
    """tipping"""

    aud: TerminalConfigurationsUpdateTippingAudParams
    cad: TerminalConfigurationsUpdateTippingCadParams
    chf: TerminalConfigurationsUpdateTippingChfParams
    czk: TerminalConfigurationsUpdateTippingCzkParams
    dkk: TerminalConfigurationsUpdateTippingDkkParams
    eur: TerminalConfigurationsUpdateTippingEurParams
    gbp: TerminalConfigurationsUpdateTippingGbpParams
    hkd: TerminalConfigurationsUpdateTippingHkdParams
    myr: TerminalConfigurationsUpdateTippingMyrParams
    nok: TerminalConfigurationsUpdateTippingNokParams
    nzd: TerminalConfigurationsUpdateTippingNzdParams
    sek: TerminalConfigurationsUpdateTippingSekParams
    sgd: TerminalConfigurationsUpdateTippingSgdParams
    usd: TerminalConfigurationsUpdateTippingUsdParams


class TerminalConfigurationsUpdateTippingSekParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingSgdParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateTippingUsdParams(TypedDict, total=False):
    """currency_specific_config"""

    fixed_amounts: Sequence[int]
    percentages: Sequence[int]
    smart_tip_threshold: int


class TerminalConfigurationsUpdateVerifoneP400Params(TypedDict, total=False):
    """verifone_p400"""

    splashscreen: str | Literal[""]


class TerminalLocationsCreateAddressParams(TypedDict, total=False):
    """The full address of the location."""

    city: str
    country: Required[str]
    line1: str
    line2: str
    postal_code: str
    state: str


class TerminalLocationsUpdateAddressParams(TypedDict, total=False):
    """The full address of the location."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class TerminalReadersProcessPaymentIntentProcessConfigParams(TypedDict, total=False):
    """Configuration overrides"""

    skip_tipping: bool
    tipping: TerminalReadersProcessPaymentIntentProcessConfigTippingParams


class TerminalReadersProcessPaymentIntentProcessConfigTippingParams(TypedDict, total=False):
    """tipping_config"""

    amount_eligible: int


class TerminalReadersSetReaderDisplayCartLineItemsItemParams(TypedDict, total=False):
    """line_item"""

    amount: Required[int]
    description: Required[str]
    quantity: Required[int]


class TerminalReadersSetReaderDisplayCartParams(TypedDict, total=False):
    """Cart"""

    currency: Required[str]
    line_items: Required[Sequence[TerminalReadersSetReaderDisplayCartLineItemsItemParams]]
    tax: int
    total: Required[int]


class TestHelpersTerminalReadersPresentPaymentMethodCardPresentParams(TypedDict, total=False):
    """Simulated data for the card_present payment method"""

    number: str


class TestHelpersTreasuryInboundTransfersFailFailureDetailsParams(TypedDict, total=False):
    """Details about a failed InboundTransfer."""

    code: Literal[
        "account_closed",
        "account_frozen",
        "bank_account_restricted",
        "bank_ownership_changed",
        "debit_not_authorized",
        "incorrect_account_holder_address",
        "incorrect_account_holder_name",
        "incorrect_account_holder_tax_id",
        "insufficient_funds",
        "invalid_account_number",
        "invalid_currency",
        "no_account",
        "other",
    ]


class TestHelpersTreasuryOutboundPaymentsReturnReturnedDetailsParams(TypedDict, total=False):
    """Optional hash to set the the return code."""

    code: Literal[
        "account_closed",
        "account_frozen",
        "bank_account_restricted",
        "bank_ownership_changed",
        "declined",
        "incorrect_account_holder_name",
        "invalid_account_number",
        "invalid_currency",
        "no_account",
        "other",
    ]


class TestHelpersTreasuryOutboundTransfersReturnReturnedDetailsParams(TypedDict, total=False):
    """Details about a returned OutboundTransfer."""

    code: Literal[
        "account_closed",
        "account_frozen",
        "bank_account_restricted",
        "bank_ownership_changed",
        "declined",
        "incorrect_account_holder_name",
        "invalid_account_number",
        "invalid_currency",
        "no_account",
        "other",
    ]


class TestHelpersTreasuryReceivedCreditsCreateInitiatingPaymentMethodDetailsParams(
    TypedDict, total=False
):
    """Initiating payment method details for the object."""

    type: Required[Literal["us_bank_account"]]
    us_bank_account: (
        TestHelpersTreasuryReceivedCreditsCreateInitiatingPaymentMethodDetailsUsBankAccountParams
    )


class TestHelpersTreasuryReceivedCreditsCreateInitiatingPaymentMethodDetailsUsBankAccountParams(
    TypedDict, total=False
):
    """us_bank_account_source_params"""

    account_holder_name: str
    account_number: str
    routing_number: str


class TestHelpersTreasuryReceivedDebitsCreateInitiatingPaymentMethodDetailsParams(
    TypedDict, total=False
):
    """Initiating payment method details for the object."""

    type: Required[Literal["us_bank_account"]]
    us_bank_account: (
        TestHelpersTreasuryReceivedDebitsCreateInitiatingPaymentMethodDetailsUsBankAccountParams
    )


class TestHelpersTreasuryReceivedDebitsCreateInitiatingPaymentMethodDetailsUsBankAccountParams(
    TypedDict, total=False
):
    """us_bank_account_source_params"""

    account_holder_name: str
    account_number: str
    routing_number: str


class TokensCreateAccountCompanyAddressKanaParams(TypedDict, total=False):
    """japan_address_kana_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class TokensCreateAccountCompanyAddressKanjiParams(TypedDict, total=False):
    """japan_address_kanji_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class TokensCreateAccountCompanyAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class TokensCreateAccountCompanyOwnershipDeclarationParams(TypedDict, total=False):
    """company_ownership_declaration"""

    date: int
    ip: str
    user_agent: str


class TokensCreateAccountCompanyParams(TypedDict, total=False):
    """connect_js_account_token_company_specs"""

    address: TokensCreateAccountCompanyAddressParams
    address_kana: TokensCreateAccountCompanyAddressKanaParams
    address_kanji: TokensCreateAccountCompanyAddressKanjiParams
    directors_provided: bool
    executives_provided: bool
    name: str
    name_kana: str
    name_kanji: str
    owners_provided: bool
    ownership_declaration: TokensCreateAccountCompanyOwnershipDeclarationParams
    ownership_declaration_shown_and_signed: bool
    phone: str
    registration_number: str
    structure: Literal[
        "",
        "free_zone_establishment",
        "free_zone_llc",
        "government_instrumentality",
        "governmental_unit",
        "incorporated_non_profit",
        "limited_liability_partnership",
        "llc",
        "multi_member_llc",
        "private_company",
        "private_corporation",
        "private_partnership",
        "public_company",
        "public_corporation",
        "public_partnership",
        "single_member_llc",
        "sole_establishment",
        "sole_proprietorship",
        "tax_exempt_government_instrumentality",
        "unincorporated_association",
        "unincorporated_non_profit",
    ]
    tax_id: str
    tax_id_registrar: str
    vat_id: str
    verification: TokensCreateAccountCompanyVerificationParams


class TokensCreateAccountCompanyVerificationDocumentParams(TypedDict, total=False):
    """verification_document_specs"""

    back: str
    front: str


class TokensCreateAccountCompanyVerificationParams(TypedDict, total=False):
    """verification_specs"""

    document: TokensCreateAccountCompanyVerificationDocumentParams


class TokensCreateAccountIndividualAddressKanaParams(TypedDict, total=False):
    """japan_address_kana_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class TokensCreateAccountIndividualAddressKanjiParams(TypedDict, total=False):
    """japan_address_kanji_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class TokensCreateAccountIndividualAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class TokensCreateAccountIndividualDobParams(TypedDict, total=False):
    """date_of_birth_specs"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class TokensCreateAccountIndividualParams(TypedDict, total=False):
    """individual_specs"""

    address: TokensCreateAccountIndividualAddressParams
    address_kana: TokensCreateAccountIndividualAddressKanaParams
    address_kanji: TokensCreateAccountIndividualAddressKanjiParams
    dob: TokensCreateAccountIndividualDobParams | Literal[""]
    email: str
    first_name: str
    first_name_kana: str
    first_name_kanji: str
    full_name_aliases: Sequence[str] | Literal[""]
    gender: str
    id_number: str
    id_number_secondary: str
    last_name: str
    last_name_kana: str
    last_name_kanji: str
    maiden_name: str
    metadata: Mapping[str, str] | Literal[""]
    phone: str
    political_exposure: Literal["existing", "none"]
    registered_address: TokensCreateAccountIndividualRegisteredAddressParams
    ssn_last_4: str
    verification: TokensCreateAccountIndividualVerificationParams


class TokensCreateAccountIndividualRegisteredAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class TokensCreateAccountIndividualVerificationAdditionalDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class TokensCreateAccountIndividualVerificationDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class TokensCreateAccountIndividualVerificationParams(TypedDict, total=False):
    """person_verification_specs"""

    additional_document: TokensCreateAccountIndividualVerificationAdditionalDocumentParams
    document: TokensCreateAccountIndividualVerificationDocumentParams


class TokensCreateAccountParams(TypedDict, total=False):
    """Information for the account this token will represent."""

    business_type: Literal["company", "government_entity", "individual", "non_profit"]
    company: TokensCreateAccountCompanyParams
    individual: TokensCreateAccountIndividualParams
    tos_shown_and_accepted: bool


class TokensCreateBankAccountParams(TypedDict, total=False):
    """The bank account this token will represent."""

    account_holder_name: str
    account_holder_type: Literal["company", "individual"]
    account_number: Required[str]
    account_type: Literal["checking", "futsu", "savings", "toza"]
    country: Required[str]
    currency: str
    routing_number: str


class TokensCreateCardParams(TypedDict, total=False):
    """credit_card_specs"""

    address_city: str
    address_country: str
    address_line1: str
    address_line2: str
    address_state: str
    address_zip: str
    currency: str
    cvc: str
    exp_month: Required[str]
    exp_year: Required[str]
    name: str
    number: Required[str]


class TokensCreateCvcUpdateParams(TypedDict, total=False):
    """The updated CVC value this token will represent."""

    cvc: Required[str]


class TokensCreatePersonAddressKanaParams(TypedDict, total=False):
    """japan_address_kana_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class TokensCreatePersonAddressKanjiParams(TypedDict, total=False):
    """japan_address_kanji_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str
    town: str


class TokensCreatePersonAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class TokensCreatePersonDobParams(TypedDict, total=False):
    """date_of_birth_specs"""

    day: Required[int]
    month: Required[int]
    year: Required[int]


class TokensCreatePersonDocumentsCompanyAuthorizationParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class TokensCreatePersonDocumentsParams(TypedDict, total=False):
    """person_documents_specs"""

    company_authorization: TokensCreatePersonDocumentsCompanyAuthorizationParams
    passport: TokensCreatePersonDocumentsPassportParams
    visa: TokensCreatePersonDocumentsVisaParams


class TokensCreatePersonDocumentsPassportParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class TokensCreatePersonDocumentsVisaParams(TypedDict, total=False):
    """documents_param"""

    files: Sequence[str]


class TokensCreatePersonParams(TypedDict, total=False):
    """Information for the person this token will represent."""

    address: TokensCreatePersonAddressParams
    address_kana: TokensCreatePersonAddressKanaParams
    address_kanji: TokensCreatePersonAddressKanjiParams
    dob: TokensCreatePersonDobParams | Literal[""]
    documents: TokensCreatePersonDocumentsParams
    email: str
    first_name: str
    first_name_kana: str
    first_name_kanji: str
    full_name_aliases: Sequence[str] | Literal[""]
    gender: str
    id_number: str
    id_number_secondary: str
    last_name: str
    last_name_kana: str
    last_name_kanji: str
    maiden_name: str
    metadata: Mapping[str, str] | Literal[""]
    nationality: str
    phone: str
    political_exposure: str
    registered_address: TokensCreatePersonRegisteredAddressParams
    relationship: TokensCreatePersonRelationshipParams
    ssn_last_4: str
    verification: TokensCreatePersonVerificationParams


class TokensCreatePersonRegisteredAddressParams(TypedDict, total=False):
    """address_specs"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class TokensCreatePersonRelationshipParams(TypedDict, total=False):
    """relationship_specs"""

    director: bool
    executive: bool
    owner: bool
    percent_ownership: float | Literal[""]
    representative: bool
    title: str


class TokensCreatePersonVerificationAdditionalDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class TokensCreatePersonVerificationDocumentParams(TypedDict, total=False):
    """person_verification_document_specs"""

    back: str
    front: str


class TokensCreatePersonVerificationParams(TypedDict, total=False):
    """person_verification_specs"""

    additional_document: TokensCreatePersonVerificationAdditionalDocumentParams
    document: TokensCreatePersonVerificationDocumentParams


class TokensCreatePiiParams(TypedDict, total=False):
    """The PII this token will represent."""

    id_number: str


class TopupsListAmountParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class TopupsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class TransfersListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class TreasuryFinancialAccountsCreateFeaturesCardIssuingParams(TypedDict, total=False):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsCreateFeaturesDepositInsuranceParams(TypedDict, total=False):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsCreateFeaturesFinancialAddressesAbaParams(TypedDict, total=False):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsCreateFeaturesFinancialAddressesParams(TypedDict, total=False):
    """financial_addresses"""

    aba: TreasuryFinancialAccountsCreateFeaturesFinancialAddressesAbaParams


class TreasuryFinancialAccountsCreateFeaturesInboundTransfersAchParams(TypedDict, total=False):
    """access_with_ach_details"""

    requested: Required[bool]


class TreasuryFinancialAccountsCreateFeaturesInboundTransfersParams(TypedDict, total=False):
    """inbound_transfers"""

    ach: TreasuryFinancialAccountsCreateFeaturesInboundTransfersAchParams


class TreasuryFinancialAccountsCreateFeaturesIntraStripeFlowsParams(TypedDict, total=False):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsCreateFeaturesOutboundPaymentsAchParams(TypedDict, total=False):
    """access_with_ach_details"""

    requested: Required[bool]


class TreasuryFinancialAccountsCreateFeaturesOutboundPaymentsParams(TypedDict, total=False):
    """outbound_payments"""

    ach: TreasuryFinancialAccountsCreateFeaturesOutboundPaymentsAchParams
    us_domestic_wire: TreasuryFinancialAccountsCreateFeaturesOutboundPaymentsUsDomesticWireParams


class TreasuryFinancialAccountsCreateFeaturesOutboundPaymentsUsDomesticWireParams(
    TypedDict, total=False
):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsCreateFeaturesOutboundTransfersAchParams(TypedDict, total=False):
    """access_with_ach_details"""

    requested: Required[bool]


class TreasuryFinancialAccountsCreateFeaturesOutboundTransfersParams(TypedDict, total=False):
    """outbound_transfers"""

    ach: TreasuryFinancialAccountsCreateFeaturesOutboundTransfersAchParams
    us_domestic_wire: TreasuryFinancialAccountsCreateFeaturesOutboundTransfersUsDomesticWireParams


class TreasuryFinancialAccountsCreateFeaturesOutboundTransfersUsDomesticWireParams(
    TypedDict, total=False
):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsCreateFeaturesParams(TypedDict, total=False):
    """Encodes whether a FinancialAccount has access to a particular feature. Stripe or the platform can control features via the requested field."""

    card_issuing: TreasuryFinancialAccountsCreateFeaturesCardIssuingParams
    deposit_insurance: TreasuryFinancialAccountsCreateFeaturesDepositInsuranceParams
    financial_addresses: TreasuryFinancialAccountsCreateFeaturesFinancialAddressesParams
    inbound_transfers: TreasuryFinancialAccountsCreateFeaturesInboundTransfersParams
    intra_stripe_flows: TreasuryFinancialAccountsCreateFeaturesIntraStripeFlowsParams
    outbound_payments: TreasuryFinancialAccountsCreateFeaturesOutboundPaymentsParams
    outbound_transfers: TreasuryFinancialAccountsCreateFeaturesOutboundTransfersParams


class TreasuryFinancialAccountsCreatePlatformRestrictionsParams(TypedDict, total=False):
    """The set of functionalities that the platform can restrict on the FinancialAccount."""

    inbound_flows: Literal["restricted", "unrestricted"]
    outbound_flows: Literal["restricted", "unrestricted"]


class TreasuryFinancialAccountsFeaturesUpdateCardIssuingParams(TypedDict, total=False):
    """Encodes the FinancialAccount's ability to be used with the Issuing product, including attaching cards to and drawing funds from the FinancialAccount."""

    requested: Required[bool]


class TreasuryFinancialAccountsFeaturesUpdateDepositInsuranceParams(TypedDict, total=False):
    """Represents whether this FinancialAccount is eligible for deposit insurance. Various factors determine the insurance amount."""

    requested: Required[bool]


class TreasuryFinancialAccountsFeaturesUpdateFinancialAddressesAbaParams(TypedDict, total=False):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsFeaturesUpdateFinancialAddressesParams(TypedDict, total=False):
    """Contains Features that add FinancialAddresses to the FinancialAccount."""

    aba: TreasuryFinancialAccountsFeaturesUpdateFinancialAddressesAbaParams


class TreasuryFinancialAccountsFeaturesUpdateInboundTransfersAchParams(TypedDict, total=False):
    """access_with_ach_details"""

    requested: Required[bool]


class TreasuryFinancialAccountsFeaturesUpdateInboundTransfersParams(TypedDict, total=False):
    """Contains settings related to adding funds to a FinancialAccount from another Account with the same owner."""

    ach: TreasuryFinancialAccountsFeaturesUpdateInboundTransfersAchParams


class TreasuryFinancialAccountsFeaturesUpdateIntraStripeFlowsParams(TypedDict, total=False):
    """Represents the ability for the FinancialAccount to send money to, or receive money from other FinancialAccounts (for example, via OutboundPayment)."""

    requested: Required[bool]


class TreasuryFinancialAccountsFeaturesUpdateOutboundPaymentsAchParams(TypedDict, total=False):
    """access_with_ach_details"""

    requested: Required[bool]


class TreasuryFinancialAccountsFeaturesUpdateOutboundPaymentsParams(TypedDict, total=False):
    """Includes Features related to initiating money movement out of the FinancialAccount to someone else's bucket of money."""

    ach: TreasuryFinancialAccountsFeaturesUpdateOutboundPaymentsAchParams
    us_domestic_wire: TreasuryFinancialAccountsFeaturesUpdateOutboundPaymentsUsDomesticWireParams


class TreasuryFinancialAccountsFeaturesUpdateOutboundPaymentsUsDomesticWireParams(
    TypedDict, total=False
):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsFeaturesUpdateOutboundTransfersAchParams(TypedDict, total=False):
    """access_with_ach_details"""

    requested: Required[bool]


class TreasuryFinancialAccountsFeaturesUpdateOutboundTransfersParams(TypedDict, total=False):
    """Contains a Feature and settings related to moving money out of the FinancialAccount into another Account with the same owner."""

    ach: TreasuryFinancialAccountsFeaturesUpdateOutboundTransfersAchParams
    us_domestic_wire: TreasuryFinancialAccountsFeaturesUpdateOutboundTransfersUsDomesticWireParams


class TreasuryFinancialAccountsFeaturesUpdateOutboundTransfersUsDomesticWireParams(
    TypedDict, total=False
):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class TreasuryFinancialAccountsUpdateFeaturesCardIssuingParams(TypedDict, total=False):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsUpdateFeaturesDepositInsuranceParams(TypedDict, total=False):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsUpdateFeaturesFinancialAddressesAbaParams(TypedDict, total=False):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsUpdateFeaturesFinancialAddressesParams(TypedDict, total=False):
    """financial_addresses"""

    aba: TreasuryFinancialAccountsUpdateFeaturesFinancialAddressesAbaParams


class TreasuryFinancialAccountsUpdateFeaturesInboundTransfersAchParams(TypedDict, total=False):
    """access_with_ach_details"""

    requested: Required[bool]


class TreasuryFinancialAccountsUpdateFeaturesInboundTransfersParams(TypedDict, total=False):
    """inbound_transfers"""

    ach: TreasuryFinancialAccountsUpdateFeaturesInboundTransfersAchParams


class TreasuryFinancialAccountsUpdateFeaturesIntraStripeFlowsParams(TypedDict, total=False):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsUpdateFeaturesOutboundPaymentsAchParams(TypedDict, total=False):
    """access_with_ach_details"""

    requested: Required[bool]


class TreasuryFinancialAccountsUpdateFeaturesOutboundPaymentsParams(TypedDict, total=False):
    """outbound_payments"""

    ach: TreasuryFinancialAccountsUpdateFeaturesOutboundPaymentsAchParams
    us_domestic_wire: TreasuryFinancialAccountsUpdateFeaturesOutboundPaymentsUsDomesticWireParams


class TreasuryFinancialAccountsUpdateFeaturesOutboundPaymentsUsDomesticWireParams(
    TypedDict, total=False
):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsUpdateFeaturesOutboundTransfersAchParams(TypedDict, total=False):
    """access_with_ach_details"""

    requested: Required[bool]


class TreasuryFinancialAccountsUpdateFeaturesOutboundTransfersParams(TypedDict, total=False):
    """outbound_transfers"""

    ach: TreasuryFinancialAccountsUpdateFeaturesOutboundTransfersAchParams
    us_domestic_wire: TreasuryFinancialAccountsUpdateFeaturesOutboundTransfersUsDomesticWireParams


class TreasuryFinancialAccountsUpdateFeaturesOutboundTransfersUsDomesticWireParams(
    TypedDict, total=False
):
    """access"""

    requested: Required[bool]


class TreasuryFinancialAccountsUpdateFeaturesParams(TypedDict, total=False):
    """Encodes whether a FinancialAccount has access to a particular feature, with a status enum and associated `status_details`. Stripe or the platform may control features via the requested field."""

    card_issuing: TreasuryFinancialAccountsUpdateFeaturesCardIssuingParams
    deposit_insurance: TreasuryFinancialAccountsUpdateFeaturesDepositInsuranceParams
    financial_addresses: TreasuryFinancialAccountsUpdateFeaturesFinancialAddressesParams
    inbound_transfers: TreasuryFinancialAccountsUpdateFeaturesInboundTransfersParams
    intra_stripe_flows: TreasuryFinancialAccountsUpdateFeaturesIntraStripeFlowsParams
    outbound_payments: TreasuryFinancialAccountsUpdateFeaturesOutboundPaymentsParams
    outbound_transfers: TreasuryFinancialAccountsUpdateFeaturesOutboundTransfersParams


class TreasuryFinancialAccountsUpdatePlatformRestrictionsParams(TypedDict, total=False):
    """The set of functionalities that the platform can restrict on the FinancialAccount."""

    inbound_flows: Literal["restricted", "unrestricted"]
    outbound_flows: Literal["restricted", "unrestricted"]


class TreasuryOutboundPaymentsCreateDestinationPaymentMethodDataBillingDetailsAddressParams(
    TypedDict, total=False
):
    """billing_details_address"""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class TreasuryOutboundPaymentsCreateDestinationPaymentMethodDataBillingDetailsParams(
    TypedDict, total=False
):
    """billing_details_inner_params"""

    address: (
        TreasuryOutboundPaymentsCreateDestinationPaymentMethodDataBillingDetailsAddressParams
        | Literal[""]
    )
    email: str | Literal[""]
    name: str
    phone: str


class TreasuryOutboundPaymentsCreateDestinationPaymentMethodDataParams(TypedDict, total=False):
    """Hash used to generate the PaymentMethod to be used for this OutboundPayment. Exclusive with `destination_payment_method`."""

    billing_details: TreasuryOutboundPaymentsCreateDestinationPaymentMethodDataBillingDetailsParams
    financial_account: str
    metadata: Mapping[str, str]
    type: Required[Literal["financial_account", "us_bank_account"]]
    us_bank_account: TreasuryOutboundPaymentsCreateDestinationPaymentMethodDataUsBankAccountParams


class TreasuryOutboundPaymentsCreateDestinationPaymentMethodDataUsBankAccountParams(
    TypedDict, total=False
):
    """payment_method_param"""

    account_holder_type: Literal["company", "individual"]
    account_number: str
    account_type: Literal["checking", "savings"]
    financial_connections_account: str
    routing_number: str


class TreasuryOutboundPaymentsCreateDestinationPaymentMethodOptionsParams(TypedDict, total=False):
    """Payment method-specific configuration for this OutboundPayment."""

    us_bank_account: (
        TreasuryOutboundPaymentsCreateDestinationPaymentMethodOptionsUsBankAccountParams
        | Literal[""]
    )


class TreasuryOutboundPaymentsCreateDestinationPaymentMethodOptionsUsBankAccountParams(
    TypedDict, total=False
):
    """payment_method_options_param"""

    network: Literal["ach", "us_domestic_wire"]


class TreasuryOutboundPaymentsCreateEndUserDetailsParams(TypedDict, total=False):
    """End user details."""

    ip_address: str
    present: Required[bool]


class TreasuryOutboundTransfersCreateDestinationPaymentMethodOptionsParams(TypedDict, total=False):
    """Hash describing payment method configuration details."""

    us_bank_account: (
        TreasuryOutboundTransfersCreateDestinationPaymentMethodOptionsUsBankAccountParams
        | Literal[""]
    )


class TreasuryOutboundTransfersCreateDestinationPaymentMethodOptionsUsBankAccountParams(
    TypedDict, total=False
):
    """payment_method_options_param"""

    network: Literal["ach", "us_domestic_wire"]


class TreasuryReceivedCreditsListLinkedFlowsParams(TypedDict, total=False):
    """linked_flows_param"""

    source_flow_type: Required[Literal["credit_reversal", "other", "outbound_payment", "payout"]]


class TreasuryTransactionEntriesListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class TreasuryTransactionEntriesListEffectiveAtParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class TreasuryTransactionsListCreatedParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int


class TreasuryTransactionsListStatusTransitionsParams(TypedDict, total=False):
    """status_transition_timestamp_specs"""

    posted_at: TreasuryTransactionsListStatusTransitionsPostedAtParams | int


class TreasuryTransactionsListStatusTransitionsPostedAtParams(TypedDict, total=False):
    """range_query_specs"""

    gt: int
    gte: int
    lt: int
    lte: int

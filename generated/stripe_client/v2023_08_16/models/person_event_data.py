# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PersonEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Person
    """This is an object representing a person associated with a Stripe account.

        A platform cannot access a Standard or Express account's persons after the account starts onboarding, such as after generating an account link for the account.
        See the [Standard onboarding](https://stripe.com/docs/connect/standard-accounts) or [Express onboarding documentation](https://stripe.com/docs/connect/express-accounts) for information about platform prefilling and account onboarding steps.

        Related guide: [Handling identity verification with the API](https://stripe.com/docs/connect/identity-verification-api#person-information)
        """
    previous_attributes: PersonPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .person import Person
from .person_previous_attributes import PersonPreviousAttributes

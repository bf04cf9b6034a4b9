# File copied from the generator's runtime (__init__.py) by `python -m generator generate`.
# Do not edit: change the template and regenerate.
"""Hand-written, version-independent runtime shipped with every generated Stripe client."""

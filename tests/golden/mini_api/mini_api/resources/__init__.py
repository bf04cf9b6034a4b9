# File generated from mini.yaml (API version 2024-01-01, spec sha256 038f8cbd9c4456c2) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""One module per resource; each is imported when its client attribute is first used."""

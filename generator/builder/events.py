"""Webhook events and the error object."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from generator import ir
from generator.builder.operations import ERROR_CLASSES, Operations
from generator.builder.state import iter_resource_operations
from generator.builder.types import _models_as_dicts
from generator.naming import pascal, unique
from generator.problems import pointer


class Events(Operations):
    """The `webhooks` section as typed events, and the error types the error object names."""

    # --- events and errors -----------------------------------------------------------------

    def build_events(self) -> list[ir.Event]:
        # OpenAPI 3.1's `webhooks`, or the `x-webhooks` extension that 3.0 documents use for the same
        section = "webhooks" if "webhooks" in self.data else "x-webhooks"
        webhooks = self.data.get(section) or {}
        if not isinstance(webhooks, dict):
            return []
        events = []
        taken: set[str] = set()
        for key in sorted(webhooks):
            at = pointer(section, key)
            item, item_at = self.deref(webhooks[key], at)
            op = item.get("post") if isinstance(item, dict) else None
            if not isinstance(op, dict):
                self.problem("warning", "a webhook without a `post` operation is skipped", at)
                continue
            body, body_at = self.deref(op.get("requestBody") or {}, item_at + "/post/requestBody")
            media = (body.get("content") or {}).get("application/json") if isinstance(body, dict) else None
            if not isinstance(media, dict) or "schema" not in media:
                self.problem("warning", "a webhook without an application/json body schema is skipped", at)
                continue
            schema_at = body_at + "/content/application~1json/schema"
            event_type = self.type_of(media["schema"], schema_at, response=True, context=pascal(key) + "Event")
            if event_type.kind != "model":
                self.problem("warning", "a webhook body that is not an object is skipped", schema_at)
                continue
            model = self.models[event_type.name]
            data_field = next((f for f in model.fields if f.wire_name == "data"), None)
            object_type = ir.ANY
            if data_field is not None and data_field.type.kind == "model":
                data_model = self.models.get(data_field.type.name)
                obj = next((f for f in data_model.fields if f.wire_name == "object"), None) if data_model else None
                if obj is not None and data_model is not None:
                    object_type = obj.type
                    self.type_previous_attributes(data_model, obj.type)
            example = None
            examples = media.get("examples") or {}
            if isinstance(examples, dict) and examples:
                first = examples[sorted(examples)[0]]
                first, _ = self.deref(first, schema_at)
                example = first.get("value") if isinstance(first, dict) else None
            elif "example" in media:
                example = media["example"]
            events.append(
                ir.Event(
                    type=key,
                    class_name=unique(model.name, taken),
                    model=model.name,
                    object_type=object_type,
                    description=str(op.get("summary") or op.get("description") or ""),
                    example=example,
                )
            )
        return events

    def mark_event_union(self, events: list[ir.Event]) -> None:
        """The envelope every event schema extends (`allOf: [{$ref: envelope}, ...]`) stands for the
        union of the typed events: `client.events.retrieve()` returns a `CustomerCreatedEvent`."""
        envelopes = {self.extended_schema(event) for event in events}
        if len(envelopes) == 1 and (name := envelopes.pop()) in self.models:
            self.models[name] = replace(self.models[name], event_union=True)

    def extended_schema(self, event: ir.Event) -> str:
        """The class of the schema an event's schema extends first (`allOf[0].$ref`), or ""."""
        model = self.models.get(event.model)
        if model is None or not model.schema_name.startswith("#/components/schemas/"):
            return ""
        schema, _ = self.deref({"$ref": model.schema_name}, model.schema_name)
        parts = schema.get("allOf") if isinstance(schema, dict) else None
        ref = parts[0].get("$ref") if isinstance(parts, list) and parts and isinstance(parts[0], dict) else None
        return self.component_class.get(ref, "") if isinstance(ref, str) else ""

    def type_previous_attributes(self, data_model: ir.Model, object_type: ir.TypeRef) -> None:
        """Stripe's `data.previous_attributes` holds old values of the object's fields: type it as a
        partial of the object (every field optional) instead of a bare dict."""
        previous = next((f for f in data_model.fields if f.wire_name == "previous_attributes"), None)
        if previous is None or previous.type.kind not in ("map", "any") or object_type.kind != "model":
            return
        source = self.models.get(object_type.name)
        if source is None:
            return
        name = source.name + "PreviousAttributes"
        if name not in self.models:
            name = unique(name, self.class_names)
            self.models[name] = replace(
                source,
                name=name,
                # Stripe sends only the changed parts of nested objects, so nested models are dicts.
                fields=tuple(replace(f, required=False, type=_models_as_dicts(f.type)) for f in source.fields),
                description=f"The previous values of the {source.name} fields that changed.",
                partial_of=source.name,
            )
        fields = tuple(
            replace(f, type=ir.TypeRef("model", name=name)) if f is previous else f for f in data_model.fields
        )
        self.models[data_model.name] = replace(data_model, fields=fields)

    def build_errors(self, resources: list[ir.Resource]) -> tuple[list[ir.ErrorType], str, tuple[int, ...]]:
        """The error object (the model most error responses use), its `type` values, and the
        HTTP statuses operations document errors with."""
        error_models: dict[str, int] = defaultdict(int)
        statuses: set[int] = set()
        for resource in resources:
            for op in iter_resource_operations(resource):
                for err in op.errors:
                    if err.status.isdigit():
                        statuses.add(int(err.status))
                    if err.type is not None and err.type.kind == "model":
                        error_models[err.type.name] += 1
        if not error_models:
            return [], "", tuple(sorted(statuses))
        error_model = sorted(error_models.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        # Stripe's shape: {"error": {"type": enum, ...}}
        types: tuple[Any, ...] = ()
        model = self.models.get(error_model)
        inner = next((f for f in model.fields if f.wire_name == "error"), None) if model else None
        inner_model = self.models.get(inner.type.name) if inner is not None and inner.type.kind == "model" else None
        type_field = next((f for f in inner_model.fields if f.wire_name == "type"), None) if inner_model else None
        if type_field is not None and type_field.type.kind == "literal":
            types = type_field.type.values
        # error types the API tells apart by status, beside the error object's enum (an addition to
        # Stripe's description: authentication, permission and rate-limit errors)
        listed = self.data.get("x-stripeErrorTypes")
        if isinstance(listed, dict):
            types += tuple(t for t in listed if t not in types)
        error_types = [
            ir.ErrorType(str(t), ERROR_CLASSES.get(str(t), "StripeError")) for t in types if isinstance(t, str)
        ]
        return error_types, error_model, tuple(sorted(statuses))

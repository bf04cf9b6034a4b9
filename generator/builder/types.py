"""Schemas to types: `$ref`s, unions, enums, nullability, inline and component models (both sides)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable

from generator import ir
from generator.builder.state import BuilderState
from generator.load import resolve_pointer
from generator.naming import field_name, pascal, unique
from generator.problems import pointer


def _models_as_dicts(t: ir.TypeRef) -> ir.TypeRef:
    if t.kind == "model":
        return ir.TypeRef("map", items=(ir.ANY,))
    if t.items:
        return replace(t, items=tuple(_models_as_dicts(item) for item in t.items), discriminator="", mapping=())
    return t


class SchemaTypes(BuilderState):
    """OpenAPI schemas -> TypeRefs and Models (response side) or params TypedDicts (request side)."""

    # --- references ------------------------------------------------------------------------

    def deref(self, node: Any, at: str) -> tuple[Any, str]:
        """Follow `$ref`s; returns the target and its pointer."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#"):
                self.problem("error", f"unresolvable $ref {ref!r}", at)
                return {}, at
            if ref in seen:
                self.problem("error", f"$ref {ref!r} refers to itself", at)
                return {}, at
            seen.add(ref)
            try:
                node = resolve_pointer(self.data, ref)
            except KeyError:
                self.problem("error", f"$ref {ref!r} does not resolve", at, "check the spelling and the path")
                return {}, at
            at = ref
        return node, at

    # --- schemas -> types ------------------------------------------------------------------

    def register_components(self) -> None:
        schemas = self.data.get("components", {}).get("schemas", {}) or {}
        if not isinstance(schemas, dict):
            self.problem("error", "components/schemas must be a mapping", pointer("components", "schemas"))
            return
        for key in sorted(schemas):
            schema = schemas[key]
            at = pointer("components", "schemas", key)
            if self.is_model_schema(schema, at):
                name = pascal(key)
                if self.is_event_schema(key):
                    name = name if name.endswith("Event") else name + "Event"
                self.component_class[at] = unique(name, self.class_names, ["schema"])

    def is_event_schema(self, key: str) -> bool:
        webhooks = self.data.get("webhooks") or self.data.get("x-webhooks") or {}
        return isinstance(webhooks, dict) and key in webhooks

    def is_model_schema(self, schema: Any, at: str) -> bool:
        if not isinstance(schema, dict) or "$ref" in schema:
            return False
        if "properties" in schema:
            return True
        if "allOf" in schema:
            return any(self.is_model_schema(self.deref(s, at)[0], at) for s in schema["allOf"])
        return False

    def build_component_models(self) -> None:
        for at, name in sorted(self.component_class.items(), key=lambda kv: kv[1]):
            schema = resolve_pointer(self.data, at)
            self.build_model(name, schema, at, response=True)

    def nullable(self, schema: dict[str, Any]) -> bool:
        if schema.get("nullable") is True:
            return True
        types = schema.get("type")
        return isinstance(types, list) and "null" in types

    def type_of(self, schema: Any, at: str, *, response: bool, context: str) -> ir.TypeRef:
        """The TypeRef of a schema; `context` names inline models (e.g. CustomerAddress)."""
        if schema is True or schema is False or schema is None or schema == {}:
            return ir.ANY
        if not isinstance(schema, dict):
            self.problem("error", "a schema must be a mapping", at)
            return ir.ANY
        if "$ref" in schema:
            target, target_at = self.deref(schema, at)
            if response and target_at in self.component_class:
                ref_type = ir.TypeRef("model", name=self.component_class[target_at])
            elif not response and target_at in self.component_class:
                ref_type = self.component_params(target, target_at)
            else:
                ref_type = self.alias_type(target, target_at, response=response)
            if self.nullable(schema):
                return self.union([ref_type, ir.NULL])
            return ref_type
        base = self.type_without_null(schema, at, response=response, context=context)
        if self.nullable(schema) and base.kind != "null":
            return self.union([base, ir.NULL])
        return base

    def component_params(self, schema: dict[str, Any], at: str) -> ir.TypeRef:
        """The request-side TypedDict of a component schema, built once and shared."""
        if at not in self.component_params_class:
            wanted = self.component_class[at] + "Params"
            name = unique(wanted, self.params_names, ["request"])
            if name != wanted:
                self.problem(
                    "warning", f"the request-side TypedDict of this schema would be `{wanted}`, which another class "
                    f"already is; it is `{name}`", at,
                )
            self.component_params_class[at] = name
            self.build_model(name, schema, at, response=False)
        return ir.TypeRef("model", name=self.component_params_class[at])

    def alias_type(self, schema: Any, at: str, *, response: bool) -> ir.TypeRef:
        key = f"{at}|{response}"
        if key in self.alias_types:
            return self.alias_types[key]
        if key in self.resolving_aliases:
            return ir.ANY  # a union that contains itself: stop at Any rather than recurse forever
        self.resolving_aliases.add(key)
        name = pascal(at.rsplit("/", 1)[-1])
        result = self.type_of(schema, at, response=response, context=name)
        self.resolving_aliases.discard(key)
        self.alias_types[key] = result
        return result

    def union(self, variants: Iterable[ir.TypeRef]) -> ir.TypeRef:
        flat: list[ir.TypeRef] = []
        for variant in variants:
            for item in variant.items if variant.kind == "union" else (variant,):
                if item not in flat:
                    flat.append(item)
        if any(t.kind == "any" for t in flat):
            return ir.ANY
        # Literal values merge into one Literal; keep null last for readability.
        literals = [t for t in flat if t.kind == "literal"]
        if len(literals) > 1:
            values: list[Any] = []
            for lit in literals:
                values += [v for v in lit.values if v not in values]
            merged = ir.TypeRef("literal", values=tuple(values), open_enum=any(t.open_enum for t in literals))
            first = flat.index(literals[0])
            flat = [t for t in flat if t.kind != "literal"]
            flat.insert(first, merged)
        flat.sort(key=lambda t: t.kind == "null")
        if len(flat) == 1:
            return flat[0]
        return ir.TypeRef("union", items=tuple(flat))

    def type_without_null(self, schema: dict[str, Any], at: str, *, response: bool, context: str) -> ir.TypeRef:
        if "const" in schema:
            return ir.TypeRef("literal", values=(schema["const"],))
        if "enum" in schema and isinstance(schema["enum"], list):
            values = tuple(v for v in schema["enum"] if isinstance(v, (str, int, float, bool)) or v is None)
            if not values:
                self.problem("warning", "an empty enum accepts no value; typed by its `type` instead", at)
            else:
                non_null = tuple(v for v in values if v is not None)
                # Response enums stay open (a newer API may add values); a single value is a constant
                # such as `object: "customer"` that tells models apart, so it stays exact.
                open_enum = response and len(non_null) > 1
                lit = ir.TypeRef("literal", values=non_null, open_enum=open_enum) if non_null else ir.NULL
                return self.union([lit, ir.NULL]) if None in values and non_null else lit
        for key in ("anyOf", "oneOf"):
            if key in schema and isinstance(schema[key], list):
                inline_objects = sum(1 for s in schema[key] if isinstance(s, dict) and "properties" in s)
                variants = [
                    self.type_of(
                        s, f"{at}/{key}/{i}", response=response, context=f"{context}{i}" if inline_objects > 1 else context
                    )
                    for i, s in enumerate(schema[key])
                ]
                result = self.union(variants)
                disc = schema.get("discriminator")
                if isinstance(disc, dict) and result.kind == "union" and isinstance(disc.get("propertyName"), str):
                    mapping = []
                    for value, ref in sorted((disc.get("mapping") or {}).items()):
                        cls = self.component_class.get(ref) if isinstance(ref, str) else None
                        if cls:
                            mapping.append((str(value), cls))
                    result = replace(result, discriminator=disc["propertyName"], mapping=tuple(mapping))
                return result
        if "allOf" in schema:
            parts = schema["allOf"]
            if isinstance(parts, list) and len(parts) == 1 and "properties" not in schema:
                return self.type_of(parts[0], f"{at}/allOf/0", response=response, context=context)
            if self.is_model_schema(schema, at):
                return self.inline_model(schema, at, response=response, context=context)
        types = schema.get("type")
        if isinstance(types, list):
            non_null_types = [t for t in types if t != "null"]
            if len(non_null_types) > 1:
                return self.union(
                    self.type_without_null({**schema, "type": t}, at, response=response, context=context)
                    for t in non_null_types
                )
            types = non_null_types[0] if non_null_types else "null"
        if types == "null":
            return ir.NULL
        if types == "string":
            if schema.get("format") == "binary" or schema.get("contentEncoding") == "binary":
                return ir.TypeRef("bytes")
            return ir.TypeRef("str")
        if types == "integer":
            return ir.TypeRef("int")
        if types == "number":
            return ir.TypeRef("float")
        if types == "boolean":
            return ir.TypeRef("bool")
        if types == "array" or "items" in schema:
            items = schema.get("items", {})
            return ir.TypeRef(
                "list", items=(self.type_of(items, f"{at}/items", response=response, context=context + "Item"),)
            )
        if types == "object" or "properties" in schema or "additionalProperties" in schema:
            if schema.get("properties"):
                return self.inline_model(schema, at, response=response, context=context)
            extra = schema.get("additionalProperties", True)
            value = ir.ANY if extra in (True, False, None, {}) else self.type_of(
                extra, f"{at}/additionalProperties", response=response, context=context + "Value"
            )
            return ir.TypeRef("map", items=(value,))
        if types is not None and types not in ("object",):
            self.problem("warning", f"unknown schema type {types!r}; typed as Any", at)
        return ir.ANY

    def inline_model(self, schema: dict[str, Any], at: str, *, response: bool, context: str) -> ir.TypeRef:
        if response:
            if at in self.component_class:
                return ir.TypeRef("model", name=self.component_class[at])
            name = unique(pascal(context), self.class_names, ["inline"])
            self.component_class[at] = name
            self.build_model(name, schema, at, response=True)
            return ir.TypeRef("model", name=name)
        name = unique(pascal(context) + ("" if context.endswith("Params") else "Params"), self.params_names, ["inline"])
        self.build_model(name, schema, at, response=False)
        return ir.TypeRef("model", name=name)

    def collect_properties(
        self, schema: dict[str, Any], at: str, seen: set[str] | None = None
    ) -> tuple[dict[str, tuple[Any, str]], set[str], Any]:
        """Properties (with their pointers), required names and additionalProperties, allOf merged."""
        seen = seen if seen is not None else set()
        props: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        extra: Any = schema.get("additionalProperties")
        for index, part in enumerate(schema.get("allOf") or []):
            target, target_at = self.deref(part, f"{at}/allOf/{index}")
            if target_at in seen or not isinstance(target, dict):
                continue
            seen.add(target_at)
            sub_props, sub_required, sub_extra = self.collect_properties(target, target_at, seen)
            props.update(sub_props)
            required |= sub_required
            extra = extra if extra is not None else sub_extra
        for key, value in (schema.get("properties") or {}).items():
            props[str(key)] = (value, f"{at}/properties/{pointer(key)[2:]}")
        required |= {str(r) for r in schema.get("required") or [] if isinstance(r, str)}
        return props, required, extra

    def build_model(self, name: str, schema: dict[str, Any], at: str, *, response: bool) -> ir.Model:
        props, required, extra = self.collect_properties(schema, at)
        expandable = set(schema.get("x-expandableFields") or [])
        fields: list[ir.Field] = []
        taken: set[str] = set()
        wire_taken: dict[str, str] = {}
        for wire in props:
            prop, prop_at = props[wire]
            target, _ = self.deref(prop, prop_at) if isinstance(prop, dict) and "$ref" in prop else (prop, prop_at)
            if not response and isinstance(target, dict) and target.get("readOnly") is True:
                continue  # readOnly: only in responses
            python = field_name(wire)
            if python in taken:
                other = wire_taken[python]
                self.problem(
                    "warning",
                    f"properties {other!r} and {wire!r} both become `{python}`; the second is renamed",
                    prop_at,
                )
            python = unique(python, taken)
            wire_taken[python] = wire
            base = name[: -len("Params")] if not response and name.endswith("Params") else name
            ftype = self.type_of(prop, prop_at, response=response, context=f"{base}{pascal(wire)}")
            emptyable = self.is_emptyable(prop)
            write_only = response and isinstance(target, dict) and target.get("writeOnly") is True
            fields.append(
                ir.Field(
                    name=python,
                    wire_name=wire,
                    type=ftype,
                    required=wire in required and not write_only,  # writeOnly: never in responses
                    description=str((target or {}).get("description", "") if isinstance(target, dict) else ""),
                    deprecated=bool(isinstance(target, dict) and target.get("deprecated")),
                    emptyable=emptyable,
                    expandable=wire in expandable,
                    default=self.scalar_default(target, ftype) if response else None,
                )
            )
        object_type = ""
        obj = props.get("object")
        if obj is not None:
            obj_schema, _ = self.deref(obj[0], obj[1])
            enum = obj_schema.get("enum") if isinstance(obj_schema, dict) else None
            if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
                object_type = enum[0]
            elif isinstance(obj_schema, dict) and isinstance(obj_schema.get("const"), str):
                object_type = obj_schema["const"]
        extra_type = None
        if isinstance(extra, dict) and extra:
            extra_type = self.type_of(extra, f"{at}/additionalProperties", response=response, context=name + "Value")
        model = ir.Model(
            name=name,
            schema_name=at,
            fields=tuple(fields),
            description=str(schema.get("description") or schema.get("title") or ""),
            deprecated=bool(schema.get("deprecated")),
            kind="model" if response else "params",
            extra=extra_type,
            object_type=object_type,
        )
        (self.models if response else self.params_models)[name] = model
        return model

    @staticmethod
    def scalar_default(schema: Any, ftype: ir.TypeRef) -> Any:
        """The schema's `default` when it is a scalar that fits the field's type, else None."""
        value = schema.get("default") if isinstance(schema, dict) else None
        variants = ftype.items if ftype.kind == "union" else (ftype,)
        kinds = {t.kind for t in variants}
        fits = {str: "str", bool: "bool", int: "int", float: "float"}.get(type(value))
        if fits is not None and (fits in kinds or (fits == "int" and "float" in kinds)):
            return value
        literals = [v for t in variants if t.kind == "literal" for v in t.values]
        if fits is not None and any(value == v and type(value) is type(v) for v in literals):
            return value
        return None

    def is_emptyable(self, prop: Any) -> bool:
        if not isinstance(prop, dict):
            return False
        for key in ("anyOf", "oneOf"):
            for variant in prop.get(key) or []:
                if isinstance(variant, dict) and variant.get("enum") == [""]:
                    return True
        return False

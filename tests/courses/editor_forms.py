"""What an editor's browser posts back from Wagtail's page editor, built in Python.

StreamField inputs are created by the editor's JavaScript, so they are not in the edit
view's HTML: `stream_data` writes them from a stream value as Wagtail's block widgets
would (rich text as Draftail's content state, choosers as ids), and `edit_form_data`
adds them to the plain inputs of the rendered form.
"""

from bs4 import BeautifulSoup
from django.forms import CheckboxInput
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html


def _field_value(block, value, prefix, data):
    if isinstance(block, blocks.ChooserBlock):
        data[prefix] = "" if value is None else str(value.pk)
        return
    form_value = block.value_for_form(value)
    widget = block.field.widget
    if isinstance(widget, CheckboxInput):
        if form_value:
            data[prefix] = "on"
        return
    shown = widget.format_value(form_value)
    if isinstance(shown, list):
        shown = shown[0] if shown else ""
    data[prefix] = "" if shown is None else str(shown)


def _block_data(block, value, prefix, data):
    if isinstance(block, blocks.StreamBlock):
        children = list(value or [])
        data[f"{prefix}-count"] = str(len(children))
        for index, child in enumerate(children):
            data[f"{prefix}-{index}-type"] = child.block_type
            data[f"{prefix}-{index}-id"] = child.id or ""
            data[f"{prefix}-{index}-order"] = str(index)
            data[f"{prefix}-{index}-deleted"] = ""
            _block_data(child.block, child.value, f"{prefix}-{index}-value", data)
    elif isinstance(block, blocks.ListBlock):
        items = list(value.bound_blocks) if value is not None else []
        data[f"{prefix}-count"] = str(len(items))
        for index, item in enumerate(items):
            data[f"{prefix}-{index}-id"] = item.id or ""
            data[f"{prefix}-{index}-order"] = str(index)
            data[f"{prefix}-{index}-deleted"] = ""
            _block_data(block.child_block, item.value, f"{prefix}-{index}-value", data)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            _block_data(child, value.get(name) if value else None, f"{prefix}-{name}", data)
    else:
        _field_value(block, value, prefix, data)


def stream_data(field_name: str, stream_block, value) -> dict:
    data = {}
    _block_data(stream_block, value, field_name, data)
    return data


def stream_fields(obj) -> list[str]:
    """Names of the object's StreamFields (one per language with modeltranslation)."""
    return [field.name for field in obj._meta.get_fields() if isinstance(field, StreamField)]


def edit_form_data(html: str, page, form_id: str = "page-edit-form"):
    """An edit form posted back as it came: its inputs plus the page's (or snippet's)
    streams. Snippet forms have the id "w-editor-form"."""
    data = querydict_from_html(html, form_id=form_id)
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    for box in form.find_all("input", type="checkbox", checked=True):
        if "value" not in box.attrs:
            data[box["name"]] = "on"  # what a browser sends for a box without a value
    for name in stream_fields(page):
        field = page._meta.get_field(name)
        data.update(stream_data(name, field.stream_block, getattr(page, name)))
    return data

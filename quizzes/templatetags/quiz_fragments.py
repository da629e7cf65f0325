"""``{% seeded "list" key %}…{% endseeded %}``: one entry of a list a question shows in
the attempt's order (options, ordering items, matching answers).

It renders its content unchanged, except while ``quizzes.form_fragments`` renders an item
for the cache (``SEEDED_MARKS`` in the context): it then wraps the entry in marks naming
its list and key, so that the cache keeps each entry on its own and every view lays the
entries out in its learner's order (``QuestionType.seeded_orders``). Put it around the
whole body of the ``{% for %}`` loop, so that the entries joined are the loop's output.
"""

from django import template

register = template.Library()

# Set in the context of a render for the cache; the marks are read by form_fragments.
SEEDED_MARKS = "quizzes_seeded_marks"
START, KEY_END, END = "\x01", "\x02", "\x03"


class SeededNode(template.Node):
    def __init__(self, list_name, key, nodelist):
        self.list_name, self.key, self.nodelist = list_name, key, nodelist

    def render(self, context):
        body = self.nodelist.render(context)
        if not context.get(SEEDED_MARKS):
            return body
        name, key = self.list_name.resolve(context), self.key.resolve(context)
        return f"{START}{name}{KEY_END}{key}{KEY_END}{body}{END}"


@register.tag
def seeded(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:  # noqa: PLR2004 - the tag, the list's name, the entry's key
        raise template.TemplateSyntaxError('{% seeded "list" key %} takes two arguments')
    nodelist = parser.parse(("endseeded",))
    parser.delete_first_token()
    return SeededNode(parser.compile_filter(bits[1]), parser.compile_filter(bits[2]),
                      nodelist)

"""Build form data answering a quiz, right or wrong, as a browser would post it."""

from django.utils.datastructures import MultiValueDict

from quizzes.attempts import FormToken, issue_token, last_attempt
from quizzes.grading import item_ids, matching_token


def answer_fields(quiz, *, right=True) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for q in quiz.canonical_questions():
        f, v = f"q.{q.id}", q.value
        kind = q.block_type
        if kind in ("single_choice", "multiple_response"):
            options = list(v["options"].bound_blocks)
            good = [o.id for o in options if o.value["correct"]]
            bad = [o.id for o in options if not o.value["correct"]]
            fields[f] = (good if kind == "multiple_response" else good[:1]) if right else bad[:1]
        elif kind == "true_false":
            fields[f] = [("true" if v["answer"] else "false") if right else
                         ("false" if v["answer"] else "true")]
        elif kind == "ordering":
            ids = item_ids(v, "items")
            order = ids if right else list(reversed(ids))
            for position, iid in enumerate(order, 1):
                fields[f"{f}.{iid}"] = [str(position)]
        elif kind == "matching":
            ids = item_ids(v, "pairs")
            targets = ids if right else ids[1:] + ids[:1]
            for left, target in zip(ids, targets, strict=True):
                fields[f"{f}.{left}"] = [matching_token(q.id, target)]
        elif kind == "short_text":
            fields[f] = ["القِراءة الجانبيّة" if right else "بحث"]
        elif kind == "rate_a_post":
            fields[f"{f}.reliability"] = [("6" if v["reliable"] else "2") if right else
                                          ("2" if v["reliable"] else "6")]
            fields[f"{f}.confidence"] = ["5"]
            fields[f"{f}.share"] = ["no"]
        elif kind == "real_or_fake":
            truth = "real" if v["real"] else "fake"
            fields[f] = [truth if right else ("fake" if truth == "real" else "real")]
            fields[f"{f}.confidence"] = ["4"]
        elif kind == "spot_the_technique":
            fields[f] = [v["technique"] if right else "trolling"]
        elif kind == "simulated_feed":
            for post in v["posts"].bound_blocks:
                share = bool(post.value["real"]) == right
                fields[f"{f}.{post.id}"] = ["share" if share else "report"]
        elif kind == "phishing_or_legitimate":
            truth = "phishing" if v["phishing"] else "legitimate"
            fields[f] = [truth if right else ("legitimate" if truth == "phishing" else "phishing")]
    return fields


def as_querydict(fields) -> MultiValueDict:
    return MultiValueDict({k: list(v) for k, v in fields.items()})


def token_for(user, quiz, page) -> FormToken:
    return issue_token(user=user, quiz=quiz, page_id=page.pk if page else None,
                       last=last_attempt(user, quiz))


def post_data(user, quiz, page, *, right=True, **extra) -> dict:
    data = {**answer_fields(quiz, right=right), **extra}
    data["token"] = token_for(user, quiz, page).sign()
    return data

"""How long a demo lesson honestly takes: reading, its exercise, and the quizzes in it.

Plain functions on the demo data (no Django), shared by the curriculum tests and by
whoever updates the lessons' "minutes".
"""

import math
import re

READING_WORDS_PER_MINUTE = 130  # careful reading of Arabic on a phone, not skimming
MINUTES_PER_QUESTION = {"pretest": 0.5, "posttest": 0.5, "practice": 1.0, "graded": 1.5}


def arabic_words(value) -> int:
    """Words of the Arabic text anywhere in a block value (T dicts, lists, nested dicts)."""
    if isinstance(value, dict):
        if "ar" in value and isinstance(value["ar"], str):
            return len(re.sub(r"<[^>]+>", " ", value["ar"]).split())
        return sum(arabic_words(v) for v in value.values())
    if isinstance(value, list):
        return sum(arabic_words(v) for v in value)
    return 0


def quiz_minutes(quiz: dict) -> float:
    return len(quiz["questions"]) * MINUTES_PER_QUESTION.get(quiz.get("kind"), 1.0)


def lesson_floor(lesson: dict, bank: dict, *, extra_quizzes=()) -> int:
    """Reading time, plus the declared exercise time, plus every quiz placed in the lesson."""
    blocks = [b for b in lesson["body"] if b["type"] != "quiz"]
    keys = [b["value"]["quiz"] for b in lesson["body"] if b["type"] == "quiz"]
    keys += [k for k in extra_quizzes if k not in keys]
    reading = arabic_words(blocks) / READING_WORDS_PER_MINUTE
    quizzes = sum(quiz_minutes(bank[k]) for k in keys if k in bank)
    return math.ceil(reading + lesson["exercise_minutes"] + quizzes)

# ruff: noqa: E501 - data tables read better unwrapped
"""Quiz data in the demo content format: QUESTIONS (one of each of the first ten types)
and EVERY_TYPE (one of every registered type)."""


def T(ar, en, fr=None):
    d = {"ar": ar, "en": en}
    if fr:
        d["fr"] = fr
    return d


POST = {"display_name": T("نور الأخبار", "Nour News"), "handle": "@nour_news_24",
        "verified": False, "text": T("عاجل!!! شارك قبل الحذف", "URGENT!!! Share before it is deleted"),
        "date": "2026-03-14", "likes": 1200, "shares": 845, "comments": 97}

FEED_REAL = {"display_name": T("وزارة الصحة", "Ministry of Health"), "handle": "@moh_official",
             "verified": True, "text": T("حملة تطعيم في المدارس يوم الأحد", "School vaccination on Sunday"),
             "date": "2026-03-14", "likes": 300, "shares": 120, "comments": 40}
FEED_FAKE = {"display_name": T("وزارة الصحه", "Ministry 0f Health"), "handle": "@moh_0fficial",
             "verified": False, "text": T("إغلاق كل المدارس غدًا", "All schools shut tomorrow"),
             "date": "2026-03-14", "likes": 2000, "shares": 1900, "comments": 12}

QUESTIONS = [
    {"type": "single_choice", "prompt": T("ما أول خطوة؟", "First step?"),
     "explanation": T("توقف أولاً.", "Stop first."),
     "options": [
         {"text": T("توقف", "Stop"), "correct": True, "feedback": T("أحسنت: التوقف أولاً", "Yes: stop first")},
         {"text": T("شارك", "Share"), "correct": False, "feedback": T("المشاركة تنشر الخطأ", "Sharing spreads it")},
         {"text": T("علّق", "Comment"), "correct": False, "feedback": T("التعليق يرفع الانتشار", "Comments boost it")},
     ]},
    {"type": "multiple_response", "prompt": T("أي علامات تحذير؟", "Which red flags?"),
     "explanation": T("العلامتان صحيحتان.", "Both are red flags."),
     "options": [
         {"text": T("لغة عاطفية", "Emotional language"), "correct": True, "feedback": T("نعم", "Yes")},
         {"text": T("مصدر مجهول", "Unknown source"), "correct": True, "feedback": T("نعم", "Yes")},
         {"text": T("تاريخ واضح", "Clear date"), "correct": False, "feedback": T("ليست علامة", "Not a flag")},
     ]},
    {"type": "true_false", "prompt": T("الصور لا تكذب.", "Photos never lie."),
     "explanation": T("الصور تُقتطع من سياقها.", "Photos are taken out of context."),
     "answer": False, "feedback_true": T("ليس دائماً", "Not always"), "feedback_false": T("صحيح", "Right")},
    {"type": "ordering", "prompt": T("رتّب خطوات SIFT", "Order SIFT"),
     "explanation": T("توقف، تحقق، ابحث، تتبع.", "Stop, Investigate, Find, Trace."),
     "items": [T("توقف", "Stop"), T("تحقق من المصدر", "Investigate"), T("ابحث عن تغطية أفضل", "Find"),
               T("تتبع الأصل", "Trace")]},
    {"type": "matching", "prompt": T("طابق الأسلوب بمثاله", "Match technique and example"),
     "explanation": T("كل أسلوب له علامة.", "Each technique has a tell."),
     "pairs": [[T("انتحال", "Impersonation"), T("حساب مزيف لوزارة", "Fake ministry account")],
               [T("مؤامرة", "Conspiracy"), T("جهات خفية تتحكم", "Hidden forces control")],
               [T("تشويه", "Discrediting"), T("مهاجمة الصحفي", "Attack the journalist")]]},
    {"type": "short_text", "prompt": T("ما اسم أسلوب البحث الجانبي؟", "Name of the method?"),
     "explanation": T("القراءة الجانبية.", "Lateral reading."),
     "answers": [T("القراءة الجانبية", "lateral reading"), "قراءة جانبية"],
     "normalise": {"hamza": True, "alef_maqsura": True, "teh_marbuta": True, "tashkeel": True,
                   "tatweel": True, "digits": True}},
    {"type": "rate_a_post", "prompt": T("قيّم هذا المنشور", "Rate this post"),
     "explanation": T("لغة عاطفية وطلب مشاركة.", "Emotional language and a call to share."),
     "post": POST, "reliable": False, "technique": "emotional_language"},
    {"type": "real_or_fake", "prompt": T("حقيقي أم مزيف؟", "Real or fake?"),
     "explanation": T("لا مصدر لهذا الخبر.", "No source for this."),
     "headline": T("العلماء يؤكدون: الهاتف يشحن بالماء", "Scientists: phones charge in water"),
     "outlet": T("أخبار اليوم", "News Today"), "real": False},
    {"type": "spot_the_technique", "prompt": T("ما الأسلوب المستخدم؟", "Which technique?"),
     "explanation": T("اللغة العاطفية.", "Emotional language."),
     "post": POST, "technique": "emotional_language"},
    {"type": "phishing_or_legitimate", "prompt": T("تصيّد أم رسالة سليمة؟", "Phishing or legitimate?"),
     "explanation": T("النطاق مزيف.", "The domain is fake."),
     "message": {"channel": "email", "sender": "security@paypa1-support.example",
                 "sender_name": T("فريق الأمان", "Security team"),
                 "subject": T("حسابك سيُغلق", "Your account will be closed"),
                 "body": T("اضغط الرابط خلال ساعة", "Click within one hour"),
                 "links": ["http://paypa1-support.example/login"]},
     "phishing": True, "signs": [T("نطاق مزيف", "Fake domain"), T("استعجال", "Urgency")]},
]

# A type added after the first ten: kept out of QUESTIONS, whose size many tests count.
FEED_QUESTION = \
    {"type": "simulated_feed", "prompt": T("ماذا تفعل بكل منشور؟", "What do you do with each post?"),
     "explanation": T("شارك الحقيقي فقط.", "Share only what is real."),
     "posts": [
         {"post": POST, "hours_ago": 2, "real": False, "technique": "emotional_language",
          "explanation": T("استعجال وطلب مشاركة.", "Urgency and a call to share.")},
         {"post": FEED_REAL, "hours_ago": 5, "real": True,
          "explanation": T("حساب الوزارة الموثّق.", "The ministry's verified account.")},
         {"post": FEED_FAKE, "hours_ago": 1, "real": False, "technique": "impersonation",
          "explanation": T("الحساب ينتحل اسم الوزارة.", "The account impersonates the ministry.")},
         {"post": FEED_REAL, "hours_ago": 0, "real": True, "explanation": None},
     ]}

# One question of every registered type, for the tests that go through every type.
EVERY_TYPE = [*QUESTIONS, FEED_QUESTION]

SECRETS = [
    # Feedback, explanations, signs: never in an unsubmitted page.
    "أحسنت: التوقف أولاً", "المشاركة تنشر الخطأ", "الصور تُقتطع من سياقها", "القراءة الجانبية",
    "النطاق مزيف", "نطاق مزيف", "Yes: stop first", "Sharing spreads it", "Lateral reading",
    "The domain is fake", "Fake domain", "correct", "feedback",
    "explanation",
]


def quiz_data(**overrides):
    data = {"kind": "graded", "title": T("اختبار التحقق", "Verification quiz"),
            "intro": T("عشرة أسئلة", "Ten questions"), "pass_mark": 70,
            "attempts_allowed": 0, "form": None, "questions": QUESTIONS}
    data.update(overrides)
    return data

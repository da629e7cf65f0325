"""The booster quiz of the disinformation course: a short practice a week after completion.

Effects of prebunking fade after about two weeks; a short practice a week later helps
(CURRICULUM.md). Seven new items, none shared with the course's quizzes or its pre/post
forms (tests/courses/test_demo_prepost_knowledge.py), three reliable and four manipulative,
tone and ticks spread as in the forms. Every post, account and domain is fictitious.
"""

try:
    from ._text import T
    from .prepost_disinformation import (
        _rated,  # the forms' own rate-a-post item builder
    )
except ImportError:
    from _text import T
    from prepost_disinformation import _rated


BOOSTER_QUESTIONS = [
    _rated(("مستشفى الجامعة", "University Hospital", "Hôpital universitaire"), "@university_hospital", True,
           ("عاجل: نحتاج متبرعين بالدم من الفصيلة O سالب اليوم حتى الثامنة مساءً بعد حادث الطريق الدائري. بنك الدم، المدخل الشرقي.",
            "Urgent: we need O-negative blood donors today until 8 p.m. after the ring-road accident. Blood bank, east entrance.",
            "Urgent : nous avons besoin de donneurs de sang O négatif aujourd’hui jusqu’à 20 h après l’accident du périphérique. Banque du sang, entrée est."),
           "2026-04-02", (820, 2300, 96), None,
           ("موثوق رغم نبرته العاجلة: جهة موثّقة، وطلب محدد بالفصيلة والمكان والموعد، ولا يطلب مالًا ولا بيانات.",
            "Reliable despite its urgency: a verified body, a specific request with blood type, place and time, asking for no money or data.",
            "Fiable malgré l’urgence : un organisme certifié, une demande précise (groupe, lieu, heure), sans argent ni données demandés.")),
    _rated(("نقابة المعلمين", "Teachers’ Union", "Syndicat des enseignants"), "@teachers_union_news", False,
           ("يعلن الاتحاد صرف منحة استثنائية لكل معلم. أكمل بياناتك ورقم بطاقتك المصرفية عبر teachers-grant-portal.example قبل إغلاق الباب مساء الغد.",
            "The union announces a one-off grant for every teacher. Complete your details and bank card number at teachers-grant-portal.example before it closes tomorrow evening.",
            "Le syndicat annonce une prime exceptionnelle pour chaque enseignant. Complétez vos données et votre numéro de carte bancaire sur teachers-grant-portal.example avant demain soir."),
           "2026-04-03", (150, 990, 40), "impersonation",
           ("انتحال الصفة: حساب غير موثّق باسم نقابة، ونطاق غير رسمي، وطلب رقم البطاقة المصرفية. الهدوء والمهلة القصيرة جزء من الخدعة.",
            "Impersonation: an unverified account in a union’s name, an unofficial domain and a request for a bank card number. The calm tone and short deadline are part of the trick.",
            "Usurpation d’identité : un compte non certifié au nom d’un syndicat, un domaine non officiel et une demande de numéro de carte. Le ton calme et le délai court font partie de la ruse.")),
    _rated(("منى الحسن", "Mona Al-Hassan", "Mona Al-Hassan"), "@mona_hassan_writes", False,
           ("اسألوا أنفسكم: لماذا ظهرت «منصة التحقق» هذه قبل الانتخابات بشهر؟ ومن يدفع رواتب موظفيها؟ لن أقول أكثر.",
            "Ask yourselves: why did this “fact-checking platform” appear a month before the election? And who pays its staff? I won’t say more.",
            "Demandez-vous : pourquoi cette « plateforme de vérification » est-elle apparue un mois avant les élections ? Et qui paie ses employés ? Je n’en dirai pas plus."),
           "2026-04-04", (430, 260, 188), "discrediting",
           ("التشكيك في المصدر: لا يناقش أي تصحيح نشرته المنصة، بل يلمّح إلى تمويل مريب دون دليل ليُسقط الثقة بها.",
            "Discrediting: it discusses none of the platform’s corrections, but hints at shady funding without evidence to destroy trust in it.",
            "Discrédit : aucune correction de la plateforme n’est discutée ; on insinue un financement douteux sans preuve pour ruiner la confiance.")),
    _rated(("رامي خليل", "Rami Khalil", "Rami Khalil"), "@rami_khalil", False,
           ("صورة الجسر المنهار المنتشرة اليوم ليست من مدينتنا: البحث العكسي يعيدها إلى فيضان في بلد آخر عام 2019. رابط المقال الأصلي في أول تعليق.",
            "The photo of the collapsed bridge going round today is not from our city: a reverse image search traces it to a flood in another country in 2019. Link to the original article in the first comment.",
            "La photo du pont effondré qui circule aujourd’hui n’est pas de notre ville : une recherche inversée la fait remonter à une inondation dans un autre pays en 2019. Lien vers l’article d’origine en premier commentaire."),
           "2026-04-05", (64, 41, 9), None,
           ("موثوق: يشرح كيف تحقّق ويدلّ على المصدر الأصلي لتتحقق بنفسك. الحساب غير موثّق وتفاعله قليل، وهذا لا يجعله مشكوكًا فيه.",
            "Reliable: it explains how it checked and points to the original source so you can check yourself. An unverified account with little engagement is not thereby suspect.",
            "Fiable : il explique sa vérification et renvoie à la source d’origine. Un compte non certifié et peu suivi n’est pas suspect pour autant.")),
    _rated(("صوت الحيّ", "Voice of the Neighbourhood", "La Voix du quartier"), "@voice_of_hay", True,
           ("أهل الحيّ الشرقي يأخذون كل المشاريع، ونحن في الغربي ندفع الضرائب ولا نرى شيئًا. هم ليسوا منّا ولن يكونوا.",
            "The east side gets every project, while we in the west pay taxes and see nothing. They are not one of us and never will be.",
            "Le quartier est obtient tous les projets, et nous, à l’ouest, payons les impôts sans rien voir. Ils ne sont pas des nôtres et ne le seront jamais."),
           "2026-04-06", (1900, 740, 530), "polarisation",
           ("الاستقطاب: يقسم الناس إلى «نحن» و«هم» دون رقم واحد عن المشاريع. العلامة الزرقاء لا تجعل المنشور موثوقًا.",
            "Polarisation: it splits people into “us” and “them” without a single figure about the projects. The blue tick does not make the post reliable.",
            "Polarisation : elle divise les gens en « nous » et « eux » sans un seul chiffre sur les projets. Le badge bleu ne la rend pas fiable.")),
    _rated(("هيئة الأرصاد الجوية", "Meteorological Authority", "Autorité météorologique"), "@met_authority", True,
           ("تنبيه!! موجة حرّ من الأحد إلى الأربعاء، والحرارة العظمى 46 درجة في المناطق الداخلية. تجنّبوا العمل في الشمس بين الحادية عشرة والرابعة.",
            "Alert!! Heatwave from Sunday to Wednesday, highs of 46°C inland. Avoid working in the sun between 11 a.m. and 4 p.m.",
            "Alerte !! Vague de chaleur de dimanche à mercredi, jusqu’à 46 °C à l’intérieur des terres. Évitez de travailler au soleil entre 11 h et 16 h."),
           "2026-04-07", (2600, 3100, 150), None,
           ("موثوق رغم علامات التعجب: جهة رسمية موثّقة، وأيام وأرقام محددة، ونصيحة عملية.",
            "Reliable despite the exclamation marks: a verified official body, specific days and figures, and practical advice.",
            "Fiable malgré les points d’exclamation : un organisme officiel certifié, des jours et des chiffres précis, un conseil pratique.")),
    _rated(("أم يوسف", "Umm Yusuf", "Oum Youssef"), "@umm_yusuf_family", False,
           ("قلبي يتقطّع… جارتي فقدت ابنها بسبب لقاح المدرسة. كل أمّ تحبّ أولادها ستشارك هذا المنشور.",
            "My heart is breaking… my neighbour lost her son because of the school vaccine. Every mother who loves her children will share this post.",
            "J’ai le cœur brisé… ma voisine a perdu son fils à cause du vaccin de l’école. Toute mère qui aime ses enfants partagera ce message."),
           "2026-04-08", (3800, 5600, 720), "emotional_language",
           ("اللغة العاطفية: حزن وذنب بدل الوقائع، بلا اسم ولا مكان ولا مصدر طبي، ودعوة إلى النشر تربط الحب بالمشاركة. قد تكون القصة غير مثبتة، لكن أسلوبها وحده يستدعي التوقف.",
            "Emotional language: grief and guilt instead of facts, with no name, place or medical source, and a call to share that ties love to sharing. The story is unproven, and its style alone is a reason to stop.",
            "Langage émotionnel : chagrin et culpabilité au lieu des faits, sans nom, lieu ni source médicale, et un appel au partage qui lie l’amour au partage. L’histoire n’est pas prouvée, et son style seul invite à s’arrêter.")),
]

BOOSTER_KEY = "disinfo-booster"
QUIZZES_BOOSTER = {
    BOOSTER_KEY: {
        "kind": "practice",
        "title": T("تمرين تذكيري: بعد أسبوع من الدورة", "Booster practice: one week after the course",
                   "Exercice de rappel : une semaine après le cours"),
        "intro": T("سبعة منشورات جديدة لتثبيت ما تعلّمته. المهارة تضعف إن لم تُمارَس؛ خمس دقائق الآن تحفظها.",
                   "Seven new posts to keep what you learnt fresh. The skill fades without practice; five minutes now keep it.",
                   "Sept nouvelles publications pour entretenir ce que vous avez appris. La compétence s’émousse sans pratique ; cinq minutes suffisent."),
        "pass_mark": 0,
        "attempts_allowed": 0,
        "questions": BOOSTER_QUESTIONS,
    },
}

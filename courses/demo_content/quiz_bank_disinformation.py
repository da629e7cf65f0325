"""Quiz bank for demo course 1 (Spotting disinformation). Pure data.

Every post, account, outlet, organisation and domain below is fictitious.
Pre/post forms A and B (prepost_disinformation.py) are parallel: each has 24 items
(real_or_fake and rate_a_post only), 12 reliable and 12 manipulative, with the same type,
answer, technique and surface in the same positions, so a learner can take A before and B
after the course, or the other way round.
"""

import copy

try:
    from ._text import T
    from .prepost_disinformation import FORM_A_QUESTIONS, FORM_B_QUESTIONS
except ImportError:
    from _text import T
    from prepost_disinformation import FORM_A_QUESTIONS, FORM_B_QUESTIONS


NORMALISE = {"hamza": True, "alef_maqsura": True, "teh_marbuta": True,
             "tashkeel": True, "tatweel": True, "digits": True}


def _opt(ar, en, correct, fb_ar, fb_en, fb_fr=None, *, fr=None):
    return {"text": T(ar, en, fr), "correct": correct, "feedback": T(fb_ar, fb_en, fb_fr)}


def _post(name_ar, name_en, handle, verified, text_ar, text_en, date, likes, shares, comments):
    return {"display_name": T(name_ar, name_en), "handle": handle, "verified": verified,
            "text": T(text_ar, text_en), "date": date,
            "likes": likes, "shares": shares, "comments": comments}


# ---------------------------------------------------------------------------
# Module 1 practice — why false content spreads
# ---------------------------------------------------------------------------

M1_PRACTICE = {
    "kind": "practice",
    "title": T("تدريب الوحدة الأولى: لماذا ينتشر المحتوى الزائف؟", "Module 1 practice: why does false content spread?"),
    "intro": T("خمسة أسئلة قصيرة لمراجعة الوحدة. لا تُحتسب الدرجة، وتستطيع المحاولة بلا حدود. اقرأ الشرح بعد كل إجابة.",
               "Five short questions to review the module. The score does not count and you can try as often as you like. Read the explanation after each answer."),
    "pass_mark": 70,
    "attempts_allowed": 0,
    "form": None,
    "questions": [
        {"type": "single_choice",
         "prompt": T("لماذا انتشرت الرسالة الصوتية عن «تلوّث مياه الشرب» بهذه السرعة في مجموعات العائلة والحي؟",
                     "Why did the voice note about “contaminated drinking water” spread so quickly in family and neighbourhood groups?"),
         "options": [
             _opt("لأنها أثارت الخوف على الأطفال ووصلت عبر أشخاص نثق بهم، وإعادة توجيهها تستغرق ثانية.",
                  "Because it triggered fear for children, arrived through people we trust, and forwarding takes one second.", True,
                  "صحيح. العاطفة القوية والثقة بالمُرسِل وسهولة إعادة التوجيه تجتمع فتسبق التحقق.",
                  "Correct. Strong emotion, trust in the sender and easy forwarding combine to outrun checking."),
             _opt("لأن تطبيقات المراسلة ترتّب الرسائل الصوتية قبل النصية، فتظهر أولًا في المجموعات.",
                  "Because messaging apps rank voice notes above text messages, so they show first in groups.", False,
                  "لا. تطبيقات المراسلة المغلقة لا ترتّب الرسائل بخوارزمية؛ الناس هم من يعيدون التوجيه.",
                  "No. Closed messaging apps do not rank messages by algorithm; people do the forwarding.",
                  fr="Parce que les messageries classent les messages vocaux avant les textes, qui apparaissent donc en premier dans les groupes."),
             _opt("لأن معظم الناس كانوا يعرفون أنها كاذبة وأرسلوها على سبيل المزاح.",
                  "Because most people knew it was false and sent it as a joke.", False,
                  "غير مرجّح. أغلب من أعادوا إرسالها فعلوا ذلك «احتياطًا» لأنهم خافوا أن تكون صحيحة.",
                  "Unlikely. Most people forwarded it “just in case”, because they feared it might be true."),
             _opt("لأنها تضمّنت أرقامًا رسمية دقيقة عن نتائج فحص المياه.",
                  "Because it included precise official figures from water tests.", False,
                  "لا. الرسالة لم تذكر أي رقم أو مصدر يمكن التحقق منه، وهذا بالضبط ما يجعلها مريبة.",
                  "No. The note cited no number or checkable source, which is exactly what makes it suspicious."),
         ],
         "explanation": T("تنتشر الشائعة حين تجتمع العاطفة القوية (هنا الخوف) مع الثقة بمن أرسلها وسرعة إعادة التوجيه. غياب أي مصدر مسمّى هو العلامة التي كان ينبغي أن تدفعنا إلى التوقف.",
                          "A rumour spreads when strong emotion (here, fear) meets trust in the sender and the speed of forwarding. The absence of any named source is the clue that should have made us stop.")},
        {"type": "matching",
         "prompt": T("صِل كل موقف بنوع المعلومات الذي يمثّله.", "Match each situation with the kind of information it represents."),
         "pairs": [
             [T("قريبة ترسل شائعة عن المياه لأنها تظنّها صحيحة وتخاف على أطفالها", "A relative forwards a water rumour because she believes it and fears for her children"),
              T("معلومات خاطئة", "Misinformation")],
             [T("صفحة تصمّم بيانًا مزيفًا باسم وزارة لتثير البلبلة", "A page designs a fake ministry statement to stir up confusion"),
              T("تضليل", "Disinformation")],
             [T("حساب ينشر عنوان منزل صحفية الحقيقي لتخويفها", "An account posts a journalist’s real home address to frighten her"),
              T("معلومات مؤذية", "Malinformation")],
         ],
         "explanation": T("الفرق في النية والصحة: المعلومات الخاطئة خطأ بلا قصد، والتضليل كذب متعمّد، والمعلومات المؤذية حقيقة تُستخدم للإيذاء. ولكل نوع ردّ مختلف.",
                          "The difference lies in intent and truth: misinformation is an unintended error, disinformation is a deliberate lie, malinformation is a truth used to harm. Each calls for a different response.")},
        {"type": "true_false",
         "prompt": T("إذا علّقتَ على منشور كاذب لتكذيبه، فإن تعليقك لا يؤثّر في انتشار المنشور.",
                     "If you comment on a false post to refute it, your comment does not affect how far the post spreads."),
         "answer": False,
         "feedback_true": T("ليس كذلك: الخوارزمية تحتسب كل تعليق تفاعلًا، حتى لو كان نفيًا، فتعرض المنشور على مزيد من الناس.",
                            "Not so: the algorithm counts every comment as engagement, even a denial, and shows the post to more people."),
         "feedback_false": T("صحيح: كل تعليق يرفع التفاعل فيزيد الانتشار. الأفضل نشر التصحيح في منشور مستقل أو الرد مرة واحدة بهدوء.",
                             "Correct: every comment raises engagement and so increases reach. Better to post the correction separately or reply once, calmly."),
         "explanation": T("المنصات ترتّب المحتوى وفق التفاعل لا وفق الصحة، لذلك يخدم الرد الغاضب الشائعة. هذه آلية الخوارزميات التي درسناها في الدرس الثاني.",
                          "Platforms rank content by engagement, not accuracy, so an angry reply serves the rumour. This is the algorithmic mechanism from the second lesson.")},
        {"type": "multiple_response",
         "prompt": T("تحقّق صحفية من وسم متداول. أيّ العلامات التالية تشير إلى سلوك منسّق غير أصيل؟ (اختر كل ما ينطبق)",
                     "A journalist is checking a trending hashtag. Which of these signs point to coordinated inauthentic behaviour? (Choose all that apply)"),
         "options": [
             _opt("أُنشئت عشرات الحسابات الناشرة في الأسبوع نفسه.", "Dozens of the posting accounts were created in the same week.", True,
                  "نعم، تواريخ الإنشاء المتقاربة علامة قوية.", "Yes, clustered creation dates are a strong sign."),
             _opt("النص نفسه بالأخطاء الإملائية نفسها نُشر خلال دقائق.", "The same text, with the same spelling mistakes, was posted within minutes.", True,
                  "نعم، التطابق الحرفي السريع يدل على نسخ من مصدر واحد.", "Yes, rapid word-for-word copies suggest a single source."),
             _opt("حسابات تنشر على مدار الساعة بلا توقف.", "Accounts posting around the clock without a break.", True,
                  "نعم، غياب فترات النوم الطبيعية علامة على الأتمتة أو التناوب المنظّم.", "Yes, no natural sleeping hours suggests automation or organised shifts."),
             _opt("حسابات بلا صور شخصية وأسماؤها تنتهي بسلاسل أرقام متتابعة.", "Accounts with no profile photo and names ending in runs of digits.", True,
                  "نعم، وحدها علامة ضعيفة، لكنها تقوّي الشك حين تجتمع مع غيرها.", "Yes; on its own a weak sign, but it strengthens suspicion alongside the others.",
                  "Oui ; seul, c’est un indice faible, mais il renforce le soupçon avec les autres.",
                  fr="Des comptes sans photo de profil dont le nom finit par une suite de chiffres."),
             _opt("كثير من الحسابات يتّفقون في الرأي حول قضية عامة.", "Many accounts share the same opinion on a public issue.", False,
                  "لا، اتفاق الناس في الرأي طبيعي ولا يدل وحده على تنسيق.", "No, people agreeing is normal and does not on its own indicate coordination."),
             _opt("منظمة تنشر نصًا موحّدًا في حملة مناصرة معلنة باسمها.", "An organisation publishes a standard text in an advocacy campaign under its own name.", False,
                  "لا، التنسيق المعلن ليس خداعًا؛ المشكلة في الإخفاء.", "No, declared coordination is not deception; the problem is concealment."),
         ],
         "explanation": T("المعيار هو الخداع بشأن هوية المتكلمين وعددهم: تواريخ إنشاء متقاربة، ونصوص متطابقة، ونشاط آلي. أما الاتفاق في الرأي أو الحملات المعلنة فليس سلوكًا غير أصيل.",
                          "The test is deception about who is speaking and how many: clustered creation dates, identical texts, automated activity. Agreement or declared campaigns are not inauthentic behaviour.")},
        {"type": "short_text",
         "prompt": T("ما المصطلح الذي يصف محتوى زائفًا يُصنع أو يُنشر عمدًا لخداع الناس؟",
                     "What term describes false content created or spread deliberately to deceive people?",
                     "Quel terme désigne un contenu faux créé ou diffusé délibérément pour tromper les gens ?"),
         # The Arabic press uses all of these for the deliberate lie (lesson 1.1 connects them).
         "answers": [T("التضليل", "disinformation", "désinformation"), "تضليل",
                     "المعلومات المضللة", "معلومات مضللة", "الأخبار الكاذبة", "أخبار كاذبة",
                     "الأخبار المزيفة", "الأخبار الزائفة", "التضليل الإعلامي",
                     "la désinformation"],
         "normalise": NORMALISE,
         "explanation": T("التضليل، ويُسمّى أيضًا «المعلومات المضلّلة» وكثيرًا ما يُقال «الأخبار الكاذبة»، يفترض النية: صاحبه يعرف أن المحتوى زائف. أما من ينشر معلومة خاطئة وهو يظنّها صحيحة فينشر «معلومات خاطئة».",
                          "Disinformation (in Arabic also «المعلومات المضلّلة», and often «الأخبار الكاذبة», “fake news”) implies intent: the author knows the content is false. Someone who shares a false claim believing it is true is spreading “misinformation”.",
                          "La désinformation (en arabe aussi « informations trompeuses », et souvent « fausses nouvelles ») suppose l’intention : son auteur sait que le contenu est faux. Qui partage une affirmation fausse en la croyant vraie répand de la « mésinformation ».")},
    ],
}


# ---------------------------------------------------------------------------
# Module 2 practice — the six techniques
# ---------------------------------------------------------------------------

M2_PRACTICE = {
    "kind": "practice",
    "title": T("تدريب الوحدة الثانية: أساليب التلاعب الستة", "Module 2 practice: the six manipulation techniques"),
    "intro": T("حدّد الأسلوب في كل منشور. انتبه: بعض المنشورات عادية وموثوقة ولا تحتوي أي أسلوب تلاعب.",
               "Identify the technique in each post. Careful: some posts are ordinary and reliable and contain no manipulation technique."),
    "pass_mark": 70,
    "attempts_allowed": 0,
    "form": None,
    "questions": [
        {"type": "spot_the_technique",
         "prompt": T("ما أسلوب التلاعب المستخدم في هذا المنشور؟", "Which manipulation technique does this post use?"),
         "post": _post("شبكة الأخبار الوطنية", "National News Network", "@national_newz_net", False,
                       "عاجل | مصادر: إلغاء جميع الرحلات الجوية غدًا بسبب إضراب المراقبين الجويين. تابعونا للتفاصيل.",
                       "BREAKING | Sources: all flights cancelled tomorrow due to an air-traffic controllers’ strike. Follow us for details.",
                       "2026-03-02", 412, 1380, 96),
         "technique": "impersonation",
         "explanation": T("انتحال الصفة: اسم العرض منسوخ من شبكة معروفة، بينما المعرّف يكتب «newz» بحرف z والحساب غير موثّق. والخبر بلا مصدر مسمّى ولا رابط، وحساب الشبكة الحقيقي لم ينشر شيئًا مماثلًا.",
                          "Impersonation: the display name is copied from a known network, but the handle spells “newz” with a z and the account is unverified. The story has no named source or link, and the real network’s account published nothing similar.")},
        {"type": "spot_the_technique",
         "prompt": T("ما أسلوب التلاعب المستخدم في هذا المنشور؟", "Which manipulation technique does this post use?"),
         "post": _post("ابن القرية", "Village Son", "@ibn_alqarya_91", False,
                       "شباب المدن لا يعرفون معنى التعب. نحن أبناء القرى من بنينا هذا البلد وهم يتنعّمون بخيراتنا. لا تصدّقوا أيًّا منهم.",
                       "City youth don’t know what hard work means. We, the sons of the villages, built this country while they enjoy our riches. Don’t believe any of them.",
                       "2026-03-05", 230, 88, 141),
         "technique": "polarisation",
         "explanation": T("الاستقطاب: المنشور يقسم المجتمع إلى «نحن» أبناء القرى و«هم» شباب المدن، ويعمّم صفة سلبية على جماعة كاملة. وعبارة «لا تصدّقوا أيًّا منهم» تغلق باب الحوار.",
                          "Polarisation: the post splits society into “us” village sons and “them” city youth, and pins a negative trait on a whole group. “Don’t believe any of them” shuts the door on dialogue.")},
        {"type": "spot_the_technique",
         "prompt": T("ما أسلوب التلاعب المستخدم في هذا المنشور؟", "Which manipulation technique does this post use?"),
         "post": _post("افتح عينيك", "Open Your Eyes", "@iftah_aynayk", False,
                       "لماذا أعلنوا عن لقاح الحمى الجديد في الأسبوع نفسه الذي ارتفعت فيه الأسعار؟ اربطوا النقاط. يريدون إلهاءنا بينما ينفّذون خطتهم.",
                       "Why did they announce the new fever vaccine in the same week prices went up? Connect the dots. They want to distract us while they carry out their plan.",
                       "2026-03-07", 980, 640, 302),
         "technique": "conspiracy",
         "explanation": T("نظرية المؤامرة: يربط المنشور حدثين متزامنين كأن بينهما خطة، دون أي دليل. وعبارتا «اربطوا النقاط» و«خطتهم» علامتان معتادتان لهذا الأسلوب، و«هم» جهة غامضة لا يمكن مساءلتها.",
                          "Conspiracy: the post links two simultaneous events as if there were a plan behind them, without evidence. “Connect the dots” and “their plan” are typical markers, and “they” is a vague actor nobody can hold to account.")},
        {"type": "spot_the_technique",
         "prompt": T("ما أسلوب التلاعب المستخدم في هذا المنشور؟ (قد لا يكون فيه أي أسلوب)", "Which manipulation technique does this post use? (It may use none.)"),
         "post": _post("بلدية المدينة الساحلية", "Coastal City Municipality", "@coastal_city_municipality", True,
                       "بسبب صيانة خط المياه الرئيسي، ستنقطع المياه عن حيّي الميناء والسوق القديم يوم الثلاثاء من 9 صباحًا حتى 3 عصرًا. نعتذر عن الإزعاج. للاستفسار: الرقم المجاني 1800.",
                       "Because of maintenance on the main water line, water will be cut off in the Port and Old Market districts on Tuesday from 9 a.m. to 3 p.m. We apologise for the inconvenience. Enquiries: freephone 1800.",
                       "2026-03-09", 57, 214, 38),
         "technique": "none",
         "explanation": T("لا أسلوب تلاعب هنا: إعلان خدمي عادي فيه أماكن وأوقات محدّدة ورقم للاستفسار، بلا مبالغة عاطفية، من حساب موثّق. الأخبار غير السارة ليست بالضرورة مضلّلة.",
                          "No manipulation technique here: an ordinary service notice with specific places, times and an enquiry number, no emotional exaggeration, from a verified account. Unwelcome news is not necessarily misleading.")},
        {"type": "matching",
         "prompt": T("صِل كل عبارة بأسلوب التلاعب الذي تمثّله.", "Match each phrase with the manipulation technique it represents."),
         "pairs": [
             [T("«ليست صدفة... اسأل نفسك من المستفيد»", "“It’s no coincidence… ask yourself who benefits”"), T("نظرية المؤامرة", "Conspiracy")],
             [T("«هذه الصحفية عميلة، لا تصدّقوها»", "“This journalist is an agent, don’t believe her”"), T("التشويه", "Discrediting")],
             [T("«وأين كنتم حين...؟» تحت كل منشور تصحيح", "“And where were you when…?” under every correction"), T("الاستفزاز المتعمَّد", "Trolling")],
             [T("«كارثة!!! شاهد قبل الحذف»", "“DISASTER!!! Watch before it’s deleted”"), T("اللغة العاطفية", "Emotional language")],
         ],
         "explanation": T("لكل أسلوب بصمة لغوية: المؤامرة تفترض يدًا خفية، والتشويه يهاجم الشخص لا الدليل، والاستفزاز المتعمَّد يحرف النقاش ويستفز، واللغة العاطفية تستبدل الوقائع بالانفعال.",
                          "Each technique has a linguistic fingerprint: conspiracy assumes a hidden hand, discrediting attacks the person not the evidence, trolling derails and provokes, and emotional language replaces facts with feelings.")},
        {"type": "single_choice",
         "prompt": T("نشرت جمعية بيئية تقريرًا موثّقًا عن تلوّث نهر. أيّ الردود التالية يستخدم أسلوب التشويه؟",
                     "An environmental group published a documented report on river pollution. Which of these replies uses discrediting?"),
         "options": [
             _opt("«مديرة الجمعية تعيش في الخارج وتتلقّى أموالًا مشبوهة، فلماذا نصدّقها؟»",
                  "“The group’s director lives abroad and receives suspicious money, so why believe her?”", True,
                  "صحيح. الرد يهاجم الشخص ويتجاهل أدلة التقرير.", "Correct. The reply attacks the person and ignores the report’s evidence."),
             _opt("«العيّنات أُخذت في الشتاء فقط، ونحتاج إلى قياسات في الصيف أيضًا قبل أن نحكم على حجم التلوّث.»",
                  "“Samples were taken only in winter; we need summer measurements too before judging how bad the pollution is.”", False,
                  "هذا نقد مشروع للمنهجية، يناقش الدليل نفسه.", "This is a legitimate critique of method that engages with the evidence itself.",
                  fr="« Les échantillons ont été prélevés seulement en hiver ; il faut aussi des mesures en été avant de juger l’ampleur de la pollution. »"),
             _opt("«أين يمكن تنزيل البيانات الكاملة للتقرير؟»", "“Where can the full data for the report be downloaded?”", False,
                  "هذا سؤال تحقق مفيد، لا تشويه.", "This is a useful verification question, not discrediting."),
             _opt("«هذا التقرير صادم ومحزن للغاية.»", "“This report is shocking and very sad.”", False,
                  "هذا تعبير عن شعور، ولا يهاجم أحدًا.", "This expresses a feeling and attacks no one."),
         ],
         "explanation": T("التشويه يحوّل السؤال من «هل الأدلة صحيحة؟» إلى «من هذا الشخص؟». النقد الذي يناقش المنهجية أو يطلب البيانات مشروع، حتى لو كان حادًّا.",
                          "Discrediting shifts the question from “is the evidence right?” to “who is this person?”. Criticism that engages with method or asks for data is legitimate, even when sharp.")},
    ],
}


# ---------------------------------------------------------------------------
# Module 3 practice — SIFT
# ---------------------------------------------------------------------------

M3_PRACTICE = {
    "kind": "practice",
    "title": T("تدريب الوحدة الثالثة: القراءة الجانبية بمنهج SIFT", "Module 3 practice: lateral reading with SIFT"),
    "intro": T("ستة أسئلة تطبيقية، منها رسالتان عليك أن تقرّر إن كانتا احتياليتين أم سليمتين.",
               "Six applied questions, including two messages for which you decide whether they are phishing or legitimate."),
    "pass_mark": 70,
    "attempts_allowed": 0,
    "form": None,
    "questions": [
        {"type": "ordering",
         "prompt": T("رتّب حركات منهج SIFT الأربع بالترتيب الصحيح.", "Put the four SIFT moves in the correct order."),
         "items": [T("توقّف", "Stop"), T("تحقّق من المصدر", "Investigate the source"),
                   T("ابحث عن تغطية أفضل", "Find better coverage"), T("تتبّع الادعاء إلى سياقه الأصلي", "Trace the claim to its original context")],
         "explanation": T("يبدأ SIFT بالتوقّف لأن الانفعال يمنعنا من التحقق، ثم نسأل «من يتكلم؟»، ثم نبحث عن الادعاء لدى مصادر أخرى، ثم نعود إلى الأصل. منهج SIFT من تطوير مايك كولفيلد، CC BY 4.0.",
                          "SIFT starts with stopping because emotion keeps us from checking, then asks “who is speaking?”, then looks for the claim elsewhere, then goes back to the original. SIFT method by Mike Caulfield, CC BY 4.0.")},
        {"type": "short_text",
         "prompt": T("ما اسم الطريقة التي تغادر فيها موقعًا لا تعرفه وتفتح تبويبات جديدة لتبحث عمّا تقوله مصادر أخرى عنه؟",
                     "What is the name of the method in which you leave an unfamiliar site and open new tabs to find what other sources say about it?"),
         "answers": [T("القراءة الجانبية", "lateral reading"), "قراءة جانبية", "القراءة الأفقية"],
         "normalise": NORMALISE,
         "explanation": T("القراءة الجانبية هي ما يفعله المدقّقون المحترفون: يسألون الإنترنت عن المصدر بدل أن يسألوا المصدر عن نفسه. وهي أسرع وأدق من قراءة صفحة «من نحن».",
                          "Lateral reading is what professional fact-checkers do: they ask the web about a source instead of asking the source about itself. It is faster and more accurate than reading the “About us” page.")},
        {"type": "single_choice",
         "prompt": T("وجدت موقعًا أنيقًا باسم «المرصد العربي للسياسات» ينشر تقريرًا عن قانون جديد. ما الخطوة الأولى الأنسب وفق القراءة الجانبية؟",
                     "You find a polished site called “Arab Policy Observatory” publishing a report on a new law. What is the best first step according to lateral reading?"),
         "options": [
             _opt("أقرأ صفحة «من نحن» وسياسة التحرير في الموقع بعناية لأعرف أهداف المرصد ومن يقف وراءه.", "Read the site’s “About us” page and editorial policy carefully to learn the observatory’s aims and who is behind it.", False,
                  "صفحة «من نحن» يكتبها الموقع عن نفسه، وقد تكون مصمّمة لتبدو محايدة.", "The “About us” page is written by the site about itself and may be designed to look neutral.",
                  fr="Lire attentivement la page « Qui sommes-nous » et la charte éditoriale du site pour connaître les buts de l’observatoire et qui le dirige."),
             _opt("أفتح تبويبًا جديدًا وأبحث عمّا تقوله مصادر أخرى عن المرصد وتمويله.", "Open a new tab and search what other sources say about the observatory and its funding.", True,
                  "صحيح. هكذا تعرف خلال دقيقة من يقف وراء المصدر.", "Correct. This tells you within a minute who is behind the source.",
                  fr="Ouvrir un nouvel onglet et chercher ce que d’autres sources disent de l’observatoire et de son financement."),
             _opt("أتحقق من جودة التصميم وعدد المراجع في التقرير.", "Check the quality of the design and the number of references in the report.", False,
                  "التصميم الاحترافي والمراجع الكثيرة خدعت المشاركين في دراسات القراءة العمودية.", "Professional design and many references fooled participants in the vertical-reading studies."),
             _opt("أنظر إلى عدد مرات مشاركة التقرير.", "Look at how many times the report has been shared.", False,
                  "كثرة المشاركة تقيس الانتشار لا الموثوقية.", "Share counts measure spread, not reliability."),
         ],
         "explanation": T("القراءة الجانبية تبدأ بمغادرة الصفحة: ما يقوله الآخرون عن المصدر أصدق من وصفه لنفسه. دقيقة بحث قد تكشف أن «المرصد» جماعة ضغط أو صفحة حزبية.",
                          "Lateral reading starts by leaving the page: what others say about a source is more telling than its self-description. A minute of searching may reveal that the “observatory” is a lobby group or a party page.")},
        {"type": "phishing_or_legitimate",
         "prompt": T("وصلتك هذه الرسالة القصيرة بعد أيام من زلزال في منطقتك. هل هي احتيالية أم سليمة؟",
                     "You received this text message a few days after an earthquake in your area. Is it phishing or legitimate?"),
         "message": {
             "channel": "sms",
             "sender": "RELIEF-AID",
             "sender_name": T("مساعدات الإغاثة العاجلة", "Urgent Relief Aid"),
             "subject": T("تسجيل منحة الإغاثة", "Relief grant registration"),
             "body": T("تهانينا! تم اختيار أسرتكم للحصول على منحة إغاثة بقيمة 300 دينار.\nسجّلوا خلال 24 ساعة بإدخال رقم الهوية وصورة البطاقة ورمز التحقق الذي سيصلكم:\nrelief-aid-register.example/form",
                       "Congratulations! Your family has been selected for a relief grant of 300 dinars.\nRegister within 24 hours by entering your ID number, a photo of your ID card and the verification code you will receive:\nrelief-aid-register.example/form"),
             "links": ["relief-aid-register.example/form"],
         },
         "phishing": True,
         "signs": [T("«تم اختياركم» دون أن تتقدّم بأي طلب.", "“You have been selected” although you never applied."),
                   T("مهلة 24 ساعة تضغط عليك لتتصرّف دون تفكير.", "A 24-hour deadline pressures you to act without thinking."),
                   T("تطلب رقم الهوية وصورة البطاقة ورمز التحقق، وهي بيانات لا تطلبها منظمات الإغاثة برسالة.", "It asks for your ID number, ID card photo and verification code, which relief organisations do not request by text."),
                   T("النطاق غير مرتبط بأي منظمة إغاثة معروفة، وقد حذّرت منه منظمات الإغاثة.", "The domain is not linked to any known relief organisation, and relief organisations have warned about it.")],
         "explanation": T("هذا تصيّد احتيالي يستغل الأزمة: مكافأة مفاجئة ومهلة قصيرة وطلب بيانات حساسة ورمز تحقق. تحقّق من المنظمة عبر القراءة الجانبية واتصل بها من رقم تعرفه، لا من الرسالة.",
                          "This is phishing that exploits a crisis: a sudden reward, a short deadline, and a request for sensitive data and a verification code. Check the organisation with lateral reading and contact it on a number you know, not one from the message.")},
        {"type": "phishing_or_legitimate",
         "prompt": T("وصلتك هذه الرسالة بالبريد الإلكتروني بعد أن سجّلت أسرتك شخصيًا في مركز توزيع. هل هي احتيالية أم سليمة؟",
                     "You received this email after your family registered in person at a distribution centre. Is it phishing or legitimate?"),
         "message": {
             "channel": "email",
             "sender": "distribution@hilal-relief.example",
             "sender_name": T("جمعية الهلال للإغاثة – مركز الحي الشرقي", "Hilal Relief Society – East District Centre"),
             "subject": T("موعد استلام الطرد الغذائي", "Food parcel collection appointment"),
             "body": T("مرحبًا،\nموعد استلام طردكم الغذائي يوم الأحد 15 مارس بين 10 صباحًا و1 ظهرًا في مركز الحي الشرقي.\nأحضروا بطاقة التسجيل الورقية التي استلمتموها في المركز.\nتذكير: التوزيع مجاني، ولن نطلب منكم أي مبلغ أو رمز أو كلمة مرور عبر الهاتف أو البريد.\nللاستفسار: اتصلوا بالمركز على الرقم المطبوع على بطاقتكم.",
                       "Hello,\nYour food parcel collection is on Sunday 15 March between 10 a.m. and 1 p.m. at the East District Centre.\nPlease bring the paper registration card you received at the centre.\nReminder: distribution is free, and we will never ask you for money, a code or a password by phone or email.\nEnquiries: call the centre on the number printed on your card."),
             "links": [],
         },
         "phishing": False,
         "signs": [T("تشير إلى تسجيل شخصي قمت به فعلًا، ونطاق المرسل يطابق المطبوع على البطاقة.", "It refers to an in-person registration you really made, and the sender’s domain matches the one printed on the card."),
                   T("لا تطلب أي بيانات أو مال أو رمز، بل تحذّر من ذلك صراحة.", "It asks for no data, money or code, and explicitly warns against such requests."),
                   T("لا رابط ولا مهلة ضاغطة، وتحيلك إلى رقم تعرفه مسبقًا.", "No link and no pressing deadline, and it refers you to a number you already know.")],
         "explanation": T("هذه رسالة سليمة: تستند إلى تواصل سابق حقيقي، ولا تطلب شيئًا حساسًا، وتحيلك إلى قناة تعرفها. ليس كل رسالة عن المساعدات احتيالًا، والمهم أن تفحص ما تطلبه منك.",
                          "This message is legitimate: it builds on real prior contact, asks for nothing sensitive, and points you to a channel you already know. Not every aid message is a scam; what matters is checking what it asks of you.")},
        {"type": "multiple_response",
         "prompt": T("انتشر ادعاء بأن وزارة التربية ألغت امتحانات نهاية العام. أيّ مما يلي يُعدّ «تغطية أفضل» للتحقق؟ (اختر كل ما ينطبق)",
                     "A claim is spreading that the Ministry of Education has cancelled end-of-year exams. Which of these count as “better coverage” for checking? (Choose all that apply)"),
         "options": [
             _opt("قسم الأخبار في الموقع الرسمي للوزارة.", "The news section of the ministry’s official website.", True,
                  "نعم، المصدر الأول للقرار.", "Yes, the primary source of the decision."),
             _opt("تقارير عدة وسائل إعلام مستقلة ومعروفة.", "Reports from several well-known independent outlets.", True,
                  "نعم، تعدّد المصادر المستقلة يعزّز الثقة.", "Yes, multiple independent sources increase confidence."),
             _opt("مقال في موقع آخر ينقل الادعاء نفسه حرفيًا دون مصدر.", "An article on another site repeating the claim word for word with no source.", False,
                  "لا، النقل الحرفي بلا مصدر تكرار للادعاء لا تغطية أفضل.", "No, a word-for-word copy with no source repeats the claim; it is not better coverage.",
                  "Non, une copie mot pour mot sans source répète l’affirmation ; ce n’est pas une meilleure couverture.",
                  fr="Un article sur un autre site qui reprend l’affirmation mot pour mot, sans source."),
             _opt("لقطة الشاشة نفسها وقد وصلتك من عشر مجموعات.", "The same screenshot arriving from ten groups.", False,
                  "لا، تكرار المصدر نفسه ليس تأكيدًا مستقلًا.", "No, repetition of one source is not independent confirmation."),
             _opt("منشور من حساب له مئتا ألف متابع يكرّر الادعاء.", "A post from an account with 200,000 followers repeating the claim.", False,
                  "لا، عدد المتابعين لا يعني أن الحساب تحقق من شيء.", "No, follower counts do not mean the account checked anything."),
         ],
         "explanation": T("التغطية الأفضل تعني مصادر مستقلة وقريبة من الحدث: الجهة المعنية، ووسائل إعلام متعددة، وفرق التحقق. تكرار الادعاء نفسه، مهما كثر، لا يضيف دليلًا.",
                          "Better coverage means independent sources close to the event: the organisation concerned, several outlets and fact-checkers. Repeating the same claim, however often, adds no evidence.")},
    ],
}


# ---------------------------------------------------------------------------
# Module 4 practice — images and videos
# ---------------------------------------------------------------------------

M4_PRACTICE = {
    "kind": "practice",
    "title": T("تدريب الوحدة الرابعة: الصور والمقاطع خارج سياقها", "Module 4 practice: images and videos out of context"),
    "intro": T("ستة أسئلة عن البحث العكسي والتحقق من المكان والزمان وتقييم المنشورات المصوّرة.",
               "Six questions on reverse image search, checking place and time, and rating posts with images."),
    "pass_mark": 70,
    "attempts_allowed": 0,
    "form": None,
    "questions": [
        {"type": "ordering",
         "prompt": T("رتّب خطوات البحث العكسي عن صورة متداولة.", "Put the steps of a reverse image search in order."),
         "items": [T("احفظ الصورة أو التقط لقطة شاشة لها", "Save the image or take a screenshot of it"),
                   T("اقتصّ الجزء المهم وأزل النصوص المضافة", "Crop the key part and remove added text"),
                   T("ابحث عنها في أكثر من محرّك بحث بالصور", "Search for it in more than one image search engine"),
                   T("جد أقدم ظهور لها واقرأ تعليقها الأصلي", "Find its earliest appearance and read its original caption")],
         "explanation": T("القصّ وإزالة النصوص يحسّنان النتائج، والبحث في أكثر من محرّك يوسّع التغطية. والهدف النهائي أقدم ظهور، لأنه يكشف السياق الأصلي للصورة.",
                          "Cropping and removing text improve results, and using several engines widens coverage. The goal is the earliest appearance, because it reveals the image’s original context.")},
        {"type": "single_choice",
         "prompt": T("منشور يقول إن صورة فيضان التُقطت اليوم في مدينتك. البحث العكسي يُظهر الصورة نفسها في تقرير عام 2019 عن بلد آخر. ما الحكم؟",
                     "A post says a flood photo was taken today in your city. A reverse search shows the same photo in a 2019 report about another country. What is the verdict?"),
         "options": [
             _opt("خاطئ: صورة قديمة في سياق جديد.", "False: an old photo in a new context.", True,
                  "صحيح. ظهور الصورة قبل الحدث المزعوم ينفي الادعاء.", "Correct. The photo existing before the claimed event refutes the claim."),
             _opt("صحيح، لأن الصورة حقيقية وغير معدّلة.", "True, because the photo is genuine and unedited.", False,
                  "الصورة حقيقية، لكن الادعاء عن مكانها وزمانها كاذب.", "The photo is genuine, but the claim about its place and time is false."),
             _opt("غير مثبت، لأننا لا نعرف من التقطها.", "Unverified, because we don’t know who took it.", False,
                  "لا نحتاج إلى معرفة المصوّر؛ وجودها منذ 2019 يكفي لنفي ادعاء أنها من اليوم.", "We don’t need the photographer; its existence since 2019 is enough to refute “today”."),
             _opt("مضلّل فقط إذا كانت الصورة معدّلة ببرنامج.", "Misleading only if the photo was edited with software.", False,
                  "معظم الصور المضلّلة غير معدّلة؛ التضليل في التعليق.", "Most misleading photos are unedited; the deception is in the caption."),
         ],
         "explanation": T("السؤال ليس «هل الصورة حقيقية؟» بل «هل هي من المكان والزمان المزعومين؟». وجود نسخة أقدم من الحدث دليل حاسم على أن الادعاء خاطئ.",
                          "The question is not “is the photo real?” but “is it from the claimed place and time?”. A copy older than the event is decisive evidence that the claim is false.")},
        {"type": "true_false",
         "prompt": T("إذا لم يجد البحث العكسي أي نسخة سابقة من الصورة، فهذا لا يثبت أنها التُقطت حديثًا.",
                     "If a reverse image search finds no earlier copy of a photo, that does not prove it was taken recently.",
                     "Si une recherche inversée ne trouve aucune copie antérieure d’une photo, cela ne prouve pas qu’elle est récente."),
         "answer": True,
         "feedback_true": T("صحيح: غياب الدليل على القدم ليس دليلًا على الجِدّة. في هذه الحالة الحكم «غير مثبت».",
                            "Correct: the absence of evidence that it is old is not evidence that it is new. The verdict here is “unverified”.",
                            "Exact : l’absence de preuve qu’elle est ancienne n’est pas une preuve qu’elle est récente. Le verdict est alors « non vérifié »."),
         "feedback_false": T("بل الجملة صحيحة: غياب النتائج قد يعني أن المحرّك لم يفهرس المصدر الأصلي، أو أن الصورة مقصوصة أو معكوسة.",
                             "The statement is true: no results may mean the engine has not indexed the original source, or the image has been cropped or flipped.",
                             "L’affirmation est vraie : l’absence de résultat peut signifier que le moteur n’a pas indexé la source d’origine, ou que l’image a été recadrée ou retournée."),
         "explanation": T("محرّكات البحث لا تفهرس كل شيء، والتعديلات البسيطة تخفي الصورة عنها. لذلك جرّب أكثر من محرّك وقصًّا مختلفًا، وإن بقي الشك فقل «غير مثبت».",
                          "Search engines do not index everything, and small edits can hide an image from them. Try several engines and crops, and if doubt remains, say “unverified”.")},
        {"type": "rate_a_post",
         "prompt": T("ما مدى موثوقية هذا المنشور؟", "How reliable is this post?"),
         "post": _post("الحقيقة بلا رتوش", "The Unvarnished Truth", "@haqiqa_bila_rutoush", False,
                       "شاهدوا الوزير في مؤتمر الأمس وهو بالكاد ينطق الكلمات! هل هذا من يدير البلد؟ 🎥 (مقطع 12 ثانية)",
                       "Watch the minister at yesterday’s press conference barely getting his words out! Is this who runs the country? 🎥 (12-second clip)",
                       "2026-03-11", 3400, 2150, 870),
         "reliable": False,
         "technique": "discrediting",
         "explanation": T("تشويه عبر تزييف رخيص: مقطع من 12 ثانية مُبطأ ومقتطع من مؤتمر كامل يُظهر البث الأصلي كلامًا طبيعيًا. المنشور يسخر من الشخص بدل مناقشة أي سياسة، وهذه بصمة التشويه.",
                          "Discrediting via a cheapfake: a slowed 12-second clip cut from a full press conference in which the original broadcast shows normal speech. The post mocks the person instead of discussing any policy, the fingerprint of discrediting.")},
        {"type": "rate_a_post",
         "prompt": T("ما مدى موثوقية هذا المنشور؟", "How reliable is this post?"),
         "post": _post("رنا الخطيب | مراسلة", "Rana Al-Khatib | Reporter", "@rana_alkhatib_news", False,
                       "صورة الجسر المنهار المتداولة اليوم ليست من مدينتنا؛ البحث العكسي يُظهرها في تقرير من عام 2020 عن بلد آخر. مديرية الطرق قالت لي صباح اليوم إن جسورنا لم تُبلّغ عن أي أضرار، وما زلت أنتظر تقرير المهندسين المكتوب.",
                       "The collapsed-bridge photo circulating today is not from our city; a reverse search shows it in a 2020 report about another country. The roads directorate told me this morning that no damage to our bridges has been reported, and I am still waiting for the engineers’ written report.",
                       "2026-03-12", 146, 95, 23),
         "reliable": True,
         "technique": None,
         "explanation": T("منشور موثوق: يذكر كيف تحققت المراسلة (البحث العكسي) ومن أين جاءت معلومتها، ويعترف بما لم يُحسم بعد (التقرير المكتوب). الحساب غير موثّق، لكن الشفافية في المنهج أهم من الشارة الزرقاء.",
                          "A reliable post: it says how the reporter checked (reverse search) and where her information came from, and admits what is still open (the written report). The account is unverified, but transparency about method matters more than a blue tick.")},
        {"type": "real_or_fake",
         "prompt": T("هل هذا العنوان من خبر حقيقي أم مزيّف؟", "Is this headline from a real or a fake story?"),
         # Judged by what the headline itself shows: a fact-check naming its method and the
         # earlier source. The viral photo alone could only have been called «غير مثبت».
         "headline": T("صورة «التمساح في شوارع المدينة» بعد أمطار أمس قديمة: البحث العكسي يُظهرها في تقرير عن فيضانات عام 2019 في بلد آخر",
                       "The “crocodile in the city streets” photo after yesterday’s rain is old: a reverse search finds it in a report on 2019 floods in another country",
                       "La photo du « crocodile dans les rues de la ville » après la pluie d’hier est ancienne : une recherche inversée la retrouve dans un reportage sur des inondations de 2019 dans un autre pays"),
         "outlet": T("منصة تحقق", "Fact-check desk", "Cellule de vérification"),
         "real": True,
         "explanation": T("عنوان موثوق: يذكر طريقة التحقق (البحث العكسي) والمصدر الأقدم وتاريخه، وكلها قابلة للفحص. لاحظ الفرق: لو عُرضت عليك صورة التمساح وحدها بلا أي دليل، لكان حكمك الصحيح «غير مثبت»، لا «مزيّف»، فالنمط المتكرر وحده ليس دليلًا.",
                          "A reliable headline: it names the method (reverse search), the earlier source and its date, all of which can be checked. Note the difference: shown the crocodile photo alone with no evidence, the right verdict would have been “unverified”, not “fake”; a familiar pattern on its own is not evidence.",
                          "Un titre fiable : il indique la méthode (recherche inversée), la source plus ancienne et sa date, tout cela vérifiable. Notez la différence : face à la seule photo du crocodile, sans aucune preuve, le bon verdict aurait été « non vérifié », pas « faux » ; un schéma familier n’est pas une preuve à lui seul.")},
    ],
}


# ---------------------------------------------------------------------------
# Module 5 practice — hate speech and incitement
# ---------------------------------------------------------------------------

M5_PRACTICE = {
    "kind": "practice",
    "title": T("تدريب الوحدة الخامسة: خطاب الكراهية والتحريض", "Module 5 practice: hate speech and incitement"),
    "intro": T("خمسة أسئلة عن تمييز التحريض والردّ المسؤول. بعض المنشورات تتضمن لغة عدائية متخيَّلة لأغراض التدريب.",
               "Five questions on recognising incitement and responding responsibly. Some posts contain hostile language, invented for training purposes."),
    "pass_mark": 70,
    "attempts_allowed": 0,
    "form": None,
    "questions": [
        {"type": "spot_the_technique",
         "prompt": T("ما أسلوب التلاعب المستخدم في هذا المنشور؟", "Which manipulation technique does this post use?"),
         "post": _post("بلدنا لنا", "Our Country Is Ours", "@baladna_lana_01", False,
                       "كل مشكلة في هذا البلد سببها العمال الأجانب. يسرقون وظائفنا ويملؤون شوارعنا. حان الوقت لنقولها بصوت عالٍ: بلدنا لنا وحدنا.",
                       "Every problem in this country is caused by foreign workers. They steal our jobs and fill our streets. It’s time to say it out loud: our country is ours alone.",
                       "2026-03-13", 1250, 720, 480),
         "technique": "polarisation",
         "explanation": T("الاستقطاب: المنشور يحمّل جماعة كاملة «كل مشكلة» ويقسم الناس إلى «نحن» و«هم». هو خطاب عدائي وتمييزي، لكنه لا يتضمن دعوة صريحة إلى عنف وشيك، وهذا ما يميّزه عن منشور «سنطهّر حيّنا».",
                          "Polarisation: the post blames a whole group for “every problem” and splits people into “us” and “them”. It is hostile and discriminatory, but contains no explicit call to imminent violence, which distinguishes it from the “we will cleanse our neighbourhood” post.")},
        {"type": "single_choice",
         "prompt": T("أنت صحفية في موقع محلي. شائعة كاذبة تتّهم لاجئين بخطف طفلة وصلت إلى مئتي ألف مشاهدة، وبدأت تظهر تهديدات. ما أفضل ردّ؟",
                     "You are a journalist at a local site. A false rumour accusing refugees of kidnapping a girl has reached 200,000 views, and threats are appearing. What is the best response?"),
         "options": [
             _opt("أنشر «شطيرة حقيقة»: بيان الشرطة، ثم الشائعة مرة واحدة بلا صورتها، ثم الحقيقة ومصدرها.",
                  "Publish a “truth sandwich”: the police statement, then the rumour once without its photo, then the truth and its source.", True,
                  "صحيح. الشائعة واسعة الانتشار وتهدّد السلامة، فالتصحيح واجب بطريقة لا تضخّمها.",
                  "Correct. The rumour is widespread and threatens safety, so a correction is needed in a way that does not amplify it.",
                  fr="Publier un « sandwich de vérité » : la déclaration de la police, puis la rumeur une seule fois sans sa photo, puis la vérité et sa source."),
             _opt("أعيد نشر المنشور الأصلي مع تعليق «كذب!».", "Repost the original with the comment “Lies!”.", False,
                  "هذا ينقل الكذبة وصورتها إلى جمهورك ويرفع تفاعلها.", "This carries the lie and its photo to your audience and boosts its engagement."),
             _opt("أتجاهلها تمامًا حتى لا أضخّمها، فكل ذكر لها، ولو لتكذيبها، يزيد انتشارها بين الناس في الحي والمدينة.", "Ignore it completely so as not to amplify it, since every mention, even a denial, spreads it further through the neighbourhood and the city.", False,
                  "التجاهل يناسب الشائعة المحصورة، لا شائعة بمئتي ألف مشاهدة تهدّد سلامة أشخاص.", "Ignoring suits a contained rumour, not one with 200,000 views that threatens people’s safety.",
                  fr="L’ignorer complètement pour ne pas l’amplifier, puisque chaque mention, même un démenti, la répand davantage dans le quartier et la ville."),
             _opt("أنشر أسماء من نشروا الشائعة وصورهم.", "Publish the names and photos of those who spread the rumour.", False,
                  "هذا قد يعرّضهم للأذى ولا يصحّح المعلومة.", "This may expose them to harm and does not correct the information."),
         ],
         "explanation": T("حين تصل الشائعة إلى جمهور واسع وتهدّد السلامة يصبح التصحيح واجبًا. شطيرة الحقيقة تجعل الحقيقة أول ما يُقرأ وآخر ما يُتذكّر، دون تكرار الكذبة أو صورتها.",
                          "When a rumour reaches a wide audience and threatens safety, correcting it becomes a duty. The truth sandwich makes the truth the first thing read and the last remembered, without repeating the lie or its photo.")},
        {"type": "true_false",
         "prompt": T("وفق المعايير الدولية، قد يكون الكلام مسيئًا وجارحًا تجاه جماعة دون أن يبلغ حد التحريض على العنف.",
                     "Under international standards, speech can be offensive and hurtful towards a group without reaching the threshold of incitement to violence.",
                     "Selon les normes internationales, des propos peuvent être offensants et blessants envers un groupe sans atteindre le seuil de l’incitation à la violence."),
         "answer": True,
         "feedback_true": T("صحيح: التحريض يتطلّب عناصر مثل النية والدعوة إلى الفعل واحتمال أذى قريب.",
                            "Correct: incitement requires elements such as intent, a call to action and a likelihood of imminent harm.",
                            "Exact : l’incitation suppose des éléments comme l’intention, l’appel à agir et la probabilité d’un préjudice imminent."),
         "feedback_false": T("بل الجملة صحيحة: المعايير الدولية تميّز بين الإساءة والتحريض، وتنظر في السياق والنية واحتمال الأذى.",
                             "The statement is true: international standards distinguish offence from incitement, and consider context, intent and likelihood of harm.",
                             "L’affirmation est vraie : les normes internationales distinguent l’offense de l’incitation et examinent le contexte, l’intention et la probabilité du préjudice."),
         "explanation": T("خطة عمل الرباط تقترح اختبارًا من ستة عناصر: السياق، والمتحدث، والنية، والمضمون، والانتشار، واحتمال الأذى. التمييز يحمي من التحريض ويمنع استخدام القوانين المبهمة لإسكات المنتقدين.",
                          "The Rabat Plan of Action proposes a six-part test: context, speaker, intent, content, reach and likelihood of harm. The distinction protects against incitement while preventing vague laws being used to silence critics.")},
        {"type": "multiple_response",
         "prompt": T("ما العناصر التي تجعل منشور «سنطهّر حيّنا بأيدينا الليلة» تحريضًا لا مجرد إساءة؟ (اختر كل ما ينطبق)",
                     "Which elements make the “we will cleanse our neighbourhood with our own hands tonight” post incitement rather than mere offence? (Choose all that apply)"),
         "options": [
             _opt("دعوة صريحة إلى فعل عنيف بزمان محدّد.", "An explicit call to violent action at a set time.", True,
                  "نعم، «الليلة» تجعل الأذى وشيكًا.", "Yes, “tonight” makes the harm imminent."),
             _opt("لغة تنزع الإنسانية مثل «وباء» و«ليسوا بشرًا».", "Dehumanising language such as “plague” and “not humans”.", True,
                  "نعم، نزع الإنسانية يمهّد لتقبّل العنف.", "Yes, dehumanisation prepares people to accept violence."),
             _opt("دعوة إلى نشر عناوين بيوت أفراد من الجماعة.", "A call to share the home addresses of members of the group.", True,
                  "نعم، هذا يوفّر وسيلة للوصول إلى الضحايا.", "Yes, this provides a way to reach the victims."),
             _opt("أنه مكتوب بلغة غير رسمية.", "That it is written in informal language.", False,
                  "لا، أسلوب الكتابة لا علاقة له بالتحريض.", "No, writing style has nothing to do with incitement."),
             _opt("أن عدد الإعجابات عليه قليل.", "That it has few likes.", False,
                  "لا، بل إن قلة الانتشار تخفّف احتمال الأذى ولا تزيده.", "No, low reach actually lowers the likelihood of harm rather than raising it."),
         ],
         "explanation": T("التحريض يجمع نيّة معلنة ودعوة إلى فعل عنيف وشيك ووسيلة للوصول إلى الضحايا، ضمن سياق قد يؤدي فعلًا إلى الأذى. أسلوب اللغة أو عدد الإعجابات ليسا معيارًا لذلك.",
                          "Incitement combines a declared intent, a call to imminent violent action and a means to reach victims, in a context where harm may really follow. Language register or like counts are not the test.")},
        {"type": "short_text",
         "prompt": T("ما اسم طريقة التصحيح التي تبدأ بالحقيقة وتنتهي بها، وتذكر الادعاء الكاذب مرة واحدة في الوسط؟",
                     "What is the correction method that starts and ends with the truth and mentions the false claim once in the middle?"),
         "answers": [T("شطيرة الحقيقة", "truth sandwich"), "ساندويتش الحقيقة", "سندويشة الحقيقة"],
         "normalise": NORMALISE,
         "explanation": T("شطيرة الحقيقة تمنع أن يصبح التصحيح وسيلة لنشر الكذبة: الحقيقة أولًا وأخيرًا، والادعاء مرة واحدة مع تسمية أسلوبه.",
                          "The truth sandwich stops a correction from becoming a vehicle for the lie: truth first and last, the claim once, with its technique named.")},
    ],
}


# ---------------------------------------------------------------------------
# Final graded quiz
# ---------------------------------------------------------------------------

FINAL = {
    "kind": "graded",
    "title": T("الاختبار النهائي: كيف تكشف التضليل؟", "Final quiz: spotting disinformation"),
    "intro": T("عشرة أسئلة تغطي الدورة كلها. تحتاج إلى 70% للنجاح والحصول على الشهادة، ولديك ثلاث محاولات. بعض المنشورات موثوقة وبعضها مضلّل: لا تحكم بالشك وحده. بعد كل محاولة ترى الأسئلة التي أخطأت فيها، وتظهر الإجابات الصحيحة وشرحها بعد محاولتك الأخيرة.",
               "Ten questions covering the whole course. You need 70% to pass and earn the certificate, and you have three attempts. Some posts are reliable and some are misleading: do not judge by suspicion alone. After each attempt you see which questions you got wrong; the right answers and their explanations appear after your last attempt."),
    "pass_mark": 70,
    "attempts_allowed": 3,
    # The key only once no retake can use it (quizzes.review.ReviewPolicy).
    "review_key_when": "after_last_attempt",
    "form": None,
    "questions": [
        {"type": "rate_a_post",
         "prompt": T("ما مدى موثوقية هذا المنشور؟", "How reliable is this post?"),
         "post": _post("هيئة الأرصاد الجوية", "Meteorological Authority", "@met_0ffice_alerts", False,
                       "تحذير رسمي: عاصفة رملية غير مسبوقة ستضرب البلاد خلال 48 ساعة. أغلقوا النوافذ وخزّنوا الماء والطعام. شاركوا التحذير مع كل من تعرفون!",
                       "Official warning: an unprecedented sandstorm will hit the country within 48 hours. Close your windows and store water and food. Share this warning with everyone you know!",
                       "2026-03-15", 2870, 5400, 640),
         "reliable": False,
         "technique": "impersonation",
         "explanation": T("انتحال الصفة: الحساب يحمل اسم الهيئة الرسمية لكنه غير موثّق، ويستخدم صفرًا بدل حرف O في المعرّف. والتحذيرات الرسمية تذكر المناطق والتوقيت ومستوى الإنذار، لا «غير مسبوقة» و«شاركوا مع كل من تعرفون».",
                          "Impersonation: the account uses the official authority’s name but is unverified and has a zero instead of the letter O in its handle. Official warnings give regions, timing and alert level, not “unprecedented” and “share with everyone you know”.")},
        {"type": "rate_a_post",
         "prompt": T("ما مدى موثوقية هذا المنشور؟", "How reliable is this post?"),
         "post": _post("صحيفة المدينة اليوم", "Al-Madina Today", "@almadina_today", True,
                       "المحكمة الإدارية تؤجّل النظر في دعوى سكان حي الصيادين ضد مشروع توسعة الميناء إلى 12 أبريل، بعد طلب محامي الشركة مهلة لتقديم مستندات إضافية.",
                       "The administrative court postpones the hearing of the Fishermen’s Quarter residents’ case against the port expansion project to 12 April, after the company’s lawyer asked for time to submit additional documents.",
                       "2026-03-16", 88, 31, 12),
         "reliable": True,
         "technique": None,
         "explanation": T("منشور موثوق: خبر إجرائي عادي فيه جهة وتاريخ وسبب محدّد، بلا صفات انفعالية ولا اتهامات. ليس كل خبر غير مثير مشكوكًا فيه؛ التمييز يعني أن تثق بما يستحق الثقة أيضًا.",
                          "A reliable post: a routine procedural story with a named body, a date and a specific reason, no emotive adjectives and no accusations. Unexciting news is not suspect; discernment means trusting what deserves trust too.")},
        {"type": "real_or_fake",
         "prompt": T("هل هذا العنوان من خبر حقيقي أم مزيّف؟", "Is this headline from a real or a fake story?"),
         "headline": T("دراسة: شرب الماء البارد بعد الطعام يسبّب السرطان… والأطباء يخفون الحقيقة عنك",
                       "Study: drinking cold water after meals causes cancer… and doctors are hiding the truth from you"),
         "outlet": T("صحتك أولًا نيوز", "Your Health First News"),
         "real": False,
         "explanation": T("مزيّف: «دراسة» بلا اسم ولا جهة، وادعاء طبي كبير بلا دليل. وعبارة «الأطباء يخفون الحقيقة» من علامات نظرية المؤامرة، إذ تجعل أي نفي من الأطباء دليلًا إضافيًا.",
                          "Fake: an unnamed “study” from no named institution, and a major medical claim without evidence. “Doctors are hiding the truth” is a conspiracy marker, turning any denial by doctors into more “proof”.")},
        {"type": "real_or_fake",
         "prompt": T("هل هذا العنوان من خبر حقيقي أم مزيّف؟", "Is this headline from a real or a fake story?"),
         # A real headline can shout «عاجل» too; the urgency is not the clue.
         "headline": T("عاجل | وزارة النقل: إغلاق جزئي لطريق المطار ليلًا لمدة أسبوعين لأعمال صيانة تبدأ الأحد",
                       "BREAKING | Ministry of Transport: partial night-time closure of the airport road for two weeks for maintenance starting Sunday",
                       "URGENT | Ministère des Transports : fermeture partielle de nuit de la route de l’aéroport pendant deux semaines pour travaux, à partir de dimanche"),
         "outlet": T("وكالة الأنباء المحلية", "Local News Agency"),
         "real": True,
         "explanation": T("حقيقي: خبر خدمي محدّد (جهة، ومكان، ومدة، وسبب)، بلا مبالغة، من وكالة أنباء. يمكن التحقق منه بسهولة في موقع الوزارة، وهذا ما يفعله المحرّرون عادةً قبل النشر. وكلمة «عاجل» وحدها لا تجعل العنوان مزيّفًا.",
                          "Real: a specific service story (who, where, how long, why), without exaggeration, from a news agency. It can easily be checked on the ministry’s website, as editors usually do before publishing. The word “BREAKING” alone does not make a headline fake.")},
        {"type": "spot_the_technique",
         "prompt": T("هذا تعليق تحت منشور تصحيح نشرته منصة تحقق. ما الأسلوب المستخدم؟", "This is a comment under a correction published by a fact-checking platform. Which technique does it use?"),
         "post": _post("أبو فهد", "Abu Fahd", "@abu_fahd_x", False,
                       "ههههه «مدقّقو معلومات»؟ 😂 ولماذا لا تدقّقون في أهداف منتخبكم الضائعة؟ من يقرأ لكم أصلًا؟",
                       "Hahaha “fact-checkers”? 😂 Why don’t you fact-check your national team’s missed goals? Who even reads you?",
                       "2026-03-17", 64, 3, 29),
         "technique": "trolling",
         "explanation": T("الاستفزاز المتعمَّد: التعليق لا يناقش التصحيح أبدًا، بل يسخر ويحرف الحديث إلى موضوع لا علاقة له به، بهدف استدراج رد منفعل. الأفضل ألّا يُطعَم: لا رد، أو رد واحد هادئ ثم الكتم.",
                          "Trolling: the comment never engages with the correction; it mocks and derails into an unrelated topic to bait an emotional reply. Best not to feed it: no reply, or one calm reply and then mute.")},
        {"type": "spot_the_technique",
         "prompt": T("ما أسلوب التلاعب المستخدم في هذا المنشور؟", "Which manipulation technique does this post use?"),
         "post": _post("قلوب رحيمة", "Merciful Hearts", "@qulub_rahima", False,
                       "💔💔 قلوبنا تتمزّق!!! مستشفى الأطفال بلا دواء والأطفال يصرخون من الألم!!! إن لم تشارك فأنت شريك في الجريمة!!!",
                       "💔💔 Our hearts are breaking!!! The children’s hospital has no medicine and children are screaming in pain!!! If you don’t share, you are an accomplice to the crime!!!",
                       "2026-03-18", 5100, 7300, 1900),
         "technique": "emotional_language",
         "explanation": T("اللغة العاطفية: علامات تعجّب ورموز قلوب مكسورة وصور مؤلمة، بلا اسم مستشفى ولا مدينة ولا مصدر. وعبارة «إن لم تشارك فأنت شريك» تضغط بالذنب بدل تقديم دليل.",
                          "Emotional language: exclamation marks, broken-heart symbols and painful imagery, with no hospital name, city or source. “If you don’t share, you are an accomplice” pressures with guilt instead of offering evidence.")},
        {"type": "ordering",
         "prompt": T("رتّب أجزاء «شطيرة الحقيقة» لتصحيح شائعة.", "Put the parts of a “truth sandwich” correction in order."),
         "items": [T("الحقيقة الموثّقة أولًا", "The documented truth first"),
                   T("ذكر الادعاء الكاذب مرة واحدة مع تسمية أسلوبه", "Mention the false claim once, naming its technique"),
                   T("العودة إلى الحقيقة مع مصدرها", "Return to the truth with its source")],
         "explanation": T("تبدأ الشطيرة وتنتهي بالحقيقة حتى تكون أول ما يقرؤه الناس وآخر ما يتذكّرونه. ويُذكر الادعاء مرة واحدة فقط، دون عنوانه الجذاب أو صورته.",
                          "The sandwich starts and ends with the truth so that it is the first thing people read and the last they remember. The claim appears only once, without its catchy headline or image.")},
        {"type": "single_choice",
         "prompt": T("وصلتك لقطة شاشة لشريط «عاجل» منسوب إلى قناة معروفة، دون أي فيديو. ما أسرع طريقة وأقواها للتحقق؟",
                     "You receive a screenshot of a “breaking” banner attributed to a well-known channel, with no video. What is the fastest and strongest way to check it?"),
         "options": [
             _opt("أبحث عن الخبر نفسه في موقع القناة وحساباتها ولدى وسائل أخرى.", "Look for the same story on the channel’s site and accounts and in other outlets.", True,
                  "صحيح. التغطية الأفضل تحسم الأمر غالبًا خلال دقائق.", "Correct. Better coverage usually settles it within minutes.",
                  fr="Chercher la même information sur le site et les comptes de la chaîne et dans d’autres médias."),
             _opt("أكبّر الصورة وأفحص البكسلات والخطوط بحثًا عن آثار التعديل قبل أي خطوة أخرى.", "Zoom in and inspect the pixels and fonts for signs of editing before doing anything else.", False,
                  "قد يفيد أحيانًا، لكنه بطيء وغير حاسم، وأدوات صنع الأشرطة المزيّفة تترك أثرًا ضئيلًا.", "Sometimes useful, but slow and inconclusive; fake-banner tools leave little trace.",
                  fr="Zoomer sur l’image et examiner les pixels et les polices à la recherche de retouches, avant toute autre démarche."),
             _opt("أنظر إلى عدد من شاركوا اللقطة.", "Look at how many people shared the screenshot.", False,
                  "الانتشار لا يدل على الصحة.", "Spread says nothing about accuracy."),
             _opt("أسأل في التعليقات إن كان أحد يعرف.", "Ask in the comments whether anyone knows.", False,
                  "قد تحصل على آراء لا على أدلة، وتزيد تفاعل المنشور.", "You may get opinions rather than evidence, and you boost the post’s engagement."),
         ],
         "explanation": T("لقطات الشاشة سهلة التزييف، لذا ابحث عن الخبر في المصدر المنسوب إليه وفي تغطيات أخرى. إذا لم يظهر الخبر في أي مكان سوى اللقطة، فهذه علامة قوية على أنه تزييف رخيص.",
                          "Screenshots are easy to fake, so look for the story at the source it is attributed to and in other coverage. If it appears nowhere but the screenshot, that strongly suggests a cheapfake.")},
        {"type": "multiple_response",
         "prompt": T("تقيّم موقعًا لا تعرفه نشر «تحقيقًا» عن منظمة إغاثة. أيّ الخطوات التالية من القراءة الجانبية؟ (اختر كل ما ينطبق)",
                     "You are evaluating an unfamiliar site that published an “investigation” into a relief organisation. Which of these steps are lateral reading? (Choose all that apply)"),
         "options": [
             _opt("البحث عن اسم الموقع مع «تمويل» أو «من يملك».", "Searching for the site’s name with “funding” or “owner”.", True,
                  "نعم، تسأل الإنترنت عن المصدر.", "Yes, you ask the web about the source."),
             _opt("معرفة ما تقوله وسائل إعلام موثوقة عن هذا الموقع.", "Finding out what reliable outlets say about the site.", True,
                  "نعم، هذا جوهر القراءة الجانبية.", "Yes, this is the core of lateral reading."),
             _opt("التحقق من تاريخ تسجيل النطاق.", "Checking the domain’s registration date.", True,
                  "نعم، النطاق الحديث جدًا علامة تستحق الانتباه.", "Yes, a very new domain is a sign worth noting."),
             _opt("قراءة صفحة «من نحن» بالتفصيل.", "Reading the “About us” page in detail.", False,
                  "هذه قراءة عمودية: الموقع يصف نفسه.", "That is vertical reading: the site describing itself."),
             _opt("الحكم على الموقع من احترافية تصميمه.", "Judging the site by how professional its design looks.", False,
                  "التصميم سهل التقليد ولا يدل على الموثوقية.", "Design is easy to imitate and says nothing about reliability."),
         ],
         "explanation": T("القراءة الجانبية تعني مغادرة الموقع والبحث عنه في مصادر أخرى: الملكية والتمويل والسمعة وعمر النطاق. ما يقوله الموقع عن نفسه وتصميمه لا يكشفان من يقف خلفه.",
                          "Lateral reading means leaving the site and looking it up elsewhere: ownership, funding, reputation and domain age. What a site says about itself, and its design, do not reveal who is behind it.")},
        {"type": "phishing_or_legitimate",
         "prompt": T("وصلتك هذه الرسالة على تطبيق مراسلة من رقم لا تعرفه. هل هي احتيالية أم سليمة؟",
                     "You received this message on a messaging app from a number you don’t know. Is it phishing or legitimate?"),
         "message": {
             "channel": "chat",
             "sender": "+000 55 501 2233",
             "sender_name": T("منسّق شبكة المدقّقين العرب", "Coordinator, Arab Fact-Checkers Network"),
             "subject": T("تأكيد العضوية", "Membership confirmation"),
             "body": T("مرحبًا زميلتي، نجري تحقيقًا عاجلًا في حملة تضليل تستهدف صحفيين، واسمك في قائمة المشاركين.\nلتأكيد عضويتك سجّلي الدخول بحسابك على فيسبوك عبر هذا الرابط خلال ساعة، وإلا سيُحذف اسمك:\nfact-network-verify.example/login",
                       "Hello colleague, we are running an urgent investigation into a disinformation campaign targeting journalists, and your name is on the participants’ list.\nTo confirm your membership, log in with your Facebook account through this link within one hour, or your name will be removed:\nfact-network-verify.example/login"),
             "links": ["fact-network-verify.example/login"],
         },
         "phishing": True,
         "signs": [T("رقم مجهول ينتحل صفة منسّق شبكة مهنية.", "An unknown number impersonating the coordinator of a professional network."),
                   T("مهلة ساعة وتهديد بحذف الاسم.", "A one-hour deadline and a threat to remove your name."),
                   T("طلب تسجيل الدخول بحساب فيسبوك عبر نطاق غريب لسرقة كلمة المرور.", "A request to log in with your Facebook account through an odd domain, to steal your password."),
                   T("التحقق الصحيح: الاتصال بالشبكة عبر قناة تعرفها مسبقًا.", "The right check: contact the network through a channel you already know.")],
         "explanation": T("هذا تصيّد احتيالي يستخدم انتحال الصفة والاستعجال، ويستغل اهتمام الصحفيين بمكافحة التضليل نفسه. لا تسجّل الدخول عبر رابط في رسالة؛ افتح المنصة بنفسك وتحقق من المرسل بقناة مستقلة.",
                          "This is phishing using impersonation and urgency, exploiting journalists’ own interest in fighting disinformation. Never log in through a link in a message; open the platform yourself and verify the sender through an independent channel.")},
    ],
}


# ---------------------------------------------------------------------------
# Module 1 — a simulated feed (quizzes/question_types/simulated_feed.py): what would you
# do with each post? Three real posts (two of them alarming) and three manipulated ones.
# ---------------------------------------------------------------------------


def _feed_post(post, hours_ago, real, technique, explanation):
    return {"post": post, "hours_ago": hours_ago, "real": real, "technique": technique,
            "explanation": explanation}


def _fpost(name, handle, verified, text, date, likes, shares, comments, image=None):
    """A feed post; name and text are T(ar, en, fr); image: (a file of demo_content/images/,
    its description T(ar, en, fr)), a picture drawn for the demo."""
    post = {"display_name": name, "handle": handle, "verified": verified, "text": text,
            "date": date, "likes": likes, "shares": shares, "comments": comments}
    if image:
        post["image"], post["image_alt"] = image
    return post


M1_FEED = {
    "kind": "practice",
    "title": T("خلاصتك هذا الصباح: ماذا تشارك؟", "Your feed this morning: what do you share?",
               "Votre fil ce matin : que partagez-vous ?"),
    "intro": T("ستة منشورات وصلتك خلال ساعات. لكل منشور اختر: أشارك، لا أشارك، أبلغ عنه، أو أتحقق من المصدر. الشرح يظهر بعد الإرسال.",
               "Six posts that reached you within a few hours. For each one choose: share, don’t share, report, or check the source. The explanations appear after you submit.",
               "Six publications reçues en quelques heures. Pour chacune, choisissez : partager, ne pas partager, signaler ou vérifier la source. Les explications s’affichent après l’envoi."),
    "pass_mark": 70,
    "attempts_allowed": 0,
    "form": None,
    "questions": [
        {"type": "simulated_feed",
         "prompt": T("مرّر الخلاصة: ماذا تفعل بكل منشور؟", "Scroll the feed: what do you do with each post?",
                     "Faites défiler le fil : que faites-vous de chaque publication ?"),
         "explanation": T("شارك ما تأكدت من مصدره، حتى لو كان خبرًا مقلقًا، وأوقف ما صُنع ليخيفك أو ليخدعك. الإبلاغ يحمي غيرك، والتحقق من المصدر لا يضر أبدًا.",
                          "Share what you have traced to its source, even when the news is worrying, and stop what was made to frighten or fool you. Reporting protects others, and checking the source never hurts.",
                          "Partagez ce dont vous avez vérifié la source, même si la nouvelle inquiète, et arrêtez ce qui est fait pour effrayer ou tromper. Signaler protège les autres, et vérifier la source ne nuit jamais."),
         "posts": [
             _feed_post(_fpost(T("أم يوسف", "Umm Yousef", "Oum Youssef"), "@umm_yousef_88", False,
                               T("🎤 رسالة صوتية من صديقة زوجي، طبيبة في المستشفى الحكومي: «مياه الحنفية في الأحياء الشرقية ملوّثة، ثلاثة أطفال في العناية المركزة. لا تشربوا من الحنفية ثلاثة أيام وأرسلوها لكل المجموعات قبل أن تحذفها الحكومة!» 😱",
                                 "🎤 Voice note from my husband’s friend, a doctor at the public hospital: “Tap water in the eastern districts is contaminated, three children are in intensive care. Don’t drink from the tap for three days and send this to every group before the government deletes it!” 😱",
                                 "🎤 Message vocal d’une amie de mon mari, médecin à l’hôpital public : « L’eau du robinet des quartiers est est contaminée, trois enfants sont en réanimation. Ne buvez pas l’eau du robinet pendant trois jours et envoyez ceci à tous les groupes avant que le gouvernement ne le supprime ! » 😱"),
                               "2026-03-14", 310, 4800, 220),
                        1, False, "emotional_language",
                        T("رسالة صوتية بلا اسم ولا مستشفى محدد، تنتقل «من صديقة إلى صديق»، وتستثير الخوف على الأطفال وتستعجل إعادة التوجيه «قبل الحذف». لا تعيد توجيهها؛ ابحث عن بيان وزارة المياه أو الصحة.",
                          "A voice note with no name and no named hospital, passed on “from a friend of a friend”, stirring fear for children and urging you to forward it “before it is deleted”. Don’t forward it; look for a statement from the water or health ministry.",
                          "Un message vocal sans nom ni hôpital précis, transmis « par l’amie d’un ami », qui attise la peur pour les enfants et presse de le transférer « avant suppression ». Ne le transférez pas ; cherchez un communiqué du ministère de l’Eau ou de la Santé.")),
             _feed_post(_fpost(T("وزارة المياه والري", "Ministry of Water and Irrigation", "Ministère de l’Eau et de l’Irrigation"), "@mwi_official", True,
                               T("تنويه: انقطاع المياه عن الأحياء الشرقية 36 ساعة اعتبارًا من مساء الخميس لإصلاح الخط الناقل الرئيسي. صهاريج مجانية عند المدارس الحكومية، وللطوارئ اتصلوا بالرقم 117. نعتذر عن الإزعاج.",
                                 "Notice: water supply to the eastern districts will be cut for 36 hours from Thursday evening to repair the main pipeline. Free tankers at public schools; for emergencies call 117. We apologise for the inconvenience.",
                                 "Avis : l’eau sera coupée dans les quartiers est pendant 36 heures à partir de jeudi soir pour réparer la conduite principale. Camions-citernes gratuits devant les écoles publiques ; en cas d’urgence, appelez le 117. Veuillez nous excuser."),
                               "2026-03-14", 890, 2100, 640,
                               image=("feed-water-cut-notice.svg", T(
                                   "رسم: صنبور عليه علامة إيقاف، وساعة، وصهريج مياه",
                                   "Drawing: a tap crossed out, a clock and a water tanker",
                                   "Dessin : un robinet barré, une horloge et un camion-citerne"))),
                        3, True, "",
                        T("خبر مزعج لكنه حقيقي: حساب الوزارة الموثّق، وتفاصيل يمكن التحقق منها (المدة والسبب والرقم). مشاركته تساعد جيرانك على الاستعداد.",
                          "Unwelcome but real: the ministry’s verified account, with details you can check (duration, reason, number). Sharing it helps your neighbours prepare.",
                          "Désagréable mais authentique : le compte vérifié du ministère, avec des détails vérifiables (durée, raison, numéro). La partager aide vos voisins à s’organiser.")),
             _feed_post(_fpost(T("ما لا يريدونك أن تراه", "What They Don’t Want You to See", "Ce qu’on ne veut pas que vous voyiez"), "@hidden_truth_now", False,
                               T("📷 مدرج المطار غارق في الماء والطائرات نصف مغمورة! الإعلام صامت لأن المسؤولين باعوا أراضي التصريف لمستثمرين. انشروا قبل أن تختفي الصورة.",
                                 "📷 The airport runway under water and planes half submerged! The media are silent because officials sold the drainage land to investors. Spread it before the photo disappears.",
                                 "📷 La piste de l’aéroport sous l’eau et des avions à moitié immergés ! Les médias se taisent parce que des responsables ont vendu les terrains de drainage à des investisseurs. Diffusez avant que la photo ne disparaisse."),
                               "2026-03-14", 5200, 3900, 1100,
                               image=("feed-flooded-runway.svg", T(
                                   "صورة المنشور: مدرج مطار تغمره المياه وطائرتان نصف غارقتين",
                                   "The post’s picture: an airport runway under water and two planes half submerged",
                                   "L’image de la publication : une piste d’aéroport sous l’eau et deux avions à moitié immergés"))),
                        2, False, "conspiracy",
                        T("صورة معدّلة: البحث العكسي يجدها في تقرير عن فيضان في بلد آخر قبل سنوات، والطائرات أُضيفت إليها. وحولها قصة مؤامرة («الإعلام صامت»، «باعوا الأراضي») بلا أي دليل.",
                          "A doctored photo: a reverse image search finds it in a report on a flood in another country years ago, with the planes pasted in. Around it, a conspiracy story (“the media are silent”, “they sold the land”) with no evidence at all.",
                          "Une photo retouchée : la recherche inversée la retrouve dans un reportage sur une inondation dans un autre pays il y a des années, avec des avions ajoutés. Autour, un récit complotiste (« les médias se taisent », « ils ont vendu les terrains ») sans aucune preuve.")),
             _feed_post(_fpost(T("بنك الدم الوطني", "National Blood Bank", "Banque nationale du sang"), "@national_bloodbank", True,
                               T("عاجل: بعد حادث الحافلة على الطريق الصحراوي نحتاج متبرعين من فصيلة O سالب. التبرع في المستشفى المركزي حتى الثامنة مساءً، وأحضروا بطاقة الهوية.",
                                 "Urgent: after the bus accident on the desert highway we need O-negative donors. Donate at the central hospital until 8 pm, and bring your ID card.",
                                 "Urgent : après l’accident de bus sur l’autoroute du désert, nous avons besoin de donneurs O négatif. Don à l’hôpital central jusqu’à 20 h, munis d’une pièce d’identité."),
                               "2026-03-14", 1500, 2600, 180),
                        4, True, "",
                        T("«عاجل» هنا لا يعني تضليلًا: الحساب موثّق، والطلب محدد (الفصيلة والمكان والموعد) ولا يطلب مالًا ولا بيانات. المشاركة تنقذ أرواحًا.",
                          "“Urgent” does not mean misleading here: the account is verified and the request is specific (blood type, place, time) and asks for no money or data. Sharing it saves lives.",
                          "Ici, « urgent » ne veut pas dire trompeur : le compte est vérifié, la demande est précise (groupe, lieu, horaire) et ne réclame ni argent ni données. La partager sauve des vies.")),
             _feed_post(_fpost(T("قناة الشرق 24 | عاجل", "Al-Sharq 24 | Breaking", "Al-Sharq 24 | Urgent"), "@alsharq24_breaking", False,
                               T("🔴 عاجل: تعطيل الدوام في جميع المدارس والجامعات أسبوعين بسبب انتشار وباء جديد، والقرار يُعلن رسميًا خلال ساعات.",
                                 "🔴 Breaking: all schools and universities closed for two weeks because of a new epidemic; the decision will be announced officially within hours.",
                                 "🔴 Urgent : toutes les écoles et universités fermées deux semaines à cause d’une nouvelle épidémie ; la décision sera annoncée officiellement d’ici quelques heures."),
                               "2026-03-14", 760, 3300, 950),
                        0, False, "impersonation",
                        T("انتحال صفة: اسم القناة وشعارها منسوخان، لكن المعرّف ليس معرّفها (الحساب الحقيقي ‎@alsharq24) ولا شارة توثيق، و«يُعلن خلال ساعات» يعني أن لا مصدر بعد. تحقّق في موقع القناة ووزارة التربية.",
                          "Impersonation: the channel’s name and logo are copied, but the handle is not its own (the real account is @alsharq24), there is no verified badge, and “announced within hours” means there is no source yet. Check the channel’s site and the education ministry.",
                          "Usurpation d’identité : le nom et le logo de la chaîne sont copiés, mais l’identifiant n’est pas le sien (le vrai compte est @alsharq24), sans badge vérifié, et « annoncée d’ici quelques heures » signifie qu’il n’y a pas encore de source. Vérifiez sur le site de la chaîne et du ministère de l’Éducation.")),
             _feed_post(_fpost(T("دائرة الأرصاد الجوية", "Meteorological Department", "Service météorologique"), "@met_department", True,
                               T("تحذير: عاصفة غبارية يوم الخميس، والرؤية أقل من 500 متر على الطرق الصحراوية. نوصي مرضى الربو وكبار السن بالبقاء في المنازل، وتأجيل السفر غير الضروري.",
                                 "Warning: a dust storm on Thursday, with visibility under 500 metres on desert roads. We advise people with asthma and older people to stay at home, and to postpone unnecessary travel.",
                                 "Alerte : tempête de poussière jeudi, visibilité inférieure à 500 mètres sur les routes du désert. Nous conseillons aux personnes asthmatiques et âgées de rester chez elles et de reporter les déplacements non nécessaires."),
                               "2026-03-14", 640, 1200, 75,
                               image=("feed-dust-storm.svg", T(
                                   "رسم: طريق صحراوي يختفي في غبار كثيف",
                                   "Drawing: a desert road disappearing into thick dust",
                                   "Dessin : une route du désert qui disparaît dans une poussière épaisse"))),
                        6, True, "",
                        T("تحذير رسمي حقيقي بنبرة هادئة وأرقام محددة ونصيحة عملية. أن يكون الخبر مخيفًا لا يجعله كاذبًا.",
                          "A real official warning, in a calm tone, with specific figures and practical advice. A frightening piece of news is not thereby false.",
                          "Une véritable alerte officielle, au ton calme, avec des chiffres précis et des conseils pratiques. Qu’une nouvelle fasse peur ne la rend pas fausse.")),
         ]},
    ],
}


# ---------------------------------------------------------------------------
# Pre/post parallel forms A and B
# Position-by-position parallel design (same kind, same truth value, same technique):
#  1 real headline (economy)        6 reliable post (organisation, schedule change)
#  2 impersonation post (outlet)    7 fake headline (conspiracy)
#  3 reliable post (reporter)       8 reliable post (institution, bad news)
#  4 fake headline (emotional)      9 discrediting post (attacks an expert/journalist)
#  5 polarisation post (regions)   10 real headline (education/services)
# ---------------------------------------------------------------------------

# The pre/post forms A and B live in their own module (24 items each).


def _form(kind, form, questions):
    is_pre = kind == "pretest"
    return {
        "kind": kind,
        "title": T("اختبار قبلي: كيف تميّز الموثوق من المضلّل؟" if is_pre else "اختبار بعدي: كيف تميّز الموثوق من المضلّل؟",
                   "Pre-test: can you tell reliable from misleading?" if is_pre else "Post-test: can you tell reliable from misleading?",
                   "Test initial : savez-vous distinguer le fiable du trompeur ?" if is_pre else "Test final : savez-vous distinguer le fiable du trompeur ?"),
        "intro": T(
            ("أربعة وعشرون عنوانًا ومنشورًا، نصفها موثوق ونصفها مضلّل، ولا تحكم عليها من نبرتها وحدها. لا تُحتسب النتيجة في الشهادة؛ نستخدمها لقياس ما تتعلّمه. أجب بحسب تقديرك دون بحث."
             if is_pre else
             "أربعة وعشرون عنوانًا ومنشورًا جديدًا، نصفها موثوق ونصفها مضلّل، ولا تحكم عليها من نبرتها وحدها. لا تُحتسب النتيجة في الشهادة؛ نقارنها باختبارك القبلي لنعرف ما تغيّر. أجب بحسب تقديرك دون بحث."),
            ("Twenty-four headlines and posts, half reliable and half misleading; don’t judge them by their tone alone. The score does not count towards the certificate; we use it to measure what you learn. Answer from your own judgement without searching."
             if is_pre else
             "Twenty-four new headlines and posts, half reliable and half misleading; don’t judge them by their tone alone. The score does not count towards the certificate; we compare it with your pre-test to see what changed. Answer from your own judgement without searching."),
            ("Vingt-quatre titres et publications, pour moitié fiables et pour moitié trompeurs ; ne les jugez pas à leur seul ton. Le score ne compte pas pour le certificat ; il sert à mesurer ce que vous apprenez. Répondez selon votre jugement, sans chercher."
             if is_pre else
             "Vingt-quatre nouveaux titres et publications, pour moitié fiables et pour moitié trompeurs ; ne les jugez pas à leur seul ton. Le score ne compte pas pour le certificat ; nous le comparons à votre test initial pour voir ce qui a changé. Répondez selon votre jugement, sans chercher.")),
        "pass_mark": 0,
        "attempts_allowed": 1,
        "form": form,
        "questions": copy.deepcopy(questions),
    }


QUIZZES_DISINFORMATION = {
    "disinfo-m1-practice": M1_PRACTICE,
    "disinfo-m1-feed": M1_FEED,
    "disinfo-m2-practice": M2_PRACTICE,
    "disinfo-m3-practice": M3_PRACTICE,
    "disinfo-m4-practice": M4_PRACTICE,
    "disinfo-m5-practice": M5_PRACTICE,
    "disinfo-final": FINAL,
    # Parallel forms: a learner who gets pre A gets post B, and vice versa.
    "disinfo-pre-a": _form("pretest", "A", FORM_A_QUESTIONS),
    "disinfo-post-b": _form("posttest", "B", FORM_B_QUESTIONS),
    "disinfo-pre-b": _form("pretest", "B", FORM_B_QUESTIONS),
    "disinfo-post-a": _form("posttest", "A", FORM_A_QUESTIONS),
}

"""Demo course 2: Safe platform use (الاستخدام الآمن للمنصات).

Pure data, no Django imports. Every person, account, outlet, organisation, bank, platform
and domain in this file is fictitious. Domains use the reserved `.example` suffix and are
written as plain text, never as links.
"""

try:  # imported as part of the courses.demo_content package
    from ._text import T, _callout, _checklist, _h, _p, _quiz, _term
    from .safety_additions import LESSON_HARASSMENT, LESSON_LAB
except ImportError:  # imported as a top-level module (drafting / self-checks)
    from _text import T, _callout, _checklist, _h, _p, _quiz, _term
    from safety_additions import LESSON_HARASSMENT, LESSON_LAB


# ---------------------------------------------------------------------------
# Module 1 — Threat modelling
# ---------------------------------------------------------------------------

LESSON_1_1 = {
    "slug": "five-questions",
    "title": T("خمسة أسئلة قبل أي أداة", "Five questions before any tool"),
    "summary": T("نموذج التهديد طريقة بسيطة لتحديد ما تحميه وممن، قبل أن تختار أي تطبيق.",
                 "A threat model is a simple way to decide what you are protecting and from whom, before you pick any app."),
    "minutes": 26,
    "exercise_minutes": 15,
    "completion": "view",
    "body": [
        _h("لماذا نبدأ بالأسئلة لا بالتطبيقات؟", "Why start with questions, not apps?"),
        _p("<p>يسأل كثير من الصحفيين والناشطين في أول تدريب أمني: «ما أفضل تطبيق؟». السؤال مفهوم، لكنه يأتي في غير موضعه. فالأمان الرقمي ليس قائمة تطبيقات نثبّتها مرة واحدة، بل مجموعة قرارات تتناسب مع عملك ومع المخاطر التي تواجهها فعلًا. ما يحتاجه مراسل يحقق في صفقات فساد يختلف عما يحتاجه منسق حملة توعية صحية، وما يناسب مدوّنة تعيش في مدينتها قد لا يكفي زميلًا يعبر الحدود كل شهر.</p>"
           "<p>لهذا يبدأ المدرّبون بما يُسمّى <b>نموذج التهديد</b>: طريقة منظمة للتفكير في ما تريد حمايته، وممن، وما الذي سيحدث لو فشلت الحماية. النموذج الجيد لا يحتاج إلى خبرة تقنية؛ يحتاج إلى صدق مع النفس وورقة وقلم.</p>",
           "<p>Many journalists and activists ask at their first security training: “What is the best app?” The question is understandable, but it comes too early. Digital security is not a list of apps you install once; it is a set of decisions that fit your work and the risks you actually face. A reporter investigating corruption deals needs something different from the coordinator of a health-awareness campaign, and what suits a blogger living in her own city may not be enough for a colleague who crosses borders every month.</p>"
           "<p>That is why trainers start with what is called a <b>threat model</b>: a structured way of thinking about what you want to protect, from whom, and what would happen if the protection failed. A good threat model needs no technical expertise; it needs honesty with yourself, and a pen and paper.</p>"),
        _term("threat-model"),
        _h("الأسئلة الخمسة", "The five questions"),
        _p("<ol>"
           "<li><b>ما الذي أريد حمايته؟</b> أي «الأصول»: قائمة المصادر وأرقام هواتفهم، مسودات التحقيقات، الصور والوثائق الأصلية، حسابات المؤسسة على المنصات، موقعك الجغرافي وتحركاتك، وأحيانًا معلومات عن عائلتك.</li>"
           "<li><b>ممن أريد حمايته؟</b> أي «الخصوم»: قد يكون جهة تملك صلاحيات مراقبة، أو شركة يضرها التحقيق، أو مجموعة منظمة تشن حملات تشهير، أو محتالًا يبحث عن أي حساب ضعيف، أو حتى شخصًا قريبًا يستطيع الوصول إلى هاتفك.</li>"
           "<li><b>ما العواقب إذا فشلت الحماية؟</b> كشف مصدر قد يعرّضه للسجن أو الأذى، بينما سرقة حساب للترفيه مزعجة لكنها أقل خطرًا.</li>"
           "<li><b>ما مدى احتمال حدوث ذلك؟</b> ليس كل خطر ممكن خطرًا مرجحًا. رسالة تصيّد عامة محتملة جدًا، أما اختراق متقدم لهاتفك فأقل احتمالًا لمعظم الناس، لكنه يرتفع لمن يعمل على ملفات حساسة.</li>"
           "<li><b>ما الجهد الذي أستطيع بذله للوقاية؟</b> الوقت والمال والمهارات محدودة، فابدأ بالإجراءات الرخيصة عالية الأثر.</li>"
           "</ol>",
           "<ol>"
           "<li><b>What do I want to protect?</b> Your “assets”: the list of sources and their phone numbers, investigation drafts, original photos and documents, your organisation’s platform accounts, your location and movements, and sometimes information about your family.</li>"
           "<li><b>Who do I want to protect it from?</b> Your “adversaries”: an authority with surveillance powers, a company harmed by your investigation, an organised group running smear campaigns, a fraudster looking for any weak account, or even someone close to you who can reach your phone.</li>"
           "<li><b>What are the consequences if protection fails?</b> Exposing a source could lead to prison or harm for them, while losing an entertainment account is annoying but far less serious.</li>"
           "<li><b>How likely is it?</b> Not every possible risk is a probable one. A generic phishing message is very likely; an advanced hack of your phone is less likely for most people, but the likelihood rises for those working on sensitive files.</li>"
           "<li><b>How much effort can I put into prevention?</b> Time, money and skills are limited, so start with cheap, high-impact measures.</li>"
           "</ol>"),
        {"type": "image", "value": {
            "file": "threat-model-grid.svg",
            "alt": T("شبكة من أربع خانات: المحور الأفقي احتمال الخطر من منخفض إلى مرتفع، والمحور العمودي أثره من منخفض إلى مرتفع. خانة الاحتمال المرتفع والأثر المرتفع مكتوب فيها: ابدأ هنا، مثل كلمة مرور مكررة على بريد التواصل مع المصادر.",
                     "A four-cell grid: the horizontal axis is likelihood from low to high, the vertical axis is impact from low to high. The high-likelihood, high-impact cell reads: start here, for example a reused password on the email used with sources."),
            "caption": T("شبكة الاحتمال والأثر: رتّب أخطارك وابدأ بالخانة التي يلتقي فيها الاحتمال المرتفع بالأثر المرتفع.",
                         "The likelihood–impact grid: sort your risks and start with the cell where high likelihood meets high impact."),
        }},
        _callout("example", "مثال: سلمى، مراسلة اقتصادية", "Example: Salma, an economics reporter",
                 "<p>سلمى صحفية في موقع إخباري مستقل تعمل على تحقيق حول عقود توريد حكومية. أصولها الأهم: هويات ثلاثة موظفين سرّبوا لها وثائق، ونسخ الوثائق نفسها. خصومها المحتملون: الشركة المعنية ومن يعمل لحسابها، وحملات تشهير إلكترونية. العاقبة الأخطر: كشف المصادر. لذلك قررت أن تتواصل مع المصادر عبر تطبيق مشفّر برسائل مختفية، وأن تحفظ الوثائق على حاسوب مشفّر لا تتزامن ملفاته مع مجلد سحابي مشترك، وأن تفعّل مفتاح أمان على بريدها.</p>",
                 "<p>Salma works for an independent news site on an investigation into government supply contracts. Her most important assets: the identities of three employees who leaked documents to her, and the documents themselves. Her likely adversaries: the company concerned and people working for it, plus online smear campaigns. The worst consequence: exposing her sources. So she decided to talk to sources through an encrypted messenger with disappearing messages, to keep the documents on an encrypted laptop that does not sync to a shared cloud folder, and to add a security key to her email account.</p>"),
        _callout("tip", "النموذج يتغير مع الوقت", "Your model changes over time",
                 "<p>راجع نموذج التهديد عند كل تغيير كبير: تحقيق جديد، أو سفر، أو انتخابات، أو حملة تحريض ضدك. ما كان كافيًا الشهر الماضي قد لا يكفي اليوم.</p>",
                 "<p>Review your threat model whenever something big changes: a new investigation, travel, an election, or a campaign of incitement against you. What was enough last month may not be enough today.</p>"),
        _h("تمرين: ارسم نموذجك الأول", "Exercise: draw your first model"),
        _p("<p>خذ عشر دقائق واكتب جوابًا قصيرًا لكل سؤال من الأسئلة الخمسة عن مشروع تعمل عليه الآن. ثم ضع كل خطر في الشبكة: احتمال منخفض أو مرتفع، وأثر منخفض أو مرتفع. الأخطار التي يلتقي فيها الاحتمال المرتفع بالأثر المرتفع هي التي تبدأ بها هذا الأسبوع. يمكنك استخدام ورقة العمل المرفقة.</p>"
           "<p><b>الورقة نفسها قد تصبح خطرًا.</b> لا تكتب فيها أسماء المصادر الحقيقية ولا أرقام هواتفهم ولا عناوينهم. استخدم أسماء رمزية مثل «المصدر أ» أو «الموظف 2»، واحفظ ما يربط الرمز بصاحبه في ذاكرتك أو في مدير كلمات المرور، لا على الورقة. واكتبها على ورق تحفظه في مكان آمن، أو على جهاز مشفّر لا يستخدمه غيرك، لا على حاسوب مشترك ولا في مستند سحابي أو مجلد متزامن، وأتلف المسودات التي لم تعد تحتاج إليها. سنعود إلى الورقة في الدرس التالي.</p>",
           "<p>Take ten minutes and write a short answer to each of the five questions for a project you are working on now. Then place each risk on the grid: low or high likelihood, low or high impact. The risks where high likelihood meets high impact are the ones to tackle this week. You can use the attached worksheet.</p>"
           "<p><b>The sheet itself can become a risk.</b> Do not write real source names, phone numbers or addresses on it. Use codenames such as “Source A” or “Employee 2”, and keep what links a codename to a person in your head or in your password manager, not on the sheet. Write it on paper you keep somewhere safe, or on an encrypted device nobody else uses, never on a shared computer or in a cloud document or synced folder, and destroy drafts you no longer need. We will come back to the sheet in the next lesson.</p>",
           "<p>Prenez dix minutes et écrivez une réponse courte à chacune des cinq questions pour un projet en cours. Placez ensuite chaque risque sur la grille : probabilité faible ou forte, impact faible ou fort. Les risques où une forte probabilité rencontre un fort impact sont ceux à traiter cette semaine. Vous pouvez utiliser la fiche de travail jointe.</p>"
           "<p><b>La fiche elle-même peut devenir un risque.</b> N’y écrivez ni le vrai nom de vos sources, ni leur numéro, ni leur adresse. Utilisez des noms de code comme « Source A » ou « Employé 2 », et gardez le lien entre le code et la personne dans votre tête ou dans votre gestionnaire de mots de passe, pas sur la fiche. Écrivez-la sur papier, rangé en lieu sûr, ou sur un appareil chiffré que vous seul utilisez, jamais sur un ordinateur partagé, dans un document en ligne ou un dossier synchronisé, et détruisez les brouillons inutiles. Nous reviendrons à la fiche dans la leçon suivante.</p>"),
        {"type": "handout", "value": {
            "handout": "threat-model-worksheet",
            "title": T("ورقة عمل: نموذج التهديد", "Worksheet: threat model", "Fiche de travail : modèle de menace"),
            "description": T("الأسئلة الخمسة وجدول الاحتمال والأثر في ورقة PDF للطباعة.",
                             "The five questions and the likelihood–impact grid on a PDF sheet to print.",
                             "Les cinq questions et la grille probabilité–impact sur une fiche PDF à imprimer.")}},
    ],
}

LESSON_1_2 = {
    "slug": "adversaries-and-likelihood",
    "title": T("الخصوم والاحتمالات: من أين يأتي الخطر فعلًا؟", "Adversaries and likelihood: where risk really comes from"),
    "summary": T("أكثر الهجمات شيوعًا أبسطها. تعرّف على خمسة أنواع من الخصوم وما يوقف كلًا منها.",
                 "The most common attacks are the simplest. Meet five kinds of adversary and what stops each of them."),
    "minutes": 17,
    "exercise_minutes": 8,
    "completion": "manual",
    "body": [
        _h("أكثر الهجمات شيوعًا ليست أكثرها تعقيدًا", "The most common attacks are not the most sophisticated"),
        _p("<p>تنتشر قصص برامج التجسس المتقدمة التي تُزرع في الهواتف دون نقرة واحدة، وهي حقيقية وقد استُهدف بها صحفيون ومدافعون عن حقوق الإنسان. لكن معظم الحسابات التي تُسرق كل يوم تسقط بطرق أبسط بكثير: كلمة مرور مكررة تسربت من موقع آخر، أو رسالة تصيّد مقنعة، أو هاتف بلا قفل تُرك على طاولة، أو رمز تحقق أرسله صاحبه بنفسه لشخص ادعى أنه من فريق الدعم.</p>"
           "<p>هذا لا يعني الاستهانة بالهجمات المتقدمة، بل يعني ترتيب الأولويات: أغلق الأبواب المفتوحة أولًا، ثم فكّر في الأقفال المعقدة. وكثير من الإجراءات الأساسية، مثل التحديثات المنتظمة وتجنب فتح الروابط والمرفقات المجهولة، تقلل أيضًا فرص الهجمات المتقدمة.</p>",
           "<p>Stories about advanced spyware planted on phones without a single click are everywhere, and they are real: journalists and human-rights defenders have been targeted with such tools. But most accounts stolen every day fall in much simpler ways: a reused password leaked from another site, a convincing phishing message, an unlocked phone left on a table, or a verification code the owner sent to someone claiming to be from support.</p>"
           "<p>This does not mean taking advanced attacks lightly; it means setting priorities. Close the open doors first, then think about complex locks. Many basic measures, such as regular updates and not opening unknown links and attachments, also reduce the chances of advanced attacks.</p>"),
        _h("خمسة أنواع من الخصوم", "Five kinds of adversary"),
        _p("<ul>"
           "<li><b>المهاجم الانتهازي:</b> لا يستهدفك شخصيًا، بل يجرب كلمات مرور مسربة على آلاف الحسابات أو يرسل تصيّدًا جماعيًا. يوقفه عادةً التحقق بخطوتين وكلمات مرور فريدة.</li>"
           "<li><b>حملات التشهير والمضايقة:</b> مجموعات منظمة تبحث عن صور خاصة أو معلومات شخصية لنشرها وإحراجك أو تهديدك. تحدّ منها إعدادات الخصوصية وتقليل ما تنشره عن عائلتك ومكان سكنك.</li>"
           "<li><b>المهاجم الموجَّه:</b> يدرسك قبل أن يهاجم، فيرسل رسالة باسم زميل أو جهة تتعامل معها. يوقفه التحقق من الهوية عبر قناة ثانية، ومفاتيح الأمان.</li>"
           "<li><b>من يملك صلاحيات قانونية أو تقنية واسعة:</b> قد يطلب بيانات من مزوّد الاتصالات أو يصادر الأجهزة. يفيد هنا التشفير من طرف إلى طرف، وتشفير الأجهزة، وتقليل البيانات المحفوظة، وإطفاء الفتح بالبصمة والوجه قبل نقاط التفتيش (انظر الوحدة الرابعة).</li>"
           "<li><b>الشخص القريب:</b> فرد من الأسرة أو زميل يعرف رمز هاتفك. يحميك قفل شاشة قوي وعدم مشاركة الرموز.</li>"
           "</ul>",
           "<ul>"
           "<li><b>The opportunist:</b> does not target you personally, but tries leaked passwords on thousands of accounts or sends mass phishing. Usually stopped by two-factor authentication and unique passwords.</li>"
           "<li><b>Smear and harassment campaigns:</b> organised groups looking for private photos or personal details to publish, embarrass or threaten you. Limited by privacy settings and by sharing less about your family and where you live.</li>"
           "<li><b>The targeted attacker:</b> studies you before striking, then writes in the name of a colleague or an organisation you deal with. Stopped by checking identity through a second channel, and by security keys.</li>"
           "<li><b>Those with broad legal or technical powers:</b> may request data from your telecom provider or confiscate devices. End-to-end encryption, device encryption, keeping less data and turning off fingerprint and face unlock before checkpoints (see module 4) all help here.</li>"
           "<li><b>The person close to you:</b> a family member or colleague who knows your phone code. Protected against by a strong screen lock and not sharing codes.</li>"
           "</ul>",
           "<ul>"
           "<li><b>L’opportuniste :</b> il ne vous vise pas personnellement, mais essaie des mots de passe divulgués sur des milliers de comptes ou envoie de l’hameçonnage en masse. La vérification en deux étapes et des mots de passe uniques l’arrêtent en général.</li>"
           "<li><b>Les campagnes de dénigrement et de harcèlement :</b> des groupes organisés cherchent des photos privées ou des informations personnelles pour les publier, vous embarrasser ou vous menacer. Les paramètres de confidentialité et la discrétion sur votre famille et votre domicile les limitent.</li>"
           "<li><b>L’attaquant ciblé :</b> il vous étudie avant de frapper, puis écrit au nom d’un collègue ou d’une organisation avec laquelle vous travaillez. Vérifier l’identité par un second canal et les clés de sécurité l’arrêtent.</li>"
           "<li><b>Ceux qui ont de larges pouvoirs juridiques ou techniques :</b> ils peuvent demander des données à votre opérateur ou confisquer des appareils. Le chiffrement de bout en bout, le chiffrement des appareils, conserver moins de données et désactiver le déverrouillage par empreinte et par visage avant les postes de contrôle (voir le module 4) aident ici.</li>"
           "<li><b>La personne proche :</b> un membre de la famille ou un collègue qui connaît le code de votre téléphone. Un verrouillage d’écran solide et le fait de ne pas partager vos codes vous protègent.</li>"
           "</ul>"),
        {"type": "case_study", "value": {
            "claim": T("«لا أحد يهتم بحسابي، فأنا لست صحفيًا مشهورًا»",
                       "“Nobody cares about my account; I’m not a famous journalist.”"),
            "context": T("<p>كريم منسق متطوعين في جمعية شبابية صغيرة. كان يستخدم كلمة المرور نفسها لبريده ولحساب الجمعية على منصة «تواصل» ولموقع تسوق. تسربت قاعدة بيانات موقع التسوق، فجرّب برنامج آلي الكلمة نفسها على حساب الجمعية ونجح. خلال ساعات نُشرت من الحساب روابط احتيال، وحصل المهاجم على قائمة المتطوعين وأرقام هواتفهم من الرسائل الخاصة.</p>",
                         "<p>Karim coordinates volunteers for a small youth association. He used the same password for his email, the association’s account on the SocialNet platform and a shopping site. The shopping site’s database leaked, and an automated tool tried the same password on the association’s account and got in. Within hours the account was posting scam links, and the attacker had collected the list of volunteers and their phone numbers from private messages.</p>"),
            "verdict": "false",
            "explanation": T("<p>الاعتقاد خاطئ: المهاجم الانتهازي لا يختار ضحاياه حسب الشهرة بل حسب الضعف. وحساب صغير قد يحتوي على بيانات أشخاص آخرين؛ هنا كانت أرقام المتطوعين هي الأصل الأهم. كلمة مرور فريدة وتحقق بخطوتين كانا سيوقفان هذا الهجوم.</p>",
                             "<p>The belief is false: an opportunistic attacker picks victims by weakness, not fame. A small account can hold other people’s data; here the volunteers’ numbers were the most important asset. A unique password and two-factor authentication would have stopped this attack.</p>"),
            "sources": [T("حالة توضيحية مركّبة من أنماط شائعة في التدريب على الأمان الرقمي؛ الأسماء والجهات خيالية.",
                          "An illustrative case built from patterns common in digital-security training; names and organisations are fictitious.")],
        }},
        {"type": "quote", "value": {
            "text": T("طالبت التوصيات شركات الإعلام بتأمين التدريب ونشر الوعي الأمني، خصوصًا لمن يعمل في الصحافة الاستقصائية.",
                      "The recommendations called on media companies to provide training and raise security awareness, especially for those working in investigative journalism."),
            "source": T("من التوصيات الختامية لمؤتمر دولي حول وسائل التواصل الاجتماعي وحماية النشطاء، الدوحة",
                        "From the closing recommendations of an international conference on social media and the protection of activists, Doha"),
        }},
        _checklist("خمس خطوات أساسية تناسب معظم الناس", "Five basic steps that suit most people", [
            ("كلمة مرور فريدة لكل حساب مهم، يحفظها مدير كلمات مرور.",
             "A unique password for every important account, stored in a password manager."),
            ("تحقق بخطوتين بتطبيق مصادقة أو مفتاح أمان على البريد وحسابات المنصات.",
             "Two-factor authentication with an authenticator app or security key on email and platform accounts."),
            ("تحديث النظام والتطبيقات فور صدور التحديثات.",
             "Updating the system and apps as soon as updates are released."),
            ("قفل شاشة برمز لا يقل عن ستة أرقام أو بعبارة مرور.",
             "A screen lock with a code of at least six digits, or a passphrase."),
            ("التحقق من أي طلب غير معتاد عبر قناة ثانية قبل الاستجابة له.",
             "Checking any unusual request through a second channel before responding."),
        ]),
        _h("تمرين: رتّب أخطارك", "Exercise: rank your risks"),
        _p("<p>عد إلى الشبكة التي رسمتها في الدرس السابق. بجانب كل خطر، اكتب نوع الخصم من الأنواع الخمسة، وإجراءً واحدًا يقلل الاحتمال أو الأثر. ثم اسأل نفسك: هل هناك أشخاص آخرون، من مصادر أو متطوعين أو أفراد من العائلة، سيصل إليهم الخطر لو سقط حسابي؟ إن كان الجواب نعم، فارفع أولوية هذا الخطر. بعد ذلك جرّب الاختبار القصير لتثبيت الفكرة.</p>",
           "<p>Go back to the grid you drew in the previous lesson. Next to each risk, write which of the five kinds of adversary it comes from and one measure that reduces its likelihood or impact. Then ask yourself: are there other people, sources, volunteers or family members, who would be exposed if my account fell? If the answer is yes, raise that risk’s priority. Then try the short quiz to fix the idea.</p>"),
        _quiz("safety-m1-practice"),
    ],
}


# ---------------------------------------------------------------------------
# Module 2 — Passwords, password managers, two-factor authentication
# ---------------------------------------------------------------------------

LESSON_2_1 = {
    "slug": "passwords-and-managers",
    "title": T("كلمات مرور فريدة، ومدير يتذكرها عنك", "Unique passwords, and a manager that remembers them for you"),
    "summary": T("لماذا التكرار أخطر من البساطة، وكيف يحل مدير كلمات المرور المشكلة، وما الخصائص التي تبحث عنها فيه.",
                 "Why reuse is more dangerous than simplicity, how a password manager solves the problem, and which properties to look for in one."),
    "minutes": 14,
    "exercise_minutes": 10,
    "completion": "manual",
    "body": [
        _h("المشكلة ليست في قوة كلمة المرور وحدها", "The problem is not only password strength"),
        _p("<p>تعلّمنا طويلًا أن كلمة المرور الجيدة «معقدة»: حرف كبير ورقم ورمز. لكن الخطر الأكبر اليوم هو <b>التكرار</b>. حين تتسرب قاعدة بيانات موقع ما، وهذا يحدث باستمرار، تُجرَّب كلمات المرور المسربة آليًا على خدمات البريد والمنصات والبنوك، في ما يُعرف بهجمات «حشو بيانات الدخول». إذا استخدمت الكلمة نفسها في مكانين، فقد صار أمان حسابك المهم بيد أضعف موقع سجّلت فيه.</p>"
           "<p>لذلك القاعدة الأولى: <b>كلمة مرور مختلفة لكل حساب</b>. والقاعدة الثانية: <b>الطول أهم من الرموز الغريبة</b>. عبارة مرور من خمس أو ست كلمات عشوائية لا رابط بينها، مثل «نافذة برتقال سحابة دراجة ملعقة»، أسهل في التذكر وأصعب في التخمين من «Sara@2024».</p>",
           "<p>We were taught for years that a good password is “complex”: a capital letter, a number and a symbol. But the biggest danger today is <b>reuse</b>. When a website’s database leaks, which happens all the time, the leaked passwords are tried automatically on email services, platforms and banks, in what are called “credential stuffing” attacks. If you use the same password in two places, the security of your important account now depends on the weakest site you ever signed up to.</p>"
           "<p>So the first rule: <b>a different password for every account</b>. And the second: <b>length matters more than odd symbols</b>. A passphrase of five or six random, unrelated words, such as “window orange cloud bicycle spoon”, is easier to remember and harder to guess than “Sara@2024”.</p>"),
        _callout("warning", "أنماط يجربها المهاجمون أولًا", "Patterns attackers try first",
                 "<ul><li>اسمك أو اسم أحد أبنائك مع سنة الميلاد.</li><li>اسم المؤسسة مع رقم، مثل «Mawared2025!».</li><li>الكلمة نفسها مع تغيير بسيط بين المواقع، كإضافة اسم الموقع في آخرها.</li><li>عبارات شائعة أو أبيات شعر مشهورة.</li></ul><p>أدوات التخمين مبنية على هذه الحيل تحديدًا، فهي لا تخدع إلا صاحبها.</p>",
                 "<ul><li>Your name or your child’s name with a birth year.</li><li>The organisation’s name with a number, such as “Mawared2025!”.</li><li>The same word with a small change per site, such as adding the site’s name at the end.</li><li>Common phrases or famous lines of poetry.</li></ul><p>Guessing tools are built around exactly these tricks, so they only fool the person who uses them.</p>"),
        _h("مدير كلمات المرور", "The password manager"),
        _term("password-manager"),
        _p("<p>لا أحد يستطيع تذكّر خمسين كلمة مرور فريدة. هنا يأتي دور <b>مدير كلمات المرور</b>: خزنة مشفرة تحفظ كلماتك وتولّد كلمات عشوائية طويلة، ولا تحتاج أنت إلا إلى تذكّر عبارة مرور رئيسية واحدة قوية. وله ميزة أمنية قلّما يُنتبه إليها: المدير الجيد يقترح كلمة المرور فقط على النطاق الصحيح، فإذا فتحت صفحة على نطاق مشابه ولم يقترح المدير كلمتك، فهذه علامة تحذير من صفحة مزيفة.</p>",
           "<p>Nobody can remember fifty unique passwords. This is where a <b>password manager</b> comes in: an encrypted vault that stores your passwords and generates long random ones, so you only need to remember one strong master passphrase. It also has a security benefit people rarely notice: a good manager offers your password only on the correct domain, so if you open a page on a look-alike domain and the manager does not offer your password, that is a warning sign of a fake page.</p>"),
        _checklist("ما الذي تبحث عنه في مدير كلمات المرور؟", "What to look for in a password manager", [
            ("تشفير الخزنة على جهازك قبل أي مزامنة، بحيث لا يستطيع مزوّد الخدمة قراءتها.",
             "The vault is encrypted on your device before any syncing, so the provider cannot read it."),
            ("تدقيق أمني مستقل منشور، ويفضَّل أن تكون الشيفرة مفتوحة المصدر.",
             "A published independent security audit; open-source code is a plus."),
            ("دعم التحقق بخطوتين لحماية الخزنة نفسها.",
             "Support for two-factor authentication to protect the vault itself."),
            ("مطوّر له سجل واضح في إصلاح الثغرات والإفصاح عنها.",
             "A developer with a clear record of fixing and disclosing vulnerabilities."),
            ("إمكانية تصدير بياناتك إذا أردت الانتقال إلى أداة أخرى.",
             "The ability to export your data if you want to move to another tool."),
            ("مولّد كلمات مرور وتنبيه عند تكرار كلمة أو ظهورها في تسريب.",
             "A password generator and alerts for reused or leaked passwords."),
        ]),
        _p("<p><b>العبارة الرئيسية</b> هي الكلمة الوحيدة التي يجب أن تحفظها في رأسك: اجعلها عبارة طويلة من كلمات عشوائية لم تستخدمها في أي مكان آخر، ولا تكتبها في الهاتف. وإذا كان فريقك يتشارك حسابات المؤسسة، فلا ترسلوا كلماتها في المحادثات أو جداول البيانات؛ معظم مديري كلمات المرور يتيحون خزنة مشتركة للفريق، ويمكن سحب صلاحية من يغادر المؤسسة دون تغيير كل شيء.</p>",
           "<p>The <b>master passphrase</b> is the only password you must keep in your head: make it a long phrase of random words you have never used anywhere else, and don’t write it in your phone. If your team shares organisation accounts, don’t send their passwords in chats or spreadsheets; most password managers offer a shared team vault, and access can be withdrawn from someone who leaves without changing everything.</p>"),
        _callout("tip", "وماذا عن المدير المدمج في المتصفح؟", "What about the browser’s built-in manager?",
                 "<p>المدير المدمج في المتصفح أو في نظام الهاتف أفضل بكثير من تكرار كلمة واحدة أو كتابتها في ملف غير محمي. إن كان هذا ما تستطيع البدء به اليوم فابدأ به، على أن تحمي حساب المتصفح أو الهاتف نفسه بتحقق بخطوتين وقفل شاشة قوي.</p>",
                 "<p>The manager built into your browser or phone system is far better than reusing one password or writing passwords in an unprotected file. If that is what you can start with today, start with it, as long as you protect the browser or phone account itself with two-factor authentication and a strong screen lock.</p>"),
        _h("تمرين: جرد الحسابات المهمة", "Exercise: an inventory of important accounts"),
        _p("<p>اكتب قائمة بأهم عشرة حسابات لديك: البريد الرئيسي (فهو مفتاح استعادة كل شيء آخر)، وحسابات المنصات، والتطبيق المصرفي، والتخزين السحابي، وحسابات المؤسسة. ضع علامة بجانب كل حساب يشترك في كلمة المرور مع حساب آخر. ابدأ بتغيير كلمة مرور البريد الرئيسي، ثم الحسابات التي تدير صفحات مؤسستك. <b>للتأمل:</b> لو تسربت كلمة المرور التي تكررها أكثر من غيرها، كم حسابًا سيسقط معها؟</p>",
           "<p>List your ten most important accounts: your main email (the key to recovering everything else), platform accounts, banking app, cloud storage and organisation accounts. Mark every account that shares a password with another. Start by changing the main email password, then the accounts that run your organisation’s pages. <b>To reflect on:</b> if your most-reused password leaked, how many accounts would fall with it?</p>"),
    ],
}

LESSON_2_2 = {
    "slug": "two-factor-authentication",
    "title": T("التحقق بخطوتين، ولماذا الرسائل النصية أضعف خياراته", "Two-factor authentication, and why SMS is the weakest option"),
    "summary": T("أنواع الخطوة الثانية من الأضعف إلى الأقوى، ورموز الاسترداد، والقاعدة الذهبية: لا تعطِ رمزك لأحد.",
                 "Kinds of second factor from weakest to strongest, recovery codes, and the golden rule: never give your code to anyone."),
    "minutes": 21,
    "exercise_minutes": 10,
    "completion": "manual",
    "body": [
        _h("قفل ثانٍ على الباب", "A second lock on the door"),
        _p("<p>حتى أقوى كلمة مرور قد تُسرق عبر صفحة تصيّد أو برنامج خبيث. <b>التحقق بخطوتين</b> يضيف شرطًا ثانيًا للدخول: شيئًا تملكه، كالهاتف أو مفتاح الأمان، إلى جانب شيء تعرفه وهو كلمة المرور. فإذا حصل المهاجم على كلمتك وحدها، يبقى الباب مغلقًا.</p>",
           "<p>Even the strongest password can be stolen through a phishing page or malware. <b>Two-factor authentication</b> adds a second condition for signing in: something you have, such as a phone or a security key, alongside something you know, your password. If an attacker gets only your password, the door stays shut.</p>"),
        _term("two-factor-authentication"),
        _h("ليست كل الخطوات الثانية متساوية", "Not all second factors are equal"),
        _p("<ol>"
           "<li><b>الرسائل النصية (SMS):</b> أفضل من لا شيء، لكنها الأضعف. يستطيع المهاجم إقناع موظف في شركة الاتصالات بنقل رقمك إلى شريحة جديدة، أو اعتراض الرسائل عبر ثغرات في شبكات الاتصالات، ومن يستطيع الوصول إلى مزوّد الاتصالات يستطيع قراءتها. كما يمكن خداعك لكتابة الرمز في صفحة مزيفة.</li>"
           "<li><b>إشعارات الموافقة في التطبيق:</b> أقوى من الرسائل ومريحة، لكن احذر «إغراق الإشعارات»: يرسل المهاجم طلبات متكررة حتى توافق مللًا أو خطأً. لا توافق أبدًا على طلب دخول لم تبدأه أنت.</li>"
           "<li><b>تطبيقات المصادقة:</b> تولّد على هاتفك رمزًا من ست خانات يتغير كل ثلاثين ثانية. لا تمر بشبكة الاتصالات ولا يمكن إغراقها بالطلبات، لكن صفحة تصيّد متقنة قد تطلب منك الرمز وتستخدمه فورًا.</li>"
           "<li><b>مفاتيح الأمان ومفاتيح المرور:</b> الأقوى. المفتاح يتحقق بنفسه من عنوان الموقع، فلا يعمل على صفحة مزيفة حتى لو انخدعت أنت. مناسبة جدًا لمن يواجه هجمات موجّهة.</li>"
           "</ol>",
           "<ol>"
           "<li><b>Text messages (SMS):</b> better than nothing, but the weakest. An attacker can talk a telecom employee into moving your number to a new SIM card, or intercept messages through weaknesses in telecom networks, and anyone with access to the telecom provider can read them. You can also be tricked into typing the code into a fake page.</li>"
           "<li><b>In-app approval prompts:</b> stronger than SMS and convenient, but beware “prompt bombing”: the attacker sends request after request until you approve out of fatigue or by mistake. Never approve a sign-in you did not start.</li>"
           "<li><b>Authenticator apps:</b> generate a six-digit code on your phone that changes every thirty seconds. They avoid the phone network and cannot be flooded with requests, but a well-made phishing page can still ask for the code and use it immediately.</li>"
           "<li><b>Security keys and passkeys:</b> the strongest. The key checks the website’s address itself, so it will not work on a fake page even if you are fooled. Highly suitable for anyone facing targeted attacks.</li>"
           "</ol>"),
        {"type": "image", "value": {
            "file": "2fa-strength-ladder.svg",
            "alt": T("سلّم من خمس درجات يصعد من الأضعف إلى الأقوى: كلمة مرور فقط، ثم رمز برسالة نصية، ثم إشعار موافقة، ثم تطبيق مصادقة، ثم مفتاح أمان أو مفتاح مرور.",
                     "A five-step ladder rising from weakest to strongest: password only, then SMS code, then approval prompt, then authenticator app, then security key or passkey."),
            "caption": T("كل درجة أعلى تغلق بابًا إضافيًا أمام المهاجم؛ المهم أن تصعد درجة واحدة على الأقل اليوم.",
                         "Each higher step closes another door to the attacker; what matters is climbing at least one step today."),
        }},
        _term("sim-swap"),
        _callout("warning", "تطبيق المصادقة لا يحمي رقمك في تطبيقات المراسلة", "An authenticator app does not protect your number in messaging apps",
                 "<p>تطبيق المصادقة يحمي البريد والمنصات التي فعّلته فيها، لكنه لا يمنع من استولى على رقمك، بتبديل الشريحة أو برمز أرسلته له، من تسجيل واتساب أو تيليغرام أو سيغنال برقمك على هاتفه؛ فهذه التطبيقات تسجّل الحساب برمز يصل إلى الرقم نفسه. الذي يوقفه هو قفل التسجيل في كل تطبيق: رمز التحقق بخطوتين في واتساب، وكلمة مرور السحابة في تيليغرام، وقفل التسجيل في سيغنال. نشرح ضبطها في الوحدة الرابعة.</p>",
                 "<p>An authenticator app protects the email and platforms where you turned it on, but it does not stop someone who has taken over your number, through a SIM swap or a code you sent them, from registering WhatsApp, Telegram or Signal with your number on their phone: these apps register an account with a code sent to that same number. What stops it is each app’s registration lock: WhatsApp’s two-step verification PIN, Telegram’s cloud password and Signal’s registration lock. Module 4 shows how to set them.</p>",
                 fr=("Une application d’authentification ne protège pas votre numéro dans les messageries",
                     "<p>Une application d’authentification protège la messagerie électronique et les plateformes où vous l’avez activée, mais elle n’empêche pas quelqu’un qui s’est emparé de votre numéro, par un échange de carte SIM ou grâce à un code que vous lui avez envoyé, d’enregistrer WhatsApp, Telegram ou Signal avec votre numéro sur son téléphone : ces applications enregistrent un compte avec un code envoyé à ce même numéro. Ce qui l’en empêche, c’est le verrou d’enregistrement de chaque application : le code PIN de vérification en deux étapes de WhatsApp, le mot de passe cloud de Telegram et le verrouillage de l’enregistrement de Signal. Le module 4 explique comment les régler.</p>")),
        _callout("warning", "رموز الاسترداد جزء من الخطة", "Recovery codes are part of the plan",
                 "<p>عند تفعيل التحقق بخطوتين تعطيك المنصة رموز استرداد احتياطية. اطبعها أو احفظها في مدير كلمات المرور، وليس في البريد نفسه الذي تحميه. من دونها قد تفقد حسابك إذا ضاع هاتفك، ومعها يستطيع أي شخص يجدها الدخول، فاحفظها كما تحفظ جواز سفرك.</p>",
                 "<p>When you turn on two-factor authentication, the platform gives you backup recovery codes. Print them or store them in your password manager, not in the same email account they protect. Without them you may lose the account if your phone is lost; with them, anyone who finds them can get in, so keep them as you would your passport.</p>"),
        _callout("example", "لماذا احتاجت هدى إلى مفتاح أمان؟", "Why did Huda need a security key?",
                 "<p>هدى تدير صفحة منظمة حقوقية خيالية يتابعها مئة ألف شخص. تلقت خلال شهر ثلاث رسائل تصيّد متقنة باسم المنصة، إحداها على نطاق يختلف عن الأصلي بحرف واحد. بعد أن أضافت مفتاح أمان إلى البريد وحساب الصفحة، لم يعد خطأ واحد منها كافيًا لسرقة الحساب مهما كانت الرسالة مقنعة، لأن المفتاح يرفض العمل على النطاق المزيف.</p>",
                 "<p>Huda runs the page of a fictitious human-rights organisation with a hundred thousand followers. In one month she received three polished phishing messages in the platform’s name, one on a domain that differed from the real one by a single letter. After she added a security key to her email and the page’s account, one mistake was no longer enough to steal the account, however convincing the message, because the key refuses to work on the fake domain.</p>"),
        _p("<p><b>قاعدة ذهبية:</b> لا يطلب منك أي فريق دعم حقيقي رمز التحقق. الرمز لك وحدك، ومن يطلبه منك، مهما كانت صفته، يحاول الدخول إلى حسابك.</p>",
           "<p><b>Golden rule:</b> no genuine support team will ever ask for your verification code. The code is for you alone, and whoever asks you for it, whatever their title, is trying to get into your account.</p>"),
        _p("<p>وتنتشر اليوم <b>مفاتيح المرور</b> التي تحل محل كلمة المرور نفسها: يحفظها هاتفك أو مدير كلمات المرور، وتفتحها ببصمتك أو رمز القفل، وهي مثل مفاتيح الأمان لا تعمل إلا على النطاق الصحيح. إن عرضتها عليك منصة تثق بها، فهي خيار جيد.</p>"
           "<p><b>تنبيه:</b> ما يُفتح بالبصمة أو بالوجه يمكن أن يُفتح بإصبعك أو وجهك رغمًا عنك عند الاحتجاز أو في نقطة تفتيش. إن كان ذلك واردًا في نموذج تهديدك، فافتح هاتفك ومفاتيح المرور برمز القفل، وأطفئ الفتح بالبصمة والوجه قبل المواقف الخطرة.</p>",
           "<p><b>Passkeys</b>, which replace the password itself, are spreading: your phone or password manager stores them, you unlock them with your fingerprint or lock code, and, like security keys, they only work on the correct domain. If a platform you trust offers them, they are a good choice.</p>"
           "<p><b>Caution:</b> whatever opens with your fingerprint or face can be opened with your finger or face against your will in detention or at a checkpoint. If that is possible in your threat model, unlock your phone and passkeys with the lock code, and turn off fingerprint and face unlock before risky situations.</p>",
           "<p>Les <b>clés d’accès</b> (passkeys), qui remplacent le mot de passe lui-même, se répandent : votre téléphone ou votre gestionnaire de mots de passe les conserve, vous les déverrouillez avec votre empreinte ou votre code, et, comme les clés de sécurité, elles ne fonctionnent que sur le bon domaine. Si une plateforme de confiance vous les propose, c’est un bon choix.</p>"
           "<p><b>Attention :</b> ce qui s’ouvre par l’empreinte ou le visage peut être ouvert avec votre doigt ou votre visage contre votre gré, en détention ou à un poste de contrôle. Si c’est possible dans votre modèle de menace, déverrouillez téléphone et clés d’accès avec le code, et désactivez le déverrouillage par empreinte et par visage avant les situations à risque.</p>"),
        _h("تمرين: ارتقِ درجة واحدة", "Exercise: climb one step"),
        _p("<p>افتح إعدادات الأمان في بريدك الرئيسي وفي حساب منصة واحدة تستخدمها للعمل. ما نوع التحقق بخطوتين المفعّل؟ إن لم يكن مفعّلًا ففعّله الآن بتطبيق مصادقة. وإن كان بالرسائل النصية، فأضف تطبيق مصادقة أو مفتاح أمان، ثم ألغِ الرسائل النصية إن سمحت المنصة بذلك. احفظ رموز الاسترداد قبل إغلاق الصفحة.</p>",
           "<p>Open the security settings of your main email and of one platform account you use for work. Which kind of two-factor authentication is on? If none, turn it on now with an authenticator app. If it uses SMS, add an authenticator app or a security key, then remove SMS if the platform allows it. Save the recovery codes before you close the page.</p>"),
        _quiz("safety-m2-practice"),
    ],
}


# ---------------------------------------------------------------------------
# Module 3 — Phishing and social engineering
# ---------------------------------------------------------------------------

LESSON_3_1 = {
    "slug": "anatomy-of-phishing",
    "title": T("تشريح رسالة تصيّد احتيالي", "Anatomy of a phishing message"),
    "summary": T("خمس علامات تكشف التصيّد، أهمها نطاق المرسل لا اسمه الظاهر، وحالة صحفية سُرق حسابها برسالة «توثيق» مزيفة.",
                 "Five signs that expose phishing, above all the sender’s domain rather than the display name, and the case of a journalist whose account was stolen by a fake “verification” message."),
    "minutes": 12,
    "exercise_minutes": 8,
    "completion": "manual",
    "body": [
        _h("الهجوم يستهدفك أنت لا جهازك", "The attack targets you, not your device"),
        _p("<p><b>التصيّد الاحتيالي</b> رسالة تنتحل صفة جهة تثق بها، منصة أو بنك أو زميل، لتدفعك إلى فتح رابط أو إدخال كلمة مرور أو تحميل ملف. لا يحتاج المهاجم إلى ثغرة تقنية؛ يكفيه أن تثق بالاسم الظاهر وأن تتصرف بسرعة. لهذا تتكرر في رسائل التصيّد وصفة ثابتة: جهة مألوفة، وأمر عاجل، ووسيلة سهلة للاستجابة.</p>",
           "<p><b>Phishing</b> is a message that impersonates someone you trust, a platform, a bank or a colleague, to push you into opening a link, entering a password or downloading a file. The attacker needs no technical flaw; it is enough that you trust the display name and act quickly. That is why phishing messages repeat one recipe: a familiar sender, an urgent matter and an easy way to respond.</p>"),
        _term("phishing"),
        _h("أين تنظر؟ العلامات الخمس", "Where to look: the five signs"),
        _p("<ol>"
           "<li><b>نطاق المرسل لا اسمه الظاهر:</b> أي شخص يستطيع أن يكتب «فريق أمان منصة تواصل» في خانة الاسم. انظر إلى ما بعد علامة @: العنوان no-reply@accounts.socialnet.example يختلف عن security@soc1al-help.example، حيث استُبدل الحرف i بالرقم 1 وأضيفت كلمة help.</li>"
           "<li><b>الرابط الحقيقي:</b> على الحاسوب مرّر المؤشر فوق الرابط دون نقر، وعلى الهاتف اضغط مطولًا لرؤية العنوان. واقرأ النطاق من نهايته: في العنوان socialnet.example.login-check.example النطاق الحقيقي هو login-check.example لا socialnet.example.</li>"
           "<li><b>الاستعجال والتهديد:</b> «سيُعطَّل حسابك خلال 24 ساعة»، «آخر فرصة للحصول على علامة التوثيق». الضغط الزمني هدفه منعك من التفكير.</li>"
           "<li><b>طلب ما لا يُطلب عادة:</b> كلمة المرور، أو رمز التحقق، أو صورة بطاقة الهوية عبر رابط، أو تحويل مالي عاجل.</li>"
           "<li><b>مرفقات غير متوقعة:</b> ملف مضغوط، أو مستند يطلب «تمكين المحتوى»، أو تطبيق للتحميل من خارج المتجر الرسمي.</li>"
           "</ol>",
           "<ol>"
           "<li><b>The sender’s domain, not the display name:</b> anyone can type “SocialNet Security Team” into the name field. Look at what comes after the @: no-reply@accounts.socialnet.example is not the same as security@soc1al-help.example, where the letter i was replaced by the digit 1 and the word help was added.</li>"
           "<li><b>The real link:</b> on a computer, hover over the link without clicking; on a phone, long-press to see the address. Read the domain from the end: in socialnet.example.login-check.example the real domain is login-check.example, not socialnet.example.</li>"
           "<li><b>Urgency and threats:</b> “Your account will be disabled within 24 hours”, “Last chance to get your verification badge”. Time pressure is meant to stop you thinking.</li>"
           "<li><b>Asking for what is not normally asked:</b> your password, a verification code, a photo of your ID through a link, or an urgent money transfer.</li>"
           "<li><b>Unexpected attachments:</b> a zip file, a document asking you to “enable content”, or an app to install from outside the official store.</li>"
           "</ol>"),
        _callout("tip", "الطريق الأسلم: لا تستخدم الرابط أصلًا", "The safest route: don’t use the link at all",
                 "<p>إذا وصلتك رسالة عن مشكلة في حسابك، فلا تنقر على الرابط ولو بدا سليمًا. افتح التطبيق أو اكتب عنوان الموقع الذي تعرفه بنفسك، وتحقق من الإشعارات هناك. إذا كانت المشكلة حقيقية فستجدها في حسابك.</p>",
                 "<p>If you receive a message about a problem with your account, don’t click the link even if it looks fine. Open the app or type the address you already know yourself, and check the notifications there. If the problem is real, you will find it in your account.</p>"),
        {"type": "case_study", "value": {
            "claim": T("«تهانينا! حسابك مؤهل لعلامة التوثيق. أكمل التحقق خلال 24 ساعة»",
                       "“Congratulations! Your account is eligible for the verification badge. Complete verification within 24 hours.”"),
            "context": T("<p>تلقت مريم، وهي صحفية استقصائية يتابعها خمسون ألف شخص على منصة «تواصل»، رسالة خاصة من حساب اسمه «فريق التوثيق - تواصل» وصورته مطابقة لشعار المنصة. قالت الرسالة إن حسابها مؤهل للتوثيق، وإن عليها «تأكيد الهوية» عبر العنوان socialnet-verify.example/badge قبل انتهاء المهلة. فتحت مريم الرابط من هاتفها، فظهرت صفحة دخول مطابقة للأصل، فأدخلت كلمة المرور ثم رمز التحقق الذي وصلها برسالة نصية. بعد دقائق تغيّر بريد الاستعادة، وبدأ الحساب ينشر روابط احتيال مالي باسمها، وراسل المهاجمون مصادرها يطلبون «وثائق إضافية».</p>",
                         "<p>Maryam, an investigative journalist with fifty thousand followers on the SocialNet platform, received a direct message from an account called “Verification Team - SocialNet” whose picture matched the platform’s logo. It said her account was eligible for verification and that she had to “confirm her identity” at socialnet-verify.example/badge before the deadline. Maryam opened the link on her phone, saw a login page identical to the real one, and entered her password and then the verification code she received by SMS. Minutes later the recovery email had changed, the account began posting financial-scam links in her name, and the attackers messaged her sources asking for “additional documents”.</p>"),
            "verdict": "false",
            "explanation": T("<p>الادعاء كاذب والرسالة تصيّد. العلامات: المنصات لا تمنح التوثيق عبر رسائل خاصة من حسابات عادية؛ والنطاق socialnet-verify.example ليس نطاق المنصة؛ والمهلة القصيرة صُممت لمنع التفكير. ولاحظ أن الرسائل النصية لم تحمِها لأن صفحة التصيّد طلبت الرمز واستخدمته فورًا، بينما كان مفتاح الأمان سيرفض العمل على النطاق المزيف. استعادت مريم حسابها بعد يومين باتباع خطة الاستجابة التي سندرسها في الوحدة الرابعة، وحذّرت مصادرها عبر قناة أخرى.</p>",
                             "<p>The claim is false and the message is phishing. The clues: platforms do not grant verification through direct messages from ordinary accounts; socialnet-verify.example is not the platform’s domain; and the short deadline was designed to stop her thinking. Note that SMS codes did not protect her, because the phishing page asked for the code and used it at once, whereas a security key would have refused to work on the fake domain. Maryam recovered her account two days later by following the response plan we study in Module 4, and warned her sources through another channel.</p>"),
            "sources": [T("حالة خيالية لأغراض التدريب، مبنية على نمط منتشر لرسائل «التوثيق» المزيفة.",
                          "A fictitious training case based on a widespread pattern of fake “verification” messages.")],
        }},
        _h("تمرين: افحص صندوق بريدك", "Exercise: inspect your inbox"),
        _p("<p>ابحث في بريدك أو في مجلد الرسائل غير المرغوب فيها عن رسالة تدّعي أنها من بنك أو منصة. دوّن أربعة أشياء: ما نطاق المرسل؟ إلى أين يشير الرابط فعلًا؟ هل في الرسالة مهلة أو تهديد؟ وما الذي تطلبه منك؟ لا تنقر على أي رابط أثناء التمرين، واكتفِ بالقراءة. ثم قارن برسالة سليمة من الجهة نفسها: ما الذي يختلف؟</p>",
           "<p>Look in your inbox or spam folder for a message claiming to be from a bank or a platform. Write down four things: what is the sender’s domain? Where does the link really point? Is there a deadline or a threat? What is it asking you to do? Don’t click any link during the exercise; just read. Then compare it with a genuine message from the same organisation: what is different?</p>"),
    ],
}

LESSON_3_2 = {
    "slug": "social-engineering",
    "title": T("الهندسة الاجتماعية: حين ينتحل المهاجم صفة زميل", "Social engineering: when the attacker poses as a colleague"),
    "summary": T("التصيّد الموجّه عبر المحادثات والهاتف، وكيف تتحقق عبر قناة ثانية دون أن تُحرج أحدًا.",
                 "Targeted phishing through chats and phone calls, and how to verify through a second channel without embarrassing anyone."),
    "minutes": 19,
    "exercise_minutes": 10,
    "completion": "manual",
    "body": [
        _h("التصيّد الموجَّه", "Targeted phishing"),
        _p("<p>الرسائل الجماعية سهلة الكشف نسبيًا. الأخطر هو <b>التصيّد الموجَّه</b>: رسالة كُتبت لك أنت، تذكر اسم مشروعك أو زميلك أو مؤتمرًا حضرته، لأن المهاجم جمع هذه المعلومات من حساباتك العامة. والأوسع منه <b>الهندسة الاجتماعية</b>: أي خداع يستغل الثقة أو الخوف أو الرغبة في المساعدة، عبر البريد أو تطبيقات المحادثة أو الهاتف أو حتى وجهًا لوجه.</p>",
           "<p>Mass messages are relatively easy to spot. More dangerous is <b>spear phishing</b>: a message written for you, mentioning your project, your colleague or a conference you attended, because the attacker gathered this information from your public accounts. Broader still is <b>social engineering</b>: any deception that exploits trust, fear or the wish to help, by email, chat apps, phone or even face to face.</p>"),
        _term("social-engineering"),
        _h("سيناريوهات شائعة في منطقتنا", "Common scenarios in our region"),
        _p("<ul>"
           "<li><b>«الزميل» برقم جديد:</b> «مرحبًا، هذا رقمي الجديد، ضاع هاتفي. أرسل لي ملف المقابلات بسرعة، المحرر ينتظر».</li>"
           "<li><b>«الجهة المانحة» أو «منظم المؤتمر»:</b> دعوة إلى ورشة إقليمية مع نموذج تسجيل يطلب الدخول بحساب بريدك، أو ملف «برنامج الورشة» مضغوطًا.</li>"
           "<li><b>«الدعم الفني» بالهاتف:</b> اتصال من شخص يعرف اسمك ويقول إن حسابك مستهدف، ثم يطلب الرمز الذي «سيصلك الآن» لتأمينه.</li>"
           "<li><b>«البنك»:</b> رسالة نصية عن عملية مشبوهة مع رقم للاتصال أو رابط «لإلغاء العملية».</li>"
           "<li><b>عرض العمل أو المنحة:</b> فرصة مغرية تتطلب تحميل تطبيق خاص لإجراء المقابلة.</li>"
           "</ul>",
           "<ul>"
           "<li><b>The “colleague” with a new number:</b> “Hi, this is my new number, I lost my phone. Send me the interviews file quickly, the editor is waiting.”</li>"
           "<li><b>The “donor” or “conference organiser”:</b> an invitation to a regional workshop with a registration form that asks you to sign in with your email account, or a zipped “workshop agenda”.</li>"
           "<li><b>“Technical support” by phone:</b> a caller who knows your name says your account is being targeted, then asks for the code “you are about to receive” to secure it.</li>"
           "<li><b>The “bank”:</b> a text message about a suspicious transaction with a number to call or a link “to cancel the transaction”.</li>"
           "<li><b>The job or grant offer:</b> a tempting opportunity that requires installing a special app for the interview.</li>"
           "</ul>"),
        _callout("example", "كيف تتحقق دون أن تُحرج أحدًا؟", "How to verify without embarrassing anyone",
                 "<p>إذا وصلك طلب غير معتاد من زميل، فاتصل به على الرقم الذي تعرفه مسبقًا أو اسأله في قناة أخرى: «وصلتني رسالة منك من رقم جديد، هل هذا أنت؟». ويمكن أن يتفق الفريق على سؤال تحقق أو كلمة سر للطوارئ. الزميل الحقيقي سيشكرك، والمهاجم سيختفي.</p>",
                 "<p>If a colleague sends an unusual request, call them on the number you already know, or ask in another channel: “I got a message from you from a new number, is this you?” A team can also agree on a check question or an emergency password. A real colleague will thank you; an attacker will disappear.</p>"),
        {"type": "case_study", "value": {
            "claim": T("«دعوة خاصة: ورشة إقليمية ممولة بالكامل للصحفيين المستقلين، سجّل خلال يومين»",
                       "“Special invitation: a fully funded regional workshop for independent journalists. Register within two days.”"),
            "context": T("<p>وصلت يوسف، وهو صحفي مستقل يغطي قضايا العمال، رسالة من «مؤسسة النور للإعلام» الخيالية تذكر اسمه وآخر تحقيق نشره واسم زميلة حضرت معه مؤتمرًا في العام الماضي. طلبت الرسالة التسجيل عبر نموذج على النطاق nour-media-grants.example يبدأ بزر «الدخول بحساب بريدك»، وأرفقت ملفًا مضغوطًا باسم «برنامج الورشة». لاحظ يوسف أن الموقع الذي يعرفه للمؤسسة ينتهي بـ nourmedia.example، فاتصل بالزميلة المذكورة، فأكدت أنها لم تسمع بأي ورشة.</p>",
                         "<p>Youssef, a freelance journalist who covers labour issues, received a message from the fictitious “Al-Nour Media Foundation” mentioning his name, his latest investigation and a colleague who attended a conference with him last year. It asked him to register through a form on nour-media-grants.example that opened with a “Sign in with your email” button, and attached a zip file called “Workshop agenda”. Youssef noticed that the foundation’s website he knew ends in nourmedia.example, so he called the colleague mentioned, who confirmed she had heard of no workshop.</p>"),
            "verdict": "false",
            "explanation": T("<p>الدعوة مزيفة، وهي تصيّد موجَّه. التفاصيل الشخصية جُمعت من حسابات يوسف العامة لتكسب ثقته، أما العلامات الكاشفة فهي النطاق المختلف عن نطاق المؤسسة المعروف، وطلب الدخول بحساب البريد في نموذج تسجيل، والملف المضغوط، والمهلة القصيرة. التحقق عبر قناة ثانية، مكالمة لزميلة يعرفها، حسم الأمر في دقيقتين.</p>",
                             "<p>The invitation is fake: it is spear phishing. The personal details were gathered from Youssef’s public accounts to win his trust; the giveaways are the domain that differs from the foundation’s known one, a registration form asking him to sign in with his email account, the zip file and the short deadline. Checking through a second channel, a call to a colleague he knew, settled it in two minutes.</p>"),
            "sources": [T("حالة خيالية لأغراض التدريب؛ المؤسسة والنطاقات والأشخاص غير حقيقيين.",
                          "A fictitious training case; the foundation, domains and people are not real.")],
        }},
        _checklist("قبل أن تستجيب لأي طلب", "Before you respond to any request", [
            ("من أين جاء الطلب؟ هل القناة والرقم والنطاق هي التي أعرفها؟",
             "Where did the request come from? Are the channel, number and domain the ones I know?"),
            ("هل هذا الطلب معتاد من هذا الشخص أو هذه الجهة؟",
             "Is this request normal for this person or organisation?"),
            ("هل فيه استعجال أو سرية غير مبررة، مثل «لا تخبر أحدًا»؟",
             "Is there unjustified urgency or secrecy, such as “don’t tell anyone”?"),
            ("هل يُطلب مني رمز أو كلمة مرور أو مال أو ملفات حساسة؟",
             "Am I being asked for a code, a password, money or sensitive files?"),
            ("هل تحققت عبر قناة ثانية أعرفها مسبقًا؟",
             "Have I checked through a second channel I already know?"),
        ]),
        _callout("warning", "قلّل ما يعرفه المهاجم عنك", "Reduce what the attacker knows about you",
                 "<p>كل معلومة عامة تجعل الرسالة الموجّهة أكثر إقناعًا: أسماء زملائك، ومواعيد سفرك، والجهات الممولة لمشروعك. راجع ما تنشره على حساباتك العامة واسأل: هل يحتاج الجمهور إلى معرفة هذا الآن؟</p>",
                 "<p>Every public detail makes a targeted message more convincing: your colleagues’ names, your travel dates, your project’s funders. Review what you post on public accounts and ask: does the public need to know this right now?</p>"),
        _h("تمرين: بروتوكول فريقك", "Exercise: your team’s protocol"),
        _p("<p>اكتب مع زملائك بروتوكولًا من ثلاثة أسطر: كيف نتحقق من رقم جديد؟ عبر أي قناة نرسل الملفات الحساسة؟ ولمن نبلّغ عن رسالة مشبوهة؟ ثم حلّ الاختبار التالي: رسائل بعضها تصيّد وبعضها سليم تمامًا. تذكّر أن الهدف ليس الشك في كل شيء، فمن يرفض كل رسالة يفوّت رسائل مهمة، بل معرفة العلامة التي تفرّق بين النوعين.</p>",
           "<p>Write a three-line protocol with your colleagues: How do we verify a new number? Through which channel do we send sensitive files? Whom do we tell about a suspicious message? Then take the quiz that follows: some messages are phishing and some are perfectly genuine. Remember, the goal is not to distrust everything, because whoever rejects every message misses important ones, but to know the clue that tells the two apart.</p>"),
        _quiz("safety-m3-practice"),
    ],
}


# ---------------------------------------------------------------------------
# Module 4 — Encrypted communication, devices, and responding to a compromise
# ---------------------------------------------------------------------------

LESSON_4_1 = {
    "slug": "encryption-metadata-devices",
    "title": T("التشفير من طرف إلى طرف: ما يحميه وما لا يحميه", "End-to-end encryption: what it protects and what it doesn’t"),
    "summary": T("الفرق بين التشفير من طرف إلى طرف والتشفير أثناء النقل، وحدود التشفير: البيانات الوصفية والأجهزة والنسخ الاحتياطية.",
                 "The difference between end-to-end and in-transit encryption, and encryption’s limits: metadata, devices and backups."),
    "minutes": 22,
    "exercise_minutes": 15,
    "completion": "manual",
    "body": [
        _h("رسالة لا يفتحها إلا صاحبها", "A message only its recipient can open"),
        _p("<p>في <b>التشفير من طرف إلى طرف</b> تُشفَّر الرسالة على جهازك ولا يُفك تشفيرها إلا على جهاز المستلم. الخوادم التي تنقلها، ومزوّد الإنترنت، وحتى الشركة المشغّلة للتطبيق، لا ترى إلا نصًا مشوشًا. هذا يختلف عن «التشفير أثناء النقل» المستخدم في كثير من الخدمات، حيث تُحمى الرسالة في الطريق لكن الشركة تستطيع قراءتها على خوادمها، ومن ثم تستطيع تسليمها إذا طُلبت منها.</p>",
           "<p>With <b>end-to-end encryption</b> a message is encrypted on your device and decrypted only on the recipient’s device. The servers that carry it, your internet provider and even the company running the app see only scrambled text. This differs from the “encryption in transit” used by many services, where the message is protected on the way but the company can read it on its servers, and can therefore hand it over if asked.</p>"),
        _term("end-to-end-encryption"),
        _h("ما الذي لا يحميه التشفير؟", "What encryption does not protect"),
        _p("<ul>"
           "<li><b>البيانات الوصفية:</b> من تواصل مع من، ومتى، وكم مرة، ومن أي موقع تقريبي، وحجم الملفات. قد تبقى مرئية للشركة أو لمزوّد الاتصالات حتى لو كان المحتوى مشفرًا، وقد تكشف مصدرًا دون قراءة رسالة واحدة: مكالمة طويلة بين صحفية وموظف في وزارة ليلة نشر تحقيق تكفي لإثارة الشبهة.</li>"
           "<li><b>الأجهزة نفسها:</b> إذا فُتح هاتفك أو هاتف المستلم، أو أصابه برنامج تجسس، فالرسائل تُقرأ بعد فك تشفيرها.</li>"
           "<li><b>النسخ الاحتياطية:</b> بعض التطبيقات تحفظ نسخة من المحادثات في خدمة سحابية غير مشفرة من طرف إلى طرف، ما لم تفعّل ذلك بنفسك.</li>"
           "<li><b>المستلم:</b> يستطيع أي طرف في المحادثة تصوير الشاشة أو إعادة توجيه الرسالة.</li>"
           "<li><b>المجموعات الكبيرة:</b> كلما زاد عدد الأعضاء زاد احتمال وجود جهاز مخترق أو عضو غير أمين.</li>"
           "</ul>",
           "<ul>"
           "<li><b>Metadata:</b> who talked to whom, when, how often, from roughly where, and how big the files were. It may remain visible to the company or the telecom provider even when the content is encrypted, and it can expose a source without a single message being read: a long call between a journalist and a ministry employee on the night an investigation is published is enough to raise suspicion.</li>"
           "<li><b>The devices themselves:</b> if your phone or the recipient’s is unlocked by someone else, or infected with spyware, the messages are read after decryption.</li>"
           "<li><b>Backups:</b> some apps store a copy of your chats in a cloud service that is not end-to-end encrypted unless you switch that on yourself.</li>"
           "<li><b>The recipient:</b> anyone in the conversation can take a screenshot or forward the message.</li>"
           "<li><b>Large groups:</b> the more members, the more likely there is a compromised device or an untrustworthy member.</li>"
           "</ul>"),
        _term("metadata"),
        _checklist("ما الذي تبحث عنه في تطبيق مراسلة آمن؟", "What to look for in a secure messenger", [
            ("تشفير من طرف إلى طرف مفعّل افتراضيًا لكل المحادثات والمكالمات، لا خيارًا مخفيًا.",
             "End-to-end encryption on by default for all chats and calls, not a hidden option."),
            ("شيفرة مفتوحة المصدر وتدقيقات أمنية مستقلة منشورة.",
             "Open-source code and published independent security audits."),
            ("جمع أقل قدر ممكن من البيانات الوصفية، وسياسة واضحة بشأن ما يُحفظ.",
             "Collecting as little metadata as possible, with a clear policy on what is kept."),
            ("رسائل مختفية يمكن ضبطها لكل محادثة.",
             "Disappearing messages that can be set per conversation."),
            ("وسيلة للتحقق من هوية جهة الاتصال، مثل رقم الأمان أو الرمز المربع.",
             "A way to verify a contact’s identity, such as a safety number or QR code."),
        ]),
        _p("<p>من الأمثلة التي يوصي بها مدرّبو الأمان الرقمي على نطاق واسع تطبيق Signal، لأنه يجمع هذه الخصائص. لكن الأهم أن تفهم الخصائص نفسها، لأن التطبيقات وإعداداتها تتغير، وقد يكون تطبيق آخر يستوفيها أنسب لسياقك أو لمن تتواصل معهم.</p>",
           "<p>One example widely recommended by digital-security trainers is Signal, because it combines these properties. But what matters most is understanding the properties themselves, because apps and their settings change, and another app that meets them may suit your context or your contacts better.</p>"),
        _h("التطبيقات كما نستخدمها: واتساب وتيليغرام وسيغنال", "The apps as we use them: WhatsApp, Telegram and Signal",
           "Les applications telles qu’on les utilise : WhatsApp, Telegram et Signal"),
        _callout("warning", "أشيع طريقة لسرقة الحسابات في منطقتنا: رمز من ست خانات", "The most common account takeover in our region: a six-digit code",
                 "<p>تصلك رسالة، غالبًا من حساب صديق سُرق قبلك: «أرسلتُ إليك رمزًا من ست خانات بالخطأ، أعد توجيهه إليّ من فضلك». هذا الرمز هو رمز تسجيل واتساب برقمك. من يحصل عليه يسجّل رقمك على هاتفه، فيخرجك من حسابك، ويراسل جهات اتصالك ومجموعاتك باسمك، ويطلب منهم رموزهم بدورهم. لا ترسل رمز التسجيل أو التحقق إلى أحد، مهما كان قريبًا منك، وتحقق من صديقك بمكالمة.</p>",
                 "<p>A message arrives, often from a friend’s account that was stolen first: “I sent you a six-digit code by mistake, please forward it to me.” That code is the WhatsApp registration code for your number. Whoever gets it registers your number on their phone, locks you out, and writes to your contacts and groups in your name, asking them for their codes in turn. Never send a registration or verification code to anyone, however close, and check with your friend by phone.</p>",
                 fr=("Le piratage de compte le plus courant dans notre région : un code à six chiffres",
                     "<p>Un message arrive, souvent depuis le compte d’un ami déjà piraté : « Je t’ai envoyé un code à six chiffres par erreur, renvoie-le-moi s’il te plaît. » Ce code est le code d’enregistrement WhatsApp de votre numéro. Qui l’obtient enregistre votre numéro sur son téléphone, vous exclut de votre compte et écrit à vos contacts et à vos groupes en votre nom, en leur demandant leurs codes à leur tour. N’envoyez jamais un code d’enregistrement ou de vérification à personne, même à un proche, et vérifiez auprès de votre ami par un appel.</p>")),
        _p("<ul>"
           "<li><b>واتساب:</b> الرسائل والمكالمات مشفّرة من طرف إلى طرف افتراضيًا. فعّل <b>التحقق بخطوتين</b> (الإعدادات ← الحساب ← التحقق بخطوتين): رمز من ست خانات يُطلب عند تسجيل رقمك على أي هاتف جديد، وأضف بريدًا لاستعادته. وفعّل تشفير النسخة الاحتياطية، وتذكّر أن رقمك يظهر لكل أعضاء أي مجموعة تنضم إليها.</li>"
           "<li><b>تيليغرام:</b> <b>المحادثات العادية والمجموعات والقنوات ليست مشفّرة من طرف إلى طرف</b>؛ تُحفظ على خوادم الشركة التي تستطيع قراءتها. التشفير من طرف إلى طرف متاح فقط في «المحادثات السرية» بين شخصين، ولا يشمل المجموعات. لا تستخدم المحادثات العادية والمجموعات لما هو حساس. فعّل <b>كلمة مرور السحابة</b> (الخصوصية والأمان ← التحقق بخطوتين)، وراجع «الأجهزة» لإنهاء أي جلسة لا تعرفها، واجعل رقم هاتفك ظاهرًا لـ«لا أحد».</li>"
           "<li><b>سيغنال:</b> مشفّر من طرف إلى طرف في كل المحادثات والمجموعات، ويجمع أقل قدر من البيانات الوصفية. فعّل <b>قفل التسجيل</b> (الإعدادات ← الحساب) الذي يعتمد على رمز PIN في سيغنال، واجعل رقمك ظاهرًا لـ«لا أحد» وتواصل باسم مستخدم بدلًا من الرقم.</li>"
           "<li><b>إخفاء الرقم:</b> رقم الهاتف يربط حسابك بهويتك وبشريحة مسجّلة باسمك. حيث يسمح التطبيق، أخفِه عمّن لا يعرفك، وامنع البحث عنك بالرقم.</li>"
           "</ul>",
           "<ul>"
           "<li><b>WhatsApp:</b> messages and calls are end-to-end encrypted by default. Turn on <b>two-step verification</b> (Settings → Account → Two-step verification): a six-digit PIN asked whenever your number is registered on a new phone; add an email to reset it. Turn on encrypted backup, and remember that your number is visible to every member of any group you join.</li>"
           "<li><b>Telegram:</b> <b>ordinary chats, groups and channels are not end-to-end encrypted</b>; they are stored on the company’s servers, which can read them. End-to-end encryption exists only in one-to-one “secret chats”, never in groups. Don’t use ordinary chats and groups for anything sensitive. Turn on the <b>cloud password</b> (Privacy and Security → Two-Step Verification), check “Devices” to end any session you don’t recognise, and set your phone number to be visible to “Nobody”.</li>"
           "<li><b>Signal:</b> end-to-end encrypted in every chat and group, and collects the least metadata. Turn on <b>registration lock</b> (Settings → Account), which relies on your Signal PIN, set your number to be visible to “Nobody”, and share a username instead of your number.</li>"
           "<li><b>Hiding your number:</b> a phone number ties your account to your identity and to a SIM registered in your name. Where the app allows it, hide it from people who don’t know you, and stop others from finding you by your number.</li>"
           "</ul>",
           "<ul>"
           "<li><b>WhatsApp :</b> messages et appels sont chiffrés de bout en bout par défaut. Activez la <b>vérification en deux étapes</b> (Paramètres → Compte → Vérification en deux étapes) : un code PIN à six chiffres demandé chaque fois que votre numéro est enregistré sur un nouveau téléphone ; ajoutez une adresse e-mail pour le réinitialiser. Activez la sauvegarde chiffrée, et rappelez-vous que votre numéro est visible de tous les membres des groupes que vous rejoignez.</li>"
           "<li><b>Telegram :</b> <b>les discussions ordinaires, les groupes et les chaînes ne sont pas chiffrés de bout en bout</b> ; ils sont conservés sur les serveurs de l’entreprise, qui peut les lire. Le chiffrement de bout en bout n’existe que dans les « discussions secrètes » entre deux personnes, jamais dans les groupes. N’utilisez pas les discussions ordinaires ni les groupes pour ce qui est sensible. Activez le <b>mot de passe cloud</b> (Confidentialité et sécurité → Validation en deux étapes), vérifiez « Appareils » pour fermer toute session inconnue, et rendez votre numéro visible de « Personne ».</li>"
           "<li><b>Signal :</b> chiffré de bout en bout dans toutes les discussions et tous les groupes, et collecte le moins de métadonnées. Activez le <b>verrouillage de l’enregistrement</b> (Paramètres → Compte), qui repose sur votre code PIN Signal, rendez votre numéro visible de « Personne » et partagez un nom d’utilisateur plutôt que votre numéro.</li>"
           "<li><b>Masquer son numéro :</b> un numéro de téléphone relie votre compte à votre identité et à une carte SIM enregistrée à votre nom. Quand l’application le permet, cachez-le aux inconnus et empêchez qu’on vous trouve par votre numéro.</li>"
           "</ul>"),
        _callout("tip", "الرسائل المختفية", "Disappearing messages",
                 "<p>اضبط اختفاء الرسائل تلقائيًا بعد مدة، يوم أو أسبوع مثلًا، في المحادثات مع المصادر. هذا يقلل ما يمكن كشفه إذا صودر الهاتف أو اختُرق. لكنه لا يمنع المستلم من تصوير الشاشة، ولا يحذف ما نُسخ قبل تفعيله.</p>",
                 "<p>Set messages to disappear automatically after a period, say a day or a week, in conversations with sources. This reduces what can be exposed if the phone is confiscated or hacked. But it does not stop the recipient taking screenshots, and it does not delete what was copied before you turned it on.</p>"),
        _h("أمان الجهاز: الحلقة الأخيرة", "Device security: the last link"),
        _p("<ul>"
           "<li>ثبّت تحديثات النظام والتطبيقات فور صدورها؛ فمعظمها يسد ثغرات معروفة.</li>"
           "<li>استخدم قفل شاشة برمز طويل بدلًا من نمط بسيط أو رمز من أربعة أرقام، وتأكد أن تشفير الجهاز مفعّل؛ وهو مفعّل افتراضيًا في معظم الهواتف الحديثة متى وُضع رمز قفل.</li>"
           "<li>ثبّت التطبيقات من المتجر الرسمي فقط، وراجع أذونات الميكروفون والموقع وجهات الاتصال.</li>"
           "<li>قبل السفر أو تغطية احتجاج، فكّر في ما يجب أن يكون على الهاتف فعلًا، وانقل ما لا تحتاجه إلى مكان آمن.</li>"
           "<li><b>قبل نقطة تفتيش أو حدود أو احتجاج:</b> أطفئ الفتح بالبصمة والوجه، فقد يُضغط إصبعك على الهاتف أو يُوجَّه الهاتف إلى وجهك رغمًا عنك، ثم أطفئ الهاتف كليًا إن استطعت: بعد إعادة التشغيل لا يُفتح إلا بالرمز، وتبقى بياناته مشفّرة حتى يُدخَل.</li>"
           "<li><b>لمن يواجه خطر برامج التجسس المتقدمة:</b> فعّل «وضع المنع» (Lockdown Mode) في iPhone، أو «الحماية المتقدمة» (Advanced Protection) في أندرويد 16 وما بعده. كلاهما يغلق أبوابًا يستخدمها المهاجمون مقابل التخلي عن بعض الميزات.</li>"
           "<li><b>إذا صودر هاتفك ثم أُعيد إليك، أو شككت في برنامج تجسس:</b> لا تستخدمه في عمل حساس قبل فحصه. يقدم خط المساعدة في الأمان الرقمي لمنظمة Access Now (بالعربية وعلى مدار الساعة)، ومختبر الأمن في منظمة العفو الدولية، مساعدة وفحصًا جنائيًا رقميًا مجانيًا للصحفيين والمدافعين عن حقوق الإنسان.</li>"
           "</ul>",
           "<ul>"
           "<li>Install system and app updates as soon as they come out; most of them close known holes.</li>"
           "<li>Use a screen lock with a long code instead of a simple pattern or four-digit PIN, and make sure device encryption is on; on most modern phones it is on by default once a lock code is set.</li>"
           "<li>Install apps only from the official store, and review microphone, location and contacts permissions.</li>"
           "<li>Before travelling or covering a protest, think about what really needs to be on the phone, and move what you don’t need somewhere safe.</li>"
           "<li><b>Before a checkpoint, a border or a protest:</b> turn off fingerprint and face unlock, because your finger can be pressed on the phone or the phone held up to your face against your will, then switch the phone off completely if you can: after a restart it opens only with the code, and its data stays encrypted until the code is entered.</li>"
           "<li><b>If you face a risk of advanced spyware:</b> turn on Lockdown Mode on an iPhone, or Advanced Protection on Android 16 and later. Both close doors attackers use, at the cost of some features.</li>"
           "<li><b>If your phone was confiscated and returned, or you suspect spyware:</b> don’t use it for sensitive work until it has been checked. Access Now’s Digital Security Helpline (in Arabic, around the clock) and Amnesty International’s Security Lab offer free help and forensic checks to journalists and human-rights defenders.</li>"
           "</ul>",
           "<ul>"
           "<li>Installez les mises à jour du système et des applications dès leur sortie ; la plupart corrigent des failles connues.</li>"
           "<li>Verrouillez l’écran avec un code long plutôt qu’un schéma simple ou un code à quatre chiffres, et vérifiez que le chiffrement de l’appareil est activé ; sur la plupart des téléphones récents, il l’est par défaut dès qu’un code est défini.</li>"
           "<li>N’installez des applications que depuis la boutique officielle, et vérifiez les autorisations du micro, de la localisation et des contacts.</li>"
           "<li>Avant un voyage ou la couverture d’une manifestation, demandez-vous ce qui doit vraiment se trouver sur le téléphone, et mettez le reste en lieu sûr.</li>"
           "<li><b>Avant un poste de contrôle, une frontière ou une manifestation :</b> désactivez le déverrouillage par empreinte et par visage, car on peut presser votre doigt sur le téléphone ou le placer devant votre visage contre votre gré, puis éteignez complètement le téléphone si vous le pouvez : après un redémarrage, il ne s’ouvre qu’avec le code et ses données restent chiffrées tant que le code n’est pas saisi.</li>"
           "<li><b>Si vous risquez d’être visé par un logiciel espion avancé :</b> activez le mode Isolement (Lockdown Mode) sur iPhone, ou la Protection avancée sur Android 16 et versions ultérieures. Les deux ferment des portes qu’utilisent les attaquants, au prix de quelques fonctions.</li>"
           "<li><b>Si votre téléphone a été confisqué puis rendu, ou si vous soupçonnez un logiciel espion :</b> ne l’utilisez pas pour un travail sensible avant de l’avoir fait examiner. La ligne d’assistance en sécurité numérique d’Access Now (en arabe, jour et nuit) et le Security Lab d’Amnesty International offrent une aide et des analyses forensiques gratuites aux journalistes et aux défenseurs des droits humains.</li>"
           "</ul>"),
        _h("تمرين: افحص محادثة واحدة", "Exercise: check one conversation"),
        _p("<p>اختر محادثة مع مصدر أو زميل تتبادلان فيها معلومات حساسة. هل التشفير من طرف إلى طرف مفعّل؟ هل النسخ الاحتياطي السحابي مشفّر؟ هل فعّلتما الرسائل المختفية؟ وماذا يمكن أن تكشف البيانات الوصفية عن هذه العلاقة؟ إن كانت البيانات الوصفية وحدها خطرة، فناقش مع فريقك وسيلة تواصل بديلة.</p>"
           "<p>ثم خذ هاتفك وفعّل الآن، في كل تطبيق مراسلة تستخدمه، قفل التسجيل: رمز التحقق بخطوتين في واتساب، وكلمة مرور السحابة في تيليغرام، وقفل التسجيل في سيغنال، وأخفِ رقمك حيث يسمح التطبيق. يستغرق ذلك نحو خمس دقائق لكل تطبيق.</p>",
           "<p>Pick a conversation with a source or colleague in which you exchange sensitive information. Is end-to-end encryption on? Is the cloud backup encrypted? Have you both turned on disappearing messages? And what could the metadata reveal about this relationship? If the metadata alone is dangerous, discuss an alternative way of communicating with your team.</p>"
           "<p>Then take your phone and, in every messaging app you use, turn on the registration lock now: WhatsApp’s two-step verification PIN, Telegram’s cloud password and Signal’s registration lock, and hide your number where the app allows it. It takes about five minutes per app.</p>",
           "<p>Choisissez une conversation avec une source ou un collègue où vous échangez des informations sensibles. Le chiffrement de bout en bout est-il activé ? La sauvegarde dans le cloud est-elle chiffrée ? Avez-vous activé tous les deux les messages éphémères ? Et que pourraient révéler les métadonnées sur cette relation ? Si les métadonnées seules sont dangereuses, discutez avec votre équipe d’un autre moyen de communiquer.</p>"
           "<p>Prenez ensuite votre téléphone et activez dès maintenant, dans chaque messagerie que vous utilisez, le verrou d’enregistrement : le code PIN de vérification en deux étapes de WhatsApp, le mot de passe cloud de Telegram et le verrouillage de l’enregistrement de Signal, et masquez votre numéro quand l’application le permet. Comptez environ cinq minutes par application.</p>"),
    ],
}

LESSON_4_2 = {
    "slug": "account-compromised",
    "title": T("حين يُخترق حسابك: خطة الاستجابة", "When your account is compromised: a response plan"),
    "summary": T("علامات الاختراق، وعشر خطوات مرتبة تبدأ بالتوثيق قبل الحذف، وقائمة تحقق للطباعة.",
                 "Signs of a compromise, ten ordered steps that begin with documenting before deleting, and a printable checklist."),
    "minutes": 48,
    "exercise_minutes": 15,
    "completion": "quiz",
    "body": [
        _h("علامات الاختراق", "Signs of a compromise"),
        _p("<p>قد تكتشف الاختراق من إشعار دخول من مدينة لم تزرها، أو منشورات لم تكتبها، أو رسائل أُرسلت باسمك، أو تغيّر بريد الاستعادة، أو عجزك فجأة عن الدخول. في هذه اللحظة يتصرف كثيرون بذعر: يحذفون المنشورات، أو يغلقون الحساب نهائيًا. لكن الترتيب مهم، فبعض الخطوات تمحو أدلة ستحتاج إليها لاستعادة الحساب أو لتقديم شكوى.</p>",
           "<p>You may discover a compromise through a sign-in alert from a city you have never visited, posts you didn’t write, messages sent in your name, a changed recovery email, or suddenly being unable to log in. At that moment many people panic: they delete the posts or close the account for good. But order matters, because some steps wipe out evidence you will need to recover the account or file a complaint.</p>"),
        _checklist("خطة الاستجابة بالترتيب", "The response plan, in order", [
            ("تنفّس، واستخدم جهازًا تثق به؛ وإن شككت في أن جهازك نفسه مصاب فاستخدم جهازًا آخر.",
             "Breathe, and use a device you trust; if you suspect your own device is infected, use another one."),
            ("وثّق قبل أن تحذف: صوّر الشاشة للمنشورات والرسائل المزيفة وإشعارات الدخول، مع التاريخ والوقت والرابط.",
             "Document before deleting: screenshot the fake posts, messages and sign-in alerts, with date, time and link."),
            ("أمّن البريد المرتبط بالحساب أولًا إن كان مخترقًا هو الآخر، فهو مفتاح استعادة كل شيء.",
             "Secure the email linked to the account first if it is also compromised; it is the key to recovering everything."),
            ("إن كنت لا تزال تستطيع الدخول: غيّر كلمة المرور إلى كلمة جديدة فريدة، ثم سجّل الخروج من كل الجلسات والأجهزة الأخرى.",
             "If you can still log in: change the password to a new unique one, then sign out of all other sessions and devices."),
            ("فعّل التحقق بخطوتين أو أعد ضبطه، وراجع بريد الاستعادة ورقم الهاتف والتطبيقات المرتبطة، واحذف ما لا تعرفه.",
             "Turn on or reset two-factor authentication, review the recovery email, phone number and connected apps, and remove anything you don’t recognise."),
            ("إن فقدت الوصول: استخدم نموذج الاستعادة الرسمي من داخل التطبيق أو بكتابة عنوان الموقع بنفسك، لا من رابط في رسالة.",
             "If you have lost access: use the official recovery form from inside the app or by typing the site’s address yourself, never from a link in a message."),
            ("بلّغ المنصة عن المنشورات والرسائل المزيفة، وحذّر جهات اتصالك، وخاصة المصادر، عبر قناة أخرى.",
             "Report the fake posts and messages to the platform, and warn your contacts, especially sources, through another channel."),
            ("غيّر كلمة المرور في أي حساب آخر كان يستخدم الكلمة نفسها.",
             "Change the password on any other account that used the same one."),
            ("اطلب المساعدة من فريق الدعم في مؤسستك أو من خطوط المساعدة في الأمان الرقمي التي تديرها منظمات المجتمع المدني.",
             "Ask for help from your organisation’s support team or from digital-security helplines run by civil-society organisations."),
            ("بعد الاستعادة: راجع ما حدث وكيف حدث، وحدّث نموذج التهديد.",
             "After recovery: review what happened and how, and update your threat model."),
        ]),
        {"type": "handout", "value": {
            "handout": "account-compromise-checklist",
            "title": T("قائمة التحقق: عند اختراق حساب", "Checklist: when an account is compromised", "Liste de contrôle : quand un compte est piraté"),
            "description": T("الخطوات العشر مع خانات «قبل الطوارئ» تملؤها الآن، وسجل بسيط لتوثيق ما حدث، في ورقة PDF للطباعة.",
                             "The ten steps, plus “before an emergency” boxes to fill in now and a simple log to document what happened, on a PDF sheet to print.",
                             "Les dix étapes, des cases « avant l’urgence » à remplir dès maintenant et un journal simple de ce qui s’est passé, sur une fiche PDF à imprimer.")}},
        _callout("warning", "لا تحذف الحساب في لحظة الذعر", "Don’t delete the account in a moment of panic",
                 "<p>حذف الحساب أو المنشورات المزيفة فورًا قد يبدو حلًا، لكنه يحرمك من أدلة تثبت أن الحساب اختُرق، وقد يعقّد الاستعادة. وثّق أولًا، ثم بلّغ، ثم احذف إن لزم.</p>",
                 "<p>Deleting the account or the fake posts right away may feel like a solution, but it destroys evidence that the account was hacked and can complicate recovery. Document first, then report, then delete if needed.</p>"),
        _p("<p><b>إذا كان الحساب صفحة مؤسسة:</b> راجع فورًا قائمة المشرفين وأصحاب الصلاحيات، واحذف أي اسم لا تعرفه، وتأكد أن للصفحة مشرفَين موثوقَين على الأقل، لكل منهما تحقق بخطوتين قوي. فإذا سقط حساب أحدهما، يستطيع الآخر استعادة السيطرة بسرعة.</p>",
           "<p><b>If the account is an organisation’s page:</b> immediately review the list of admins and people with access, remove any name you don’t recognise, and make sure the page has at least two trusted admins, each with strong two-factor authentication. If one of their accounts falls, the other can regain control quickly.</p>"),
        _callout("example", "سامر يستعيد صفحة الجمعية", "Samer recovers the association’s page",
                 "<p>لاحظ سامر صباحًا أن صفحة جمعيته نشرت إعلانًا عن «منحة دراسية» مع رابط غريب. لم تعد كلمة المرور تعمل، لكن بريد الاستعادة ما زال تحت سيطرته ومحميًا بتطبيق مصادقة. صوّر المنشور وإشعار الدخول من بلد آخر، ثم استعاد الحساب من التطبيق الرسمي، وسجّل الخروج من كل الجلسات، وانتقل من الرسائل النصية إلى تطبيق مصادقة. بعدها بلّغ عن المنشور، ونشر توضيحًا يحذر المتابعين من الرابط. استغرق الأمر ساعتين بدلًا من أسابيع، لأن البريد كان محميًا جيدًا.</p>",
                 "<p>One morning Samer noticed that his association’s page had posted an advert for a “scholarship” with a strange link. The password no longer worked, but the recovery email was still under his control and protected by an authenticator app. He took screenshots of the post and of the sign-in alert from another country, recovered the account through the official app, signed out of all sessions, and replaced SMS with an authenticator app. Then he reported the post and published a clarification warning followers about the link. It took two hours instead of weeks, because the email was well protected.</p>"),
        _h("تمرين: جهّز خطتك قبل أن تحتاجها", "Exercise: prepare your plan before you need it"),
        _p("<p>حمّل قائمة التحقق واملأ خانات «قبل الطوارئ»: أين رموز الاسترداد؟ ما بريد الاستعادة لكل حساب مهم؟ من يستطيع مساعدتك؟ وكيف ستحذّر مصادرك إذا سُرق حسابك؟ ضع نسخة مطبوعة في مكان آمن، ثم أكمل الاختبار العملي لهذه الوحدة والاختبار النهائي للدورة.</p>",
           "<p>Download the checklist and fill in the “before an emergency” boxes: where are your recovery codes? What is the recovery email for each important account? Who can help you? How will you warn your sources if your account is stolen? Keep a printed copy somewhere safe, then complete this module’s practice quiz and the course’s final quiz.</p>"),
        _quiz("safety-m4-practice"),
        _quiz("safety-final"),
    ],
}


COURSE = {
    "slug": "safe-platform-use",
    "topic": "safe-platform-use",
    "level": "beginner",
    "duration_minutes": 222,
    "title": T("الاستخدام الآمن للمنصات: حماية حساباتك واتصالاتك",
               "Safe platform use: protecting your accounts and communications"),
    "summary": T("دورة عملية للصحفيين والناشطين والعاملين في المجتمع المدني: تبدأ بنموذج التهديد، ثم تأمين الحسابات وكشف التصيّد، وتنتهي بالتواصل المشفّر وخطة الاستجابة عند اختراق حساب.",
                 "A practical course for journalists, activists and civil-society staff: it starts with a threat model, moves on to securing accounts and spotting phishing, and ends with encrypted communication and a response plan for a compromised account."),
    "outcomes": [
        T("بناء نموذج تهديد بسيط لعملك يحدد ما تحميه، وممن، ومدى احتمال الخطر وأثره.",
          "Build a simple threat model for your work: what you protect, from whom, and how likely and serious each risk is."),
        T("تأمين حساباتك بكلمات مرور فريدة ومدير كلمات مرور وتحقق بخطوتين أقوى من الرسائل النصية.",
          "Secure your accounts with unique passwords, a password manager and two-factor authentication stronger than SMS."),
        T("التمييز بين رسائل التصيّد والرسائل السليمة اعتمادًا على نطاق المرسل والرابط الحقيقي لا على الاسم الظاهر.",
          "Tell phishing from genuine messages by the sender’s domain and the real link, not the display name."),
        T("شرح ما يحميه التشفير من طرف إلى طرف وما لا يحميه، بما في ذلك البيانات الوصفية والأجهزة، وقفل التسجيل في واتساب وتيليغرام وسيغنال، وحماية الهاتف عند نقاط التفتيش.",
          "Explain what end-to-end encryption protects and what it does not, including metadata and devices; lock registration in WhatsApp, Telegram and Signal; and protect your phone at checkpoints.",
          "Expliquer ce que le chiffrement de bout en bout protège et ce qu’il ne protège pas, y compris les métadonnées et les appareils ; verrouiller l’enregistrement dans WhatsApp, Telegram et Signal ; et protéger son téléphone aux postes de contrôle."),
        T("تنفيذ خطة استجابة مرتبة عند اختراق حساب، تبدأ بالتوثيق قبل الحذف.",
          "Carry out an ordered response plan when an account is compromised, starting with documenting before deleting."),
    ],
    "prerequisites": [],
    "final_quiz": "safety-final",
    "modules": [
        {"slug": "threat-modelling",
         "title": T("نموذج التهديد: ابدأ بالسؤال الصحيح", "Threat modelling: start with the right question"),
         "summary": T("ما الذي تحميه، وممن، وما الأخطار التي تبدأ بها.",
                      "What you are protecting, from whom, and which risks to tackle first."),
         "practice_quiz": "safety-m1-practice",
         "lessons": [LESSON_1_1, LESSON_1_2]},
        {"slug": "accounts-and-passwords",
         "title": T("حماية الحسابات: كلمات المرور والتحقق بخطوتين", "Protecting accounts: passwords and two-factor authentication"),
         "summary": T("كلمات مرور فريدة، ومدير كلمات مرور، وخطوة ثانية أقوى من الرسائل النصية.",
                      "Unique passwords, a password manager, and a second factor stronger than SMS."),
         "practice_quiz": "safety-m2-practice",
         "lessons": [LESSON_2_1, LESSON_2_2]},
        {"slug": "phishing-and-social-engineering",
         "title": T("التصيّد الاحتيالي والهندسة الاجتماعية", "Phishing and social engineering", "L’hameçonnage et l’ingénierie sociale"),
         "summary": T("كيف تكشف الرسائل التي تنتحل صفة المنصات والبنوك والزملاء، وكيف تتحقق عبر قناة ثانية.",
                      "How to expose messages that imitate platforms, banks and colleagues, and how to verify through a second channel."),
         "practice_quiz": "safety-m3-practice",
         "lessons": [LESSON_3_1, LESSON_3_2]},
        {"slug": "encryption-and-incident-response",
         "title": T("التواصل المشفّر والاستجابة للاختراق", "Encrypted communication and incident response"),
         "summary": T("حدود التشفير وأمان الأجهزة، وما تفعله خطوة بخطوة حين يُخترق حسابك.",
                      "The limits of encryption and device security, and what to do step by step when your account is compromised."),
         "practice_quiz": "safety-m4-practice",
         "lessons": [LESSON_4_1, LESSON_LAB, LESSON_HARASSMENT, LESSON_4_2]},
    ],
}

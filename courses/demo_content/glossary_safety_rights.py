"""Glossary terms for demo courses 2 (safe platform use) and 3 (digital rights).

Pure data, no Django imports. Merged with the other glossary dicts by the seeder; keys are
chosen so as not to collide with the disinformation course's glossary.
"""

try:  # imported as part of the courses.demo_content package
    from ._text import T
except ImportError:  # imported as a top-level module (drafting / self-checks)
    from _text import T


GLOSSARY_SAFETY_RIGHTS = {
    "threat-model": {
        "term": T("نموذج التهديد", "Threat model"),
        "definition": T("طريقة منظمة لتقدير المخاطر قبل اختيار أدوات الحماية، تجيب عن خمسة أسئلة: ما الذي أحميه، وممن، وما العواقب إن فشلت الحماية، وما احتمال ذلك، وما الجهد الذي أستطيع بذله.",
                        "A structured way of assessing risk before choosing protective tools, answering five questions: what am I protecting, from whom, what happens if protection fails, how likely is it, and how much effort can I put in."),
    },
    "password-manager": {
        "term": T("مدير كلمات المرور", "Password manager"),
        "definition": T("برنامج يحفظ كلمات المرور في خزنة مشفرة تفتحها عبارة مرور رئيسية واحدة، ويولّد كلمات طويلة وفريدة لكل حساب، ولا يقترح كلمة المرور إلا على النطاق الصحيح.",
                        "Software that stores passwords in an encrypted vault opened with a single master passphrase, generates long unique passwords for each account, and offers a password only on the correct domain."),
    },
    "two-factor-authentication": {
        "term": T("التحقق بخطوتين", "Two-factor authentication (2FA)"),
        "definition": T("إضافة شرط ثانٍ لتسجيل الدخول إلى جانب كلمة المرور، مثل رمز من تطبيق مصادقة أو مفتاح أمان. الرموز عبر الرسائل النصية أضعف أنواعه، ومفاتيح الأمان ومفاتيح المرور أقواها لأنها لا تعمل على المواقع المزيفة.",
                        "A second condition for signing in besides the password, such as a code from an authenticator app or a security key. SMS codes are the weakest kind; security keys and passkeys are the strongest because they do not work on fake sites."),
    },
    "sim-swap": {
        "term": T("تبديل الشريحة", "SIM swap"),
        "definition": T("هجوم يقنع فيه المهاجم شركة الاتصالات بنقل رقم هاتف الضحية إلى شريحة يملكها، فيستلم رسائلها ورموز التحقق المرسلة إليها. لهذا تُعد الرسائل النصية أضعف وسائل التحقق بخطوتين.",
                        "An attack in which the attacker persuades the telecom company to move the victim’s phone number to a SIM card they control, so they receive the victim’s texts and verification codes. This is why SMS is the weakest form of two-factor authentication."),
    },
    "phishing": {
        "term": T("التصيّد الاحتيالي", "Phishing", "Hameçonnage"),
        "definition": T("رسالة تنتحل صفة جهة موثوقة، كمنصة أو بنك أو زميل، لتدفع المتلقي إلى إدخال كلمة مرور أو رمز، أو فتح رابط أو ملف. يُكشف غالبًا بنطاق المرسل والرابط الحقيقي، لا بالاسم الظاهر.",
                        "A message that impersonates a trusted sender, such as a platform, bank or colleague, to push the recipient into entering a password or code, or opening a link or file. It is usually exposed by the sender’s domain and the real link, not the display name.",
                        "Message qui se fait passer pour un expéditeur de confiance, comme une plateforme, une banque ou un collègue, pour pousser le destinataire à saisir un mot de passe ou un code, ou à ouvrir un lien ou un fichier. On le démasque généralement par le domaine de l’expéditeur et le vrai lien, pas par le nom affiché."),
    },
    "social-engineering": {
        "term": T("الهندسة الاجتماعية", "Social engineering"),
        "definition": T("خداع يستغل الثقة أو الخوف أو الرغبة في المساعدة لدفع شخص إلى كشف معلومات أو القيام بفعل يضره، عبر البريد أو المحادثات أو الهاتف أو وجهًا لوجه. أفضل دفاع ضده التحقق عبر قناة ثانية معروفة مسبقًا.",
                        "Deception that exploits trust, fear or the wish to help in order to get someone to reveal information or take a harmful action, by email, chat, phone or in person. The best defence is verifying through a second, already-known channel."),
    },
    "end-to-end-encryption": {
        "term": T("التشفير من طرف إلى طرف", "End-to-end encryption"),
        "definition": T("تشفير تُقفل فيه الرسالة على جهاز المرسل ولا تُفتح إلا على جهاز المستلم، فلا تستطيع الخوادم ولا الشركة المشغّلة قراءة محتواها. لكنه لا يخفي البيانات الوصفية، ولا يحمي الرسائل على جهاز مخترق.",
                        "Encryption in which a message is locked on the sender’s device and opened only on the recipient’s, so neither the servers nor the operating company can read its content. It does not hide metadata, and it does not protect messages on a compromised device."),
    },
    "metadata": {
        "term": T("البيانات الوصفية", "Metadata"),
        "definition": T("بيانات عن الاتصال أو الملف لا عن محتواه: من تواصل مع من، ومتى، وكم مرة، ومن أين، ونوع الجهاز، وموقع التقاط الصورة. قد تكشف علاقة بمصدر حتى لو بقي المحتوى مشفرًا.",
                        "Data about a communication or file rather than its content: who contacted whom, when, how often, from where, the device type, and where a photo was taken. It can reveal a relationship with a source even when the content stays encrypted."),
    },
    "personal-data": {
        "term": T("البيانات الشخصية", "Personal data"),
        "definition": T("أي معلومة تتعلق بشخص محدد أو يمكن تحديده، مباشرة أو بربطها بمعلومات أخرى: الاسم والرقم والصورة وعنوان الإنترنت وسجل المواقع، وكذلك ما تستنتجه المنصات عنه من اهتمامات وميول.",
                        "Any information relating to an identified or identifiable person, directly or by combining it with other information: name, number, photo, internet address and location history, as well as what platforms infer about their interests and leanings."),
    },
    "incitement": {
        "term": T("التحريض", "Incitement"),
        "definition": T("دعوة إلى الكراهية ضد فئة بسبب قوميتها أو عرقها أو دينها تشكّل حضًا على التمييز أو العداوة أو العنف، ويُرجح أن تؤدي إلى ذلك. تقدّر خطة عمل الرباط بلوغ هذا الحد بستة عناصر: السياق، والمتكلم، والنية، والمحتوى والشكل، ومدى الانتشار، والاحتمال والوشوك.",
                        "Advocacy of hatred against a group because of its nationality, race or religion that urges discrimination, hostility or violence and is likely to lead to it. The Rabat Plan of Action assesses this threshold with six elements: context, speaker, intent, content and form, extent, and likelihood and imminence."),
    },
    "content-moderation": {
        "term": T("إدارة المحتوى", "Content moderation"),
        "definition": T("القرارات التي تتخذها المنصات بشأن المحتوى، من حذف وحجب جغرافي وتقليل للوصول وتعليق للحسابات، سواء بسبب قواعدها الخاصة أو بلاغات المستخدمين أو طلبات الحكومات، وغالبًا بمساعدة أنظمة آلية.",
                        "The decisions platforms make about content, including removal, geo-blocking, reduced reach and account suspension, whether because of their own rules, user reports or government requests, often with the help of automated systems."),
    },
    "transparency-report": {
        "term": T("تقرير الشفافية", "Transparency report"),
        "definition": T("تقرير دوري تنشره منصة أو شركة اتصالات يبين أعداد طلبات الحذف وطلبات البيانات من الحكومات، والمحتوى المحذوف وفق قواعدها، والاعتراضات وما أُعيد منها بعد المراجعة.",
                        "A periodic report published by a platform or telecom company showing the number of government removal and data requests, the content removed under its rules, and the appeals filed and content restored after review."),
    },
    "right-to-remedy": {
        "term": T("الحق في الانتصاف", "Right to remedy", "Droit à un recours"),
        "definition": T("حق من انتُهكت حقوقه في سبيل فعال لتصحيح الانتهاك: مراجعة القرار، وإعادة المحتوى، والتعويض عند الضرر، واللجوء إلى المحاكم حيث يتاح ذلك.",
                        "The right of anyone whose rights were violated to an effective way of putting it right: review of the decision, restoration of content, compensation for harm, and access to the courts where available.",
                        "Le droit de toute personne dont les droits ont été violés à un moyen effectif de réparer la violation : révision de la décision, rétablissement du contenu, indemnisation du préjudice et accès aux tribunaux lorsque c’est possible."),
    },
}

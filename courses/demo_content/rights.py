"""Demo course 3: Digital rights (حقوقك الرقمية).

Pure data, no Django imports. Every person, account, outlet, organisation, company, platform
and domain in this file is fictitious. Domains use the reserved `.example` suffix and are
written as plain text, never as links. References to international standards (the ICCPR, the
Rabat Plan of Action, the Santa Clara Principles) are to public documents, summarised in our
own words; the one verbatim quotation is the treaty text of ICCPR article 19(2).
"""

try:  # imported as part of the courses.demo_content package
    from ._text import T, _callout, _checklist, _h, _p, _quiz, _term
    from .circumvention import LESSON_CIRCUMVENTION
except ImportError:  # imported as a top-level module (drafting / self-checks)
    from _text import T, _callout, _checklist, _h, _p, _quiz, _term
    from circumvention import LESSON_CIRCUMVENTION


# ---------------------------------------------------------------------------
# Module 1 — Privacy and personal data
# ---------------------------------------------------------------------------

LESSON_1_1 = {
    "slug": "what-platforms-collect",
    "title": T("ماذا تعرف المنصات عنك؟", "What do platforms know about you?"),
    "summary": T("ثلاث طبقات من البيانات: ما تقدمه، وما تلاحظه المنصة، وما تستنتجه عنك.",
                 "Three layers of data: what you give, what the platform observes, and what it infers about you."),
    "minutes": 20,
    "exercise_minutes": 10,
    "completion": "view",
    "body": [
        _h("الخصوصية حق، لا رفاهية", "Privacy is a right, not a luxury"),
        _p("<p>تنص المواثيق الدولية لحقوق الإنسان على حماية كل شخص من التدخل التعسفي في خصوصيته ومراسلاته، وأكدت مؤتمرات المجتمع المدني في منطقتنا أن هذا الحق قائم على الإنترنت كما هو خارجها. وللصحفي والناشط، الخصوصية ليست مسألة شخصية فقط: إنها شرط لحماية المصادر والضحايا والشهود الذين يثقون به. فمن لا يتحكم في بياناته لا يستطيع أن يعد غيره بالسرية.</p>",
           "<p>International human-rights treaties protect everyone from arbitrary interference with their privacy and correspondence, and civil-society conferences in our region have stressed that this right applies online as it does offline. For journalists and activists, privacy is not only a personal matter: it is a condition for protecting the sources, victims and witnesses who trust them. Whoever does not control their own data cannot promise confidentiality to anyone else.</p>"),
        _term("personal-data"),
        _h("ثلاث طبقات من البيانات", "Three layers of data"),
        _p("<ol>"
           "<li><b>ما تقدمه بنفسك:</b> الاسم، ورقم الهاتف، والبريد، والصور، والمنشورات، وقائمة الأصدقاء، وجهات الاتصال إن سمحت بمزامنتها.</li>"
           "<li><b>ما تلاحظه المنصة:</b> متى تدخل ومن أي جهاز وعنوان إنترنت وموقع تقريبي، وما تتوقف عنده وما تنقر عليه، ومدة مشاهدتك لكل مقطع، ونشاطك في مواقع أخرى تضع أدوات تتبع تابعة للمنصة.</li>"
           "<li><b>ما تستنتجه المنصة:</b> اهتماماتك، وميولك السياسية المحتملة، وحالتك الاجتماعية، وربما ديانتك أو حالتك الصحية. هذه الاستنتاجات قد تكون خاطئة، لكنها تُستخدم في الإعلانات وفي ترتيب ما تراه.</li>"
           "</ol>"
           "<p>الطبقة الثالثة هي الأقل وضوحًا والأكثر حساسية: لم تكتب يومًا أنك تدعم قضية معينة، لكن نمط تفاعلك قد يكشف ذلك، وقد يصل هذا الاستنتاج إلى معلنين أو شركاء لا تعرفهم.</p>",
           "<ol>"
           "<li><b>What you provide:</b> your name, phone number, email, photos, posts, friends list, and your contacts if you allow them to sync.</li>"
           "<li><b>What the platform observes:</b> when you log in, from which device, internet address and approximate location, what you pause on and click, how long you watch each video, and your activity on other websites that carry the platform’s tracking tools.</li>"
           "<li><b>What the platform infers:</b> your interests, likely political leanings, relationship status, and perhaps your religion or health. These inferences may be wrong, but they are used for advertising and to rank what you see.</li>"
           "</ol>"
           "<p>The third layer is the least visible and the most sensitive: you never wrote that you support a particular cause, but your pattern of engagement may reveal it, and that inference may reach advertisers or partners you don’t know.</p>"),
        _h("لماذا كل هذا الجمع، ومن يصل إليه؟", "Why collect all this, and who can reach it?"),
        _p("<p>تقدم معظم المنصات خدماتها مجانًا لأن نموذج عملها قائم على الإعلانات الموجهة: كلما عرفت عنك أكثر، ارتفع ثمن عرض إعلان عليك. لكن البيانات المجمّعة لا تبقى دائمًا لدى المنصة وحدها؛ فقد تصل إلى شركاء إعلانيين، أو سماسرة بيانات يبيعونها، أو جهات رسمية تطلبها بأوامر قانونية، أو إلى مخترقين عند تسريب قاعدة بيانات. لذلك يصح قياس أي بيانات تشاركها بسؤال بسيط: ماذا لو وصلت إلى الجهة الأقل أمانًا في هذه السلسلة؟</p>",
           "<p>Most platforms offer their services for free because their business model rests on targeted advertising: the more they know about you, the higher the price of showing you an ad. But the collected data does not always stay with the platform alone; it may reach advertising partners, data brokers who sell it, authorities who request it with legal orders, or hackers when a database leaks. So it is worth measuring any data you share with a simple question: what if it reached the least secure party in this chain?</p>"),
        _callout("example", "صورة واحدة، معلومات كثيرة", "One photo, a lot of information",
                 "<p>نشر ناشط صورة لاجتماع تحضيري في مقر جمعيته. لم يذكر المكان، لكن ملف الصورة احتوى بيانات الموقع الجغرافي، وظهرت في الخلفية لوحة عليها أسماء المشاركين، ووُسم فيها ثلاثة حسابات. في دقائق صار بإمكان أي متابع معرفة من حضر وأين. كثير من المنصات تزيل بيانات الموقع من الملف عند الرفع، لكن ليس كلها، ولا تزيل أي منصة ما يظهر في الصورة نفسها.</p>",
                 "<p>An activist posted a photo of a planning meeting at his association’s office. He did not name the place, but the image file contained location data, a whiteboard in the background listed the participants’ names, and three accounts were tagged. Within minutes any follower could tell who had attended and where. Many platforms strip location data from files on upload, but not all do, and no platform removes what is visible in the picture itself.</p>"),
        _term("metadata"),
        _callout("tip", "قاعدة تقليل البيانات", "The data-minimisation rule",
                 "<p>أفضل حماية للبيانات ألا تُجمع أصلًا. قبل أن تُدخل رقم هاتفك أو تسمح بالوصول إلى جهات الاتصال أو الموقع، اسأل: هل تحتاج الخدمة هذا فعلًا لتعمل؟ وإن لم تكن تحتاجه، فارفض.</p>",
                 "<p>The best protection for data is not collecting it in the first place. Before entering your phone number or allowing access to your contacts or location, ask: does the service really need this to work? If not, say no.</p>"),
        {"type": "local_resources", "value": {"title": T("في بلدك: قوانين حماية البيانات", "In your country: data-protection laws", "Dans votre pays : les lois sur la protection des données"), "kinds": ["data_protection_law"], "countries": []}},
        _h("تمرين: اطلب نسختك", "Exercise: request your copy"),
        _p("<p>توفر معظم المنصات الكبرى أداة «تنزيل بياناتك» في إعدادات الحساب. اطلب نسخة من بياناتك من منصة واحدة تستخدمها كثيرًا، من داخل الإعدادات لا من رابط في رسالة. حين تصلك، ابحث عن ثلاثة أشياء: قائمة «الاهتمامات» أو «فئات الإعلانات» التي نسبتها إليك، وسجل مواقع الدخول، وأي جهات اتصال رفعتها من هاتفك. دوّن ما فاجأك، فسنعود إليه في الدرس التالي.</p>"
           "<p><b>للتأمل:</b> لو اطلعت جهة معادية لعملك على هذا الملف، فما أخطر ما ستعرفه عنك وعن الآخرين؟</p>",
           "<p>Most major platforms offer a “download your data” tool in account settings. Request a copy of your data from one platform you use a lot, from within the settings, not from a link in a message. When it arrives, look for three things: the list of “interests” or “ad categories” attributed to you, the log of login locations, and any contacts uploaded from your phone. Note what surprised you; we will come back to it in the next lesson.</p>"
           "<p><b>To reflect on:</b> if someone hostile to your work saw this file, what is the most dangerous thing they would learn about you and about others?</p>"),
    ],
}

LESSON_1_2 = {
    "slug": "settings-and-data-requests",
    "title": T("إعدادات تصنع فرقًا، وحقك في معرفة ما لديهم", "Settings that matter, and your right to know what they hold"),
    "summary": T("الإعدادات التي تستحق المراجعة، وكيف تطلب من جهة ما البيانات التي تحفظها عنك.",
                 "The settings worth reviewing, and how to ask an organisation for the data it holds about you."),
    "minutes": 24,
    "exercise_minutes": 15,
    "completion": "manual",
    "body": [
        _h("الإعدادات التي تستحق عشر دقائق", "The settings worth ten minutes"),
        _checklist("راجع هذه الإعدادات في كل منصة تستخدمها", "Review these settings on every platform you use", [
            ("من يرى منشوراتك السابقة والمستقبلية، ومن يستطيع وسمك في الصور دون موافقتك.",
             "Who sees your past and future posts, and who can tag you in photos without your approval."),
            ("من يستطيع العثور عليك برقم هاتفك أو بريدك.",
             "Who can find you by your phone number or email."),
            ("مشاركة الموقع الجغرافي وسجل المواقع.",
             "Location sharing and location history."),
            ("مزامنة جهات الاتصال، التي قد ترفع أرقام مصادرك إلى خوادم المنصة.",
             "Contact syncing, which may upload your sources’ numbers to the platform’s servers."),
            ("تخصيص الإعلانات بناءً على نشاطك خارج المنصة.",
             "Ad personalisation based on your activity outside the platform."),
            ("التطبيقات والمواقع الخارجية المرتبطة بحسابك، والصلاحيات التي تملكها.",
             "Third-party apps and sites connected to your account, and the permissions they hold."),
            ("التعرّف على الوجه، إن كانت المنصة توفره.",
             "Face recognition, if the platform offers it."),
        ]),
        _p("<p>لا توجد إعدادات «صحيحة» واحدة للجميع. الصحفية تحتاج إلى حساب عام لتصل إلى الجمهور، لكنها تستطيع فصل الحساب المهني عن حساب شخصي مغلق، وإخفاء قائمة الأصدقاء، ومنع البحث برقم الهاتف. ارجع إلى نموذج التهديد: ما الذي يمكن أن يستخدمه خصمك ضدك أو ضد من تعمل معهم؟</p>",
           "<p>There is no single “correct” set of settings for everyone. A journalist needs a public account to reach an audience, but she can separate her professional account from a closed personal one, hide her friends list and block search by phone number. Go back to your threat model: what could an adversary use against you or the people you work with?</p>"),
        _h("حقك في معرفة ما لديهم", "Your right to know what they hold"),
        _p("<p>في عدد متزايد من الدول، ومنها دول عربية أصدرت قوانين لحماية البيانات الشخصية، يحق لك أن تسأل أي جهة تجمع بياناتك: ماذا تحفظ عني؟ ولماذا؟ ومع من تشاركه؟ وإلى متى؟ يُسمى هذا <b>طلب الوصول إلى البيانات</b>. وقد تشمل حقوقك أيضًا تصحيح البيانات الخاطئة، وطلب حذفها، والاعتراض على استخدامها في التسويق. تختلف التفاصيل من قانون لآخر، وفي بعض القوانين استثناءات واسعة للجهات الحكومية، لذا تحقق من القانون المطبّق عليك ومن سياسة الخصوصية لدى الشركة.</p>",
           "<p>In a growing number of countries, including Arab states that have passed personal-data protection laws, you have the right to ask any organisation that collects your data: what do you hold about me? Why? Whom do you share it with? For how long? This is called a <b>data access request</b>. Your rights may also include correcting wrong data, asking for deletion and objecting to its use for marketing. Details vary from law to law, and some laws contain broad exemptions for government bodies, so check the law that applies to you and the company’s privacy policy.</p>"),
        _p("<p><b>ماذا تكتب في الطلب؟</b> عرّف بنفسك بما يكفي لتجد الجهة بياناتك، كالاسم والبريد أو الرقم المسجل، دون إرسال ما لا يلزم. ثم حدّد أسئلتك: البيانات المحفوظة، والغرض من معالجتها، والجهات التي تلقتها، ومدة الاحتفاظ بها، ومصدرها إن لم تقدمها أنت. واطلب الرد في صيغة مقروءة، واحتفظ بنسخة مؤرخة من كل مراسلة، فقد تحتاج إليها إن اضطررت إلى تقديم شكوى.</p>",
           "<p><b>What should the request say?</b> Identify yourself enough for the organisation to find your data, such as your name and registered email or number, without sending anything unnecessary. Then set out your questions: the data held, the purpose of processing it, who received it, how long it is kept, and where it came from if you did not provide it. Ask for the reply in a readable format, and keep a dated copy of every exchange, as you may need it if you have to file a complaint.</p>"),
        _callout("example", "طلب بسيط ومحدد", "A simple, specific request",
                 "<p>لاحظت نور، وهي منسقة في منظمة نسوية، إعلانات موجهة إليها تشير إلى تفاصيل من عملها. فأرسلت إلى شركة الاتصالات الخيالية «شبكة الأفق» طلبًا مكتوبًا تسأل فيه عن البيانات المحفوظة عنها، والجهات التي شوركت معها خلال العام الأخير، والأساس القانوني لذلك. ذكرت اسمها ورقم خطها، وطلبت الرد خلال المهلة القانونية، واحتفظت بنسخة من الطلب وبتاريخ إرساله. كشف الرد أن رقمها شورك مع شريك تسويقي، فطلبت إيقاف ذلك وحصلت عليه.</p>",
                 "<p>Nour, a coordinator at a women’s rights organisation, noticed targeted ads that hinted at details of her work. She sent the fictitious telecom company “Horizon Network” a written request asking what data it held about her, which parties it had shared it with over the past year, and on what legal basis. She gave her name and line number, asked for a reply within the legal deadline, and kept a copy of the request and the date she sent it. The reply showed her number had been shared with a marketing partner, so she asked for this to stop, and it did.</p>"),
        _callout("warning", "انتبه لطلبات البيانات المزيفة", "Beware of fake data requests",
                 "<p>يستغل المحتالون هذا الحق أيضًا: قد تصلك رسالة تطلب منك «تأكيد هويتك» عبر رابط لتستلم نسخة بياناتك. قدّم طلبك دائمًا من داخل الحساب أو عبر قنوات الشركة الرسمية التي تعرفها، ولا ترسل صورة هويتك إلا عبر تلك القنوات.</p>",
                 "<p>Fraudsters exploit this right too: you may get a message asking you to “confirm your identity” through a link to receive a copy of your data. Always make your request from inside your account or through the company’s official channels that you know, and send a copy of your ID only through those channels.</p>"),
        _h("تمرين: عشر دقائق وثلاث جمل", "Exercise: ten minutes and three sentences"),
        _p("<p>خصص عشر دقائق لمراجعة قائمة الإعدادات أعلاه في حسابك المهني، وغيّر إعدادين على الأقل. ثم اكتب مسودة طلب وصول إلى البيانات من ثلاث جمل لجهة تحتفظ ببياناتك، كشركة الاتصالات أو تطبيق توصيل: ماذا تطلب، وبأي صفة، وكيف تريد أن يصلك الرد.</p>",
           "<p>Spend ten minutes reviewing the settings list above on your professional account, and change at least two. Then draft a three-sentence data access request to an organisation that holds your data, such as your telecom company or a delivery app: what you are asking for, in what capacity, and how you want to receive the reply.</p>"),
        _quiz("rights-m1-practice"),
    ],
}


# ---------------------------------------------------------------------------
# Module 2 — Freedom of expression and its limits
# ---------------------------------------------------------------------------

LESSON_2_1 = {
    "slug": "offensive-or-incitement",
    "title": T("بين الكلام المسيء والتحريض", "Between offensive speech and incitement"),
    "summary": T("حرية التعبير تحمي الكلام الصادم أيضًا، والقيود عليها مشروطة. ثلاث درجات للتمييز بين المسيء والتحريضي.",
                 "Freedom of expression also protects shocking speech, and limits on it have conditions. Three levels for telling offensive speech from incitement."),
    "minutes": 12,
    "exercise_minutes": 8,
    "completion": "manual",
    "body": [
        _h("حرية تحمي ما يزعجنا أيضًا", "A freedom that also protects what bothers us"),
        {"type": "quote", "value": {
            "text": T("لكل إنسان حق في حرية التعبير. ويشمل هذا الحق حريته في التماس مختلف ضروب المعلومات والأفكار وتلقيها ونقلها إلى آخرين دونما اعتبار للحدود.",
                      "Everyone shall have the right to freedom of expression; this right shall include freedom to seek, receive and impart information and ideas of all kinds, regardless of frontiers."),
            "source": T("العهد الدولي الخاص بالحقوق المدنية والسياسية، المادة 19، الفقرة 2",
                        "International Covenant on Civil and Political Rights, article 19, paragraph 2"),
        }},
        _p("<p>حرية التعبير لا تحمي الكلام اللطيف وحده. النقد اللاذع للمسؤولين، والسخرية السياسية، والآراء الصادمة أو المسيئة لبعض الناس، كلها محمية من حيث المبدأ. فلو كانت الحماية مقتصرة على ما يرضي الجميع، لما احتجنا إليها أصلًا.</p>"
           "<p>لكن الحرية ليست مطلقة. يسمح القانون الدولي بتقييدها بثلاثة شروط مجتمعة: أن يكون القيد <b>منصوصًا عليه في قانون واضح</b>، وأن يخدم <b>هدفًا مشروعًا</b> مثل حماية حقوق الآخرين أو النظام العام، وأن يكون <b>ضروريًا ومتناسبًا</b>، أي أخف وسيلة تحقق الهدف. وفي المقابل، يُلزم القانون الدولي الدول بأن تحظر بالقانون الدعوة إلى الكراهية القومية أو العنصرية أو الدينية التي تشكل تحريضًا على التمييز أو العداوة أو العنف.</p>",
           "<p>Freedom of expression does not protect only polite speech. Biting criticism of officials, political satire, and opinions that shock or offend some people are all protected in principle. If protection covered only what pleases everyone, we would not need it at all.</p>"
           "<p>But the freedom is not absolute. International law allows it to be restricted under three conditions together: the restriction must be <b>set out in a clear law</b>, serve a <b>legitimate aim</b> such as protecting the rights of others or public order, and be <b>necessary and proportionate</b>, meaning the least intrusive means that achieves the aim. At the same time, international law obliges states to prohibit by law advocacy of national, racial or religious hatred that constitutes incitement to discrimination, hostility or violence.</p>"),
        _h("ثلاث درجات", "Three levels"),
        _p("<ul>"
           "<li><b>كلام مسيء أو صادم لكنه محمي:</b> سخرية من وزير، أو نقد حاد لمؤسسة دينية أو لتقاليد اجتماعية، أو رأي يخالف الأغلبية. الرد المناسب عليه هو النقاش والرد، لا العقوبة.</li>"
           "<li><b>خطاب كراهية لا يبلغ حد التحريض:</b> تعميمات مهينة عن فئة بسبب دينها أو أصلها أو جنسها. قد تتعامل معه المنصات بتقليل الانتشار أو الإزالة وفق قواعدها، ويواجهه المجتمع المدني بالرد والتوعية، لكن العقوبة الجنائية هنا عادة غير متناسبة.</li>"
           "<li><b>تحريض على العنف أو التمييز أو العداوة:</b> دعوة، صريحة أو ضمنية لكنها مفهومة، إلى إيذاء فئة محددة، في سياق يجعل الأذى مرجحًا. هذا ما تُلزم المادة 20(2) من العهد الدولي الدول بأن <b>تحظره بالقانون</b>، بنص دقيق. والحظر لا يعني العقوبة الجنائية دائمًا: تحتفظ خطة عمل الرباط بالعقوبات الجنائية لأشد الحالات خطورة، وتكفي في غيرها جزاءات مدنية أو إدارية أو تدابير أخرى.</li>"
           "</ul>",
           "<ul>"
           "<li><b>Offensive or shocking but protected speech:</b> mocking a minister, harshly criticising a religious institution or social traditions, or an opinion that goes against the majority. The right response is debate and counter-argument, not punishment.</li>"
           "<li><b>Hate speech below the incitement threshold:</b> degrading generalisations about a group because of its religion, origin or gender. Platforms may reduce its reach or remove it under their rules, and civil society counters it with responses and awareness, but criminal punishment is usually disproportionate here.</li>"
           "<li><b>Incitement to violence, discrimination or hostility:</b> a call, explicit or implicit but understood, to harm a specific group, in a context that makes harm likely. This is what article 20(2) of the ICCPR requires states to <b>prohibit by law</b>, in precise terms. Prohibition does not always mean a criminal penalty: the Rabat Plan of Action reserves criminal sanctions for the most severe cases, and civil or administrative sanctions or other measures can suffice in others.</li>"
           "</ul>",
           "<ul>"
           "<li><b>Propos offensants ou choquants mais protégés :</b> se moquer d’un ministre, critiquer durement une institution religieuse ou des traditions sociales, ou une opinion contraire à la majorité. La bonne réponse est le débat et la réplique, pas la sanction.</li>"
           "<li><b>Discours de haine sous le seuil de l’incitation :</b> des généralisations dégradantes sur un groupe en raison de sa religion, de son origine ou de son sexe. Les plateformes peuvent en réduire la portée ou le retirer selon leurs règles, et la société civile y répond par la contre-parole et la sensibilisation, mais une sanction pénale serait ici en général disproportionnée.</li>"
           "<li><b>Incitation à la violence, à la discrimination ou à l’hostilité :</b> un appel, explicite ou implicite mais compris, à nuire à un groupe précis, dans un contexte qui rend le préjudice probable. C’est ce que l’article 20(2) du Pacte oblige les États à <b>interdire par la loi</b>, en termes précis. Interdire ne veut pas toujours dire sanctionner pénalement : le Plan d’action de Rabat réserve les sanctions pénales aux cas les plus graves, et des sanctions civiles ou administratives ou d’autres mesures peuvent suffire dans les autres.</li>"
           "</ul>"),
        _term("incitement"),
        {"type": "content_warning", "value": {
            "warning": T("يحتوي المثال التالي على منشور تحريضي خيالي ضد فئة من السكان.",
                         "The following example contains a fictitious post inciting against a group of residents."),
            "body": T("<p><b>المنشور الأول (خيالي):</b> «النازحون الجدد في حي الميناء سرقوا أرزاقنا. الليلة بعد صلاة العشاء نلتقي عند السوق، ومن يملك عصا فليحضرها. لن نترك واحدًا منهم ينام هنا».</p>"
                      "<p><b>المنشور الثاني (خيالي):</b> «سياسة البلدية في توزيع مساكن النازحين فاشلة وظالمة لأهل الحي، والمسؤول عنها يجب أن يستقيل فورًا».</p>"
                      "<p><b>التحليل:</b> المنشور الأول يحدد فئة، ويحمّلها ذنبًا جماعيًا، ويدعو إلى تجمع في زمان ومكان محددين مع أدوات للأذى: هذا تحريض على العنف. أما الثاني فغاضب وقاسٍ، لكنه نقد لسياسة عامة ولمسؤول عام، وهو محمي حتى لو اختلفنا معه.</p>",
                      "<p><b>Post one (fictitious):</b> “The new displaced people in the Port quarter have stolen our livelihoods. Tonight after evening prayers we meet at the market, and whoever has a stick should bring it. We won’t let a single one of them sleep here.”</p>"
                      "<p><b>Post two (fictitious):</b> “The municipality’s policy on housing displaced people is a failure and unfair to the neighbourhood’s residents, and the official responsible should resign immediately.”</p>"
                      "<p><b>Analysis:</b> post one singles out a group, assigns it collective guilt and calls for a gathering at a set time and place with tools for harm: this is incitement to violence. Post two is angry and harsh, but it criticises a public policy and a public official, and it is protected even if we disagree with it.</p>"),
        }},
        _callout("tip", "السؤال المفيد", "The useful question",
                 "<p>لا تسأل: «هل هذا الكلام مسيء؟» بل اسأل: «هل يدعو إلى إيذاء فئة أو التمييز ضدها، وهل من المرجح أن يؤدي إلى ذلك؟». الإساءة وحدها لا تكفي سببًا للتجريم، وحتى التحريض لا يستحق العقوبة الجنائية إلا في أشد حالاته.</p>",
                 "<p>Don’t ask “Is this speech offensive?” Ask instead: “Does it call for harm or discrimination against a group, and is it likely to lead to that?” Offence alone is not a reason to criminalise, and even incitement deserves a criminal penalty only in its most severe forms.</p>",
                 fr=("La question utile", "<p>Ne demandez pas : « Ces propos sont-ils offensants ? » Demandez plutôt : « Appellent-ils à nuire à un groupe ou à le discriminer, et est-il probable qu’ils y mènent ? » L’offense seule ne justifie pas une incrimination, et même l’incitation ne mérite une sanction pénale que dans ses formes les plus graves.</p>")),
        _h("تمرين: صنّف واختبر تصنيفك", "Exercise: classify, then test your classification"),
        _p("<p>فكّر في منشور أثار غضبك مؤخرًا. صنّفه في إحدى الدرجات الثلاث، واكتب سطرين تبرر فيهما التصنيف. ثم اسأل نفسك: لو طُبّق المعيار نفسه على منشور أؤيده، فهل سأقبل النتيجة؟ هذا السؤال يكشف إن كنا نحكم على الكلام أم على قائله.</p>",
           "<p>Think of a post that made you angry recently. Place it in one of the three levels and write two lines justifying your choice. Then ask yourself: if the same standard were applied to a post I agree with, would I accept the result? That question reveals whether we are judging the speech or the speaker.</p>"),
    ],
}

LESSON_2_2 = {
    "slug": "vague-laws-and-rabat",
    "title": T("لماذا القوانين المبهمة خطرة؟ واختبار العتبة في خطة الرباط", "Why vague laws are dangerous, and the Rabat threshold test"),
    "summary": T("كيف تسكت العبارات المطاطة الصحفيين بدلًا من المحرضين، والعناصر الستة لتقدير ما إذا بلغ الكلام حد التحريض.",
                 "How elastic wording silences journalists rather than inciters, and the six elements for judging whether speech has reached the incitement threshold."),
    "minutes": 22,
    "exercise_minutes": 12,
    "completion": "manual",
    "body": [
        _h("كلمات مطاطة، وعقوبات قاسية", "Elastic words, harsh penalties"),
        _p("<p>أشارت توصيات مؤتمرات المجتمع المدني في منطقتنا إلى مشكلة متكررة: قوانين للجرائم الإلكترونية تستخدم عبارات مثل «المساس بالوحدة الوطنية» أو «إثارة الرأي العام» أو «الإساءة إلى هيبة الدولة» دون تعريف واضح، مع عقوبات غير متناسبة. والمشكلة هنا مزدوجة. أولًا، لا يعرف المواطن مسبقًا ما الممنوع، فيمارس <b>رقابة ذاتية</b> ويتجنب حتى الكلام المشروع. ثانيًا، يصبح تطبيق القانون انتقائيًا: قد يُستخدم ضد صحفي نشر تحقيقًا عن الفساد، بينما يفلت من العقاب من يحرّض فعلًا على العنف.</p>",
           "<p>Recommendations from civil-society conferences in our region point to a recurring problem: cybercrime laws that use phrases such as “undermining national unity”, “stirring up public opinion” or “insulting the prestige of the state” without a clear definition, with disproportionate penalties. The problem is twofold. First, citizens cannot know in advance what is forbidden, so they practise <b>self-censorship</b> and avoid even legitimate speech. Second, enforcement becomes selective: the law may be used against a journalist who published a corruption investigation, while those who really incite violence go unpunished.</p>"),
        {"type": "quote", "value": {
            "text": T("أكد المشاركون ضرورة العمل لضمان أن يجرّم القانون الخطاب الذي يحرض على العنف، وإيجاد آليات شفافة للتصدي لإساءة استخدام منصات التواصل الاجتماعي.",
                      "Participants stressed the need to ensure that the law criminalises speech that incites violence, and to create transparent mechanisms for tackling abuse of social media platforms."),
            "source": T("من التوصيات الختامية لمؤتمر دولي حول وسائل التواصل الاجتماعي وحماية النشطاء، الدوحة",
                        "From the closing recommendations of an international conference on social media and the protection of activists, Doha"),
        }},
        _p("<p>لاحظ دقة التوصية: تجريم <b>التحريض على العنف</b> تحديدًا، لا كل كلام مزعج. القانون الجيد يحمي الفئات المستهدفة بالتحريض ويحمي المنتقدين في الوقت نفسه.</p>",
           "<p>Note how precise the recommendation is: criminalising <b>incitement to violence</b> specifically, not all disturbing speech. A good law protects the groups targeted by incitement and protects critics at the same time.</p>"),
        _h("اختبار العتبة ذو العناصر الستة", "The six-part threshold test"),
        _p("<p>وضعت خطة عمل الرباط، التي اعتُمدت في الرباط عام 2012 في ختام سلسلة ورشات خبراء نظمتها مفوضية الأمم المتحدة السامية لحقوق الإنسان، ستة عناصر يُنظر فيها مجتمعة لتقرير ما إذا كان الكلام قد بلغ عتبة التحريض الذي يستحق العقوبة الجنائية:</p>"
           "<ol>"
           "<li><b>السياق:</b> الظروف الاجتماعية والسياسية وقت الكلام؛ هل هناك توتر أو عنف سابق ضد الفئة المستهدفة؟</li>"
           "<li><b>المتكلم:</b> مكانته ونفوذه على جمهوره؛ فكلام مسؤول أو زعيم له أتباع يختلف عن كلام مستخدم مجهول.</li>"
           "<li><b>النية:</b> هل قصد المتكلم التحريض فعلًا؟ الإهمال، أو نقل الخبر صحفيًا، لا يكفي.</li>"
           "<li><b>المحتوى والشكل:</b> ماذا قيل بالتحديد، وما مدى مباشرته، وما أسلوبه: هل هو عمل فني أو سخرية أو تقرير؟</li>"
           "<li><b>مدى الانتشار:</b> حجم الجمهور وطبيعة الوسيلة وتكرار الرسالة.</li>"
           "<li><b>الاحتمال والوشوك:</b> هل كان من المرجح على نحو معقول أن يؤدي الكلام إلى أذى فعلي، وهل كان هذا الأذى قريب الحدوث؟</li>"
           "</ol>",
           "<p>The Rabat Plan of Action, adopted in Rabat in 2012 at the end of a series of expert workshops organised by the UN human rights office, sets out six elements to be weighed together when deciding whether speech has reached the threshold of incitement that deserves criminal punishment:</p>"
           "<ol>"
           "<li><b>Context:</b> the social and political circumstances at the time; is there tension or past violence against the targeted group?</li>"
           "<li><b>Speaker:</b> their standing and influence over their audience; an official or a leader with followers is different from an anonymous user.</li>"
           "<li><b>Intent:</b> did the speaker actually mean to incite? Negligence, or reporting the news as a journalist, is not enough.</li>"
           "<li><b>Content and form:</b> what exactly was said, how direct it was, and its style: is it art, satire or a report?</li>"
           "<li><b>Extent:</b> the size of the audience, the nature of the medium and how often the message was repeated.</li>"
           "<li><b>Likelihood and imminence:</b> was it reasonably likely that the speech would lead to actual harm, and was that harm close at hand?</li>"
           "</ol>"),
        {"type": "image", "value": {
            "file": "rabat-six-part-test.svg",
            "alt": T("ست بطاقات مرقمة في صفين: السياق، المتكلم، النية، المحتوى والشكل، مدى الانتشار، الاحتمال والوشوك، وتحتها سهم نحو عبارة: يُنظر فيها مجتمعة قبل أي عقوبة جنائية.",
                     "Six numbered cards in two rows: context, speaker, intent, content and form, extent, likelihood and imminence, with an arrow below pointing to: weighed together before any criminal penalty."),
            "caption": T("العناصر الستة لاختبار العتبة في خطة عمل الرباط: لا يكفي عنصر واحد وحده.",
                         "The six elements of the Rabat Plan of Action threshold test: no single element is enough on its own."),
        }},
        {"type": "case_study", "value": {
            "claim": T("«الصحفية حرّضت على الكراهية لأنها نشرت مقطعًا من خطاب تحريضي»",
                       "“The journalist incited hatred because she published a clip of an inciting speech.”"),
            "context": T("<p>نشرت الصحفية رنا في موقع «المرصد اليومي» الخيالي تقريرًا عن خطاب ألقاه شخص في تجمع محلي دعا فيه إلى طرد فئة من السكان. تضمن التقرير مقطعًا قصيرًا من الخطاب، مع تعليق يوضح خطورته، وردود منظمات حقوقية. فاتُّهمت رنا بموجب مادة تجرّم «نشر ما يثير النعرات» دون تعريف.</p>",
                         "<p>Rana, a journalist at the fictitious “Daily Observer” site, published a report about a speech given at a local rally in which the speaker called for expelling a group of residents. The report included a short clip of the speech, commentary explaining its danger, and responses from human-rights organisations. Rana was then charged under an article that criminalises “publishing what stirs up strife”, with no definition.</p>"),
            "verdict": "false",
            "explanation": T("<p>وفق اختبار الرباط، <b>النية</b> هنا إعلامية نقدية لا تحريضية، و<b>الشكل</b> تقرير صحفي يضع الكلام في سياقه ويدينه، و<b>المتكلمة</b> صحفية لا تدعو جمهورها إلى شيء. المحرّض الحقيقي هو صاحب الخطاب. ومعاقبة الصحفية مثال على خطر القوانين المبهمة: إسكات من يكشف التحريض بدلًا من التصدي للتحريض نفسه.</p>",
                             "<p>Under the Rabat test, the <b>intent</b> here is journalistic and critical, not inciting; the <b>form</b> is a news report that puts the speech in context and condemns it; and the <b>speaker</b> is a journalist who calls on her audience to do nothing. The real inciter is the man who gave the speech. Punishing the journalist illustrates the danger of vague laws: silencing the person who exposes incitement instead of tackling the incitement itself.</p>"),
            "sources": [T("حالة خيالية لأغراض التدريب.", "A fictitious training case."),
                        T("خطة عمل الرباط بشأن حظر الدعوة إلى الكراهية القومية أو العنصرية أو الدينية (الأمم المتحدة، 2012)، العناصر الستة لاختبار العتبة.",
                          "The Rabat Plan of Action on the prohibition of advocacy of national, racial or religious hatred (United Nations, 2012), the six-part threshold test.")],
        }},
        _h("تمرين: طبّق العناصر الستة", "Exercise: apply the six elements"),
        _p("<p>عد إلى المنشور الأول في الدرس السابق، الدعوة إلى التجمع عند السوق. طبّق عليه العناصر الستة واحدًا واحدًا، واكتب جملة لكل عنصر. ثم غيّر عنصرًا واحدًا: ماذا لو كتبه حساب بلا متابعين، ولم يقرأه أحد، في مدينة لا نازحين فيها؟ هل يتغير الحكم؟ ولماذا؟</p>",
           "<p>Go back to post one from the previous lesson, the call to gather at the market. Apply the six elements one by one, writing a sentence for each. Then change one element: what if it had been written by an account with no followers, read by no one, in a city with no displaced people? Does the judgement change? Why?</p>"),
        _quiz("rights-m2-practice"),
    ],
}


# ---------------------------------------------------------------------------
# Module 3 — Content moderation: takedowns, blocking, transparency
# ---------------------------------------------------------------------------

LESSON_3_1 = {
    "slug": "how-takedowns-happen",
    "title": T("كيف يُحذف المحتوى ويُحجب؟", "How content is removed and blocked"),
    "summary": T("ست طرق يختفي بها المحتوى، من قواعد المنصة والأنظمة الآلية إلى الأوامر الحكومية والحجب على مستوى الشبكة.",
                 "Six ways content disappears, from platform rules and automated systems to government orders and network-level blocking."),
    "minutes": 12,
    "exercise_minutes": 8,
    "completion": "manual",
    "body": [
        _h("طرق كثيرة للاختفاء", "Many ways to disappear"),
        _p("<p>حين يختفي منشورك أو يتوقف وصولك إلى موقع، فقد تكون وراء ذلك أكثر من جهة، ولكل منها طريق مختلف للاعتراض. فهم هذه الطرق هو الخطوة الأولى نحو الانتصاف.</p>"
           "<ol>"
           "<li><b>قواعد المنصة:</b> لكل منصة «معايير مجتمع» خاصة بالعنف والتحرش والمحتوى الجنسي والإرهاب وغيرها. وقد تحذف منشورًا قانونيًا تمامًا في بلدك لأنه يخالف قواعدها.</li>"
           "<li><b>الأنظمة الآلية:</b> معظم المحتوى المحذوف يُكتشف آليًا بخوارزميات تبحث عن صور أو كلمات أو أنماط. هذه الأنظمة سريعة لكنها تخطئ، خاصة في اللغة العربية ولهجاتها، وفي التمييز بين توثيق العنف والترويج له.</li>"
           "<li><b>بلاغات المستخدمين:</b> قد تكون مشروعة، وقد تكون حملة بلاغات منظمة لإسكات صوت ناقد.</li>"
           "<li><b>الطلبات الحكومية والأوامر القضائية:</b> قد تطلب جهة رسمية حذف محتوى أو حجبه داخل بلد واحد فقط، وهو ما يسمى الحجب الجغرافي، فيبقى ظاهرًا في الخارج.</li>"
           "<li><b>الحجب على مستوى الشبكة:</b> يمنع مزوّد الإنترنت الوصول إلى موقع كامل أو تطبيق بأمر من السلطات، أحيانًا دون إعلان أو سند قانوني منشور.</li>"
           "<li><b>تقليل الوصول:</b> لا يُحذف المنشور، لكن المنصة تخفض ظهوره أو تستبعده من التوصيات، وقد لا تُعلمك بذلك.</li>"
           "</ol>",
           "<p>When your post disappears or you can no longer reach a website, more than one actor may be responsible, and each has a different route for challenging the decision. Understanding these routes is the first step towards remedy.</p>"
           "<ol>"
           "<li><b>Platform rules:</b> every platform has “community standards” on violence, harassment, sexual content, terrorism and more. It may remove a post that is perfectly legal in your country because it breaks those rules.</li>"
           "<li><b>Automated systems:</b> most removed content is detected automatically by algorithms looking for images, words or patterns. They are fast but make mistakes, especially with Arabic and its dialects, and in telling documentation of violence from its promotion.</li>"
           "<li><b>User reports:</b> they may be legitimate, or an organised mass-reporting campaign to silence a critical voice.</li>"
           "<li><b>Government requests and court orders:</b> an authority may ask for content to be removed, or blocked in one country only, known as geo-blocking, so it remains visible abroad.</li>"
           "<li><b>Network-level blocking:</b> the internet provider blocks access to a whole site or app on the authorities’ orders, sometimes with no announcement or published legal basis.</li>"
           "<li><b>Reduced reach:</b> the post is not removed, but the platform lowers its visibility or excludes it from recommendations, and may not tell you.</li>"
           "</ol>"),
        _term("content-moderation"),
        _callout("example", "توثيق أم ترويج؟", "Documentation or promotion?",
                 "<p>وثّق مرصد حقوقي خيالي اسمه «شاهد» انتهاكات خلال نزاع مسلح بنشر مقاطع مصورة مع شرح لكل منها. حذف النظام الآلي لمنصة الفيديو عشرات المقاطع لأنها «تتضمن عنفًا صادمًا»، مع أنها كانت أدلة قد يحتاج إليها المحققون لاحقًا. هذا النوع من الأخطاء شائع، ولهذا تطالب منظمات حقوقية بأن تحفظ المنصات المحتوى المحذوف الذي قد يكون دليلًا على جرائم، وأن توفر طريقًا سريعًا للاعتراض.</p>",
                 "<p>A fictitious human-rights monitor called “Shahed” documented abuses during an armed conflict by posting videos with an explanation for each. The video platform’s automated system removed dozens of clips for “containing graphic violence”, even though they were evidence investigators might need later. Mistakes like this are common, which is why rights groups demand that platforms preserve removed content that may be evidence of crimes and provide a fast route for appeals.</p>"),
        _callout("warning", "حين لا تعرف من حذف", "When you don’t know who removed it",
                 "<p>إن لم يصلك إشعار، أو وصلك إشعار عام بلا سبب محدد، فاحفظ كل ما يتوفر: لقطة للشاشة، ووقت الاكتشاف، ورسالة الخطأ. واطلب من زميل في بلد آخر أن يحاول فتح المحتوى؛ فإن ظهر هناك، فقد يكون حجبًا جغرافيًا بطلب رسمي.</p>",
                 "<p>If you received no notice, or a generic one with no specific reason, save everything available: a screenshot, the time you noticed, the error message. Ask a colleague in another country to try opening the content; if it shows up there, it may be geo-blocking at an official request.</p>"),
        _p("<p><b>حملات البلاغات المنظمة:</b> إن لاحظت أن حسابات عدة حُذفت أو قُيّدت في اليوم نفسه بعد نشر موقف ناقد، فقد تكون أمام بلاغات جماعية منسقة. اجمع الأمثلة والتواريخ، وأبلغ منظمة حقوق رقمية تتابع هذه الحملات، واذكر النمط صراحة في اعتراضك: «حُذف المنشور بعد موجة بلاغات منسقة، ولم يتغير محتواه».</p>",
           "<p><b>Organised reporting campaigns:</b> if you notice several accounts removed or restricted on the same day after taking a critical stance, you may be facing coordinated mass reporting. Collect the examples and dates, tell a digital-rights organisation that tracks such campaigns, and name the pattern explicitly in your appeal: “The post was removed after a wave of coordinated reports; its content had not changed.”</p>"),
        _checklist("أسئلة تساعدك على تحديد ما حدث", "Questions to help you work out what happened", [
            ("هل وصلني إشعار من المنصة؟ وما القاعدة التي ذكرها؟",
             "Did I get a notice from the platform? Which rule did it cite?"),
            ("هل حُذف المحتوى كليًا، أم حُجب في بلدي فقط؟",
             "Was the content removed entirely, or blocked only in my country?"),
            ("هل تأثر حسابي كله بالتعليق أو التقييد، أم منشور واحد فقط؟",
             "Was my whole account suspended or restricted, or just one post?"),
            ("هل حدث ذلك بعد حملة بلاغات أو حدث سياسي؟",
             "Did it happen after a reporting campaign or a political event?"),
            ("هل الموقع كله محجوب على شبكات مزوّدي الإنترنت في بلدي؟",
             "Is the whole site blocked on internet providers’ networks in my country?"),
        ]),
        _h("تمرين: من حذف؟", "Exercise: who removed it?"),
        _p("<p>تذكّر حالة حذف أو حجب واجهتها أنت أو منظمة تعرفها. استخدم الأسئلة الخمسة لتحديد الجهة المرجحة. ثم اكتب: ما المعلومة التي كانت ستساعدك لو قدّمتها المنصة أو السلطة منذ البداية؟ احتفظ بإجابتك، فهي مسودة لما ستطالب به في الدرس التالي.</p>",
           "<p>Think of a removal or blocking you or an organisation you know experienced. Use the five questions to identify the likely actor. Then write: what information would have helped you if the platform or authority had provided it from the start? Keep your answer; it is a draft of what you will ask for in the next lesson.</p>"),
    ],
}

LESSON_3_2 = {
    "slug": "transparency-and-appeals",
    "title": T("تقارير الشفافية وحق الاعتراض", "Transparency reports and the right to appeal"),
    "summary": T("كيف تقرأ تقرير شفافية وما الذي تبحث عنه فيه، وحالة منشور حُذف خطأً ثم أُعيد بعد الاعتراض.",
                 "How to read a transparency report and what to look for, and the case of a post wrongly removed and restored on appeal."),
    "minutes": 19,
    "exercise_minutes": 10,
    "completion": "manual",
    "body": [
        _h("ماذا يعني أن تكون الإزالة شفافة؟", "What does a transparent removal mean?"),
        _p("<p>دعت توصيات المجتمع المدني إلى قواعد واضحة وشفافة للمحتوى، وإلى معلومات متاحة عن حق الشركات في حذف المحتوى أو حجبه. وللشفافية هنا مستويان: شفافية تجاهك أنت كمستخدم، أي لماذا حُذف منشوري، ومن طلب ذلك، وكيف أعترض؛ وشفافية تجاه المجتمع، أي كم منشورًا حُذف، وبطلب من أي حكومات، وكم اعتراضًا قُبل.</p>",
           "<p>Civil-society recommendations have called for clear and transparent content rules and for available information on companies’ power to remove or block content. Transparency has two levels here: towards you as a user, meaning why my post was removed, who asked for it and how I can appeal; and towards society, meaning how many posts were removed, at the request of which governments, and how many appeals succeeded.</p>"),
        _term("transparency-report"),
        _h("كيف تقرأ تقرير شفافية؟", "How to read a transparency report"),
        _p("<ul>"
           "<li><b>الطلبات الحكومية:</b> عدد طلبات الحذف وطلبات بيانات المستخدمين من كل دولة، ونسبة ما استجابت له الشركة.</li>"
           "<li><b>الإزالة وفق قواعد المنصة:</b> عدد المنشورات المحذوفة حسب الفئة، وكم منها اكتُشف آليًا.</li>"
           "<li><b>الاعتراضات:</b> كم اعتراضًا قُدّم، وكم منشورًا أُعيد بعد المراجعة. ارتفاع نسبة الإعادة في فئة ما يشير إلى أخطاء متكررة فيها.</li>"
           "<li><b>الحجب وقطع الخدمة:</b> بعض المنصات وشركات الاتصالات تنشر أوامر الحجب وقطع الإنترنت التي تلقتها.</li>"
           "</ul>"
           "<p>وابحث أيضًا عمّا ينقص التقرير: هل يفصّل الأرقام حسب البلد واللغة؟ هل يذكر دقة الأنظمة الآلية في العربية؟ غياب المعلومة معلومة بحد ذاته.</p>",
           "<ul>"
           "<li><b>Government requests:</b> the number of removal requests and user-data requests from each country, and the share the company complied with.</li>"
           "<li><b>Removals under platform rules:</b> the number of posts removed by category, and how many were detected automatically.</li>"
           "<li><b>Appeals:</b> how many appeals were filed and how many posts were restored after review. A high restoration rate in a category points to repeated mistakes there.</li>"
           "<li><b>Blocking and shutdowns:</b> some platforms and telecom companies publish the blocking and internet-shutdown orders they received.</li>"
           "</ul>"
           "<p>Also look for what the report leaves out: does it break figures down by country and language? Does it mention how accurate its automated systems are in Arabic? A missing figure is information in itself.</p>"),
        _callout("tip", "مبادئ يُقاس بها أداء المنصات", "Principles to measure platforms against",
                 "<p>تستند منظمات المجتمع المدني إلى مبادئ معروفة للشفافية والمساءلة في إدارة المحتوى، مثل «مبادئ سانتا كلارا». وخلاصتها ثلاثة مطالب: أرقام منشورة عن الإزالة، وإشعار واضح للمستخدم يذكر سبب الإزالة والقاعدة المطبّقة، وفرصة حقيقية للاعتراض تتضمن مراجعة بشرية.</p>",
                 "<p>Civil-society organisations rely on well-known principles for transparency and accountability in content moderation, such as the “Santa Clara Principles”. In short they make three demands: published numbers on removals, a clear notice to the user stating the reason and the rule applied, and a real opportunity to appeal that includes human review.</p>"),
        _p("<p><b>الإشعار الجيد</b> يذكر المنشور المحذوف بعينه، والقاعدة التي خالفها بالتحديد، وما إذا كان القرار آليًا أو بشريًا، وما إذا جاء بطلب حكومي، وكيف تعترض وخلال أي مهلة. وإذا وصلك إشعار ينقصه شيء من ذلك، فاذكر هذا النقص في اعتراضك واطلب المعلومة صراحة.</p>",
           "<p><b>A good notice</b> identifies the specific post removed, the exact rule it broke, whether the decision was automated or made by a person, whether it followed a government request, and how and by when you can appeal. If a notice you receive lacks any of this, point out the gap in your appeal and ask for the information explicitly.</p>"),
        {"type": "case_study", "value": {
            "claim": T("«المنشور يخالف سياسة المنصة بشأن التنظيمات الخطرة»",
                       "“The post violates the platform’s policy on dangerous organisations.”"),
            "context": T("<p>نشرت جمعية «أصوات الشباب» الخيالية على منصة «تواصل» منشورًا بالعربية عن ورشة لمواجهة التطرف، ذكرت فيه اسم تنظيم متطرف في سياق التحذير منه. بعد ساعة وصلها إشعار بحذف المنشور لأنه «يروّج لتنظيمات خطرة»، مع تحذير على الحساب. قدّمت الجمعية اعتراضًا من داخل التطبيق في اليوم التالي، شرحت فيه أن المنشور توعوي، وأشارت إلى صفحة الورشة على موقعها وإلى برنامجها.</p>",
                         "<p>The fictitious “Youth Voices” association posted in Arabic on the SocialNet platform about a workshop on countering extremism, naming an extremist group in order to warn against it. An hour later it received a notice that the post had been removed for “promoting dangerous organisations”, with a warning on the account. The next day the association appealed from inside the app, explaining that the post was educational and pointing to the workshop page on its website and to the agenda.</p>"),
            "verdict": "false",
            "explanation": T("<p>الحذف كان خاطئًا: التقط النظام الآلي اسم التنظيم دون أن يفهم السياق التوعوي. وبعد ستة أيام أعادت المنصة المنشور وأزالت التحذير. ما نجح هنا: اعتراض سريع بلغة هادئة، وإشارة إلى استثناء المحتوى التوعوي والإخباري في قواعد المنصة نفسها، وأدلة على طبيعة النشاط.</p>",
                             "<p>The removal was wrong: the automated system caught the group’s name without understanding the educational context. Six days later the platform restored the post and lifted the warning. What worked: a quick appeal in calm language, a reference to the exception for educational and news content in the platform’s own rules, and evidence of what the activity really was.</p>"),
            "sources": [T("حالة خيالية لأغراض التدريب؛ النمط شائع في ما ترصده منظمات الحقوق الرقمية عن الإزالة الآلية للمحتوى العربي.",
                          "A fictitious training case; the pattern is common in what digital-rights groups document about automated removal of Arabic content.")],
        }},
        {"type": "local_resources", "value": {"title": T("طرق الطعن وقواعد بيانات الشفافية", "Appeal routes and transparency databases", "Voies de recours et bases de transparence"), "kinds": ["appeal_route"], "countries": []}},
        _h("تمرين: ابحث عن بلدك في الأرقام", "Exercise: find your country in the figures"),
        _p("<p>اختر منصة تستخدمها وابحث في صفحة «الشفافية» أو «مركز الشفافية» لديها، بكتابة اسم الصفحة في محرك البحث لا عبر روابط مرسلة إليك، عن أرقام بلدك: كم طلب حذف حكوميًا تلقت؟ وكم منشورًا أُعيد بعد الاعتراض؟ إن لم تجد هذه الأرقام، فدوّن ذلك أيضًا، وأضفه إلى قائمة المطالب التي بدأتها في الدرس السابق.</p>",
           "<p>Pick a platform you use and look through its “transparency” page or “transparency centre”, found by searching for it yourself rather than through links sent to you, for your country’s figures: how many government removal requests did it receive? How many posts were restored after appeal? If you can’t find these figures, write that down too, and add it to the list of demands you started in the previous lesson.</p>"),
        _quiz("rights-m3-practice"),
    ],
}


# ---------------------------------------------------------------------------
# Module 4 — Remedy: appeals, documentation, courts
# ---------------------------------------------------------------------------

LESSON_4_1 = {
    "slug": "how-to-appeal",
    "title": T("كيف تكتب اعتراضًا ناجحًا؟", "How to write a successful appeal"),
    "summary": T("ست خطوات للاعتراض على حذف محتوى، وقالب رسالة جاهز، وأخطاء تضعف فرصك.",
                 "Six steps for appealing a removal, a ready-made letter template, and mistakes that weaken your chances."),
    "minutes": 16,
    "exercise_minutes": 12,
    "completion": "manual",
    "body": [
        _h("الاعتراض حق، فاستخدمه", "Appealing is a right: use it"),
        _p("<p>الحق في الانتصاف يعني أن من انتُهك حقه يجب أن يجد طريقًا فعالًا لتصحيح الخطأ: مراجعة القرار، وإعادة المحتوى، والتعويض عند وقوع ضرر. كثيرون لا يعترضون لأنهم يظنون أن لا أحد يقرأ الاعتراضات. لكن تقارير الشفافية تُظهر أن جزءًا ملموسًا من المحتوى يُعاد بعد الاعتراض، وكل اعتراض مقبول يصبح أيضًا دليلًا على خلل في نظام الإزالة يمكن البناء عليه.</p>",
           "<p>The right to remedy means that anyone whose rights are violated must have an effective way to correct the wrong: a review of the decision, restoration of the content, and compensation where harm was done. Many people don’t appeal because they assume nobody reads appeals. But transparency reports show that a meaningful share of content is restored after appeal, and every successful appeal also becomes evidence of a flaw in the removal system that others can build on.</p>"),
        _term("right-to-remedy"),
        _h("خطوات الاعتراض", "The steps of an appeal"),
        _p("<ol>"
           "<li><b>احفظ الإشعار:</b> لقطة شاشة لإشعار الحذف، والقاعدة المذكورة، والتاريخ، ونص المنشور أو صورته إن كانت لديك.</li>"
           "<li><b>اعترض من القناة الرسمية وبسرعة:</b> كثير من المنصات تحدد مهلة للاعتراض. استخدم زر «طلب مراجعة» في التطبيق أو مركز المساعدة.</li>"
           "<li><b>اذكر القاعدة واشرح لماذا لا تنطبق:</b> عبارة «المنشور تقرير إخباري يوثّق...» أقوى من «هذا ظلم».</li>"
           "<li><b>استند إلى استثناءات المنصة نفسها:</b> معظم القواعد تستثني المحتوى الإخباري والتوعوي والفني والتوثيقي.</li>"
           "<li><b>أرفق السياق:</b> صفحة التقرير على موقعك، أو اسم المؤسسة، أو ما يبين أن المنشور جزء من حملة توعية.</li>"
           "<li><b>دوّن رقم الطلب وتابع:</b> إن رُفض الاعتراض، فاسأل عن مستوى مراجعة أعلى، وعن وجود هيئة رقابة مستقلة تقبل الحالات.</li>"
           "</ol>",
           "<ol>"
           "<li><b>Save the notice:</b> a screenshot of the removal notice, the rule cited, the date, and the text or image of the post if you have it.</li>"
           "<li><b>Appeal through the official channel, quickly:</b> many platforms set a deadline for appeals. Use the “request review” button in the app or the help centre.</li>"
           "<li><b>Name the rule and explain why it doesn’t apply:</b> “The post is a news report documenting...” is stronger than “This is unfair.”</li>"
           "<li><b>Rely on the platform’s own exceptions:</b> most rules exempt news, educational, artistic and documentary content.</li>"
           "<li><b>Attach the context:</b> the report’s page on your website, your organisation’s name, or anything showing the post is part of an awareness campaign.</li>"
           "<li><b>Note the case number and follow up:</b> if the appeal is rejected, ask about a higher level of review and whether an independent oversight body accepts cases.</li>"
           "</ol>"),
        {"type": "handout", "value": {
            "handout": "appeal-letter-template",
            "title": T("قالب: رسالة اعتراض على حذف محتوى", "Template: letter appealing a content removal", "Modèle : lettre de recours contre un retrait de contenu"),
            "description": T("قالب PDF قصير تملأ خاناته، مع ملاحظات عن الصياغة وما ترفقه.",
                             "A short PDF template with blanks to fill, plus notes on wording and what to attach.",
                             "Un court modèle PDF à compléter, avec des conseils de rédaction et la liste des pièces à joindre.")}},
        _callout("tip", "اكتب لمراجع مشغول", "Write for a busy reviewer",
                 "<p>قد يقرأ المراجع مئات الاعتراضات يوميًا، وقد لا يتقن لهجتك. اكتب جملًا قصيرة بلغة واضحة، وترجم الكلمات الأساسية إن أمكن، وضع أقوى حجة في السطر الأول.</p>",
                 "<p>A reviewer may read hundreds of appeals a day and may not know your dialect. Write short sentences in clear language, translate key words where possible, and put your strongest argument in the first line.</p>"),
        _callout("example", "اعتراض من ثلاث جمل", "An appeal in three sentences",
                 "<p>«حُذف منشورنا بتاريخ 3 آذار/مارس بدعوى الترويج لتنظيمات خطرة. المنشور إعلان عن ورشة لمواجهة التطرف يذكر اسم التنظيم للتحذير منه، وهو ما تستثنيه قواعدكم الخاصة بالمحتوى التوعوي. نرجو إعادة المنشور وإزالة التحذير من حسابنا، ومرفق برنامج الورشة».</p>",
                 "<p>“Our post was removed on 3 March for allegedly promoting dangerous organisations. The post announces a workshop on countering extremism and names the group to warn against it, which your rules exempt as educational content. Please restore the post and remove the warning from our account; the workshop agenda is attached.”</p>"),
        _checklist("قبل أن ترسل الاعتراض", "Before you send the appeal", [
            ("هل ذكرت القاعدة التي استند إليها الحذف، وسبب عدم انطباقها؟",
             "Have I named the rule the removal relied on, and why it does not apply?"),
            ("هل أشرت إلى الاستثناء المناسب في قواعد المنصة؟",
             "Have I pointed to the relevant exception in the platform’s rules?"),
            ("هل أرفقت ما يثبت السياق، وحفظت نسخة من الإشعار ومن الاعتراض؟",
             "Have I attached evidence of the context, and kept a copy of the notice and of the appeal?"),
            ("هل طلبت بوضوح ما أريده: إعادة المنشور، أو رفع القيد، أو إزالة التحذير؟",
             "Have I clearly asked for what I want: restoring the post, lifting the restriction or removing the warning?"),
        ]),
        _callout("warning", "لا تُعد النشر فورًا", "Don’t repost straight away",
                 "<p>إعادة نشر المحتوى المحذوف نفسه أكثر من مرة قبل البت في الاعتراض قد تعدّها المنصة مخالفة متكررة، فتقيّد حسابك كله. انتظر نتيجة الاعتراض، أو انشر نسخة معدّلة توضح السياق.</p>",
                 "<p>Reposting the same removed content several times before the appeal is decided may be treated by the platform as repeat violations, leading to restrictions on your whole account. Wait for the outcome, or post an edited version that makes the context clear.</p>"),
        _h("وإن رُفض الاعتراض؟", "And if the appeal is rejected?"),
        _p("<p>الرفض الأول ليس نهاية الطريق. بعض المنصات تتيح مراجعة ثانية أو إحالة الحالة إلى هيئة رقابة مستقلة. ومنظمات الحقوق الرقمية في المنطقة تجمع الحالات المتشابهة وترفعها إلى المنصات مجتمعة، وهو ما يحدث أثرًا لا يحدثه اعتراض منفرد. وإن كان الحذف بطلب حكومي، فقد يكون الطريق التالي قانونيًا لا تقنيًا، وهو ما نتناوله في الدرس الأخير.</p>",
           "<p>A first rejection is not the end of the road. Some platforms allow a second review or referral of the case to an independent oversight body. Digital-rights organisations in the region collect similar cases and raise them with platforms together, which has an impact a single appeal cannot. And if the removal followed a government request, the next route may be legal rather than technical, which we cover in the final lesson.</p>"),
        _h("تمرين: اكتب اعتراضك", "Exercise: write your appeal"),
        _p("<p>استخدم القالب المرفق لكتابة اعتراض على حالة جمعية «أصوات الشباب» في الدرس السابق، أو على حالة حقيقية تعرفها. التزم بخمس جمل على الأكثر، وتأكد أن الجملة الأولى تذكر القاعدة وسبب عدم انطباقها. ثم اطلب من زميل أن يقرأه في ثلاثين ثانية: هل فهم المطلوب؟</p>",
           "<p>Use the attached template to write an appeal for the “Youth Voices” case from the previous lesson, or for a real case you know. Keep it to five sentences at most, and make sure the first sentence names the rule and why it does not apply. Then ask a colleague to read it in thirty seconds: did they understand what you are asking for?</p>"),
    ],
}

LESSON_4_2 = {
    "slug": "document-and-seek-redress",
    "title": T("وثّق الانتهاك واطلب الانتصاف", "Document the violation and seek redress"),
    "summary": T("ما الذي توثّقه وكيف تحفظه، وسلّم الانتصاف من المنصة إلى المحاكم والآليات الدولية.",
                 "What to document and how to keep it, and the ladder of remedy from the platform to the courts and international mechanisms."),
    "minutes": 40,
    "exercise_minutes": 10,
    "completion": "quiz",
    "body": [
        _h("التوثيق الجيد يصنع الفرق", "Good documentation makes the difference"),
        _p("<p>سواء أردت الاعتراض لدى منصة، أو تقديم شكوى إلى هيئة حماية البيانات، أو رفع دعوى أمام محكمة، أو فقط إضافة حالتك إلى تقرير منظمة حقوقية، فستحتاج إلى توثيق دقيق. وقد دعت توصيات المجتمع المدني إلى رصد منهجي للانتهاكات ضد الصحفيين والنقابيين والمحامين والأكاديميين، ولا رصد بلا توثيق.</p>",
           "<p>Whether you want to appeal to a platform, complain to a data-protection authority, bring a case before a court, or simply add your case to a human-rights organisation’s report, you will need accurate documentation. Civil-society recommendations have called for systematic monitoring of violations against journalists, trade unionists, lawyers and academics, and there is no monitoring without documentation.</p>"),
        _checklist("ما الذي توثّقه؟", "What to document", [
            ("ماذا حدث بالضبط: حذف، أو حجب، أو تعليق حساب، أو تهديد، أو تسريب بيانات.",
             "Exactly what happened: removal, blocking, account suspension, threat or data leak."),
            ("التاريخ والوقت والمنطقة الزمنية.",
             "The date, time and time zone."),
            ("الرابط الكامل ونص المحتوى، ولقطات شاشة يظهر فيها العنوان والتاريخ.",
             "The full link and the text of the content, with screenshots showing the address and date."),
            ("الإشعارات والرسائل من المنصة أو الجهة الرسمية كما هي دون تعديل.",
             "Notices and messages from the platform or the authority, exactly as received, unedited."),
            ("الضرر الناتج: فقدان جمهور أو دخل، أو تهديد للسلامة، أو أثر نفسي.",
             "The resulting harm: lost audience or income, threats to safety, or psychological impact."),
            ("الخطوات التي اتخذتها، وردود الجهات عليها مع تواريخها.",
             "The steps you took and the responses you received, with their dates."),
        ]),
        _callout("tip", "احفظ الأدلة بأمان", "Keep evidence safe",
                 "<p>خزّن التوثيق في مكانين على الأقل، أحدهما خارج الجهاز الذي قد يُصادر، ويفضَّل أن يكون التخزين مشفرًا. لا تعدّل الملفات الأصلية بل اعمل على نسخ منها. وإن تضمن التوثيق بيانات ضحايا أو شهود، فاطلب موافقتهم وقلّل المعلومات التي تكشف هوياتهم.</p>",
                 "<p>Store documentation in at least two places, one of them off the device that might be confiscated, preferably encrypted. Don’t edit the original files; work on copies. If the documentation includes data about victims or witnesses, get their consent and minimise details that identify them.</p>"),
        _h("سلّم الانتصاف", "The ladder of remedy"),
        _p("<ol>"
           "<li><b>المنصة:</b> الاعتراض الداخلي، ثم مستويات المراجعة الأعلى أو هيئات الرقابة المستقلة إن وجدت.</li>"
           "<li><b>المنظمات المتخصصة:</b> منظمات الحقوق الرقمية وخطوط المساعدة توثّق الحالة، وقد تتواصل أحيانًا مع المنصات مباشرة.</li>"
           "<li><b>الهيئات الوطنية:</b> هيئة حماية البيانات الشخصية إن وجدت، والمؤسسة الوطنية لحقوق الإنسان، ونقابة الصحفيين.</li>"
           "<li><b>القضاء:</b> حيث يتوفر قضاء مستقل، يمكن الطعن في قرارات الحجب الرسمية، أو المطالبة بالتعويض عن تسريب البيانات، أو الدفاع عن النفس في قضايا التعبير. استشر محاميًا مبكرًا، فالمهل القانونية قصيرة أحيانًا.</li>"
           "<li><b>الآليات الدولية:</b> لا تنتظر نهاية السلّم إن كان شخص في خطر. يستطيع المقررون الخاصون للأمم المتحدة، كالمقرر الخاص المعني بحرية الرأي والتعبير والمقرر الخاص المعني بالمدافعين عن حقوق الإنسان، تلقي البلاغات وتوجيه «نداءات عاجلة» إلى الحكومات <b>دون اشتراط استنفاد سبل الانتصاف المحلية</b>، ويمكن مراسلتهم في أي وقت. أما الشكاوى الفردية أمام هيئات المعاهدات، كاللجنة المعنية بحقوق الإنسان، فتشترط استنفاد سبل الانتصاف المحلية أولًا، ولا تُقبل إلا ضد دولة قبلت هذا الإجراء.</li>"
           "</ol>",
           "<ol>"
           "<li><b>The platform:</b> the internal appeal, then higher levels of review or independent oversight bodies where they exist.</li>"
           "<li><b>Specialised organisations:</b> digital-rights groups and helplines document the case, and sometimes contact platforms directly.</li>"
           "<li><b>National bodies:</b> the personal-data protection authority where one exists, the national human-rights institution and the journalists’ syndicate.</li>"
           "<li><b>The courts:</b> where an independent judiciary is available, official blocking decisions can be challenged, compensation sought for data leaks, and defences mounted in speech cases. Consult a lawyer early, as legal deadlines are sometimes short.</li>"
           "<li><b>International mechanisms:</b> don’t wait for the end of the ladder if someone is at risk. UN special rapporteurs, such as the Special Rapporteur on freedom of opinion and expression and the Special Rapporteur on human rights defenders, can receive communications and send “urgent appeals” to governments <b>without domestic remedies being exhausted</b>, and can be written to at any time. Individual complaints to treaty bodies, such as the Human Rights Committee, do require domestic remedies to be exhausted first, and are admissible only against a state that has accepted that procedure.</li>"
           "</ol>",
           "<ol>"
           "<li><b>La plateforme :</b> le recours interne, puis les niveaux de révision supérieurs ou les organes de contrôle indépendants lorsqu’ils existent.</li>"
           "<li><b>Les organisations spécialisées :</b> les organisations de défense des droits numériques et les lignes d’assistance documentent le cas et contactent parfois directement les plateformes.</li>"
           "<li><b>Les instances nationales :</b> l’autorité de protection des données personnelles lorsqu’elle existe, l’institution nationale des droits humains et le syndicat des journalistes.</li>"
           "<li><b>Les tribunaux :</b> là où la justice est indépendante, on peut contester les décisions officielles de blocage, demander réparation pour une fuite de données et se défendre dans les affaires d’expression. Consultez tôt un avocat, car les délais sont parfois courts.</li>"
           "<li><b>Les mécanismes internationaux :</b> n’attendez pas le bout de l’échelle si une personne est en danger. Les rapporteurs spéciaux de l’ONU, comme le Rapporteur spécial sur la liberté d’opinion et d’expression et la Rapporteuse spéciale sur les défenseurs des droits humains, peuvent recevoir des communications et adresser des « appels urgents » aux gouvernements <b>sans que les voies de recours internes soient épuisées</b>, et peuvent être saisis à tout moment. Les plaintes individuelles devant les organes de traités, comme le Comité des droits de l’homme, exigent en revanche l’épuisement préalable des voies de recours internes et ne sont recevables que contre un État qui a accepté cette procédure.</li>"
           "</ol>"),
        {"type": "quote", "value": {
            "text": T("دعت التوصيات إلى احترام الحق في الحصول على تعويضات والحق في اللجوء إلى المحاكم.",
                      "The recommendations called for respect for the right to compensation and the right to go to court."),
            "source": T("من التوصيات الختامية لمؤتمر دولي حول وسائل التواصل الاجتماعي وحماية النشطاء، الدوحة",
                        "From the closing recommendations of an international conference on social media and the protection of activists, Doha"),
        }},
        {"type": "case_study", "value": {
            "claim": T("«قرار حجب الموقع نهائي ولا يمكن الطعن فيه»",
                       "“The decision to block the website is final and cannot be challenged.”"),
            "context": T("<p>حُجب موقع «منبر الحي» الإخباري الخيالي داخل بلده دون إشعار. وثّق فريق الموقع تاريخ الحجب، وجمع نتائج اختبارات الوصول عبر عدة مزوّدي إنترنت، وطلب كتابيًا من مزوّد رئيسي توضيح سند الحجب. تبيّن أن الحجب تم بقرار إداري استند إلى مادة عامة عن «الإخلال بالنظام العام». فرفع الموقع دعوى أمام القضاء الإداري بمساعدة محامٍ من نقابة الصحفيين.</p>",
                         "<p>The fictitious news site “Neighbourhood Pulpit” was blocked in its own country without notice. The team documented the date of the block, collected access-test results from several internet providers, and asked a major provider in writing to explain the legal basis. It emerged that the block was imposed by an administrative decision citing a general article on “disturbing public order”. The site brought a case before the administrative courts with the help of a lawyer from the journalists’ syndicate.</p>"),
            "verdict": "misleading",
            "explanation": T("<p>الادعاء مضلل: صحيح أن الطعن القضائي لا يتاح في كل مكان، لكن في البلدان التي تسمح بالطعن في القرارات الإدارية يمكن الطعن في قرارات الحجب، خاصة إذا افتقرت إلى التسبيب أو استندت إلى نص مبهم. نجاح الدعوى غير مضمون وقد يستغرق وقتًا، لكن التوثيق المنهجي هو ما جعلها ممكنة أصلًا، والدعوى نفسها تصنع سجلًا علنيًا يسائل الجهة التي حجبت.</p>",
                             "<p>The claim is misleading: judicial review is not available everywhere, but in countries that allow administrative decisions to be challenged, blocking decisions can be contested, especially if they give no reasons or rely on a vague provision. Success is not guaranteed and may take time, but systematic documentation is what made the case possible at all, and the case itself creates a public record that holds the blocking authority to account.</p>"),
            "sources": [T("حالة خيالية لأغراض التدريب؛ الموقع والأشخاص غير حقيقيين، وإمكانية الطعن تختلف من بلد لآخر.",
                          "A fictitious training case; the site and people are not real, and the availability of judicial review varies by country.")],
        }},
        _h("تمرين ختامي: ملف التوثيق", "Final exercise: the documentation file"),
        _p("<p>صمّم ملف توثيق فارغًا لمنظمتك: جدولًا فيه الأعمدة الستة من قائمة التحقق أعلاه، واسم الشخص المسؤول عن تحديثه، ومكان حفظه الآمن. ثم أكمل الاختبار العملي لهذه الوحدة والاختبار النهائي للدورة.</p>",
           "<p>Design an empty documentation file for your organisation: a table with the six columns from the checklist above, the name of the person responsible for updating it, and where it is stored safely. Then complete this module’s practice quiz and the course’s final quiz.</p>"),
        _quiz("rights-m4-practice"),
        _quiz("rights-final"),
    ],
}


COURSE = {
    "slug": "digital-rights",
    "topic": "digital-rights",
    "level": "beginner",
    "duration_minutes": 183,
    "title": T("حقوقك الرقمية: الخصوصية وحرية التعبير والانتصاف",
               "Your digital rights: privacy, freedom of expression and remedy"),
    "summary": T("دورة للصحفيين والناشطين ومنظمات المجتمع المدني عن حماية البيانات الشخصية، والحد الفاصل بين الكلام المسيء والتحريض، وكيف يُحذف المحتوى ويُحجب، وكيف تعترض وتطلب الانتصاف.",
                 "A course for journalists, activists and civil-society organisations on protecting personal data, the line between offensive speech and incitement, how content is removed and blocked, and how to appeal and seek remedy."),
    "outcomes": [
        T("وصف ما تجمعه المنصات من بيانات شخصية، وضبط الإعدادات المهمة، وكتابة طلب وصول إلى البيانات.",
          "Describe the personal data platforms collect, adjust the settings that matter, and write a data access request."),
        T("التمييز بين الكلام المسيء المحمي والتحريض على العنف باستخدام اختبار العتبة ذي العناصر الستة في خطة عمل الرباط.",
          "Distinguish protected offensive speech from incitement to violence using the Rabat Plan of Action’s six-part threshold test."),
        T("شرح خطر القوانين المبهمة على حرية التعبير وعلى مكافحة التحريض معًا.",
          "Explain why vague laws endanger both freedom of expression and the fight against incitement."),
        T("تحديد الجهة المرجحة وراء حذف محتوى أو حجبه، وقراءة تقرير شفافية.",
          "Identify the likely actor behind a removal or block, and read a transparency report."),
        T("كتابة اعتراض فعّال وتوثيق الانتهاكات وتحديد سبل الانتصاف المتاحة، بما فيها القضاء حيث يتوفر.",
          "Write an effective appeal, document violations and identify the remedies available, including the courts where they exist."),
    ],
    "prerequisites": [],
    "final_quiz": "rights-final",
    "modules": [
        {"slug": "privacy-and-personal-data",
         "title": T("الخصوصية والبيانات الشخصية", "Privacy and personal data"),
         "summary": T("ماذا تجمع المنصات، والإعدادات التي تصنع فرقًا، وحقك في معرفة ما لديهم.",
                      "What platforms collect, the settings that make a difference, and your right to know what they hold."),
         "practice_quiz": "rights-m1-practice",
         "lessons": [LESSON_1_1, LESSON_1_2]},
        {"slug": "expression-and-its-limits",
         "title": T("حرية التعبير وحدودها", "Freedom of expression and its limits"),
         "summary": T("الفرق بين الكلام المسيء والتحريض، ولماذا القوانين المبهمة خطرة، واختبار الرباط.",
                      "The difference between offensive speech and incitement, why vague laws are dangerous, and the Rabat test."),
         "practice_quiz": "rights-m2-practice",
         "lessons": [LESSON_2_1, LESSON_2_2]},
        {"slug": "content-moderation",
         "title": T("إدارة المحتوى: الحذف والحجب والشفافية", "Content moderation: removal, blocking and transparency"),
         "summary": T("كيف يختفي المحتوى، ومن يقرر ذلك، وما الذي يجب أن تخبرنا به تقارير الشفافية.",
                      "How content disappears, who decides, and what transparency reports should tell us."),
         "practice_quiz": "rights-m3-practice",
         "lessons": [LESSON_3_1, LESSON_3_2, LESSON_CIRCUMVENTION]},
        {"slug": "remedy",
         "title": T("الانتصاف: الاعتراض والتوثيق واللجوء إلى القضاء", "Remedy: appeals, documentation and going to court"),
         "summary": T("كيف تعترض على حذف محتوى، وتوثّق الانتهاكات، وتطلب الانتصاف حتى أمام المحاكم حيث يتاح ذلك.",
                      "How to appeal a removal, document violations and seek redress, including before the courts where available."),
         "practice_quiz": "rights-m4-practice",
         "lessons": [LESSON_4_1, LESSON_4_2]},
    ],
}

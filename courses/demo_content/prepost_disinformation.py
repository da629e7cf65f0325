"""Pre/post forms A and B of the disinformation course. Pure data.

Every post, account, outlet, organisation and domain is fictitious. The two forms are
parallel position by position: the same item type, the same answer (reliable or
manipulative), the same technique, the same surface (loud or sober, verified or not) and
the same outlet at each position, so that only the topic differs. Each form has 24 items:
12 reliable and 12 manipulative, each of the six techniques twice. Surface cues are spread
on purpose: most manipulative items are sober, several reliable ones are alarming, and
every outlet name carries one real and one fake headline in each form, so that neither
tone, tick nor outlet gives the answer away (tests/courses/test_demo_prepost_forms.py).
"""

try:
    from ._text import T
except ImportError:
    from _text import T


RATE_PROMPT = T("ما مدى موثوقية هذا المنشور؟", "How reliable is this post?",
                "Quel est le degré de fiabilité de cette publication ?")
HEADLINE_PROMPT = T("هل هذا العنوان من خبر حقيقي أم مزيّف؟", "Is this headline from a real or a fake story?",
                    "Ce titre vient-il d’une information réelle ou fausse ?")

# The four outlets of the forms' headlines; each carries one real and one fake headline.
LOCAL_AGENCY = T("وكالة الأنباء المحلية", "Local News Agency", "Agence de presse locale")
MADINA_TODAY = T("المدينة اليوم", "Al-Madina Today", "Al-Madina Aujourd’hui")
ECONOMY_TODAY = T("الاقتصادية اليوم", "Economy Today", "L’Économie aujourd’hui")
COAST_DAILY = T("صحيفة الساحل", "The Coast Daily", "Le Quotidien de la côte")

# The technique of each fake headline (the real_or_fake format has no field for it), by
# its Arabic text: read by the forms' balance test.
HEADLINE_TECHNIQUES: dict[str, str] = {}


def _headline(text, outlet, real, why, technique=None):
    if not real:
        HEADLINE_TECHNIQUES[text[0]] = technique
    return {"type": "real_or_fake", "prompt": HEADLINE_PROMPT, "headline": T(*text),
            "outlet": outlet, "real": real, "explanation": T(*why)}


def _rated(name, handle, verified, text, date, engagement, technique, why):
    """A post to rate; technique None for a reliable post."""
    likes, shares, comments = engagement
    return {"type": "rate_a_post", "prompt": RATE_PROMPT,
            "post": {"display_name": T(*name), "handle": handle, "verified": verified,
                     "text": T(*text), "date": date,
                     "likes": likes, "shares": shares, "comments": comments},
            "reliable": technique is None, "technique": technique, "explanation": T(*why)}


FORM_A_QUESTIONS = [
    # 1 — real headline, sober
    _headline(("البنك المركزي يُبقي سعر الفائدة دون تغيير للمرة الثالثة على التوالي",
               "Central bank keeps interest rate unchanged for the third time in a row",
               "La banque centrale maintient son taux directeur pour la troisième fois d’affilée"),
              LOCAL_AGENCY, True,
              ("حقيقي: جهة محددة وقرار محدد بلا مبالغة، ويمكن التحقق منه في بيان البنك.",
               "Real: a named institution and a specific decision, without exaggeration, checkable in the bank’s statement.",
               "Réel : une institution nommée et une décision précise, sans exagération, vérifiable dans le communiqué de la banque.")),
    # 2 — impersonation, sober
    _rated(("وزارة الشؤون الاجتماعية", "Ministry of Social Affairs", "Ministère des Affaires sociales"),
           "@social_affairs_ministry_info", False,
           ("تعلن الوزارة فتح باب التسجيل في برنامج الدعم النقدي للأسر حتى نهاية الشهر. يتم التسجيل عبر الرابط social-support-gov.example بإدخال رقم الهوية ورقم الحساب المصرفي.",
            "The ministry announces that registration for the family cash-support programme is open until the end of the month. Register at social-support-gov.example by entering your ID number and bank account number.",
            "Le ministère annonce l’ouverture des inscriptions au programme d’aide monétaire aux familles jusqu’à la fin du mois. Inscription sur social-support-gov.example en saisissant votre numéro d’identité et votre numéro de compte bancaire."),
           "2026-02-09", (212, 1430, 88), "impersonation",
           ("انتحال الصفة: حساب غير موثّق باسم وزارة، يرسل إلى نطاق غير رسمي ويطلب رقم الهوية والحساب المصرفي. اللهجة الهادئة جزء من الخدعة.",
            "Impersonation: an unverified account in a ministry’s name, sending people to an unofficial domain and asking for ID and bank numbers. The calm tone is part of the trick.",
            "Usurpation d’identité : un compte non certifié au nom d’un ministère, qui renvoie vers un domaine non officiel et demande les numéros d’identité et de compte bancaire. Le ton calme fait partie de la ruse.")),
    # 3 — reliable, alarming, verified
    _rated(("الدفاع المدني", "Civil Defence", "Protection civile"), "@civil_defence", True,
           ("تحذير عاجل! سيول متوقعة الليلة في وادي الرمل والقرى المحيطة به. ابتعدوا عن مجاري الأودية حتى صباح الغد، ولا تعبروا الطرق المغمورة بالسيارات. الخط الساخن 199.",
            "Urgent warning! Flash floods expected tonight in Wadi al-Raml and the surrounding villages. Stay away from the valley beds until tomorrow morning and don’t drive across flooded roads. Hotline 199.",
            "Alerte urgente ! Crues soudaines attendues cette nuit dans l’oued al-Raml et les villages voisins. Éloignez-vous du lit des oueds jusqu’à demain matin et ne traversez pas les routes inondées en voiture. Numéro d’urgence 199."),
           "2026-02-10", (3400, 5200, 410), None,
           ("موثوق رغم نبرته المقلقة: جهة رسمية موثّقة، ومكان وزمان محددان، وتعليمات عملية ورقم للتواصل. التحذير الحقيقي قد يكون عاجلًا.",
            "Reliable despite its alarming tone: a verified official body, a specific place and time, practical instructions and a number to call. A real warning can be urgent.",
            "Fiable malgré son ton alarmant : un organisme officiel certifié, un lieu et un moment précis, des consignes pratiques et un numéro à appeler. Une vraie alerte peut être urgente.")),
    # 4 — fake headline, emotional language, loud
    _headline(("كارثة!!! أطفالنا يتسمّمون في المدارس والمسؤولون صامتون… انشروا قبل أن يحذفوه",
               "DISASTER!!! Our children are being poisoned at school and officials stay silent… share before they delete it",
               "CATASTROPHE !!! Nos enfants s’empoisonnent à l’école et les responsables se taisent… partagez avant la suppression"),
              MADINA_TODAY, False,
              ("مزيّف: لا مدرسة ولا عدد ولا مصدر، بل خوف وغضب ودعوة إلى النشر السريع. هذه لغة عاطفية تحلّ محل الوقائع.",
               "Fake: no school, no number, no source; only fear, anger and a call to share fast. Emotional language standing in for facts.",
               "Faux : ni école, ni chiffre, ni source ; seulement la peur, la colère et un appel à partager vite. Le langage émotionnel remplace les faits."),
              "emotional_language"),
    # 5 — reliable, sober, unverified person
    _rated(("سامي العلي", "Sami Al-Ali", "Sami Al-Ali"), "@sami_alali_reports", False,
           ("جلسة البرلمان لمناقشة قانون الإيجارات انتهت دون تصويت. رئيس اللجنة قال للصحفيين إن التصويت مؤجّل إلى الأسبوع المقبل. نص المسودة كاملًا منشور على موقع البرلمان.",
            "Parliament’s session on the rent law ended without a vote. The committee chair told journalists the vote is postponed to next week. The full draft is on parliament’s website.",
            "La séance du Parlement sur la loi sur les loyers s’est terminée sans vote. Le président de la commission a dit aux journalistes que le vote est reporté à la semaine prochaine. Le projet complet est sur le site du Parlement."),
           "2026-02-11", (73, 19, 8), None,
           ("موثوق: يذكر ما حدث ومن قاله وأين يجد القارئ النص. الحساب غير موثّق وتفاعله قليل، وهذا لا يجعله مشكوكًا فيه.",
            "Reliable: it says what happened, who said it and where to find the text. The account is unverified with little engagement, which does not make it suspect.",
            "Fiable : elle dit ce qui s’est passé, qui l’a dit et où trouver le texte. Le compte n’est pas certifié et suscite peu de réactions, ce qui ne le rend pas suspect.")),
    # 6 — trolling, loud
    _rated(("أبو سيف", "Abu Saif", "Abou Saïf"), "@abu_saif_2021", False,
           ("😂😂 «تحقق» قال! وين كنتم لما انقطعت الكهربا أسبوع؟ روحوا تحققوا من فواتيركم أول. مين أصلًا بيقرأ لكم؟",
            "😂😂 “Fact-check” they say! Where were you when the power was out for a week? Go check your own bills first. Who even reads you?",
            "😂😂 « Vérification », qu’ils disent ! Vous étiez où quand le courant a sauté une semaine ? Vérifiez d’abord vos factures. Qui vous lit, d’ailleurs ?"),
           "2026-02-12", (95, 12, 64), "trolling",
           ("استفزاز متعمَّد: تعليق تحت تصحيح لا يناقش مضمونه، بل يسخر ويحرف الحديث إلى موضوع آخر ليستدرج ردًا غاضبًا.",
            "Trolling: a comment under a correction that never discusses its content, but mocks and pulls the talk elsewhere to provoke an angry reply.",
            "Trolling : un commentaire sous une correction qui n’en discute jamais le contenu, mais se moque et détourne la conversation pour provoquer une réponse en colère.")),
    # 7 — real headline, alarming
    _headline(("عاجل | وزارة الصحة تسحب دفعتين من حليب الأطفال «نمو» بعد رصد تلوث بكتيري في أحد خطوط الإنتاج",
               "BREAKING | Health ministry recalls two batches of “Numu” infant formula after bacterial contamination is found on a production line",
               "URGENT | Le ministère de la Santé rappelle deux lots de lait infantile « Numu » après une contamination bactérienne sur une ligne de production"),
              ECONOMY_TODAY, True,
              ("حقيقي: خبر مقلق لكنه محدد: جهة رسمية، ومنتج، وعدد دفعات، وسبب. كلمة «عاجل» وحدها لا تجعل العنوان مزيّفًا.",
               "Real: alarming but specific: an official body, a product, a number of batches and a reason. “BREAKING” alone does not make a headline fake.",
               "Réel : inquiétant mais précis : un organisme officiel, un produit, un nombre de lots et une cause. Le mot « URGENT » ne rend pas un titre faux.")),
    # 8 — conspiracy, sober
    _rated(("ليلى منصور", "Layla Mansour", "Layla Mansour"), "@layla_mansour_notes", False,
           ("لاحظوا التوقيت: أُعلن قانون الجرائم الإلكترونية الجديد في الأسبوع نفسه الذي ارتفعت فيه أسعار الخبز. ليس هذا صدفة. هناك من يرتّب الأحداث حتى لا ننتبه إلى ما يُطبخ لنا.",
            "Note the timing: the new cybercrime law was announced in the same week bread prices rose. That’s no coincidence. Someone is arranging events so we don’t notice what is being cooked up for us.",
            "Regardez le calendrier : la nouvelle loi sur la cybercriminalité a été annoncée la semaine même où le prix du pain a augmenté. Ce n’est pas un hasard. Quelqu’un orchestre les événements pour qu’on ne voie pas ce qu’on nous prépare."),
           "2026-02-13", (540, 380, 121), "conspiracy",
           ("المؤامرة: يربط حدثين بالتوقيت وحده ويفترض يدًا خفية دون أي دليل. الهدوء لا يغيّر شيئًا: لا مصدر لما «يُطبخ».",
            "Conspiracy: it links two events by timing alone and assumes a hidden hand without evidence. The calm tone changes nothing: there is no source for what is “being cooked up”.",
            "Complot : elle relie deux événements par leur seule date et suppose une main cachée sans preuve. Le ton calme n’y change rien : rien n’étaye ce qu’on « nous prépare ».")),
    # 9 — fake headline, conspiracy, sober
    _headline(("خبراء: تأخير افتتاح المستشفى الجديد مقصود لإفساح المجال للمستشفيات الخاصة التي يملكها مسؤولون",
               "Experts: the new hospital’s delayed opening is deliberate, to make room for private hospitals owned by officials",
               "Des experts : le retard d’ouverture du nouvel hôpital est voulu, pour laisser la place aux cliniques privées détenues par des responsables"),
              COAST_DAILY, False,
              ("مزيّف: «خبراء» بلا أسماء، ونية خفية مفترضة بلا وثيقة ولا رقم. التأخير واقعة، أما القصد فادعاء مؤامرة.",
               "Fake: unnamed “experts” and an assumed hidden intent with no document or figure. The delay is a fact; the motive is a conspiracy claim.",
               "Faux : des « experts » sans nom et une intention cachée supposée, sans document ni chiffre. Le retard est un fait ; le mobile, une thèse complotiste."),
              "conspiracy"),
    # 10 — reliable, sober, verified
    _rated(("بلدية المدينة الساحلية", "Coastal City Municipality", "Municipalité de la ville côtière"), "@coastal_city_municipality", True,
           ("بسبب أعمال التعبيد، يُغلق شارع البحر أمام السيارات ليلتي الخميس والجمعة من العاشرة مساءً حتى السادسة صباحًا. التحويلة عبر شارع الكورنيش الداخلي.",
            "Because of resurfacing works, Sea Street will be closed to cars on Thursday and Friday nights from 10 p.m. to 6 a.m. The diversion runs via the inner Corniche road.",
            "En raison de travaux de revêtement, la rue de la Mer sera fermée aux voitures jeudi et vendredi soir de 22 h à 6 h. La déviation passe par la corniche intérieure."),
           "2026-02-14", (130, 240, 31), None,
           ("موثوق: إعلان خدمي بالمكان والمدة والسبب والبديل، من حساب البلدية الموثّق.",
            "Reliable: a service notice with place, duration, reason and alternative, from the municipality’s verified account.",
            "Fiable : un avis de service avec lieu, durée, raison et itinéraire de remplacement, depuis le compte certifié de la municipalité.")),
    # 11 — polarisation, sober, verified
    _rated(("مراد الحسيني", "Murad Al-Husseini", "Mourad Al-Husseini"), "@murad_husseini", True,
           ("نحن أبناء هذه المدينة بنيناها بأيدينا. أما القادمون من الريف فلا يعرفون قيمتها ولا يحترمون أهلها. حين تختار لمن تؤجّر أو ممن تشتري، تذكّر من منّا ومن ليس منّا.",
            "We, the sons of this city, built it with our own hands. Those who came from the countryside neither value it nor respect its people. When you choose whom to rent to or buy from, remember who is one of us and who is not.",
            "Nous, enfants de cette ville, l’avons bâtie de nos mains. Ceux qui viennent de la campagne n’en connaissent pas la valeur et n’en respectent pas les habitants. Quand vous choisissez à qui louer ou chez qui acheter, souvenez-vous de qui est des nôtres et de qui ne l’est pas."),
           "2026-02-15", (880, 410, 356), "polarisation",
           ("الاستقطاب: تعميم على فئة كاملة وتقسيم الناس إلى «نحن» و«هم» مع دعوة إلى التمييز. الشارة الزرقاء تؤكد هوية الحساب لا صحة ما ينشره.",
            "Polarisation: a generalisation about a whole group, an “us” and “them” split and a call to discriminate. The blue tick confirms who the account is, not that its posts are true.",
            "Polarisation : une généralisation sur tout un groupe, un partage entre « nous » et « eux » et un appel à discriminer. Le badge bleu confirme l’identité du compte, pas la véracité de ses publications.")),
    # 12 — real headline, sober
    _headline(("المحكمة الإدارية تؤجّل النظر في طعن نقابة الصيادلة على قرار تسعير الأدوية إلى 20 أبريل",
               "Administrative court postpones the pharmacists’ union’s challenge to the drug-pricing decision to 20 April",
               "Le tribunal administratif reporte au 20 avril l’examen du recours du syndicat des pharmaciens contre la décision de fixation des prix des médicaments"),
              MADINA_TODAY, True,
              ("حقيقي: جهة وقضية وتاريخ محدد يمكن التحقق منه في جدول المحكمة، بلا مبالغة.",
               "Real: a body, a case and a date that can be checked on the court’s schedule, without exaggeration.",
               "Réel : une juridiction, une affaire et une date vérifiables au rôle du tribunal, sans exagération.")),
    # 13 — discrediting, sober
    _rated(("منبر الرأي الحر", "Free Opinion Forum", "Tribune de l’opinion libre"), "@free_opinion_forum", False,
           ("الباحثة التي أعدّت تقرير تلوث الشاطئ درست في الخارج وتعمل مع منظمة تتلقى تمويلًا أجنبيًا. لا حاجة لقراءة أرقامها؛ يكفي أن تعرف لمن تعمل.",
            "The researcher who wrote the beach-pollution report studied abroad and works with an organisation that receives foreign funding. No need to read her figures; it is enough to know whom she works for.",
            "La chercheuse qui a rédigé le rapport sur la pollution de la plage a étudié à l’étranger et travaille avec une organisation financée de l’étranger. Inutile de lire ses chiffres ; il suffit de savoir pour qui elle travaille."),
           "2026-02-16", (402, 267, 190), "discrediting",
           ("التشويه: يهاجم الباحثة وتمويل منظمتها بدل مناقشة أرقام التقرير، ويدعو صراحة إلى عدم قراءتها.",
            "Discrediting: it attacks the researcher and her organisation’s funding instead of discussing the report’s figures, and openly tells people not to read them.",
            "Dénigrement : la publication attaque la chercheuse et le financement de son organisation au lieu de discuter les chiffres du rapport, et invite ouvertement à ne pas les lire.")),
    # 14 — reliable, alarming, unverified reporter
    _rated(("ريم حداد | مراسلة", "Reem Haddad | Reporter", "Reem Haddad | Reporter"), "@reem_haddad_news", False,
           ("حريق كبير الآن في مستودع للمواد الكيميائية بالمنطقة الصناعية! الدفاع المدني في الموقع، وطلب من سكان الشارعين المجاورين إغلاق النوافذ. لا معلومات مؤكدة عن إصابات حتى الآن، وسأحدّث هنا.",
            "Major fire right now at a chemicals warehouse in the industrial zone! Civil Defence is on site and has asked residents of the two nearby streets to close their windows. No confirmed information on injuries so far; I’ll update here.",
            "Grand incendie en ce moment dans un entrepôt de produits chimiques de la zone industrielle ! La protection civile est sur place et a demandé aux habitants des deux rues voisines de fermer leurs fenêtres. Aucune information confirmée sur des blessés pour l’instant ; je mettrai à jour ici."),
           "2026-02-17", (610, 720, 95), None,
           ("موثوق رغم نبرته: مراسلة في الموقع تذكر ما تراه ومصدر التعليمات، وتفصل بين المؤكد وغير المؤكد.",
            "Reliable despite its tone: a reporter on the scene says what she sees and where the instructions come from, and separates the confirmed from the unconfirmed.",
            "Fiable malgré le ton : une reporter sur place dit ce qu’elle voit et d’où viennent les consignes, et sépare le confirmé du non-confirmé.")),
    # 15 — fake headline, discrediting, sober
    _headline(("مدير جمعية حماية المستهلك متّهم سابقًا بمخالفة مرورية… فهل نصدّق تقريره عن الأسعار؟",
               "Consumer-protection group’s director once charged with a traffic offence… so should we believe his report on prices?",
               "Le directeur de l’association de consommateurs déjà poursuivi pour une infraction routière… faut-il croire son rapport sur les prix ?"),
              LOCAL_AGENCY, False,
              ("مزيّف مضلّل: لا علاقة لمخالفة مرورية بصحة تقرير الأسعار. العنوان يهاجم الشخص ليتجنب مناقشة الأرقام، وهذا تشويه.",
               "Misleading: a traffic offence has nothing to do with whether the price report is right. The headline attacks the person to avoid the figures: discrediting.",
               "Trompeur : une infraction routière ne dit rien de la justesse du rapport sur les prix. Le titre attaque la personne pour éviter les chiffres : c’est du dénigrement."),
              "discrediting"),
    # 16 — emotional language, loud, verified
    _rated(("نور الهدى", "Nour Al-Huda", "Nour Al-Houda"), "@nour_alhuda_life", True,
           ("قلبي يتمزق 💔💔 رأيت اليوم طفلًا ينام في الشارع من البرد!!! إلى متى هذا الظلم؟ من لا يشارك هذا المنشور لا قلب له!!!",
            "My heart is breaking 💔💔 Today I saw a child sleeping in the street in the cold!!! How long will this injustice last? Anyone who doesn’t share this has no heart!!!",
            "J’ai le cœur brisé 💔💔 Aujourd’hui j’ai vu un enfant dormir dans la rue par ce froid !!! Jusqu’à quand cette injustice ? Qui ne partage pas cette publication n’a pas de cœur !!!"),
           "2026-02-18", (5200, 3900, 870), "emotional_language",
           ("لغة عاطفية: مشهد بلا مكان ولا تفاصيل، وضغط عاطفي («لا قلب له») يدفع إلى المشاركة. قد يكون الألم صادقًا، لكن المنشور لا يقدّم ما يمكن التحقق منه.",
            "Emotional language: a scene with no place or detail, and emotional pressure (“has no heart”) to share. The pain may be sincere, but the post offers nothing to check.",
            "Langage émotionnel : une scène sans lieu ni détail et une pression affective (« n’a pas de cœur ») pour faire partager. La peine est peut-être sincère, mais rien n’est vérifiable.")),
    # 17 — reliable, sober, verified
    _rated(("هيئة الإحصاء", "Statistics Authority", "Office de la statistique"), "@stats_authority", True,
           ("نشرنا اليوم نتائج مسح القوى العاملة للربع الأخير: بلغ معدل البطالة 11.2% مقارنة بـ 11.8% قبل عام. الجداول الكاملة والمنهجية على موقع الهيئة.",
            "Today we published the labour-force survey for the last quarter: unemployment stood at 11.2%, compared with 11.8% a year earlier. Full tables and methodology are on our website.",
            "Nous avons publié aujourd’hui l’enquête sur la population active du dernier trimestre : le chômage s’établit à 11,2 %, contre 11,8 % un an plus tôt. Tableaux complets et méthodologie sur notre site."),
           "2026-02-19", (88, 61, 14), None,
           ("موثوق: أرقام ومقارنة وإحالة إلى الجداول والمنهجية من الجهة المسؤولة عنها.",
            "Reliable: figures, a comparison and a pointer to the tables and methodology, from the body responsible for them.",
            "Fiable : des chiffres, une comparaison et un renvoi aux tableaux et à la méthodologie, par l’organisme qui en est responsable.")),
    # 18 — real headline, alarming
    _headline(("عاجل | ارتفاع حالات الكوليرا في المحافظة إلى 312 حالة ووزارة الصحة تدعو إلى غلي مياه الشرب",
               "BREAKING | Cholera cases in the governorate rise to 312 and the health ministry urges people to boil drinking water",
               "URGENT | Les cas de choléra dans le gouvernorat atteignent 312 et le ministère de la Santé appelle à faire bouillir l’eau de boisson"),
              COAST_DAILY, True,
              ("حقيقي: خبر مخيف لكنه يذكر رقمًا محددًا ومصدرًا رسميًا وتوصية عملية.",
               "Real: frightening, but it gives a precise figure, an official source and a practical recommendation.",
               "Réel : effrayant, mais il donne un chiffre précis, une source officielle et une recommandation pratique.")),
    # 19 — impersonation, loud
    _rated(("قناة المدينة الإخبارية", "Al-Madina News Channel", "Chaîne d’info Al-Madina"), "@almadina_news_tv_", False,
           ("عاجل: إلغاء امتحانات الثانوية العامة هذا العام بقرار من الوزير. الخبر الكامل على قناتنا الجديدة في تيليغرام.",
            "BREAKING: this year’s secondary-school exams cancelled by the minister’s decision. Full story on our new Telegram channel.",
            "URGENT : les examens du baccalauréat annulés cette année sur décision du ministre. Tout sur notre nouvelle chaîne Telegram."),
           "2026-02-20", (2100, 4600, 1300), "impersonation",
           ("انتحال الصفة: اسم قناة معروفة على حساب غير موثّق بمعرّف فيه شرطة سفلية زائدة، يحيل إلى «قناة جديدة» بدل بيان رسمي.",
            "Impersonation: a known channel’s name on an unverified account with an extra underscore in its handle, pointing to a “new channel” instead of an official statement.",
            "Usurpation d’identité : le nom d’une chaîne connue sur un compte non certifié dont l’identifiant a un tiret bas de trop, qui renvoie vers une « nouvelle chaîne » au lieu d’un communiqué officiel.")),
    # 20 — reliable, sober, unverified
    _rated(("جمعية أصدقاء المكتبة", "Friends of the Library", "Les Amis de la bibliothèque"), "@friends_of_library", False,
           ("تبدأ ورشة القراءة للأطفال يوم السبت الساعة العاشرة في مكتبة الحي الشرقي. الدخول مجاني، والأماكن عشرون، والتسجيل عند مكتب الاستقبال.",
            "The children’s reading workshop starts on Saturday at 10 a.m. at the East District library. Entry is free, there are twenty places, and you register at the front desk.",
            "L’atelier de lecture pour enfants commence samedi à 10 h à la bibliothèque du quartier Est. Entrée gratuite, vingt places, inscription à l’accueil."),
           "2026-02-21", (41, 9, 3), None,
           ("موثوق: إعلان عادي بتفاصيل محددة ولا يطلب شيئًا غير معتاد.",
            "Reliable: an ordinary notice with specific details that asks for nothing unusual.",
            "Fiable : une annonce ordinaire avec des détails précis, qui ne demande rien d’inhabituel.")),
    # 21 — fake headline, polarisation, sober
    _headline(("سكان الأحياء الجديدة يستهلكون مياه المدينة على حساب أهلها الأصليين",
               "Residents of the new districts use up the city’s water at the expense of its original people",
               "Les habitants des nouveaux quartiers épuisent l’eau de la ville aux dépens de ses habitants d’origine"),
              ECONOMY_TODAY, False,
              ("مزيّف: بلا رقم ولا مصدر، ويقسم السكان إلى «أصليين» و«جدد» ويحمّل فئة كاملة مشكلة عامة. هذا استقطاب بلغة هادئة.",
               "Fake: no figure, no source; it splits residents into “original” and “new” and blames a whole group for a shared problem. Polarisation in a calm voice.",
               "Faux : ni chiffre ni source ; il divise les habitants entre « d’origine » et « nouveaux » et rend tout un groupe responsable d’un problème commun. De la polarisation sur un ton calme."),
              "polarisation"),
    # 22 — trolling, sober
    _rated(("خالد", "Khaled", "Khaled"), "@khaled_k_1990", False,
           ("سؤال بريء فقط: لماذا تصحّحون هذه الشائعة بالذات ولا تصحّحون غيرها؟ ومن يدفع رواتبكم؟ أنتظر جوابكم.",
            "Just an innocent question: why correct this particular rumour and not others? And who pays your salaries? Waiting for your answer.",
            "Simple question innocente : pourquoi corriger cette rumeur-là et pas les autres ? Et qui paie vos salaires ? J’attends votre réponse."),
           "2026-02-22", (57, 4, 41), "trolling",
           ("استفزاز متعمَّد: «سؤال بريء» لا يناقش التصحيح، بل يستدرج إلى جدال جانبي. الهدوء هنا أداة استفزاز.",
            "Trolling: an “innocent question” that never engages with the correction but baits a side argument. The calm is the provocation.",
            "Trolling : une « question innocente » qui ne discute jamais la correction mais appâte un débat annexe. Le calme est ici la provocation.")),
    # 23 — reliable, alarming, verified
    _rated(("شركة الكهرباء الوطنية", "National Electricity Company", "Compagnie nationale d’électricité"), "@national_electricity", True,
           ("تنبيه مهم: انقطاع الكهرباء ست ساعات غدًا عن أحياء الشمال الثلاثة بسبب عطل في محطة التحويل. مرضى أجهزة الأكسجين المنزلية: اتصلوا بالرقم 117 لترتيب البديل.",
            "Important notice: a six-hour power cut tomorrow in the three northern districts because of a fault at the substation. Patients on home oxygen machines: call 117 to arrange a backup.",
            "Avis important : coupure de courant de six heures demain dans les trois quartiers nord à cause d’une panne au poste de transformation. Patients sous oxygène à domicile : appelez le 117 pour organiser une solution."),
           "2026-02-23", (760, 1900, 205), None,
           ("موثوق: خبر مزعج لكنه محدد بالمكان والمدة والسبب، ومعه إجراء عملي لمن هم في خطر.",
            "Reliable: unwelcome news, but specific about place, length and cause, with a practical step for those at risk.",
            "Fiable : une mauvaise nouvelle, mais précise sur le lieu, la durée et la cause, avec une démarche pratique pour les personnes à risque.")),
    # 24 — reliable, sober, unverified
    _rated(("هبة يوسف", "Hiba Youssef", "Hiba Youssef"), "@hiba_youssef_writes", False,
           ("قرأت تقرير الرقابة المالية كاملًا: الصفحة 14 تذكر أن ثلاثة عقود من أصل عشرين لم تمر بمناقصة. الرابط إلى التقرير على موقع الديوان في التعليق الأول.",
            "I read the audit bureau’s report in full: page 14 says three contracts out of twenty skipped a tender. The link to the report on the bureau’s website is in the first comment.",
            "J’ai lu en entier le rapport de la Cour des comptes : la page 14 indique que trois contrats sur vingt n’ont pas fait l’objet d’un appel d’offres. Le lien vers le rapport sur le site de la Cour est dans le premier commentaire."),
           "2026-02-24", (150, 88, 27), None,
           ("موثوق: يحيل إلى صفحة محددة في وثيقة رسمية يستطيع القارئ فتحها، ولا يضخّم ما فيها.",
            "Reliable: it points to a specific page of an official document the reader can open, and does not inflate what it says.",
            "Fiable : elle renvoie à une page précise d’un document officiel que le lecteur peut ouvrir, sans en gonfler le contenu.")),
]


FORM_B_QUESTIONS = [
    # 1 — real headline, sober
    _headline(("هيئة الإحصاء: معدل التضخم السنوي يتراجع إلى 4.1% في فبراير",
               "Statistics authority: annual inflation falls to 4.1% in February",
               "Office de la statistique : l’inflation annuelle recule à 4,1 % en février"),
              LOCAL_AGENCY, True,
              ("حقيقي: جهة ورقم وشهر محددة بلا مبالغة، ويمكن التحقق منها في نشرة الهيئة.",
               "Real: a named body, a figure and a month, without exaggeration, checkable in the authority’s bulletin.",
               "Réel : un organisme nommé, un chiffre et un mois, sans exagération, vérifiables dans le bulletin de l’Office.")),
    # 2 — impersonation, sober
    _rated(("وزارة التعليم العالي", "Ministry of Higher Education", "Ministère de l’Enseignement supérieur"),
           "@higher_education_ministry_info", False,
           ("تعلن الوزارة عن منح دراسية كاملة للطلبة المتفوقين للعام المقبل. يُقدَّم الطلب عبر الرابط scholarships-gov.example مع صورة جواز السفر ورسوم تسجيل قدرها 20 دينارًا.",
            "The ministry announces full scholarships for top students next year. Apply at scholarships-gov.example with a copy of your passport and a registration fee of 20 dinars.",
            "Le ministère annonce des bourses complètes pour les meilleurs étudiants l’an prochain. Candidature sur scholarships-gov.example avec une copie du passeport et des frais d’inscription de 20 dinars."),
           "2026-03-09", (198, 1510, 93), "impersonation",
           ("انتحال الصفة: حساب غير موثّق باسم وزارة، ونطاق غير رسمي، وطلب صورة جواز ورسوم. الهدوء لا يجعل الإعلان رسميًا.",
            "Impersonation: an unverified account in a ministry’s name, an unofficial domain, and a request for a passport copy and a fee. A calm tone doesn’t make it official.",
            "Usurpation d’identité : un compte non certifié au nom d’un ministère, un domaine non officiel, une copie de passeport et des frais demandés. Le ton calme ne rend pas l’annonce officielle.")),
    # 3 — reliable, alarming, verified
    _rated(("هيئة الأرصاد الجوية", "Meteorological Authority", "Office météorologique"), "@met_authority", True,
           ("تحذير عاجل! عاصفة رملية شديدة بعد ظهر الغد في المحافظات الجنوبية، والرؤية قد تقل عن مئة متر. تجنبوا السفر على الطرق الصحراوية بين الثانية والسابعة مساءً.",
            "Urgent warning! A severe sandstorm tomorrow afternoon in the southern governorates; visibility may fall below a hundred metres. Avoid travelling on desert roads between 2 and 7 p.m.",
            "Alerte urgente ! Forte tempête de sable demain après-midi dans les gouvernorats du sud ; la visibilité peut tomber sous les cent mètres. Évitez les routes du désert entre 14 h et 19 h."),
           "2026-03-10", (3100, 4800, 390), None,
           ("موثوق رغم نبرته المقلقة: جهة رسمية موثّقة، ومنطقة وتوقيت محددان، ونصيحة عملية.",
            "Reliable despite its alarming tone: a verified official body, a specific area and time, and practical advice.",
            "Fiable malgré son ton alarmant : un organisme officiel certifié, une zone et un horaire précis, un conseil pratique.")),
    # 4 — fake headline, emotional language, loud
    _headline(("فضيحة!!! مرضى يموتون في الممرات والمستشفى يغلق أبوابه… شاركوا قبل أن يختفي الخبر",
               "SCANDAL!!! Patients dying in the corridors as the hospital shuts its doors… share before the story disappears",
               "SCANDALE !!! Des patients meurent dans les couloirs et l’hôpital ferme ses portes… partagez avant que l’info disparaisse"),
              MADINA_TODAY, False,
              ("مزيّف: لا اسم مستشفى ولا تاريخ ولا مصدر، بل صدمة ودعوة إلى النشر السريع. لغة عاطفية تحلّ محل الوقائع.",
               "Fake: no hospital name, date or source; only shock and a call to share fast. Emotional language standing in for facts.",
               "Faux : ni nom d’hôpital, ni date, ni source ; seulement le choc et un appel à partager vite. Le langage émotionnel remplace les faits."),
              "emotional_language"),
    # 5 — reliable, sober, unverified person
    _rated(("منى الشريف", "Mona Al-Sharif", "Mona Al-Charif"), "@mona_sharif_reports", False,
           ("المجلس البلدي أقرّ الليلة ميزانية العام المقبل بأغلبية تسعة أعضاء من أصل خمسة عشر. بند صيانة المدارس ارتفع 8%. محضر الجلسة سيُنشر على موقع البلدية خلال أسبوع.",
            "The municipal council passed next year’s budget tonight by nine votes out of fifteen. The school-maintenance line rose 8%. The minutes will be published on the municipality’s website within a week.",
            "Le conseil municipal a adopté ce soir le budget de l’an prochain par neuf voix sur quinze. Le poste d’entretien des écoles augmente de 8 %. Le procès-verbal sera publié sur le site de la municipalité d’ici une semaine."),
           "2026-03-11", (69, 22, 7), None,
           ("موثوق: يذكر ما حدث بأرقام محددة وأين يجد القارئ المحضر. قلة التفاعل وغياب الشارة لا يجعلانه مشكوكًا فيه.",
            "Reliable: it reports what happened with specific figures and where to find the minutes. Little engagement and no tick don’t make it suspect.",
            "Fiable : elle rapporte les faits avec des chiffres précis et indique où trouver le procès-verbal. Peu de réactions et l’absence de badge ne la rendent pas suspecte.")),
    # 6 — trolling, loud
    _rated(("أبو ريان", "Abu Rayan", "Abou Rayan"), "@abu_rayan_77", False,
           ("🤣🤣 صرتوا خبراء تحقق؟ طيب تحققوا ليش منتخبكم خسر خمسة صفر! مين عيّنكم أصلًا؟",
            "🤣🤣 So now you’re fact-checking experts? Then check why your national team lost five-nil! Who appointed you anyway?",
            "🤣🤣 Vous voilà experts en vérification ? Alors vérifiez pourquoi votre équipe nationale a perdu cinq à zéro ! Qui vous a nommés, d’ailleurs ?"),
           "2026-03-12", (88, 10, 59), "trolling",
           ("استفزاز متعمَّد: سخرية تحت تصحيح، وحرف للنقاش إلى كرة القدم، بلا كلمة عن مضمون التصحيح.",
            "Trolling: mockery under a correction, pulling the talk towards football, without a word on what the correction says.",
            "Trolling : moquerie sous une correction, qui détourne la conversation vers le football sans un mot sur le contenu de la correction.")),
    # 7 — real headline, alarming
    _headline(("عاجل | سحب شحنة من مسكّن «راحة» للأطفال من الصيدليات بعد خطأ في تركيز الجرعة على العبوات",
               "BREAKING | A shipment of “Raha” children’s painkiller pulled from pharmacies after a dosage error on the packaging",
               "URGENT | Un lot d’antidouleur pour enfants « Raha » retiré des pharmacies après une erreur de dosage sur l’emballage"),
              ECONOMY_TODAY, True,
              ("حقيقي: خبر مقلق لكنه محدد: منتج وسبب وإجراء. كلمة «عاجل» وحدها لا تجعل العنوان مزيّفًا.",
               "Real: alarming but specific: a product, a reason and an action. “BREAKING” alone does not make a headline fake.",
               "Réel : inquiétant mais précis : un produit, une cause et une mesure. Le mot « URGENT » ne rend pas un titre faux.")),
    # 8 — conspiracy, sober
    _rated(("عمر ناصر", "Omar Nasser", "Omar Nasser"), "@omar_nasser_thinks", False,
           ("انتبهوا: أُعلن عن حملة التطعيم في المدارس في الشهر نفسه الذي وُقّع فيه اتفاق مع شركة أجنبية. ليست صدفة. القرار اتُّخذ في مكان آخر، ونحن آخر من يعلم.",
            "Pay attention: the school vaccination campaign was announced the same month an agreement was signed with a foreign company. That’s no coincidence. The decision was taken somewhere else, and we are the last to know.",
            "Attention : la campagne de vaccination scolaire a été annoncée le mois même où un accord a été signé avec une entreprise étrangère. Ce n’est pas un hasard. La décision a été prise ailleurs, et nous sommes les derniers informés."),
           "2026-03-13", (510, 402, 133), "conspiracy",
           ("المؤامرة: ربط حدثين بالتوقيت وحده وافتراض قرار خفي دون أي دليل، بلغة هادئة توحي بالتفكير.",
            "Conspiracy: linking two events by timing alone and assuming a hidden decision without evidence, in a calm voice that sounds thoughtful.",
            "Complot : relier deux événements par leur seule date et supposer une décision cachée sans preuve, d’une voix calme qui a l’air réfléchie.")),
    # 9 — fake headline, conspiracy, sober
    _headline(("مصادر: تأجيل مشروع النقل العام متعمَّد لحماية أرباح شركات سيارات الأجرة التي يملكها نواب",
               "Sources: the public-transport project was postponed on purpose to protect the profits of taxi firms owned by MPs",
               "Des sources : le projet de transports publics a été reporté exprès pour protéger les bénéfices de sociétés de taxis détenues par des députés"),
              COAST_DAILY, False,
              ("مزيّف: «مصادر» بلا أسماء، ونية خفية مفترضة بلا وثيقة ولا رقم. التأجيل واقعة، أما القصد فادعاء مؤامرة.",
               "Fake: unnamed “sources” and an assumed hidden intent with no document or figure. The delay is a fact; the motive is a conspiracy claim.",
               "Faux : des « sources » sans nom et une intention cachée supposée, sans document ni chiffre. Le report est un fait ; le mobile, une thèse complotiste."),
              "conspiracy"),
    # 10 — reliable, sober, verified
    _rated(("مديرية السير", "Traffic Directorate", "Direction de la circulation"), "@traffic_directorate", True,
           ("إغلاق جسر الجامعة أمام السيارات من الجمعة حتى الأحد لأعمال صيانة. التحويلة عبر شارع الاستقلال، والحافلات تعمل على مسارها المعتاد.",
            "University Bridge closed to cars from Friday to Sunday for maintenance. The diversion runs via Independence Street, and buses keep their usual route.",
            "Le pont de l’Université est fermé aux voitures de vendredi à dimanche pour travaux. La déviation passe par la rue de l’Indépendance, et les bus gardent leur itinéraire habituel."),
           "2026-03-14", (140, 260, 28), None,
           ("موثوق: إعلان خدمي بالمكان والمدة والبديل، من الحساب الموثّق للجهة المسؤولة.",
            "Reliable: a service notice with place, duration and alternative, from the responsible body’s verified account.",
            "Fiable : un avis de service avec lieu, durée et itinéraire de remplacement, depuis le compte certifié de l’organisme responsable.")),
    # 11 — polarisation, sober, verified
    _rated(("فادي الخوري", "Fadi Al-Khoury", "Fadi Al-Khoury"), "@fadi_alkhoury", True,
           ("أهل الجبل حافظوا على تقاليد هذا البلد، أما سكان المدن فباعوها لأول من دفع. في الانتخابات القادمة، صوّتوا لمن يشبهنا لا لمن يشبههم.",
            "The mountain people kept this country’s traditions, while city dwellers sold them to the first bidder. In the next election, vote for those like us, not those like them.",
            "Les gens de la montagne ont gardé les traditions de ce pays, tandis que les citadins les ont vendues au premier venu. Aux prochaines élections, votez pour ceux qui nous ressemblent, pas pour ceux qui leur ressemblent."),
           "2026-03-15", (910, 395, 341), "polarisation",
           ("الاستقطاب: تعميم على فئتين كاملتين وتقسيم الناس إلى «نحن» و«هم». الشارة الزرقاء تؤكد هوية الحساب لا صحة ما ينشره.",
            "Polarisation: generalisations about two whole groups and an “us” and “them” split. The blue tick confirms who the account is, not that its posts are true.",
            "Polarisation : des généralisations sur deux groupes entiers et un partage entre « nous » et « eux ». Le badge bleu confirme l’identité du compte, pas la véracité de ses publications.")),
    # 12 — real headline, sober
    _headline(("محكمة الاستئناف تحدّد 5 مايو موعدًا للنطق بالحكم في قضية عقود النظافة البلدية",
               "Court of appeal sets 5 May for its ruling in the municipal cleaning-contracts case",
               "La cour d’appel fixe au 5 mai le prononcé de son arrêt dans l’affaire des contrats de propreté municipaux"),
              MADINA_TODAY, True,
              ("حقيقي: جهة وقضية وتاريخ يمكن التحقق منه في جدول المحكمة، بلا مبالغة.",
               "Real: a court, a case and a date that can be checked on the court’s schedule, without exaggeration.",
               "Réel : une juridiction, une affaire et une date vérifiables au rôle de la cour, sans exagération.")),
    # 13 — discrediting, sober
    _rated(("صوت المواطن", "Citizen’s Voice", "La Voix du citoyen"), "@citizens_voice_page", False,
           ("الطبيب الذي حذّر من تلوث مياه الآبار كان عضوًا في حزب معارض قبل عشر سنوات. لا داعي لمناقشة تحاليله؛ تعرفون من يقف وراءه.",
            "The doctor who warned about well-water contamination was a member of an opposition party ten years ago. No need to discuss his test results; you know who is behind him.",
            "Le médecin qui a alerté sur la contamination de l’eau des puits était membre d’un parti d’opposition il y a dix ans. Inutile de discuter ses analyses ; vous savez qui est derrière lui."),
           "2026-03-16", (388, 255, 201), "discrediting",
           ("التشويه: يهاجم ماضي الطبيب السياسي بدل مناقشة التحاليل، ويدعو صراحة إلى تجاهلها.",
            "Discrediting: it attacks the doctor’s political past instead of the test results, and openly tells people to ignore them.",
            "Dénigrement : la publication attaque le passé politique du médecin au lieu de ses analyses, et invite ouvertement à les ignorer.")),
    # 14 — reliable, alarming, unverified reporter
    _rated(("طارق سليم | مراسل", "Tareq Salim | Reporter", "Tareq Salim | Reporter"), "@tareq_salim_news", False,
           ("انهيار جزئي الآن لمبنى قديم في شارع السوق! فرق الإنقاذ تُخرج السكان، والشرطة أغلقت الشارع. لا أرقام مؤكدة عن مصابين حتى الآن، وسأنشر ما تؤكده الجهات الرسمية فقط.",
            "Partial collapse right now of an old building on Market Street! Rescue teams are bringing residents out and the police have closed the street. No confirmed figures on injuries yet; I will only post what officials confirm.",
            "Effondrement partiel en ce moment d’un vieil immeuble rue du Marché ! Les secours évacuent les habitants et la police a fermé la rue. Pas de chiffres confirmés sur les blessés pour l’instant ; je ne publierai que ce que les autorités confirment."),
           "2026-03-17", (640, 690, 102), None,
           ("موثوق رغم نبرته: مراسل في الموقع يصف ما يراه، ويفصل بين المؤكد وغير المؤكد.",
            "Reliable despite its tone: a reporter on the scene describes what he sees and separates the confirmed from the unconfirmed.",
            "Fiable malgré le ton : un reporter sur place décrit ce qu’il voit et sépare le confirmé du non-confirmé.")),
    # 15 — fake headline, discrediting, sober
    _headline(("رئيسة نقابة المعلمين تسكن في حي راقٍ… فكيف تطالب برفع رواتب المعلمين؟",
               "Teachers’ union president lives in an upmarket district… so how can she demand higher teacher pay?",
               "La présidente du syndicat des enseignants habite un quartier chic… comment peut-elle réclamer des hausses de salaire ?"),
              LOCAL_AGENCY, False,
              ("مزيّف مضلّل: مكان سكنها لا علاقة له بصحة مطالب الرواتب. العنوان يهاجم الشخص ليتجنب مناقشة الحجة، وهذا تشويه.",
               "Misleading: where she lives has nothing to do with whether the pay demands are sound. The headline attacks the person to avoid the argument: discrediting.",
               "Trompeur : son lieu de résidence ne dit rien du bien-fondé des revendications. Le titre attaque la personne pour éviter l’argument : c’est du dénigrement."),
              "discrediting"),
    # 16 — emotional language, loud, verified
    _rated(("أمل الحياة", "Amal Al-Hayat", "Amal Al-Hayat"), "@amal_alhayat_daily", True,
           ("دموعي لا تتوقف 😭😭 عجوز تبحث عن طعام في القمامة أمام أعيننا!!! أين الضمير؟ إن لم تشاركوا فأنتم شركاء في الجريمة!!!",
            "My tears won’t stop 😭😭 An old woman searching the rubbish for food in front of our eyes!!! Where is our conscience? If you don’t share, you are accomplices to the crime!!!",
            "Mes larmes ne s’arrêtent pas 😭😭 Une vieille femme cherche à manger dans les poubelles sous nos yeux !!! Où est la conscience ? Si vous ne partagez pas, vous êtes complices du crime !!!"),
           "2026-03-18", (4900, 4100, 820), "emotional_language",
           ("لغة عاطفية: مشهد بلا مكان ولا تفاصيل، وتأنيب («شركاء في الجريمة») يدفع إلى المشاركة دون ما يمكن التحقق منه.",
            "Emotional language: a scene with no place or detail, and guilt (“accomplices to the crime”) to push sharing, with nothing to check.",
            "Langage émotionnel : une scène sans lieu ni détail et une culpabilisation (« complices du crime ») pour faire partager, sans rien de vérifiable.")),
    # 17 — reliable, sober, verified
    _rated(("البنك المركزي", "Central Bank", "Banque centrale"), "@central_bank", True,
           ("نشرنا اليوم التقرير السنوي للاستقرار المالي: نسبة القروض المتعثرة 5.4% مقارنة بـ 5.9% العام الماضي. التقرير الكامل والجداول على موقع البنك.",
            "Today we published the annual financial-stability report: non-performing loans stand at 5.4%, compared with 5.9% last year. The full report and tables are on our website.",
            "Nous avons publié aujourd’hui le rapport annuel sur la stabilité financière : les créances douteuses s’établissent à 5,4 %, contre 5,9 % l’an dernier. Rapport complet et tableaux sur notre site."),
           "2026-03-19", (92, 58, 12), None,
           ("موثوق: أرقام ومقارنة وإحالة إلى التقرير الكامل من الجهة المسؤولة عنه.",
            "Reliable: figures, a comparison and a pointer to the full report, from the body responsible for it.",
            "Fiable : des chiffres, une comparaison et un renvoi au rapport complet, par l’organisme qui en est responsable.")),
    # 18 — real headline, alarming
    _headline(("عاجل | 47 إصابة بالتسمم الغذائي بعد حفل زفاف في القرية ووزارة الصحة تسحب عينات من المطبخ",
               "BREAKING | 47 people with food poisoning after a village wedding, and the health ministry takes samples from the kitchen",
               "URGENT | 47 intoxications alimentaires après un mariage au village, le ministère de la Santé prélève des échantillons en cuisine"),
              COAST_DAILY, True,
              ("حقيقي: خبر مقلق لكنه يذكر رقمًا ومكانًا وإجراءً رسميًا يمكن التحقق منه.",
               "Real: worrying, but it gives a figure, a place and an official step that can be checked.",
               "Réel : inquiétant, mais il donne un chiffre, un lieu et une mesure officielle vérifiable.")),
    # 19 — impersonation, loud
    _rated(("إذاعة الساحل", "Coast Radio", "Radio de la côte"), "@coast_radio_fm_", False,
           ("عاجل: تعطيل الدوام الرسمي يومي الأحد والإثنين بقرار من رئاسة الوزراء. التفاصيل على رقمنا الجديد في واتساب.",
            "BREAKING: official working hours suspended on Sunday and Monday by decision of the prime minister’s office. Details on our new WhatsApp number.",
            "URGENT : journées de travail officielles suspendues dimanche et lundi sur décision des services du Premier ministre. Détails sur notre nouveau numéro WhatsApp."),
           "2026-03-20", (2250, 4400, 1250), "impersonation",
           ("انتحال الصفة: اسم إذاعة معروفة على حساب غير موثّق بمعرّف فيه شرطة سفلية زائدة، يحيل إلى «رقم جديد» بدل قرار منشور.",
            "Impersonation: a known radio station’s name on an unverified account with an extra underscore in its handle, pointing to a “new number” instead of a published decision.",
            "Usurpation d’identité : le nom d’une radio connue sur un compte non certifié dont l’identifiant a un tiret bas de trop, qui renvoie vers un « nouveau numéro » au lieu d’une décision publiée.")),
    # 20 — reliable, sober, unverified
    _rated(("نادي الحي الرياضي", "Neighbourhood Sports Club", "Club sportif du quartier"), "@neighbourhood_sports_club", False,
           ("تبدأ تدريبات كرة السلة للفتيات يوم الأربعاء الساعة الخامسة في ملعب المدرسة الثانوية. الاشتراك مجاني هذا الشهر، ويُرجى إحضار حذاء رياضي.",
            "Girls’ basketball training starts on Wednesday at 5 p.m. at the secondary-school court. Membership is free this month; please bring trainers.",
            "L’entraînement de basket pour les filles commence mercredi à 17 h sur le terrain du lycée. L’inscription est gratuite ce mois-ci ; merci d’apporter des baskets."),
           "2026-03-21", (38, 7, 4), None,
           ("موثوق: إعلان عادي بتفاصيل محددة ولا يطلب شيئًا غير معتاد.",
            "Reliable: an ordinary notice with specific details that asks for nothing unusual.",
            "Fiable : une annonce ordinaire avec des détails précis, qui ne demande rien d’inhabituel.")),
    # 21 — fake headline, polarisation, sober
    _headline(("الطلاب القادمون من المحافظات يأخذون مقاعد الجامعة على حساب أبناء العاصمة",
               "Students from the provinces take university places at the expense of the capital’s own children",
               "Les étudiants venus des provinces prennent les places à l’université aux dépens des enfants de la capitale"),
              ECONOMY_TODAY, False,
              ("مزيّف: بلا رقم ولا مصدر، ويقسم الطلاب إلى «قادمين» و«أبناء العاصمة» ويحمّل فئة كاملة مشكلة عامة. استقطاب بلغة هادئة.",
               "Fake: no figure, no source; it splits students into “incomers” and “the capital’s children” and blames a whole group for a shared problem. Polarisation in a calm voice.",
               "Faux : ni chiffre ni source ; il divise les étudiants entre « venus d’ailleurs » et « enfants de la capitale » et rend tout un groupe responsable d’un problème commun. De la polarisation sur un ton calme."),
              "polarisation"),
    # 22 — trolling, sober
    _rated(("سمير", "Samir", "Samir"), "@samir_s_1988", False,
           ("مجرد استفسار: لماذا لا تكتبون إلا عن هذه الحكومة؟ وهل تعرفون أصلًا معنى كلمة «حياد»؟ ننتظر ردكم بفارغ الصبر.",
            "Just asking: why do you only ever write about this government? And do you even know what “impartial” means? We eagerly await your reply.",
            "Simple question : pourquoi n’écrivez-vous que sur ce gouvernement ? Et savez-vous seulement ce que « impartial » veut dire ? Nous attendons votre réponse avec impatience."),
           "2026-03-22", (61, 5, 44), "trolling",
           ("استفزاز متعمَّد: «استفسار» لا يناقش المضمون، بل يستدرج إلى جدال جانبي بنبرة هادئة.",
            "Trolling: a “question” that ignores the content and baits a side argument in a calm tone.",
            "Trolling : une « question » qui ignore le contenu et appâte un débat annexe sur un ton calme.")),
    # 23 — reliable, alarming, verified
    _rated(("سلطة المياه", "Water Authority", "Régie des eaux"), "@water_authority", True,
           ("تنبيه مهم: لا تشربوا مياه الحنفية في حي الزيتون حتى إشعار آخر بسبب كسر في خط الصرف قرب محطة الضخ. صهاريج مياه الشرب في ساحة المسجد الكبير من الرابعة عصرًا.",
            "Important notice: don’t drink tap water in the Zaytoun district until further notice because of a broken sewage line near the pumping station. Drinking-water tankers in the Great Mosque square from 4 p.m.",
            "Avis important : ne buvez pas l’eau du robinet dans le quartier Zaytoun jusqu’à nouvel ordre, à cause d’une conduite d’égout rompue près de la station de pompage. Citernes d’eau potable sur la place de la Grande Mosquée à partir de 16 h."),
           "2026-03-23", (780, 2050, 214), None,
           ("موثوق: تحذير مخيف لكنه محدد بالمكان والسبب، ومعه بديل عملي، من الحساب الموثّق للجهة المسؤولة.",
            "Reliable: a frightening warning, but specific about place and cause, with a practical alternative, from the responsible body’s verified account.",
            "Fiable : une alerte effrayante, mais précise sur le lieu et la cause, avec une solution pratique, depuis le compte certifié de l’organisme responsable.")),
    # 24 — reliable, sober, unverified
    _rated(("ياسمين فارس", "Yasmin Fares", "Yasmin Fares"), "@yasmin_fares_writes", False,
           ("قرأت محضر لجنة المناقصات كاملًا: الصفحة 9 تذكر أن عرضين من أصل سبعة استُبعدا لتأخر تسليمهما. رابط المحضر على موقع الوزارة في التعليق الأول.",
            "I read the tenders committee’s minutes in full: page 9 says two bids out of seven were excluded for late delivery. The link to the minutes on the ministry’s website is in the first comment.",
            "J’ai lu en entier le procès-verbal de la commission des marchés : la page 9 indique que deux offres sur sept ont été écartées pour remise tardive. Le lien vers le procès-verbal sur le site du ministère est dans le premier commentaire."),
           "2026-03-24", (140, 81, 25), None,
           ("موثوق: يحيل إلى صفحة محددة في وثيقة رسمية يستطيع القارئ فتحها، ولا يضخّم ما فيها.",
            "Reliable: it points to a specific page of an official document the reader can open, and does not inflate what it says.",
            "Fiable : elle renvoie à une page précise d’un document officiel que le lecteur peut ouvrir, sans en gonfler le contenu.")),
]

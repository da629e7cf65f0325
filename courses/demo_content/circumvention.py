"""Demo course 3, module 3, lesson 3: censorship and circumvention (added in issue 21).

Pure data. Tied to the course's own blocking case, the fictitious news site «منبر الحي»
(lesson "document-and-seek-redress"). Real tools and laws are named only where the facts
are certain; every claim carries its source in the text.
"""

try:  # imported as part of the courses.demo_content package
    from ._text import T, _callout, _checklist, _h, _p, _quiz
except ImportError:  # imported as a top-level module (drafting / self-checks)
    from _text import T, _callout, _checklist, _h, _p, _quiz


def _opt(ar, en, fr, correct, fb_ar, fb_en, fb_fr):
    return {"text": T(ar, en, fr), "correct": correct, "feedback": T(fb_ar, fb_en, fb_fr)}


def local_resources(title, kinds, countries=()):
    return {"type": "local_resources",
            "value": {"title": title, "kinds": list(kinds), "countries": list(countries)}}


LESSON_CIRCUMVENTION = {
    "slug": "censorship-and-circumvention",
    "added_later": True,
    "title": T("الحجب والالتفاف عليه", "Censorship and circumvention", "La censure et son contournement"),
    "summary": T("كيف توثّق حجب موقع بتطبيق OONI Probe، وما مخاطر VPN وTor وقانونيتهما، وكيف تعمل الوكلاء في تطبيقات المراسلة.",
                 "How to document a blocked website with OONI Probe, the risks and legality of VPNs and Tor, and how proxies work in messaging apps.",
                 "Documenter le blocage d’un site avec OONI Probe, les risques et la légalité des VPN et de Tor, et le fonctionnement des proxys dans les messageries."),
    "minutes": 18,
    "exercise_minutes": 8,
    "completion": "manual",
    "body": [
        _h("وثّق الحجب قبل أن تلتفّ عليه", "Document the block before you get around it", "Documenter le blocage avant de le contourner"),
        _p("<p>في الوحدة التالية ستتابع قصة موقع «منبر الحي» الخيالي، الذي حُجب داخل بلده دون إشعار. لم يصبح الطعن في الحجب ممكنًا إلا لأن فريق الموقع جمع <b>نتائج اختبارات وصول عبر عدة مزوّدي إنترنت</b>، فأثبت أن الموقع يعمل وأن الشبكة هي التي تمنعه. هذا الدرس يشرح كيف تُجمع هذه النتائج، ثم كيف يصل الناس إلى المحتوى المحجوب، وما الذي قد يكلّفهم ذلك.</p>",
           "<p>In the next module you will follow the fictitious news site “Neighbourhood Pulpit”, blocked in its own country without notice. Challenging the block only became possible because the team collected <b>access-test results from several internet providers</b>, proving that the site worked and that the network was stopping it. This lesson shows how such results are gathered, then how people reach blocked content, and what that may cost them.</p>",
           "<p>Dans le module suivant, vous suivrez le site d’information fictif « La Tribune du quartier », bloqué dans son propre pays sans préavis. Le recours n’a été possible que parce que l’équipe avait réuni <b>des résultats de tests d’accès auprès de plusieurs fournisseurs d’accès</b>, prouvant que le site fonctionnait et que c’était le réseau qui le bloquait. Cette leçon montre comment réunir ces résultats, puis comment on accède aux contenus bloqués, et ce que cela peut coûter.</p>"),
        _h("توثيق الحجب بتطبيق OONI Probe", "Documenting blocking with OONI Probe", "Documenter un blocage avec OONI Probe"),
        _p("<p>OONI Probe تطبيق مجاني مفتوح المصدر من «المرصد المفتوح لتداخل الشبكات» (OONI)، يعمل على أندرويد وآي أو إس والحاسوب. يختبر هل مواقع بعينها محجوبة على شبكتك، وهل تطبيقات مثل واتساب وتيليغرام وسيغنال تعمل، وهل أدوات الالتفاف مثل Tor تتصل. وتُنشر النتائج علنًا في «مستكشف OONI» مع تاريخ القياس واسم الشبكة والبلد، فيصبح لديك سجل يراه القاضي والصحفي والمنظمة الحقوقية، لا مجرد لقطة شاشة.</p>"
           "<p>المصدر: موقع مشروع OONI ‏(ooni.org) ودليل استخدام OONI Probe.</p>",
           "<p>OONI Probe is a free, open-source app from the Open Observatory of Network Interference (OONI), for Android, iOS and desktop. It tests whether particular websites are blocked on your network, whether apps such as WhatsApp, Telegram and Signal work, and whether circumvention tools such as Tor connect. Results are published openly on OONI Explorer with the date, network name and country, so you have a record a judge, a journalist or a rights group can see, not just a screenshot.</p>"
           "<p>Source: the OONI project website (ooni.org) and the OONI Probe user guide.</p>",
           "<p>OONI Probe est une application libre et gratuite de l’Open Observatory of Network Interference (OONI), pour Android, iOS et ordinateur. Elle teste si des sites précis sont bloqués sur votre réseau, si des applications comme WhatsApp, Telegram et Signal fonctionnent, et si des outils de contournement comme Tor se connectent. Les résultats sont publiés sur OONI Explorer avec la date, le nom du réseau et le pays : vous disposez d’une trace qu’un juge, un journaliste ou une ONG peut consulter, pas seulement d’une capture d’écran.</p>"
           "<p>Source : le site du projet OONI (ooni.org) et le guide d’utilisation d’OONI Probe.</p>"),
        _checklist("توثيق حجب موقع خطوة بخطوة", "Documenting a blocked site step by step", [
            ("ثبّت OONI Probe من المتجر الرسمي أو من ooni.org، واقرأ شاشة المخاطر قبل الموافقة.",
             "Install OONI Probe from the official store or ooni.org, and read the risks screen before agreeing.",
             "Installez OONI Probe depuis la boutique officielle ou ooni.org, et lisez l’écran des risques avant d’accepter."),
            ("شغّل اختبار المواقع على رابط الموقع المحجوب نفسه.",
             "Run the websites test on the blocked site’s own address.",
             "Lancez le test des sites web sur l’adresse même du site bloqué."),
            ("كرّر الاختبار على مزوّد آخر: بيانات الهاتف ثم الإنترنت المنزلي، وفي أيام مختلفة.",
             "Repeat the test on another provider: mobile data, then home internet, and on different days.",
             "Refaites le test chez un autre fournisseur : données mobiles puis internet à domicile, et à des jours différents."),
            ("افتح كل نتيجة في مستكشف OONI وانسخ رابطها إلى ملف التوثيق مع التاريخ والمزوّد.",
             "Open each result in OONI Explorer and copy its link into your documentation file with the date and provider.",
             "Ouvrez chaque résultat dans OONI Explorer et copiez son lien dans votre dossier avec la date et le fournisseur."),
            ("اطلب من زميل في مدينة أخرى أو على مزوّد آخر أن يختبر أيضًا.",
             "Ask a colleague in another city or on another provider to test too.",
             "Demandez à un collègue d’une autre ville ou d’un autre fournisseur de tester aussi."),
            ("احفظ لقطة لصفحة الخطأ كما تظهر لك، مع الوقت.",
             "Save a screenshot of the error page as you see it, with the time.",
             "Enregistrez une capture de la page d’erreur telle que vous la voyez, avec l’heure."),
        ], "Documenter un site bloqué, étape par étape"),
        _callout("warning", "قبل أن تشغّل الاختبار", "Before you run the test",
                 "<p>ينبّه مشروع OONI نفسه إلى أن تشغيل التطبيق قد يكون خطرًا في بعض البلدان: من يراقب اتصالك يستطيع أن يرى أنك تشغّله، وقد تُعدّ الاختبارات في بعض الأنظمة نشاطًا غير قانوني. والنتائج علنية وتتضمن شبكتك وبلدك. قرّر بنموذج التهديد الذي بنيته في دورة الاستخدام الآمن، وإن كان الخطر كبيرًا فاطلب من منظمة حقوق رقمية أن تجري القياسات أو تبحث في البيانات المنشورة أصلًا.</p>"
                 "<p>المصدر: صفحة المخاطر في توثيق OONI Probe.</p>",
                 "<p>The OONI project itself warns that running the app can be risky in some countries: anyone monitoring your connection can see that you are running it, and in some systems the tests may be treated as illegal activity. Results are public and include your network and country. Decide with the threat model you built in the safe platform use course, and if the risk is high, ask a digital-rights group to run the measurements or to search the data already published.</p>"
                 "<p>Source: the risks page of the OONI Probe documentation.</p>",
                 ("Avant de lancer le test",
                  "<p>Le projet OONI avertit lui-même que lancer l’application peut être risqué dans certains pays : quiconque surveille votre connexion peut voir que vous l’utilisez, et certains régimes peuvent considérer ces tests comme illégaux. Les résultats sont publics et indiquent votre réseau et votre pays. Décidez à l’aide du modèle de menace construit dans le cours sur l’usage sûr des plateformes ; si le risque est élevé, demandez à une organisation de droits numériques de faire les mesures ou de chercher dans les données déjà publiées.</p>"
                  "<p>Source : la page des risques de la documentation d’OONI Probe.</p>")),
        _h("VPN وTor: ما الذي يخفيانه وعمّن", "VPNs and Tor: what they hide, and from whom", "VPN et Tor : ce qu’ils cachent, et à qui"),
        _p("<p><b>الشبكة الافتراضية الخاصة (VPN)</b> تشفّر اتصالك حتى خادم الشركة التي تقدّمها. يرى مزوّد الإنترنت أنك تستخدم VPN لكنه لا يرى المواقع التي تزورها، أما شركة VPN فترى ما كان يراه مزوّد الإنترنت. لذلك فاختيار الشركة قرار ثقة: تطبيقات VPN المجانية المجهولة قد تجمع بياناتك أو تبيعها.</p>"
           "<p><b>متصفح Tor</b> يمرّر اتصالك عبر ثلاث محطات يديرها متطوعون، فلا تعرف أي محطة وحدها من أنت وإلى أين تذهب معًا. وإن حُجب Tor نفسه، فيمكن الاتصال عبر «الجسور» (bridges) مثل Snowflake وobfs4 التي تجعل الاتصال أصعب تمييزًا. Tor أبطأ من VPN، لكنه لا يطلب منك الثقة بشركة واحدة.</p>"
           "<p>المصدر: توثيق مشروع Tor ‏(torproject.org)، ودليل «الدفاع الذاتي ضد المراقبة» من مؤسسة الحدود الإلكترونية (EFF).</p>",
           "<p>A <b>virtual private network (VPN)</b> encrypts your connection up to the server of the company that provides it. Your internet provider sees that you use a VPN but not the sites you visit; the VPN company sees what your internet provider used to see. So choosing one is a decision about trust: unknown free VPN apps may collect or sell your data.</p>"
           "<p><b>Tor Browser</b> routes your connection through three relays run by volunteers, so that no single relay knows both who you are and where you are going. If Tor itself is blocked, you can connect through “bridges” such as Snowflake and obfs4, which make the connection harder to recognise. Tor is slower than a VPN, but it does not ask you to trust one company.</p>"
           "<p>Source: the Tor Project documentation (torproject.org) and the Electronic Frontier Foundation’s Surveillance Self-Defense guide.</p>",
           "<p>Un <b>réseau privé virtuel (VPN)</b> chiffre votre connexion jusqu’au serveur de l’entreprise qui le fournit. Votre fournisseur d’accès voit que vous utilisez un VPN, mais pas les sites visités ; l’entreprise de VPN voit ce que voyait votre fournisseur. Le choix est donc une affaire de confiance : des applications VPN gratuites inconnues peuvent collecter ou vendre vos données.</p>"
           "<p>Le <b>navigateur Tor</b> fait passer votre connexion par trois relais tenus par des bénévoles, si bien qu’aucun relais ne sait à la fois qui vous êtes et où vous allez. Si Tor lui-même est bloqué, on peut se connecter par des « ponts » (bridges) comme Snowflake et obfs4, plus difficiles à reconnaître. Tor est plus lent qu’un VPN, mais il ne demande pas de faire confiance à une seule entreprise.</p>"
           "<p>Source : la documentation du projet Tor (torproject.org) et le guide Surveillance Self-Defense de l’Electronic Frontier Foundation.</p>"),
        _callout("warning", "القانون يختلف من بلد إلى آخر", "The law differs from country to country",
                 "<p>لا قاعدة واحدة في المنطقة: بعض البلدان تحجب مواقع VPN وتطبيقاتها، وبعضها يعاقب على استخدامها لغرض بعينه. في الإمارات مثلًا، يعاقب المرسوم بقانون اتحادي رقم 34 لسنة 2021 في شأن مكافحة الشائعات والجرائم الإلكترونية على استخدام عنوان بروتوكول إنترنت مزيف أو عائد للغير، «أو بأي وسيلة أخرى»، بقصد ارتكاب جريمة أو منع اكتشافها، بالسجن وبغرامة قد تصل إلى مليوني درهم. والعبارات الواسعة في قوانين الجرائم الإلكترونية قد تجعل ما يبدو استخدامًا عاديًا موضع ملاحقة. اعرف قانون بلدك قبل أن تنصح غيرك، واسأل منظمة حقوق رقمية محلية.</p>"
                 "<p>المصدر: نص المرسوم بقانون اتحادي رقم 34 لسنة 2021 كما نُشر في الجريدة الرسمية لدولة الإمارات.</p>",
                 "<p>There is no single rule in the region: some countries block VPN websites and apps, and some punish using them for particular purposes. In the UAE, for example, Federal Decree-Law No. 34 of 2021 on Combating Rumours and Cybercrimes punishes using a false or third-party IP address, “or any other means”, with the intent of committing a crime or preventing its discovery, with prison and a fine of up to two million dirhams. Broad wording in cybercrime laws can turn what looks like ordinary use into grounds for prosecution. Know your country’s law before advising others, and ask a local digital-rights group.</p>"
                 "<p>Source: the text of Federal Decree-Law No. 34 of 2021 as published in the UAE Official Gazette.</p>",
                 ("La loi varie d’un pays à l’autre",
                  "<p>Il n’y a pas de règle unique dans la région : certains pays bloquent les sites et applications de VPN, d’autres punissent leur usage dans un but précis. Aux Émirats, par exemple, le décret-loi fédéral n° 34 de 2021 sur la lutte contre les rumeurs et la cybercriminalité punit l’usage d’une adresse IP fausse ou appartenant à un tiers, « ou de tout autre moyen », dans l’intention de commettre une infraction ou d’en empêcher la découverte, d’une peine de prison et d’une amende pouvant atteindre deux millions de dirhams. Les formules larges des lois sur la cybercriminalité peuvent faire d’un usage ordinaire un motif de poursuites. Connaissez la loi de votre pays avant de conseiller autrui, et interrogez une organisation locale de droits numériques.</p>"
                  "<p>Source : le texte du décret-loi fédéral n° 34 de 2021 publié au Journal officiel des Émirats arabes unis.</p>")),
        _h("الوكلاء في تطبيقات المراسلة", "Proxies in messaging apps", "Les proxys dans les messageries"),
        _p("<p>حين يُحجب تطبيق مراسلة، يتيح بعضها الاتصال عبر «وكيل» (proxy): خادم وسيط يمرّر اتصالك إلى التطبيق.</p>"
           "<ul>"
           "<li><b>تيليغرام:</b> الإعدادات ← البيانات والتخزين ← الوكيل، ويدعم وكلاء SOCKS5 وMTProto، وغالبًا يصلك الوكيل رابطًا يضيفه بنقرة. تذكّر أن محادثات تيليغرام العادية ومجموعاته غير مشفّرة من طرف إلى طرف أصلًا.</li>"
           "<li><b>سيغنال:</b> الإعدادات ← البيانات والتخزين ← الوكيل. رسائلك تبقى مشفّرة من طرف إلى طرف، فلا يقرؤها مشغّل الوكيل.</li>"
           "</ul>"
           "<p>في الحالتين يرى مشغّل الوكيل <b>عنوان IP الخاص بك</b> وأنك تستخدم التطبيق. فاستخدم وكلاء من جهات تثق بها، لا رابطًا وصلك من قناة مجهولة.</p>"
           "<p>المصدر: صفحات المساعدة الرسمية لتيليغرام (الأسئلة الشائعة عن الوكلاء) ولسيغنال (دعم الوكيل).</p>",
           "<p>When a messaging app is blocked, some let you connect through a “proxy”: an intermediate server that passes your connection on to the app.</p>"
           "<ul>"
           "<li><b>Telegram:</b> Settings → Data and Storage → Proxy; it supports SOCKS5 and MTProto proxies, and a proxy often reaches you as a link you add with one tap. Remember that Telegram’s ordinary chats and groups are not end-to-end encrypted in the first place.</li>"
           "<li><b>Signal:</b> Settings → Data and storage → Proxy. Your messages stay end-to-end encrypted, so the proxy operator cannot read them.</li>"
           "</ul>"
           "<p>In both cases the proxy operator sees <b>your IP address</b> and that you use the app. Use proxies from people you trust, not a link from an unknown channel.</p>"
           "<p>Source: the official help pages of Telegram (FAQ on proxies) and Signal (proxy support).</p>",
           "<p>Quand une messagerie est bloquée, certaines permettent de se connecter par un « proxy » : un serveur intermédiaire qui relaie votre connexion vers l’application.</p>"
           "<ul>"
           "<li><b>Telegram :</b> Paramètres → Données et stockage → Proxy ; il accepte les proxys SOCKS5 et MTProto, souvent reçus sous forme de lien à ajouter d’un geste. Rappelez-vous que les discussions et groupes ordinaires de Telegram ne sont de toute façon pas chiffrés de bout en bout.</li>"
           "<li><b>Signal :</b> Paramètres → Données et stockage → Proxy. Vos messages restent chiffrés de bout en bout : l’opérateur du proxy ne peut pas les lire.</li>"
           "</ul>"
           "<p>Dans les deux cas, l’opérateur du proxy voit <b>votre adresse IP</b> et sait que vous utilisez l’application. Utilisez des proxys de personnes de confiance, pas un lien venu d’une chaîne inconnue.</p>"
           "<p>Source : les pages d’aide officielles de Telegram (FAQ sur les proxys) et de Signal (prise en charge des proxys).</p>"),
        local_resources(T("في بلدك: قوانين الجرائم الإلكترونية وجهات تساعدك",
                          "In your country: cybercrime laws and people who can help",
                          "Dans votre pays : lois sur la cybercriminalité et interlocuteurs"),
                        ["cybercrime_law", "digital_rights_group", "helpline"]),
        _h("تمرين: ابحث عن بلدك في البيانات المفتوحة", "Exercise: look up your country in the open data",
           "Exercice : cherchez votre pays dans les données ouvertes"),
        _p("<p>دون تشغيل أي اختبار، افتح مستكشف OONI وابحث عن بلدك. اختر موقعًا إخباريًا تعرفه وانظر في قياسات الشهر الماضي: هل ظهرت علامات حجب؟ على أي مزوّدين؟ اكتب ثلاثة أسطر كما لو كنت ستضيفها إلى ملف توثيق «منبر الحي»: الموقع، والمزوّدون، والتواريخ، ورابط كل قياس. ثم أجب عن الاختبار القصير.</p>",
           "<p>Without running any test, open OONI Explorer and search for your country. Pick a news site you know and look at last month’s measurements: are there signs of blocking? On which providers? Write three lines as if you were adding them to the “Neighbourhood Pulpit” documentation file: the site, the providers, the dates, and the link to each measurement. Then answer the short quiz.</p>",
           "<p>Sans lancer de test, ouvrez OONI Explorer et cherchez votre pays. Choisissez un site d’information que vous connaissez et regardez les mesures du mois dernier : y a-t-il des signes de blocage ? Chez quels fournisseurs ? Écrivez trois lignes comme pour le dossier de « La Tribune du quartier » : le site, les fournisseurs, les dates et le lien de chaque mesure. Répondez ensuite au petit quiz.</p>"),
        _quiz("rights-circumvention-practice"),
    ],
}

RIGHTS_CIRCUMVENTION_PRACTICE = {
    "kind": "practice",
    "title": T("تدريب: الحجب والالتفاف عليه", "Practice: censorship and circumvention",
               "Entraînement : la censure et son contournement"),
    "intro": T("أربعة أسئلة قصيرة عن توثيق الحجب وأدوات الالتفاف.",
               "Four short questions on documenting blocking and on circumvention tools.",
               "Quatre questions courtes sur la documentation du blocage et les outils de contournement."),
    "pass_mark": 60,
    "attempts_allowed": 0,
    "form": None,
    "questions": [
        {"type": "single_choice",
         "prompt": T("يريد فريق «منبر الحي» أن يثبت أمام القضاء أن موقعه محجوب على الشبكة، لا معطّل. أي دليل أقوى؟",
                     "The “Neighbourhood Pulpit” team wants to show a court that its site is blocked on the network, not broken. Which evidence is strongest?",
                     "L’équipe de « La Tribune du quartier » veut montrer au juge que son site est bloqué par le réseau, et non en panne. Quelle preuve est la plus solide ?"),
         "options": [
             _opt("لقطة شاشة واحدة لصفحة الخطأ التقطها رئيس التحرير من هاتفه صباح يوم الحجب",
                  "A single screenshot of the error page taken by the editor on his phone on the morning of the block",
                  "Une seule capture de la page d’erreur prise par le rédacteur en chef sur son téléphone le matin du blocage",
                  False, "لقطة واحدة لا تفرّق بين حجب وعطل، ولا تثبت أن الأمر تكرر على أكثر من شبكة.",
                  "One screenshot cannot tell blocking from a fault, nor show that it happened on more than one network.",
                  "Une capture unique ne distingue pas un blocage d’une panne et ne montre pas qu’il se répète sur plusieurs réseaux."),
             _opt("قياسات OONI متكررة على عدة مزوّدين",
                  "Repeated OONI measurements on several providers",
                  "Des mesures OONI répétées chez plusieurs fournisseurs",
                  True, "صحيح. قياسات علنية مؤرخة على شبكات مختلفة تُظهر نمط الحجب ويمكن لأي أحد التحقق منها.",
                  "Correct. Public, dated measurements on different networks show the pattern of blocking and anyone can check them.",
                  "Exact. Des mesures publiques et datées sur différents réseaux montrent le schéma du blocage, et chacun peut les vérifier."),
             _opt("عدد القرّاء الذين كتبوا في التعليقات أنهم لم يعودوا يستطيعون فتح الموقع",
                  "The number of readers who wrote in the comments that they could no longer open the site",
                  "Le nombre de lecteurs qui ont écrit en commentaire qu’ils ne pouvaient plus ouvrir le site",
                  False, "الشكاوى مؤشر مفيد للبحث، لكنها لا تحدد الشبكات ولا التواريخ ولا سبب التعذر.",
                  "Complaints are a useful lead, but they do not identify networks, dates or the cause.",
                  "Les plaintes sont une piste utile, mais elles n’identifient ni les réseaux, ni les dates, ni la cause."),
         ],
         "explanation": T("الحجب على مستوى الشبكة يُثبت بقياسات متكررة ومؤرخة على أكثر من مزوّد، وهو ما يوفره OONI Probe ويحفظه في مستكشف OONI. اللقطة والشكاوى تكمّل الملف ولا تغني عنه.",
                          "Network-level blocking is shown by repeated, dated measurements on more than one provider, which OONI Probe provides and OONI Explorer keeps. Screenshots and complaints complete the file but cannot replace it.",
                          "Un blocage réseau se prouve par des mesures répétées et datées chez plus d’un fournisseur, ce que fournit OONI Probe et que conserve OONI Explorer. Captures et plaintes complètent le dossier sans le remplacer.")},
        {"type": "true_false",
         "prompt": T("استخدام VPN يخفي المواقع التي تزورها عن شركة VPN نفسها.",
                     "Using a VPN hides the sites you visit from the VPN company itself.",
                     "Utiliser un VPN cache les sites que vous visitez à l’entreprise de VPN elle-même."),
         "answer": False,
         "feedback_true": T("ليس كذلك: شركة VPN ترى ما كان يراه مزوّد الإنترنت، ولهذا فاختيارها قرار ثقة.",
                            "Not so: the VPN company sees what your internet provider used to see, which is why choosing one is about trust.",
                            "Non : l’entreprise de VPN voit ce que voyait votre fournisseur d’accès ; la choisir est une affaire de confiance."),
         "feedback_false": T("صحيح. VPN ينقل الثقة من مزوّد الإنترنت إلى شركة VPN، ولا يلغيها.",
                             "Correct. A VPN moves trust from your internet provider to the VPN company; it does not remove it.",
                             "Exact. Un VPN déplace la confiance du fournisseur d’accès vers l’entreprise de VPN, sans la supprimer."),
         "explanation": T("يخفي VPN وجهتك عن مزوّد الإنترنت وعن الشبكة المحلية، لكن حركة اتصالك تمر عبر خوادم شركة VPN. لذلك تجنّب التطبيقات المجانية المجهولة.",
                          "A VPN hides your destination from your internet provider and the local network, but your traffic goes through the VPN company’s servers. So avoid unknown free apps.",
                          "Un VPN cache votre destination au fournisseur d’accès et au réseau local, mais votre trafic passe par les serveurs de l’entreprise de VPN. Évitez donc les applications gratuites inconnues.")},
        {"type": "true_false",
         "prompt": T("من يراقب شبكتك قد يرى أنك تشغّل OONI Probe، لذا يستحق قرار تشغيله نموذج تهديد.",
                     "Someone monitoring your network may see that you run OONI Probe, so the decision to run it deserves a threat model.",
                     "Quelqu’un qui surveille votre réseau peut voir que vous utilisez OONI Probe : la décision mérite donc un modèle de menace."),
         "answer": True,
         "feedback_true": T("صحيح. ينبّه مشروع OONI نفسه إلى هذا الخطر، والنتائج علنية.",
                            "Correct. The OONI project itself warns of this risk, and results are public.",
                            "Exact. Le projet OONI avertit lui-même de ce risque, et les résultats sont publics."),
         "feedback_false": T("بل هو صحيح: الاختبارات ظاهرة لمن يراقب الاتصال، وقد تكون خطرة في بعض البلدان.",
                             "It is true: the tests are visible to anyone monitoring the connection, and can be risky in some countries.",
                             "C’est vrai : les tests sont visibles pour qui surveille la connexion et peuvent être risqués dans certains pays."),
         "explanation": T("التوثيق مفيد لكنه ليس بلا ثمن. إن كان الخطر كبيرًا، فابحث في البيانات المنشورة أصلًا أو اطلب من منظمة متخصصة أن تجري القياس.",
                          "Documentation is useful but not free of cost. If the risk is high, search the data already published or ask a specialised group to measure.",
                          "Documenter est utile mais pas sans coût. Si le risque est élevé, cherchez dans les données déjà publiées ou demandez à une organisation spécialisée de mesurer.")},
        {"type": "single_choice",
         "prompt": T("تستخدم سيغنال عبر وكيل أرسله لك صديق. ماذا يرى مشغّل الوكيل؟",
                     "You use Signal through a proxy a friend sent you. What does the proxy operator see?",
                     "Vous utilisez Signal via un proxy envoyé par un ami. Que voit l’opérateur du proxy ?"),
         "options": [
             _opt("نص رسائلك، لأنها تمر عبر خادمه قبل أن تصل",
                  "The text of your messages, because they pass through his server",
                  "Le texte de vos messages, puisqu’ils passent par son serveur",
                  False, "الرسائل مشفّرة من طرف إلى طرف، فمرورها بالخادم لا يكشف نصها.",
                  "Messages are end-to-end encrypted, so passing through the server does not reveal their text.",
                  "Les messages sont chiffrés de bout en bout : passer par le serveur n’en révèle pas le texte."),
             _opt("عنوان IP الخاص بك، لا رسائلك",
                  "Your IP address, not your messages",
                  "Votre adresse IP, pas vos messages",
                  True, "صحيح. الوكيل يعرف من أين يأتي الاتصال وإلى أي تطبيق يذهب، لا ما فيه.",
                  "Correct. The proxy knows where the connection comes from and which app it goes to, not what is in it.",
                  "Exact. Le proxy sait d’où vient la connexion et vers quelle application elle va, pas ce qu’elle contient."),
             _opt("لا شيء على الإطلاق عن اتصالك أو عن التطبيق الذي تستخدمه",
                  "Nothing at all about your connection or the app you use",
                  "Rien du tout sur votre connexion ni sur l’application utilisée",
                  False, "بل يرى عنوانك وأنك تتصل بسيغنال، لذا اختر وكيلًا من جهة تثق بها.",
                  "It does see your address and that you connect to Signal, so pick a proxy from someone you trust.",
                  "Il voit votre adresse et que vous vous connectez à Signal : choisissez un proxy de confiance."),
         ],
         "explanation": T("الوكيل يخفي عن الشبكة المحلية أنك تتصل بسيغنال، لكن مشغّله يرى عنوان IP الخاص بك. الرسائل نفسها تبقى مشفّرة من طرف إلى طرف.",
                          "A proxy hides from the local network that you are connecting to Signal, but its operator sees your IP address. The messages themselves stay end-to-end encrypted.",
                          "Le proxy cache au réseau local que vous vous connectez à Signal, mais son opérateur voit votre adresse IP. Les messages restent chiffrés de bout en bout.")},
    ],
}

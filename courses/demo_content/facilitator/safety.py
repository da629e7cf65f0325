"""Facilitator pack: «الاستخدام الآمن للمنصات» (safe-platform-use)."""

from .._text import T

COURSE = "safe-platform-use"
HANDOUTS = ["threat-model-worksheet", "account-compromise-checklist"]

# (stage, minutes in the 90-minute session, minutes in the 180-minute one, title, what to do)
STEPS = [
    ("activity", 15, 25,
     T("نشاط: ماذا لو سُرق هاتفك الآن؟",
       "Activity: what if your phone were stolen now?",
       "Activité : et si votre téléphone était volé maintenant ?"),
     T("اطلب من كل مشارك أن يكتب على ورقة، دون أن يريها لأحد، ثلاثة أشياء سيخسرها أو سيتعرض غيره للخطر بسببها إن سُرق هاتفه الآن. في الجلسة الطويلة أضف سؤالًا عن حاسوب العمل المشترك.",
       "Ask each participant to write on paper, without showing anyone, three things they would lose, or that would put others at risk, if their phone were stolen now. In the long session add a question about the shared work computer.",
       "Demandez à chacun d'écrire sur papier, sans le montrer, trois choses qu'il perdrait, ou qui mettraient d'autres en danger, si son téléphone était volé maintenant. Dans la séance longue, ajoutez une question sur l'ordinateur partagé du bureau.")),
    ("discussion", 15, 30,
     T("نقاش: ما الذي نحميه وممن؟",
       "Discussion: what do we protect, and from whom?",
       "Discussion : que protégeons-nous, et contre qui ?"),
     T("اجمع الأنواع لا التفاصيل: مصادر، مسودات، حسابات، موقع. ثم اسأل من قد يريدها، وفرّق بين المهاجم الانتهازي والمهاجم الموجَّه.",
       "Collect the kinds, not the details: sources, drafts, accounts, location. Then ask who might want them, and separate the opportunist from the targeted attacker.",
       "Recueillez les catégories, pas les détails : sources, brouillons, comptes, localisation. Demandez ensuite qui pourrait les vouloir, et distinguez l'opportuniste de l'attaquant ciblé.")),
    ("input", 20, 35,
     T("مدخل: نموذج التهديد والتحقق بخطوتين",
       "Input: the threat model and two-step verification",
       "Apport : le modèle de menace et la validation en deux étapes"),
     T("قدّم الأسئلة الخمسة لنموذج التهديد وشبكة الاحتمال والأثر، ثم بيّن لماذا يفضَّل تطبيق المصادقة أو مفتاح الأمان على الرسائل القصيرة. في الجلسة الطويلة أضف التصيّد وعلاماته.",
       "Present the five threat-model questions and the likelihood-impact grid, then show why an authenticator app or security key is better than SMS. In the long session add phishing and its signs.",
       "Présentez les cinq questions du modèle de menace et la grille probabilité-impact, puis montrez pourquoi une application d'authentification ou une clé de sécurité vaut mieux que le SMS. Dans la séance longue, ajoutez l'hameçonnage et ses indices.")),
    ("break", 0, 15,
     T("استراحة", "Break", "Pause"),
     T("استراحة قصيرة بعيدًا عن الشاشات.", "A short break away from screens.",
       "Une courte pause loin des écrans.")),
    ("deepening", 30, 55,
     T("تعميق: ورقة نموذج التهديد",
       "Deepening: the threat-model worksheet",
       "Approfondissement : la fiche du modèle de menace"),
     T("يملأ كل مشارك ورقة نموذج التهديد لعمل حقيقي بأسماء رمزية فقط، ثم يختار خطرين من خانة «ابدأ هنا هذا الأسبوع». في الجلسة الطويلة تتمرن المجموعات على قائمة اختراق الحساب خطوة خطوة.",
       "Each participant fills in the threat-model worksheet for real work, with codenames only, then picks two risks from the “start here this week” cell. In the long session groups rehearse the account-compromise checklist step by step.",
       "Chacun remplit la fiche du modèle de menace pour un vrai travail, avec des noms de code seulement, puis choisit deux risques de la case « commencer ici cette semaine ». Dans la séance longue, les groupes répètent pas à pas la liste de contrôle en cas de compte piraté.")),
    ("synthesis", 10, 20,
     T("تركيب: إجراء واحد قبل النوم",
       "Synthesis: one measure before bedtime",
       "Synthèse : une mesure avant ce soir"),
     T("يذكر كل مشارك إجراءً واحدًا سينفذه اليوم (تفعيل التحقق بخطوتين، حفظ رموز الاسترداد). ذكّرهم بإتلاف المسودات أو حفظ الورقة في مكان آمن.",
       "Each participant names one measure they will take today (turn on two-step verification, store recovery codes). Remind them to destroy drafts or keep the sheet somewhere safe.",
       "Chacun cite une mesure qu'il prendra aujourd'hui (activer la validation en deux étapes, ranger les codes de récupération). Rappelez de détruire les brouillons ou de garder la fiche en lieu sûr.")),
]

PROMPTS = [
    T("من في حياتكم المهنية قد يرغب في الوصول إلى مصادركم؟ وما الذي يستطيع فعله فعلًا؟",
      "Who in your working life might want to reach your sources? What can they actually do?",
      "Qui, dans votre vie professionnelle, pourrait vouloir atteindre vos sources ? Que peut-il réellement faire ?"),
    T("ما الإجراء الأمني الذي تخليتم عنه لأنه كان متعبًا؟ كيف نجعله أسهل؟",
      "Which security measure did you give up because it was tiring? How could it be made easier?",
      "Quelle mesure de sécurité avez-vous abandonnée parce qu'elle était pénible ? Comment la rendre plus simple ?"),
    T("إن سُرق حسابكم، بأي قناة ستحذرون مصادركم؟ هل اتفقتم عليها مسبقًا؟",
      "If your account were stolen, through which channel would you warn your sources? Have you agreed on it beforehand?",
      "Si votre compte était volé, par quel canal préviendriez-vous vos sources ? L'avez-vous convenu à l'avance ?"),
]

MODEL_ANSWERS = [
    (T("وصلتك رسالة «من فريق الدعم» تطلب رمز التحقق: ماذا تفعل؟",
       "A message “from the support team” asks for your verification code: what do you do?",
       "Un message « du support » demande votre code de vérification : que faites-vous ?"),
     T("لا ترسل الرمز أبدًا: لا يطلبه أي فريق دعم حقيقي. احذف الرسالة أو أبلغ عنها، وإن شككت فادخل إلى حسابك بكتابة العنوان بنفسك.",
       "Never send the code: no genuine support team asks for it. Delete or report the message, and if in doubt sign in by typing the address yourself.",
       "N'envoyez jamais le code : aucun vrai support ne le demande. Supprimez ou signalez le message et, en cas de doute, connectez-vous en tapant l'adresse vous-même.")),
    (T("خطر احتماله مرتفع وأثره منخفض: أين تضعه وماذا تفعل؟",
       "A risk of high likelihood and low impact: where does it go and what do you do?",
       "Un risque très probable à faible impact : où le placer et que faire ?"),
     T("في خانة «إجراءات سريعة ورخيصة»: عالجه بإجراء بسيط الآن، ولا تصرف عليه جهدًا كبيرًا قبل خانة «ابدأ هنا».",
       "In the “quick, cheap fixes” cell: deal with it by a simple measure now, and spend no great effort on it before the “start here” cell.",
       "Dans la case « solutions rapides et bon marché » : traitez-le tout de suite par une mesure simple, sans y consacrer plus d'effort qu'à la case « commencer ici ».")),
]

LIVE_QUIZZES = [
    ("safety-m2-practice", T("بعد المدخل عن كلمات المرور والتحقق بخطوتين.",
                             "After the input on passwords and two-step verification.",
                             "Après l'apport sur les mots de passe et la validation en deux étapes.")),
    ("safety-m3-practice", T("في الجلسة الطويلة: رسائل تصيّد أم رسائل سليمة؟",
                             "In the long session: phishing or legitimate messages?",
                             "Dans la séance longue : hameçonnage ou message légitime ?")),
]

GUIDANCE = [
    T("لا يكتب أحد في القاعة أسماء أو أرقامًا حقيقية، ولا تُصوَّر الأوراق. اجمع المسودات في نهاية الجلسة لإتلافها إن طلب أصحابها ذلك.",
      "Nobody in the room writes real names or numbers, and no sheet is photographed. Collect drafts at the end for destruction if their authors wish.",
      "Personne n'écrit de vrais noms ou numéros, et aucune fiche n'est photographiée. Ramassez les brouillons à la fin pour les détruire si leurs auteurs le souhaitent."),
    T("بعض المشاركين تعرّضوا لاختراق أو مراقبة فعلية: لا تطلب تفاصيل، واقترح على من يحتاج الدعم خط مساعدة للأمن الرقمي.",
      "Some participants have been hacked or watched for real: ask for no details, and point anyone who needs support to a digital-security helpline.",
      "Certains participants ont réellement été piratés ou surveillés : ne demandez aucun détail, et orientez qui en a besoin vers une ligne d'assistance en sécurité numérique."),
]

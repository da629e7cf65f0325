"""Facilitator pack: «كيف تكشف التضليل؟» (spotting-disinformation)."""

from .._text import T

COURSE = "spotting-disinformation"
HANDOUTS = ["sift-pocket-card", "verification-log"]

# (stage, minutes in the 90-minute session, minutes in the 180-minute one, title, what to do)
STEPS = [
    ("activity", 15, 25,
     T("نشاط: خلاصة الصباح",
       "Activity: this morning's feed",
       "Activité : le fil de ce matin"),
     T("اعرض على الشاشة خمسة منشورات متخيَّلة من الاختبار الحي، واطلب من كل مشارك أن يقرّر في عشرين ثانية: أشارك أم لا؟ لا تكشف الإجابات بعد. في جلسة الساعات الثلاث أضف جولة ثانية يعمل فيها المشاركون في أزواج.",
       "Show five fictitious posts from the live quiz and ask each participant to decide in twenty seconds: share or not? Do not reveal the answers yet. In the three-hour session add a second round in pairs.",
       "Montrez cinq publications fictives du quiz en direct et demandez à chacun de décider en vingt secondes : partager ou non ? Ne révélez pas encore les réponses. Dans la séance de trois heures, ajoutez un second tour en binômes.")),
    ("discussion", 15, 30,
     T("نقاش: لماذا شاركنا؟",
       "Discussion: why did we share?",
       "Discussion : pourquoi avons-nous partagé ?"),
     T("اعرض نتائج التصويت دون أسماء، واسأل: ما الذي دفعكم إلى المشاركة؟ دوّن على اللوح الانفعالات التي ذكرها المشاركون (غضب، خوف، حماسة) وصِلها بالسرعة.",
       "Show the anonymous vote results and ask: what made you share? Write the emotions participants name (anger, fear, excitement) on the board and link them to speed.",
       "Affichez les résultats anonymes et demandez : qu'est-ce qui vous a poussé à partager ? Notez au tableau les émotions citées (colère, peur, enthousiasme) et reliez-les à la vitesse.")),
    ("input", 20, 35,
     T("مدخل: الحركات الأربع لمنهج SIFT",
       "Input: the four SIFT moves",
       "Apport : les quatre gestes de SIFT"),
     T("قدّم الحركات الأربع ببطاقة SIFT للجيب، وطبّق كل حركة أمام المجموعة على منشور واحد من النشاط الأول. في الجلسة الطويلة أضف أساليب التلاعب الستة وأمثلتها.",
       "Present the four moves with the SIFT pocket card and apply each move in front of the group to one post from the first activity. In the long session add the six manipulation techniques and their examples.",
       "Présentez les quatre gestes avec la carte de poche SIFT et appliquez chacun devant le groupe à une publication de la première activité. Dans la séance longue, ajoutez les six techniques de manipulation et leurs exemples.")),
    ("break", 0, 15,
     T("استراحة", "Break", "Pause"),
     T("استراحة قصيرة بعيدًا عن الشاشات.", "A short break away from screens.",
       "Une courte pause loin des écrans.")),
    ("deepening", 30, 55,
     T("تعميق: سجل التحقق في مجموعات",
       "Deepening: the verification log in groups",
       "Approfondissement : le registre de vérification en groupes"),
     T("وزّع سجل التحقق، وأعطِ كل مجموعة من ثلاثة أو أربعة مشاركين صورة متخيَّلة خارج سياقها. تملأ المجموعة السجل وتصل إلى حكم من الأحكام الأربعة مع أقوى دليل. في الجلسة الطويلة تتبادل المجموعات سجلاتها وتراجع كل مجموعة عمل غيرها.",
       "Hand out the verification log and give each group of three or four a fictitious image out of context. The group fills in the log and reaches one of the four verdicts with its strongest evidence. In the long session groups swap logs and review each other's work.",
       "Distribuez le registre de vérification et donnez à chaque groupe de trois ou quatre une image fictive sortie de son contexte. Le groupe remplit le registre et rend l'un des quatre verdicts avec sa preuve la plus forte. Dans la séance longue, les groupes échangent leurs registres et se relisent.")),
    ("synthesis", 10, 20,
     T("تركيب: ماذا سأفعل غدًا؟",
       "Synthesis: what will I do tomorrow?",
       "Synthèse : que ferai-je demain ?"),
     T("أعد عرض منشورات النشاط الأول واطلب تصويتًا ثانيًا، وقارن النتيجتين. ثم يكتب كل مشارك عادة واحدة سيبدأ بها غدًا قبل أن يشارك أي منشور.",
       "Show the first activity's posts again and take a second vote; compare the two results. Each participant then writes one habit they will start tomorrow before sharing anything.",
       "Remontrez les publications de la première activité et faites voter une seconde fois ; comparez les deux résultats. Chacun écrit ensuite une habitude qu'il adoptera demain avant de partager quoi que ce soit.")),
]

PROMPTS = [
    T("متى شاركت آخر مرة شيئًا اكتشفت لاحقًا أنه غير صحيح؟ ما الذي جعله مقنعًا حينها؟",
      "When did you last share something you later found to be untrue? What made it convincing at the time?",
      "Quand avez-vous partagé pour la dernière fois quelque chose qui s'est révélé faux ? Qu'est-ce qui le rendait convaincant ?"),
    T("لماذا لا يكفي أن نقرأ صفحة «من نحن» في الموقع نفسه لنعرف من يتكلم؟",
      "Why is reading the site's own “about us” page not enough to know who is speaking?",
      "Pourquoi la page « qui sommes-nous » du site ne suffit-elle pas pour savoir qui parle ?"),
    T("ما الفرق بين خطاب الكراهية والنقد الحاد؟ أين ترسمون الحد؟",
      "What is the difference between hate speech and harsh criticism? Where do you draw the line?",
      "Quelle différence entre discours de haine et critique sévère ? Où placez-vous la limite ?"),
]

MODEL_ANSWERS = [
    (T("صورة قديمة لفيضان نُشرت على أنها من عاصفة الأمس: ما الحكم؟",
       "An old photo of a flood posted as yesterday's storm: which verdict?",
       "Une vieille photo d'inondation présentée comme celle de la tempête d'hier : quel verdict ?"),
     T("مضلّل: الصورة حقيقية لكنها خارج سياقها. البحث العكسي يكشف أقدم ظهور لها وتعليقها الأصلي، وهذا هو الدليل الأقوى.",
       "Misleading: the photo is real but out of context. A reverse search finds its earliest appearance and original caption, the strongest evidence.",
       "Trompeur : la photo est authentique mais sortie de son contexte. La recherche inversée trouve sa première apparition et sa légende d'origine, la preuve la plus forte.")),
    (T("منشور يستشهد برقم «وفق دراسة» دون رابط: ماذا تفعل؟",
       "A post cites a figure “according to a study” with no link: what do you do?",
       "Une publication cite un chiffre « selon une étude » sans lien : que faites-vous ?"),
     T("تتبّع الرقم إلى أصله: ابحث عن الدراسة، وتحقق من العيّنة والتاريخ والصياغة الأصلية. إن لم تجد الأصل في عشر دقائق فالحكم «غير مثبت».",
       "Trace the figure to its origin: find the study, check the sample, the date and the original wording. If you cannot find it within ten minutes, the verdict is “unverified”.",
       "Remontez le chiffre à sa source : trouvez l'étude, vérifiez l'échantillon, la date et la formulation d'origine. Sans source en dix minutes, le verdict est « non vérifié ».")),
]

LIVE_QUIZZES = [
    ("disinfo-m1-practice", T("للنشاط الأول وللتصويت الثاني في التركيب.",
                              "For the first activity and the second vote in the synthesis.",
                              "Pour la première activité et le second vote de la synthèse.")),
    ("disinfo-m2-practice", T("بعد المدخل، لتثبيت أساليب التلاعب.",
                              "After the input, to fix the manipulation techniques.",
                              "Après l'apport, pour ancrer les techniques de manipulation.")),
    ("disinfo-m4-practice", T("في الجلسة الطويلة قبل التعميق.",
                              "In the long session, before the deepening.",
                              "Dans la séance longue, avant l'approfondissement.")),
]

GUIDANCE = [
    T("وحدة خطاب الكراهية قد تمسّ مشاركين استُهدفوا هم أو ذووهم: نبّه قبل عرض أي مثال، واعرض النص لا الصور العنيفة، واسمح بالخروج من القاعة دون تبرير.",
      "The hate-speech module may touch participants who, or whose families, were targeted: warn before any example, show text rather than violent images, and let anyone leave the room without explaining.",
      "Le module sur le discours de haine peut toucher des participants ciblés, eux ou leurs proches : prévenez avant chaque exemple, montrez du texte plutôt que des images violentes, et laissez chacun sortir sans se justifier."),
    T("لا تطلب من أحد أن يروي تجربته الشخصية، ولا تستخدم أمثلة من النزاع المحلي الجاري؛ كل الأمثلة في الدورة متخيَّلة.",
      "Never ask anyone to tell their own experience, and do not use examples from the ongoing local conflict; all the course's examples are fictitious.",
      "Ne demandez à personne de raconter son expérience et n'utilisez pas d'exemples du conflit local en cours ; tous les exemples du cours sont fictifs."),
]

"""Facilitator pack: «حقوقك الرقمية» (digital-rights)."""

from .._text import T

COURSE = "digital-rights"
HANDOUTS = ["appeal-letter-template"]

# (stage, minutes in the 90-minute session, minutes in the 180-minute one, title, what to do)
STEPS = [
    ("activity", 15, 25,
     T("نشاط: حُذف منشورك",
       "Activity: your post was removed",
       "Activité : votre publication a été retirée"),
     T("وزّع إشعار حذف متخيَّلًا لمنشور توعوي، واطلب من المشاركين في أزواج أن يقرروا: هل الحذف مبرر؟ وماذا سيفعلون؟ في الجلسة الطويلة أضف إشعارًا ثانيًا عن تقييد حساب.",
       "Hand out a fictitious removal notice for an awareness post and ask pairs to decide: is the removal justified, and what will they do? In the long session add a second notice restricting an account.",
       "Distribuez un avis fictif de retrait d'une publication de sensibilisation et demandez aux binômes : le retrait est-il justifié, et que feront-ils ? Dans la séance longue, ajoutez un second avis de restriction de compte.")),
    ("discussion", 15, 30,
     T("نقاش: أين تنتهي حرية التعبير؟",
       "Discussion: where does freedom of expression end?",
       "Discussion : où s'arrête la liberté d'expression ?"),
     T("ناقش الحدود المشروعة للتعبير بشروطها الثلاثة: أن ينص عليها القانون، وأن تسعى إلى هدف مشروع، وأن تكون ضرورية ومتناسبة. اقرأ إرشادات الرعاية أدناه قبل أي مثال عن خطاب الكراهية.",
       "Discuss the legitimate limits of expression and their three conditions: provided by law, pursuing a legitimate aim, necessary and proportionate. Read the care guidance below before any hate-speech example.",
       "Discutez des limites légitimes de l'expression et de leurs trois conditions : prévues par la loi, poursuivant un but légitime, nécessaires et proportionnées. Lisez les consignes de bienveillance ci-dessous avant tout exemple de discours de haine.")),
    ("input", 20, 35,
     T("مدخل: الإشراف على المحتوى وطرق الطعن",
       "Input: content moderation and appeal routes",
       "Apport : la modération et les voies de recours"),
     T("اشرح كيف تقرر المنصات الحذف (قواعد، أنظمة آلية، طلبات رسمية)، وما تنشره تقارير الشفافية، وطرق الطعن من داخل التطبيق إلى المراجعة الأعلى. في الجلسة الطويلة أضف التوثيق وحفظ الأدلة.",
       "Explain how platforms decide removals (rules, automated systems, official requests), what transparency reports publish, and the appeal routes from inside the app to a higher review. In the long session add documentation and keeping evidence.",
       "Expliquez comment les plateformes décident des retraits (règles, systèmes automatisés, demandes officielles), ce que publient les rapports de transparence, et les voies de recours, de l'application à l'examen supérieur. Dans la séance longue, ajoutez la documentation et la conservation des preuves.")),
    ("break", 0, 15,
     T("استراحة", "Break", "Pause"),
     T("استراحة قصيرة بعيدًا عن الشاشات.", "A short break away from screens.",
       "Une courte pause loin des écrans.")),
    ("deepening", 30, 55,
     T("تعميق: كتابة خطاب طعن",
       "Deepening: writing an appeal letter",
       "Approfondissement : rédiger une lettre de recours"),
     T("يكتب كل زوج خطاب طعن في خمس جمل بقالب الخطاب، ثم يتبادل الأزواج الخطابات ويقرأ كل زوج خطاب غيره بعين المراجِع المستعجل: هل الحجة الأقوى في الجملة الأولى أو الثانية؟",
       "Each pair writes a five-sentence appeal with the letter template, then pairs swap letters and read them as a hurried reviewer would: is the strongest argument in the first or second sentence?",
       "Chaque binôme rédige un recours de cinq phrases avec le modèle de lettre, puis les binômes échangent leurs lettres et les lisent comme un modérateur pressé : l'argument le plus fort est-il dans la première ou la deuxième phrase ?")),
    ("synthesis", 10, 20,
     T("تركيب: حقّ واحد وطريق واحد",
       "Synthesis: one right, one route",
       "Synthèse : un droit, une voie"),
     T("يذكر كل مشارك حقًا رقميًا واحدًا تعلّمه اليوم وطريقًا واحدًا للمطالبة به. اختم بتذكير بجهات الدعم المتاحة.",
       "Each participant names one digital right learnt today and one route to claim it. Close with a reminder of the support organisations available.",
       "Chacun cite un droit numérique appris aujourd'hui et une voie pour le faire valoir. Terminez en rappelant les organisations de soutien disponibles.")),
]

PROMPTS = [
    T("هل يجوز حذف منشور صحيح لأنه مؤلم؟ من يقرر ذلك، وبأي معيار؟",
      "May a true post be removed because it is painful? Who decides, and by what standard?",
      "Peut-on retirer une publication exacte parce qu'elle blesse ? Qui décide, et selon quel critère ?"),
    T("ما البيانات الشخصية التي تجمعها التطبيقات التي تستخدمونها يوميًا؟ وهل وافقتم على ذلك فعلًا؟",
      "What personal data do the apps you use every day collect? Did you really agree to it?",
      "Quelles données personnelles collectent les applications que vous utilisez chaque jour ? Y avez-vous vraiment consenti ?"),
    T("متى يصبح النقد تحريضًا؟ اذكروا علامة واحدة تفرّق بينهما.",
      "When does criticism become incitement? Name one sign that tells them apart.",
      "Quand la critique devient-elle incitation ? Citez un signe qui les distingue."),
]

MODEL_ANSWERS = [
    (T("حُذف منشور يوثّق انتهاكًا بحجة «المحتوى العنيف»: ما أقوى حجة في الطعن؟",
       "A post documenting an abuse was removed as “violent content”: what is the strongest argument in the appeal?",
       "Une publication documentant un abus a été retirée pour « contenu violent » : quel est l'argument le plus fort du recours ?"),
     T("أن المنشور توثيقي ذو قيمة إخبارية، وأن قواعد المنصة نفسها تستثني المحتوى التوثيقي، مع دليل على السياق (رابط التقرير أو وصف الحدث). تُكتب هذه الحجة في الجملة الأولى أو الثانية.",
       "That the post is documentary with news value, and that the platform's own rules exempt documentary content, with evidence of the context (a link to the report or a description of the event). It goes in the first or second sentence.",
       "Que la publication est documentaire et d'intérêt informatif, et que les règles de la plateforme exemptent ce type de contenu, avec une preuve du contexte (lien vers le rapport ou description de l'événement). Elle figure dans la première ou la deuxième phrase.")),
    (T("منشور يصف جماعة بأنها «حشرات» ويدعو إلى طردها: نقد أم خطاب كراهية؟",
       "A post calls a group “insects” and calls for their expulsion: criticism or hate speech?",
       "Une publication traite un groupe d'« insectes » et appelle à son expulsion : critique ou discours de haine ?"),
     T("خطاب كراهية يصل إلى التحريض: يجرّد الجماعة من إنسانيتها ويدعو إلى فعل ضدها. النقد يتناول أفعالًا أو سياسات، لا قيمة بشر بسبب هويتهم.",
       "Hate speech amounting to incitement: it dehumanises the group and calls for action against it. Criticism addresses acts or policies, not people's worth because of who they are.",
       "Un discours de haine qui va jusqu'à l'incitation : il déshumanise le groupe et appelle à agir contre lui. La critique vise des actes ou des politiques, pas la valeur de personnes en raison de leur identité.")),
]

LIVE_QUIZZES = [
    ("rights-m2-practice", T("بعد النقاش عن حدود التعبير، مع إرشادات الرعاية.",
                             "After the discussion on the limits of expression, with the care guidance.",
                             "Après la discussion sur les limites de l'expression, avec les consignes de bienveillance.")),
    ("rights-m4-practice", T("قبل كتابة خطاب الطعن.",
                             "Before writing the appeal letter.",
                             "Avant de rédiger la lettre de recours.")),
]

GUIDANCE = [
    T("أمثلة خطاب الكراهية قد تعيد إلى بعض المشاركين أذًى عاشوه: أعلن قبل عرضها ما ستتناوله ولماذا، واعرضها نصًا مختصرًا لا صورًا، ولا تقرأ الشتائم بصوت عالٍ.",
      "Hate-speech examples may bring back harm some participants lived through: say beforehand what will be covered and why, show them as short text rather than images, and never read slurs aloud.",
      "Les exemples de discours de haine peuvent raviver des blessures vécues : annoncez avant ce qui sera abordé et pourquoi, montrez-les en texte court plutôt qu'en images, et ne lisez jamais d'insultes à voix haute."),
    T("اسمح لأي مشارك بأن يتجاوز تمرينًا أو يخرج من القاعة دون أن يبرر، واتفق مسبقًا مع زميل يرافق من يحتاج إلى ذلك.",
      "Let any participant skip an exercise or leave the room without explaining, and agree beforehand with a colleague who can accompany anyone who needs it.",
      "Permettez à chacun de sauter un exercice ou de sortir sans se justifier, et convenez à l'avance avec un collègue qui pourra accompagner qui en a besoin."),
    T("لا تطلب من المنتمين إلى الجماعة المستهدفة في المثال أن يشرحوا أثره أو يمثلوا جماعتهم، ولا تجعل النقاش مناظرة حول إنسانية أحد.",
      "Never ask members of the group targeted in an example to explain its effect or to speak for their group, and never let the discussion become a debate about anyone's humanity.",
      "Ne demandez jamais aux membres du groupe visé d'en expliquer l'effet ou de parler au nom de leur groupe, et ne laissez pas la discussion devenir un débat sur l'humanité de quiconque."),
    T("اختم بدقيقتين للتهدئة (تنفس أو حديث عن موضوع خفيف)، وأعط جهات الدعم النفسي المتاحة مكتوبة.",
      "Close with two minutes to settle (breathing, or talk about something light), and give the available psychological support contacts in writing.",
      "Terminez par deux minutes de retour au calme (respiration ou sujet léger) et remettez par écrit les contacts de soutien psychologique disponibles."),
]

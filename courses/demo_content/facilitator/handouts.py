"""The printable handouts of the demo courses, as structured data (they replace the
plain-text files whose ASCII grids broke right to left): each is a list of parts that
``courses/templates/courses/print/handout.html`` lays out, tables as real tables.

Kinds: title, subtitle, heading, para, bullet, check (a box to tick), field (a label and
space to write), lines (space to write), table (header and rows; an empty cell is space
to write). Texts in Arabic, English and French; the French uses the demo courses'
terms, and no-break spaces (U+00A0, written \\xa0) inside « » and before : ; ? ! so that
no mark starts a line (the print font has no narrow no-break space).
"""

HANDOUTS = {'sift-pocket-card': [{'kind': 'title',
                       'text': {'ar': 'بطاقة SIFT للجيب — بصيرة',
                                'en': 'SIFT pocket card — Basira',
                                'fr': 'Carte de poche SIFT — Basira'}},
                      {'kind': 'para',
                       'text': {'ar': 'منهج SIFT من تطوير مايك كولفيلد، مرخّص بموجب CC BY 4.0.',
                                'en': 'SIFT method by Mike Caulfield, licensed under CC BY '
                                      '4.0.',
                                'fr': 'Méthode SIFT de Mike Caulfield, sous licence CC BY '
                                      '4.0.'}},
                      {'kind': 'para',
                       'text': {'ar': 'ترجمة بصيرة وتكييفها لدورة «كيف تكشف التضليل؟».',
                                'en': 'Translated and adapted by Basira for the course '
                                      '"Spotting disinformation".',
                                'fr': 'Traduite et adaptée par Basira pour le cours «\xa0'
                                      'Repérer la désinformation\xa0».'}},
                      {'kind': 'heading',
                       'text': {'ar': 'قبل أن تصدّق أو تشارك، استخدم الحركات الأربع:',
                                'en': 'Before you believe or share, use the four moves:',
                                'fr': 'Avant de croire ou de partager, faites les quatre '
                                      'gestes\xa0:'}},
                      {'kind': 'heading',
                       'text': {'ar': '1) توقّف (S)',
                                'en': '1) Stop (S)',
                                'fr': '1) Arrêtez-vous (S)'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل أثار المنشور فيّ غضبًا أو خوفًا أو حماسة قوية؟',
                                'en': 'Did the post make me strongly angry, afraid or excited?',
                                'fr': 'La publication a-t-elle éveillé en moi une forte '
                                      'colère, de la peur ou de l’enthousiasme\xa0?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل أعرف هذا المصدر؟',
                                'en': 'Do I know this source?',
                                'fr': 'Est-ce que je connais cette source\xa0?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'ما هدفي الآن: أن أشارك، أم أن أكتب تقريرًا، أم أن أفهم '
                                      'فقط؟',
                                'en': 'What is my goal right now: to share, to write a report, '
                                      'or just to understand?',
                                'fr': 'Quel est mon but en ce moment\xa0: partager, écrire un '
                                      'article, ou simplement comprendre\xa0?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'إن ضعت في البحث أكثر من عشر دقائق، فعُد إلى سؤالك '
                                      'الأول.',
                                'en': 'If you have been lost in searching for more than ten '
                                      'minutes, go back to your first question.',
                                'fr': 'Si vous vous perdez dans vos recherches depuis plus de '
                                      'dix minutes, revenez à votre question de départ.'}},
                      {'kind': 'heading',
                       'text': {'ar': '2) تحقّق من المصدر (I)',
                                'en': '2) Investigate the source (I)',
                                'fr': '2) Enquêtez sur la source (I)'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'غادر الصفحة، وافتح تبويبًا جديدًا.',
                                'en': 'Leave the page and open a new tab.',
                                'fr': 'Quittez la page et ouvrez un nouvel onglet.'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'ابحث عن اسم الموقع أو الحساب مع: «من يملك»، «تمويل»، '
                                      '«مصداقية».',
                                'en': 'Search for the site or account name with: "owner", '
                                      '"funding", "credibility".',
                                'fr': 'Cherchez le nom du site ou du compte avec les mots «\xa0'
                                      'propriétaire\xa0», «\xa0financement\xa0», «\xa0'
                                      'crédibilité\xa0».'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'متى أُنشئ الحساب أو النطاق؟ هل غيّر اسمه؟',
                                'en': 'When was the account or domain created? Has it changed '
                                      'its name?',
                                'fr': 'Quand le compte ou le nom de domaine a-t-il été créé\xa0'
                                      '? A-t-il changé de nom\xa0?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل للخبراء المذكورين وجود خارج هذا الموقع؟',
                                'en': 'Do the experts it quotes exist anywhere outside this '
                                      'site?',
                                'fr': 'Les experts cités existent-ils ailleurs que sur ce '
                                      'site\xa0?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'الهدف: أن تعرف في ستين ثانية «من يتكلم».',
                                'en': 'Goal: know within sixty seconds "who is speaking".',
                                'fr': 'Objectif\xa0: savoir en soixante secondes «\xa0qui '
                                      'parle\xa0».'}},
                      {'kind': 'heading',
                       'text': {'ar': '3) ابحث عن تغطية أفضل (F)',
                                'en': '3) Find better coverage (F)',
                                'fr': '3) Cherchez une meilleure couverture (F)'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'ابحث عن الادعاء نفسه، لا عن المنشور.',
                                'en': 'Search for the claim itself, not the post.',
                                'fr': 'Cherchez l’affirmation elle-même, pas la publication.'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل نشرته الجهة المعنية في موقعها؟',
                                'en': 'Has the organisation concerned published it on its own '
                                      'website?',
                                'fr': 'L’organisme concerné l’a-t-il publiée sur son propre '
                                      'site\xa0?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل تنقله عدة وسائل مستقلة وموثوقة؟',
                                'en': 'Do several independent, reliable outlets report it?',
                                'fr': 'Plusieurs médias indépendants et fiables la '
                                      'rapportent-ils\xa0?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل فحصه فريق تحقق؟ أضف إلى بحثك كلمة «تحقق» أو «حقيقة».',
                                'en': 'Has a fact-checking team examined it? Add "fact-check" '
                                      'or "truth" to your search.',
                                'fr': 'Une équipe de vérification des faits l’a-t-elle '
                                      'examinée\xa0? Ajoutez «\xa0vérification\xa0», «\xa0vrai '
                                      'ou faux\xa0» ou «\xa0fact-check\xa0» à votre '
                                      'recherche.'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'جرّب العربية والإنجليزية والعبارات المحكية.',
                                'en': 'Try Arabic, English and colloquial phrasing.',
                                'fr': 'Essayez le français, l’arabe, l’anglais et les '
                                      'formulations dialectales.'}},
                      {'kind': 'heading',
                       'text': {'ar': '4) تتبّع إلى الأصل (T)',
                                'en': '4) Trace to the original (T)',
                                'fr': '4) Remontez à l’original (T)'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'الرقم: افتح التقرير الأصلي وابحث عن الرقم وعيّنته '
                                      'وتاريخه.',
                                'en': 'A number: open the original report and find the figure, '
                                      'its sample and its date.',
                                'fr': 'Un chiffre\xa0: ouvrez le rapport d’origine et '
                                      'retrouvez le chiffre, son échantillon et sa date.'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'الاقتباس: اقرأ المقابلة أو الخطاب كاملًا.',
                                'en': 'A quote: read the whole interview or speech.',
                                'fr': 'Une citation\xa0: lisez l’entretien ou le discours en '
                                      'entier.'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'الصورة أو المقطع: ابحث عكسيًا وجد أقدم ظهور وتعليقه '
                                      'الأصلي.',
                                'en': 'An image or clip: run a reverse search and find the '
                                      'earliest appearance and its original caption.',
                                'fr': 'Une image ou une vidéo\xa0: lancez une recherche '
                                      'inversée et retrouvez sa première apparition et sa '
                                      'légende d’origine.'}},
                      {'kind': 'heading',
                       'text': {'ar': 'أحكام التحقق الأربعة:',
                                'en': 'The four verification verdicts:',
                                'fr': 'Les quatre verdicts de la vérification\xa0:'}},
                      {'kind': 'table',
                       'header': [{'ar': 'صحيح', 'en': 'True', 'fr': 'Vrai'},
                                  {'ar': 'مضلّل (صحيح جزئيًا أو خارج سياقه)',
                                   'en': 'Misleading (partly true or out of context)',
                                   'fr': 'Trompeur (en partie vrai ou sorti de son contexte)'},
                                  {'ar': 'خاطئ', 'en': 'False', 'fr': 'Faux'},
                                  {'ar': 'غير مثبت', 'en': 'Unverified', 'fr': 'Non vérifié'}],
                       'rows': []},
                      {'kind': 'para',
                       'text': {'ar': 'تذكّر: الهدف ليس أن تشكّ في كل شيء، بل أن تميّز الموثوق '
                                      'من المضلّل.',
                                'en': 'Remember: the goal is not to doubt everything, but to '
                                      'tell reliable from misleading.',
                                'fr': 'Rappelez-vous\xa0: le but n’est pas de douter de tout, '
                                      'mais de distinguer le fiable du trompeur.'}}],
 'verification-log': [{'kind': 'title',
                       'text': {'ar': 'سجلّ التحقق من الصور والمقاطع — بصيرة',
                                'en': 'Image and video verification log — Basira',
                                'fr': 'Journal de vérification des images et vidéos — Basira'}},
                      {'kind': 'para',
                       'text': {'ar': 'انسخ هذا النموذج لكل صورة أو مقطع تتحقق منه. املأ كل '
                                      'خانة، واكتب «لم أجد» إن لم تجد جوابًا.',
                                'en': 'Copy this template for every image or clip you check. '
                                      'Fill in every field, and write "not found" if you find '
                                      'no answer.',
                                'fr': 'Faites une copie de ce modèle pour chaque image ou '
                                      'vidéo que vous vérifiez. Remplissez chaque case, et '
                                      'écrivez «\xa0non trouvé\xa0» quand vous ne trouvez pas '
                                      'de réponse.'}},
                      {'kind': 'field',
                       'text': {'ar': 'رقم الحالة',
                                'en': 'Case number',
                                'fr': 'Numéro du cas'}},
                      {'kind': 'field',
                       'text': {'ar': 'تاريخ التحقق ووقته',
                                'en': 'Date and time of check',
                                'fr': 'Date et heure de la vérification'}},
                      {'kind': 'field',
                       'text': {'ar': 'المتحقق (الاسم أو الأحرف الأولى)',
                                'en': 'Checked by (name or initials)',
                                'fr': 'Vérifié par (nom ou initiales)'}},
                      {'kind': 'heading',
                       'text': {'ar': '1) الادعاء',
                                'en': '1) The claim',
                                'fr': '1) L’affirmation'}},
                      {'kind': 'field',
                       'text': {'ar': '- ماذا يقول المنشور عن الصورة أو المقطع بالضبط؟ (انسخ '
                                      'النص)',
                                'en': '- What exactly does the post say about the image or '
                                      'clip? (copy the text)',
                                'fr': '- Que dit exactement la publication de l’image ou de la '
                                      'vidéo\xa0? (copiez le texte)'}},
                      {'kind': 'field',
                       'text': {'ar': '- أين رأيته؟ (المنصة، واسم الحساب، والتاريخ)',
                                'en': '- Where did you see it? (platform, account name, date)',
                                'fr': '- Où l’avez-vous vue\xa0? (plateforme, nom du compte, '
                                      'date)'}},
                      {'kind': 'field',
                       'text': {'ar': '- رابط المنشور (نص فقط) ولقطة شاشة محفوظة باسم',
                                'en': '- Link to the post (as text only) and name of the saved '
                                      'screenshot',
                                'fr': '- Lien de la publication (en texte seulement) et nom de '
                                      'la capture d’écran enregistrée'}},
                      {'kind': 'heading',
                       'text': {'ar': '2) المصدر',
                                'en': '2) The source',
                                'fr': '2) La source'}},
                      {'kind': 'field',
                       'text': {'ar': '- من نشره أولًا بحسب ما وجدت؟',
                                'en': '- Who posted it first, as far as you found?',
                                'fr': '- Qui l’a publiée en premier, d’après vos recherches\xa0'
                                      '?'}},
                      {'kind': 'field',
                       'text': {'ar': '- ماذا تقول القراءة الجانبية عن هذا الحساب أو الموقع؟',
                                'en': '- What does lateral reading say about this account or '
                                      'site?',
                                'fr': '- Que dit la lecture latérale de ce compte ou de ce '
                                      'site\xa0?'}},
                      {'kind': 'heading',
                       'text': {'ar': '3) أقدم ظهور (البحث العكسي)',
                                'en': '3) Earliest appearance (reverse search)',
                                'fr': '3) Première apparition (recherche inversée)'}},
                      {'kind': 'field',
                       'text': {'ar': '- المحرّكات التي استخدمتها',
                                'en': '- Engines used',
                                'fr': '- Moteurs utilisés'}},
                      {'kind': 'field',
                       'text': {'ar': '- أقدم تاريخ وجدته',
                                'en': '- Earliest date found',
                                'fr': '- Date la plus ancienne trouvée'}},
                      {'kind': 'field',
                       'text': {'ar': '- التعليق الأصلي في أقدم نسخة',
                                'en': '- Original caption on the earliest copy',
                                'fr': '- Légende d’origine de la copie la plus ancienne'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل يتطابق مع الادعاء؟ نعم / لا / غير واضح',
                                'en': 'Does it match the claim? Yes / No / Unclear',
                                'fr': 'Correspond-elle à l’affirmation\xa0? Oui / Non / Pas '
                                      'clair'}},
                      {'kind': 'heading',
                       'text': {'ar': '4) المكان', 'en': '4) Place', 'fr': '4) Le lieu'}},
                      {'kind': 'field',
                       'text': {'ar': '- العلامات المميّزة (مبانٍ، لافتات، لوحات سيارات، '
                                      'تضاريس)',
                                'en': '- Distinctive features (buildings, signs, licence '
                                      'plates, terrain)',
                                'fr': '- Signes distinctifs (bâtiments, panneaux, plaques '
                                      'd’immatriculation, relief)'}},
                      {'kind': 'field',
                       'text': {'ar': '- هل طابقتها مع خريطة أو صور أقمار صناعية؟',
                                'en': '- Did you match them with a map or satellite imagery?',
                                'fr': '- Les avez-vous comparés à une carte ou à des images '
                                      'satellite\xa0?'}},
                      {'kind': 'heading',
                       'text': {'ar': '5) الزمان', 'en': '5) Time', 'fr': '5) La date'}},
                      {'kind': 'field',
                       'text': {'ar': '- الطقس مقارنة بأرشيف الأرصاد',
                                'en': '- Weather compared with the meteorological archive',
                                'fr': '- La météo, comparée aux archives météorologiques'}},
                      {'kind': 'field',
                       'text': {'ar': '- الظلال والموسم والملابس',
                                'en': '- Shadows, season and clothing',
                                'fr': '- Les ombres, la saison et les vêtements'}},
                      {'kind': 'field',
                       'text': {'ar': '- أحداث أو لافتات مؤقتة ظاهرة',
                                'en': '- Visible events or temporary signs',
                                'fr': '- Événements ou affiches temporaires visibles'}},
                      {'kind': 'heading',
                       'text': {'ar': '6) التعديل',
                                'en': '6) Editing',
                                'fr': '6) Les modifications'}},
                      {'kind': 'field',
                       'text': {'ar': '- هل المقطع كامل أم مقتطع؟ هل سرعته طبيعية؟',
                                'en': '- Is the clip complete or cut? Is its speed normal?',
                                'fr': '- La vidéo est-elle complète ou coupée\xa0? Sa vitesse '
                                      'est-elle normale\xa0?'}},
                      {'kind': 'field',
                       'text': {'ar': '- هل تظهر علامات تعديل أو توليد آلي؟',
                                'en': '- Any signs of editing or machine generation?',
                                'fr': '- Y a-t-il des signes de retouche ou de génération '
                                      'automatique\xa0?'}},
                      {'kind': 'heading',
                       'text': {'ar': '7) الحكم', 'en': '7) Verdict', 'fr': '7) Le verdict'}},
                      {'kind': 'para',
                       'text': {'ar': 'صحيح / مضلّل / خاطئ / غير مثبت',
                                'en': 'True / Misleading / False / Unverified',
                                'fr': 'Vrai / Trompeur / Faux / Non vérifié'}},
                      {'kind': 'field',
                       'text': {'ar': '- جملة تشرح السبب',
                                'en': '- One sentence explaining why',
                                'fr': '- Une phrase qui explique pourquoi'}},
                      {'kind': 'field',
                       'text': {'ar': '- الأدلة الرئيسية (مرتبة من الأقوى)',
                                'en': '- Main evidence (strongest first)',
                                'fr': '- Principales preuves (de la plus forte à la plus '
                                      'faible)'}},
                      {'kind': 'heading',
                       'text': {'ar': '8) المراجعة',
                                'en': '8) Review',
                                'fr': '8) La relecture'}},
                      {'kind': 'field',
                       'text': {'ar': '- راجعه زميل؟ الاسم: … ملاحظاته',
                                'en': '- Reviewed by a colleague? Name: … Notes',
                                'fr': '- Relu par un collègue\xa0? Nom\xa0: … Remarques'}},
                      {'kind': 'para',
                       'text': {'ar': 'تنبيه: احفظ هذا السجلّ في مكان آمن، ولا تنشر بيانات '
                                      'أشخاص قد يتعرّضون للخطر.',
                                'en': 'Note: keep this log somewhere safe, and do not publish '
                                      'details of people who may be put at risk.',
                                'fr': 'Attention\xa0: gardez ce journal en lieu sûr, et ne '
                                      'publiez rien qui permette d’identifier des personnes '
                                      'que cela pourrait mettre en danger.'}}],
 'threat-model-worksheet': [{'kind': 'title',
                             'text': {'ar': 'ورقة عمل: نموذج التهديد',
                                      'en': 'Worksheet: threat model',
                                      'fr': 'Fiche de travail\xa0: modèle de menace'}},
                            {'kind': 'subtitle',
                             'text': {'ar': 'دورة «الاستخدام الآمن للمنصات» — منصة بصيرة',
                                      'en': '"Safe platform use" course — Basira platform',
                                      'fr': 'Cours «\xa0Utiliser les plateformes en '
                                            'sécurité\xa0» — plateforme Basira'}},
                            {'kind': 'para',
                             'text': {'ar': 'قبل أن تبدأ: هذه الورقة قد تصبح خطرًا إن وقعت في '
                                            'يد غيرك.',
                                      'en': 'Before you start: this sheet can become a risk if '
                                            'someone else gets hold of it.',
                                      'fr': 'Avant de commencer\xa0: cette fiche peut devenir '
                                            'un risque si elle tombe entre d’autres mains.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'اكتب أسماء رمزية فقط («المصدر أ»، «الموظف 2»)، لا '
                                            'أسماء ولا أرقام ولا عناوين حقيقية.',
                                      'en': 'Write codenames only ("Source A", "Employee 2"), '
                                            'never real names, numbers or addresses.',
                                      'fr': 'N’écrivez que des noms de code («\xa0Source A\xa0'
                                            '», «\xa0Employé 2\xa0»), jamais de vrais noms, '
                                            'numéros ou adresses.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'احفظ ما يربط الرمز بصاحبه في ذاكرتك أو في مدير '
                                            'كلمات المرور، لا هنا.',
                                      'en': 'Keep what links a codename to a person in your '
                                            'head or in your password manager, not here.',
                                      'fr': 'Gardez le lien entre un nom de code et la '
                                            'personne dans votre tête ou dans votre '
                                            'gestionnaire de mots de passe, pas ici.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'اكتبها على ورق تحفظه في مكان آمن أو على جهاز '
                                            'مشفّر لا يستخدمه غيرك، لا على حاسوب مشترك ولا في '
                                            'مستند سحابي أو مجلد متزامن.',
                                      'en': 'Write it on paper kept somewhere safe, or on an '
                                            'encrypted device nobody else uses; never on a '
                                            'shared computer or in a cloud document or synced '
                                            'folder.',
                                      'fr': 'Remplissez-la sur papier, rangé en lieu sûr, ou '
                                            'sur un appareil chiffré que vous seul utilisez\xa0'
                                            '; jamais sur un ordinateur partagé, dans un '
                                            'document en ligne ou dans un dossier '
                                            'synchronisé.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'أتلف المسودات التي لم تعد تحتاج إليها.',
                                      'en': 'Destroy drafts you no longer need.',
                                      'fr': 'Détruisez les brouillons dont vous n’avez plus '
                                            'besoin.'}},
                            {'kind': 'field',
                             'text': {'ar': 'المشروع أو العمل الذي أقيّمه',
                                      'en': 'Project or work I am assessing',
                                      'fr': 'Projet ou travail que j’évalue'}},
                            {'kind': 'field',
                             'text': {'ar': 'التاريخ: … موعد المراجعة التالية',
                                      'en': 'Date: … Next review',
                                      'fr': 'Date\xa0: … Prochaine révision'}},
                            {'kind': 'heading',
                             'text': {'ar': 'الجزء الأول: الأسئلة الخمسة',
                                      'en': 'Part 1: the five questions',
                                      'fr': 'Partie 1\xa0: les cinq questions'}},
                            {'kind': 'para',
                             'text': {'ar': '1. ما الذي أريد حمايته؟ (المصادر بأسمائها '
                                            'الرمزية، المسودات، الوثائق الأصلية، حسابات '
                                            'المؤسسة، موقعي وتحركاتي، عائلتي)',
                                      'en': '1. What do I want to protect? (sources by '
                                            'codename, drafts, original documents, '
                                            'organisation accounts, my location and movements, '
                                            'my family)',
                                      'fr': '1. Qu’est-ce que je veux protéger\xa0? (les '
                                            'sources sous leur nom de code, les brouillons, '
                                            'les documents originaux, les comptes de '
                                            'l’organisation, l’endroit où je suis et mes '
                                            'déplacements, ma famille)'}},
                            {'kind': 'lines'},
                            {'kind': 'para',
                             'text': {'ar': '2. ممن أريد حمايته؟ (مهاجم انتهازي، حملة تشهير، '
                                            'مهاجم موجَّه، جهة تملك صلاحيات واسعة، شخص قريب)',
                                      'en': '2. Who do I want to protect it from? '
                                            '(opportunist, smear campaign, targeted attacker, '
                                            'actor with broad powers, someone close to me)',
                                      'fr': '2. Contre qui est-ce que je veux le protéger\xa0? '
                                            '(opportuniste, campagne de dénigrement, attaquant '
                                            'ciblé, acteur aux larges pouvoirs, personne '
                                            'proche)'}},
                            {'kind': 'lines'},
                            {'kind': 'para',
                             'text': {'ar': '3. ما العواقب إذا فشلت الحماية؟ ومن غيري سيتضرر؟',
                                      'en': '3. What are the consequences if protection fails? '
                                            'Who else would be harmed?',
                                      'fr': '3. Quelles seraient les conséquences si la '
                                            'protection échouait\xa0? Qui d’autre en '
                                            'souffrirait\xa0?'}},
                            {'kind': 'lines'},
                            {'kind': 'para',
                             'text': {'ar': '4. ما مدى احتمال حدوث ذلك؟ (منخفض / مرتفع) '
                                            'ولماذا؟',
                                      'en': '4. How likely is it? (low / high) Why?',
                                      'fr': '4. Quelle est la probabilité que cela arrive\xa0? '
                                            '(faible / forte) Pourquoi\xa0?'}},
                            {'kind': 'lines'},
                            {'kind': 'para',
                             'text': {'ar': '5. ما الجهد الذي أستطيع بذله الآن؟ (وقت، مال، '
                                            'مهارات، مساعدة من زملاء)',
                                      'en': '5. How much effort can I put in now? (time, '
                                            'money, skills, help from colleagues)',
                                      'fr': '5. Quels efforts puis-je fournir maintenant\xa0? '
                                            '(temps, argent, compétences, aide de collègues)'}},
                            {'kind': 'lines'},
                            {'kind': 'heading',
                             'text': {'ar': 'الجزء الثاني: شبكة الاحتمال والأثر',
                                      'en': 'Part 2: the likelihood-impact grid',
                                      'fr': 'Partie 2\xa0: la grille probabilité–impact'}},
                            {'kind': 'heading',
                             'text': {'ar': 'اكتب كل خطر في الخانة المناسبة:',
                                      'en': 'Write each risk in the right cell:',
                                      'fr': 'Écrivez chaque risque dans la bonne case\xa0:'}},
                            {'kind': 'table',
                             'header': [{'ar': '', 'en': '', 'fr': ''},
                                        {'ar': 'احتمال منخفض',
                                         'en': 'Low likelihood',
                                         'fr': 'Probabilité faible'},
                                        {'ar': 'احتمال مرتفع',
                                         'en': 'High likelihood',
                                         'fr': 'Probabilité forte'}],
                             'rows': [[{'ar': 'أثر مرتفع',
                                        'en': 'High impact',
                                        'fr': 'Impact fort'},
                                       {'ar': 'راقب وخطط',
                                        'en': 'Monitor and plan',
                                        'fr': 'Surveiller et prévoir'},
                                       {'ar': 'ابدأ هنا هذا الأسبوع',
                                        'en': 'Start here this week',
                                        'fr': 'Commencer ici, cette semaine'}],
                                      [{'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''}],
                                      [{'ar': 'أثر منخفض',
                                        'en': 'Low impact',
                                        'fr': 'Impact faible'},
                                       {'ar': 'آخر القائمة',
                                        'en': 'Bottom of the list',
                                        'fr': 'En fin de liste'},
                                       {'ar': 'إجراءات سريعة ورخيصة',
                                        'en': 'Quick, cheap fixes',
                                        'fr': 'Mesures rapides et peu coûteuses'}],
                                      [{'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''}]]},
                            {'kind': 'heading',
                             'text': {'ar': 'الجزء الثالث: خطة العمل',
                                      'en': 'Part 3: action plan',
                                      'fr': 'Partie 3\xa0: plan d’action'}},
                            {'kind': 'table',
                             'header': [{'ar': 'الخطر', 'en': 'Risk', 'fr': 'Risque'},
                                        {'ar': 'نوع الخصم',
                                         'en': 'Kind of adversary',
                                         'fr': 'Type d’adversaire'},
                                        {'ar': 'الإجراء الذي يقلل الاحتمال أو الأثر',
                                         'en': 'Measure that reduces likelihood or impact',
                                         'fr': 'Mesure qui réduit la probabilité ou l’impact'},
                                        {'ar': 'المسؤول', 'en': 'Who', 'fr': 'Qui'},
                                        {'ar': 'الموعد', 'en': 'When', 'fr': 'Quand'}],
                             'rows': [[{'ar': '1', 'en': '1', 'fr': '1'},
                                       {'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''}],
                                      [{'ar': '2', 'en': '2', 'fr': '2'},
                                       {'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''}],
                                      [{'ar': '3', 'en': '3', 'fr': '3'},
                                       {'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''},
                                       {'ar': '', 'en': '', 'fr': ''}]]},
                            {'kind': 'para',
                             'text': {'ar': 'تذكير: راجع هذه الورقة عند كل تغيير كبير: تحقيق '
                                            'جديد، سفر، انتخابات، أو حملة ضدك.',
                                      'en': 'Reminder: review this sheet whenever something '
                                            'big changes: a new investigation, travel, an '
                                            'election, or a campaign against you.',
                                      'fr': 'Rappel\xa0: relisez cette fiche à chaque grand '
                                            'changement (nouvelle enquête, voyage, élections, '
                                            'campagne contre vous).'}},
                            {'kind': 'para',
                             'text': {'ar': 'جميع الأمثلة في الدورة خيالية لأغراض التدريب.',
                                      'en': 'All examples in the course are fictitious, for '
                                            'training purposes.',
                                      'fr': 'Tous les exemples du cours sont fictifs et '
                                            'servent à la formation.'}}],
 'account-compromise-checklist': [{'kind': 'title',
                                   'text': {'ar': 'قائمة التحقق: عند اختراق حساب',
                                            'en': 'Checklist: when an account is compromised',
                                            'fr': 'Liste de contrôle\xa0: quand un compte est '
                                                  'piraté'}},
                                  {'kind': 'subtitle',
                                   'text': {'ar': 'دورة «الاستخدام الآمن للمنصات» — منصة بصيرة',
                                            'en': '"Safe platform use" course — Basira '
                                                  'platform',
                                            'fr': 'Cours «\xa0Utiliser les plateformes en '
                                                  'sécurité\xa0» — plateforme Basira'}},
                                  {'kind': 'heading',
                                   'text': {'ar': 'أولًا: قبل الطوارئ (املأها الآن واحفظ نسخة '
                                                  'مطبوعة في مكان آمن)',
                                            'en': 'Part 1: before an emergency (fill this in '
                                                  'now and keep a printed copy somewhere safe)',
                                            'fr': 'Partie 1\xa0: avant l’urgence (à remplir '
                                                  'dès maintenant\xa0; gardez-en une copie '
                                                  'imprimée en lieu sûr)'}},
                                  {'kind': 'check',
                                   'text': {'ar': 'مكان رموز الاسترداد لكل حساب مهم: '
                                                  '______________________',
                                            'en': 'Where the recovery codes for each important '
                                                  'account are kept: ______________________',
                                            'fr': 'Où sont rangés les codes de récupération de '
                                                  'chaque compte important\xa0: '
                                                  '______________________'}},
                                  {'kind': 'check',
                                   'text': {'ar': 'بريد الاستعادة ورقم الهاتف لكل حساب مهم:',
                                            'en': 'Recovery email and phone number for each '
                                                  'important account:',
                                            'fr': 'Adresse e-mail et numéro de téléphone de '
                                                  'récupération de chaque compte important\xa0'
                                                  ':'}},
                                  {'kind': 'field',
                                   'text': {'ar': '- البريد الرئيسي',
                                            'en': '- Main email',
                                            'fr': '- Adresse e-mail principale'}},
                                  {'kind': 'field',
                                   'text': {'ar': '- حساب المنصة',
                                            'en': '- Platform account',
                                            'fr': '- Compte sur la plateforme'}},
                                  {'kind': 'field',
                                   'text': {'ar': '- صفحة المؤسسة',
                                            'en': '- Organisation page',
                                            'fr': '- Page de l’organisation'}},
                                  {'kind': 'check',
                                   'text': {'ar': 'لصفحة المؤسسة مشرفان موثوقان على الأقل، لكل '
                                                  'منهما تحقق بخطوتين: ______ و ______',
                                            'en': 'The organisation page has at least two '
                                                  'trusted admins, each with two-factor '
                                                  'authentication: ______ and ______',
                                            'fr': 'La page de l’organisation a au moins deux '
                                                  'administrateurs de confiance, chacun avec '
                                                  'la vérification en deux étapes\xa0: ______ '
                                                  'et ______'}},
                                  {'kind': 'check',
                                   'text': {'ar': 'من يساعدني؟ (فريق الدعم في المؤسسة، خط '
                                                  'مساعدة في الأمان الرقمي): '
                                                  '______________________',
                                            'en': 'Who can help me? (organisation support '
                                                  'team, digital-security helpline): '
                                                  '______________________',
                                            'fr': 'Qui peut m’aider\xa0? (équipe d’assistance '
                                                  'de l’organisation, ligne d’assistance en '
                                                  'sécurité numérique)\xa0: '
                                                  '______________________'}},
                                  {'kind': 'check',
                                   'text': {'ar': 'كيف سأحذّر مصادري إن سُرق حسابي؟ (قناة '
                                                  'بديلة متفق عليها): ______________________',
                                            'en': 'How will I warn my sources if my account is '
                                                  'stolen? (agreed alternative channel): '
                                                  '______________________',
                                            'fr': 'Comment prévenir mes sources si mon compte '
                                                  'est volé\xa0? (canal de secours convenu)\xa0'
                                                  ': ______________________'}},
                                  {'kind': 'heading',
                                   'text': {'ar': 'ثانيًا: خطة الاستجابة بالترتيب',
                                            'en': 'Part 2: the response plan, in order',
                                            'fr': 'Partie 2\xa0: le plan de réponse, dans '
                                                  'l’ordre'}},
                                  {'kind': 'check',
                                   'text': {'ar': '1. تنفّس، واستخدم جهازًا تثق به. إن شككت في '
                                                  'أن جهازك مصاب فاستخدم جهازًا آخر.',
                                            'en': '1. Breathe, and use a device you trust. If '
                                                  'you suspect your device is infected, use '
                                                  'another one.',
                                            'fr': '1. Respirez, et utilisez un appareil de '
                                                  'confiance. Si vous soupçonnez que votre '
                                                  'appareil est infecté, utilisez-en un '
                                                  'autre.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '2. وثّق قبل أن تحذف: صوّر الشاشة للمنشورات '
                                                  'والرسائل المزيفة وإشعارات الدخول، مع '
                                                  'التاريخ والوقت والرابط.',
                                            'en': '2. Document before deleting: screenshot the '
                                                  'fake posts, messages and sign-in alerts, '
                                                  'with date, time and link.',
                                            'fr': '2. Documentez avant de supprimer\xa0: '
                                                  'faites des captures d’écran des fausses '
                                                  'publications, des faux messages et des '
                                                  'alertes de connexion, avec la date, l’heure '
                                                  'et le lien.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '3. أمّن البريد المرتبط بالحساب أولًا إن كان '
                                                  'مخترقًا هو الآخر.',
                                            'en': '3. Secure the email linked to the account '
                                                  'first if it is also compromised.',
                                            'fr': '3. Sécurisez d’abord l’adresse e-mail liée '
                                                  'au compte si elle est piratée elle aussi.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '4. إن كنت تستطيع الدخول: غيّر كلمة المرور '
                                                  'إلى كلمة جديدة فريدة، ثم سجّل الخروج من كل '
                                                  'الجلسات والأجهزة الأخرى.',
                                            'en': '4. If you can still log in: change the '
                                                  'password to a new unique one, then sign out '
                                                  'of all other sessions and devices.',
                                            'fr': '4. Si vous pouvez encore vous connecter\xa0'
                                                  ': remplacez le mot de passe par un nouveau '
                                                  'mot de passe unique, puis fermez toutes les '
                                                  'autres sessions et déconnectez les autres '
                                                  'appareils.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '5. فعّل التحقق بخطوتين أو أعد ضبطه (تطبيق '
                                                  'مصادقة أو مفتاح أمان أفضل من الرسائل '
                                                  'النصية)، وراجع بريد الاستعادة ورقم الهاتف '
                                                  'والتطبيقات المرتبطة والمشرفين، واحذف ما لا '
                                                  'تعرفه.',
                                            'en': '5. Turn on or reset two-factor '
                                                  'authentication (an authenticator app or '
                                                  'security key is better than SMS), and '
                                                  'review the recovery email, phone number, '
                                                  'connected apps and admins; remove anything '
                                                  "you don't recognise.",
                                            'fr': '5. Activez ou réinitialisez la vérification '
                                                  'en deux étapes (une application '
                                                  'd’authentification ou une clé de sécurité '
                                                  'vaut mieux que le SMS), et vérifiez '
                                                  'l’adresse e-mail et le numéro de '
                                                  'récupération, les applications connectées '
                                                  'et les administrateurs\xa0; supprimez tout '
                                                  'ce que vous ne reconnaissez pas.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '6. إن فقدت الوصول: استخدم نموذج الاستعادة '
                                                  'الرسمي من داخل التطبيق أو بكتابة عنوان '
                                                  'الموقع بنفسك، لا من رابط في رسالة.',
                                            'en': '6. If you have lost access: use the '
                                                  'official recovery form inside the app or by '
                                                  "typing the site's address yourself, never "
                                                  'from a link in a message.',
                                            'fr': '6. Si vous avez perdu l’accès\xa0: utilisez '
                                                  'le formulaire de récupération officiel, '
                                                  'depuis l’application ou en tapant vous-même '
                                                  'l’adresse du site, jamais à partir d’un '
                                                  'lien reçu dans un message.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '7. بلّغ المنصة عن المنشورات والرسائل '
                                                  'المزيفة، وحذّر جهات اتصالك، وخاصة المصادر، '
                                                  'عبر قناة أخرى.',
                                            'en': '7. Report the fake posts and messages to '
                                                  'the platform, and warn your contacts, '
                                                  'especially sources, through another '
                                                  'channel.',
                                            'fr': '7. Signalez les fausses publications et les '
                                                  'faux messages à la plateforme, et prévenez '
                                                  'vos contacts, surtout vos sources, par un '
                                                  'autre canal.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '8. غيّر كلمة المرور في أي حساب آخر كان '
                                                  'يستخدم الكلمة نفسها.',
                                            'en': '8. Change the password on any other account '
                                                  'that used the same one.',
                                            'fr': '8. Changez le mot de passe de tout autre '
                                                  'compte qui utilisait le même.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '9. اطلب المساعدة من فريق الدعم في مؤسستك أو '
                                                  'من خط مساعدة في الأمان الرقمي.',
                                            'en': "9. Ask for help from your organisation's "
                                                  'support team or a digital-security '
                                                  'helpline.',
                                            'fr': '9. Demandez de l’aide à l’équipe '
                                                  'd’assistance de votre organisation ou à une '
                                                  'ligne d’assistance en sécurité numérique.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '10. بعد الاستعادة: راجع ما حدث وكيف حدث، '
                                                  'وحدّث نموذج التهديد.',
                                            'en': '10. After recovery: review what happened '
                                                  'and how, and update your threat model.',
                                            'fr': '10. Une fois le compte récupéré\xa0: '
                                                  'revoyez ce qui s’est passé et comment, et '
                                                  'mettez à jour votre modèle de menace.'}},
                                  {'kind': 'para',
                                   'text': {'ar': 'تنبيه: لا تحذف الحساب أو المنشورات المزيفة '
                                                  'في لحظة الذعر. وثّق أولًا، ثم بلّغ، ثم احذف '
                                                  'إن لزم.',
                                            'en': "Warning: don't delete the account or the "
                                                  'fake posts in a moment of panic. Document '
                                                  'first, then report, then delete if needed.',
                                            'fr': 'Attention\xa0: ne supprimez ni le compte ni '
                                                  'les fausses publications dans un moment de '
                                                  'panique. Documentez d’abord, signalez '
                                                  'ensuite, et supprimez seulement si '
                                                  'nécessaire.'}},
                                  {'kind': 'para',
                                   'text': {'ar': 'تذكير: لا يطلب منك أي فريق دعم حقيقي رمز '
                                                  'التحقق.',
                                            'en': 'Reminder: no genuine support team will ever '
                                                  'ask for your verification code.',
                                            'fr': 'Rappel\xa0: aucune véritable équipe '
                                                  'd’assistance ne vous demandera jamais votre '
                                                  'code de vérification.'}},
                                  {'kind': 'heading',
                                   'text': {'ar': 'ثالثًا: سجل الحادث',
                                            'en': 'Part 3: incident log',
                                            'fr': 'Partie 3\xa0: journal de l’incident'}},
                                  {'kind': 'table',
                                   'header': [{'ar': 'التاريخ والوقت',
                                               'en': 'Date and time',
                                               'fr': 'Date et heure'},
                                              {'ar': 'ماذا لاحظت',
                                               'en': 'What I noticed',
                                               'fr': 'Ce que j’ai remarqué'},
                                              {'ar': 'ماذا فعلت',
                                               'en': 'What I did',
                                               'fr': 'Ce que j’ai fait'},
                                              {'ar': 'الدليل المحفوظ (اسم الملف)',
                                               'en': 'Evidence kept (file name)',
                                               'fr': 'Preuve conservée (nom du fichier)'}],
                                   'rows': [[{'ar': '', 'en': '', 'fr': ''},
                                             {'ar': '', 'en': '', 'fr': ''},
                                             {'ar': '', 'en': '', 'fr': ''},
                                             {'ar': '', 'en': '', 'fr': ''}],
                                            [{'ar': '', 'en': '', 'fr': ''},
                                             {'ar': '', 'en': '', 'fr': ''},
                                             {'ar': '', 'en': '', 'fr': ''},
                                             {'ar': '', 'en': '', 'fr': ''}],
                                            [{'ar': '', 'en': '', 'fr': ''},
                                             {'ar': '', 'en': '', 'fr': ''},
                                             {'ar': '', 'en': '', 'fr': ''},
                                             {'ar': '', 'en': '', 'fr': ''}]]}],
 'appeal-letter-template': [{'kind': 'title',
                             'text': {'ar': 'قالب: رسالة اعتراض على حذف محتوى أو تقييد حساب',
                                      'en': 'Template: letter appealing a content removal or '
                                            'account restriction',
                                      'fr': 'Modèle\xa0: lettre de recours contre un retrait '
                                            'de contenu ou une restriction de compte'}},
                            {'kind': 'subtitle',
                             'text': {'ar': 'دورة «حقوقك الرقمية» — منصة بصيرة',
                                      'en': '"Your digital rights" course — Basira platform',
                                      'fr': 'Cours «\xa0Vos droits numériques\xa0» — '
                                            'plateforme Basira'}},
                            {'kind': 'para',
                             'text': {'ar': 'استخدم القالب في خانة الاعتراض داخل التطبيق أو في '
                                            'نموذج مركز المساعدة الرسمي. املأ ما بين القوسين '
                                            'المربعين واحذف ما لا ينطبق. التزم بخمس جمل أو '
                                            'أقل.',
                                      'en': 'Use this template in the appeal box inside the '
                                            'app or in the official help-centre form. Fill in '
                                            'the square brackets and delete what does not '
                                            'apply. Keep it to five sentences or fewer.',
                                      'fr': 'Utilisez ce modèle dans le champ de recours de '
                                            'l’application ou dans le formulaire officiel du '
                                            'centre d’aide. Complétez ce qui est entre '
                                            'crochets et supprimez ce qui ne s’applique pas. '
                                            'Cinq phrases au plus.'}},
                            {'kind': 'para',
                             'text': {'ar': 'الموضوع: طلب مراجعة قرار حذف [منشور / مقطع / '
                                            'صورة] بتاريخ [اليوم/الشهر/السنة]',
                                      'en': 'Subject: Request for review of the removal of a '
                                            '[post / video / image] on [day/month/year]',
                                      'fr': 'Objet\xa0: demande de réexamen du retrait d’une '
                                            '[publication / vidéo / image] le '
                                            '[jour/mois/année]'}},
                            {'kind': 'para',
                             'text': {'ar': 'رقم الحالة أو الإشعار (إن وجد): [...]',
                                      'en': 'Case or notice number (if any): [...]',
                                      'fr': 'Numéro de dossier ou de l’avis (s’il y en a '
                                            'un)\xa0: [...]'}},
                            {'kind': 'para',
                             'text': {'ar': 'اسم الحساب: [...]',
                                      'en': 'Account name: [...]',
                                      'fr': 'Nom du compte\xa0: [...]'}},
                            {'kind': 'para',
                             'text': {'ar': '1. حُذف [منشورنا / منشوري] بتاريخ [...] بدعوى '
                                            'مخالفة قاعدة [اسم القاعدة كما وردت في الإشعار].',
                                      'en': '1. [Our / My] post was removed on [...] for '
                                            'allegedly breaking the rule on [name of the rule '
                                            'as given in the notice].',
                                      'fr': '1. [Notre / Ma] publication a été retirée le '
                                            '[...] au motif qu’elle enfreindrait la règle [nom '
                                            'de la règle tel qu’il figure dans l’avis].'}},
                            {'kind': 'para',
                             'text': {'ar': '2. [المنشور تقرير إخباري / إعلان عن نشاط توعوي / '
                                            'توثيق لانتهاك / عمل ساخر] يتناول [الموضوع في جملة '
                                            'واحدة]، ولا [يروّج / يدعو / يمدح] لما تحظره '
                                            'القاعدة.',
                                      'en': '2. The post is [a news report / an announcement '
                                            'of an awareness activity / documentation of an '
                                            'abuse / satire] about [the subject in one '
                                            'sentence], and it does not [promote / call for / '
                                            'praise] what the rule prohibits.',
                                      'fr': '2. La publication est [un reportage d’actualité / '
                                            'l’annonce d’une activité de sensibilisation / la '
                                            'documentation d’un abus / une satire] sur [le '
                                            'sujet en une phrase], et elle ne cherche '
                                            'nullement à [promouvoir / appeler à / glorifier] '
                                            'ce que la règle interdit.'}},
                            {'kind': 'para',
                             'text': {'ar': '3. تستثني قواعدكم [المحتوى الإخباري / التوعوي / '
                                            'التوثيقي / الفني]، وهذا المنشور يندرج ضمن هذا '
                                            'الاستثناء لأن [السبب في جملة واحدة].',
                                      'en': '3. Your rules exempt [news / educational / '
                                            'documentary / artistic] content, and this post '
                                            'falls within that exception because [the reason '
                                            'in one sentence].',
                                      'fr': '3. Vos règles prévoient une exception pour les '
                                            'contenus [d’actualité / éducatifs / documentaires '
                                            '/ artistiques], et cette publication en relève '
                                            'parce que [la raison en une phrase].'}},
                            {'kind': 'para',
                             'text': {'ar': '4. نرفق [رابط التقرير على موقعنا / برنامج النشاط '
                                            '/ ما يثبت السياق].',
                                      'en': '4. We attach [the link to the report on our '
                                            'website / the activity agenda / evidence of the '
                                            'context].',
                                      'fr': '4. Nous joignons [le lien vers le reportage sur '
                                            'notre site / le programme de l’activité / une '
                                            'preuve du contexte].'}},
                            {'kind': 'para',
                             'text': {'ar': '5. نرجو [إعادة المنشور / رفع القيد عن الحساب / '
                                            'إزالة التحذير]، وإبلاغنا بنتيجة المراجعة وبإمكان '
                                            'طلب مراجعة أعلى إن رُفض الطلب.',
                                      'en': '5. Please [restore the post / lift the '
                                            'restriction on the account / remove the warning], '
                                            'and let us know the outcome of the review and '
                                            'whether a higher review is available if the '
                                            'request is rejected.',
                                      'fr': '5. Merci de [rétablir la publication / lever la '
                                            'restriction du compte / retirer l’avertissement], '
                                            'de nous informer du résultat du réexamen et de '
                                            'nous indiquer si un examen supérieur est possible '
                                            'en cas de refus.'}},
                            {'kind': 'para',
                             'text': {'ar': '[الاسم، الصفة، المؤسسة]',
                                      'en': '[Name, role, organisation]',
                                      'fr': '[Nom, fonction, organisation]'}},
                            {'kind': 'heading',
                             'text': {'ar': 'ملاحظات قبل الإرسال:',
                                      'en': 'Notes before sending:',
                                      'fr': 'Conseils avant l’envoi\xa0:'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'ضع أقوى حجة في الجملة الأولى أو الثانية؛ المراجع '
                                            'مشغول وقد لا يتقن لهجتك.',
                                      'en': 'Put your strongest argument in the first or '
                                            'second sentence; the reviewer is busy and may not '
                                            'know your dialect.',
                                      'fr': 'Placez votre argument le plus fort dans la '
                                            'première ou la deuxième phrase\xa0: le modérateur '
                                            'est pressé et ne comprend peut-être pas votre '
                                            'dialecte.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'اكتب بلغة هادئة وواضحة، وترجم الكلمات الأساسية إن '
                                            'أمكن.',
                                      'en': 'Write calmly and clearly, and translate key words '
                                            'where possible.',
                                      'fr': 'Écrivez calmement et clairement, et traduisez les '
                                            'mots clés si possible.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'احفظ لقطة شاشة لإشعار الحذف ونسخة من اعتراضك مع '
                                            'التاريخ ورقم الحالة.',
                                      'en': 'Keep a screenshot of the removal notice and a '
                                            'copy of your appeal with the date and case '
                                            'number.',
                                      'fr': 'Conservez une capture d’écran de l’avis de '
                                            'retrait et une copie de votre recours, avec la '
                                            'date et le numéro de dossier.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'لا تُعد نشر المحتوى نفسه مرارًا قبل صدور القرار؛ '
                                            'قد يُعد مخالفة متكررة.',
                                      'en': "Don't repost the same content again and again "
                                            'before the decision; it may be treated as repeat '
                                            'violations.',
                                      'fr': 'Ne republiez pas le même contenu encore et encore '
                                            'avant la décision\xa0: cela peut être compté '
                                            'comme des infractions répétées.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'إن رُفض الاعتراض: اطلب مراجعة أعلى، وتواصل مع '
                                            'منظمة حقوق رقمية، وإن كان الحذف بطلب رسمي فاستشر '
                                            'محاميًا.',
                                      'en': 'If the appeal is rejected: request a higher '
                                            'review, contact a digital-rights organisation, '
                                            'and if the removal followed an official request, '
                                            'consult a lawyer.',
                                      'fr': 'Si le recours est rejeté\xa0: demandez un examen '
                                            'supérieur, contactez une organisation de droits '
                                            'numériques et, si le retrait fait suite à une '
                                            'demande officielle, consultez un avocat.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'لا ترسل كلمة مرورك لأي جهة تعرض «استعادة» حسابك؛ '
                                            'الاعتراض يُقدّم من قنوات المنصة الرسمية فقط.',
                                      'en': 'Never send your password to anyone offering to '
                                            '"restore" your account; appeals go through the '
                                            "platform's official channels only.",
                                      'fr': 'N’envoyez jamais votre mot de passe à quelqu’un '
                                            'qui propose de «\xa0récupérer\xa0» votre '
                                            'compte\xa0: les recours passent uniquement par '
                                            'les canaux officiels de la plateforme.'}}]}

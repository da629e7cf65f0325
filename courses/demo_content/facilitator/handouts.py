"""The printable handouts of the demo courses, as structured data (they replace the
plain-text files whose ASCII grids broke right to left): each is a list of parts that
``courses/templates/courses/print/handout.html`` lays out, tables as real tables.

Kinds: title, subtitle, heading, para, bullet, check (a box to tick), field (a label and
space to write), lines (space to write), table (header and rows; an empty cell is space
to write). Texts in Arabic and English (French falls back to Arabic, the site's rule).
"""

HANDOUTS = {'sift-pocket-card': [{'kind': 'title',
                       'text': {'ar': 'بطاقة SIFT للجيب — بصيرة',
                                'en': 'SIFT pocket card — Basira'}},
                      {'kind': 'para',
                       'text': {'ar': 'منهج SIFT من تطوير مايك كولفيلد، مرخّص بموجب CC BY 4.0.',
                                'en': 'SIFT method by Mike Caulfield, licensed under CC BY '
                                      '4.0.'}},
                      {'kind': 'para',
                       'text': {'ar': 'ترجمة بصيرة وتكييفها لدورة «كيف تكشف التضليل؟».',
                                'en': 'Translated and adapted by Basira for the course '
                                      '"Spotting disinformation".'}},
                      {'kind': 'heading',
                       'text': {'ar': 'قبل أن تصدّق أو تشارك، استخدم الحركات الأربع:',
                                'en': 'Before you believe or share, use the four moves:'}},
                      {'kind': 'heading', 'text': {'ar': '1) توقّف (S)', 'en': '1) Stop (S)'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل أثار المنشور فيّ غضبًا أو خوفًا أو حماسة قوية؟',
                                'en': 'Did the post make me strongly angry, afraid or '
                                      'excited?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل أعرف هذا المصدر؟', 'en': 'Do I know this source?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'ما هدفي الآن: أن أشارك، أم أن أكتب تقريرًا، أم أن أفهم '
                                      'فقط؟',
                                'en': 'What is my goal right now: to share, to write a report, '
                                      'or just to understand?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'إن ضعت في البحث أكثر من عشر دقائق، فعُد إلى سؤالك '
                                      'الأول.',
                                'en': 'If you have been lost in searching for more than ten '
                                      'minutes, go back to your first question.'}},
                      {'kind': 'heading',
                       'text': {'ar': '2) تحقّق من المصدر (I)',
                                'en': '2) Investigate the source (I)'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'غادر الصفحة، وافتح تبويبًا جديدًا.',
                                'en': 'Leave the page and open a new tab.'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'ابحث عن اسم الموقع أو الحساب مع: «من يملك»، «تمويل»، '
                                      '«مصداقية».',
                                'en': 'Search for the site or account name with: "owner", '
                                      '"funding", "credibility".'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'متى أُنشئ الحساب أو النطاق؟ هل غيّر اسمه؟',
                                'en': 'When was the account or domain created? Has it changed '
                                      'its name?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل للخبراء المذكورين وجود خارج هذا الموقع؟',
                                'en': 'Do the experts it quotes exist anywhere outside this '
                                      'site?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'الهدف: أن تعرف في ستين ثانية «من يتكلم».',
                                'en': 'Goal: know within sixty seconds "who is speaking".'}},
                      {'kind': 'heading',
                       'text': {'ar': '3) ابحث عن تغطية أفضل (F)',
                                'en': '3) Find better coverage (F)'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'ابحث عن الادعاء نفسه، لا عن المنشور.',
                                'en': 'Search for the claim itself, not the post.'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل نشرته الجهة المعنية في موقعها؟',
                                'en': 'Has the organisation concerned published it on its own '
                                      'website?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل تنقله عدة وسائل مستقلة وموثوقة؟',
                                'en': 'Do several independent, reliable outlets report it?'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل فحصه فريق تحقق؟ أضف إلى بحثك كلمة «تحقق» أو «حقيقة».',
                                'en': 'Has a fact-checking team examined it? Add "fact-check" '
                                      'or "truth" to your search.'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'جرّب العربية والإنجليزية والعبارات المحكية.',
                                'en': 'Try Arabic, English and colloquial phrasing.'}},
                      {'kind': 'heading',
                       'text': {'ar': '4) تتبّع إلى الأصل (T)',
                                'en': '4) Trace to the original (T)'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'الرقم: افتح التقرير الأصلي وابحث عن الرقم وعيّنته '
                                      'وتاريخه.',
                                'en': 'A number: open the original report and find the figure, '
                                      'its sample and its date.'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'الاقتباس: اقرأ المقابلة أو الخطاب كاملًا.',
                                'en': 'A quote: read the whole interview or speech.'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'الصورة أو المقطع: ابحث عكسيًا وجد أقدم ظهور وتعليقه '
                                      'الأصلي.',
                                'en': 'An image or clip: run a reverse search and find the '
                                      'earliest appearance and its original caption.'}},
                      {'kind': 'heading',
                       'text': {'ar': 'أحكام التحقق الأربعة:',
                                'en': 'The four verification verdicts:'}},
                      {'kind': 'table',
                       'header': [{'ar': 'صحيح', 'en': 'True'},
                                  {'ar': 'مضلّل (صحيح جزئيًا أو خارج سياقه)',
                                   'en': 'Misleading (partly true or out of context)'},
                                  {'ar': 'خاطئ', 'en': 'False'},
                                  {'ar': 'غير مثبت', 'en': 'Unverified'}],
                       'rows': []},
                      {'kind': 'para',
                       'text': {'ar': 'تذكّر: الهدف ليس أن تشكّ في كل شيء، بل أن تميّز الموثوق '
                                      'من المضلّل.',
                                'en': 'Remember: the goal is not to doubt everything, but to '
                                      'tell reliable from misleading.'}}],
 'verification-log': [{'kind': 'title',
                       'text': {'ar': 'سجلّ التحقق من الصور والمقاطع — بصيرة',
                                'en': 'Image and video verification log — Basira'}},
                      {'kind': 'para',
                       'text': {'ar': 'انسخ هذا النموذج لكل صورة أو مقطع تتحقق منه. املأ كل '
                                      'خانة، واكتب «لم أجد» إن لم تجد جوابًا.',
                                'en': 'Copy this template for every image or clip you check. '
                                      'Fill in every field, and write "not found" if you find '
                                      'no answer.'}},
                      {'kind': 'field', 'text': {'ar': 'رقم الحالة', 'en': 'Case number'}},
                      {'kind': 'field',
                       'text': {'ar': 'تاريخ التحقق ووقته', 'en': 'Date and time of check'}},
                      {'kind': 'field',
                       'text': {'ar': 'المتحقق (الاسم أو الأحرف الأولى)',
                                'en': 'Checked by (name or initials)'}},
                      {'kind': 'heading', 'text': {'ar': '1) الادعاء', 'en': '1) The claim'}},
                      {'kind': 'field',
                       'text': {'ar': '- ماذا يقول المنشور عن الصورة أو المقطع بالضبط؟ (انسخ '
                                      'النص)',
                                'en': '- What exactly does the post say about the image or '
                                      'clip? (copy the text)'}},
                      {'kind': 'field',
                       'text': {'ar': '- أين رأيته؟ (المنصة، واسم الحساب، والتاريخ)',
                                'en': '- Where did you see it? (platform, account name, '
                                      'date)'}},
                      {'kind': 'field',
                       'text': {'ar': '- رابط المنشور (نص فقط) ولقطة شاشة محفوظة باسم',
                                'en': '- Link to the post (as text only) and name of the saved '
                                      'screenshot'}},
                      {'kind': 'heading', 'text': {'ar': '2) المصدر', 'en': '2) The source'}},
                      {'kind': 'field',
                       'text': {'ar': '- من نشره أولًا بحسب ما وجدت؟',
                                'en': '- Who posted it first, as far as you found?'}},
                      {'kind': 'field',
                       'text': {'ar': '- ماذا تقول القراءة الجانبية عن هذا الحساب أو الموقع؟',
                                'en': '- What does lateral reading say about this account or '
                                      'site?'}},
                      {'kind': 'heading',
                       'text': {'ar': '3) أقدم ظهور (البحث العكسي)',
                                'en': '3) Earliest appearance (reverse search)'}},
                      {'kind': 'field',
                       'text': {'ar': '- المحرّكات التي استخدمتها', 'en': '- Engines used'}},
                      {'kind': 'field',
                       'text': {'ar': '- أقدم تاريخ وجدته', 'en': '- Earliest date found'}},
                      {'kind': 'field',
                       'text': {'ar': '- التعليق الأصلي في أقدم نسخة',
                                'en': '- Original caption on the earliest copy'}},
                      {'kind': 'bullet',
                       'text': {'ar': 'هل يتطابق مع الادعاء؟ نعم / لا / غير واضح',
                                'en': 'Does it match the claim? Yes / No / Unclear'}},
                      {'kind': 'heading', 'text': {'ar': '4) المكان', 'en': '4) Place'}},
                      {'kind': 'field',
                       'text': {'ar': '- العلامات المميّزة (مبانٍ، لافتات، لوحات سيارات، '
                                      'تضاريس)',
                                'en': '- Distinctive features (buildings, signs, licence '
                                      'plates, terrain)'}},
                      {'kind': 'field',
                       'text': {'ar': '- هل طابقتها مع خريطة أو صور أقمار صناعية؟',
                                'en': '- Did you match them with a map or satellite imagery?'}},
                      {'kind': 'heading', 'text': {'ar': '5) الزمان', 'en': '5) Time'}},
                      {'kind': 'field',
                       'text': {'ar': '- الطقس مقارنة بأرشيف الأرصاد',
                                'en': '- Weather compared with the meteorological archive'}},
                      {'kind': 'field',
                       'text': {'ar': '- الظلال والموسم والملابس',
                                'en': '- Shadows, season and clothing'}},
                      {'kind': 'field',
                       'text': {'ar': '- أحداث أو لافتات مؤقتة ظاهرة',
                                'en': '- Visible events or temporary signs'}},
                      {'kind': 'heading', 'text': {'ar': '6) التعديل', 'en': '6) Editing'}},
                      {'kind': 'field',
                       'text': {'ar': '- هل المقطع كامل أم مقتطع؟ هل سرعته طبيعية؟',
                                'en': '- Is the clip complete or cut? Is its speed normal?'}},
                      {'kind': 'field',
                       'text': {'ar': '- هل تظهر علامات تعديل أو توليد آلي؟',
                                'en': '- Any signs of editing or machine generation?'}},
                      {'kind': 'heading', 'text': {'ar': '7) الحكم', 'en': '7) Verdict'}},
                      {'kind': 'para',
                       'text': {'ar': 'صحيح / مضلّل / خاطئ / غير مثبت',
                                'en': 'True / Misleading / False / Unverified'}},
                      {'kind': 'field',
                       'text': {'ar': '- جملة تشرح السبب',
                                'en': '- One sentence explaining why'}},
                      {'kind': 'field',
                       'text': {'ar': '- الأدلة الرئيسية (مرتبة من الأقوى)',
                                'en': '- Main evidence (strongest first)'}},
                      {'kind': 'heading', 'text': {'ar': '8) المراجعة', 'en': '8) Review'}},
                      {'kind': 'field',
                       'text': {'ar': '- راجعه زميل؟ الاسم: … ملاحظاته',
                                'en': '- Reviewed by a colleague? Name: … Notes'}},
                      {'kind': 'para',
                       'text': {'ar': 'تنبيه: احفظ هذا السجلّ في مكان آمن، ولا تنشر بيانات '
                                      'أشخاص قد يتعرّضون للخطر.',
                                'en': 'Note: keep this log somewhere safe, and do not publish '
                                      'details of people who may be put at risk.'}}],
 'threat-model-worksheet': [{'kind': 'title',
                             'text': {'ar': 'ورقة عمل: نموذج التهديد',
                                      'en': 'Worksheet: threat model'}},
                            {'kind': 'subtitle',
                             'text': {'ar': 'دورة «الاستخدام الآمن للمنصات» — منصة بصيرة',
                                      'en': '"Safe platform use" course — Basira platform'}},
                            {'kind': 'para',
                             'text': {'ar': 'قبل أن تبدأ: هذه الورقة قد تصبح خطرًا إن وقعت في '
                                            'يد غيرك.',
                                      'en': 'Before you start: this sheet can become a risk if '
                                            'someone else gets hold of it.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'اكتب أسماء رمزية فقط («المصدر أ»، «الموظف 2»)، لا '
                                            'أسماء ولا أرقام ولا عناوين حقيقية.',
                                      'en': 'Write codenames only ("Source A", "Employee 2"), '
                                            'never real names, numbers or addresses.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'احفظ ما يربط الرمز بصاحبه في ذاكرتك أو في مدير '
                                            'كلمات المرور، لا هنا.',
                                      'en': 'Keep what links a codename to a person in your '
                                            'head or in your password manager, not here.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'اكتبها على ورق تحفظه في مكان آمن أو على جهاز '
                                            'مشفّر لا يستخدمه غيرك، لا على حاسوب مشترك ولا في '
                                            'مستند سحابي أو مجلد متزامن.',
                                      'en': 'Write it on paper kept somewhere safe, or on an '
                                            'encrypted device nobody else uses; never on a '
                                            'shared computer or in a cloud document or synced '
                                            'folder.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'أتلف المسودات التي لم تعد تحتاج إليها.',
                                      'en': 'Destroy drafts you no longer need.'}},
                            {'kind': 'field',
                             'text': {'ar': 'المشروع أو العمل الذي أقيّمه',
                                      'en': 'Project or work I am assessing'}},
                            {'kind': 'field',
                             'text': {'ar': 'التاريخ: … موعد المراجعة التالية',
                                      'en': 'Date: … Next review'}},
                            {'kind': 'heading',
                             'text': {'ar': 'الجزء الأول: الأسئلة الخمسة',
                                      'en': 'Part 1: the five questions'}},
                            {'kind': 'para',
                             'text': {'ar': '1. ما الذي أريد حمايته؟ (المصادر بأسمائها '
                                            'الرمزية، المسودات، الوثائق الأصلية، حسابات '
                                            'المؤسسة، موقعي وتحركاتي، عائلتي)',
                                      'en': '1. What do I want to protect? (sources by '
                                            'codename, drafts, original documents, '
                                            'organisation accounts, my location and movements, '
                                            'my family)'}},
                            {'kind': 'lines'},
                            {'kind': 'para',
                             'text': {'ar': '2. ممن أريد حمايته؟ (مهاجم انتهازي، حملة تشهير، '
                                            'مهاجم موجَّه، جهة تملك صلاحيات واسعة، شخص قريب)',
                                      'en': '2. Who do I want to protect it from? '
                                            '(opportunist, smear campaign, targeted attacker, '
                                            'actor with broad powers, someone close to me)'}},
                            {'kind': 'lines'},
                            {'kind': 'para',
                             'text': {'ar': '3. ما العواقب إذا فشلت الحماية؟ ومن غيري سيتضرر؟',
                                      'en': '3. What are the consequences if protection fails? '
                                            'Who else would be harmed?'}},
                            {'kind': 'lines'},
                            {'kind': 'para',
                             'text': {'ar': '4. ما مدى احتمال حدوث ذلك؟ (منخفض / مرتفع) '
                                            'ولماذا؟',
                                      'en': '4. How likely is it? (low / high) Why?'}},
                            {'kind': 'lines'},
                            {'kind': 'para',
                             'text': {'ar': '5. ما الجهد الذي أستطيع بذله الآن؟ (وقت، مال، '
                                            'مهارات، مساعدة من زملاء)',
                                      'en': '5. How much effort can I put in now? (time, '
                                            'money, skills, help from colleagues)'}},
                            {'kind': 'lines'},
                            {'kind': 'heading',
                             'text': {'ar': 'الجزء الثاني: شبكة الاحتمال والأثر',
                                      'en': 'Part 2: the likelihood-impact grid'}},
                            {'kind': 'heading',
                             'text': {'ar': 'اكتب كل خطر في الخانة المناسبة:',
                                      'en': 'Write each risk in the right cell:'}},
                            {'kind': 'table',
                             'header': [{'ar': '', 'en': ''},
                                        {'ar': 'احتمال منخفض', 'en': 'Low likelihood'},
                                        {'ar': 'احتمال مرتفع', 'en': 'High likelihood'}],
                             'rows': [[{'ar': 'أثر مرتفع', 'en': 'High impact'},
                                       {'ar': 'راقب وخطط', 'en': 'Monitor and plan'},
                                       {'ar': 'ابدأ هنا هذا الأسبوع',
                                        'en': 'Start here this week'}],
                                      [{'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''}],
                                      [{'ar': 'أثر منخفض', 'en': 'Low impact'},
                                       {'ar': 'آخر القائمة', 'en': 'Bottom of the list'},
                                       {'ar': 'إجراءات سريعة ورخيصة',
                                        'en': 'Quick, cheap fixes'}],
                                      [{'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''}]]},
                            {'kind': 'heading',
                             'text': {'ar': 'الجزء الثالث: خطة العمل',
                                      'en': 'Part 3: action plan'}},
                            {'kind': 'table',
                             'header': [{'ar': 'الخطر', 'en': 'Risk'},
                                        {'ar': 'نوع الخصم', 'en': 'Kind of adversary'},
                                        {'ar': 'الإجراء الذي يقلل الاحتمال أو الأثر',
                                         'en': 'Measure that reduces likelihood or impact'},
                                        {'ar': 'المسؤول', 'en': 'Who'},
                                        {'ar': 'الموعد', 'en': 'When'}],
                             'rows': [[{'ar': '1', 'en': '1'},
                                       {'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''}],
                                      [{'ar': '2', 'en': '2'},
                                       {'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''}],
                                      [{'ar': '3', 'en': '3'},
                                       {'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''},
                                       {'ar': '', 'en': ''}]]},
                            {'kind': 'para',
                             'text': {'ar': 'تذكير: راجع هذه الورقة عند كل تغيير كبير: تحقيق '
                                            'جديد، سفر، انتخابات، أو حملة ضدك.',
                                      'en': 'Reminder: review this sheet whenever something '
                                            'big changes: a new investigation, travel, an '
                                            'election, or a campaign against you.'}},
                            {'kind': 'para',
                             'text': {'ar': 'جميع الأمثلة في الدورة خيالية لأغراض التدريب.',
                                      'en': 'All examples in the course are fictitious, for '
                                            'training purposes.'}}],
 'account-compromise-checklist': [{'kind': 'title',
                                   'text': {'ar': 'قائمة التحقق: عند اختراق حساب',
                                            'en': 'Checklist: when an account is compromised'}},
                                  {'kind': 'subtitle',
                                   'text': {'ar': 'دورة «الاستخدام الآمن للمنصات» — منصة بصيرة',
                                            'en': '"Safe platform use" course — Basira '
                                                  'platform'}},
                                  {'kind': 'heading',
                                   'text': {'ar': 'أولًا: قبل الطوارئ (املأها الآن واحفظ نسخة '
                                                  'مطبوعة في مكان آمن)',
                                            'en': 'Part 1: before an emergency (fill this in '
                                                  'now and keep a printed copy somewhere '
                                                  'safe)'}},
                                  {'kind': 'check',
                                   'text': {'ar': 'مكان رموز الاسترداد لكل حساب مهم: '
                                                  '______________________',
                                            'en': 'Where the recovery codes for each important '
                                                  'account are kept: ______________________'}},
                                  {'kind': 'check',
                                   'text': {'ar': 'بريد الاستعادة ورقم الهاتف لكل حساب مهم:',
                                            'en': 'Recovery email and phone number for each '
                                                  'important account:'}},
                                  {'kind': 'field',
                                   'text': {'ar': '- البريد الرئيسي', 'en': '- Main email'}},
                                  {'kind': 'field',
                                   'text': {'ar': '- حساب المنصة', 'en': '- Platform account'}},
                                  {'kind': 'field',
                                   'text': {'ar': '- صفحة المؤسسة',
                                            'en': '- Organisation page'}},
                                  {'kind': 'check',
                                   'text': {'ar': 'لصفحة المؤسسة مشرفان موثوقان على الأقل، لكل '
                                                  'منهما تحقق بخطوتين: ______ و ______',
                                            'en': 'The organisation page has at least two '
                                                  'trusted admins, each with two-factor '
                                                  'authentication: ______ and ______'}},
                                  {'kind': 'check',
                                   'text': {'ar': 'من يساعدني؟ (فريق الدعم في المؤسسة، خط '
                                                  'مساعدة في الأمان الرقمي): '
                                                  '______________________',
                                            'en': 'Who can help me? (organisation support '
                                                  'team, digital-security helpline): '
                                                  '______________________'}},
                                  {'kind': 'check',
                                   'text': {'ar': 'كيف سأحذّر مصادري إن سُرق حسابي؟ (قناة '
                                                  'بديلة متفق عليها): ______________________',
                                            'en': 'How will I warn my sources if my account is '
                                                  'stolen? (agreed alternative channel): '
                                                  '______________________'}},
                                  {'kind': 'heading',
                                   'text': {'ar': 'ثانيًا: خطة الاستجابة بالترتيب',
                                            'en': 'Part 2: the response plan, in order'}},
                                  {'kind': 'check',
                                   'text': {'ar': '1. تنفّس، واستخدم جهازًا تثق به. إن شككت في '
                                                  'أن جهازك مصاب فاستخدم جهازًا آخر.',
                                            'en': '1. Breathe, and use a device you trust. If '
                                                  'you suspect your device is infected, use '
                                                  'another one.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '2. وثّق قبل أن تحذف: صوّر الشاشة للمنشورات '
                                                  'والرسائل المزيفة وإشعارات الدخول، مع '
                                                  'التاريخ والوقت والرابط.',
                                            'en': '2. Document before deleting: screenshot the '
                                                  'fake posts, messages and sign-in alerts, '
                                                  'with date, time and link.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '3. أمّن البريد المرتبط بالحساب أولًا إن كان '
                                                  'مخترقًا هو الآخر.',
                                            'en': '3. Secure the email linked to the account '
                                                  'first if it is also compromised.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '4. إن كنت تستطيع الدخول: غيّر كلمة المرور '
                                                  'إلى كلمة جديدة فريدة، ثم سجّل الخروج من كل '
                                                  'الجلسات والأجهزة الأخرى.',
                                            'en': '4. If you can still log in: change the '
                                                  'password to a new unique one, then sign out '
                                                  'of all other sessions and devices.'}},
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
                                                  "you don't recognise."}},
                                  {'kind': 'check',
                                   'text': {'ar': '6. إن فقدت الوصول: استخدم نموذج الاستعادة '
                                                  'الرسمي من داخل التطبيق أو بكتابة عنوان '
                                                  'الموقع بنفسك، لا من رابط في رسالة.',
                                            'en': '6. If you have lost access: use the '
                                                  'official recovery form inside the app or by '
                                                  "typing the site's address yourself, never "
                                                  'from a link in a message.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '7. بلّغ المنصة عن المنشورات والرسائل '
                                                  'المزيفة، وحذّر جهات اتصالك، وخاصة المصادر، '
                                                  'عبر قناة أخرى.',
                                            'en': '7. Report the fake posts and messages to '
                                                  'the platform, and warn your contacts, '
                                                  'especially sources, through another '
                                                  'channel.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '8. غيّر كلمة المرور في أي حساب آخر كان '
                                                  'يستخدم الكلمة نفسها.',
                                            'en': '8. Change the password on any other account '
                                                  'that used the same one.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '9. اطلب المساعدة من فريق الدعم في مؤسستك أو '
                                                  'من خط مساعدة في الأمان الرقمي.',
                                            'en': "9. Ask for help from your organisation's "
                                                  'support team or a digital-security '
                                                  'helpline.'}},
                                  {'kind': 'check',
                                   'text': {'ar': '10. بعد الاستعادة: راجع ما حدث وكيف حدث، '
                                                  'وحدّث نموذج التهديد.',
                                            'en': '10. After recovery: review what happened '
                                                  'and how, and update your threat model.'}},
                                  {'kind': 'para',
                                   'text': {'ar': 'تنبيه: لا تحذف الحساب أو المنشورات المزيفة '
                                                  'في لحظة الذعر. وثّق أولًا، ثم بلّغ، ثم احذف '
                                                  'إن لزم.',
                                            'en': "Warning: don't delete the account or the "
                                                  'fake posts in a moment of panic. Document '
                                                  'first, then report, then delete if '
                                                  'needed.'}},
                                  {'kind': 'para',
                                   'text': {'ar': 'تذكير: لا يطلب منك أي فريق دعم حقيقي رمز '
                                                  'التحقق.',
                                            'en': 'Reminder: no genuine support team will ever '
                                                  'ask for your verification code.'}},
                                  {'kind': 'heading',
                                   'text': {'ar': 'ثالثًا: سجل الحادث',
                                            'en': 'Part 3: incident log'}},
                                  {'kind': 'table',
                                   'header': [{'ar': 'التاريخ والوقت', 'en': 'Date and time'},
                                              {'ar': 'ماذا لاحظت', 'en': 'What I noticed'},
                                              {'ar': 'ماذا فعلت', 'en': 'What I did'},
                                              {'ar': 'الدليل المحفوظ (اسم الملف)',
                                               'en': 'Evidence kept (file name)'}],
                                   'rows': [[{'ar': '', 'en': ''},
                                             {'ar': '', 'en': ''},
                                             {'ar': '', 'en': ''},
                                             {'ar': '', 'en': ''}],
                                            [{'ar': '', 'en': ''},
                                             {'ar': '', 'en': ''},
                                             {'ar': '', 'en': ''},
                                             {'ar': '', 'en': ''}],
                                            [{'ar': '', 'en': ''},
                                             {'ar': '', 'en': ''},
                                             {'ar': '', 'en': ''},
                                             {'ar': '', 'en': ''}]]}],
 'appeal-letter-template': [{'kind': 'title',
                             'text': {'ar': 'قالب: رسالة اعتراض على حذف محتوى أو تقييد حساب',
                                      'en': 'Template: letter appealing a content removal or '
                                            'account restriction'}},
                            {'kind': 'subtitle',
                             'text': {'ar': 'دورة «حقوقك الرقمية» — منصة بصيرة',
                                      'en': '"Your digital rights" course — Basira platform'}},
                            {'kind': 'para',
                             'text': {'ar': 'استخدم القالب في خانة الاعتراض داخل التطبيق أو في '
                                            'نموذج مركز المساعدة الرسمي. املأ ما بين القوسين '
                                            'المربعين واحذف ما لا ينطبق. التزم بخمس جمل أو '
                                            'أقل.',
                                      'en': 'Use this template in the appeal box inside the '
                                            'app or in the official help-centre form. Fill in '
                                            'the square brackets and delete what does not '
                                            'apply. Keep it to five sentences or fewer.'}},
                            {'kind': 'para',
                             'text': {'ar': 'الموضوع: طلب مراجعة قرار حذف [منشور / مقطع / '
                                            'صورة] بتاريخ [اليوم/الشهر/السنة]',
                                      'en': 'Subject: Request for review of the removal of a '
                                            '[post / video / image] on [day/month/year]'}},
                            {'kind': 'para',
                             'text': {'ar': 'رقم الحالة أو الإشعار (إن وجد): [...]',
                                      'en': 'Case or notice number (if any): [...]'}},
                            {'kind': 'para',
                             'text': {'ar': 'اسم الحساب: [...]', 'en': 'Account name: [...]'}},
                            {'kind': 'para',
                             'text': {'ar': '1. حُذف [منشورنا / منشوري] بتاريخ [...] بدعوى '
                                            'مخالفة قاعدة [اسم القاعدة كما وردت في الإشعار].',
                                      'en': '1. [Our / My] post was removed on [...] for '
                                            'allegedly breaking the rule on [name of the rule '
                                            'as given in the notice].'}},
                            {'kind': 'para',
                             'text': {'ar': '2. [المنشور تقرير إخباري / إعلان عن نشاط توعوي / '
                                            'توثيق لانتهاك / عمل ساخر] يتناول [الموضوع في جملة '
                                            'واحدة]، ولا [يروّج / يدعو / يمدح] لما تحظره '
                                            'القاعدة.',
                                      'en': '2. The post is [a news report / an announcement '
                                            'of an awareness activity / documentation of an '
                                            'abuse / satire] about [the subject in one '
                                            'sentence], and it does not [promote / call for / '
                                            'praise] what the rule prohibits.'}},
                            {'kind': 'para',
                             'text': {'ar': '3. تستثني قواعدكم [المحتوى الإخباري / التوعوي / '
                                            'التوثيقي / الفني]، وهذا المنشور يندرج ضمن هذا '
                                            'الاستثناء لأن [السبب في جملة واحدة].',
                                      'en': '3. Your rules exempt [news / educational / '
                                            'documentary / artistic] content, and this post '
                                            'falls within that exception because [the reason '
                                            'in one sentence].'}},
                            {'kind': 'para',
                             'text': {'ar': '4. نرفق [رابط التقرير على موقعنا / برنامج النشاط '
                                            '/ ما يثبت السياق].',
                                      'en': '4. We attach [the link to the report on our '
                                            'website / the activity agenda / evidence of the '
                                            'context].'}},
                            {'kind': 'para',
                             'text': {'ar': '5. نرجو [إعادة المنشور / رفع القيد عن الحساب / '
                                            'إزالة التحذير]، وإبلاغنا بنتيجة المراجعة وبإمكان '
                                            'طلب مراجعة أعلى إن رُفض الطلب.',
                                      'en': '5. Please [restore the post / lift the '
                                            'restriction on the account / remove the warning], '
                                            'and let us know the outcome of the review and '
                                            'whether a higher review is available if the '
                                            'request is rejected.'}},
                            {'kind': 'para',
                             'text': {'ar': '[الاسم، الصفة، المؤسسة]',
                                      'en': '[Name, role, organisation]'}},
                            {'kind': 'heading',
                             'text': {'ar': 'ملاحظات قبل الإرسال:',
                                      'en': 'Notes before sending:'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'ضع أقوى حجة في الجملة الأولى أو الثانية؛ المراجع '
                                            'مشغول وقد لا يتقن لهجتك.',
                                      'en': 'Put your strongest argument in the first or '
                                            'second sentence; the reviewer is busy and may not '
                                            'know your dialect.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'اكتب بلغة هادئة وواضحة، وترجم الكلمات الأساسية إن '
                                            'أمكن.',
                                      'en': 'Write calmly and clearly, and translate key words '
                                            'where possible.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'احفظ لقطة شاشة لإشعار الحذف ونسخة من اعتراضك مع '
                                            'التاريخ ورقم الحالة.',
                                      'en': 'Keep a screenshot of the removal notice and a '
                                            'copy of your appeal with the date and case '
                                            'number.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'لا تُعد نشر المحتوى نفسه مرارًا قبل صدور القرار؛ '
                                            'قد يُعد مخالفة متكررة.',
                                      'en': "Don't repost the same content again and again "
                                            'before the decision; it may be treated as repeat '
                                            'violations.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'إن رُفض الاعتراض: اطلب مراجعة أعلى، وتواصل مع '
                                            'منظمة حقوق رقمية، وإن كان الحذف بطلب رسمي فاستشر '
                                            'محاميًا.',
                                      'en': 'If the appeal is rejected: request a higher '
                                            'review, contact a digital-rights organisation, '
                                            'and if the removal followed an official request, '
                                            'consult a lawyer.'}},
                            {'kind': 'bullet',
                             'text': {'ar': 'لا ترسل كلمة مرورك لأي جهة تعرض «استعادة» حسابك؛ '
                                            'الاعتراض يُقدّم من قنوات المنصة الرسمية فقط.',
                                      'en': 'Never send your password to anyone offering to '
                                            '"restore" your account; appeals go through the '
                                            "platform's official channels only."}}]}

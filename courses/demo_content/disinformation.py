"""Demo course 1: Spotting disinformation (كيف تكشف التضليل؟).

Pure data, no Django imports. Every person, account, outlet, organisation and domain
in this file is fictitious. Domains use the reserved `.example` suffix and are plain text.
"""

try:  # imported as part of the courses.demo_content package
    from ._text import T
except ImportError:  # imported as a top-level module (drafting / self-checks)
    from _text import T


# ---------------------------------------------------------------------------
# Module 1 — Why false content spreads
# ---------------------------------------------------------------------------

LESSON_1_1 = {
    "slug": "emotion-and-speed",
    "title": T("العاطفة والسرعة: لماذا نصدّق ونشارك؟",
               "Emotion and speed: why we believe and share"),
    "summary": T("كيف تعمل الشائعة على مشاعرنا وثقتنا بالمقرّبين منا، والفرق بين الخطأ غير المقصود والتضليل المتعمّد.",
                 "How a rumour works on our feelings and our trust in people close to us, and the difference between an honest mistake and deliberate disinformation."),
    "minutes": 22,
    "exercise_minutes": 5,
    "completion": "view",
    "body": [
        {"type": "heading", "value": T("خبر كاذب يسافر أسرع من تصحيحه",
                                       "A false story travels faster than its correction")},
        {"type": "rich_text", "value": T(
            "<p>في صباح يوم ماطر تصل إلى هاتفك رسالة صوتية على واتساب. رجل يقول بصوت متوتر إن «مصدرًا في البلدية» أخبره أن مياه الشرب في المدينة ملوّثة، وإن على الجميع ألّا يشربوا من الصنبور حتى إشعار آخر. خلال ساعة تصلك الرسالة نفسها من ثلاث مجموعات: مجموعة العائلة، ومجموعة أولياء أمور المدرسة، ومجموعة الحي. لا أحد يعرف من المتحدّث، لكن الجميع يعيد إرسالها «احتياطًا».</p>"
            "<p>هذا المشهد مألوف في منطقتنا، وهو يلخّص لماذا ينتشر المحتوى الزائف بسرعة: يصل عبر أشخاص نثق بهم، ويحمل شعورًا قويًا، ويطلب منا أن نتصرّف فورًا. في هذه الوحدة نفهم الآلية قبل أن نتعلّم الأدوات، لأن من يفهم لماذا يصدّق الناس الشائعة يصبح أقدر على التمهّل قبل مشاركتها.</p>",
            "<p>On a rainy morning a WhatsApp voice note arrives on your phone. A man says in a tense voice that “a source at the municipality” told him the city’s drinking water is contaminated and that nobody should drink from the tap until further notice. Within an hour the same note reaches you from three groups: the family group, the school parents’ group and the neighbourhood group. Nobody knows who the speaker is, but everyone forwards it “just in case”.</p>"
            "<p>This scene is familiar across our region, and it sums up why false content spreads so quickly: it reaches us through people we trust, it carries a strong feeling, and it asks us to act immediately. In this module we understand the mechanism before we learn the tools, because someone who understands why people believe a rumour is better able to pause before sharing it.</p>")},
        {"type": "heading", "value": T("خطأ أم كذب مقصود؟", "A mistake or a deliberate lie?")},
        {"type": "rich_text", "value": T(
            "<p>ليست كل معلومة خاطئة متساوية. يفرّق المختصون بين ثلاثة أنواع:</p>"
            "<ul><li><b>المعلومات الخاطئة:</b> محتوى غير صحيح يشاركه صاحبه وهو يظنّه صحيحًا، مثل قريبة ترسل الرسالة الصوتية خوفًا على أطفالها.</li>"
            "<li><b>التضليل:</b> محتوى زائف يُصنع أو يُنشر عمدًا لخداع الناس أو إيذائهم أو لتحقيق مكسب سياسي أو مالي.</li>"
            "<li><b>المعلومات المؤذية:</b> معلومة صحيحة تُنشر بهدف الإيذاء، مثل نشر عنوان منزل صحفية لتخويفها.</li></ul>"
            "<p>وقد تقرأ في الإعلام العربي «المعلومات المضلّلة» أو «الأخبار الكاذبة» أو «الأخبار المزيفة»، بمعنى التضليل أحيانًا وبمعنى الأنواع الثلاثة معًا أحيانًا أخرى. في هذه الدورة نقول «التضليل» للكذب المقصود، ونتجنب «الأخبار الكاذبة» لأن المحتوى الزائف لا يأتي دائمًا في صورة خبر، ولأن العبارة صارت تُستعمل للطعن في الصحافة المستقلة.</p>"
            "<p>لماذا يهمّ هذا التمييز؟ لأن طريقة الرد تختلف. مع القريب الذي أخطأ نصحّح بلطف ونقدّم المصدر. أما مع حملة منظّمة فنوثّق ونبلّغ المنصة ونحذّر جمهورنا، ولا نكتفي بالجدال.</p>",
            "<p>Not all false information is the same. Specialists distinguish three kinds:</p>"
            "<ul><li><b>Misinformation:</b> untrue content shared by someone who believes it is true, such as a relative forwarding the voice note because she fears for her children.</li>"
            "<li><b>Disinformation:</b> false content created or spread deliberately to deceive or harm people, or for political or financial gain.</li>"
            "<li><b>Malinformation:</b> true information published in order to harm, such as posting a journalist’s home address to intimidate her.</li></ul>"
            "<p>In Arabic media you will also read «المعلومات المضلّلة» (misleading information) or «الأخبار الكاذبة» (“fake news”), sometimes meaning disinformation and sometimes all three kinds together. In this course we say “disinformation” for the deliberate lie, and avoid “fake news”, because false content does not always look like news and because the phrase has become a way to attack independent journalism.</p>"
            "<p>Why does the distinction matter? Because the response differs. With a relative who made a mistake, we correct gently and offer a source. With an organised campaign, we document, report to the platform and warn our audience, rather than just arguing.</p>",
            "<p>Toutes les informations fausses ne se valent pas. Les spécialistes en distinguent trois sortes :</p>"
            "<ul><li><b>La mésinformation :</b> un contenu faux partagé par quelqu’un qui le croit vrai, comme une parente qui transfère le message vocal parce qu’elle a peur pour ses enfants.</li>"
            "<li><b>La désinformation :</b> un contenu faux créé ou diffusé délibérément pour tromper ou nuire, ou pour un gain politique ou financier.</li>"
            "<li><b>La malinformation :</b> une information vraie publiée pour nuire, comme la diffusion de l’adresse d’une journaliste pour l’intimider.</li></ul>"
            "<p>Dans les médias arabes, vous lirez aussi « informations trompeuses » (المعلومات المضلّلة) ou « fausses nouvelles » (الأخبار الكاذبة), tantôt au sens de désinformation, tantôt pour les trois sortes à la fois. Dans ce cours, nous disons « désinformation » pour le mensonge délibéré, et nous évitons « fausses nouvelles », parce qu’un contenu faux n’a pas toujours l’allure d’une nouvelle et que l’expression sert désormais à attaquer le journalisme indépendant.</p>"
            "<p>Pourquoi cette distinction compte-t-elle ? Parce que la réponse diffère. Face à une parente qui s’est trompée, on corrige avec douceur et on donne une source. Face à une campagne organisée, on documente, on signale à la plateforme et on prévient son public, au lieu de se contenter de débattre.</p>")},
        {"type": "glossary_term", "value": {"term": "disinformation-vs-misinformation"}},
        {"type": "heading", "value": T("العاطفة تسبق العقل", "Emotion gets there before reason")},
        {"type": "rich_text", "value": T(
            "<p>تُظهر الأبحاث أن المنشورات التي تثير الخوف أو الغضب أو الاستنكار الأخلاقي تُشارَك أكثر من غيرها. وحين نكون غاضبين أو خائفين نقلّل من التدقيق، لأن الدماغ ينشغل بالسؤال «ماذا أفعل الآن؟» بدل السؤال «هل هذا صحيح؟».</p>"
            "<p>وتنمو الشائعة أيضًا في <b>فراغ المعلومات</b>: حين تتأخّر الجهات الرسمية في الشرح أثناء أزمة، يملأ الناس الفراغ بما يصلهم. ويزيد الأمر صعوبةً أن إعادة التوجيه تكلّف ثانية واحدة، بينما يكلّف التحقق دقائق. وفي تطبيقات المراسلة المغلقة لا يرى أحد التصحيح العلني، فتبقى الرسالة تدور بين المجموعات أيامًا بعد نفيها.</p>",
            "<p>Research shows that posts which trigger fear, anger or moral outrage are shared more than others. When we are angry or afraid we check less, because the brain is busy with “what do I do now?” rather than “is this true?”.</p>"
            "<p>Rumours also grow in an <b>information vacuum</b>: when authorities are slow to explain during a crisis, people fill the gap with whatever reaches them. It gets harder still because forwarding costs one second while checking costs minutes. And in closed messaging apps nobody sees the public correction, so a message keeps circulating between groups for days after it has been denied.</p>")},
        {"type": "callout", "value": {"kind": "example", "title": T("تشريح رسالة مصمّمة للانتشار", "Anatomy of a message built to spread"),
            "body": T(
                "<p>لنعد إلى الرسالة الصوتية. لاحظ أربع علامات:</p>"
                "<ol><li><b>مصدر مجهول:</b> «مصدر في البلدية» بلا اسم ولا صفة يمكن التحقق منها.</li>"
                "<li><b>استعجال:</b> «قبل أن يحذفوها» و«حتى إشعار آخر».</li>"
                "<li><b>شعور قوي:</b> الخوف على صحة الأطفال.</li>"
                "<li><b>دعوة إلى الفعل:</b> «أرسلها لكل من تحب».</li></ol>"
                "<p>وجود هذه العلامات لا يثبت أن الرسالة كاذبة، لكنه إشارة إلى أن عليك التوقّف والتحقق قبل أي شيء آخر.</p>",
                "<p>Back to the voice note. Notice four signs:</p>"
                "<ol><li><b>Anonymous source:</b> “a source at the municipality”, with no name or role that can be checked.</li>"
                "<li><b>Urgency:</b> “before they delete it” and “until further notice”.</li>"
                "<li><b>Strong feeling:</b> fear for children’s health.</li>"
                "<li><b>Call to action:</b> “send it to everyone you love”.</li></ol>"
                "<p>These signs do not prove the message is false, but they tell you to stop and check before doing anything else.</p>")}},
        {"type": "case_study", "value": {
            "claim": T("رسالة صوتية متداولة: مياه الشرب في المدينة ملوّثة ويجب التوقف عن استخدامها فورًا.",
                       "Circulating voice note: the city’s drinking water is contaminated and must not be used."),
            "context": T("<p>انتشرت الرسالة في مجموعات واتساب خلال يوم واحد، وأعاد نشرها عدد من الصفحات المحلية دون ذكر أي مصدر.</p>",
                         "<p>The note spread through WhatsApp groups in a single day and several local pages reposted it without naming any source.</p>"),
            "verdict": "false",
            "explanation": T(
                "<p>لم تنشر البلدية ولا مؤسسة المياه أي تحذير، بل أصدرت المؤسسة نفيًا في اليوم نفسه مع نتائج الفحص الدوري. وعند البحث عن عبارات من الرسالة تبيّن أن نسخة مطابقة منها انتشرت قبل عام في مدينة أخرى، مع تغيير اسم المدينة فقط. الرسالة المعاد تدويرها علامة شائعة على الشائعات.</p>",
                "<p>Neither the municipality nor the water utility issued any warning; the utility published a denial the same day, with its routine test results. Searching for phrases from the note showed that an identical version had circulated a year earlier in another city, with only the city name changed. A recycled message is a common sign of a rumour.</p>"),
            "sources": [T("بيان مؤسسة المياه المحلية (متخيّلة) على صفحتها الرسمية", "Statement by the local water utility (fictitious) on its official page"),
                        T("أرشيف فريق تحقق محلي (متخيّل) يضم النسخة السابقة من الرسالة", "Archive of a local fact-checking team (fictitious) holding the earlier version of the note")]}},
        {"type": "callout", "value": {"kind": "tip", "title": T("قاعدة الثواني العشر", "The ten-second rule"),
            "body": T("<p>قبل أن تعيد توجيه أي رسالة اسأل نفسك ثلاثة أسئلة: <b>من قال هذا؟ كيف يعرف؟ ماذا يريد مني أن أفعل؟</b> إن لم تجد جوابًا واضحًا عن السؤالين الأولين، فلا تُرسل.</p>",
                      "<p>Before forwarding any message, ask yourself three questions: <b>Who said this? How do they know? What do they want me to do?</b> If you cannot clearly answer the first two, do not send it.</p>")}},
        {"type": "heading", "value": T("تمرين: افحص آخر رسالة وصلتك", "Exercise: examine the last message you received")},
        {"type": "rich_text", "value": T(
            "<p>افتح آخر رسالة «مُعاد توجيهها» وصلتك في أي مجموعة، واكتب في دفترك:</p>"
            "<ol><li>ما الشعور الذي أثارته فيك أول مرة قرأتها؟</li>"
            "<li>من المصدر الأصلي؟ هل يمكنك الوصول إليه؟</li>"
            "<li>هل تطلب منك فعل شيء؟ ما هو؟</li>"
            "<li>هل هي خطأ غير مقصود أم تضليل أم معلومة صحيحة؟ وما الذي تحتاجه لتعرف؟</li></ol>"
            "<p>لا تحتاج إلى الإجابة الصحيحة الآن؛ الهدف أن تلاحظ كيف تعمل الرسالة عليك قبل أن تتعلّم أدوات التحقق في الوحدات التالية.</p>",
            "<p>Open the last “forwarded” message you received in any group and write down:</p>"
            "<ol><li>What feeling did it trigger when you first read it?</li>"
            "<li>Who is the original source? Can you reach it?</li>"
            "<li>Does it ask you to do something? What?</li>"
            "<li>Is it an honest mistake, disinformation or true information? What would you need in order to know?</li></ol>"
            "<p>You do not need the right answer yet; the aim is to notice how the message works on you before you learn the verification tools in the next modules.</p>")},
    ],
}

LESSON_1_2 = {
    "slug": "algorithms-and-coordinated-accounts",
    "title": T("الخوارزميات والحسابات المنسّقة", "Algorithms and coordinated accounts"),
    "summary": T("ما الذي تكافئه المنصات، وكيف تتظاهر مجموعة من الحسابات بأنها رأي عام عفوي.",
                 "What platforms reward, and how a group of accounts pretends to be spontaneous public opinion."),
    "minutes": 20,
    "exercise_minutes": 10,
    "completion": "manual",
    "body": [
        {"type": "heading", "value": T("ما الذي تكافئه المنصات؟", "What do platforms reward?")},
        {"type": "rich_text", "value": T(
            "<p>ترتّب المنصات ما نراه وفق «التفاعل»: الإعجابات والتعليقات والمشاركات ومدة المشاهدة. المنشور الذي يُغضب الناس يجمع تعليقات كثيرة، بما فيها ردود غاضبة ممن يرفضونه، فتفهم الخوارزمية ذلك على أنه محتوى «مثير للاهتمام» وتعرضه على مزيد من الناس.</p>"
            "<p>وكلما تفاعلت مع نوع معيّن من المحتوى عُرض عليك المزيد منه، حتى تبدو لك فكرة هامشية وكأن الجميع يتحدث عنها. الخوارزمية لا تسأل إن كان المنشور صحيحًا؛ إنها تقيس فقط هل يبقيك على المنصة.</p>",
            "<p>Platforms rank what we see by “engagement”: likes, comments, shares and watch time. A post that angers people collects many comments, including angry replies from those who reject it, so the algorithm reads it as “interesting” content and shows it to more people.</p>"
            "<p>The more you interact with a certain kind of content, the more of it you are shown, until a fringe idea looks as if everyone is talking about it. The algorithm does not ask whether a post is true; it only measures whether it keeps you on the platform.</p>")},
        {"type": "callout", "value": {"kind": "warning", "title": T("الرد الغاضب يخدم الشائعة", "An angry reply serves the rumour"),
            "body": T("<p>كل تعليق على منشور زائف، حتى لو كان نفيًا، يرفع انتشاره. إن أردت التصحيح فانشر المعلومة الصحيحة في منشور مستقل دون رابط المنشور الأصلي، أو ردّ مرة واحدة بهدوء مع مصدر واضح، ثم توقّف.</p>",
                      "<p>Every comment on a false post, even a denial, increases its reach. If you want to correct it, publish the accurate information in a separate post without linking to the original, or reply once, calmly, with a clear source, and then stop.</p>")}},
        {"type": "heading", "value": T("حين تتظاهر عشرات الحسابات بأنها جمهور", "When dozens of accounts pretend to be the public")},
        {"type": "rich_text", "value": T(
            "<p>يُطلق على هذه الظاهرة <b>السلوك المنسّق غير الأصيل</b>: مجموعة من الحسابات، بعضها وهمي وبعضها لأشخاص حقيقيين يتقاضون أجرًا أو يتلقّون تعليمات، تعمل معًا لتبدو رأيًا عامًا عفويًا، مع إخفاء الجهة التي تقف خلفها.</p>"
            "<p>أهدافها المعتادة: دفع وسم إلى قائمة الأكثر تداولًا، وإغراق تعليقات صحفي أو ناشطة بالشتائم، وجعل رأي أقلية يبدو رأي الأغلبية. المشكلة هنا ليست في الرأي نفسه، فلكل شخص حق التعبير، بل في الخداع بشأن <b>من يتكلم وكم عددهم</b>.</p>",
            "<p>This is called <b>coordinated inauthentic behaviour</b>: a group of accounts, some fake and some run by real people who are paid or given instructions, working together to look like spontaneous public opinion while hiding who is behind them.</p>"
            "<p>Its usual goals are to push a hashtag into the trending list, to flood a journalist’s or activist’s comments with abuse, and to make a minority view look like the majority. The problem is not the opinion itself, since everyone has the right to express it, but the deception about <b>who is speaking and how many they are</b>.</p>")},
        {"type": "glossary_term", "value": {"term": "coordinated-inauthentic-behaviour"}},
        {"type": "checklist", "value": {"title": T("علامات حمراء: هل هذه الحسابات منسّقة؟", "Red flags: are these accounts coordinated?"),
            "items": [
                T("أُنشئ كثير منها في الأسبوع أو الشهر نفسه.", "Many of them were created in the same week or month."),
                T("أسماء مستخدمين تنتهي بسلاسل أرقام عشوائية مثل ‎@user84731920.", "Usernames ending in random strings of digits, such as @user84731920."),
                T("صور شخصية مسروقة أو مولّدة آليًا، أو لا صورة أصلًا.", "Profile pictures that are stolen or machine-generated, or no picture at all."),
                T("النص نفسه حرفيًا، وأحيانًا بالأخطاء الإملائية نفسها، خلال دقائق.", "Exactly the same text, sometimes with the same spelling mistakes, within minutes."),
                T("حسابات لا تنشر شيئًا سوى إعادة النشر حول موضوع واحد.", "Accounts that post nothing except reposts about a single topic."),
                T("نشاط متواصل على مدار الساعة بلا فترات نوم طبيعية.", "Non-stop activity around the clock, with no natural sleeping hours."),
            ]}},
        {"type": "case_study", "value": {
            "claim": T("وسم يتصدّر: «آلاف المواطنين يرفضون مشروع محطة تحلية المياه الجديدة».",
                       "Trending hashtag: “Thousands of citizens reject the new desalination plant project”."),
            "context": T("<p>تصدّر الوسم قائمة الأكثر تداولًا في البلد مساء يوم خميس، ونقلت صفحة إخبارية محلية أن «الشارع غاضب» استنادًا إلى الوسم وحده.</p>",
                         "<p>The hashtag topped the country’s trending list on a Thursday evening, and a local news page reported that “the street is angry” based on the hashtag alone.</p>"),
            "verdict": "misleading",
            "explanation": T(
                "<p>صحيح أن الوسم تصدّر، لكن تحليل أول خمسمئة تغريدة أظهر أن ثمانين في المئة منها صدرت عن 140 حسابًا أُنشئت خلال أسبوعين، ونشرت النص نفسه خلال ربع ساعة. هناك معارضة حقيقية للمشروع، لكنها أصغر بكثير مما يوحي به الوسم، لذا فعبارة «آلاف المواطنين» مضلّلة.</p>",
                "<p>The hashtag did trend, but an analysis of the first five hundred tweets showed that eighty per cent came from 140 accounts created within two weeks, posting the same text within fifteen minutes. There is real opposition to the project, but it is much smaller than the hashtag suggests, so “thousands of citizens” is misleading.</p>"),
            "sources": [T("تحليل عيّنة من أول 500 تغريدة أجراه فريق تحقق (متخيّل)", "Analysis of a sample of the first 500 tweets by a fact-checking team (fictitious)"),
                        T("تواريخ إنشاء الحسابات الظاهرة في ملفاتها الشخصية", "Account creation dates shown on the profiles")]}},
        {"type": "callout", "value": {"kind": "tip", "title": T("لا تتّهم بسرعة", "Do not accuse too quickly"),
            "body": T("<p>ليس كل حساب يشبه غيره «ذبابًا إلكترونيًا». قد تنسخ منظمات المجتمع المدني نصًا موحّدًا في حملة مناصرة معلنة، وقد ينشر أشخاص حقيقيون الشيء نفسه لأنهم يشعرون بالشيء نفسه. المعيار هو <b>الإخفاء والخداع</b> بشأن الهوية والحجم، لا التشابه وحده. وقبل نشر أي استنتاج اجمع أكثر من علامة واحدة.</p>",
                      "<p>Not every account that resembles others is part of an “electronic army”. Civil-society organisations may share a standard text in a declared advocacy campaign, and real people may post the same thing because they feel the same thing. The test is <b>concealment and deception</b> about identity and size, not similarity alone. Before publishing any conclusion, gather more than one sign.</p>")}},
        {"type": "heading", "value": T("تمرين: افحص خمسة حسابات", "Exercise: examine five accounts")},
        {"type": "rich_text", "value": T(
            "<p>اختر وسمًا متداولًا في بلدك اليوم، وافتح الملفات الشخصية لأول خمسة حسابات نشرته. سجّل لكل حساب: تاريخ الإنشاء، ونوع الصورة الشخصية، وعدد المنشورات في اليوم تقريبًا، وهل يتطابق نصّه مع نصوص الآخرين.</p>"
            "<p>ثم اكتب جملة واحدة: هل يبدو هذا رأيًا عفويًا أم دفعًا منظّمًا؟ وما الدليل الإضافي الذي تحتاجه قبل أن تنشر هذا الاستنتاج في تقرير صحفي؟</p>",
            "<p>Pick a hashtag trending in your country today and open the profiles of the first five accounts that posted it. For each account record: creation date, type of profile picture, approximate posts per day, and whether its text matches the others.</p>"
            "<p>Then write one sentence: does this look like spontaneous opinion or organised pushing? What further evidence would you need before publishing that conclusion in a news report?</p>")},
        {"type": "quiz", "value": {"quiz": "disinfo-m1-practice"}},
        {"type": "quiz", "value": {"quiz": "disinfo-m1-feed"}},
    ],
}

MODULE_1 = {
    "slug": "why-false-content-spreads",
    "title": T("لماذا ينتشر المحتوى الزائف؟", "Why does false content spread?"),
    "summary": T("العاطفة والسرعة والخوارزميات والحسابات المنسّقة: الآليات التي تجعل الشائعة أسرع من تصحيحها.",
                 "Emotion, speed, algorithms and coordinated accounts: the mechanisms that make a rumour travel faster than its correction."),
    "practice_quiz": "disinfo-m1-practice",
    "lessons": [LESSON_1_1, LESSON_1_2],
}


# ---------------------------------------------------------------------------
# Module 2 — The six manipulation techniques
# ---------------------------------------------------------------------------

LESSON_2_1 = {
    "slug": "impersonation-and-emotional-language",
    "title": T("انتحال الصفة واللغة العاطفية", "Impersonation and emotional language"),
    "summary": T("التحصين المسبق، ثم أول أسلوبين: التنكّر في هيئة مصدر موثوق، واستبدال الأدلة بالمشاعر.",
                 "Prebunking, then the first two techniques: disguising yourself as a trusted source, and replacing evidence with emotion."),
    "minutes": 14,
    "exercise_minutes": 10,
    "completion": "manual",
    "body": [
        {"type": "heading", "value": T("لقاح ضد التلاعب", "A vaccine against manipulation")},
        {"type": "rich_text", "value": T(
            "<p>يعمل اللقاح بتعريض الجسم لجرعة ضعيفة من الفيروس حتى يتعلّم مقاومته. وتعمل فكرة <b>التحصين المسبق</b> بالطريقة نفسها: حين نتعرّف على أساليب التلاعب في أمثلة مكشوفة وآمنة، نصبح أسرع في ملاحظتها حين تصلنا في الواقع.</p>"
            "<p>وتشير الدراسات إلى أن التحصين ينجح أكثر حين يكون <b>نشطًا</b>: من يفكّك المنشورات المضلّلة بنفسه أو يجرّب كتابتها في لعبة تدريبية يتعلّم أكثر ممن يقرأ ملصقًا توعويًا فقط. لذلك ستجد في هذه الوحدة أمثلة تفكّكها، وتمارين تكتب فيها منشورات مضلّلة على الورق ثم تكشف علاماتها. يعتمد الباحثون عادة على ستة أساليب متكرّرة، نبدأ باثنين منها.</p>",
            "<p>A vaccine works by exposing the body to a weakened dose of a virus so that it learns to resist it. <b>Prebunking</b> works the same way: when we get to know manipulation techniques through exposed, safe examples, we notice them faster when they reach us in real life.</p>"
            "<p>Studies suggest that prebunking works best when it is <b>active</b>: people who dissect misleading posts themselves, or try writing them in a training game, learn more than people who only read an awareness poster. That is why this module gives you examples to dissect and exercises in which you write misleading posts on paper and then expose their clues. Researchers commonly work with six recurring techniques; we start with two of them.</p>")},
        {"type": "glossary_term", "value": {"term": "prebunking"}},
        {"type": "heading", "value": T("الأسلوب الأول: انتحال الصفة", "Technique 1: impersonation")},
        {"type": "rich_text", "value": T(
            "<p>يتنكّر المضلّل في هيئة مصدر يثق به الناس: وزارة، أو وسيلة إعلام معروفة، أو شخصية عامة، أو منظمة إغاثة. يكفيه أحيانًا اسم عرض مطابق وشعار منسوخ، بينما يختلف المعرّف بحرف واحد، أو يستبدل حرف O بالصفر، أو يضيف كلمة مثل «الرسمي» أو «عاجل». وفي المواقع تتكرّر الخدعة نفسها: نطاق مثل news-todey.example بدل news-today.example.</p>",
            "<p>The manipulator disguises themselves as a source people trust: a ministry, a well-known outlet, a public figure or a relief organisation. Sometimes a matching display name and a copied logo are enough, while the handle differs by one letter, swaps the letter O for a zero, or adds a word such as “official” or “breaking”. Websites use the same trick: a domain like news-todey.example instead of news-today.example.</p>")},
        {"type": "callout", "value": {"kind": "example", "title": T("منشور للتفكيك: «قرار وزاري»", "Post to dissect: a “ministerial decision”"),
            "body": T(
                "<p><b>وزارة التربية والتعليم</b> ‎@moe_edu_0fficial<br/>«عاجل: تأجيل امتحانات الثانوية العامة أسبوعين بسبب الظروف الجوية. القرار ساري المفعول فورًا.»</p>"
                "<p><b>العلامات:</b> صفر بدل حرف o في المعرّف؛ الحساب أُنشئ الشهر الماضي؛ لا رقم للقرار ولا رابط إلى موقع الوزارة؛ ولم ينشر الحساب الموثّق للوزارة شيئًا مشابهًا.</p>",
                "<p><b>Ministry of Education</b> @moe_edu_0fficial<br/>“Breaking: secondary-school exams postponed by two weeks due to weather conditions. The decision takes effect immediately.”</p>"
                "<p><b>Clues:</b> a zero instead of the letter o in the handle; the account was created last month; no decision number and no link to the ministry’s website; and the ministry’s verified account published nothing similar.</p>")}},
        {"type": "case_study", "value": {
            "claim": T("بيان منسوب إلى وزارة الصحة: إغلاق جميع المدارس شهرًا كاملًا بسبب «فيروس جديد».",
                       "Statement attributed to the Ministry of Health: all schools closed for a full month because of a “new virus”."),
            "context": T("<p>انتشرت صورة البيان على فيسبوك وواتساب مساء يوم عطلة، وبدت عليها ترويسة الوزارة وتوقيع مسؤول.</p>",
                         "<p>A picture of the statement spread on Facebook and WhatsApp on a weekend evening, showing the ministry letterhead and an official’s signature.</p>"),
            "verdict": "false",
            "explanation": T(
                "<p>هذا انتحال صفة: الترويسة تحمل شعار الوزارة القديم الذي تغيّر قبل عامين، والبيان بلا رقم مرجعي، وتاريخه يوافق يوم عطلة رسمية. ولم ينشر موقع الوزارة ولا حسابها الموثّق أي قرار مشابه، ثم نفت الوزارة البيان صراحة.</p>",
                "<p>This is impersonation: the letterhead carries the ministry’s old logo, which changed two years ago; the statement has no reference number; and its date falls on an official holiday. Neither the ministry’s website nor its verified account published any similar decision, and the ministry then explicitly denied it.</p>"),
            "sources": [T("الموقع الرسمي للوزارة وقسم البيانات الصحفية (متخيّل)", "The ministry’s official website and press-release section (fictitious)"),
                        T("مقارنة الشعار مع بيانات سابقة منشورة", "Comparison of the logo with earlier published statements")]}},
        {"type": "heading", "value": T("الأسلوب الثاني: اللغة العاطفية", "Technique 2: emotional language")},
        {"type": "rich_text", "value": T(
            "<p>يستخدم المضلّل كلمات مصمّمة لإثارة الخوف أو الغضب أو الشفقة: «كارثة»، «فضيحة»، «لن تصدّق»، «شاهد قبل الحذف»، مع علامات تعجّب متتالية ورموز حمراء وصور أطفال يبكون. الهدف أن تتفاعل قبل أن تفكّر.</p>"
            "<p>لكن انتبه: العاطفة وحدها ليست دليلًا على الكذب. الخبر الصادق عن زلزال أو غرق قارب مؤثّر بطبيعته. العلامة الحقيقية هي أن <b>تحلّ العاطفة محلّ الأدلة</b>: كثير من الصفات وقليل من الوقائع.</p>",
            "<p>The manipulator uses words designed to provoke fear, anger or pity: “disaster”, “scandal”, “you won’t believe it”, “watch before it’s deleted”, with strings of exclamation marks, red symbols and pictures of crying children. The aim is for you to react before you think.</p>"
            "<p>But be careful: emotion alone is not proof of a lie. A truthful report about an earthquake or a sinking boat is moving by nature. The real clue is when <b>emotion takes the place of evidence</b>: lots of adjectives and few facts.</p>")},
        {"type": "callout", "value": {"kind": "example", "title": T("منشور للتفكيك: «أطفالنا يموتون»", "Post to dissect: “Our children are dying”"),
            "body": T(
                "<p>«🔴🔴 كارثة!!! أطفالنا يموتون بصمت والمسؤولون نائمون!!! شاهد قبل الحذف وانشر فورًا!!!»</p>"
                "<p><b>العلامات:</b> لا مكان ولا زمان ولا عدد ولا مصدر؛ ثلاث علامات تعجّب بعد كل جملة؛ ودعوة إلى النشر «قبل الحذف» توحي بوجود من يخفي الحقيقة. احذف الصفات، وستجد أنه لا تبقى أي معلومة يمكن التحقق منها.</p>",
                "<p>“🔴🔴 DISASTER!!! Our children are dying in silence and officials are asleep!!! Watch before it’s deleted and share now!!!”</p>"
                "<p><b>Clues:</b> no place, no time, no number, no source; three exclamation marks after every sentence; and a call to share “before it’s deleted” that implies someone is hiding the truth. Remove the adjectives and no checkable information is left.</p>")}},
        {"type": "heading", "value": T("تمرين: اكتب بالعكس", "Exercise: write it the other way round")},
        {"type": "rich_text", "value": T(
            "<ol><li>أعد كتابة منشور «أطفالنا يموتون» بلغة محايدة، مستخدمًا الوقائع فقط: من؟ ماذا؟ أين؟ متى؟ ما المصدر؟ كم معلومة بقيت؟</li>"
            "<li>اكتب على الورق منشورًا ينتحل صفة جامعتك ويعلن قرارًا وهميًا. لا تنشره. ثم اكتب تحته ثلاث علامات كان يمكن أن تكشفه.</li></ol>"
            "<p>حين تصنع الخدعة بنفسك تصبح ملاحظتها لدى الآخرين أسهل بكثير.</p>",
            "<ol><li>Rewrite the “Our children are dying” post in neutral language using only facts: who? what? where? when? what source? How many pieces of information are left?</li>"
            "<li>On paper, write a post impersonating your university and announcing a fake decision. Do not publish it. Underneath, write three clues that could have exposed it.</li></ol>"
            "<p>Once you have built the trick yourself, spotting it in others’ posts becomes much easier.</p>")},
    ],
}

LESSON_2_2 = {
    "slug": "polarisation-and-conspiracy",
    "title": T("الاستقطاب ونظرية المؤامرة", "Polarisation and conspiracy"),
    "summary": T("كيف يُقسَم المجتمع إلى «نحن» و«هم»، وكيف تُفسَّر الأحداث بخطة سرية لا يمكن دحضها.",
                 "How society is split into “us” and “them”, and how events are explained by a secret plan that cannot be disproved."),
    "minutes": 12,
    "exercise_minutes": 8,
    "completion": "manual",
    "body": [
        {"type": "heading", "value": T("الأسلوب الثالث: الاستقطاب", "Technique 3: polarisation")},
        {"type": "rich_text", "value": T(
            "<p>يقسم الاستقطاب المجتمع إلى معسكرين: «نحن» الطيبين و«هم» الأشرار. ويستغلّ توترات موجودة أصلًا: بين منطقة وأخرى، أو بين طوائف، أو بين المدينة والريف، أو بين المواطنين واللاجئين، بل حتى بين مشجعي ناديين. الهدف توسيع الفجوة حتى تصبح كل قضية مسألة هوية، ويصبح الحوار والحل الوسط مستحيلين.</p>"
            "<p>علامته اللغوية التعميم: «كلهم»، «هؤلاء»، «أهل المنطقة الفلانية»، مع تحميل جماعة كاملة مسؤولية خطأ فرد أو قرار.</p>",
            "<p>Polarisation splits society into two camps: the good “us” and the wicked “them”. It exploits tensions that already exist: between one region and another, between sects, between city and countryside, between citizens and refugees, even between the fans of two football clubs. The aim is to widen the gap until every issue becomes a matter of identity and dialogue and compromise become impossible.</p>"
            "<p>Its linguistic signature is generalisation: “all of them”, “those people”, “the people of such-and-such region”, blaming a whole group for the mistake of one person or one decision.</p>")},
        {"type": "callout", "value": {"kind": "example", "title": T("منشور للتفكيك: «نحن في الجنوب»", "Post to dissect: “We in the south”"),
            "body": T(
                "<p>«أهل العاصمة يأكلون خيرات البلد ونحن في الجنوب نموت عطشًا. من ليس معنا فهو ضدّنا.»</p>"
                "<p><b>العلامات:</b> تعميم على سكان مدينة كاملة؛ ثنائية «نحن/هم»؛ وعبارة «من ليس معنا فهو ضدنا» التي تلغي أي موقف وسط. قد تكون شكوى نقص المياه حقيقية، لكن المنشور يحوّلها من مطالبة بحق إلى عداء بين الناس.</p>",
                "<p>“The people of the capital devour the country’s wealth while we in the south die of thirst. Whoever is not with us is against us.”</p>"
                "<p><b>Clues:</b> a generalisation about the population of an entire city; an “us/them” binary; and the phrase “whoever is not with us is against us”, which rules out any middle position. The complaint about water shortages may be real, but the post turns it from a demand for a right into hostility between people.</p>")}},
        {"type": "heading", "value": T("الأسلوب الرابع: نظرية المؤامرة", "Technique 4: conspiracy")},
        {"type": "rich_text", "value": T(
            "<p>تفسّر نظرية المؤامرة الأحداث بوجود جماعة سرية قوية تخطّط لكل شيء. عباراتها المعتادة: «ليست صدفة»، «ما يخفونه عنك»، «اسأل نفسك من المستفيد»، «اربط النقاط». وخطورتها أنها <b>لا تقبل الدحض</b>: غياب الدليل يصبح دليلًا على التستّر، وكل نفي رسمي يصبح إثباتًا إضافيًا.</p>"
            "<p>وتنتشر هذه النظريات لأنها تمنح تفسيرًا بسيطًا لأحداث معقّدة ومؤلمة، وتعطي من يصدّقها شعورًا بأنه يعرف ما لا يعرفه غيره.</p>",
            "<p>A conspiracy theory explains events by a powerful secret group that plans everything. Its usual phrases: “it’s no coincidence”, “what they hide from you”, “ask yourself who benefits”, “connect the dots”. Its danger is that it <b>cannot be disproved</b>: lack of evidence becomes evidence of a cover-up, and every official denial becomes further proof.</p>"
            "<p>These theories spread because they offer a simple explanation for complex and painful events, and give believers the feeling that they know what others do not.</p>")},
        {"type": "callout", "value": {"kind": "example", "title": T("منشور للتفكيك: «ليست صدفة»", "Post to dissect: “It’s no coincidence”"),
            "body": T(
                "<p>«هل لاحظتم أن انقطاع الكهرباء بدأ بعد أسبوع من زيارة الوفد الأجنبي؟ ليست صدفة. هناك خطة لتجويع البلد، والإعلام ساكت لأنه شريك.»</p>"
                "<p><b>العلامات:</b> ربط حدثين متتاليين زمنيًا كأن أحدهما سبب الآخر؛ خطة سرية بلا أي وثيقة؛ واتهام الإعلام مسبقًا حتى يصبح أي تكذيب جزءًا من المؤامرة.</p>",
                "<p>“Have you noticed that the power cuts started a week after the foreign delegation’s visit? It’s no coincidence. There is a plan to starve the country, and the media stay silent because they are accomplices.”</p>"
                "<p><b>Clues:</b> linking two events that followed each other in time as if one caused the other; a secret plan without a single document; and accusing the media in advance so that any denial becomes part of the conspiracy.</p>")}},
        {"type": "case_study", "value": {
            "claim": T("مقطع متداول: «أبراج الاتصالات الجديدة سبب موجة الصداع والأمراض في حيّنا».",
                       "Circulating video: “The new telecom masts are behind the wave of headaches and illness in our neighbourhood”."),
            "context": T("<p>يظهر في المقطع رجل يقدّم نفسه بوصفه «مهندسًا سابقًا في شركة اتصالات»، ويقول إن الشركات «تعرف الحقيقة وتخفيها».</p>",
                         "<p>The video shows a man introducing himself as “a former engineer at a telecom company”, saying the companies “know the truth and hide it”.</p>"),
            "verdict": "false",
            "explanation": T(
                "<p>هذه نظرية مؤامرة: الشكاوى الصحية في الحي بدأت قبل تشغيل الأبراج بشهرين وفق سجلات المركز الصحي المحلي، وقياسات هيئة تنظيم الاتصالات أظهرت مستويات إشعاع ضمن الحدود المسموحة بكثير. كما لم يرد اسم «المهندس» في سجل نقابة المهندسين، ولم يقدّم أي وثيقة.</p>",
                "<p>This is a conspiracy theory: according to the local health centre’s records, the health complaints in the neighbourhood began two months before the masts were switched on, and measurements by the telecom regulator showed radiation levels well within permitted limits. The “engineer’s” name does not appear in the engineers’ syndicate register, and he offered no document.</p>"),
            "sources": [T("سجلات المركز الصحي في الحي (متخيّلة)", "Records of the neighbourhood health centre (fictitious)"),
                        T("تقرير قياسات هيئة تنظيم الاتصالات (متخيّلة)", "Measurement report by the telecom regulator (fictitious)")]}},
        {"type": "callout", "value": {"kind": "warning", "title": T("المؤامرات الحقيقية تُثبت بالوثائق", "Real conspiracies are proven with documents"),
            "body": T("<p>الفساد والتواطؤ موجودان فعلًا، وتكشفهما الصحافة الاستقصائية كل عام. الفرق أن التحقيق الجاد يقدّم وثائق ومصادر مسمّاة وأدلة يمكن فحصها، ويتغيّر إذا ظهر دليل مخالف. أما نظرية المؤامرة فتبتلع كل دليل مخالف وتحوّله لصالحها.</p>",
                      "<p>Corruption and collusion really exist, and investigative journalism exposes them every year. The difference is that serious investigation offers documents, named sources and checkable evidence, and changes when contrary evidence appears. A conspiracy theory swallows every piece of contrary evidence and turns it to its own advantage.</p>")}},
        {"type": "heading", "value": T("تمرين: افصل الملاحظة عن الاستنتاج", "Exercise: separate observation from conclusion")},
        {"type": "rich_text", "value": T(
            "<p>خذ منشور انقطاع الكهرباء واكتبه في عمودين. في العمود الأول ضع ما يمكن ملاحظته والتحقق منه: انقطاع الكهرباء، وزيارة وفد أجنبي. وفي العمود الثاني ضع ما يُدّعى: وجود خطة لتجويع البلد، وتواطؤ الإعلام.</p>"
            "<p>ثم اسأل: أي رابط بين العمودين عليه دليل؟ وما الدليل الذي كان سيقنعك فعلًا؟ ناقش إجابتك مع زميل، ولاحظ كيف يتحوّل الحديث من «من المستفيد؟» إلى «ما الذي نعرفه؟».</p>",
            "<p>Take the power-cut post and write it in two columns. In the first column put what can be observed and checked: the power cuts and the visit by a foreign delegation. In the second put what is claimed: a plan to starve the country and media complicity.</p>"
            "<p>Then ask: which link between the two columns has evidence behind it? What evidence would actually convince you? Discuss your answer with a colleague, and notice how the conversation moves from “who benefits?” to “what do we know?”.</p>")},
    ],
}

LESSON_2_3 = {
    "slug": "discrediting-and-trolling",
    "title": T("التشويه والاستفزاز المتعمَّد", "Discrediting and trolling"),
    "summary": T("مهاجمة الشخص بدل الرد على الأدلة، واستفزاز الآخرين لحرف النقاش، ثم بطاقة مراجعة للأساليب الستة.",
                 "Attacking the person instead of answering the evidence, provoking others to derail the discussion, then a review card for all six techniques."),
    "minutes": 25,
    "exercise_minutes": 15,
    "completion": "manual",
    "body": [
        {"type": "heading", "value": T("الأسلوب الخامس: التشويه", "Technique 5: discrediting")},
        {"type": "rich_text", "value": T(
            "<p>حين يعجز المضلّل عن الرد على الأدلة يهاجم من قدّمها. يُتّهم الصحفي أو مدقّق المعلومات أو المنظمة بأنهم «عملاء» أو «ممولون من الخارج» أو «كاذبون معروفون»، أو تُنبش حياتهم الخاصة. وكثيرًا ما يأخذ هذا الهجوم طابعًا جندريًا ضد الصحفيات والناشطات، عبر التعليق على المظهر والسمعة والعائلة.</p>"
            "<p>الهدف أن ينشغل الجمهور بسؤال «من هذا الشخص؟» بدل سؤال «هل ما قاله صحيح؟».</p>",
            "<p>When the manipulator cannot answer the evidence, they attack whoever presented it. The journalist, fact-checker or organisation is accused of being “agents”, “foreign-funded” or “known liars”, or their private life is dug up. This attack often takes a gendered form against women journalists and activists, through comments on appearance, reputation and family.</p>"
            "<p>The aim is for the audience to be busy with “who is this person?” instead of “is what they said true?”.</p>")},
        {"type": "callout", "value": {"kind": "example", "title": T("منشور للتفكيك: «لا تصدّقوا عملاءهم»", "Post to dissect: “Don’t believe their agents”"),
            "body": T(
                "<p>«هذه ‹الصحفية› التي نشرت تحقيق المستشفى تتقاضى راتبها من سفارات أجنبية. لا تصدّقوا عملاءهم.»</p>"
                "<p><b>العلامات:</b> لا كلمة واحدة عن مضمون التحقيق ولا عن أدلته؛ اتهام بالتمويل الأجنبي بلا أي دليل؛ وعلامات تنصيص ساخرة حول كلمة «الصحفية» للتقليل من مهنيتها.</p>",
                "<p>“This ‘journalist’ who published the hospital investigation is paid by foreign embassies. Don’t believe their agents.”</p>"
                "<p><b>Clues:</b> not a single word about the investigation’s content or evidence; an accusation of foreign funding without any proof; and scare quotes around “journalist” to belittle her professionalism.</p>")}},
        {"type": "case_study", "value": {
            "claim": T("«وثيقة مسرّبة» تثبت أن منصة التحقق «عين على الخبر» تتلقّى تمويلًا سريًا من حزب سياسي.",
                       "A “leaked document” proves that the fact-checking platform “Eye on the News” receives secret funding from a political party."),
            "context": T("<p>نُشرت صورة «الوثيقة» بعد يوم واحد من نشر المنصة تصحيحًا لتصريح أدلى به نائب متخيّل، وتداولتها حسابات تطالب بمقاطعة المنصة.</p>",
                         "<p>A picture of the “document” was posted one day after the platform published a correction of a statement by a fictitious MP, and was shared by accounts calling for a boycott of the platform.</p>"),
            "verdict": "false",
            "explanation": T(
                "<p>هذا تشويه: الوثيقة فاتورة خدمات إعلانية لشركة أخرى، عُدّل فيها الاسم، ويظهر اختلاف واضح في الخط عند الاسم. والمنصة تنشر مصادر تمويلها سنويًا في تقرير علني. والأهم أن أحدًا من ناشري «الوثيقة» لم يناقش مضمون التصحيح نفسه.</p>",
                "<p>This is discrediting: the document is an advertising invoice belonging to another company, with the name edited, and the font visibly changes around the name. The platform publishes its funding sources every year in a public report. Most tellingly, none of those sharing the “document” discussed the content of the correction itself.</p>"),
            "sources": [T("التقرير السنوي العلني للمنصة عن مصادر تمويلها (متخيّل)", "The platform’s public annual funding report (fictitious)"),
                        T("مقارنة الخطوط في صورة الوثيقة", "Comparison of fonts in the document image")]}},
        {"type": "heading", "value": T("الأسلوب السادس: الاستفزاز المتعمَّد", "Technique 6: trolling", "Technique 6 : le trolling")},
        {"type": "rich_text", "value": T(
            "<p>الاستفزاز المتعمَّد (ما يُعرف على الإنترنت بـ«الترولينغ») سلوك يهدف إلى إثارة رد فعل غاضب. ولا نسمّيه «التصيّد» في هذه الدورة، لأن هذه الكلمة تعني في الأمان الرقمي الرسائل الاحتيالية التي تسرق كلمات المرور («التصيّد الاحتيالي»). قد يكون تعليقًا جارحًا تحت منشور تصحيح، أو سؤالًا يبدو «بريئًا» لكنه مصمّم لإشعال الخلاف، أو إغراقًا للتعليقات بعبارات مثل «وأين كنتم حين...؟» لحرف النقاش عن موضوعه. ويسعى المستفزّون أحيانًا إلى استدراج حساب رسمي أو صحفي إلى رد منفعل، ثم ينشرون لقطة شاشة له بوصفها «فضيحة».</p>",
            "<p>Trolling is deliberate provocation to trigger an angry reaction. (Arabic calls it «الاستفزاز المتعمَّد» in this course, not «التصيّد», which in digital security means phishing.) It may be a hurtful comment under a correction, a question that sounds “innocent” but is designed to ignite a fight, or flooding the comments with phrases like “and where were you when…?” to pull the discussion off topic. Trolls sometimes try to lure an official account or a journalist into an emotional reply, then publish a screenshot of it as a “scandal”.</p>",
            "<p>Le trolling est une provocation délibérée pour déclencher une réaction de colère. (En arabe, ce cours l’appelle «الاستفزاز المتعمَّد» et non «التصيّد», qui désigne en sécurité numérique l’hameçonnage.) Ce peut être un commentaire blessant sous une correction, une question qui paraît « innocente » mais vise à allumer la dispute, ou un flot de commentaires du type « et vous étiez où quand… ? » pour détourner la discussion. Les trolls cherchent parfois à pousser un compte officiel ou un journaliste à une réponse emportée, puis en publient une capture d’écran comme un « scandale ».</p>")},
        {"type": "callout", "value": {"kind": "tip", "title": T("لا تُطعم المستفزّ", "Don’t feed the troll", "Ne nourrissez pas le troll"),
            "body": T("<p>لا تردّ بانفعال. إذا كان جمهورك يحتاج إلى توضيح فاكتب ردًا واحدًا هادئًا بالوقائع، ثم استخدم أدوات الكتم والحظر والإبلاغ. ووثّق التعليقات المسيئة بلقطات شاشة مؤرّخة قبل حذفها، خاصة إذا تضمّنت تهديدًا.</p>",
                      "<p>Do not reply emotionally. If your audience needs clarification, write one calm, factual reply, then use the mute, block and report tools. Document abusive comments with dated screenshots before removing them, especially if they contain a threat.</p>")}},
        {"type": "checklist", "value": {"title": T("بطاقة مراجعة: العلامات الحمراء للأساليب الستة", "Review card: red flags of the six techniques"),
            "items": [
                T("انتحال الصفة: اسم أو شعار يشبه مصدرًا موثوقًا، مع اختلاف صغير في المعرّف أو النطاق.", "Impersonation: a name or logo resembling a trusted source, with a small difference in the handle or domain."),
                T("اللغة العاطفية: «كارثة» و«فضيحة» وعلامات تعجّب كثيرة، ودعوة إلى النشر «قبل الحذف».", "Emotional language: “disaster”, “scandal”, many exclamation marks, and a call to share “before it’s deleted”."),
                T("الاستقطاب: «نحن» ضد «هم»، وتعميم على جماعة كاملة.", "Polarisation: “us” against “them”, and generalisations about a whole group."),
                T("المؤامرة: «ليست صدفة» و«ما يخفونه عنك»، وكل نفي يُعدّ دليلًا إضافيًا.", "Conspiracy: “it’s no coincidence”, “what they hide from you”, and every denial counted as more proof."),
                T("التشويه: مهاجمة الشخص أو الجهة بدل الرد على الأدلة.", "Discrediting: attacking the person or organisation instead of answering the evidence."),
                T("الاستفزاز المتعمَّد: تعليقات جارحة وحرف للنقاش وأسئلة «بريئة» هدفها الإثارة.", "Trolling: deliberate provocation, derailing, and “innocent” questions meant to inflame.",
                  "Trolling : provocation délibérée, détournement de la discussion et questions « innocentes » destinées à enflammer."),
            ]}},
        {"type": "heading", "value": T("تمرين: صمّم حملة تضليل على الورق", "Exercise: design a disinformation campaign on paper")},
        {"type": "rich_text", "value": T(
            "<p>تخيّل أن جمعية بيئية متخيّلة اسمها «جمعية الشاطئ الأخضر» نشرت تقريرًا عن تلوّث الشاطئ بمخلّفات مصنع، وأن جهة ما تريد إسكاتها.</p>"
            "<ol><li>اكتب ثلاثة منشورات قصيرة ضد الجمعية، يستخدم كلٌّ منها أسلوبًا واحدًا مختلفًا من الأساليب الستة.</li>"
            "<li>بدّل دورك: اكتب تحت كل منشور العلامة التي سيلاحظها قارئ يقظ.</li>"
            "<li>فكّر: أي منشوراتك كان الأصعب في الكشف؟ ولماذا؟</li></ol>"
            "<p>هذا التمرين لأغراض التدريب فقط: لا تنشر ما كتبته، وامزق الورقة أو احذف الملف بعد النقاش.</p>",
            "<p>Imagine that a fictitious environmental group called “Green Shore Association” has published a report on pollution of the beach by a factory’s waste, and that someone wants to silence it.</p>"
            "<ol><li>Write three short posts against the association, each using a different one of the six techniques.</li>"
            "<li>Switch roles: under each post, write the clue an alert reader would notice.</li>"
            "<li>Reflect: which of your posts was hardest to detect, and why?</li></ol>"
            "<p>This exercise is for training only: do not publish what you wrote, and tear up the paper or delete the file after the discussion.</p>")},
        {"type": "quiz", "value": {"quiz": "disinfo-m2-practice"}},
    ],
}

MODULE_2 = {
    "slug": "six-manipulation-techniques",
    "title": T("أساليب التلاعب الستة", "The six manipulation techniques"),
    "summary": T("انتحال الصفة، واللغة العاطفية، والاستقطاب، والمؤامرة، والتشويه، والاستفزاز المتعمَّد: كيف تعمل وكيف تكشفها في منشور حقيقي.",
                 "Impersonation, emotional language, polarisation, conspiracy, discrediting and trolling: how each works and how to spot it in a real post."),
    "practice_quiz": "disinfo-m2-practice",
    "lessons": [LESSON_2_1, LESSON_2_2, LESSON_2_3],
}


# ---------------------------------------------------------------------------
# Module 3 — Lateral reading with SIFT
# ---------------------------------------------------------------------------

LESSON_3_1 = {
    "slug": "stop-and-investigate-the-source",
    "title": T("توقّف وتحقّق من المصدر", "Stop and investigate the source"),
    "summary": T("القراءة الجانبية كما يمارسها مدقّقو المعلومات، وأول حركتين في منهج SIFT.",
                 "Lateral reading as fact-checkers practise it, and the first two moves of the SIFT method."),
    "minutes": 12,
    "exercise_minutes": 8,
    "completion": "manual",
    "body": [
        {"type": "heading", "value": T("كيف يقرأ المدقّقون المحترفون؟", "How do professional fact-checkers read?")},
        {"type": "rich_text", "value": T(
            "<p>قارن باحثون في جامعة ستانفورد بين مدقّقي معلومات محترفين ومؤرّخين يحملون الدكتوراه وطلاب جامعيين، وطلبوا منهم تقييم مواقع لا يعرفونها. قرأ المؤرّخون والطلاب كل موقع «عموديًا»: من أعلى الصفحة إلى أسفلها، وتوقفوا عند صفحة «من نحن» والتصميم والمراجع، فخدعتهم مواقع أنيقة تبدو مهنية.</p>"
            "<p>أما المدقّقون فغادروا الصفحة بسرعة، وفتحوا علامات تبويب جديدة، وبحثوا عمّا يقوله <b>الآخرون</b> عن المصدر. وصلوا إلى الحكم الصحيح في وقت أقصر بكثير. هذه هي <b>القراءة الجانبية</b>. وقد أظهرت تجارب صفّية لاحقة أن تعليمها يحسّن حكم الطلاب على المصادر.</p>",
            "<p>Researchers at Stanford University compared professional fact-checkers with PhD historians and university students, asking them to evaluate websites they did not know. The historians and students read each site “vertically”: from the top of the page to the bottom, lingering on the “About us” page, the design and the references, and were fooled by polished, professional-looking sites.</p>"
            "<p>The fact-checkers left the page quickly, opened new tabs and searched for what <b>others</b> say about the source. They reached the right judgement in far less time. This is <b>lateral reading</b>. Later classroom studies showed that teaching it improves students’ judgement of sources.</p>")},
        {"type": "glossary_term", "value": {"term": "lateral-reading"}},
        {"type": "quote", "value": {
            "text": T("توقّف. تحقّق من المصدر. ابحث عن تغطية أفضل. تتبّع الادعاءات والاقتباسات والوسائط إلى سياقها الأصلي.",
                      "Stop. Investigate the source. Find better coverage. Trace claims, quotes and media to the original context."),
            "source": T("منهج SIFT من تطوير مايك كولفيلد، مرخّص بموجب CC BY 4.0 (ترجمة بصيرة وتكييفها)",
                        "SIFT method by Mike Caulfield, CC BY 4.0 (translated and adapted by Basira)")}},
        {"type": "glossary_term", "value": {"term": "sift"}},
        {"type": "image", "value": {
            "file": "sift-four-moves.svg",
            "alt": T("رسم يوضح حركات SIFT الأربع في أربعة مربعات متتالية من اليمين إلى اليسار: توقّف، تحقّق من المصدر، ابحث عن تغطية أفضل، تتبّع إلى الأصل.",
                     "Diagram showing the four SIFT moves in four consecutive boxes from right to left: Stop, Investigate the source, Find better coverage, Trace to the original."),
            "caption": T("حركات SIFT الأربع. منهج SIFT من تطوير مايك كولفيلد، CC BY 4.0.",
                         "The four SIFT moves. SIFT method by Mike Caulfield, CC BY 4.0.")}},
        {"type": "heading", "value": T("الحركة الأولى: توقّف", "Move 1: Stop")},
        {"type": "rich_text", "value": T(
            "<p>توقّف حين تشعر بانفعال قوي، وقبل أن تشارك أي شيء. اسأل: هل أعرف هذا المصدر؟ وما هدفي الآن: أن أشارك، أم أن أكتب تقريرًا، أم أن أفهم فقط؟ ويعني التوقّف أيضًا ألّا تضيع في دوّامة البحث: إذا وجدت نفسك بعد عشر دقائق تقرأ أشياء لا علاقة لها بسؤالك، فعُد إلى هدفك الأول.</p>",
            "<p>Stop when you feel a strong emotion, and before sharing anything. Ask: do I know this source? What is my goal right now: to share, to write a report, or just to understand? Stopping also means not getting lost in a rabbit hole: if after ten minutes you find yourself reading things unrelated to your question, go back to your original goal.</p>")},
        {"type": "heading", "value": T("الحركة الثانية: تحقّق من المصدر", "Move 2: Investigate the source")},
        {"type": "rich_text", "value": T(
            "<p>لا تسأل الموقع عن نفسه، بل اسأل الإنترنت عنه. افتح علامة تبويب جديدة وابحث عن اسم الموقع أو الحساب مع كلمات مثل «من يملك» أو «تمويل» أو «مصداقية». لست بحاجة إلى بحث كامل؛ ستون ثانية تكفي غالبًا لمعرفة <b>من يتكلم</b>: وسيلة إعلام معروفة، أم موقع ساخر، أم جماعة ضغط، أم صفحة حزبية، أم متجر يبيع منتجًا.</p>",
            "<p>Don’t ask the site about itself; ask the internet about the site. Open a new tab and search for the name of the site or account with words like “owner”, “funding” or “credibility”. You don’t need a full investigation; sixty seconds is often enough to know <b>who is speaking</b>: a known news outlet, a satire site, a lobby group, a party page, or a shop selling a product.</p>")},
        {"type": "callout", "value": {"kind": "tip", "title": T("ما الذي تبحث عنه في دقيقة واحدة؟", "What to look for in one minute"),
            "body": T("<ul><li>هل تذكر وسائل إعلام أو موسوعات موثوقة هذا المصدر؟ وبأي وصف؟</li>"
                      "<li>متى أُنشئ الموقع أو الحساب؟ وهل غيّر اسمه مؤخرًا؟</li>"
                      "<li>من يملكه أو يموّله؟ وهل له مصلحة في الموضوع؟</li>"
                      "<li>هل للخبراء المذكورين وجود خارج هذا الموقع؟</li></ul>",
                      "<ul><li>Do reliable outlets or encyclopaedias mention this source, and how do they describe it?</li>"
                      "<li>When was the site or account created? Has it changed its name recently?</li>"
                      "<li>Who owns or funds it, and do they have an interest in the topic?</li>"
                      "<li>Do the experts it quotes exist anywhere outside this site?</li></ul>")}},
        {"type": "case_study", "value": {
            "claim": T("موقع «مرصد الحقيقة اليومي» (marsad-alhaqiqa.example): «دراسة علمية تثبت أن مشروبًا عشبيًا يشفي من السكري خلال شهر».",
                       "The site “Daily Truth Observatory” (marsad-alhaqiqa.example): “A scientific study proves a herbal drink cures diabetes within a month”."),
            "context": T("<p>الموقع مصمّم بعناية، وفيه صفحة «من نحن» تتحدث عن «فريق من الأطباء والباحثين»، وشارك المقال آلاف الأشخاص.</p>",
                         "<p>The site is carefully designed, with an “About us” page describing “a team of doctors and researchers”, and thousands of people shared the article.</p>"),
            "verdict": "false",
            "explanation": T(
                "<p>القراءة الجانبية كشفت الأمر خلال دقيقتين: سُجّل النطاق قبل ثلاثة أشهر فقط، ولا يرد اسم أي من «الأطباء» في مصدر آخر، والموقع يبيع المشروب نفسه في شريطه الجانبي. أما «الدراسة» فتجربة صغيرة على فئران لم تتحدث عن أي شفاء.</p>",
                "<p>Lateral reading exposed it within two minutes: the domain was registered only three months ago, none of the “doctors” is named in any other source, and the site sells the same drink in its sidebar. The “study” is a small experiment on mice that said nothing about any cure.</p>"),
            "sources": [T("سجل تسجيل النطاق (بيانات التسجيل العامة)", "Domain registration record (public registration data)"),
                        T("ملخص الدراسة الأصلية في مجلة علمية (متخيّلة)", "Abstract of the original study in a scientific journal (fictitious)")]}},
        {"type": "heading", "value": T("تمرين: ستون ثانية", "Exercise: sixty seconds")},
        {"type": "rich_text", "value": T(
            "<p>اختر ثلاثة مصادر صادفتها هذا الأسبوع: موقعًا وصفحة وحسابًا. سجّل أولًا انطباعك عن كل منها في كلمة واحدة. ثم امنح كل مصدر ستين ثانية من القراءة الجانبية، واكتب سطرًا واحدًا: «هذا المصدر هو ... ويديره أو يموّله ...». قارن النتيجة بانطباعك الأول: أين أصبت، وأين خدعك مظهر الصفحة؟</p>",
            "<p>Choose three sources you came across this week: a website, a page and an account. First, record your impression of each in one word. Then give each source sixty seconds of lateral reading and write one line: “This source is … and it is run or funded by …”. Compare the result with your first impression: where were you right, and where did the look of the page fool you?</p>")},
    ],
}

LESSON_3_2 = {
    "slug": "find-better-coverage-and-trace",
    "title": T("ابحث عن تغطية أفضل وتتبّع إلى الأصل", "Find better coverage and trace to the original"),
    "summary": T("الحركتان الأخيرتان في SIFT: مقارنة التغطيات، والعودة إلى الرقم أو الاقتباس أو الصورة في سياقها الأول.",
                 "The last two SIFT moves: comparing coverage, and going back to a number, quote or image in its first context."),
    "minutes": 20,
    "exercise_minutes": 10,
    "completion": "manual",
    "body": [
        {"type": "heading", "value": T("الحركة الثالثة: ابحث عن تغطية أفضل", "Move 3: Find better coverage")},
        {"type": "rich_text", "value": T(
            "<p>أحيانًا لا يهمّك المصدر بقدر ما يهمّك الادعاء نفسه. هنا ابحث عن الادعاء، لا عن المنشور: ما الذي تقوله وسائل إعلام مستقلة وموثوقة ومتعددة؟ هل نشرت الجهة المعنية شيئًا في موقعها؟ هل تناول فريق تحقق الموضوع؟ جرّب البحث بالعربية والإنجليزية وبالعبارات المحكية، وأضف كلمات مثل «تحقق» أو «حقيقة».</p>"
            "<p>وتذكّر: الخبر الكبير لا يبقى حبيس حساب واحد. إذا كانت الوزارة قد ألغت الامتحانات فعلًا فستجد الخبر في كل مكان خلال ساعة. أما إذا لم يذكره أحد سوى حساب مجهول، فهذه علامة بحد ذاتها.</p>",
            "<p>Sometimes you care less about the source than about the claim itself. Then search for the claim, not the post: what do several independent, reliable outlets say? Has the organisation concerned published anything on its website? Has a fact-checking team covered it? Try searching in Arabic, in English and with colloquial phrases, and add words such as “fact-check” or “truth”.</p>"
            "<p>Remember: big news does not stay locked inside one account. If the ministry really cancelled the exams, you would find the story everywhere within an hour. If nobody mentions it except an anonymous account, that is a clue in itself.</p>")},
        {"type": "heading", "value": T("الحركة الرابعة: تتبّع إلى الأصل", "Move 4: Trace to the original")},
        {"type": "rich_text", "value": T(
            "<p>تفقد الادعاءات والاقتباسات والصور سياقها كلما انتقلت: رقم يُقتطع من تقرير، وجملة تُقصّ من مقابلة، وفيديو يُحذف أوله وآخره. تتبّع المعلومة إلى أول من قالها: من؟ أين؟ متى؟ وفي أي سياق؟ افتح التقرير الأصلي وابحث عن الرقم بنفسك، واقرأ الفقرة كاملة، وتأكد من أن الاقتباس غير مبتور.</p>",
            "<p>Claims, quotes and images lose their context as they travel: a number is lifted from a report, a sentence is clipped from an interview, a video loses its beginning and end. Trace the information back to whoever first said it: who? where? when? in what context? Open the original report and find the number yourself, read the whole paragraph, and make sure the quote has not been truncated.</p>")},
        {"type": "case_study", "value": {
            "claim": T("«تقرير أممي: 70% من شباب المنطقة يريدون الهجرة».",
                       "“UN report: 70% of the region’s young people want to emigrate”."),
            "context": T("<p>انتشر الرقم في منشورات وبطاقات مصمّمة، ونقلته بعض المواقع في عناوينها دون رابط إلى التقرير.</p>",
                         "<p>The figure spread through posts and designed cards, and some sites used it in headlines without linking to the report.</p>"),
            "verdict": "misleading",
            "explanation": T(
                "<p>بالعودة إلى التقرير الأصلي تبيّن أن الرقم يخص استطلاعًا شمل 1200 خرّيج جامعي في مدينتين فقط، وأن السؤال كان «هل فكّرت في الهجرة خلال العام الماضي؟» لا «هل تريد الهجرة؟». الرقم موجود فعلًا، لكن نزعه من سياقه حوّل «التفكير» إلى «الرغبة»، وحوّل عيّنة محدودة إلى «شباب المنطقة» كلهم.</p>",
                "<p>Going back to the original report showed that the figure comes from a survey of 1,200 university graduates in only two cities, and that the question was “Have you thought about emigrating in the past year?”, not “Do you want to emigrate?”. The number is real, but taking it out of context turned “thinking about” into “wanting”, and a limited sample into “the region’s young people” as a whole.</p>"),
            "sources": [T("التقرير الأصلي، قسم المنهجية والصفحة 14 (تقرير متخيّل لوكالة أممية)", "The original report, methodology section and page 14 (fictitious UN agency report)"),
                        T("أول منشور تداول الرقم، بعد تتبّعه عبر البحث بالتاريخ", "The first post to circulate the figure, traced by searching by date")]}},
        {"type": "callout", "value": {"kind": "warning", "title": T("صفحة «مساعدات» تجمع بياناتك", "A “relief aid” page that harvests your data"),
            "body": T(
                "<p>بعد زلزال في منطقة ريفية ظهرت صفحة باسم «مساعدات الإغاثة العاجلة» تطلب من المتضررين التسجيل عبر الرابط relief-aid-register.example بإدخال رقم الهوية ورقم الهاتف وصورة البطاقة. تطبيق SIFT كشفها: قسم الشفافية في الصفحة يُظهر أنها أُنشئت قبل خمسة أيام وغيّرت اسمها ثلاث مرات، ولا تذكرها أي منظمة إغاثة معروفة، بل نشرت منظمة إغاثة (متخيّلة) تحذيرًا منها. هذا تضليل وتصيّد احتيالي معًا: الوعد كاذب، والهدف سرقة البيانات.</p>",
                "<p>After an earthquake in a rural area, a page called “Urgent Relief Aid” appeared asking victims to register through the link relief-aid-register.example by entering their ID number, phone number and a photo of their ID card. Applying SIFT exposed it: the page’s transparency section shows it was created five days earlier and changed its name three times; no known relief organisation mentions it, and a (fictitious) relief organisation actually published a warning about it. This is disinformation and phishing at once: the promise is false and the goal is to steal data.</p>")}},
        {"type": "checklist", "value": {"title": T("منهج SIFT في جيبك", "SIFT in your pocket"),
            "items": [
                T("توقّف: لاحظ انفعالك، وحدّد هدفك قبل أن تشارك.", "Stop: notice your emotion and define your goal before sharing."),
                T("تحقّق من المصدر: افتح تبويبًا جديدًا واسأل «من يتكلم؟».", "Investigate the source: open a new tab and ask “who is speaking?”."),
                T("ابحث عن تغطية أفضل: ابحث عن الادعاء لدى مصادر مستقلة متعددة.", "Find better coverage: look for the claim in several independent sources."),
                T("تتبّع إلى الأصل: عُد إلى أول ظهور للرقم أو الاقتباس أو الصورة.", "Trace to the original: go back to the first appearance of the number, quote or image."),
            ]}},
        {"type": "handout", "value": {
            "handout": "sift-pocket-card",
            "title": T("بطاقة SIFT للجيب", "SIFT pocket card", "Carte de poche SIFT"),
            "description": T("بطاقة قصيرة بصيغة PDF للطباعة أو الحفظ على الهاتف: الحركات الأربع، وأسئلة كل حركة، وعبارات بحث مقترحة.",
                             "A short PDF card to print or keep on your phone: the four moves, the questions for each, and suggested search phrases.",
                             "Une courte carte PDF à imprimer ou garder sur son téléphone : les quatre gestes, les questions de chacun et des recherches suggérées.")}},
        {"type": "local_resources", "value": {"title": T("في بلدك: منصات تدقيق المعلومات", "In your country: fact-checkers", "Dans votre pays : les vérificateurs de faits"), "kinds": ["fact_checker"], "countries": []}},
        {"type": "heading", "value": T("تمرين: تتبّع رقمًا", "Exercise: trace a number")},
        {"type": "rich_text", "value": T(
            "<p>ابحث عن منشور يستشهد برقم «وفق دراسة» أو «حسب تقرير». امنح نفسك عشر دقائق لتتبّعه إلى أصله، وسجّل: من نشره أولًا؟ ما الصياغة الأصلية؟ ما حجم العيّنة وتاريخها؟ ثم أجب: هل تغيّر الرقم أو معناه في الطريق؟ إن لم تجد الأصل خلال عشر دقائق، فاعتبر الادعاء «غير مثبت» لا «صحيحًا».</p>",
            "<p>Find a post that cites a figure “according to a study” or “according to a report”. Give yourself ten minutes to trace it to its origin, and record: who published it first? What was the original wording? What were the sample size and date? Then answer: did the number or its meaning change along the way? If you cannot find the origin within ten minutes, treat the claim as “unverified”, not “true”.</p>")},
        {"type": "quiz", "value": {"quiz": "disinfo-m3-practice"}},
    ],
}

MODULE_3 = {
    "slug": "lateral-reading-with-sift",
    "title": T("القراءة الجانبية بمنهج SIFT", "Lateral reading with SIFT"),
    "summary": T("أربع حركات سريعة لمعرفة من يقف وراء حساب أو موقع، والعثور على تغطية أفضل، وتتبّع المعلومة إلى أصلها.",
                 "Four quick moves to find out who is behind an account or site, find better coverage, and trace information to its origin."),
    "practice_quiz": "disinfo-m3-practice",
    "lessons": [LESSON_3_1, LESSON_3_2],
}


# ---------------------------------------------------------------------------
# Module 4 — Images and videos out of context
# ---------------------------------------------------------------------------

LESSON_4_1 = {
    "slug": "reverse-image-search",
    "title": T("الصورة الصحيحة في المكان الخطأ: البحث العكسي", "The right photo in the wrong place: reverse image search"),
    "summary": T("لماذا تضلّل الصور الحقيقية أكثر من المفبركة، وكيف تجد أقدم نسخة من صورة أو لقطة فيديو.",
                 "Why genuine photos mislead more than fabricated ones, and how to find the oldest copy of an image or video frame."),
    "minutes": 14,
    "exercise_minutes": 10,
    "completion": "manual",
    "body": [
        {"type": "heading", "value": T("صورة حقيقية، قصة مزيّفة", "A real photo, a fake story")},
        {"type": "rich_text", "value": T(
            "<p>معظم الصور المضلّلة ليست مفبركة، بل صور حقيقية بتعليق كاذب: فيضان قديم يُقدَّم على أنه حدث اليوم، أو دمار من حرب في بلد آخر، أو مظاهرة جرت قبل سنوات. ولأن الصورة أصلية فهي تنجح في اختبار «هل تبدو معدّلة؟». لذلك السؤال الصحيح ليس «هل الصورة حقيقية؟» بل <b>«هل هي ما يقولون إنها هي: في هذا المكان، وفي هذا الزمان، ومن هذا الحدث؟»</b></p>",
            "<p>Most misleading images are not fabricated; they are genuine photos with false captions: an old flood presented as today’s, destruction from a war in another country, a protest that happened years ago. Because the photo is authentic, it passes the “does it look edited?” test. So the right question is not “is the photo real?” but <b>“is it what they say it is: in this place, at this time, from this event?”</b></p>")},
        {"type": "glossary_term", "value": {"term": "reverse-image-search"}},
        {"type": "heading", "value": T("كيف يعمل البحث العكسي؟", "How does reverse image search work?")},
        {"type": "rich_text", "value": T(
            "<p>بدل أن تكتب كلمات، تعطي محرّك البحث الصورة نفسها، فيعرض لك الأماكن التي ظهرت فيها الصورة أو صور مشابهة لها. الخطوات:</p>"
            "<ol><li>احفظ الصورة أو التقط لقطة شاشة لها.</li>"
            "<li>اقتصّ الجزء الأهم، وأزل النصوص والشعارات المضافة فوقها.</li>"
            "<li>ارفعها إلى أكثر من محرّك بحث بالصور.</li>"
            "<li>رتّب النتائج أو تصفّحها بحثًا عن <b>أقدم ظهور</b>، واقرأ التعليق الأصلي.</li></ol>"
            "<p>وفي الفيديو التقط لقطات شاشة عند تغيّر المشاهد، وابحث عن كل لقطة على حدة. إذا ظهرت الصورة على الإنترنت قبل الحدث المزعوم، فالادعاء خاطئ مهما بدت مقنعة.</p>",
            "<p>Instead of typing words, you give the search engine the image itself, and it shows you where that image, or similar ones, has appeared. The steps:</p>"
            "<ol><li>Save the image or take a screenshot of it.</li>"
            "<li>Crop the most important part and remove text and logos added on top.</li>"
            "<li>Upload it to more than one image search engine.</li>"
            "<li>Sort or browse the results looking for the <b>earliest appearance</b>, and read the original caption.</li></ol>"
            "<p>For video, take screenshots at scene changes and search for each frame separately. If the image appeared online before the claimed event, the claim is false, however convincing it looks.</p>")},
        {"type": "image", "value": {
            "file": "reverse-image-search-steps.svg",
            "alt": T("مخطط من أربع خطوات من اليمين إلى اليسار: احفظ الصورة، اقتصّ الجزء المهم، ابحث في أكثر من محرّك، جد أقدم ظهور.",
                     "Four-step flow chart from right to left: save the image, crop the key part, search in more than one engine, find the earliest appearance."),
            "caption": T("أربع خطوات للبحث العكسي عن صورة.", "Four steps of a reverse image search.")}},
        {"type": "callout", "value": {"kind": "tip", "title": T("جرّب أكثر من محرّك", "Try more than one engine"),
            "body": T("<p>تفهرس محرّكات البحث مواقع مختلفة، وبعضها أفضل في التعرّف على الأماكن وبعضها في الوجوه أو المنتجات. إذا لم تجد شيئًا في محرّك، فلا تستنتج أن الصورة جديدة: جرّب محرّكًا آخر، وقصًّا مختلفًا، وكلمات وصفية مثل «فيضان شارع سيارات» مع اسم المدينة.</p>",
                      "<p>Search engines index different sites, and some are better at recognising places while others do better with faces or products. If one engine finds nothing, do not conclude that the image is new: try another engine, a different crop, and descriptive words such as “flood street cars” with the city name.</p>")}},
        {"type": "case_study", "value": {
            "claim": T("صورة متداولة: «السيول تغمر شوارع مدينتنا الساحلية الآن، والسيارات عالقة».",
                       "Circulating photo: “Floods are swamping the streets of our coastal city right now, cars are stranded”."),
            "context": T("<p>نُشرت الصورة في يوم ممطر على صفحة محلية باسم «أخبار الساحل لحظة بلحظة»، وشاركها أكثر من ثلاثة آلاف شخص خلال ساعتين.</p>",
                         "<p>The photo was posted on a rainy day by a local page called “Coast News Minute by Minute” and shared by more than three thousand people within two hours.</p>"),
            "verdict": "false",
            "explanation": T(
                "<p>أظهر البحث العكسي أن الصورة منشورة منذ عام 2019 في تقرير عن فيضانات في بلد آخر. وداخل الصورة أدلة تؤكد ذلك: لافتات المحلات بلغة غير مستخدمة في المدينة، ولوحات السيارات بشكل مختلف. كما سجّلت هيئة الأرصاد أمطارًا خفيفة فقط ذلك اليوم. هذه صورة قديمة في سياق جديد.</p>",
                "<p>A reverse image search showed the photo had been online since 2019, in a report about floods in another country. The image itself contains supporting clues: shop signs in a language not used in the city, and licence plates of a different design. The meteorological office recorded only light rain that day. This is an old photo in a new context.</p>"),
            "sources": [T("أقدم نسخة من الصورة في أرشيف موقع إخباري (متخيّل) بتاريخ 2019", "The earliest copy of the photo in a news site’s archive (fictitious), dated 2019"),
                        T("النشرة اليومية لهيئة الأرصاد الجوية (متخيّلة)", "The daily bulletin of the meteorological office (fictitious)")]}},
        {"type": "callout", "value": {"kind": "example", "title": T("أدلة داخل الصورة نفسها", "Clues inside the image itself"),
            "body": T("<ul><li>اللغة والخط على اللافتات، وأرقام الهواتف ورموز الدول فيها.</li>"
                      "<li>لوحات السيارات وجهة القيادة.</li><li>النباتات والملابس: هل تناسب الموسم والمكان؟</li>"
                      "<li>الطقس: هل يتّفق مع ما سجّلته الأرصاد في ذلك اليوم؟</li></ul>",
                      "<ul><li>The language and script on signs, and the phone numbers and country codes on them.</li>"
                      "<li>Licence plates and which side of the road people drive on.</li><li>Plants and clothing: do they fit the season and the place?</li>"
                      "<li>Weather: does it match what the meteorological office recorded that day?</li></ul>")}},
        {"type": "heading", "value": T("نشاط تفاعلي: هل تثبت الصورة القديمة حدث اليوم؟",
                                       "Interactive activity: does an old photo prove today's event?")},
        {"type": "h5p", "value": {"package": "old_photo", "completes_lesson": False}},
        {"type": "callout", "value": {"kind": "tip", "title": T("نشاط تدريبي إضافي", "One more practice item"),
            "body": T("<p>النشاط التالي سؤال قصير بصيغة «صحيح أم خطأ» يعرّفك بطريقة عمل الأنشطة التفاعلية في بصيرة: "
                      "اختر إجابتك فيظهر لك السبب. نتيجتك تُحفظ في سجلّك.</p>",
                      "<p>The next activity is a short true-or-false item that shows how interactive activities "
                      "work in Basira: choose your answer and the reason appears. Your result is saved in your record.</p>")}},
        {"type": "h5p", "value": {"package": "urgent_link", "completes_lesson": False}},
        {"type": "local_resources", "value": {"title": T("أدوات تحقق مجانية", "Free verification tools", "Outils de vérification gratuits"), "kinds": ["verification_tool"], "countries": []}},
        {"type": "heading", "value": T("تمرين: ابحث عن أقدم نسخة", "Exercise: find the oldest copy")},
        {"type": "rich_text", "value": T(
            "<p>اختر صورة مؤثّرة تداولتها مجموعاتك هذا الأسبوع. ابحث عنها عكسيًا في محرّكين على الأقل، وسجّل: أقدم تاريخ وجدته، والتعليق الأصلي، وهل يطابق ما يقوله المنشور الجديد. إن لم تجد أي نتيجة فاكتب «غير مثبت»، لا «صحيح»: غياب الدليل على القدم ليس دليلًا على الجِدّة.</p><p>ثم فكّر: لو تبيّن أن الصورة قديمة، كيف ستخبر من أرسلها إليك بلطف، دون أن تحرجه أمام أفراد المجموعة؟</p>",
            "<p>Choose a striking image that circulated in your groups this week. Run a reverse search in at least two engines and record the earliest date you found, the original caption, and whether it matches what the new post says. If you find nothing, write “unverified”, not “true”: the absence of evidence that it is old is not evidence that it is new.</p><p>Then reflect: if the photo turns out to be old, how will you tell the person who sent it to you, kindly and without embarrassing them in front of the group?</p>")},
    ],
}

LESSON_4_2 = {
    "slug": "dates-places-and-fakes",
    "title": T("أين ومتى؟ والتزييف من الرخيص إلى العميق", "Where and when? And fakes from cheap to deep"),
    "summary": T("التحقق من مكان الصورة وزمانها، وكشف لقطات الشاشة المعدّلة والمقاطع المقصوصة والمحتوى المولّد آليًا.",
                 "Checking where and when an image was taken, and spotting doctored screenshots, clipped videos and machine-generated content."),
    "minutes": 25,
    "exercise_minutes": 15,
    "completion": "manual",
    "body": [
        {"type": "heading", "value": T("أين التُقطت؟", "Where was it taken?")},
        {"type": "rich_text", "value": T(
            "<p>تحديد المكان يعتمد على ملاحظة صبورة: مئذنة أو جسر أو جبل مميّز، ولافتات المحلات وأرقام الهواتف، وعلامات الطريق، ثم المقارنة بصور الأقمار الصناعية وصور الشوارع المتاحة في خدمات الخرائط. ابدأ من العلامة الأكثر تميّزًا، وضيّق البحث خطوة بعد خطوة.</p>",
            "<p>Locating an image relies on patient observation: a distinctive minaret, bridge or mountain, shop signs and phone numbers, road markings, and then comparison with satellite images and street-level imagery available in mapping services. Start from the most distinctive feature and narrow the search step by step.</p>")},
        {"type": "heading", "value": T("متى التُقطت؟", "When was it taken?")},
        {"type": "rich_text", "value": T(
            "<p>تاريخ المنشور ليس تاريخ التصوير. ابحث عن أدلة الزمن: طول الظلال واتجاهها، والطقس مقارنة بأرشيف الأرصاد، والموسم من الأشجار والملابس، واللافتات المؤقتة مثل ملصقات انتخابات أو زينة رمضان. أما البيانات الوصفية المخزّنة في ملف الصورة فتحذفها معظم المنصات عند الرفع، فلا تعتمد عليها وحدها.</p>",
            "<p>The date of a post is not the date the picture was taken. Look for evidence of time: the length and direction of shadows, the weather compared with the meteorological archive, the season from trees and clothing, and temporary signs such as election posters or Ramadan decorations. Most platforms strip the metadata stored in an image file when it is uploaded, so do not rely on it alone.</p>")},
        {"type": "heading", "value": T("من التزييف الرخيص إلى التزييف العميق", "From cheapfakes to deepfakes")},
        {"type": "rich_text", "value": T(
            "<p><b>التزييف الرخيص</b> تعديل بسيط لا يحتاج إلى ذكاء اصطناعي: إبطاء فيديو ليبدو المتحدث مخمورًا، أو قصّ جملة من سياقها، أو تعديل لقطة شاشة لشريط «عاجل» أو لتغريدة. وهو الأكثر انتشارًا لأنه سهل وسريع.</p>"
            "<p>أما <b>التزييف العميق</b> فمحتوى يولّده الذكاء الاصطناعي: وجه أو صوت لشخص يقول ما لم يقله. قد تلاحظ أحيانًا أخطاء في الفم والأسنان وحواف الشعر، أو نبرة صوت مسطّحة. لكن هذه العلامات تختفي مع تطوّر التقنية، لذلك يبقى السؤال عن المصدر والأصل عبر SIFT أوثق من تفحّص البكسلات.</p>",
            "<p>A <b>cheapfake</b> is a simple edit that needs no artificial intelligence: slowing a video so the speaker seems drunk, clipping a sentence out of context, or doctoring a screenshot of a “breaking news” banner or a tweet. It is the most common kind because it is quick and easy.</p>"
            "<p>A <b>deepfake</b> is content generated by artificial intelligence: a person’s face or voice saying something they never said. You may sometimes notice errors around the mouth and teeth or the edges of the hair, or a flat tone of voice. But these signs disappear as the technology improves, so asking about the source and the original through SIFT remains more reliable than inspecting pixels.</p>")},
        {"type": "glossary_term", "value": {"term": "cheapfake"}},
        {"type": "glossary_term", "value": {"term": "deepfake"}},
        {"type": "case_study", "value": {
            "claim": T("لقطة شاشة لشريط «عاجل» على «قناة الأفق الإخبارية»: «الحكومة ترفع سعر الخبز 50% ابتداءً من الغد».",
                       "Screenshot of a “breaking” banner on “Al-Ufuq News Channel”: “Government raises bread price by 50% from tomorrow”."),
            "context": T("<p>انتشرت اللقطة على واتساب وتيك توك، ولا يظهر فيها سوى الشريط والشعار دون أي مقطع فيديو.</p>",
                         "<p>The screenshot spread on WhatsApp and TikTok; it shows only the banner and the logo, with no video clip.</p>"),
            "verdict": "false",
            "explanation": T(
                "<p>هذا تزييف رخيص: الخط المستخدم في الشريط يختلف عن خط القناة المعتاد، وأرشيف بثّ القناة في الساعة المذكورة لا يحوي هذا الخبر. كما أن قالب الشريط مطابق لقالب في تطبيق يتيح «صنع خبر عاجل» لأي قناة. ولم تنشر أي وسيلة أخرى قرارًا برفع سعر الخبز.</p>",
                "<p>This is a cheapfake: the banner’s font differs from the channel’s usual font, and the channel’s broadcast archive for that hour contains no such story. The banner template matches one in an app that lets anyone “make breaking news” for any channel. No other outlet reported a decision to raise bread prices.</p>"),
            "sources": [T("أرشيف بثّ القناة (متخيّلة) في التاريخ والساعة المذكورين", "The channel’s (fictitious) broadcast archive for the stated date and hour"),
                        T("مقارنة القالب بتطبيقات توليد الأخبار العاجلة", "Comparison of the template with fake-breaking-news apps")]}},
        {"type": "case_study", "value": {
            "claim": T("تسجيل صوتي منسوب إلى محافظ (متخيّل) يهدّد فيه المحتجّين بالسجن.",
                       "An audio recording attributed to a (fictitious) governor threatening protesters with prison."),
            "context": T("<p>التسجيل مدته أربعون ثانية، بلا فيديو، ونشره أولًا حساب مجهول أُنشئ يوم النشر نفسه.</p>",
                         "<p>The recording is forty seconds long, with no video, and was first posted by an anonymous account created the same day.</p>"),
            "verdict": "unverified",
            "explanation": T(
                "<p>لا يمكن تأكيد التسجيل أو نفيه حتى الآن: لا مصدر أصلي معروف، ومكتب المحافظ نفاه، وأدوات كشف الصوت المولّد لم تعطِ نتيجة حاسمة. في مثل هذه الحالة الصحيح أن تقول «غير مثبت»، وألّا تعيد نشر التسجيل حتى لو كنت تنتقده.</p>",
                "<p>The recording can be neither confirmed nor refuted yet: there is no known original source, the governor’s office denied it, and tools for detecting synthetic audio gave no conclusive result. In such a case the right verdict is “unverified”, and you should not republish the recording, even to criticise it.</p>"),
            "sources": [T("بيان مكتب المحافظ (متخيّل)", "Statement by the governor’s office (fictitious)"),
                        T("نتيجة فحص بأداتين لكشف الصوت المولّد", "Results from two synthetic-audio detection tools")]}},
        {"type": "checklist", "value": {"title": T("قبل أن تنشر صورة أو مقطعًا", "Before you publish an image or clip"),
            "items": [
                T("وجدت أقدم نسخة منها وقرأت تعليقها الأصلي.", "I found its oldest copy and read its original caption."),
                T("طابقت المكان مع علامة مميّزة أو خريطة.", "I matched the place with a landmark or a map."),
                T("تأكدت من أن الطقس والموسم يناسبان التاريخ المزعوم.", "I checked that the weather and season fit the claimed date."),
                T("عرفت من صوّرها أو من نشرها أولًا.", "I know who filmed it or who posted it first."),
                T("شاهدت المقطع كاملًا، لا الجزء المقصوص فقط.", "I watched the full clip, not just the clipped part."),
                T("إن بقي الشك، وصفتها بأنها «غير مثبتة».", "If doubt remains, I described it as “unverified”."),
            ]}},
        {"type": "handout", "value": {
            "handout": "verification-log",
            "title": T("سجلّ التحقق من الصور والمقاطع", "Image and video verification log", "Journal de vérification des images et vidéos"),
            "description": T("نموذج PDF تملؤه لكل صورة أو مقطع: المصدر، وأقدم ظهور، والمكان، والزمان، والحكم، والأدلة. مفيد لغرف الأخبار والفرق.",
                             "A PDF form to fill in for every image or clip: source, earliest appearance, place, time, verdict and evidence. Useful for newsrooms and teams.",
                             "Un formulaire PDF à remplir pour chaque image ou vidéo : source, première apparition, lieu, date, verdict et preuves. Utile aux rédactions et aux équipes.")}},
        {"type": "heading", "value": T("تمرين: املأ سجلّ التحقق", "Exercise: fill in the verification log")},
        {"type": "rich_text", "value": T(
            "<p>نزّل سجلّ التحقق، واختر صورة أو مقطعًا قصيرًا من أخبار هذا الأسبوع. املأ كل خانة، حتى لو كانت الإجابة «لم أجد». ثم اكتب حكمك من بين أربعة: صحيح، أو مضلّل، أو خاطئ، أو غير مثبت، مع جملة تشرح السبب. شارك السجلّ مع زميل واطلب منه أن يراجع أدلتك.</p>",
            "<p>Download the verification log and choose an image or a short clip from this week’s news. Fill in every field, even if the answer is “not found”. Then write your verdict, one of four: true, misleading, false or unverified, with a sentence explaining why. Share the log with a colleague and ask them to review your evidence.</p>")},
        {"type": "quiz", "value": {"quiz": "disinfo-m4-practice"}},
    ],
}

MODULE_4 = {
    "slug": "images-and-videos-out-of-context",
    "title": T("الصور والمقاطع خارج سياقها", "Images and videos out of context"),
    "summary": T("البحث العكسي عن الصور، والتحقق من المكان والزمان، وكشف التزييف الرخيص والعميق.",
                 "Reverse image search, checking place and time, and spotting cheapfakes and deepfakes."),
    "practice_quiz": "disinfo-m4-practice",
    "lessons": [LESSON_4_1, LESSON_4_2],
}


# ---------------------------------------------------------------------------
# Module 5 — Hate speech and incitement
# ---------------------------------------------------------------------------

LESSON_5_1 = {
    "slug": "disinformation-targeting-minorities",
    "title": T("حين تصبح الشائعة وقودًا للكراهية", "When a rumour becomes fuel for hatred"),
    "summary": T("كيف يستهدف التضليل اللاجئين والأقليات الدينية والعرقية، والفرق بين الكلام المسيء والتحريض على العنف.",
                 "How disinformation targets refugees and religious and ethnic minorities, and the difference between offensive speech and incitement to violence."),
    "minutes": 12,
    "exercise_minutes": 8,
    "completion": "manual",
    "body": [
        {"type": "heading", "value": T("النمط المتكرّر", "The recurring pattern")},
        {"type": "rich_text", "value": T(
            "<p>يستهدف التضليل غالبًا الأضعف صوتًا: اللاجئين، والعمال المهاجرين، والأقليات الدينية والعرقية. والنمط يتكرّر: جريمة أو أزمة حقيقية، ثم شائعة تلصقها بجماعة كاملة، ثم لغة تنزع عن أفراد هذه الجماعة إنسانيتهم، ثم دعوة إلى «فعل شيء». وقد سبقت الشائعاتُ أعمالَ عنف ضد جماعات كثيرة في التاريخ القريب، لأن من يصدّق أن جيرانه «خطر» يصبح أكثر تقبّلًا لإيذائهم.</p>"
            "<p>وقد توقّف المؤتمر الدولي حول وسائل التواصل الاجتماعي في الدوحة عند هذه المسألة، فأشار إلى أن المنصات تسهم أحيانًا في التحريض ونشر الكراهية واستهداف الأديان والرموز الدينية والأقليات، وطالب في الوقت نفسه بقوانين واضحة لا مبهمة.</p>",
            "<p>Disinformation often targets those with the weakest voice: refugees, migrant workers, and religious and ethnic minorities. The pattern repeats: a real crime or crisis, then a rumour that pins it on a whole group, then language that strips members of that group of their humanity, then a call to “do something”. Rumours have preceded violence against many communities in recent history, because someone who believes their neighbours are “a danger” becomes more willing to accept harm being done to them.</p>"
            "<p>The international conference on social media held in Doha addressed this question, noting that platforms sometimes contribute to incitement, the spread of hatred and the targeting of religions, religious symbols and minorities, while also calling for laws that are clear rather than vague.</p>")},
        {"type": "quote", "value": {
            "text": T("ضرورة العمل لضمان أن يجرّم القانون الخطاب الذي يحرّض على العنف، وإيجاد آليات شفافة للتصدي لإساءة استخدام منصات التواصل الاجتماعي.",
                      "The need to work to ensure that the law criminalises speech that incites violence, and to create transparent mechanisms for tackling the misuse of social media platforms."),
            "source": T("من توصيات المؤتمر الدولي حول وسائل التواصل الاجتماعي: التحديات وسبل دعم الحريات وحماية النشطاء، الدوحة (بتصرّف يسير)",
                        "From the recommendations of the International Conference on Social Media: Challenges and Ways to Support Freedoms and Protect Activists, Doha (lightly adapted)")}},
        {"type": "heading", "value": T("الإساءة ليست دائمًا تحريضًا", "Offence is not always incitement")},
        {"type": "rich_text", "value": T(
            "<p>الكلام المسيء أو الجارح شيء، والتحريض على التمييز أو العداء أو العنف شيء آخر. تنظر المعايير الدولية، ومنها خطة عمل الرباط، إلى عدة عناصر معًا: السياق، ومكانة المتحدث، ونيّته، ومضمون الكلام، ومدى انتشاره، واحتمال أن يؤدي فعلًا إلى أذى قريب. هذا التمييز مهم لسببين: حتى نتعامل بجدّية مع التحريض الحقيقي، وحتى لا تُستخدم قوانين فضفاضة عن «الكراهية» لإسكات الصحفيين والمنتقدين. تتناول دورة «حقوقك الرقمية» هذا الموضوع بتفصيل أكبر.</p>",
            "<p>Offensive or hurtful speech is one thing; incitement to discrimination, hostility or violence is another. International standards, including the Rabat Plan of Action, look at several elements together: the context, the speaker’s standing, their intent, the content, its reach, and the likelihood that it will actually lead to imminent harm. The distinction matters for two reasons: so that real incitement is taken seriously, and so that loose laws about “hatred” are not used to silence journalists and critics. The “Your digital rights” course covers this in more detail.</p>")},
        {"type": "content_warning", "value": {
            "warning": T("يحتوي المثال التالي على خطاب كراهية وتحريض على العنف ضد لاجئين. المنشور متخيَّل بالكامل وكُتب لأغراض التدريب.",
                         "The following example contains hate speech and incitement to violence against refugees. The post is entirely fictitious and was written for training purposes."),
            "body": T(
                "<p><b>صوت الحي</b> ‎@sout_alhay_24<br/>«عصابات اللاجئين خطفت طفلة من الحي الشمالي أمس! هؤلاء ليسوا بشرًا، إنهم وباء ينتشر في شوارعنا. إن لم تتحرك الدولة فسنطهّر حيّنا بأيدينا الليلة. انشروا عناوين بيوتهم!»</p>"
                "<p><b>التشريح:</b></p><ul>"
                "<li><b>ادعاء كاذب</b> يلصق جريمة مزعومة بجماعة كاملة.</li>"
                "<li><b>نزع الإنسانية:</b> «ليسوا بشرًا» و«وباء».</li>"
                "<li><b>دعوة صريحة إلى العنف</b> بزمان محدّد: «سنطهّر حيّنا بأيدينا الليلة».</li>"
                "<li><b>دعوة إلى نشر العناوين</b>، وهي تعريض مباشر لأشخاص محدّدين للخطر.</li></ul>"
                "<p>هذا المنشور يتجاوز الإساءة إلى التحريض: فيه متحدث يخاطب جمهورًا محليًا، ونيّة معلنة، ودعوة إلى فعل عنيف وشيك، ووسيلة للوصول إلى الضحايا.</p>",
                "<p><b>Voice of the Neighbourhood</b> @sout_alhay_24<br/>“Refugee gangs kidnapped a girl from the northern district yesterday! These are not humans, they are a plague spreading through our streets. If the state doesn’t act, we will cleanse our neighbourhood with our own hands tonight. Share their home addresses!”</p>"
                "<p><b>Anatomy:</b></p><ul>"
                "<li><b>A false claim</b> pinning an alleged crime on a whole group.</li>"
                "<li><b>Dehumanisation:</b> “not humans” and “a plague”.</li>"
                "<li><b>An explicit call to violence</b> with a set time: “we will cleanse our neighbourhood with our own hands tonight”.</li>"
                "<li><b>A call to share addresses</b>, which directly puts specific people in danger.</li></ul>"
                "<p>This post goes beyond offence into incitement: a speaker addressing a local audience, a declared intent, a call for imminent violent action, and a way to reach the victims.</p>")}},
        {"type": "case_study", "value": {
            "claim": T("«طفلة خُطفت على يد لاجئين في الحي الشمالي».",
                       "“A girl was kidnapped by refugees in the northern district”."),
            "context": T("<p>رافقت الادعاءَ صورةٌ لرجال مقيّدين قيل إنهم «الخاطفون»، وانتشر في مجموعات الحي خلال ليلة واحدة.</p>",
                         "<p>The claim came with a photo of handcuffed men said to be “the kidnappers”, and spread through neighbourhood groups in a single night.</p>"),
            "verdict": "false",
            "explanation": T(
                "<p>أعلنت الشرطة أن الطفلة وُجدت بعد ساعتين في بيت قريبة لها، وأنه لا توجد أي شبهة جنائية. وأظهر البحث العكسي أن صورة «الخاطفين» تعود إلى عملية قبض لا علاقة لها بالحادثة، في بلد آخر عام 2021. الشائعة جمعت بين صورة خارج سياقها والاستقطاب ضد جماعة كاملة.</p>",
                "<p>The police announced that the girl was found two hours later at a relative’s house and that there was no suspicion of any crime. A reverse image search showed that the photo of the “kidnappers” came from an unrelated arrest in another country in 2021. The rumour combined an out-of-context photo with polarisation against a whole group.</p>"),
            "sources": [T("بيان مديرية الشرطة المحلية (متخيّلة)", "Statement by the local police directorate (fictitious)"),
                        T("أقدم نسخة من الصورة في تقرير إخباري عام 2021 (متخيّل)", "The earliest copy of the photo in a 2021 news report (fictitious)")]}},
        {"type": "checklist", "value": {"title": T("علامات حمراء: خطاب يتحوّل إلى تحريض", "Red flags: speech turning into incitement"),
            "items": [
                T("تعميم جريمة فرد أو إشاعة عنها على جماعة كاملة.", "Generalising one person’s crime, or a rumour about it, to a whole group."),
                T("كلمات تنزع الإنسانية: «حشرات»، «وباء»، «سرطان».", "Dehumanising words: “insects”, “plague”, “cancer”."),
                T("دعوة إلى فعل محدّد بزمان أو مكان.", "A call for specific action with a time or place."),
                T("نشر أسماء أو عناوين أو صور أفراد من الجماعة المستهدفة.", "Publishing names, addresses or photos of members of the targeted group."),
                T("رموز وكلمات مشفّرة يفهمها الجمهور المقصود وحده.", "Coded words and symbols only the intended audience understands."),
            ]}},
        {"type": "heading", "value": T("تأمّل", "Reflection")},
        {"type": "rich_text", "value": T(
            "<p>فكّر في جماعة في مجتمعك كثيرًا ما تكون موضوعًا للشائعات. ما الشائعات المتكرّرة عنها؟ ومن يستفيد من انتشارها؟ ثم تخيّل أنك صحفي يغطّي جريمة حقيقية ارتكبها فرد من هذه الجماعة: كيف تكتب الخبر بدقة دون أن تحمّل الجماعة كلها المسؤولية؟ اكتب العنوان الذي ستختاره.</p>",
            "<p>Think of a group in your society that is often the subject of rumours. What are the recurring rumours about it, and who benefits from their spread? Then imagine you are a journalist covering a real crime committed by one member of that group: how do you report it accurately without making the whole group responsible? Write the headline you would choose.</p>")},
    ],
}

LESSON_5_2 = {
    "slug": "respond-without-amplifying",
    "title": T("الرد دون تضخيم، وخلاصة الدورة", "Responding without amplifying, and course wrap-up"),
    "summary": T("متى تصحّح ومتى تتجاهل، وكيف تكتب «شطيرة الحقيقة»، وكيف توثّق المحتوى المؤذي، ثم الاختبار النهائي.",
                 "When to correct and when to ignore, how to write a “truth sandwich”, how to document harmful content, then the final test."),
    "minutes": 44,
    "exercise_minutes": 8,
    "completion": "quiz",
    "body": [
        {"type": "heading", "value": T("معضلة التغطية", "The coverage dilemma")},
        {"type": "rich_text", "value": T(
            "<p>يواجه الصحفيون والناشطون معضلة حقيقية: تجاهل الشائعة يتركها تنتشر، وتغطيتها قد تنقلها إلى جمهور لم يسمع بها من قبل. القاعدة العملية: إذا كانت الشائعة محصورة في دائرة صغيرة فقد يكون الامتناع عن تغطيتها أفضل، مع متابعتها. أما إذا وصلت إلى جمهور واسع، أو صارت تهدّد سلامة أشخاص، فالتصحيح واجب.</p><p>قبل أن تقرّر، اسأل نفسك ثلاثة أسئلة: كم شخصًا سمع بالشائعة فعلًا؟ هل يهدّد انتشارها سلامة أحد؟ وهل لديّ معلومة جديدة موثّقة أضيفها، لا مجرد تكرار للنفي؟</p>",
            "<p>Journalists and activists face a real dilemma: ignoring a rumour lets it spread, while covering it may carry it to an audience that had never heard of it. The practical rule: if the rumour is confined to a small circle, it may be better not to cover it, while keeping an eye on it. If it has reached a wide audience, or has started to threaten people’s safety, correcting it is a duty.</p><p>Before deciding, ask yourself three questions: how many people have actually heard the rumour? Does its spread threaten anyone’s safety? And do I have new, documented information to add, not just a repeated denial?</p>")},
        {"type": "heading", "value": T("شطيرة الحقيقة", "The truth sandwich")},
        {"type": "rich_text", "value": T(
            "<p>حين تصحّح، لا تبدأ بالكذبة ولا تكرّر عنوانها الجذاب. استخدم «شطيرة الحقيقة»: ابدأ بالحقيقة، ثم اذكر الادعاء الكاذب مرة واحدة باختصار مع تسمية أسلوبه، ثم عُد إلى الحقيقة مع مصدرها. بهذا تبقى الحقيقة هي أول ما يقرأه الناس وآخر ما يتذكّرونه.</p>",
            "<p>When you correct, do not start with the lie and do not repeat its catchy headline. Use a “truth sandwich”: start with the truth, then mention the false claim once, briefly, naming its technique, then return to the truth with its source. That way the truth is the first thing people read and the last thing they remember.</p>")},
        {"type": "glossary_term", "value": {"term": "truth-sandwich"}},
        {"type": "callout", "value": {"kind": "example", "title": T("شطيرة حقيقة لشائعة الخطف", "A truth sandwich for the kidnapping rumour"),
            "body": T(
                "<p><b>الحقيقة:</b> الطفلة التي فُقدت في الحي الشمالي عادت إلى أهلها سالمة بعد ساعتين، وأكدت الشرطة أنه لا توجد أي جريمة.<br/>"
                "<b>الادعاء:</b> تتداول حسابات مجهولة ادعاءً كاذبًا يتّهم لاجئين بخطفها، مع صورة قديمة من بلد آخر.<br/>"
                "<b>الحقيقة مجددًا:</b> لا علاقة لأي شخص بما حدث؛ وبيان الشرطة منشور في صفحتها الرسمية. لا تشاركوا عناوين أو صور أي شخص.</p>",
                "<p><b>Truth:</b> the girl who went missing in the northern district returned safely to her family after two hours, and the police confirmed there was no crime.<br/>"
                "<b>Claim:</b> anonymous accounts are circulating a false claim accusing refugees of kidnapping her, with an old photo from another country.<br/>"
                "<b>Truth again:</b> nobody was involved in what happened; the police statement is on its official page. Do not share anyone’s address or photo.</p>")}},
        {"type": "checklist", "value": {"title": T("علامات حمراء: كيف نضخّم الشائعة دون قصد", "Red flags: how we amplify a rumour without meaning to"),
            "items": [
                T("إعادة نشر المنشور الأصلي مع تعليق ساخر أو غاضب.", "Reposting the original post with a sarcastic or angry comment."),
                T("نشر لقطة شاشة يظهر فيها نص الكذبة وعنوانها بوضوح أكبر من التصحيح.", "Sharing a screenshot in which the lie and its headline are more visible than the correction."),
                T("وضع الكذبة في عنوان التقرير، ولو بصيغة سؤال.", "Putting the lie in the headline of the report, even as a question."),
                T("ذكر اسم حساب المحرّض أو وسمه فيمنحه جمهورًا جديدًا.", "Naming the inciting account or its hashtag, giving it a new audience."),
                T("نشر صور الضحايا أو عناوينهم بحجة التضامن معهم.", "Publishing victims’ photos or addresses in the name of solidarity."),
            ]}},
        {"type": "callout", "value": {"kind": "tip", "title": T("وثّق قبل أن يُحذف", "Document before it is deleted"),
            "body": T("<p>التقط لقطة شاشة تُظهر اسم الحساب والتاريخ والنص كاملًا، واحفظ الرابط في ملف نصي، واحتفظ بنسخة في مكان آمن. ثم أبلغ المنصة مستخدمًا فئة «التحريض على العنف» أو «خطاب الكراهية». وإذا تضمّن المنشور تهديدًا لأشخاص محدّدين، فتواصل معهم أو مع منظمة تدعمهم، ولا تنشر التوثيق علنًا قبل التفكير في سلامتهم.</p>",
                      "<p>Take a screenshot showing the account name, the date and the full text, save the link in a text file, and keep a copy somewhere safe. Then report it to the platform using the “incitement to violence” or “hate speech” category. If the post threatens specific people, contact them or an organisation that supports them, and do not publish your documentation before thinking about their safety.</p>")}},
        {"type": "heading", "value": T("خلاصة الدورة", "Course wrap-up")},
        {"type": "rich_text", "value": T(
            "<p>تعلّمت في هذه الدورة لماذا تنتشر الشائعة أسرع من تصحيحها، وكيف تعرف الأساليب الستة للتلاعب، وكيف تقرأ جانبيًا بمنهج SIFT، وكيف تتحقق من الصور والمقاطع، وكيف تردّ على خطاب الكراهية دون أن تضخّمه. والأهم أن الهدف ليس أن تشكّ في كل شيء، بل أن <b>تميّز</b>: أن تثق بالموثوق وترفض المضلّل. ستجد بعد الاختبار النهائي اختبارًا قصيرًا يقيس هذا التمييز، وننصحك بالعودة بعد أسبوع لحل تمارين الوحدات مرة أخرى، لأن المراجعة تثبّت المهارة.</p>",
            "<p>In this course you learned why a rumour spreads faster than its correction, how to recognise the six manipulation techniques, how to read laterally with SIFT, how to verify images and clips, and how to respond to hate speech without amplifying it. Most importantly, the goal is not to doubt everything but to <b>discern</b>: to trust what is reliable and reject what is misleading. After the final quiz you will find a short test that measures this discernment, and we recommend coming back in a week to redo the module quizzes, because review makes the skill stick.</p>")},
        {"type": "heading", "value": T("تمرين أخير: اكتب شطيرة حقيقة", "Final exercise: write a truth sandwich")},
        {"type": "rich_text", "value": T(
            "<p>اختر حالة واحدة من حالات الدورة: صورة الفيضان القديمة، أو بيان وزارة الصحة المزيّف، أو رقم الهجرة المقتطع. اكتب لها شطيرة حقيقة في ثلاث جمل قصيرة تصلح لمجموعة واتساب عائلية: حقيقة، ثم ادعاء مع تسمية أسلوبه، ثم حقيقة مع مصدرها.</p>",
            "<p>Choose one case from the course: the old flood photo, the fake Ministry of Health statement, or the clipped emigration figure. Write a truth sandwich for it in three short sentences suitable for a family WhatsApp group: truth, then the claim with its technique named, then truth with its source.</p>")},
        {"type": "quiz", "value": {"quiz": "disinfo-m5-practice"}},
        {"type": "quiz", "value": {"quiz": "disinfo-final"}},
    ],
}

MODULE_5 = {
    "slug": "hate-speech-and-incitement",
    "title": T("خطاب الكراهية والتحريض", "Hate speech and incitement"),
    "summary": T("كيف يستهدف التضليل الأقليات والأديان، وكيف تردّ وتوثّق دون أن تضخّم الرسالة.",
                 "How disinformation targets minorities and religions, and how to respond and document without amplifying the message."),
    "practice_quiz": "disinfo-m5-practice",
    "lessons": [LESSON_5_1, LESSON_5_2],
}


# ---------------------------------------------------------------------------
# Course
# ---------------------------------------------------------------------------

COURSE = {
    "slug": "spotting-disinformation",
    "topic": "disinformation",
    "level": "beginner",
    "duration_minutes": 220,
    "title": T("كيف تكشف التضليل؟ التحقق من المعلومات على وسائل التواصل",
               "Spotting disinformation: verifying information on social media"),
    "summary": T("دورة عملية قصيرة تتعلّم فيها كيف تتعرّف على أساليب التلاعب، وتتحقق من الحسابات والمواقع والصور قبل أن تصدّق أو تشارك.",
                 "A short, practical course in which you learn to recognise manipulation techniques and to check accounts, websites and images before you believe or share."),
    "outcomes": [
        T("تشرح لماذا ينتشر المحتوى الزائف بسرعة: العاطفة والسرعة والخوارزميات والحسابات المنسّقة.",
          "Explain why false content spreads quickly: emotion, speed, algorithms and coordinated accounts."),
        T("تتعرّف على أساليب التلاعب الستة في منشورات حقيقية، وتميّزها عن المنشورات الموثوقة.",
          "Recognise the six manipulation techniques in real posts and tell them apart from reliable posts."),
        T("تطبّق القراءة الجانبية بمنهج SIFT لمعرفة من يقف وراء حساب أو موقع أو ادعاء خلال دقائق.",
          "Apply lateral reading with SIFT to find out within minutes who is behind an account, site or claim."),
        T("تتحقق من الصور والمقاطع بالبحث العكسي وبفحص المكان والزمان.",
          "Verify images and clips with reverse image search and by checking place and time."),
        T("تميّز التحريض عن الكلام المسيء، وتردّ على خطاب الكراهية وتوثّقه دون تضخيمه.",
          "Distinguish incitement from offensive speech, and respond to and document hate speech without amplifying it."),
    ],
    "prerequisites": [],
    "pretest": "disinfo-pre-a",
    "posttest": "disinfo-post-b",
    "final_quiz": "disinfo-final",
    "modules": [MODULE_1, MODULE_2, MODULE_3, MODULE_4, MODULE_5],
}

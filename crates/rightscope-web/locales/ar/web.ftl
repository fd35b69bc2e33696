# واجهة rightscope على الويب باللغة العربية: ترجمة للملف crates/rightscope-web/locales/en/web.ftl.
# Translation of locales/en/web.ftl at commit c0ab565.
# المفاتيح هي نفسها الموجودة في الملف الإنجليزي؛ وإذا غاب مفتاح يُعرض النص الإنجليزي.
# لا تُترجم أسماء العلم (rightscope وIETF وW3C وأرقام RFC وكلمات BCP 14 المفتاحية مثل MUST).
# المصطلحات كما في crates/rightscope-rules/locales/ar/rules.ftl: خطر، التخفيف، الاعتبارات الأمنية.
# صيغ الجمع العربية: zero وone وtwo وfew (3-10) وmany (11-99) وother.

## Frame
skip-to-content = الانتقال إلى المحتوى الرئيسي
tagline = مراجعة معايير الإنترنت من منظور حقوق الإنسان
nav-label = القائمة الرئيسية
nav-overview = نظرة عامة
nav-documents = الوثائق
nav-search = البحث
nav-rules = القواعد
lang-label = اللغة
footer-note = يشير rightscope إلى مقاطع تستحق قراءة متأنية؛ ولا يغني عن مراجعة يجريها إنسان.
footer-api = واجهة JSON البرمجية (وصف OpenAPI)

## Families, verdicts, polarities, bodies
family-SURV = المراقبة والرصد
family-LI = الاعتراض القانوني
family-ENC = إضعاف التشفير
family-ANON = إخفاء الهوية والأسماء المستعارة
family-ID = المعرّفات الدائمة
family-CENS = الرقابة والتصفية
family-TRAF = التلاعب بحركة البيانات
family-CENT = المركزية والتحكّم في الوصول
family-A11Y = إمكانية الوصول
family-I18N = التدويل والتوطين
family-GROUP = الفئات المعرّضة للخطر
family-CONS = أقسام الاعتبارات
verdict-creates = يُنشئ خطرًا
verdict-mitigates = يخفّف الخطر
verdict-mixed = مختلط
verdict-discusses = يتناول الموضوع
verdict-none = لم يُعثر على شيء
polarity-risk = خطر
polarity-mitigation = تخفيف
polarity-context = سياق
sdo-ietf = IETF
sdo-w3c = W3C
sdo-itu-t = ITU-T
sdo-etsi = ETSI
sdo-unknown = جهة غير معروفة

## Overview
overview-title = نظرة عامة
overview-counts = عدد الوثائق المحفوظة: { $documents }، وعدد الإصدارات: { $revisions }.
overview-families = الخطر حسب الفئة
overview-families-intro = عدد الوثائق (في أحدث إصدار منها) التي تُنشئ خطرًا أو تخفّفه في كل فئة.
overview-chart-title = مخطط أعمدة: الوثائق التي تُنشئ خطرًا والوثائق التي تخفّفه، حسب الفئة. الأرقام نفسها موجودة في الجدول أدناه.
overview-table-caption = الوثائق التي تُنشئ خطرًا أو تخفّفه، حسب الفئة
overview-risky = أحدث الإصدارات التي تُنشئ خطرًا
overview-risky-none = لا يوجد إصدار يُنشئ خطرًا في أي فئة.
overview-risk-findings = { $count ->
    [zero] لا توجد ملاحظات خطر
    [one] ملاحظة خطر واحدة
    [two] ملاحظتا خطر
    [few] { $count } ملاحظات خطر
    [many] { $count } ملاحظة خطر
   *[other] { $count } ملاحظة خطر
}
overview-last-calls = الدعوات الأخيرة للتعليق (Last Call) المفتوحة
overview-last-calls-none = لا توجد دعوة أخيرة للتعليق (Last Call) مفتوحة.
overview-last-calls-caption = الدعوات الأخيرة للتعليق (Last Call) التي ما زالت مفتوحة، الأقرب موعدًا أولًا
col-family = الفئة
col-deadline = الموعد النهائي
col-document = الوثيقة
col-take-part = المشاركة
col-sdo = الجهة
col-status = الحالة
col-wg = فريق العمل
col-date = التاريخ
col-code = الرمز
col-polarity = يشير إلى
col-summary = بكلمات بسيطة

## Document list
documents-title = الوثائق
filter-legend = تصفية الوثائق
filter-sdo = جهة وضع المعايير
filter-family = الفئة
filter-verdict = التقييم
filter-status = الحالة
filter-wg = فريق العمل
filter-year = السنة
filter-any = الكل
filter-apply = اعرض الوثائق
documents-count = { $count ->
    [zero] لا توجد وثائق مطابقة.
    [one] وثيقة واحدة مطابقة.
    [two] وثيقتان مطابقتان.
    [few] { $count } وثائق مطابقة.
    [many] { $count } وثيقة مطابقة.
   *[other] { $count } وثيقة مطابقة.
}
documents-caption = الوثائق، الصفحة { $page } من { $pages }
paging-label = الصفحات
paging-prev = الصفحة السابقة
paging-next = الصفحة التالية

## Document page
document-showing = الإصدار المعروض: { $label }
fact-sdo = جهة وضع المعايير
fact-status = الحالة
fact-wg = فريق العمل
fact-stream = مسار النشر
take-part-link = شارك: كيف تعلّق
feed-link = موجز Atom
document-summary = بكلمات بسيطة
document-summary-none = لم يجد rightscope ما يستحق الإشارة إليه في هذا الإصدار.
document-text = النص مع الملاحظات
document-toc = أقسام هذه الوثيقة
section-front = الصفحات التمهيدية
findings-count = { $count ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $count } ملاحظات
    [many] { $count } ملاحظة
   *[other] { $count } ملاحظة
}
note-ref = حاشية
note-back = العودة إلى النص
document-notes = معنى المقاطع المميّزة
document-other-findings = ملاحظات في أقسام أخرى
document-more-findings = { $count ->
    [zero] …ولا توجد ملاحظات أخرى.
    [one] …وملاحظة أخرى واحدة.
    [two] …وملاحظتان أخريان.
    [few] …و{ $count } ملاحظات أخرى.
    [many] …و{ $count } ملاحظة أخرى.
   *[other] …و{ $count } ملاحظة أخرى.
}
document-revisions = الإصدارات
document-diffs = ما الذي تغيّر بين الإصدارات
diff-link = من { $from } إلى { $to }
document-timeline = دورة الحياة
document-timeline-none = لا توجد أحداث محفوظة لدورة حياة هذه الوثيقة.
timeline-revision = الإصدار { $label }
event-revision = إصدار جديد
event-state = تغيّرت الحالة
event-last-call-start = بدأت الدعوة الأخيرة للتعليق (Last Call)
event-last-call-end = تنتهي الدعوة الأخيرة للتعليق (Last Call)
event-published = نُشرت
event-obsoleted-by = حلّت محلها
event-updated-by = حدّثتها
event-obsoletes = تحلّ محل
event-updates = تحدّث
event-became-rfc = أصبحت RFC
back-to-document = العودة إلى

## Diff
diff-title = التغييرات من { $from } إلى { $to }
diff-new-risks = { $count ->
    [zero] لا مخاطر جديدة
    [one] خطر جديد واحد
    [two] خطران جديدان
    [few] { $count } مخاطر جديدة
    [many] { $count } خطرًا جديدًا
   *[other] { $count } خطر جديد
}
diff-unchanged = { $count ->
    [zero] لا ملاحظات دون تغيير
    [one] ملاحظة واحدة دون تغيير
    [two] ملاحظتان دون تغيير
    [few] { $count } ملاحظات دون تغيير
    [many] { $count } ملاحظة دون تغيير
   *[other] { $count } ملاحظة دون تغيير
}
diff-families-caption = التقييم حسب الفئة، قبل وبعد
diff-changed = تغيّر
diff-added = الملاحظات المضافة
diff-removed = الملاحظات المحذوفة
diff-none = لا شيء.
diff-method = يُعاد فحص الإصدارين انطلاقًا من نصّهما المحفوظ بقواعد اليوم؛ وتُطابَق الملاحظات حسب القاعدة والجملة، مع تجاهل تغيّر التفاف الأسطر وإعادة الترقيم.

## Take part
take-part-title = شارك: { $name }
take-part-what = ما هذه الوثيقة
take-part-risks = مخاطرها بكلمات بسيطة
take-part-no-risks = لم يجد rightscope أي فئة تُنشئ فيها هذه الوثيقة خطرًا.
take-part-stage = أين وصلت في مسارها
take-part-deadline = آخر موعد للتعليقات:
take-part-no-deadline = لا يُعرف موعد نهائي للتعليقات.
take-part-how = أين وكيف تعلّق
take-part-comment = تعليق تنطلق منه
take-part-comment-label = تعليقك (عدّله قبل إرساله)
take-part-comment-hint = مُعبّأ مسبقًا من الملاحظات. عرّف بنفسك، واشرح لماذا يهمّ الأمر الناس الذين تعمل معهم، وما الذي تطلب من المؤلفين تغييره.
stage-rfc = نُشرت بصفتها RFC. أي تغيير الآن يحتاج إلى وثيقة جديدة أو تصحيح (erratum).
stage-draft = مسودة إنترنت (Internet-Draft): عمل قيد الإنجاز يمكن أن يتغيّر.
stage-unknown = المرحلة غير معروفة.
comment-intro = تعليقات على { $name } ("{ $title }"):
comment-where = (القسم { $section })
comment-no-risks = راجعتُ هذه الوثيقة من حيث أثرها على حقوق الإنسان، وأودّ أن أطرح ما يلي:
comment-closing = شكرًا لكم على النظر في هذه النقاط.
channel-unknown = اسأل الجهة التي تنشرها
channel-unknown-how = لا يعرف rightscope بعد كيف تتلقى هذه الجهة التعليقات.

## Search
search-title = البحث
search-label = ابحث في الوثائق والملاحظات
search-hint = كلمات، و"عبارات مطابقة"، وOR، و-كلمة لاستبعادها، ومرشّحات مثل family:SURV verdict:creates year:2015..2020 wg:tls code:LI001.
search-kind = اعرض
search-button = ابحث
search-count = { $count ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
hit-revision = وثيقة
hit-finding = ملاحظة

## Rules
rules-title = القواعد
rules-intro = تبحث كل قاعدة عن نوع واحد من المقاطع التي يمكن أن تُنشئ خطرًا على حقوق الإنسان أو تخفّفه.
rules-caption = قواعد فئة { $family }
rule-severity = درجة الخطورة
rule-summary = ما معناها
rule-why = لماذا يهمّ ذلك
rule-fix = ما الذي يستطيع المؤلفون فعله
rule-example = جملة تنطبق عليها القاعدة
rule-questions = أسئلة RFC 9620 التي تمسّها
rule-references = المراجع
rule-search = ملاحظات هذه القاعدة
question-connectivity = الاتصالية
question-reliability = الموثوقية
question-content-agnosticism = الحياد تجاه المحتوى
question-localization = التوطين
question-internationalization = التدويل
question-open-standards = المعايير المفتوحة
question-heterogeneity = دعم التنوّع
question-integrity = السلامة
question-authenticity = الأصالة
question-confidentiality = السرية
question-security = الأمن
question-privacy = الخصوصية
question-pseudonymity = الأسماء المستعارة
question-anonymity = إخفاء الهوية
question-censorship-resistance = مقاومة الرقابة
question-outcome-transparency = شفافية النتائج
question-adaptability = القابلية للتكيّف
question-accessibility = إمكانية الوصول
question-decentralization = اللامركزية
question-remedy = الانتصاف
question-misc = اعتبارات أخرى

## Outcome transparency
nav-outcomes = النتائج
outcomes-title = شفافية النتائج: ما الذي غيّرته المراجعات
outcomes-intro = عندما تُراجَع مسودة، قد تظهر ملاحظات خطر أو تختفي. تحصي هذه الصفحة، لكل هيئة معايير أو فريق عمل أو مسار، عدد ملاحظات الخطر التي فتحتها المراجعات اللاحقة وعدد ما عالجته. تُحسب المسودة ووثيقة RFC التي صارت إليها وثيقة واحدة.
outcomes-legend = ما الذي يُعرض
outcomes-by = التجميع حسب
outcomes-by-sdo = هيئة المعايير
outcomes-by-wg = فريق العمل
outcomes-by-stream = المسار
outcomes-apply = اعرض النتائج
outcomes-all = كل الوثائق
outcomes-none = (لا شيء)
outcomes-chart-heading = الملاحظات المفتوحة والمعالَجة في كل سنة: { $group }
outcomes-summary = { $documents } وثيقة، رُوجع منها { $revised }. كان في المراجعات الأولى { $first } ملاحظة خطر؛ وفتحت المراجعات اللاحقة { $opened } وعالجت { $resolved }؛ وفي أحدث المراجعات { $latest }.
outcomes-no-years = لم تفتح أي مراجعة معروفة التاريخ ملاحظة ولم تعالج أيًّا منها.
outcomes-opened = مفتوحة
outcomes-resolved = معالَجة
outcomes-year = السنة
outcomes-years-caption = الملاحظات المفتوحة والمعالَجة في كل سنة: { $group }
outcomes-groups = حسب المجموعة
outcomes-groups-caption = ملاحظات الخطر عبر المراجعات، حسب المجموعة. اختر مجموعة لترى سنواتها.
outcomes-group = المجموعة
outcomes-documents = الوثائق
outcomes-revised = المُراجَعة
outcomes-at-first = في المراجعة الأولى
outcomes-at-latest = في أحدث مراجعة
outcomes-empty = لا توجد مراجعات في المخزن بعد.
outcomes-more = { $count ->
    [zero] لا توجد مجموعات أخرى.
    [one] توجد مجموعة أخرى في بيانات JSON.
    [two] توجد مجموعتان أخريان في بيانات JSON.
    [few] توجد { $count } مجموعات أخرى في بيانات JSON.
    [many] توجد { $count } مجموعة أخرى في بيانات JSON.
   *[other] توجد { $count } مجموعة أخرى في بيانات JSON.
}
outcomes-json = هذه الأرقام بصيغة JSON

## SDO almanac
nav-sdo = هيئات وضع المعايير
sdo-index-title = هيئات وضع المعايير: مدى انفتاحها
sdo-index-intro = تضع كل هيئة معاييرها بطريقتها الخاصة. يقارن هذا الجدول تكلفة المشاركة، وهل يمكنك قراءة الوثائق، وكيف تُتخذ القرارات. افتح صفحة هيئة لتعرف كيف تشارك فيها.
sdo-index-caption = هيئات وضع المعايير جنبًا إلى جنب
sdo-index-caveat = كُتب اعتمادًا على مصادر عامة. تذكر صفحة كل هيئة متى جرى التحقق من كل معلومة وتربط بمصادرها.
sdo-col-body = الهيئة
sdo-cost-membership = العضوية
sdo-cost-meetings = الاجتماعات
sdo-cost-waivers = الإعفاء من الرسوم والدعم
sdo-drafts-public = المسودات علنية
sdo-final-free = المعايير مجانية القراءة
sdo-meetings-open = الاجتماعات مفتوحة للجميع
sdo-lists-open = القوائم البريدية مفتوحة للجميع
sdo-remote-available = المشاركة عن بُعد
sdo-process = كيف تُتخذ القرارات
sdo-back = كل هيئات وضع المعايير
sdo-oldest-check = أقدم تحقق في هذه الصفحة: { $date }.
sdo-toc = في هذه الصفحة
sdo-section-about = ما هي
sdo-section-participate = كيف تشارك
sdo-section-cost = كم تكلف المشاركة
sdo-section-documents = الوثائق
sdo-section-meetings = الاجتماعات والقوائم البريدية
sdo-section-remote = المشاركة عن بُعد
sdo-section-decisions = كيف تُتخذ القرارات
sdo-section-ethics = حقوق الإنسان والأخلاقيات وقواعد السلوك
sdo-section-comments = أين تعلّق
sdo-section-comment-window = كم من الوقت لديك للتعليق
sdo-checked = جرى التحقق في { $date }.
sdo-sources = المصادر:
sdo-how-it-works = كيف تعمل { $body }
openness-yes = نعم
openness-partly = جزئيًا
openness-no = لا
process-rough-consensus = توافق تقريبي، بلا تصويت
process-consensus-member-votes = توافق، مع تصويت الأعضاء عند الحاجة
process-consensus-national-votes = توافق، ثم تصويت هيئات المعايير الوطنية
process-consensus-state-approval = توافق، مع موافقة الحكومات على بعض الوثائق
sdo-openness-title = مدى انفتاحها
sdo-openness-intro = تطلب الحكومات من هيئات وضع المعايير أن تتبع مبادئ منظمة التجارة العالمية للمعايير الدولية وأن تخفف العوائق أمام المشاركة. يرتبط كل تقييم بما يستند إليه.
sdo-openness-wto = مبادئ منظمة التجارة العالمية الستة
sdo-openness-caption = مبادئ منظمة التجارة العالمية وعوائق المشاركة، حسب الهيئة
sdo-openness-body-caption = مدى انفتاح { $body }
sdo-col-topic = المبدأ أو العائق
sdo-col-rating = التقييم
sdo-col-why = السبب
sdo-principle = مبدأ
sdo-barrier = عائق
sdo-source = مصدر
document-openness = عوائق المشاركة في { $body }
document-openness-more = المزيد عن مدى انفتاح { $body }

## Errors
error-not-found-title = الصفحة غير موجودة
error-bad-request-title = في الطلب خطأ ما
error-internal-title = حدث خطأ ما
error-no-page = لا توجد صفحة على هذا العنوان.
error-no-document = لا توجد وثيقة محفوظة بهذا الاسم. تحقّق من الكتابة، أو ابحث عنها.
error-no-revision = لا يوجد لهذه الوثيقة إصدار كهذا.
error-no-rule = لا توجد قاعدة بهذا الرمز. تعرض قائمة القواعد كل الرموز.
error-no-feed = تنتهي عناوين الموجزات بـ ‎.atom.
error-no-watchlist = لا توجد قائمة متابعة بهذا الرقم.
error-no-family = لا توجد فئة بهذا الرمز.
error-no-sdo = لا توجد هيئة معايير بهذا الاسم. تعرض قائمة هيئات وضع المعايير كل الهيئات.
error-bad-grouping = "{ $value }" ليس تجميعًا صالحًا (sdo أو wg أو stream).
error-bad-request = تعذّر فهم الطلب:
error-bad-number = يجب أن تكون قيمة { $name } عددًا صحيحًا، لا "{ $value }".
error-bad-family = "{ $value }" ليس رمز فئة.
error-bad-verdict = "{ $value }" ليس تقييمًا (creates وmitigates وmixed وdiscusses وnone).
error-bad-kind = "{ $value }" ليس نوعًا من النتائج (revision وfinding).
error-bad-section = يجب أن تكون قيمة section بين 0 وعدد الأقسام ({ $count }) ناقص واحد.
error-diff-needs-two = حدّد إصدارين: from وto.
error-search-needs-q = اكتب عبارة البحث في q.
error-internal = تعذّر على الخادم الرد. حاول مرة أخرى لاحقًا.
error-home = نظرة عامة

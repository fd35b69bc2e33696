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
document-doubtful = { $count ->
    [zero] لا توجد ملاحظات نادرًا ما أكّدها القرّاء
    [one] ملاحظة واحدة نادرًا ما أكّدها القرّاء
    [two] ملاحظتان نادرًا ما أكّدهما القرّاء
    [few] { $count } ملاحظات نادرًا ما أكّدها القرّاء
    [many] { $count } ملاحظة نادرًا ما أكّدها القرّاء
   *[other] { $count } ملاحظة نادرًا ما أكّدها القرّاء
}
document-doubtful-intro = تطابق هذه المقاطع قاعدة، لكن من قرأوا وثائق كاملة أكّدوا مثل هذه الملاحظات في أقل من 3 حالات من كل 10. لا تُبرَز في النص.
document-confidence = الثقة { $value }
document-revisions = الإصدارات
document-diffs = ما الذي تغيّر بين الإصدارات
diff-link = من { $from } إلى { $to }
document-timeline = دورة الحياة
document-timeline-none = لا توجد أحداث محفوظة لدورة حياة هذه الوثيقة.
document-no-text = لم يقرأ rightscope نص هذه الوثيقة: يعرفها فقط من قائمة وثائق السلسلة. تجد أدناه معلوماتها ودورة حياتها ومراجعها.
document-references = المراجع
references-inherited = مخاطر تعتمد عليها
references-inherited-none = لا توجد بين الوثائق المحفوظة التي تعتمد عليها وثيقة فيها خطر وجده rightscope.
references-inherited-intro = تعتمد هذه الوثيقة على وثائق وجد فيها rightscope خطرًا. قد ينتقل الخطر إلى هذه الوثيقة، لكنه لا يغيّر ملاحظاتها الخاصة أعلاه.
references-col-family = الموضوع
references-col-source = المصدر
references-col-path = عبر
references-col-kind = نوع المرجع
references-depends-on = ما تشير إليه
references-depended-on-by = ما يشير إليها
references-json = كل مراجع هذه الوثيقة كبيانات (JSON)
references-more = { $count ->
    [zero] …ولا شيء آخر.
    [one] …وواحد آخر.
    [two] …واثنان آخران.
    [few] …و{ $count } أخرى.
    [many] …و{ $count } أخرى.
   *[other] …و{ $count } أخرى.
}
ref-kind-normative = مطلوب
ref-kind-informative = للعلم
ref-kind-unknown = النوع غير مذكور
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

# participation dashboards
nav-participation = المشاركة
part-title = المشاركة في القوائم البريدية
part-intro = من يشارك في القوائم البريدية التي تُصنع فيها المعايير. الأرقام مجاميع فقط: لا يُذكر أي شخص أبدًا.
part-none-heading = لا توجد أرشيفات محمّلة
part-none = لم يُحمَّل أي أرشيف بريدي، لذلك لا يوجد ما يُعرض بعد.
part-none-how = لإضافة أرشيفات، شغّل الخادم مع ملف أرشيف واحد أو أكثر أو مجلد:
part-none-more = يُحسب المجلد قائمة واحدة تضم كل الأرشيفات التي فيه (mbox أو MMDF أو LISTSERV أو Pipermail أو ملفات أرشيف بريد IETF).
part-hidden-note = "< 5" تعني أن الرقم مخفي: وراءه أقل من 5 أشخاص، أو أنه يسمح باستنتاج رقم كهذا من الأرقام الأخرى.
part-privacy-heading = كيف نحمي الأشخاص
part-privacy = تُستبدل العناوين والأسماء برموز مشفّرة بمفتاح فور قراءة الرسالة، ولا تعرضها أي صفحة. كل رقم محسوب من أقل من 5 أشخاص يظهر "< 5". تأتي الفئات والمناطق من نطاق البريد أو من تصريح الشخص نفسه بموافقته، ولا تأتي أبدًا من الأسماء.
part-lists = القوائم
part-lists-intro = أرقام الأرشيف كاملًا لكل قائمة محمّلة. الفترات بحسب { $period }.
part-lists-caption = القوائم المحمّلة
part-compare-link = قارن القوائم جنبًا إلى جنب
part-api-link = الأرقام نفسها بصيغة JSON
part-several = أشخاص كتبوا في أكثر من قائمة: { $value }
part-unreadable = ملفات تعذّرت قراءتها كأرشيفات بريد
part-back = كل القوائم
part-list-title = المشاركة: { $list }
part-period-month = الشهر
part-period-quarter = الربع
part-period-year = السنة
part-fact-format = صيغة الأرشيف
part-fact-bytes = البايتات المقروءة
part-fact-domains = نطاقات بريد المرسلين
part-fact-undated = رسائل بلا تاريخ
part-fact-skipped = رسائل تعذّرت قراءتها
part-activity = النشاط بحسب { $period }
part-activity-caption = الرسائل والأشخاص والمواضيع والتركّز في كل فترة
part-chart-messages = الرسائل في كل قائمة
part-chart-period-messages = الرسائل في كل فترة
part-chart-participants = الأشخاص في كل قائمة
part-chart-civil-society = حصة رسائل المجتمع المدني في كل قائمة
part-chart-groups = حصة الرسائل بحسب فئة أصحاب المصلحة ({ $period })
part-shares = من يشارك: { $period }
part-choose-period = اعرض أرقام
part-whole-archive = الأرشيف كاملًا
part-groups = فئات أصحاب المصلحة
part-groups-caption = الرسائل والأشخاص بحسب فئة أصحاب المصلحة
part-regions = المناطق
part-regions-caption = الرسائل والأشخاص بحسب المنطقة (تصنيف M49 للأمم المتحدة)
part-orgs = المنظمات
part-orgs-note = لا تُذكر باسمها أي منظمة فيها أقل من 5 أشخاص: تُحسب ضمن "أخرى" مع الأشخاص الذين يكتبون من عناوين شخصية.
part-orgs-caption = الرسائل والأشخاص بحسب المنظمة
part-sources = من أين تأتي الفئات
part-sources-note = تأتي فئة كل مرسل من جدول النطاقات، أو من قاعدة لاحقة النطاق، أو من تصريحه هو بموافقته، أو تكون غير معروفة.
part-sources-caption = الرسائل والأشخاص بحسب مصدر التصنيف
part-concentration = التركّز
part-concentration-note = إلى أي حد تهيمن منظمات قليلة. يتراوح مؤشرا HHI وجيني بين 0 (موزّع) و1 (منظمة واحدة ترسل كل شيء). الإنتروبيا الأعلى تعني توزيعًا أوسع. عامل الفيل هو أصغر عدد من المنظمات يرسل نصف الرسائل.
part-retention = القادمون الجدد والاستمرار
part-retention-note = يُجمع الأشخاص بحسب فترة رسالتهم الأولى. حصة من يواصلون الكتابة بعد 3 أو 6 أو 12 شهرًا تشمل فقط من كانت رسالتهم الأولى قبل نهاية الأرشيف بهذه المدة على الأقل.
part-retention-caption = القادمون الجدد الذين يواصلون المشاركة، بحسب الفترة الأولى والفئة
part-replies = الوقت حتى أول رد
part-replies-note = الساعات بين رسالة وأول رد عليها من شخص آخر: للرسالة الأولى من القادمين الجدد، وللمواضيع الجديدة التي يبدؤها من كتبوا من قبل.
part-replies-caption = الوسيط للوقت حتى أول رد
part-kind-newcomers = الرسائل الأولى للقادمين الجدد
part-kind-regulars = مواضيع جديدة من المشاركين الدائمين
part-all-groups = كل الفئات
part-col-list = القائمة
part-col-format = الصيغة
part-col-messages = الرسائل
part-col-participants = الأشخاص
part-col-threads = المواضيع
part-col-replies = الردود
part-col-newcomers = القادمون الجدد
part-col-period = الفترة
part-col-hhi = HHI
part-col-gini = جيني
part-col-entropy = الإنتروبيا (بت)
part-col-elephant = عامل الفيل
part-col-people = الأشخاص
part-col-share = حصة الرسائل
part-col-group = الفئة
part-col-region = المنطقة
part-col-organisation = المنظمة
part-col-source = المصدر
part-col-cohort = الرسالة الأولى في
part-col-retained-3 = ما زالوا يكتبون بعد 3 أشهر
part-col-retained-6 = ما زالوا يكتبون بعد 6 أشهر
part-col-retained-12 = ما زالوا يكتبون بعد 12 شهرًا
part-col-kind = الرسائل
part-col-answered = لقيت ردًا
part-col-unanswered = بلا رد
part-col-median-hours = الوسيط بالساعات حتى أول رد
part-col-metric = الرقم
part-compare-title = القوائم جنبًا إلى جنب
part-compare-intro = كل القوائم المحمّلة جنبًا إلى جنب، للمقارنة بين هيئات المعايير (مثل قوائم IETF و3GPP وW3C).
part-compare-figures = أرقام الأرشيف كاملًا
part-compare-caption = الأرقام في كل قائمة
part-compare-charts = الرسوم البيانية
part-compare-charts-intro = الأرقام نفسها الواردة في الجدول أعلاه.
part-row-share = الحصة: { $group }
part-row-reply-newcomers = الوسيط بالساعات حتى أول رد، القادمون الجدد
part-row-reply-regulars = الوسيط بالساعات حتى أول رد، المشاركون الدائمون
part-group-industry = القطاع الخاص
part-group-government = الحكومات
part-group-academia = الأوساط الأكاديمية
part-group-civil-society = المجتمع المدني
part-group-technical-community = المجتمع التقني
part-group-individual = أفراد
part-group-unknown = غير معروفة
part-region-001 = العالم
part-region-002 = أفريقيا
part-region-019 = الأمريكتان
part-region-021 = أمريكا الشمالية
part-region-419 = أمريكا اللاتينية والكاريبي
part-region-142 = آسيا
part-region-030 = شرق آسيا
part-region-034 = جنوب آسيا
part-region-035 = جنوب شرق آسيا
part-region-145 = غرب آسيا
part-region-150 = أوروبا
part-region-151 = شرق أوروبا
part-region-154 = شمال أوروبا
part-region-155 = غرب أوروبا
part-region-039 = جنوب أوروبا
part-region-009 = أوقيانوسيا
part-region-unknown = غير معروفة
part-source-table = جدول النطاقات
part-source-suffix-rule = قاعدة اللاحقة
part-source-self-report = تصريح شخصي
part-source-unknown = غير معروف
part-org-other = أخرى (منظمات فيها أقل من 5 أشخاص، وأفراد)
part-org-unlisted = { $domain } (غير موجود في الجدول)
part-error-no-list = لا توجد قائمة محمّلة بهذا الاسم. تعرض صفحة المشاركة كل القوائم المحمّلة.
part-error-bad-period = "{ $value }" ليست فترة من فترات هذه القائمة.

## Trends
nav-trends = الاتجاهات
trends-title = الاتجاهات: أقسام الاعتبارات والمخاطر عبر الزمن
trends-intro = لكل سنة أو مجال في IETF أو مسار أو فريق عمل أو هيئة معايير، تحصي هذه الصفحة الوثائق المخزَّنة (كل وثيقة في آخر مراجعة لها)، وتبيّن كم منها فيه أقسام لاعتبارات الأمن والخصوصية وحقوق الإنسان وIANA، وما وجده rightscope فيها، والأحكام لكل فئة من المخاطر.
trends-substantive = يكون القسم جوهريًا عندما يقول أكثر من «لا شيء.»: 8 كلمات على الأقل، و60 كلمة على الأقل إذا كان يقول فقط إنه لا شيء يستحق النظر.
trends-limits = الحدود: تشمل الأرقام الوثائق المخزَّنة هنا فقط، لا كل المعايير. يُعرف القسم من عنوانه، فلا يُحسب قسم باسم آخر. الملاحظة جملة طابقتها قاعدة، وليست حكم شخص. في المجموعات الصغيرة تتغير الأرقام كثيرًا بوثيقة واحدة.
trends-legend = تجميع الوثائق
trends-by = التجميع حسب
trends-apply = اعرض
trends-by-year = السنة
trends-by-area = المجال
trends-by-stream = المسار
trends-by-wg = فريق العمل
trends-by-sdo = هيئة المعايير
trends-unknown = غير معروف
trends-percent = { $value }٪
trends-showing = المجموعات من { $first } إلى { $last } من أصل { $total }.
trends-empty = لا توجد وثائق في المخزن بعد.
trends-csv = نزّل هذه الأرقام بصيغة CSV
trends-json = هذه الأرقام بصيغة JSON
trends-chart-heading = نسبة الوثائق التي فيها { $kind }، حسب { $by }
trends-chart-caption = أرقام الرسم البياني: { $chart }
trends-milestones = السنوات المعلَّمة: RFC 6973 (اعتبارات الخصوصية لبروتوكولات الإنترنت، 2013) وRFC 8280 (اعتبارات حقوق الإنسان في البروتوكولات، 2017).
trends-milestone-summary = قبل { $year } ({ $rfc }): كان هذا القسم في { $before } من { $before_documents } وثيقة. منذ { $year }: { $after } من { $after_documents }.
trends-milestone-note = نُشرت { $rfc }
trends-note = ملاحظة
trends-documents = الوثائق
trends-with-section = فيها القسم
trends-with-substantive = فيها قسم جوهري
trends-kind-SecurityConsiderations = اعتبارات الأمن
trends-kind-PrivacyConsiderations = اعتبارات الخصوصية
trends-kind-HumanRightsConsiderations = اعتبارات حقوق الإنسان
trends-kind-IanaConsiderations = اعتبارات IANA
trends-col-present = { $kind }: فيها القسم
trends-col-substantive = { $kind }: جوهري
trends-considerations-heading = أقسام الاعتبارات
trends-considerations-caption = الوثائق التي فيها كل نوع من أقسام الاعتبارات، النسبة والعدد
trends-findings-heading = الملاحظات
trends-findings-intro = ملاحظات الخطر جمل قد تُنشئ خطرًا، وملاحظات التخفيف تحمي الناس، وملاحظات السياق تصف خطرًا دون أن تُنشئه.
trends-findings-caption = الملاحظات حسب القطبية، ثم لكل فئة بالترتيب: خطر / تخفيف / سياق
trends-polarity-risk = خطر
trends-polarity-mitigation = تخفيف
trends-polarity-context = سياق
trends-verdicts-heading = الأحكام
trends-verdicts-intro = تحصل كل وثيقة على حكم واحد لكل فئة من المخاطر؛ هذه أعدادها في كل الفئات.
trends-verdicts-caption = الأحكام لكل مجموعة، في كل الفئات
trends-error-bad-by = «{ $value }» ليس تجميعًا معروفًا (year, area, stream, wg, sdo).
trends-error-bad-page = لا توجد صفحة { $value }: عدد الصفحات { $pages }.

## Reviews
nav-reviews = المراجعات
error-forbidden-title = مرفوض
auth-refused-origin = مرفوض: لم يأتِ هذا الطلب من صفحة في هذا الموقع. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى.
auth-refused-signed-out = مرفوض: لم تسجّل الدخول، أو انتهت جلستك. سجّل الدخول وحاول مرة أخرى.
auth-refused-csrf = مرفوض: النموذج قديم أو لم يأتِ من هذا الموقع. أعد تحميل الصفحة وحاول مرة أخرى.
login-title = تسجيل الدخول
login-intro = سجّل الدخول لكتابة المراجعات. قراءة المراجعات العامة لا تحتاج إلى حساب.
login-name = اسم الدخول
login-password = كلمة المرور
login-button = تسجيل الدخول
login-link = تسجيل الدخول
login-failed = اسم الدخول أو كلمة المرور غير صحيحة، أو الحساب معطّل.
login-throttled = محاولات فاشلة كثيرة. انتظر { $minutes } دقيقة ثم حاول مرة أخرى.
login-bad-form = نموذج تسجيل الدخول غير مكتمل.
login-reset-note = نسيت كلمة المرور؟ اطلب من أحد المسؤولين تعيين كلمة جديدة.
login-signed-in-as = أنت مسجّل باسم { $name }.
logout-button = تسجيل الخروج
reviews-title = المراجعات
reviews-intro = مراجعات حقوق الإنسان لوثائق المعايير. ترى المراجعات العامة والمراجعات الخاصة التي تشارك فيها.
reviews-how-to-start = لبدء مراجعة، افتح وثيقة واستخدم «ابدأ مراجعة».
reviews-none = لا توجد بعد مراجعات يمكنك رؤيتها.
reviews-caption = المراجعات، الأحدث أولًا
reviews-col-title = المراجعة
reviews-col-document = الوثيقة
reviews-col-state = الحالة
reviews-col-visibility = من يمكنه رؤيتها
reviews-col-started = بدأت في
reviews-col-updated = آخر تغيير
review-visibility-public = عامة
review-visibility-private = للأعضاء فقط
review-state-draft = مسودة
review-state-in-review = قيد المراجعة
review-state-sent = أُرسلت إلى المؤلفين أو فريق العمل
review-state-resolved = حُلّت
review-state-not-resolved = لم تُحلّ
review-status-concern = مصدر قلق
review-status-no-concern = لا قلق
review-status-not-applicable = لا ينطبق
review-status-needs-author-input = تحتاج إلى رأي المؤلفين
review-status-unanswered = لم يُجب بعد
review-start-heading = راجع هذه الوثيقة
review-start-title = العنوان (اختياري)
review-start-questionnaire = الاستبيان
review-start-visibility = من يمكنه رؤية المراجعة
review-start-button = ابدأ مراجعة
review-start-sign-in = يمكن للمراجعين بدء مراجعة لحقوق الإنسان لهذه النسخة.
review-document = الوثيقة
review-questionnaire = الاستبيان
review-state = الحالة
review-visibility = من يمكنه رؤيتها
review-history-link = السجل
review-export-md = تصدير بصيغة Markdown
review-export-html = تصدير كصفحة ويب
review-export-json = تصدير بصيغة JSON
review-state-heading = الحالة
review-state-now = حالة هذه المراجعة: { $state }.
review-state-move = انقل إلى
review-state-button = غيّر الحالة
review-questions = الأسئلة
review-section = القسم { $section }
review-answer = الإجابة:
review-answer-edit = أجب أو أضف دليلًا: { $title }
review-answer-text = ملاحظاتك
review-answer-save = احفظ الإجابة
review-error-not-found = لا توجد مراجعة هنا، أو لا يمكنك رؤيتها.
review-error-forbidden = لا يمكنك فعل هذا في هذه المراجعة.
review-error-invalid = رُفض هذا التغيير.
review-error-form = النموذج غير مكتمل.
members-heading = الأعضاء
members-person = الشخص
members-role = الدور
members-add = أضف عضوًا أو غيّره
member-role-lead = المسؤول
member-role-reviewer = مراجع
member-role-observer = قارئ
member-bad-user = اختر شخصًا من القائمة.
evidence-heading = الأدلة
evidence-kind-finding = نتيجة
evidence-kind-span = مقطع مقتبس
evidence-finding = نتيجة في هذه النسخة
evidence-finding-option = { $code } (السطر { $line }): { $summary }
evidence-note = ملاحظة (اختيارية)
evidence-attach-finding = أرفق النتيجة
evidence-quote = مقطع من الوثيقة (الصقه أو اكتبه كما هو)
evidence-attach-quote = أرفق المقطع
evidence-use-selection = استخدم النص المحدد
evidence-remove = أزل هذا الدليل
evidence-bad-finding = اختر نتيجة من القائمة.
evidence-empty = الصق المقطع الذي تريد اقتباسه.
evidence-not-found = هذا المقطع غير موجود في النسخة المراجَعة. انسخه مرة أخرى من نص الوثيقة.
evidence-ambiguous = يظهر هذا المقطع { $count } مرات في النسخة. اقتبس كلمات أكثر حتى يظهر مرة واحدة.
follow-heading = منذ هذه المراجعة: { $revision }
follow-summary = مقاطع مصادر القلق التي ما زالت في النص: { $still }. تغيّرت أو أُزيلت: { $changed }.
follow-diff-link = ما غيّرته النسخة الجديدة (فرق المخاطر)
follow-latest-link = اقرأ { $revision }
follow-caption = أدلة كل مصدر قلق في أحدث نسخة
follow-col-question = السؤال
follow-col-passage = المقطع
follow-col-now = الآن
follow-verdicts-heading = أحكام المخاطر منذ المراجعة
follow-verdicts-none = لم يتغير أي حكم.
follow-col-family = الموضوع
follow-col-then = وقت المراجعة
follow-risks = نتائج المخاطر: { $then } في النسخة المراجَعة، و{ $now } في أحدث نسخة.
follow-same = ما زال موجودًا دون تغيير
follow-rewrapped = ما زال موجودًا (تغيّرت فواصل الأسطر)
follow-changed = تغيّر أو أُزيل
follow-evidence = في أحدث نسخة: { $outcome }
history-title = سجل { $title }
history-back = العودة إلى { $title }
history-none = لم يُسجَّل شيء بعد.
history-caption = كل تغيير في هذه المراجعة، من الأقدم إلى الأحدث
history-col-at = متى (UTC)
history-col-who = من
history-col-what = ماذا
history-col-detail = التفاصيل
history-actor-cli = المسؤول (سطر الأوامر)
history-review-start = بدأ المراجعة
history-answer-set = أجاب
history-evidence-add = أرفق دليلًا
history-evidence-remove = أزال دليلًا
history-review-state = غيّر الحالة
history-member-set = أضاف عضوًا أو غيّره
history-member-remove = أزال عضوًا
export-reviewers = المراجعون
export-date = التاريخ
export-line = السطر { $line }
outcomes-reviews-heading = المراجعات: مصادر القلق المطروحة والمحلولة
outcomes-reviews-caption = مصادر القلق في المراجعات، حسب المجموعة
outcomes-reviews-group = المجموعة
outcomes-reviews-raised = مصادر القلق المطروحة
outcomes-reviews-resolved = في مراجعات معلَّمة بأنها حُلّت
outcomes-reviews-none = لم تطرح أي مراجعة مصدر قلق بعد.

# rightscope web interface, English (the source language; other languages fall back to it per key).

## Frame
skip-to-content = Skip to main content
tagline = human-rights review of Internet standards
nav-label = Main
nav-overview = Overview
nav-documents = Documents
nav-search = Search
nav-rules = Rules
lang-label = Language
footer-note = rightscope points at passages worth a closer look; it does not replace a human review.
footer-api = JSON API (OpenAPI description)

## Families, verdicts, polarities, bodies
family-SURV = Surveillance and monitoring
family-LI = Lawful interception
family-ENC = Weakened encryption
family-ANON = Anonymity and pseudonymity
family-ID = Permanent identifiers
family-CENS = Censorship and filtering
family-TRAF = Traffic manipulation
family-CENT = Centralisation and gatekeeping
family-A11Y = Accessibility
family-I18N = Internationalisation and localisation
family-GROUP = Groups at risk
family-CONS = Considerations sections
verdict-creates = Creates risk
verdict-mitigates = Mitigates risk
verdict-mixed = Mixed
verdict-discusses = Discusses
verdict-none = Nothing found
polarity-risk = risk
polarity-mitigation = mitigation
polarity-context = context
sdo-ietf = IETF
sdo-w3c = W3C
sdo-itu-t = ITU-T
sdo-etsi = ETSI
sdo-unknown = Unknown body

## Overview
overview-title = Overview
overview-counts = The store holds { $documents } documents in { $revisions } revisions.
overview-families = Risk by family
overview-families-intro = How many documents (their latest revision) create or mitigate risk in each family.
overview-chart-title = Bar chart: documents that create risk and documents that mitigate risk, per family. The same numbers are in the table below.
overview-table-caption = Documents that create or mitigate risk, per family
overview-risky = Newest revisions that create risk
overview-risky-none = No revision creates risk in any family.
overview-risk-findings = { $count ->
    [one] 1 risk finding
   *[other] { $count } risk findings
}
overview-last-calls = Open Last Calls
overview-last-calls-none = No Last Call is open.
overview-last-calls-caption = Last Calls still open, soonest deadline first
col-family = Family
col-deadline = Deadline
col-document = Document
col-take-part = Take part
col-sdo = Body
col-status = Status
col-wg = Working group
col-date = Date
col-code = Code
col-polarity = Points to
col-summary = In plain words

## Document list
documents-title = Documents
filter-legend = Filter documents
filter-sdo = Standards body
filter-family = Family
filter-verdict = Verdict
filter-status = Status
filter-wg = Working group
filter-year = Year
filter-any = Any
filter-apply = Show documents
documents-count = { $count ->
    [one] 1 document matches.
   *[other] { $count } documents match.
}
documents-caption = Documents, page { $page } of { $pages }
paging-label = Pages
paging-prev = Previous page
paging-next = Next page

## Document page
document-showing = showing { $label }
fact-sdo = Standards body
fact-status = Status
fact-wg = Working group
fact-stream = Stream
take-part-link = Take part: how to comment
feed-link = Atom feed
document-summary = In plain words
document-summary-none = rightscope found nothing to report in this revision.
document-text = Text with findings
document-toc = Sections of this document
section-front = Front matter
findings-count = { $count ->
    [one] 1 finding
   *[other] { $count } findings
}
note-ref = note
note-back = Back to the text
document-notes = What the highlights mean
document-other-findings = Findings in other sections
document-more-findings = { $count ->
    [one] …and 1 more finding.
   *[other] …and { $count } more findings.
}
document-revisions = Revisions
document-diffs = What changed between revisions
diff-link = From { $from } to { $to }
document-timeline = Lifecycle
document-timeline-none = No lifecycle events are stored.
document-no-text = rightscope has not read the text of this document: it is known only from the series' list of documents. Its facts, lifecycle and references are below.
document-references = References
references-inherited = Risks it builds on
references-inherited-none = None of the stored documents it relies on creates a risk that rightscope found.
references-inherited-intro = This document relies on documents that rightscope found to create a risk. The risk may carry over to this document, but it does not change this document's own findings above.
references-col-family = Topic
references-col-source = From
references-col-path = Through
references-col-kind = Reference type
references-depends-on = What it refers to
references-depended-on-by = What refers to it
references-more = { $count ->
    [one] …and 1 more.
   *[other] …and { $count } more.
}
ref-kind-normative = required
ref-kind-informative = for information
ref-kind-unknown = type not stated
timeline-revision = Revision { $label }
event-revision = New revision
event-state = State changed
event-last-call-start = Last Call started
event-last-call-end = Last Call ends
event-published = Published
event-obsoleted-by = Obsoleted by
event-updated-by = Updated by
event-obsoletes = Obsoletes
event-updates = Updates
event-became-rfc = Became an RFC
back-to-document = Back to

## Diff
diff-title = Changes from { $from } to { $to }
diff-new-risks = { $count ->
    [one] 1 new risk
   *[other] { $count } new risks
}
diff-unchanged = { $count ->
    [one] 1 finding unchanged
   *[other] { $count } findings unchanged
}
diff-families-caption = Verdict per family, before and after
diff-changed = changed
diff-added = Findings added
diff-removed = Findings removed
diff-none = None.
diff-method = Both revisions are checked again from their stored text with today's rules; findings are matched by rule and by sentence, ignoring re-wrapping and renumbering.

## Take part
take-part-title = Take part: { $name }
take-part-what = What this document is
take-part-risks = Its risks in plain words
take-part-no-risks = rightscope found no family in which this document creates risk.
take-part-stage = Where it is in its life
take-part-deadline = Comments are due by:
take-part-no-deadline = No comment deadline is known.
take-part-how = Where and how to comment
take-part-comment = A comment to start from
take-part-comment-label = Your comment (edit it before you send it)
take-part-comment-hint = Pre-filled from the findings. Say who you are, why it matters to the people you work with, and what you ask the authors to change.
stage-rfc = Published as an RFC. Changes now need a new document or an erratum.
stage-draft = An Internet-Draft: a work in progress that can still change.
stage-unknown = The stage is not known.
comment-intro = Comments on { $name } ("{ $title }"):
comment-where = (section { $section })
comment-no-risks = I reviewed this document for human-rights impact and would like to raise the following:
comment-closing = Thank you for considering these points.
channel-unknown = Ask the body that publishes it
channel-unknown-how = rightscope does not yet know how this body takes comments.

## Search
search-title = Search
search-label = Search documents and findings
search-hint = Words, "exact phrases", OR, -word, and filters such as family:SURV verdict:creates year:2015..2020 wg:tls code:LI001.
search-kind = Show
search-button = Search
search-count = { $count ->
    [one] 1 result
   *[other] { $count } results
}
hit-revision = document
hit-finding = finding

## Rules
rules-title = Rules
rules-intro = Each rule looks for one kind of passage that can create or mitigate a human-rights risk.
rules-caption = Rules of the family { $family }
rule-severity = Severity
rule-summary = What it means
rule-why = Why it matters
rule-fix = What authors can do
rule-example = A sentence that fires it
rule-questions = RFC 9620 questions it touches
rule-references = References
rule-search = Findings of this rule
question-connectivity = Connectivity
question-reliability = Reliability
question-content-agnosticism = Content agnosticism
question-localization = Localization
question-internationalization = Internationalization
question-open-standards = Open standards
question-heterogeneity = Heterogeneity support
question-integrity = Integrity
question-authenticity = Authenticity
question-confidentiality = Confidentiality
question-security = Security
question-privacy = Privacy
question-pseudonymity = Pseudonymity
question-anonymity = Anonymity
question-censorship-resistance = Censorship resistance
question-outcome-transparency = Outcome transparency
question-adaptability = Adaptability
question-accessibility = Accessibility
question-decentralization = Decentralization
question-remedy = Remedy
question-misc = Other considerations

## Outcome transparency
nav-outcomes = Outcomes
outcomes-title = Outcome transparency: what revisions changed
outcomes-intro = When a draft is revised, risk findings can appear or go away. This page counts, for each standards body, working group or stream, how many risk findings later revisions opened and how many they resolved. A draft and the RFC it became count as one document.
outcomes-legend = What to show
outcomes-by = Group by
outcomes-by-sdo = Standards body
outcomes-by-wg = Working group
outcomes-by-stream = Stream
outcomes-apply = Show outcomes
outcomes-all = All documents
outcomes-none = (none)
outcomes-chart-heading = Findings opened and resolved per year: { $group }
outcomes-summary = { $documents } documents, { $revised } of them revised. First revisions had { $first } risk findings; later revisions opened { $opened } and resolved { $resolved }; the latest revisions have { $latest }.
outcomes-no-years = No revision with a known date opened or resolved a finding.
outcomes-opened = Opened
outcomes-resolved = Resolved
outcomes-year = Year
outcomes-years-caption = Findings opened and resolved per year: { $group }
outcomes-groups = By group
outcomes-groups-caption = Risk findings across revisions, by group. Choose a group to see its years.
outcomes-group = Group
outcomes-documents = Documents
outcomes-revised = Revised
outcomes-at-first = At first revision
outcomes-at-latest = At latest revision
outcomes-empty = The store has no revisions yet.
outcomes-more = { $count ->
    [one] One more group is in the JSON data.
   *[other] { $count } more groups are in the JSON data.
}
outcomes-json = These figures as JSON

## SDO almanac
nav-sdo = Standards bodies
sdo-index-title = Standards bodies: how open they are
sdo-index-intro = Each body makes standards in its own way. This table compares what it costs to take part, whether you can read the documents, and how decisions are made. Open a body to see how to take part.
sdo-index-caption = Standards bodies side by side
sdo-index-caveat = Written from public sources. Each body's page says when each fact was checked and links to its sources.
sdo-col-body = Body
sdo-cost-membership = Membership
sdo-cost-meetings = Meetings
sdo-cost-waivers = Fee waivers and support
sdo-drafts-public = Drafts public
sdo-final-free = Standards free to read
sdo-meetings-open = Meetings open to all
sdo-lists-open = Mailing lists open to all
sdo-remote-available = Remote participation
sdo-process = How decisions are made
sdo-back = All standards bodies
sdo-oldest-check = Oldest check of this page: { $date }.
sdo-toc = On this page
sdo-section-about = What it is
sdo-section-participate = How to take part
sdo-section-cost = What it costs
sdo-section-documents = Documents
sdo-section-meetings = Meetings and mailing lists
sdo-section-remote = Taking part from a distance
sdo-section-decisions = How decisions are made
sdo-section-ethics = Human rights, ethics and conduct
sdo-section-comments = Where to comment
sdo-section-comment-window = How long you have to comment
sdo-checked = Checked on { $date }.
sdo-sources = Sources:
sdo-how-it-works = How { $body } works
openness-yes = Yes
openness-partly = Partly
openness-no = No
process-rough-consensus = Rough consensus, no voting
process-consensus-member-votes = Consensus, with member votes when needed
process-consensus-national-votes = Consensus, then votes by national standards bodies
process-consensus-state-approval = Consensus, with approval by governments for some documents
sdo-openness-title = How open it is
sdo-openness-intro = Governments ask standards bodies to follow the WTO principles for international standards and to lower the barriers to taking part. Each rating links to what it is based on.
sdo-openness-wto = The six WTO principles
sdo-openness-caption = WTO principles and barriers to taking part, by standards body
sdo-openness-body-caption = How open { $body } is
sdo-col-topic = Principle or barrier
sdo-col-rating = Rating
sdo-col-why = Why
sdo-principle = Principle
sdo-barrier = Barrier
sdo-source = source
document-openness = Barriers to taking part in { $body }
document-openness-more = More about how open { $body } is

## Errors
error-not-found-title = Page not found
error-bad-request-title = Something is wrong with the request
error-internal-title = Something went wrong
error-no-page = There is no page at this address.
error-no-document = There is no document of that name in the store. Check the spelling, or search for it.
error-no-revision = That document has no such revision.
error-no-rule = There is no rule with that code. The list of rules shows every code.
error-no-feed = Feeds end in .atom.
error-no-watchlist = There is no watchlist with that number.
error-no-family = There is no family with that code.
error-no-sdo = There is no standards body with that name. The list of standards bodies shows every one.
error-bad-grouping = "{ $value }" is not a grouping (sdo, wg, stream).
error-bad-request = The request could not be understood:
error-bad-number = { $name } must be a whole number, not "{ $value }".
error-bad-family = "{ $value }" is not a family code.
error-bad-verdict = "{ $value }" is not a verdict (creates, mitigates, mixed, discusses, none).
error-bad-kind = "{ $value }" is not a kind of result (revision, finding).
error-bad-section = section must be between 0 and the number of sections ({ $count }) minus one.
error-diff-needs-two = Give two revisions: from and to.
error-search-needs-q = Give a query in q.
error-internal = The server could not answer. Try again later.
error-home = Overview

# participation dashboards
nav-participation = Participation
part-title = Participation in mailing lists
part-intro = Who takes part in the mailing lists where standards are made. These are totals only: no person is ever listed.
part-none-heading = No archives loaded
part-none = No mail archives are loaded, so there is nothing to show yet.
part-none-how = To add archives, start the server with one or more archive files or folders:
part-none-more = A folder counts as one list made of every archive in it (mbox, MMDF, LISTSERV, Pipermail or IETF mail archive files).
part-hidden-note = "< 5" means the figure is hidden: fewer than 5 people are behind it, or it would let someone work out such a figure from the others.
part-privacy-heading = How people are protected
part-privacy = Addresses and names are replaced by keyed codes as soon as a message is read, and no page shows them. Any figure built from fewer than 5 people reads "< 5". Groups and regions come from the mail domain or from a person's own consented report, never from names.
part-lists = Lists
part-lists-intro = Whole-archive figures for each loaded list. Periods are by { $period }.
part-lists-caption = Loaded lists
part-compare-link = Compare the lists side by side
part-api-link = The same figures as JSON
part-several = People who posted to more than one list: { $value }
part-unreadable = Files that could not be read as mail archives
part-back = All lists
part-list-title = Participation: { $list }
part-period-month = month
part-period-quarter = quarter
part-period-year = year
part-fact-format = Archive format
part-fact-bytes = Bytes read
part-fact-domains = Sender mail domains
part-fact-undated = Messages without a date
part-fact-skipped = Messages that could not be read
part-activity = Activity by { $period }
part-activity-caption = Messages, people, threads and concentration per period
part-chart-messages = Messages per list
part-chart-period-messages = Messages per period
part-chart-participants = People per list
part-chart-civil-society = Share of messages from civil society, per list
part-chart-groups = Share of messages by stakeholder group ({ $period })
part-shares = Who takes part: { $period }
part-choose-period = Show figures for
part-whole-archive = Whole archive
part-groups = Stakeholder groups
part-groups-caption = Messages and people by stakeholder group
part-regions = Regions
part-regions-caption = Messages and people by region (UN M49)
part-orgs = Organisations
part-orgs-note = An organisation with fewer than 5 people is never named: it is counted under "other", together with people who write from personal addresses.
part-orgs-caption = Messages and people by organisation
part-sources = Where the groups come from
part-sources-note = Each sender's group comes from the domain table, a domain suffix rule, their own consented report, or is unknown.
part-sources-caption = Messages and people by source of the classification
part-concentration = Concentration
part-concentration-note = How much a few organisations dominate. HHI and Gini go from 0 (spread out) to 1 (one organisation sends everything). A higher entropy means more spread. The elephant factor is the smallest number of organisations that send half of the messages.
part-retention = Newcomers and retention
part-retention-note = People are grouped by the period of their first message. The share still posting 3, 6 or 12 months later counts only those whose first message is at least that long before the end of the archive.
part-retention-caption = Newcomers who keep taking part, by first period and group
part-replies = Time to a first reply
part-replies-note = Hours from a message to its first reply by someone else: for newcomers' first messages, and for new threads started by people who posted before.
part-replies-caption = Median time to a first reply
part-kind-newcomers = Newcomers' first messages
part-kind-regulars = New threads by regulars
part-all-groups = All groups
part-col-list = List
part-col-format = Format
part-col-messages = Messages
part-col-participants = People
part-col-threads = Threads
part-col-replies = Replies
part-col-newcomers = Newcomers
part-col-period = Period
part-col-hhi = HHI
part-col-gini = Gini
part-col-entropy = Entropy (bits)
part-col-elephant = Elephant factor
part-col-people = People
part-col-share = Share of messages
part-col-group = Group
part-col-region = Region
part-col-organisation = Organisation
part-col-source = Source
part-col-cohort = First message in
part-col-retained-3 = Still posting after 3 months
part-col-retained-6 = Still posting after 6 months
part-col-retained-12 = Still posting after 12 months
part-col-kind = Messages
part-col-answered = Answered
part-col-unanswered = Not answered
part-col-median-hours = Median hours to a first reply
part-col-metric = Figure
part-compare-title = Lists side by side
part-compare-intro = Every loaded list, side by side, for comparing standards bodies (for example IETF, 3GPP and W3C lists).
part-compare-figures = Whole-archive figures
part-compare-caption = Figures per list
part-compare-charts = Charts
part-compare-charts-intro = The same figures as in the table above.
part-row-share = Share: { $group }
part-row-reply-newcomers = Median hours to a first reply, newcomers
part-row-reply-regulars = Median hours to a first reply, regulars
part-group-industry = Industry
part-group-government = Government
part-group-academia = Academia
part-group-civil-society = Civil society
part-group-technical-community = Technical community
part-group-individual = Individuals
part-group-unknown = Unknown
part-region-001 = World
part-region-002 = Africa
part-region-019 = Americas
part-region-021 = Northern America
part-region-419 = Latin America and the Caribbean
part-region-142 = Asia
part-region-030 = Eastern Asia
part-region-034 = Southern Asia
part-region-035 = South-eastern Asia
part-region-145 = Western Asia
part-region-150 = Europe
part-region-151 = Eastern Europe
part-region-154 = Northern Europe
part-region-155 = Western Europe
part-region-039 = Southern Europe
part-region-009 = Oceania
part-region-unknown = Unknown
part-source-table = Domain table
part-source-suffix-rule = Suffix rule
part-source-self-report = Self-report
part-source-unknown = Unknown
part-org-other = Other (organisations under 5 people, and individuals)
part-org-unlisted = { $domain } (not in the table)
part-error-no-list = There is no loaded list of that name. The participation page lists every loaded list.
part-error-bad-period = "{ $value }" is not a period of this list.

## Trends
nav-trends = Trends
trends-title = Trends: considerations sections and risks over time
trends-intro = For each year, IETF area, stream, working group or standards body, this page counts the stored documents (each at its latest revision) and shows how many have Security, Privacy, Human Rights and IANA considerations sections, what rightscope found in them, and the verdicts per risk family.
trends-substantive = A section is substantive when it says more than "None.": at least 8 words, and at least 60 words if it only states that there is nothing to consider.
trends-limits = Limits: the figures cover only the documents in this store, not every standard. A section is found by its heading, so one under another name is not counted. A finding is a sentence a rule matched, not a person's judgement. Small groups change a lot with one document.
trends-legend = Group documents
trends-by = Group by
trends-apply = Show
trends-by-year = Year
trends-by-area = Area
trends-by-stream = Stream
trends-by-wg = Working group
trends-by-sdo = Standards body
trends-unknown = Unknown
trends-percent = { $value }%
trends-showing = Showing groups { $first } to { $last } of { $total }.
trends-empty = The store has no documents yet.
trends-csv = Download these figures as CSV
trends-json = These figures as JSON
trends-chart-heading = Share of documents with { $kind }, by { $by }
trends-chart-caption = The figures of the chart: { $chart }
trends-milestones = Marked years: RFC 6973 (privacy considerations for Internet protocols, 2013) and RFC 8280 (human rights protocol considerations, 2017).
trends-milestone-summary = Before { $year } ({ $rfc }): { $before } of { $before_documents } documents had such a section. From { $year }: { $after } of { $after_documents }.
trends-milestone-note = { $rfc } published
trends-note = Note
trends-documents = Documents
trends-with-section = With a section
trends-with-substantive = With a substantive section
trends-kind-SecurityConsiderations = Security Considerations
trends-kind-PrivacyConsiderations = Privacy Considerations
trends-kind-HumanRightsConsiderations = Human Rights Considerations
trends-kind-IanaConsiderations = IANA Considerations
trends-col-present = { $kind }: with a section
trends-col-substantive = { $kind }: substantive
trends-considerations-heading = Considerations sections
trends-considerations-caption = Documents with each kind of considerations section, share and count
trends-findings-heading = Findings
trends-findings-intro = Risk findings are sentences that may create a risk; mitigation findings protect people; context findings describe a risk without creating it.
trends-findings-caption = Findings by polarity, then per family as risk / mitigation / context
trends-polarity-risk = Risk
trends-polarity-mitigation = Mitigation
trends-polarity-context = Context
trends-verdicts-heading = Verdicts
trends-verdicts-intro = Each document gets one verdict per risk family; these are the counts over all families.
trends-verdicts-caption = Verdicts per group, over all families
trends-error-bad-by = "{ $value }" is not a grouping (year, area, stream, wg, sdo).
trends-error-bad-page = There is no page { $value }: there are { $pages } pages.

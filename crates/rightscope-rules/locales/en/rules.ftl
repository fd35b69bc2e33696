# Rule texts for rightscope, generated from crates/rightscope-rules/rules/*/*.toml.
# Do not edit: change the rule file and run `RIGHTSCOPE_UPDATE_FTL=1 cargo test -p rightscope-rules`.

rule-A11Y001-summary =
    The text relies on a puzzle such as a CAPTCHA that people must solve to prove they are human.
rule-A11Y001-why =
    Visual CAPTCHAs lock out blind and partially sighted people, audio versions lock out deaf people, and
    both are hard for people with cognitive disabilities. A person who cannot solve the puzzle is refused
    service even though they are entitled to it. W3C documents the inaccessibility of CAPTCHA in detail.
rule-A11Y001-fix =
    Prefer checks that need no human puzzle (rate limits, privacy-preserving tokens, attestation that does not
    track people), or require at least two alternatives in different senses and a human contact route.

rule-A11Y002-summary =
    People can only use this feature by speaking or listening, with no text or visual alternative.
rule-A11Y002-why =
    A service that works only by voice excludes deaf and hard-of-hearing people and people who cannot
    speak. RFC 3351 asks service providers to offer a text alternative to voice-activated menus. Offering
    the same function by text, touch or video lets everyone use it.
rule-A11Y002-fix =
    Offer the same interaction through another sense: real-time text (RFC 4103), keypad input, on-screen
    text or video with sign language, and say so in the specification.

rule-A11Y003-summary =
    A person must react within a fixed time, which some disabled or older people cannot do.
rule-A11Y003-why =
    People who use screen readers, switch devices or relay services, and people with motor or cognitive
    disabilities, often need more time to read and respond. A fixed deadline can lock them out or cancel
    what they were doing. W3C guidance asks that time limits can be turned off, adjusted or extended.
rule-A11Y003-fix =
    Avoid time limits on human input, or let the person (or their device) ask for more time, and make the
    limit long enough for assistive technology and relay services.

rule-A11Y004-summary =
    Pictures, sound or video may be sent without a text alternative that blind or deaf people could use.
rule-A11Y004-why =
    Blind people rely on text descriptions of images, and deaf people on captions or transcripts of sound.
    When a format lets these be left out, people who cannot see or hear the content are shut out of it.
    RFC 9620 cites HTML's rule that every image needs an alt attribute as an example of good design.
rule-A11Y004-fix =
    Make a text alternative, caption or transcript part of the format, required where the content carries
    meaning, and say how it is labelled with its language.

rule-A11Y005-summary =
    Information reaches the person through one sense only, such as a sound, a colour or a flashing light.
rule-A11Y005-why =
    A warning given only as a beep is lost on deaf people, and a state shown only by colour is lost on
    colour-blind and blind people. Giving the same information in a second form (text, vibration, speech)
    costs little and keeps everyone informed.
rule-A11Y005-fix =
    Convey each signal meant for people in at least two forms, for example text plus sound, and let
    devices render it with assistive technology.

rule-A11Y006-summary =
    A security check works only if people can speak and hear, or see and scan a code.
rule-A11Y006-why =
    Some protocols ask two people to read a short code aloud to each other, or to scan a code with a
    camera, before a call or device can be trusted. Deaf people, people who cannot speak and blind people
    then cannot do the check and are left with a weaker or no protection.
rule-A11Y006-fix =
    Allow the same check over another channel, such as comparing the code as text, typing it in, or
    confirming it with a relay service, and describe that alternative in the specification.

rule-A11Y007-summary =
    The text supports real-time text, so people can converse by typing, character by character.
rule-A11Y007-why =
    Real-time text lets deaf, hard-of-hearing and speech-impaired people hold a live conversation by
    typing, with each character sent as it is typed, alongside or instead of voice. RFC 4103 and RFC 9071
    carry it in calls and multiparty sessions, and RFC 9620 cites this work as good accessibility design.
rule-A11Y007-fix =
    Keep real-time text a first-class medium, including in emergency calls and multiparty sessions.

rule-A11Y008-summary =
    The text provides captions, subtitles or audio description alongside media.
rule-A11Y008-why =
    Captions and subtitles make speech in audio and video available to deaf and hard-of-hearing people,
    and audio description makes pictures available to blind people. Formats that carry them as separate,
    labelled tracks let each person pick what they need.
rule-A11Y008-fix =
    Keep caption, subtitle and description tracks first-class, labelled with their language and purpose.

rule-A11Y009-summary =
    The text supports sign language, lip-reading or total conversation (video, voice and text together).
rule-A11Y009-why =
    Many deaf people's first language is a sign language, which needs good enough video to be understood.
    Total conversation combines video, voice and real-time text in one call so that people can use the
    mode that suits them. RFC 8373 lets a call ask for a sign language as it asks for a spoken one.
rule-A11Y009-fix =
    Keep video quality, language negotiation and relay services good enough for sign language.

rule-A11Y010-summary =
    The text provides a text alternative for images, sound or voice, so content works for more people.
rule-A11Y010-why =
    A text alternative can be read aloud by a screen reader, shown in braille, or read by a deaf person.
    RFC 9620 cites HTML's alt attribute as a design that keeps images accessible to people who cannot see
    them, and RFC 3351 asks for text alternatives to voice menus.
rule-A11Y010-fix =
    Make text alternatives required where content carries meaning, and label them with their language.

rule-A11Y011-summary =
    The text supports relay services that let deaf or speech-impaired people call hearing people.
rule-A11Y011-why =
    Relay services translate between voice and text or sign language during a call, so that deaf,
    hard-of-hearing and speech-impaired people can reach anyone with a phone. Protocols that let a relay
    join a call smoothly, including emergency calls, keep that route open.
rule-A11Y011-fix =
    Let relay services join and leave calls without breaking them, and protect the privacy of relay users.

rule-A11Y012-summary =
    The text supports assistive technology such as screen readers or braille, or follows W3C accessibility guidance.
rule-A11Y012-why =
    Blind and partially sighted people read with screen readers, braille displays and magnifiers. Content
    and protocols that keep structure and text available to these tools, as W3C's accessibility guidelines
    describe, let disabled people use the same services as everyone else.
rule-A11Y012-fix =
    Cite the W3C accessibility guidance you follow and test with assistive technology.

rule-A11Y013-summary =
    The text takes the needs of disabled people, such as deaf or blind users, into account.
rule-A11Y013-why =
    Naming the needs of deaf, blind, speech-impaired and other disabled people is the first step to a
    design that works for them. RFC 3351 asks that designs include their abilities and preferences, and
    RFC 9620 asks whether a protocol provides an enabling environment for all.
rule-A11Y013-fix =
    Go from naming these needs to requirements: alternatives in more than one sense, and tests with users.

rule-CENS001-summary =
    The text describes or enables a way to block or filter people's access to content or sites.
rule-CENS001-why =
    Blocking and filtering decide what people can read and publish. Once a mechanism exists it is easy to
    widen from its first purpose to political speech, news or minority content, and it often blocks far
    more than intended. RFC 7754 explains the technical and human costs of blocking.
rule-CENS001-fix =
    Prefer designs that do not create choke points for blocking, make any blocking visible to users (for
    example HTTP 451 or DNS extended errors), and discuss the censorship risk in the document.

rule-CENS002-summary =
    DNS answers are rewritten, redirected or withheld on purpose, which is a common way to block sites.
rule-CENS002-why =
    When a resolver lies about where a site is, people are silently sent somewhere else or told the site
    does not exist. This is the most common form of Internet censorship, and users usually cannot tell it
    apart from a real outage. RFC 7754 and RFC 9505 describe DNS-based blocking.
rule-CENS002-fix =
    Make policy-based answers visible (for example with the Blocked, Censored or Filtered extended DNS
    errors), keep DNSSEC validation possible, and describe who sets the policy.

rule-CENS003-summary =
    Content or domains are blocked because they appear on a list or because an authority demands it.
rule-CENS003-why =
    Blocklists decide in advance what people may reach, and lists demanded by governments or courts are a
    main tool of Internet censorship. Lists are rarely public, are hard to appeal, and tend to grow beyond
    their first purpose.
rule-CENS003-fix =
    Say who maintains the list and under what oversight, make blocking visible to the user with a reason,
    and provide a way to report wrongful blocking.

rule-CENS004-summary =
    The network looks inside the content of people's traffic, which is used to censor and to discriminate between services.
rule-CENS004-why =
    Deep packet inspection reads what people send, not just where it goes. It is the basis of keyword
    censorship, blocking of circumvention tools and unequal treatment of applications, and it also exposes
    private content to the network operator.
rule-CENS004-fix =
    Design the protocol so that the network does not need to see content (end-to-end encryption, minimal
    cleartext signals), and do not rely on DPI for any function.

rule-CENS005-summary =
    Names sent in the clear, such as the TLS server name or DNS query, let the network pick out and block specific sites.
rule-CENS005-why =
    Even when content is encrypted, plaintext names show the network which site a person is visiting.
    Censors use them to block single sites without touching others, and people cannot see why the
    connection failed. RFC 9505 surveys this technique.
rule-CENS005-fix =
    Encrypt the names (Encrypted Client Hello, encrypted DNS) or avoid sending them in the clear, and
    discuss in the document which fields an on-path party can use to block.

rule-CENS006-summary =
    The text provides for removing content or seizing domain names on demand, a route to censorship.
rule-CENS006-why =
    Takedown and seizure remove speech from the whole Internet rather than for one network. Without due
    process, notice and appeal, they are used against journalists, activists and minorities, and mistakes
    are hard to undo.
rule-CENS006-fix =
    Require notice to the affected publisher, a reason and legal basis, a way to appeal, and transparency
    reporting; avoid making one party able to remove content for everyone.

rule-CENS007-summary =
    The text describes cutting off or disrupting connections, such as forged resets or shutdowns, to stop access.
rule-CENS007-why =
    Shutdowns and forged connection resets cut people off from information and from each other, often
    during protests or elections. Because the disruption looks like a technical failure, people may not
    know they are being censored.
rule-CENS007-fix =
    Make the protocol robust against injected resets (authenticate control messages, encrypt transport
    headers), and discuss interference in the security or human rights considerations.

rule-CENS008-summary =
    The design helps people reach information despite censorship or blocking.
rule-CENS008-why =
    When governments or networks block content, circumvention tools and censorship-resistant designs keep
    access open for journalists, activists and ordinary people. RFC 9620 asks protocol designers whether
    their protocol could be made more censorship resistant.
rule-CENS008-fix =
    Keep the property explicit, and note its limits (for example, that traffic may still be identified as
    circumvention traffic).

rule-CENS009-summary =
    Blocking for legal reasons is signalled openly with HTTP status 451, so people can see that content is withheld and by whom.
rule-CENS009-why =
    When content is blocked silently, people cannot tell censorship from a broken site and cannot challenge
    it. The 451 status code and the blocked-by link relation make legal blocking visible and name the
    blocking party. RFC 9620 recommends such explicit signals.
rule-CENS009-fix =
    Require the 451 response body to explain the legal demand, and include the blocked-by link relation.

rule-CENS010-summary =
    When something is blocked, the protocol tells the user that it was blocked and why.
rule-CENS010-why =
    Silent blocking looks like a broken network, so people cannot tell they are being censored, cannot
    complain and cannot seek a remedy. An explicit signal with a reason makes blocking accountable. RFC
    9620 asks protocols to make restricted access apparent; this is a partial mitigation, since the blocking
    itself still happens.
rule-CENS010-fix =
    Define distinct error codes for blocking by the operator, by external requirement and at the user's
    request, and let implementations show the reason to the user.

rule-CENS011-summary =
    Names of the sites people visit are encrypted, so the network cannot single them out for blocking.
rule-CENS011-why =
    Censors often block by the server name that TLS sends in the clear. Encrypting it, as Encrypted Client
    Hello does, forces a censor to block whole services rather than single sites and protects what people
    read from observers. RFC 9620 cites it as an example of censorship resistance.
rule-CENS011-fix =
    Make name encryption the default where the protocol carries names, and describe what remains visible.

rule-CENS012-summary =
    Filtering happens only when the user asks for it or can switch it off, rather than being imposed on them.
rule-CENS012-why =
    Filtering a person chose for themselves, such as a malware or parental filter they turned on, respects
    their autonomy. The same machinery imposed by a network or state is censorship. Keeping the user in
    control is the key difference.
rule-CENS012-fix =
    Make filtering opt-in and under the user's control, and distinguish user-requested filtering from
    operator or external blocking in the protocol's signals.

rule-CENS013-summary =
    Blocking hits more than its target, cutting off lawful content or unrelated sites that share the same address or name.
rule-CENS013-why =
    Many sites share addresses, servers and domains, so blocking one often blocks thousands of others.
    People lose access to lawful information and services without anyone having decided to block them.
    RFC 7754 discusses this collateral damage.
rule-CENS013-fix =
    Avoid designs that force coarse blocking (shared addresses, shared names), and document the collateral
    effects of any blocking the protocol supports.

rule-CENT001-summary =
    One party controls a part of the system that everyone depends on, giving it power to exclude or censor.
rule-CENT001-why =
    When a single company, registry or authority controls a function everyone needs, it can decide who
    takes part, can be pressured by governments, and becomes a single target for surveillance and failure.
    RFC 9620 asks whether a protocol can work without a single point of control.
rule-CENT001-fix =
    Allow several independent operators or roots of trust, let users choose between them, and document who
    controls any remaining central function and how that control is checked.

rule-CENT002-summary =
    People must hold an account with a particular provider to use the protocol or device.
rule-CENT002-why =
    A mandatory account ties people to one provider, gives that provider a record of who uses the service,
    and lets it shut anyone out. People without the required documents, payment means or acceptable
    identity may be excluded altogether.
rule-CENT002-fix =
    Let the protocol work without an account where possible, allow any compatible provider, and keep
    account data to the minimum.

rule-CENT003-summary =
    Using or implementing the protocol depends on proprietary technology, fees or documents that are not openly available.
rule-CENT003-why =
    If a standard can only be implemented with one vendor's code, paid licences or specifications behind a
    paywall, only some can build it. That locks users into particular products and keeps independent and
    open-source implementers out. RFC 9620 §4.7 asks about proprietary dependencies.
rule-CENT003-fix =
    Replace proprietary dependencies with open, freely available specifications, and disclose any patents
    or fees needed to implement the standard.

rule-CENT004-summary =
    The system works only through one company's cloud or servers, so that company can switch it off or shut people out.
rule-CENT004-why =
    When devices or protocols can only talk through a particular vendor's service, people lose the use of
    what they own if the vendor fails, changes terms or is ordered to cut them off, and all their activity
    passes through that one company.
rule-CENT004-fix =
    Allow the service to be self-hosted or provided by any compatible operator, and make local operation
    possible without the vendor.

rule-CENT005-summary =
    The design funnels everyone's traffic or data through one or a few operators.
rule-CENT005-why =
    When all queries or messages pass through one or a few large operators, those operators see what
    everyone does, can be pressured to block or hand over data, and become single points of failure.
    RFC 9620 notes that centralisation makes monitoring and censorship easier.
rule-CENT005-fix =
    Allow many independent operators, spread traffic between them, let users choose, and avoid defaults that
    send everyone to the same place.

rule-CENT006-summary =
    Only software or devices approved by one vendor or platform may take part, making that party a gatekeeper.
rule-CENT006-why =
    If one company decides which implementations may connect, it can exclude competitors, open-source
    projects and apps it dislikes, and can be made to remove tools people rely on, such as circumvention
    or encrypted messaging apps.
rule-CENT006-fix =
    Let any implementation that follows the standard participate, and if certification is needed, allow
    several independent certifiers with public criteria.

rule-CENT007-summary =
    The design ties people to one vendor, platform or network, making it hard to switch.
rule-CENT007-why =
    Lock-in lets one company set the terms people must accept, including what they may say and who can see
    their data, because leaving means losing contacts, data or devices. Closed ecosystems also split the
    Internet into separate islands.
rule-CENT007-fix =
    Use open formats and protocols, allow interoperation with other providers, and support moving data and
    identifiers elsewhere.

rule-CENT008-summary =
    The design spreads control across many independent parties instead of concentrating it in one.
rule-CENT008-why =
    Decentralised systems have no single party that can switch everyone off, read everyone's data or
    decide who may take part. RFC 9620 §4.19 describes decentralisation as a central concept of the
    Internet's architecture.
rule-CENT008-fix =
    Keep the property explicit and check that defaults and deployment advice do not recentralise the
    system in practice.

rule-CENT009-summary =
    Independent providers can each run their own servers and still talk to one another, as with email.
rule-CENT009-why =
    Federation lets people pick or run their own provider while still reaching everyone else. No single
    company controls the network, and people can leave a provider without leaving their contacts. RFC 9620
    asks whether a protocol can be deployed in a federated manner.
rule-CENT009-fix =
    Make federation the normal deployment model, specify server-to-server interoperation fully, and avoid
    features that only work within one provider.

rule-CENT010-summary =
    The design builds on open, freely available standards and software that anyone can implement.
rule-CENT010-why =
    Open standards let anyone build compatible software, including open-source projects and small
    companies, so people are not tied to one vendor and can inspect how their tools work. RFC 9620 §4.7
    explains why openness matters for rights.
rule-CENT010-fix =
    Keep normative dependencies open and freely available, and disclose any patent claims.

rule-CENT011-summary =
    The text states that no single party controls or is needed for the system.
rule-CENT011-why =
    A design that does not depend on any single authority or provider cannot be switched off, censored or
    monopolised by one party, and people keep a choice of whom to trust.
rule-CENT011-fix =
    Keep the statement normative and check that it holds for defaults and bootstrapping too.

rule-CENT012-summary =
    Several independent implementations or providers exist and interoperate, so people are not tied to one vendor.
rule-CENT012-why =
    When many independent teams implement a standard and their products work together, no single vendor
    controls the technology, and people can switch if one lets them down.
rule-CENT012-fix =
    Report implementation and interoperability status, and avoid features only one implementation can provide.

rule-CENT013-summary =
    People can choose or change their provider and take their data and identifiers with them.
rule-CENT013-why =
    Choice of provider, and the ability to leave with one's data and address, stops any one provider from
    holding people captive. It also gives people a remedy when a provider treats them badly.
rule-CENT013-fix =
    Avoid hard-coded providers, make configuration of alternatives easy, and specify export formats for user
    data.

rule-CONS001-summary =
    The document has no Security Considerations section.
rule-CONS001-why =
    Every RFC must say how its protocol can be attacked and how people are protected (RFC 3552). Without
    that section, readers cannot tell whether the authors thought about attackers at all, and harms to the
    people who use the protocol go unexamined.
rule-CONS001-fix =
    Add a Security Considerations section following RFC 3552: threats, what the protocol protects, and what it does not.

rule-CONS002-summary =
    The document has no IANA Considerations section.
rule-CONS002-why =
    The IANA Considerations section says which public registries a document creates or uses. It is
    required in RFCs, and its absence is often a sign of an older or incomplete document whose other
    considerations sections should be checked too.
rule-CONS002-fix =
    Add an IANA Considerations section, even if it only says the document has no IANA actions (RFC 8126).

rule-CONS003-summary =
    The document handles personal data but has no Privacy Considerations section.
rule-CONS003-why =
    When a protocol carries or stores information about people, such as their location, identity or
    activity, readers need to know who can see it, how long it is kept, and how it could be misused.
    RFC 6973 asks protocol designers to answer these questions in a Privacy Considerations section.
rule-CONS003-fix =
    Add a Privacy Considerations section following RFC 6973 §7: data collected, who sees it, retention, minimisation.

rule-CONS004-summary =
    The document deals with surveillance, interception or censorship but has no Human Rights Considerations.
rule-CONS004-why =
    Interception, surveillance and censorship directly affect privacy and freedom of expression. RFC 9620
    offers guidelines for reviewing such documents, and a Human Rights Considerations section shows
    readers that the authors weighed the impact on people and on groups at risk.
rule-CONS004-fix =
    Add a Human Rights Considerations section that answers the RFC 9620 §4 questions that apply.

rule-CONS005-summary =
    The document carries text shown to people but has no Internationalization Considerations section.
rule-CONS005-why =
    Text that people read must work in their language and script. RFC 2277 asks every protocol that
    carries human-readable text to say how it handles character sets and languages, usually in an
    Internationalization Considerations section.
rule-CONS005-fix =
    Add Internationalization Considerations (RFC 2277 §6): charset (UTF-8), language tags, and localisation.

rule-CONS006-summary =
    The document touches on disabled people's needs but has no Accessibility Considerations section.
rule-CONS006-why =
    When a document affects how deaf, blind or other disabled people communicate, a dedicated section lets
    reviewers check what works for them and what does not. RFC 9620 asks whether a protocol provides an
    enabling environment for all.
rule-CONS006-fix =
    Add Accessibility Considerations: which modalities are supported, alternatives, and W3C guidance followed.

rule-CONS007-summary =
    The Security Considerations section is only a sentence or two long.
rule-CONS007-why =
    A Security Considerations section of a few words rarely shows that threats to users were analysed.
    RFC 3552 asks authors to describe the attacks in scope, what the protocol protects against and what it
    leaves open, so implementers and users know the risks.
rule-CONS007-fix =
    Expand the section following RFC 3552 §5, or explain briefly why the document cannot affect security.

rule-CONS008-summary =
    The Security Considerations section simply claims the document raises no security issues.
rule-CONS008-why =
    A claim of "no security considerations" without an analysis gives readers nothing to check, and new
    features often change who can see or alter people's data. RFC 3552 asks authors to show the analysis
    that leads to such a conclusion.
rule-CONS008-fix =
    Explain why: which threats were considered, which existing analyses apply (with references), and what remains open.

rule-CONS009-summary =
    The Privacy Considerations section simply claims the document raises no privacy issues.
rule-CONS009-why =
    Saying "no privacy considerations" without analysis hides how identifiers, metadata or stored data
    could reveal things about people. RFC 6973 gives a list of threats and questions that should be walked
    through before reaching that conclusion.
rule-CONS009-fix =
    Walk through the RFC 6973 §5 threats and §7 questions and record the answers, even when they are short.

rule-CONS010-summary =
    The Privacy Considerations section works through the privacy threats and mitigations of RFC 6973.
rule-CONS010-why =
    RFC 6973 sets out how to analyse a protocol for privacy: which data it exposes, who can correlate or
    identify people, and how to minimise data. A section that follows it gives readers a real account of
    the risks to people.
rule-CONS010-fix =
    Keep the analysis current as the protocol changes, and cover each RFC 6973 §7 question.

rule-CONS011-summary =
    The Human Rights Considerations section reviews the document with the RFC 8280 / RFC 9620 guidelines.
rule-CONS011-why =
    RFC 9620 (updating RFC 8280) gives questions that link protocol design to rights such as freedom of
    expression, privacy and non-discrimination. A section that works through them shows the authors
    weighed the effect of the design on people, including groups at risk.
rule-CONS011-fix =
    Answer each RFC 9620 §4 question that applies, and link the answers to the relevant parts of the design.

rule-CONS012-summary =
    The Security Considerations section analyses threats, such as attackers on the path or pervasive monitoring.
rule-CONS012-why =
    A security section that names a threat model and the attackers in scope, as RFC 3552 asks and RFC 7258
    requires for pervasive monitoring, gives implementers and users a basis for trusting the protocol.
rule-CONS012-fix =
    Keep the threat model explicit and say which threats remain open.

rule-CONS013-summary =
    The Internationalization Considerations section explains how text in any script and language is handled.
rule-CONS013-why =
    An Internationalization Considerations section that settles character encoding, language tagging and
    comparison of text shows that people who write in any script can use the protocol, as RFC 2277 asks.
rule-CONS013-fix =
    Cover encoding (UTF-8), language tags, comparison (PRECIS) and display of text, per RFC 2277 §6.

rule-GROUP001-summary =
    People must prove their age, which can expose their identity and shut out those who cannot prove it.
rule-GROUP001-why =
    Age checks often need an ID document, a face scan or a trusted third party, so people reveal who they
    are or how they look just to read or speak. People without documents, migrants and some disabled
    people may never pass, and adults and children alike lose anonymity. The IAB's age-assurance workshop
    (RFC 9998) records these trade-offs.
rule-GROUP001-fix =
    Avoid age checks in the protocol; if the law requires them, use methods that reveal only an age range
    (zero-knowledge proofs), run on the person's device, keep no records, and offer an alternative for
    people who cannot pass.

rule-GROUP002-summary =
    The text defines a field for a person's gender or sex.
rule-GROUP002-why =
    Recording gender or sex can out transgender and non-binary people, expose them to discrimination, and
    force people into two boxes that do not describe them. The FOC statement asks standards to be
    gender-responsive and to consider LGBTQIA+ persons. Many services never need this information.
rule-GROUP002-fix =
    Leave gender out unless it is essential; if it is needed, make it optional, allow values beyond male
    and female including free text and "prefer not to say", and say who may see it.

rule-GROUP003-summary =
    The text handles data about children or students, who need extra protection.
rule-GROUP003-why =
    Children cannot fully judge or consent to how their data is used, and records made in childhood can
    follow them for life. Data about where children are or who they talk to can put them in danger. The
    FOC statement asks standards to give special consideration to the rights of the child.
rule-GROUP003-fix =
    Collect as little about children as possible, keep it on the device or encrypted end to end, delete it
    early, and explain the protections in a Privacy Considerations section.

rule-GROUP004-summary =
    The text handles especially sensitive facts about people, such as health, religion, ethnicity or sexual orientation.
rule-GROUP004-why =
    Facts such as health, religion, ethnicity, political views or sexual orientation can lead to
    persecution, discrimination or violence when they leak or are inferred. Many laws treat them as
    special categories that need the strongest protection.
rule-GROUP004-fix =
    Avoid carrying these facts in the protocol; where unavoidable, make them optional, encrypt them end to
    end, limit who can see them, and discuss the risks in Privacy and Human Rights Considerations.

rule-GROUP005-summary =
    The text could help find or watch people at particular risk, such as journalists, activists or refugees.
rule-GROUP005-why =
    Journalists, activists, human rights defenders, refugees and survivors of abuse can face violence,
    arrest or retaliation if someone learns where they are or who they talk to. RFC 8280 records how
    surveillance technology has been used against them. A feature harmless for most people can be
    life-threatening for these groups.
rule-GROUP005-fix =
    Design so that no party can single out, locate or unmask a person: minimise and encrypt identifying
    data, avoid stable identifiers, and describe the threat to at-risk groups in Human Rights Considerations.

rule-GROUP006-summary =
    Only some languages or scripts are supported, leaving speakers of minority languages out.
rule-GROUP006-why =
    Speakers of minority and Indigenous languages, and people who write right-to-left or in complex
    scripts, are often the last to be supported. When a standard serves only major or Latin-script
    languages, these communities cannot use it in their own language and are pushed to give it up.
rule-GROUP006-fix =
    Support all of Unicode, bidirectional text and language tags for any language (BCP 47), not a chosen list.

rule-GROUP007-summary =
    The text supports parental controls that filter or watch what children do online.
rule-GROUP007-why =
    Parental controls can protect young children, but the same tools filter what older children may learn,
    read their private messages, and can be turned on partners or adults. Children have rights to privacy
    and information too, and network-level filters often block health, sexuality or LGBTQIA+ information.
rule-GROUP007-fix =
    Keep such controls on the device under the family's control, transparent to the child, proportionate to
    age, and unable to be used by networks or third parties; discuss this in Human Rights Considerations.

rule-GROUP008-summary =
    The text considers the needs and safety of groups at particular risk.
rule-GROUP008-why =
    Naming who is most at risk (minorities, Indigenous Peoples, LGBTQIA+ people, children, refugees) is what
    lets designers protect them. The FOC statement asks that special consideration be given to persons in
    vulnerable situations, and RFC 9620 asks about negative consequences for groups and individuals.
rule-GROUP008-fix =
    Turn the concern into concrete protections: data minimisation, anonymity, safe defaults and reporting routes.

rule-GROUP009-summary =
    People can report or block harassment and abuse.
rule-GROUP009-why =
    Women, LGBTQIA+ people, minorities and activists face far more online harassment than others. A way to
    block abusers and report abuse, that does not expose the victim or break encryption for everyone,
    gives them a remedy. RFC 9620 asks whether a protocol supports the right to remedy.
rule-GROUP009-fix =
    Define blocking and reporting that work with end-to-end encryption and do not reveal the reporter.

rule-GROUP010-summary =
    The text considers the safety of journalists, activists and human rights defenders.
rule-GROUP010-why =
    Journalists, activists and human rights defenders rely on the Internet to report and organise, and are
    frequent targets of surveillance and attack. Protocols that let them communicate securely and
    anonymously and reach blocked information help protect freedom of expression for everyone.
rule-GROUP010-fix =
    State which protections (encryption, anonymity, censorship resistance) help these users and their limits.

rule-GROUP011-summary =
    Personal attributes such as gender are optional, open-ended or self-described.
rule-GROUP011-why =
    When gender and similar attributes are optional and open-ended, people are not forced to disclose them
    or to pick a box that misdescribes them. vCard 4 (RFC 6350) lets gender identity be free-form text and
    allows "other", "none" and "unknown".
rule-GROUP011-fix =
    Keep such attributes optional, allow free text and 'prefer not to say', and never require them for service.

rule-GROUP012-summary =
    People can choose not to take part, or must agree before their data is used.
rule-GROUP012-why =
    Consent and a real way to opt out let people, and especially those at risk, refuse tracking or data
    sharing that could harm them. RFC 6973 lists user participation among the ways to mitigate privacy
    threats. Opt-in by default protects those who never find the setting.
rule-GROUP012-fix =
    Prefer opt-in for anything that shares personal data, make opting out easy and lasting, and say so.

rule-GROUP013-summary =
    The text supports minority, Indigenous or right-to-left languages and scripts.
rule-GROUP013-why =
    Support for every script, including right-to-left and complex ones, and for minority and Indigenous
    languages lets these communities use the Internet in their own language. The FOC statement asks for
    special consideration of Indigenous Peoples and people in vulnerable situations.
rule-GROUP013-fix =
    Keep support for all scripts and bidirectional text, and let any language be tagged (BCP 47).

rule-I18N001-summary =
    Text meant for people is limited to basic Latin letters (ASCII), so most of the world cannot write in it.
rule-I18N001-why =
    Most people write in scripts other than basic Latin, or need accents that ASCII lacks. When names,
    messages or descriptions shown to people must be ASCII, those people cannot use their own names or
    language. RFC 2277 requires protocols to carry human-readable text in UTF-8.
rule-I18N001-fix =
    Allow the full range of Unicode in UTF-8 for text meant for people (RFC 2277, RFC 3629), tag it with
    its language (BCP 47), and keep ASCII only for protocol elements people never see.

rule-I18N002-summary =
    Text is assumed to use an old Western European character set unless labelled otherwise.
rule-I18N002-why =
    A default of ISO-8859-1 or ASCII means text in most of the world's scripts is garbled or lost whenever
    a label is missing. RFC 2277 asks protocols to use UTF-8, which covers every script, and HTTP removed
    its ISO-8859-1 default for this reason.
rule-I18N002-fix =
    Make UTF-8 the default and the required encoding for text (RFC 2277, RFC 3629).

rule-I18N003-summary =
    Text meant for people must be in English, which many people cannot read.
rule-I18N003-why =
    Most people in the world do not read English well. When messages, descriptions or errors must be in
    English, they cannot understand what the system tells them. RFC 2277 allows English only as a default
    when the reader's language is unknown, alongside a way to use other languages.
rule-I18N003-fix =
    Allow text in any language, tag it with its language (BCP 47), and let the receiver ask for a
    language; use English only as a fallback when nothing else is known (RFC 2277 §4.5).

rule-I18N004-summary =
    People's names, user names or email addresses must be written in basic Latin letters (ASCII).
rule-I18N004-why =
    A name is part of a person's identity. If user names, display names or email addresses may only use
    ASCII, people who write in Arabic, Chinese, Devanagari or any accented script must take on a foreign
    form of their own name. Internationalised email (RFC 6530) and PRECIS (RFC 8265) show how to do better.
rule-I18N004-fix =
    Accept Unicode user names and addresses, prepared with PRECIS (RFC 8265) or internationalised email
    (RFC 6530–6532), and keep an ASCII form only where a legacy system requires it.

rule-I18N005-summary =
    Text with characters outside basic Latin (ASCII) is refused or stripped.
rule-I18N005-why =
    Refusing or stripping non-ASCII characters silently breaks names and messages written in most of the
    world's languages. People may lose part of their name or be unable to send their message at all.
rule-I18N005-fix =
    Accept UTF-8 text and prepare it with PRECIS (RFC 8264) where comparison is needed, instead of refusing it.

rule-I18N006-summary =
    The character encoding of text is not stated, so the receiver must guess and may garble it.
rule-I18N006-why =
    When text carries no label saying how it is encoded, receivers guess, and text in scripts other than
    basic Latin comes out as nonsense. RFC 2277 requires that any charset other than UTF-8 be explicitly
    identified, and RFC 9620 warns against leaving the charset to local guesswork.
rule-I18N006-fix =
    Require UTF-8, or require every text to be labelled with its charset (RFC 2277 §3.2).

rule-I18N007-summary =
    Text meant for people carries no label saying which language it is in.
rule-I18N007-why =
    Without a language label, software cannot pick the right fonts, spelling, speech voice or
    translation, and cannot offer people text in a language they understand. Screen readers read it with
    the wrong pronunciation. RFC 2277 asks protocols to identify the language of human-readable text.
rule-I18N007-fix =
    Tag human-readable text with a BCP 47 language tag (RFC 5646), as RFC 2277 §4.2 requires.

rule-I18N008-summary =
    Text uses UTF-8 or Unicode, so people can write in any script.
rule-I18N008-why =
    UTF-8 (RFC 3629) encodes every script in Unicode, so people can use their own names and languages.
    RFC 2277 makes UTF-8 the IETF's required encoding for text, and RFC 9620 recommends allowing only
    Unicode in UTF-8 for text that people read or write.
rule-I18N008-fix =
    Keep UTF-8 required for all human-readable text, and prepare identifiers with PRECIS (RFC 8264).

rule-I18N009-summary =
    Text is labelled with its language (BCP 47 language tags).
rule-I18N009-why =
    A language tag tells software which language text is in, so it can pick fonts, spelling, speech and
    translation, and offer people text in a language they understand. RFC 9620 cites RFC 5646 language
    tags as a design that lets information be presented in more than one language.
rule-I18N009-fix =
    Require a BCP 47 language tag on every human-readable text, and allow several languages side by side.

rule-I18N010-summary =
    Domain names and web addresses may be written in any script (internationalised domain names, IRIs).
rule-I18N010-why =
    Internationalised domain names (IDNA, RFC 5890–5893) and IRIs (RFC 3987) let people use addresses in
    their own script rather than only basic Latin letters. This lets people and organisations name
    themselves in their own language on the Internet.
rule-I18N010-fix =
    Support U-labels and IRIs wherever people see or type addresses, and convert to A-labels only on the wire.

rule-I18N011-summary =
    Email addresses and headers may use any script (internationalised email).
rule-I18N011-why =
    Internationalised email (RFC 6530–6533) lets people have email addresses and write message headers in
    their own script. Without it, people must use an address in basic Latin letters that may not match
    their name or language.
rule-I18N011-fix =
    Support SMTPUTF8 end to end and allow UTF-8 in addresses and headers that people see.

rule-I18N012-summary =
    The character encoding of text is labelled, or the text follows the IETF policy on character sets and languages.
rule-I18N012-why =
    A charset label lets the receiver decode text correctly in any script instead of guessing. RFC 2277,
    the IETF policy on character sets and languages, requires this, and following it is a sign the
    authors have thought about people who write in scripts other than basic Latin.
rule-I18N012-fix =
    Prefer UTF-8 only; where other charsets are allowed, require a charset label on every text.

rule-I18N013-summary =
    People can receive text in a language they prefer, or the text is localised for them.
rule-I18N013-why =
    Letting people state a preferred language, and sending human-readable text in several languages,
    means people are addressed in a language they understand. RFC 2277 asks protocols that carry text to
    people to support language negotiation where it matters, and RFC 9620 asks about localisation.
rule-I18N013-fix =
    Let clients state language preferences and allow human-readable text in several tagged languages.

rule-ID001-summary =
    Device addresses are built from the hardware (MAC) address, so the same device can be recognised on every network it joins.
rule-ID001-why =
    A MAC address is burned into a network card and normally never changes. When it is copied into the
    device's IP address, every website and network the person uses sees the same value, so their
    movements and activity can be linked over years. RFC 7721 and RFC 8064 describe this tracking risk.
rule-ID001-fix =
    Generate interface identifiers with RFC 7217 (stable but opaque per network) and RFC 8981 (temporary
    addresses) instead of embedding the hardware address, and say so normatively.

rule-ID002-summary =
    A fixed phone, SIM or hardware identifier (IMEI, IMSI, serial number) is sent in protocol messages.
rule-ID002-why =
    Identifiers such as the IMEI, IMSI or a device serial number are tied to one handset or one SIM for its
    whole life and often to a named contract. Sending them in protocol messages lets every party that sees
    the messages recognise and follow the person, and they cannot be changed when they leak.
rule-ID002-fix =
    Use a per-service or per-session identifier instead, encrypt or conceal the permanent identifier (as 5G does
    with the SUCI), and say who can see it and for how long in the Privacy Considerations.

rule-ID003-summary =
    The text relies on cookies or similar stored values that let sites recognise and follow a person across visits or sites.
rule-ID003-why =
    Persistent and third-party cookies give a browser a label that it sends back automatically, so
    advertising networks can recognise the same person on many sites and over months. Supercookies that
    hide in other storage come back even after the person deletes their cookies. RFC 6265 §7 describes how
    cookies are used to track users.
rule-ID003-fix =
    Limit the lifetime and scope of stored state, partition it per site, give users a way to see and delete
    it, and describe the tracking risk in the Privacy Considerations.

rule-ID004-summary =
    The protocol gives a device, browser or person a permanent identifier that every party it talks to can see.
rule-ID004-why =
    A permanent identifier works like a name tag that never comes off. Anyone who sees it can link
    everything the person does, across services and over years, and combine it with other data. The FOC
    statement names requirements for permanent device identifiers as a human-rights risk.
rule-ID004-fix =
    Use identifiers that are scoped to one service or session, that rotate, or that the user can reset; if a
    stable identifier is unavoidable, explain who sees it and why in the Privacy Considerations.

rule-ID005-summary =
    The same identifier is used across networks, sites or resets, so a person's activity in different places can be linked.
rule-ID005-why =
    An identifier that stays the same when a person moves between networks, websites or applications, or
    even after they reset their device, lets separate observers join up what they see. A home network, a
    café network and a website can then all recognise the same phone. RFC 6973 calls this correlation.
rule-ID005-fix =
    Scope identifiers to one network, site or relying party (RFC 7217, pairwise identifiers), change them
    when the context changes, and let users reset them.

rule-ID006-summary =
    An identifier is fixed in the device or cannot be reset by the person who uses it.
rule-ID006-why =
    If a person cannot change or clear an identifier, any link made between it and their identity is
    permanent. Once it leaks it follows them for the life of the device, and they have no remedy short of
    buying new hardware.
rule-ID006-fix =
    Let the user reset, rotate or delete the identifier, prefer identifiers generated in software over
    hardware-fixed ones, and keep hardware identifiers off the network.

rule-ID007-summary =
    The feature exposes details that can be combined to recognise a person's device without any cookie.
rule-ID007-why =
    Small details such as fonts, screen size, supported options or timing can be combined into a
    fingerprint that is nearly unique to one device. Unlike a cookie, the person cannot see or delete it,
    so it allows hidden tracking across sites and sessions.
rule-ID007-fix =
    Expose as little device-specific detail as possible, make values uniform across implementations, gate
    them behind user permission, and document the fingerprinting surface in the Privacy Considerations.

rule-ID008-summary =
    Hosts use temporary, randomly generated addresses that change over time, making them harder to track.
rule-ID008-why =
    Temporary addresses replace a fixed identifier with a random one that is thrown away after a while.
    Observers can then link a person's activity only for a short period instead of for the life of the
    device. RFC 8981 defines these addresses for IPv6.
rule-ID008-fix =
    Keep temporary addresses on by default for outgoing connections and state how often they change.

rule-ID009-summary =
    Identifiers are opaque and differ per network or site, so they reveal nothing about the device and cannot be linked across places.
rule-ID009-why =
    An identifier that is stable inside one network or for one website, but different everywhere else and
    derived from nothing visible, keeps services working without handing out a global tracking label.
    RFC 7217 does this for IPv6 addresses; pairwise identifiers do it for logins.
rule-ID009-fix =
    Derive identifiers with a keyed pseudorandom function over the context (network prefix, site, relying
    party), never from hardware values, and require it normatively.

rule-ID010-summary =
    Devices use random hardware (MAC) addresses instead of the one burned into the network card.
rule-ID010-why =
    Wi-Fi and Ethernet frames carry the device's MAC address, which local networks and nearby sensors can
    log to follow a phone from place to place. Using a random address per network or per period breaks that
    link. RFC 7844 and RFC 9797 describe how to do this without breaking services.
rule-ID010-fix =
    Support randomised MAC addresses, avoid leaking the real one in higher-layer fields (DHCP client
    identifiers, host names), and explain the effect on the protocol.

rule-ID011-summary =
    Identifiers change regularly or can be reset by the user, which limits how long anyone can follow a person.
rule-ID011-why =
    Even a random identifier becomes a tracking label if it is kept forever. Changing it on a schedule, when
    the device moves to a new network, or whenever the person asks, limits linking to short periods and
    gives people a way to start afresh.
rule-ID011-fix =
    State when identifiers change (per connection, per network, on a timer), make rotation the default, and
    give users a way to reset or delete them.

rule-ID012-summary =
    The text forbids putting hardware addresses or permanent device identifiers into what is sent on the network.
rule-ID012-why =
    Keeping hardware addresses and permanent device numbers off the wire removes the easiest way to follow a
    device across networks and years. RFC 8064 changed the IPv6 defaults for this reason.
rule-ID012-fix =
    Keep the prohibition normative (MUST NOT) and name the replacement scheme, such as RFC 7217 or RFC 8981.

rule-ID013-summary =
    The text takes steps to limit fingerprinting, the recognition of a device from its visible details.
rule-ID013-why =
    Every extra detail a device reveals makes it easier to single out among millions. Keeping those details
    uniform, coarse or behind permission protects people who have deleted cookies or use private modes from
    being recognised anyway.
rule-ID013-fix =
    Keep the mitigation normative and explain what residual fingerprinting surface remains.

rule-LI001-summary =
    The text describes an interface for intercepting people's communications.
rule-LI001-why =
    An interception interface lets a third party copy people's calls and messages. Once it exists, it can be
    abused by insiders, attackers or governments without proper oversight. RFC 2804 explains why the IETF
    does not build wiretapping into its standards.
rule-LI001-fix =
    Remove the interception capability, or explain in a Human Rights Considerations section who can use it,
    under what oversight, and how misuse is detected and prevented.

rule-TRAF001-summary =
    The network adds information, such as a subscriber identity, to people's traffic without their knowledge.
rule-TRAF001-why =
    Header enrichment lets a mobile operator or middlebox stamp a subscriber's identity or phone number onto
    every web request, so websites learn who the person is without asking. It also changes traffic the
    person sent, breaking the principle that the network carries data without altering it.
rule-TRAF001-fix =
    Do not let the network add data to end-to-end traffic; if information must be shared, use an explicit,
    consented, end-to-end mechanism and protect traffic with encryption.

rule-TRAF002-summary =
    A network operator or proxy inserts its own content, such as notices or ads, into the pages people load.
rule-TRAF002-why =
    When an access provider injects content into web pages, people see something the site never sent and
    cannot tell who wrote it. The same capability is used to insert advertising, track users or spread
    malware, and it breaks the integrity of communication. RFC 6108 describes such a system.
rule-TRAF002-fix =
    Deliver operator messages through an explicit channel the user chose (email, an app, a captive-portal
    API), never by modifying end-to-end traffic, and protect traffic with encryption.

rule-TRAF003-summary =
    The network slows down or favours traffic depending on which application, service or content it carries.
rule-TRAF003-why =
    When networks treat traffic differently by application or content, they decide which services succeed
    and which speech is easy to reach. This undermines net neutrality and people's ability to send and
    receive the content of their choice. RFC 9620 §4.4 asks about such differential treatment.
rule-TRAF003-fix =
    Avoid signals that let the network classify content, keep treatment content-agnostic, and if
    differential treatment is unavoidable make it transparent and auditable.

rule-TRAF004-summary =
    Proxies or other network devices change the content of traffic on its way, without the endpoints taking part.
rule-TRAF004-why =
    When devices in the network rewrite, compress or strip what people send and receive, the content that
    arrives is no longer what was sent. People cannot see the change or who made it, and the same ability
    can be used to censor, inject or degrade content.
rule-TRAF004-fix =
    Protect content end to end so intermediaries cannot change it, or require intermediaries to be
    explicit, chosen by an endpoint, and limited to what the endpoints agreed.

rule-TRAF005-summary =
    Some services are made cheaper or faster than others through deals with the network, steering what people use.
rule-TRAF005-why =
    Zero-rating and paid priority let an access provider pick which services are free or fast. People,
    especially those on limited data plans, are pushed towards those services and away from others, which
    narrows the information they can reach and the speech they can publish.
rule-TRAF005-fix =
    Keep the protocol neutral about which services get better treatment, and avoid adding signals whose
    main use is commercial discrimination.

rule-TRAF006-summary =
    The network identifies applications by inspecting traffic and routes or treats them differently as a result.
rule-TRAF006-why =
    Classifying traffic by looking inside it lets a network send different applications down different
    paths, through different middleboxes or at different speeds. Users cannot see or contest this treatment,
    and the same inspection exposes what they do.
rule-TRAF006-fix =
    Let endpoints signal what they want explicitly (and only with benefit to the user), avoid classification
    by payload inspection, and keep treatment transparent.

rule-TRAF007-summary =
    A middlebox breaks open encrypted connections to read or change them, posing as the real server.
rule-TRAF007-why =
    TLS interception replaces the end-to-end protection people rely on with trust in a middlebox that can
    read and modify everything, often with weaker security than the original connection. People are usually
    unaware it is happening.
rule-TRAF007-fix =
    Do not design for interception; if an endpoint needs a service in the path, make it an explicit party
    the user chose, visible in the protocol.

rule-TRAF008-summary =
    Content is protected end to end, so changes made by the network or intermediaries are detected or prevented.
rule-TRAF008-why =
    End-to-end integrity means what arrives is exactly what was sent. It stops networks from injecting,
    rewriting or silently degrading content, and lets people trust what they read. RFC 9620 §4.10 asks
    whether a protocol allows data to be altered.
rule-TRAF008-fix =
    Make the integrity protection mandatory and cover every field an intermediary could change.

rule-TRAF009-summary =
    Intermediaries are explicit and visible to the people whose traffic they handle.
rule-TRAF009-why =
    Hidden middleboxes can change or block traffic without anyone knowing who did it. Requiring
    intermediaries to be explicit and chosen by an endpoint keeps people aware of who handles their traffic
    and lets them hold that party to account. RFC 9620 §4.1 raises this question.
rule-TRAF009-fix =
    Require intermediaries to be configured by or announced to an endpoint, and describe what they may and
    may not do.

rule-TRAF010-summary =
    Intermediaries may act on traffic only with the knowledge and consent of the endpoints; acting without it is flagged as a risk.
rule-TRAF010-why =
    An intermediary that the user chose and agreed to is a service; one that acts on traffic without their
    knowledge is interference. Asking for consent, and saying so in the protocol, keeps people in control
    of their own communications. RFC 3238 and RFC 8890 put the user's interests first.
rule-TRAF010-fix =
    Require intermediary functions to be authorised by at least one endpoint, visible to both, and easy to
    refuse.

rule-TRAF011-summary =
    The network treats all traffic the same way, whatever content or application it carries.
rule-TRAF011-why =
    Content-agnostic treatment means the network does not pick winners among services or speech. It keeps
    the Internet open for new services and for people who publish content that operators might disfavour.
    RFC 9620 lists content agnosticism among its guidelines.
rule-TRAF011-fix =
    Keep the requirement normative and avoid adding signals that make differential treatment easy.

rule-TRAF012-summary =
    Encryption keeps the network from reading or changing what people send, so it cannot treat it differently.
rule-TRAF012-why =
    What the network cannot see, it cannot block selectively, throttle by content or rewrite. Encrypting
    transport and application data, as QUIC does, limits intermediaries to forwarding packets. RFC 9620
    §4.1 gives this as an example of good practice.
rule-TRAF012-fix =
    Encrypt and authenticate as much of the protocol as possible, and expose only the signals the network
    genuinely needs.

rule-TRAF013-summary =
    The text forbids, or makes impossible, changes to traffic by intermediaries.
rule-TRAF013-why =
    A clear rule that intermediaries must not modify content protects the integrity of what people send
    and receive, and gives them grounds to object when it happens.
rule-TRAF013-fix =
    Back the rule with integrity protection so that violations are detectable, not just forbidden.

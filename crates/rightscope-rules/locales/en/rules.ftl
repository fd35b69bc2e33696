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

rule-ANON001-summary =
    The text requires people to use or prove their real identity.
rule-ANON001-why =
    Real-identity requirements end anonymous and pseudonymous use, which people rely on to speak, seek
    help or organise safely. They also exclude people without official documents, and create databases of
    identities that can be breached or demanded.
rule-ANON001-fix =
    Allow pseudonymous and anonymous use; if an attribute must be checked (such as age), prove only that
    attribute without revealing who the person is.

rule-ANON002-summary =
    The text lets a person's activity in different places be linked together and followed.
rule-ANON002-why =
    Linking what someone does on different sites or services builds a picture of their life they never chose
    to share. It defeats pseudonyms and makes it easy to find out who is behind an account.
rule-ANON002-fix =
    Use separate, unlinkable identifiers for each site, service or context (partitioning), and rotate them.

rule-ANON003-summary =
    The text lets activity be tied back to, or reveal, the identifiable person behind it.
rule-ANON003-why =
    Once requests or messages can be tied to a person, anonymous use is gone: a full record of what they read,
    wrote or bought can be assembled. RFC 6973 names correlation as a core privacy threat.
rule-ANON003-fix =
    Design so that requests cannot be linked (fresh identifiers, relays that separate who from what), and
    describe the remaining correlation risk in the Privacy Considerations.

rule-ANON004-summary =
    The text passes where a user is on the network (address, subnet, location) to servers beyond the one they use.
rule-ANON004-why =
    A client's address or subnet says roughly where a person is and which network they use. Sending it to
    distant servers lets them identify and locate people who thought an intermediary was shielding them.
    RFC 7871 itself warns about the privacy cost of client-subnet information.
rule-ANON004-fix =
    Do not forward client addresses or subnets; if unavoidable, truncate them strongly, make it opt-in, and
    let clients ask for no forwarding.

rule-ANON005-summary =
    The text exposes traits that let servers or observers recognise a person's device without their consent.
rule-ANON005-why =
    Fingerprinting recognises a device from many small characteristics, even after people clear cookies or
    change addresses. It cannot be seen or controlled by the user and defeats their attempts to stay anonymous.
rule-ANON005-fix =
    Expose fewer distinguishing details, make values common to many users, and note the remaining
    fingerprinting surface in the Privacy Considerations.

rule-ANON006-summary =
    The text discusses how anonymous or pseudonymous people can be identified again.
rule-ANON006-why =
    Re-identification and fingerprinting show that removing names is not enough to keep people anonymous.
    A document that discusses them is aware of the risk; check whether its own design adds to it.
rule-ANON006-fix =
    Make sure the design does not add identifying data, and state the residual re-identification risk in
    the Privacy Considerations.

rule-ANON007-summary =
    The text lets people use the service without saying who they are.
rule-ANON007-why =
    Being able to read, call or publish without identifying yourself protects people at risk and those who
    simply do not want to be profiled. Protocols that support anonymous use keep that option open.
rule-ANON007-fix =
    Keep anonymous use available, and make it the default where the service allows.

rule-ANON008-summary =
    The text lets people act under pseudonyms rather than their identity.
rule-ANON008-why =
    Pseudonyms let people keep a stable presence (an account, a reputation) without revealing who they are,
    and separate pseudonyms for separate contexts stop their activities from being linked.
rule-ANON008-fix =
    Keep pseudonyms, use different ones per context, and let users change them.

rule-ANON009-summary =
    The text keeps a person's separate actions from being linked together.
rule-ANON009-why =
    If two actions cannot be linked, no one can build a history of what a person does. Unlinkability is what
    makes pseudonyms and anonymous use hold up over time (RFC 6973).
rule-ANON009-fix =
    Keep the property, and state the conditions under which it holds.

rule-ANON010-summary =
    The text makes a person look the same as many others, so they cannot be singled out.
rule-ANON010-why =
    Anonymity depends on the crowd: the more people share the same observable traits, the harder it is to
    pick one out. Designs that keep users indistinguishable protect all of them.
rule-ANON010-fix =
    Keep the property, and estimate the size of the anonymity set in realistic deployments.

rule-ANON011-summary =
    The text routes requests through a relay so that no single party knows both who asked and what was asked.
rule-ANON011-why =
    Separating identity from content means the server never learns who is asking, and the relay never learns
    what is asked. Neither can build a profile alone, as RFC 9458 (Oblivious HTTP) describes.
rule-ANON011-fix =
    Keep the separation, and require that relay and server are run by different parties.

rule-ANON012-summary =
    The text supports anonymity networks such as Tor or mix networks.
rule-ANON012-why =
    Anonymity networks hide who is talking to whom, even from the network operator. They are a lifeline for
    journalists, activists and people under censorship, and protocols that work over them keep that option.
rule-ANON012-fix =
    Keep the support, and avoid features that leak identity around the anonymity network.

rule-ANON013-summary =
    The text lets people prove they are allowed to do something without revealing who they are.
rule-ANON013-why =
    Anonymous tokens and credentials replace identity checks with proofs that reveal nothing else. A service
    can stop abuse without learning or linking who its users are, as Privacy Pass does.
rule-ANON013-fix =
    Keep the mechanism, and make sure token issuance and redemption cannot be linked.

rule-ANON014-summary =
    The protocol tells a remote party which user is behind a network connection.
rule-ANON014-why =
    When a server answers "who owns this connection" with a login name, anyone the user connects to can
    learn who they are on their own machine, without asking them. The user cannot stay anonymous to the
    services they reach, and the name can be used to follow them from service to service.
rule-ANON014-fix =
    Do not return user names to remote parties; if a reply is needed, return an opaque, per-connection token that only the local operator can map to a person, and let users turn the service off.

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

rule-CONS014-summary =
    The Security Considerations section says what the protocol exposes about people: their identity, activity or personal data.
rule-CONS014-why =
    Security Considerations that stop at attacks on servers leave readers guessing about the people who use
    a protocol. When these sections name what can be learnt or tracked about users, and what protects them,
    readers and implementers can weigh the privacy cost, as RFC 6973 asks.
rule-CONS014-fix =
    Keep saying who can learn what about users and what limits it; a long account can move into its own Privacy Considerations section.

rule-CONS015-summary =
    The abstract says the document is about privacy: its analysis or its protection is the document's purpose.
rule-CONS015-why =
    When the abstract says a document analyses privacy threats or protects privacy, the whole document is
    its privacy considerations, whatever its sections are called. Readers can expect the analysis RFC 6973
    asks for throughout the text, not in one closing section.
rule-CONS015-fix =
    Keep the analysis linked to the protocol text it concerns, and say which threats remain open.

rule-CONS016-summary =
    The Privacy Considerations section says what the protocol exposes about people: their identity, activity or personal data.
rule-CONS016-why =
    A Privacy Considerations section that names what can be learnt or tracked about users, and what
    protects them, lets readers and implementers weigh the privacy cost of a protocol, as RFC 6973 asks.
    It is the clearest sign that the authors looked at the people behind the traffic.
rule-CONS016-fix =
    Keep saying who can learn what about users and what limits it, and which threats remain open.

rule-ENC001-summary =
    Encryption is optional here, so some traffic may travel readable by anyone on the path.
rule-ENC001-why =
    When encryption is optional, deployments often leave it off, and people's communications travel in the
    clear. RFC 7258 asks protocols to mitigate pervasive monitoring, which optional encryption does not do.
rule-ENC001-fix =
    Make encryption mandatory to implement and to use (MUST), or explain why it cannot be.

rule-ENC002-summary =
    If the strong protection fails, the protocol quietly continues with weaker encryption or none at all.
rule-ENC002-why =
    An attacker on the path can block the strong connection and force the weak or unencrypted one. Silent
    fallback means people believe they are protected while their communications are readable.
rule-ENC002-fix =
    Forbid fallback to cleartext and to weaker versions (MUST NOT), authenticate the negotiation, and
    remember that a peer supports encryption (as HSTS and MTA-STS do).

rule-ENC003-summary =
    The text sends data across the network without encryption.
rule-ENC003-why =
    Anything sent in the clear can be read, copied and stored by every network it crosses: operators,
    attackers and state surveillance alike. Credentials sent in the clear also let others impersonate people.
rule-ENC003-fix =
    Encrypt the data in transit (MUST), and never send passwords or tokens in the clear.

rule-ENC004-summary =
    The key exchange has no forward secrecy: one stolen key unlocks all recorded past traffic.
rule-ENC004-why =
    With static keys or RSA key transport, anyone who records traffic today and obtains the server's key
    later can decrypt everything. This is exactly what large-scale surveillance relies on.
rule-ENC004-fix =
    Use ephemeral (EC)DH key exchange for every session and do not reuse key shares.

rule-ENC005-summary =
    The text hands encryption keys to a middlebox or third party so that encrypted traffic can be read.
rule-ENC005-why =
    Exported or shared keys turn encrypted traffic back into readable traffic for whoever holds them. The
    same mechanism that serves a security appliance serves an eavesdropper, and people cannot tell which
    one is reading.
rule-ENC005-fix =
    Do not export session keys to third parties. Keep inspection at the endpoints, with the knowledge of the
    people communicating.

rule-ENC006-summary =
    The text allows cipher choices that provide no encryption, or only deliberately weak encryption.
rule-ENC006-why =
    NULL ciphers send data readable by anyone while looking like a secure connection, and export-grade
    ciphers were weakened on purpose so that governments could break them. Both expose people's
    communications.
rule-ENC006-fix =
    Forbid NULL and export-grade ciphers (MUST NOT negotiate), or explain why integrity only is enough.

rule-ENC007-summary =
    The text requires or allows a broken cryptographic algorithm (MD5, SHA-1, RC4, DES).
rule-ENC007-why =
    These algorithms can be broken with affordable computing power, so the protection they promise is gone:
    traffic can be read or forged. Requiring them keeps weak encryption alive in deployed systems.
rule-ENC007-fix =
    Replace them with current algorithms (SHA-256, AES-GCM, ChaCha20-Poly1305), and forbid the old ones (MUST NOT).

rule-ENC008-summary =
    The text forbids broken cryptographic algorithms or weak cipher choices.
rule-ENC008-why =
    Forbidding broken algorithms removes options that attackers could force or exploit, so people get the
    protection they were promised. RFC 7465 (no RC4) and RFC 6151 (MD5) are examples.
rule-ENC008-fix =
    Keep the prohibition, and name the current algorithms to use instead.

rule-ENC009-summary =
    The text encrypts traffic by default, or at least opportunistically rather than not at all.
rule-ENC009-why =
    Encryption that is on by default protects everyone, including people who never change a setting.
    RFC 7435 explains that opportunistic encryption is better than none against passive monitoring.
rule-ENC009-fix =
    Keep the default; where possible also authenticate the peer so active attackers are stopped too.

rule-ENC010-summary =
    The text requires the protocol's traffic to be encrypted.
rule-ENC010-why =
    Mandatory encryption protects every user of the protocol, not only those whose operator chose to turn
    it on. It is the main defence against pervasive monitoring (RFC 7258).
rule-ENC010-fix =
    Keep the requirement, and specify a current, authenticated encryption mechanism.

rule-ENC011-summary =
    The text gives each session fresh keys, so a key stolen later cannot unlock recorded past traffic.
rule-ENC011-why =
    Forward secrecy means that recording traffic today and stealing a key tomorrow is not enough to read it.
    It makes bulk collection of encrypted traffic far less useful to surveillance.
rule-ENC011-fix =
    Keep forward secrecy, and require it (MUST) for every session.

rule-ENC012-summary =
    The text stops attackers from forcing connections onto weaker or no encryption.
rule-ENC012-why =
    Downgrade protection keeps the strong encryption both sides support even when an attacker interferes.
    Without it, optional strong security is easy to strip away.
rule-ENC012-fix =
    Keep the protection, and make it mandatory for implementations.

rule-ENC013-summary =
    The text encrypts DNS lookups or the server name, hiding which sites people visit.
rule-ENC013-why =
    DNS queries and the TLS server name reveal which services a person uses, even when the content is
    encrypted. Encrypting them (DoT, DoH, ECH) removes a large source of surveillance and censorship data.
rule-ENC013-fix =
    Keep the protection, and make it the default where the protocol allows.

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

rule-I18N014-summary =
    The messages people write and read can only hold ASCII characters, so most of the world's languages cannot be written in them.
rule-I18N014-why =
    ASCII has the letters of English and little else. When a mail or message format allows only ASCII in the
    text people write and read (the body, the subject, names in header fields), people who write in any
    other script must transliterate, encode around the limit, or cannot use the system in their language.
rule-I18N014-fix =
    Allow UTF-8 in message text and header fields (RFC 6532, RFC 6531), label the charset, and say how older ASCII-only systems are handled.

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

rule-ID014-summary =
    A client identifier carries the device's hardware address, which stays the same on every network.
rule-ID014-why =
    A hardware (MAC) address is set at the factory and goes with the device everywhere. When a protocol
    lets it serve as the client's identifier, every network the device joins, and anyone listening there,
    can recognise the same device and follow its owner from place to place.
rule-ID014-fix =
    Let clients use a random or per-network identifier instead (RFC 7844 anonymity profiles, RFC 7217), and say what the identifier reveals.

rule-ID015-summary =
    The protocol sends the user's login name, an identifier that stays the same for years, for each connection they make.
rule-ID015-why =
    A login name is assigned once and reused as a mail address and an account name. A protocol that hands it
    out for every connection gives every service the user reaches the same label for them, so their visits can
    be linked across services and over time.
rule-ID015-fix =
    Return an opaque token that changes per connection (RFC 1413 allows an encrypted audit token), or nothing at all, and say what the identifier reveals.

rule-ID016-summary =
    The protocol asks clients to keep one identifier for life and send it to every network they join.
rule-ID016-why =
    An identifier that is unique to a device and designed never to change works like a serial number. When
    a client sends it to every network it joins, any network operator, and anyone who sees the messages, can
    recognise the same device, and its owner, wherever it goes and for years.
rule-ID016-fix =
    Let clients use a different identifier on each network or change it over time (RFC 7844 anonymity profiles), and say in the Privacy Considerations what a stable identifier reveals.

rule-LI001-summary =
    The text describes an interface for intercepting people's communications.
rule-LI001-why =
    An interception interface lets a third party copy people's calls and messages. Once it exists, it can be
    abused by insiders, attackers or governments without proper oversight. RFC 2804 explains why the IETF
    does not build wiretapping into its standards.
rule-LI001-fix =
    Remove the interception capability, or explain in a Human Rights Considerations section who can use it,
    under what oversight, and how misuse is detected and prevented.

rule-LI002-summary =
    The text builds a way for a third party to tap into people's communications.
rule-LI002-why =
    A wiretap capability inside equipment or protocols can be turned on by insiders, attackers or
    governments, often without oversight. RFC 2804 explains that such features add complexity and security
    holes, and the FOC statement names communication interception as a human-rights risk of standards.
rule-LI002-fix =
    Leave the capability out of the standard. If it exists elsewhere, state that the protocol does not
    provide it and that endpoints can protect themselves with end-to-end encryption.

rule-LI003-summary =
    The text describes how the person whose communications are intercepted is identified and selected.
rule-LI003-why =
    Target selection is the heart of an interception system: it decides whose calls and messages are copied.
    Standardising it makes interception easier to deploy at scale, including by governments without
    independent oversight.
rule-LI003-fix =
    Do not define target selection in an Internet standard (RFC 2804). If the document must mention it,
    explain the legal safeguards and how misuse is detected.

rule-LI004-summary =
    The text sends copies of people's communications or records to law enforcement.
rule-LI004-why =
    A standard way to hand communications to authorities makes interception cheap and routine. Where the
    rule of law is weak, the same delivery path serves the surveillance of journalists, activists and
    minorities.
rule-LI004-fix =
    Keep delivery to authorities out of the protocol. If the document must describe it, state the legal
    oversight it assumes and how people can seek remedy.

rule-LI005-summary =
    The text requires interception to stay hidden from the person being watched.
rule-LI005-why =
    Secret interception leaves the person no chance to know, object or seek remedy. Hiding it is also what
    makes abuse by insiders and attackers hard to detect.
rule-LI005-fix =
    Do not standardise covert interception. Prefer designs where endpoints can detect tampering or
    interception (authenticated end-to-end encryption, transparency logs).

rule-LI006-summary =
    The text gives a third party a way to obtain the keys that protect people's communications.
rule-LI006-why =
    Escrowed or recoverable keys are a master key to everyone's communications. They are a prime target for
    attackers, and RFC 1984 and RFC 2804 explain why the IETF rejects key escrow and exceptional access.
rule-LI006-fix =
    Remove key escrow and third-party key recovery. Keep keys under the control of the communicating
    endpoints only, and say so.

rule-LI007-summary =
    The text is built to satisfy a legal obligation to make communications interceptable.
rule-LI007-why =
    Interception mandates differ between countries and are sometimes used against people rather than crime.
    Designing a global standard around one regime's mandate spreads interceptability to everyone who uses
    it (RFC 2804).
rule-LI007-fix =
    Keep national interception requirements out of the Internet standard; if they are mentioned, explain
    that they are not requirements of the protocol.

rule-LI008-summary =
    The text copies people's traffic to a separate place so that it can be intercepted.
rule-LI008-why =
    Duplicating a person's traffic to another destination is how network interception works in practice.
    Standard mechanisms for it can be misused to watch anyone whose traffic passes the device.
rule-LI008-fix =
    Do not define traffic duplication for interception. If mirroring is needed for operations, limit it to
    aggregate or anonymised data and forbid its use for interception.

rule-LI009-summary =
    The text refuses to build wiretapping or interception into the protocol.
rule-LI009-why =
    RFC 2804 sets out the IETF's policy not to consider requirements for wiretapping, because wiretap
    features add complexity and security holes and serve no single jurisdiction fairly. A document that
    follows it keeps people's communications free of built-in interception.
rule-LI009-fix =
    Keep the refusal, and point to RFC 2804 for the reasoning.

rule-LI010-summary =
    The text keeps the content of communications readable only by the people communicating.
rule-LI010-why =
    When only the endpoints hold the keys, no server, operator or network device can hand over readable
    content, whatever it is asked to do. End-to-end encryption is the strongest technical guard against
    interception.
rule-LI010-fix =
    Keep end-to-end protection, and make it mandatory rather than optional where possible.

rule-LI011-summary =
    The text lets people or overseers find out about interception of communications.
rule-LI011-why =
    Interception that can be detected, reported or audited can be challenged. Transparency gives people a
    chance at remedy and makes abuse by insiders and attackers visible.
rule-LI011-fix =
    Keep the transparency mechanism, and make detection or notification part of the normative text.

rule-LI012-summary =
    The text rules out hidden access paths (backdoors) into the protocol or its encryption.
rule-LI012-why =
    A backdoor for one party is a backdoor for every attacker who finds it. Stating that a design has none,
    and must have none, protects everyone who relies on it.
rule-LI012-fix =
    Keep the statement, and make it normative (MUST NOT) for implementations.

rule-LI013-summary =
    The text explains that interception features weaken everyone's security, following the IETF's policy.
rule-LI013-why =
    RFC 2804 and RFC 1984 explain that wiretap features and key escrow create security holes that attackers
    can use too. A document that states this is less likely to accept interception requirements.
rule-LI013-fix =
    Keep the statement, and make sure the design follows it.

rule-SURV001-summary =
    The text asks servers or networks to keep logs of who connected to them (addresses, ports, times).
rule-SURV001-why =
    Connection logs tie people's network addresses to what they did and when. Kept logs can be demanded by
    authorities, leaked or sold, and they let anyone holding them reconstruct a person's online activity.
    RFC 6973 lists such stored data as a privacy threat.
rule-SURV001-fix =
    Log only what operations really need, avoid logging client addresses and ports, truncate or anonymise
    them when logging is unavoidable, and state how long logs are kept and who may see them.

rule-SURV002-summary =
    The text expects data about people's use of the network to be kept for a long time, or for legal retention rules.
rule-SURV002-why =
    Data retention rules turn every provider into a store of records about what people did online. The longer
    data is kept, the more it can be breached, reused for other purposes or handed to authorities without
    proper oversight.
rule-SURV002-fix =
    Do not build retention obligations into the protocol. Keep data only as long as the service needs it,
    say so explicitly, and delete or aggregate it afterwards.

rule-SURV003-summary =
    The text has devices or software report what people do to a central collector.
rule-SURV003-why =
    Telemetry that carries user identities or activity becomes a stream of surveillance data about people,
    often without their knowledge. Once collected centrally it can be combined, reused or demanded by others.
rule-SURV003-fix =
    Make reporting opt-in, send only aggregated or anonymised data, remove identifiers, and describe what is
    reported, to whom, and for how long it is kept.

rule-SURV004-summary =
    The text describes watching or recording what particular people do or say.
rule-SURV004-why =
    A protocol feature that monitors people's communications, movements or behaviour can be used to surveil
    journalists, activists or anyone else. RFC 7258 treats pervasive monitoring as an attack, and the FOC
    statement names mass surveillance as a human-rights risk of standards.
rule-SURV004-fix =
    Remove the monitoring capability, or limit it to aggregate network health data that cannot identify people,
    and explain the safeguards in a Privacy or Human Rights Considerations section.

rule-SURV005-summary =
    The text collects personal data or communications metadata about people.
rule-SURV005-why =
    Personal data and metadata (who talked to whom, when, from where) reveal people's relationships, habits
    and beliefs. Collected data can be breached, reused for other purposes or handed to authorities.
rule-SURV005-fix =
    Collect only what the protocol strictly needs, avoid identifiers, aggregate or anonymise early, and
    describe the data and its lifetime in a Privacy Considerations section (RFC 6973).

rule-SURV006-summary =
    The text passes information about users to parties other than the one they chose to talk to.
rule-SURV006-why =
    Every additional party that receives data about people is another place it can be stored, combined,
    sold or demanded by authorities. People usually cannot see or control these onward flows.
rule-SURV006-fix =
    Send user data only to the party that needs it for the service, minimise or anonymise it first, and
    let users opt out of any onward sharing.

rule-SURV007-summary =
    The text leaves information about people's communications readable by anyone watching the network.
rule-SURV007-why =
    What an on-path observer can read, it can record at scale. Readable names, addresses and identifiers let
    network operators, attackers and state agencies follow what people do. RFC 7624 describes how pervasive
    surveillance uses exactly this kind of exposed data.
rule-SURV007-fix =
    Encrypt the exposed fields, or leave them out, and state in the Security or Privacy Considerations what
    an on-path observer can still learn.

rule-SURV008-summary =
    The text treats mass monitoring of the network as an attack and designs against it.
rule-SURV008-why =
    RFC 7258 (BCP 188) says pervasive monitoring is an attack that protocols should mitigate. A document
    that adopts this stance is more likely to protect people's communications from bulk surveillance.
rule-SURV008-fix =
    Keep the stance, and show concretely which design choices make pervasive monitoring harder.

rule-SURV009-summary =
    The text limits how much data about people is collected, shared or kept.
rule-SURV009-why =
    Data that is never collected cannot be leaked, sold or demanded. Minimisation is the first privacy
    mitigation listed in RFC 6973 and protects people even when other safeguards fail.
rule-SURV009-fix =
    Keep the minimisation, and make it normative (MUST/SHOULD) where the protocol allows it.

rule-SURV010-summary =
    The text hides people's communications or their metadata from those watching the network.
rule-SURV010-why =
    Encrypting content and metadata keeps bulk observers from learning who talks to whom and about what.
    RFC 7624 and RFC 7258 recommend this as the main defence against pervasive surveillance.
rule-SURV010-fix =
    Keep the protection, and say what an observer can still see (sizes, timing, addresses).

rule-SURV011-summary =
    The text limits how long data about people may be kept.
rule-SURV011-why =
    Data that is deleted soon after use cannot later be breached, reused or handed over. Short retention
    limits the damage when a service is compromised or compelled to disclose what it holds.
rule-SURV011-fix =
    Keep the limit, and give a concrete maximum retention period where possible.

rule-SURV012-summary =
    The text lets people decide whether data about them is collected or shared.
rule-SURV012-why =
    Consent and control let people refuse collection they do not want. Without it, data about them flows
    silently. Consent is not a substitute for minimisation, but it gives people a say.
rule-SURV012-fix =
    Keep the control; make the default the privacy-protective choice and the choice easy to change.

rule-SURV013-summary =
    The text lets data about people be gathered without their knowledge, or used to build profiles of them.
rule-SURV013-why =
    Collection people do not know about cannot be refused or challenged. Profiles built from many small
    observations reveal habits, beliefs and relationships, and are a common basis for discrimination and
    targeting.
rule-SURV013-fix =
    Require user knowledge and consent for the collection, forbid profiling in normative text (MUST NOT),
    and describe the safeguards in a Privacy Considerations section.

rule-SURV014-summary =
    The protocol sends records of who talked to whom (traffic flows) from the network to a collector.
rule-SURV014-why =
    A flow record holds the addresses, ports, times and volumes of a conversation: enough to tell who
    talked to whom, when and for how long, without reading a word of the content. Exporting such records
    from routers to a central collector builds a log of people's communications that can be kept,
    searched and handed over.
rule-SURV014-fix =
    Say what the records reveal about users, export as little as the purpose needs, anonymise addresses before export (RFC 6235), limit retention, and protect the export channel.

rule-SURV015-summary =
    Receivers send reports about the messages they get, with addresses or content, to a third party such as the sender's domain.
rule-SURV015-why =
    Reports about received mail can carry who wrote to whom, when, and sometimes the whole message. They
    go to a party that neither the sender nor the recipient chose to share them with, and that may keep,
    combine or misuse them.
rule-SURV015-fix =
    Report only aggregate counts by default, redact personal data in per-message reports, and say who may receive reports and how long they are kept.

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

rule-TRAF014-summary =
    The protocol lets one network tell other networks to slow down, redirect or drop chosen traffic.
rule-TRAF014-why =
    Rules that travel between networks and make routers drop, slow or redirect traffic by address, port
    or protocol were made to stop attacks, but the same tool can throttle or cut off any kind of traffic,
    far from the network that asked for it. People whose traffic is dropped are not told why, or by whom.
rule-TRAF014-fix =
    Say which traffic the rules may target, who may send them and how far they travel, how receivers validate them, and how mistaken or abusive filters are seen and removed.

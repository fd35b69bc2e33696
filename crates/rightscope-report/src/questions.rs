//! The RFC 9620 guideline questions in plain words, for review comments: the same titles, sections and
//! prompts as rightscope-review's bundled questionnaire (`data/rfc9620.toml`; a test keeps them equal).

/// One RFC 9620 question: its id (as in rule files), title, section of RFC 9620 and plain-words prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// The id used by rules (`privacy`).
    pub id: &'static str,
    /// The title (`Privacy`).
    pub title: &'static str,
    /// The section of RFC 9620 (`4.12`).
    pub section: &'static str,
    /// The question restated in plain words.
    pub prompt: &'static str,
}

/// The questions, in the order of RFC 9620 §4.
pub const RFC9620_QUESTIONS: [Question; 21] = [
    Question {
        id: "connectivity",
        title: "Connectivity",
        section: "4.2",
        prompt: "Does the protocol keep the network end to end, so that endpoints can reach each other without intermediaries deciding what passes? Are any middleboxes it relies on really needed?",
    },
    Question {
        id: "reliability",
        title: "Reliability",
        section: "4.3",
        prompt: "Does the protocol keep working when parts fail, degrade gracefully and tell people when it does? Can it resist someone deliberately degrading it?",
    },
    Question {
        id: "content-agnosticism",
        title: "Content agnosticism",
        section: "4.4",
        prompt: "Does the protocol carry plaintext signals, in payload or headers, that intermediaries could use to treat some traffic differently? Can it leak less of that data?",
    },
    Question {
        id: "localization",
        title: "Localization",
        section: "4.6",
        prompt: "Can the protocol and what people see of it be adapted to their language, script and culture? Has anything been done towards that?",
    },
    Question {
        id: "internationalization",
        title: "Internationalization",
        section: "4.5",
        prompt: "Does the protocol define text that people read or type? Does it accept Unicode (UTF-8), tag languages and handle scripts other than Latin?",
    },
    Question {
        id: "open-standards",
        title: "Open standards",
        section: "4.7",
        prompt: "Is the protocol documented well enough that anyone can implement and build on it, without proprietary code, patents or licences standing in the way?",
    },
    Question {
        id: "heterogeneity",
        title: "Heterogeneity support",
        section: "4.8",
        prompt: "Does the protocol work on many kinds of hardware, software and networks, and stay usable for people with older or cheaper equipment?",
    },
    Question {
        id: "integrity",
        title: "Integrity",
        section: "4.10",
        prompt: "Does the protocol protect data from being changed on the way, on purpose or by accident, and let the receiver check that it was not?",
    },
    Question {
        id: "authenticity",
        title: "Authenticity",
        section: "4.11",
        prompt: "Can people be sure data really comes from who it claims to come from? Does the protocol use the usual tools (TLS, DNSSEC, signatures) where they fit?",
    },
    Question {
        id: "confidentiality",
        title: "Confidentiality",
        section: "4.12",
        prompt: "Does the protocol expose what is sent, or the identifiers around it, to anyone on the path? What does each party (recipients, intermediaries, operators) get to see, and can it be encrypted?",
    },
    Question {
        id: "security",
        title: "Security",
        section: "4.13",
        prompt: "Are the attacks on the protocol described, including those left out of scope, and are the protections strong enough (RFC 3552)?",
    },
    Question {
        id: "privacy",
        title: "Privacy",
        section: "4.14",
        prompt: "Does the protocol collect or reveal more personal data or metadata than it needs? Could it resist traffic analysis? Were the RFC 6973 privacy guidelines followed?",
    },
    Question {
        id: "pseudonymity",
        title: "Pseudonymity",
        section: "4.15",
        prompt: "Can people use the protocol under a pseudonym? Are its identifiers persistent, reused across contexts, or impossible to reset or rotate?",
    },
    Question {
        id: "anonymity",
        title: "Anonymity",
        section: "4.15",
        prompt: "Can people use the protocol without being identified? Could its identifiers or data be combined to single someone out?",
    },
    Question {
        id: "censorship-resistance",
        title: "Censorship resistance",
        section: "4.16",
        prompt: "Does the design create choke points or expose identifiers that make it easy to block or filter some traffic? Could it be made harder to censor?",
    },
    Question {
        id: "outcome-transparency",
        title: "Outcome transparency",
        section: "4.17",
        prompt: "Are the intended and foreseeable effects of the protocol written down clearly, including how it may affect other protocols and people who do not use it?",
    },
    Question {
        id: "adaptability",
        title: "Adaptability",
        section: "4.9",
        prompt: "Is the protocol modular and extensible, so that others can build on it without asking permission?",
    },
    Question {
        id: "accessibility",
        title: "Accessibility",
        section: "4.18",
        prompt: "Can everyone use what the protocol enables, including disabled people? Are there alternatives to a single way of seeing, hearing or interacting?",
    },
    Question {
        id: "decentralization",
        title: "Decentralization",
        section: "4.19",
        prompt: "Can the protocol be run without one point of control, for example federated? Does it add new central points of control?",
    },
    Question {
        id: "remedy",
        title: "Remedy",
        section: "4.20",
        prompt: "If someone is harmed through the protocol, can they seek remedy, without that harming other people's rights, especially their privacy?",
    },
    Question {
        id: "misc",
        title: "Other considerations",
        section: "4.21",
        prompt: "What else could go wrong for people or society if this document is published, at this status, in this form?",
    },
];

/// The question with this id.
pub fn rfc9620_question(id: &str) -> Option<&'static Question> {
    RFC9620_QUESTIONS.iter().find(|question| question.id == id)
}

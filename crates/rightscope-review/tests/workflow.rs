//! Accounts, logins, sessions, the review workflow, evidence follow-through, the audit chain and the
//! exports, end to end on a real store: every `async fn x(store: &Store)` runs on SQLite and on a
//! PostgreSQL server started on loopback (tests `sqlite::x` and `postgres::x`).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rightscope_review::accounts::{self, Policy};
use rightscope_review::review::{self, StartReview};
use rightscope_review::{
    build_export, verify_store_chain, Actor, AnswerStatus, Carried, MemberRole, ReviewError,
    ReviewState, Role, User, Visibility,
};
use rightscope_store::testing::PgServer;
use rightscope_store::{Backend, DocumentFacts, NewFinding, NewRevision, Store, StoredSection};

const PASSWORD: &str = "a long enough passphrase";

/// A fixed clock: 2026-03-01T00:00:00Z plus some minutes.
fn at(minutes: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_772_323_200 + minutes * 60)
}

/// RFC 3924-like text (written for this test) with two findings.
const TEXT: &str = "Abstract\n\n   This document describes an architecture for lawful intercept in IP networks.\n\n3.  Reference Model\n\n   The Mediation Device requests information from the Intercept Access Point.\n   Encryption of the handover interface MAY be used.\n";

fn finding(
    code: &str,
    polarity: &str,
    sentence: &str,
    questions: &[&str],
    line: i64,
) -> NewFinding {
    let start = TEXT.find(sentence).expect("sentence in TEXT") as i64;
    let end = start + sentence.len() as i64;
    NewFinding {
        code: code.to_string(),
        name: format!("rule-{code}"),
        family: code.trim_end_matches(char::is_numeric).to_string(),
        polarity: polarity.to_string(),
        severity: "warning".to_string(),
        message: format!("message of {code}"),
        span_start: start,
        span_end: start + 5,
        sentence_start: start,
        sentence_end: end,
        line,
        col: 4,
        end_line: line,
        end_col: 40,
        section: Some("3 Reference Model".to_string()),
        section_kind: "Body".to_string(),
        strength: "MAY".to_string(),
        negated: false,
        weight: 1.0,
        confidence: Some(0.8),
        fingerprint: format!("fp-{code}"),
        questions: questions.iter().map(|q| q.to_string()).collect(),
    }
}

fn revision(name: &str, rev: Option<&str>, sha: u32, text: &str) -> NewRevision {
    let findings = if text == TEXT {
        vec![
            finding(
                "LI001",
                "risk",
                "The Mediation Device requests information from the Intercept Access Point.",
                &["privacy", "confidentiality"],
                120,
            ),
            finding(
                "ENC003",
                "risk",
                "Encryption of the handover interface MAY be used.",
                &["confidentiality", "security"],
                121,
            ),
            finding(
                "SURV900",
                "context",
                "This document describes an architecture for lawful intercept in IP networks.",
                &["privacy"],
                3,
            ),
        ]
    } else {
        Vec::new()
    };
    let section = TEXT.find("3.  Reference").unwrap_or(0);
    NewRevision {
        document: DocumentFacts {
            sdo: Some("ietf".to_string()),
            ..DocumentFacts::named(name)
        },
        rev: rev.map(str::to_string),
        date: None,
        format: "rfc-text".to_string(),
        path: format!("{name}.txt"),
        sha256: format!("{sha:064x}"),
        size: text.len() as i64,
        title: Some("Architecture for Lawful Intercept".to_string()),
        text: text.to_string(),
        sections: vec![
            StoredSection {
                number: None,
                title: "Abstract".to_string(),
                kind: "Abstract".to_string(),
                start: 0,
                end: section,
                depth: 1,
                anchor: None,
            },
            StoredSection {
                number: Some("3".to_string()),
                title: "Reference Model".to_string(),
                kind: "Body".to_string(),
                start: section,
                end: text.len(),
                depth: 1,
                anchor: None,
            },
        ],
        meta: serde_json::json!({}),
        findings,
        assessments: Vec::new(),
        events: Vec::new(),
        relations: Vec::new(),
        references: Vec::new(),
        considerations: Vec::new(),
    }
}

async fn add(store: &Store, login: &str, display: &str, role: Role) -> User {
    accounts::add_user(store, Actor::Cli, login, display, PASSWORD, role, at(0))
        .await
        .unwrap_or_else(|error| panic!("add {login}: {error}"))
}

// ---------------------------------------------------------------- accounts

async fn logins_sessions_and_throttling(store: &Store) {
    let policy = Policy::default();
    let alice = add(store, "Alice", "Marsh Harrier", Role::Reviewer).await;
    assert_eq!(alice.login, "alice", "logins are lower-cased");
    let error = accounts::add_user(
        store,
        Actor::Cli,
        "alice",
        "x",
        PASSWORD,
        Role::Viewer,
        at(0),
    )
    .await
    .expect_err("taken");
    assert!(error.to_string().contains("already taken"), "{error}");
    let error = accounts::add_user(
        store,
        Actor::Cli,
        "bob",
        "Bob",
        "short",
        Role::Viewer,
        at(0),
    )
    .await
    .expect_err("weak");
    assert!(matches!(error, ReviewError::WeakPassword(_)), "{error}");
    // Only admins manage accounts.
    let error = accounts::add_user(
        store,
        Actor::User(alice.id),
        "carol",
        "Carol",
        PASSWORD,
        Role::Admin,
        at(0),
    )
    .await
    .expect_err("not an admin");
    assert!(matches!(error, ReviewError::Forbidden { .. }), "{error}");
    assert_eq!(
        accounts::list_users(store).await.expect("list").len(),
        1,
        "refused additions stored nothing"
    );

    // A planted session id is not upgraded: login makes a fresh one and drops the old.
    let first = accounts::login(store, &policy, "ALICE", PASSWORD, "192.0.2.1", None, at(1))
        .await
        .expect("login");
    assert_eq!(first.user.id, alice.id);
    assert_eq!(first.token.len(), 64);
    let second = accounts::login(
        store,
        &policy,
        "alice",
        PASSWORD,
        "192.0.2.1",
        Some(&first.token),
        at(2),
    )
    .await
    .expect("login again");
    assert_ne!(first.token, second.token);
    assert_ne!(first.csrf_token, second.csrf_token);
    assert!(matches!(
        accounts::authenticate(store, &first.token, at(3)).await,
        Err(ReviewError::NoSession)
    ));
    let current = accounts::authenticate(store, &second.token, at(3))
        .await
        .expect("session");
    assert_eq!(current.user.display_name, "Marsh Harrier");
    // The store never holds the token itself.
    assert!(store.session(&second.token).await.expect("read").is_none());

    // CSRF.
    current
        .check_csrf(Some(&second.csrf_token))
        .expect("right token");
    assert!(matches!(current.check_csrf(None), Err(ReviewError::Csrf)));
    assert!(matches!(
        current.check_csrf(Some(&first.csrf_token)),
        Err(ReviewError::Csrf)
    ));

    // Expiry and logout.
    let later = at(2) + policy.session_lifetime + Duration::from_secs(1);
    assert!(matches!(
        accounts::authenticate(store, &second.token, later).await,
        Err(ReviewError::NoSession)
    ));
    let third = accounts::login(store, &policy, "alice", PASSWORD, "192.0.2.1", None, at(4))
        .await
        .expect("login");
    assert!(accounts::logout(store, &third.token).await.expect("logout"));
    assert!(accounts::authenticate(store, &third.token, at(5))
        .await
        .is_err());

    // Throttling by login: five failures in 15 minutes, then even the right password is refused.
    for minute in 10..15 {
        let error = accounts::login(
            store,
            &policy,
            "alice",
            "wrong password!",
            "198.51.100.7",
            None,
            at(minute),
        )
        .await
        .expect_err("wrong password");
        assert!(matches!(error, ReviewError::BadCredentials), "{error}");
    }
    let error = accounts::login(
        store,
        &policy,
        "alice",
        PASSWORD,
        "203.0.113.5",
        None,
        at(15),
    )
    .await
    .expect_err("throttled");
    let message = error.to_string();
    assert!(
        matches!(
            error,
            ReviewError::Throttled {
                scope: "for this login",
                failures: 5,
                ..
            }
        ),
        "{message}"
    );
    assert!(
        message.contains("5 failed attempts for this login in the last 15 minutes"),
        "{message}"
    );
    // The window passes.
    accounts::login(
        store,
        &policy,
        "alice",
        PASSWORD,
        "203.0.113.5",
        None,
        at(26),
    )
    .await
    .expect("after the window");

    // Throttling by address: failures for many logins from one client.
    let strict = Policy {
        max_failures_per_client: 3,
        ..Policy::default()
    };
    for (minute, login) in (40..).zip(["x1", "x2", "x3"]) {
        accounts::login(
            store,
            &strict,
            login,
            "nope nope nope",
            "198.51.100.99",
            None,
            at(minute),
        )
        .await
        .expect_err("unknown login");
    }
    let error = accounts::login(
        store,
        &strict,
        "alice",
        PASSWORD,
        "198.51.100.99",
        None,
        at(44),
    )
    .await
    .expect_err("throttled address");
    assert!(error.to_string().contains("from this address"), "{error}");

    // Unknown login, wrong password and disabled account read the same.
    let disabled = accounts::set_disabled(store, Actor::Cli, "alice", true, at(50))
        .await
        .expect("disable");
    assert!(disabled.disabled);
    let error = accounts::login(
        store,
        &policy,
        "alice",
        PASSWORD,
        "192.0.2.50",
        None,
        at(50),
    )
    .await
    .expect_err("disabled");
    assert!(matches!(error, ReviewError::BadCredentials));
    let error = accounts::login(
        store,
        &policy,
        "nobody",
        PASSWORD,
        "192.0.2.51",
        None,
        at(50),
    )
    .await
    .expect_err("unknown");
    assert!(matches!(error, ReviewError::BadCredentials));
    accounts::set_disabled(store, Actor::Cli, "alice", false, at(51))
        .await
        .expect("enable");

    // A reset password replaces the old one and ends sessions.
    let session = accounts::login(
        store,
        &policy,
        "alice",
        PASSWORD,
        "192.0.2.60",
        None,
        at(52),
    )
    .await
    .expect("login");
    accounts::reset_password(
        store,
        Actor::Cli,
        "alice",
        "another long passphrase",
        at(53),
    )
    .await
    .expect("reset");
    assert!(accounts::authenticate(store, &session.token, at(54))
        .await
        .is_err());
    accounts::login(
        store,
        &policy,
        "alice",
        PASSWORD,
        "192.0.2.60",
        None,
        at(54),
    )
    .await
    .expect_err("old password");
    accounts::login(
        store,
        &policy,
        "alice",
        "another long passphrase",
        "192.0.2.60",
        None,
        at(55),
    )
    .await
    .expect("new password");
    let error = accounts::reset_password(store, Actor::Cli, "zed", PASSWORD, at(56))
        .await
        .expect_err("unknown");
    assert!(
        error.to_string().contains("user \"zed\" not found"),
        "{error}"
    );

    let actions: Vec<String> = store
        .audit_log()
        .await
        .expect("log")
        .into_iter()
        .map(|entry| entry.action)
        .collect();
    assert_eq!(
        actions,
        [
            "user.add",
            "user.login",
            "user.login",
            "user.login",
            "user.login",
            "user.disable",
            "user.enable",
            "user.login",
            "user.reset-password",
            "user.login",
        ]
    );
    verify_store_chain(store)
        .await
        .expect("read")
        .expect("chain intact");
}

// ---------------------------------------------------------------- reviews

async fn a_review_end_to_end(store: &Store) {
    store
        .put_revisions(&[revision("rfc3924", None, 3924, TEXT)])
        .await
        .expect("put");
    let lead = add(store, "lead", "Marsh Harrier", Role::Reviewer).await;
    let second = add(store, "second", "Little Owl", Role::Reviewer).await;
    let viewer = add(store, "viewer", "Curlew", Role::Viewer).await;
    let outsider = add(store, "outsider", "Stranger", Role::Reviewer).await;

    let error = review::start_review(
        store,
        &viewer,
        &StartReview {
            document: "rfc3924",
            rev: None,
            questionnaire: None,
            title: None,
            visibility: Visibility::Private,
        },
        at(1),
    )
    .await
    .expect_err("viewers do not start reviews");
    assert!(matches!(error, ReviewError::Forbidden { .. }), "{error}");
    let error = review::start_review(
        store,
        &lead,
        &StartReview {
            document: "rfc9999",
            rev: None,
            questionnaire: None,
            title: None,
            visibility: Visibility::Private,
        },
        at(1),
    )
    .await
    .expect_err("unknown document");
    assert!(
        error.to_string().contains("document rfc9999 not found"),
        "{error}"
    );

    let id = review::start_review(
        store,
        &lead,
        &StartReview {
            document: "rfc3924",
            rev: None,
            questionnaire: None,
            title: None,
            visibility: Visibility::Private,
        },
        at(1),
    )
    .await
    .expect("start");

    // Pre-filled: all 21 questions in order, drafts and evidence from the mapped findings (the
    // context finding does not count).
    let answers = store.answers(id).await.expect("answers");
    assert_eq!(answers.len(), 21);
    assert_eq!(answers[0].question, "connectivity");
    assert!(answers.iter().all(|a| a.status == "unanswered"));
    let privacy = answers
        .iter()
        .find(|a| a.question == "privacy")
        .expect("privacy");
    assert!(
        privacy
            .text
            .contains("risk LI001 (line 120, section 3 Reference Model)"),
        "{}",
        privacy.text
    );
    assert!(!privacy.text.contains("SURV900"));
    let confidentiality = answers
        .iter()
        .find(|a| a.question == "confidentiality")
        .expect("confidentiality");
    assert!(confidentiality.text.contains("LI001") && confidentiality.text.contains("ENC003"));
    assert_eq!(
        answers
            .iter()
            .find(|a| a.question == "remedy")
            .map(|a| a.text.as_str()),
        Some("")
    );
    let evidence = store.evidence(id).await.expect("evidence");
    let linked: Vec<(&str, Option<i64>)> = evidence
        .iter()
        .map(|e| (e.evidence.question.as_str(), e.evidence.finding_id))
        .collect();
    assert_eq!(linked.len(), 4, "{linked:?}"); // privacy: LI001; confidentiality: LI001, ENC003; security: ENC003
    assert!(evidence.iter().all(|e| e.evidence.kind == "finding"));
    assert!(evidence
        .iter()
        .any(|e| e.evidence.quoted == "Encryption of the handover interface MAY be used."));

    // Private: outsiders see nothing, not even that it exists.
    let error = review::view(store, Some(&outsider), id)
        .await
        .expect_err("private");
    assert!(matches!(error, ReviewError::NotFound { .. }), "{error}");
    review::view(store, None, id).await.expect_err("anonymous");
    let error = review::answer(
        store,
        &outsider,
        id,
        "privacy",
        AnswerStatus::Concern,
        "x",
        at(2),
    )
    .await
    .expect_err("outsider");
    assert!(matches!(error, ReviewError::NotFound { .. }), "{error}");

    // Members.
    review::set_member(
        store,
        &lead,
        id,
        "second",
        Some(MemberRole::Reviewer),
        at(2),
    )
    .await
    .expect("add member");
    review::set_member(
        store,
        &lead,
        id,
        "viewer",
        Some(MemberRole::Observer),
        at(2),
    )
    .await
    .expect("add observer");
    let error = review::set_member(
        store,
        &second,
        id,
        "outsider",
        Some(MemberRole::Reviewer),
        at(2),
    )
    .await
    .expect_err("only the lead manages members");
    assert!(matches!(error, ReviewError::Forbidden { .. }), "{error}");
    let error = review::set_member(store, &lead, id, "lead", None, at(2))
        .await
        .expect_err("the only lead");
    assert!(error.to_string().contains("only lead"), "{error}");
    review::view(store, Some(&viewer), id)
        .await
        .expect("observer reads");
    let error = review::answer(
        store,
        &viewer,
        id,
        "privacy",
        AnswerStatus::Concern,
        "x",
        at(2),
    )
    .await
    .expect_err("observer");
    assert!(matches!(error, ReviewError::Forbidden { .. }), "{error}");

    // Answers and evidence.
    review::answer(
        store,
        &second,
        id,
        "privacy",
        AnswerStatus::Concern,
        "The architecture exists to give operators access to content and metadata.",
        at(3),
    )
    .await
    .expect("answer");
    review::answer(
        store,
        &lead,
        id,
        "connectivity",
        AnswerStatus::NotApplicable,
        "",
        at(3),
    )
    .await
    .expect("answer");
    let error = review::answer(
        store,
        &lead,
        id,
        "nonsense",
        AnswerStatus::Concern,
        "",
        at(3),
    )
    .await
    .expect_err("unknown question");
    assert!(
        error.to_string().contains("question \"nonsense\""),
        "{error}"
    );
    let start = TEXT.find("lawful intercept").expect("quote");
    let span = review::attach_span(
        store,
        &second,
        id,
        "censorship-resistance",
        start,
        start + "lawful intercept".len(),
        "Interception is the stated purpose.",
        at(4),
    )
    .await
    .expect("span");
    let error = review::attach_span(store, &second, id, "privacy", 10, 10_000, "", at(4))
        .await
        .expect_err("outside the text");
    assert!(
        error.to_string().contains("not a non-empty passage"),
        "{error}"
    );
    let li001 = store
        .findings(
            store
                .review(id)
                .await
                .expect("read")
                .expect("review")
                .revision_id,
        )
        .await
        .expect("findings")
        .into_iter()
        .find(|f| f.finding.code == "LI001")
        .expect("LI001");
    review::attach_finding(
        store,
        &lead,
        id,
        "security",
        li001.id,
        "Also a security problem.",
        at(5),
    )
    .await
    .expect("finding");
    review::attach_finding(store, &lead, id, "security", 999_999, "", at(5))
        .await
        .expect_err("unknown finding");

    // States: only allowed transitions, each dated; a sent review's answers are closed.
    let error = review::change_state(store, &lead, id, ReviewState::Resolved, at(6))
        .await
        .expect_err("draft cannot be resolved");
    assert!(
        error
            .to_string()
            .contains("cannot go from draft to resolved (allowed from draft: in-review)"),
        "{error}"
    );
    review::change_state(store, &second, id, ReviewState::InReview, at(6))
        .await
        .expect_err("a reviewer member does not change the state");
    review::change_state(store, &lead, id, ReviewState::InReview, at(6))
        .await
        .expect("in review");
    review::change_state(store, &lead, id, ReviewState::Sent, at(7))
        .await
        .expect("sent");
    let error = review::answer(
        store,
        &second,
        id,
        "remedy",
        AnswerStatus::NoConcern,
        "",
        at(8),
    )
    .await
    .expect_err("closed");
    assert!(error.to_string().contains("is sent"), "{error}");
    let stored = store.review(id).await.expect("read").expect("review");
    assert_eq!(stored.state, "sent");
    assert_eq!(
        stored.in_review_at.as_deref(),
        Some("2026-03-01T00:06:00.000000Z")
    );
    assert_eq!(
        stored.sent_at.as_deref(),
        Some("2026-03-01T00:07:00.000000Z")
    );

    // Follow-through: a new revision where one passage was re-wrapped and another removed.
    let new_text = TEXT
        .replace(
            "The Mediation Device requests information from the Intercept Access Point.",
            "The Mediation Device requests information\n   from the Intercept Access Point.",
        )
        .replace(
            "Encryption of the handover interface MAY be used.",
            "The handover interface MUST be encrypted.",
        );
    store
        .put_revisions(&[revision("draft-lawful-02", Some("02"), 4000, &new_text)])
        .await
        .expect("put");
    let new_revision = store
        .revision_by_name_rev("draft-lawful-02", Some("02"))
        .await
        .expect("read")
        .expect("stored")
        .id;
    let followed = review::follow_evidence(store, Some(&viewer), id, new_revision)
        .await
        .expect("follow");
    let outcome = |quoted: &str| {
        followed
            .iter()
            .find(|f| f.evidence.evidence.quoted == quoted)
            .map(|f| f.carried)
            .expect("evidence")
    };
    assert!(matches!(outcome("lawful intercept"), Carried::Exact { .. }));
    assert!(matches!(
        outcome("The Mediation Device requests information from the Intercept Access Point."),
        Carried::Whitespace { .. }
    ));
    assert_eq!(
        outcome("Encryption of the handover interface MAY be used."),
        Carried::Changed
    );
    let _ = span;

    // The export, in both shapes.
    let export = build_export(store, id).await.expect("export");
    assert_eq!(
        export.reviewers,
        ["Marsh Harrier", "Little Owl"],
        "display names, not logins, no observers"
    );
    insta::assert_snapshot!("export_markdown", export.to_markdown());
    insta::assert_snapshot!("export_json", export.to_json());

    // Every change is in the chain, in order.
    let log = store.audit_log().await.expect("log");
    let actions: Vec<&str> = log.iter().map(|entry| entry.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "user.add",
            "user.add",
            "user.add",
            "user.add",
            "review.start",
            "member.set",
            "member.set",
            "answer.set",
            "answer.set",
            "evidence.add",
            "evidence.add",
            "review.state",
            "review.state",
        ]
    );
    let summary = verify_store_chain(store)
        .await
        .expect("read")
        .expect("intact");
    assert_eq!(summary.entries, log.len());
}

async fn w3c_documents_get_the_w3c_questionnaire(store: &Store) {
    let mut new = revision("webauthn", None, 77, TEXT);
    new.document.sdo = Some("w3c".to_string());
    store.put_revisions(&[new]).await.expect("put");
    let lead = add(store, "lead", "Heron", Role::Reviewer).await;
    let id = review::start_review(
        store,
        &lead,
        &StartReview {
            document: "webauthn",
            rev: None,
            questionnaire: None,
            title: Some("Security and privacy self-review"),
            visibility: Visibility::Public,
        },
        at(1),
    )
    .await
    .expect("start");
    let stored = store.review(id).await.expect("read").expect("review");
    assert_eq!(stored.questionnaire, "w3c-security-privacy");
    let answers = store.answers(id).await.expect("answers");
    assert_eq!(answers[0].question, "information-exposed");
    assert!(
        answers[0].text.contains("LI001"),
        "privacy findings pre-fill the first question"
    );
    // Public: anyone may read it, nobody outside may write.
    review::view(store, None, id).await.expect("public");
}

macro_rules! suite {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let dir = tempfile::tempdir().expect("temp dir");
                    let store = super::Store::open(dir.path().join("data")).await.expect("open SQLite store");
                    assert_eq!(store.backend(), super::Backend::Sqlite);
                    super::$name(&store).await;
                    store.close().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let store = super::pg_store().await;
                    assert_eq!(store.backend(), super::Backend::Postgres);
                    super::$name(&store).await;
                    store.close().await;
                }
            )*
        }
    };
}

suite!(
    logins_sessions_and_throttling,
    a_review_end_to_end,
    w3c_documents_get_the_w3c_questionnaire,
);

fn pg() -> &'static PgServer {
    match PgServer::shared() {
        Ok(server) => server,
        Err(error) => panic!("{error}"),
    }
}

async fn pg_store() -> Store {
    let url = pg()
        .create_database()
        .unwrap_or_else(|error| panic!("{error}"));
    Store::open(url.as_str())
        .await
        .unwrap_or_else(|error| panic!("{error}"))
}

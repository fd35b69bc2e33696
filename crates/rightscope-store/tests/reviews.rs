//! Reviews, accounts, sessions, login attempts and the audit log in the store: every `async fn x(store:
//! &Store)` below runs against SQLite (a temporary data directory) and a real PostgreSQL server started
//! by `rightscope_store::testing` (tests `sqlite::x` and `postgres::x`), as in `tests/store.rs`.

use rightscope_store::testing::PgServer;
use rightscope_store::{
    Audit, Backend, DocumentFacts, NewAudit, NewEvidence, NewLoginAttempt, NewReview, NewRevision,
    NewUser, SessionRecord, Store, StoreError, AUDIT_GENESIS,
};

// ---------------------------------------------------------------- fixtures

/// A stand-in for the review crate's SHA-256 chain hash: the store only has to call it and keep the
/// result, so any function of all the inputs will do.
fn hasher(seq: i64, prev_hash: &str, entry: &NewAudit) -> String {
    format!(
        "{seq}|{prev_hash}|{}|{}|{}|{}",
        entry.actor, entry.action, entry.payload, entry.at
    )
}

/// An audit entry for an action.
fn entry(action: &str) -> NewAudit {
    NewAudit {
        actor: "cli".to_string(),
        action: action.to_string(),
        payload: format!("{{\"action\":\"{action}\"}}"),
        at: "2026-01-01T00:00:00.000000Z".to_string(),
    }
}

/// Runs `$call` with an [`Audit`] for `$action`.
macro_rules! audited {
    ($action:expr, |$audit:ident| $call:expr) => {{
        let entry = entry($action);
        let $audit = Audit {
            entry: &entry,
            hasher,
        };
        $call
    }};
}

fn user(login: &str, role: &str) -> NewUser {
    NewUser {
        login: login.to_string(),
        display_name: format!("Pseudonym of {login}"),
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".to_string(),
        role: role.to_string(),
        created_at: "2026-01-01T00:00:00.000000Z".to_string(),
    }
}

/// Stores a one-revision document and returns the revision's id.
async fn stored_revision(store: &Store) -> i64 {
    let new = NewRevision {
        document: DocumentFacts {
            sdo: Some("ietf".to_string()),
            ..DocumentFacts::named("rfc3924")
        },
        rev: None,
        date: None,
        format: "rfc-text".to_string(),
        path: "rfc3924.txt".to_string(),
        sha256: format!("{:064x}", 3924),
        size: 100,
        title: Some("Cisco Architecture for Lawful Intercept in IP Networks".to_string()),
        text: "Abstract\n\n   This document describes an architecture for lawful intercept."
            .to_string(),
        sections: Vec::new(),
        meta: serde_json::json!({}),
        findings: Vec::new(),
        assessments: Vec::new(),
        events: Vec::new(),
        relations: Vec::new(),
        references: Vec::new(),
        considerations: Vec::new(),
    };
    store.put_revisions(&[new]).await.expect("put revision");
    store
        .revision_by_name_rev("rfc3924", None)
        .await
        .expect("read")
        .expect("stored")
        .id
}

fn span(question: &str, revision_id: i64, start: i64, end: i64) -> NewEvidence {
    NewEvidence {
        question: question.to_string(),
        kind: "span".to_string(),
        finding_id: None,
        revision_id,
        byte_start: start,
        byte_end: end,
        quoted: "lawful intercept".to_string(),
        note: "the architecture exists to intercept".to_string(),
        created_by: None,
        created_at: "2026-01-02T00:00:00.000000Z".to_string(),
    }
}

fn review(revision_id: i64, created_by: i64) -> NewReview {
    NewReview {
        document: "rfc3924".to_string(),
        revision_id,
        questionnaire: "rfc9620".to_string(),
        title: "HRPC review of RFC 3924".to_string(),
        visibility: "private".to_string(),
        created_by,
        created_at: "2026-01-02T00:00:00.000000Z".to_string(),
        answers: vec![
            (
                "connectivity".to_string(),
                "unanswered".to_string(),
                String::new(),
            ),
            (
                "privacy".to_string(),
                "concern".to_string(),
                "Pre-filled: interception of content.".to_string(),
            ),
        ],
        evidence: vec![span("privacy", revision_id, 51, 67)],
    }
}

fn invalid(error: StoreError) -> String {
    match error {
        StoreError::Invalid { message, .. } => message,
        other => panic!("expected an invalid-input error, got {other}"),
    }
}

// ---------------------------------------------------------------- the suite

async fn accounts(store: &Store) {
    let alice = audited!("user.add", |audit| store
        .create_user(&user("alice", "admin"), audit)
        .await
        .expect("create alice"));
    let bob = audited!("user.add", |audit| store
        .create_user(&user("bob", "reviewer"), audit)
        .await
        .expect("create bob"));
    assert_ne!(alice, bob);

    let message = audited!("user.add", |audit| invalid(
        store
            .create_user(&user("alice", "viewer"), audit)
            .await
            .expect_err("duplicate login")
    ));
    assert!(message.contains("already taken"), "{message}");
    let message = audited!("user.add", |audit| invalid(
        store
            .create_user(&user("carol", "superuser"), audit)
            .await
            .expect_err("bad role")
    ));
    assert!(message.contains("superuser"), "{message}");

    let found = store
        .user_by_login("bob")
        .await
        .expect("read")
        .expect("bob");
    assert_eq!(found.id, bob);
    assert_eq!(found.display_name, "Pseudonym of bob");
    assert_eq!(found.role, "reviewer");
    assert!(!found.disabled);
    assert!(store.user_by_login("nobody").await.expect("read").is_none());
    let logins: Vec<String> = store
        .users()
        .await
        .expect("list")
        .into_iter()
        .map(|user| user.login)
        .collect();
    assert_eq!(logins, ["alice", "bob"]);

    let session = SessionRecord {
        id: "a".repeat(64),
        user_id: bob,
        csrf_token: "csrf".to_string(),
        created_at: "2026-01-01T00:00:00.000000Z".to_string(),
        expires_at: "2026-01-02T00:00:00.000000Z".to_string(),
    };
    store.create_session(&session).await.expect("session");
    assert_eq!(
        store.session(&session.id).await.expect("read"),
        Some(session.clone())
    );

    // Disabling ends the account's sessions.
    assert!(audited!("user.disable", |audit| store
        .set_user_disabled(bob, true, audit)
        .await
        .expect("disable")));
    assert!(store.user(bob).await.expect("read").expect("bob").disabled);
    assert!(store.session(&session.id).await.expect("read").is_none());
    assert!(!audited!("user.disable", |audit| store
        .set_user_disabled(9999, true, audit)
        .await
        .expect("unknown user")));

    // So does a password reset.
    store.create_session(&session).await.expect("session");
    assert!(audited!("user.reset-password", |audit| store
        .set_password_hash(bob, "$argon2id$new", audit)
        .await
        .expect("reset")));
    assert_eq!(
        store
            .user(bob)
            .await
            .expect("read")
            .expect("bob")
            .password_hash,
        "$argon2id$new"
    );
    assert!(store.session(&session.id).await.expect("read").is_none());

    // Logout and expiry.
    store.create_session(&session).await.expect("session");
    assert!(store.delete_session(&session.id).await.expect("logout"));
    assert!(!store.delete_session(&session.id).await.expect("logout"));
    store.create_session(&session).await.expect("session");
    assert_eq!(
        store
            .delete_expired_sessions("2026-01-03T00:00:00.000000Z")
            .await
            .expect("expire"),
        1
    );

    // Refused changes left no audit entry.
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
            "user.add",
            "user.disable",
            "user.reset-password"
        ]
    );
}

async fn login_attempts_are_counted(store: &Store) {
    let attempt = |login: &str, client: &str, success: bool, at: &str| NewLoginAttempt {
        login: login.to_string(),
        client: client.to_string(),
        success,
        at: at.to_string(),
    };
    for minute in 0..3 {
        let at = format!("2026-01-01T00:{minute:02}:00.000000Z");
        store
            .record_login_attempt(&attempt("alice", "192.0.2.1", false, &at), None)
            .await
            .expect("attempt");
    }
    store
        .record_login_attempt(
            &attempt("bob", "192.0.2.1", false, "2026-01-01T00:05:00.000000Z"),
            None,
        )
        .await
        .expect("attempt");
    audited!("login", |audit| store
        .record_login_attempt(
            &attempt("carol", "192.0.2.9", true, "2026-01-01T00:05:00.000000Z"),
            Some(audit),
        )
        .await
        .expect("attempt"));
    let count = |login: &'static str, client: &'static str, since: &'static str| async move {
        store
            .failed_logins_since(login, client, since)
            .await
            .expect("count")
    };
    assert_eq!(
        count("alice", "192.0.2.1", "2026-01-01T00:00:00.000000Z").await,
        (3, 4)
    );
    assert_eq!(
        count("alice", "192.0.2.1", "2026-01-01T00:02:00.000000Z").await,
        (1, 2)
    );
    assert_eq!(
        count("carol", "192.0.2.9", "2026-01-01T00:00:00.000000Z").await,
        (0, 0),
        "successes are not failures"
    );
    assert_eq!(store.audit_log().await.expect("log").len(), 1);
}

async fn review_lifecycle(store: &Store) {
    let revision_id = stored_revision(store).await;
    let lead = audited!("user.add", |audit| store
        .create_user(&user("lead", "reviewer"), audit)
        .await
        .expect("user"));
    let second = audited!("user.add", |audit| store
        .create_user(&user("second", "reviewer"), audit)
        .await
        .expect("user"));

    let id = audited!("review.start", |audit| store
        .create_review(&review(revision_id, lead), audit)
        .await
        .expect("create review"));
    let stored = store.review(id).await.expect("read").expect("review");
    assert_eq!(stored.state, "draft");
    assert_eq!(stored.visibility, "private");
    assert_eq!(stored.document, "rfc3924");
    assert_eq!(stored.revision_id, revision_id);
    assert_eq!(stored.in_review_at, None);
    assert_eq!(store.reviews().await.expect("list").len(), 1);
    assert!(store.review(id + 100).await.expect("read").is_none());

    let answers = store.answers(id).await.expect("answers");
    let order: Vec<(&str, i64, &str)> = answers
        .iter()
        .map(|a| (a.question.as_str(), a.position, a.status.as_str()))
        .collect();
    assert_eq!(
        order,
        [("connectivity", 0, "unanswered"), ("privacy", 1, "concern")]
    );
    assert_eq!(answers[1].updated_by, None);

    assert!(audited!("answer.set", |audit| store
        .set_answer(
            id,
            "connectivity",
            "no-concern",
            "Nothing here <b>blocks</b>.",
            second,
            "2026-01-03T00:00:00.000000Z",
            audit
        )
        .await
        .expect("answer")));
    let answers = store.answers(id).await.expect("answers");
    assert_eq!(answers[0].status, "no-concern");
    assert_eq!(answers[0].text, "Nothing here <b>blocks</b>.");
    assert_eq!(answers[0].updated_by, Some(second));
    assert!(!audited!("answer.set", |audit| store
        .set_answer(
            id,
            "no-such-question",
            "concern",
            "",
            second,
            "2026-01-03T00:00:00.000000Z",
            audit
        )
        .await
        .expect("unknown question")));
    let message = audited!("answer.set", |audit| invalid(
        store
            .set_answer(id, "privacy", "maybe", "", second, "x", audit)
            .await
            .expect_err("bad status")
    ));
    assert!(message.contains("maybe"), "{message}");

    let evidence = store.evidence(id).await.expect("evidence");
    assert_eq!(evidence.len(), 1);
    assert_eq!(evidence[0].evidence.quoted, "lawful intercept");
    let mut finding = span("connectivity", revision_id, 0, 8);
    finding.kind = "finding".to_string();
    let message = audited!("evidence.add", |audit| invalid(
        store
            .add_evidence(id, &finding, audit)
            .await
            .expect_err("finding without id")
    ));
    assert!(message.contains("finding"), "{message}");
    finding.finding_id = Some(42);
    finding.created_by = Some(second);
    let added = audited!("evidence.add", |audit| store
        .add_evidence(id, &finding, audit)
        .await
        .expect("add")
        .expect("review exists"));
    assert!(audited!("evidence.add", |audit| store
        .add_evidence(id + 100, &finding, audit)
        .await
        .expect("unknown review"))
    .is_none());
    let backwards = span("privacy", revision_id, 9, 3);
    audited!("evidence.add", |audit| invalid(
        store
            .add_evidence(id, &backwards, audit)
            .await
            .expect_err("backwards range")
    ));
    let evidence = store.evidence(id).await.expect("evidence");
    let questions: Vec<&str> = evidence
        .iter()
        .map(|e| e.evidence.question.as_str())
        .collect();
    assert_eq!(questions, ["connectivity", "privacy"]);
    assert_eq!(evidence[0].evidence.finding_id, Some(42));
    assert!(audited!("evidence.remove", |audit| store
        .remove_evidence(id, added, audit)
        .await
        .expect("remove")));
    assert!(!audited!("evidence.remove", |audit| store
        .remove_evidence(id, added, audit)
        .await
        .expect("remove again")));

    // Members: the creator leads; others can be added, changed and removed.
    let members = store.review_members(id).await.expect("members");
    assert_eq!(members.len(), 1);
    assert_eq!(
        (members[0].user_id, members[0].role.as_str()),
        (lead, "lead")
    );
    assert!(audited!("member.set", |audit| store
        .set_review_member(id, second, Some("reviewer"), audit)
        .await
        .expect("add member")));
    assert!(audited!("member.set", |audit| store
        .set_review_member(id, second, Some("observer"), audit)
        .await
        .expect("change member")));
    let members = store.review_members(id).await.expect("members");
    assert_eq!(members[1].role, "observer");
    assert_eq!(members[1].display_name, "Pseudonym of second");
    audited!("member.set", |audit| invalid(
        store
            .set_review_member(id, second, Some("owner"), audit)
            .await
            .expect_err("bad role")
    ));
    assert!(audited!("member.remove", |audit| store
        .set_review_member(id, second, None, audit)
        .await
        .expect("remove member")));
    assert_eq!(store.review_members(id).await.expect("members").len(), 1);

    // States record their dates.
    assert!(audited!("review.state", |audit| store
        .set_review_state(id, "in-review", "2026-01-04T00:00:00.000000Z", audit)
        .await
        .expect("state")));
    assert!(audited!("review.state", |audit| store
        .set_review_state(id, "sent", "2026-01-05T00:00:00.000000Z", audit)
        .await
        .expect("state")));
    let stored = store.review(id).await.expect("read").expect("review");
    assert_eq!(stored.state, "sent");
    assert_eq!(
        stored.in_review_at.as_deref(),
        Some("2026-01-04T00:00:00.000000Z")
    );
    assert_eq!(
        stored.sent_at.as_deref(),
        Some("2026-01-05T00:00:00.000000Z")
    );
    assert_eq!(stored.updated_at, "2026-01-05T00:00:00.000000Z");
    let message = audited!("review.state", |audit| invalid(
        store
            .set_review_state(id, "closed; DROP TABLE reviews", "x", audit)
            .await
            .expect_err("bad state")
    ));
    assert!(message.contains("not one of"), "{message}");
    assert!(!audited!("review.state", |audit| store
        .set_review_state(id + 100, "sent", "x", audit)
        .await
        .expect("unknown review")));
}

async fn audit_chain_links_every_entry(store: &Store) {
    for action in ["a", "b", "c"] {
        audited!(action, |audit| store
            .append_audit(audit)
            .await
            .expect("append"));
    }
    audited!("user.add", |audit| store
        .create_user(&user("dana", "viewer"), audit)
        .await
        .expect("user"));
    let log = store.audit_log().await.expect("log");
    let seqs: Vec<i64> = log.iter().map(|entry| entry.seq).collect();
    assert_eq!(seqs, [1, 2, 3, 4]);
    assert_eq!(log[0].prev_hash, AUDIT_GENESIS);
    for pair in log.windows(2) {
        assert_eq!(pair[1].prev_hash, pair[0].hash);
    }
    for stored in &log {
        let entry = NewAudit {
            actor: stored.actor.clone(),
            action: stored.action.clone(),
            payload: stored.payload.clone(),
            at: stored.at.clone(),
        };
        assert_eq!(stored.hash, hasher(stored.seq, &stored.prev_hash, &entry));
    }
}

/// Writers racing on one store still produce one unbroken chain.
async fn concurrent_appends_keep_one_chain(store: &Store) {
    let mut tasks = Vec::new();
    for i in 0..8 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let entry = entry(&format!("race-{i}"));
            store
                .append_audit(Audit {
                    entry: &entry,
                    hasher,
                })
                .await
                .expect("append")
        }));
    }
    for task in tasks {
        task.await.expect("task");
    }
    let log = store.audit_log().await.expect("log");
    assert_eq!(log.len(), 8);
    for (index, pair) in log.windows(2).enumerate() {
        assert_eq!(pair[1].prev_hash, pair[0].hash, "link {index}");
        assert_eq!(pair[1].seq, pair[0].seq + 1);
    }
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
    accounts,
    login_attempts_are_counted,
    review_lifecycle,
    audit_chain_links_every_entry,
    concurrent_appends_keep_one_chain,
);

/// The shared PostgreSQL server; a missing installation fails the test with the harness's message.
fn pg() -> &'static PgServer {
    match PgServer::shared() {
        Ok(server) => server,
        Err(error) => panic!("{error}"),
    }
}

/// A store on a fresh database of the shared server.
async fn pg_store() -> Store {
    let url = pg()
        .create_database()
        .unwrap_or_else(|error| panic!("{error}"));
    Store::open(url.as_str())
        .await
        .unwrap_or_else(|error| panic!("{error}"))
}

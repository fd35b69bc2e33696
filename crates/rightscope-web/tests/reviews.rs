//! Reviews over the real server on loopback, on SQLite and on PostgreSQL (`sqlite::x`, `postgres::x`):
//! CSRF and origin checks, stored XSS in every free-text field and in document text, session
//! fixation, cookie flags and caching, the authorisation matrix (every review route × role × public
//! or private review), brute-force throttling, audit-chain tampering, and the review workflow
//! (answers, evidence by finding and by quote, states, export, history, follow-through).

mod common;

use common::{signed_in, start, start_review, Backend, Client, TestServer, PASSWORD};

const XSS: [&str; 3] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
];

/// The ids of the pre-filled evidence on a review page (from its remove forms).
fn evidence_ids(body: &str) -> Vec<String> {
    body.match_indices("/evidence/")
        .filter_map(|(at, _)| {
            let rest = &body[at + "/evidence/".len()..];
            let end = rest.find('/')?;
            let id = &rest[..end];
            (rest[end..].starts_with("/remove") && id.bytes().all(|b| b.is_ascii_digit()))
                .then(|| id.to_string())
        })
        .collect()
}

/// A finding id offered in the attach-finding list.
fn a_finding(body: &str) -> Option<String> {
    let at = body.find("name=\"finding\">")?;
    let rest = &body[at..];
    let at = rest.find("<option value=\"")? + "<option value=\"".len();
    let end = rest[at..].find('"')?;
    Some(rest[at..at + end].to_string())
}

// ---------------------------------------------------------------- CSRF and origin

fn csrf_and_origin_are_checked(server: &TestServer) {
    let alice = signed_in(server, "alice");
    let csrf = alice.csrf_of("/documents/rfc3924");
    let page = alice.get("/documents/rfc3924");
    let at = page.body.find("name=\"revision\" value=\"").expect("form") + 23;
    let revision = page.body[at..at + page.body[at..].find('"').expect("end")].to_string();
    let fields = |token: &str| {
        vec![
            ("csrf", token.to_string()),
            ("document", "rfc3924".to_string()),
            ("revision", revision.clone()),
            ("visibility", "public".to_string()),
        ]
    };
    let post = |pairs: &[(&str, String)], headers: &[(&str, &str)]| {
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        alice.post_with("/reviews", &pairs, headers)
    };
    let origin = [("Origin", server.base.as_str())];
    // No token, a wrong token, a foreign origin, no origin at all: refused with a page saying why.
    let without: Vec<(&str, String)> = fields("").into_iter().skip(1).collect();
    for (case, response) in [
        ("no token", post(&without, &origin)),
        ("empty token", post(&fields(""), &origin)),
        ("wrong token", post(&fields(&"0".repeat(64)), &origin)),
        (
            "foreign origin",
            post(&fields(&csrf), &[("Origin", "http://evil.example")]),
        ),
        ("null origin", post(&fields(&csrf), &[("Origin", "null")])),
        (
            "foreign referer",
            post(&fields(&csrf), &[("Referer", "http://evil.example/x")]),
        ),
        ("no origin or referer", post(&fields(&csrf), &[])),
    ] {
        assert_eq!(response.status, 403, "{case}: {}", response.body);
        assert!(response.body.contains("Refused"), "{case}: a clear page");
    }
    assert!(alice.get("/reviews").body.contains("There are no reviews"));
    // A same-site Referer without Origin is accepted, as is the Origin.
    let referer = format!("{}/documents/rfc3924", server.base);
    assert_eq!(post(&fields(&csrf), &[("Referer", &referer)]).status, 303);
    assert_eq!(post(&fields(&csrf), &origin).status, 303);
    // Another session's token is refused too.
    let bob = signed_in(server, "bob");
    let bobs = bob.csrf_of("/reviews");
    assert_eq!(post(&fields(&bobs), &origin).status, 403);
    // The login form has its own token (double submit), and the origin check.
    let login = common::send(
        server.addr,
        "POST",
        "/login",
        &[("Origin", server.base.as_str())],
        &common::form(&[("login", "alice"), ("password", PASSWORD), ("csrf", "x")]),
    );
    assert_eq!(login.status, 403);
    let mut foreign = Client::new(server);
    foreign.origin = "http://evil.example".to_string();
    assert_eq!(foreign.login("alice", PASSWORD).status, 403);
    // Logout is a POST with the token.
    assert_eq!(alice.post("/logout", &[]).status, 403);
    assert_eq!(alice.post("/logout", &[("csrf", &csrf)]).status, 303);
    assert!(alice.get("/reviews").body.contains("/login"));
}

// ---------------------------------------------------------------- sessions and cookies

fn sessions_are_fresh_and_cookies_strict(server: &TestServer) {
    // Cookie flags.
    let login_page = common::send(server.addr, "GET", "/login", &[], "");
    let flags = |cookie: &str| {
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(cookie.contains("SameSite=Strict"), "{cookie}");
        assert!(cookie.contains("Path=/"), "{cookie}");
        assert!(!cookie.contains("Secure"), "plain http base URL: {cookie}");
    };
    let cookies = login_page.set_cookies();
    assert!(!cookies.is_empty());
    cookies.iter().for_each(|c| flags(c));
    assert_eq!(login_page.header("cache-control"), Some("no-store"));
    let mut alice = Client::new(server);
    let response = alice.login("alice", PASSWORD);
    assert_eq!(response.status, 303);
    let session = response
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("rightscope_session="))
        .expect("session cookie")
        .to_string();
    flags(&session);
    let first = alice.session.clone().expect("token");
    assert_eq!(first.len(), 64);
    // Signed-in pages are never cached: not by the page cache, not by the browser.
    let list = alice.get("/reviews");
    assert!(list.body.contains("Reviewer A"), "display name shown");
    assert!(!list.body.contains(">alice<"), "login never shown");
    assert_eq!(list.header("cache-control"), Some("no-store"));
    let document = alice.get("/documents/rfc3924");
    assert_eq!(document.header("cache-control"), Some("no-store"));
    assert!(
        document.body.contains("name=\"csrf\""),
        "the signed-in page"
    );
    let anonymous = common::send(server.addr, "GET", "/documents/rfc3924", &[], "");
    assert!(
        !anonymous.body.contains("name=\"csrf\""),
        "no signed-in page in the cache"
    );
    assert!(!anonymous.body.contains(&alice.csrf_of("/reviews")));

    // Session fixation: a planted id is not kept, and a new login gets a new id.
    let planted = "ab".repeat(32);
    let mut victim = Client::new(server);
    victim.session = Some(planted.clone());
    assert_eq!(victim.login("bob", PASSWORD).status, 303);
    let issued = victim.session.clone().expect("token");
    assert_ne!(issued, planted, "the session id changes at login");
    let mut attacker = Client::new(server);
    attacker.session = Some(planted);
    assert!(!attacker.get("/reviews").body.contains("Reviewer B"));
    // Logging in again from a live session ends that session.
    let mut again = Client::new(server);
    again.session = Some(first.clone());
    assert_eq!(again.login("alice", PASSWORD).status, 303);
    assert_ne!(again.session.as_deref(), Some(first.as_str()));
    let old = Client {
        session: Some(first),
        ..Client::new(server)
    };
    assert!(!old.get("/reviews").body.contains("Reviewer A"));
}

// ---------------------------------------------------------------- throttling

fn brute_force_is_throttled(server: &TestServer) {
    let mut client = Client::new(server);
    for _ in 0..5 {
        let response = client.login("dave", "wrong password!");
        assert_eq!(response.status, 401);
        assert!(response.body.contains("Wrong login or password"));
    }
    // Now even the right password is refused, with a plain message.
    let response = client.login("dave", PASSWORD);
    assert_eq!(response.status, 429, "{}", response.body);
    assert!(response.body.contains("Too many failed attempts"));
    assert!(client.session.is_none());
    // An unknown login gives the same message as a wrong password.
    let unknown = client.login("nobody-here", PASSWORD);
    assert_eq!(unknown.status, 401);
    // Other logins still work.
    signed_in(server, "alice");
}

// ---------------------------------------------------------------- stored XSS

fn free_text_is_escaped_everywhere(server: &TestServer) {
    let mallory = signed_in(server, "mallory");
    let title = format!("Review {}", XSS[0]);
    let id = start_review(&mallory, "draft-rightscope-hostile", &title, "public");
    let page = mallory.get(&format!("/reviews/{id}"));
    let csrf = page.csrf().expect("csrf");
    let answer = format!("{} and {} and {}", XSS[0], XSS[1], XSS[2]);
    let response = mallory.post(
        &format!("/reviews/{id}/answers"),
        &[
            ("csrf", &csrf),
            ("question", "privacy"),
            ("status", "concern"),
            ("text", &answer),
        ],
    );
    assert_eq!(response.status, 303, "{}", response.body);
    // A quoted passage of the hostile document's text, which carries markup itself.
    let text_page = mallory.get("/documents/draft-rightscope-hostile");
    assert_eq!(text_page.status, 200);
    assert!(
        !text_page.body.contains(XSS[0]),
        "the fixture text is escaped"
    );
    let response = mallory.post(
        &format!("/reviews/{id}/evidence"),
        &[
            ("csrf", &csrf),
            ("question", "privacy"),
            ("quote", "logging protocol <script>alert(1)</script>"),
            ("note", XSS[1]),
        ],
    );
    assert_eq!(response.status, 303, "quote found: {}", response.body);
    let finding = a_finding(&page.body).expect("a finding");
    let response = mallory.post(
        &format!("/reviews/{id}/evidence"),
        &[
            ("csrf", &csrf),
            ("question", "security"),
            ("finding", &finding),
            ("note", XSS[2]),
        ],
    );
    assert_eq!(response.status, 303, "{}", response.body);
    let alice = signed_in(server, "alice");
    for path in [
        format!("/reviews/{id}"),
        format!("/reviews/{id}/history"),
        format!("/reviews/{id}/export.html"),
        "/reviews".to_string(),
        "/outcomes".to_string(),
    ] {
        for client in [&mallory, &alice] {
            let response = client.get(&path);
            assert_eq!(response.status, 200, "{path}");
            for payload in XSS.iter().chain(["<script>alert('name')</script>"].iter()) {
                assert!(
                    !response.body.contains(payload),
                    "{path} carries {payload} unescaped"
                );
            }
        }
    }
    let page = alice.get(&format!("/reviews/{id}"));
    assert!(
        page.body.contains("alert(1)"),
        "the payloads are shown, as text"
    );
    assert!(page.body.contains("<mark>"), "the quote is highlighted");
    let history = alice.get(&format!("/reviews/{id}/history"));
    assert!(
        history
            .body
            .contains("&#60;script&#62;alert(&#39;name&#39;)"),
        "display name shown escaped: {}",
        history.body
    );
    // Markdown and JSON are not HTML: served as such, never sniffed.
    let markdown = alice.get(&format!("/reviews/{id}/export.md"));
    assert!(markdown
        .header("content-type")
        .is_some_and(|t| t.starts_with("text/markdown")));
    assert_eq!(markdown.header("x-content-type-options"), Some("nosniff"));
    let json = alice.get(&format!("/reviews/{id}/export.json"));
    assert_eq!(json.header("content-type"), Some("application/json"));
}

// ---------------------------------------------------------------- authorisation matrix

/// A form body: field names and values.
type Form<'a> = Vec<(&'a str, String)>;

/// What a route does: read (GET) or a kind of change (POST).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Read,
    Write,
    Steer,
}

fn every_route_role_and_visibility(server: &TestServer) {
    let alice = signed_in(server, "alice");
    let public = start_review(&alice, "rfc3924", "Public review", "public");
    let private = start_review(&alice, "rfc3924", "Private review", "private");
    let csrf = alice.csrf_of(&format!("/reviews/{public}"));
    // Bob joins both as a reviewer.
    let bob_id = {
        let page = alice.get(&format!("/reviews/{private}"));
        let at = page.body.find(">Reviewer B<").expect("bob offered");
        let before = &page.body[..at];
        let start = before.rfind("value=\"").expect("value") + 7;
        before[start..before[start..].find('"').expect("end") + start].to_string()
    };
    for review in [public, private] {
        let response = alice.post(
            &format!("/reviews/{review}/members"),
            &[("csrf", &csrf), ("user", &bob_id), ("role", "reviewer")],
        );
        assert_eq!(response.status, 303, "{}", response.body);
    }
    let admin = signed_in(server, "admin");
    let bob = signed_in(server, "bob");
    let carol = signed_in(server, "carol");
    let victor = signed_in(server, "victor");
    let anonymous = Client::new(server);
    let dave_id = {
        let page = alice.get(&format!("/reviews/{private}"));
        let at = page.body.find(">Spare D<").expect("dave offered");
        let before = &page.body[..at];
        let start = before.rfind("value=\"").expect("value") + 7;
        before[start..before[start..].find('"').expect("end") + start].to_string()
    };
    let actors: [(&str, &Client); 6] = [
        ("alice (lead)", &alice),
        ("bob (member)", &bob),
        ("admin", &admin),
        ("carol (outsider)", &carol),
        ("victor (viewer)", &victor),
        ("anonymous", &anonymous),
    ];
    // Expected status per actor: (read public, read private, write, steer) for a public / private review.
    let expect = |actor: &str, kind: Kind, private: bool| -> u16 {
        let member = actor.starts_with("alice") || actor.starts_with("bob");
        let lead = actor.starts_with("alice");
        let admin = actor == "admin";
        let sees = !private || member || admin;
        match kind {
            Kind::Read if sees => 200,
            Kind::Read => 404,
            _ if actor == "anonymous" => 403,
            _ if !sees => 404,
            Kind::Write if member => 303,
            Kind::Steer if lead || admin => 303,
            _ => 403,
        }
    };
    for (review, is_private) in [(public, false), (private, true)] {
        let reads = [
            format!("/reviews/{review}"),
            format!("/reviews/{review}/history"),
            format!("/reviews/{review}/export.md"),
            format!("/reviews/{review}/export.json"),
            format!("/reviews/{review}/export.html"),
        ];
        for (name, client) in actors {
            for path in &reads {
                let response = client.get(path);
                assert_eq!(
                    response.status,
                    expect(name, Kind::Read, is_private),
                    "{name} GET {path}"
                );
                if response.status == 404 {
                    assert!(!response.body.contains("Private review"), "nothing leaks");
                }
            }
            let list = client.get("/reviews");
            assert_eq!(
                list.body.contains("Private review"),
                expect(name, Kind::Read, true) == 200,
                "{name} /reviews lists the private review only to those who may see it"
            );
        }
        let mut toggle = 0;
        for (name, client) in actors {
            let token = client
                .session
                .as_ref()
                .map(|_| client.csrf_of("/reviews"))
                .unwrap_or_default();
            let evidence = evidence_ids(&alice.get(&format!("/reviews/{review}")).body);
            let posts: Vec<(Kind, String, Form)> = vec![
                (
                    Kind::Write,
                    format!("/reviews/{review}/answers"),
                    vec![
                        ("question", "privacy".to_string()),
                        ("status", "concern".to_string()),
                        ("text", format!("by {name}")),
                    ],
                ),
                (
                    Kind::Write,
                    format!("/reviews/{review}/evidence"),
                    vec![
                        ("question", "privacy".to_string()),
                        (
                            "quote",
                            "Service providers are being asked to meet legal and regulatory"
                                .to_string(),
                        ),
                    ],
                ),
                (
                    Kind::Write,
                    format!(
                        "/reviews/{review}/evidence/{}/remove",
                        evidence.first().expect("evidence to remove")
                    ),
                    vec![],
                ),
                (
                    Kind::Steer,
                    format!("/reviews/{review}/state"),
                    vec![(
                        "to",
                        if expect(name, Kind::Steer, is_private) == 303 {
                            toggle += 1;
                            if toggle % 2 == 1 {
                                "in-review"
                            } else {
                                "draft"
                            }
                        } else {
                            "in-review"
                        }
                        .to_string(),
                    )],
                ),
                (
                    Kind::Steer,
                    format!("/reviews/{review}/members"),
                    vec![("user", dave_id.clone()), ("role", "observer".to_string())],
                ),
            ];
            for (kind, path, fields) in posts {
                let mut pairs: Vec<(&str, &str)> =
                    fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                pairs.push(("csrf", token.as_str()));
                let response = client.post(&path, &pairs);
                assert_eq!(
                    response.status,
                    expect(name, kind, is_private),
                    "{name} POST {path}: {}",
                    response.body
                );
            }
        }
    }
    // Unknown and malformed ids are 404 pages, never a panic.
    for path in [
        "/reviews/999999",
        "/reviews/abc",
        "/reviews/-1/export.md",
        "/reviews/0/history",
    ] {
        assert_eq!(alice.get(path).status, 404, "{path}");
    }
}

// ---------------------------------------------------------------- audit chain

fn tampering_with_the_audit_log_is_detected(server: &TestServer, backend: Backend) {
    let alice = signed_in(server, "alice");
    let id = start_review(&alice, "rfc3924", "Chained", "public");
    let csrf = alice.csrf_of(&format!("/reviews/{id}"));
    let response = alice.post(
        &format!("/reviews/{id}/answers"),
        &[
            ("csrf", &csrf),
            ("question", "privacy"),
            ("status", "concern"),
            ("text", "original"),
        ],
    );
    assert_eq!(response.status, 303);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let verify = || {
        runtime.block_on(async {
            let store = rightscope_store::Store::open(server.store_url.as_str())
                .await
                .expect("store");
            let result = rightscope_review::verify_store_chain(&store)
                .await
                .expect("read the log");
            store.close().await;
            result
        })
    };
    let intact = verify().expect("intact chain");
    assert!(
        intact.entries >= 3,
        "accounts, logins, the review, the answer"
    );
    let sql = "UPDATE audit_log SET payload = replace(payload, 'original', 'rewritten') \
               WHERE action = 'answer.set'";
    match backend {
        Backend::Sqlite => {
            let db = std::path::Path::new(&server.store_url).join("rightscope.db");
            let status = std::process::Command::new("sqlite3")
                .arg(&db)
                .arg(sql)
                .status()
                .expect("run sqlite3 (Debian package sqlite3)");
            assert!(status.success());
        }
        Backend::Postgres => {
            let psql = rightscope_store::testing::find_bin_dir()
                .expect("PostgreSQL binaries")
                .join("psql");
            let status = std::process::Command::new(psql)
                .arg(&server.store_url)
                .arg("-c")
                .arg(sql)
                .status()
                .expect("run psql");
            assert!(status.success());
        }
    }
    let broken = verify().expect_err("tampering detected");
    assert!(broken.seq >= 1, "{broken:?}");
}

// ---------------------------------------------------------------- the workflow

fn review_workflow_end_to_end(server: &TestServer) {
    let alice = signed_in(server, "alice");
    let id = start_review(&alice, "rfc3924", "", "private");
    let page = alice.get(&format!("/reviews/{id}"));
    assert!(
        page.body.contains("Human rights review of rfc3924"),
        "default title"
    );
    for number in 1..=21 {
        assert!(
            page.body.contains(&format!("{number}. <span>")),
            "question {number}"
        );
    }
    assert!(
        page.body.contains("Draft from rightscope"),
        "pre-filled from findings"
    );
    let csrf = page.csrf().expect("csrf");
    // A quote that is not in the text, an ambiguous one, and an empty one: clear 400 pages.
    for (quote, says) in [
        (
            "this sentence is not in RFC 3924",
            "not in the reviewed revision",
        ),
        ("the", "times in the revision"),
        ("   ", "Paste the passage"),
    ] {
        let response = alice.post(
            &format!("/reviews/{id}/evidence"),
            &[("csrf", &csrf), ("question", "privacy"), ("quote", quote)],
        );
        assert_eq!(response.status, 400, "{quote}");
        assert!(response.body.contains(says), "{quote}: {}", response.body);
    }
    // A bad status, an unknown question: 400 and 404 pages.
    let bad = alice.post(
        &format!("/reviews/{id}/answers"),
        &[
            ("csrf", &csrf),
            ("question", "privacy"),
            ("status", "maybe"),
        ],
    );
    assert_eq!(bad.status, 400);
    let unknown = alice.post(
        &format!("/reviews/{id}/answers"),
        &[("csrf", &csrf), ("question", "nope"), ("status", "concern")],
    );
    assert_eq!(unknown.status, 404);
    // Walk the states; dates appear.
    for to in ["in-review", "sent", "resolved"] {
        let response = alice.post(
            &format!("/reviews/{id}/state"),
            &[("csrf", &csrf), ("to", to)],
        );
        assert_eq!(response.status, 303, "{to}: {}", response.body);
    }
    let wrong = alice.post(
        &format!("/reviews/{id}/state"),
        &[("csrf", &csrf), ("to", "draft")],
    );
    assert_eq!(wrong.status, 400, "resolved is final");
    let page = alice.get(&format!("/reviews/{id}"));
    assert!(page.body.contains("Sent to authors or working group"));
    let closed = alice.post(
        &format!("/reviews/{id}/answers"),
        &[
            ("csrf", &csrf),
            ("question", "privacy"),
            ("status", "concern"),
        ],
    );
    assert_eq!(closed.status, 400, "answers close when the review is sent");
    let history = alice.get(&format!("/reviews/{id}/history"));
    assert!(history.body.contains("Started the review"));
    assert!(history.body.contains("Changed the state"));
    assert!(history.body.contains("Reviewer A"));
}

/// Follow-through: a review of an early draft shows what happened to its concerns' passages in the
/// latest revision, and links the risk diff.
fn follow_through_into_the_latest_revision(server: &TestServer) {
    let alice = signed_in(server, "alice");
    let page = alice.get("/documents/draft-nottingham-bcp56bis");
    let shown = {
        let at = page.body.find("name=\"revision\" value=\"").expect("form") + 23;
        page.body[at..at + page.body[at..].find('"').expect("end")].to_string()
    };
    let first = page
        .body
        .match_indices("?revision=")
        .map(|(at, _)| {
            let rest = &page.body[at + 10..];
            rest[..rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(0)].to_string()
        })
        .find(|id| !id.is_empty() && *id != shown)
        .expect("an older revision");
    let csrf = page.csrf().expect("csrf");
    let response = alice.post(
        "/reviews",
        &[
            ("csrf", &csrf),
            ("document", "draft-nottingham-bcp56bis"),
            ("revision", &first),
            ("visibility", "public"),
        ],
    );
    assert_eq!(response.status, 303, "{}", response.body);
    let location = response.header("location").expect("location").to_string();
    let review = alice.get(&location);
    let csrf = review.csrf().expect("csrf");
    let answer = alice.post(
        &format!("{location}/answers"),
        &[
            ("csrf", &csrf),
            ("question", "security"),
            ("status", "concern"),
        ],
    );
    assert_eq!(answer.status, 303);
    let quote = alice.post(
        &format!("{location}/evidence"),
        &[
            ("csrf", &csrf),
            ("question", "security"),
            ("quote", "HTTP is often used"),
        ],
    );
    assert_eq!(quote.status, 303, "{}", quote.body);
    let review = alice.get(&location);
    assert!(review.body.contains("Since this review"), "{}", review.body);
    assert!(review.body.contains("/diff?from="));
    assert!(
        review.body.contains("Still there") || review.body.contains("Changed or removed"),
        "each concern's passage is followed"
    );
    // The risk diff is inline: risk findings then and now, and each family whose verdict changed.
    assert!(review.body.contains("Risk verdicts since the review"));
    let figures = review
        .body
        .split("Risk findings: ")
        .nth(1)
        .and_then(|rest| rest.split(" in the newest one.").next())
        .expect("risk findings then and now");
    let numbers: Vec<&str> = figures
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .collect();
    assert_eq!(numbers.len(), 2, "{figures}");
    match review
        .body
        .split("aria-labelledby=\"follow-verdicts-heading\"")
        .nth(1)
    {
        Some(table) => {
            let body = &table[..table.find("</table>").expect("table end")];
            for row in body.split("<tr><th scope=\"row\">").skip(1) {
                let cells: Vec<&str> = row
                    .split("<td>")
                    .skip(1)
                    .map(|cell| cell.split("</td>").next().unwrap_or(""))
                    .collect();
                assert_eq!(cells.len(), 2, "{row}");
                assert_ne!(
                    cells[0], cells[1],
                    "only changed verdicts are listed: {row}"
                );
            }
        }
        None => assert!(
            review.body.contains("No family&#39;s verdict changed."),
            "either changed verdicts or a sentence saying none changed"
        ),
    }
}

macro_rules! suite {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[test]
                fn $name() {
                    let server = super::start(super::Backend::Sqlite);
                    super::run(stringify!($name), &server, super::Backend::Sqlite);
                }
            )*
        }
        mod postgres {
            $(
                #[test]
                fn $name() {
                    let server = super::start(super::Backend::Postgres);
                    super::run(stringify!($name), &server, super::Backend::Postgres);
                }
            )*
        }
    };
}

fn run(name: &str, server: &TestServer, backend: Backend) {
    match name {
        "csrf" => csrf_and_origin_are_checked(server),
        "sessions_and_cookies" => sessions_are_fresh_and_cookies_strict(server),
        "throttling" => brute_force_is_throttled(server),
        "stored_xss" => free_text_is_escaped_everywhere(server),
        "authorisation_matrix" => every_route_role_and_visibility(server),
        "audit_tampering" => tampering_with_the_audit_log_is_detected(server, backend),
        "workflow" => review_workflow_end_to_end(server),
        "follow_through" => follow_through_into_the_latest_revision(server),
        other => panic!("unknown test {other}"),
    }
}

suite!(
    csrf,
    sessions_and_cookies,
    throttling,
    stored_xss,
    authorisation_matrix,
    audit_tampering,
    workflow,
    follow_through,
);

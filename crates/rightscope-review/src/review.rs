//! The review workflow: starting a review pre-filled from findings, answering, attaching evidence,
//! moving through the states, managing members, and following evidence into a new revision. Each call
//! checks [`can`](crate::roles::can) first and appends its audit entry with the change.

use std::collections::HashMap;
use std::time::SystemTime;

use rightscope_store::{
    timestamp, EvidenceRecord, FindingRecord, NewEvidence, NewReview, ReviewRecord, Store,
};
use serde::Serialize;
use serde_json::json;

use crate::audit::{audit, entry, Actor};
use crate::error::{invalid, ReviewError};
use crate::questionnaire::{Question, Questionnaire};
use crate::roles::{require, text_enum, Action, MemberRole, ReviewAccess, User, Visibility};
use crate::span::{carry_forward, Carried};

/// Longest answer or note, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Where a review is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewState {
    /// Being written.
    Draft,
    /// Open for the review team.
    InReview,
    /// Sent to the authors or working group.
    Sent,
    /// The authors addressed the concerns.
    Resolved,
    /// The document went ahead without addressing them.
    NotResolved,
}

text_enum!(
    ReviewState,
    "review state",
    Draft = "draft",
    InReview = "in-review",
    Sent = "sent",
    Resolved = "resolved",
    NotResolved = "not-resolved",
);

impl ReviewState {
    /// The states a review may move to from this one: draft ⇄ in review → sent → resolved or not
    /// resolved, and not resolved → resolved when the authors act later.
    pub fn next(self) -> &'static [ReviewState] {
        match self {
            ReviewState::Draft => &[ReviewState::InReview],
            ReviewState::InReview => &[ReviewState::Draft, ReviewState::Sent],
            ReviewState::Sent => &[ReviewState::Resolved, ReviewState::NotResolved],
            ReviewState::NotResolved => &[ReviewState::Resolved],
            ReviewState::Resolved => &[],
        }
    }

    /// Whether answers and evidence may still change (before the review is sent).
    pub fn is_open(self) -> bool {
        matches!(self, ReviewState::Draft | ReviewState::InReview)
    }
}

/// A reviewer's answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerStatus {
    /// The document raises a concern here.
    Concern,
    /// Looked at; no concern.
    NoConcern,
    /// The question does not apply to this document.
    NotApplicable,
    /// The authors must say more before the reviewer can answer.
    NeedsAuthorInput,
    /// Not answered yet.
    Unanswered,
}

text_enum!(
    AnswerStatus,
    "answer status",
    Concern = "concern",
    NoConcern = "no-concern",
    NotApplicable = "not-applicable",
    NeedsAuthorInput = "needs-author-input",
    Unanswered = "unanswered",
);

/// What to review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartReview<'a> {
    /// Document name (`rfc3924`, `draft-foo`).
    pub document: &'a str,
    /// Revision (`Some("03")`), or `None` for the latest.
    pub rev: Option<&'a str>,
    /// Questionnaire id, or `None` for the one meant for the document's standards body.
    pub questionnaire: Option<&'a str>,
    /// Title, or `None` for "Human rights review of <document>".
    pub title: Option<&'a str>,
    /// Who may see it.
    pub visibility: Visibility,
}

fn check_text(field: &str, text: &str) -> Result<(), ReviewError> {
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(invalid(
            field,
            format!("longer than {MAX_TEXT_CHARS} characters"),
        ));
    }
    Ok(())
}

/// The findings that pre-fill a question: risks and mitigations whose rule maps to one of its keys.
fn findings_for<'a>(question: &Question, findings: &'a [FindingRecord]) -> Vec<&'a FindingRecord> {
    findings
        .iter()
        .filter(|finding| matches!(finding.finding.polarity.as_str(), "risk" | "mitigation"))
        .filter(|finding| {
            finding
                .finding
                .questions
                .iter()
                .any(|key| question.prefill.contains(key))
        })
        .collect()
}

/// The draft answer text for a question from its findings; empty when there are none.
fn draft_text(findings: &[&FindingRecord]) -> String {
    if findings.is_empty() {
        return String::new();
    }
    let mut text = String::from(
        "Draft from rightscope's findings (check each passage; the status is yours to set):\n",
    );
    for finding in findings {
        let finding = &finding.finding;
        let section = finding
            .section
            .as_deref()
            .map(|section| format!(", section {section}"))
            .unwrap_or_default();
        text.push_str(&format!(
            "- {} {} (line {}{section}): {}\n",
            finding.polarity, finding.code, finding.line, finding.message
        ));
    }
    text
}

/// The sentence a finding fired on, as evidence (falling back to the match itself when the stored
/// offsets do not fit the text).
fn finding_evidence(
    question: &str,
    finding: &FindingRecord,
    text: &str,
    at: &str,
) -> Option<NewEvidence> {
    let range = |start: i64, end: i64| -> Option<(i64, i64, &str)> {
        let quoted = text.get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)?;
        Some((start, end, quoted))
    };
    let f = &finding.finding;
    let (start, end, quoted) =
        range(f.sentence_start, f.sentence_end).or_else(|| range(f.span_start, f.span_end))?;
    Some(NewEvidence {
        question: question.to_string(),
        kind: "finding".to_string(),
        finding_id: Some(finding.id),
        revision_id: finding.revision_id,
        byte_start: start,
        byte_end: end,
        quoted: quoted.trim().to_string(),
        note: format!("{} {}: {}", f.polarity, f.code, f.message),
        created_by: None,
        created_at: at.to_string(),
    })
}

/// Starts a review of a revision: every question of the questionnaire gets a draft answer
/// (`unanswered`, with a text listing the findings that map to it) and those findings as evidence.
/// Returns the review's id. The status stays `unanswered`: deciding is the reviewer's job.
pub async fn start_review(
    store: &Store,
    user: &User,
    request: &StartReview<'_>,
    now: SystemTime,
) -> Result<i64, ReviewError> {
    require(Some(user), Action::StartReview, None)?;
    let Some(revision) = store
        .revision_by_name_rev(request.document, request.rev)
        .await?
    else {
        return Err(ReviewError::NotFound {
            what: match request.rev {
                Some(rev) => format!("revision {rev} of {}", request.document),
                None => format!("document {}", request.document),
            },
        });
    };
    let sdo = store
        .document(request.document)
        .await?
        .map(|view| view.document.sdo)
        .unwrap_or_default();
    let questionnaire = Questionnaire::by_id(
        request
            .questionnaire
            .unwrap_or_else(|| Questionnaire::default_for_sdo(&sdo)),
    )?;
    let title = request
        .title
        .map(str::trim)
        .filter(|title| !title.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| format!("Human rights review of {}", request.document));
    check_text("title", &title)?;
    let findings = store.findings(revision.id).await?;
    let text = store.revision_text(revision.id).await?.unwrap_or_default();
    let at = timestamp(now);
    let mut answers = Vec::with_capacity(questionnaire.questions.len());
    let mut evidence = Vec::new();
    for question in &questionnaire.questions {
        let matched = findings_for(question, &findings);
        answers.push((
            question.id.clone(),
            AnswerStatus::Unanswered.as_str().to_string(),
            draft_text(&matched),
        ));
        evidence.extend(
            matched
                .iter()
                .filter_map(|finding| finding_evidence(&question.id, finding, &text, &at)),
        );
    }
    let new = entry(
        Actor::User(user.id),
        "review.start",
        &json!({
            "document": request.document,
            "revision_id": revision.id,
            "questionnaire": questionnaire.id,
            "visibility": request.visibility.as_str(),
            "prefilled_evidence": evidence.len(),
        }),
        &at,
    );
    Ok(store
        .create_review(
            &NewReview {
                document: request.document.to_string(),
                revision_id: revision.id,
                questionnaire: questionnaire.id.clone(),
                title,
                visibility: request.visibility.as_str().to_string(),
                created_by: user.id,
                created_at: at.clone(),
                answers,
                evidence,
            },
            audit(&new),
        )
        .await?)
}

/// A review and what authorisation needs to know about it.
pub async fn load(
    store: &Store,
    review_id: i64,
) -> Result<(ReviewRecord, ReviewAccess), ReviewError> {
    let Some(review) = store.review(review_id).await? else {
        return Err(ReviewError::NotFound {
            what: format!("review {review_id}"),
        });
    };
    let members = store
        .review_members(review_id)
        .await?
        .iter()
        .map(|member| Ok((member.user_id, MemberRole::parse(&member.role)?)))
        .collect::<Result<Vec<_>, ReviewError>>()?;
    let access = ReviewAccess {
        visibility: Visibility::parse(&review.visibility)?,
        members,
    };
    Ok((review, access))
}

/// Loads a review, checks the action, and for writing actions that the review is still open.
async fn authorised(
    store: &Store,
    user: Option<&User>,
    review_id: i64,
    action: Action,
) -> Result<ReviewRecord, ReviewError> {
    let (review, access) = load(store, review_id).await?;
    // A private review someone may not see is reported as missing, not as forbidden, so that its
    // existence does not leak through guessed ids.
    if !crate::roles::can(user, Action::View, Some(&access)) {
        return Err(ReviewError::NotFound {
            what: format!("review {review_id}"),
        });
    }
    require(user, action, Some(&access))?;
    if matches!(action, Action::Answer | Action::AttachEvidence) {
        let state = ReviewState::parse(&review.state)?;
        if !state.is_open() {
            return Err(invalid(
                "review state",
                format!("review {review_id} is {state}: answers and evidence are closed"),
            ));
        }
    }
    Ok(review)
}

/// A review for someone to read (a private one they may not see is "not found").
pub async fn view(
    store: &Store,
    user: Option<&User>,
    review_id: i64,
) -> Result<ReviewRecord, ReviewError> {
    authorised(store, user, review_id, Action::View).await
}

/// Sets one answer.
pub async fn answer(
    store: &Store,
    user: &User,
    review_id: i64,
    question: &str,
    status: AnswerStatus,
    text: &str,
    now: SystemTime,
) -> Result<(), ReviewError> {
    authorised(store, Some(user), review_id, Action::Answer).await?;
    check_text("answer", text)?;
    let at = timestamp(now);
    let new = entry(
        Actor::User(user.id),
        "answer.set",
        &json!({"review": review_id, "question": question, "status": status.as_str(), "text": text}),
        &at,
    );
    if !store
        .set_answer(
            review_id,
            question,
            status.as_str(),
            text,
            user.id,
            &at,
            audit(&new),
        )
        .await?
    {
        return Err(ReviewError::NotFound {
            what: format!("question {question:?} in review {review_id}"),
        });
    }
    Ok(())
}

/// Attaches a span of the reviewed revision's text (`start..end`, bytes) as evidence. Returns its id.
#[allow(clippy::too_many_arguments)]
pub async fn attach_span(
    store: &Store,
    user: &User,
    review_id: i64,
    question: &str,
    start: usize,
    end: usize,
    note: &str,
    now: SystemTime,
) -> Result<i64, ReviewError> {
    let review = authorised(store, Some(user), review_id, Action::AttachEvidence).await?;
    check_text("note", note)?;
    known_question(store, review_id, question).await?;
    let text = store
        .revision_text(review.revision_id)
        .await?
        .unwrap_or_default();
    let Some(quoted) = text
        .get(start..end)
        .filter(|quoted| !quoted.trim().is_empty())
    else {
        return Err(invalid(
            "span",
            format!(
                "{start}..{end} is not a non-empty passage of the revision's text ({} bytes; ranges must fall on character boundaries)",
                text.len()
            ),
        ));
    };
    let evidence = NewEvidence {
        question: question.to_string(),
        kind: "span".to_string(),
        finding_id: None,
        revision_id: review.revision_id,
        byte_start: i64::try_from(start).map_err(|_| invalid("span", "start too large"))?,
        byte_end: i64::try_from(end).map_err(|_| invalid("span", "end too large"))?,
        quoted: quoted.to_string(),
        note: note.to_string(),
        created_by: Some(user.id),
        created_at: timestamp(now),
    };
    add(store, user, review_id, evidence).await
}

/// Attaches one of the reviewed revision's findings as evidence. Returns its id.
pub async fn attach_finding(
    store: &Store,
    user: &User,
    review_id: i64,
    question: &str,
    finding_id: i64,
    note: &str,
    now: SystemTime,
) -> Result<i64, ReviewError> {
    let review = authorised(store, Some(user), review_id, Action::AttachEvidence).await?;
    check_text("note", note)?;
    known_question(store, review_id, question).await?;
    let findings = store.findings(review.revision_id).await?;
    let Some(finding) = findings.iter().find(|finding| finding.id == finding_id) else {
        return Err(ReviewError::NotFound {
            what: format!("finding {finding_id} in the reviewed revision"),
        });
    };
    let text = store
        .revision_text(review.revision_id)
        .await?
        .unwrap_or_default();
    let at = timestamp(now);
    let Some(mut evidence) = finding_evidence(question, finding, &text, &at) else {
        return Err(invalid(
            "finding",
            format!("finding {finding_id}'s offsets do not fit the revision's text"),
        ));
    };
    if !note.trim().is_empty() {
        evidence.note = note.to_string();
    }
    evidence.created_by = Some(user.id);
    add(store, user, review_id, evidence).await
}

async fn known_question(store: &Store, review_id: i64, question: &str) -> Result<(), ReviewError> {
    if store
        .answers(review_id)
        .await?
        .iter()
        .any(|answer| answer.question == question)
    {
        Ok(())
    } else {
        Err(ReviewError::NotFound {
            what: format!("question {question:?} in review {review_id}"),
        })
    }
}

async fn add(
    store: &Store,
    user: &User,
    review_id: i64,
    evidence: NewEvidence,
) -> Result<i64, ReviewError> {
    let new = entry(
        Actor::User(user.id),
        "evidence.add",
        &json!({
            "review": review_id,
            "question": evidence.question,
            "kind": evidence.kind,
            "finding_id": evidence.finding_id,
            "revision_id": evidence.revision_id,
            "range": [evidence.byte_start, evidence.byte_end],
            "quoted": evidence.quoted,
            "note": evidence.note,
        }),
        &evidence.created_at,
    );
    store
        .add_evidence(review_id, &evidence, audit(&new))
        .await?
        .ok_or_else(|| ReviewError::NotFound {
            what: format!("review {review_id}"),
        })
}

/// Removes evidence.
pub async fn remove_evidence(
    store: &Store,
    user: &User,
    review_id: i64,
    evidence_id: i64,
    now: SystemTime,
) -> Result<(), ReviewError> {
    authorised(store, Some(user), review_id, Action::AttachEvidence).await?;
    let new = entry(
        Actor::User(user.id),
        "evidence.remove",
        &json!({"review": review_id, "evidence": evidence_id}),
        &timestamp(now),
    );
    if !store
        .remove_evidence(review_id, evidence_id, audit(&new))
        .await?
    {
        return Err(ReviewError::NotFound {
            what: format!("evidence {evidence_id} in review {review_id}"),
        });
    }
    Ok(())
}

/// Moves a review to another state, if the state machine allows it; the date is recorded.
pub async fn change_state(
    store: &Store,
    user: &User,
    review_id: i64,
    to: ReviewState,
    now: SystemTime,
) -> Result<(), ReviewError> {
    let review = authorised(store, Some(user), review_id, Action::ChangeState).await?;
    let from = ReviewState::parse(&review.state)?;
    if !from.next().contains(&to) {
        let allowed: Vec<&str> = from.next().iter().map(|state| state.as_str()).collect();
        return Err(ReviewError::Transition {
            from: from.to_string(),
            to: to.to_string(),
            allowed: if allowed.is_empty() {
                "nothing, it is final".to_string()
            } else {
                allowed.join(", ")
            },
        });
    }
    let at = timestamp(now);
    let new = entry(
        Actor::User(user.id),
        "review.state",
        &json!({"review": review_id, "from": from.as_str(), "to": to.as_str()}),
        &at,
    );
    store
        .set_review_state(review_id, to.as_str(), &at, audit(&new))
        .await?;
    Ok(())
}

/// Adds a member, changes their role, or (`None`) removes them. A review keeps at least one lead.
pub async fn set_member(
    store: &Store,
    user: &User,
    review_id: i64,
    member_login: &str,
    role: Option<MemberRole>,
    now: SystemTime,
) -> Result<(), ReviewError> {
    authorised(store, Some(user), review_id, Action::ManageMembers).await?;
    let login = member_login.trim().to_lowercase();
    let Some(member) = store.user_by_login(&login).await? else {
        return Err(ReviewError::NotFound {
            what: format!("user {login:?}"),
        });
    };
    let (_, access) = load(store, review_id).await?;
    let leads = access
        .members
        .iter()
        .filter(|(id, role)| *role == MemberRole::Lead && *id != member.id)
        .count();
    if access.member_role(member.id) == Some(MemberRole::Lead)
        && role != Some(MemberRole::Lead)
        && leads == 0
    {
        return Err(invalid(
            "member role",
            format!("{login:?} is the review's only lead; make someone else lead first"),
        ));
    }
    let new = entry(
        Actor::User(user.id),
        if role.is_some() {
            "member.set"
        } else {
            "member.remove"
        },
        &json!({"review": review_id, "user": member.id, "role": role.map(MemberRole::as_str)}),
        &timestamp(now),
    );
    store
        .set_review_member(
            review_id,
            member.id,
            role.map(MemberRole::as_str),
            audit(&new),
        )
        .await?;
    Ok(())
}

/// One piece of evidence followed into a newer revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowedEvidence {
    /// The evidence as attached.
    pub evidence: EvidenceRecord,
    /// Where its passage is in the new revision, or that it changed.
    pub carried: Carried,
}

/// For each piece of a review's evidence, whether the passage it quotes still exists in another
/// revision's text (for follow-through when a new revision arrives).
pub async fn follow_evidence(
    store: &Store,
    user: Option<&User>,
    review_id: i64,
    new_revision_id: i64,
) -> Result<Vec<FollowedEvidence>, ReviewError> {
    authorised(store, user, review_id, Action::View).await?;
    let Some(new_text) = store.revision_text(new_revision_id).await? else {
        return Err(ReviewError::NotFound {
            what: format!("revision {new_revision_id}"),
        });
    };
    Ok(store
        .evidence(review_id)
        .await?
        .into_iter()
        .map(|evidence| {
            let start = usize::try_from(evidence.evidence.byte_start).unwrap_or(0);
            let carried = carry_forward(&evidence.evidence.quoted, start, &new_text);
            FollowedEvidence { evidence, carried }
        })
        .collect())
}

/// Members' display names by account id (for pages and exports: never logins).
pub async fn display_names(
    store: &Store,
    review_id: i64,
) -> Result<HashMap<i64, String>, ReviewError> {
    Ok(store
        .review_members(review_id)
        .await?
        .into_iter()
        .map(|member| (member.user_id, member.display_name))
        .collect())
}

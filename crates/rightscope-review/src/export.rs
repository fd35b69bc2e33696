//! Exporting a review: Markdown in the shape of the published IRTF HRPC reviews (ready to send to a
//! mailing list) and JSON, both from one [`ReviewExport`] value.

use std::collections::HashMap;

use rightscope_store::{Store, StoredSection};
use serde::Serialize;

use crate::error::ReviewError;
use crate::questionnaire::Questionnaire;
use crate::roles::User;

/// Version of the JSON export's shape.
pub const EXPORT_VERSION: u32 = 1;

/// A review as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewExport {
    /// [`EXPORT_VERSION`].
    pub version: u32,
    /// Review id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Document name.
    pub document: String,
    /// Revision (`03`), none for an RFC.
    pub revision: Option<String>,
    /// Revision row id.
    pub revision_id: i64,
    /// Questionnaire id.
    pub questionnaire: String,
    /// Questionnaire title.
    pub questionnaire_title: String,
    /// Where its questions come from.
    pub questionnaire_source: String,
    /// State.
    pub state: String,
    /// Visibility.
    pub visibility: String,
    /// The leads' and reviewers' pseudonymous display names (never logins).
    pub reviewers: Vec<String>,
    /// The review's date (`YYYY-MM-DD`): when it was sent, else when it last changed.
    pub date: String,
    /// When each state was entered.
    pub dates: ExportDates,
    /// The questions in order, with answers and evidence.
    pub questions: Vec<ExportedQuestion>,
}

/// When a review entered each state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportDates {
    /// Started.
    pub draft: String,
    /// Opened for review.
    pub in_review: Option<String>,
    /// Sent to the authors or working group.
    pub sent: Option<String>,
    /// Marked resolved.
    pub resolved: Option<String>,
    /// Marked not resolved.
    pub not_resolved: Option<String>,
}

/// One question with its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedQuestion {
    /// Question id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The source's section.
    pub section: String,
    /// The question in plain words.
    pub prompt: String,
    /// Answer status.
    pub status: String,
    /// Answer text.
    pub text: String,
    /// Evidence.
    pub evidence: Vec<ExportedEvidence>,
}

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedEvidence {
    /// `finding` or `span`.
    pub kind: String,
    /// The rule code, for a finding.
    pub code: Option<String>,
    /// The passage.
    pub quoted: String,
    /// The reviewer's note.
    pub note: String,
    /// The section the passage is in (`3.1 Data Retention`).
    pub section: Option<String>,
    /// The line: for a finding, in the original file; for a span, in rightscope's plain text.
    pub line: Option<i64>,
}

/// The deepest section containing a byte offset, as `number title`.
fn section_at(sections: &[StoredSection], offset: usize) -> Option<String> {
    sections
        .iter()
        .filter(|section| section.start <= offset && offset < section.end.max(section.start + 1))
        .max_by_key(|section| (section.depth, section.start))
        .map(|section| match &section.number {
            Some(number) => format!("{number} {}", section.title),
            None => section.title.clone(),
        })
}

/// 1-based line of a byte offset in a text.
fn line_at(text: &str, offset: usize) -> i64 {
    let upto = text.get(..offset.min(text.len())).unwrap_or(text);
    i64::try_from(upto.matches('\n').count()).unwrap_or(i64::MAX - 1) + 1
}

/// Builds the export of a review. No authorisation here: callers check first (the web with
/// [`crate::review::view`]; the command line runs as the store's administrator). See
/// [`export_for`].
pub async fn build_export(store: &Store, review_id: i64) -> Result<ReviewExport, ReviewError> {
    let Some(review) = store.review(review_id).await? else {
        return Err(ReviewError::NotFound {
            what: format!("review {review_id}"),
        });
    };
    let questionnaire = Questionnaire::by_id(&review.questionnaire)?;
    let revision = store.revision(review.revision_id).await?;
    let text = store
        .revision_text(review.revision_id)
        .await?
        .unwrap_or_default();
    let sections = store
        .revision_sections(review.revision_id)
        .await?
        .unwrap_or_default();
    let findings: HashMap<i64, (String, i64)> = store
        .findings(review.revision_id)
        .await?
        .into_iter()
        .map(|finding| (finding.id, (finding.finding.code, finding.finding.line)))
        .collect();
    let reviewers = store
        .review_members(review_id)
        .await?
        .into_iter()
        .filter(|member| member.role != "observer")
        .map(|member| member.display_name)
        .collect();
    let answers = store.answers(review_id).await?;
    let mut evidence_by_question: HashMap<String, Vec<ExportedEvidence>> = HashMap::new();
    for record in store.evidence(review_id).await? {
        let evidence = record.evidence;
        let start = usize::try_from(evidence.byte_start).unwrap_or(0);
        // Evidence in another revision's text has no section or line in this one.
        let same_revision = evidence.revision_id == review.revision_id;
        let finding = evidence.finding_id.and_then(|id| findings.get(&id));
        let line = match (finding, same_revision) {
            (Some((_, line)), _) => Some(*line),
            (None, true) => Some(line_at(&text, start)),
            (None, false) => None,
        };
        evidence_by_question
            .entry(evidence.question.clone())
            .or_default()
            .push(ExportedEvidence {
                kind: evidence.kind,
                code: finding.map(|(code, _)| code.clone()),
                quoted: evidence.quoted,
                note: evidence.note,
                section: same_revision
                    .then(|| section_at(&sections, start))
                    .flatten(),
                line,
            });
    }
    let mut questions = Vec::with_capacity(answers.len());
    for answer in answers {
        let question = questionnaire.question(&answer.question);
        questions.push(ExportedQuestion {
            title: question
                .map(|q| q.title.clone())
                .unwrap_or_else(|| answer.question.clone()),
            section: question.map(|q| q.section.clone()).unwrap_or_default(),
            prompt: question.map(|q| q.prompt.clone()).unwrap_or_default(),
            evidence: evidence_by_question
                .remove(&answer.question)
                .unwrap_or_default(),
            id: answer.question,
            status: answer.status,
            text: answer.text,
        });
    }
    let date = review
        .sent_at
        .clone()
        .unwrap_or_else(|| review.updated_at.clone());
    Ok(ReviewExport {
        version: EXPORT_VERSION,
        id: review.id,
        title: review.title,
        document: review.document,
        revision: revision.and_then(|revision| revision.rev),
        revision_id: review.revision_id,
        questionnaire: questionnaire.id,
        questionnaire_title: questionnaire.title,
        questionnaire_source: questionnaire.source,
        state: review.state,
        visibility: review.visibility,
        reviewers,
        date: date.get(..10).unwrap_or(&date).to_string(),
        dates: ExportDates {
            draft: review.created_at,
            in_review: review.in_review_at,
            sent: review.sent_at,
            resolved: review.resolved_at,
            not_resolved: review.not_resolved_at,
        },
        questions,
    })
}

/// [`build_export`] for someone who must be allowed to view the review.
pub async fn export_for(
    store: &Store,
    user: Option<&User>,
    review_id: i64,
) -> Result<ReviewExport, ReviewError> {
    crate::review::view(store, user, review_id).await?;
    build_export(store, review_id).await
}

/// Each line of a text prefixed for a Markdown block quote.
fn quote_block(text: &str) -> String {
    text.trim_end()
        .lines()
        .map(|line| {
            if line.trim().is_empty() {
                ">".to_string()
            } else {
                format!("> {}", line.trim_end())
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Answer statuses as a reader sees them.
fn status_words(status: &str) -> &str {
    match status {
        "concern" => "Concern",
        "no-concern" => "No concern",
        "not-applicable" => "Not applicable",
        "needs-author-input" => "Needs input from the authors",
        "unanswered" => "Not answered",
        other => other,
    }
}

impl ReviewExport {
    /// The review as Markdown, in the shape of the published HRPC reviews: a header (document,
    /// revision, reviewers, date), then per question the question, the answer, the text and the
    /// evidence quoted with its section and line.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let document = match &self.revision {
            Some(rev) => format!("{}-{rev}", self.document),
            None => self.document.clone(),
        };
        out.push_str(&format!("# {}\n\n", self.title.trim()));
        out.push_str(&format!("Document: {document}\n"));
        out.push_str(&format!(
            "Reviewers: {}\n",
            if self.reviewers.is_empty() {
                "(none)".to_string()
            } else {
                self.reviewers.join(", ")
            }
        ));
        out.push_str(&format!("Review date: {}\n", self.date));
        out.push_str(&format!("Review state: {}\n", self.state));
        out.push_str(&format!(
            "Questionnaire: {} <{}>\n",
            self.questionnaire_title, self.questionnaire_source
        ));
        let concerns: Vec<&str> = self
            .questions
            .iter()
            .filter(|question| question.status == "concern")
            .map(|question| question.title.as_str())
            .collect();
        out.push_str("\n## Summary\n\n");
        if concerns.is_empty() {
            out.push_str("The reviewers raise no concern.\n");
        } else {
            out.push_str(&format!(
                "The reviewers raise concerns about: {}.\n",
                concerns.join(", ")
            ));
        }
        for (index, question) in self.questions.iter().enumerate() {
            out.push_str(&format!("\n## {}. {}\n\n", index + 1, question.title));
            if !question.prompt.is_empty() {
                out.push_str(&quote_block(&question.prompt));
                if !question.section.is_empty() {
                    out.push_str(&format!(" (§{})", question.section));
                }
                out.push_str("\n\n");
            }
            out.push_str(&format!("Answer: {}\n", status_words(&question.status)));
            if !question.text.trim().is_empty() {
                out.push('\n');
                out.push_str(question.text.trim_end());
                out.push('\n');
            }
            if !question.evidence.is_empty() {
                out.push_str("\nEvidence:\n");
                for evidence in &question.evidence {
                    let mut place = Vec::new();
                    if let Some(section) = &evidence.section {
                        place.push(format!("Section {section}"));
                    }
                    if let Some(line) = evidence.line {
                        place.push(format!("line {line}"));
                    }
                    if let Some(code) = &evidence.code {
                        place.push(code.clone());
                    }
                    out.push_str(&format!(
                        "\n{}\n",
                        quote_block(&format!("\"{}\"", evidence.quoted.trim()))
                    ));
                    if !place.is_empty() {
                        out.push_str(&format!(">\n> — {}\n", place.join(", ")));
                    }
                    if !evidence.note.trim().is_empty() {
                        out.push_str(&format!("\n{}\n", evidence.note.trim()));
                    }
                }
            }
        }
        out
    }

    /// The review as pretty-printed JSON (shape versioned by [`EXPORT_VERSION`]).
    pub fn to_json(&self) -> String {
        // Serialising plain strings, numbers and options cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

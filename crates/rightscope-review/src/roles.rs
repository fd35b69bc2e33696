//! Roles and the one authorisation function, [`can`]: who may view, answer, attach evidence, change
//! the state of, or manage the members of a review, and who may administer accounts.

use serde::Serialize;

use crate::error::{invalid, ReviewError};

/// An account's role on the whole site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Manages accounts; may see and steer every review.
    Admin,
    /// May start reviews and work on those they are a member of.
    Reviewer,
    /// May read public reviews (and private ones they are a member of), never change anything.
    Viewer,
}

/// A member's role inside one review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MemberRole {
    /// Runs the review: answers, evidence, state, members.
    Lead,
    /// Answers and attaches evidence.
    Reviewer,
    /// Reads a private review.
    Observer,
}

/// Whether everyone or only members (and admins) can see a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Visibility {
    /// Anyone, even without an account.
    Public,
    /// Members and admins only.
    Private,
}

macro_rules! text_enum {
    ($type:ident, $field:literal, $($variant:ident = $text:literal),+ $(,)?) => {
        impl $type {
            /// Every value, in order.
            pub const ALL: &'static [$type] = &[$($type::$variant),+];

            /// The stored and displayed name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($type::$variant => $text),+
                }
            }

            /// Reads a stored name; anything else is an error naming the accepted values.
            pub fn parse(text: &str) -> Result<$type, ReviewError> {
                match text {
                    $($text => Ok($type::$variant),)+
                    other => Err(invalid(
                        $field,
                        format!("{other:?} is not one of {}", [$($text),+].join(", ")),
                    )),
                }
            }
        }

        impl std::fmt::Display for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use text_enum;

text_enum!(
    Role,
    "role",
    Admin = "admin",
    Reviewer = "reviewer",
    Viewer = "viewer"
);
text_enum!(
    MemberRole,
    "member role",
    Lead = "lead",
    Reviewer = "reviewer",
    Observer = "observer"
);
text_enum!(
    Visibility,
    "visibility",
    Public = "public",
    Private = "private"
);

/// Something a person may try to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Read a review, its answers, evidence and history.
    View,
    /// Change an answer.
    Answer,
    /// Attach or remove evidence.
    AttachEvidence,
    /// Move the review to another state.
    ChangeState,
    /// Add, change or remove members.
    ManageMembers,
    /// Start a new review (no review yet).
    StartReview,
    /// Manage accounts (no review).
    Admin,
}

text_enum!(
    Action,
    "action",
    View = "view",
    Answer = "answer",
    AttachEvidence = "attach-evidence",
    ChangeState = "change-state",
    ManageMembers = "manage-members",
    StartReview = "start-review",
    Admin = "admin",
);

/// A logged-in account, as authorisation sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    /// Row id.
    pub id: i64,
    /// Login (never shown to others).
    pub login: String,
    /// Pseudonymous name shown to others.
    pub display_name: String,
    /// Site role.
    pub role: Role,
    /// A disabled account is treated as nobody.
    pub disabled: bool,
}

impl User {
    /// From a stored account.
    pub fn from_record(record: &rightscope_store::UserRecord) -> Result<User, ReviewError> {
        Ok(User {
            id: record.id,
            login: record.login.clone(),
            display_name: record.display_name.clone(),
            role: Role::parse(&record.role)?,
            disabled: record.disabled,
        })
    }
}

/// What authorisation needs to know about a review: who may see it and who its members are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewAccess {
    /// Public or private.
    pub visibility: Visibility,
    /// (account id, role) of each member.
    pub members: Vec<(i64, MemberRole)>,
}

impl ReviewAccess {
    /// The role of an account in this review, if it is a member.
    pub fn member_role(&self, user_id: i64) -> Option<MemberRole> {
        self.members
            .iter()
            .find(|(id, _)| *id == user_id)
            .map(|(_, role)| *role)
    }
}

/// Whether `user` (`None`: an anonymous visitor) may do `action` on `review` (`None` for actions
/// that are not about one review: [`Action::StartReview`], [`Action::Admin`]).
///
/// - A disabled account counts as an anonymous visitor.
/// - **View**: anyone for a public review; members and admins for a private one.
/// - **Answer, attach evidence**: members who are `lead` or `reviewer`, and whose account is not a
///   `viewer` account. Admins who are not members may not write in other people's reviews.
/// - **Change state, manage members**: the review's `lead` (not a viewer account) and admins.
/// - **Start review**: reviewer and admin accounts. **Admin**: admin accounts.
/// - Any review action with no review, and any other combination, is refused.
pub fn can(user: Option<&User>, action: Action, review: Option<&ReviewAccess>) -> bool {
    let user = user.filter(|user| !user.disabled);
    let role = user.map(|user| user.role);
    let member = match (user, review) {
        (Some(user), Some(review)) => review.member_role(user.id),
        _ => None,
    };
    let writer_account = matches!(role, Some(Role::Admin) | Some(Role::Reviewer));
    let admin = role == Some(Role::Admin);
    match (action, review) {
        (Action::StartReview, None) => writer_account,
        (Action::Admin, None) => admin,
        (Action::StartReview | Action::Admin, Some(_)) => false,
        (_, None) => false,
        (Action::View, Some(review)) => {
            review.visibility == Visibility::Public || member.is_some() || admin
        }
        (Action::Answer | Action::AttachEvidence, Some(_)) => {
            writer_account && matches!(member, Some(MemberRole::Lead | MemberRole::Reviewer))
        }
        (Action::ChangeState | Action::ManageMembers, Some(_)) => {
            admin || (writer_account && member == Some(MemberRole::Lead))
        }
    }
}

/// [`can`], or a [`ReviewError::Forbidden`] naming who and what.
pub fn require(
    user: Option<&User>,
    action: Action,
    review: Option<&ReviewAccess>,
) -> Result<(), ReviewError> {
    if can(user, action, review) {
        return Ok(());
    }
    Err(ReviewError::Forbidden {
        actor: match user {
            Some(user) => format!("user {} ({})", user.id, user.role),
            None => "an anonymous visitor".to_string(),
        },
        action: match action {
            Action::View => "view this review".to_string(),
            Action::Answer => "answer questions of this review".to_string(),
            Action::AttachEvidence => "attach evidence to this review".to_string(),
            Action::ChangeState => "change the state of this review".to_string(),
            Action::ManageMembers => "manage the members of this review".to_string(),
            Action::StartReview => "start a review".to_string(),
            Action::Admin => "manage accounts".to_string(),
        },
    })
}

//! The authorisation matrix: every kind of person × every action × public and private reviews, each
//! cell written out, so a change to `can` shows up as a changed cell here.

use rightscope_review::{can, Action, MemberRole, ReviewAccess, Role, User, Visibility};

fn user(id: i64, role: Role, disabled: bool) -> User {
    User {
        id,
        login: format!("user{id}"),
        display_name: format!("Pseudonym {id}"),
        role,
        disabled,
    }
}

/// The people of the matrix: (name, account or anonymous, their role in the review).
fn people() -> Vec<(&'static str, Option<User>, Option<MemberRole>)> {
    vec![
        ("anonymous", None, None),
        ("viewer", Some(user(1, Role::Viewer, false)), None),
        (
            "viewer-observer",
            Some(user(2, Role::Viewer, false)),
            Some(MemberRole::Observer),
        ),
        (
            "viewer-account-as-lead",
            Some(user(3, Role::Viewer, false)),
            Some(MemberRole::Lead),
        ),
        ("reviewer", Some(user(4, Role::Reviewer, false)), None),
        (
            "reviewer-observer",
            Some(user(5, Role::Reviewer, false)),
            Some(MemberRole::Observer),
        ),
        (
            "reviewer-member",
            Some(user(6, Role::Reviewer, false)),
            Some(MemberRole::Reviewer),
        ),
        (
            "reviewer-lead",
            Some(user(7, Role::Reviewer, false)),
            Some(MemberRole::Lead),
        ),
        (
            "disabled-lead",
            Some(user(8, Role::Reviewer, true)),
            Some(MemberRole::Lead),
        ),
        ("admin", Some(user(9, Role::Admin, false)), None),
        (
            "admin-member",
            Some(user(10, Role::Admin, false)),
            Some(MemberRole::Reviewer),
        ),
    ]
}

const REVIEW_ACTIONS: [Action; 5] = [
    Action::View,
    Action::Answer,
    Action::AttachEvidence,
    Action::ChangeState,
    Action::ManageMembers,
];

/// Expected cells, one row per person: V(iew) A(nswer) E(vidence) S(tate) M(embers) for a public
/// review, then for a private one; `-` is refused. Then S(tart review) and a(D)min, without a review.
const EXPECTED: [(&str, &str, &str, &str); 11] = [
    //  person                     public   private  start/admin
    ("anonymous", "V----", "-----", "--"),
    ("viewer", "V----", "-----", "--"),
    ("viewer-observer", "V----", "V----", "--"),
    ("viewer-account-as-lead", "V----", "V----", "--"),
    ("reviewer", "V----", "-----", "S-"),
    ("reviewer-observer", "V----", "V----", "S-"),
    ("reviewer-member", "VAE--", "VAE--", "S-"),
    ("reviewer-lead", "VAESM", "VAESM", "S-"),
    ("disabled-lead", "V----", "-----", "--"),
    ("admin", "V--SM", "V--SM", "SD"),
    ("admin-member", "VAESM", "VAESM", "SD"),
];

fn cells(user: Option<&User>, review: &ReviewAccess) -> String {
    REVIEW_ACTIONS
        .iter()
        .zip("VAESM".chars())
        .map(|(action, letter)| {
            if can(user, *action, Some(review)) {
                letter
            } else {
                '-'
            }
        })
        .collect()
}

#[test]
fn the_full_matrix() {
    let people = people();
    assert_eq!(people.len(), EXPECTED.len());
    for ((name, user, member), (expected_name, public, private, global)) in
        people.iter().zip(EXPECTED)
    {
        assert_eq!(*name, expected_name);
        // The person's membership, beside another member who leads.
        let mut members = vec![(100, MemberRole::Lead)];
        if let (Some(user), Some(role)) = (user, member) {
            members.push((user.id, *role));
        }
        let review = |visibility| ReviewAccess {
            visibility,
            members: members.clone(),
        };
        assert_eq!(
            cells(user.as_ref(), &review(Visibility::Public)),
            public,
            "{name} on a public review"
        );
        assert_eq!(
            cells(user.as_ref(), &review(Visibility::Private)),
            private,
            "{name} on a private review"
        );
        let start = if can(user.as_ref(), Action::StartReview, None) {
            'S'
        } else {
            '-'
        };
        let admin = if can(user.as_ref(), Action::Admin, None) {
            'D'
        } else {
            '-'
        };
        assert_eq!(format!("{start}{admin}"), global, "{name} without a review");
    }
}

#[test]
fn review_actions_need_a_review_and_global_ones_refuse_one() {
    let admin = user(9, Role::Admin, false);
    let review = ReviewAccess {
        visibility: Visibility::Public,
        members: vec![(9, MemberRole::Lead)],
    };
    for action in REVIEW_ACTIONS {
        assert!(
            !can(Some(&admin), action, None),
            "{action} without a review"
        );
    }
    assert!(!can(Some(&admin), Action::StartReview, Some(&review)));
    assert!(!can(Some(&admin), Action::Admin, Some(&review)));
}

/// Membership of one review says nothing about another (no direct object reference through ids).
#[test]
fn membership_does_not_carry_over_to_other_reviews() {
    let lead = user(7, Role::Reviewer, false);
    let theirs = ReviewAccess {
        visibility: Visibility::Private,
        members: vec![(7, MemberRole::Lead)],
    };
    let someone_elses = ReviewAccess {
        visibility: Visibility::Private,
        members: vec![(70, MemberRole::Lead)],
    };
    assert!(can(Some(&lead), Action::View, Some(&theirs)));
    for action in REVIEW_ACTIONS {
        assert!(
            !can(Some(&lead), action, Some(&someone_elses)),
            "{action} on another's private review"
        );
    }
}

use super::*;

#[test]
fn follow_up_in_any_spelling() {
    assert!(is_follow_up("Follow Up By Patron Library"));
    assert!(is_follow_up("follow-up by patron library"));
    assert!(is_follow_up("FOLLOW  UP BY PATRON LIBRARY"));
    assert!(!is_follow_up("Follow Up By Librarian"));
    assert!(!is_follow_up(""));
}

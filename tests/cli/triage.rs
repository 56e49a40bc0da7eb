//! `aun triage` from the outside.

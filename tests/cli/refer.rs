//! `aun refer` from the outside.

//! `aun remind` from the outside.

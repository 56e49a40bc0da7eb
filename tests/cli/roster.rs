//! `aun roster` from the outside.

//! iCalendar

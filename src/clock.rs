//! The clock, injected so that dates (secret expiry, last validation) can be tested.

use chrono::{DateTime, Utc};

pub trait Clock: Sync {
    fn now(&self) -> DateTime<Utc>;
    fn today(&self) -> chrono::NaiveDate {
        self.now().date_naive()
    }
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that always says the same time (tests only: the `testing` feature).
#[cfg(any(test, feature = "testing"))]
pub struct FixedClock(pub DateTime<Utc>);

#[cfg(any(test, feature = "testing"))]
impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

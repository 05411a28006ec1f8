//! Long work done in slices. Loading a feed of 20,000 booths is a second of
//! work on a phone; done in one go it would freeze the host page for that
//! long. The core's long loops ask a [`Pace`] now and then whether their
//! slice is spent, and if so wait for it: the browser's pace gives the main
//! thread back to the page between slices, the tools' never pauses.

use futures::FutureExt;
use std::future::Future;

/// When to give the thread back, and how.
pub trait Pace {
    /// Whether the current slice has run its time (asked between small steps).
    fn due(&mut self) -> bool;
    /// Gives the thread back until the next slice starts.
    fn pause(&mut self) -> impl Future<Output = ()>;
}

/// Pauses if the slice is spent: the call the long loops make between steps.
pub async fn tick(pace: &mut impl Pace) {
    if pace.due() {
        pace.pause().await;
    }
}

/// The pace of a program with a thread of its own: never pauses.
#[derive(Clone, Copy, Debug, Default)]
pub struct Unpaced;

impl Pace for Unpaced {
    fn due(&mut self) -> bool {
        false
    }

    async fn pause(&mut self) {}
}

/// Runs work written for a [`Pace`] to its end at once, with [`Unpaced`].
pub fn unpaced<F: Future>(work: F) -> F::Output {
    work.now_or_never()
        .expect("work that never pauses is done in one poll")
}

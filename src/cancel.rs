//! Signals and the terminal: SIGINT, SIGTERM and SIGHUP (Ctrl-C and the console's close event
//! on Windows) cancel the run through its [`Cancel`]; the run then unwinds to the top, where the
//! [`TerminalGuard`] puts the terminal back as it was at start. A second signal while the run is
//! still unwinding restores the terminal and exits at once.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use crate::error::{Error, Result, code};

#[cfg(unix)]
static SAVED_TERMIOS: OnceLock<libc::termios> = OnceLock::new();
static CANCEL: OnceLock<Cancel> = OnceLock::new();

/// The run's cancellation: set by SIGINT, SIGTERM or SIGHUP (see [`install`]), seen
/// by every wait (requests, prompts, countdowns), which then return [`Error::Interrupted`] so
/// that the run unwinds to the top and its guards restore the terminal and remove temp files.
#[derive(Clone, Default)]
pub struct Cancel(Arc<CancelInner>);

#[derive(Default)]
struct CancelInner {
    flag: AtomicBool,
    notify: tokio::sync::Notify,
}

impl Cancel {
    pub fn cancel(&self) {
        self.0.flag.store(true, Ordering::SeqCst);
        self.0.notify.notify_waiters();
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.flag.load(Ordering::SeqCst)
    }

    /// Resolves once the run is cancelled.
    pub async fn cancelled(&self) {
        loop {
            let notified = self.0.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.is_cancelled() {
                return;
            }
            notified.await;
        }
    }

    /// Run `f` unless the run is cancelled first.
    pub async fn guard<T>(&self, f: impl Future<Output = T>) -> Result<T> {
        tokio::select! {
            biased;
            _ = self.cancelled() => Err(Error::Interrupted),
            v = f => Ok(v),
        }
    }
}

/// Route the signals to `cancel`. Call once, at start.
pub fn install(cancel: &Cancel) {
    if CANCEL.set(cancel.clone()).is_err() {
        return;
    }
    let _ = ctrlc::set_handler(|| {
        let Some(cancel) = CANCEL.get() else { return };
        if cancel.is_cancelled() {
            restore_terminal();
            std::process::exit(code::INTERRUPTED);
        }
        cancel.cancel();
    });
}

/// Put standard input's terminal back in the mode it had when the guard was made, and show the
/// cursor (prompts hide it and switch to raw mode or turn echo off).
fn restore_terminal() {
    #[cfg(unix)]
    if let Some(t) = SAVED_TERMIOS.get() {
        // SAFETY: restores attributes read by tcgetattr on the same descriptor.
        unsafe { libc::tcsetattr(0, libc::TCSANOW, t) };
    }
    if console::Term::stderr().is_term() {
        let _ = console::Term::stderr().show_cursor();
    }
}

/// Saves the terminal's mode when made and restores it when dropped: at the end of `main`,
/// however the run ended (a prompt interrupted in raw mode or with echo off included).
pub struct TerminalGuard(());

impl TerminalGuard {
    pub fn new() -> TerminalGuard {
        #[cfg(unix)]
        {
            // SAFETY: tcgetattr only writes into the struct we pass; when fd 0 is not a
            // terminal it fails and nothing is saved.
            let mut t: libc::termios = unsafe { std::mem::zeroed() };
            if unsafe { libc::tcgetattr(0, &mut t) } == 0 {
                let _ = SAVED_TERMIOS.set(t);
            }
        }
        TerminalGuard(())
    }
}

impl Default for TerminalGuard {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn cancel_wakes_a_waiter_and_stays_set() {
        let c = Cancel::default();
        let c2 = c.clone();
        let waiter = tokio::spawn(async move { c2.cancelled().await });
        tokio::task::yield_now().await;
        assert!(!c.is_cancelled());
        c.cancel();
        waiter.await.unwrap();
        assert!(c.is_cancelled());
        // Already cancelled: returns at once, and a guarded future does not run.
        c.cancelled().await;
        let r = c.guard(async { 1 }).await;
        assert!(matches!(r, Err(Error::Interrupted)));
    }

    #[tokio::test]
    async fn guard_passes_the_value_through() {
        let c = Cancel::default();
        assert_eq!(c.guard(async { 7 }).await.unwrap(), 7);
    }
}

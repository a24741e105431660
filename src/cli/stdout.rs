//! stdout that remembers its first write error, so that a full disk (`> /dev/full`) ends the
//! run with exit 2 and a message, and a reader that stopped early (`| head`) ends it quietly,
//! whatever command was writing and however it ignored the error.

use std::io::{self, Write};

use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_with};
use crate::lang::Lang;
use crate::report::{render, Style};

use super::Exit;

pub struct Tracked<W: Write> {
    inner: W,
    failed: Option<io::Error>,
}

impl<W: Write> Tracked<W> {
    pub fn new(inner: W) -> Self {
        Tracked {
            inner,
            failed: None,
        }
    }

    /// Flushes, then turns the first write error into the run's end: a closed pipe keeps
    /// `exit` and prints nothing (the reader has all it wanted), any other error is exit 2.
    /// The message is said in `lang`.
    pub fn finish(mut self, exit: Exit, lang: Lang, err: &mut dyn Write) -> Exit {
        let _ = self.flush();
        match self.failed {
            None => exit,
            Some(error) if error.kind() == io::ErrorKind::BrokenPipe => exit,
            Some(error) => {
                let why = crate::io_error::describe_in(&error, lang);
                let message = t_with(lang, "cannot-write-stdout", &[("why", &why)]);
                let diagnostic =
                    Diagnostic::error(Code::Io, message).help(t(lang, "cannot-write-stdout-help"));
                let _ = writeln!(err, "{}", render(&diagnostic, Style::in_lang(lang)));
                exit.max(Exit::Unusable)
            }
        }
    }

    fn remember(&mut self, error: io::Error) {
        if self.failed.is_none() {
            self.failed = Some(error);
        }
    }
}

impl<W: Write> Write for Tracked<W> {
    /// After the first error, output is dropped: it could never arrive whole.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.failed.is_some() {
            return Ok(buf.len());
        }
        match self.inner.write(buf) {
            Err(error) if error.kind() == io::ErrorKind::Interrupted => Err(error),
            Err(error) => {
                self.remember(error);
                Ok(buf.len())
            }
            written => written,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.failed.is_none() {
            if let Err(error) = self.inner.flush() {
                self.remember(error);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Failing(io::ErrorKind);

    impl Write for Failing {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from(self.0))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_quiet_and_keeps_the_exit_code() {
        let mut out = Tracked::new(Failing(io::ErrorKind::BrokenPipe));
        let _ = out.write_all(b"text");
        let mut err = Vec::new();
        assert_eq!(
            out.finish(Exit::Violations, Lang::En, &mut err),
            Exit::Violations
        );
        assert!(err.is_empty());
    }

    #[test]
    fn any_other_error_is_exit_2_with_a_message() {
        let mut out = Tracked::new(Failing(io::ErrorKind::StorageFull));
        let _ = out.write_all(b"text");
        let mut err = Vec::new();
        assert_eq!(out.finish(Exit::Clean, Lang::En, &mut err), Exit::Unusable);
        let text = String::from_utf8_lossy(&err);
        assert!(text.contains("cannot write to stdout"), "{text}");
    }
}

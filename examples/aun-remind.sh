#!/bin/sh
# Wrapper for `aun remind` from cron: copy to /usr/local/bin/aun-remind.sh, edit the settings
# below, chmod 755, and add the lines of examples/crontab. Extra arguments go to aun remind
# (e.g. --digest).
#
# What it does: sends the reminders that are due now by SMTP, each once (the state file), and
# appends one JSON line per reminder sent to the log. cron mails whatever it prints, so it is
# quiet when all went well and says what failed when something did (exit status 1).
set -eu

# --- Settings -------------------------------------------------------------------------------
# Where aun keeps what it sent (and its lock, STATE.lock). One state file per job: the digest
# job gets its own, so the two jobs never wait for each other.
STATE_DIR=${AUN_STATE_DIR:-/var/lib/aun}
# The directory of libraries with each library's contact_email, and the coordinators' (COORD).
export AUN_DIRECTORY=${AUN_DIRECTORY:-/etc/aun/directory.csv}
# Your schedule; leave unset to use the cooperative's default schedule built into aun.
# export AUN_SCHEDULE=/etc/aun/schedule.csv
# The SMTP server (STARTTLS on 587 by default) and the sender.
SMTP_URL=${AUN_SMTP_URL:-smtp://mail.example.org:587}
FROM=${AUN_REMIND_FROM:-AskUsNow! reminders <askusnow-reminders@example.org>}
# SMTP credentials come from the environment only, never from the command line (where `ps`
# would show them). Keep them in a file only this account can read:
#   AUN_SMTP_USER=...
#   AUN_SMTP_PASSWORD=...
CREDENTIALS=${AUN_SMTP_CREDENTIALS:-/etc/aun/smtp.env}
LOG=${AUN_REMIND_LOG:-/var/log/aun/remind.jsonl}
AUN=${AUN_BIN:-aun}
# ---------------------------------------------------------------------------------------------

if [ -r "$CREDENTIALS" ]; then
    set -a
    . "$CREDENTIALS"
    set +a
fi

state="$STATE_DIR/remind.json"
case " $* " in
    *" --digest "*) state="$STATE_DIR/digest.json" ;;
esac
mkdir -p "$STATE_DIR" "$(dirname "$LOG")"

# -q: no notes on stderr when all went well; problems are still printed, and the status is 1.
exec "$AUN" remind -q \
    --state "$state" \
    --send "$SMTP_URL" \
    --from "$FROM" \
    --format jsonl \
    "$@" >>"$LOG"

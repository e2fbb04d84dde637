# Glassbox reference receiver — English (reference language). What the receiver says to the person
# who made a request: the verification mail and the pages its links open. Compiled into the
# receiver only (never into the widget's wasm). The site owner's admin pages stay in English.
# Every other language must define exactly these messages with the same { $variables }.

## The verification mail (plain text)

# Subject line.
mail-subject = Please confirm your data protection request { $reference }
mail-hello = Hello,
mail-received = { $controller } received your data protection request { $reference }.
# { $hours } is a number, 1 or more.
mail-confirm = To confirm that this email address is yours, open this link within { $hours } hours:
mail-due = You will get an answer by { $date } at the latest (one month after receipt, GDPR Art. 12(3)).
mail-follow = You can follow your request here:
mail-ignore = If you did not make this request, ignore this email: nothing will be done.

## The page the confirmation link opens, and the page after confirming

verify-title = Confirm your request
verify-text = Press the button to confirm that you made this data protection request to { $controller }.
verify-button = Confirm my request
verified-title = Thank you
verified-text = Your request { $reference } is confirmed. { $controller } will answer by { $date } at the latest.
verify-invalid-title = Link not valid
verify-invalid-text = This confirmation link is not valid or has expired. Please make your request again or contact the controller.
follow-link = Follow your request

## The status page of a request

status-title = Your request { $reference }
status-sent-to = Sent to: { $controller }
status-status = Status
status-kinds = Rights exercised
status-received = Received
status-due = Answer due by
# The controller extended the deadline (GDPR Art. 12(3)); { $reason } is their text.
status-extended = The deadline was extended to { $date }. Reason: { $reason }
status-refusal = Reasons for the refusal
status-private = Keep this page's address private: anyone with it can see this status (but none of your personal data).
status-history = History
status-when = When (UTC)
status-what = What
state-received = Received
state-verified = Email address confirmed
state-in-progress = In progress
state-completed = Completed
state-refused = Refused
history-received = Request received
history-status = Status: { $status }
history-extended = Deadline extended to { $date }
history-purged = Personal data deleted (retention period over)

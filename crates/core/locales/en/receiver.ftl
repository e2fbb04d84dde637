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

## Messages at each step of a request. The mail and the status page's history say the same.

msg-received-subject = Your data protection request { $reference } was received
# { $date } is the day of receipt in the controller's time zone.
msg-received = { $controller } received your data protection request { $reference } on { $date }.
msg-due = You will get an answer by { $date } at the latest (one month after receipt, GDPR Art. 12(3)).
msg-may-extend = Where necessary, taking into account the complexity and number of requests, this period may be extended by two further months; you would be told so, with the reasons, within the first month.
msg-complaint = You have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement.
# { $authority } is the authority's name, { $url } where to complain.
msg-complaint-with = You have the right to lodge a complaint with a supervisory authority, for example { $authority } ({ $url }), in particular in the Member State of your habitual residence, place of work or place of the alleged infringement.
msg-verified-subject = Your data protection request { $reference } is confirmed
msg-verified = Your email address is confirmed. { $controller } is handling your request { $reference } and will answer by { $date } at the latest.
msg-extended-subject = More time is needed for your data protection request { $reference }
msg-extended = { $controller } has extended the period for answering your request { $reference } (GDPR Art. 12(3)). The new due date is { $date }.
# { $reason } is the controller's own text.
msg-reason = Reasons: { $reason }
msg-refused-subject = Your data protection request { $reference } was refused
msg-refused = { $controller } will not act on your request { $reference }.
msg-remedy = You also have the right to an effective judicial remedy before a court (GDPR Art. 79).
msg-completed-subject = Your data protection request { $reference } is completed
msg-completed = { $controller } has completed your request { $reference }. What was done:
done-access = Access: a copy of your personal data and the information about its processing has been provided.
done-rectification = Rectification: your personal data has been corrected.
done-erasure = Erasure: your personal data has been erased.
done-objection = Objection: your personal data is no longer processed for the purposes you objected to.
done-restriction = Restriction: the processing of your personal data has been restricted.
done-portability = Portability: your personal data has been provided in a structured, commonly used and machine-readable format.
done-human-review = Human review: a person has reviewed the decision, taking your point of view into account.
msg-link-subject = A new link to confirm your data protection request { $reference }
msg-link = Here is a new link to confirm your request { $reference }. The request keeps its reference and its due date, { $date }.
history-link = New confirmation link sent

## An expired confirmation link: a new link for the same request

verify-expired-title = This link has expired
verify-expired-text = The confirmation link for your request { $reference } has expired. Your request is kept: you can get a new link for the same request, with the same reference and due date.
verify-renew-button = Send me a new link
verify-renewed-title = A new link is on its way
verify-renewed-text = We sent a new confirmation link for your request { $reference } to your email address. The request keeps its due date, { $date }.

## The answer to an access or portability request

# { $date } is the last day the link works.
msg-download = Download the answer here (the link works until { $date }):
msg-no-data = { $controller } holds no personal data about you.
msg-result-link-subject = A new link to download the answer to your request { $reference }
msg-result-link = Here is a new link to download the answer to your request { $reference }.
history-result-link = New download link sent

## The status page of a request whose confirmation mail was withheld by a mail cap

status-mail-withheld = We could not send the confirmation email for this request now (too many emails to this address today). Your request is kept: use the button below to get the confirmation link later, for example tomorrow.
status-mail-button = Send me the confirmation link
## What was done in each system holding personal data (GLASSBOX_SYSTEMS), in the completion message.

# A heading; each system follows on its own line.
msg-systems = In each of our systems:
# { $system } is the controller's name for one of its systems (crm, billing).
system-done = { $system }: done.
system-no-data = { $system }: no personal data about you was held.

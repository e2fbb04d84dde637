# Glassbox request form — English (reference language). Compiled into the module that has the form only.
# Every other language must define exactly these messages with the same { $variables }.

## Data-subject requests (GDPR Arts. 12, 15–18, 20–22)

rights-title = Exercise your data protection rights
rights-region-label = Data protection request
rights-dialog-label = Your data protection rights
rights-close = Close
# Art. 12(5): free of charge. No claim that reasons are never needed: an objection other than to
# direct marketing rests on the person's particular situation (Art. 21(1)).
rights-intro = Tell { $controller } what you want to do with your personal data. It is free of charge.
rights-intro-unknown = Tell the operator of this website what you want to do with your personal data. It is free of charge.
rights-other-ways = This form is not the only way to exercise your rights: you can also write to { $controller }.
rights-other-ways-unknown = This form is not the only way to exercise your rights: you can also write to the operator of this website.
rights-contact-email = By email: { $email }
rights-contact-post = By post: { $address }
rights-privacy = How your data is used
# Followed by the DPO's email address or page, as a link (data-dpo).
rights-dpo = Data protection officer:
# Followed by the authority's name, as a link to its website (data-authority).
rights-authority = Supervisory authority:
rights-kinds-legend = What do you want to do? (choose one or more)
rights-kind-access = Right of access: get a copy of my data (Art. 15)
rights-kind-rectification = Right to rectification: correct my data (Art. 16)
rights-kind-erasure = Right to erasure: delete my data (Art. 17)
rights-kind-objection = Right to object to the processing of my data (Art. 21)
rights-kind-restriction = Right to restriction of processing (Art. 18)
rights-kind-portability = Right to data portability: get my data in a reusable format (Art. 20)
rights-kind-human-review = Ask a person to review an automated decision (Art. 22(3))
rights-email = Your email address (required)
rights-email-hint = Only to answer you and to confirm the request comes from you.
rights-name = Your name (optional)
rights-optional = optional
rights-access-scope = Which data or processing is it about?
rights-access-format = Preferred format of the copy
rights-rectification-wrong = What is wrong or incomplete?
rights-rectification-correct = What is the correct value?
# Optional, but not "you do not have to say": erasure (Art. 17(1)) and restriction (Art. 18(1))
# apply on grounds; only access and direct marketing need no reason at all.
rights-erasure-ground = Why (optional)
rights-objection-marketing = I object to the use of my data for direct marketing
rights-objection-marketing-hint = This objection needs no reason; it is always granted.
rights-objection-purpose = Which other use of your data do you object to?
# Art. 21(1): the objection rests on "grounds relating to his or her particular situation".
rights-objection-situation = Your particular situation (optional)
rights-objection-situation-hint = An objection to a use other than direct marketing rests on grounds relating to your particular situation (GDPR Art. 21(1)). Describing them helps to assess your objection.
rights-restriction-ground = Why (optional)
rights-portability-format = Preferred format (for example JSON or CSV)
rights-review-decision = Reference of the decision
rights-review-view = Your point of view on the decision
rights-data-use = What you type here is sent only to { $controller }, only to handle this request. Nothing is stored in your browser unless sending fails; then it is kept there until it has been delivered.
rights-data-use-unknown = What you type here is sent only to the operator of this website, only to handle this request. Nothing is stored in your browser unless sending fails; then it is kept there until it has been delivered.
rights-submit = Send the request
rights-sending = Sending your request…
rights-errors = Please correct the marked fields.
rights-error-kinds = Choose at least one right.
rights-error-email-required = Enter your email address.
rights-error-email-invalid = Enter an email address like name@example.com.
rights-error-too-long = This text is too long: at most { $max } characters.
rights-error-invalid = This value cannot be used; please check it.
rights-queued-title = Your request will be sent
rights-queued = We could not reach { $controller } just now. Your request is kept in this browser and will be sent automatically as soon as possible, also the next time you open this page.
rights-acknowledged-title = Your request was received
rights-reference = Reference: { $reference }
rights-received-at = Received: { $time }
rights-due-by = Answer due by { $date } at the latest (one month after receipt, GDPR Art. 12(3)).
# Art. 12(3): the possible extension; Art. 77: the right to complain.
rights-extension = Where necessary, given the complexity and number of requests, this period may be extended by two further months; you will be told so within the first month, with the reasons.
rights-complaint = You have the right to lodge a complaint with a supervisory authority.
rights-status-link = Follow your request
rights-receipt = Download a receipt
rights-verify-email = You may get an email asking you to confirm the request.
rights-failed-title = Your request could not be sent
rights-failed = Please contact { $controller } directly.
rights-mailto-title = Send your request by email
rights-mailto = This website sends requests by email. Open your email app with the request prepared, then send it.
rights-mailto-link = Write the email
rights-no-channel = This form cannot send requests. Please contact { $controller } directly.
rights-receipt-title = Receipt of your data protection request
rights-receipt-kinds = Rights exercised: { $kinds }
rights-receipt-id = Request id: { $id }
rights-mail-subject = Data protection request: { $kinds }
rights-mail-intro = I am exercising the following rights under the GDPR: { $kinds }.
rights-mail-email = My email address: { $email }
rights-mail-name = My name: { $name }
rights-controller-unknown = the operator of this website
rights-short-access = access
rights-short-rectification = rectification
rights-short-erasure = erasure
rights-short-objection = objection
rights-short-restriction = restriction of processing
rights-short-portability = data portability
rights-short-human-review = human review of an automated decision

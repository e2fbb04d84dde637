# Glassbox widget — ελληνικά.
# Όροι σύμφωνα με την ελληνική έκδοση του κανονισμού (ΕΕ) 2024/1689 («σύστημα ΤΝ») και του κανονισμού (ΕΕ) 2016/679 (ΓΚΠΔ).

## Η ενημέρωση για την ΤΝ (κανονισμός για την τεχνητή νοημοσύνη, άρθρο 50)

# Accessible name of the notice region.
notice-region-label = Ενημέρωση: σύστημα ΤΝ
# The sentence itself, when the integrator named the system (data-system).
notice-sentence-named = Αλληλεπιδράτε με το σύστημα ΤΝ { $system }, όχι με άνθρωπο.
# The sentence itself, when no system name was given.
notice-sentence = Αλληλεπιδράτε με σύστημα ΤΝ, όχι με άνθρωπο.
notice-operator = Διαχειριστής του συστήματος: { $controller }.
notice-operator-unknown = Το σύστημα το διαχειρίζεται ο ιδιοκτήτης αυτού του ιστότοπου.
# Art. 26(11): deployers of high-risk systems tell people such a system is used on them.
notice-high-risk = { $controller } χρησιμοποιεί αυτό το σύστημα ΤΝ για τη λήψη ή την υποστήριξη αποφάσεων που σας αφορούν.
notice-high-risk-unknown = Αυτό το σύστημα ΤΝ χρησιμοποιείται για τη λήψη ή την υποστήριξη αποφάσεων που σας αφορούν.
notice-human = Μιλήστε με άνθρωπο
notice-more-info = Πώς λειτουργεί αυτό το σύστημα ΤΝ
notice-privacy = Πώς χρησιμοποιούνται τα δεδομένα σας
notice-ack-hint = Επιβεβαιώστε ότι διαβάσατε αυτή την ενημέρωση πριν ξεκινήσετε.
notice-ack = Κατάλαβα
notice-acked = Ευχαριστούμε. Μπορείτε να ξεκινήσετε.
notice-human-requested = Το αίτημά σας να μιλήσετε με άνθρωπο διαβιβάστηκε.

## Επισήμανση περιεχομένου που παράγεται από ΤΝ

# Text alternative of the "AI" label on generated content.
ai-label-alt = Δημιουργήθηκε με ΤΝ
ai-label-alt-modified = Τροποποιήθηκε με ΤΝ
ai-label-generated = ΠΑΡΑΓΟΜΕΝΟ
ai-label-modified = ΤΡΟΠΟΠΟΙΗΜΕΝΟ

## Η επεξήγηση αυτοματοποιημένης απόφασης (ΓΚΠΔ, άρθρα 13 έως 15 και 22· κανονισμός για την τεχνητή νοημοσύνη, άρθρο 86)

explanation-title = Σχετικά με αυτή την απόφαση
explanation-region-label = Επεξήγηση αυτοματοποιημένης απόφασης
explanation-loading = Φόρτωση της επεξήγησης αυτής της απόφασης…
explanation-failed = Δεν ήταν δυνατή η φόρτωση της επεξήγησης αυτής της απόφασης.
explanation-failed-hint = Μπορείτε πάντως να ζητήσετε να επανεξεταστεί η απόφαση από άνθρωπο.
explanation-retry = Δοκιμάστε ξανά
explanation-outcome-favourable = Αποτέλεσμα: υπέρ σας
explanation-outcome-unfavourable = Αποτέλεσμα: όχι υπέρ σας
explanation-outcome-neutral = Αποτέλεσμα: ουδέτερο
explanation-decided-at = Ημερομηνία απόφασης: { $date }
explanation-factors = Οι κύριοι παράγοντες
explanation-factors-caption = Οι παράγοντες και η βαρύτητα του καθενός, από τον πιο σημαντικό στον λιγότερο σημαντικό
explanation-factor = Παράγοντας
explanation-your-value = Η τιμή σας
explanation-weight = Βαρύτητα
explanation-weight-strong = ισχυρή
explanation-weight-moderate = μέτρια
explanation-weight-slight = μικρή
explanation-weight-none = καμία επίδραση
explanation-yes = ναι
explanation-no = όχι
explanation-for-you = υπέρ σας
explanation-against-you = εις βάρος σας
explanation-show-all = Εμφάνιση όλων των παραγόντων ({ $count })
explanation-show-fewer = Εμφάνιση μόνο των κύριων παραγόντων
explanation-no-factors = Δεν αναφέρθηκε κανένας μεμονωμένος παράγοντας για αυτή την απόφαση.
summary-against-one = Ο παράγοντας που μέτρησε περισσότερο εις βάρος σας: { $factors }.
summary-against-many = Οι παράγοντες που μέτρησαν περισσότερο εις βάρος σας: { $factors }.
summary-for-one = Ο παράγοντας που μέτρησε περισσότερο υπέρ σας: { $factors }.
summary-for-many = Οι παράγοντες που μέτρησαν περισσότερο υπέρ σας: { $factors }.
summary-nothing-against = Κανένας παράγοντας δεν μέτρησε εις βάρος σας.
summary-no-factors = Δεν αναφέρθηκε κανένας μεμονωμένος παράγοντας για αυτή την απόφαση.
list-and = { $head } και { $last }
explanation-logic = Πώς λειτουργεί το σύστημα
explanation-data = Ποια δεδομένα σας χρησιμοποιήθηκαν
explanation-category-source = Πηγή: { $source }
explanation-category-why = Γιατί έχει σημασία: { $why }
explanation-sources = Από πού προέρχονται τα δεδομένα σας
explanation-counterfactuals = Τι θα είχε αλλάξει την απόφαση
explanation-counterfactuals-intro = Η απόφαση θα ήταν διαφορετική στις εξής περιπτώσεις:
explanation-significance = Τι σημαίνει αυτή η απόφαση για εσάς
explanation-consequences = Τι ακολουθεί
explanation-role = Ο ρόλος του συστήματος ΤΝ
explanation-role-advisory = Το σύστημα ΤΝ έδωσε συμβουλή· την απόφαση την έλαβε άνθρωπος.
explanation-role-decisive = Το σύστημα ΤΝ έλαβε αυτή την απόφαση.
explanation-human-reviewed = Η απόφαση επανεξετάστηκε από άνθρωπο.
explanation-not-human-reviewed = Η απόφαση δεν έχει επανεξεταστεί ακόμη από άνθρωπο.
explanation-model = Το μοντέλο
explanation-model-documentation = Τεκμηρίωση του μοντέλου
explanation-review-timescale = Προθεσμία απάντησης σε αίτημα επανεξέτασης: { $timescale }.
explanation-missing = { $controller } δεν παρείχε αυτή την πληροφορία.
explanation-missing-unknown = Ο διαχειριστής αυτού του ιστότοπου δεν παρείχε αυτή την πληροφορία.
explanation-contest-how = Πώς να αμφισβητήσετε αυτή την απόφαση: { $how }
explanation-contest = Έχετε δικαίωμα να ζητήσετε επανεξέταση της απόφασης από άνθρωπο, να εκφράσετε την άποψή σας και να αμφισβητήσετε την απόφαση.
explanation-request-review = Αίτημα επανεξέτασης από άνθρωπο
explanation-review-requested = Το αίτημά σας για επανεξέταση από άνθρωπο προετοιμάζεται.

## Σύνδεσμος της ενημέρωσης προς τη φόρμα αιτήματος
notice-rights = Τα δικαιώματά σας

package model

// ReviewSoonDays is how far ahead a review date counts as coming up.
const ReviewSoonDays = 30

// ReviewState is where a record's next review stands.
type ReviewState int

const (
	ReviewNone    ReviewState = iota // no review date, or the record is retired
	ReviewLater                      // more than ReviewSoonDays away
	ReviewSoon                       // within ReviewSoonDays
	ReviewOverdue                    // the date has passed
)

// Review classifies a review date; a retired record has no review.
func Review(status RecordStatus, next Date, today Date) ReviewState {
	switch {
	case status == StatusRetired || next.IsZero():
		return ReviewNone
	case next.Before(today):
		return ReviewOverdue
	case !next.After(today.AddDays(ReviewSoonDays)):
		return ReviewSoon
	}
	return ReviewLater
}

// Due says the review has passed or comes up within ReviewSoonDays: what the
// dashboard counts and the lists mark.
func (s ReviewState) Due() bool { return s == ReviewSoon || s == ReviewOverdue }

// ProcessorReview is the state of a processor's DPA review. An expired DPA is
// not a review matter: ProcessorNeedsDPA reports it, as it is not signed.
func ProcessorReview(p ProcessorRow, today Date) ReviewState {
	return Review(p.Status, p.NextReview, today)
}

// ActivityReview is the state of an activity's periodic review.
func ActivityReview(a ActivityRow, today Date) ReviewState {
	return Review(a.Status, a.NextReview, today)
}

// ProcessorNeedsDPA says a processor in use acts under Art. 28 and has no
// signed agreement: the processor-without-dpa finding and the dashboard line.
func ProcessorNeedsDPA(role, dpaStatus string, status RecordStatus) bool {
	return status != StatusRetired && dpaStatus != "signed" && (role == "processor" || role == "")
}

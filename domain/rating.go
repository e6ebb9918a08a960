package domain

// MeanRating is the document's efficiency measure e = (1/n)·Σ rᵢ over the
// reflections of the last `days` days up to today; ok is false when there
// are none.
func MeanRating(rs []Reflection, today Date, days int) (mean float64, ok bool) {
	sum, n := 0, 0
	from := today - Date(days) + 1
	for _, r := range rs {
		if r.Date >= from && r.Date <= today && r.Rating > 0 {
			sum += r.Rating
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(sum) / float64(n), true
}

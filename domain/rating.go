package domain

// MeanRating is the document's efficiency measure e = (1/n)·Σ rᵢ over the
// day ratings of the `days` days ending on `to`; ok is false when there
// are none.
func MeanRating(ratings map[Date]int, to Date, days int) (mean float64, ok bool) {
	sum, n := 0, 0
	from := to - Date(days) + 1
	for d, r := range ratings {
		if d >= from && d <= to && r > 0 {
			sum += r
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(sum) / float64(n), true
}

package domain

import (
	"math"
	"testing"
)

func TestMeanRating(t *testing.T) {
	today := ruleDay("2026-11-29")
	r := func(offset, rating int) Reflection {
		return Reflection{Date: today - Date(offset), Rating: rating}
	}
	all := []Reflection{
		r(0, 5),    // today
		r(6, 3),    // first day of the 7-day window
		r(7, 1),    // just outside it, inside the 30-day window
		r(29, 2),   // first day of the 30-day window
		r(30, 4),   // just outside it
		r(364, 5),  // first day of the 365-day window
		r(365, 1),  // just outside it
		r(-1, 1),   // tomorrow: not yet
		r(1000, 1), // long ago
	}
	tests := []struct {
		name   string
		rs     []Reflection
		days   int
		want   float64
		wantOK bool
	}{
		{"7 days, both boundaries", all, 7, (5 + 3) / 2.0, true},
		{"30 days, both boundaries", all, 30, (5 + 3 + 1 + 2) / 4.0, true},
		{"365 days, both boundaries", all, 365, (5 + 3 + 1 + 2 + 4 + 5) / 6.0, true},
		{"1 day is today", all, 1, 5, true},
		{"none at all", nil, 7, 0, false},
		{"none in the window", []Reflection{r(7, 4), r(-1, 5)}, 7, 0, false},
		{"a single rating", []Reflection{r(3, 4)}, 7, 4, true},
		{"order does not matter", []Reflection{r(29, 2), r(0, 5), r(6, 3), r(7, 1)}, 30, 11 / 4.0, true},
		{"every rating 1…5 once", []Reflection{r(0, 1), r(1, 2), r(2, 3), r(3, 4), r(4, 5)}, 7, 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ratings := map[Date]int{}
			for _, r := range tt.rs {
				ratings[r.Date] = r.Rating
			}
			got, ok := MeanRating(ratings, today, tt.days)
			if ok != tt.wantOK || math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("MeanRating(%d days) = %v, %v; want %v, %v", tt.days, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

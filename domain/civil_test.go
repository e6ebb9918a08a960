package domain

import (
	"testing"
	"time"
)

// The fast day count agrees with time.Date on every day of four centuries.
func TestNewDateMatchesTimePackage(t *testing.T) {
	start := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 146097; i++ {
		tm := start.AddDate(0, 0, i)
		want := Date((tm.Unix()-epochUnix)/86400 + 1)
		got := NewDate(tm.Year(), tm.Month(), tm.Day())
		if got != want {
			t.Fatalf("NewDate(%s) = %d, want %d", tm.Format(time.DateOnly), got, want)
		}
		if got.Weekday() != tm.Weekday() {
			t.Fatalf("%s is a %s, Weekday says %s", tm.Format(time.DateOnly), tm.Weekday(), got.Weekday())
		}
	}
	// Out-of-range parts still normalise like time.Date.
	if NewDate(2026, 2, 30) != NewDate(2026, 3, 2) || NewDate(2026, 13, 1) != NewDate(2027, 1, 1) {
		t.Error("normalisation differs from time.Date")
	}
}

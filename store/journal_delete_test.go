package store

import (
	"errors"
	"testing"

	"coach/domain"
)

// Deleting a first reflection leaves the store as it was before it,
// the rating index included.
func TestDeleteReflectionAndReview(t *testing.T) {
	s := newStore(t)
	before, _ := s.Dump()
	d := day("2026-11-02")
	if _, err := s.PutReflection(domain.Reflection{Date: d, Learned: "x", Rating: 4}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutReview(domain.Review{Week: "2026-W45", WentWell: "a"}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteReflection(d); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteReview("2026-W45"); err != nil {
		t.Fatal(err)
	}
	if h, _ := s.History(1); len(h.Ratings) != 0 {
		t.Errorf("a rating outlived its reflection: %v", h.Ratings)
	}
	after, _ := s.Dump()
	if len(after.Reflections) != len(before.Reflections) || len(after.Reviews) != len(before.Reviews) {
		t.Errorf("after deleting: %d reflections, %d reviews", len(after.Reflections), len(after.Reviews))
	}
	if err := s.DeleteReflection(d); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting again: %v", err)
	}
	if err := s.DeleteReview("2026-W45"); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting a review again: %v", err)
	}
	if problems, _ := s.Check(); len(problems) > 0 {
		t.Errorf("check: %v", problems)
	}
}

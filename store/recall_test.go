package store

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

func writeDay(t *testing.T, s *Store, d domain.Date, learned, ask string) {
	t.Helper()
	if _, err := s.PutReflection(domain.Reflection{Date: d, Learned: learned, Ask: ask, Rating: 3}); err != nil {
		t.Fatal(err)
	}
}

func TestARecallCardFromWritingToGrading(t *testing.T) {
	s := newStore(t)
	d := day("2026-11-20")
	writeDay(t, s, d, "how the scheduler steals work", "Why does a P steal half of another P's run queue?")
	writeDay(t, s, d+1, "", "") // nothing learned: no card
	if n, _ := s.RecallDueCount(d); n != 0 {
		t.Errorf("due on the day it was written: %d", n)
	}
	rs, err := s.RecallDue(d + 1)
	if err != nil || len(rs.Cards) != 1 || rs.Cards[0].Day != d || rs.Cards[0].Ask == "" || !rs.Cards[0].New {
		t.Fatalf("the day after: %+v %v", rs, err)
	}
	m, err := s.GradeCard(d, d+1, domain.Good)
	if err != nil || m.Due != d+1+3 {
		t.Fatalf("a first good: %+v %v", m, err)
	}
	if n, _ := s.RecallDueCount(d + 2); n != 0 {
		t.Errorf("due again the next day: %d", n)
	}
	if n, _ := s.RecallDueCount(d + 4); n != 1 {
		t.Errorf("not due 3 days after a good: %d", n)
	}
	// Regrading the same day replaces that day's grade.
	if m, err := s.GradeCard(d, d+1, domain.Easy); err != nil || m.Due != d+1+16 || m.Reviews != 1 {
		t.Fatalf("regraded easy: %+v %v", m, err)
	}
	if _, err := s.GradeCard(d+1, d+2, domain.Good); !errors.Is(err, ErrNotFound) {
		t.Errorf("grading a day without a card: %v", err)
	}
	if _, err := s.GradeCard(d, d, domain.Good); err == nil {
		t.Error("a card graded on the day it was written")
	}
	st, _ := s.RecallStats(d + 1)
	if st.Cards != 1 || st.Reviewed30 != 1 || st.Recalled30 != 1 || st.MedianStability < 15 {
		t.Errorf("stats %+v", st)
	}
	// Retired, it is asked no more; the log keeps the grades.
	if err := s.RetireCard(d, d+17); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.RecallDueCount(d + 100); n != 0 {
		t.Errorf("a retired card is due: %d", n)
	}
	ds, _ := s.Dump()
	if len(ds.Recall) != 2 || ds.Recall[1].Grade != domain.Retire {
		t.Errorf("the log: %+v", ds.Recall)
	}
	// Deleting the reflection removes its card.
	writeDay(t, s, d+2, "x", "")
	if err := s.DeleteReflection(d + 2); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.RecallStats(d + 5); st.Cards != 0 {
		t.Errorf("cards after the delete: %+v", st)
	}
}

func TestADaysSessionIsCapped(t *testing.T) {
	s := newStore(t)
	first := day("2026-11-01")
	for i := range 8 {
		writeDay(t, s, first+domain.Date(i), fmt.Sprint("lesson ", i), "")
	}
	today := first + 10
	rs, _ := s.RecallDue(today)
	if len(rs.Cards) != 5 || rs.Due != 8 || rs.Cards[0].Day != first {
		t.Fatalf("a session of 8 new cards: %d shown, %d due, first %v", len(rs.Cards), rs.Due, rs.Cards[0].Day)
	}
	for _, c := range rs.Cards[:2] {
		if _, err := s.GradeCard(c.Day, today, domain.Good); err != nil {
			t.Fatal(err)
		}
	}
	if rs, _ := s.RecallDue(today); len(rs.Cards) != 3 || rs.NewLeft != 3 || rs.DoneToday != 2 {
		t.Errorf("after two grades: %d cards, %d new left, %d done", len(rs.Cards), rs.NewLeft, rs.DoneToday)
	}
	if err := editCaps(s, domain.RecallCaps{New: 1, Reviews: 20}); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.RecallDueCount(today); n != 0 {
		t.Errorf("with a cap of 1 new a day, after 2 new: %d", n)
	}
	if err := editCaps(s, domain.RecallCaps{New: -1}); err == nil {
		t.Error("a negative cap was taken")
	}
}

// On a journal upgraded from schema 4, the reflections of the last 30 days
// are due at once and older ones enter three a day.
func TestRecallArrivesGentlyOnAnOldJournal(t *testing.T) {
	path := copyJournal(t, "schema4-5625252")
	upgradeDay := time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)
	s, err := Open(path, WithClock(func() time.Time { return upgradeDay }))
	if err != nil {
		t.Fatal(err)
	}
	today := domain.DateOf(upgradeDay)
	if n, _ := s.RecallDueCount(today); n != 0 {
		t.Errorf("old cards due on the day of the upgrade: %d", n)
	}
	st, _ := s.RecallStats(today + 1)
	if st.Cards != 2 || st.DueToday != 2 {
		t.Errorf("the journal's two reflections: %+v", st)
	}
	ds, _ := s.Dump()
	for _, r := range ds.Reflections {
		if r.Ask != "" {
			t.Errorf("an old reflection has a question: %+v", r)
		}
	}
	// And a long journal enters a few a day.
	s2 := newStore(t)
	for i := range 40 {
		writeDay(t, s2, day("2026-01-01")+domain.Date(i), "lesson", "")
	}
	if err := s2.update(func(tx *bolt.Tx) error { return enterGently(tx, day("2026-06-01")) }); err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{0, 3, 6, 9} {
		if rs, _ := s2.RecallDue(day("2026-06-01") + domain.Date(i)); rs.Due != want || len(rs.Cards) != min(want, 5) {
			t.Errorf("day %d after: %d due (%d in the session), want %d", i, rs.Due, len(rs.Cards), want)
		}
	}
}

// coach check sees a card and its due entry that disagree.
func TestCheckSeesARecallIndexOutOfStep(t *testing.T) {
	s := newStore(t)
	writeDay(t, s, day("2026-11-20"), "lesson", "")
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Fatalf("a sound file: %v %v", problems, err)
	}
	if err := s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bRecallDue).Delete(append(dayKey(day("2026-11-21")), dayKey(day("2026-11-20"))...))
	}); err != nil {
		t.Fatal(err)
	}
	if problems, _ := s.Check(); len(problems) != 1 || problems[0] != "recall card 2026-11-20: not in the due index" {
		t.Fatalf("check = %q", problems)
	}
}

// editCaps sets the caps, as coach recall --set-new and --set-reviews do.
func editCaps(s *Store, c domain.RecallCaps) error {
	_, err := s.EditRecallCaps(func(old *domain.RecallCaps) { *old = c })
	return err
}

package store

import (
	"reflect"
	"strings"
	"testing"

	"coach/domain"
)

// journalBatch is one day's entries; each is tagged "work".
func journalBatch(entries ...domain.ImportedEntry) domain.ImportBatch {
	for i := range entries {
		entries[i].Tags = append(entries[i].Tags, "work")
	}
	return domain.ImportBatch{Source: "jrnl", Reflections: []domain.ImportedReflection{
		{Date: day("2026-11-20"), Entries: entries},
	}}
}

// A journal entry becomes an unrated reflection; the day's rating index
// says unrated, so means leave it out and `coach check` finds it sound.
func TestAJournalEntryBecomesAnUnratedReflection(t *testing.T) {
	s := newStore(t)
	sum, err := s.ImportExternal(journalBatch(domain.ImportedEntry{Origin: "jrnl:a", Text: "first"}), false)
	if err != nil || sum.Reflections != 1 || sum.Joined != 0 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	r, found, err := s.Reflection(day("2026-11-20"))
	if err != nil || !found || r.Rating != domain.Unrated || r.Learned != "first" || !reflect.DeepEqual(r.Tags, []string{"work"}) {
		t.Fatalf("reflection %+v %v %v", r, found, err)
	}
	h, err := s.History(day("2026-11-28"))
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := h.Ratings[day("2026-11-20")]; !ok || v != 0 {
		t.Errorf("ratings index %v %v, want the day, unrated", v, ok)
	}
	if _, ok := domain.MeanRating(h.Ratings, day("2026-11-20"), 7); ok {
		t.Error("an unrated day made a mean")
	}
	checkSound(t, s)
}

// A day with a reflection keeps it, rating and all, and gains the new
// entries' text after its own; an entry seen before is not added again,
// even after the user removed the reflection.
func TestJournalEntriesJoinADayOnce(t *testing.T) {
	s := newStore(t)
	if _, err := s.PutReflection(domain.Reflection{Date: day("2026-11-20"), Learned: "mine", Rating: 3, Tags: []string{"go"}}); err != nil {
		t.Fatal(err)
	}
	b := journalBatch(domain.ImportedEntry{Origin: "jrnl:a", Text: "one"}, domain.ImportedEntry{Origin: "jrnl:b", Text: "two"})
	if sum, err := s.ImportExternal(b, false); err != nil || sum.Joined != 1 || sum.Reflections != 0 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	r, _, _ := s.Reflection(day("2026-11-20"))
	if r.Learned != "mine\n\none\n\ntwo" || r.Rating != 3 || !reflect.DeepEqual(r.Tags, []string{"go", "work"}) {
		t.Fatalf("joined: %+v", r)
	}
	b.Reflections[0].Entries = append(b.Reflections[0].Entries, domain.ImportedEntry{Origin: "jrnl:c", Text: "three"})
	if sum, err := s.ImportExternal(b, false); err != nil || sum.Known != 2 || sum.Joined != 1 {
		t.Fatalf("a later export with one entry more: %+v %v", sum, err)
	}
	if r, _, _ := s.Reflection(day("2026-11-20")); r.Learned != "mine\n\none\n\ntwo\n\nthree" {
		t.Fatalf("after the later export: %q", r.Learned)
	}
	if err := s.DeleteReflection(day("2026-11-20")); err != nil {
		t.Fatal(err)
	}
	if sum, err := s.ImportExternal(b, false); err != nil || sum.Known != 3 || sum.Reflections != 0 {
		t.Fatalf("after the user removed the day: %+v %v", sum, err)
	}
	if _, found, _ := s.Reflection(day("2026-11-20")); found {
		t.Error("a removed reflection came back")
	}
	checkSound(t, s)
}

// An entry that would take the day's text past its limit is left out and
// counted, as are tags past the most a day holds; the rest is kept.
func TestJournalEntriesWithinLimits(t *testing.T) {
	s := newStore(t)
	var tags []string
	for i := range domain.MaxTags {
		tags = append(tags, "t"+strings.Repeat("x", i))
	}
	if _, err := s.PutReflection(domain.Reflection{Date: day("2026-11-20"), Learned: strings.Repeat("a", domain.MaxText-10), Rating: 5, Tags: tags}); err != nil {
		t.Fatal(err)
	}
	b := journalBatch(domain.ImportedEntry{Origin: "jrnl:big", Text: strings.Repeat("b", 20)}, domain.ImportedEntry{Origin: "jrnl:small", Text: "ok"})
	sum, err := s.ImportExternal(b, false)
	if err != nil || sum.Joined != 1 || sum.Skipped[entryTooLong] != 1 || sum.Skipped[tagsFull] != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	if len(b.Skipped) != 0 {
		t.Error("the summary's counts were written into the batch")
	}
	r, _, _ := s.Reflection(day("2026-11-20"))
	if !strings.HasSuffix(r.Learned, "\n\nok") || len([]rune(r.Learned)) != domain.MaxText-6 || len(r.Tags) != domain.MaxTags {
		t.Errorf("kept %d characters ending %q, %d tags", len([]rune(r.Learned)), r.Learned[len(r.Learned)-4:], len(r.Tags))
	}
	// A dry run of the same works it out and keeps nothing.
	if sum, err := s.ImportExternal(journalBatch(domain.ImportedEntry{Origin: "jrnl:new", Text: "x"}), true); err != nil || sum.Joined != 1 {
		t.Fatalf("dry run: %+v %v", sum, err)
	}
	if r2, _, _ := s.Reflection(day("2026-11-20")); r2.Learned != r.Learned {
		t.Error("a dry run wrote")
	}
}

// checkSound fails unless `coach check` finds nothing wrong.
func checkSound(t *testing.T, s *Store) {
	t.Helper()
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Errorf("check: %v %v", problems, err)
	}
}

// A later export with one entry more adds that entry and its tags only: a
// tag the user removed from the day does not come back with the entries
// imported before.
func TestJournalReimportKeepsTagsTheUserRemoved(t *testing.T) {
	s := newStore(t)
	d := day("2026-11-20")
	first := domain.ImportedEntry{Origin: "jrnl:1", Text: "one", Tags: []string{"x", "starred"}}
	b := domain.ImportBatch{Reflections: []domain.ImportedReflection{{Date: d, Entries: []domain.ImportedEntry{first}}}}
	if _, err := s.ImportExternal(b, false); err != nil {
		t.Fatal(err)
	}
	r, _, _ := s.Reflection(d)
	r.Tags, r.Rating = nil, 4
	if _, err := s.PutReflection(r); err != nil {
		t.Fatal(err)
	}
	b.Reflections[0].Entries = append(b.Reflections[0].Entries, domain.ImportedEntry{Origin: "jrnl:2", Text: "two", Tags: []string{"y"}})
	if _, err := s.ImportExternal(b, false); err != nil {
		t.Fatal(err)
	}
	if r, _, _ := s.Reflection(d); !reflect.DeepEqual(r.Tags, []string{"y"}) || r.Learned != "one\n\ntwo" || r.Rating != 4 {
		t.Errorf("after the later export: %+v", r)
	}
}

// A journal restored from an export (or synced from another device) has
// the entries' text but not their origins: importing the same file again
// finds the text and adds nothing, and remembers them from then on.
func TestJournalReimportAfterARestoreAddsNothing(t *testing.T) {
	s := newStore(t)
	d := day("2026-11-20")
	if _, err := s.PutReflection(domain.Reflection{Date: d, Learned: "mine\n\none\n\ntitle\n\nbody", Rating: domain.Unrated}); err != nil {
		t.Fatal(err)
	}
	b := journalBatch(domain.ImportedEntry{Origin: "jrnl:1", Text: "one"}, domain.ImportedEntry{Origin: "jrnl:2", Text: "title\n\nbody"},
		domain.ImportedEntry{Origin: "jrnl:3", Text: "on"}) // a part of a paragraph is not the paragraph
	sum, err := s.ImportExternal(b, false)
	if err != nil || sum.Known != 2 || sum.Joined != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	if r, _, _ := s.Reflection(d); r.Learned != "mine\n\none\n\ntitle\n\nbody\n\non" {
		t.Errorf("learned %q", r.Learned)
	}
	if sum, err := s.ImportExternal(b, false); err != nil || sum.Known != 3 || sum.Joined != 0 {
		t.Fatalf("again: %+v %v", sum, err)
	}
}

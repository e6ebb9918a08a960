package insight

import (
	"fmt"
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// The advice says what its numbers mean, in both languages: a streak that
// today decides (gone once ticked), a habit slipping with its counts, and
// a competency behind the others with its strength against theirs.
func TestAdviceWords(t *testing.T) {
	mon := date("2026-11-16")
	read := domain.Task{ID: 1, Title: "Read runtime source", Competency: domain.Depth, Repeat: "daily", Created: created("2026-11-02")}
	idea := domain.Task{ID: 2, Title: "Note one idea", Competency: domain.Innovation, Repeat: "weekdays", Created: created("2026-11-02")}
	pair := domain.Task{ID: 3, Title: "Pair", Competency: domain.Collaboration, Repeat: "2/week", Created: created("2026-11-02")}
	done := map[uint64][]domain.Date{
		1: span("2026-11-02", "2026-11-15"),                                                 // 14 in a row
		2: append(span("2026-11-02", "2026-11-06"), date("2026-11-09"), date("2026-11-10")), // 5 of 5, then 2 of 5
		3: {date("2026-11-12")},
	}
	h := store.History{
		Goals: []domain.Goal{
			{ID: 1, Competency: domain.Depth, Status: domain.StatusActive},
			{ID: 2, Competency: domain.Innovation, Status: domain.StatusActive},
			{ID: 3, Competency: domain.Collaboration, Status: domain.StatusActive},
		},
		Tasks: []domain.Task{read, idea, pair}, CheckIns: checkIns(done), ReviewWeeks: map[string]bool{},
	}
	for _, lang := range content.Langs() {
		ui := content.Strings(lang)
		ss := Compute(h, mon, lang).Suggestions
		want := []string{
			fmt.Sprintf(ui.Advice.AtRisk, "Read runtime source", 14),
			fmt.Sprintf(ui.Advice.Slipping, "Note one idea", 2, 5, 5, 5),
		}
		if len(ss) < 3 || ss[0].Text != want[0] || ss[1].Text != want[1] || ss[2].Kind != domain.SuggestWeakest {
			t.Fatalf("%s: advice %v, want %q then %q then the weakest", lang, texts(ss), want[0], want[1])
		}
		if w := ss[2]; w.Competency != domain.Collaboration || !strings.Contains(w.Text, content.CompetencyName(lang, domain.Collaboration)) {
			t.Errorf("%s: weakest %+v", lang, w)
		}
		// Ticked today: the streak is safe and its advice gone; the rest holds.
		ticked := h
		ticked.CheckIns = checkIns(map[uint64][]domain.Date{1: append(span("2026-11-02", "2026-11-15"), mon), 2: done[2], 3: done[3]})
		after := Compute(ticked, mon, lang).Suggestions
		if after[0].Text != want[1] || after[1] != ss[2] {
			t.Errorf("%s: after the tick %v", lang, texts(after))
		}
		if adv := Advice(habitsOf(ticked, mon), mon, lang); len(adv) != len(after) || adv[0] != after[0] {
			t.Errorf("%s: Advice %v differs from the report's %v", lang, texts(adv), texts(after))
		}
	}
}

func texts(ss []Suggestion) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

// An N/week habit is judged by whole weeks: none done yet this Thursday
// after a week kept early is no slip; a week short after a week kept is.
func TestAdviceSlippingByWeeks(t *testing.T) {
	pair := domain.Task{ID: 3, Title: "Pair", Competency: domain.Collaboration, Repeat: "2/week", Created: created("2026-10-01")}
	h := func(days ...domain.Date) store.History {
		return store.History{Tasks: []domain.Task{pair}, CheckIns: checkIns(map[uint64][]domain.Date{3: days}),
			ReviewWeeks: map[string]bool{}}
	}
	thu := date("2026-11-19")
	for _, lang := range content.Langs() {
		ui := content.Strings(lang)
		// Kept Mon and Tue of each of the last two weeks, nothing yet this week.
		early := h(date("2026-11-02"), date("2026-11-03"), date("2026-11-09"), date("2026-11-10"))
		for _, s := range Compute(early, thu, lang).Suggestions {
			if s.Kind == domain.SuggestSlipping {
				t.Errorf("%s: a week kept early is called slipping: %q", lang, s.Text)
			}
		}
		short := h(date("2026-11-02"), date("2026-11-03"), date("2026-11-13"))
		want := fmt.Sprintf(ui.Advice.SlippingWeeks, "Pair", 1, 2, 2, 2)
		if ss := Compute(short, thu, lang).Suggestions; ss[0].Text != want {
			t.Errorf("%s: advice %v, want %q first", lang, texts(ss), want)
		}
	}
}

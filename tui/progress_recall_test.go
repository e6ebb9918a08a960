package tui

import (
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
)

// progressOf is Progress over sh's store, with the report the root sends.
func progressOf(t *testing.T, sh *shared, w, h int) screen {
	t.Helper()
	var s screen = newProgressScreen(sh)
	s.SetSize(w, h)
	return runCmd(t, s, loadReport(sh))
}

// fillRecall writes six cards and their grades, worked out by hand from
// FSRS-5's first stabilities (again 0.40, hard 1.18, good 3.17, easy
// 15.69 days):
//
//	A  written −60, again on −50 (before the 30 days)  S 0.40  due −49
//	B  written −20, good on −19                         S 3.17  due −16
//	C  written −10, easy on −9                          S 15.69 due +7
//	D  written −8, hard on −7                           S 1.18  due −6
//	E  written −3, never graded                         new     due −2
//	F  written −4, retired on −2                        no card
//
// cards 5 (F retired); due today 4 (A B D E); reviewed in 30 days 3 (B C
// D; A's grade is older, F's retiring no review); recalled 2 of 3, 67%;
// memories last: the median of 0.40, 1.18, 3.17, 15.69 is 2.18, "2 days".
func fillRecall(t *testing.T, sh *shared) {
	t.Helper()
	put := func(d domain.Date) {
		t.Helper()
		if _, err := sh.store.PutReflection(domain.Reflection{Date: testDay + d, Learned: "learned on " + (testDay + d).String(), Rating: 3}); err != nil {
			t.Fatal(err)
		}
	}
	grade := func(card, day domain.Date, g domain.Grade) {
		t.Helper()
		if _, err := sh.store.GradeCard(testDay+card, testDay+day, g); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []domain.Date{-60, -20, -10, -8, -3, -4} {
		put(d)
	}
	grade(-60, -50, domain.Again)
	grade(-20, -19, domain.Good)
	grade(-10, -9, domain.Easy)
	grade(-8, -7, domain.Hard)
	if err := sh.store.RetireCard(testDay-4, testDay-2); err != nil {
		t.Fatal(err)
	}
}

// Progress's recall figures, counted by hand, in both languages.
func TestProgressRecallFigures(t *testing.T) {
	wants := map[content.Lang][]string{
		content.EN: {"Recall", "cards 5", "due today 4", "reviewed in 30 days 3", "recalled 67%", "memories last 2 days", "Memories last is the median"},
		content.ZH: {"回想", "卡片 5", "今日到期 4", "30 天内回想 3", "想起的比例 67%", "记忆保持 2 天", "九成上下正是目标"},
	}
	for lang, want := range wants {
		sh := testShared(t, lang)
		fillRecall(t, sh)
		s := progressOf(t, sh, 120, 200)
		view := plainView(s)
		for _, w := range want {
			if !strings.Contains(view, w) {
				t.Errorf("%s: %q not on Progress:\n%s", lang, w, view)
			}
		}
		// At the narrowest the figures wrap, none cut.
		s.SetSize(60, 200)
		assertFits(t, s.View(), 60)
		view = strings.Join(strings.Fields(plainView(s)), " ")
		for _, w := range want[:6] {
			if !strings.Contains(view, w) {
				t.Errorf("%s at 60 columns: %q not on Progress:\n%s", lang, w, plainView(s))
			}
		}
	}
}

// Without a card Progress has no recall section; cards never graded show
// their count, and a dash where there is nothing to count yet.
func TestProgressRecallWithoutReviews(t *testing.T) {
	sh := testShared(t, content.EN)
	if v := plainView(progressOf(t, sh, 120, 200)); strings.Contains(v, "reviewed in 30 days") {
		t.Errorf("Progress shows recall without a card:\n%s", v)
	}
	for _, r := range recallCards {
		if _, err := sh.store.PutReflection(r); err != nil {
			t.Fatal(err)
		}
	}
	v := plainView(progressOf(t, sh, 120, 200))
	for _, w := range []string{"cards 3", "due today 3", "reviewed in 30 days 0", "recalled —", "memories last —"} {
		if !strings.Contains(v, w) {
			t.Errorf("%q not on Progress:\n%s", w, v)
		}
	}
}

// A grade reaches Progress through the report the root computes after
// every change.
func TestProgressRecallFollowsAGrade(t *testing.T) {
	sh := testShared(t, content.EN)
	fillRecall(t, sh)
	if _, err := sh.store.GradeCard(testDay-3, testDay, domain.Good); err != nil {
		t.Fatal(err)
	}
	v := plainView(progressOf(t, sh, 120, 200))
	// E is good now (S 3.17, due +3): due today 3, reviewed 4, 3 of 4
	// recalled; the median of 0.40 1.18 3.17 3.17 15.69 is 3.17.
	for _, w := range []string{"cards 5", "due today 3", "reviewed in 30 days 4", "recalled 75%", "memories last 3 days"} {
		if !strings.Contains(v, w) {
			t.Errorf("%q not on Progress:\n%s", w, v)
		}
	}
}

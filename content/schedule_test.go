package content

import (
	"strings"
	"testing"
	"time"

	"coach/domain"
)

// A schedule reads in the interface's language in lists.
func TestScheduleText(t *testing.T) {
	for _, tt := range []struct {
		repeat, en, zh string
	}{
		{"daily", "daily", "每天"},
		{"weekdays", "weekdays", "工作日"},
		{"3/week", "3/week", "每周 3 次"},
		{"fri,mon,wed", "mon,wed,fri", "周一、周三、周五"},
		{"sun", "sun", "周日"},
		{"once", "", ""},
		{"fortnightly", "fortnightly", "fortnightly"}, // not a schedule: shown as stored
	} {
		if got := Strings(EN).Today.ScheduleText(tt.repeat); got != tt.en {
			t.Errorf("en %q = %q, want %q", tt.repeat, got, tt.en)
		}
		if got := Strings(ZH).Today.ScheduleText(tt.repeat); got != tt.zh {
			t.Errorf("zh %q = %q, want %q", tt.repeat, got, tt.zh)
		}
	}
	if got := Strings(ZH).Today.MinutesText(45); got != "45 分钟" {
		t.Errorf("zh minutes = %q", got)
	}
}

// Every way the app shows a schedule or a competency, in every language,
// reads back as the same value where a person types one (forms and flags).
func TestShownWordsParseBack(t *testing.T) {
	var repeats []domain.Repeat
	repeats = append(repeats, domain.Repeat{Kind: domain.Daily}, domain.Repeat{Kind: domain.Weekdays})
	for n := 1; n <= 7; n++ {
		repeats = append(repeats, domain.Repeat{Kind: domain.PerWeek, N: n})
	}
	for set := 1; set < 1<<7; set++ { // every non-empty set of weekdays
		r := domain.Repeat{Kind: domain.OnDays}
		for wd := range 7 {
			r.Days[wd] = set&(1<<wd) != 0
		}
		repeats = append(repeats, r)
	}
	for _, l := range Langs() {
		ui := Strings(l).Today
		for _, r := range repeats {
			shown := ui.ScheduleText(r.String())
			got, err := domain.ParseRepeat(shown)
			if err != nil || got != r {
				t.Errorf("%s: %q (shown for %s) parses as %+v, %v", l, shown, r, got, err)
			}
		}
		for _, id := range domain.Competencies {
			shown := CompetencyName(l, id)
			if got, err := domain.ParseCompetency(shown); err != nil || got != id {
				t.Errorf("%s: competency %q (shown for %s) parses as %q, %v", l, shown, id, got, err)
			}
		}
		for i, shown := range Strings(l).Recall.Grades { // the grades a recall shows
			if got, err := domain.ParseGrade(shown); err != nil || got != domain.Grade(i+1) {
				t.Errorf("%s: grade %q parses as %v, %v", l, shown, got, err)
			}
		}
		for i, shown := range Strings(l).CLI.RecallGrades {
			if got, err := domain.ParseGrade(shown); err != nil || got != domain.Grade(i+1) {
				t.Errorf("%s: grade %q parses as %v, %v", l, shown, got, err)
			}
		}
		for wd, shown := range ui.Weekdays { // a due date typed as a list shows the weekday
			today := domain.NewDate(2026, time.November, 28)
			got, err := domain.ParseDate(shown, today, true)
			if err != nil || got.Weekday() != time.Weekday(wd) {
				t.Errorf("%s: weekday %q parses as %s, %v", l, shown, got, err)
			}
		}
	}
}

// The task form's hints suggest only what the form takes: every example in
// the schedule and due-date hints, in both languages, parses.
func TestTaskFormHintsParse(t *testing.T) {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.NewReplacer(" or ", "、", " 或 ", "、", ", ", "、").Replace(s), func(r rune) bool { return r == '、' })
	}
	today := domain.NewDate(2026, 12, 3)
	for _, l := range Langs() {
		ui := Strings(l).Today
		for _, ex := range split(ui.ScheduleHint) {
			if _, err := domain.ParseRepeat(strings.TrimSpace(ex)); err != nil {
				t.Errorf("%s schedule hint %q: %v", l, ex, err)
			}
		}
		for _, ex := range split(ui.DueHint) {
			if ex = strings.TrimSpace(ex); ex == "YYYY-MM-DD" {
				continue
			}
			if _, err := domain.ParseDate(ex, today, true); err != nil {
				t.Errorf("%s due hint %q: %v", l, ex, err)
			}
		}
	}
}
